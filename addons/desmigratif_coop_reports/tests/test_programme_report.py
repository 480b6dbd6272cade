from datetime import date

from odoo import Command
from odoo.exceptions import AccessError
from odoo.tests import new_test_user, tagged

from .common import CoopReportsCase


@tagged("post_install", "-at_install")
class TestProgrammeReport(CoopReportsCase):
    """The test village (regency 3307) has the cooperative's books of 2025; a
    second village of the same regency has two planned placements, to
    Malaysia through a broker and to Taiwan independently."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.company.desmigratif_regency_code = "3307"
        cls.village_b = cls.env["res.company"].create(
            {"name": "Desa Uji Kedua", "desmigratif_regency_code": "3307"}
        )
        cls.env.user.company_ids |= cls.village_b
        Partner = cls.env["res.partner"].with_company(cls.village_b)
        Placement = cls.env["desmigratif.placement"].with_company(cls.village_b)
        for name, country, route in (
            ("Sutini", "base.my", "broker"),
            ("Parmi", "base.tw", "independent"),
        ):
            worker = Partner.create(
                {"name": name, "is_resident": True, "company_id": cls.village_b.id}
            )
            Placement.create(
                {
                    "worker_id": worker.id,
                    "country_id": cls.env.ref(country).id,
                    "route": route,
                    "date_departure": date(2025, 3, 1),
                    "company_id": cls.village_b.id,
                }
            )
        both = [Command.set((cls.company | cls.village_b).ids)]
        cls.regency_officer = new_test_user(
            cls.env,
            "rep_regency",
            groups="desmigratif_base.group_desmigratif_officer",
            company_id=cls.company.id,
            company_ids=both,
        )

    def figures(self, user, companies):
        report = (
            self.env["desmigratif.programme.report"]
            .with_user(user)
            .with_context(allowed_company_ids=companies.ids)
        )
        return {
            (company.name, indicator): (quantity, amount)
            for company, indicator, quantity, amount in report._read_group(
                [("date", ">=", date(2025, 1, 1)), ("date", "<=", date(2025, 12, 31))],
                ["company_id", "indicator"],
                ["quantity:sum", "amount:sum"],
            )
        }

    def test_villages_side_by_side(self):
        villages = self.company | self.village_b
        self.assertEqual(
            self.figures(self.regency_officer, villages),
            {
                ("Desa Uji Laporan", "loan_granted"): (2, 4_000_000),
                ("Desa Uji Laporan", "savings_deposit"): (7, 10_800_000),
                ("Desa Uji Kedua", "placement"): (2, 0),
            },
        )
        report = self.env["desmigratif.programme.report"].with_user(
            self.regency_officer
        )
        by_route = report.with_context(allowed_company_ids=villages.ids)._read_group(
            [("indicator", "=", "placement")], ["country_id", "route"], ["quantity:sum"]
        )
        self.assertEqual(
            sorted((c.code, r, q) for c, r, q in by_route),
            [("MY", "broker", 1), ("TW", "independent", 1)],
        )

    def test_village_officer_sees_own_village_only(self):
        with self.assertRaises(AccessError):
            self.figures(self.user_officer, self.company | self.village_b)
        self.assertEqual(
            self.figures(self.user_officer, self.company),
            {
                ("Desa Uji Laporan", "loan_granted"): (2, 4_000_000),
                ("Desa Uji Laporan", "savings_deposit"): (7, 10_800_000),
            },
        )

    def test_user_gets_no_figures(self):
        with self.assertRaises(AccessError):
            self.figures(self.user_user, self.company)

    def test_summary_pdf_per_regency(self):
        villages = self.company | self.village_b
        wizard = (
            self.env["desmigratif.programme.summary.wizard"]
            .with_user(self.regency_officer)
            .with_context(allowed_company_ids=villages.ids)
            .create(
                {
                    "company_ids": [Command.set(villages.ids)],
                    "date_from": date(2025, 1, 1),
                    "date_to": date(2025, 12, 31),
                }
            )
        )
        [(regency, rows, totals)] = wizard._summary()
        self.assertEqual(regency, "3307")
        self.assertEqual(
            [company.name for company, _values in rows],
            ["Desa Uji Kedua", "Desa Uji Laporan"],
        )
        self.assertEqual(totals["placement"], (2, 0))
        self.assertEqual(totals["loan_granted"], (2, 4_000_000))
        Report = (
            self.env["ir.actions.report"]
            .with_user(self.regency_officer)
            .with_context(allowed_company_ids=villages.ids, force_report_rendering=True)
        )
        content, kind = Report._render_qweb_pdf(
            "desmigratif_coop_reports.action_report_programme_summary", wizard.ids
        )
        self.assertEqual(kind, "pdf")
        self.assertTrue(content.startswith(b"%PDF"))
        html = Report._render_qweb_html(
            "desmigratif_coop_reports.action_report_programme_summary", wizard.ids
        )[0].decode()
        self.assertIn("Desa Uji Kedua", html)
        self.assertIn("Regency 3307", html)
