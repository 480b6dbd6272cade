"""Identity numbers checked for records: the rules are in
``tools/identity.py``; here each broken rule becomes a translated message."""

from odoo.exceptions import ValidationError

from ..tools.identity import (
    IdentityNumberError,
    check_identity_number,
    parse_nik_number,
)


def _message(env, label, error):
    number = error.number
    if error.reason == "other_digits":
        return env._(
            "%(label)s: write the number with the digits 0 to 9 only; %(number)s "
            "contains other digits (such as Arabic-Indic or full-width digits).",
            label=label,
            number=number,
        )
    if error.reason == "length":
        return env._(
            "%(label)s: the number has exactly 16 digits (got %(number)s).",
            label=label,
            number=number,
        )
    if error.reason == "zeros":
        return env._("%s: a number made only of zeros is not valid.", label)
    if error.reason == "region":
        return env._(
            "NIK: the first 6 digits (%s) are not a valid region code "
            "(province, regency, district).",
            number[:6],
        )
    if error.reason == "birth_date":
        return env._(
            "NIK: digits 7 to 12 (%s) must be a birth date DDMMYY, with 40 added "
            "to the day for women.",
            number[6:12],
        )
    return env._("NIK: the last 4 digits cannot be 0000.")


def check_number(env, label, number):
    """Refuse anything but 16 ASCII digits, not all zero, for a NIK or a KK."""
    try:
        check_identity_number(number)
    except IdentityNumberError as error:
        raise ValidationError(_message(env, label, error)) from None


def parse_nik(env, nik):
    """Check a NIK's form and return (region code, day, month, 2-digit year, female)."""
    try:
        return tuple(parse_nik_number(nik))
    except IdentityNumberError as error:
        raise ValidationError(_message(env, "NIK", error)) from None


def check_kk_number(env, kk_number):
    """Check the form of a family card (Kartu Keluarga) number: 16 digits."""
    check_number(env, env._("KK Number"), kk_number)
