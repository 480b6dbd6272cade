from datetime import date

from psycopg2 import IntegrityError

from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import tagged
from odoo.tools import mute_logger

from .common import CoopCase


@tagged("post_install", "-at_install")
class TestShu(CoopCase):
    # the SHU of 2026 is shared once the year is over
    freeze_time = "2027-01-15 10:00:00"

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
        """Rp 1,000,003 at 40/20/20/5/5/5/5: 400,001.20, 200,000.60 twice and
        50,000.15 four times; the 2 rupiah left go to the two .60s. Members
        share the capital part by savings (A 300,000, B 100,000: 3 to 1) and
        the business part by fees paid (A 60,000, B 20,000: 3 to 1):
        200,001 is 150,000.75 and 50,000.25, so A 150,001 and B 50,000."""
        wizard = self.wizard(1_000_003)
        self.assertEqual(
            [
                wizard.reserve_amount,
                wizard.capital_amount,
                wizard.business_amount,
                wizard.board_amount,
                wizard.staff_amount,
                wizard.education_amount,
                wizard.social_amount,
            ],
            [400_001, 200_001, 200_001, 50_000, 50_000, 50_000, 50_000],
        )
        self.assertEqual(
            {
                line.partner_id.name: (
                    line.savings_balance,
                    line.fees_paid,
                    line.capital_share,
                    line.business_share,
                    line.total,
                )
                for line in wizard.line_ids
            },
            {
                "Bawon": (300_000, 60_000, 150_001, 150_001, 300_002),
                "Turyati": (100_000, 20_000, 50_000, 50_000, 100_000),
            },
        )

    def test_post_payable(self):
        """Rp 500,001: reserve 200,000.40 takes the rupiah left (200,001), the
        members' parts are 100,000.20 -> 100,000 each, the four funds
        25,000.05 -> 25,000; A gets 75,000 + 75,000, B 25,000 + 25,000."""
        wizard = self.wizard(500_001)
        wizard.action_post()
        move = wizard.move_id
        self.assertEqual(move.state, "posted")
        self.assertEqual(
            self.entry(move),
            sorted(
                [
                    (self.code("coop_shu_surplus_account_id"), 500_001, 0, ""),
                    (self.code("coop_shu_reserve_account_id"), 0, 200_001, ""),
                    (self.code("coop_shu_fund_account_id"), 0, 25_000, ""),
                    (self.code("coop_shu_fund_account_id"), 0, 25_000, ""),
                    (self.code("coop_shu_fund_account_id"), 0, 25_000, ""),
                    (self.code("coop_shu_fund_account_id"), 0, 25_000, ""),
                    (self.code("coop_shu_payable_account_id"), 0, 150_000, "Bawon"),
                    (self.code("coop_shu_payable_account_id"), 0, 50_000, "Turyati"),
                ]
            ),
        )

    def test_post_to_voluntary_savings(self):
        """Rp 400,000: members' parts 80,000 each, split 3 to 1: A gets
        60,000 + 60,000 on top of her Rp 300,000 of voluntary savings."""
        wizard = self.wizard(400_000, distribution="savings")
        account = self.env["desmigratif.savings.account"].search(
            [("partner_id", "=", self.member_a.id), ("product", "=", "sukarela")]
        )
        self.assertEqual(account._get_balances()[account.id], 300_000)
        wizard.action_post()
        self.assertEqual(account._get_balances()[account.id], 420_000)

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
        """Member A's Rp 300,000 plus her SHU of Rp 120,000, less 300,001."""
        wizard = self.wizard(400_000, distribution="savings")
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
        self.assertEqual(account._get_balances()[account.id], 119_999)
