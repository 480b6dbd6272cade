from datetime import date

from odoo.tests import TransactionCase, tagged

# Last year's loans, repaid on time at 2% a month flat over 3 months:
# borrower -> (principal, fees).
LAST_YEAR_FEES = {
    "turyati": (1_000_000, 60_000),
    "alfiah": (800_000, 48_000),
    "sulasmini": (600_000, 36_000),
    "mafiroh": (1_500_000, 90_000),
}
# SHU of Rp 234,000: capital part 20% = 46,800 shared equally by the eight
# savers (Rp 340,000 each at 31 December: pokok 100,000 + 12 x wajib 20,000),
# business part 20% = 46,800 in proportion to the fees each paid.
SHU_MEMBERS = {
    "turyati": 5_850 + 12_000,
    "alfiah": 5_850 + 9_600,
    "sulasmini": 5_850 + 7_200,
    "mafiroh": 5_850 + 18_000,
    "bawon": 5_850,
    "rahayu": 5_850,
    "sulastri": 5_850,
    "sri_handayani": 5_850,
}
# Members' iuran into each kas kelompok, a year: members x Rp 60,000.
IURAN = {"salak": 780_000, "daging": 660_000, "singkong": 780_000, "batik": 780_000}


@tagged("post_install", "-at_install")
class TestDemoMoney(TransactionCase):
    """Kuripan's money in the demo: one 2017 grant, members' iuran in the kas
    kelompok, last year's loans and its posted SHU, done by named people."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.village = cls.env.ref("base.main_company")
        cls.shu = cls.env.ref("desmigratif_demo.demo_shu_last_year")
        cls.year = cls.shu.year
        cls.bookkeeper = cls.env.ref("desmigratif_demo.demo_user_bookkeeper")
        cls.manager = cls.env.ref("desmigratif_demo.demo_user_manager")
        cls.cashier = cls.env.ref("desmigratif_demo.demo_user_cashier")

    def ref(self, name):
        return self.env.ref(f"desmigratif_demo.{name}")

    def test_village_grant_booked_once_as_grants(self):
        grants = self.env["desmigratif.group.grant"].search(
            [("company_id", "=", self.village.id), ("state", "=", "posted")]
        )
        self.assertEqual(sorted(grants.mapped("amount")), [2_000_000] * 4)
        self.assertEqual(set(grants.mapped("date")), {date(2017, 3, 1)})
        self.assertEqual(set(grants.create_uid.ids), {self.manager.id})
        group_cash = self.env["desmigratif.savings.transaction"].search(
            [("company_id", "=", self.village.id), ("product", "=", "group")]
        )
        self.assertTrue(group_cash)
        self.assertTrue(
            all(note.startswith("Iuran") for note in group_cash.mapped("note"))
        )

    def test_kas_kelompok_iuran_and_cash_cap(self):
        for key, amount in IURAN.items():
            cash = self.ref(f"demo_cash_{key}")
            with self.subTest(group=key):
                self.assertEqual(self.ref(f"demo_trx_iuran_{key}_2017").amount, amount)
                self.assertEqual(
                    self.ref(f"demo_trx_iuran_{key}_{self.year}").amount, amount
                )
                self.assertGreater(cash.balance, 0)
        # the loan waiting for the manager fits in the meat group's cash
        loan = self.ref("demo_loan_rahayu")
        self.assertEqual(loan.state, "submitted")
        self.assertGreaterEqual(self.ref("demo_cash_daging").balance, 1_000_000)

    def test_last_year_loans_and_fees(self):
        for key, (principal, fees) in LAST_YEAR_FEES.items():
            loan = self.ref(f"demo_loan_{key}_last_year")
            with self.subTest(loan=key):
                self.assertEqual(loan.state, "paid")
                self.assertEqual((loan.principal, loan.total_fee), (principal, fees))
                self.assertEqual(loan.date_start.year, self.year)
        income = self.env["account.move.line"].search(
            [
                ("account_id", "=", self.village.coop_fee_income_account_id.id),
                ("parent_state", "=", "posted"),
                ("date", ">=", date(self.year, 1, 1)),
                ("date", "<=", date(self.year, 12, 31)),
            ]
        )
        self.assertEqual(-sum(income.mapped("balance")), 234_000)

    def test_last_year_shu_posted_to_savings(self):
        self.assertEqual(self.shu.state, "posted")
        self.assertEqual(self.shu.surplus, 234_000)
        self.assertEqual(self.shu.move_id.date, date(self.year, 12, 31))
        self.assertEqual(self.shu.create_uid, self.manager)
        lines = self.shu.move_id.line_ids
        reserve = lines.filtered(
            lambda line: line.account_id == self.village.coop_shu_reserve_account_id
        )
        self.assertEqual(-sum(reserve.mapped("balance")), 93_600)
        members = {
            line.partner_id: -line.balance
            for line in lines
            if line.account_id == self.village.coop_sukarela_account_id
        }
        expected = {
            self.ref(f"demo_partner_{key}"): amount
            for key, amount in SHU_MEMBERS.items()
        }
        self.assertEqual(members, expected)

    def test_people_and_dates(self):
        """The bookkeeper records, the manager approves, nothing is dated after
        today or before the groups formed."""
        today = date.today()
        loans = self.env["desmigratif.loan"].search(
            [("company_id", "=", self.village.id)]
        )
        self.assertEqual(set(loans.create_uid.ids), {self.bookkeeper.id})
        approved = loans.filtered("approved_by_id")
        self.assertEqual(len(approved), 7)
        self.assertEqual(approved.approved_by_id, self.manager)
        self.assertEqual(approved.submitted_by_id, self.bookkeeper)
        for loan in approved:
            self.assertTrue(loan.date_request <= loan.date_approved <= loan.date_start)
        self.assertTrue(
            all(date(2017, 1, 16) < loan.date_start <= today for loan in loans)
        )
        transactions = self.env["desmigratif.savings.transaction"].search(
            [("company_id", "=", self.village.id)]
        )
        self.assertEqual(set(transactions.mapped("state")), {"posted"})
        self.assertEqual(set(transactions.create_uid.ids), {self.bookkeeper.id})
        self.assertLessEqual(max(transactions.mapped("date")), today)
        self.assertLessEqual(
            max(self.env["desmigratif.loan.repayment"].search([]).mapped("date")), today
        )

    def test_whole_rupiah(self):
        lines = self.env["account.move.line"].search(
            [("company_id", "=", self.village.id), ("parent_state", "=", "posted")]
        )
        self.assertTrue(lines)
        self.assertFalse(
            [line.balance for line in lines if line.balance != int(line.balance)]
        )

    def test_users(self):
        self.assertTrue(
            self.bookkeeper.has_group(
                "desmigratif_coop.group_desmigratif_coop_bookkeeper"
            )
        )
        self.assertTrue(self.bookkeeper.has_group("account.group_account_user"))
        self.assertFalse(
            self.bookkeeper.has_group("desmigratif_base.group_desmigratif_manager")
        )
        self.assertTrue(self.cashier.has_group("point_of_sale.group_pos_user"))
        self.assertFalse(self.cashier.has_group("point_of_sale.group_pos_manager"))
        self.assertFalse(
            self.cashier.has_group("desmigratif_base.group_desmigratif_user")
        )
        root = self.env.ref("base.user_root") | self.env.ref("base.user_admin")
        places = self.env["desmigratif.parenting.place"].search(
            [("company_id", "=", self.village.id)]
        )
        sessions = self.env["desmigratif.parenting.session"].search(
            [("place_id", "in", places.ids)]
        )
        self.assertTrue(sessions)
        self.assertFalse((places.officer_id | sessions.facilitator_id) & root)

    def test_cashier_opens_the_stall(self):
        stall = self.ref("demo_pos_config_event")
        self.assertEqual(stall.name, "Stan Desa Kuripan")
        session = (
            self.env["pos.session"]
            .with_user(self.cashier)
            .create({"config_id": stall.id, "user_id": self.cashier.id})
        )
        self.assertEqual(session.state, "opening_control")
        products = self.env["product.template"].search(
            [("pos_categ_ids", "in", stall.iface_available_categ_ids.ids)]
        )
        self.assertEqual(len(products), 11)

    def test_product_names_in_both_languages(self):
        dodol = self.ref("demo_product_dodol_salak")
        self.assertEqual(
            dodol.with_context(lang="en_US").name, "Snake fruit dodol (250 g)"
        )
        self.assertEqual(dodol.with_context(lang="id_ID").name, "Dodol salak (250 g)")

    def test_loading_again_creates_nothing(self):
        models = [
            "desmigratif.savings.account",
            "desmigratif.savings.transaction",
            "desmigratif.loan",
            "desmigratif.loan.repayment",
            "desmigratif.shu",
            "desmigratif.kur.referral",
            "desmigratif.group.grant",
            "mrp.production",
            "account.move",
            "desmigratif.child",
            "desmigratif.parenting.session",
        ]
        before = {model: self.env[model].search_count([]) for model in models}
        self.env["desmigratif.coop.demo"]._generate_kuripan()
        self.env["desmigratif.production.demo"]._generate_grants()
        self.env["desmigratif.production.demo"]._generate_salak_runs()
        self.env["desmigratif.parenting.demo"]._generate_kuripan()
        after = {model: self.env[model].search_count([]) for model in models}
        self.assertEqual(after, before)
