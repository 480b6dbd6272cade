from datetime import date

from odoo import Command
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import new_test_user, tagged

from .common import CoopCase

MANAGER = "desmigratif_base.group_desmigratif_manager"


class IntegrityCase(CoopCase):
    """The attacker's calls: a plain write of workflow fields, edits and
    deletions of posted documents, actions called twice. Each must fail and
    leave the books as they were."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.user_manager_b = new_test_user(
            cls.env,
            "coop_manager_b",
            groups=MANAGER,
            company_id=cls.company.id,
            company_ids=[Command.set(cls.company.ids)],
        )

    def entries(self):
        """The village's journal entries and their states."""
        moves = self.env["account.move"].search([("company_id", "=", self.company.id)])
        return sorted((move.id, move.state) for move in moves)

    def cash_balance(self):
        return self.group_cash._get_balances()[self.group_cash.id]


@tagged("post_install", "-at_install")
class TestLoanIntegrity(IntegrityCase):
    def test_state_written_directly_refused(self):
        loan = self.new_loan(2_000_000)
        loan.with_user(self.user_bookkeeper).action_submit()
        books = self.entries()
        bookkeeper_loan = loan.with_user(self.user_bookkeeper)
        with self.assertRaises(UserError):
            bookkeeper_loan.write({"state": "approved"})
        with self.assertRaises(UserError):
            bookkeeper_loan.action_disburse()
        with self.assertRaises(UserError):
            loan.sudo().write({"state": "approved", "approved_by_id": self.env.uid})
        self.assertEqual(loan.state, "submitted")
        self.assertFalse(loan.approved_by_id)
        self.assertEqual(self.entries(), books)
        self.assertEqual(self.cash_balance(), 10_000_000)

    def test_paid_written_directly_refused(self):
        loan = self.disbursed_loan(3_000_000)
        books = self.entries()
        for record in (loan.with_user(self.user_bookkeeper), loan.sudo()):
            with self.assertRaises(UserError):
                record.write({"state": "paid"})
        self.assertEqual(loan.state, "disbursed")
        self.assertEqual(loan.remaining_principal, 3_000_000)
        self.assertEqual(self.entries(), books)

    def test_terms_frozen_once_disbursed(self):
        loan = self.disbursed_loan(3_000_000)
        books = self.entries()
        manager_loan = loan.with_user(self.user_manager)
        for values in (
            {"principal": 1},
            {"term_months": 12},
            {"fee_rate": 0.0},
            {"partner_id": self.member_b.id},
            {"date_start": date(2026, 6, 1)},
            {"move_id": False},
        ):
            with self.subTest(values=values), self.assertRaises(UserError):
                manager_loan.write(values)
        with self.assertRaises(UserError):
            manager_loan.unlink()
        manager_loan.write({"note": "<p>Dibayar tunai di balai desa</p>"})
        self.assertEqual(loan.principal, 3_000_000)
        self.assertEqual(loan.date_start, date(2026, 2, 1))
        self.assertEqual(loan.total_amount, 3_180_000)
        self.assertEqual(
            self.entry(loan.move_id),
            sorted(
                [
                    (self.code("coop_loan_account_id"), 3_000_000, 0, "Bawon"),
                    (self.code("coop_group_cash_account_id"), 0, 3_000_000, "Bawon"),
                ]
            ),
        )
        self.assertEqual(self.entries(), books)

    def test_terms_frozen_from_submission_payout_date_until_disbursement(self):
        loan = self.new_loan(3_000_000)
        loan.with_user(self.user_bookkeeper).action_submit()
        with self.assertRaises(UserError):
            loan.with_user(self.user_bookkeeper).write({"principal": 9_000_000})
        loan.with_user(self.user_bookkeeper).action_draft()
        loan.with_user(self.user_bookkeeper).write({"principal": 1_500_000})
        loan.with_user(self.user_bookkeeper).action_submit()
        loan.with_user(self.user_manager).action_approve()
        # paid out a week later than planned: the schedule follows
        loan.with_user(self.user_bookkeeper).write({"date_start": date(2026, 2, 8)})
        loan.with_user(self.user_bookkeeper).action_disburse()
        self.assertEqual(
            loan.line_ids.mapped("date_due"),
            [date(2026, 3, 8), date(2026, 4, 8), date(2026, 5, 8)],
        )
        self.assertEqual(loan.line_ids.mapped("principal"), [500_000] * 3)
        self.assertEqual(loan.move_id.date, date(2026, 2, 8))

    def test_schedule_lines_read_only_for_clients(self):
        """Even on a cancelled loan, whose schedule is no longer frozen, no
        client writes instalments: only the loan's own steps do."""
        loan = self.new_loan(3_000_000)
        loan.with_user(self.user_bookkeeper).action_submit()
        loan.with_user(self.user_bookkeeper).action_cancel()
        for user in (self.user_bookkeeper, self.user_manager):
            line = loan.line_ids[0].with_user(user)
            with self.subTest(user=user.login):
                with self.assertRaises(AccessError):
                    line.write({"principal": 0, "fee": 0})
                with self.assertRaises(AccessError):
                    line.unlink()
                with self.assertRaises(AccessError):
                    line.create(
                        {"loan_id": loan.id, "date_due": date(2026, 6, 1), "fee": 1}
                    )
        self.assertEqual(loan.line_ids.mapped("principal"), [1_000_000] * 3)

    def test_schedule_frozen_with_the_loan(self):
        loan = self.disbursed_loan(3_000_000)
        books = self.entries()
        first = loan.line_ids[0]
        new_line = {"loan_id": loan.id, "date_due": date(2026, 6, 1), "principal": 1}
        # not even as superuser: the loan is disbursed
        for line in (first.with_user(self.user_bookkeeper), first.sudo()):
            with self.subTest(user=line.env.user.login):
                with self.assertRaises(UserError):
                    line.write({"principal": 0, "fee": 0})
                with self.assertRaises(UserError):
                    line.create(new_line)
        with self.assertRaises(UserError):
            loan.line_ids.sudo().unlink()
        with self.assertRaises(UserError):
            loan.sudo().write({"line_ids": [Command.clear()]})
        self.assertEqual(loan.line_ids.mapped("principal"), [1_000_000] * 3)
        self.assertEqual(loan.line_ids.mapped("fee"), [60_000] * 3)
        self.assertEqual(loan.total_amount, 3_180_000)
        self.assertEqual(self.entries(), books)

    def test_created_in_a_later_state_refused(self):
        Loan = self.env["desmigratif.loan"].with_user(self.user_manager)
        base = {
            "partner_id": self.member_a.id,
            "funding_group_id": self.group.id,
            "principal": 1_000_000,
            "company_id": self.company.id,
        }
        for values in (
            {"state": "disbursed"},
            {"state": "approved", "approved_by_id": self.user_manager_b.id},
            {"submitted_by_id": self.user_bookkeeper.id},
        ):
            with self.subTest(values=values), self.assertRaises(UserError):
                Loan.create({**base, **values})
        self.assertFalse(
            self.env["desmigratif.loan"].search([("company_id", "=", self.company.id)])
        )

    def test_actions_called_twice(self):
        loan = self.approved_loan(3_000_000)
        with self.assertRaises(UserError):
            loan.with_user(self.user_manager_b).action_approve()
        loan.with_user(self.user_bookkeeper).action_disburse()
        books = self.entries()
        with self.assertRaises(UserError):
            loan.with_user(self.user_bookkeeper).action_disburse()
        self.assertEqual(self.entries(), books)
        self.assertEqual(self.cash_balance(), 7_000_000)


