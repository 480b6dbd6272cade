import base64

from odoo.exceptions import UserError
from odoo.tests import tagged

from .common import DesmigratifCase, DesmigratifHttpCase, make_nik

DOCUMENT = base64.b64encode(b"%PDF-1.4 scanned document")
COMPLETE_DOCUMENTS = {
    **{f"doc_{doc}": DOCUMENT for doc in ("ktp", "kk", "photo", "diploma")},
    **{f"doc_{doc}_checked": True for doc in ("ktp", "kk", "photo", "diploma")},
}


@tagged("post_install", "-at_install")
class TestAk1Application(DesmigratifCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.applicant = cls.resident("Mardiyah")

    def application(self, applicant=None, **values):
        return self.env["desmigratif.ak1.application"].create(
            {
                "applicant_id": (applicant or self.applicant).id,
                "company_id": self.village.id,
                **values,
            }
        )

    def complete(self, **values):
        return self.application(**COMPLETE_DOCUMENTS, **values)

    def test_documents_must_be_attached_and_checked(self):
        application = self.application(doc_ktp=DOCUMENT, doc_ktp_checked=True)
        self.assertFalse(application.documents_complete)
        with self.assertRaisesText(UserError, "KK (Family Card)"):
            application.action_confirm_documents()
        with self.assertRaisesText(UserError, "not possible now"):
            application.action_print_card()
        application.write({"doc_kk": DOCUMENT, "doc_photo": DOCUMENT})
        application.write({"doc_diploma": DOCUMENT, "doc_kk_checked": True})
        application.doc_photo_checked = True
        with self.assertRaisesText(UserError, "Last Diploma"):
            application.action_confirm_documents()
        application.doc_diploma_checked = True
        self.assertTrue(application.documents_complete)
        application.action_confirm_documents()
        self.assertEqual(application.state, "complete")

    def test_full_flow_prints_the_card(self):
        application = self.complete()
        application.action_confirm_documents()
        action = application.action_print_card()
        self.assertEqual(action["report_name"], "desmigratif_base.report_ak1_card")
        self.assertEqual(application.state, "printed")
        self.assertTrue(application.card_number)
        self.assertTrue(application.date_printed)
        application.action_stamp()
        application.action_done()
        self.assertEqual(application.state, "done")

    def test_card_only_for_the_regency(self):
        outsider = self.env["res.partner"].create(
            {
                "name": "Dari Banjarnegara",
                "nik": make_nik(self.applicant.birthdate, "female", 7, region="330401"),
            }
        )
        application = self.complete(applicant=outsider)
        application.action_confirm_documents()
        with self.assertRaisesText(UserError, "not from this regency (3307)"):
            application.action_print_card()
        self.assertEqual(application.state, "complete")
        self.village.desmigratif_regency_code = "3304"
        application.action_print_card()
        self.assertEqual(application.state, "printed")

    def test_rejection_needs_a_reason(self):
        application = self.application()
        with self.assertRaisesText(UserError, "reason"):
            application.action_reject()
        application.reject_reason = "Diploma is not legible"
        application.action_reject()
        self.assertEqual(application.state, "rejected")
        application.action_reset_to_draft()
        self.assertEqual(application.state, "draft")
        self.assertFalse(application.reject_reason)


@tagged("post_install", "-at_install")
class TestAk1Reports(DesmigratifHttpCase):
    def test_card_and_checklist_render_as_pdf(self):
        application = self.env["desmigratif.ak1.application"].create(
            {
                "applicant_id": self.resident("Mardiyah").id,
                "company_id": self.village.id,
                **COMPLETE_DOCUMENTS,
            }
        )
        application.action_confirm_documents()
        application.action_print_card()
        reports = self.env["ir.actions.report"].with_context(
            force_report_rendering=True
        )
        for report in (
            "desmigratif_base.report_ak1_card",
            "desmigratif_base.report_ak1_checklist",
        ):
            with self.subTest(report=report):
                pdf, kind = reports._render_qweb_pdf(report, application.ids)
                self.assertEqual(kind, "pdf")
                self.assertTrue(pdf.startswith(b"%PDF"))
        html = reports._render_qweb_html(
            "desmigratif_base.report_ak1_card", application.ids
        )[0].decode()
        self.assertIn(application.card_number, html)
        self.assertIn(application.applicant_id.nik, html)
