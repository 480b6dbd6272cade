from datetime import date

from odoo.exceptions import ValidationError
from odoo.tests import tagged

from .common import DesmigratifCase, make_nik


@tagged("post_install", "-at_install")
class TestResident(DesmigratifCase):
    def test_nik_accepts_a_valid_number(self):
        born = date(2000, 3, 12)
        woman = self.resident("Rina", born=born, gender="female")
        self.assertEqual(woman.nik[6:12], "520300", "40 is added to a woman's day")
        man = self.resident("Joko", born=born, gender="male")
        self.assertEqual(man.nik[6:12], "120300")

    def test_nik_rejects_bad_numbers(self):
        partner = self.resident("Siti")
        bad = {
            "33071052030000": "exactly 16 digits",
            "33071052030000AB": "exactly 16 digits",
            "9907105203000001": "region code",
            "3300105203000001": "region code",
            "3307105213000001": "birth date DDMMYY",
            "3307107203000001": "birth date DDMMYY",
            "3307105203000000": "0000",
        }
        for nik, rule in bad.items():
            with self.subTest(nik=nik), self.assertRaisesText(ValidationError, rule):
                partner.write({"nik": nik, "birthdate": False, "gender": False})

    def test_nik_must_agree_with_birthdate_and_gender(self):
        born = date(1988, 7, 1)
        partner = self.resident("Tuyem", born=born, gender="female")
        with self.assertRaisesText(ValidationError, "birth date in the NIK"):
            partner.birthdate = date(1988, 7, 2)
        with self.assertRaisesText(ValidationError, "is a woman's"):
            partner.gender = "male"
        with self.assertRaisesText(ValidationError, "is a man's"):
            partner.nik = make_nik(born, "male", 99)

    def test_nik_unique_across_villages(self):
        first = self.resident("Asih")
        Partner = self.env["res.partner"]
        with self.assertRaisesText(ValidationError, "already the NIK of Asih"):
            Partner.create(
                {
                    "name": "Asih kembar",
                    "is_resident": True,
                    "company_id": self.village.id,
                    "nik": first.nik,
                }
            )
        with self.assertRaisesText(ValidationError, "already the NIK of Asih"):
            Partner.create(
                {
                    "name": "Asih di desa lain",
                    "is_resident": True,
                    "company_id": self.other_village.id,
                    "nik": first.nik,
                }
            )
        self.assertEqual(Partner.search_count([("nik", "=", first.nik)]), 1)

    def test_resident_gets_the_current_village(self):
        partner = self.env["res.partner"].create({"name": "Urip", "is_resident": True})
        self.assertEqual(partner.company_id, self.village)

    def test_address_follows_rt(self):
        partner = self.resident("Kinem")
        self.assertEqual(partner.rw_id, self.rt.rw_id)
        self.assertEqual(partner.dusun_id.name, "Krajan")

    def test_kk_number_has_16_digits(self):
        with self.assertRaisesText(ValidationError, "KK Number"):
            self.env["desmigratif.household"].create(
                {"kk_number": "12345", "company_id": self.village.id}
            )

    def test_migrant_status_follows_placements_and_household(self):
        worker = self.resident("Sarni")
        husband = self.resident("Slamet", gender="male")
        self.household(husband, worker)
        self.assertEqual(worker.migrant_status, "none")
        placement = self.placement(worker)
        self.assertEqual(worker.migrant_status, "ctki")
        self.assertEqual(husband.migrant_status, "family")
        placement.action_depart()
        self.assertEqual(worker.migrant_status, "abroad")
        placement.action_return()
        self.assertEqual(worker.migrant_status, "purna")
        self.assertEqual(husband.migrant_status, "family")
        husband.household_id = False
        self.assertEqual(husband.migrant_status, "none")

    def test_whatsapp_link_uses_the_international_number(self):
        partner = self.resident("Nisih", mobile="0812-3456-789")
        self.assertEqual(partner.whatsapp_url, "https://wa.me/628123456789")