@tagged("post_install", "-at_install")
class TestMakerChecker(IntegrityCase):
    def submitted(self, submitter, creator=None):
        loan = self.env["desmigratif.loan"].with_user(creator or self.user_bookkeeper)
        loan = loan.create(
            {
                "partner_id": self.member_a.id,
                "funding_group_id": self.group.id,
                "principal": 2_000_000,
                "date_start": date(2026, 2, 1),
                "company_id": self.company.id,
            }
        )
        loan.with_user(submitter).action_submit()
        return loan

    def test_bookkeeper_cannot_approve(self):
        loan = self.submitted(self.user_bookkeeper)
        with self.assertRaises(UserError):
            loan.with_user(self.user_bookkeeper).action_approve()
        self.assertEqual(loan.state, "submitted")

    def test_manager_who_submitted_cannot_approve(self):
        loan = self.submitted(self.user_manager)
        self.assertEqual(loan.submitted_by_id, self.user_manager)
        with self.assertRaises(UserError):
            loan.with_user(self.user_manager).action_approve()
        self.assertEqual(loan.state, "submitted")
        self.assertFalse(loan.approved_by_id)

    def test_manager_who_created_cannot_approve(self):
        loan = self.submitted(self.user_bookkeeper, creator=self.user_manager_b)
        with self.assertRaises(UserError):
            loan.with_user(self.user_manager_b).action_approve()
        self.assertEqual(loan.state, "submitted")

    def test_another_manager_approves(self):
        loan = self.submitted(self.user_manager)
        loan.with_user(self.user_manager_b).action_approve()
        self.assertEqual(loan.state, "approved")
        self.assertEqual(loan.approved_by_id, self.user_manager_b)

    def test_one_person_village(self):
        settings = self.env["res.config.settings"].create(
            {"coop_loan_self_approval": True}
        )
        settings.execute()
        self.assertTrue(self.company.coop_loan_self_approval)
        loan = self.submitted(self.user_manager, creator=self.user_manager)
        loan.with_user(self.user_manager).action_approve()
        self.assertEqual(loan.state, "approved")
        self.assertEqual(loan.approved_by_id, self.user_manager)


