"""Profit split and P-IRT numbers (tools/), without a database.

Run fast (no database) with
``python3 -m pytest addons/desmigratif_production/tests/test_profit_share_rules.py``.
"""

from datetime import date, timedelta

from odoo.tests import BaseCase

from ..tools.permit import (
    parse_pirt_number,
    pirt_expiry_date,
    pirt_regency,
    pirt_state,
)
from ..tools.profit_share_arithmetic import member_weights, split_profit

ATTENDED = [("Ani", 2), ("Budi", 2), ("Citra", 1)]


class TestProfitSplitRules(BaseCase):
    def test_weights(self):
        self.assertEqual(member_weights(ATTENDED, "equal"), [1, 1, 1])
        self.assertEqual(member_weights(ATTENDED, "runs"), [2, 2, 1])

    def test_equal_whole_rupiah(self):
        """Rp 173 among three: 57.67 each -> 58, 58, 57."""
        self.assertEqual(split_profit(173, [1, 1, 1], 1), [58, 58, 57])

    def test_by_runs(self):
        """Rp 180 by runs 2:2:1 is 72, 72, 36."""
        self.assertEqual(split_profit(180, [2, 2, 1], 1), [72, 72, 36])

    def test_by_runs_remainder(self):
        """Rp 100,001 by runs 2:2:1: 40,000.40 twice and 20,000.20; the rupiah
        left goes to the first of the two largest cut-offs."""
        self.assertEqual(split_profit(100_001, [2, 2, 1], 1), [40_001, 40_000, 20_000])

    def test_sen_of_profit_not_shared(self):
        """Rp 300,000.90 on a database with sen: each gets Rp 100,000."""
        self.assertEqual(
            split_profit(300_000.9, [1, 1, 1], 1), [100_000, 100_000, 100_000]
        )


class TestPermitNumberRules(BaseCase):
    def test_parse(self):
        self.assertEqual(parse_pirt_number("206330701001229"), "206330701001229")
        self.assertEqual(parse_pirt_number("206-3307-0100-12-29"), "206330701001229")
        self.assertEqual(parse_pirt_number(" 206.3307.0100/12 29 "), "206330701001229")
        self.assertIsNone(parse_pirt_number("20633070100122"))
        self.assertIsNone(parse_pirt_number("2063307010012290"))
        self.assertIsNone(parse_pirt_number("20633070100A229"))
        self.assertIsNone(parse_pirt_number("２06330701001229"))
        self.assertIsNone(parse_pirt_number("206_3307_0100_12_29"))
        self.assertIsNone(parse_pirt_number(206330701001229))
        self.assertIsNone(parse_pirt_number(None))

    def test_regency_and_expiry(self):
        self.assertEqual(pirt_regency("206330701001229"), "3307")
        self.assertEqual(pirt_expiry_date("206330701001229"), date(2029, 12, 31))
        self.assertEqual(pirt_expiry_date("206330701001205"), date(2005, 12, 31))
        self.assertIsNone(pirt_expiry_date(False))

    def test_state(self):
        expiry = date(2026, 12, 31)
        month = timedelta(days=30)
        self.assertEqual(pirt_state(None, date(2026, 6, 1), month), "missing")
        self.assertEqual(pirt_state(expiry, date(2027, 1, 1), month), "expired")
        self.assertEqual(pirt_state(expiry, date(2026, 12, 31), month), "expiring")
        self.assertEqual(pirt_state(expiry, date(2026, 12, 1), month), "expiring")
        self.assertEqual(pirt_state(expiry, date(2026, 11, 30), month), "valid")
