from datetime import datetime

from odoo import api, fields, models
from odoo.exceptions import ValidationError

# The rupiah notes a village stall counts and is paid with.
RUPIAH_BILLS = (1000, 2000, 5000, 10000, 20000, 50000, 100000)
NEVER = datetime.max


class PosConfig(models.Model):
    _inherit = "pos.config"

    # On by default: see _check_desmigratif_closing_by_product.
    is_closing_entry_by_product = fields.Boolean(default=True)

    @api.constrains(
        "is_closing_entry_by_product", "limit_categories", "iface_available_categ_ids"
    )
    def _check_desmigratif_closing_by_product(self):
        """A stall that sells group products closes by product.

        Only a closing entry by product has one sales line per product, and so a
        line that the product's analytic distribution model (its production
        group) applies to; closed by account, a group's POS sales would reach no
        group. The setting is therefore on for every new point of sale and can
        be turned off only where no group product is sold. It is checked when
        the setting or the categories change and, since open_ui validates the
        configuration, again when a session is opened: the closing itself never
        changes it.
        """
        Product = self.env["product.product"].sudo()
        for config in self.filtered(lambda c: not c.is_closing_entry_by_product):
            products = Product.search(
                [
                    *config._get_available_product_domain(),
                    ("product_tmpl_id.desmigratif_group_id", "!=", False),
                ],
                limit=3,
            )
            if products:
                raise ValidationError(
                    self.env._(
                        "Closing Entry by product: %(config)s sells products of "
                        "production groups (%(products)s). Its closing entry must "
                        "list each product, so that their sales reach the group's "
                        "analytic account.",
                        config=config.name,
                        products=", ".join(products.mapped("display_name")),
                    )
                )

    @api.model_create_multi
    def create(self, vals_list):
        """A rupiah stall counts its cash in rupiah notes, not in cents."""
        configs = super().create(vals_list)
        bills = self._desmigratif_rupiah_bills()
        for config in configs:
            if (
                bills
                and not config.default_bill_ids
                and config._desmigratif_is_rupiah()
            ):
                config.default_bill_ids = bills
        return configs

    def _desmigratif_is_rupiah(self):
        self.ensure_one()
        return self.currency_id == self.env.ref("base.IDR", raise_if_not_found=False)

    @api.model
    def _desmigratif_rupiah_bills(self):
        bills = self.env["pos.bill"]
        for value in RUPIAH_BILLS:
            bills |= (
                self.env.ref(
                    f"desmigratif_production.pos_bill_idr_{value}",
                    raise_if_not_found=False,
                )
                or bills.browse()
            )
        return bills

    def desmigratif_fefo_lot(self, product_id):
        """Name of the lot the stall sells first: the one that expires first.

        Only lots still in the stall's stock and not yet expired count, so the
        cashier never has to type or choose a lot for a food product; without
        such a lot the point of sale asks as Odoo does (returns False).
        """
        self.ensure_one()
        self.check_access("read")
        product = self.env["product.product"].sudo().browse(product_id).exists()
        if product.tracking != "lot":
            return False
        location = self.sudo().picking_type_id.default_location_src_id
        if not location:
            return False
        quants = (
            self.env["stock.quant"]
            .sudo()
            .search(
                [
                    ("product_id", "=", product.id),
                    ("location_id", "child_of", location.id),
                    ("lot_id", "!=", False),
                    ("quantity", ">", 0),
                ]
            )
        )
        now = fields.Datetime.now()
        lots = quants.lot_id.filtered(
            lambda lot: not lot.expiration_date or lot.expiration_date > now
        )
        lots = lots.sorted(
            lambda lot: (
                lot.removal_date or lot.expiration_date or NEVER,
                lot.id,
            )
        )
        return lots[:1].name or False
