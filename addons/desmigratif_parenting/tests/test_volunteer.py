from datetime import date

from odoo.tests import freeze_time, new_test_user, tagged

from .common import ParentingCase

VOLUNTEER = "desmigratif_parenting.group_parenting_volunteer"
TODAY_ACTION = "desmigratif_parenting.action_server_parenting_session_today"


@tagged("post_install", "-at_install")
class TestVolunteer(ParentingCase):
    """What the volunteer sees on her tablet: her home, the slot names, the
    message of a day without sessions."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.indonesian = cls.env["res.lang"]._lang_get("id_ID")
        # Far from the demo village's sessions, which follow the real clock.
        cls.Session.create(
            [
                {"place_id": cls.house.id, "date": date(2030, 3, 6),
                 "time_from": 14.0, "time_to": 16.0},
                {"place_id": cls.post.id, "date": date(2030, 3, 7),
                 "time_from": 15.5, "time_to": 17.0},
            ]
        )  # fmt: skip
        # Not held: the next session is the one after it.
        cls.Session.create(
            {"place_id": cls.post.id, "date": date(2030, 3, 6),
             "time_from": 8.0, "time_to": 10.0}
        ).action_cancel()  # fmt: skip

    def test_timetable_display_name(self):
        monday, wednesday_evening = self.slots[0], self.slots[2]
        self.assertEqual(
            monday.with_context(lang="en_US").display_name,
            "Monday 14:00-16:00, Test House",
        )
        self.assertEqual(
            wednesday_evening.with_context(lang="en_US").display_name,
            "Wednesday 18:30-19:30, Test House",
        )
        if self.indonesian:
            self.assertEqual(
                monday.with_context(lang="id_ID").display_name,
                "Senin 14:00-16:00, Test House",
            )

    def test_volunteer_lands_on_today_sessions(self):
        volunteer = new_test_user(self.env, login="h7_volunteer", groups=VOLUNTEER)
        self.assertEqual(volunteer.action_id.id, self.env.ref(TODAY_ACTION).id)
        # An officer keeps Odoo's home; a volunteer given another home keeps it.
        self.assertFalse(self.officer.action_id)
        settings = self.env.ref("base.action_res_users")
        chosen = new_test_user(
            self.env, login="h7_chosen", groups=VOLUNTEER, action_id=settings.id
        )
        self.assertEqual(chosen.action_id.id, settings.id)
        # A user made volunteer later gets the home too.
        helper = new_test_user(self.env, login="h7_helper", groups="base.group_user")
        self.assertFalse(helper.action_id)
        helper.groups_id = [(4, self.env.ref(VOLUNTEER).id)]
        self.assertEqual(helper.action_id.id, self.env.ref(TODAY_ACTION).id)
        # Volunteers registered before this home existed get it on update.
        volunteer.action_id = False
        self.env["res.users"]._parenting_set_volunteers_home_action()
        self.assertEqual(volunteer.action_id.id, self.env.ref(TODAY_ACTION).id)

    @freeze_time("2030-03-05 09:00:00")
    def test_day_without_session_names_the_next(self):
        """Tuesday 5 March 2030: nothing today, next at the house on Wednesday."""
        action = self.Session.with_context(lang="en_US").action_open_today()
        self.assertEqual(action["res_model"], "desmigratif.parenting.session")
        self.assertIn("No session today", action["help"])
        self.assertIn(
            "Next session: Wednesday 6 March 2030, 14:00-16:00 at Test House.",
            action["help"],
        )
        if self.indonesian:
            action = self.Session.with_context(lang="id_ID").action_open_today()
            self.assertIn("Rabu 6 Maret 2030", action["help"])

    @freeze_time("2030-03-06 09:00:00")
    def test_next_session_is_after_today(self):
        """On Wednesday the next one is the post's, on Thursday."""
        self.assertEqual(self.Session._next_session().date, date(2030, 3, 7))
        self.assertEqual(self.Session._next_session().place_id, self.post)

    @freeze_time("2040-01-02 09:00:00")
    def test_nothing_planned(self):
        action = self.Session.with_context(lang="en_US").action_open_today()
        self.assertIn("No session is planned yet", action["help"])
