from datetime import date

from odoo.tests import freeze_time, tagged

from .common import CoopCase


@tagged("post_install", "-at_install")
class TestOverdueCron(CoopCase):
    """The scheduled action itself, as the server runs it every night."""

    def test_cron_record(self):
        cron = self.env.ref("desmigratif_coop.ir_cron_loan_overdue")
        self.assertTrue(cron.active)
        self.assertEqual((cron.interval_number, cron.interval_type), (1, "days"))
        self.assertEqual(cron.model_id.model, "desmigratif.loan.line")
        self.assertEqual(cron.state, "code")

    @freeze_time("2026-03-11 01:00:00")
    def test_cron_marks_a_late_instalment(self):
        """Rp 3,000,000 over 3 months from 1 February at 2% flat: instalments of
        1,000,000 + 60,000 due on 1 March, 1 April and 1 May. On 11 March the
        first is 10 days late: Rp 10,000 flat penalty, 1,070,000 due, and one
        activity for the bookkeeper on the group that lent the money."""
        self.company.coop_bookkeeper_id = self.user_bookkeeper
        loan = self.disbursed_loan(3_000_000)
        first, second, third = loan.line_ids.sorted("date_due")
        self.assertEqual(
            [line.date_due for line in (first, second, third)],
            [date(2026, 3, 1), date(2026, 4, 1), date(2026, 5, 1)],
        )
        cron = self.env.ref("desmigratif_coop.ir_cron_loan_overdue")
        cron.method_direct_trigger()
        self.env.invalidate_all()
        self.assertEqual(
            (first.state, first.days_late, first.penalty, first.amount, first.ageing),
            ("late", 10, 10_000, 1_070_000, "1_30"),
        )
        self.assertEqual(
            (second.state, second.days_late, second.penalty, second.amount),
            ("open", 0, 0, 1_060_000),
        )
        self.assertEqual((loan.days_late, loan.ageing), (10, "1_30"))
        activity = self.group.activity_ids
        self.assertEqual(len(activity), 1)
        self.assertEqual(activity.user_id, self.user_bookkeeper)
        self.assertIn(loan.name, activity.note)
        # the next night: still one activity, the flat penalty is not charged twice
        with freeze_time("2026-03-12 01:00:00"):
            cron.method_direct_trigger()
        self.env.invalidate_all()
        self.assertEqual((first.days_late, first.penalty), (11, 10_000))
        self.assertEqual(len(self.group.activity_ids), 1)

    @freeze_time("2026-03-01 01:00:00")
    def test_cron_on_the_due_date_marks_nothing(self):
        loan = self.disbursed_loan(3_000_000)
        self.env.ref("desmigratif_coop.ir_cron_loan_overdue").method_direct_trigger()
        self.env.invalidate_all()
        self.assertEqual(set(loan.line_ids.mapped("state")), {"open"})
        self.assertFalse(self.group.activity_ids)
