from datetime import date

from odoo.exceptions import UserError, ValidationError
from odoo.tests import tagged

from .common import DesmigratifCase


@tagged("post_install", "-at_install")
class TestPlacement(DesmigratifCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.worker = cls.resident("Ponisem")

    def test_states(self):
        placement = self.placement(self.worker, date_departure=date(2024, 1, 5))
        self.assertEqual(placement.state, "planned")
        self.assertTrue(placement.name.startswith("PMI/"))
        with self.assertRaises(UserError):
            placement.action_arrive()
        placement.action_depart()
        self.assertEqual(placement.date_departure, date(2024, 1, 5))
        placement.action_arrive()
        placement.write({"lost_contact": True, "date_last_contact": date(2024, 3, 1)})
        placement.action_return()
        self.assertEqual(placement.state, "returned")
        self.assertFalse(placement.lost_contact)
        self.assertTrue(placement.date_return)
        with self.assertRaises(UserError):
            placement.action_cancel()

    def test_numbered_by_departure_year(self):
        older = self.placement(self.worker, date_departure=date(2014, 3, 2))
        self.assertRegex(older.name, r"^PMI/2014/\d{4}$")
        ak1 = self.env["desmigratif.ak1.application"].create(
            {"applicant_id": self.worker.id, "date_application": date(2019, 8, 1)}
        )
        self.assertRegex(ak1.name, r"^AK1/2019/\d{4}$")

    def test_dates_in_order(self):
        cases = [
            {"contract_start": date(2024, 5, 1), "contract_end": date(2024, 4, 1)},
            {"date_departure": date(2024, 5, 1), "date_return": date(2024, 4, 1)},
            {"date_departure": date(2024, 5, 1), "date_last_contact": date(2024, 4, 1)},
        ]
        for values in cases:
            with self.subTest(values=values), self.assertRaises(ValidationError):
                self.placement(self.worker, **values)

    def test_one_open_placement_per_worker(self):
        first = self.placement(self.worker)
        with self.assertRaisesText(ValidationError, "already has an open placement"):
            self.placement(self.worker)
        first.action_cancel()
        second = self.placement(self.worker)
        with self.assertRaisesText(ValidationError, "already has an open placement"):
            first.action_reset_to_planned()
        self.assertEqual(second.state, "planned")

    def test_passport_expiring_before_contract_end_is_flagged(self):
        placement = self.placement(
            self.worker,
            contract_start=date(2025, 1, 1),
            contract_end=date(2027, 1, 1),
            passport_expiry=date(2026, 6, 30),
        )
        self.assertTrue(placement.passport_expires_early)
        placement.passport_expiry = date(2027, 6, 30)
        self.assertFalse(placement.passport_expires_early)

    def test_procedural_route_needs_a_licensed_agency(self):
        unlicensed = self.agency.copy({"agency_licensed": False, "name": "Calo"})
        with self.assertRaisesText(ValidationError, "licensed agency"):
            self.placement(self.worker, route="procedural", agency_id=unlicensed.id)
        placement = self.placement(
            self.worker, route="procedural", agency_id=self.agency.id
        )
        self.assertTrue(placement.is_procedural)
        placement.route = "broker"
        self.assertFalse(placement.is_procedural)
