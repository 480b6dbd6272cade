from odoo import api, models, tools

VOLUNTEER = "desmigratif_parenting.group_parenting_volunteer"
# Any role among these makes her a village officer, who uses the whole back end.
STAFF_GROUPS = (
    "desmigratif_base.group_desmigratif_user",
    "base.group_erp_manager",
    "base.group_system",
)
# The application a volunteer always keeps: her education house is in it.
VOLUNTEER_APPS = ("desmigratif_base.menu_desmigratif_root",)


class IrUiMenu(models.Model):
    _inherit = "ir.ui.menu"

    @api.model
    @tools.ormcache("frozenset(self.env.user.groups_id.ids)", "debug")
    def _visible_menu_ids(self, debug=False):
        """A volunteer's tablet shows her education house, not Odoo's apps.

        Discuss, Contacts, Dashboards and Apps open to every internal user; a
        volunteer without an officer's role keeps only the Desmigratif app and
        the apps of the other groups she was given on purpose (a volunteer who
        also serves at the stall keeps the Point of Sale).
        """
        visible = super()._visible_menu_ids(debug)
        if not self._desmigratif_volunteer_only():
            return visible
        own_groups = self._desmigratif_own_groups()
        keep_roots = {
            self.env["ir.model.data"]._xmlid_to_res_id(xmlid, raise_if_not_found=False)
            for xmlid in VOLUNTEER_APPS
        }
        menus = (
            self.sudo()
            .with_context(**{"ir.ui.menu.full_list": True})
            .browse(visible)
            .exists()
        )
        roots = menus.filtered(lambda menu: not menu.parent_id)
        keep_roots |= {root.id for root in roots if root.groups_id & own_groups}
        return {
            menu.id
            for menu in menus
            if int(menu.parent_path.split("/", 1)[0]) in keep_roots
        }

    @api.model
    def _desmigratif_volunteer_only(self):
        """A volunteer of the education house holding no officer's role."""
        user = self.env.user
        volunteer = self.env.ref(VOLUNTEER, raise_if_not_found=False)
        if not volunteer or volunteer not in user.groups_id:
            return False
        return not any(
            user.has_group(xmlid)
            for xmlid in STAFF_GROUPS
            if self.env.ref(xmlid, raise_if_not_found=False)
        )

    @api.model
    def _desmigratif_own_groups(self):
        """Her groups beyond the ones every internal user holds."""
        internal = self.env.ref("base.group_user").sudo()
        everyone = internal | internal.trans_implied_ids
        return self.env.user.groups_id.sudo() - everyone
