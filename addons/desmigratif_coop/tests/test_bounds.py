from datetime import date

from freezegun import freeze_time

from odoo.exceptions import UserError, ValidationError
from odoo.tests import tagged

from .common import CoopCase


@tagged("post_install", "-at_install")
class TestBounds(CoopCase):
    """Every amount, term, rate, rounding unit and date has a bound, with a
    clear message and nothing posted."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.sukarela = cls.savings(cls.member_a, "sukarela")
        cls.deposit(cls.sukarela, 500_000)

    def books(self):
        """Number of transactions, of journal entries, and the balance."""
        return (
            self.env["desmigratif.savings.transaction"].search_count(
                [("company_id", "=", self.company.id)]
            ),
            self.env["account.move"].search_count(
                [("company_id", "=", self.company.id)]
            ),
            self.sukarela._get_balances()[self.sukarela.id],
        )

    def loan_values(self, **values):
        return {
            "partner_id": self.member_a.id,
            "funding_group_id": self.group.id,
            "principal": 3_000_000,
            "date_start": date(2026, 2, 1),
            "company_id": self.company.id,
            **values,
        }

    def test_amount_ceiling(self):
        books = self.books()
        for amount in (1e15, 1_000_000_001):
            for kind in ("deposit", "withdrawal"):
                with (
                    self.subTest(amount=amount, kind=kind),
                    self.assertRaises(ValidationError),
                ):
                    self.deposit(self.sukarela, amount, kind=kind)
        self.assertEqual(self.books(), books)
        self.deposit(self.sukarela, 1_000_000_000)
        self.assertEqual(self.sukarela._get_balances()[self.sukarela.id], 1_000_500_000)

    def test_amount_ceiling_is_a_setting(self):
        settings = self.env["res.config.settings"].create(
            {"coop_max_amount": 2_000_000}
        )
        settings.execute()
        self.assertEqual(self.company.coop_max_amount, 2_000_000)
        books = self.books()
        with self.assertRaises(ValidationError):
            self.deposit(self.sukarela, 2_000_001)
        loan = self.disbursed_loan(1_500_000)
        with self.assertRaises(ValidationError):
            self.repay(loan, 2_000_001)
        with self.assertRaises(ValidationError):
            self.new_loan(2_000_001)
        self.assertEqual(self.books()[0], books[0])
        self.deposit(self.sukarela, 2_000_000)
        self.assertEqual(self.sukarela._get_balances()[self.sukarela.id], 2_500_000)

    def test_term_whole_months_from_1_to_60(self):
        Loan = self.env["desmigratif.loan"].with_user(self.user_bookkeeper)
        for term in (2.7, 0, 61, 10_000, -3, True, "3"):
            with self.subTest(term=term), self.assertRaises(ValidationError):
                Loan.create(self.loan_values(term_months=term))
        self.assertFalse(
            self.env["desmigratif.loan"].search([("company_id", "=", self.company.id)])
        )
        loan = Loan.create(self.loan_values(term_months=3.0))
        with self.assertRaises(ValidationError):
            loan.write({"term_months": 2.7})
        self.assertEqual(loan.term_months, 3)
        loan.write({"term_months": 60})
        loan.action_submit()
        self.assertEqual(len(loan.line_ids), 60)
        self.assertEqual(loan.line_ids[-1].date_due, date(2031, 2, 1))

    def test_schedule_refused_beyond_60_months(self):
        """No schedule of 10,000 months is ever built, whoever asks for one."""
        with self.assertRaises(ValidationError):
            self.env["desmigratif.loan"]._schedule_amounts(
                3_000_000, 10_000, 2.0, "flat", 500, self.currency
            )

    def test_fee_rate_capped(self):
        Loan = self.env["desmigratif.loan"]
        for rate in (500.0, 1e15, 5.01):
            with self.subTest(rate=rate), self.assertRaises(ValidationError):
                Loan.create(self.loan_values(fee_rate=rate))
        self.assertEqual(Loan.create(self.loan_values(fee_rate=5.0)).fee_rate, 5.0)
        self.company.coop_max_fee_rate = 10.0
        self.assertEqual(Loan.create(self.loan_values(fee_rate=8.0)).fee_rate, 8.0)
        with self.assertRaises(ValidationError):
            self.company.coop_max_fee_rate = 1.5  # below the village's own 2%

    def test_rounding_unit(self):
        Loan = self.env["desmigratif.loan"]
        for unit in (1e15, 700, 300, 200_000):
            with self.subTest(unit=unit), self.assertRaises(ValidationError):
                Loan.create(self.loan_values(rounding_unit=unit))
        with self.assertRaises(ValidationError):
            # 100,000 divides 100,000 but is above a month of 200,000 over 3
            Loan.create(self.loan_values(principal=200_000, rounding_unit=100_000))
        loan = Loan.create(self.loan_values(rounding_unit=100_000))
        loan.action_submit()
        self.assertEqual(
            loan.line_ids.mapped("principal"), [1_040_000, 1_040_000, 920_000]
        )

    def test_principal_ceiling(self):
        with self.assertRaises(ValidationError):
            self.env["desmigratif.loan"].create(self.loan_values(principal=1e15))
        self.company.coop_max_loan_amount = 2_000_000
        loan = self.new_loan(2_000_001)
        with self.assertRaisesRegex(ValidationError, "maximum loan"):
            loan.action_submit()
        self.assertEqual(loan.state, "draft")

    @freeze_time("2026-05-15")
    def test_repayment_dates(self):
        loan = self.disbursed_loan(3_000_000)
        Repayment = self.env["desmigratif.loan.repayment"]
        for when in (date(1990, 1, 1), date(2026, 1, 31), date(2026, 5, 16)):
            with self.subTest(when=when), self.assertRaises(ValidationError):
                Repayment.create({"loan_id": loan.id, "amount": 100_000, "date": when})
        self.assertFalse(loan.repayment_ids)
        self.repay(loan, 100_000, date(2026, 5, 15))
        self.assertEqual(loan.total_paid, 100_000)

    def test_company_settings_bounded(self):
        for values in (
            {"coop_fee_rate": 6.0},
            {"coop_penalty_rate": 6.0},
            {"coop_max_fee_rate": 150.0},
            {"coop_term_months": 0},
            {"coop_term_months": 61},
            {"coop_rounding_unit": 700},
            {"coop_rounding_unit": 1e15},
            {"coop_max_amount": 0},
            {"coop_max_amount": 2e12},
            {"coop_max_loan_amount": 1_000_000_001},
            {"coop_wajib_amount": 1e15},
            {"coop_lock_wait": 0},
            {"coop_lock_wait": 61},
        ):
            with self.subTest(values=values), self.assertRaises(ValidationError):
                self.company.write(values)

    def test_shu_period_and_surplus(self):
        Wizard = self.env["desmigratif.shu.wizard"]
        base = {
            "company_id": self.company.id,
            "date_from": date(2026, 1, 1),
            "date_to": date(2026, 12, 31),
            "date_post": date(2026, 12, 31),
        }
        for values in (
            {"date_from": date(2027, 1, 1)},
            {"date_from": date(2025, 7, 1)},
            {"date_post": date(2026, 12, 30)},
            {"surplus": 1e15},
        ):
            with self.subTest(values=values), self.assertRaises(ValidationError):
                Wizard.create({**base, **values})
        for company_id in (999_999, self.env.ref("base.main_company").id):
            with self.subTest(company_id=company_id), self.assertRaises(UserError):
                Wizard.create({**base, "company_id": company_id})
