from odoo.exceptions import UserError
from odoo.tests import TransactionCase, tagged

from odoo.addons.desmigratif_coop import post_init_hook

# The cooperative's accounts in the Indonesian chart, read off the list a
# cooperative bookkeeper expects: company field -> (code, type, reconcile).
EXPECTED_ID = {
    "coop_pokok_account_id": ("31300010", "equity", False),
    "coop_wajib_account_id": ("31300020", "equity", False),
    "coop_group_fund_account_id": ("31300030", "equity", False),
    "coop_sukarela_account_id": ("21300010", "liability_current", False),
    "coop_group_cash_account_id": ("11110100", "asset_cash", False),
    "coop_loan_account_id": ("11220010", "asset_receivable", True),
    "coop_fee_income_account_id": ("41100010", "income", False),
    "coop_penalty_income_account_id": ("41100020", "income", False),
    "coop_writeoff_account_id": ("69100010", "expense", False),
    "coop_shu_surplus_account_id": ("31400010", "equity", False),
    "coop_shu_reserve_account_id": ("31210020", "equity", False),
    "coop_shu_payable_account_id": ("21400010", "liability_current", False),
    "coop_shu_fund_account_id": ("21400020", "liability_current", False),
}
# The same in the generic chart, in its style (4 digits padded to 6).
EXPECTED_GENERIC = {
    "coop_pokok_account_id": ("311000", "equity", False),
    "coop_wajib_account_id": ("311100", "equity", False),
    "coop_group_fund_account_id": ("311200", "equity", False),
    "coop_sukarela_account_id": ("213000", "liability_current", False),
    "coop_group_cash_account_id": ("101600", "asset_cash", False),
    "coop_loan_account_id": ("122000", "asset_receivable", True),
    "coop_fee_income_account_id": ("410000", "income", False),
    "coop_penalty_income_account_id": ("411000", "income", False),
    "coop_writeoff_account_id": ("650000", "expense", False),
    "coop_shu_surplus_account_id": ("313000", "equity", False),
    "coop_shu_reserve_account_id": ("312000", "equity", False),
    "coop_shu_payable_account_id": ("214000", "liability_current", False),
    "coop_shu_fund_account_id": ("214100", "liability_current", False),
}
JOURNALS = ("coop_cash_journal_id", "coop_loan_journal_id")


class CoopChartCase(TransactionCase):
    @classmethod
    def _new_village(cls, name, chart=None, country="base.id"):
        idr = cls.env.ref("base.IDR")
        idr.active = True
        company = cls.env["res.company"].create(
            {
                "name": name,
                "country_id": cls.env.ref(country).id,
                "currency_id": idr.id,
            }
        )
        cls.env.user.company_ids |= company
        if chart:
            cls.env["account.chart.template"].try_loading(
                chart, company, install_demo=False
            )
        return cls.env["res.company"].browse(company.id)

    def accounts(self, company, expected):
        """{field: (code, type, reconcile)} as the village's settings read."""
        company = company.with_company(company)
        return {
            field: (
                company[field].code,
                company[field].account_type,
                company[field].reconcile,
            )
            for field in expected
        }

    def chart_journal(self, company, name):
        return self.env.ref(f"account.{company.id}_{name}")


@tagged("post_install", "-at_install")
class TestChartTemplate(CoopChartCase):
    """A village gets the cooperative's accounts, journals and settings with its
    chart of accounts, in the style of that chart."""

    def test_indonesian_chart(self):
        village = self._new_village("Desa Bagan Indonesia", "id")
        self.assertEqual(self.accounts(village, EXPECTED_ID), EXPECTED_ID)
        pokok = village.coop_pokok_account_id
        self.assertEqual(
            pokok.with_context(lang="en_US").name, "Members' Principal Savings"
        )
        if self.env["res.lang"]._lang_get("id_ID"):
            self.assertEqual(pokok.with_context(lang="id_ID").name, "Simpanan Pokok")
        self.assertEqual(pokok.company_ids, village)
        self.assertEqual(
            village.coop_cash_journal_id, self.chart_journal(village, "cash")
        )
        loans = village.coop_loan_journal_id
        self.assertEqual((loans.code, loans.type), ("KSP", "general"))
        self.assertEqual(loans.company_id, village)

    def test_generic_chart(self):
        village = self._new_village("Desa Bagan Umum", "generic_coa")
        self.assertEqual(village.chart_template, "generic_coa")
        self.assertEqual(self.accounts(village, EXPECTED_GENERIC), EXPECTED_GENERIC)
        self.assertEqual(
            village.coop_group_cash_account_id.with_context(lang="en_US").name,
            "Group Cash",
        )
        self.assertEqual(
            village.coop_cash_journal_id, self.chart_journal(village, "cash")
        )
        loans = village.coop_loan_journal_id
        self.assertEqual((loans.code, loans.type), ("KSP", "general"))

    def test_no_chart_is_told_to_choose_one(self):
        village = self._new_village("Desa Tanpa Bagan Akun")
        with self.assertRaisesRegex(UserError, "Desa Tanpa Bagan Akun"):
            village._desmigratif_coop_ensure_setup()
        self.assertFalse(village.coop_loan_account_id)


