from odoo import api, fields, models


class PosOrderLine(models.Model):
    _inherit = "pos.order.line"

    desmigratif_group_id = fields.Many2one(
        "desmigratif.group",
        string="Production Group",
        compute="_compute_desmigratif_group_id",
        store=True,
        index=True,
        compute_sudo=True,
        groups="desmigratif_base.group_desmigratif_user",
    )
    desmigratif_session_id = fields.Many2one(
        related="order_id.session_id",
        string="Session (Event)",
        store=True,
        index=True,
        groups="desmigratif_base.group_desmigratif_user",
    )

    @api.depends("product_id.product_tmpl_id.desmigratif_group_id")
    def _compute_desmigratif_group_id(self):
        for line in self:
            line.desmigratif_group_id = (
                line.product_id.product_tmpl_id.desmigratif_group_id
            )
