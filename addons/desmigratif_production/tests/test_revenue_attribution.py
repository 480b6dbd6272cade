import importlib.util

from odoo import Command, fields
from odoo.exceptions import ValidationError
from odoo.modules.module import get_module_path
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

    def test_direct_invoice_on_group(self):
        """An invoice typed by hand, 4 dodol at Rp 12,500: its line carries the
        group through the product's distribution model."""
        invoice = self.sell_invoice(4, 12_500)
        self.assertEqual(
            invoice.invoice_line_ids.analytic_distribution,
            {str(self.group_account.id): 100.0},
        )
        self.assertEqual(self.analytic_total(self.group_account), 50_000)

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.other_group = cls.env["desmigratif.group"].create(
            {"name": "Test Batik Group", "kind": "production"}
        )
        cls.batik = cls.env["product.product"].create(
            {
                "name": "Test batik",
                "list_price": 40_000,
                "available_in_pos": True,
                "taxes_id": [Command.clear()],
                "desmigratif_group_id": cls.other_group.id,
            }
        )
        cls.snack = cls.env["product.product"].create(
            {
                "name": "Test snack",
                "list_price": 7_000,
                "available_in_pos": True,
                "taxes_id": [Command.clear()],
                "desmigratif_group_id": cls.group.id,
            }
        )
        cash_journal = cls.env["account.journal"].search(
            [("type", "=", "cash"), ("company_id", "=", cls.company.id)], limit=1
        )
        cls.cash = cls.env["pos.payment.method"].create(
            {"name": "Test cash", "journal_id": cash_journal.id}
        )

    def open_stall(self, **vals):
        config = self.env["pos.config"].create(
            {
                "name": "Test event stall",
                "payment_method_ids": [Command.set(self.cash.ids)],
                **vals,
            }
        )
        config.open_ui()
        session = config.current_session_id
        session.set_opening_control(0, None)
        return session

    def sell_and_close(self, session, lines):
        """One cash order of (product, quantity, price) lines, then the closing."""
        total = sum(qty * price for _product, qty, price in lines)
        self.env["pos.order"].sync_from_ui(
            [
                {
                    "amount_paid": total,
                    "amount_return": 0,
                    "amount_tax": 0,
                    "amount_total": total,
                    "date_order": fields.Datetime.to_string(fields.Datetime.now()),
                    "fiscal_position_id": False,
                    "pricelist_id": session.config_id.pricelist_id.id,
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
                                "payment_method_id": self.cash.id,
                            }
                        )
                    ],
                    "uuid": "00000000-0000-4000-8000-desmigratif1",
                    "user_id": self.env.uid,
                    "to_invoice": False,
                }
            ]
        )
        session.post_closing_cash_details(total)
        session.close_session_from_ui()
        self.assertEqual(session.state, "closed")

    def test_pos_order_revenue_on_group(self):
        """2 batik at Rp 40,000 and 3 snacks at Rp 7,000, paid Rp 101,000 in cash:
        each closing line by product carries its group."""
        session = self.open_stall()
        config = session.config_id
        self.assertTrue(config.is_closing_entry_by_product, "on for a new stall")
        settings = config.read(["is_closing_entry_by_product", "limit_categories"])
        self.sell_and_close(session, [(self.batik, 2, 40_000), (self.snack, 3, 7_000)])
        self.assertEqual(
            session.order_ids.lines.desmigratif_group_id,
            self.group | self.other_group,
        )
        sales_lines = session.move_id.line_ids.filtered("product_id")
        self.assertEqual(
            sorted(
                (line.product_id.name, line.credit, line.analytic_distribution)
                for line in sales_lines
            ),
            [
                (
                    "Test batik",
                    80_000,
                    {str(self.other_group.analytic_account_id.id): 100.0},
                ),
                ("Test snack", 21_000, {str(self.group_account.id): 100.0}),
            ],
        )
        self.assertEqual(self.analytic_total(self.group_account), 21_000)
        self.assertEqual(
            self.analytic_total(self.other_group.analytic_account_id), 80_000
        )
        self.assertEqual(
            config.read(["is_closing_entry_by_product", "limit_categories"]),
            settings,
            "closing changes no setting of the point of sale",
        )

    def test_closing_leaves_setting_alone(self):
        """A stall closing by account sold a product that joined a group during
        the day: the closing keeps the setting, the next opening asks for it."""
        tea = self.env["product.product"].create(
            {
                "name": "Test tea",
                "list_price": 5_000,
                "available_in_pos": True,
                "taxes_id": [Command.clear()],
            }
        )
        category = self.env["pos.category"].create({"name": "Test drinks"})
        tea.pos_categ_ids = category
        session = self.open_stall(
            is_closing_entry_by_product=False,
            limit_categories=True,
            iface_available_categ_ids=[Command.set(category.ids)],
        )
        config = session.config_id
        tea.desmigratif_group_id = self.group
        self.sell_and_close(session, [(tea, 2, 5_000)])
        self.assertFalse(config.is_closing_entry_by_product)
        with self.assertRaises(ValidationError):
            config.open_ui()
        config.is_closing_entry_by_product = True
        config.open_ui()
        self.assertEqual(config.current_session_id.state, "opening_control")

    def test_group_products_need_closing_by_product(self):
        config = self.env["pos.config"].create({"name": "Test shop"})
        with self.assertRaises(ValidationError):
            config.is_closing_entry_by_product = False
        category = self.env["pos.category"].create({"name": "Test soaps"})
        config.write(
            {
                "limit_categories": True,
                "iface_available_categ_ids": [Command.set(category.ids)],
                "is_closing_entry_by_product": False,
            }
        )
        self.assertFalse(config.is_closing_entry_by_product, "no group product here")
        with self.assertRaises(ValidationError):
            self.env["pos.config"].create(
                {"name": "Test stall by account", "is_closing_entry_by_product": False}
            )


