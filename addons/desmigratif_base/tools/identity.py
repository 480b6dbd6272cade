"""Indonesian identity numbers (NIK, KK), read without Odoo.

Python's ``str.isdigit`` and the regular expression ``\\d`` accept any Unicode
digit (Arabic-Indic, full-width...): a NIK typed with them would look the same
on screen yet differ in the database and dodge the uniqueness rule. Only the
ASCII digits 0-9 are accepted.

The functions raise ``IdentityNumberError``, whose ``reason`` names the rule
broken; ``models/identity_numbers.py`` turns it into a translated message.
"""

import re
from collections import namedtuple
from datetime import date

# The first two digits of a NIK, and of a regency code, are the province as the
# Ministry of Home Affairs (Kemendagri) numbers it. Keys are the ISO 3166-2:ID
# codes Odoo gives Indonesia's provinces (res.country.state of base.id). A
# province split off after people got their NIK keeps its parent's digits on
# their cards, so it lists both; Odoo's Papua Barat still covers Papua Barat
# Daya (96).
NIK_PROVINCE_CODES = {
    "AC": ("11",),
    "SU": ("12",),
    "SB": ("13",),
    "RI": ("14",),
    "JA": ("15",),
    "SS": ("16",),
    "BE": ("17",),
    "LA": ("18",),
    "BB": ("19",),
    "KR": ("21",),
    "JK": ("31",),
    "JB": ("32",),
    "JT": ("33",),
    "YO": ("34",),
    "JI": ("35",),
    "BT": ("36",),
    "BA": ("51",),
    "NB": ("52",),
    "NT": ("53",),
    "KB": ("61",),
    "KT": ("62",),
    "KS": ("63",),
    "KI": ("64",),
    "KU": ("65", "64"),
    "SA": ("71",),
    "ST": ("72",),
    "SN": ("73",),
    "SG": ("74",),
    "GO": ("75",),
    "SR": ("76",),
    "MA": ("81",),
    "MU": ("82",),
    "PA": ("91",),
    "PB": ("92", "96"),
    "PS": ("93", "91"),
    "PT": ("94", "91"),
    "PP": ("95", "91"),
}


def regency_code_in_province(regency_code, province_code):
    """Whether a regency code (``3307``) can lie in a province (ISO code ``JT``).

    Only the first two digits are compared, with the table above; a province
    the table does not know is not judged.
    """
    prefixes = NIK_PROVINCE_CODES.get(province_code)
    return not prefixes or (regency_code or "")[:2] in prefixes


# Every province's digits, as the first two digits of a NIK or KK.
PROVINCE_CODES = {code for codes in NIK_PROVINCE_CODES.values() for code in codes}
SIXTEEN_DIGITS = re.compile(r"[0-9]{16}")
# Women's NIK carry their birth day plus 40.
FEMALE_DAY_OFFSET = 40

Nik = namedtuple("Nik", "region day month year female")
# The first 4 digits of a NIK: province and regency (e.g. 3307, Wonosobo).
REGENCY_CODE = re.compile(r"[0-9]{4}")


class IdentityNumberError(ValueError):
    """A number that breaks a rule; ``reason`` is one of: other_digits, length,
    zeros, region, birth_date, serial."""

    def __init__(self, reason, number):
        super().__init__(f"{reason}: {number}")
        self.reason = reason
        self.number = number


def check_identity_number(number):
    """Refuse anything but 16 ASCII digits, not all zero (a NIK or a KK)."""
    number = number or ""
    if any(char.isdigit() and not char.isascii() for char in number):
        raise IdentityNumberError("other_digits", number)
    if not SIXTEEN_DIGITS.fullmatch(number):
        raise IdentityNumberError("length", number)
    if not number.strip("0"):
        raise IdentityNumberError("zeros", number)
    return number


def parse_nik_number(nik):
    """Read a NIK: ``Nik(region, day, month, year, female)``.

    A NIK (Nomor Induk Kependudukan) is 16 digits: a 6-digit region code
    (province, regency, district), the birth date as DDMMYY with 40 added to
    the day for women, and a 4-digit serial number other than 0000."""
    check_identity_number(nik)
    region = nik[:6]
    if region[:2] not in PROVINCE_CODES or region[2:4] == "00" or region[4:6] == "00":
        raise IdentityNumberError("region", nik)
    day, month, year = int(nik[6:8]), int(nik[8:10]), int(nik[10:12])
    female = day > FEMALE_DAY_OFFSET
    if female:
        day -= FEMALE_DAY_OFFSET
    try:
        date(2000 + year, month, day)
    except ValueError:
        raise IdentityNumberError("birth_date", nik) from None
    if nik[12:] == "0000":
        raise IdentityNumberError("serial", nik)
    return Nik(region, day, month, year, female)


def nik_is_from_regency(nik, regency_code):
    """Whether a NIK was issued in the regency with that 4-digit code.

    The first 4 digits of a NIK are its province and regency (``3307`` for
    Wonosobo). AK-1 cards go only to people of the village's regency, and food
    without a P-IRT permit may be sold only inside it: both ask this. Without a
    NIK of 16 digits or a regency code of 4 digits the answer is no."""
    return bool(
        nik
        and regency_code
        and SIXTEEN_DIGITS.fullmatch(nik)
        and REGENCY_CODE.fullmatch(regency_code)
        and nik.startswith(regency_code)
    )
