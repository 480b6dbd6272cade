from datetime import date

from odoo import Command
from odoo.tests import TransactionCase, new_test_user

BOOKKEEPER = "desmigratif_coop.group_desmigratif_coop_bookkeeper"
# The roles a test plays, each by its group.
ROLES = {
    "user": "desmigratif_base.group_desmigratif_user",
    "officer": "desmigratif_base.group_desmigratif_officer",
    "bookkeeper": BOOKKEEPER,
    "manager": "desmigratif_base.group_desmigratif_manager",
}


def indonesian_village(env, name):
    """A new IDR village of Indonesia, one of the user's villages, with the
    Indonesian chart of accounts."""
    idr = env.ref("base.IDR")
    idr.active = True
    company = env["res.company"].create(
        {"name": name, "country_id": env.ref("base.id").id, "currency_id": idr.id}
    )
    env.user.company_ids |= company
    env["account.chart.template"].try_loading("id", company, install_demo=False)
    return env["res.company"].browse(company.id)


def coop_village(env, name):
    """An Indonesian village with the cooperative's accounts and journals, in
    an environment that works in this village alone, tracking off
    (``company.env``)."""
    company = indonesian_village(env, name)
    env = env(
        context=dict(
            env.context, allowed_company_ids=[company.id], tracking_disable=True
        )
    )
    company = env["res.company"].browse(company.id)
    company._desmigratif_coop_ensure_setup()
    return company


def village_users(env, company, prefix):
    """One user per role, working in ``company`` alone: {role: user}."""
    return {
        role: new_test_user(
            env,
            f"{prefix}_{role}",
            groups=group,
            company_id=company.id,
            company_ids=[Command.set(company.ids)],
        )
        for role, group in ROLES.items()
    }


class CoopCase(TransactionCase):
    """A fresh IDR village with the Indonesian chart, its cooperative accounts,
    a production group whose kas kelompok holds Rp 10,000,000, and users of
    each group."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.company = coop_village(cls.env, "Desa Uji Koperasi")
        cls.env = cls.company.env
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
        for role, user in village_users(cls.env, cls.company, "coop").items():
            setattr(cls, f"user_{role}", user)
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
