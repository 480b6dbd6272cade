from odoo import api, fields, models
from odoo.exceptions import ValidationError


class DesmigratifGroupEquipment(models.Model):
    _name = "desmigratif.group.equipment"
    _description = "Production Group Equipment"
    _order = "date_received desc, id desc"
    _check_company_auto = True

    name = fields.Char(required=True, help="e.g. oven, vacuum fryer, blender, scales")
    group_id = fields.Many2one(
        "desmigratif.group",
        required=True,
        ondelete="cascade",
        index=True,
        check_company=True,
    )
    value = fields.Monetary(currency_field="currency_id")
    currency_id = fields.Many2one(
        "res.currency",
        required=True,
        default=lambda self: self.env.company.currency_id,
    )
    source = fields.Char(help="Who gave it, e.g. Kemnaker, Disnaker, BNI.")
    date_received = fields.Date(
        string="Received On", required=True, default=fields.Date.context_today
    )
    note = fields.Text()
    company_id = fields.Many2one(
        "res.company",
        string="Village",
        required=True,
        default=lambda self: self.env.company,
        index=True,
    )

    @api.constrains("value")
    def _check_value(self):
        for equipment in self:
            if equipment.value < 0:
                raise ValidationError(
                    self.env._(
                        "Value: the value of %s cannot be negative.", equipment.name
                    )
                )
