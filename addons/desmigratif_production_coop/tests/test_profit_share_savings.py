from odoo.tests import new_test_user, tagged

from odoo.addons.desmigratif_production.tests.common import ProductionCommon


@tagged("post_install", "-at_install")
class TestProfitShareSavings(ProductionCommon):
    """A profit share credited to the members' simpanan sukarela."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.company._desmigratif_coop_ensure_setup()
        cls.make_run(cls.members[:2])
        cls.make_run(cls.members)
        cls.manager = new_test_user(
            cls.env,
            login="share_savings_manager",
            groups="desmigratif_base.group_desmigratif_manager",
        )
        Savings = cls.env["desmigratif.savings.account"]
        cls.existing = Savings.create(
            {
                "partner_id": cls.members[0].id,
                "product": "sukarela",
                "company_id": cls.company.id,
            }
        )

    def confirm_share(self, distribution):
        self.sell_invoice(40, 10.0)
        share = (
            self.env["desmigratif.profit.share"]
            .with_user(self.manager)
            .create({"group_id": self.group.id, "distribution": distribution})
        )
        share.action_compute()
        share.action_confirm()
        return share

    def test_share_credited_to_voluntary_savings(self):
        share = self.confirm_share("savings")
        sukarela = self.company.coop_sukarela_account_id
        credits = share.sudo().move_id.line_ids.filtered(
            lambda line: line.account_id == sukarela
        )
        self.assertEqual(credits.partner_id, self.members)
        accounts = credits.desmigratif_savings_account_id
        self.assertEqual(len(accounts), 3, "one account per member")
        self.assertIn(self.existing, accounts, "an open account is used again")
        self.assertEqual(set(accounts.mapped("product")), {"sukarela"})
        for line in share.line_ids:
            account = accounts.filtered(lambda a, p=line.partner_id: a.partner_id == p)
            with self.subTest(member=line.partner_id.name):
                self.assertEqual(
                    self.currency.compare_amounts(account.balance, line.amount), 0
                )
        self.assertEqual(
            self.currency.compare_amounts(
                sum(accounts.mapped("balance")), share.profit
            ),
            0,
        )

    def test_payable_by_default(self):
        share = self.confirm_share("payable")
        lines = share.sudo().move_id.line_ids
        self.assertFalse(lines.desmigratif_savings_account_id)
        payable = self.company.desmigratif_member_payable_account_id
        self.assertEqual(
            lines.filtered(lambda line: line.account_id == payable).partner_id,
            self.members,
        )
