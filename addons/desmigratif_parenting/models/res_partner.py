from odoo import fields, models

DESMIGRATIF_USER = "desmigratif_base.group_desmigratif_user"


class ResPartner(models.Model):
    _inherit = "res.partner"

    parenting_child_count = fields.Integer(
        compute="_compute_parenting_child_count",
        string="Children",
        groups=DESMIGRATIF_USER,
        help="Children at the education house whose migrant parent or guardian at "
        "home this person is.",
    )

    def _parenting_children_domain(self):
        return [
            "|",
            ("migrant_parent_id", "in", self.ids),
            ("guardian_id", "in", self.ids),
        ]

    def _compute_parenting_child_count(self):
        children = self.env["desmigratif.child"].search_fetch(
            self._parenting_children_domain(), ["migrant_parent_id", "guardian_id"]
        )
        for partner in self:
            partner.parenting_child_count = len(
                children.filtered(
                    lambda c, p=partner: p in c.migrant_parent_id | c.guardian_id
                )
            )

    def action_parenting_view_children(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "desmigratif_parenting.action_desmigratif_child"
        )
        action["domain"] = self._parenting_children_domain()
        # A worker's children have the worker as migrant parent; a family
        # member at home is their guardian.
        role = "guardian_id" if self.migrant_status == "family" else "migrant_parent_id"
        action["context"] = {f"default_{role}": self.id}
        return action
