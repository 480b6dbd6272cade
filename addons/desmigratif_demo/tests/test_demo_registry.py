from odoo.tests import TransactionCase, tagged

# The paper's figures and the demo's own story, written out by hand.
GROUPS = {
    "salak": ("Kelompok Produksi Salak", "Salak Production Group", 13),
    "daging": ("Kelompok Produksi Daging", "Meat Production Group", 11),
    "singkong": ("Kelompok Produksi Singkong", "Cassava Production Group", 13),
    "batik": ("Kelompok Produksi Batik", "Batik Production Group", 13),
}
DESTINATIONS = {"MY", "TW", "HK", "SA", "SG", "KR", "AE"}


@tagged("post_install", "-at_install")
class TestDemoRegistry(TransactionCase):
    """Kuripan's registry tells one story, without contradictions."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.village = cls.env.ref("base.main_company")
        cls.officer = cls.env.ref("desmigratif_demo.demo_user_officer")
        cls.manager = cls.env.ref("desmigratif_demo.demo_user_manager")
        cls.placements = cls.env["desmigratif.placement"].search(
            [("company_id", "=", cls.village.id)]
        )
        # The demo tells the village as of the day it was loaded.
        cls.loaded = cls.env.ref("desmigratif_demo.demo_group_salak").create_date.date()

    def test_village_structure_and_workers(self):
        counts = {
            model: self.env[model].search_count([("company_id", "=", self.village.id)])
            for model in ("desmigratif.dusun", "desmigratif.rw", "desmigratif.rt")
        }
        self.assertEqual(
            counts, {"desmigratif.dusun": 6, "desmigratif.rw": 12, "desmigratif.rt": 56}
        )
        states = dict(
            self.env["desmigratif.placement"]._read_group(
                [("company_id", "=", self.village.id)], ["state"], ["__count"]
            )
        )
        self.assertEqual(states, {"abroad": 170, "returned": 178, "planned": 1})

    def test_placement_numbers_follow_their_dates(self):
        for placement in self.placements:
            year = (placement.date_departure or placement.create_date).year
            with self.subTest(placement=placement.name):
                self.assertTrue(placement.name.startswith(f"PMI/{year}/"))
        names = self.placements.filtered("date_departure").sorted(
            lambda p: (p.date_departure, p.id)
        )
        self.assertEqual(
            names.mapped("name"), sorted(names.mapped("name")), "numbered in order"
        )

    def test_statuses_follow_contract_dates(self):
        for placement in self.placements.filtered(lambda p: p.state == "returned"):
            with self.subTest(placement=placement.name):
                self.assertLess(placement.contract_end, self.loaded)
                self.assertLessEqual(placement.contract_end, placement.date_return)
                self.assertLessEqual(placement.date_return, self.loaded)
                self.assertFalse(placement.passport_expires_early)
                self.assertFalse(placement.lost_contact)
        for placement in self.placements.filtered(lambda p: p.state == "abroad"):
            with self.subTest(placement=placement.name):
                self.assertLessEqual(placement.date_departure, placement.contract_start)
                self.assertLessEqual(placement.contract_start, self.loaded)
                self.assertGreater(placement.contract_end, self.loaded)
                self.assertFalse(placement.date_return)
        purna = self.env["res.partner"].search(
            [("company_id", "=", self.village.id), ("migrant_status", "=", "purna")]
        )
        self.assertEqual(len(purna), 178)
        self.assertEqual(set(purna.placement_ids.mapped("state")), {"returned"})
        early = self.placements.filtered("passport_expires_early")
        self.assertEqual(set(early.mapped("state")), {"abroad"})
        self.assertTrue(all(p.passport_expiry > self.loaded for p in early))

    def test_employers_are_named_in_destination_countries(self):
        worked = self.placements.filtered(lambda p: p.state != "planned")
        self.assertEqual(set(worked.country_id.mapped("code")), DESTINATIONS)
        self.assertFalse(worked.filtered(lambda p: not p.employer))
        self.assertFalse(worked.filtered(lambda p: p.employer.startswith("Employer")))
        korea = worked.filtered(lambda p: p.country_id.code == "KR")
        self.assertEqual(set(korea.mapped("sector")), {"factory"})
        self.assertFalse(worked.filtered(lambda p: p.route == "procedural"
                                         and not p.agency_licensed))  # fmt: skip

    def test_groups_and_participants(self):
        for key, (name, english_name, size) in GROUPS.items():
            group = self.env.ref(f"desmigratif_demo.demo_group_{key}")
            with self.subTest(group=name):
                self.assertEqual(group.with_context(lang="id_ID").name, name)
                self.assertEqual(group.with_context(lang="en_US").name, english_name)
                self.assertEqual(group.member_count, size)
        participants = self.env["desmigratif.participant"].search(
            [("company_id", "=", self.village.id)]
        )
        by_state = {
            state: participants.filtered(lambda p, s=state: p.state == s)
            for state in ("active", "ended")
        }
        self.assertEqual(len(participants), 60)
        self.assertEqual(len(by_state["active"]), 50)
        self.assertEqual(len(by_state["ended"]), 10)
        categories = sorted(by_state["active"].mapped("category"))
        self.assertEqual(
            {c: categories.count(c) for c in set(categories)},
            {"purna": 20, "family": 22, "purna_family": 8},
        )
        bawon = self.env.ref("desmigratif_demo.demo_participant_bawon")
        self.assertEqual(bawon.category, "purna")
        self.assertEqual(bawon.partner_id.migrant_status, "purna")

    def test_complaints_are_filed_by_family_in_indonesian(self):
        complaints = self.env["desmigratif.complaint"].search(
            [("company_id", "=", self.village.id)]
        )
        self.assertEqual(len(complaints), 6)
        self.assertEqual(len(complaints.filtered("submitted")), 5)
        self.assertEqual(len(complaints.stage_id), 5)
        for complaint in complaints:
            with self.subTest(complaint=complaint.name):
                self.assertEqual(
                    complaint.complainant_id.household_id,
                    complaint.worker_id.household_id,
                )
                self.assertNotEqual(complaint.complainant_id, complaint.worker_id)
                self.assertTrue(complaint.statement.startswith(
                    ("Suami saya", "Anak saya", "Bapak saya")))  # fmt: skip
                self.assertEqual(complaint.create_uid, self.officer)
                self.assertEqual(complaint.user_id, self.officer)
        son = self.env.ref("desmigratif_demo.demo_complaint_broker_fraud")
        self.assertEqual(son.complainant_id.household_relation, "child")
        self.assertEqual(son.complainant_id.gender, "male")
        self.assertEqual(son.worker_id.gender, "male")
        mother = self.env.ref("desmigratif_demo.demo_complaint_abuse")
        self.assertEqual(mother.worker_id.household_relation, "child")
        self.assertEqual(mother.worker_id.gender, "female")

    def test_ak1_applications_at_each_step_with_their_scans(self):
        applications = self.env["desmigratif.ak1.application"].search(
            [("company_id", "=", self.village.id)]
        )
        self.assertEqual(
            sorted(applications.mapped("state")),
            ["complete", "done", "draft", "printed", "rejected", "stamped"],
        )
        for application in applications:
            for doc in ("ktp", "kk", "photo", "diploma"):
                if application[f"doc_{doc}_checked"]:
                    with self.subTest(application=application.name, doc=doc):
                        self.assertTrue(application[f"doc_{doc}"])
                        self.assertTrue(
                            application[f"doc_{doc}_filename"].endswith(".png")
                        )
            self.assertEqual(application.create_uid, self.officer)
        draft = applications.filtered(lambda a: a.state == "draft")
        self.assertTrue(draft.doc_photo and not draft.doc_photo_checked)
        self.assertFalse(draft.doc_diploma)
        printed = applications.filtered("card_number")
        self.assertEqual(len(printed), 3)
        for application in printed:
            self.assertEqual(
                application.card_number[:6], f"{application.date_printed:%Y%m}"
            )
        scan = self.env["ir.attachment"].search(
            [("res_model", "=", "desmigratif.ak1.application"),
             ("res_field", "=", "doc_ktp")], limit=1)  # fmt: skip
        self.assertEqual(scan.mimetype, "image/png")

    def test_a_month_of_guest_book(self):
        visits = self.env["desmigratif.guest.visit"].search(
            [("company_id", "=", self.village.id)]
        )
        self.assertEqual(len(visits), 24)
        days = {(self.loaded - visit.visit_time.date()).days for visit in visits}
        self.assertLessEqual(max(days), 30)
        self.assertGreaterEqual(min(days), 1)
        self.assertEqual(visits.officer_id, self.officer)
        self.assertFalse(visits.filtered(lambda v: not v.note))
        outsiders = visits.filtered(lambda v: not v.is_resident)
        self.assertEqual(len(outsiders), 6)
        self.assertEqual(
            set(outsiders.mapped("purpose")) - {"safe_migration", "vacancy"}, set()
        )

    def test_named_officers(self):
        self.assertEqual(self.officer.login, "petugas")
        # The demo's officer speaks the village's language: Indonesian when
        # loaded, or whatever language the village was switched to since.
        self.assertEqual(self.officer.lang, self.village.partner_id.lang)
        self.assertTrue(self.officer.lang)
        self.assertTrue(
            self.officer.has_group("desmigratif_base.group_desmigratif_officer")
        )
        self.assertFalse(
            self.officer.has_group("desmigratif_base.group_desmigratif_manager")
        )
        self.assertTrue(
            self.manager.has_group("desmigratif_base.group_desmigratif_manager")
        )
        self.assertTrue(
            self.manager.has_group("desmigratif_coop.group_desmigratif_coop_bookkeeper")
        )
        households = self.env["desmigratif.household"].search(
            [("company_id", "=", self.village.id)]
        )
        self.assertEqual(self.placements.create_uid, self.officer)
        self.assertEqual(households.create_uid, self.officer)
        self.assertEqual(households.member_ids.create_uid, self.officer)

    def test_generators_run_again_change_nothing(self):
        models = ("res.partner", "desmigratif.household", "desmigratif.placement",
                  "desmigratif.participant", "desmigratif.group",
                  "desmigratif.ak1.application", "desmigratif.complaint",
                  "desmigratif.guest.visit", "desmigratif.vacancy")  # fmt: skip
        before = {model: self.env[model].search_count([]) for model in models}
        demo = self.env["desmigratif.demo"]
        demo._generate_kuripan()
        demo._generate_ak1_applications()
        demo._generate_complaints()
        demo._generate_guest_book()
        demo._act(
            "desmigratif.vacancy", "action_publish",
            ["demo_vacancy_taiwan_caregiver"], ["draft"],
        )  # fmt: skip
        after = {model: self.env[model].search_count([]) for model in models}
        self.assertEqual(after, before)
