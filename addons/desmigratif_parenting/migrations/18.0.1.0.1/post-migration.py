from odoo import SUPERUSER_ID, Command, api


def migrate(cr, version):
    """Give the demo volunteer back the Volunteer group only.

    Before 18.0.1.0.1 she received the administrator groups of every app
    installed after this module (Inventory, Manufacturing, Point of Sale).
    """
    env = api.Environment(cr, SUPERUSER_ID, {})
    volunteer = env.ref(
        "desmigratif_parenting.demo_user_volunteer", raise_if_not_found=False
    )
    if volunteer:
        group = env.ref("desmigratif_parenting.group_parenting_volunteer")
        volunteer.groups_id = [Command.set(group.ids)]
