from odoo import Command, api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.tools import float_compare
from odoo.tools.misc import format_date

from ..tools.loan_arithmetic import allocate_payment

BOOKKEEPER = "desmigratif_coop.group_desmigratif_coop_bookkeeper"
# The account each part of an instalment is paid into.
COMPONENTS = {
    "penalty": "coop_penalty_income_account_id",
    "fee": "coop_fee_income_account_id",
    "principal": "coop_loan_account_id",
}


class DesmigratifLoanRepayment(models.Model):
    _name = "desmigratif.loan.repayment"
    _description = "Loan Repayment (Angsuran)"
    _reference_date_field = "date"
    _inherit = ["desmigratif.coop.entry.mixin"]
    _order = "date desc, id desc"
    _check_company_auto = True

    loan_id = fields.Many2one(
        "desmigratif.loan",
        required=True,
        check_company=True,
        index=True,
        domain="[('state', '=', 'disbursed')]",
    )
    partner_id = fields.Many2one(related="loan_id.partner_id", store=True)
    funding_group_id = fields.Many2one(
        related="loan_id.funding_group_id", store=True, string="Funding Group"
    )
    date = fields.Date(required=True, default=fields.Date.context_today)
    full_repayment = fields.Boolean(
        string="Repay in Full",
        help="Close the loan now; fees of instalments not yet due follow the "
        "village's early repayment setting.",
    )
    amount_due = fields.Monetary(
        string="Amount to Close the Loan", compute="_compute_amount_due"
    )
    amount = fields.Monetary(
        compute="_compute_amount",
        store=True,
        readonly=False,
        required=True,
        precompute=True,
    )
    company_id = fields.Many2one(
        "res.company",
        string="Village",
        related="loan_id.company_id",
        store=True,
        index=True,
    )
    currency_id = fields.Many2one(related="loan_id.currency_id")

    _sql_constraints = [
        ("amount_positive", "check(amount > 0)", "The amount must be positive."),
    ]

    @api.constrains("amount", "loan_id")
    def _check_amount(self):
        """Above zero and not above the village's largest amount."""
        for repayment in self:
            maximum = repayment.company_id.coop_max_amount
            if not 0 < repayment.amount <= maximum:
                raise ValidationError(
                    self.env._(
                        "The amount of %(document)s must be above zero and at most "
                        "%(maximum)s (the village's largest amount).",
                        document=repayment.name,
                        maximum=repayment.company_id._coop_format(maximum),
                    )
                )

    @api.constrains("date", "loan_id")
    def _check_date(self):
        """Paid between the disbursement and today: not before the money went
        out, not in the future."""
        today = fields.Date.context_today(self)
        for repayment in self:
            start = repayment.loan_id.date_start
            if repayment.date < start or repayment.date > today:
                raise ValidationError(
                    self.env._(
                        "The repayment date of %(document)s must be between the "
                        "disbursement of %(loan)s (%(start)s) and today.",
                        document=repayment.name,
                        loan=repayment.loan_id.name,
                        start=format_date(self.env, start),
                    )
                )

    @api.depends("loan_id", "date")
    def _compute_amount_due(self):
        for repayment in self:
            repayment.amount_due = (
                repayment.loan_id._payoff_amount(repayment.date)
                if repayment.loan_id and repayment.date
                else 0.0
            )

    @api.depends("full_repayment", "loan_id", "date")
    def _compute_amount(self):
        for repayment in self:
            if repayment.full_repayment:
                repayment.amount = repayment.amount_due
            elif not repayment.amount and repayment.loan_id:
                unpaid = repayment.loan_id.line_ids.filtered(
                    lambda line: line.state != "paid"
                )
                repayment.amount = unpaid[:1].remaining

    def _check_bookkeeper(self):
        if not self.env.user.has_group(BOOKKEEPER):
            raise UserError(
                self.env._(
                    "Only the cooperative's bookkeeper can post, cancel or reverse "
                    "repayments."
                )
            )

    def action_post(self):
        self._check_bookkeeper()
        self._check_state(["draft"])
        for repayment in self:
            loan = repayment.loan_id
            loan._check_state(["disbursed"])
            loan.funding_account_id._lock_for_update()
            if repayment.full_repayment:
                repayment._waive_future_fees()
            allocation = repayment._allocate()
            move = self.env["account.move"].create(
                repayment._prepare_move_vals(allocation)
            )
            move.action_post()
            repayment._workflow_write({"move_id": move.id, "state": "posted"})
            loan._reconcile_receivable()
            loan._update_paid_state()
        return True

    def action_reverse(self):
        """Post the reversing entry of the loan's latest repayment: the
        instalments it paid are owed again, fees it waived are charged again
        and a loan it closed is open again. Later repayments were allocated
        after this one, so they are reversed first."""
        self._check_bookkeeper()
        self._check_state(["posted"])
        for repayment in self.sorted(lambda r: (r.date, r.id), reverse=True):
            loan = repayment.loan_id
            loan._check_state(["disbursed", "paid"])
            latest = loan.repayment_ids.filtered(lambda r: r.state == "posted").sorted(
                lambda r: (r.date, r.id)
            )[-1:]
            if latest != repayment:
                raise UserError(
                    self.env._(
                        "%(document)s is not the latest repayment of %(loan)s: "
                        "reverse %(latest)s first.",
                        document=repayment.name,
                        loan=loan.name,
                        latest=latest.name,
                    )
                )
            repayment._check_cash_covers()
            repayment.move_id.line_ids.remove_move_reconcile()
            repayment._post_reversal()
            repayment._restore_waived_fees()
            loan._reconcile_receivable()
            loan._update_paid_state()
        return True

    def _check_cash_covers(self):
        """The reversal takes the money back out of the kas kelompok: refuse
        when the group has lent it out again since."""
        self.ensure_one()
        account = self.loan_id.funding_account_id
        account._lock_for_update()
        available = account._get_balances().get(account.id, 0.0)
        if self.currency_id.compare_amounts(self.amount, available) > 0:
            raise ValidationError(
                self.env._(
                    "%(document)s cannot be reversed: the kas kelompok of %(group)s "
                    "holds only %(available)s.",
                    document=self.name,
                    group=self.funding_group_id.name,
                    available=self.company_id._coop_format(available),
                )
            )

    def _waive_future_fees(self):
        self.ensure_one()
        loan = self.loan_id
        if loan.company_id.coop_early_fee_policy != "waive":
            return
        with self._workflow_step():
            for line in loan.sudo().line_ids.filtered(
                lambda line: line.date_due > self.date
            ):
                if line.remaining_fee > 0:
                    line.write({"fee": line.paid_fee, "fee_waived": True})

    def _restore_waived_fees(self):
        """Charge again the fees a full repayment waived, as the schedule
        computed them."""
        self.ensure_one()
        loan = self.loan_id
        waived = loan.sudo().line_ids.filtered("fee_waived")
        if not self.full_repayment or not waived:
            return
        schedule = loan._schedule_amounts(
            loan.principal,
            loan.term_months,
            loan.fee_rate,
            loan.fee_method,
            loan.rounding_unit,
            loan.currency_id,
        )
        with self._workflow_step():
            for line in waived:
                line.write({"fee": schedule[line.sequence - 1][1], "fee_waived": False})

    def _allocate(self):
        """Split the amount onto the oldest instalments first: penalty, then fee,
        then principal (``tools/loan_arithmetic.allocate_payment``). What is
        left after one instalment goes to the next; more than the loan owes is
        refused."""
        self.ensure_one()
        currency = self.currency_id
        lines = self.loan_id.line_ids.sorted(
            lambda line: (line.date_due, line.sequence)
        )
        parts, left = allocate_payment(
            self.amount,
            [
                {component: line[f"remaining_{component}"] for component in COMPONENTS}
                for line in lines
            ],
            currency.rounding,
        )
        if float_compare(left, 0.0, precision_rounding=currency.rounding) > 0:
            raise ValidationError(
                self.env._(
                    "The repayment of %(amount)s is more than %(loan)s still owes "
                    "(%(owed)s).",
                    amount=self.company_id._coop_format(self.amount),
                    loan=self.loan_id.name,
                    owed=self.company_id._coop_format(
                        currency.round(self.amount - left)
                    ),
                )
            )
        return [
            (lines[index], COMPONENTS[component], currency.round(part))
            for index, component, part in parts
        ]

    def _prepare_move_vals(self, allocation):
        """Cash into the funding group's kas kelompok against the loan
        receivable, fee income and penalty income."""
        self.ensure_one()
        loan = self.loan_id
        company = loan.company_id
        label = self.env._(
            "Repayment %(name)s of %(loan)s", name=self.name, loan=loan.name
        )
        lines = [
            Command.create(
                {
                    "name": label,
                    "account_id": company.coop_group_cash_account_id.id,
                    "partner_id": loan.partner_id.id,
                    "debit": self.amount,
                    "credit": 0.0,
                    "desmigratif_savings_account_id": loan.funding_account_id.id,
                }
            )
        ]
        for line, account_field, part in allocation:
            lines.append(
                Command.create(
                    {
                        "name": f"{label} #{line.sequence}",
                        "account_id": company[account_field].id,
                        "partner_id": loan.partner_id.id,
                        "debit": 0.0,
                        "credit": part,
                        "desmigratif_loan_id": loan.id,
                        "desmigratif_loan_line_id": line.id,
                    }
                )
            )
        return {
            "move_type": "entry",
            "journal_id": company.coop_loan_journal_id.id,
            "date": self.date,
            "ref": self.name,
            "company_id": company.id,
            "line_ids": lines,
        }

    def action_print_receipt(self):
        return self.env.ref(
            "desmigratif_coop.action_report_loan_receipt"
        ).report_action(self)
