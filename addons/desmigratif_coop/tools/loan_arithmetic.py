"""The cooperative's arithmetic, as plain functions a bookkeeper's example can
check: loan schedules, late penalties, how a repayment is allocated, ageing,
the sign of savings balances and the parts of the SHU.

Amounts are floats in, floats out (Odoo's Monetary); inside, exact decimals.
"""

from decimal import Decimal
from math import ceil

from odoo.addons.desmigratif_base.tools.money import (
    compare,
    round_half_up,
    round_up,
    split_amount,
    split_residue,
)

DAYS_PER_MONTH = 30
# The members' own savings products; the fourth, "group", is a kas kelompok.
MEMBER_PRODUCTS = ("pokok", "wajib", "sukarela")
# Upper limit (days late, inclusive) of each ageing bucket; beyond the last one,
# "over_90".
AGEING_LIMITS = ((0, "current"), (30, "1_30"), (60, "31_60"), (90, "61_90"))
# A repayment pays each instalment's penalty first, then its fee, then its
# principal, before the next instalment.
PAYMENT_ORDER = ("penalty", "fee", "principal")
# The SHU part that keeps what is below a rupiah of the surplus: the reserve
# stays in the cooperative, so no member is paid in sen.
SHU_RESIDUE_PART = "reserve"


def _dec(amount):
    return Decimal(repr(float(amount)))


def ageing_bucket(days_late):
    """The ageing bucket of a loan or instalment ``days_late`` days late."""
    for limit, bucket in AGEING_LIMITS:
        if days_late <= limit:
            return bucket
    return "over_90"


def days_late_on(date_due, today):
    """Days an instalment due on ``date_due`` is late on ``today`` (0 if not
    yet due)."""
    return max((today - date_due).days, 0)


def instalment_amount(principal, fee, penalty):
    """What an instalment asks for: its principal, its fee and any penalty."""
    return float(_dec(principal) + _dec(fee) + _dec(penalty))


def instalment_standing(owed, paid, late, rounding):
    """Where an instalment stands: what is left of each part and in all, its
    state and its ageing bucket.

    ``owed`` and ``paid`` map each part (penalty, fee, principal) to an amount;
    ``late`` is its days late. Paid once nothing is left (within ``rounding``),
    late once it fell due unpaid, open before. The keys are those of the
    instalment's fields, so the model and the overdue run write the same."""
    left = {
        component: round_half_up(
            float(_dec(owed.get(component) or 0) - _dec(paid.get(component) or 0)),
            rounding,
        )
        for component in PAYMENT_ORDER
    }
    remaining = round_half_up(sum(left.values()), rounding)
    if compare(remaining, 0.0, rounding) <= 0:
        state = "paid"
    else:
        state = "late" if late > 0 else "open"
    return {
        **{f"remaining_{component}": left[component] for component in PAYMENT_ORDER},
        "remaining": remaining,
        "state": state,
        "ageing": ageing_bucket(late if state == "late" else 0),
    }


def loan_lateness(instalments):
    """Days late and ageing bucket of a loan: those of its oldest unpaid
    instalment. ``instalments`` lists (state, days late) pairs."""
    late = max((days for state, days in instalments if state != "paid"), default=0)
    return late, ageing_bucket(late)


def loan_schedule(principal, months, rate, method, unit, fee_unit):
    """Split a loan into ``months`` monthly (principal, fee) pairs.

    Flat: the fee is ``rate`` % of the original principal every month, and the
    whole instalment (principal + fee) is rounded UP to ``unit``.
    Declining: the fee is ``rate`` % of the principal still owed that month;
    the principal part is rounded UP to ``unit`` (the fee varies).
    Fees are rounded to ``fee_unit`` (whole rupiah), halves up. The last
    instalment takes what is left of the principal, so the parts add up
    exactly to it."""
    if months < 1:
        raise ValueError("a schedule needs at least one month")
    owed = _dec(principal)
    result = []
    if method == "declining":
        base = _dec(round_up(principal / months, unit))
        for index in range(months):
            part = owed if index == months - 1 else min(base, owed)
            fee = round_half_up(float(owed) * rate / 100.0, fee_unit)
            result.append((float(part), fee))
            owed -= part
        return result
    fee = round_half_up(principal * rate / 100.0, fee_unit)
    principal_part = _dec(round_up(principal / months + fee, unit)) - _dec(fee)
    for index in range(months):
        part = owed if index == months - 1 else min(principal_part, owed)
        result.append((float(part), fee))
        owed -= part
    return result


