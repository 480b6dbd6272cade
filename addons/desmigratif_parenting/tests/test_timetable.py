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
        cls.holiday = cls.env["desmigratif.parenting.holiday"].create(
            {
                "name": "Merti Desa",
                "date_from": cls.MONDAY + timedelta(days=9),  # Wednesday
                "date_to": cls.MONDAY + timedelta(days=10),  # Thursday
            }
        )

    def expected_keys(self, places):
        holidays = set(self.days(self.holiday.date_from, self.holiday.date_to))
        return {
            (slot.place_id, day, slot.time_from)
            for slot in self.slots.filtered(lambda s: s.place_id in places)
            for day in self.days(self.date_from, self.date_to)
            if day.weekday() == int(slot.weekday) and day not in holidays
        }

    def test_generate_skips_holidays(self):
        places = self.house | self.post
        sessions = places._generate_sessions(self.date_from, self.date_to)
        keys = {(s.place_id, s.date, s.time_from) for s in sessions}
        self.assertEqual(keys, self.expected_keys(places))
        self.assertEqual(len(sessions), len(keys))
        self.assertFalse(
            sessions.filtered(
                lambda s: self.holiday.date_from <= s.date <= self.holiday.date_to
            ),
            "No session may fall on a village holiday.",
        )
        quran = sessions.filtered(lambda s: s.time_from == 18.5)
        self.assertTrue(quran)
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
        self.assertTrue(third)
        self.assertTrue(all(s.date > self.date_to for s in third))

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