@tagged("post_install", "-at_install")
class TestDistributionModel(ProductionCommon):
    """Each variant of a group product has one distribution model that follows
    the product's group and the group's analytic account."""

    def group_models(self, products):
        return self.env["account.analytic.distribution.model"].search(
            [("desmigratif_group_id", "!=", False), ("product_id", "in", products.ids)]
        )

    def describe(self, products):
        return [
            (
                model.product_id.name,
                model.desmigratif_group_id.name,
                model.analytic_distribution,
                model.company_id,
            )
            for model in self.group_models(products).sorted("id")
        ]

    def test_group_product_has_its_model(self):
        self.assertEqual(
            self.describe(self.product),
            [
                (
                    "Test dodol salak",
                    "Test Salak Group",
                    {str(self.group_account.id): 100.0},
                    self.company,
                )
            ],
        )
        self.assertFalse(self.group_models(self.component), "not a group product")

    def test_each_variant_has_its_model(self):
        """Keripik in two flavours, then a third: one model per variant."""
        flavour = self.env["product.attribute"].create(
            {
                "name": "Test flavour",
                "value_ids": [
                    Command.create({"name": name})
                    for name in ("Original", "Pedas", "Manis")
                ],
            }
        )
        original, pedas, manis = flavour.value_ids
        keripik = self.env["product.template"].create(
            {
                "name": "Test keripik",
                "desmigratif_group_id": self.group.id,
                "attribute_line_ids": [
                    Command.create(
                        {
                            "attribute_id": flavour.id,
                            "value_ids": [Command.set((original | pedas).ids)],
                        }
                    )
                ],
            }
        )
        self.assertEqual(len(self.group_models(keripik.product_variant_ids)), 2)
        keripik.attribute_line_ids.value_ids |= manis
        self.assertEqual(len(keripik.product_variant_ids), 3)
        self.assertEqual(
            self.group_models(keripik.product_variant_ids).product_id,
            keripik.product_variant_ids,
        )

    def test_model_follows_the_group(self):
        batik = self.env["desmigratif.group"].create(
            {"name": "Test Batik Group", "kind": "production"}
        )
        self.product.desmigratif_group_id = batik
        self.assertEqual(
            self.describe(self.product),
            [
                (
                    "Test dodol salak",
                    "Test Batik Group",
                    {str(batik.analytic_account_id.id): 100.0},
                    self.company,
                )
            ],
        )
        self.product.product_tmpl_id.desmigratif_group_id = False
        self.assertFalse(self.group_models(self.product))
        self.product.desmigratif_group_id = self.group
        self.assertEqual(len(self.group_models(self.product)), 1)

    def test_model_follows_the_analytic_account(self):
        account = self.group_account.copy({"name": "Test Salak Group (new)"})
        self.group.analytic_account_id = account
        self.assertEqual(
            self.group_models(self.product).analytic_distribution,
            {str(account.id): 100.0},
        )

    def test_removed_with_the_group(self):
        group = self.env["desmigratif.group"].create(
            {"name": "Test Short Group", "kind": "production"}
        )
        jam = self.env["product.template"].create(
            {"name": "Test jam", "desmigratif_group_id": group.id}
        )
        self.assertEqual(len(self.group_models(jam.product_variant_ids)), 1)
        group.unlink()
        self.assertFalse(jam.desmigratif_group_id)
        self.assertFalse(self.group_models(jam.product_variant_ids))

    def test_upgrade_gives_existing_products_a_model(self):
        """Databases from before the models: the upgrade script makes them once."""
        self.group_models(self.product).unlink()
        path = f"{get_module_path('desmigratif_production')}/migrations/18.0.1.2.0"
        spec = importlib.util.spec_from_file_location(
            "desmigratif_production_post_migrate", f"{path}/post-analytic-models.py"
        )
        script = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(script)
        script.migrate(self.env.cr, "18.0.1.1.0")
        script.migrate(self.env.cr, "18.0.1.1.0")
        self.assertEqual(
            self.describe(self.product),
            [
                (
                    "Test dodol salak",
                    "Test Salak Group",
                    {str(self.group_account.id): 100.0},
                    self.company,
                )
            ],
        )

    def test_sale_order_line_from_the_model(self):
        """The sale order line takes the group from the model, not from code that
        knows about groups: a model of another plan on the same product applies
        beside it."""
        plan = self.env["account.analytic.plan"].create({"name": "Test Markets"})
        market = self.env["account.analytic.account"].create(
            {"name": "Test Pasar Wage", "plan_id": plan.id}
        )
        self.env["account.analytic.distribution.model"].create(
            {
                "product_id": self.product.id,
                "analytic_distribution": {str(market.id): 100.0},
            }
        )
        order = self.env["sale.order"].create(
            {
                "partner_id": self.customer_in.id,
                "order_line": [Command.create({"product_id": self.product.id})],
            }
        )
        self.assertEqual(
            order.order_line.analytic_distribution,
            {str(self.group_account.id): 100.0, str(market.id): 100.0},
        )
