from odoo import fields, models


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    coop_kurang_lancar_days = fields.Integer(
        related="company_id.coop_kurang_lancar_days", readonly=False
    )
    coop_diragukan_days = fields.Integer(
        related="company_id.coop_diragukan_days", readonly=False
    )
    coop_macet_days = fields.Integer(
        related="company_id.coop_macet_days", readonly=False
    )
    coop_ppap_lancar_rate = fields.Float(
        related="company_id.coop_ppap_lancar_rate", readonly=False
    )
    coop_ppap_kurang_lancar_rate = fields.Float(
        related="company_id.coop_ppap_kurang_lancar_rate", readonly=False
    )
    coop_ppap_diragukan_rate = fields.Float(
        related="company_id.coop_ppap_diragukan_rate", readonly=False
    )
    coop_ppap_macet_rate = fields.Float(
        related="company_id.coop_ppap_macet_rate", readonly=False
    )
    coop_allowance_account_id = fields.Many2one(
        related="company_id.coop_allowance_account_id", readonly=False
    )
    coop_allowance_expense_account_id = fields.Many2one(
        related="company_id.coop_allowance_expense_account_id", readonly=False
    )
