from datetime import timedelta

from odoo.exceptions import UserError, ValidationError
from odoo.tests import Form, tagged

from .common import ParentingCase


@tagged("post_install", "-at_install")
class TestAttendance(ParentingCase):
    def test_sheet_prefilled_with_children_of_the_place(self):
        sessions = (self.house | self.post)._generate_sessions(
            self.MONDAY, self.MONDAY + timedelta(days=6)
        )
        for session in sessions:
            expected = (
                self.house_children
                if session.place_id == self.house
                else (self.post_children)
            )
            self.assertEqual(session.line_ids.child_id, expected)
            self.assertEqual(len(session.line_ids), len(expected))
            self.assertTrue(all(not line.code for line in session.line_ids))
            self.assertEqual(set(session.line_ids.mapped("date")), {session.date})
            self.assertEqual(session.line_ids.place_id, session.place_id)
            self.assertEqual(session.line_ids.company_id, self.company)
            self.assertEqual(
                session.line_ids.mapped("child_name"),
                session.line_ids.child_id.mapped("name"),
            )
            self.assertEqual(session.unmarked_count, len(expected))

    def test_enrolment_date_and_archived_children(self):
        late_child = self._create_children(
            self.house, 1, enrolled=self.MONDAY + timedelta(days=2), prefix="New"
        )
        self.house_children[0].active = False
        monday, wednesday = (
            self.house._generate_sessions(self.MONDAY, self.MONDAY + timedelta(days=2))
            .filtered(lambda s: s.time_from == 14.0)
            .sorted("date")
        )
        active = self.house_children[1:]
        self.assertEqual(monday.line_ids.child_id, active)
        self.assertEqual(wednesday.line_ids.child_id, active | late_child)

    def test_refresh_adds_new_children_once(self):
        session = self.Session.create({"place_id": self.house.id, "date": self.MONDAY})
        self.assertEqual(session.line_ids.child_id, self.house_children)
        newcomer = self._create_children(self.house, 1, prefix="Newcomer")
        session.action_refresh_sheet()
        session.action_refresh_sheet()
        self.assertEqual(session.line_ids.child_id, self.house_children | newcomer)
        self.assertEqual(len(session.line_ids), len(self.house_children) + 1)

    def test_mark_all_present_keeps_other_codes(self):
        session = self.Session.create({"place_id": self.house.id, "date": self.MONDAY})
        sick = session.line_ids[0]
        sick.code = "S"
        session.action_mark_all_present()
        self.assertEqual(sick.code, "S")
        self.assertEqual(set((session.line_ids - sick).mapped("code")), {"H"})
        self.assertEqual(session.present_count, len(self.house_children) - 1)
        self.assertEqual(session.sick_count, 1)
        session.action_done()
        self.assertEqual(session.state, "done")
        self.assertEqual(set(session.line_ids.mapped("session_state")), {"done"})
        with self.assertRaises(UserError):
            session.action_mark_all_present()
        with self.assertRaises(UserError):
            sick.code = "A"
        self.assertEqual(sick.code, "S")
        session.action_reset_to_planned()
        sick.code = "A"
        self.assertEqual(session.absent_count, 1)

    def test_close_needs_every_child_marked(self):
        session = self.Session.create({"place_id": self.house.id, "date": self.MONDAY})
        session.line_ids[0].code = "H"
        with self.assertRaisesRegex(UserError, "mark every child"):
            session.action_done()
        self.assertEqual(session.state, "planned")

    def test_late_only_when_present(self):
        session = self.Session.create({"place_id": self.house.id, "date": self.MONDAY})
        line = session.line_ids[0]
        with self.assertRaisesRegex(ValidationError, "Late"):
            line.write({"code": "S", "late": True})
        line.action_mark_late()
        self.assertEqual((line.code, line.late), ("H", True))
        line.action_mark_absent()
        self.assertEqual((line.code, line.late), ("A", False))
        with Form(session) as form, form.line_ids.edit(1) as row:
            row.code = "H"
            row.late = True
            row.code = "I"
            self.assertFalse(row.late)

    def test_cancel_and_reopen(self):
        session = self.Session.create({"place_id": self.house.id, "date": self.MONDAY})
        session.action_cancel()
        self.assertEqual(session.state, "cancelled")
        with self.assertRaises(UserError):
            session.action_done()
        self.assertEqual(session.state, "cancelled")
        session.action_reset_to_planned()
        self.assertEqual(session.state, "planned")
