from odoo.exceptions import AccessError
from odoo.tests import tagged

from .common import DesmigratifCase


@tagged("post_install", "-at_install")
class TestSecurity(DesmigratifCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.worker = cls.resident("Painem")
        cls.husband = cls.resident("Teguh", gender="male")
        cls.household(cls.husband, cls.worker)
        cls.household_record = cls.worker.household_id
        cls.household_record.kk_number = "3307100000000001"
        cls.placement_record = cls.placement(
            cls.worker, state="abroad", passport_number="C1234567"
        )
        cls.enrolment(cls.husband, "family")
        cls.complaint = cls.env["desmigratif.complaint"].create(
            {
                "complainant_id": cls.husband.id,
                "worker_id": cls.worker.id,
                "category": "unpaid_wages",
                "company_id": cls.village.id,
            }
        )

    def test_user_reads_records_but_not_identity_numbers(self):
        worker = self.worker.with_user(self.user)
        self.assertEqual(worker.name, "Painem")
        self.assertEqual(worker.migrant_status, "abroad")
        placement = self.placement_record.with_user(self.user)
        self.assertEqual(placement.country_id, self.country)
        for record, field in (
            (worker, "nik"),
            (placement, "passport_number"),
            (placement, "id_pmi"),
            (self.household_record.with_user(self.user), "kk_number"),
        ):
            with self.subTest(field=field), self.assertRaises(AccessError):
                record.read([field])

    def test_user_cannot_see_complaints_or_write(self):
        with self.assertRaises(AccessError):
            self.complaint.with_user(self.user).read(["statement"])
        with self.assertRaises(AccessError):
            self.placement_record.with_user(self.user).write({"employer": "X"})
        with self.assertRaises(AccessError):
            self.env["desmigratif.guest.visit"].with_user(self.user).create(
                {"visitor_name": "X", "id_number": "1", "company_id": self.village.id}
            )

    def test_officer_works_the_records(self):
        worker = self.worker.with_user(self.officer)
        self.assertEqual(worker.nik, self.worker.nik)
        self.assertEqual(
            self.placement_record.with_user(self.officer).passport_number, "C1234567"
        )
        complaint = self.complaint.with_user(self.officer)
        complaint.statement = "Gaji belum dibayar"
        complaint.action_submit()
        self.assertTrue(complaint.submitted)
        with self.assertRaises(AccessError):
            self.env["desmigratif.dusun"].with_user(self.officer).create(
                {"name": "Baru", "company_id": self.village.id}
            )
        with self.assertRaises(AccessError):
            complaint.unlink()

    def test_manager_configures_the_village(self):
        dusun = (
            self.env["desmigratif.dusun"]
            .with_user(self.manager)
            .create({"name": "Baru", "company_id": self.village.id})
        )
        self.assertEqual(dusun.company_id, self.village)
        self.complaint.with_user(self.manager).unlink()
        self.assertFalse(self.complaint.exists())

    def test_a_village_cannot_see_another(self):
        elsewhere = self.env["desmigratif.placement"].create(
            {
                "worker_id": self.env["res.partner"]
                .create(
                    {
                        "name": "Warga lain",
                        "is_resident": True,
                        "company_id": self.other_village.id,
                    }
                )
                .id,
                "country_id": self.country.id,
                "company_id": self.other_village.id,
            }
        )
        Placement = self.env["desmigratif.placement"].with_user(self.manager)
        visible = Placement.search([])
        self.assertIn(self.placement_record, visible)
        self.assertNotIn(elsewhere, visible)
        with self.assertRaises(AccessError):
            elsewhere.with_user(self.manager).read(["name"])
        Partner = self.env["res.partner"].with_user(self.manager)
        self.assertNotIn(
            elsewhere.worker_id, Partner.search([("is_resident", "=", True)])
        )


@tagged("post_install", "-at_install")
class TestStatistics(DesmigratifCase):
    def read_statistics(self):
        return (
            self.env["res.partner"]
            .with_user(self.user)
            .read_group(
                [("is_resident", "=", True), ("company_id", "=", self.village.id)],
                ["migrant_status"],
                ["dusun_id", "migrant_status"],
                lazy=False,
            )
        )

    def add_migrants(self, count):
        partners = self.env["res.partner"].create(
            [
                {
                    "name": f"Warga {n}",
                    "is_resident": True,
                    "company_id": self.village.id,
                    "rt_id": self.rt.id,
                }
                for n in range(count)
            ]
        )
        placements = self.env["desmigratif.placement"].create(
            [
                {
                    "worker_id": partner.id,
                    "country_id": self.country.id,
                    "company_id": self.village.id,
                }
                for partner in partners
            ]
        )
        placements.action_depart()
        placements.action_arrive()

    def test_statistics_read_in_constant_queries(self):
        self.add_migrants(10)
        self.read_statistics()
        self.env.invalidate_all()
        with self.assertQueryCount(3):
            small = self.read_statistics()
        self.add_migrants(200)
        self.env.invalidate_all()
        with self.assertQueryCount(3):
            large = self.read_statistics()
        abroad = {row["dusun_id"][1]: row["__count"] for row in large
                  if row["migrant_status"] == "abroad"}  # fmt: skip
        self.assertEqual(abroad, {"Krajan": 210})
        self.assertEqual(len(small), len(large))
