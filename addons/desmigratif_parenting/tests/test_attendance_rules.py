"""Attendance rate and absence streak (tools/attendance.py), without a database.

Run fast (no database) with
``python3 -m pytest addons/desmigratif_parenting/tests/test_attendance_rules.py``.
"""

from odoo.tests import BaseCase

from ..tools.attendance import absence_streak, attendance_rate


class TestAttendanceRules(BaseCase):
    def test_rate(self):
        """H at 3 of 4 held sessions: 75%; S, I, A and unmarked are not present."""
        self.assertEqual(attendance_rate({"H": 3, "A": 1}), 75.0)
        self.assertEqual(attendance_rate({"H": 3, "S": 1, "I": 1, "A": 1}), 50.0)
        self.assertEqual(attendance_rate({"H": 1, None: 2}), 100 / 3)
        self.assertEqual(attendance_rate({"S": 2, "I": 3}), 0.0)
        self.assertEqual(attendance_rate({"H": 0}), 0.0)
        self.assertEqual(attendance_rate({}), 0.0)

    def test_streak_from_the_newest(self):
        """Newest first: A, A, A, then H: three in a row; an older A does not
        count."""
        self.assertEqual(absence_streak(["A", "A", "A", "H", "A"]), 3)
        self.assertEqual(absence_streak(["H", "A", "A"]), 0)
        self.assertEqual(absence_streak(["A"]), 1)
        self.assertEqual(absence_streak([]), 0)

    def test_other_codes_end_the_streak(self):
        """Sick, excused or not marked: the child was not absent without notice."""
        self.assertEqual(absence_streak(["A", "S", "A"]), 1)
        self.assertEqual(absence_streak(["A", "I", "A"]), 1)
        self.assertEqual(absence_streak(["A", "A", None, "A"]), 2)
