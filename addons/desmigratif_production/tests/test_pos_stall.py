from datetime import timedelta

from odoo import Command, fields
from odoo.tests import TransactionCase, tagged


@tagged("post_install", "-at_install")
class TestPosStall(TransactionCase):
    """The village stall: untaxed group products, first-expiry lots, rupiah notes."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.company = cls.env.company
        cls.ppn = cls.env["account.tax"].create(
            {
                "name": "Stall test PPN 11%",
                "amount": 11,
                "type_tax_use": "sale",
                "company_id": cls.company.id,
            }
        )
        cls.company.account_sale_tax_id = cls.ppn
        cls.group = cls.env["desmigratif.group"].create(
            {"name": "Stall Salak Group", "kind": "production"}
        )
        cls.Template = cls.env["product.template"].with_company(cls.company)

    def test_group_product_untaxed_by_default(self):
        dodol = self.Template.create(
            {"name": "Stall dodol", "desmigratif_group_id": self.group.id}
        )
        self.assertFalse(dodol.taxes_id, "a group product is sold without PPN")
        soap = self.Template.create({"name": "Shop soap"})
        self.assertEqual(soap.taxes_id, self.ppn, "other products keep the default")

    def test_group_variant_created_in_code_untaxed(self):
        """Created as a product.product, as imports and scripts do: no PPN
        either, while other products keep the company's sale tax."""
        Product = self.env["product.product"].with_company(self.company)
        dodol = Product.create(
            {"name": "Stall dodol variant", "desmigratif_group_id": self.group.id}
        )
        self.assertFalse(dodol.taxes_id, "a group product is sold without PPN")
        soap = Product.create({"name": "Shop soap variant"})
        self.assertEqual(soap.taxes_id, self.ppn, "other products keep the default")
        batik = Product.create(
            {
                "name": "Stall batik variant",
                "desmigratif_group_id": self.group.id,
                "taxes_id": [Command.set(self.ppn.ids)],
            }
        )
        self.assertEqual(batik.taxes_id, self.ppn, "taxes set on it win")
        self.company.desmigratif_products_without_vat = False
        kopi = Product.create(
            {"name": "Stall kopi variant", "desmigratif_group_id": self.group.id}
        )
        self.assertEqual(kopi.taxes_id, self.ppn, "the village charges VAT")

    def test_product_taxes_win(self):
        batik = self.Template.create(
            {
                "name": "Stall batik",
                "desmigratif_group_id": self.group.id,
                "taxes_id": [Command.set(self.ppn.ids)],
            }
        )
        self.assertEqual(batik.taxes_id, self.ppn)

    def test_village_charging_vat(self):
        self.company.desmigratif_products_without_vat = False
        dodol = self.Template.create(
            {"name": "Stall dodol", "desmigratif_group_id": self.group.id}
        )
        self.assertEqual(dodol.taxes_id, self.ppn)

    def test_form_takes_default_taxes_off(self):
        kopi = self.env["product.template"].new(
            {
                "name": "Stall kopi",
                "taxes_id": [Command.set(self.ppn.ids)],
                "desmigratif_group_id": self.group.id,
            }
        )
        kopi._onchange_desmigratif_group_id_taxes()
        self.assertFalse(kopi.taxes_id, "the default PPN comes off")
        other = self.ppn.copy({"name": "Stall test other tax"})
        selai = self.env["product.template"].new(
            {
                "name": "Stall selai",
                "taxes_id": [Command.set(other.ids)],
                "desmigratif_group_id": self.group.id,
            }
        )
        selai._onchange_desmigratif_group_id_taxes()
        self.assertEqual(selai.taxes_id._origin, other, "a tax the user chose stays")

    def test_first_expiry_lot(self):
        product = self.env["product.product"].create(
            {
                "name": "Stall abon",
                "is_storable": True,
                "tracking": "lot",
                "use_expiration_date": True,
                "desmigratif_group_id": self.group.id,
            }
        )
        config = self.env["pos.config"].create({"name": "Stall test"})
        location = config.picking_type_id.default_location_src_id
        now = fields.Datetime.now()
        lots = {}
        for name, days, quantity in (
            ("ABON-EXPIRED", -1, 5),
            ("ABON-LATE", 90, 5),
            ("ABON-EARLY", 10, 5),
            ("ABON-SOLD-OUT", 5, 0),
        ):
            lots[name] = self.env["stock.lot"].create(
                {
                    "name": name,
                    "product_id": product.id,
                    "company_id": self.company.id,
                    "expiration_date": now + timedelta(days=days),
                }
            )
            if quantity:
                self.env["stock.quant"]._update_available_quantity(
                    product, location, quantity, lot_id=lots[name]
                )
        self.assertEqual(config.desmigratif_fefo_lot(product.id), "ABON-EARLY")
        self.env["stock.quant"]._update_available_quantity(
            product, location, -5, lot_id=lots["ABON-EARLY"]
        )
        self.assertEqual(config.desmigratif_fefo_lot(product.id), "ABON-LATE")
        self.env["stock.quant"]._update_available_quantity(
            product, location, -5, lot_id=lots["ABON-LATE"]
        )
        self.assertFalse(
            config.desmigratif_fefo_lot(product.id),
            "only an expired lot left: the cashier is asked",
        )

    def test_rupiah_notes(self):
        if self.company.currency_id != self.env.ref("base.IDR"):
            self.skipTest("the village does not count in rupiah")
        config = self.env["pos.config"].create({"name": "Stall notes"})
        self.assertEqual(
            config.default_bill_ids.mapped("value"),
            [1000, 2000, 5000, 10000, 20000, 50000, 100000],
        )
        domain = self.env["pos.bill"]._load_pos_data_domain(
            {
                "pos.config": {
                    "data": [{"default_bill_ids": config.default_bill_ids.ids}]
                }
            }
        )
        self.assertEqual(
            self.env["pos.bill"].search(domain).mapped("value"),
            [1000, 2000, 5000, 10000, 20000, 50000, 100000],
            "Odoo's coins of 0.05 to 100 are not counted at a rupiah stall",
        )
