from datetime import timedelta

from odoo import Command, fields
from odoo.tests import HttpCase, new_test_user, tagged


@tagged("post_install", "-at_install")
class TestPosTour(HttpCase):
    """A cashier sells two groups' products at the stall; revenue lands by group.

    The dodol is lot-tracked food with three lots in the stall's stock: one
    expired, one expiring in 60 days (made first) and one in 20 days; the
    cashier taps it and the sale takes the 20-day lot.
    """

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.company = cls.env.company
        cls.currency = cls.company.currency_id
        Group = cls.env["desmigratif.group"]
        cls.salak = Group.create({"name": "Tour Salak Group", "kind": "production"})
        cls.batik = Group.create({"name": "Tour Batik Group", "kind": "production"})
        Product = cls.env["product.product"]
        cls.dodol = Product.create(
            {
                "name": "Tour Dodol Salak",
                "list_price": 3.0,
                "available_in_pos": True,
                "is_storable": True,
                "tracking": "lot",
                "use_expiration_date": True,
                "taxes_id": [Command.clear()],
                "desmigratif_group_id": cls.salak.id,
            }
        )
        cls.cloth = Product.create(
            {
                "name": "Tour Batik Carica",
                "list_price": 25.0,
                "available_in_pos": True,
                "taxes_id": [Command.clear()],
                "desmigratif_group_id": cls.batik.id,
            }
        )
        cash_journal = cls.env["account.journal"].search(
            [("type", "=", "cash"), ("company_id", "=", cls.company.id)], limit=1
        )
        cls.cash = cls.env["pos.payment.method"].create(
            {"name": "Tour Cash", "journal_id": cash_journal.id}
        )
        cls.config = cls.env["pos.config"].create(
            {
                "name": "Tour event stall",
                "payment_method_ids": [Command.set(cls.cash.ids)],
            }
        )
        location = cls.config.picking_type_id.default_location_src_id
        now = fields.Datetime.now()
        cls.lots = {}
        for name, days in (
            ("TOUR-LOT-EXPIRED", -3),
            ("TOUR-LOT-LATE", 60),
            ("TOUR-LOT-EARLY", 20),
        ):
            lot = cls.env["stock.lot"].create(
                {
                    "name": name,
                    "product_id": cls.dodol.id,
                    "company_id": cls.company.id,
                    "expiration_date": now + timedelta(days=days),
                }
            )
            cls.env["stock.quant"]._update_available_quantity(
                cls.dodol, location, 10, lot_id=lot
            )
            cls.lots[name] = lot
        cls.cashier = new_test_user(
            cls.env,
            login="prod_tour_cashier",
            groups="base.group_user,point_of_sale.group_pos_user",
        )

    def test_pos_sale_by_group(self):
        self.config.with_user(self.cashier).open_ui()
        session = self.config.current_session_id
        self.start_tour(
            f"/pos/ui?config_id={self.config.id}",
            "desmigratif_production_pos_two_groups",
            login="prod_tour_cashier",
        )
        order = session.order_ids
        self.assertEqual(len(order), 1, "the tour made one order")
        self.assertEqual(order.state, "paid")
        self.assertEqual(order.lines.product_id, self.dodol | self.cloth)
        self.assertEqual(order.lines.desmigratif_group_id, self.salak | self.batik)
        # Two taps on the dodol: one line of 2 packets from the 20-day lot.
        dodol_lines = order.lines.filtered(lambda line: line.product_id == self.dodol)
        self.assertEqual(len(dodol_lines), 1)
        self.assertEqual(dodol_lines.qty, 2)
        self.assertEqual(
            dodol_lines.pack_lot_ids.mapped("lot_name"), ["TOUR-LOT-EARLY"]
        )
        self.assertEqual(len(order.payment_ids), 1, "no payment line of 0")
        self.assertEqual(order.payment_ids.amount, 31)
        session.post_closing_cash_details(order.amount_total)
        session.close_session_from_ui()
        self.assertEqual(session.state, "closed")
        # The 2 packets left the stall's stock from the 20-day lot: 10 - 2.
        location = self.config.picking_type_id.default_location_src_id
        for name, left in (("TOUR-LOT-EARLY", 8), ("TOUR-LOT-LATE", 10)):
            self.assertEqual(
                self.env["stock.quant"]._get_available_quantity(
                    self.dodol, location, lot_id=self.lots[name], strict=True
                ),
                left,
                name,
            )
        column = self.env.ref(
            "desmigratif_production.analytic_plan_desmigratif_groups"
        )._column_name()
        for group, product, quantity in (
            (self.salak, self.dodol, 2),
            (self.batik, self.cloth, 1),
        ):
            lines = self.env["account.analytic.line"].search(
                [(column, "=", group.analytic_account_id.id)]
            )
            self.assertEqual(
                self.currency.compare_amounts(
                    sum(lines.mapped("amount")), product.lst_price * quantity
                ),
                0,
                f"revenue of {group.name}",
            )
            self.assertEqual(
                self.currency.compare_amounts(
                    group.sales_this_year, product.lst_price * quantity
                ),
                0,
            )
