from odoo import SUPERUSER_ID, api


def migrate(cr, version):
    """The production accounts are now part of the village's chart. Settings
    already pointing to an account (DMP301, DMP302, DMP201 made on first use)
    keep it, and so do the entries posted on it; empty ones get the chart's."""
    env = api.Environment(cr, SUPERUSER_ID, {})
    companies = env["res.company"].search([("chart_template", "!=", False)])
    env["account.chart.template"]._desmigratif_production_load_chart_data(companies)
