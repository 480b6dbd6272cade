from odoo import fields, models


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    desmigratif_permit_warning_days = fields.Integer(
        related="company_id.desmigratif_permit_warning_days", readonly=False
    )
    desmigratif_products_without_vat = fields.Boolean(
        related="company_id.desmigratif_products_without_vat", readonly=False
    )
    desmigratif_profit_share_weighting = fields.Selection(
        related="company_id.desmigratif_profit_share_weighting", readonly=False
    )
    desmigratif_production_journal_id = fields.Many2one(
        related="company_id.desmigratif_production_journal_id", readonly=False
    )
    desmigratif_grant_account_id = fields.Many2one(
        related="company_id.desmigratif_grant_account_id", readonly=False
    )
    desmigratif_profit_share_account_id = fields.Many2one(
        related="company_id.desmigratif_profit_share_account_id", readonly=False
    )
    desmigratif_member_payable_account_id = fields.Many2one(
        related="company_id.desmigratif_member_payable_account_id", readonly=False
    )
