from datetime import timedelta

from odoo import Command, fields
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import new_test_user, tagged

from .common import ProductionCommon


@tagged("post_install", "-at_install")
class TestProfitShare(ProductionCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.ani, cls.budi, cls.citra = cls.members
        cls.run1 = cls.make_run(cls.ani | cls.budi)
        cls.run2 = cls.make_run(cls.members)
        cls.expense_account = cls.env["account.account"].search(
            [
                ("account_type", "=", "expense"),
                ("company_ids", "in", cls.company.ids),
            ],
            limit=1,
        )
        cls.cash_journal = cls.env["account.journal"].search(
            [("type", "=", "cash"), ("company_id", "=", cls.company.id)], limit=1
        )

    def post_expense(self, amount):
        """Packaging bought for the group, posted on its analytic account."""
        move = self.env["account.move"].create(
            {
                "journal_id": self.cash_journal.id,
                "line_ids": [
                    Command.create(
                        {
                            "name": "Packaging",
                            "account_id": self.expense_account.id,
                            "balance": amount,
                            "analytic_distribution": {
                                str(self.group_account.id): 100.0
                            },
                        }
                    ),
                    Command.create(
                        {
                            "name": "Packaging",
                            "account_id": self.cash_journal.default_account_id.id,
                            "balance": -amount,
                        }
                    ),
                ],
            }
        )
        move.action_post()
        return move

    def new_share(self, weighting="equal", **vals):
        return self.env["desmigratif.profit.share"].create(
            {"group_id": self.group.id, "weighting": weighting, **vals}
        )

    def expected_profit(self, revenue, other_costs):
        run_cost = self.run1.desmigratif_cost + self.run2.desmigratif_cost
        return self.currency.round(revenue - other_costs - run_cost)

    def test_equal_share(self):
        self.sell_invoice(20, 10.0)
        self.post_expense(7.0)
        share = self.new_share()
        share.action_compute()
        profit = self.expected_profit(200.0, 7.0)
        self.assertEqual(share.production_ids, self.run1 | self.run2)
        self.assertEqual(self.currency.compare_amounts(share.revenue, 200.0), 0)
        self.assertEqual(self.currency.compare_amounts(share.other_costs, 7.0), 0)
        self.assertEqual(self.currency.compare_amounts(share.profit, profit), 0)
        self.assertEqual(share.line_ids.partner_id, self.members)
        self.assertEqual(
            self.currency.compare_amounts(sum(share.line_ids.mapped("amount")), profit),
            0,
            "the shares add up exactly to the profit",
        )
        exact = profit / 3
        for line in share.line_ids:
            self.assertLess(abs(line.amount - exact), self.currency.rounding)
            self.assertEqual(line.weight, 1)
        amounts = share.line_ids.mapped("amount")
        self.assertLessEqual(max(amounts) - min(amounts), self.currency.rounding * 1.5)

    def test_weighted_share(self):
        self.sell_invoice(20, 10.0)
        share = self.new_share("runs")
        share.action_compute()
        profit = self.expected_profit(200.0, 0.0)
        runs = {line.partner_id: line.runs_attended for line in share.line_ids}
        self.assertEqual(runs, {self.ani: 2, self.budi: 2, self.citra: 1})
        total = sum(runs.values())
        for line in share.line_ids:
            self.assertLess(
                abs(line.amount - profit * line.runs_attended / total),
                self.currency.rounding,
            )
        self.assertEqual(
            self.currency.compare_amounts(sum(share.line_ids.mapped("amount")), profit),
            0,
        )

    def test_split_rounding_remainder(self):
        share = self.new_share()
        unit = self.currency.rounding
        amounts = share._split(100 * unit, [1, 1, 1])
        self.assertEqual(
            amounts,
            [
                self.currency.round(34 * unit),
                self.currency.round(33 * unit),
                self.currency.round(33 * unit),
            ],
        )
        # largest fraction first: 10 units by 1/2/4 -> 1.43, 2.86, 5.71
        self.assertEqual(
            share._split(10 * unit, [1, 2, 4]),
            [self.currency.round(n * unit) for n in (1, 3, 6)],
        )

    def test_confirm_posts_entry(self):
        self.sell_invoice(20, 10.0)
        manager = new_test_user(
            self.env,
            login="prod_share_manager",
            groups="desmigratif_base.group_desmigratif_manager",
        )
        share = self.new_share().with_user(manager)
        share.action_compute()
        share.action_confirm()
        self.assertEqual(share.state, "confirmed")
        move = share.sudo().move_id
        self.assertEqual(move.state, "posted")
        profit_account = self.company.desmigratif_profit_share_account_id
        payable = self.company.desmigratif_member_payable_account_id
        self.assertEqual(payable.account_type, "liability_payable")
        debit = move.line_ids.filtered(lambda line: line.account_id == profit_account)
        self.assertEqual(self.currency.compare_amounts(debit.debit, share.profit), 0)
        credits = move.line_ids.filtered(lambda line: line.account_id == payable)
        self.assertEqual(credits.partner_id, self.members)
        for line in share.line_ids:
            credit = credits.filtered(lambda c, p=line.partner_id: c.partner_id == p)
            self.assertEqual(
                self.currency.compare_amounts(credit.credit, line.amount), 0
            )
        self.assertEqual(
            self.currency.compare_amounts(sum(move.line_ids.mapped("balance")), 0), 0
        )
        self.assertEqual((self.run1 | self.run2).desmigratif_profit_share_id, share)
        self.assertEqual(self.group.runs_since_share, 0)
        # nothing left to share until new runs
        second = self.new_share()
        with self.assertRaisesRegex(ValidationError, "must end on or after"):
            second.action_compute()
        second.date_to = share.date_to + timedelta(days=1)
        with self.assertRaisesRegex(UserError, "no finished production run"):
            second.action_compute()
        # cancelling reverses the entry and frees the runs
        share.action_cancel()
        self.assertEqual(move.reversal_move_ids.state, "posted")
        self.assertFalse((self.run1 | self.run2).desmigratif_profit_share_id)

    def test_only_manager_confirms(self):
        self.sell_invoice(20, 10.0)
        officer = new_test_user(
            self.env,
            login="prod_share_officer",
            groups="desmigratif_base.group_desmigratif_officer",
        )
        share = self.new_share().with_user(officer)
        share.action_compute()
        with self.assertRaisesRegex(UserError, "only a Desmigratif manager"):
            share.action_confirm()
        user = new_test_user(
            self.env,
            login="prod_share_user",
            groups="desmigratif_base.group_desmigratif_user",
        )
        with self.assertRaises(AccessError):
            self.new_share().with_user(user).write({"date_to": fields.Date.today()})

    def test_rule_minimum_runs(self):
        self.sell_invoice(20, 10.0)
        self.group.profit_share_min_runs = 3
        share = self.new_share()
        with self.assertRaisesRegex(UserError, "at least 3 production runs; only 2"):
            share.action_compute()
        self.make_run(self.ani)
        share.action_compute()
        self.assertEqual(share.run_count, 3)

    def test_rule_yearly(self):
        self.sell_invoice(20, 10.0)
        today = fields.Date.today()
        self.group.write({"profit_share_rule": "yearly", "profit_share_date": False})
        share = self.new_share()
        with self.assertRaisesRegex(UserError, "set this year's Share Date"):
            share.action_compute()
        self.group.profit_share_date = today + timedelta(days=10)
        with self.assertRaisesRegex(UserError, "once a year, not before"):
            share.action_compute()
        self.group.profit_share_date = today
        share.action_confirm()
        self.assertEqual(share.state, "confirmed")
        self.make_run(self.ani)
        again = self.new_share()
        with self.assertRaisesRegex(UserError, "already shared in"):
            again.action_compute()

    def test_no_profit_refused(self):
        share = self.new_share()
        with self.assertRaisesRegex(UserError, "no profit to share"):
            share.action_compute()

    def test_bounded_queries(self):
        """Computing a share costs the same queries for 10 or 100 sold lines."""
        self.sell_invoice(1, 30.0)
        share = self.new_share()

        def invoice_lines(count):
            move = self.env["account.move"].create(
                {
                    "move_type": "out_invoice",
                    "partner_id": self.customer_in.id,
                    "invoice_date": fields.Date.today(),
                    "invoice_line_ids": [
                        Command.create(
                            {
                                "product_id": self.product.id,
                                "quantity": 1,
                                "price_unit": 10.0,
                                "tax_ids": [Command.clear()],
                            }
                        )
                        for __ in range(count)
                    ],
                }
            )
            move.action_post()

        def measure():
            self.env.flush_all()
            self.env.invalidate_all()
            start = self.env.cr.sql_log_count
            share.action_compute()
            self.env.flush_all()
            return self.env.cr.sql_log_count - start

        share.action_compute()
        invoice_lines(9)
        queries_10 = measure()
        self.assertEqual(self.currency.compare_amounts(share.revenue, 120.0), 0)
        invoice_lines(90)
        self.env.flush_all()
        self.env.invalidate_all()
        with self.assertQueryCount(queries_10):
            share.action_compute()
            self.env.flush_all()
        self.assertEqual(self.currency.compare_amounts(share.revenue, 1020.0), 0)
