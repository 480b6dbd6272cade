from odoo.exceptions import AccessError, UserError
from odoo.tests import new_test_user, tagged

from odoo.addons.desmigratif_production.tests.common import ProductionCommon


@tagged("post_install", "-at_install")
class TestProfitShareReversal(ProductionCommon):
    """Cancelling a share credited to voluntary savings takes the credits back.

    40 dodol sold at 10.00 = 400.00; two runs at 10.00 = 20.00; profit 380.00
    weighted by runs attended (Ani 2, Budi 2, Citra 1): 152.00, 152.00, 76.00."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.company._desmigratif_coop_ensure_setup()
        cls.ani, cls.budi, cls.citra = cls.members
        cls.make_run(cls.ani | cls.budi)
        cls.make_run(cls.members)
        cls.sell_invoice(40, 10.0)
        cls.manager = new_test_user(
            cls.env,
            login="share_reversal_manager",
            groups="desmigratif_base.group_desmigratif_manager",
        )
        cls.bookkeeper = new_test_user(
            cls.env,
            login="share_reversal_bookkeeper",
            groups="desmigratif_coop.group_desmigratif_coop_bookkeeper",
        )
        cls.reader = new_test_user(
            cls.env,
            login="share_reversal_reader",
            groups="desmigratif_base.group_desmigratif_user",
        )
        cls.share = (
            cls.env["desmigratif.profit.share"]
            .with_user(cls.manager)
            .create(
                {
                    "group_id": cls.group.id,
                    "weighting": "runs",
                    "distribution": "savings",
                }
            )
        )
        cls.share.action_confirm()
        cls.move = cls.share.sudo().move_id
        cls.accounts = cls.move.line_ids.desmigratif_savings_account_id

    def balances(self):
        self.accounts.invalidate_recordset(["balance"])
        return {account.partner_id: account.balance for account in self.accounts.sudo()}

    def savings(self, kind, partner, amount):
        account = self.accounts.filtered(lambda a: a.partner_id == partner)
        transaction = (
            self.env["desmigratif.savings.transaction"]
            .with_user(self.bookkeeper)
            .create({"kind": kind, "savings_account_id": account.id, "amount": amount})
        )
        transaction.action_post()
        return transaction

    def test_cancel_takes_the_credits_back(self):
        self.assertEqual(
            self.balances(), {self.ani: 152.0, self.budi: 152.0, self.citra: 76.0}
        )
        self.share.with_user(self.manager).action_cancel()
        self.assertEqual(self.share.state, "cancel")
        reversal = self.move.reversal_move_ids
        self.assertEqual(reversal.state, "posted")
        self.assertEqual(reversal.amount_total, 380.0)
        self.assertEqual(
            reversal.line_ids.desmigratif_savings_account_id, self.accounts
        )
        self.assertEqual(
            self.balances(), {self.ani: 0.0, self.budi: 0.0, self.citra: 0.0}
        )

    def test_cancel_refused_once_withdrawn(self):
        self.savings("withdrawal", self.ani, 50.0)
        entries = self.env["account.move"].search_count([])
        with self.assertRaisesRegex(UserError, "Ani Test"):
            self.share.with_user(self.manager).action_cancel()
        self.assertEqual(self.share.state, "confirmed")
        self.assertEqual(self.move.state, "posted")
        self.assertFalse(self.move.reversal_move_ids)
        self.assertEqual(self.env["account.move"].search_count([]), entries)
        self.assertEqual(
            self.balances(), {self.ani: 102.0, self.budi: 152.0, self.citra: 76.0}
        )
        # once Ani deposits it back, the share can be cancelled
        self.savings("deposit", self.ani, 50.0)
        self.share.with_user(self.manager).action_cancel()
        self.assertEqual(
            self.balances(), {self.ani: 0.0, self.budi: 0.0, self.citra: 0.0}
        )

    def test_bookkeeper_reads_member_shares_user_does_not(self):
        Line = self.env["desmigratif.profit.share.line"]
        rows = Line.with_user(self.bookkeeper).search_read(
            [("share_id", "=", self.share.id)], ["amount"], order="amount desc"
        )
        self.assertEqual([row["amount"] for row in rows], [152.0, 152.0, 76.0])
        with self.assertRaises(AccessError):
            Line.with_user(self.reader).search_read([], ["amount"])
        with self.assertRaises(AccessError):
            self.share.with_user(self.bookkeeper).action_cancel()
        self.assertEqual(self.share.state, "confirmed")
