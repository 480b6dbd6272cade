from datetime import date, timedelta

from odoo import Command
from odoo.exceptions import AccessError, UserError
from odoo.tests import new_test_user, tagged

from .common import ParentingCase

VOLUNTEER = "desmigratif_parenting.group_parenting_volunteer"
# Rights a volunteer must never hold: other apps' administrators, the
# migration records.
FORBIDDEN_GROUPS = (
    "base.group_system",
    "base.group_erp_manager",
    "stock.group_stock_manager",
    "mrp.group_mrp_manager",
    "point_of_sale.group_pos_manager",
    "desmigratif_base.group_desmigratif_user",
)


@tagged("post_install", "-at_install")
class TestSessionIntegrity(ParentingCase):
    """A volunteer calls the ORM directly, as any RPC client can."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.volunteer = new_test_user(
            cls.env, login="parenting_volunteer_integrity", groups=VOLUNTEER
        )
        cls.held = cls.Session.create({"place_id": cls.house.id, "date": cls.MONDAY})
        cls.held.action_mark_all_present()
        cls.held.line_ids[0].code = "S"
        cls.held.action_done()
        cls.not_held = cls.Session.create(
            {"place_id": cls.house.id, "date": cls.MONDAY + timedelta(days=2)}
        )
        cls.not_held.action_cancel()
        cls.newcomer = cls._create_children(cls.house, 1, prefix="Newcomer")
        cls.planned = cls.Session.create(
            {"place_id": cls.house.id, "date": cls.MONDAY + timedelta(days=7)}
        )

    def as_volunteer(self, records):
        return records.with_user(self.volunteer)

    def assert_sheet(self, session, codes):
        """The sheet of the session holds exactly these {child: code}."""
        session.invalidate_recordset()
        self.assertEqual({line.child_id: line.code for line in session.line_ids}, codes)

    def test_state_changes_only_through_the_buttons(self):
        for session, state in (
            (self.planned, "done"),
            (self.planned, "cancelled"),
            (self.held, "planned"),
            (self.not_held, "planned"),
        ):
            before = session.state
            with self.assertRaises(UserError, msg=f"{before} -> {state}"):
                self.as_volunteer(session).write({"state": state})
            session.invalidate_recordset()
            self.assertEqual(session.state, before)
        count = self.Session.search_count([])
        with self.assertRaises(UserError):
            self.as_volunteer(self.Session).create(
                {"place_id": self.post.id, "date": self.MONDAY, "state": "done"}
            )
        self.assertEqual(self.Session.search_count([]), count)

    def test_volunteer_cannot_reopen_a_closed_sheet(self):
        for session, state in ((self.held, "done"), (self.not_held, "cancelled")):
            with self.assertRaises(AccessError):
                self.as_volunteer(session).action_reset_to_planned()
            session.invalidate_recordset()
            self.assertEqual(session.state, state)
        officer_session = self.held.with_user(self.officer)
        officer_session.action_reset_to_planned()
        self.assertEqual(officer_session.state, "planned")

    def test_reopen_names_the_session_and_its_state(self):
        session = self.planned.with_user(self.officer).with_context(lang="en_US")
        with self.assertRaises(UserError) as caught:
            session.action_reset_to_planned()
        self.assertIn(session.display_name, str(caught.exception))
        self.assertIn("Planned", str(caught.exception))
        self.assertEqual(self.planned.state, "planned")

    def test_no_line_added_to_a_closed_sheet(self):
        house_codes = {child: "H" for child in self.house_children}
        house_codes[self.house_children[0]] = "S"
        for session, codes in (
            (self.held, house_codes),
            (self.not_held, dict.fromkeys(self.house_children, False)),
        ):
            with self.assertRaises(UserError):
                self.as_volunteer(self.Line).create(
                    {"session_id": session.id, "child_id": self.newcomer.id,
                     "code": "H"}
                )  # fmt: skip
            with self.assertRaises(UserError):
                self.as_volunteer(session).write(
                    {"line_ids": [Command.create(
                        {"child_id": self.newcomer.id, "code": "H"}
                    )]}
                )  # fmt: skip
            with self.assertRaises(UserError):
                self.as_volunteer(session).action_refresh_sheet()
            self.assert_sheet(session, codes)

    def test_no_line_edited_on_a_closed_sheet(self):
        sick = self.held.line_ids.filtered(lambda line: line.code == "S")
        present = self.held.line_ids - sick
        for vals in ({"code": "A"}, {"late": True}, {"note": "Came after all"}):
            with self.assertRaises(UserError, msg=vals):
                self.as_volunteer(present).write(vals)
        with self.assertRaises(UserError):
            self.as_volunteer(sick).action_mark_present()
        with self.assertRaises(UserError):
            self.as_volunteer(self.held).write(
                {"line_ids": [Command.update(sick.id, {"code": "H"})]}
            )
        with self.assertRaises(UserError):
            self.as_volunteer(self.held).action_mark_all_present()
        with self.assertRaises(UserError):
            self.as_volunteer(self.not_held.line_ids[0]).write({"code": "H"})
        codes = {child: "H" for child in self.house_children}
        codes[sick.child_id] = "S"
        self.assert_sheet(self.held, codes)
        self.assertEqual(present.mapped("note"), [False, False])
        self.assertEqual((self.held.present_count, self.held.sick_count), (2, 1))

    def test_no_line_deleted_from_a_closed_sheet(self):
        # The volunteer has no right to delete lines; the officer has, but not
        # on a closed sheet, nor by deleting the session or the child.
        with self.assertRaises(AccessError):
            self.as_volunteer(self.held.line_ids[0]).unlink()
        officer = self.officer
        for session in (self.held, self.not_held):
            with self.assertRaises(UserError):
                session.line_ids[0].with_user(officer).unlink()
            with self.assertRaises(UserError):
                session.with_user(officer).write(
                    {"line_ids": [Command.delete(session.line_ids[0].id)]}
                )
            with self.assertRaises(UserError):
                session.with_user(officer).unlink()
            self.assertEqual(len(session.line_ids), 3)
        with self.assertRaises(UserError):
            self.house_children[0].unlink()
        self.assertTrue(self.house_children[0].exists())
        self.assertEqual(len(self.held.line_ids), 3)
        self.house_children[0].active = False
        self.assertFalse(self.house_children[0].active)

    def test_no_line_moved_to_a_closed_sheet(self):
        line = self.planned.line_ids.filtered(
            lambda line: line.child_id == self.newcomer
        )
        with self.assertRaises(UserError):
            self.as_volunteer(line).write({"session_id": self.held.id})
        self.assertEqual(line.session_id, self.planned)
        self.assertEqual(len(self.held.line_ids), 3)

    def test_closed_session_frozen_but_its_note(self):
        for vals in (
            {"date": self.MONDAY + timedelta(days=1)},
            {"time_from": 15.0},
            {"place_id": self.post.id},
            {"facilitator_id": self.volunteer.id},
        ):
            with self.assertRaises(UserError, msg=vals):
                self.as_volunteer(self.held).write(vals)
        self.assertEqual(
            (self.held.date, self.held.time_from, self.held.place_id),
            (self.MONDAY, 14.0, self.house),
        )
        self.as_volunteer(self.held).write({"note": "Rain, the children stayed"})
        self.assertEqual(self.held.note, "Rain, the children stayed")

    def test_open_sheet_still_filled_by_the_volunteer(self):
        session = self.as_volunteer(self.planned)
        session.line_ids.filtered(lambda line: line.child_id == self.newcomer).write(
            {"code": "A"}
        )
        session.action_mark_all_present()
        session.action_done()
        self.assertEqual(session.state, "done")
        self.assertEqual((session.present_count, session.absent_count), (3, 1))


@tagged("post_install", "-at_install")
class TestChildVillage(ParentingCase):
    """The people around a child belong to the child's village."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.other_village = cls.env["res.company"].create({"name": "Desa Sebelah"})
        cls.stranger = cls.env["res.partner"].create(
            {"name": "Bu Warga Desa Sebelah", "is_resident": True,
             "company_id": cls.other_village.id}
        )  # fmt: skip
        cls.mother = cls.env["res.partner"].create(
            {"name": "Bu Warga Desa Ini", "is_resident": True}
        )
        cls.child = cls.house_children[0]

    def test_migrant_parent_of_another_village_refused(self):
        with self.assertRaises(UserError):
            self.child.write({"migrant_parent_id": self.stranger.id})
        self.assertFalse(self.child.migrant_parent_id)
        with self.assertRaises(UserError):
            self.child.write({"guardian_id": self.stranger.id})
        self.assertEqual(self.child.guardian_id, self.guardian)
        partner = self.env["res.partner"].create(
            {"name": "Anak Baru", "is_resident": True}
        )
        count = self.Child.search_count([])
        with self.assertRaises(UserError):
            self.Child.create(
                {"partner_id": partner.id, "place_id": self.house.id,
                 "migrant_parent_id": self.stranger.id}
            )  # fmt: skip
        self.assertEqual(self.Child.search_count([]), count)

    def test_migrant_parent_of_the_village_accepted(self):
        self.child.with_user(self.officer).write({"migrant_parent_id": self.mother.id})
        self.assertEqual(self.child.migrant_parent_id, self.mother)


