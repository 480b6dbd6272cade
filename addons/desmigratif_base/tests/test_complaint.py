from datetime import date

from odoo.exceptions import UserError, ValidationError
from odoo.tests import tagged

from .common import DesmigratifCase


@tagged("post_install", "-at_install")
class TestComplaint(DesmigratifCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.worker = cls.resident("Sundiyah")
        cls.husband = cls.resident("Sugeng", gender="male")
        cls.household(cls.husband, cls.worker)
        cls.placement(
            cls.worker, state="abroad", date_departure=date(2024, 1, 5)
        ).write({"lost_contact": True, "date_last_contact": date(2024, 3, 1)})
        cls.enrolment(cls.husband, "family")

    def complaint(self, complainant, **values):
        return self.env["desmigratif.complaint"].create(
            {
                "complainant_id": complainant.id,
                "worker_id": self.worker.id,
                "category": "lost_contact",
                "company_id": self.village.id,
                **values,
            }
        )

    def test_only_participant_families_may_file(self):
        neighbour = self.resident("Tetangga")
        with self.assertRaisesText(ValidationError, "no active participant"):
            self.complaint(neighbour)
        complaint = self.complaint(self.husband)
        self.assertEqual(
            complaint.stage_id, self.env.ref("desmigratif_base.complaint_stage_new")
        )
        self.assertTrue(complaint.name.startswith("ADU/"))

    def test_statement_is_frozen_once_submitted(self):
        complaint = self.complaint(self.husband)
        with self.assertRaisesText(UserError, "statement first"):
            complaint.action_submit()
        complaint.statement = "No news for six months."
        complaint.action_submit()
        self.assertTrue(complaint.submitted)
        with self.assertRaisesText(UserError, "can no longer be changed"):
            complaint.statement = "Something else"
        self.assertEqual(complaint.statement, "No news for six months.")
        complaint.message_post(body="Forwarded to BP2MI.")
        complaint.stage_id = self.env.ref("desmigratif_base.complaint_stage_closed")
        self.assertTrue(complaint.is_closed)
