from datetime import date

from odoo.tests import TransactionCase

from odoo.addons.desmigratif_coop.tests.common import coop_village, village_users


class CoopReportsCase(TransactionCase):
    """A fresh IDR village with the Indonesian chart and one year of books,
    2025, small enough to check by hand:

    - kas kelompok of the Salak group: Rp 10,000,000 granted on 2 January;
    - Bawon: pokok 100,000, wajib 20,000, sukarela 480,000 (5 January);
    - Turyati: pokok 100,000, wajib 20,000, sukarela 80,000 (5 January);
    - a loan of Rp 3,000,000 to Bawon paid out on 1 February, 3 months at
      2% flat: instalments of 1,060,000 due 1 March, 1 April and 1 May; the
      first is paid on 1 March, the others never;
    - a loan of Rp 1,000,000 to Turyati paid out on 1 July, first instalment
      due 1 August.
    """

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.company = coop_village(cls.env, "Desa Uji Laporan")
        cls.env = cls.company.env
        cls.company._coop_reports_ensure_accounts()
        cls.company.write(
            {
                "coop_fee_rate": 2.0,
                "coop_fee_method": "flat",
                "coop_term_months": 3,
                "coop_rounding_unit": 500,
                "coop_max_loan_amount": 0,
                "coop_loan_self_approval": False,
            }
        )
        cls.currency = cls.company.currency_id
        # wkhtmltopdf fetches the stylesheets of a PDF over HTTP from report.url;
        # during a test the server would wait for this test's own uncommitted
        # asset bundle. A closed port makes it render the PDF without them.
        cls.env["ir.config_parameter"].sudo().set_param(
            "report.url", "http://127.0.0.1:9"
        )
        for role, user in village_users(cls.env, cls.company, "rep").items():
            setattr(cls, f"user_{role}", user)
        Partner = cls.env["res.partner"]
        cls.bawon = Partner.create({"name": "Bawon", "company_id": cls.company.id})
        cls.turyati = Partner.create({"name": "Turyati", "company_id": cls.company.id})
        cls.group = cls.env["desmigratif.group"].create(
            {"name": "Kelompok Salak", "company_id": cls.company.id}
        )
        Savings = cls.env["desmigratif.savings.account"]
        cash = Savings.create(
            {"product": "group", "group_id": cls.group.id, "company_id": cls.company.id}
        )
        cls.deposit(cash, 10_000_000, date(2025, 1, 2))
        for partner, sukarela in ((cls.bawon, 480_000), (cls.turyati, 80_000)):
            for product, amount in (
                ("pokok", 100_000),
                ("wajib", 20_000),
                ("sukarela", sukarela),
            ):
                account = Savings.create(
                    {
                        "partner_id": partner.id,
                        "product": product,
                        "company_id": cls.company.id,
                    }
                )
                cls.deposit(account, amount, date(2025, 1, 5))
        cls.loan_bawon = cls.disbursed_loan(cls.bawon, 3_000_000, date(2025, 2, 1))
        repayment = cls.env["desmigratif.loan.repayment"].create(
            {
                "loan_id": cls.loan_bawon.id,
                "amount": 1_060_000,
                "date": date(2025, 3, 1),
            }
        )
        repayment.action_post()
        cls.loan_turyati = cls.disbursed_loan(cls.turyati, 1_000_000, date(2025, 7, 1))

    @classmethod
    def deposit(cls, account, amount, when):
        transaction = cls.env["desmigratif.savings.transaction"].create(
            {
                "savings_account_id": account.id,
                "kind": "deposit",
                "amount": amount,
                "date": when,
                "company_id": cls.company.id,
            }
        )
        transaction.action_post()
        return transaction

    @classmethod
    def disbursed_loan(cls, partner, principal, start):
        loan = cls.env["desmigratif.loan"].create(
            {
                "partner_id": partner.id,
                "funding_group_id": cls.group.id,
                "principal": principal,
                "date_request": start,
                "date_start": start,
                "company_id": cls.company.id,
            }
        )
        loan.with_user(cls.user_bookkeeper).action_submit()
        loan.with_user(cls.user_manager).action_approve()
        loan.action_disburse()
        return loan

    def statement(self, statement, date_from, date_to, user=None):
        Wizard = self.env["desmigratif.coop.statement.wizard"]
        if user:
            Wizard = Wizard.with_user(user)
        return Wizard._statement_values(statement, self.company, date_from, date_to)

    def post_shu_2025(self):
        """The 2025 SHU posted by the manager on 5 January 2026, owed to the
        members."""
        wizard = (
            self.env["desmigratif.shu.wizard"]
            .with_user(self.user_manager)
            .create(
                {
                    "company_id": self.company.id,
                    "date_from": date(2025, 1, 1),
                    "date_to": date(2025, 12, 31),
                    "date_post": date(2026, 1, 5),
                    "distribution": "payable",
                }
            )
        )
        wizard.action_compute()
        wizard.action_post()
        return wizard
