from markupsafe import Markup

from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tools import format_date

OFFICER = "desmigratif_base.group_desmigratif_officer"


def format_hour(value):
    hours, minutes = divmod(round(value * 60), 60)
    return f"{hours:02d}:{minutes:02d}"


class DesmigratifParentingSession(models.Model):
    """A session at a place, with its attendance sheet (one line per child).

    A held or not-held session is a record of what happened: it is frozen, its
    sheet too, until an officer reopens it.
    """

    _name = "desmigratif.parenting.session"
    _description = "Education House Session"
    _inherit = ["desmigratif.workflow.mixin"]
    _order = "date desc, time_from desc, id desc"
    _rec_names_search = ["place_id.name"]
    _check_company_auto = True
    _workflow_locked_states = ("done", "cancelled")
    _workflow_free_fields = ("note",)

    place_id = fields.Many2one(
        "desmigratif.parenting.place",
        required=True,
        index=True,
        check_company=True,
    )
    date = fields.Date(required=True, index=True, default=fields.Date.context_today)
    time_from = fields.Float(string="From", required=True, default=14.0)
    time_to = fields.Float(string="To", required=True, default=16.0)
    activity_ids = fields.Many2many(
        "desmigratif.parenting.activity",
        "desmigratif_parenting_session_activity_rel",
        "session_id",
        "activity_id",
        string="Activities",
    )
    facilitator_id = fields.Many2one("res.users", default=lambda self: self.env.user)
    timetable_id = fields.Many2one(
        "desmigratif.parenting.timetable",
        string="Timetable Slot",
        ondelete="set null",
        readonly=True,
    )
    state = fields.Selection(
        [("planned", "Planned"), ("done", "Held"), ("cancelled", "Not Held")],
        required=True,
        default="planned",
        copy=False,
        index=True,
        help="Only held sessions count in the attendance recap.",
    )
    line_ids = fields.One2many(
        "desmigratif.parenting.attendance", "session_id", string="Attendance Sheet"
    )
    line_count = fields.Integer(compute="_compute_code_counts", string="Children #")
    present_count = fields.Integer(compute="_compute_code_counts", string="Present")
    sick_count = fields.Integer(compute="_compute_code_counts", string="Sick")
    excused_count = fields.Integer(compute="_compute_code_counts", string="Excused")
    absent_count = fields.Integer(compute="_compute_code_counts", string="Absent")
    unmarked_count = fields.Integer(compute="_compute_code_counts", string="Unmarked")
    late_count = fields.Integer(compute="_compute_code_counts", string="Late")
    note = fields.Text()
    company_id = fields.Many2one(
        related="place_id.company_id", store=True, index=True, string="Village"
    )

    _sql_constraints = [
        (
            "place_date_time_uniq",
            "unique(place_id, date, time_from)",
            "This place already has a session starting at this time on this day.",
        ),
    ]

    @api.depends("place_id.name", "date", "time_from")
    def _compute_display_name(self):
        for session in self:
            session.display_name = (
                f"{session.place_id.name or ''} "
                f"{format_date(self.env, session.date)} "
                f"{format_hour(session.time_from)}"
            ).strip()

    @api.depends("line_ids.code", "line_ids.late")
    def _compute_code_counts(self):
        """Count the sheet's codes: one query for saved sessions, and the lines
        on screen for a sheet being edited (so the counts follow each tap)."""
        saved = self.filtered(lambda session: isinstance(session.id, int))
        counts = {
            (session.id, code, late): count
            for session, code, late, count in self.env[
                "desmigratif.parenting.attendance"
            ]._read_group(
                [("session_id", "in", saved.ids)],
                ["session_id", "code", "late"],
                ["__count"],
            )
        }
        for session in self - saved:
            for line in session.line_ids:
                key = (session.id, line.code, line.late)
                counts[key] = counts.get(key, 0) + 1
        fields_by_code = {
            "H": "present_count",
            "S": "sick_count",
            "I": "excused_count",
            "A": "absent_count",
            False: "unmarked_count",
        }
        for session in self:
            totals = dict.fromkeys(fields_by_code.values(), 0)
            late = 0
            for (session_id, code, is_late), count in counts.items():
                if session_id == session.id:
                    totals[fields_by_code[code]] += count
                    late += count if is_late else 0
            session.update(totals)
            session.late_count = late
            session.line_count = sum(totals.values())

    @api.constrains("time_from", "time_to")
    def _check_times(self):
        for session in self:
            if not 0 <= session.time_from < session.time_to <= 24:
                raise ValidationError(
                    self.env._(
                        "Session of %s: it must start before it ends, within the day "
                        "(00:00 to 24:00).",
                        session.place_id.name,
                    )
                )

    @api.model_create_multi
    def create(self, vals_list):
        sessions = super().create(vals_list)
        if not self.env.context.get("parenting_skip_prefill"):
            sessions._prefill_attendance()
        return sessions

    def _prefill_attendance(self):
        """Add a line for each child of the place missing from the sheet.

        One INSERT for all the sessions, whatever the number of children: a child
        is on the sheet of its place's sessions from its enrolment date on. A
        rerun adds only the children enrolled since.
        """
        open_sessions = self.filtered(lambda s: s.state == "planned")
        if not open_sessions:
            return self
        self.flush_recordset(["place_id", "date", "company_id"])
        self.env["desmigratif.child"].flush_model(
            ["name", "place_id", "date_enrolment", "active"]
        )
        self.env.cr.execute(
            """
            INSERT INTO desmigratif_parenting_attendance
                   (session_id, child_id, child_name, place_id, date,
                    company_id, late, create_uid, write_uid, create_date,
                    write_date)
            SELECT session.id, child.id, child.name, session.place_id,
                   session.date, session.company_id, FALSE, %(uid)s, %(uid)s,
                   NOW() AT TIME ZONE 'UTC', NOW() AT TIME ZONE 'UTC'
              FROM desmigratif_parenting_session session
              JOIN desmigratif_child child
                ON child.place_id = session.place_id
               AND child.active
               AND child.date_enrolment <= session.date
             WHERE session.id IN %(ids)s
            ON CONFLICT (session_id, child_id) DO NOTHING
            """,
            {"uid": self.env.uid, "ids": tuple(open_sessions.ids)},
        )
        self.env["desmigratif.parenting.attendance"].invalidate_model()
        self.invalidate_recordset(["line_ids"])
        return self

    @api.model
    def action_open_today(self):
        """Open today's sessions; on a day without any, say when the next one is.

        The volunteer's home screen: an empty kanban alone would leave her
        wondering whether the tablet works, so the empty page names the next
        planned session (or says that none is planned yet).
        """
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "desmigratif_parenting.action_desmigratif_parenting_session_today"
        )
        action["help"] = self._no_session_today_help()
        return action

    def _next_session(self):
        """The first planned session after today, in the user's villages."""
        return self.search(
            [("date", ">", fields.Date.context_today(self)), ("state", "=", "planned")],
            order="date, time_from, id",
            limit=1,
        )

    def _no_session_today_help(self):
        """The empty page of today's sessions, naming the next session."""
        title = Markup('<p class="o_view_nocontent_smiling_face">%s</p>') % (
            self.env._("No session today")
        )
        session = self._next_session()
        if not session:
            return title + Markup("<p>%s</p>") % self.env._(
                "No session is planned yet: an officer generates the month's "
                "sessions from the weekly timetables of the places."
            )
        when = format_date(self.env, session.date, date_format="EEEE d MMMM y")
        hours = f"{format_hour(session.time_from)}-{format_hour(session.time_to)}"
        return title + Markup("<p>%s</p>") % self.env._(
            "Next session: %(date)s, %(hours)s at %(place)s.",
            date=when,
            hours=hours,
            place=session.place_id.name,
        )

    def action_refresh_sheet(self):
        self._check_state(("planned",))
        return self._prefill_attendance()

    def action_mark_all_present(self):
        """Mark H every child not marked yet (the others keep their code)."""
        self._check_state(("planned",))
        self.line_ids.filtered(lambda line: not line.code).write({"code": "H"})
        return True

    def action_done(self):
        """Close the sheet: the session counts as held in the recap."""
        self._check_state(("planned",))
        unmarked = self.line_ids.filtered(lambda line: not line.code)
        if unmarked:
            raise UserError(
                self.env._(
                    "Attendance Sheet: mark every child before closing the sheet "
                    "(not marked yet: %s).",
                    ", ".join(unmarked.child_id.mapped("name")),
                )
            )
        self._workflow_write({"state": "done"})
        absent = self.line_ids.filtered(lambda line: line.code == "A").child_id
        absent._schedule_home_visits()
        return True

    def action_cancel(self):
        self._check_state(("planned",))
        self._workflow_write({"state": "cancelled"})
        return True

    def action_reset_to_planned(self):
        """Reopen the sheet to correct it: an officer's decision only."""
        if not self.env.is_superuser() and not self.env.user.has_group(OFFICER):
            raise AccessError(
                self.env._(
                    "Only a Desmigratif officer reopens a held or not-held session."
                )
            )
        self._check_state(("done", "cancelled"))
        self._workflow_write({"state": "planned"})
        return True
