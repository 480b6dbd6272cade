from odoo import fields, models


class DesmigratifGroupMember(models.Model):
    _inherit = "desmigratif.group.member"

    training_hours = fields.Float(
        compute="_compute_training_hours",
        help="Hours of Desmigratif trainings this member attended.",
    )

    def _compute_training_hours(self):
        hours = (
            self.env["desmigratif.training"].sudo()._hours_per_member(self.partner_id)
        )
        for member in self:
            member.training_hours = hours.get(member.partner_id.id, 0.0)
