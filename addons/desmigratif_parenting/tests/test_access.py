from odoo.exceptions import AccessError
from odoo.tests import Form, new_test_user, tagged

from .common import ParentingCase


@tagged("post_install", "-at_install")
class TestAccess(ParentingCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.volunteer = new_test_user(
            cls.env,
            login="parenting_volunteer_test",
            groups="desmigratif_parenting.group_parenting_volunteer",
        )
        cls.reader = new_test_user(
            cls.env,
            login="parenting_reader_test",
            groups="desmigratif_base.group_desmigratif_user",
        )
        cls.mother = cls.env["res.partner"].create(
            {"name": "Bu Sarmiyati", "is_resident": True, "gender": "female",
             "birthdate": "1985-04-12", "nik": "3307105204850001"}
        )  # fmt: skip
        cls.placement = cls.env["desmigratif.placement"].create(
            {"worker_id": cls.mother.id, "country_id": cls.env.ref("base.tw").id}
        )
        cls.child = cls.house_children[0]
        cls.child.write(
            {"migrant_parent_id": cls.mother.id, "placement_id": cls.placement.id}
        )
        cls.session = cls.Session.create({"place_id": cls.house.id, "date": cls.MONDAY})

    def test_volunteer_reads_children_and_fills_sheets(self):
        child = self.child.with_user(self.volunteer)
        self.assertEqual(child.name, self.child.partner_id.name)
        self.assertEqual(child.school_level, "sd")
        self.assertEqual(child.guardian_id, self.guardian)
        self.assertTrue(child.guardian_whatsapp_url)
        session = self.session.with_user(self.volunteer)
        session.action_mark_all_present()
        session.line_ids[0].action_mark_absent()
        session.action_done()
        self.assertEqual(session.state, "done")
        self.assertEqual(session.absent_count, 1)
        # The forms open for the volunteer as in the web client.
        child_form = Form(child)
        self.assertEqual(child_form.place_id, self.house)
        session_form = Form(session)
        self.assertEqual(len(session_form.line_ids), len(self.house_children))
        self.assertEqual(
            Form(self.house.with_user(self.volunteer)).name, self.house.name
        )
        views = self.Session.with_user(self.volunteer).get_views([(False, "form")])
        self.assertIn("line_ids", views["views"]["form"]["arch"])

    def test_volunteer_sees_no_migration_data(self):
        child = self.child.with_user(self.volunteer)
        for field in ("migrant_parent_id", "placement_id", "placement_country_id"):
            with self.assertRaises(AccessError, msg=field):
                child.read([field])
        form = (
            self.env["desmigratif.child"]
            .with_user(self.volunteer)
            .get_views([(False, "form")])["views"]["form"]["arch"]
        )
        self.assertNotIn('<field name="migrant_parent_id"', form)
        self.assertNotIn('<field name="placement_id"', form)
        with self.assertRaises(AccessError):
            self.mother.with_user(self.volunteer).read(["nik"])
        for model in (
            "desmigratif.placement",
            "desmigratif.complaint",
            "desmigratif.household",
            "desmigratif.participant",
            "desmigratif.group",
        ):
            with self.assertRaises(AccessError, msg=model):
                self.env[model].with_user(self.volunteer).search([])
        with self.assertRaises(AccessError):
            self.placement.with_user(self.volunteer).read(["country_id"])

    def test_volunteer_menus(self):
        visible = self.env["ir.ui.menu"].with_user(self.volunteer)._visible_menu_ids()

        def reachable(xmlid):
            """The menu and all its parents are visible."""
            menu = self.env.ref(xmlid)
            while menu:
                if menu.id not in visible:
                    return False
                menu = menu.parent_id
            return True

        for xmlid in (
            "desmigratif_base.menu_desmigratif_root",
            "desmigratif_parenting.menu_parenting_session_today",
            "desmigratif_parenting.menu_parenting_child",
            "desmigratif_parenting.menu_parenting_recap",
        ):
            self.assertTrue(reachable(xmlid), xmlid)
        for xmlid in (
            "desmigratif_base.menu_desmigratif_resident",
            "desmigratif_base.menu_desmigratif_placement",
            "desmigratif_base.menu_desmigratif_complaint",
            "desmigratif_base.menu_desmigratif_participant",
            "desmigratif_parenting.menu_parenting_session_generate",
        ):
            self.assertFalse(reachable(xmlid), xmlid)

    def test_volunteer_cannot_manage_children_or_places(self):
        with self.assertRaises(AccessError):
            self.Child.with_user(self.volunteer).create(
                {"partner_id": self.guardian.id, "place_id": self.house.id}
            )
        with self.assertRaises(AccessError):
            self.house.with_user(self.volunteer).write({"name": "Renamed"})
        with self.assertRaises(AccessError):
            self.env["desmigratif.parenting.session.generate"].with_user(
                self.volunteer
            ).create({"place_ids": [(6, 0, self.house.ids)]})

    def test_desmigratif_user_reads_the_migrant_parent(self):
        child = self.child.with_user(self.reader)
        self.assertEqual(child.migrant_parent_id, self.mother)
        self.assertEqual(child.placement_country_id, self.env.ref("base.tw"))
        with self.assertRaises(AccessError):
            self.session.with_user(self.reader).action_mark_all_present()

    def test_other_village_hidden(self):
        other = self.env["res.company"].create({"name": "Desa Lain"})
        place = self.Place.create({"name": "Other House", "company_id": other.id})
        partner = self.env["res.partner"].create(
            {"name": "Other Child", "is_resident": True, "company_id": other.id}
        )
        child = self.Child.create(
            {"partner_id": partner.id, "place_id": place.id, "company_id": other.id}
        )
        self.assertFalse(
            self.Child.with_user(self.volunteer).search([("id", "=", child.id)])
        )
        self.assertFalse(
            self.Place.with_user(self.volunteer).search([("id", "=", place.id)])
        )
