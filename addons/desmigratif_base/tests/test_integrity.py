"""Workflows hold against any client: each test calls the ORM as an attacker
would over JSON-RPC (write of a state, create in a later state, unlink, an
action called twice), expects the error and checks that nothing changed."""

import base64
from datetime import date, datetime

from freezegun import freeze_time

from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import new_test_user, tagged

from .common import DesmigratifCase

DOCUMENT = base64.b64encode(b"%PDF-1.4 scanned document")
DOCUMENTS = ("ktp", "kk", "photo", "diploma")
COMPLETE_DOCUMENTS = {
    **{f"doc_{doc}": DOCUMENT for doc in DOCUMENTS},
    **{f"doc_{doc}_checked": True for doc in DOCUMENTS},
}


@tagged("post_install", "-at_install")
class TestPlacementIntegrity(DesmigratifCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.worker = cls.resident("Sumiyati")

    def test_state_moves_only_by_actions(self):
        placement = self.placement(self.worker).with_user(self.officer)
        for state in ("departed", "abroad", "returned", "cancelled"):
            with self.subTest(state=state), self.assertRaises(UserError):
                placement.write({"state": state})
        with self.assertRaises(UserError):
            placement.sudo().write({"state": "abroad"})
        self.assertEqual(placement.state, "planned")
        self.assertEqual(self.worker.migrant_status, "ctki")

    def test_no_placement_created_in_a_later_state(self):
        Placement = self.env["desmigratif.placement"].with_user(self.officer)
        for state in ("departed", "abroad", "returned"):
            with self.subTest(state=state), self.assertRaises(UserError):
                Placement.create(
                    {
                        "worker_id": self.worker.id,
                        "country_id": self.country.id,
                        "company_id": self.village.id,
                        "state": state,
                    }
                )
        self.assertEqual(
            Placement.search_count([("worker_id", "=", self.worker.id)]), 0
        )
        self.assertEqual(self.worker.migrant_status, "none")

    def test_a_returned_placement_is_locked_but_its_notes(self):
        placement = self.placement(
            self.worker, state="returned", employer="Mrs Chen"
        ).with_user(self.officer)
        with self.assertRaises(UserError):
            placement.write({"employer": "Someone else"})
        with self.assertRaises(UserError):
            placement.write({"worker_id": self.resident("Lain").id})
        with self.assertRaises(UserError):
            placement.action_return()
        with self.assertRaises(UserError):
            placement.with_user(self.manager).unlink()
        self.assertEqual(placement.employer, "Mrs Chen")
        self.assertEqual(placement.worker_id, self.worker)
        self.assertEqual(placement.state, "returned")
        placement.note = "<p>Came back with savings.</p>"
        self.assertEqual(placement.note, "<p>Came back with savings.</p>")

    def test_only_a_planned_placement_is_deleted(self):
        abroad = self.placement(self.worker, state="abroad")
        with self.assertRaises(UserError):
            abroad.with_user(self.manager).unlink()
        self.assertTrue(abroad.exists())
        planned = self.placement(self.resident("Urip"))
        planned.with_user(self.manager).unlink()
        self.assertFalse(planned.exists())

    def test_a_cancelled_placement_reopens_through_its_button(self):
        placement = self.placement(self.worker, state="cancelled")
        with self.assertRaises(UserError):
            placement.with_user(self.officer).write({"employer": "X"})
        placement.with_user(self.officer).action_reset_to_planned()
        self.assertEqual(placement.state, "planned")
        placement.with_user(self.officer).write({"employer": "X"})
        self.assertEqual(placement.employer, "X")


@tagged("post_install", "-at_install")
class TestAk1Integrity(DesmigratifCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.applicant = cls.resident("Mardiyah")

    def application(self, **values):
        return (
            self.env["desmigratif.ak1.application"]
            .with_user(self.officer)
            .create(
                {
                    "applicant_id": self.applicant.id,
                    "company_id": self.village.id,
                    **values,
                }
            )
        )

    def printed(self):
        application = self.application(**COMPLETE_DOCUMENTS)
        application.action_confirm_documents()
        application.action_print_card()
        return application

    def test_no_done_card_with_a_fake_number_and_no_documents(self):
        application = self.application()
        forged = [
            {"state": "done", "card_number": "AK1/FAKE/0001"},
            {"state": "done"},
            {"card_number": "AK1/FAKE/0001"},
            {"date_printed": date(2024, 1, 1)},
            {"date_stamped": date(2024, 1, 2)},
        ]
        for values in forged:
            with self.subTest(values=values), self.assertRaises(UserError):
                application.write(values)
            with self.subTest(values=values, sudo=True), self.assertRaises(UserError):
                application.sudo().write(values)
        self.assertEqual(application.state, "draft")
        self.assertFalse(application.card_number)
        self.assertFalse(application.date_printed)

    def test_no_application_created_done(self):
        Application = self.env["desmigratif.ak1.application"].with_user(self.officer)
        with self.assertRaises(UserError):
            Application.create(
                {
                    "applicant_id": self.applicant.id,
                    "company_id": self.village.id,
                    "state": "done",
                    "card_number": "AK1/FAKE/0002",
                }
            )
        with self.assertRaises(UserError):
            Application.create(
                {
                    "applicant_id": self.applicant.id,
                    "company_id": self.village.id,
                    "card_number": "AK1/FAKE/0003",
                }
            )
        self.assertEqual(
            Application.search_count([("applicant_id", "=", self.applicant.id)]), 0
        )

    def test_confirmed_documents_stay_attached(self):
        application = self.application(**COMPLETE_DOCUMENTS)
        application.action_confirm_documents()
        for values in (
            {"doc_ktp": False},
            {"doc_kk_checked": False},
            {"applicant_id": self.resident("Lain").id},
            {"applicant_nik": "3307105705900099"},
        ):
            with self.subTest(values=values), self.assertRaises(UserError):
                application.write(values)
        self.assertEqual(application.doc_ktp, DOCUMENT)
        self.assertTrue(application.doc_kk_checked)
        self.assertEqual(application.applicant_id, self.applicant)
        self.assertTrue(application.documents_complete)

    @freeze_time("2025-03-10")
    def test_steps_set_the_card_data(self):
        application = self.printed()
        card_number = application.card_number
        self.assertTrue(card_number)
        self.assertEqual(application.date_printed, date(2025, 3, 10))
        application.action_print_card()
        self.assertEqual(application.card_number, card_number, "a reprint keeps it")
        with freeze_time("2025-03-14"):
            application.action_stamp()
        self.assertEqual(application.date_stamped, date(2025, 3, 14))
        with self.assertRaises(UserError):
            application.action_stamp()
        application.action_done()
        with self.assertRaises(UserError):
            application.action_done()
        self.assertEqual(application.state, "done")

    def test_a_printed_card_is_locked(self):
        application = self.printed()
        card_number = application.card_number
        for values in (
            {"job_preference": "Something else"},
            {"doc_ktp": False},
            {"state": "complete"},
        ):
            with self.subTest(values=values), self.assertRaises(UserError):
                application.write(values)
        with self.assertRaises(UserError):
            application.with_user(self.manager).unlink()
        self.assertEqual(application.state, "printed")
        self.assertEqual(application.card_number, card_number)
        self.assertEqual(application.doc_ktp, DOCUMENT)
        application.message_post(body="The applicant collected the card.")

    def test_a_rejection_keeps_its_reason(self):
        application = self.application(reject_reason="The diploma is not legible")
        application.action_reject()
        with self.assertRaises(UserError):
            application.write({"reject_reason": "Something nicer"})
        with self.assertRaises(UserError):
            application.action_reject()
        self.assertEqual(application.reject_reason, "The diploma is not legible")
        application.action_reset_to_draft()
        self.assertEqual(application.state, "draft")
        self.assertFalse(application.reject_reason)


@tagged("post_install", "-at_install")
class TestParticipantVacancyIntegrity(DesmigratifCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.worker = cls.resident("Bawon")
        cls.placement(cls.worker, state="returned")

    def draft_enrolment(self):
        return (
            self.env["desmigratif.participant"]
            .with_user(self.officer)
            .create(
                {
                    "partner_id": self.worker.id,
                    "category": "purna",
                    "company_id": self.village.id,
                }
            )
        )

    def test_enrolment_only_through_the_enrol_button(self):
        participant = self.draft_enrolment()
        with self.assertRaises(UserError):
            participant.write({"state": "active"})
        with self.assertRaises(UserError):
            participant.action_end()
        self.assertEqual(participant.state, "draft")
        self.assertFalse(self.worker.is_participant)
        with self.assertRaises(UserError):
            self.env["desmigratif.participant"].with_user(self.officer).create(
                {
                    "partner_id": self.worker.id,
                    "category": "purna",
                    "company_id": self.village.id,
                    "state": "active",
                }
            )
        participant.action_enrol()
        with self.assertRaises(UserError):
            participant.action_enrol()
        self.assertEqual(participant.state, "active")

    def test_enrolment_date_is_checked_again(self):
        participant = self.draft_enrolment()
        participant.action_enrol()
        with self.assertRaisesText(ValidationError, "productive age"):
            participant.write({"date_start": date(1995, 1, 1)})
        self.assertEqual(participant.state, "active")

    def test_an_ended_enrolment_is_history(self):
        participant = self.draft_enrolment()
        participant.action_enrol()
        participant.action_end()
        with self.assertRaises(UserError):
            participant.write({"category": "family"})
        with self.assertRaises(UserError):
            participant.with_user(self.manager).unlink()
        with self.assertRaises(AccessError):
            participant.action_reset_to_draft()
        self.assertEqual(participant.state, "ended")
        self.assertEqual(participant.category, "purna")
        participant.end_reason = "Moved to Jakarta"
        self.assertEqual(participant.end_reason, "Moved to Jakarta")
        participant.with_user(self.manager).action_reset_to_draft()
        self.assertEqual(participant.state, "draft")
        self.assertFalse(participant.end_reason)

    def test_an_active_enrolment_is_not_deleted(self):
        participant = self.draft_enrolment()
        participant.action_enrol()
        with self.assertRaises(UserError):
            participant.with_user(self.manager).unlink()
        self.assertTrue(participant.exists())
        self.assertTrue(self.worker.is_participant)

    def test_vacancy_state_moves_only_by_actions(self):
        vacancy = (
            self.env["desmigratif.vacancy"]
            .with_user(self.officer)
            .create(
                {
                    "name": "Caregiver",
                    "country_id": self.env.ref("base.tw").id,
                    "agency_id": self.agency.id,
                    "company_id": self.village.id,
                }
            )
        )
        with self.assertRaises(UserError):
            vacancy.write({"state": "published"})
        with self.assertRaises(UserError):
            vacancy.action_expire()
        with self.assertRaises(UserError):
            vacancy.action_reset_to_draft()
        self.assertEqual(vacancy.state, "draft")
        vacancy.action_publish()
        with self.assertRaises(UserError):
            vacancy.action_publish()
        self.assertEqual(vacancy.state, "published")


@tagged("post_install", "-at_install")
class TestComplaintIntegrity(DesmigratifCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.worker = cls.resident("Sundiyah")
        cls.husband = cls.resident("Sugeng", gender="male")
        cls.household(cls.husband, cls.worker)
        cls.placement(cls.worker, state="abroad")
        cls.enrolment(cls.husband, "family")

    def values(self, **values):
        return {
            "complainant_id": self.husband.id,
            "worker_id": self.worker.id,
            "category": "lost_contact",
            "company_id": self.village.id,
            "statement": "No news for six months.",
            **values,
        }

    def test_not_created_submitted_or_backdated(self):
        Complaint = self.env["desmigratif.complaint"].with_user(self.officer)
        for values in (
            {"submitted": True},
            {"date_complaint": datetime(2001, 5, 1, 9, 0)},
            {"submitted": True, "date_complaint": datetime(2001, 5, 1, 9, 0)},
        ):
            with self.subTest(values=values), self.assertRaises(UserError):
                Complaint.create(self.values(**values))
        self.assertEqual(
            Complaint.search_count([("complainant_id", "=", self.husband.id)]), 0
        )

    @freeze_time("2025-06-02 03:04:05")
    def test_submission_freezes_the_statement(self):
        complaint = (
            self.env["desmigratif.complaint"]
            .with_user(self.officer)
            .create(self.values())
        )
        complaint.action_submit()
        self.assertTrue(complaint.submitted)
        self.assertEqual(complaint.date_complaint, datetime(2025, 6, 2, 3, 4, 5))
        attempts = [
            {"submitted": False},
            {"date_complaint": datetime(2001, 5, 1, 9, 0)},
            {"statement": "Something else"},
            {"complainant_id": self.worker.id},
            {"worker_id": self.husband.id},
        ]
        for values in attempts:
            with self.subTest(values=values), self.assertRaises(UserError):
                complaint.write(values)
            with self.subTest(values=values, sudo=True), self.assertRaises(UserError):
                complaint.sudo().write(values)
        with self.assertRaises(UserError):
            complaint.action_submit()
        with self.assertRaises(UserError):
            complaint.with_user(self.manager).unlink()
        self.assertTrue(complaint.submitted)
        self.assertEqual(complaint.statement, "No news for six months.")
        self.assertEqual(complaint.worker_id, self.worker)
        self.assertEqual(complaint.date_complaint, datetime(2025, 6, 2, 3, 4, 5))
        complaint.write(
            {
                "stage_id": self.env.ref("desmigratif_base.complaint_stage_closed").id,
                "priority": "1",
                "forwarded_to": "bp2mi",
            }
        )
        self.assertTrue(complaint.is_closed)


@tagged("post_install", "-at_install")
class TestComputedStatus(DesmigratifCase):
    def test_nobody_writes_the_computed_status(self):
        worker = self.resident("Ponisem")
        self.placement(worker, state="abroad")
        clerk = new_test_user(
            self.env,
            login="desmigratif_clerk",
            groups="desmigratif_base.group_desmigratif_user,base.group_partner_manager",
            company_id=self.village.id,
            company_ids=[self.village.id],
        )
        for values in (
            {"migrant_status": "none"},
            {"is_participant": True},
        ):
            for env_user in (clerk, self.officer):
                with (
                    self.subTest(values=values, user=env_user.login),
                    self.assertRaises(UserError),
                ):
                    worker.with_user(env_user).write(values)
            with self.subTest(values=values, sudo=True), self.assertRaises(UserError):
                worker.sudo().write(values)
        with self.assertRaises(UserError):
            self.env["res.partner"].with_user(clerk).create(
                {"name": "Palsu", "migrant_status": "purna"}
            )
        self.assertEqual(worker.migrant_status, "abroad")
        self.assertFalse(worker.is_participant)
        worker.with_user(clerk).write({"mobile": "081234567890"})
        self.assertEqual(worker.mobile, "081234567890")
