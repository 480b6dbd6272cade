from odoo import api, fields, models
from odoo.exceptions import ValidationError


class DesmigratifGroupMember(models.Model):
    _name = "desmigratif.group.member"
    _description = "Group Membership"
    _order = "group_id, date_join, id"
    _rec_name = "partner_id"
    _check_company_auto = True

    group_id = fields.Many2one(
        "desmigratif.group",
        required=True,
        ondelete="cascade",
        index=True,
    )
    partner_id = fields.Many2one(
        "res.partner",
        string="Member",
        required=True,
        index=True,
        check_company=True,
        domain="[('is_resident', '=', True)]",
    )
    date_join = fields.Date(
        string="Joined On", required=True, default=fields.Date.context_today
    )
    date_leave = fields.Date(string="Left On")
    role = fields.Selection(
        [
            ("member", "Member"),
            ("chair", "Chair"),
            ("secretary", "Secretary"),
            ("treasurer", "Treasurer"),
        ],
        default="member",
        required=True,
    )
    company_id = fields.Many2one(related="group_id.company_id", store=True)

    _sql_constraints = [
        (
            "group_partner_join_uniq",
            "unique(group_id, partner_id, date_join)",
            "This person already joined this group on that date.",
        ),
    ]

    @api.constrains("date_join", "date_leave")
    def _check_dates(self):
        for member in self:
            if member.date_leave and member.date_leave < member.date_join:
                raise ValidationError(
                    self.env._(
                        "Left On: %s cannot leave the group before joining it.",
                        member.partner_id.name,
                    )
                )

    def _is_member_on(self, day):
        self.ensure_one()
        return self.date_join <= day and (not self.date_leave or self.date_leave > day)
