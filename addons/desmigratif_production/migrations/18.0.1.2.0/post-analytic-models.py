from odoo import SUPERUSER_ID, api


def migrate(cr, version):
    """Group products now reach their group through analytic distribution
    models instead of overrides: give the products that exist one each.

    Points of sale keep their "Closing Entry by product" setting as it is."""
    env = api.Environment(cr, SUPERUSER_ID, {})
    env["product.template"].with_context(active_test=False).search(
        [("desmigratif_group_id", "!=", False)]
    )._desmigratif_sync_distribution_models()
