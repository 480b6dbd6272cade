from odoo import models


class AccountMoveLine(models.Model):
    _inherit = "account.move.line"

    def _compute_analytic_distribution(self):
        """Put the revenue of a group product invoiced directly on the group."""
        res = super()._compute_analytic_distribution()
        for line in self.filtered(
            lambda line: (
                line.display_type == "product"
                and line.product_id
                and line.move_id.is_sale_document(include_receipts=True)
            )
        ):
            group = line.product_id.product_tmpl_id.sudo().desmigratif_group_id
            if group.analytic_account_id:
                line.analytic_distribution = group._desmigratif_analytic_distribution()
        return res
