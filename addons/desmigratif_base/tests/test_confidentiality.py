"""Identity data reach officers of the village only, by any route a client can
take: read, export, an attachment by id, /web/content, a report."""

import base64

from odoo.exceptions import AccessError, UserError
from odoo.tests import new_test_user, tagged
from odoo.tools import mute_logger

from .common import DesmigratifCase, DesmigratifHttpCase

SCAN = b"%PDF-1.4 scanned KTP"
NIK = "3307105705900001"  # Mardiyah, a woman born on 17 May 1990
DOCUMENTS = ("ktp", "kk", "photo", "diploma")


class ConfidentialityCommon:
    """A printed AK-1 application with its scans, and users who may not see it."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.employee = new_test_user(
            cls.env,
            login="desmigratif_employee",
            groups="base.group_user,base.group_allow_export",
            company_id=cls.village.id,
            company_ids=[cls.village.id],
        )
        cls.officer_b = new_test_user(
            cls.env,
            login="desmigratif_officer_b",
            groups="desmigratif_base.group_desmigratif_officer,base.group_allow_export",
            company_id=cls.other_village.id,
            company_ids=[cls.other_village.id],
        )
        cls.applicant = cls.resident("Mardiyah")
        cls.application = cls.env["desmigratif.ak1.application"].create(
            {
                "applicant_id": cls.applicant.id,
                "company_id": cls.village.id,
                **{f"doc_{doc}": base64.b64encode(SCAN) for doc in DOCUMENTS},
                **{f"doc_{doc}_checked": True for doc in DOCUMENTS},
            }
        )
        cls.application.action_confirm_documents()
        cls.application.action_print_card()
        cls.scan = cls.env["ir.attachment"].search(
            [
                ("res_model", "=", "desmigratif.ak1.application"),
                ("res_id", "=", cls.application.id),
                ("res_field", "=", "doc_ktp"),
            ]
        )

    def as_user(self, records, user):
        company = self.other_village if user == self.officer_b else self.village
        return records.with_user(user).with_context(allowed_company_ids=[company.id])

    def outsiders(self):
        return {
            "user": self.user,
            "employee": self.employee,
            "officer_b": self.officer_b,
        }


@tagged("post_install", "-at_install")
class TestConfidentiality(ConfidentialityCommon, DesmigratifCase):
    def test_applicant_nik_only_for_the_village_officers(self):
        for name, user in self.outsiders().items():
            application = self.as_user(self.application, user)
            for path in ("applicant_nik", "applicant_id/nik"):
                with self.subTest(user=name, path=path), self.assertRaises(AccessError):
                    application.export_data([path])
            with self.subTest(user=name), self.assertRaises(AccessError):
                application.read(["applicant_nik"])
        application = self.as_user(self.application, self.officer)
        self.assertEqual(application.read(["applicant_nik"])[0]["applicant_nik"], NIK)
        self.assertEqual(application.export_data(["applicant_nik"])["datas"], [[NIK]])

    def test_scans_only_for_the_village_officers(self):
        for name, user in self.outsiders().items():
            scan = self.as_user(self.scan, user)
            with self.subTest(user=name), self.assertRaises(AccessError):
                scan.read(["datas"])
        self.assertFalse(
            self.as_user(self.env["ir.attachment"], self.user).search(
                [
                    ("res_model", "=", "desmigratif.ak1.application"),
                    ("res_id", "=", self.application.id),
                    ("res_field", "=", "doc_ktp"),
                ]
            )
        )
        scan = self.as_user(self.scan, self.officer)
        self.assertEqual(base64.b64decode(scan.read(["datas"])[0]["datas"]), SCAN)

    def test_files_in_the_chatter_only_for_officers(self):
        message = self.application.message_post(
            body="The KK, scanned again.", attachments=[("kk.pdf", SCAN)]
        )
        attachment = message.attachment_ids
        with self.assertRaises(AccessError):
            self.as_user(attachment, self.user).read(["datas"])
        self.assertFalse(
            self.as_user(self.env["ir.attachment"], self.user).search(
                [
                    ("res_model", "=", "desmigratif.ak1.application"),
                    ("res_id", "=", self.application.id),
                ]
            )
        )
        self.assertEqual(
            base64.b64decode(
                self.as_user(attachment, self.officer).read(["datas"])[0]["datas"]
            ),
            SCAN,
        )

    def test_scans_change_only_through_the_application(self):
        scan = self.as_user(self.scan, self.officer)
        with self.assertRaises(AccessError):
            scan.unlink()
        with self.assertRaises(AccessError):
            scan.write({"datas": base64.b64encode(b"another file")})
        with self.assertRaises(AccessError):
            self.as_user(self.env["ir.attachment"], self.officer).create(
                {
                    "name": "ktp.pdf",
                    "datas": base64.b64encode(b"another file"),
                    "res_model": "desmigratif.ak1.application",
                    "res_id": self.application.id,
                    "res_field": "doc_ktp",
                }
            )
        self.assertTrue(self.scan.exists())
        self.assertEqual(base64.b64decode(self.application.doc_ktp), SCAN)

    def test_reports_render_for_officers_only(self):
        Report = self.env["ir.actions.report"]
        for report in (
            "desmigratif_base.report_ak1_card",
            "desmigratif_base.report_ak1_checklist",
        ):
            for name, user in self.outsiders().items():
                with self.subTest(report=report, user=name):
                    with self.assertRaises(AccessError):
                        self.as_user(Report, user)._render_qweb_html(
                            report, self.application.ids
                        )
            html = (
                self.as_user(Report, self.officer)
                ._render_qweb_html(report, self.application.ids)[0]
                .decode()
            )
            self.assertIn("Mardiyah", html)
        Actions = self.env["ir.actions.actions"]
        bindings = self.as_user(Actions, self.user).get_bindings(
            "desmigratif.ak1.application"
        )
        self.assertNotIn("report", bindings)
        bindings = self.as_user(Actions, self.officer).get_bindings(
            "desmigratif.ak1.application"
        )
        self.assertEqual(
            {action["name"] for action in bindings["report"]},
            {"AK-1 Card", "AK-1 Application Checklist"},
        )

    def test_applicant_of_another_village_is_refused(self):
        elsewhere = self.env["res.partner"].create(
            {
                "name": "Warga Desa Lain",
                "is_resident": True,
                "company_id": self.other_village.id,
            }
        )
        Application = self.env["desmigratif.ak1.application"]
        with self.assertRaises(UserError):
            Application.create(
                {"applicant_id": elsewhere.id, "company_id": self.village.id}
            )
        draft = Application.create(
            {"applicant_id": self.applicant.id, "company_id": self.village.id}
        )
        with self.assertRaises(UserError):
            draft.write({"applicant_id": elsewhere.id})
        self.assertEqual(draft.applicant_id, self.applicant)
        self.assertEqual(
            Application.search_count([("applicant_id", "=", elsewhere.id)]), 0
        )

    def test_household_and_rt_of_another_village_are_refused(self):
        dusun = self.env["desmigratif.dusun"].create(
            {"name": "Seberang", "company_id": self.other_village.id}
        )
        rw = self.env["desmigratif.rw"].create({"number": "009", "dusun_id": dusun.id})
        rt_b = self.env["desmigratif.rt"].create({"number": "001", "rw_id": rw.id})
        household_b = self.env["desmigratif.household"].create(
            {"company_id": self.other_village.id}
        )
        for values in ({"household_id": household_b.id}, {"rt_id": rt_b.id}):
            with self.subTest(values=values), self.assertRaises(UserError):
                self.applicant.write(values)
        with self.assertRaises(UserError):
            household_b.write({"member_ids": [(4, self.applicant.id)]})
        self.assertFalse(self.applicant.household_id)
        self.assertEqual(self.applicant.rt_id, self.rt)


@tagged("post_install", "-at_install")
class TestConfidentialityHttp(ConfidentialityCommon, DesmigratifHttpCase):
    @mute_logger("odoo.http", "odoo.addons.base.models.ir_attachment")
    def test_web_content_of_a_scan(self):
        self.authenticate("desmigratif_user", "desmigratif_user")
        response = self.url_open(f"/web/content/{self.scan.id}")
        self.assertEqual(response.status_code, 404)
        self.assertNotIn(SCAN, response.content)
        self.authenticate("desmigratif_officer", "desmigratif_officer")
        response = self.url_open(f"/web/content/{self.scan.id}")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.content, SCAN)

    @mute_logger("odoo.http")
    def test_report_route_shows_the_nik_to_officers_only(self):
        url = f"/report/html/desmigratif_base.report_ak1_card/{self.application.id}"
        self.authenticate("desmigratif_user", "desmigratif_user")
        response = self.url_open(url)
        self.assertEqual(response.status_code, 403)
        self.assertNotIn(NIK, response.text)
        self.authenticate("desmigratif_officer", "desmigratif_officer")
        response = self.url_open(url)
        self.assertEqual(response.status_code, 200)
        self.assertIn(NIK, response.text)
        self.assertIn(self.application.card_number, response.text)
