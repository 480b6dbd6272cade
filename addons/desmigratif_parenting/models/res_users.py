import contextvars

from odoo import models

# Set while Odoo hands the new groups of the default user template to every
# internal user (when an app such as Inventory is installed).
_TEMPLATE_GROUPS = contextvars.ContextVar(
    "desmigratif_parenting_template_groups", default=False
)


class ResUsers(models.Model):
    _inherit = "res.users"

    def write(self, vals):
        """Keep volunteers out of the template's groups given to every user.

        Installing Inventory, Manufacturing or Point of Sale adds their
        administrator group to the default user template, and Odoo then adds it
        to every existing internal user: a volunteer of the education house
        would become the village's stock and cash administrator. A volunteer
        holds only the groups given to her on purpose.
        """
        if _TEMPLATE_GROUPS.get():
            volunteer = self.env.ref(
                "desmigratif_parenting.group_parenting_volunteer",
                raise_if_not_found=False,
            )
            users = self - volunteer.sudo().users if volunteer else self
            return super(ResUsers, users).write(vals)
        if "groups_id" in vals and self._apply_groups_to_existing_employees():
            token = _TEMPLATE_GROUPS.set(True)
            try:
                return super().write(vals)
            finally:
                _TEMPLATE_GROUPS.reset(token)
        return super().write(vals)
