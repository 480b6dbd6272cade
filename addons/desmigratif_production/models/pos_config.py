from datetime import datetime

from odoo import api, fields, models

# The rupiah notes a village stall counts and is paid with.
RUPIAH_BILLS = (1000, 2000, 5000, 10000, 20000, 50000, 100000)
NEVER = datetime.max


class PosConfig(models.Model):
    _inherit = "pos.config"

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