@tagged("post_install", "-at_install")
class TestPostInitHook(CoopChartCase):
    """The install hook (and the migration) gives a village whose chart was
    loaded before the cooperative module its part of the chart; running it
    again changes nothing."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.village = cls._new_village("Desa Baru", "id")
        cls.no_chart = cls._new_village("Desa Tanpa Bagan")

    def count_coop_accounts(self):
        codes = [code for code, *__ in EXPECTED_ID.values()]
        Account = self.env["account.account"].with_company(self.village)
        return Account.search_count(
            [("company_ids", "in", self.village.ids), ("code", "in", codes)]
        )

    def forget_setup(self, delete):
        """The village as before the module: no settings and no xml ids; with
        ``delete``, no cooperative accounts and journal either (else they are
        those a previous version made, found by their code)."""
        village = self.village
        accounts = self.env["account.account"].union(
            *(village[field] for field in EXPECTED_ID)
        )
        journal = village.coop_loan_journal_id
        village.write({field: False for field in (*EXPECTED_ID, *JOURNALS)})
        self.env["ir.model.data"].search(
            [
                "|",
                "&",
                ("model", "=", "account.account"),
                ("res_id", "in", accounts.ids),
                "&",
                ("model", "=", "account.journal"),
                ("res_id", "=", journal.id),
            ]
        ).unlink()
        if delete:
            journal.unlink()
            accounts.unlink()
        return accounts, journal

    def test_village_with_a_chart_is_set_up(self):
        self.forget_setup(delete=True)
        self.assertEqual(self.count_coop_accounts(), 0)
        post_init_hook(self.env)
        self.assertEqual(self.accounts(self.village, EXPECTED_ID), EXPECTED_ID)
        self.assertEqual(self.count_coop_accounts(), 13)
        self.assertEqual(
            self.village.coop_cash_journal_id,
            self.chart_journal(self.village, "cash"),
            "the chart's own",
        )
        loans = self.village.coop_loan_journal_id
        self.assertEqual((loans.code, loans.type), ("KSP", "general"))
        self.assertEqual(loans.company_id, self.village)
        # a village without a chart is left alone
        self.assertFalse(self.no_chart.coop_loan_account_id)
        self.assertFalse(self.no_chart.coop_loan_journal_id)

    def test_accounts_of_a_previous_version_are_reused(self):
        """Accounts and journal made by code before the chart had them are
        taken as they are: same records, no second account of a code."""
        accounts, journal = self.forget_setup(delete=False)
        post_init_hook(self.env)
        self.assertEqual(
            self.env["account.account"].union(
                *(self.village[field] for field in EXPECTED_ID)
            ),
            accounts,
        )
        self.assertEqual(self.village.coop_loan_journal_id, journal)
        self.assertEqual(self.count_coop_accounts(), 13)

    def test_twice_is_harmless(self):
        self.forget_setup(delete=True)
        post_init_hook(self.env)
        fields = [*EXPECTED_ID, *JOURNALS]
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
        back, not a second one; settings changed by hand are kept."""
        sukarela = self.village.coop_sukarela_account_id
        loans = self.village.coop_loan_journal_id
        self.village.write(
            {
                "coop_sukarela_account_id": False,
                "coop_loan_journal_id": False,
                "coop_cash_journal_id": self.chart_journal(self.village, "bank").id,
            }
        )
        self.village._desmigratif_coop_ensure_setup()
        self.assertEqual(self.village.coop_sukarela_account_id, sukarela)
        self.assertEqual(self.village.coop_loan_journal_id, loans)
        self.assertEqual(
            self.village.coop_cash_journal_id, self.chart_journal(self.village, "bank")
        )
        self.assertEqual(self.count_coop_accounts(), 13)
