import math
from datetime import date

from dateutil.relativedelta import relativedelta

from odoo.tests import tagged

from .common import CoopCase


@tagged("post_install", "-at_install")
class TestLoanSchedule(CoopCase):
    def schedule(self, principal, months=3, rate=2.0, method="flat", unit=500):
        return self.env["desmigratif.loan"]._schedule_amounts(
            principal, months, rate, method, unit, self.currency
        )

    def test_issue_example(self):
        """Rp 3,000,000 over 3 months at 2% a month: 3 x Rp 1,060,000."""
        loan = self.new_loan(3_000_000, term_months=3, fee_rate=2.0, rounding_unit=500)
        loan.action_submit()
        lines = loan.line_ids
        self.assertEqual(len(lines), 3)
        self.assertEqual(lines.mapped("amount"), [1_060_000] * 3)
        self.assertEqual(lines.mapped("principal"), [1_000_000] * 3)
        self.assertEqual(lines.mapped("fee"), [60_000] * 3)
        self.assertEqual(
            lines.mapped("date_due"),
            [date(2026, 2, 1) + relativedelta(months=n) for n in (1, 2, 3)],
        )
        self.assertEqual(loan.total_amount, 3_180_000)
        self.assertEqual(loan.total_fee, 180_000)

    def test_rounding_last_absorbs(self):
        principal, months, rate, unit = 1_000_000, 3, 2.0, 500
        amounts = self.schedule(principal, months, rate, unit=unit)
        fee = principal * rate / 100
        rounded = math.ceil((principal / months + fee) / unit) * unit
        instalments = [part + f for part, f in amounts]
        self.assertEqual(instalments[:-1], [rounded] * (months - 1))
        self.assertEqual(
            instalments[-1], principal + fee * months - rounded * (months - 1)
        )
        self.assertEqual(sum(part for part, _fee in amounts), principal)
        self.assertEqual(sum(instalments), principal + fee * months)
        for instalment in instalments[:-1]:
            self.assertEqual(instalment % unit, 0)

    def test_rounding_uneven_amounts_stay_exact(self):
        for principal in (1_234_567, 999_999, 2_500_001):
            for months in (1, 3, 5):
                amounts = self.schedule(principal, months, 1.5, unit=1000)
                self.assertEqual(len(amounts), months)
                self.assertAlmostEqual(sum(p for p, _f in amounts), principal, places=2)
                fee = self.currency.round(principal * 1.5 / 100)
                self.assertAlmostEqual(
                    sum(f for _p, f in amounts), fee * months, places=2
                )

    def test_declining_balance(self):
        principal, months, rate = 3_000_000, 3, 2.0
        amounts = self.schedule(principal, months, rate, method="declining", unit=500)
        owed = principal
        for part, fee in amounts:
            self.assertEqual(fee, owed * rate / 100)
            owed -= part
        self.assertEqual(owed, 0)
        self.assertLess(sum(f for _p, f in amounts), principal * rate / 100 * months)

    def test_no_rounding_unit(self):
        amounts = self.schedule(1_000_000, 3, 2.0, unit=0)
        self.assertAlmostEqual(sum(p for p, _f in amounts), 1_000_000, places=2)

    def test_reset_to_draft_clears_schedule(self):
        loan = self.new_loan(600_000)
        loan.action_submit()
        self.assertTrue(loan.line_ids)
        loan.action_draft()
        self.assertFalse(loan.line_ids)
        self.assertEqual(loan.state, "draft")
