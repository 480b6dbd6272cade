from odoo import Command, api, fields, models


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
    def _generate_salak_runs(self):
        """Demo only: four dodol salak runs and an invoice, so a share can be made."""
        # the groups of the base module's demo get their analytic account in the
        # post-init hook, which runs after the demo data: give it to them now
        self.env["desmigratif.group"].search([])._desmigratif_ensure_analytic_account()
        product = self.env.ref("desmigratif_production.demo_product_dodol_salak")
        variant = product.product_variant_id
        bom = self.env.ref("desmigratif_production.demo_bom_dodol_salak")
        company = self.env.ref("base.main_company")
        warehouse = self.env["stock.warehouse"].search(
            [("company_id", "=", company.id)], limit=1
        )
        members = (
            self.env.ref("desmigratif_base.demo_group_salak")
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
                    "desmigratif_production.demo_partner_village_government"
                ).id,
                "invoice_date": fields.Date.context_today(self),
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