@tagged("post_install", "-at_install")
class TestChildDataExport(ParentingCase):
    """Who reads a child, and what leaves through export_data."""

    SENSITIVE = (
        "birthdate",
        "age",
        "gender",
        "guardian_mobile",
        "guardian_whatsapp_url",
        "migrant_parent_id",
        "placement_id",
        "placement_country_id",
        "placement_state",
        "parent_whatsapp_url",
        "attendance_rate",
        "absence_streak",
    )
    MIGRATION = (
        "migrant_parent_id/name",
        "placement_id/name",
        "placement_country_id/name",
        "placement_state",
        "parent_whatsapp_url",
        "partner_id/nik",
    )

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        export = "base.group_allow_export"
        cls.volunteer = new_test_user(
            cls.env, login="parenting_volunteer_export", groups=f"{VOLUNTEER},{export}"
        )
        cls.employee = new_test_user(
            cls.env,
            login="parenting_employee_export",
            groups=f"base.group_user,{export}",
        )
        cls.outsiders = cls.employee
        if cls.env.ref("point_of_sale.group_pos_user", raise_if_not_found=False):
            cls.outsiders |= new_test_user(
                cls.env,
                login="parenting_cashier_export",
                groups=f"point_of_sale.group_pos_user,{export}",
            )
        cls.mother = cls.env["res.partner"].create(
            {"name": "Bu Sarmiyati", "is_resident": True, "gender": "female",
             "birthdate": "1985-04-12", "nik": "3307105204850001",
             "mobile": "0812 1111 2222"}
        )  # fmt: skip
        cls.placement = cls.env["desmigratif.placement"].create(
            {"worker_id": cls.mother.id, "country_id": cls.env.ref("base.tw").id}
        )
        cls.child = cls.house_children[0]
        cls.child.partner_id.write({"birthdate": "2016-08-17", "gender": "female"})
        cls.child.write(
            {"migrant_parent_id": cls.mother.id, "placement_id": cls.placement.id}
        )
        cls.session = cls.Session.create({"place_id": cls.house.id, "date": cls.MONDAY})

    def test_outsiders_read_no_child(self):
        self.assertTrue(self.outsiders)
        for user in self.outsiders:
            child = self.child.with_user(user)
            with self.assertRaises(AccessError, msg=user.login):
                child.read(["name"])
            with self.assertRaises(AccessError, msg=user.login):
                self.Child.with_user(user).search([])
            with self.assertRaises(AccessError, msg=user.login):
                self.Child.with_user(user).read_group([], ["place_id"], ["place_id"])
            with self.assertRaises(AccessError, msg=user.login):
                self.Child.with_user(user).name_search("Child")
            with self.assertRaises(AccessError, msg=user.login):
                self.Line.with_user(user).search([])

    def test_outsiders_export_nothing_of_a_child(self):
        line = self.session.line_ids.filtered(lambda line: line.child_id == self.child)
        for user in self.outsiders:
            for path in ("name", *self.SENSITIVE, *self.MIGRATION):
                with self.assertRaises(AccessError, msg=f"{user.login}: {path}"):
                    self.child.with_user(user).export_data([path])
            for path in ("school_level", "session_state", "child_id/birthdate"):
                with self.assertRaises(AccessError, msg=f"{user.login}: {path}"):
                    line.with_user(user).export_data([path])

    def test_volunteer_exports_education_data_only(self):
        child = self.child.with_user(self.volunteer)
        datas = child.export_data(["name", "birthdate", "guardian_mobile"])["datas"]
        self.assertEqual(
            datas, [["Test House Child 0", date(2016, 8, 17), "0812 3456 7890"]]
        )
        for path in self.MIGRATION:
            with self.assertRaises(AccessError, msg=path):
                child.export_data([path])
        line = self.session.line_ids.filtered(lambda line: line.child_id == self.child)
        for path in ("child_id/placement_country_id", "child_id/migrant_parent_id"):
            with self.assertRaises(AccessError, msg=path):
                line.with_user(self.volunteer).export_data([path])

    def test_desmigratif_user_exports_the_migration_data(self):
        reader = new_test_user(
            self.env,
            login="parenting_reader_export",
            groups="desmigratif_base.group_desmigratif_user,base.group_allow_export",
        )
        datas = self.child.with_user(reader).export_data(
            ["placement_country_id/id", "migrant_parent_id/name"]
        )["datas"]
        self.assertEqual(datas, [["base.tw", "Bu Sarmiyati"]])


