from odoo import fields, models


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    parenting_absence_threshold = fields.Integer(
        related="company_id.parenting_absence_threshold", readonly=False
    )
    parenting_officer_id = fields.Many2one(
        related="company_id.parenting_officer_id", readonly=False
    )
