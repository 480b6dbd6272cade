"""NIK and KK numbers (tools/identity.py), without a database.

Run fast (no database) with
``python3 -m pytest addons/desmigratif_base/tests/test_identity_rules.py``.
"""

from odoo.tests import BaseCase

from ..tools.identity import (
    IdentityNumberError,
    check_identity_number,
    nik_is_from_regency,
    parse_nik_number,
    regency_code_in_province,
)


class TestIdentityRules(BaseCase):
    def assertReason(self, reason, function, number):
        with self.assertRaises(IdentityNumberError) as caught:
            function(number)
        self.assertEqual(caught.exception.reason, reason)
        self.assertEqual(caught.exception.number, number or "")

    def test_woman_born_12_march_2000(self):
        """Day 52 is 12 + 40: a woman."""
        self.assertEqual(
            parse_nik_number("3307105203000001"), ("330710", 12, 3, 0, True)
        )

    def test_man(self):
        self.assertEqual(
            parse_nik_number("3307101203000002"), ("330710", 12, 3, 0, False)
        )

    def test_day_limits(self):
        """Day 40 would be a man's day 40: no such date. 41 is a woman's 1st,
        71 a woman's 31st; 31 a man's 31st."""
        self.assertReason("birth_date", parse_nik_number, "3307104001990001")
        self.assertEqual(
            parse_nik_number("3307104101990001"), ("330710", 1, 1, 99, True)
        )
        self.assertEqual(
            parse_nik_number("3307107101990001"), ("330710", 31, 1, 99, True)
        )
        self.assertEqual(
            parse_nik_number("3307103101990001"), ("330710", 31, 1, 99, False)
        )
        self.assertReason("birth_date", parse_nik_number, "3307103102990001")
        self.assertReason("birth_date", parse_nik_number, "3307100113990001")

    def test_29_february(self):
        """2000 was a leap year, 2001 was not (years read as 20YY)."""
        self.assertEqual(
            parse_nik_number("3307102902000001"), ("330710", 29, 2, 0, False)
        )
        self.assertReason("birth_date", parse_nik_number, "3307102902010001")

    def test_region(self):
        self.assertReason("region", parse_nik_number, "9907101203000002")
        self.assertReason("region", parse_nik_number, "3300101203000002")
        self.assertReason("region", parse_nik_number, "3307001203000002")
        self.assertEqual(parse_nik_number("1101011203000002").region, "110101")
        self.assertEqual(parse_nik_number("9601011203000002").region, "960101")

    def test_every_province(self):
        """The 38 provinces of Indonesia, Aceh (11) to Papua Barat Daya (96),
        as the Ministry of Home Affairs numbers them; codes between are none."""
        provinces = (
            "11 12 13 14 15 16 17 18 19 21 31 32 33 34 35 36 51 52 53 61 62 63 "
            "64 65 71 72 73 74 75 76 81 82 91 92 93 94 95 96"
        ).split()
        self.assertEqual(len(provinces), 38)
        for province in provinces:
            with self.subTest(province):
                nik = parse_nik_number(f"{province}01011203000002")
                self.assertEqual(nik.region, f"{province}0101")
        for code in ("00", "10", "20", "22", "30", "37", "41", "54", "83", "97"):
            with self.subTest(code):
                self.assertReason("region", parse_nik_number, f"{code}01011203000002")

    def test_named_fields(self):
        nik = parse_nik_number("3307105203000001")
        self.assertEqual(
            repr(nik), "Nik(region='330710', day=12, month=3, year=0, female=True)"
        )

    def test_serial(self):
        self.assertReason("serial", parse_nik_number, "3307101203000000")
        self.assertEqual(parse_nik_number("3307101203009999").year, 0)

    def test_sixteen_ascii_digits(self):
        self.assertEqual(check_identity_number("3307100000000042"), "3307100000000042")
        self.assertReason("length", check_identity_number, "330710000000004")
        self.assertReason("length", check_identity_number, "33071000000000420")
        self.assertReason("length", check_identity_number, "330710000000004a")
        self.assertReason("length", check_identity_number, "")
        self.assertReason("length", check_identity_number, None)
        self.assertReason("other_digits", check_identity_number, "330710000000004٢")
        self.assertReason("other_digits", parse_nik_number, "３307101203000002")

    def test_zeros(self):
        self.assertReason("zeros", check_identity_number, "0" * 16)
        self.assertEqual(check_identity_number("0" * 15 + "1"), "0" * 15 + "1")

    def test_message(self):
        self.assertEqual(
            str(IdentityNumberError("zeros", "0" * 16)), "zeros: 0000000000000000"
        )

    def test_nik_is_from_regency(self):
        """3307 is Wonosobo (Central Java 33, regency 07); 3304 Banjarnegara."""
        self.assertTrue(nik_is_from_regency("3307105203000001", "3307"))
        self.assertFalse(nik_is_from_regency("3304105203000001", "3307"))
        self.assertFalse(nik_is_from_regency("3307105203000001", "330"))
        self.assertFalse(nik_is_from_regency("3307105203000001", "33071"))
        self.assertFalse(nik_is_from_regency("3307105203000001", "33O7"))
        self.assertFalse(nik_is_from_regency("3307105203000001", ""))
        self.assertFalse(nik_is_from_regency("3307105203000001", None))
        self.assertFalse(nik_is_from_regency("3307", "3307"))
        self.assertFalse(nik_is_from_regency("３307105203000001", "3307"))
        self.assertFalse(nik_is_from_regency(False, "3307"))
        self.assertFalse(nik_is_from_regency(None, None))

    def test_every_province_takes_its_regencies(self):
        """A regency of every province (Kemendagri codes) is accepted in its
        own province and refused in Jawa Tengah (33), and the other way round."""
        regencies = {
            "AC": "1101", "SU": "1201", "SB": "1301", "RI": "1401", "JA": "1501",
            "SS": "1601", "BE": "1701", "LA": "1801", "BB": "1901", "KR": "2101",
            "JK": "3171", "JB": "3201", "JT": "3307", "YO": "3471", "JI": "3501",
            "BT": "3601", "BA": "5101", "NB": "5201", "NT": "5301", "KB": "6101",
            "KT": "6201", "KS": "6301", "KI": "6401", "KU": "6501", "SA": "7101",
            "ST": "7201", "SN": "7301", "SG": "7401", "GO": "7501", "SR": "7601",
            "MA": "8101", "MU": "8201", "PA": "9101", "PB": "9201", "PS": "9301",
            "PT": "9401", "PP": "9501",
        }  # fmt: skip
        for province, regency in regencies.items():
            with self.subTest(province=province):
                self.assertTrue(regency_code_in_province(regency, province))
                # and every province refuses Wonosobo's, except Jawa Tengah
                self.assertEqual(
                    regency_code_in_province("3307", province), province == "JT"
                )
                self.assertEqual(
                    regency_code_in_province(regency, "JT"), province == "JT"
                )
        # Papua's three new provinces keep Papua's 91 on older cards
        for province in ("PS", "PT", "PP"):
            with self.subTest(province=province):
                self.assertTrue(regency_code_in_province("9101", province))

    def test_province_table(self):
        for code, province, fits in (
            ("3307", "JT", True),
            ("3507", "JT", False),
            ("3471", "YO", True),
            ("6501", "KU", True),
            ("6401", "KU", True),
            ("6401", "KI", True),
            ("6501", "KI", False),
            ("9101", "PS", True),
            ("9301", "PS", True),
            ("1101", "ZZ", True),
        ):
            with self.subTest(code=code, province=province):
                self.assertEqual(regency_code_in_province(code, province), fits)