@tagged("post_install", "-at_install")
class TestVolunteerGroups(ParentingCase):
    """A volunteer holds the Volunteer group and nothing given by other apps."""

    def expected_groups(self):
        volunteer = self.env.ref(VOLUNTEER)
        return volunteer | volunteer.trans_implied_ids

    def assert_no_forbidden_rights(self, user):
        for xmlid in FORBIDDEN_GROUPS:
            group = self.env.ref(xmlid, raise_if_not_found=False)
            if group:
                self.assertNotIn(group, user.groups_id, xmlid)

    def test_demo_volunteer_holds_the_volunteer_group_only(self):
        demo = self.env.ref(
            "desmigratif_demo.demo_user_volunteer", raise_if_not_found=False
        )
        if not demo:
            self.skipTest("Demo data not loaded.")
        self.assertEqual(demo.login, "relawan")
        self.assertEqual(demo.groups_id, self.expected_groups())
        self.assertIn(self.env.ref("base.group_user"), demo.groups_id)
        self.assert_no_forbidden_rights(demo)

    def test_new_volunteer_holds_no_admin_rights(self):
        user = self.env["res.users"].create(
            {"name": "Relawan Baru", "login": "relawan_baru_test",
             "groups_id": [Command.set(self.env.ref(VOLUNTEER).ids)]}
        )  # fmt: skip
        self.assertEqual(user.groups_id, self.expected_groups())
        self.assert_no_forbidden_rights(user)

    def test_app_installed_later_gives_volunteers_nothing(self):
        """An app adds its administrator group to the default user template."""
        volunteer = new_test_user(self.env, login="relawan_lama_test", groups=VOLUNTEER)
        employee = new_test_user(self.env, login="pegawai_lama_test")
        app_admin = self.env["res.groups"].create({"name": "Test App Administrator"})
        self.env.ref("base.default_user").write(
            {"groups_id": [Command.link(app_admin.id)]}
        )
        # Odoo hands it to every internal user, but to no volunteer.
        self.assertIn(app_admin, employee.groups_id)
        self.assertNotIn(app_admin, volunteer.groups_id)
        self.assertEqual(volunteer.groups_id, self.expected_groups())
