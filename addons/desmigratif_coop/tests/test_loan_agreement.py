from datetime import date

from odoo.tests import freeze_time, tagged

from .common import CoopCase


@tagged("post_install", "-at_install")
class TestLoanAgreement(CoopCase):
    """The agreement names the place and the day of the payout (the akad), both
    parties and the penalty, and is signed for the cooperative by the signatory
    of the village setup."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.user_manager.name = "Bambang Sutrisno"
        cls.user_officer.name = "Siti Rahayu"
        cls.env["desmigratif.village.setup"].create(
            {
                "company_id": cls.company.id,
                "village_name": "Sukamaju",
                "district": "Watumalang",
                "regency_name": "Wonosobo",
                "state_id": cls.env.ref("base.state_id_jt").id,
                "regency_code": "3307",
                "zip": "56373",
                "village_head": "Sugeng Waluyo",
                "coop_signatory_id": cls.user_officer.id,
            }
        ).action_apply()
        cls.member_a.nik = "3307105705900002"

    def agreement(self, loan):
        return (
            self.env["ir.actions.report"]
            ._render_qweb_html("desmigratif_coop.report_loan_agreement", loan.ids)[0]
            .decode()
        )

    @freeze_time("2026-02-01")
    def test_agreement_is_signed_by_the_village_signatory(self):
        loan = self.approved_loan(3_000_000)
        self.assertEqual(loan.date_start, date(2026, 2, 1))
        html = self.agreement(loan)
        for text in (
            "Desa Sukamaju",
            "Bawon",
            "3307105705900002",
            "Sugeng Waluyo",
            "Siti Rahayu",
        ):
            with self.subTest(text=text):
                self.assertIn(text, html)
        # Place and date, in the print language's date format.
        self.assertTrue(
            "Sukamaju, 02/01/2026" in html or "Sukamaju, 01/02/2026" in html, html
        )
        # The approver does not sign when the village names a signatory.
        self.assertNotIn("Bambang Sutrisno", html)

    @freeze_time("2026-02-01")
    def test_without_a_signatory_the_approver_signs(self):
        self.company.desmigratif_coop_signatory_id = False
        html = self.agreement(self.approved_loan(3_000_000))
        self.assertIn("Bambang Sutrisno", html)
        self.assertNotIn("OdooBot", html)
