from odoo.exceptions import ValidationError
from odoo.tests import new_test_user, tagged

from odoo.addons.desmigratif_base.models.identity_numbers import (
    check_kk_number,
    parse_nik,
)

from .common import DesmigratifCase

NIK = "3307105203000001"  # a woman born on 12 March 2000
ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


@tagged("post_install", "-at_install")
class TestIdentityNumbers(DesmigratifCase):
    def test_parse_nik_reads_region_birth_date_and_gender(self):
        self.assertEqual(parse_nik(self.env, NIK), ("330710", 12, 3, 0, True))
        self.assertEqual(
            parse_nik(self.env, "3307101203000002"), ("330710", 12, 3, 0, False)
        )

    def test_only_ascii_digits(self):
        for label, nik in (
            ("Arabic-Indic", NIK.translate(ARABIC_INDIC)),
            ("full-width", NIK.translate(FULL_WIDTH)),
            ("one full-width digit", NIK[:15] + "１"),
        ):
            with (
                self.subTest(label),
                self.assertRaisesText(ValidationError, "digits 0 to 9 only"),
            ):
                parse_nik(self.env, nik)
            with (
                self.subTest(label, kk=True),
                self.assertRaisesText(ValidationError, "digits 0 to 9 only"),
            ):
                check_kk_number(self.env, "3307100000000042".translate(ARABIC_INDIC))

    def test_zeros_are_no_number(self):
        with self.assertRaisesText(ValidationError, "only of zeros"):
            parse_nik(self.env, "0" * 16)
        with self.assertRaisesText(ValidationError, "only of zeros"):
            check_kk_number(self.env, "0" * 16)
        with self.assertRaisesText(ValidationError, "exactly 16 digits"):
            check_kk_number(self.env, "330710000000004")
        check_kk_number(self.env, "3307100000000042")

    def test_records_refuse_other_digits(self):
        partner = self.resident("Siti")
        nik = partner.nik
        with self.assertRaisesText(ValidationError, "digits 0 to 9 only"):
            partner.nik = nik.translate(FULL_WIDTH)
        self.assertEqual(partner.nik, nik)
        Household = self.env["desmigratif.household"]
        for kk_number in ("3307100000000042".translate(ARABIC_INDIC), "0" * 16):
            with self.subTest(kk_number), self.assertRaises(ValidationError):
                Household.create(
                    {"kk_number": kk_number, "company_id": self.village.id}
                )
        self.assertFalse(
            Household.search([("company_id", "=", self.village.id)]).filtered(
                "kk_number"
            )
        )

    def test_nik_of_another_village_is_refused_without_naming(self):
        self.env["res.partner"].create(
            {
                "name": "Warga Desa Lain",
                "is_resident": True,
                "company_id": self.other_village.id,
                "nik": NIK,
            }
        )
        registrar = new_test_user(
            self.env,
            login="desmigratif_registrar",
            groups="desmigratif_base.group_desmigratif_officer,"
            "base.group_partner_manager",
            company_id=self.village.id,
            company_ids=[self.village.id],
        )
        with self.assertRaises(ValidationError) as catcher:
            self.env["res.partner"].with_user(registrar).create(
                {
                    "name": "Pendatang",
                    "is_resident": True,
                    "company_id": self.village.id,
                    "nik": NIK,
                }
            )
        message = str(catcher.exception)
        self.assertIn("another village", message)
        self.assertNotIn("Warga Desa Lain", message)
        moved = self.resident("Pendatang")
        with self.assertRaises(ValidationError):
            moved.with_user(registrar).write({"nik": NIK})
        self.assertNotEqual(moved.nik, NIK)
        self.assertEqual(self.env["res.partner"].search_count([("nik", "=", NIK)]), 1)

    def test_one_nik_for_two_people_at_once(self):
        first, second = self.resident("Kembar"), self.resident("Kembar juga")
        with self.assertRaisesText(ValidationError, "same NIK"):
            (first | second).write({"nik": NIK})
        self.assertNotEqual(first.nik, second.nik)
