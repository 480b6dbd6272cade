from odoo import models


class SaleOrderLine(models.Model):
    _inherit = "sale.order.line"

    def _compute_analytic_distribution(self):
        """Put a group product's revenue on the group's analytic account."""
        res = super()._compute_analytic_distribution()
        for line in self.filtered(lambda line: not line.display_type):
            group = line.product_id.product_tmpl_id.sudo().desmigratif_group_id
            if group.analytic_account_id:
                line.analytic_distribution = group._desmigratif_analytic_distribution()
        return res
