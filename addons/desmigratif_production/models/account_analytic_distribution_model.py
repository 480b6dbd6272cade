from odoo import fields, models


class AccountAnalyticDistributionModel(models.Model):
    _inherit = "account.analytic.distribution.model"

    desmigratif_group_id = fields.Many2one(
        "desmigratif.group",
        string="Production Group",
        readonly=True,
        index=True,
        ondelete="cascade",
        help="Kept in step with the group's products: a product that joins, leaves "
        "or changes group gets, loses or changes this rule.",
    )
