import io

import openpyxl

from odoo.exceptions import UserError
from odoo.tests import tagged

from .common import CoopReportsCase


@tagged("post_install", "-at_install")
class TestRatPack(CoopReportsCase):
    def rat_wizard(self, year=2025):
        return (
            self.env["desmigratif.rat.pack.wizard"]
            .with_user(self.user_bookkeeper)
            .create(
                {
                    "company_id": self.company.id,
                    "year": year,
                    "chairman_name": "Pak Slamet",
                    "treasurer_name": "Bu Siti",
                }
            )
        )

    def test_no_shu_no_pack(self):
        wizard = self.rat_wizard()
        with self.assertRaises(UserError):
            wizard.action_export_xlsx()

    def test_xlsx(self):
        self.post_shu_2025()
        wizard = self.rat_wizard()
        content, kind = (
            self.env["ir.actions.report"]
            .with_user(self.user_bookkeeper)
            ._render("desmigratif_coop_reports.action_report_rat_pack_xlsx", wizard.ids)
        )
        self.assertEqual(kind, "xlsx")
        book = openpyxl.load_workbook(io.BytesIO(content))
        self.assertEqual(
            book.sheetnames,
            [
                "Balance Sheet",
                "Surplus Statement",
                "Changes in Equity",
                "Cash Flow",
                "Members",
                "Loans",
                "SHU",
                "Programme",
            ],
        )
        sheet = book["Balance Sheet"]
        self.assertEqual(sheet["A1"].value, "Desa Uji Laporan")
        rows = {
            sheet.cell(row, 1).value: sheet.cell(row, 2).value
            for row in range(6, sheet.max_row + 1)
        }
        self.assertEqual(rows["TOTAL ASSETS"], 10_860_000)
        self.assertEqual(rows["TOTAL LIABILITIES AND EQUITY"], 10_860_000)
        self.assertEqual(rows["SHU of the current year"], 60_000)
        sheet = book["Surplus Statement"]
        self.assertEqual(sheet["A21"].value, "SURPLUS OF THE PERIOD (SHU)")
        self.assertEqual(sheet["B21"].value, 60_000)
        members = [
            [cell.value for cell in row] for row in book["Members"].iter_rows(min_row=6)
        ]
        self.assertEqual(
            members,
            [["Bawon", 100_000, 20_000, 480_000], ["Turyati", 100_000, 20_000, 80_000]],
        )
        loans = [
            [cell.value for cell in row] for row in book["Loans"].iter_rows(min_row=6)
        ]
        # On 31 December 2025 Bawon's loan is 274 days late (doubtful) and
        # Turyati's 152 days (substandard).
        self.assertEqual(
            [row[1:] for row in loans],
            [
                [0, 0, 0.5, 0],
                [1, 1_000_000, 10, 100_000],
                [1, 2_000_000, 50, 1_000_000],
                [0, 0, 100, 0],
            ],
        )
        # Capital part 12,000 by savings (600,000 : 200,000), business part
        # 12,000 by fees paid (Bawon only).
        shu = [[cell.value for cell in row] for row in book["SHU"].iter_rows(min_row=6)]
        self.assertEqual(shu, [["Bawon", 21_000], ["Turyati", 3_000]])
        programme = {
            row[0].value: row[1].value
            for row in book["Programme"].iter_rows(min_row=6, max_row=12)
        }
        self.assertEqual(
            programme,
            {
                "Members served (savings movements)": 2,
                "Loans granted": 2,
                "Principal lent": 4_000_000,
                "Principal repaid": 1_000_000,
                "SHU distributed": 60_000,
                "Group revenue shared": 0,
                "Profit shares paid": 0,
            },
        )

    def test_pdf(self):
        self.post_shu_2025()
        wizard = self.rat_wizard()
        content, kind = (
            self.env["ir.actions.report"]
            .with_user(self.user_bookkeeper)
            .with_context(force_report_rendering=True)
            ._render_qweb_pdf(
                "desmigratif_coop_reports.action_report_rat_pack", wizard.ids
            )
        )
        self.assertEqual(kind, "pdf")
        self.assertTrue(content.startswith(b"%PDF"))
        html = (
            self.env["ir.actions.report"]
            .with_user(self.user_bookkeeper)
            ._render_qweb_html(
                "desmigratif_coop_reports.action_report_rat_pack", wizard.ids
            )[0]
            .decode()
        )
        self.assertIn("Pak Slamet", html)
        self.assertIn("Desa Uji Laporan", html)
        self.assertIn("TOTAL ASSETS", html)
