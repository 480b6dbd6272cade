from odoo import Command, fields
from odoo.tests import tagged

from .common import ProductionCommon


@tagged("post_install", "-at_install")
class TestRevenueAttribution(ProductionCommon):
    def test_sale_order_revenue_on_group(self):
        self.product.invoice_policy = "order"
        order = self.env["sale.order"].create(
            {
                "partner_id": self.customer_in.id,
                "order_line": [
                    Command.create(
                        {
                            "product_id": self.product.id,
                            "product_uom_qty": 3,
                            "price_unit": 12.5,
                            "tax_id": [Command.clear()],
                        }
                    )
                ],
            }
        )
        line = order.order_line
        self.assertEqual(
            line.analytic_distribution, {str(self.group_account.id): 100.0}
        )
        order.action_confirm()
        invoice = order._create_invoices()
        invoice.action_post()
        self.assertEqual(
            invoice.invoice_line_ids.analytic_distribution,
            {str(self.group_account.id): 100.0},
        )
        # in the company's currency, whatever the order's pricelist
        revenue = -sum(invoice.invoice_line_ids.mapped("balance"))
        self.assertEqual(
            self.currency.compare_amounts(
                invoice.currency_id._convert(
                    line.price_subtotal, self.currency, self.company, invoice.date
                ),
                revenue,
            ),
            0,
        )
        self.assertEqual(
            self.currency.compare_amounts(
                self.analytic_total(self.group_account), revenue
            ),
            0,
        )
        self.assertEqual(
            self.currency.compare_amounts(self.group.sales_this_year, revenue), 0
        )
        action = self.group.action_view_revenue()
        revenue_lines = self.env["account.analytic.line"].search(action["domain"])
        self.assertEqual(revenue_lines.move_line_id.move_id, invoice)

    def test_pos_order_revenue_on_group(self):
        other_group = self.env["desmigratif.group"].create(
            {"name": "Test Batik Group", "kind": "production"}
        )
        batik = self.env["product.product"].create(
            {
                "name": "Test batik",
                "list_price": 40.0,
                "available_in_pos": True,
                "taxes_id": [Command.clear()],
                "desmigratif_group_id": other_group.id,
            }
        )
        snack = self.env["product.product"].create(
            {
                "name": "Test snack",
                "list_price": 7.0,
                "available_in_pos": True,
                "taxes_id": [Command.clear()],
                "desmigratif_group_id": self.group.id,
            }
        )
        cash_journal = self.env["account.journal"].search(
            [("type", "=", "cash"), ("company_id", "=", self.company.id)], limit=1
        )
        cash = self.env["pos.payment.method"].create(
            {"name": "Test cash", "journal_id": cash_journal.id}
        )
        config = self.env["pos.config"].create(
            {"name": "Test event stall", "payment_method_ids": [Command.set(cash.ids)]}
        )
        self.assertFalse(config.is_closing_entry_by_product)
        config.open_ui()
        session = config.current_session_id
        session.set_opening_control(0, None)
        lines = [(batik, 2), (snack, 3)]
        total = sum(product.lst_price * qty for product, qty in lines)
        self.env["pos.order"].sync_from_ui(
            [
                {
                    "amount_paid": total,
                    "amount_return": 0,
                    "amount_tax": 0,
                    "amount_total": total,
                    "date_order": fields.Datetime.to_string(fields.Datetime.now()),
                    "fiscal_position_id": False,
                    "pricelist_id": config.pricelist_id.id,
                    "name": "Order test-1",
                    "lines": [
                        Command.create(
                            {
                                "product_id": product.id,
                                "qty": qty,
                                "price_unit": product.lst_price,
                                "price_subtotal": product.lst_price * qty,
                                "price_subtotal_incl": product.lst_price * qty,
                                "tax_ids": [],
                            }
                        )
                        for product, qty in lines
                    ],
                    "partner_id": False,
                    "session_id": session.id,
                    "sequence_number": 1,
                    "payment_ids": [
                        Command.create(
                            {
                                "amount": total,
                                "name": fields.Datetime.now(),
                                "payment_method_id": cash.id,
                            }
                        )
                    ],
                    "uuid": "00000000-0000-4000-8000-desmigratif1",
                    "user_id": self.env.uid,
                    "to_invoice": False,
                }
            ]
        )
        order_lines = session.order_ids.lines
        self.assertEqual(order_lines.desmigratif_group_id, self.group | other_group)
        session.post_closing_cash_details(total)
        session.close_session_from_ui()
        self.assertEqual(session.state, "closed")
        self.assertTrue(config.is_closing_entry_by_product)
        for group, product in ((self.group, snack), (other_group, batik)):
            expected = sum(
                order_lines.filtered(
                    lambda line, p=product: line.product_id == p
                ).mapped("price_subtotal")
            )
            self.assertEqual(
                self.currency.compare_amounts(
                    self.analytic_total(group.analytic_account_id), expected
                ),
                0,
                f"revenue of {group.name}",
            )
