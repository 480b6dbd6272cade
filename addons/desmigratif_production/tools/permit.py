"""The P-IRT home-industry food permit number, read without Odoo.

A P-IRT number is 15 digits; digits 4 to 7 are the regency that issued it and
the last two the year (20YY) it expires, at the end of December."""

import re
from datetime import date

PIRT_SEPARATORS = re.compile(r"[\s.\-/]")
# ASCII digits only: \d would also take Arabic-Indic or full-width digits.
PIRT_DIGITS = re.compile(r"[0-9]{15}")


def parse_pirt_number(value):
    """The P-IRT number without its separators, or None when it is not one.

    A number is text of exactly 15 ASCII digits once spaces, dots, dashes and
    slashes are removed. An integer is refused too: it would lose a leading zero.
    """
    if not isinstance(value, str):
        return None
    number = PIRT_SEPARATORS.sub("", value)
    return number if PIRT_DIGITS.fullmatch(number) else None


def pirt_regency(number):
    """The regency code (digits 4 to 7) of a parsed P-IRT number."""
    return number[3:7]


def pirt_expiry_date(number):
    """31 December of the year in the last two digits, or None without number."""
    return date(2000 + int(number[-2:]), 12, 31) if number else None


def pirt_state(expiry, today, warning):
    """missing, expired, expiring (within ``warning``, a timedelta) or valid."""
    if not expiry:
        return "missing"
    if expiry < today:
        return "expired"
    if expiry <= today + warning:
        return "expiring"
    return "valid"
