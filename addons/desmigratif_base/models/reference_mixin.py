from odoo import api, models
from odoo.exceptions import UserError


class DesmigratifReferenceMixin(models.AbstractModel):
    """A numbered document: its reference comes from the sequence whose code is
    the model's name, and its workflow steps check its state the same way."""

    _name = "desmigratif.reference.mixin"
    _description = "Desmigratif Reference Numbering"

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            if vals.get("name", "/") == "/":
                vals["name"] = self.env["ir.sequence"].next_by_code(self._name)
        return super().create(vals_list)

    def _check_state(self, allowed):
        """Refuse a workflow step unless every record is in one of these states."""
        states = dict(self._fields["state"]._description_selection(self.env))
        for record in self:
            if record.state not in allowed:
                raise UserError(
                    self.env._(
                        "%(ref)s is '%(state)s': this step is not possible now.",
                        ref=record.name,
                        state=states[record.state],
                    )
                )
