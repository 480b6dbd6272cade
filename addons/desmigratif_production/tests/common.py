from odoo import Command, fields
from odoo.tests import Form, TransactionCase, freeze_time


@freeze_time("2026-06-15 09:00:00")
class ProductionCommon(TransactionCase):
    """A production group with three members, a food product, its BoM and stock.

    The clock stands still on 15 June 2026 for the whole class (and the classes
    built on it): the product's P-IRT permit runs to the end of 2029, runs and
    sales are dated that day."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.company = cls.env.company
        cls.company.write({"desmigratif_regency_code": "3307", "city": "Wonosobo"})
        cls.currency = cls.company.currency_id
        cls.env.user.groups_id |= cls.env.ref("stock.group_production_lot")
        cls.members = cls.env["res.partner"].create(
            [
                {"name": name, "is_resident": True, "company_id": cls.company.id}
                for name in ("Ani Test", "Budi Test", "Citra Test")
            ]
        )
        cls.group = cls.env["desmigratif.group"].create(
            {
                "name": "Test Salak Group",
                "kind": "production",
                "profit_share_rule": "runs",
                "profit_share_min_runs": 2,
                "member_ids": [
                    Command.create(
                        {"partner_id": partner.id, "date_join": "2020-01-01"}
                    )
                    for partner in cls.members
                ],
            }
        )
        cls.component = cls.env["product.product"].create(
            {
                "name": "Test salak fruit",
                "is_storable": True,
                "standard_price": 2.0,
            }
        )
        cls.product = cls.env["product.product"].create(
            {
                "name": "Test dodol salak",
                "is_storable": True,
                "tracking": "lot",
                "use_expiration_date": True,
                "expiration_time": 30,
                "list_price": 10.0,
                "taxes_id": [Command.clear()],
                "desmigratif_is_food": True,
                "desmigratif_pirt_number": cls.pirt_number(2029),
                "desmigratif_group_id": cls.group.id,
            }
        )
        cls.bom = cls.env["mrp.bom"].create(
            {
                "product_tmpl_id": cls.product.product_tmpl_id.id,
                "product_qty": 10,
                "bom_line_ids": [
                    Command.create({"product_id": cls.component.id, "product_qty": 5})
                ],
            }
        )
        cls.warehouse = cls.env["stock.warehouse"].search(
            [("company_id", "=", cls.company.id)], limit=1
        )
        cls.customer_in = cls.env["res.partner"].create(
            {"name": "Toko Wonosobo", "city": "Kabupaten Wonosobo"}
        )
        cls.customer_out = cls.env["res.partner"].create(
            {"name": "Toko Jakarta", "city": "Jakarta"}
        )
        cls.group_account = cls.group.analytic_account_id
        cls.plan_column = cls.env.ref(
            "desmigratif_production.analytic_plan_desmigratif_groups"
        )._column_name()

    @staticmethod
    def pirt_number(expiry_year):
        """A P-IRT number of the Wonosobo regency (3307) expiring in that year."""
        return f"2063307010012{expiry_year % 100:02d}"

    @classmethod
    def make_run(cls, participants, quantity=10):
        """Produce ``quantity`` units of the product with these participants."""
        cls.env["stock.quant"]._update_available_quantity(
            cls.component, cls.warehouse.lot_stock_id, quantity
        )
        form = Form(cls.env["mrp.production"])
        form.product_id = cls.product
        form.bom_id = cls.bom
        form.product_qty = quantity
        production = form.save()
        production.desmigratif_participant_ids = participants
        production.action_confirm()
        production.action_generate_serial()
        production.qty_producing = quantity
        production.move_raw_ids.picked = True
        production.button_mark_done()
        return production

    def analytic_total(self, account, domain=()):
        lines = self.env["account.analytic.line"].search(
            [(self.plan_column, "=", account.id), *domain]
        )
        return sum(lines.mapped("amount"))

    @classmethod
    def sell_invoice(cls, quantity, price, partner=None, invoice_date=None):
        """Invoice the product directly and post it: revenue on the group."""
        move = cls.env["account.move"].create(
            {
                "move_type": "out_invoice",
                "partner_id": (partner or cls.customer_in).id,
                "invoice_date": invoice_date or fields.Date.today(),
                "invoice_line_ids": [
                    Command.create(
                        {
                            "product_id": cls.product.id,
                            "quantity": quantity,
                            "price_unit": price,
                            "tax_ids": [Command.clear()],
                        }
                    )
                ],
            }
        )
        move.action_post()
        return move
