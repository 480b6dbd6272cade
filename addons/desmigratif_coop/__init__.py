from . import models
from . import wizards
from . import report


def post_init_hook(env):
    """Give every village whose chart of accounts was loaded before this module
    the cooperative's part of it: accounts, journal and settings (a chart loaded
    later comes with them).

    Installed in one go with the Indonesian chart (l10n_id), Odoo would load
    the village's chart only once every module of the install is in, after the
    modules that need it (the demo village): load the chart Odoo chose now."""
    load_chosen_chart = getattr(env.registry, "_auto_install_template", None)
    if load_chosen_chart:
        load_chosen_chart(env)
        del env.registry._auto_install_template
    companies = env["res.company"].search([("chart_template", "!=", False)])
    env["account.chart.template"]._desmigratif_coop_load_chart_data(companies)
