from datetime import date

from psycopg2 import IntegrityError

from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import tagged
from odoo.tools import mute_logger

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

    def posted_shu(self):
        return self.env["desmigratif.shu"].search(
            [("company_id", "=", self.company.id), ("state", "=", "posted")]
        )

    def surplus_balance(self):
        """Debit balance of the SHU surplus account: what was distributed."""
        [[balance]] = self.env["account.move.line"]._read_group(
            [
                ("account_id", "=", self.company.coop_shu_surplus_account_id.id),
                ("parent_state", "=", "posted"),
            ],
            [],
            ["balance:sum"],
        )
        return balance or 0.0

    def test_posted_once_per_village_and_year(self):
        wizard = self.wizard(500_000)
        wizard.action_post()
        with self.assertRaises(UserError):
            wizard.action_post()
        second = self.wizard(500_000)
        with self.assertRaises(UserError):
            second.action_post()
        self.assertFalse(second.move_id)
        self.assertEqual(
            self.env["account.move"].search_count(
                [
                    ("company_id", "=", self.company.id),
                    ("ref", "=", "SHU 2026-01-01 - 2026-12-31"),
                ]
            ),
            1,
        )
        shu = self.posted_shu()
        self.assertEqual(
            (shu.name, shu.surplus, shu.move_id), ("SHU 2026", 500_000, wizard.move_id)
        )
        self.assertEqual(self.surplus_balance(), 500_000)

    def test_reversed_shu_posted_again(self):
        self.wizard(500_000).action_post()
        shu = self.posted_shu()
        with self.assertRaises(UserError):
            shu.with_user(self.user_bookkeeper).action_reverse()
        with self.assertRaises(UserError):
            shu.with_user(self.user_manager).write({"state": "reversed"})
        shu.with_user(self.user_manager).action_reverse()
        self.assertEqual(shu.state, "reversed")
        self.assertEqual(shu.reversal_move_id.state, "posted")
        self.assertEqual(self.surplus_balance(), 0)
        with self.assertRaises(UserError):
            shu.with_user(self.user_manager).action_reverse()
        self.wizard(400_000).action_post()
        self.assertEqual(self.posted_shu().surplus, 400_000)
        self.assertEqual(self.surplus_balance(), 400_000)

    def test_one_posted_shu_per_year_in_the_database(self):
        """Two postings at the same moment both pass the search: the unique
        index refuses the second."""
        self.wizard(500_000).action_post()
        with self.assertRaises(IntegrityError), mute_logger("odoo.sql_db"):
            self.env["desmigratif.shu"].sudo().create(
                {
                    "year": 2026,
                    "date_from": date(2026, 1, 1),
                    "date_to": date(2026, 12, 31),
                    "company_id": self.company.id,
                }
            )

    def test_members_table_is_the_wizards(self):
        wizard = self.wizard(500_000)
        lines = wizard.line_ids.with_user(self.user_manager)
        with self.assertRaises(AccessError):
            lines[0].write({"capital_share": 1_000_000_000})
        with self.assertRaises(AccessError):
            lines.unlink()
        wizard.surplus = 600_000
        with self.assertRaisesRegex(UserError, "out of date"):
            wizard.action_post()
        self.assertFalse(self.posted_shu())

    def test_savings_shu_kept_once_withdrawn(self):
        wizard = self.wizard(400_000, distribution="savings")
        share_a = wizard.line_ids.filtered(
            lambda line: line.partner_id == self.member_a
        ).total
        wizard.action_post()
        account = self.env["desmigratif.savings.account"].search(
            [("partner_id", "=", self.member_a.id), ("product", "=", "sukarela")]
        )
        # member A takes out her savings and 1 rupiah of her SHU
        self.deposit(account, 300_001, kind="withdrawal")
        shu = self.posted_shu()
        with self.assertRaisesRegex(UserError, "Bawon"):
            shu.with_user(self.user_manager).action_reverse()
        self.assertEqual(shu.state, "posted")
        self.assertEqual(account._get_balances()[account.id], share_a - 1)
