from . import models
from . import wizards
from . import report


def post_init_hook(env):
    """Give every village that has a chart of accounts its loan-allowance
    accounts; villages without a chart get them when the allowance is posted."""
    companies = env["res.company"].search([("chart_template", "!=", False)])
    companies._coop_reports_ensure_accounts()
