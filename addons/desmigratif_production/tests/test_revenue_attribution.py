from odoo import Command, fields
from odoo.tests import tagged

from .common import ProductionCommon


@tagged("post_install", "-at_install")
class TestRevenueAttribution(ProductionCommon):
    def test_sale_order_revenue_on_group(self):
        """3 dodol at Rp 12,500 on a rupiah pricelist: Rp 37,500 of revenue on
        the group's analytic account."""
        self.product.invoice_policy = "order"
        pricelist = self.env["product.pricelist"].create(
            {"name": "Test village prices", "currency_id": self.currency.id}
        )
        order = self.env["sale.order"].create(
            {
                "partner_id": self.customer_in.id,
                "pricelist_id": pricelist.id,
                "order_line": [
                    Command.create(
                        {
                            "product_id": self.product.id,
                            "product_uom_qty": 3,
                            "price_unit": 12_500,
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
        self.assertEqual(invoice.invoice_line_ids.credit, 37_500)
        self.assertEqual(self.analytic_total(self.group_account), 37_500)
        self.assertEqual(self.group.sales_this_year, 37_500)
        action = self.group.action_view_revenue()
        revenue_lines = self.env["account.analytic.line"].search(action["domain"])
        self.assertEqual(revenue_lines.move_line_id.move_id, invoice)
        self.assertEqual(revenue_lines.mapped("amount"), [37_500])

    def test_pos_order_revenue_on_group(self):
        other_group = self.env["desmigratif.group"].create(
            {"name": "Test Batik Group", "kind": "production"}
        )
        batik = self.env["product.product"].create(
            {
                "name": "Test batik",
                "list_price": 40_000,
                "available_in_pos": True,
                "taxes_id": [Command.clear()],
                "desmigratif_group_id": other_group.id,
            }
        )
        snack = self.env["product.product"].create(
            {
                "name": "Test snack",
                "list_price": 7_000,
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
        # 2 batik at Rp 40,000 and 3 snacks at Rp 7,000: Rp 101,000 paid in cash
        lines = [(batik, 2, 40_000), (snack, 3, 7_000)]
        total = 101_000
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
                                "price_unit": price,
                                "price_subtotal": qty * price,
                                "price_subtotal_incl": qty * price,
                                "tax_ids": [],
                            }
                        )
                        for product, qty, price in lines
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
        self.assertEqual(self.analytic_total(self.group_account), 21_000)
        self.assertEqual(self.analytic_total(other_group.analytic_account_id), 80_000)
