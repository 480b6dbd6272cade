from odoo import api, fields, models


class DesmigratifShuWizardLine(models.TransientModel):
    _name = "desmigratif.shu.wizard.line"
    _description = "SHU Distribution per Member"
    _order = "partner_id"

    wizard_id = fields.Many2one(
        "desmigratif.shu.wizard", required=True, ondelete="cascade"
    )
    partner_id = fields.Many2one("res.partner", string="Member", required=True)
    currency_id = fields.Many2one(related="wizard_id.currency_id")
    savings_balance = fields.Monetary(string="Savings")
    fees_paid = fields.Monetary(string="Service Fees Paid")
    capital_share = fields.Monetary(string="Capital Part")
    business_share = fields.Monetary(string="Business Part")
    total = fields.Monetary(compute="_compute_total", store=True)

    @api.depends("capital_share", "business_share")
    def _compute_total(self):
        for line in self:
            line.total = line.capital_share + line.business_share
