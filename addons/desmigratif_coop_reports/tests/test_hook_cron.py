from datetime import date

from odoo.tests import TransactionCase, freeze_time, tagged

from odoo.addons.desmigratif_coop.tests.common import indonesian_village
from odoo.addons.desmigratif_coop_reports import post_init_hook

from .common import CoopReportsCase


@tagged("post_install", "-at_install")
class TestPostInitHook(TransactionCase):
    """The install hook gives every village with a chart its two allowance
    (PPAP) accounts, once."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.village = indonesian_village(cls.env, "Desa Baru")
        cls.no_chart = cls.env["res.company"].create({"name": "Desa Tanpa Bagan Akun"})
        cls.env.user.company_ids |= cls.no_chart

    def allowance_accounts(self):
        village = self.village.with_company(self.village)
        return [
            (account.code, account.name, account.account_type)
            for account in (
                village.coop_allowance_account_id,
                village.coop_allowance_expense_account_id,
            )
        ]

    def count(self):
        return (
            self.env["account.account"]
            .with_company(self.village)
            .search_count(
                [
                    ("company_ids", "in", self.village.ids),
                    ("code", "in", ("11220090", "69100020")),
                ]
            )
        )

    def test_village_with_a_chart_gets_its_accounts(self):
        self.assertFalse(self.village.coop_allowance_account_id)
        self.assertEqual(self.count(), 0)
        post_init_hook(self.env)
        self.assertEqual(
            self.allowance_accounts(),
            [
                ("11220090", "Penyisihan Penghapusan Pinjaman", "asset_current"),
                (
                    "69100020",
                    "Beban Penyisihan Penghapusan Pinjaman",
                    "expense",
                ),
            ],
        )
        self.assertEqual(self.count(), 2)
        self.assertFalse(self.no_chart.coop_allowance_account_id)
        self.assertFalse(self.no_chart.coop_allowance_expense_account_id)

    def test_twice_is_harmless(self):
        post_init_hook(self.env)
        first = (
            self.village.coop_allowance_account_id
            | self.village.coop_allowance_expense_account_id
        )
        post_init_hook(self.env)
        # an emptied setting gets the same account back, found by its code
        self.village.coop_allowance_expense_account_id = False
        post_init_hook(self.env)
        self.assertEqual(
            self.village.coop_allowance_account_id
            | self.village.coop_allowance_expense_account_id,
            first,
        )
        self.assertEqual(self.count(), 2)


@tagged("post_install", "-at_install")
class TestAllowanceCron(CoopReportsCase):
    """The scheduled action itself, as the server runs it every day."""

    def test_cron_record(self):
        cron = self.env.ref("desmigratif_coop_reports.ir_cron_loan_allowance")
        self.assertTrue(cron.active)
        self.assertEqual((cron.interval_number, cron.interval_type), (1, "days"))
        self.assertEqual(cron.model_id.model, "desmigratif.loan.allowance")
        self.assertEqual(cron.state, "code")

    @freeze_time("2025-04-02 01:00:00")
    def test_cron_posts_last_month(self):
        """On 2 April the cron posts the allowance of 31 March: Bawon owes
        2,000,000 of principal (1,000,000 repaid on 1 March), no instalment is
        late yet, so 0.5% of a performing loan, Rp 10,000. Turyati's loan is
        paid out only in July."""
        cron = self.env.ref("desmigratif_coop_reports.ir_cron_loan_allowance")
        cron.method_direct_trigger()
        Allowance = self.env["desmigratif.loan.allowance"]
        allowance = Allowance.search([("company_id", "=", self.company.id)])
        self.assertEqual(len(allowance), 1)
        self.assertEqual(
            (allowance.date, allowance.state), (date(2025, 3, 31), "posted")
        )
        self.assertEqual(
            {
                line.collectibility: (line.loan_count, line.outstanding, line.amount)
                for line in allowance.line_ids
            },
            {
                "lancar": (1, 2_000_000, 10_000),
                "kurang_lancar": (0, 0, 0),
                "diragukan": (0, 0, 0),
                "macet": (0, 0, 0),
            },
        )
        move = allowance.move_id
        self.assertEqual((move.state, move.date), ("posted", date(2025, 3, 31)))
        self.assertEqual(
            sorted(
                (line.account_id.code, line.debit, line.credit)
                for line in move.line_ids
            ),
            [("11220090", 0, 10_000), ("69100020", 10_000, 0)],
        )
        # run again the same month: nothing more is posted
        cron.method_direct_trigger()
        self.assertEqual(
            Allowance.search_count([("company_id", "=", self.company.id)]), 1
        )
