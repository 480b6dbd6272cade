from datetime import date

from odoo.exceptions import UserError
from odoo.tests import freeze_time, tagged

from .common import DesmigratifCase
from .test_ak1_application import COMPLETE_DOCUMENTS

CARD = "desmigratif_base.action_report_ak1_card"


@tagged("post_install", "-at_install")
class TestAk1CardPrint(DesmigratifCase):
    """The AK-1 card is numbered when its PDF is produced, once; it prints the
    desired job in the card's language."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env["res.lang"]._activate_lang("id_ID")
        cls.applicant = cls.resident("Mardiyah")

    def complete(self):
        application = self.env["desmigratif.ak1.application"].create(
            {
                "applicant_id": self.applicant.id,
                "company_id": self.village.id,
                **COMPLETE_DOCUMENTS,
            }
        )
        application.action_confirm_documents()
        return application

    def produce_pdf(self, application):
        """What /report/pdf does (in tests the PDF step renders its HTML)."""
        report = self.env["ir.actions.report"]
        return report._render_qweb_pdf(CARD, application.ids)[0].decode()

    def test_a_preview_does_not_number_the_card(self):
        application = self.complete()
        self.env["ir.actions.report"]._render_qweb_html(CARD, application.ids)
        self.assertEqual(application.state, "complete")
        self.assertFalse(application.card_number)
        self.assertFalse(application.date_printed)

    @freeze_time("2025-03-10")
    def test_producing_the_pdf_numbers_the_card_once(self):
        application = self.complete()
        html = self.produce_pdf(application)
        self.assertEqual(application.state, "printed")
        self.assertEqual(application.date_printed, date(2025, 3, 10))
        number = application.card_number
        self.assertTrue(number.startswith("202503"), number)
        self.assertIn(number, html, "the paper carries the number it was given")
        with freeze_time("2025-04-02"):
            html = self.produce_pdf(application)
        self.assertEqual(application.card_number, number, "a reprint keeps it")
        self.assertEqual(application.date_printed, date(2025, 3, 10))
        self.assertIn(number, html)

    def test_print_menu_refuses_an_incomplete_application(self):
        draft = self.env["desmigratif.ak1.application"].create(
            {"applicant_id": self.applicant.id, "company_id": self.village.id}
        )
        with self.assertRaisesText(UserError, draft.name):
            self.produce_pdf(draft)
        self.assertEqual(draft.state, "draft")
        self.assertFalse(draft.card_number)

    def test_desired_job_in_the_card_language(self):
        application = self.complete()
        application.job_preference = "Domestic worker"
        application.update_field_translations(
            "job_preference", {"id_ID": "Pekerja rumah tangga"}
        )
        for lang, job, other in (
            ("id_ID", "Pekerja rumah tangga", "Domestic worker"),
            ("en_US", "Domestic worker", "Pekerja rumah tangga"),
        ):
            with self.subTest(lang=lang):
                self.applicant.lang = lang
                html = (
                    self.env["ir.actions.report"]
                    ._render_qweb_html(CARD, application.ids)[0]
                    .decode()
                )
                self.assertIn(job, html)
                self.assertNotIn(other, html)
