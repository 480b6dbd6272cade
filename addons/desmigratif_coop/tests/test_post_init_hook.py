from odoo.tests import TransactionCase, tagged

from odoo.addons.desmigratif_coop import post_init_hook

# What the hook gives a village whose chart was loaded before the cooperative
# module: company field -> (code, name, type, reconcile), read off the list of
# accounts a cooperative bookkeeper expects.
EXPECTED_ACCOUNTS = {
    "coop_pokok_account_id": ("31300010", "Simpanan Pokok", "equity", False),
    "coop_wajib_account_id": ("31300020", "Simpanan Wajib", "equity", False),
    "coop_sukarela_account_id": (
        "21300010",
        "Simpanan Sukarela",
        "liability_current",
        False,
    ),
    "coop_group_cash_account_id": ("11110100", "Kas Kelompok", "asset_cash", False),
    "coop_group_fund_account_id": ("31300030", "Dana Kelompok", "equity", False),
    "coop_loan_account_id": (
        "11220010",
        "Piutang Pinjaman Anggota",
        "asset_receivable",
        True,
    ),
    "coop_fee_income_account_id": (
        "41100010",
        "Pendapatan Jasa Pinjaman",
        "income",
        False,
    ),
    "coop_penalty_income_account_id": (
        "41100020",
        "Pendapatan Denda Pinjaman",
        "income",
        False,
    ),
    "coop_writeoff_account_id": (
        "69100010",
        "Beban Penghapusan Piutang Pinjaman",
        "expense",
        False,
    ),
    "coop_shu_surplus_account_id": ("31400010", "SHU Tahun Berjalan", "equity", False),
    "coop_shu_reserve_account_id": ("31210020", "Cadangan Koperasi", "equity", False),
    "coop_shu_payable_account_id": (
        "21400010",
        "Hutang SHU Anggota",
        "liability_current",
        False,
    ),
    "coop_shu_fund_account_id": (
        "21400020",
        "Dana SHU (Pengurus, Karyawan, Pendidikan, Sosial)",
        "liability_current",
        False,
    ),
}


@tagged("post_install", "-at_install")
class TestPostInitHook(TransactionCase):
    """The install hook sets up the cooperative in every village that already
    has a chart of accounts, and running it again changes nothing."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        idr = cls.env.ref("base.IDR")
        idr.active = True
        Company = cls.env["res.company"]
        cls.village = Company.create(
            {
                "name": "Desa Baru",
                "country_id": cls.env.ref("base.id").id,
                "currency_id": idr.id,
            }
        )
        cls.no_chart = Company.create({"name": "Desa Tanpa Bagan Akun"})
        cls.env.user.company_ids |= cls.village | cls.no_chart
        cls.env["account.chart.template"].try_loading(
            "id", cls.village, install_demo=False
        )
        cls.village = Company.browse(cls.village.id)

    def accounts(self, company):
        """{field: (code, name, type, reconcile)} as the village's chart reads."""
        company = company.with_company(company)
        return {
            field: (
                company[field].code,
                company[field].name,
                company[field].account_type,
                company[field].reconcile,
            )
            for field in EXPECTED_ACCOUNTS
        }

    def count_coop_accounts(self):
        codes = [code for code, *__ in EXPECTED_ACCOUNTS.values()]
        Account = self.env["account.account"].with_company(self.village)
        return Account.search_count(
            [("company_ids", "in", self.village.ids), ("code", "in", codes)]
        )

    def test_village_with_a_chart_is_set_up(self):
        self.assertFalse(self.village.coop_loan_account_id)
        self.assertFalse(self.village.coop_loan_journal_id)
        self.assertEqual(self.count_coop_accounts(), 0)
        post_init_hook(self.env)
        self.assertEqual(self.accounts(self.village), EXPECTED_ACCOUNTS)
        self.assertEqual(self.count_coop_accounts(), 13)
        cash = self.village.coop_cash_journal_id
        self.assertEqual((cash.code, cash.type), ("CSH1", "cash"), "the chart's own")
        loans = self.village.coop_loan_journal_id
        self.assertEqual(
            (loans.code, loans.name, loans.type), ("KSP", "Simpan Pinjam", "general")
        )
        self.assertEqual(loans.company_id, self.village)
        # a village without a chart is left for its first use
        self.assertFalse(self.no_chart.coop_loan_account_id)
        self.assertFalse(self.no_chart.coop_loan_journal_id)

    def test_twice_is_harmless(self):
        post_init_hook(self.env)
        fields = [*EXPECTED_ACCOUNTS, "coop_cash_journal_id", "coop_loan_journal_id"]
        first = {field: self.village[field].id for field in fields}
        post_init_hook(self.env)
        self.assertEqual({field: self.village[field].id for field in fields}, first)
        self.assertEqual(self.count_coop_accounts(), 13)
        self.assertEqual(
            self.env["account.journal"].search_count(
                [("company_id", "=", self.village.id), ("code", "=", "KSP")]
            ),
            1,
        )

    def test_settings_cleared_are_found_again(self):
        """A bookkeeper who emptied a setting gets the same account and journal
        back (found by code), not a second one."""
        post_init_hook(self.env)
        sukarela = self.village.coop_sukarela_account_id
        loans = self.village.coop_loan_journal_id
        self.village.write(
            {"coop_sukarela_account_id": False, "coop_loan_journal_id": False}
        )
        post_init_hook(self.env)
        self.assertEqual(self.village.coop_sukarela_account_id, sukarela)
        self.assertEqual(self.village.coop_loan_journal_id, loans)
        self.assertEqual(self.count_coop_accounts(), 13)
