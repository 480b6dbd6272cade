from odoo import fields, models

from .coop_health_wizard import ASPECTS


class DesmigratifCoopHealthLine(models.TransientModel):
    _name = "desmigratif.coop.health.line"
    _description = "Cooperative Health Ratio"
    _order = "sequence"

    wizard_id = fields.Many2one(
        "desmigratif.coop.health.wizard", required=True, ondelete="cascade"
    )
    sequence = fields.Integer()
    aspect = fields.Selection(ASPECTS, required=True)
    name = fields.Char(string="Ratio", required=True)
    formula = fields.Char(required=True)
    numerator = fields.Monetary()
    denominator = fields.Monetary()
    defined = fields.Boolean(help="Off when the denominator is zero.")
    ratio = fields.Float(string="Ratio (%)", digits=(16, 2))
    currency_id = fields.Many2one(related="wizard_id.currency_id")
