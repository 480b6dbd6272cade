from odoo import fields, models


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    desmigratif_regency_code = fields.Char(
        related="company_id.desmigratif_regency_code", readonly=False
    )
    desmigratif_participant_quota = fields.Integer(
        related="company_id.desmigratif_participant_quota", readonly=False
    )
    desmigratif_min_age = fields.Integer(
        related="company_id.desmigratif_min_age", readonly=False
    )
    desmigratif_max_age = fields.Integer(
        related="company_id.desmigratif_max_age", readonly=False
    )
