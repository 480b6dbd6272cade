from datetime import date, timedelta

from psycopg2 import IntegrityError

from odoo.exceptions import UserError, ValidationError
from odoo.tests import tagged
from odoo.tools import mute_logger

from .common import ParentingCase


@tagged("post_install", "-at_install")
class TestTimetable(ParentingCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.date_from = cls.MONDAY
        cls.date_to = cls.MONDAY + timedelta(days=27)
        # Only this test's holiday falls in the four weeks.
        cls.env["desmigratif.parenting.holiday"].search(
            [("date_from", "<=", cls.date_to), ("date_to", ">=", cls.date_from)]
        ).unlink()
        cls.holiday = cls.env["desmigratif.parenting.holiday"].create(
            {
                "name": "Merti Desa",
                "date_from": cls.MONDAY + timedelta(days=9),  # Wednesday
                "date_to": cls.MONDAY + timedelta(days=10),  # Thursday
            }
        )

    def expected_keys(self, places):
        """The timetable of March 2026 read off a calendar: the house on Mondays
        (14:00) and Wednesdays (14:00 and 18:30), the post on Thursdays (15:30);
        Merti Desa takes Wednesday 11 and Thursday 12."""
        house = {
            *((day, 14.0) for day in (2, 9, 16, 23)),
            *((day, 14.0) for day in (4, 18, 25)),
            *((day, 18.5) for day in (4, 18, 25)),
        }
        post = {(day, 15.5) for day in (5, 19, 26)}
        return {
            (place, date(2026, 3, day), time_from)
            for place, slots in ((self.house, house), (self.post, post))
            if place in places
            for day, time_from in slots
        }

    def test_generate_skips_holidays(self):
        places = self.house | self.post
        sessions = places._generate_sessions(self.date_from, self.date_to)
        keys = {(s.place_id, s.date, s.time_from) for s in sessions}
        self.assertEqual(keys, self.expected_keys(places))
        self.assertEqual(len(sessions), 13)
        self.assertFalse(
            sessions.filtered(
                lambda s: self.holiday.date_from <= s.date <= self.holiday.date_to
            ),
            "No session may fall on a village holiday.",
        )
        quran = sessions.filtered(lambda s: s.time_from == 18.5)
        self.assertEqual(len(quran), 3)
        self.assertEqual(
            quran.activity_ids, self.env.ref("desmigratif_parenting.activity_quran")
        )
        self.assertEqual(set(quran.mapped("time_to")), {19.5})

    def test_rerun_creates_no_duplicates(self):
        places = self.house | self.post
        first = places._generate_sessions(self.date_from, self.date_to)
        lines = first.line_ids
        second = places._generate_sessions(self.date_from, self.date_to)
        self.assertFalse(second, "A second run must create nothing.")
        all_sessions = self.Session.search([("place_id", "in", places.ids)])
        self.assertEqual(all_sessions, first)
        self.assertEqual(all_sessions.line_ids, lines)
        # A longer period only adds the new days.
        third = places._generate_sessions(
            self.date_from, self.date_to + timedelta(days=7)
        )
        self.assertEqual(
            {(s.place_id, s.date, s.time_from) for s in third},
            {
                (self.house, date(2026, 3, 30), 14.0),
                (self.house, date(2026, 4, 1), 14.0),
                (self.house, date(2026, 4, 1), 18.5),
                (self.post, date(2026, 4, 2), 15.5),
            },
        )

    def test_manual_session_is_kept(self):
        manual = self.Session.create(
            {"place_id": self.house.id, "date": self.MONDAY, "time_from": 14.0,
             "time_to": 15.0}
        )  # fmt: skip
        sessions = self.house._generate_sessions(self.MONDAY, self.MONDAY)
        self.assertFalse(sessions)
        self.assertEqual(
            self.Session.search(
                [("place_id", "=", self.house.id), ("date", "=", self.MONDAY)]
            ),
            manual,
        )
        with (
            mute_logger("odoo.sql_db"),
            self.assertRaises(IntegrityError),
            self.cr.savepoint(),
        ):
            self.Session.create(
                {"place_id": self.house.id, "date": self.MONDAY, "time_from": 14.0,
                 "time_to": 16.0}
            )  # fmt: skip

    def test_other_village_holiday_ignored(self):
        other = self.env["res.company"].create({"name": "Desa Lain"})
        self.env["desmigratif.parenting.holiday"].create(
            {"name": "Elsewhere", "date_from": self.MONDAY, "date_to": self.MONDAY,
             "company_id": other.id}
        )  # fmt: skip
        sessions = self.house._generate_sessions(self.MONDAY, self.MONDAY)
        self.assertEqual(len(sessions), 1)

    def test_bad_inputs(self):
        with self.assertRaisesRegex(UserError, "end date"):
            self.house._generate_sessions(self.date_to, self.date_from)
        with self.assertRaisesRegex(UserError, "366"):
            self.house._generate_sessions(date(2026, 1, 1), date(2027, 6, 1))
        with self.assertRaisesRegex(ValidationError, "start before it ends"):
            self.slots[0].time_to = 13.0
        with self.assertRaisesRegex(ValidationError, "To date"):
            self.holiday.date_to = self.holiday.date_from - timedelta(days=1)

    def test_wizard(self):
        wizard = self.env["desmigratif.parenting.session.generate"].create(
            {"place_ids": [(6, 0, self.post.ids)], "date_from": self.date_from,
             "date_to": self.date_to}
        )  # fmt: skip
        action = wizard.action_generate()
        sessions = self.Session.search(action["domain"])
        self.assertEqual(
            {(s.place_id, s.date, s.time_from) for s in sessions},
            self.expected_keys(self.post),
        )
