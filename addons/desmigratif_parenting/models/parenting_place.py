from datetime import timedelta

from odoo import api, fields, models
from odoo.exceptions import UserError

MAX_GENERATION_DAYS = 366


class DesmigratifParentingPlace(models.Model):
    _name = "desmigratif.parenting.place"
    _description = "Education House or Supervision Post"
    _inherit = ["mail.thread"]
    _order = "sequence, name"
    _check_company_auto = True

    name = fields.Char(required=True, tracking=True)
    sequence = fields.Integer(default=10)
    kind = fields.Selection(
        [
            ("house", "Education House (Rumah Edukasi)"),
            ("paud", "PAUD Supervision Post"),
            ("tpq", "TPQ Supervision Post"),
            ("other", "Other Post"),
        ],
        required=True,
        default="house",
        tracking=True,
        help="The education house, or a supervision post (pos pengawasan) run with "
        "the village's early-childhood school (PAUD) or Quran school (TPQ) for "
        "children who live too far away.",
    )
    address = fields.Char()
    dusun_id = fields.Many2one("desmigratif.dusun", check_company=True)
    officer_id = fields.Many2one(
        "res.users",
        string="Responsible Officer",
        tracking=True,
        help="Gets the home-visit activities of the children of this place.",
    )
    facilitator_ids = fields.Many2many(
        "res.users",
        "desmigratif_parenting_place_facilitator_rel",
        "place_id",
        "user_id",
        string="Facilitators",
        help="Officers and volunteers who accompany the children here.",
    )
    child_ids = fields.One2many("desmigratif.child", "place_id", string="Children")
    child_count = fields.Integer(compute="_compute_counts", string="Children #")
    session_count = fields.Integer(compute="_compute_counts", string="Sessions #")
    timetable_ids = fields.One2many(
        "desmigratif.parenting.timetable", "place_id", string="Weekly Timetable"
    )
    company_id = fields.Many2one(
        "res.company",
        string="Village",
        required=True,
        default=lambda self: self.env.company,
        index=True,
    )
    active = fields.Boolean(default=True)

    def _compute_counts(self):
        children = dict(
            self.env["desmigratif.child"]._read_group(
                [("place_id", "in", self.ids)], ["place_id"], ["__count"]
            )
        )
        sessions = dict(
            self.env["desmigratif.parenting.session"]._read_group(
                [("place_id", "in", self.ids)], ["place_id"], ["__count"]
            )
        )
        for place in self:
            place.child_count = children.get(place, 0)
            place.session_count = sessions.get(place, 0)

    def _generate_sessions(self, date_from, date_to):
        """Create the sessions of the weekly timetables between two dates.

        Holidays of the village are skipped and sessions that already exist (same
        place, day and start time) are left alone, so running it twice creates
        nothing the second time. The attendance sheets of the new sessions are
        prefilled. The number of queries does not depend on the number of
        children, nor on the number of sessions below the ORM's insert batch.
        """
        if not date_from or not date_to or date_to < date_from:
            raise UserError(
                self.env._("Period: the end date must not be before the start date.")
            )
        if (date_to - date_from).days >= MAX_GENERATION_DAYS:
            raise UserError(
                self.env._(
                    "Period: sessions are generated for at most %s days at once.",
                    MAX_GENERATION_DAYS,
                )
            )
        Session = self.env["desmigratif.parenting.session"]
        slots = self.env["desmigratif.parenting.timetable"].search_fetch(
            [("place_id", "in", self.ids)],
            [
                "place_id", "weekday", "time_from", "time_to", "activity_ids",
                "facilitator_id", "company_id",
            ],
        )  # fmt: skip
        if not slots:
            return Session
        holidays = self.env["desmigratif.parenting.holiday"]._holiday_dates(
            slots.company_id, date_from, date_to
        )
        existing = {
            (session.place_id.id, session.date, session.time_from)
            for session in Session.with_context(active_test=False).search_fetch(
                [
                    ("place_id", "in", slots.place_id.ids),
                    ("date", ">=", date_from),
                    ("date", "<=", date_to),
                ],
                ["place_id", "date", "time_from"],
            )
        }
        vals_list = []
        day = date_from
        while day <= date_to:
            for slot in slots:
                key = (slot.place_id.id, day, slot.time_from)
                if (
                    int(slot.weekday) != day.weekday()
                    or day in holidays[slot.company_id.id]
                    or key in existing
                ):
                    continue
                existing.add(key)
                vals_list.append(
                    {
                        "place_id": slot.place_id.id,
                        "date": day,
                        "time_from": slot.time_from,
                        "time_to": slot.time_to,
                        "activity_ids": [fields.Command.set(slot.activity_ids.ids)],
                        "facilitator_id": slot.facilitator_id.id,
                        "timetable_id": slot.id,
                    }
                )
            day += timedelta(days=1)
        return (
            Session.with_context(parenting_skip_prefill=True)
            .create(vals_list)
            ._prefill_attendance()
        )

    def action_view_children(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "desmigratif_parenting.action_desmigratif_child"
        )
        action["domain"] = [("place_id", "=", self.id)]
        action["context"] = {"default_place_id": self.id}
        return action

    def action_view_sessions(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "desmigratif_parenting.action_desmigratif_parenting_session"
        )
        action["domain"] = [("place_id", "=", self.id)]
        action["context"] = {"default_place_id": self.id}
        return action

    @api.model
    def _default_date_range(self):
        """The current month, the period people generate and report most."""
        today = fields.Date.context_today(self)
        return today.replace(day=1), fields.Date.end_of(today, "month")