@tagged("post_install", "-at_install")
class TestSavingsIntegrity(IntegrityCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.sukarela = cls.savings(cls.member_a, "sukarela")

    def balance(self):
        return self.sukarela._get_balances().get(self.sukarela.id, 0.0)

    def test_posted_cannot_return_to_draft_and_post_again(self):
        deposit = self.deposit(self.sukarela, 250_000)
        books = self.entries()
        for user in (self.user_bookkeeper, self.user_manager):
            with self.subTest(user=user.login), self.assertRaises(UserError):
                deposit.with_user(user).write({"state": "draft"})
        with self.assertRaises(UserError):
            deposit.sudo().write({"state": "draft"})
        with self.assertRaises(UserError):
            deposit.with_user(self.user_bookkeeper).action_post()
        self.assertEqual(deposit.state, "posted")
        self.assertEqual(self.entries(), books)
        self.assertEqual(self.balance(), 250_000)

    def test_posted_frozen(self):
        deposit = self.deposit(self.sukarela, 250_000)
        move = deposit.move_id
        books = self.entries()
        manager_deposit = deposit.with_user(self.user_manager)
        for values in (
            {"amount": 1_000_000_000},
            {"move_id": False},
            {"date": date(2025, 1, 1)},
            {"kind": "withdrawal"},
            {"savings_account_id": self.group_cash.id},
        ):
            with self.subTest(values=values), self.assertRaises(UserError):
                manager_deposit.write(values)
        with self.assertRaises(UserError):
            manager_deposit.unlink()
        self.assertEqual(deposit.amount, 250_000)
        self.assertEqual(deposit.move_id, move)
        self.assertEqual(move.state, "posted")
        self.assertEqual(self.entries(), books)
        self.assertEqual(self.balance(), 250_000)

    def test_entry_not_reset_in_accounting(self):
        """The bookkeeper's invoicing rights do not reset a savings entry."""
        deposit = self.deposit(self.sukarela, 250_000)
        books = self.entries()
        for move in (
            deposit.move_id.with_user(self.user_bookkeeper),
            deposit.move_id.sudo(),
        ):
            with self.assertRaises(UserError):
                move.button_draft()
        self.assertEqual(self.entries(), books)
        self.assertEqual(self.balance(), 250_000)

    def test_created_posted_refused(self):
        with self.assertRaises(UserError):
            self.env["desmigratif.savings.transaction"].with_user(
                self.user_bookkeeper
            ).create(
                {
                    "savings_account_id": self.sukarela.id,
                    "amount": 250_000,
                    "state": "posted",
                }
            )
        self.assertEqual(self.balance(), 0)

    def test_reversal_restores_balance(self):
        self.deposit(self.sukarela, 250_000)
        second = self.deposit(self.sukarela, 100_000)
        self.assertEqual(self.balance(), 350_000)
        books = self.entries()
        second.with_user(self.user_bookkeeper).action_reverse()
        self.assertEqual(second.state, "reversed")
        self.assertEqual(self.balance(), 250_000)
        cash_code = self.company.coop_cash_journal_id.default_account_id.code
        self.assertEqual(
            self.entry(second.reversal_move_id),
            sorted(
                [
                    (cash_code, 0, 100_000, "Bawon"),
                    (self.code("coop_sukarela_account_id"), 100_000, 0, "Bawon"),
                ]
            ),
        )
        self.assertEqual(second.move_id.state, "posted")
        self.assertEqual(
            self.entries(),
            sorted([*books, (second.reversal_move_id.id, "posted")]),
        )
        books = self.entries()
        with self.assertRaises(UserError):
            second.with_user(self.user_bookkeeper).action_reverse()
        with self.assertRaises(UserError):
            second.with_user(self.user_manager).write({"state": "posted"})
        self.assertEqual(self.entries(), books)
        self.assertEqual(self.balance(), 250_000)

    def test_reversal_needs_the_bookkeeper(self):
        deposit = self.deposit(self.sukarela, 250_000)
        with self.assertRaises(UserError):
            deposit.with_user(self.user_officer).action_reverse()
        with self.assertRaises(UserError):
            deposit.with_user(self.user_user).action_reverse()
        self.assertEqual(deposit.state, "posted")
        self.assertEqual(self.balance(), 250_000)

    def test_cancel_only_drafts(self):
        posted = self.deposit(self.sukarela, 250_000)
        with self.assertRaises(UserError):
            posted.with_user(self.user_bookkeeper).action_cancel()
        draft = self.env["desmigratif.savings.transaction"].create(
            {"savings_account_id": self.sukarela.id, "amount": 40_000}
        )
        draft.with_user(self.user_bookkeeper).action_cancel()
        self.assertEqual(draft.state, "cancelled")
        with self.assertRaises(UserError):
            draft.with_user(self.user_bookkeeper).action_post()
        draft.with_user(self.user_manager).unlink()
        self.assertEqual(posted.state, "posted")
        self.assertEqual(self.balance(), 250_000)


@tagged("post_install", "-at_install")
class TestRepaymentIntegrity(IntegrityCase):
    def test_posted_repayment_frozen(self):
        loan = self.disbursed_loan(3_000_000)
        repayment = self.repay(loan, 500_000)
        books = self.entries()
        manager_repayment = repayment.with_user(self.user_manager)
        for values in (
            {"state": "draft"},
            {"amount": 1},
            {"move_id": False},
            {"date": date(2026, 2, 2)},
        ):
            with self.subTest(values=values), self.assertRaises(UserError):
                manager_repayment.write(values)
        with self.assertRaises(UserError):
            manager_repayment.unlink()
        with self.assertRaises(UserError):
            repayment.with_user(self.user_bookkeeper).action_post()
        self.assertEqual(repayment.amount, 500_000)
        self.assertEqual(loan.remaining_principal, 2_560_000)
        self.assertEqual(self.entries(), books)
        self.assertEqual(self.cash_balance(), 7_500_000)

    def test_reversal_latest_first(self):
        loan = self.disbursed_loan(3_000_000)
        first = self.repay(loan, 1_060_000, date(2026, 3, 1))
        second = self.repay(loan, 1_060_000, date(2026, 4, 1))
        self.assertEqual(loan.remaining_principal, 1_000_000)
        self.assertEqual(self.cash_balance(), 9_120_000)
        with self.assertRaises(UserError):
            first.with_user(self.user_bookkeeper).action_reverse()
        self.assertEqual(first.state, "posted")
        second.with_user(self.user_bookkeeper).action_reverse()
        self.assertEqual(second.state, "reversed")
        self.assertEqual(loan.remaining_principal, 2_000_000)
        self.assertEqual(loan.line_ids.mapped("remaining"), [0, 1_060_000, 1_060_000])
        self.assertEqual(self.cash_balance(), 8_060_000)
        self.assertEqual(loan._get_receivable_balances()[loan.id], 2_000_000)
        books = self.entries()
        with self.assertRaises(UserError):
            second.with_user(self.user_bookkeeper).action_reverse()
        self.assertEqual(self.entries(), books)
        first.with_user(self.user_bookkeeper).action_reverse()
        self.assertEqual(loan.remaining_principal, 3_000_000)
        self.assertEqual(self.cash_balance(), 7_000_000)

    def test_reversal_refused_once_the_cash_is_lent_again(self):
        loan = self.disbursed_loan(3_000_000)
        repayment = self.repay(loan, 1_060_000)
        self.deposit(self.group_cash, 7_500_000, kind="withdrawal")
        self.assertEqual(self.cash_balance(), 560_000)
        books = self.entries()
        with self.assertRaises(ValidationError):
            repayment.with_user(self.user_bookkeeper).action_reverse()
        self.assertEqual(repayment.state, "posted")
        self.assertEqual(loan.remaining_principal, 2_000_000)
        self.assertEqual(self.entries(), books)

    def test_reversal_reopens_paid_loan_and_its_waived_fees(self):
        loan = self.disbursed_loan(3_000_000)
        repayment = self.repay(loan, when=date(2026, 3, 10), full=True)
        self.assertEqual(repayment.amount, 3_060_000)
        self.assertEqual(loan.state, "paid")
        self.assertEqual(loan.total_fee, 60_000)
        repayment.with_user(self.user_bookkeeper).action_reverse()
        self.assertEqual(loan.state, "disbursed")
        self.assertEqual(loan.total_fee, 180_000)
        self.assertFalse(any(loan.line_ids.mapped("fee_waived")))
        self.assertEqual(loan.remaining_principal, 3_000_000)
        self.assertEqual(loan._get_receivable_balances()[loan.id], 3_000_000)
        self.assertEqual(self.cash_balance(), 7_000_000)


@tagged("post_install", "-at_install")
class TestKurReferralIntegrity(IntegrityCase):
    def test_transitions_through_actions_only(self):
        bank = self.env["res.bank"].create({"name": "Bank Negara Indonesia"})
        referral = (
            self.env["desmigratif.kur.referral"]
            .with_user(self.user_officer)
            .create(
                {
                    "partner_id": self.member_a.id,
                    "bank_id": bank.id,
                    "amount_requested": 25_000_000,
                    "company_id": self.company.id,
                }
            )
        )
        with self.assertRaises(UserError):
            referral.action_approve()
        with self.assertRaises(UserError):
            referral.write({"state": "approved"})
        referral.action_refer()
        referral.action_reject()
        for action in ("action_approve", "action_refer", "action_cancel"):
            with self.subTest(action=action), self.assertRaises(UserError):
                getattr(referral, action)()
        self.assertEqual(referral.state, "rejected")
