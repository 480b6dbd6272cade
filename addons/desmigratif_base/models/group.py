from odoo import api, fields, models


class DesmigratifGroup(models.Model):
    _name = "desmigratif.group"
    _description = "Participant Group (Kelompok)"
    _inherit = ["mail.thread", "mail.activity.mixin"]
    _order = "company_id, sequence, name"
    _check_company_auto = True

    name = fields.Char(required=True, translate=True, tracking=True)
    sequence = fields.Integer(default=10)
    kind = fields.Selection(
        [
            ("production", "Production Group"),
            ("savings", "Savings Group"),
            ("other", "Other"),
        ],
        required=True,
        default="production",
        tracking=True,
    )
    coordinator_id = fields.Many2one("res.partner", check_company=True, tracking=True)
    member_ids = fields.One2many(
        "desmigratif.group.member", "group_id", string="Members"
    )
    current_member_ids = fields.Many2many(
        "res.partner",
        compute="_compute_current_members",
        string="Current Members",
        help="Members who have joined and not left today.",
    )
    member_count = fields.Integer(
        compute="_compute_current_members", string="Number of Members"
    )
    description = fields.Html()
    color = fields.Integer()
    company_id = fields.Many2one(
        "res.company",
        string="Village",
        required=True,
        default=lambda self: self.env.company,
        index=True,
    )
    active = fields.Boolean(default=True)

    _sql_constraints = [
        (
            "name_company_uniq",
            "unique(name, company_id)",
            "A group with this name already exists in this village.",
        ),
    ]

    @api.depends("member_ids.date_join", "member_ids.date_leave")
    @api.depends_context("date")
    def _compute_current_members(self):
        today = self.env.context.get("date") or fields.Date.context_today(self)
        for group in self:
            group.current_member_ids = group.member_ids.filtered(
                lambda member: member._is_member_on(today)
            ).partner_id
            group.member_count = len(group.current_member_ids)
