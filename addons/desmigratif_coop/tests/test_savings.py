from datetime import date

from freezegun import freeze_time
from psycopg2 import IntegrityError

from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import tagged
from odoo.tools import mute_logger

from .common import CoopCase


@tagged("post_install", "-at_install")
class TestSavings(CoopCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.sukarela = cls.savings(cls.member_a, "sukarela")
        cls.pokok = cls.savings(cls.member_a, "pokok")

    def test_deposit_entry(self):
        transaction = self.deposit(self.sukarela, 250_000)
        move = transaction.move_id
        self.assertEqual(move.state, "posted")
        self.assertEqual(move.journal_id, self.company.coop_cash_journal_id)
        cash_code = self.company.coop_cash_journal_id.default_account_id.code
        self.assertEqual(
            self.entry(move),
            sorted(
                [
                    (cash_code, 250_000, 0, "Bawon"),
                    (self.code("coop_sukarela_account_id"), 0, 250_000, "Bawon"),
                ]
            ),
        )
        self.assertEqual(self.sukarela.balance, 250_000)

    def test_withdrawal_entry_and_balance(self):
        self.deposit(self.sukarela, 300_000)
        withdrawal = self.deposit(self.sukarela, 120_000, kind="withdrawal")
        cash_code = self.company.coop_cash_journal_id.default_account_id.code
        self.assertEqual(
            self.entry(withdrawal.move_id),
            sorted(
                [
                    (cash_code, 0, 120_000, "Bawon"),
                    (self.code("coop_sukarela_account_id"), 120_000, 0, "Bawon"),
                ]
            ),
        )
        self.assertEqual(self.sukarela.balance, 300_000 - 120_000)
        groups = self.env["account.move.line"]._read_group(
            [("desmigratif_savings_account_id", "=", self.sukarela.id)],
            ["desmigratif_savings_product"],
            ["desmigratif_savings_amount:sum"],
        )
        self.assertEqual(groups, [("sukarela", 300_000 - 120_000)])

    def test_group_cash_entry(self):
        """A kas kelompok is cash: it is debited against the group fund."""
        move = self.group_cash.transaction_ids.move_id
        self.assertEqual(
            self.entry(move),
            sorted(
                [
                    (
                        self.code("coop_group_cash_account_id"),
                        self.group_cash_amount,
                        0,
                        "",
                    ),
                    (
                        self.code("coop_group_fund_account_id"),
                        0,
                        self.group_cash_amount,
                        "",
                    ),
                ]
            ),
        )
        self.assertEqual(self.group_cash.balance, self.group_cash_amount)
        self.assertEqual(self.group.coop_cash_balance, self.group_cash_amount)

    def test_balance_only_from_posted_items(self):
        draft = self.env["desmigratif.savings.transaction"].create(
            {"savings_account_id": self.sukarela.id, "amount": 70_000}
        )
        self.assertFalse(draft.move_id)
        self.assertEqual(self.sukarela.balance, 0)
        self.deposit(self.sukarela, 40_000)
        self.sukarela.invalidate_recordset(["balance"])
        self.assertEqual(self.sukarela.balance, 40_000)

    def test_withdrawal_above_balance_refused(self):
        self.deposit(self.sukarela, 100_000)
        with self.assertRaisesRegex(ValidationError, "balance .* is only"):
            self.deposit(self.sukarela, 100_001, kind="withdrawal")
        self.assertEqual(self.sukarela.balance, 100_000)

    def test_reversal_cannot_overdraw(self):
        deposit = self.deposit(self.sukarela, 100_000)
        withdrawal = self.deposit(self.sukarela, 60_000, kind="withdrawal")
        with self.assertRaisesRegex(UserError, "bookkeeper"):
            deposit.with_user(self.user_officer).action_reverse()
        with self.assertRaisesRegex(ValidationError, "is only"):
            deposit.with_user(self.user_bookkeeper).action_reverse()
        withdrawal.with_user(self.user_bookkeeper).action_reverse()
        self.assertEqual(withdrawal.state, "reversed")
        self.assertEqual(self.sukarela._get_balances()[self.sukarela.id], 100_000)
        deposit.with_user(self.user_bookkeeper).action_reverse()
        self.assertEqual(self.sukarela._get_balances()[self.sukarela.id], 0)

    def test_pokok_withdrawal_refused(self):
        self.deposit(self.pokok, 100_000)
        with self.assertRaisesRegex(ValidationError, "pokok"):
            self.deposit(self.pokok, 10_000, kind="withdrawal")

    def test_non_positive_amount_refused(self):
        with self.assertRaises(IntegrityError), mute_logger("odoo.sql_db"):
            self.env["desmigratif.savings.transaction"].create(
                {"savings_account_id": self.sukarela.id, "amount": 0}
            )
            self.env.flush_all()

    @freeze_time("2026-04-15")
    def test_wajib_arrears(self):
        """Open since February at Rp 20,000 a month, one wajib paid by 15 April:
        February, March and April are due, two months (Rp 40,000) in arrears."""
        self.assertEqual(self.company.coop_wajib_amount, 20_000)
        wajib = self.env["desmigratif.savings.account"].create(
            {
                "partner_id": self.member_b.id,
                "product": "wajib",
                "company_id": self.company.id,
                "date_open": date(2026, 2, 15),
            }
        )
        self.deposit(wajib, 20_000, date(2026, 4, 15))
        self.assertEqual(wajib.balance, 20_000)
        self.assertEqual(wajib.arrears_amount, 40_000)

    def test_balances_in_one_query(self):
        """Balances of all accounts take one query whatever their number."""
        Savings = self.env["desmigratif.savings.account"]
        cash_account = self.company.coop_cash_journal_id.default_account_id

        def make(count):
            partners = self.env["res.partner"].create(
                [{"name": f"Anggota {count}-{i}"} for i in range(count)]
            )
            accounts = Savings.create(
                [
                    {
                        "partner_id": p.id,
                        "product": "sukarela",
                        "company_id": self.company.id,
                    }
                    for p in partners
                ]
            )
            move = self.env["account.move"].create(
                {
                    "journal_id": self.company.coop_loan_journal_id.id,
                    "date": date(2026, 1, 10),
                    "line_ids": [
                        (
                            0,
                            0,
                            {
                                "account_id": self.company.coop_sukarela_account_id.id,
                                "partner_id": account.partner_id.id,
                                "credit": 1000 * (index + 1),
                                "desmigratif_savings_account_id": account.id,
                            },
                        )
                        for index, account in enumerate(accounts)
                    ]
                    + [
                        (
                            0,
                            0,
                            {
                                "account_id": cash_account.id,
                                "debit": 1000 * count * (count + 1) / 2,
                            },
                        )
                    ],
                }
            )
            move.action_post()
            self.env.flush_all()
            self.env.invalidate_all()
            return Savings.browse(accounts.ids)

        small, large = make(10), make(100)
        with self.assertQueryCount(1):
            balances = small._get_balances()
        with self.assertQueryCount(1):
            balances.update(large._get_balances())
        for accounts in (small, large):
            for index, account in enumerate(accounts):
                self.assertEqual(balances[account.id], 1000 * (index + 1))

    def test_user_cannot_post_bookkeeper_can(self):
        values = {"savings_account_id": self.sukarela.id, "amount": 10_000}
        Transaction = self.env["desmigratif.savings.transaction"]
        with self.assertRaises(AccessError):
            Transaction.with_user(self.user_user).create(values)
        draft = Transaction.create(values)
        with self.assertRaises(UserError):
            draft.with_user(self.user_officer).action_post()
        draft.with_user(self.user_bookkeeper).action_post()
        self.assertEqual(draft.state, "posted")
        self.assertEqual(self.sukarela.with_user(self.user_bookkeeper).balance, 10_000)

    def test_user_cannot_see_balances(self):
        self.deposit(self.sukarela, 10_000)
        account = self.sukarela.with_user(self.user_user)
        self.assertEqual(account.partner_id, self.member_a)
        with self.assertRaises(AccessError):
            account.read(["balance"])
        self.assertEqual(self.sukarela.with_user(self.user_officer).balance, 10_000)

    def test_multi_company_rule(self):
        other = self.env["res.company"].create({"name": "Desa Lain"})
        stranger = self.env["res.partner"].create({"name": "Orang Lain"})
        foreign = (
            self.env["desmigratif.savings.account"]
            .with_company(other)
            .create(
                {
                    "partner_id": stranger.id,
                    "product": "sukarela",
                    "company_id": other.id,
                }
            )
        )
        visible = (
            self.env["desmigratif.savings.account"]
            .with_user(self.user_officer)
            .search([])
        )
        self.assertIn(self.sukarela, visible)
        self.assertNotIn(foreign, visible)
