from datetime import date

from odoo.exceptions import UserError, ValidationError
from odoo.tests import tagged

from .common import CoopCase


@tagged("post_install", "-at_install")
class TestShu(CoopCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.deposit(cls.savings(cls.member_a, "sukarela"), 300_000)
        cls.deposit(cls.savings(cls.member_b, "pokok"), 100_000)

    def setUp(self):
        super().setUp()
        # fees paid in 2026: 60,000 by member A, 20,000 by member B
        self.company.coop_one_open_loan = False
        self.repay(self.disbursed_loan(3_000_000), 60_000)
        self.repay(self.disbursed_loan(1_000_000, partner=self.member_b), 20_000)

    def wizard(self, surplus=None, **values):
        wizard = self.env["desmigratif.shu.wizard"].create(
            {
                "company_id": self.company.id,
                "date_from": date(2026, 1, 1),
                "date_to": date(2026, 12, 31),
                "date_post": date(2026, 12, 31),
                **values,
            }
        )
        if surplus is not None:
            wizard.surplus = surplus
        wizard.action_compute()
        return wizard

    def test_surplus_proposed_from_income(self):
        self.assertEqual(self.wizard().surplus, 80_000)

    def test_split_is_exact(self):
        surplus = 1_000_003.33
        wizard = self.wizard(surplus)
        company = self.company
        parts = wizard._part_amounts()
        self.assertAlmostEqual(sum(parts.values()), surplus, places=2)
        self.assertAlmostEqual(
            parts["reserve"], surplus * company.coop_shu_reserve_pct / 100, delta=0.01
        )
        lines = {line.partner_id: line for line in wizard.line_ids}
        self.assertEqual(set(lines), {self.member_a, self.member_b})
        # capital part by savings (3:1), business part by fees paid (3:1)
        self.assertAlmostEqual(
            lines[self.member_a].capital_share, parts["capital"] * 3 / 4, delta=0.01
        )
        self.assertAlmostEqual(
            lines[self.member_b].business_share, parts["business"] / 4, delta=0.01
        )
        self.assertAlmostEqual(
            sum(wizard.line_ids.mapped("total")),
            parts["capital"] + parts["business"],
            places=2,
        )

    def test_post_payable(self):
        surplus = 500_001
        wizard = self.wizard(surplus)
        wizard.action_post()
        move = wizard.move_id
        self.assertEqual(move.state, "posted")
        surplus_line = move.line_ids.filtered(
            lambda line: line.account_id == self.company.coop_shu_surplus_account_id
        )
        self.assertEqual(surplus_line.debit, surplus)
        self.assertAlmostEqual(sum(move.line_ids.mapped("credit")), surplus, places=2)
        payable = move.line_ids.filtered(
            lambda line: line.account_id == self.company.coop_shu_payable_account_id
        )
        by_partner = {line.partner_id: line.credit for line in payable}
        for line in wizard.line_ids:
            self.assertAlmostEqual(by_partner[line.partner_id], line.total, places=2)

    def test_post_to_voluntary_savings(self):
        wizard = self.wizard(400_000, distribution="savings")
        share_a = wizard.line_ids.filtered(
            lambda line: line.partner_id == self.member_a
        ).total
        account = self.env["desmigratif.savings.account"].search(
            [("partner_id", "=", self.member_a.id), ("product", "=", "sukarela")]
        )
        before = account._get_balances()[account.id]
        wizard.action_post()
        self.assertAlmostEqual(
            account._get_balances()[account.id], before + share_a, places=2
        )

    def test_percentages_must_total_100(self):
        with self.assertRaisesRegex(ValidationError, "total 100"):
            self.company.coop_shu_social_pct = 6.0

    def test_only_manager_posts(self):
        wizard = self.wizard(100_000)
        with self.assertRaises(UserError):
            wizard.with_user(self.user_bookkeeper).action_post()
