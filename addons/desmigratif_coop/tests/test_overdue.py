from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from odoo import Command
from odoo.tests import tagged

from .common import CoopCase

# the late instalments read, two updates, the loans' totals read and updated,
# the activities' lookup and creation, whatever the number of loans
OVERDUE_RUN_QUERIES = 14


@tagged("post_install", "-at_install")
class TestOverdue(CoopCase):
    # repayments may not be dated after today: the loans run from 1 Feb 2026
    freeze_time = "2026-06-30 10:00:00"

    def run_cron(self, today):
        self.env["desmigratif.loan.line"]._cron_mark_overdue(today=today)

    def test_late_instalment_flat_penalty_and_activity(self):
        self.company.coop_bookkeeper_id = self.user_bookkeeper
        loan = self.disbursed_loan(3_000_000)
        first = loan.line_ids[0]
        today = first.date_due + timedelta(days=5)
        self.run_cron(today)
        self.assertEqual(first.state, "late")
        self.assertEqual(first.days_late, 5)
        self.assertEqual(first.penalty, 10_000)
        self.assertEqual(first.amount, 1_070_000)
        self.assertEqual(first.remaining, 1_070_000)
        self.assertEqual(loan.days_late, 5)
        self.assertEqual(loan.total_amount, 3_190_000)
        self.assertEqual(loan.ageing, "1_30")
        self.assertEqual(loan.line_ids[1].state, "open")
        activity = self.group.activity_ids
        self.assertEqual(len(activity), 1)
        self.assertEqual(activity.user_id, self.user_bookkeeper)
        self.assertIn(loan.name, activity.note)
        self.assertIn("Bawon", activity.note)
        # the next day: still one activity, the flat penalty is not charged twice
        self.run_cron(today + timedelta(days=1))
        self.assertEqual(len(self.group.activity_ids), 1)
        self.assertEqual(first.penalty, 10_000)
        self.assertEqual(first.days_late, 6)

    def test_percent_penalty_per_month_late(self):
        """1.5% of the Rp 1,060,000 instalment per started month late:
        Rp 15,900 from day 1 to day 30, 31,800 from day 31, 47,700 on day 75."""
        self.company.write({"coop_penalty_type": "percent", "coop_penalty_rate": 1.5})
        loan = self.disbursed_loan(3_000_000)
        first = loan.line_ids[0]
        penalties = []
        for days in (1, 30, 31, 75):
            self.run_cron(first.date_due + timedelta(days=days))
            penalties.append(first.penalty)
        self.assertEqual(penalties, [15_900, 15_900, 31_800, 47_700])
        self.assertEqual(first.amount, 1_107_700)

    def test_percent_penalty_in_whole_rupiah(self):
        """1.5% of the Rp 353,500 instalment of a Rp 1,000,000 loan is
        Rp 5,302.50: charged as Rp 5,303."""
        self.company.write({"coop_penalty_type": "percent", "coop_penalty_rate": 1.5})
        loan = self.disbursed_loan(1_000_000)
        first = loan.line_ids[0]
        self.assertEqual(first.amount, 353_500)
        self.run_cron(first.date_due + timedelta(days=3))
        self.assertEqual(first.penalty, 5_303)
        self.assertEqual(first.amount, 358_803)

    def test_repayment_pays_penalty_first(self):
        loan = self.disbursed_loan(3_000_000)
        first = loan.line_ids[0]
        self.run_cron(first.date_due + timedelta(days=3))
        repayment = self.repay(loan, 50_000, when=first.date_due + timedelta(days=3))
        self.assertEqual(first.paid_penalty, 10_000)
        self.assertEqual(first.paid_fee, 40_000)
        self.assertEqual(first.paid_principal, 0)
        self.assertEqual(first.remaining, 1_020_000)
        credits = {
            line.account_id.code: line.credit
            for line in repayment.move_id.line_ids
            if line.credit
        }
        self.assertEqual(
            credits,
            {
                self.code("coop_penalty_income_account_id"): 10_000,
                self.code("coop_fee_income_account_id"): 40_000,
            },
        )
        self.repay(loan, 1_020_000, when=first.date_due + timedelta(days=4))
        self.assertEqual(first.state, "paid")
        self.run_cron(first.date_due + timedelta(days=10))
        self.assertEqual(loan.days_late, 0)
        self.assertEqual(loan.ageing, "current")

    def test_ageing_buckets(self):
        loans = [
            self.disbursed_loan(
                100_000, partner=self.env["res.partner"].create({"name": f"P{n}"})
            )
            for n in range(4)
        ]
        today = date(2026, 9, 1)
        # instalments fallen due 4, 31, 90 and 91 days ago, at the buckets' edges:
        # written as the schedule's own code
        with self.env["desmigratif.loan.line"]._workflow_step():
            for loan, days in zip(loans, (4, 31, 90, 91), strict=True):
                loan.line_ids.write({"date_due": today - timedelta(days=days)})
        self.run_cron(today)
        buckets = {loan: loan.ageing for loan in loans}
        self.assertEqual(
            [buckets[loan] for loan in loans], ["1_30", "31_60", "61_90", "over_90"]
        )
        groups = dict(
            self.env["desmigratif.loan.line"]._read_group(
                [("loan_id", "in", [loan.id for loan in loans])],
                ["ageing"],
                ["remaining_principal:sum"],
            )
        )
        self.assertEqual(groups["over_90"], 100_000)

    def test_overdue_run_writes_what_the_fields_compute(self):
        """The overdue run writes instalments and loans in SQL for speed; what
        it writes is what the fields' computes give on the same data.

        Seven Rp 100,000 loans (three instalments of Rp 33,500 + 2,000 fee,
        the last Rp 33,000 + 2,000), every instalment fallen due 0 to 91 days
        before 1 September 2026; the third has Rp 50,000 repaid: its first
        instalment (Rp 35,500) and Rp 14,500 of the second (fee 2,000,
        principal 12,500). Late instalments carry the flat Rp 10,000 penalty."""
        partners = self.env["res.partner"].create(
            [{"name": f"Peminjam {days}"} for days in (0, 30, 31, 60, 61, 90, 91)]
        )
        loans = [self.disbursed_loan(100_000, partner=p) for p in partners]
        today = date(2026, 9, 1)
        with self.env["desmigratif.loan.line"]._workflow_step():
            for loan, days in zip(loans, (0, 30, 31, 60, 61, 90, 91), strict=True):
                loan.line_ids.write({"date_due": today - timedelta(days=days)})
        self.repay(loans[2], 50_000)
        self.run_cron(today)
        self.assertEqual(
            [(loan.days_late, loan.ageing) for loan in loans],
            [
                (0, "current"),
                (30, "1_30"),
                (31, "31_60"),
                (60, "31_60"),
                (61, "61_90"),
                (90, "61_90"),
                (91, "over_90"),
            ],
        )
        self.assertEqual(
            [loan.total_amount for loan in loans],
            [106_000, 136_000, 126_000, 136_000, 136_000, 136_000, 136_000],
        )
        self.assertEqual(
            [
                (line.state, line.amount, line.remaining, line.ageing)
                for line in loans[2].line_ids
            ],
            [
                ("paid", 35_500, 0, "current"),
                ("late", 45_500, 31_000, "31_60"),
                ("late", 45_000, 45_000, "31_60"),
            ],
        )
        self.assertEqual(
            [(line.state, line.remaining) for line in loans[0].line_ids],
            [("open", 35_500), ("open", 35_500), ("open", 35_000)],
        )
        # the same records computed again by the ORM, field by field
        Line, Loan = self.env["desmigratif.loan.line"], self.env["desmigratif.loan"]
        lines = Line.browse([line.id for loan in loans for line in loan.line_ids])
        loans = Loan.browse([loan.id for loan in loans])
        line_fields = [
            "amount",
            "remaining_principal",
            "remaining_fee",
            "remaining_penalty",
            "remaining",
            "state",
            "ageing",
        ]
        loan_fields = ["days_late", "ageing", "total_amount"]
        written = (lines.read(line_fields), loans.read(loan_fields))
        for records, names in ((lines, line_fields), (loans, loan_fields)):
            for name in names:
                self.env.add_to_compute(records._fields[name], records)
        self.env.flush_all()
        self.env.invalidate_all()
        self.assertEqual((lines.read(line_fields), loans.read(loan_fields)), written)

    def _make_running_loans(self, count):
        """Disbursed loans written directly (no entries): the run only reads
        schedules."""
        partners = self.env["res.partner"].create(
            [{"name": f"Peminjam {count}-{n}"} for n in range(count)]
        )
        start = date(2026, 1, 1)
        Loan = self.env["desmigratif.loan"]
        with Loan._workflow_step():
            return Loan.create(
                [
                    {
                        "partner_id": partner.id,
                        "funding_group_id": self.group.id,
                        "principal": 300_000,
                        "date_start": start,
                        "state": "disbursed",
                        "company_id": self.company.id,
                        "line_ids": [
                            Command.create(
                                {
                                    "sequence": n,
                                    "date_due": start + relativedelta(months=n),
                                    "principal": 100_000,
                                    "fee": 6_000,
                                }
                            )
                            for n in (1, 2, 3)
                        ],
                    }
                    for partner in partners
                ]
            )

    def test_overdue_run_bounded_queries(self):
        """The run takes the same number of queries for 10 and for 100 loans."""
        today = date(2026, 3, 15)
        loans = self._make_running_loans(5)
        self.run_cron(today)  # warm the caches (activity type, model ids)
        for count in (10, 100):
            with loans._workflow_step():
                loans.write({"state": "paid"})
            loans = self._make_running_loans(count)
            self.env.flush_all()
            self.env.invalidate_all()
            with self.assertQueryCount(OVERDUE_RUN_QUERIES):
                self.run_cron(today)
            self.assertTrue(all(loan.days_late > 0 for loan in loans))
            late = loans.line_ids.filtered(lambda line: line.state == "late")
            self.assertEqual(len(late), 2 * count)
            activity = self.group.activity_ids.sorted("id")[-1:]
            self.assertTrue(all(loan.name in activity.note for loan in loans))
