from datetime import date

from odoo import Command
from odoo.tests import TransactionCase, new_test_user

BOOKKEEPER = "desmigratif_coop.group_desmigratif_coop_bookkeeper"


class CoopCase(TransactionCase):
    """A fresh IDR village with the Indonesian chart, its cooperative accounts,
    a production group whose kas kelompok holds Rp 10,000,000, and users of
    each group."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        idr = cls.env.ref("base.IDR")
        idr.active = True
        cls.company = cls.env["res.company"].create(
            {
                "name": "Desa Uji Koperasi",
                "country_id": cls.env.ref("base.id").id,
                "currency_id": idr.id,
            }
        )
        cls.env.user.company_ids |= cls.company
        cls.env = cls.env(
            context=dict(
                cls.env.context,
                allowed_company_ids=[cls.company.id],
                tracking_disable=True,
            )
        )
        cls.env["account.chart.template"].try_loading(
            "id", cls.company, install_demo=False
        )
        cls.company = cls.env["res.company"].browse(cls.company.id)
        cls.company._desmigratif_coop_ensure_setup()
        cls.company.write(
            {
                "coop_fee_rate": 2.0,
                "coop_fee_method": "flat",
                "coop_term_months": 3,
                "coop_rounding_unit": 500,
                "coop_penalty_type": "flat",
                "coop_penalty_amount": 10000,
                "coop_max_loan_amount": 0,
                "coop_one_open_loan": True,
                "coop_early_fee_policy": "waive",
            }
        )
        cls.currency = cls.company.currency_id
        user_vals = {
            "company_id": cls.company.id,
            "company_ids": [Command.set(cls.company.ids)],
        }
        cls.user_user = new_test_user(
            cls.env,
            "coop_user",
            groups="desmigratif_base.group_desmigratif_user",
            **user_vals,
        )
        cls.user_officer = new_test_user(
            cls.env,
            "coop_officer",
            groups="desmigratif_base.group_desmigratif_officer",
            **user_vals,
        )
        cls.user_bookkeeper = new_test_user(
            cls.env, "coop_bookkeeper", groups=BOOKKEEPER, **user_vals
        )
        cls.user_manager = new_test_user(
            cls.env,
            "coop_manager",
            groups="desmigratif_base.group_desmigratif_manager",
            **user_vals,
        )
        Partner = cls.env["res.partner"]
        cls.member_a = Partner.create({"name": "Bawon", "company_id": cls.company.id})
        cls.member_b = Partner.create({"name": "Turyati", "company_id": cls.company.id})
        cls.group = cls.env["desmigratif.group"].create(
            {"name": "Kelompok Salak", "company_id": cls.company.id}
        )
        Savings = cls.env["desmigratif.savings.account"]
        cls.group_cash = Savings.create(
            {"product": "group", "group_id": cls.group.id, "company_id": cls.company.id}
        )
        cls.group_cash_amount = 10_000_000
        cls.deposit(cls.group_cash, cls.group_cash_amount, date(2026, 1, 2))

    @classmethod
    def deposit(cls, account, amount, when=None, kind="deposit"):
        transaction = cls.env["desmigratif.savings.transaction"].create(
            {
                "savings_account_id": account.id,
                "kind": kind,
                "amount": amount,
                "date": when or date(2026, 1, 5),
                "company_id": account.company_id.id,
            }
        )
        transaction.action_post()
        return transaction

    @classmethod
    def savings(cls, partner, product):
        return cls.env["desmigratif.savings.account"].create(
            {"partner_id": partner.id, "product": product, "company_id": cls.company.id}
        )

    def new_loan(self, principal=3_000_000, partner=None, **values):
        return self.env["desmigratif.loan"].create(
            {
                "partner_id": (partner or self.member_a).id,
                "funding_group_id": self.group.id,
                "principal": principal,
                "date_start": date(2026, 2, 1),
                "company_id": self.company.id,
                **values,
            }
        )

    def approved_loan(self, principal=3_000_000, partner=None, **values):
        """Requested, submitted by the bookkeeper, approved by a manager."""
        loan = self.new_loan(principal, partner, **values)
        loan.with_user(self.user_bookkeeper).action_submit()
        loan.with_user(self.user_manager).action_approve()
        return loan

    def disbursed_loan(self, principal=3_000_000, partner=None, **values):
        loan = self.approved_loan(principal, partner, **values)
        loan.action_disburse()
        return loan

    def repay(self, loan, amount=0.0, when=None, full=False):
        values = {"loan_id": loan.id, "date": when or date(2026, 3, 1)}
        if full:
            values["full_repayment"] = True
        else:
            values["amount"] = amount
        repayment = self.env["desmigratif.loan.repayment"].create(values)
        repayment.action_post()
        return repayment

    def entry(self, move):
        """The journal entry as a sorted list of (account code, debit, credit,
        partner name) a bookkeeper would read."""
        return sorted(
            (line.account_id.code, line.debit, line.credit, line.partner_id.name or "")
            for line in move.line_ids
        )

    def code(self, field):
        return self.company[field].code
