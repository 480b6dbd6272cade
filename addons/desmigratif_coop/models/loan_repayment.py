from odoo import Command, api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.tools import float_compare

BOOKKEEPER = "desmigratif_coop.group_desmigratif_coop_bookkeeper"
COMPONENTS = (
    ("penalty", "coop_penalty_income_account_id"),
    ("fee", "coop_fee_income_account_id"),
    ("principal", "coop_loan_account_id"),
)


class DesmigratifLoanRepayment(models.Model):
    _name = "desmigratif.loan.repayment"
    _description = "Loan Repayment (Angsuran)"
    _inherit = ["desmigratif.reference.mixin", "mail.thread"]
    _order = "date desc, id desc"
    _check_company_auto = True

    name = fields.Char(required=True, copy=False, readonly=True, default="/")
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
    move_id = fields.Many2one(
        "account.move", string="Journal Entry", readonly=True, copy=False
    )
    state = fields.Selection(
        [("draft", "Draft"), ("posted", "Posted"), ("cancelled", "Cancelled")],
        default="draft",
        required=True,
        copy=False,
        tracking=True,
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

    def action_post(self):
        if not self.env.user.has_group(BOOKKEEPER):
            raise UserError(
                self.env._("Only the cooperative's bookkeeper can register repayments.")
            )
        for repayment in self:
            if repayment.state != "draft":
                raise UserError(
                    self.env._("%(name)s is already posted.", name=repayment.name)
                )
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
            repayment.write({"move_id": move.id, "state": "posted"})
            loan._reconcile_receivable()
            loan._update_paid_state()
        return True

    def _waive_future_fees(self):
        self.ensure_one()
        loan = self.loan_id
        if loan.company_id.coop_early_fee_policy != "waive":
            return
        for line in loan.line_ids.filtered(lambda line: line.date_due > self.date):
            if line.remaining_fee > 0:
                line.write({"fee": line.paid_fee, "fee_waived": True})

    def _allocate(self):
        """Split the amount onto the oldest instalments first: penalty, then fee,
        then principal. What is left after one instalment goes to the next; more
        than the loan owes is refused."""
        self.ensure_one()
        currency = self.currency_id
        left = self.amount
        allocation = []
        for line in self.loan_id.line_ids.sorted(
            lambda line: (line.date_due, line.sequence)
        ):
            for component, account_field in COMPONENTS:
                due = line[f"remaining_{component}"]
                if currency.compare_amounts(left, 0) <= 0:
                    break
                if currency.compare_amounts(due, 0) <= 0:
                    continue
                part = min(due, left)
                allocation.append((line, account_field, part))
                left = currency.round(left - part)
        if float_compare(left, 0.0, precision_rounding=currency.rounding) > 0:
            raise ValidationError(
                self.env._(
                    "The repayment of %(amount)s is more than %(loan)s still owes "
                    "(%(owed)s).",
                    amount=self.loan_id._format_amount(self.amount),
                    loan=self.loan_id.name,
                    owed=self.loan_id._format_amount(
                        currency.round(self.amount - left)
                    ),
                )
            )
        return allocation

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