def months_late(days_late):
    """Months of lateness a percent penalty counts: every started month."""
    return ceil(days_late / DAYS_PER_MONTH)


def late_penalty(instalment, days_late, penalty_type, flat_amount, rate, charged, unit):
    """The penalty an instalment carries ``days_late`` days after it fell due.

    Flat: the village's fixed amount, once. Percent: ``rate`` % of the
    instalment (principal + fee) per started month late, rounded to ``unit``
    (whole rupiah), halves up. A penalty already ``charged`` never goes down."""
    if penalty_type == "flat":
        penalty = flat_amount or 0.0
    else:
        penalty = round_half_up(
            float(_dec(instalment) * _dec(rate) * months_late(days_late) / 100),
            unit,
        )
    return max(charged or 0.0, penalty)


def allocate_payment(amount, instalments, rounding):
    """Split a repayment onto the instalments, oldest first.

    ``instalments`` lists, oldest first, what each still owes as a mapping
    ``{"penalty": ..., "fee": ..., "principal": ...}``. Each instalment is paid
    penalty first, then fee, then principal; what is left goes to the next.
    Returns ``(allocation, left)``: ``(index, component, part)`` triples and
    what the instalments could not take (above zero: more than owed)."""
    left = _dec(amount)
    allocation = []
    for index, owed in enumerate(instalments):
        for component in PAYMENT_ORDER:
            if compare(float(left), 0.0, rounding) <= 0:
                break
            due = owed.get(component) or 0.0
            if compare(due, 0.0, rounding) <= 0:
                continue
            part = min(_dec(due), left)
            allocation.append((index, component, float(part)))
            left -= part
    return allocation, float(left)


def balance_sign(product):
    """+1 or -1: how a savings product's balance reads from the ledger.

    Members' savings (pokok, wajib, sukarela) are money the cooperative owes
    them: credit balances, counted positive. A kas kelompok is the group's
    cash: a debit balance."""
    return 1 if product == "group" else -1


def movement_sign(kind):
    """+1 for a deposit, -1 for a withdrawal."""
    if kind == "deposit":
        return 1
    if kind == "withdrawal":
        return -1
    raise ValueError(f"unknown savings movement {kind!r}")


def savings_debit(kind, product, amount):
    """Debit (positive) or credit (negative) of a deposit or withdrawal on the
    savings product's own ledger account: a deposit credits a member's savings
    and debits a kas kelompok."""
    return movement_sign(kind) * balance_sign(product) * amount


def savings_balance(product, ledger_balance):
    """A savings account's balance, from its journal items' debit - credit."""
    return balance_sign(product) * ledger_balance


def shu_parts(surplus, percentages, unit):
    """The SHU split by the village's percentages, ``{part: amount}``.

    ``percentages`` is ordered ``(part, percent)`` pairs. Each part is whole
    multiples of ``unit`` (largest remainder); any sen of the surplus stay with
    the reserve, so the parts add up exactly to the surplus."""
    names = [part for part, _percent in percentages]
    amounts = split_amount(surplus, [percent for _part, percent in percentages], unit)
    parts = dict(zip(names, amounts, strict=True))
    residue = split_residue(surplus, amounts)
    if residue and SHU_RESIDUE_PART in parts:
        parts[SHU_RESIDUE_PART] = float(_dec(parts[SHU_RESIDUE_PART]) + _dec(residue))
    return parts
