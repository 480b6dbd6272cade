from datetime import date

from odoo.exceptions import AccessError
from odoo.tests import tagged

from .common import CoopReportsCase


@tagged("post_install", "-at_install")
class TestHealthRatios(CoopReportsCase):
    def test_ratios_2025(self):
        """On 31 December 2025: equity 10,300,000, assets 10,860,000, loans
        3,000,000 all in problem classes (Bawon doubtful, Turyati
        substandard: allowance required 1,000,000 + 100,000, none booked),
        cash 7,860,000 against 560,000 of voluntary savings, surplus 60,000
        with no expenses."""
        wizard = (
            self.env["desmigratif.coop.health.wizard"]
            .with_user(self.user_bookkeeper)
            .create(
                {
                    "company_id": self.company.id,
                    "date_from": date(2025, 1, 1),
                    "date_to": date(2025, 12, 31),
                }
            )
        )
        wizard.action_compute()
        ratios = [
            (line.aspect, line.numerator, line.denominator, line.defined, line.ratio)
            for line in wizard.line_ids
        ]
        self.assertEqual(
            ratios,
            [
                ("capital", 10_300_000, 10_860_000, True, 94.84),
                ("capital", 10_300_000, 3_000_000, True, 343.33),
                ("asset_quality", 3_000_000, 3_000_000, True, 100.0),
                ("asset_quality", 0, 3_000_000, True, 0.0),
                ("asset_quality", 0, 1_100_000, True, 0.0),
                ("efficiency", 0, 60_000, True, 0.0),
                ("efficiency", 0, 60_000, True, 0.0),
                ("liquidity", 7_860_000, 560_000, True, 1403.57),
                ("liquidity", 3_000_000, 10_800_000, True, 27.78),
                ("independence", 60_000, 10_860_000, True, 0.55),
                ("independence", 60_000, 10_300_000, True, 0.58),
                ("independence", 60_000, 0, False, 0.0),
            ],
        )
        self.assertEqual(
            wizard.line_ids[0].formula, "Total equity / total assets x 100"
        )

    def test_user_gets_no_ratios(self):
        with self.assertRaises(AccessError):
            self.env["desmigratif.coop.health.wizard"].with_user(self.user_user).create(
                {"company_id": self.company.id}
            )
