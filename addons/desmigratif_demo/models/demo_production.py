import base64
import io
from datetime import date, timedelta

from PIL import Image, ImageDraw

from odoo import Command, api, fields, models

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
# The stall's products and what their picture shows: no word, so that the
# tile reads the same to a cashier in any language. A packet with a window
# shows its content (a slab of dodol, slices, floss, round or triangular
# crisps, nuggets); the coffee is a cup, the jam a jar, the flour a sack, the
# quail four eggs on a plate, the batik a folded cloth.
STALL_PRODUCTS = {
    "dodol_salak": ("packet", "slab"),
    "kopi_salak": ("cup", None),
    "keripik_salak": ("packet", "slices"),
    "selai_salak": ("jar", None),
    "abon_ayam": ("packet", "floss"),
    "daging_puyuh": ("plate", "eggs"),
    "tepung_mocaf": ("sack", None),
    "criping_singkong": ("packet", "rounds"),
    "citos": ("packet", "triangles"),
    "kletuk": ("packet", "nuggets"),
    "batik_carica": ("cloth", None),
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
    def _stall_picture(self, shape, motif, colour):
        """A plain 256 px tile: the product drawn in white on its group's colour."""
        image = Image.new("RGB", (256, 256), colour)
        draw = ImageDraw.Draw(image)
        white = (255, 255, 255)
        width = 6
        if shape == "packet":
            # A bag crimped at the top, its window showing the content.
            draw.rectangle((68, 56, 188, 220), outline=white, width=width)
            draw.line(
                [(68 + 15 * step, 56 - 12 * (step % 2)) for step in range(9)],
                fill=white,
                width=width,
            )
            draw.rounded_rectangle((88, 100, 168, 196), 12, fill=white)
            self._stall_motif(draw, motif, colour)
        elif shape == "cup":
            draw.rounded_rectangle((70, 110, 170, 200), 18, outline=white, width=width)
            draw.arc((150, 125, 200, 175), -90, 90, fill=white, width=width)
            draw.ellipse((50, 196, 206, 220), outline=white, width=width)
            for left in (95, 120, 145):
                draw.arc((left, 50, left + 16, 95), 90, 270, fill=white, width=4)
        elif shape == "jar":
            draw.rounded_rectangle((76, 60, 180, 88), 6, fill=white)
            draw.rounded_rectangle((66, 92, 190, 214), 24, outline=white, width=width)
            draw.rectangle((86, 130, 170, 176), fill=white)
        elif shape == "sack":
            draw.polygon(
                [(90, 70), (166, 70), (196, 214), (60, 214)], outline=white, width=width
            )
            draw.line([(104, 58), (128, 76), (152, 58)], fill=white, width=width)
            draw.ellipse((108, 130, 148, 170), outline=white, width=width)
        elif shape == "plate":
            draw.ellipse((40, 150, 216, 206), outline=white, width=width)
            for left, top in ((70, 110), (102, 100), (134, 100), (166, 110)):
                draw.ellipse((left - 16, top, left + 16, top + 44), fill=white)
        elif shape == "cloth":
            draw.polygon(
                [(50, 70), (206, 70), (206, 150), (50, 210)], outline=white, width=width
            )
            draw.line([(50, 210), (206, 150)], fill=white, width=width)
            for left in range(70, 200, 28):
                for top in range(88, 150, 28):
                    if top < 190 - (left - 50) * 0.38:
                        draw.ellipse((left, top, left + 12, top + 12), fill=white)
        stream = io.BytesIO()
        image.save(stream, format="PNG")
        return base64.b64encode(stream.getvalue())

    @api.model
    def _stall_motif(self, draw, motif, colour):
        """What the packet's window shows, in the group's colour."""
        if motif == "slab":
            draw.rounded_rectangle((100, 128, 156, 168), 10, fill=colour)
        elif motif == "slices":
            for top in (110, 138, 166):
                draw.ellipse((98, top, 158, top + 20), outline=colour, width=5)
        elif motif == "floss":
            for top in (118, 140, 162):
                draw.line(
                    [(98 + 10 * step, top + 8 * (step % 2)) for step in range(7)],
                    fill=colour,
                    width=5,
                )
        elif motif == "rounds":
            for left, top in ((98, 110), (132, 118), (108, 148), (138, 154)):
                draw.ellipse((left, top, left + 26, top + 26), fill=colour)
        elif motif == "triangles":
            for left, top in ((98, 112), (132, 112), (115, 150)):
                draw.polygon(
                    [(left, top + 28), (left + 28, top + 28), (left + 14, top)],
                    fill=colour,
                )
        elif motif == "nuggets":
            for left, top in ((98, 112), (134, 112), (98, 150), (134, 150)):
                draw.rounded_rectangle((left, top, left + 24, top + 24), 5, fill=colour)

    @api.model
    def _generate_stall_pictures(self):
        """Demo only: a picture on each stall product that has none."""
        groups = {
            self.env.ref(f"desmigratif_demo.demo_group_{key}"): colour
            for key, colour in GROUP_COLOURS.items()
        }
        for key, (shape, motif) in STALL_PRODUCTS.items():
            product = self.env.ref(f"desmigratif_demo.demo_product_{key}")
            if product.image_1920:
                continue
            product.image_1920 = self._stall_picture(
                shape, motif, groups.get(product.desmigratif_group_id, (90, 90, 90))
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
