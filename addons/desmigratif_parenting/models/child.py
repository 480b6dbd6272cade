from urllib.parse import quote

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

from ..tools.attendance import absence_streak, attendance_rate

DESMIGRATIF_USER = "desmigratif_base.group_desmigratif_user"
# The groups that may read a child at all. Non-stored related and computed
# fields read their source as superuser: they carry the groups themselves, so
# that no other internal user (a cashier, an employee) exports them.
PARENTING = f"desmigratif_parenting.group_parenting_volunteer,{DESMIGRATIF_USER}"
SCHOOL_LEVELS = [
    ("none", "Not in School Yet"),
    ("paud", "Playgroup (PAUD)"),
    ("tk", "Kindergarten (TK)"),
    ("sd", "Primary School (SD)"),
    ("smp", "Junior High School (SMP)"),
    ("sma", "Senior High School (SMA/SMK)"),
]


class DesmigratifChild(models.Model):
    """A child followed by the education house.

    The child is a resident (res.partner) of the village; this record holds the
    education data, readable by the Parenting volunteers, while the migration
    data of the family (the migrant parent and the placement) is restricted to
    the Desmigratif groups, and identity numbers never appear here.
    """

    _name = "desmigratif.child"
    _description = "Child at the Education House"
    _inherit = ["mail.thread", "mail.activity.mixin"]
    _order = "name, id"
    _check_company_auto = True

    partner_id = fields.Many2one(
        "res.partner",
        string="Resident",
        required=True,
        ondelete="restrict",
        index=True,
        check_company=True,
        domain="[('is_resident', '=', True)]",
        help="The child's record in the village's population register.",
    )
    name = fields.Char(related="partner_id.name", store=True, readonly=True)
    birthdate = fields.Date(
        related="partner_id.birthdate", string="Date of Birth", groups=PARENTING
    )
    age = fields.Integer(related="partner_id.age", groups=PARENTING)
    gender = fields.Selection(related="partner_id.gender", groups=PARENTING)
    school_level = fields.Selection(
        SCHOOL_LEVELS, required=True, default="sd", tracking=True
    )
    school = fields.Char(tracking=True, help="The school the child attends.")
    guardian_id = fields.Many2one(
        "res.partner",
        string="Guardian at Home",
        tracking=True,
        check_company=True,
        help="The person who looks after the child in the village.",
    )
    guardian_mobile = fields.Char(
        related="guardian_id.mobile", string="Guardian Mobile", groups=PARENTING
    )
    guardian_whatsapp_url = fields.Char(
        compute="_compute_guardian_whatsapp_url",
        string="WhatsApp Guardian",
        groups=PARENTING,
    )
    migrant_parent_id = fields.Many2one(
        "res.partner",
        groups=DESMIGRATIF_USER,
        tracking=True,
        check_company=True,
        help="The parent who works abroad, or has returned from work abroad.",
    )
    placement_id = fields.Many2one(
        "desmigratif.placement",
        groups=DESMIGRATIF_USER,
        check_company=True,
        domain="[('worker_id', '=', migrant_parent_id)]",
    )
    placement_country_id = fields.Many2one(
        related="placement_id.country_id", groups=DESMIGRATIF_USER
    )
    placement_state = fields.Selection(
        related="placement_id.state", groups=DESMIGRATIF_USER
    )
    parent_whatsapp_url = fields.Char(
        compute="_compute_parent_whatsapp_url",
        string="WhatsApp Parent",
        groups=DESMIGRATIF_USER,
    )
    place_id = fields.Many2one(
        "desmigratif.parenting.place",
        required=True,
        index=True,
        check_company=True,
        tracking=True,
        help="The education house or post where the child is enrolled; the child "
        "appears on the attendance sheets of its sessions.",
    )
    date_enrolment = fields.Date(
        string="Enrolment Date",
        required=True,
        default=fields.Date.context_today,
        tracking=True,
    )
    attendance_ids = fields.One2many("desmigratif.parenting.attendance", "child_id")
    absence_streak = fields.Integer(
        compute="_compute_absence_streak",
        string="Consecutive Absences",
        help="Held sessions in a row, up to the last one, where the child was "
        "marked A (alpa).",
        groups=PARENTING,
    )
    attendance_rate = fields.Float(
        compute="_compute_attendance_rate",
        string="Attendance Rate (%)",
        help="Share of the held sessions of the child's sheets marked H (hadir).",
        groups=PARENTING,
    )
    note = fields.Html()
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
            "partner_uniq",
            "unique(partner_id)",
            "This resident is already registered as a child of the education house.",
        ),
    ]

    @api.depends("guardian_id.mobile", "name", "place_id.name")
    def _compute_guardian_whatsapp_url(self):
        for child in self:
            url = child.guardian_id.whatsapp_url
            child.guardian_whatsapp_url = url and child._whatsapp_link(url)

    @api.depends("migrant_parent_id.mobile", "name", "place_id.name")
    def _compute_parent_whatsapp_url(self):
        for child in self:
            url = child.migrant_parent_id.whatsapp_url
            child.parent_whatsapp_url = url and child._whatsapp_link(url)

    def _compute_absence_streak(self):
        streaks = self._absence_streaks()
        for child in self:
            child.absence_streak = streaks.get(child.id, 0)

    def _compute_attendance_rate(self):
        counts = {
            (child.id, code): count
            for child, code, count in self.env[
                "desmigratif.parenting.attendance"
            ]._read_group(
                [("child_id", "in", self.ids), ("session_state", "=", "done")],
                ["child_id", "code"],
                ["__count"],
            )
        }
        for child in self:
            child.attendance_rate = attendance_rate(
                {
                    code: count
                    for (child_id, code), count in counts.items()
                    if child_id == child.id
                }
            )

    @api.constrains("partner_id", "guardian_id", "migrant_parent_id")
    def _check_people(self):
        for child in self.sudo():
            if child.partner_id in child.guardian_id | child.migrant_parent_id:
                raise ValidationError(
                    self.env._(
                        "Guardian at Home / Migrant Parent: %s cannot be their own "
                        "guardian or parent.",
                        child.name,
                    )
                )

    @api.constrains("placement_id", "migrant_parent_id")
    def _check_placement(self):
        for child in self.sudo():
            if child.placement_id and child.placement_id.worker_id != (
                child.migrant_parent_id
            ):
                raise ValidationError(
                    self.env._(
                        "Placement: the placement of %(child)s must be one of the "
                        "migrant parent (%(parent)s).",
                        child=child.name,
                        parent=child.migrant_parent_id.name or "-",
                    )
                )

    @api.ondelete(at_uninstall=False)
    def _unlink_except_attendance_kept(self):
        """Deleting a child would delete its lines on frozen attendance sheets."""
        frozen = self.env["desmigratif.parenting.session"]._workflow_locked_states
        kept = (
            self.env["desmigratif.parenting.attendance"]
            .sudo()
            .search(
                [("child_id", "in", self.ids), ("session_id.state", "in", frozen)],
                limit=1,
            )
        )
        if kept:
            raise UserError(
                self.env._(
                    "%s is on the sheets of held or not-held sessions: archive the "
                    "child instead of deleting it.",
                    kept.child_id.name,
                )
            )

    @api.onchange("partner_id")
    def _onchange_partner_id(self):
        """Propose the guardian and the migrant parent from the household."""
        household = self.partner_id.household_id
        if not household:
            return
        others = household.member_ids - self.partner_id
        migrants = others.filtered(lambda p: p.placement_ids)
        if not self.migrant_parent_id and migrants:
            self.migrant_parent_id = migrants[0]
        if not self.guardian_id:
            at_home = others.filtered(
                lambda p: (
                    p.migrant_status not in ("abroad", "ctki")
                    and p.household_relation in ("head", "spouse", "parent")
                )
            )
            self.guardian_id = at_home[:1]

    @api.onchange("migrant_parent_id")
    def _onchange_migrant_parent_id(self):
        if self.placement_id.worker_id != self.migrant_parent_id:
            self.placement_id = self.migrant_parent_id.placement_ids.sorted(
                lambda p: (p.date_departure or fields.Date.today(), p.id),
                reverse=True,
            )[:1]

    def _whatsapp_link(self, url):
        """The wa.me link with the absence message already typed."""
        return f"{url}?text={quote(self._absence_message_text())}"

    def _absence_message_text(self):
        self.ensure_one()
        return self.env._(
            "Assalamu'alaikum. %(child)s has been absent from %(place)s without "
            "notice. May we know how %(child)s is doing? Thank you.",
            child=self.name or "",
            place=self.place_id.name or self.env._("the education house"),
        )

    def _absence_streaks(self):
        """Return {child id: number of held sessions in a row marked A}.

        One query for any number of children: the codes of the held sessions,
        newest first; ``tools/attendance.absence_streak`` counts the A up to
        the first other code.
        """
        if not self.ids:
            return {}
        self.env["desmigratif.parenting.attendance"].flush_model(
            ["child_id", "code", "session_id"]
        )
        self.env["desmigratif.parenting.session"].flush_model(
            ["state", "date", "time_from"]
        )
        self.env.cr.execute(
            """
            SELECT line.child_id,
                   array_agg(line.code ORDER BY session.date DESC,
                             session.time_from DESC, session.id DESC)
              FROM desmigratif_parenting_attendance line
              JOIN desmigratif_parenting_session session
                ON session.id = line.session_id
             WHERE line.child_id IN %s AND session.state = 'done'
          GROUP BY line.child_id
            """,
            [tuple(self.ids)],
        )
        return {
            child_id: absence_streak(codes)
            for child_id, codes in self.env.cr.fetchall()
        }

    def _schedule_home_visits(self):
        """Give the officer a home visit for children absent too many times.

        A child gets a visit once its streak of A reaches the village's
        threshold, unless an open home visit already waits for it.
        """
        if not self:
            return self.env["mail.activity"]
        activity_type = self.env.ref("desmigratif_parenting.mail_activity_home_visit")
        streaks = self._absence_streaks()
        due = self.filtered(
            lambda c: streaks.get(c.id, 0) >= c.company_id.parenting_absence_threshold
        )
        if not due:
            return self.env["mail.activity"]
        Activity = self.env["mail.activity"].sudo()
        waiting = set(
            Activity.search_fetch(
                [
                    ("res_model", "=", self._name),
                    ("res_id", "in", due.ids),
                    ("activity_type_id", "=", activity_type.id),
                ],
                ["res_id"],
            ).mapped("res_id")
        )
        model_id = self.env["ir.model"]._get_id(self._name)
        today = fields.Date.context_today(self)
        return Activity.create(
            [
                {
                    "res_model_id": model_id,
                    "res_id": child.id,
                    "activity_type_id": activity_type.id,
                    "summary": self.env._(
                        "Home visit: %(count)s absences in a row",
                        count=streaks[child.id],
                    ),
                    "user_id": (
                        child.place_id.officer_id
                        or child.company_id.parenting_officer_id
                        or self.env.user
                    ).id,
                    "date_deadline": fields.Date.add(
                        today, days=activity_type.delay_count
                    ),
                }
                for child in due
                if child.id not in waiting
            ]
        )

    def action_view_attendance(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "desmigratif_parenting.action_desmigratif_parenting_attendance"
        )
        action["domain"] = [("child_id", "=", self.id)]
        action["context"] = {"search_default_held": 1}
        return action

    def action_send_absence_message(self):
        """Open the e-mail composer with the message to guardian and parent."""
        self.ensure_one()
        template = self.env.ref("desmigratif_parenting.mail_template_child_absence")
        return {
            "type": "ir.actions.act_window",
            "res_model": "mail.compose.message",
            "view_mode": "form",
            "views": [(False, "form")],
            "target": "new",
            "context": {
                "default_model": self._name,
                "default_res_ids": self.ids,
                "default_template_id": template.id,
                "default_composition_mode": "comment",
            },
        }
