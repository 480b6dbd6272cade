from datetime import date

from odoo.tests import tagged

from .common import DesmigratifHttpCase

ACTION = "/odoo/action-desmigratif_base.action_desmigratif_migrant_worker"


@tagged("post_install", "-at_install")
class TestOfficerTour(DesmigratifHttpCase):
    """The officer's worker form in a browser, in English and in Indonesian.

    The tour checks the list columns, the identity and the smart buttons, then
    flags the current placement as lost contact through the form.
    """

    browser_size = "1440x900"

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # Officers edit residents with Odoo's Contact Creation right, as the
        # demo officer does.
        cls.officer.groups_id |= cls.env.ref("base.group_partner_manager")
        cls.worker = cls.resident(
            "Wartini Tour", born=date(1990, 5, 15), nik="3307105505900001"
        )
        husband = cls.resident("Sutrisno Tour", born=date(1988, 2, 3), gender="male")
        cls.household(husband, cls.worker).kk_number = "3307100101240001"
        cls.env["desmigratif.ak1.application"].create(
            {"applicant_id": cls.worker.id, "date_application": date(2017, 11, 1)}
        )
        cls.placement(
            cls.worker,
            state="returned",
            date_departure=date(2018, 3, 1),
            date_return=date(2020, 3, 1),
        )
        cls.current = cls.placement(
            cls.worker, state="abroad", date_departure=date(2024, 1, 5)
        )
        cls.enrolment(husband, "family")
        cls.env["desmigratif.complaint"].create(
            {
                "complainant_id": husband.id,
                "worker_id": cls.worker.id,
                "category": "unpaid_wages",
                "company_id": cls.village.id,
            }
        )

    def _run_tour(self, lang):
        self.env["res.lang"]._activate_lang(lang)
        self.officer.lang = lang
        self.start_tour(
            ACTION, "desmigratif_officer_worker_form", login=self.officer.login
        )
        self.assertTrue(self.current.lost_contact)
        self.assertEqual(self.current.date_last_contact, date(2024, 5, 5))
        self.assertTrue(self.worker.placement_lost_contact)

    def test_officer_worker_form_english(self):
        self._run_tour("en_US")

    def test_officer_worker_form_indonesian(self):
        self._run_tour("id_ID")
