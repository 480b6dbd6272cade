from datetime import timedelta

from odoo import Command, fields
from odoo.tests import HttpCase, new_test_user, tagged


@tagged("post_install", "-at_install")
class TestVolunteerTour(HttpCase):
    """The volunteer's tablet (1024x768): her home, the sheet, an empty day.

    Her own village keeps the demo village's sessions off her screen.
    """

    browser_size = "1024x768"

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.village = cls.env["res.company"].create({"name": "Tour Village"})
        # The browser's clock reads UTC: her day is the server's day.
        cls.volunteer = new_test_user(
            cls.env,
            login="parenting_tour_volunteer",
            groups="desmigratif_parenting.group_parenting_volunteer",
            company_id=cls.village.id,
            company_ids=[Command.set(cls.village.ids)],
            tz="UTC",
        )
        cls.house = cls.env["desmigratif.parenting.place"].create(
            {"name": "Tour House", "kind": "house", "company_id": cls.village.id}
        )
        cls.today = fields.Date.today()
        cls.slot = cls.env["desmigratif.parenting.timetable"].create(
            {
                "place_id": cls.house.id,
                "weekday": str(cls.today.weekday()),
                "time_from": 14.0,
                "time_to": 16.0,
            }
        )
        partners = cls.env["res.partner"].create(
            [
                {
                    "name": f"Tour Child {n}",
                    "is_resident": True,
                    "company_id": cls.village.id,
                }
                for n in (1, 2, 3)
            ]
        )
        cls.env["desmigratif.child"].create(
            [
                {
                    "partner_id": partner.id,
                    "place_id": cls.house.id,
                    "company_id": cls.village.id,
                    "date_enrolment": cls.today - timedelta(days=30),
                }
                for partner in partners
            ]
        )

    def _session(self, day):
        return self.env["desmigratif.parenting.session"].create(
            {
                "place_id": self.house.id,
                "date": day,
                "time_from": 14.0,
                "time_to": 16.0,
                "timetable_id": self.slot.id,
            }
        )

    def test_tablet_sheet(self):
        session = self._session(self.today)
        self.start_tour(
            "/odoo",
            "desmigratif_parenting_volunteer_tablet",
            login="parenting_tour_volunteer",
        )
        self.assertEqual(session.state, "done")
        self.assertEqual(sorted(session.line_ids.mapped("code")), ["H", "H", "H"])

    def test_day_without_session(self):
        self._session(self.today + timedelta(days=2))
        self.start_tour(
            "/odoo",
            "desmigratif_parenting_volunteer_no_session",
            login="parenting_tour_volunteer",
        )
