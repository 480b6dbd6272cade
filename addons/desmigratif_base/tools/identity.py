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

PROVINCE_CODES = {
    "11", "12", "13", "14", "15", "16", "17", "18", "19", "21", "31", "32", "33",
    "34", "35", "36", "51", "52", "53", "61", "62", "63", "64", "65", "71", "72",
    "73", "74", "75", "76", "81", "82", "91", "92", "93", "94", "95", "96",
}  # fmt: skip
SIXTEEN_DIGITS = re.compile(r"[0-9]{16}")
# Women's NIK carry their birth day plus 40.
FEMALE_DAY_OFFSET = 40

Nik = namedtuple("Nik", "region day month year female")


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
