from odoo import models


class PosSession(models.Model):
    _inherit = "pos.session"

    def _accumulate_amounts(self, data):
        """Close per product when group products were sold.

        The closing entry groups sales by account and taxes only, unless the
        point of sale closes "by product": then each product's sales line exists
        and can carry its group's analytic account (see _get_sale_vals).
        """
        config = self.config_id.sudo()
        if not config.is_closing_entry_by_product and (
            self._get_closed_orders()
            .lines.product_id.product_tmpl_id.sudo()
            .desmigratif_group_id
        ):
            config.is_closing_entry_by_product = True
        return super()._accumulate_amounts(data)

    def _get_sale_vals(self, key, sale_vals):
        vals = super()._get_sale_vals(key, sale_vals)
        product_id = key[4]
        if product_id:
            product = self.env["product.product"].sudo().browse(product_id)
            group = product.product_tmpl_id.desmigratif_group_id
            if group.analytic_account_id:
                vals["analytic_distribution"] = (
                    group._desmigratif_analytic_distribution()
                )
        return vals
