from odoo import fields, models


class DesmigratifComplaintStage(models.Model):
    _name = "desmigratif.complaint.stage"
    _description = "Complaint Stage"
    _order = "sequence, id"

    name = fields.Char(required=True, translate=True)
    sequence = fields.Integer(default=10)
    fold = fields.Boolean(string="Folded in Kanban")
    is_closed = fields.Boolean(
        string="Closing Stage", help="Complaints in this stage are finished."
    )
    description = fields.Text(translate=True)
