from datetime import date

from freezegun import freeze_time

from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import tagged
from odoo.tools import mute_logger

from .common import CoopReportsCase


@tagged("post_install", "-at_install")
class TestLoanQuality(CoopReportsCase):
    def classes(self, allowance):
        return {
            line.collectibility: (line.loan_count, line.outstanding, line.amount)
            for line in allowance.line_ids
        }

    def entry(self, move):
        return sorted(
            (line.account_id.code, line.debit, line.credit) for line in move.line_ids
        )

    def test_portfolio_classes(self):
        """On 31 July 2025 Bawon's instalment of 1 April is 121 days late:
        substandard from day 91; Turyati's first instalment is not yet due."""
        portfolio = self.env["desmigratif.loan"]._coop_portfolio(
            self.company, date(2025, 7, 31)
        )
        self.assertEqual(
            [
                (p["loan"], p["outstanding"], p["days_late"], p["collectibility"])
                for p in portfolio
            ],
            [
                (self.loan_bawon, 2_000_000, 121, "kurang_lancar"),
                (self.loan_turyati, 1_000_000, 0, "lancar"),
            ],
        )
        by_date = {
            date(2025, 9, 28): (180, "kurang_lancar"),
            date(2025, 9, 29): (181, "diragukan"),
            date(2026, 4, 1): (365, "diragukan"),
            date(2026, 4, 2): (366, "macet"),
        }
        for when, expected in by_date.items():
            item = self.env["desmigratif.loan"]._coop_portfolio(self.company, when)[0]
            self.assertEqual((item["days_late"], item["collectibility"]), expected)

    @freeze_time("2025-08-04")
    def test_monthly_allowance_posted_and_reversed(self):
        """The cron posts the PPAP of 31 July: 10% of 2,000,000 substandard
        plus 0.5% of 1,000,000 performing = 205,000; problem loans are
        2,000,000 of 3,000,000 = 66.67%. The reversal undoes it and the month
        can be posted again."""
        Allowance = self.env["desmigratif.loan.allowance"]
        Allowance._cron_post_monthly()
        allowance = Allowance.search([("company_id", "=", self.company.id)])
        self.assertEqual(allowance.date, date(2025, 7, 31))
        self.assertEqual(allowance.state, "posted")
        self.assertEqual(
            self.classes(allowance),
            {
                "lancar": (1, 1_000_000, 5_000),
                "kurang_lancar": (1, 2_000_000, 200_000),
                "diragukan": (0, 0, 0),
                "macet": (0, 0, 0),
            },
        )
        self.assertEqual(allowance.total_outstanding, 3_000_000)
        self.assertEqual(allowance.problem_outstanding, 2_000_000)
        self.assertEqual(allowance.problem_ratio, 66.67)
        self.assertEqual(allowance.required_amount, 205_000)
        self.assertEqual(allowance.booked_amount, 0)
        self.assertEqual(allowance.move_id.date, date(2025, 7, 31))
        self.assertEqual(
            self.entry(allowance.move_id),
            [("11220090", 0, 205_000), ("69100020", 205_000, 0)],
        )
        # Once a month: the cron does not post it twice, nor may a person.
        Allowance._cron_post_monthly()
        self.assertEqual(
            Allowance.search_count([("company_id", "=", self.company.id)]), 1
        )
        second = Allowance.with_user(self.user_bookkeeper).create(
            {"company_id": self.company.id, "date": date(2025, 7, 31)}
        )
        with self.assertRaises(UserError):
            second.with_user(self.user_bookkeeper).action_post()
        self.assertEqual(second.state, "draft")
        # A bookkeeper may not reverse it; a manager may.
        with self.assertRaises(AccessError):
            allowance.with_user(self.user_bookkeeper).action_reverse()
        self.assertEqual(allowance.state, "posted")
        allowance.with_user(self.user_manager).action_reverse()
        self.assertEqual(allowance.state, "reversed")
        self.assertEqual(allowance.reversal_move_id.state, "posted")
        self.assertEqual(
            self.entry(allowance.reversal_move_id),
            [("11220090", 205_000, 0), ("69100020", 0, 205_000)],
        )
        second.with_user(self.user_bookkeeper).action_post()
        self.assertEqual(second.booked_amount, 0)
        self.assertEqual(second.move_id.amount_total, 205_000)

    @freeze_time("2025-08-04")
    def test_cron_skips_a_closed_period(self):
        """A village whose books are locked up to July keeps its July
        allowance unposted; the cron does not fail for the other villages."""
        self.company.fiscalyear_lock_date = date(2025, 7, 31)
        Allowance = self.env["desmigratif.loan.allowance"]
        moves = self.env["account.move"].search_count(
            [("company_id", "=", self.company.id)]
        )
        with mute_logger("odoo.addons.desmigratif_coop_reports.models.loan_allowance"):
            Allowance._cron_post_monthly()
        self.assertFalse(Allowance.search([("company_id", "=", self.company.id)]))
        self.assertEqual(
            self.env["account.move"].search_count(
                [("company_id", "=", self.company.id)]
            ),
            moves,
        )
        allowance = Allowance.create(
            {"company_id": self.company.id, "date": date(2025, 7, 31)}
        )
        with self.assertRaises(UserError):
            allowance.action_post()
        self.assertEqual(allowance.state, "draft")
        self.assertFalse(allowance.move_id)

    def test_next_month_adjusts_by_the_difference(self):
        """The allowance account already holds 205,000 from July: on 31
        August Bawon's loan is still substandard (152 days), Turyati's
        instalment of 1 August is 30 days late (performing): only the
        difference is posted, none here."""
        Allowance = self.env["desmigratif.loan.allowance"].with_user(
            self.user_bookkeeper
        )
        july = Allowance.create(
            {"company_id": self.company.id, "date": date(2025, 7, 31)}
        )
        july.action_post()
        august = Allowance.create(
            {"company_id": self.company.id, "date": date(2025, 8, 31)}
        )
        august.action_post()
        self.assertEqual(august.required_amount, 205_000)
        self.assertEqual(august.booked_amount, 205_000)
        self.assertEqual(august.adjustment_amount, 0)
        self.assertFalse(august.move_id)
        october = Allowance.create(
            {"company_id": self.company.id, "date": date(2025, 10, 31)}
        )
        october.action_post()
        # Bawon: 213 days, doubtful: 50% of 2,000,000; Turyati: 91 days,
        # substandard: 10% of 1,000,000.
        self.assertEqual(october.required_amount, 1_100_000)
        self.assertEqual(october.adjustment_amount, 895_000)
        self.assertEqual(october.problem_ratio, 100.0)
        self.assertEqual(
            self.entry(october.move_id),
            [("11220090", 0, 895_000), ("69100020", 895_000, 0)],
        )

    def test_posted_allowance_is_frozen(self):
        allowance = (
            self.env["desmigratif.loan.allowance"]
            .with_user(self.user_bookkeeper)
            .create({"company_id": self.company.id, "date": date(2025, 7, 31)})
        )
        allowance.action_post()
        move = allowance.move_id
        for vals in (
            {"date": date(2025, 8, 31)},
            {"state": "draft"},
            {"booked_amount": 0},
        ):
            with self.assertRaises(UserError):
                allowance.write(vals)
        with self.assertRaises(UserError):
            allowance.unlink()
        with self.assertRaises(AccessError):
            allowance.line_ids.with_user(self.user_bookkeeper).write({"amount": 1})
        self.assertEqual(allowance.state, "posted")
        self.assertEqual(allowance.date, date(2025, 7, 31))
        self.assertEqual(allowance.required_amount, 205_000)
        self.assertEqual(allowance.move_id, move)
        self.assertEqual(move.state, "posted")

    def test_thresholds_must_not_overlap(self):
        for vals in (
            {"coop_diragukan_days": 90},
            {"coop_macet_days": 181},
            {"coop_kurang_lancar_days": 0},
            {"coop_macet_days": 4000},
        ):
            with self.assertRaises(ValidationError):
                self.company.write(vals)
        with self.assertRaises(ValidationError):
            self.company.write({"coop_ppap_diragukan_rate": 5.0})
        with self.assertRaises(ValidationError):
            self.company.write({"coop_ppap_macet_rate": 120.0})
        self.assertEqual(
            (
                self.company.coop_kurang_lancar_days,
                self.company.coop_diragukan_days,
                self.company.coop_macet_days,
                self.company.coop_ppap_diragukan_rate,
                self.company.coop_ppap_macet_rate,
            ),
            (91, 181, 366, 50.0, 100.0),
        )

    def test_demo_late_loan(self):
        """The demo's group loan of Rp 1,200,000 to the Singkong group, never
        repaid: 100, 200 and 400 days after its first due date."""
        loan = self.env.ref("desmigratif_demo.demo_loan_sulastri", False)
        if not loan:
            self.skipTest("No demo data")
        company = loan.company_id
        first_due = min(loan.line_ids.mapped("date_due"))
        expected = {100: "kurang_lancar", 200: "diragukan", 400: "macet"}
        for days, collectibility in expected.items():
            when = date.fromordinal(first_due.toordinal() + days)
            item = next(
                item
                for item in self.env["desmigratif.loan"]._coop_portfolio(company, when)
                if item["loan"] == loan
            )
            self.assertEqual(
                (item["outstanding"], item["days_late"], item["collectibility"]),
                (1_200_000, days, collectibility),
            )
