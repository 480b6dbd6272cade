import contextvars

from odoo import api, models

VOLUNTEER = "desmigratif_parenting.group_parenting_volunteer"
TODAY_ACTION = "desmigratif_parenting.action_server_parenting_session_today"
DESMIGRATIF_USER = "desmigratif_base.group_desmigratif_user"

# Set while Odoo hands the new groups of the default user template to every
# internal user (when an app such as Inventory is installed).
_TEMPLATE_GROUPS = contextvars.ContextVar(
    "desmigratif_parenting_template_groups", default=False
)


class ResUsers(models.Model):
    _inherit = "res.users"

    @api.model_create_multi
    def create(self, vals_list):
        users = super().create(vals_list)
        users._parenting_set_home_action()
        return users

    def write(self, vals):
        """Keep volunteers out of the template's groups given to every user.

        Installing Inventory, Manufacturing or Point of Sale adds their
        administrator group to the default user template, and Odoo then adds it
        to every existing internal user: a volunteer of the education house
        would become the village's stock and cash administrator. A volunteer
        holds only the groups given to her on purpose.
        """
        if _TEMPLATE_GROUPS.get():
            volunteer = self.env.ref(VOLUNTEER, raise_if_not_found=False)
            users = self - volunteer.sudo().users if volunteer else self
            return super(ResUsers, users).write(vals)
        if "groups_id" in vals and self._apply_groups_to_existing_employees():
            token = _TEMPLATE_GROUPS.set(True)
            try:
                return super().write(vals)
            finally:
                _TEMPLATE_GROUPS.reset(token)
        result = super().write(vals)
        if "groups_id" in vals:
            self._parenting_set_home_action()
        return result

    @api.model
    def _parenting_set_volunteers_home_action(self):
        """Give the volunteers already registered their home (on update)."""
        volunteer = self.env.ref(VOLUNTEER, raise_if_not_found=False)
        if volunteer:
            volunteer.sudo().users._parenting_set_home_action()

    def _parenting_set_home_action(self):
        """A volunteer lands on today's sessions, not on Discuss.

        She opens the tablet at the education house to fill the sheet of the
        day. Only users without a home action of their own, and not officers
        (who use the whole back end), get it.
        """
        volunteer = self.env.ref(VOLUNTEER, raise_if_not_found=False)
        action = self.env.ref(TODAY_ACTION, raise_if_not_found=False)
        officer = self.env.ref(DESMIGRATIF_USER)
        if not volunteer or not action:
            return
        users = self.sudo().filtered(
            lambda user: (
                not user.action_id
                and volunteer in user.groups_id
                and officer not in user.groups_id
            )
        )
        if users:
            super(ResUsers, users).write({"action_id": action.id})
