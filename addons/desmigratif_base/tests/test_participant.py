from datetime import date

from dateutil.relativedelta import relativedelta

from odoo import fields
from odoo.exceptions import UserError, ValidationError
from odoo.tests import tagged

from .common import DesmigratifCase


@tagged("post_install", "-at_install")
class TestParticipant(DesmigratifCase):
    def returned_worker(self, name, **values):
        worker = self.resident(name, **values)
        self.placement(worker, state="returned")
        return worker

    def enrol(self, partner, category="purna", **values):
        participant = self.env["desmigratif.participant"].create(
            {
                "partner_id": partner.id,
                "category": category,
                "company_id": self.village.id,
                **values,
            }
        )
        participant.action_enrol()
        return participant

    def test_enrol_a_returned_worker(self):
        worker = self.returned_worker("Bawon")
        participant = self.enrol(worker)
        self.assertEqual(participant.state, "active")
        self.assertTrue(worker.is_participant)
        participant.action_end()
        self.assertEqual(participant.state, "ended")
        self.assertEqual(participant.date_end, fields.Date.context_today(participant))
        self.assertFalse(worker.is_participant)
        with self.assertRaises(UserError):
            participant.action_end()

    def test_category_must_match_the_records(self):
        worker = self.returned_worker("Turyati")
        spouse = self.resident("Paimin", gender="male")
        stranger = self.resident("Tunem")
        self.household(spouse, worker)
        with self.assertRaisesText(ValidationError, "Category"):
            self.enrol(worker, category="ctki")
        with self.assertRaisesText(ValidationError, "Category"):
            self.enrol(stranger, category="purna_family")
        self.assertEqual(self.enrol(spouse, category="purna_family").state, "active")
        self.assertEqual(self.enrol(worker, category="purna").state, "active")

    def test_productive_age(self):
        today = fields.Date.context_today(self.env["desmigratif.participant"])
        too_young = self.returned_worker("Anak", born=today - relativedelta(years=14))
        too_old = self.returned_worker("Mbah", born=date(1940, 1, 1))
        for partner in (too_young, too_old):
            with self.subTest(partner=partner.name):
                with self.assertRaisesText(ValidationError, "productive age"):
                    self.enrol(partner)
        self.village.desmigratif_max_age = 90
        self.assertEqual(self.enrol(too_old).state, "active")

    def test_only_residents_of_this_village(self):
        outsider = self.env["res.partner"].create(
            {"name": "Tamu", "birthdate": date(1990, 1, 1)}
        )
        self.placement(outsider, state="returned")
        with self.assertRaisesText(ValidationError, "registered resident"):
            self.enrol(outsider)

    def test_quota(self):
        workers = [self.returned_worker(f"Peserta {n}") for n in range(4)]
        for worker in workers[:3]:
            self.enrol(worker)
        with self.assertRaisesText(ValidationError, "at most 3 active participants"):
            self.enrol(workers[3])
        self.village.desmigratif_participant_quota = 4
        self.assertEqual(self.enrol(workers[3]).state, "active")

    def test_one_active_enrolment_per_person(self):
        worker = self.returned_worker("Litik")
        self.enrol(worker)
        with self.assertRaisesText(ValidationError, "already an active participant"):
            self.enrol(worker)


@tagged("post_install", "-at_install")
class TestGroup(DesmigratifCase):
    def test_current_members_follow_join_and_leave_dates(self):
        first, second = self.resident("Kliyem"), self.resident("Wanti")
        group = self.env["desmigratif.group"].create(
            {
                "name": "Kelompok Batik",
                "company_id": self.village.id,
                "member_ids": [
                    (0, 0, {"partner_id": first.id, "date_join": date(2017, 1, 1)}),
                    (
                        0,
                        0,
                        {
                            "partner_id": second.id,
                            "date_join": date(2017, 1, 1),
                            "date_leave": date(2018, 1, 1),
                        },
                    ),
                ],
            }
        )
        self.assertEqual(group.current_member_ids, first)
        on_2017 = group.with_context(date=date(2017, 6, 1))
        self.assertEqual(on_2017.current_member_ids, first | second)
        self.assertEqual(on_2017.member_count, 2)
        with self.assertRaisesText(ValidationError, "before joining"):
            group.member_ids[0].date_leave = date(2016, 1, 1)
