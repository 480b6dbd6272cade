from odoo import fields, models


class DesmigratifParentingActivity(models.Model):
    _name = "desmigratif.parenting.activity"
    _description = "Education House Activity"
    _order = "sequence, id"

    name = fields.Char(required=True, translate=True)
    sequence = fields.Integer(default=10)
    color = fields.Integer()
    active = fields.Boolean(default=True)

    _sql_constraints = [
        ("name_uniq", "unique(name)", "An activity with this name already exists."),
    ]
