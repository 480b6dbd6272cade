"""Whole-rupiah rounding and exact splits (tools/money.py), without a database.

Run fast (no database) with
``python3 -m pytest addons/desmigratif_base/tests/test_money_rules.py``.
"""

from odoo.tests import BaseCase

from ..tools.money import (
    compare,
    largest_remainder,
    payout_unit,
    round_down,
    round_half_up,
    round_up,
    split_amount,
    split_residue,
)


class TestRoundingRules(BaseCase):
    def test_payout_unit(self):
        """Rupiah are paid whole, even where the currency still counts sen."""
        self.assertEqual(payout_unit(0.01, "IDR"), 1)
        self.assertEqual(payout_unit(1.0, "IDR"), 1)
        self.assertEqual(payout_unit(100.0, "IDR"), 100)
        self.assertEqual(payout_unit(0.01, "USD"), 0.01)
        self.assertEqual(payout_unit(0.01), 1)

    def test_round_up(self):
        self.assertEqual(round_up(353_333.33, 500), 353_500)
        self.assertEqual(round_up(353_000.01, 500), 353_500)
        self.assertEqual(round_up(353_500, 500), 353_500)
        self.assertEqual(round_up(0.2, 1), 1)

    def test_float_noise_is_not_a_unit(self):
        """1,060,000 x 1.5% is 15,900.000000000002 in floats: still Rp 15,900."""
        self.assertEqual(round_up(1_060_000 * 0.015, 1), 15_900)
        self.assertEqual(round_down(0.1 + 0.2, 0.1), 0.3)

    def test_round_down(self):
        self.assertEqual(round_down(1_000.9, 1), 1_000)
        self.assertEqual(round_down(1_499, 500), 1_000)

    def test_round_half_up(self):
        self.assertEqual(round_half_up(15_900.5, 1), 15_901)
        self.assertEqual(round_half_up(15_900.49, 1), 15_900)
        self.assertEqual(round_half_up(1_250, 500), 1_500)
        self.assertEqual(round_half_up(1_249, 500), 1_000)
        self.assertEqual(round_half_up(0.125, 0.01), 0.13)

    def test_compare(self):
        self.assertEqual(compare(100, 100.004, 0.01), 0)
        self.assertEqual(compare(100, 100.005, 0.01), -1)
        self.assertEqual(compare(100.01, 100, 0.01), 1)
        self.assertEqual(compare(100.4, 100, 1), 0)
        self.assertEqual(compare(100.5, 100, 1), 1)
        self.assertEqual(compare(99.5, 100, 1), -1)


class TestSplitRules(BaseCase):
    def test_equal_thirds(self):
        """Rp 100 among three: 33.33 each; the rupiah left goes to the first."""
        self.assertEqual(largest_remainder(100, [1, 1, 1]), [34, 33, 33])

    def test_largest_fraction_first(self):
        """Rp 10 by 1:2:4 is 1.43, 2.86 and 5.71: the two rupiah left go to
        the .86 and the .71."""
        self.assertEqual(largest_remainder(10, [1, 2, 4]), [1, 3, 6])

    def test_tie_goes_to_larger_weight(self):
        """Rp 5 by 1:3 is 1.25 and 3.75; Rp 7 by 1:1:2 is 1.75, 1.75, 3.5:
        the .75s win. Rp 3 by 3:1:1:1 (fractions .5, .5, .5, .5 over 1.5, 0.5,
        0.5, 0.5): the larger weight, then the earlier member."""
        self.assertEqual(largest_remainder(5, [1, 3]), [1, 4])
        self.assertEqual(largest_remainder(7, [1, 1, 2]), [2, 2, 3])
        self.assertEqual(largest_remainder(3, [3, 1, 1, 1]), [2, 1, 0, 0])
        self.assertEqual(largest_remainder(1, [1, 2, 1, 2]), [0, 1, 0, 0])

    def test_exact_fractions(self):
        """Floats would make 0.3 of a third differ; fractions keep ties ties."""
        self.assertEqual(largest_remainder(2, [0.1, 0.1, 0.1]), [1, 1, 0])

    def test_no_weight(self):
        self.assertEqual(largest_remainder(100, [0, 0]), [0, 0])
        self.assertEqual(largest_remainder(100, []), [])
        self.assertEqual(largest_remainder(100, [-5, 0, 5]), [0, 0, 100])

    def test_split_amount_whole_rupiah(self):
        """Rp 173 among three members: 57.67 each -> 58, 58, 57."""
        self.assertEqual(split_amount(173, [1, 1, 1], 1), [58, 58, 57])

    def test_split_amount_sen_are_not_split(self):
        """Rp 1,000.90 with sen among three: Rp 1,000 is split, 0.90 stays."""
        parts = split_amount(1_000.9, [1, 1, 1], 1)
        self.assertEqual(parts, [334, 333, 333])
        self.assertEqual(split_residue(1_000.9, parts), 0.9)

    def test_split_amount_in_units(self):
        """Rp 10,000 in units of Rp 1,000 by 1:1:1 -> 4,000, 3,000, 3,000."""
        self.assertEqual(split_amount(10_000, [1, 1, 1], 1_000), [4_000, 3_000, 3_000])
        self.assertEqual(split_amount(0.3, [1, 1, 1], 0.1), [0.1, 0.1, 0.1])

    def test_residue(self):
        self.assertEqual(split_residue(100, [50, 50]), 0)
        self.assertEqual(split_residue(100.33, [50, 50]), 0.33)
