from . import models
from . import wizards
from . import report


def post_init_hook(env):
    """Give every village that already has a chart of accounts its cooperative
    accounts and journals; villages without a chart get them on first use."""
    companies = env["res.company"].search([("chart_template", "!=", False)])
    companies._desmigratif_coop_ensure_setup()
