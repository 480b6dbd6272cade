"""Checks of Indonesian identity numbers, as pure functions tests can call.

Python's ``str.isdigit`` and the regular expression ``\\d`` accept any Unicode
digit (Arabic-Indic, full-width...): a NIK typed with them would look the same
on screen yet differ in the database and dodge the uniqueness rule. Only the
ASCII digits 0-9 are accepted.
"""

import re
from datetime import date

from odoo.exceptions import ValidationError

PROVINCE_CODES = {
    "11", "12", "13", "14", "15", "16", "17", "18", "19", "21", "31", "32", "33",
    "34", "35", "36", "51", "52", "53", "61", "62", "63", "64", "65", "71", "72",
    "73", "74", "75", "76", "81", "82", "91", "92", "93", "94", "95", "96",
}  # fmt: skip


def check_number(env, label, number):
    """Refuse anything but 16 ASCII digits, not all zero, for a NIK or a KK."""
    number = number or ""
    if any(char.isdigit() and not char.isascii() for char in number):
        raise ValidationError(
            env._(
                "%(label)s: write the number with the digits 0 to 9 only; %(number)s "
                "contains other digits (such as Arabic-Indic or full-width digits).",
                label=label,
                number=number,
            )
        )
    if not re.fullmatch(r"[0-9]{16}", number):
        raise ValidationError(
            env._(
                "%(label)s: the number has exactly 16 digits (got %(number)s).",
                label=label,
                number=number,
            )
        )
    if not number.strip("0"):
        raise ValidationError(
            env._("%s: a number made only of zeros is not valid.", label)
        )


def parse_nik(env, nik):
    """Check a NIK's form and return (region code, day, month, 2-digit year, female).

    A NIK (Nomor Induk Kependudukan) is 16 digits: a 6-digit region code
    (province, regency, district), the birth date as DDMMYY with 40 added to the
    day for women, and a 4-digit serial number.
    """
    check_number(env, "NIK", nik)
    region = nik[:6]
    if region[:2] not in PROVINCE_CODES or region[2:4] == "00" or region[4:6] == "00":
        raise ValidationError(
            env._(
                "NIK: the first 6 digits (%s) are not a valid region code "
                "(province, regency, district).",
                region,
            )
        )
    day, month, year = int(nik[6:8]), int(nik[8:10]), int(nik[10:12])
    female = day > 40
    if female:
        day -= 40
    try:
        date(2000 + year, month, day)
    except ValueError:
        raise ValidationError(
            env._(
                "NIK: digits 7 to 12 (%s) must be a birth date DDMMYY, with 40 added "
                "to the day for women.",
                nik[6:12],
            )
        ) from None
    if nik[12:] == "0000":
        raise ValidationError(env._("NIK: the last 4 digits cannot be 0000."))
    return region, day, month, year, female


def check_kk_number(env, kk_number):
    """Check the form of a family card (Kartu Keluarga) number: 16 digits."""
    check_number(env, env._("KK Number"), kk_number)
