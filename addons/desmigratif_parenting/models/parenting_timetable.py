from odoo import api, fields, models
from odoo.exceptions import ValidationError

from .parenting_session import format_hour

WEEKDAYS = [
    ("0", "Monday"),
    ("1", "Tuesday"),
    ("2", "Wednesday"),
    ("3", "Thursday"),
    ("4", "Friday"),
    ("5", "Saturday"),
    ("6", "Sunday"),
]


class DesmigratifParentingTimetable(models.Model):
    """A weekly slot of a place, from which the month's sessions are made."""

    _name = "desmigratif.parenting.timetable"
    _description = "Weekly Timetable Slot"
    _order = "place_id, weekday, time_from"
    _check_company_auto = True

    place_id = fields.Many2one(
        "desmigratif.parenting.place",
        required=True,
        ondelete="cascade",
        index=True,
        check_company=True,
    )
    weekday = fields.Selection(WEEKDAYS, string="Day", required=True, default="0")
    time_from = fields.Float(string="From", required=True, default=14.0)
    time_to = fields.Float(string="To", required=True, default=16.0)
    activity_ids = fields.Many2many(
        "desmigratif.parenting.activity",
        "desmigratif_parenting_timetable_activity_rel",
        "timetable_id",
        "activity_id",
        string="Activities",
    )
    facilitator_id = fields.Many2one("res.users")
    company_id = fields.Many2one(
        related="place_id.company_id", store=True, index=True, string="Village"
    )

    _sql_constraints = [
        (
            "slot_uniq",
            "unique(place_id, weekday, time_from)",
            "This place already has a session starting at this time on this day.",
        ),
    ]

    @api.depends("weekday", "time_from", "time_to", "place_id.name")
    @api.depends_context("lang")
    def _compute_display_name(self):
        """Name a slot as people say it: "Monday 08:00-10:00, Rumah Edukasi"."""
        days = dict(self._fields["weekday"]._description_selection(self.env))
        for slot in self:
            slot.display_name = (
                f"{days.get(slot.weekday, '')} "
                f"{format_hour(slot.time_from)}-{format_hour(slot.time_to)}, "
                f"{slot.place_id.name or ''}"
            )

    @api.constrains("time_from", "time_to")
    def _check_times(self):
        for slot in self:
            if not 0 <= slot.time_from < slot.time_to <= 24:
                raise ValidationError(
                    self.env._(
                        "Timetable of %s: the session must start before it ends, "
                        "within the day (00:00 to 24:00).",
                        slot.place_id.name,
                    )
                )
