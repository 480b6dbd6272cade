from odoo import Command
from odoo.exceptions import AccessError
from odoo.tests import HttpCase, new_test_user, tagged
from odoo.tools import mute_logger

from .common import CoopCase

# Printed in the reader's language: "250,000" in English, "250.000" in Indonesian.
AMOUNT_250K = r"250[.,]000"
AMOUNT_1750K = r"1[.,]750[.,]000"


class ConfidentialityCase(CoopCase):
    """Balances and amounts of savings and loans reach officers, the
    bookkeeper and managers only; a Desmigratif User sees who has an account
    or a loan, never how much."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # a Desmigratif User with Odoo's export right
        cls.user_user = new_test_user(
            cls.env,
            "coop_user_export",
            groups="desmigratif_base.group_desmigratif_user,base.group_allow_export",
            company_id=cls.company.id,
            company_ids=[Command.set(cls.company.ids)],
        )
        cls.sukarela = cls.savings(cls.member_a, "sukarela")
        cls.deposit_250 = cls.deposit(cls.sukarela, 250_000)
        cls.loan = cls.env["desmigratif.loan"].create(
            {
                "partner_id": cls.member_a.id,
                "funding_group_id": cls.group.id,
                "principal": 1_750_000,
                "company_id": cls.company.id,
            }
        )
        cls.loan.with_user(cls.user_bookkeeper).action_submit()


@tagged("post_install", "-at_install")
class TestConfidentiality(ConfidentialityCase):
    def test_user_gets_no_savings_amount(self):
        Transaction = self.env["desmigratif.savings.transaction"].with_user(
            self.user_user
        )
        calls = {
            "read": lambda: self.deposit_250.with_user(self.user_user).read(["amount"]),
            "search_read": lambda: Transaction.search_read([], ["amount"]),
            "search": lambda: Transaction.search([("amount", "=", 250_000)]),
            "read_group": lambda: Transaction.read_group(
                [], ["amount:sum"], ["savings_account_id"]
            ),
            "export_data": lambda: self.deposit_250.with_user(
                self.user_user
            ).export_data(["amount"]),
            "transactions of the account": lambda: self.sukarela.with_user(
                self.user_user
            ).read(["transaction_ids"]),
            "balance": lambda: self.sukarela.with_user(self.user_user).read(
                ["balance"]
            ),
        }
        for route, call in calls.items():
            with self.subTest(route=route), self.assertRaises(AccessError):
                call()
        # who has an account is no secret
        self.assertEqual(
            self.sukarela.with_user(self.user_user).read(["partner_id"])[0][
                "partner_id"
            ][0],
            self.member_a.id,
        )

    def test_user_gets_no_loan_amount(self):
        Loan = self.env["desmigratif.loan"].with_user(self.user_user)
        loan = self.loan.with_user(self.user_user)
        calls = {
            "read": lambda: loan.read(["principal"]),
            "search_read": lambda: Loan.search_read([], ["remaining_principal"]),
            "search": lambda: Loan.search([("principal", ">", 1_000_000)]),
            "read_group": lambda: Loan.read_group(
                [], ["principal:sum"], ["funding_group_id"]
            ),
            "export_data": lambda: loan.export_data(["total_amount"]),
            "export of the schedule": lambda: loan.export_data(["line_ids/amount"]),
            "schedule": lambda: self.loan.line_ids.with_user(self.user_user).read(
                ["amount"]
            ),
            "repayments": lambda: (
                self.env["desmigratif.loan.repayment"]
                .with_user(self.user_user)
                .search_read([], ["amount"])
            ),
        }
        for route, call in calls.items():
            with self.subTest(route=route), self.assertRaises(AccessError):
                call()
        self.assertEqual(
            loan.read(["state", "partner_id"])[0]["state"],
            "submitted",
        )

    def test_user_gets_no_kur_amount(self):
        bank = self.env["res.bank"].create({"name": "Bank Negara Indonesia"})
        referral = self.env["desmigratif.kur.referral"].create(
            {
                "partner_id": self.member_a.id,
                "bank_id": bank.id,
                "amount_requested": 25_000_000,
                "company_id": self.company.id,
            }
        )
        with self.assertRaises(AccessError):
            referral.with_user(self.user_user).read(["amount_requested"])
        self.assertEqual(
            referral.with_user(self.user_officer).read(["amount_requested"])[0][
                "amount_requested"
            ],
            25_000_000,
        )

    def test_officer_and_bookkeeper_read_amounts(self):
        for user in (self.user_officer, self.user_bookkeeper):
            with self.subTest(user=user.login):
                [row] = (
                    self.env["desmigratif.savings.transaction"]
                    .with_user(user)
                    .read_group(
                        [("savings_account_id", "=", self.sukarela.id)],
                        ["amount:sum"],
                        ["savings_account_id"],
                    )
                )
                self.assertEqual(row["amount"], 250_000)
                self.assertEqual(
                    self.loan.with_user(user).read(["principal"])[0]["principal"],
                    1_750_000,
                )


@tagged("post_install", "-at_install")
class TestReportAccess(ConfidentialityCase, HttpCase):
    """/report/html renders a report for any logged-in user: the report
    refuses who may not see the amounts."""

    def fetch(self, user, report, record):
        self.authenticate(user.login, user.login)
        return self.url_open(f"/report/html/desmigratif_coop.{report}/{record.id}")

    @mute_logger("odoo.http")
    def test_user_refused(self):
        for report, record, amount in (
            ("report_savings_passbook", self.sukarela, AMOUNT_250K),
            ("report_loan_agreement", self.loan, AMOUNT_1750K),
            ("report_loan_schedule", self.loan, AMOUNT_1750K),
        ):
            with self.subTest(report=report):
                response = self.fetch(self.user_user, report, record)
                self.assertEqual(response.status_code, 403)
                self.assertNotRegex(response.text, amount)

    def test_bookkeeper_prints(self):
        for report, record, amount in (
            ("report_savings_passbook", self.sukarela, AMOUNT_250K),
            ("report_loan_agreement", self.loan, AMOUNT_1750K),
        ):
            with self.subTest(report=report):
                response = self.fetch(self.user_bookkeeper, report, record)
                self.assertEqual(response.status_code, 200)
                self.assertRegex(response.text, amount)
