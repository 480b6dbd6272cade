from datetime import timedelta

from odoo import fields
from odoo.exceptions import UserError, ValidationError
from odoo.tests import tagged

from .common import DesmigratifCase


@tagged("post_install", "-at_install")
class TestGuestVisit(DesmigratifCase):
    def test_resident_visit(self):
        resident = self.resident("Suwarti")
        visit = self.env["desmigratif.guest.visit"].create(
            {
                "visitor_id": resident.id,
                "id_type": "ktp",
                "id_number": resident.nik,
                "company_id": self.village.id,
            }
        )
        self.assertEqual(visit.visitor_name, "Suwarti")
        self.assertTrue(visit.is_resident)
        self.assertEqual(visit.officer_id, self.env.user)

    def test_visitor_from_elsewhere_needs_a_document_number(self):
        values = {
            "visitor_name": "Tamu dari Kalikajar",
            "id_type": "sim",
            "company_id": self.village.id,
        }
        with self.assertRaisesText(ValidationError, "Document Number"):
            self.env["desmigratif.guest.visit"].create({**values, "id_number": "  "})
        visit = self.env["desmigratif.guest.visit"].create(
            {**values, "id_number": "SIM-123"}
        )
        self.assertFalse(visit.is_resident)


@tagged("post_install", "-at_install")
class TestVacancy(DesmigratifCase):
    def vacancy(self, **values):
        return self.env["desmigratif.vacancy"].create(
            {
                "name": "Caregiver",
                "country_id": self.env.ref("base.tw").id,
                "company_id": self.village.id,
                **values,
            }
        )

    def test_vacancy_needs_a_licensed_agency(self):
        with self.assertRaisesText(ValidationError, "needs the licensed agency"):
            self.vacancy()
        self.agency.agency_licensed = False
        with self.assertRaisesText(ValidationError, "not flagged as licensed"):
            self.vacancy(agency_id=self.agency.id)
        notice = self.vacancy(notice_type="notice", name="Migrasi aman")
        self.assertFalse(notice.agency_id)

    def test_publish_and_expire(self):
        today = fields.Date.context_today(self.env["desmigratif.vacancy"])
        vacancy = self.vacancy(agency_id=self.agency.id, date_valid=today)
        vacancy.action_publish()
        self.assertEqual(vacancy.state, "published")
        stale = self.vacancy(
            agency_id=self.agency.id, date_valid=today - timedelta(days=1)
        )
        with self.assertRaisesText(UserError, "has passed"):
            stale.action_publish()
        vacancy.date_valid = today - timedelta(days=1)
        self.env["desmigratif.vacancy"]._cron_expire()
        self.assertEqual(vacancy.state, "expired")

    def test_bulletin_lists_published_vacancies(self):
        published = self.vacancy(agency_id=self.agency.id, name="Operator pabrik")
        published.action_publish()
        draft = self.vacancy(agency_id=self.agency.id, name="Belum terbit")
        html = (
            self.env["ir.actions.report"]
            ._render_qweb_html(
                "desmigratif_base.report_vacancy_bulletin", (published | draft).ids
            )[0]
            .decode()
        )
        self.assertIn("Operator pabrik", html)
        self.assertNotIn("Belum terbit", html)
