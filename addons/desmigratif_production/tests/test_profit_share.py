from datetime import date, timedelta

from odoo import Command, fields
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import new_test_user, tagged

from .common import ProductionCommon


@tagged("post_install", "-at_install")
class TestProfitShare(ProductionCommon):
    # the runs, sales and shares of these tests happen on 15 June 2026
    freeze_time = "2026-06-15 10:00:00"

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

    def shares(self, share):
        return {
            line.partner_id.name: (line.runs_attended, line.weight, line.amount)
            for line in share.line_ids
        }

    def test_equal_share(self):
        """20 dodol at Rp 10 is Rp 200 of revenue; the two runs used 5 kg of
        salak at Rp 2 each (Rp 20); packaging cost Rp 7. Profit Rp 173: 57.67
        each, so Rp 58, 58 and 57 (the rupiah left go to the first names)."""
        self.sell_invoice(20, 10.0)
        self.post_expense(7.0)
        share = self.new_share()
        share.action_compute()
        self.assertEqual(share.production_ids, self.run1 | self.run2)
        self.assertEqual(
            (share.revenue, share.run_cost, share.other_costs, share.profit),
            (200, 20, 7, 173),
        )
        self.assertEqual(
            self.shares(share),
            {
                "Ani Test": (2, 1, 58),
                "Budi Test": (2, 1, 58),
                "Citra Test": (1, 1, 57),
            },
        )

    def test_weighted_share(self):
        """Rp 200 - Rp 20 of salak = Rp 180, by runs attended 2:2:1 = 72, 72, 36."""
        self.sell_invoice(20, 10.0)
        share = self.new_share("runs")
        share.action_compute()
        self.assertEqual(share.profit, 180)
        self.assertEqual(
            self.shares(share),
            {
                "Ani Test": (2, 2, 72),
                "Budi Test": (2, 2, 72),
                "Citra Test": (1, 1, 36),
            },
        )

    def test_weighted_share_remainder(self):
        """Rp 211 - Rp 20 = Rp 191 by runs 2:2:1 is 76.40, 76.40 and 38.20:
        Rp 76, 76, 38 and the rupiah left goes to Ani, first of the two
        largest cut-offs."""
        self.sell_invoice(1, 211.0)
        share = self.new_share("runs")
        share.action_compute()
        self.assertEqual(share.profit, 191)
        self.assertEqual(
            {name: amount for name, (_r, _w, amount) in self.shares(share).items()},
            {"Ani Test": 77, "Budi Test": 76, "Citra Test": 38},
        )

    def test_split_rounding_remainder(self):
        """Whole rupiah: Rp 100 among three is 34, 33, 33; Rp 10 by 1:2:4
        (1.43, 2.86, 5.71) is 1, 3, 6."""
        share = self.new_share()
        self.assertEqual(share._split(100, [1, 1, 1]), [34, 33, 33])
        self.assertEqual(share._split(10, [1, 2, 4]), [1, 3, 6])

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
        # profit Rp 180 shared equally: 60 each
        self.assertEqual(
            sorted(
                (line.account_id.code, line.debit, line.credit, line.partner_id.name)
                for line in move.line_ids
            ),
            sorted(
                [
                    (profit_account.code, 180, 0, False),
                    (payable.code, 0, 60, "Ani Test"),
                    (payable.code, 0, 60, "Budi Test"),
                    (payable.code, 0, 60, "Citra Test"),
                ]
            ),
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
        today = date(2026, 6, 15)
        self.group.write({"profit_share_rule": "yearly", "profit_share_date": False})
        share = self.new_share()
        with self.assertRaisesRegex(UserError, "set this year's Share Date"):
            share.action_compute()
        self.group.profit_share_date = date(2026, 6, 25)
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
        self.assertEqual(share.revenue, 120)
        invoice_lines(90)
        self.env.flush_all()
        self.env.invalidate_all()
        with self.assertQueryCount(queries_10):
            share.action_compute()
            self.env.flush_all()
        self.assertEqual(share.revenue, 1020)
