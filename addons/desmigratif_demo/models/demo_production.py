import base64
import io
from datetime import date, timedelta

from PIL import Image, ImageDraw, ImageFont

from odoo import Command, api, fields, models
from odoo.tools.misc import file_path

GROUPS = ("salak", "daging", "singkong", "batik")
# The village gave Rp 8,000,000 in 2017, split among the four groups.
VILLAGE_GRANT = 2_000_000
VILLAGE_GRANT_DATE = date(2017, 3, 1)
# Tile colours of the stall's pictures, one per group (RGB).
GROUP_COLOURS = {
    "salak": (141, 85, 36),
    "daging": (178, 34, 34),
    "singkong": (218, 165, 32),
    "batik": (46, 64, 122),
}
# The stall's products and the word on their picture.
STALL_PRODUCTS = {
    "dodol_salak": "Dodol",
    "kopi_salak": "Kopi",
    "keripik_salak": "Keripik",
    "selai_salak": "Selai",
    "abon_ayam": "Abon",
    "daging_puyuh": "Puyuh",
    "tepung_mocaf": "Mocaf",
    "criping_singkong": "Criping",
    "citos": "Citos",
    "kletuk": "Kletuk",
    "batik_carica": "Batik",
}
# Two lots of each food product in the stall's stock: days to expiry, quantity.
STALL_LOTS = ((30, 12), (75, 24))


