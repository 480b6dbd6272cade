def post_init_hook(env):
    """Give the groups that existed before this module their analytic account,
    and every village whose chart of accounts was loaded before it the
    production accounts and settings (a chart loaded later comes with them)."""
    env["desmigratif.group"].with_context(active_test=False).search(
        []
    )._desmigratif_ensure_analytic_account()
    companies = env["res.company"].search([("chart_template", "!=", False)])
    env["account.chart.template"]._desmigratif_production_load_chart_data(companies)
