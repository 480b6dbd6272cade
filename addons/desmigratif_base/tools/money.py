"""Rounding and splitting of money in whole units, without Odoo.

Amounts come in as floats (Odoo's Monetary). Each function turns them into
exact decimals first, dropping the float noise far below a rupiah
(``1060000 * 0.015`` is ``15900.000000000002``), so rounding up never adds a
unit that is not there.
"""

from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, Decimal
from fractions import Fraction

# Float noise is far below this share of a unit.
NOISE = Decimal("1e-6")
# The rupiah has no coins below Rp 1: a payout is a whole number of rupiah.
WHOLE_UNIT_CURRENCIES = {"IDR": 1.0}


def payout_unit(rounding, currency_name="IDR"):
    """Smallest unit a payout is made in: whole rupiah for IDR, even when the
    currency still counts in sen (rounding 0.01, as on an older database);
    the currency's own rounding otherwise."""
    whole = WHOLE_UNIT_CURRENCIES.get(currency_name, 0.0)
    return max(rounding, whole)


def _units(amount, unit):
    """``amount / unit`` as an exact decimal, float noise removed."""
    return (Decimal(repr(float(amount))) / Decimal(repr(float(unit)))).quantize(NOISE)


def _round(amount, unit, method):
    units = _units(amount, unit).to_integral_value(rounding=method)
    return float(units * Decimal(repr(float(unit))))


def round_up(amount, unit):
    """Round up to a multiple of ``unit``: Rp 353,333.33 -> Rp 353,500 (500)."""
    return _round(amount, unit, ROUND_CEILING)


def round_down(amount, unit):
    """Round down to a multiple of ``unit``: Rp 1,000.90 -> Rp 1,000 (1)."""
    return _round(amount, unit, ROUND_FLOOR)


def round_half_up(amount, unit):
    """Round to the nearest multiple of ``unit``, halves up: Rp 15,900.50 ->
    Rp 15,901 (1)."""
    return _round(amount, unit, ROUND_HALF_UP)


def compare(first, second, rounding):
    """-1, 0 or 1 as ``first`` is below, equal to or above ``second``, the
    difference rounded (halves up) to ``rounding`` first, as Odoo compares
    amounts of a currency."""
    difference = _units(first, rounding) - _units(second, rounding)
    difference = difference.to_integral_value(rounding=ROUND_HALF_UP)
    return (difference > 0) - (difference < 0)


def largest_remainder(total_units, weights):
    """Split a whole number of units in proportion to ``weights``.

    Every part is first rounded down; the units left over go one each to the
    parts with the largest cut-off fractions (ties: the larger weight, then the
    earlier part). The parts are whole and add up exactly to ``total_units``.
    Zero or negative weights get nothing; if no weight is positive, every part
    is zero."""
    weights = [Fraction(max(weight, 0)) for weight in weights]
    weight_sum = sum(weights)
    if not weight_sum:
        return [0] * len(weights)
    exact = [total_units * weight / weight_sum for weight in weights]
    parts = [int(value) for value in exact]
    left = total_units - sum(parts)
    order = sorted(
        range(len(weights)),
        key=lambda index: (exact[index] - parts[index], weights[index], -index),
        reverse=True,
    )
    for index in order[:left]:
        parts[index] += 1
    return parts


def split_amount(total, weights, unit):
    """Split ``total`` in proportion to ``weights`` in whole multiples of
    ``unit``, largest remainder first.

    The parts add up to ``total`` rounded down to ``unit``; what is below a
    unit (the sen of an amount on a database that still counts them) is not
    split: the caller says where it goes (see ``split_residue``)."""
    total_units = int(_units(total, unit).to_integral_value(rounding=ROUND_FLOOR))
    step = Decimal(repr(float(unit)))
    return [float(part * step) for part in largest_remainder(total_units, weights)]


def split_residue(total, parts):
    """What ``split_amount`` left unsplit: ``total`` less the parts, exactly."""
    residue = Decimal(repr(float(total))) - sum(
        Decimal(repr(float(part))) for part in parts
    )
    return float(residue.quantize(NOISE))
