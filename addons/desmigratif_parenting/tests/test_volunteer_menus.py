from odoo import Command
from odoo.tests import TransactionCase, new_test_user, tagged

VOLUNTEER = "desmigratif_parenting.group_parenting_volunteer"
DESMIGRATIF = "desmigratif_base.menu_desmigratif_root"
# Apps every internal user opens, which the volunteer's tablet leaves out.
EVERYONE_APPS = (
    "mail.menu_root_discuss",
    "contacts.menu_contacts",
    "spreadsheet_dashboard.spreadsheet_dashboard_menu_root",
    "base.menu_management",
)


@tagged("post_install", "-at_install")
class TestVolunteerMenus(TransactionCase):
    """The application menu of a volunteer, of a volunteer who also serves at
    a stall, and of an officer."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.volunteer = new_test_user(cls.env, login="menu_volunteer", groups=VOLUNTEER)
        cls.officer = new_test_user(
            cls.env,
            login="menu_officer",
            groups=f"desmigratif_base.group_desmigratif_officer,{VOLUNTEER}",
        )
        # Another app with a group of its own, as the Point of Sale has.
        cls.stall_group = cls.env["res.groups"].create({"name": "Menu Test Stall"})
        cls.helper = new_test_user(cls.env, login="menu_helper", groups=VOLUNTEER)
        cls.helper.groups_id = [Command.link(cls.stall_group.id)]
        action = cls.env.ref("base.action_partner_form")
        cls.stall_app = cls.env["ir.ui.menu"].create(
            {
                "name": "Menu Test Stall App",
                "action": f"{action._name},{action.id}",
                "groups_id": [Command.link(cls.stall_group.id)],
            }
        )
        cls.open_app = cls.env["ir.ui.menu"].create(
            {"name": "Menu Test Open App", "action": f"{action._name},{action.id}"}
        )

    def _apps(self, user):
        """The xml ids (or names) of the apps in the user's application menu."""
        menus = self.env["ir.ui.menu"].with_user(user).load_menus(False)
        return {
            menus[menu_id]["xmlid"] or menus[menu_id]["name"]
            for menu_id in menus["root"]["children"]
        }

    def _installed(self, xmlids):
        return {xmlid for xmlid in xmlids if self.env.ref(xmlid, False)}

    def test_volunteer_sees_only_her_app(self):
        self.assertEqual(self._apps(self.volunteer), {DESMIGRATIF})
        # Her education house is all there under it.
        menus = self.env["ir.ui.menu"].with_user(self.volunteer).load_menus(False)
        today = self.env.ref("desmigratif_parenting.menu_parenting_session_today")
        self.assertIn(today.id, menus)

    def test_volunteer_at_the_stall_keeps_the_stall_app(self):
        self.assertEqual(self._apps(self.helper), {DESMIGRATIF, "Menu Test Stall App"})

    def test_officer_keeps_every_app(self):
        apps = self._apps(self.officer)
        expected = self._installed(("mail.menu_root_discuss", "contacts.menu_contacts"))
        self.assertEqual(len(expected), 2)
        self.assertLessEqual(expected | {DESMIGRATIF, "Menu Test Open App"}, apps)
        admin_apps = self._apps(self.env.ref("base.user_admin"))
        self.assertLessEqual(
            self._installed(EVERYONE_APPS) | {DESMIGRATIF, "Menu Test Open App"},
            admin_apps,
        )
