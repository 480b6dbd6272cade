from odoo import models

from odoo.addons.account.models.chart_template import template
from odoo.addons.desmigratif_base.tools.chart import chart_accounts, load_chart_part

# The production groups' accounts, part of the village's chart of accounts:
# company field -> (account type, reconcile, name, Indonesian name)
PRODUCTION_ACCOUNTS = {
    "desmigratif_grant_account_id": (
        "equity",
        False,
        "Group Grants and Starting Capital",
        "Hibah dan Modal Awal Kelompok",
    ),
    "desmigratif_profit_share_account_id": (
        "equity",
        False,
        "Group Profit Shared with Members",
        "Bagi Hasil Kelompok untuk Anggota",
    ),
    "desmigratif_member_payable_account_id": (
        "liability_payable",
        True,
        "Profit Share Payable to Members",
        "Hutang Bagi Hasil Anggota",
    ),
}

# Their codes in the style of each chart, at its full width, numbered on from
# the cooperative's (desmigratif_coop): equity 313000x0 and payables 214000x0 in
# the Indonesian chart, 311x and 214x in the generic one.
PRODUCTION_ACCOUNT_CODES = {
    "id": {
        "desmigratif_grant_account_id": "31300040",
        "desmigratif_profit_share_account_id": "31300050",
        "desmigratif_member_payable_account_id": "21400030",
    },
    "generic_coa": {
        "desmigratif_grant_account_id": "311300",
        "desmigratif_profit_share_account_id": "311400",
        "desmigratif_member_payable_account_id": "214200",
    },
}


def production_xmlid(field_name):
    """Template xml id of the account of a company field (without its company
    prefix): desmigratif_grant_account_id -> desmigratif_grant_account."""
    return field_name.removesuffix("_id")


class AccountChartTemplate(models.AbstractModel):
    _inherit = "account.chart.template"

    @template("id", "account.account")
    def _get_desmigratif_production_id_account_account(self):
        return self._desmigratif_production_accounts("id")

    @template("generic_coa", "account.account")
    def _get_desmigratif_production_generic_coa_account_account(self):
        return self._desmigratif_production_accounts("generic_coa")

    @template("id", "res.company")
    def _get_desmigratif_production_id_res_company(self):
        return self._desmigratif_production_company()

    @template("generic_coa", "res.company")
    def _get_desmigratif_production_generic_coa_res_company(self):
        return self._desmigratif_production_company()

    def _desmigratif_production_accounts(self, chart):
        return chart_accounts(
            PRODUCTION_ACCOUNTS, PRODUCTION_ACCOUNT_CODES[chart], production_xmlid
        )

    def _desmigratif_production_company(self):
        """Company settings: the production accounts, and the chart's own
        miscellaneous journal for the profit share entries."""
        return {
            self.env.company.id: {
                **{field: production_xmlid(field) for field in PRODUCTION_ACCOUNTS},
                "desmigratif_production_journal_id": "general",
            },
        }

    def _desmigratif_production_load_chart_data(self, companies):
        """Give villages whose chart was loaded without this module (before it
        was installed, or since emptied settings) the production part of it."""
        for company in companies.sorted("parent_path"):
            chart = company.chart_template
            if chart not in PRODUCTION_ACCOUNT_CODES:
                continue
            template = self.with_company(company)
            load_chart_part(
                template,
                company,
                {
                    "account.account": template._desmigratif_production_accounts(chart),
                    "res.company": template._desmigratif_production_company(),
                },
            )
