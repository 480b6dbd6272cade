import base64

from odoo.exceptions import AccessError, ValidationError
from odoo.tests import freeze_time, tagged

from .common import DesmigratifCase

DOCUMENT = base64.b64encode(b"%PDF-1.4 scanned document")
COMPLETE_DOCUMENTS = {
    **{f"doc_{doc}": DOCUMENT for doc in ("ktp", "kk", "photo", "diploma")},
    **{f"doc_{doc}_checked": True for doc in ("ktp", "kk", "photo", "diploma")},
}


@tagged("post_install", "-at_install")
class TestVillageSetup(DesmigratifCase):
    """A village sets up its identity once; every paper prints it."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.officer.name = "Siti Rahayu"
        cls.manager.name = "Bambang Sutrisno"
        cls.central_java = cls.env.ref("base.state_id_jt")

    def setup_village(self, user=None, **values):
        setup = (
            self.env["desmigratif.village.setup"]
            .with_user(user or self.manager)
            .create(
                {
                    "company_id": self.village.id,
                    "village_name": "Sukamaju",
                    "district": "Watumalang",
                    "regency_name": "Wonosobo",
                    "state_id": self.central_java.id,
                    "regency_code": "3307",
                    "street": "Jalan Raya Sukamaju No. 1",
                    "zip": "56373",
                    "phone": "+62 286 321456",
                    "email": "pemdes@sukamaju.desa.id",
                    "village_head": "Sugeng Waluyo",
                    "ak1_officer_id": self.officer.id,
                    "coop_signatory_id": self.manager.id,
                    **values,
                }
            )
        )
        setup.action_apply()
        return setup

    def test_setup_writes_the_village(self):
        self.setup_village()
        village = self.village
        self.assertRecordValues(
            village,
            [
                {
                    "name": "Desa Sukamaju",
                    "desmigratif_village_name": "Sukamaju",
                    "desmigratif_district": "Watumalang",
                    "desmigratif_regency_name": "Wonosobo",
                    "desmigratif_regency_code": "3307",
                    "desmigratif_village_head": "Sugeng Waluyo",
                    "desmigratif_ak1_officer_id": self.officer.id,
                    "desmigratif_coop_signatory_id": self.manager.id,
                    "street": "Jalan Raya Sukamaju No. 1",
                    "street2": "Kecamatan Watumalang",
                    "city": "Kabupaten Wonosobo",
                    "state_id": self.central_java.id,
                    "country_id": self.env.ref("base.id").id,
                    "zip": "56373",
                    "phone": "+62 286 321456",
                    "email": "pemdes@sukamaju.desa.id",
                }
            ],
        )
        self.assertEqual(
            village.desmigratif_village_address,
            "Desa Sukamaju, Kecamatan Watumalang, Kabupaten Wonosobo, "
            "Jawa Tengah 56373",
        )

    def test_setup_opens_with_the_village_as_it_is(self):
        self.setup_village()
        setup = (
            self.env["desmigratif.village.setup"]
            .with_user(self.manager)
            .create({"company_id": self.village.id})
        )
        self.assertRecordValues(
            setup,
            [
                {
                    "village_name": "Sukamaju",
                    "company_name": "Desa Sukamaju",
                    "district": "Watumalang",
                    "regency_name": "Wonosobo",
                    "state_id": self.central_java.id,
                    "regency_code": "3307",
                    "zip": "56373",
                    "ak1_officer_id": self.officer.id,
                }
            ],
        )
        # Odoo's placeholder logo ("Your logo") is not offered as the village's.
        self.assertTrue(self.village.uses_default_logo)
        self.assertFalse(setup.logo)

    def test_regency_code_must_lie_in_the_province(self):
        # 3507 is Kabupaten Malang, in Jawa Timur (35), not Jawa Tengah (33).
        with self.assertRaisesText(ValidationError, "3507"):
            self.setup_village(regency_code="3507")
        with self.assertRaisesText(ValidationError, "3307"):
            self.village.write(
                {
                    "state_id": self.env.ref("base.state_id_ji").id,
                    "desmigratif_regency_code": "3307",
                }
            )
        with self.assertRaisesText(ValidationError, "56373"):
            self.setup_village(zip="5637")

    def test_only_a_manager_of_the_village_sets_it_up(self):
        with self.assertRaises(AccessError):
            self.setup_village(user=self.officer)
        with self.assertRaises(AccessError):
            self.setup_village(user=self.manager, company_id=self.other_village.id)

    def test_settings_open_the_setup(self):
        settings = self.env["res.config.settings"].create({})
        action = settings.action_desmigratif_village_setup()
        self.assertEqual(action["res_model"], "desmigratif.village.setup")
        self.assertEqual(action["context"]["default_company_id"], self.village.id)

    @freeze_time("2025-03-15")
    def test_ak1_card_prints_the_village_and_its_officer(self):
        self.setup_village()
        applicant = self.resident("Mardiyah", street="Jalan Sigaok 7")
        application = self.env["desmigratif.ak1.application"].create(
            {
                "applicant_id": applicant.id,
                "company_id": self.village.id,
                "officer_id": self.manager.id,
                **COMPLETE_DOCUMENTS,
            }
        )
        application.action_confirm_documents()
        application.action_print_card()
        html = (
            self.env["ir.actions.report"]
            ._render_qweb_html("desmigratif_base.report_ak1_card", application.ids)[0]
            .decode()
        )
        for text in (
            "Jalan Sigaok 7",
            "RT 002 / RW 001, Dusun Krajan",
            "Desa Sukamaju, Kecamatan Watumalang, Kabupaten Wonosobo, "
            "Jawa Tengah 56373",
            "Dinas Tenaga Kerja Kabupaten Wonosobo",
            "Siti Rahayu",
        ):
            with self.subTest(text=text):
                self.assertIn(text, html)
        # Place and date, in the print language's date format.
        self.assertTrue(
            "Sukamaju, 03/15/2025" in html or "Sukamaju, 15/03/2025" in html, html
        )
        # The configured officer signs, not the one who registered the application.
        self.assertNotIn("Bambang Sutrisno", html)

    def test_ak1_card_without_an_officer_set_is_signed_by_the_application_officer(
        self,
    ):
        self.setup_village(ak1_officer_id=False)
        application = self.env["desmigratif.ak1.application"].create(
            {
                "applicant_id": self.resident("Mardiyah").id,
                "company_id": self.village.id,
                "officer_id": self.manager.id,
            }
        )
        html = (
            self.env["ir.actions.report"]
            ._render_qweb_html("desmigratif_base.report_ak1_card", application.ids)[0]
            .decode()
        )
        self.assertIn("Bambang Sutrisno", html)

    def test_a_new_village_prints_without_the_layout_dialog(self):
        village = self.env["res.company"].create({"name": "Desa Baru"})
        self.assertEqual(
            village.external_report_layout_id,
            self.env.ref("web.external_layout_standard"),
        )
        self.assertEqual(village.paperformat_id, self.env.ref("base.paperformat_euro"))
        application = self.env["desmigratif.ak1.application"].create(
            {"applicant_id": self.resident("Mardiyah").id}
        )
        report = self.env.ref("desmigratif_base.action_report_ak1_checklist")
        action = report.with_company(village).report_action(application)
        self.assertEqual(action["type"], "ir.actions.report")
