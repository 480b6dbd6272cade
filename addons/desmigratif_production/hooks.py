def post_init_hook(env):
    """Give the groups that existed before this module their analytic account."""
    env["desmigratif.group"].with_context(active_test=False).search(
        []
    )._desmigratif_ensure_analytic_account()
