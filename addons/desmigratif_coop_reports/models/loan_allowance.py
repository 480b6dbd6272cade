import logging

from dateutil.relativedelta import relativedelta

from odoo import Command, api, fields, models
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tools import SQL, float_round
from odoo.tools.misc import format_date

from .res_company import ALLOWANCE_RATE_FIELDS, COLLECTIBILITY, PROBLEM_CLASSES

_logger = logging.getLogger(__name__)

BOOKKEEPER = "desmigratif_coop.group_desmigratif_coop_bookkeeper"
MANAGER = "desmigratif_base.group_desmigratif_manager"


class DesmigratifLoanAllowance(models.Model):
    """The loan-loss allowance (PPAP) of a village on a date: the loans
    classified by days late, the allowance each class requires, and the
    adjusting entry that brings the allowance account to that figure."""

    _name = "desmigratif.loan.allowance"
    _description = "Loan Loss Allowance (PPAP)"
    _inherit = ["desmigratif.workflow.mixin", "mail.thread"]
    _order = "date desc, id desc"
    _check_company_auto = True
    _workflow_fields = ("state", "move_id", "reversal_move_id", "booked_amount")
    _workflow_locked_states = ("posted", "reversed")
    _workflow_unlink_states = ("draft",)

    name = fields.Char(compute="_compute_name", store=True)
    date = fields.Date(
        required=True,
        default=lambda self: (
            fields.Date.context_today(self).replace(day=1) - relativedelta(days=1)
        ),
        help="The loans are classified and the entry posted on this date, "
        "usually the last day of a month.",
    )
    state = fields.Selection(
        [("draft", "Draft"), ("posted", "Posted"), ("reversed", "Reversed")],
        default="draft",
        required=True,
        copy=False,
        tracking=True,
    )
    line_ids = fields.One2many(
        "desmigratif.loan.allowance.line", "allowance_id", string="Classes"
    )
    total_outstanding = fields.Monetary(
        compute="_compute_totals", store=True, string="Outstanding Loans"
    )
    problem_outstanding = fields.Monetary(
        compute="_compute_totals",
        store=True,
        string="Problem Loans",
        help="Outstanding principal of substandard, doubtful and loss loans.",
    )
    problem_ratio = fields.Float(
        compute="_compute_totals",
        store=True,
        string="Problem Loans (%)",
        digits=(5, 2),
        help="Problem loans / outstanding loans x 100.",
    )
    required_amount = fields.Monetary(
        compute="_compute_totals", store=True, string="Required Allowance"
    )
    booked_amount = fields.Monetary(
        string="Allowance Before Entry",
        readonly=True,
        copy=False,
        help="Balance of the allowance account on the date, before this entry.",
    )
    adjustment_amount = fields.Monetary(
        compute="_compute_adjustment",
        string="Adjustment",
        help="Required allowance less the allowance already booked: an expense "
        "when positive, a release when negative.",
    )
    move_id = fields.Many2one(
        "account.move", string="Journal Entry", readonly=True, copy=False
    )
    reversal_move_id = fields.Many2one(
        "account.move", string="Reversal Entry", readonly=True, copy=False
    )
    company_id = fields.Many2one(
        "res.company",
        string="Village",
        required=True,
        default=lambda self: self.env.company,
        index=True,
    )
    currency_id = fields.Many2one(related="company_id.currency_id")

    def init(self):
        self.env.cr.execute(
            SQL(
                "CREATE UNIQUE INDEX IF NOT EXISTS "
                "desmigratif_loan_allowance_posted_date_uniq "
                "ON desmigratif_loan_allowance (company_id, date) "
                "WHERE state = 'posted'"
            )
        )

    @api.depends("date")
    def _compute_name(self):
        for allowance in self:
            allowance.name = self.env._(
                "PPAP %(date)s", date=fields.Date.to_string(allowance.date)
            )

    @api.depends("line_ids.outstanding", "line_ids.amount")
    def _compute_totals(self):
        for allowance in self:
            lines = allowance.line_ids
            total = sum(lines.mapped("outstanding"))
            problem = sum(
                lines.filtered(
                    lambda line: line.collectibility in PROBLEM_CLASSES
                ).mapped("outstanding")
            )
            allowance.total_outstanding = total
            allowance.problem_outstanding = problem
            allowance.problem_ratio = (
                float_round(problem * 100.0 / total, precision_digits=2)
                if total
                else 0.0
            )
            allowance.required_amount = sum(lines.mapped("amount"))

    @api.depends("required_amount", "booked_amount")
    def _compute_adjustment(self):
        for allowance in self:
            allowance.adjustment_amount = allowance.currency_id.round(
                allowance.required_amount - allowance.booked_amount
            )

    def _check_bookkeeper(self, group=BOOKKEEPER):
        if not self.env.user.has_group(group):
            raise AccessError(
                self.env._(
                    "Only the cooperative's bookkeeper or a manager may compute "
                    "and post the loan loss allowance; only a manager may reverse "
                    "it."
                )
            )

    def action_compute(self):
        """Classify the loans on the date and fill the classes table (written
        as superuser: the figures come from the books, not from the form)."""
        self._check_bookkeeper()
        self._check_state(["draft"])
        for allowance in self:
            company = allowance.company_id
            if not company.coop_loan_account_id:
                raise UserError(
                    self.env._(
                        "%(village)s has no chart of accounts with a loan "
                        "receivable account yet: install its chart first.",
                        village=company.name,
                    )
                )
            portfolio = self.env["desmigratif.loan"]._coop_portfolio(
                company, allowance.date
            )
            lines = []
            for sequence, (key, _label) in enumerate(COLLECTIBILITY):
                items = [item for item in portfolio if item["collectibility"] == key]
                outstanding = sum(item["outstanding"] for item in items)
                rate = company[ALLOWANCE_RATE_FIELDS[key]]
                lines.append(
                    Command.create(
                        {
                            "sequence": sequence,
                            "collectibility": key,
                            "loan_count": len(items),
                            "outstanding": outstanding,
                            "rate": rate,
                            "amount": company._coop_allowance_for(key, outstanding),
                        }
                    )
                )
            allowance.sudo().line_ids = [Command.clear(), *lines]
            allowance._workflow_write({"booked_amount": allowance._booked_allowance()})
        return True

    def _booked_allowance(self):
        """Credit balance of the allowance account on the date."""
        self.ensure_one()
        company = self.company_id
        [[balance]] = (
            self.env["account.move.line"]
            .sudo()
            ._read_group(
                [
                    ("company_id", "=", company.id),
                    ("account_id", "=", company.coop_allowance_account_id.id),
                    ("parent_state", "=", "posted"),
                    ("date", "<=", self.date),
                ],
                [],
                ["balance:sum"],
            )
        )
        return company.currency_id.round(-(balance or 0.0))

    def action_post(self):
        """Compute again, then post the adjusting entry: the allowance expense
        against the allowance account (the reverse when the allowance falls)."""
        self._check_bookkeeper()
        self._check_state(["draft"])
        for allowance in self:
            company = allowance.company_id
            company._coop_reports_ensure_accounts()
            duplicate = self.search_count(
                [
                    ("company_id", "=", company.id),
                    ("date", "=", allowance.date),
                    ("state", "=", "posted"),
                ]
            )
            if duplicate:
                raise UserError(
                    self.env._(
                        "The loan loss allowance of %(village)s on %(date)s is "
                        "already posted: reverse it first to post it again.",
                        village=company.name,
                        date=format_date(self.env, allowance.date),
                    )
                )
            if company._get_violated_lock_dates(
                allowance.date, False, company.coop_loan_journal_id
            ):
                # Odoo would post the entry on the first open day instead: the
                # allowance of a month belongs to that month.
                raise UserError(
                    self.env._(
                        "The books of %(village)s are locked on %(date)s: the "
                        "loan loss allowance of that date cannot be posted.",
                        village=company.name,
                        date=format_date(self.env, allowance.date),
                    )
                )
            allowance.action_compute()
            amount = allowance.adjustment_amount
            move = self.env["account.move"]
            if not company.currency_id.is_zero(amount):
                move = (
                    self.env["account.move"]
                    .sudo()
                    .create(allowance._prepare_move(amount))
                )
                move.action_post()
            allowance._workflow_write({"state": "posted", "move_id": move.id})
        return True

    def _prepare_move(self, amount):
        self.ensure_one()
        company = self.company_id
        debit, credit = (
            company.coop_allowance_expense_account_id,
            company.coop_allowance_account_id,
        )
        if amount < 0:
            debit, credit = credit, debit
        label = self.env._("Loan loss allowance (PPAP) on %s", self.date)
        return {
            "move_type": "entry",
            "date": self.date,
            "ref": self.name,
            "journal_id": company.coop_loan_journal_id.id,
            "company_id": company.id,
            "line_ids": [
                Command.create(
                    {"account_id": debit.id, "debit": abs(amount), "name": label}
                ),
                Command.create(
                    {"account_id": credit.id, "credit": abs(amount), "name": label}
                ),
            ],
        }

    def action_reverse(self):
        """Post the reversing entry (a manager's decision), so the month can be
        computed and posted again."""
        self._check_bookkeeper(MANAGER)
        self._check_state(["posted"])
        for allowance in self:
            reversal = self.env["account.move"]
            if allowance.move_id:
                reversal = allowance.move_id.sudo()._reverse_moves(
                    [
                        {
                            "date": allowance.date,
                            "ref": self.env._("Reversal of %s", allowance.name),
                        }
                    ]
                )
                reversal.action_post()
            allowance._workflow_write(
                {"state": "reversed", "reversal_move_id": reversal.id}
            )
        return True

    @api.model
    def _cron_post_monthly(self, today=None):
        """On the first days of a month, post the allowance of the month just
        ended for every village with a chart that has not posted it yet."""
        today = today or fields.Date.context_today(self)
        date = today.replace(day=1) - relativedelta(days=1)
        companies = self.env["res.company"].search(
            [("coop_loan_account_id", "!=", False)]
        )
        for company in companies:
            if self.search_count(
                [
                    ("company_id", "=", company.id),
                    ("date", "=", date),
                    ("state", "=", "posted"),
                ]
            ):
                continue
            try:
                with self.env.cr.savepoint():
                    allowance = self.with_company(company).create(
                        {"company_id": company.id, "date": date}
                    )
                    allowance.action_post()
            except (UserError, ValidationError) as error:
                # One village's closed period must not hold back the others.
                _logger.warning(
                    "Loan loss allowance of %s on %s not posted: %s",
                    company.name,
                    date,
                    error,
                )
        return True
