from odoo import api, fields, models
from odoo.exceptions import ValidationError

from ..tools.attendance import attendance_rate
from .child import PARENTING

CODES = [
    ("H", "H - Present (Hadir)"),
    ("S", "S - Sick (Sakit)"),
    ("I", "I - Excused (Izin)"),
    ("A", "A - Absent (Alpa)"),
]


class DesmigratifParentingAttendance(models.Model):
    """One child on the attendance sheet of one session.

    The place, date and village of the session are stored on the line so that
    the monthly recap groups lines without joins. The line shares the lock of
    its session: the sheet of a held or not-held session is frozen.
    """

    _name = "desmigratif.parenting.attendance"
    _description = "Attendance Line"
    _inherit = ["desmigratif.workflow.mixin"]
    _order = "date desc, session_id, child_name, id"
    _check_company_auto = True
    _workflow_fields = ()
    _workflow_parent_field = "session_id"

    session_id = fields.Many2one(
        "desmigratif.parenting.session",
        required=True,
        ondelete="cascade",
        index=True,
        check_company=True,
    )
    child_id = fields.Many2one(
        "desmigratif.child",
        required=True,
        ondelete="cascade",
        index=True,
        check_company=True,
    )
    child_name = fields.Char(related="child_id.name", store=True, string="Name")
    school_level = fields.Selection(related="child_id.school_level", groups=PARENTING)
    code = fields.Selection(
        CODES,
        index=True,
        help="Indonesian school attendance codes: H hadir (present), S sakit "
        "(sick), I izin (excused), A alpa (absent without notice).",
    )
    late = fields.Boolean(help="Present, but arrived after the start.")
    note = fields.Char()
    place_id = fields.Many2one(
        related="session_id.place_id", store=True, index=True, string="Place"
    )
    date = fields.Date(related="session_id.date", store=True, index=True)
    session_state = fields.Selection(
        related="session_id.state", string="Session Status", groups=PARENTING
    )
    company_id = fields.Many2one(
        related="session_id.company_id", store=True, index=True, string="Village"
    )

    _sql_constraints = [
        (
            "session_child_uniq",
            "unique(session_id, child_id)",
            "This child is already on the attendance sheet of this session.",
        ),
    ]

    @api.constrains("late", "code")
    def _check_late(self):
        for line in self:
            if line.late and line.code != "H":
                raise ValidationError(
                    self.env._(
                        "Late: only a child marked H (present) can be late "
                        "(%(child)s, %(session)s).",
                        child=line.child_id.name,
                        session=line.session_id.display_name,
                    )
                )

    @api.onchange("code")
    def _onchange_code(self):
        if self.code != "H":
            self.late = False

    def _mark(self, code):
        self.write({"code": code, "late": False})
        return True

    def action_mark_present(self):
        return self._mark("H")

    def action_mark_late(self):
        self.write({"code": "H", "late": True})
        return True

    def action_mark_sick(self):
        return self._mark("S")

    def action_mark_excused(self):
        return self._mark("I")

    def action_mark_absent(self):
        return self._mark("A")

    @api.model
    def _monthly_recap(self, date_from, date_to, places):
        """Attendance per child and per place over the held sessions of a period.

        Three grouped queries whatever the number of children. The rate is the
        share of H among the lines of held sessions; S, I and A count as not
        present, late children count as present.
        """
        domain = [
            ("session_state", "=", "done"),
            ("date", ">=", date_from),
            ("date", "<=", date_to),
            ("place_id", "in", places.ids),
        ]
        codes = [code for code, __ in CODES]

        def empty():
            return {**dict.fromkeys(codes, 0), "late": 0, "total": 0}

        children = {}
        by_place = {place: empty() for place in places}
        for child, place, code, late, count in self._read_group(
            domain, ["child_id", "place_id", "code", "late"], ["__count"]
        ):
            row = children.setdefault((place, child), empty())
            for totals in (row, by_place[place]):
                totals[code] = totals.get(code, 0) + count
                totals["total"] += count
                totals["late"] += count if late else 0
        held = dict(
            self.env["desmigratif.parenting.session"]._read_group(
                [
                    ("state", "=", "done"),
                    ("date", ">=", date_from),
                    ("date", "<=", date_to),
                    ("place_id", "in", places.ids),
                ],
                ["place_id"],
                ["__count"],
            )
        )
        for totals in [*children.values(), *by_place.values()]:
            totals["rate"] = attendance_rate(
                {
                    code: count
                    for code, count in totals.items()
                    if code not in ("late", "total")
                }
            )
        return {
            "places": [
                {"place": place, "sessions": held.get(place, 0), **totals}
                for place, totals in by_place.items()
            ],
            "children": [
                {"place": place, "child": child, **totals}
                for (place, child), totals in sorted(
                    children.items(),
                    key=lambda item: (
                        item[0][0].sequence,
                        item[0][0].name,
                        item[0][1].name or "",
                    ),
                )
            ],
        }
