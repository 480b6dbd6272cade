from datetime import date

from odoo.exceptions import ValidationError
from odoo.tests import new_test_user, tagged

from .common import DesmigratifCase

FORM = "desmigratif_base.desmigratif_resident_view_form"


@tagged("post_install", "-at_install")
class TestWorkerForm(DesmigratifCase):
    """The officer's worker form: its placement summary, counts and rights."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.worker = cls.resident("Wartini", born=date(1990, 5, 15))
        cls.husband = cls.resident("Sutrisno", born=date(1988, 2, 3), gender="male")
        cls.household(cls.husband, cls.worker)
        cls.env["desmigratif.ak1.application"].create(
            {"applicant_id": cls.worker.id, "date_application": date(2023, 11, 1)}
        )
        cls.first = cls.placement(
            cls.worker,
            state="returned",
            date_departure=date(2018, 3, 1),
            date_return=date(2020, 3, 1),
        )
        cls.current = cls.placement(
            cls.worker, state="abroad", date_departure=date(2024, 1, 5), route="broker"
        )
        cls.enrolment(cls.husband, "family")
        cls.env["desmigratif.complaint"].create(
            {
                "complainant_id": cls.husband.id,
                "worker_id": cls.worker.id,
                "category": "unpaid_wages",
                "company_id": cls.village.id,
            }
        )

    def test_lost_contact_needs_last_contact_date(self):
        with self.assertRaises(ValidationError) as catcher:
            self.current.lost_contact = True
        self.assertIn(self.current.name, str(catcher.exception))
        self.current.write(
            {"lost_contact": True, "date_last_contact": date(2024, 3, 1)}
        )
        self.assertTrue(self.worker.placement_lost_contact)
        self.assertEqual(self.worker.placement_date_last_contact, date(2024, 3, 1))
        with self.assertRaises(ValidationError):
            self.current.date_last_contact = False
        # The worker is back: the flag goes, the last contact stays on record.
        self.current.action_return()
        self.assertFalse(self.current.lost_contact)
        self.assertEqual(self.current.date_last_contact, date(2024, 3, 1))
        self.assertFalse(self.worker.placement_lost_contact)

    def test_smart_button_counts(self):
        worker = self.worker.with_user(self.officer)
        self.assertEqual(worker.placement_count, 2)
        self.assertEqual(worker.ak1_application_count, 1)
        self.assertEqual(worker.complaint_count, 1)
        husband = self.husband.with_user(self.officer)
        self.assertEqual(husband.placement_count, 0)
        self.assertEqual(husband.ak1_application_count, 0)
        self.assertEqual(husband.complaint_count, 1)
        action = worker.action_view_complaints()
        self.assertEqual(
            self.env["desmigratif.complaint"].search_count(action["domain"]), 1
        )
        self.assertEqual(action["context"], {"default_worker_id": self.worker.id})
        self.assertEqual(
            husband.action_view_complaints()["context"],
            {"default_complainant_id": self.husband.id},
        )

    def test_current_placement(self):
        self.assertEqual(self.worker.current_placement_id, self.current)
        self.assertEqual(self.worker.placement_country_id, self.env.ref("base.my"))
        self.assertEqual(self.worker.placement_route, "broker")
        self.assertFalse(self.husband.current_placement_id)
        self.current.action_return()
        # Back home, the last placement stays the one shown.
        self.assertEqual(self.worker.current_placement_id, self.current)
        planned = self.placement(self.worker, country_id=self.env.ref("base.tw").id)
        self.assertEqual(self.worker.current_placement_id, planned)
        self.assertEqual(self.worker.placement_country_id, self.env.ref("base.tw"))
        self.assertEqual(self.worker.placement_route, "unknown")
        self.assertEqual(
            self.env["res.partner"].search_count(
                [
                    ("placement_country_id", "=", self.env.ref("base.tw").id),
                    ("company_id", "=", self.village.id),
                ]
            ),
            1,
        )

    def test_residents_open_on_the_village_form(self):
        form = self.env.ref(FORM).id
        self.assertEqual(self.worker.with_user(self.user).get_formview_id(), form)
        self.assertNotEqual(self.agency.with_user(self.user).get_formview_id(), form)
        cashier = new_test_user(
            self.env,
            login="village_cashier",
            groups="base.group_user",
            company_id=self.village.id,
            company_ids=[self.village.id],
        )
        self.assertNotEqual(self.worker.with_user(cashier).get_formview_id(), form)

    def test_identity_and_complaints_for_officers_only(self):
        def arch(user):
            views = (
                self.env["res.partner"]
                .with_user(user)
                .get_views([(self.env.ref(FORM).id, "form")])
            )
            return views["views"]["form"]["arch"]

        for user, shown in ((self.user, False), (self.officer, True)):
            with self.subTest(user=user.login):
                text = arch(user)
                self.assertIn('name="action_view_placements"', text)
                self.assertIn('name="current_placement_id"', text)
                self.assertEqual('name="nik"' in text, shown)
                self.assertEqual('name="kk_number"' in text, shown)
                self.assertEqual('name="action_view_complaints"' in text, shown)
                self.assertNotIn('name="vat"', text)
                self.assertNotIn('name="function"', text)
