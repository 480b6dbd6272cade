from odoo import fields, models


class DesmigratifCoopVillageMixin(models.AbstractModel):
    """The one village a cooperative report reads: the current one unless the
    user picks another of the villages they work in."""

    _name = "desmigratif.coop.village.mixin"
    _description = "Reported Village"
    _check_company_auto = True

    company_id = fields.Many2one(
        "res.company",
        string="Village",
        required=True,
        default=lambda self: self.env.company,
        domain=lambda self: [("id", "in", self.env.companies.ids)],
    )
