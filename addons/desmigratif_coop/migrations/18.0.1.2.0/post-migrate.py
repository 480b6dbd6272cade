from odoo import SUPERUSER_ID, api


def migrate(cr, version):
    """Outstanding principal now counts disbursed loans only: recompute the
    stored value of the loans that are not (submitted, approved, paid...)."""
    env = api.Environment(cr, SUPERUSER_ID, {})
    loans = env["desmigratif.loan"].with_context(active_test=False).search([])
    env.add_to_compute(loans._fields["remaining_principal"], loans)
    env.flush_all()
