from datetime import date

from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import Form, tagged

from .common import CoopCase


@tagged("post_install", "-at_install")
class TestLoanFlow(CoopCase):
    def test_states_and_groups(self):
        loan = self.new_loan(2_000_000).with_user(self.user_bookkeeper)
        loan.action_submit()
        self.assertEqual(loan.state, "submitted")
        with self.assertRaisesRegex(UserError, "approve"):
            loan.action_approve()
        loan.with_user(self.user_manager).action_approve()
        self.assertEqual(loan.state, "approved")
        self.assertEqual(loan.approved_by_id, self.user_manager)
        with self.assertRaisesRegex(UserError, "disburse"):
            loan.with_user(self.user_officer).action_disburse()
        loan.action_disburse()
        self.assertEqual(loan.state, "disbursed")
        with self.assertRaisesRegex(UserError, "write off"):
            loan.action_write_off()
        with self.assertRaisesRegex(UserError, "not possible"):
            loan.action_cancel()
        draft = self.new_loan(1_000_000, partner=self.member_b)
        with self.assertRaises(AccessError):
            draft.with_user(self.user_user).write({"purpose": "x"})

    def test_disbursement_entry(self):
        loan = self.disbursed_loan(3_000_000)
        self.assertEqual(loan.move_id.state, "posted")
        self.assertEqual(
            self.entry(loan.move_id),
            sorted(
                [
                    (self.code("coop_loan_account_id"), 3_000_000, 0, "Bawon"),
                    (self.code("coop_group_cash_account_id"), 0, 3_000_000, "Bawon"),
                ]
            ),
        )
        self.assertEqual(self.group_cash.balance, self.group_cash_amount - 3_000_000)
        self.assertEqual(loan._get_receivable_balances()[loan.id], 3_000_000)

    def test_cash_cap_at_approval_and_disbursement(self):
        # The amounts in the message follow the language: English is asserted,
        # in whole rupiah.
        self.env = self.env(context=dict(self.env.context, lang="en_US"))
        too_big = self.new_loan(self.group_cash_amount + 1)
        too_big.action_submit()
        with self.assertRaisesRegex(
            ValidationError, "only Rp\\s*10[.,]000[.,]000 is available"
        ):
            too_big.with_user(self.user_manager).action_approve()
        too_big.action_cancel()
        first = self.new_loan(6_000_000)
        second = self.new_loan(6_000_000, partner=self.member_b)
        (first | second).action_submit()
        (first | second).with_user(self.user_manager).action_approve()
        first.action_disburse()
        available = self.group_cash_amount - 6_000_000
        with self.assertRaisesRegex(
            ValidationError, "only Rp\\s*4[.,]000[.,]000 is available"
        ):
            second.action_disburse()
        self.assertEqual(second.state, "approved")
        self.assertEqual(self.group_cash.balance, available)

    def test_limits(self):
        self.company.coop_max_loan_amount = 1_000_000
        with self.assertRaisesRegex(ValidationError, "maximum loan"):
            self.new_loan(1_000_001).action_submit()
        self.company.coop_max_loan_amount = 0
        self.new_loan(500_000).action_submit()
        with self.assertRaisesRegex(ValidationError, "only one open loan"):
            self.new_loan(500_000).action_submit()
        self.company.coop_one_open_loan = False
        self.new_loan(500_000).action_submit()

    def test_partial_repayment_on_oldest_instalment(self):
        loan = self.disbursed_loan(3_000_000)
        repayment = self.repay(loan, 500_000)
        first, second, third = loan.line_ids
        # fee first, then principal, on the oldest instalment
        self.assertEqual(first.paid_fee, 60_000)
        self.assertEqual(first.paid_principal, 500_000 - 60_000)
        self.assertEqual(first.remaining, 1_060_000 - 500_000)
        self.assertEqual(second.paid_amount + third.paid_amount, 0)
        self.assertEqual(
            self.entry(repayment.move_id),
            sorted(
                [
                    (self.code("coop_group_cash_account_id"), 500_000, 0, "Bawon"),
                    (self.code("coop_fee_income_account_id"), 0, 60_000, "Bawon"),
                    (self.code("coop_loan_account_id"), 0, 440_000, "Bawon"),
                ]
            ),
        )
        self.assertEqual(loan.remaining_principal, 3_000_000 - 440_000)
        self.assertEqual(
            loan._get_receivable_balances()[loan.id], loan.remaining_principal
        )
        self.assertEqual(loan.state, "disbursed")

    def test_overpayment_closes_later_instalments(self):
        loan = self.disbursed_loan(3_000_000)
        self.repay(loan, 1_060_000 + 1_060_000 + 100_000)
        first, second, third = loan.line_ids
        self.assertEqual((first.state, second.state), ("paid", "paid"))
        self.assertEqual(third.paid_fee, 60_000)
        self.assertEqual(third.paid_principal, 40_000)
        self.repay(loan, third.remaining)
        self.assertEqual(loan.state, "paid")
        self.assertEqual(loan._get_receivable_balances().get(loan.id, 0), 0)
        receivable = loan.move_line_ids.filtered(
            lambda line: line.account_id == self.company.coop_loan_account_id
        )
        self.assertTrue(all(receivable.mapped("reconciled")))

    def test_more_than_owed_refused(self):
        loan = self.disbursed_loan(3_000_000)
        with self.assertRaisesRegex(ValidationError, "more than"):
            self.repay(loan, 3_180_001)
        self.assertFalse(loan.repayment_ids.filtered(lambda r: r.state == "posted"))

    def test_early_full_repayment_waives_future_fees(self):
        loan = self.disbursed_loan(3_000_000)
        when = date(2026, 3, 10)  # after the first due date, before the others
        repayment = self.repay(loan, when=when, full=True)
        future = loan.line_ids.filtered(lambda line: line.date_due > when)
        self.assertEqual(len(future), 2)
        self.assertEqual(repayment.amount, 3_000_000 + 60_000)
        self.assertTrue(all(future.mapped("fee_waived")))
        self.assertEqual(loan.state, "paid")
        fee_credit = sum(
            repayment.move_id.line_ids.filtered(
                lambda line: line.account_id == self.company.coop_fee_income_account_id
            ).mapped("credit")
        )
        self.assertEqual(fee_credit, 60_000)

    def test_early_full_repayment_charges_fees(self):
        self.company.coop_early_fee_policy = "charge"
        loan = self.disbursed_loan(3_000_000)
        repayment = self.repay(loan, when=date(2026, 3, 10), full=True)
        self.assertEqual(repayment.amount, 3_180_000)
        self.assertEqual(loan.state, "paid")

    def test_write_off(self):
        loan = self.disbursed_loan(3_000_000)
        self.repay(loan, 1_060_000)
        with self.assertRaisesRegex(UserError, "write off"):
            loan.with_user(self.user_bookkeeper).action_write_off()
        loan.with_user(self.user_manager).action_write_off()
        self.assertEqual(loan.state, "written_off")
        self.assertEqual(
            self.entry(loan.writeoff_move_id),
            sorted(
                [
                    (self.code("coop_writeoff_account_id"), 2_000_000, 0, "Bawon"),
                    (self.code("coop_loan_account_id"), 0, 2_000_000, "Bawon"),
                ]
            ),
        )
        self.assertEqual(loan._get_receivable_balances().get(loan.id, 0), 0)

    def test_group_borrower(self):
        production = self.env["desmigratif.group"].create(
            {
                "name": "Kelompok Batik",
                "company_id": self.company.id,
                "coordinator_id": self.member_b.id,
            }
        )
        loan = self.new_loan(
            1_000_000,
            partner=self.member_b,
            borrower_type="group",
            borrower_group_id=production.id,
        )
        loan.action_submit()
        with self.assertRaisesRegex(ValidationError, "only one open loan"):
            self.new_loan(
                1_000_000,
                partner=self.member_a,
                borrower_type="group",
                borrower_group_id=production.id,
            ).action_submit()
        with self.assertRaisesRegex(ValidationError, "Borrowing Group"):
            self.new_loan(1_000_000, borrower_type="group")

    def test_form_group_borrower(self):
        """Choosing a borrowing group proposes its coordinator and its cash."""
        production = self.env["desmigratif.group"].create(
            {
                "name": "Kelompok Singkong",
                "company_id": self.company.id,
                "coordinator_id": self.member_b.id,
            }
        )
        with Form(self.env["desmigratif.loan"]) as form:
            form.borrower_type = "group"
            form.borrower_group_id = production
            form.principal = 500_000
        loan = form.record
        self.assertEqual(loan.partner_id, self.member_b)
        self.assertEqual(loan.funding_group_id, production)
        self.assertEqual(loan.term_months, self.company.coop_term_months)
        self.assertEqual(loan.fee_rate, self.company.coop_fee_rate)

    def test_settings(self):
        settings = self.env["res.config.settings"].create(
            {"coop_fee_rate": 1.5, "coop_penalty_type": "percent"}
        )
        settings.execute()
        self.assertEqual(self.company.coop_fee_rate, 1.5)
        self.assertEqual(self.company.coop_penalty_type, "percent")

    def test_printouts(self):
        loan = self.disbursed_loan(3_000_000)
        repayment = self.repay(loan, 100_000)
        for xmlid, records in (
            ("desmigratif_coop.action_report_loan_agreement", loan),
            ("desmigratif_coop.action_report_loan_schedule", loan),
            ("desmigratif_coop.action_report_loan_receipt", repayment),
            (
                "desmigratif_coop.action_report_savings_receipt",
                self.group_cash.transaction_ids,
            ),
            ("desmigratif_coop.action_report_savings_passbook", self.group_cash),
        ):
            html, _kind = self.env["ir.actions.report"]._render_qweb_html(
                xmlid, records.ids
            )
            self.assertIn(records[0].name, html.decode())
