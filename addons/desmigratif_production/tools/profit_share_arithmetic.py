"""How a group's profit is split among its members, without Odoo."""

from odoo.addons.desmigratif_base.tools.money import split_amount


def member_weights(attended, weighting):
    """Each member's weight: 1 each when ``weighting`` is "equal", else the
    runs attended. ``attended`` lists (member, runs attended) pairs."""
    return [1 if weighting == "equal" else count for _member, count in attended]


def split_profit(profit, weights, unit):
    """Shares of ``profit`` in whole ``unit`` (rupiah), largest remainder
    first (ties: the larger weight, then the earlier member). They add up to
    the profit rounded down to the unit: sen are not shared."""
    return split_amount(profit, weights, unit)