class DesmigratifProductionDemo(models.AbstractModel):
    _name = "desmigratif.production.demo"
    _description = "Desmigratif Production Demo Data Generator"

    @api.model
    def _align_pricelists(self):
        """Demo only: sell in the village's currency.

        Odoo made the company's default pricelist when the sales app was
        installed, before the Indonesian chart set the company's currency."""
        company = self.env.ref("base.main_company")
        self.env["product.pricelist"].search(
            [
                ("company_id", "=", company.id),
                ("currency_id", "!=", company.currency_id.id),
                ("item_ids", "=", False),
            ]
        ).currency_id = company.currency_id

    @api.model
    def _setup_stall(self):
        """The journals and the cash payment method of the village stall."""
        company = self.env.ref("base.main_company")
        Coop = self.env["desmigratif.coop.demo"]
        admin = self.env.ref("base.user_admin")
        sales = Coop._create(
            "demo_journal_event_sales",
            "account.journal",
            {
                "name": "Village Stall Sales",
                "code": "STAN",
                "type": "general",
                "company_id": company.id,
            },
            admin,
        )
        cash = Coop._create(
            "demo_journal_event_cash",
            "account.journal",
            {
                "name": "Village Stall Cash",
                "code": "KSTAN",
                "type": "cash",
                "company_id": company.id,
            },
            admin,
        )
        Coop._create(
            "demo_payment_method_event_cash",
            "pos.payment.method",
            {
                "name": "Cash",
                "journal_id": cash.id,
                "company_id": company.id,
            },
            admin,
        )
        return sales

    @api.model
    def _generate_grants(self):
        """The village's starting capital of 2017, one grant per group, recorded
        and posted by the manager: the group's money is booked once."""
        manager = self.env.ref("desmigratif_demo.demo_user_manager")
        village = self.env.ref("desmigratif_demo.demo_partner_village_government")
        Coop = self.env["desmigratif.coop.demo"]
        grants = self.env["desmigratif.group.grant"]
        for key in GROUPS:
            grants |= Coop._create(
                f"demo_grant_{key}",
                "desmigratif.group.grant",
                {
                    "name": "Modal awal dari Pemerintah Desa 2017",
                    "group_id": self.env.ref(f"desmigratif_demo.demo_group_{key}").id,
                    "source_partner_id": village.id,
                    "date": VILLAGE_GRANT_DATE,
                    "currency_id": self.env.ref("base.IDR").id,
                    "amount": VILLAGE_GRANT,
                },
                manager,
            )
        Coop._act(grants, "action_post", ("draft",), manager)

    @api.model
    def _generate_salak_runs(self):
        """Demo only: four dodol salak runs and an invoice, so a share can be made.

        Done once: the invoice's xmlid says the runs exist."""
        invoice_xmlid = "desmigratif_demo.demo_invoice_salak"
        if self.env.ref(invoice_xmlid, raise_if_not_found=False):
            return
        officer = self.env["desmigratif.coop.demo"]._users()[2]
        # the groups of the base module's demo get their analytic account in the
        # post-init hook, which runs after the demo data: give it to them now
        self.env["desmigratif.group"].search([])._desmigratif_ensure_analytic_account()
        product = self.env.ref("desmigratif_demo.demo_product_dodol_salak")
        variant = product.product_variant_id
        bom = self.env.ref("desmigratif_demo.demo_bom_dodol_salak")
        company = self.env.ref("base.main_company")
        warehouse = self.env["stock.warehouse"].search(
            [("company_id", "=", company.id)], limit=1
        )
        members = (
            self.env.ref("desmigratif_demo.demo_group_salak")
            .member_ids.sorted("id")
            .partner_id
        )
        for index in range(4):
            for line in bom.bom_line_ids:
                self.env["stock.quant"]._update_available_quantity(
                    line.product_id, warehouse.lot_stock_id, line.product_qty
                )
            production = self.env["mrp.production"].create(
                {
                    "product_id": variant.id,
                    "bom_id": bom.id,
                    "product_qty": bom.product_qty,
                    "company_id": company.id,
                    "user_id": officer.id,
                    "desmigratif_participant_ids": [
                        Command.set(members[index : index + 6].ids)
                    ],
                }
            )
            production.action_confirm()
            production.action_generate_serial()
            production.qty_producing = production.product_qty
            production.move_raw_ids.picked = True
            production.button_mark_done()
        invoice = self.env["account.move"].create(
            {
                "move_type": "out_invoice",
                "partner_id": self.env.ref(
                    "desmigratif_demo.demo_partner_village_government"
                ).id,
                "invoice_date": fields.Date.context_today(self),
                "invoice_user_id": officer.id,
                "company_id": company.id,
                "invoice_line_ids": [
                    Command.create(
                        {
                            "product_id": variant.id,
                            "quantity": 60,
                            "price_unit": product.list_price,
                            "tax_ids": [Command.clear()],
                        }
                    )
                ],
            }
        )
        invoice.action_post()
        self.env["ir.model.data"]._update_xmlids(
            [
                {
                    "xml_id": invoice_xmlid,
                    "record": invoice,
                    "noupdate": True,
                }
            ]
        )

    @api.model
    def _stall_picture(self, label, colour):
        """A plain 256 px tile: a word for the product on its group's colour."""
        image = Image.new("RGB", (256, 256), colour)
        draw = ImageDraw.Draw(image)
        font = ImageFont.truetype(
            file_path("web/static/fonts/sign/NotoSans-Reg.ttf"), 40
        )
        draw.ellipse((28, 28, 228, 228), outline=(255, 255, 255), width=6)
        left, top, right, bottom = draw.textbbox((0, 0), label, font=font)
        draw.text(
            ((256 - right + left) / 2 - left, (256 - bottom + top) / 2 - top),
            label,
            font=font,
            fill=(255, 255, 255),
        )
        stream = io.BytesIO()
        image.save(stream, format="PNG")
        return base64.b64encode(stream.getvalue())

    @api.model
    def _generate_stall_pictures(self):
        """Demo only: a picture on each stall product that has none."""
        groups = {
            self.env.ref(f"desmigratif_demo.demo_group_{key}"): colour
            for key, colour in GROUP_COLOURS.items()
        }
        for key, label in STALL_PRODUCTS.items():
            product = self.env.ref(f"desmigratif_demo.demo_product_{key}")
            if product.image_1920:
                continue
            product.image_1920 = self._stall_picture(
                label, groups.get(product.desmigratif_group_id, (90, 90, 90))
            )

    @api.model
    def _generate_stall_stock(self):
        """Demo only: two lots of each food product at the stall, the first
        expiring sooner, so a tap sells the lot that expires first."""
        location = self.env.ref(
            "desmigratif_demo.demo_pos_config_event"
        ).picking_type_id.default_location_src_id
        today = fields.Datetime.now()
        for key in STALL_PRODUCTS:
            template = self.env.ref(f"desmigratif_demo.demo_product_{key}")
            product = template.product_variant_id
            if template.tracking != "lot" or self.env["stock.quant"].search_count(
                [("product_id", "=", product.id), ("location_id", "=", location.id)]
            ):
                continue
            for index, (days, quantity) in enumerate(STALL_LOTS, start=1):
                expiry = today + timedelta(days=days)
                lot = self.env["stock.lot"].create(
                    {
                        "name": f"{key.upper().replace('_', '-')}-{index:02d}",
                        "product_id": product.id,
                        "company_id": location.company_id.id or self.env.company.id,
                        "expiration_date": expiry,
                    }
                )
                self.env["stock.quant"]._update_available_quantity(
                    product, location, quantity, lot_id=lot
                )
