from odoo import api, fields, models


class DesmigratifReferenceMixin(models.AbstractModel):
    """A numbered document: its reference comes from the sequence whose code is
    the model's name, dated by the document's own date when the model names one
    (``_reference_date_field``), so a placement of 2014 is numbered PMI/2014/..."""

    _name = "desmigratif.reference.mixin"
    _description = "Desmigratif Reference Numbering"
    _reference_date_field = None

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            if vals.get("name", "/") == "/":
                sequence = self.env["ir.sequence"]
                document_date = vals.get(self._reference_date_field or "")
                if document_date:
                    document_date = fields.Date.to_date(document_date)
                    # The prefix's %(year)s reads the context, the range the argument.
                    sequence = sequence.with_context(ir_sequence_date=document_date)
                vals["name"] = sequence.next_by_code(
                    self._name, sequence_date=document_date or None
                )
        return super().create(vals_list)
