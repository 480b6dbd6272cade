from datetime import date

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
            [date(2026, 3, 1), date(2026, 4, 1), date(2026, 5, 1)],
        )
        self.assertEqual(loan.total_amount, 3_180_000)
        self.assertEqual(loan.total_fee, 180_000)

    def test_rounding_last_absorbs(self):
        """Rp 1,000,000 over 3 months at 2%: 333,333.33 + 20,000 rounded up to
        Rp 353,500 twice; the last instalment is the rest, Rp 353,000."""
        amounts = self.schedule(1_000_000, 3, 2.0, unit=500)
        self.assertEqual(
            amounts, [(333_500, 20_000), (333_500, 20_000), (333_000, 20_000)]
        )
        self.assertEqual(
            [part + fee for part, fee in amounts], [353_500, 353_500, 353_000]
        )

    def test_rounded_up_not_to_nearest(self):
        """Rp 1,000,000 over 3 months without fee, unit Rp 1,000: 333,333.33
        goes up to Rp 334,000 (to the nearest it would be 333,000)."""
        self.assertEqual(
            self.schedule(1_000_000, 3, 0.0, unit=1000),
            [(334_000, 0), (334_000, 0), (332_000, 0)],
        )

    def test_rounding_uneven_amounts_stay_exact(self):
        """Rp 1,234,567 at 1.5%: fee 18,518.505 -> Rp 18,519 a month.
        Over 3 months, unit Rp 1,000: 411,522.33 + 18,519 = 430,041.33 up to
        Rp 431,000, so principal 412,481, 412,481 and the rest, 409,605."""
        self.assertEqual(
            self.schedule(1_234_567, 1, 1.5, unit=1000), [(1_234_567, 18_519)]
        )
        self.assertEqual(
            self.schedule(1_234_567, 3, 1.5, unit=1000),
            [(412_481, 18_519), (412_481, 18_519), (409_605, 18_519)],
        )
        # Rp 999,999 over 5 months at 1.5%: fee 14,999.985 -> Rp 15,000;
        # 199,999.80 + 15,000 up to Rp 215,000: principal 200,000 x 4, 199,999
        self.assertEqual(
            self.schedule(999_999, 5, 1.5, unit=1000),
            [(200_000, 15_000)] * 4 + [(199_999, 15_000)],
        )

    def test_declining_balance(self):
        """Rp 3,000,000 over 3 months at 2% of what is still owed: fees
        Rp 60,000, 40,000 and 20,000 (Rp 120,000 instead of 180,000 flat)."""
        self.assertEqual(
            self.schedule(3_000_000, 3, 2.0, method="declining", unit=500),
            [(1_000_000, 60_000), (1_000_000, 40_000), (1_000_000, 20_000)],
        )

    def test_no_rounding_unit_whole_rupiah(self):
        """Without a rounding unit, whole rupiah: Rp 1,000,000 over 3 months
        at 2% is 333,333.33 + 20,000 rounded up to Rp 353,334."""
        self.assertEqual(
            self.schedule(1_000_000, 3, 2.0, unit=0),
            [(333_334, 20_000), (333_334, 20_000), (333_332, 20_000)],
        )

    def test_reset_to_draft_clears_schedule(self):
        loan = self.new_loan(600_000)
        loan.action_submit()
        self.assertTrue(loan.line_ids)
        loan.action_draft()
        self.assertFalse(loan.line_ids)
        self.assertEqual(loan.state, "draft")
