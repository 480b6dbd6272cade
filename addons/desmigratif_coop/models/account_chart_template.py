from odoo import models

from odoo.addons.account.models.chart_template import template
from odoo.addons.desmigratif_base.tools.chart import chart_accounts, load_chart_part

# The cooperative's accounts, part of the village's chart of accounts:
# company field -> (account type, reconcile, name, Indonesian name)
COOP_ACCOUNTS = {
    "coop_pokok_account_id": (
        "equity",
        False,
        "Members' Principal Savings",
        "Simpanan Pokok",
    ),
    "coop_wajib_account_id": (
        "equity",
        False,
        "Members' Mandatory Savings",
        "Simpanan Wajib",
    ),
    "coop_sukarela_account_id": (
        "liability_current",
        False,
        "Members' Voluntary Savings",
        "Simpanan Sukarela",
    ),
    "coop_group_cash_account_id": ("asset_cash", False, "Group Cash", "Kas Kelompok"),
    "coop_group_fund_account_id": ("equity", False, "Group Funds", "Dana Kelompok"),
    "coop_loan_account_id": (
        "asset_receivable",
        True,
        "Loans to Members",
        "Piutang Pinjaman Anggota",
    ),
    "coop_fee_income_account_id": (
        "income",
        False,
        "Loan Service Fee Income",
        "Pendapatan Jasa Pinjaman",
    ),
    "coop_penalty_income_account_id": (
        "income",
        False,
        "Late Payment Penalty Income",
        "Pendapatan Denda Pinjaman",
    ),
    "coop_writeoff_account_id": (
        "expense",
        False,
        "Loans Written Off",
        "Beban Penghapusan Piutang Pinjaman",
    ),
    "coop_shu_surplus_account_id": (
        "equity",
        False,
        "Surplus of the Year (SHU)",
        "SHU Tahun Berjalan",
    ),
    "coop_shu_reserve_account_id": (
        "equity",
        False,
        "Cooperative Reserve",
        "Cadangan Koperasi",
    ),
    "coop_shu_payable_account_id": (
        "liability_current",
        False,
        "SHU Payable to Members",
        "Hutang SHU Anggota",
    ),
    "coop_shu_fund_account_id": (
        "liability_current",
        False,
        "SHU Funds (Board, Staff, Education, Social)",
        "Dana SHU (Pengurus, Karyawan, Pendidikan, Sosial)",
    ),
}

# Their codes in the style of each chart, at the chart's full width: in the
# Indonesian chart, beside its own 1111 cash, 1122 receivables, 213 and 214
# liabilities, 3121 reserves, 313 and 314 equity, 411 income and 69 expenses;
# in the generic chart, beside 1015 cash, 1210 receivables, 2120 liabilities,
# 3010 capital, 4000 income and 6000 expenses.
COOP_ACCOUNT_CODES = {
    "id": {
        "coop_pokok_account_id": "31300010",
        "coop_wajib_account_id": "31300020",
        "coop_group_fund_account_id": "31300030",
        "coop_sukarela_account_id": "21300010",
        "coop_group_cash_account_id": "11110100",
        "coop_loan_account_id": "11220010",
        "coop_fee_income_account_id": "41100010",
        "coop_penalty_income_account_id": "41100020",
        "coop_writeoff_account_id": "69100010",
        "coop_shu_surplus_account_id": "31400010",
        "coop_shu_reserve_account_id": "31210020",
        "coop_shu_payable_account_id": "21400010",
        "coop_shu_fund_account_id": "21400020",
    },
    "generic_coa": {
        "coop_pokok_account_id": "311000",
        "coop_wajib_account_id": "311100",
        "coop_group_fund_account_id": "311200",
        "coop_sukarela_account_id": "213000",
        "coop_group_cash_account_id": "101600",
        "coop_loan_account_id": "122000",
        "coop_fee_income_account_id": "410000",
        "coop_penalty_income_account_id": "411000",
        "coop_writeoff_account_id": "650000",
        "coop_shu_surplus_account_id": "313000",
        "coop_shu_reserve_account_id": "312000",
        "coop_shu_payable_account_id": "214000",
        "coop_shu_fund_account_id": "214100",
    },
}
COOP_LOAN_JOURNAL = "desmigratif_coop_loans"


def coop_xmlid(field_name):
    """Template xml id of the account of a company field (without its
    company prefix): coop_pokok_account_id -> desmigratif_coop_pokok_account."""
    return f"desmigratif_{field_name.removesuffix('_id')}"


class AccountChartTemplate(models.AbstractModel):
    _inherit = "account.chart.template"

    @template("id", "account.account")
    def _get_desmigratif_coop_id_account_account(self):
        return self._desmigratif_coop_accounts("id")

    @template("generic_coa", "account.account")
    def _get_desmigratif_coop_generic_coa_account_account(self):
        return self._desmigratif_coop_accounts("generic_coa")

    @template("id", "account.journal")
    def _get_desmigratif_coop_id_account_journal(self):
        return self._desmigratif_coop_journals()

    @template("generic_coa", "account.journal")
    def _get_desmigratif_coop_generic_coa_account_journal(self):
        return self._desmigratif_coop_journals()

    @template("id", "res.company")
    def _get_desmigratif_coop_id_res_company(self):
        return self._desmigratif_coop_company()

    @template("generic_coa", "res.company")
    def _get_desmigratif_coop_generic_coa_res_company(self):
        return self._desmigratif_coop_company()

    def _desmigratif_coop_accounts(self, chart):
        return chart_accounts(COOP_ACCOUNTS, COOP_ACCOUNT_CODES[chart], coop_xmlid)

    def _desmigratif_coop_journals(self):
        return {
            COOP_LOAN_JOURNAL: {
                "name": "Savings and Loans",
                "name@id": "Simpan Pinjam",
                "code": "KSP",
                "type": "general",
                "show_on_dashboard": False,
            },
        }

    def _desmigratif_coop_company(self):
        """Company settings: the cooperative's accounts, the chart's own cash
        journal for deposits and withdrawals, the KSP journal for the rest."""
        return {
            self.env.company.id: {
                **{field: coop_xmlid(field) for field in COOP_ACCOUNTS},
                "coop_cash_journal_id": "cash",
                "coop_loan_journal_id": COOP_LOAN_JOURNAL,
            },
        }

    def _desmigratif_coop_load_chart_data(self, companies):
        """Give villages whose chart was loaded without this module (before it
        was installed, or since emptied settings) the cooperative's part of it."""
        for company in companies.sorted("parent_path"):
            chart = company.chart_template
            if chart not in COOP_ACCOUNT_CODES:
                continue
            template = self.with_company(company)
            load_chart_part(
                template,
                company,
                {
                    "account.account": template._desmigratif_coop_accounts(chart),
                    "account.journal": template._desmigratif_coop_journals(),
                    "res.company": template._desmigratif_coop_company(),
                },
            )
