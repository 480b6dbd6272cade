from odoo import Command, fields
from odoo.tests import Form, TransactionCase, freeze_time, new_test_user, tagged

MANAGER = "desmigratif_base.group_desmigratif_manager"


@freeze_time("2026-06-15 10:00:00")
@tagged("post_install", "-at_install")
class TestMoneyWalk(TransactionCase):
    """A production group's money, from a grant and a point-of-sale sale to the
    profit share credited to the members' voluntary savings, with the balances
    a bookkeeper would check at each step, in a village of its own.

    The figures, by hand:
    - the village government grants Rp 2,000,000 on 1 June;
    - two runs of 10 dodol each use 5 kg of salak at Rp 3,000: Rp 15,000 a run;
      Ani and Budi make both, Citra the first only;
    - at the village fair on 15 June the stall sells 12 dodol at Rp 15,000 for
      Rp 180,000 cash;
    - profit Rp 180,000 - 30,000 = 150,000, shared equally among the three
      who took part: Rp 50,000 each, credited to their simpanan sukarela, where
      Ani already saved Rp 100,000.
    """

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        idr = cls.env.ref("base.IDR")
        idr.active = True
        cls.village = cls.env["res.company"].create(
            {
                "name": "Desa Uji Alur Uang",
                "country_id": cls.env.ref("base.id").id,
                "currency_id": idr.id,
                "desmigratif_regency_code": "3307",
            }
        )
        cls.env.user.company_ids |= cls.village
        cls.env = cls.env(
            context=dict(
                cls.env.context,
                allowed_company_ids=[cls.village.id],
                tracking_disable=True,
            )
        )
        cls.env["account.chart.template"].try_loading(
            "id", cls.village, install_demo=False
        )
        cls.village = cls.env["res.company"].browse(cls.village.id)
        cls.village._desmigratif_coop_ensure_setup()
        cls.manager = new_test_user(
            cls.env,
            "walk_manager",
            groups=MANAGER,
            company_id=cls.village.id,
            company_ids=[Command.set(cls.village.ids)],
        )
        cls.cash_journal = cls.village.coop_cash_journal_id
        cls.ani, cls.budi, cls.citra = cls.env["res.partner"].create(
            [
                {"name": name, "is_resident": True, "company_id": cls.village.id}
                for name in ("Ani Walk", "Budi Walk", "Citra Walk")
            ]
        )
        cls.group = cls.env["desmigratif.group"].create(
            {
                "name": "Kelompok Salak Walk",
                "kind": "production",
                "profit_share_rule": "runs",
                "profit_share_min_runs": 2,
                "company_id": cls.village.id,
                "member_ids": [
                    Command.create(
                        {"partner_id": partner.id, "date_join": "2020-01-01"}
                    )
                    for partner in (cls.ani, cls.budi, cls.citra)
                ],
            }
        )
        cls.salak = cls.env["product.product"].create(
            {"name": "Salak segar (kg)", "is_storable": True, "standard_price": 3_000}
        )
        cls.dodol = cls.env["product.product"].create(
            {
                "name": "Dodol salak walk",
                "is_storable": True,
                "list_price": 15_000,
                "available_in_pos": True,
                "taxes_id": [Command.clear()],
                "desmigratif_is_food": True,
                "desmigratif_pirt_number": "206330701001229",
                "desmigratif_group_id": cls.group.id,
            }
        )
        cls.bom = cls.env["mrp.bom"].create(
            {
                "product_tmpl_id": cls.dodol.product_tmpl_id.id,
                "product_qty": 10,
                "company_id": cls.village.id,
                "bom_line_ids": [
                    Command.create({"product_id": cls.salak.id, "product_qty": 5})
                ],
            }
        )
        cls.warehouse = cls.env["stock.warehouse"].search(
            [("company_id", "=", cls.village.id)], limit=1
        )

    # ------------------------------------------------------------------ helpers

    def balances(self, *codes):
        """{account code: balance} of the village's posted journal items."""
        Account = self.env["account.account"].with_company(self.village)
        accounts = Account.search(
            [("company_ids", "in", self.village.ids), ("code", "in", codes)]
        )
        self.assertEqual(len(accounts), len(codes), codes)
        totals = dict(
            self.env["account.move.line"]._read_group(
                [
                    ("company_id", "=", self.village.id),
                    ("parent_state", "=", "posted"),
                    ("account_id", "in", accounts.ids),
                ],
                ["account_id"],
                ["balance:sum"],
            )
        )
        return {
            account.code: totals.get(account, 0.0)
            for account in accounts.with_company(self.village)
        }

    def entry(self, move):
        """The entry as sorted (account code, debit, credit, partner) lines."""
        return sorted(
            (
                line.account_id.with_company(self.village).code,
                line.debit,
                line.credit,
                line.partner_id.name or "",
            )
            for line in move.line_ids
        )

    def make_run(self, participants):
        self.env["stock.quant"]._update_available_quantity(
            self.salak, self.warehouse.lot_stock_id, 5
        )
        form = Form(self.env["mrp.production"])
        form.product_id = self.dodol
        form.bom_id = self.bom
        form.product_qty = 10
        production = form.save()
        production.desmigratif_participant_ids = participants
        production.action_confirm()
        production.qty_producing = 10
        production.move_raw_ids.picked = True
        production.button_mark_done()
        return production

    def sell_at_the_fair(self, quantity, price):
        """One cash order at the stall, then the session closed and posted."""
        pricelist = self.env["product.pricelist"].create(
            {
                "name": "Harga desa",
                "currency_id": self.village.currency_id.id,
                "company_id": self.village.id,
            }
        )
        cash = self.env["pos.payment.method"].create(
            {"name": "Tunai", "journal_id": self.cash_journal.id}
        )
        config = self.env["pos.config"].create(
            {
                "name": "Stand pasar malam",
                "company_id": self.village.id,
                "pricelist_id": pricelist.id,
                "available_pricelist_ids": [Command.set(pricelist.ids)],
                "payment_method_ids": [Command.set(cash.ids)],
            }
        )
        config.open_ui()
        session = config.current_session_id
        session.set_opening_control(0, None)
        total = quantity * price
        self.env["pos.order"].sync_from_ui(
            [
                {
                    "amount_paid": total,
                    "amount_return": 0,
                    "amount_tax": 0,
                    "amount_total": total,
                    "date_order": fields.Datetime.to_string(fields.Datetime.now()),
                    "fiscal_position_id": False,
                    "pricelist_id": pricelist.id,
                    "name": "Order walk-1",
                    "lines": [
                        Command.create(
                            {
                                "product_id": self.dodol.id,
                                "qty": quantity,
                                "price_unit": price,
                                "price_subtotal": total,
                                "price_subtotal_incl": total,
                                "tax_ids": [],
                            }
                        )
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
                    "uuid": "00000000-0000-4000-8000-desmigratifw1",
                    "user_id": self.env.uid,
                    "to_invoice": False,
                }
            ]
        )
        session.post_closing_cash_details(total)
        session.close_session_from_ui()
        return session

    def savings_of(self, partner):
        return self.env["desmigratif.savings.account"].search(
            [
                ("partner_id", "=", partner.id),
                ("product", "=", "sukarela"),
                ("company_id", "=", self.village.id),
            ]
        )

    # -------------------------------------------------------------------- walk

    def test_grant_and_fair_sale_to_members_savings(self):
        # The accounts of the walk in the village's Indonesian chart.
        village = self.village.with_company(self.village)
        self.assertEqual(village.coop_cash_journal_id.code, "CSH1")
        self.assertEqual(self.cash_journal.default_account_id.code, "11110002")
        self.assertEqual(village.coop_sukarela_account_id.code, "21300010")
        self.assertEqual(village.coop_group_cash_account_id.code, "11110100")

        # Ani already saves in the cooperative.
        ani_savings = self.env["desmigratif.savings.account"].create(
            {"partner_id": self.ani.id, "product": "sukarela"}
        )
        deposit = self.env["desmigratif.savings.transaction"].create(
            {
                "savings_account_id": ani_savings.id,
                "amount": 100_000,
                "date": "2026-06-02",
            }
        )
        deposit.action_post()
        self.assertEqual(ani_savings.balance, 100_000)

        # 1. The grant: cash in, credited to the grant account (equity).
        government = self.env["res.partner"].create(
            {"name": "Pemerintah Desa Walk", "is_company": True}
        )
        grant = self.env["desmigratif.group.grant"].create(
            {
                "name": "Modal awal 2026",
                "group_id": self.group.id,
                "source_partner_id": government.id,
                "date": "2026-06-01",
                "amount": 2_000_000,
                "journal_id": self.cash_journal.id,
            }
        )
        grant.with_user(self.manager).action_post()
        self.assertEqual(grant.state, "posted")
        self.assertEqual(
            self.entry(grant.move_id),
            sorted(
                [
                    ("11110002", 2_000_000, 0, "Pemerintah Desa Walk"),
                    ("31300040", 0, 2_000_000, "Pemerintah Desa Walk"),
                ]
            ),
        )
        self.assertEqual(
            self.balances("11110002", "31300040"),
            {"11110002": 2_100_000, "31300040": -2_000_000},
        )
        # Two ledgers: the grant is in the village's cash and grant accounts,
        # not in the group's kas kelompok of the cooperative (11110100), which
        # only deposits to the group's cash account fill.
        self.assertEqual(self.group.coop_cash_balance, 0)
        self.assertEqual(self.balances("11110100"), {"11110100": 0})

        # 2. Two production runs, Rp 15,000 of salak each.
        run1 = self.make_run(self.ani | self.budi | self.citra)
        run2 = self.make_run(self.ani | self.budi)
        self.assertEqual(
            [run1.desmigratif_cost, run2.desmigratif_cost], [15_000, 15_000]
        )

        # 3. The fair: 12 dodol at Rp 15,000, paid in cash, session closed.
        session = self.sell_at_the_fair(12, 15_000)
        self.assertEqual(session.state, "closed")
        self.assertEqual(session.move_id.state, "posted")
        sales = session.move_id.line_ids.filtered(
            lambda line: line.account_id.account_type == "income"
        )
        self.assertEqual(sales.mapped("credit"), [180_000])
        self.assertEqual(
            sales.analytic_distribution,
            {str(self.group.analytic_account_id.id): 100.0},
        )
        self.assertEqual(sales.account_id.with_company(self.village).code, "41000010")
        self.assertEqual(
            self.balances("11110002", "41000010"),
            {"11110002": 2_280_000, "41000010": -180_000},
        )
        column = self.env.ref(
            "desmigratif_production.analytic_plan_desmigratif_groups"
        )._column_name()
        revenue = self.env["account.analytic.line"].search(
            [(column, "=", self.group.analytic_account_id.id)]
        )
        self.assertEqual(revenue.mapped("amount"), [180_000])
        self.assertEqual(self.group.sales_this_year, 180_000)

        # 4. The profit share, credited to the members' voluntary savings.
        share = (
            self.env["desmigratif.profit.share"]
            .with_user(self.manager)
            .create(
                {
                    "group_id": self.group.id,
                    "weighting": "equal",
                    "distribution": "savings",
                }
            )
        )
        share.action_compute()
        self.assertEqual(share.date_to, fields.Date.to_date("2026-06-15"))
        self.assertEqual(share.production_ids, run1 | run2)
        self.assertEqual(
            (share.revenue, share.run_cost, share.other_costs, share.profit),
            (180_000, 30_000, 0, 150_000),
        )
        self.assertEqual(
            {
                line.partner_id.name: (line.runs_attended, line.weight, line.amount)
                for line in share.line_ids
            },
            {
                "Ani Walk": (2, 1, 50_000),
                "Budi Walk": (2, 1, 50_000),
                "Citra Walk": (1, 1, 50_000),
            },
        )
        share.action_confirm()
        self.assertEqual(share.state, "confirmed")
        move = share.sudo().move_id
        self.assertEqual(
            self.entry(move),
            [
                ("21300010", 0, 50_000, "Ani Walk"),
                ("21300010", 0, 50_000, "Budi Walk"),
                ("21300010", 0, 50_000, "Citra Walk"),
                ("31300050", 150_000, 0, ""),
            ],
        )

        # 5. The members' savings.
        self.assertEqual(self.savings_of(self.ani), ani_savings)
        self.assertEqual(
            {
                partner.name: self.savings_of(partner).balance
                for partner in (self.ani, self.budi, self.citra)
            },
            {"Ani Walk": 150_000, "Budi Walk": 50_000, "Citra Walk": 50_000},
        )
        self.assertEqual(
            move.line_ids.filtered("partner_id").desmigratif_savings_account_id,
            self.savings_of(self.ani)
            | self.savings_of(self.budi)
            | self.savings_of(self.citra),
        )

        # The books at the end of the walk.
        self.assertEqual(
            self.balances("11110002", "31300040", "41000010", "31300050", "21300010"),
            {
                "11110002": 2_280_000,
                "31300040": -2_000_000,
                "41000010": -180_000,
                "31300050": 150_000,
                "21300010": -250_000,
            },
        )
        self.assertEqual(self.group.coop_cash_balance, 0)
