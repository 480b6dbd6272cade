from odoo import api, models


class ProductProduct(models.Model):
    _inherit = "product.product"

    @api.model_create_multi
    def create(self, vals_list):
        """Same defaults as a template, and a distribution model for a new variant.

        The village's "no VAT" default is applied before Odoo fills the company's
        sale tax into the variant's values (which reach the template as if the
        user had chosen that tax).
        """
        Template = self.env["product.template"]
        for vals in vals_list:
            Template._desmigratif_default_taxes(vals)
        products = super().create(vals_list)
        products.product_tmpl_id.filtered(
            lambda template: template.sudo().desmigratif_group_id
        )._desmigratif_sync_distribution_models()
        return products
