from odoo import api, models


class DesmigratifReferenceMixin(models.AbstractModel):
    """A numbered document: its reference comes from the sequence whose code is
    the model's name."""

    _name = "desmigratif.reference.mixin"
    _description = "Desmigratif Reference Numbering"

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            if vals.get("name", "/") == "/":
                vals["name"] = self.env["ir.sequence"].next_by_code(self._name)
        return super().create(vals_list)
