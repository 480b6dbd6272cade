from odoo import SUPERUSER_ID, api


def migrate(cr, version):
    """The cooperative's accounts are now part of the village's chart: the
    accounts made before carry the same codes and become the chart's (nothing
    renamed, entries untouched); empty settings get the chart's account."""
    env = api.Environment(cr, SUPERUSER_ID, {})
    companies = env["res.company"].search([("chart_template", "!=", False)])
    env["account.chart.template"]._desmigratif_coop_load_chart_data(companies)
