from odoo import Command
from odoo.exceptions import UserError
from odoo.tests import TransactionCase, tagged

from odoo.addons.desmigratif_production import post_init_hook

# The production accounts, read off the chart a bookkeeper expects:
# company field -> (code, type, reconcile).
EXPECTED_ID = {
    "desmigratif_grant_account_id": ("31300040", "equity", False),
    "desmigratif_profit_share_account_id": ("31300050", "equity", False),
    "desmigratif_member_payable_account_id": (
        "21400030",
        "liability_payable",
        True,
    ),
}
EXPECTED_GENERIC = {
    "desmigratif_grant_account_id": ("311300", "equity", False),
    "desmigratif_profit_share_account_id": ("311400", "equity", False),
    "desmigratif_member_payable_account_id": ("214200", "liability_payable", True),
}


@tagged("post_install", "-at_install")
class TestChartTemplate(TransactionCase):
    """A village gets the production accounts and settings with its chart of
    accounts, in the style of that chart; one whose chart was loaded before
    the module gets them from the install hook (or the migration), keeping
    the accounts it already used."""

    @classmethod
    def _new_village(cls, name, chart=None):
        idr = cls.env.ref("base.IDR")
        idr.active = True
        company = cls.env["res.company"].create(
            {
                "name": name,
                "country_id": cls.env.ref("base.id").id,
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

    def count_accounts(self, company, codes):
        Account = self.env["account.account"].with_company(company)
        return Account.search_count(
            [("company_ids", "in", company.ids), ("code", "in", codes)]
        )

    def test_indonesian_chart(self):
        village = self._new_village("Desa Produksi Indonesia", "id")
        self.assertEqual(self.accounts(village, EXPECTED_ID), EXPECTED_ID)
        grant = village.desmigratif_grant_account_id
        self.assertEqual(
            grant.with_context(lang="en_US").name, "Group Grants and Starting Capital"
        )
        if self.env["res.lang"]._lang_get("id_ID"):
            self.assertEqual(
                grant.with_context(lang="id_ID").name, "Hibah dan Modal Awal Kelompok"
            )
        self.assertEqual(
            village.desmigratif_production_journal_id,
            self.env.ref(f"account.{village.id}_general"),
        )
        self.assertEqual(
            village._desmigratif_production_account("desmigratif_grant_account_id"),
            grant,
        )

    def test_generic_chart(self):
        village = self._new_village("Desa Produksi Umum", "generic_coa")
        self.assertEqual(self.accounts(village, EXPECTED_GENERIC), EXPECTED_GENERIC)
        self.assertEqual(
            village.desmigratif_production_journal_id,
            self.env.ref(f"account.{village.id}_general"),
        )

    def test_no_chart_is_told_to_choose_one(self):
        village = self._new_village("Desa Tanpa Bagan Produksi")
        with self.assertRaisesRegex(UserError, "Desa Tanpa Bagan Produksi"):
            village._desmigratif_production_account("desmigratif_grant_account_id")

    def test_emptied_setting_is_set_again(self):
        village = self._new_village("Desa Produksi Kosong", "id")
        payable = village.desmigratif_member_payable_account_id
        village.desmigratif_member_payable_account_id = False
        self.assertEqual(
            village._desmigratif_production_account(
                "desmigratif_member_payable_account_id"
            ),
            payable,
        )
        self.assertEqual(village.desmigratif_member_payable_account_id, payable)
        self.assertEqual(self.count_accounts(village, ["21400030"]), 1)

    def test_hook_keeps_accounts_in_use(self):
        """A village whose chart was loaded before the module, with the DMP301
        grant account a previous version made on first use: the hook keeps it,
        and sets the empty settings to the chart's accounts."""
        village = self._new_village("Desa Produksi Lama", "id")
        codes = [code for code, *__ in EXPECTED_ID.values()]
        accounts = self.env["account.account"].union(
            *(village[field] for field in EXPECTED_ID)
        )
        village.write({field: False for field in EXPECTED_ID})
        self.env["ir.model.data"].search(
            [("model", "=", "account.account"), ("res_id", "in", accounts.ids)]
        ).unlink()
        accounts.unlink()
        dmp301 = self.env["account.account"].create(
            {
                "code": "DMP301",
                "name": "Group grants and starting capital",
                "account_type": "equity",
                "company_ids": [Command.set(village.ids)],
            }
        )
        village.desmigratif_grant_account_id = dmp301
        post_init_hook(self.env)
        self.assertEqual(village.desmigratif_grant_account_id, dmp301)
        self.assertEqual(
            self.accounts(village, EXPECTED_ID),
            {
                "desmigratif_grant_account_id": ("DMP301", "equity", False),
                "desmigratif_profit_share_account_id": ("31300050", "equity", False),
                "desmigratif_member_payable_account_id": (
                    "21400030",
                    "liability_payable",
                    True,
                ),
            },
        )
        self.assertEqual(self.count_accounts(village, codes), 2, "no 31300040")
        post_init_hook(self.env)
        self.assertEqual(self.count_accounts(village, codes), 2)
