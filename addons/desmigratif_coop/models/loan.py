from dateutil.relativedelta import relativedelta
from markupsafe import Markup

from odoo import Command, api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.tools import SQL, float_compare, float_is_zero

from odoo.addons.desmigratif_base.tools.money import payout_unit

from ..tools.loan_arithmetic import loan_lateness, loan_schedule
from .res_company import MAX_TERM_MONTHS

BOOKKEEPER = "desmigratif_coop.group_desmigratif_coop_bookkeeper"
MANAGER = "desmigratif_base.group_desmigratif_manager"
OFFICER = "desmigratif_base.group_desmigratif_officer"
OPEN_STATES = ("submitted", "approved", "disbursed")
# What the cooperative has lent and not yet been repaid: the principal of a
# loan paid out and still running. Before the payout nothing is lent; once
# paid (lunas) nothing is owed; once written off (macet) the loss is booked.
# Every list, pivot, graph and report of outstanding loans reads
# ``remaining_principal``, computed from this one rule.
OUTSTANDING_STATES = ("disbursed",)
# Once the money is out, even the payout date is history.
PAID_OUT_STATES = ("disbursed", "paid", "written_off")
AGEING = [
    ("current", "Not late"),
    ("1_30", "1-30 days"),
    ("31_60", "31-60 days"),
    ("61_90", "61-90 days"),
    ("over_90", "Over 90 days"),
]


def selection_orderby(model, groupby_terms, names):
    """The group-by terms with each selection field of ``names`` ordered as
    its selection reads (not late, 1-30 days, ...; draft, submitted, ...)
    rather than alphabetically by key, for ``_read_group_orderby``."""
    terms = dict(groupby_terms)
    for name in names:
        if name in terms:
            keys = [key for key, _label in model._fields[name].selection]
            terms[name] = SQL("array_position(%s::varchar[], %s)", keys, terms[name])
    return terms


class DesmigratifLoan(models.Model):
    _name = "desmigratif.loan"
    _description = "Cooperative Loan (Pinjaman)"
    _reference_date_field = "date_request"
    _inherit = [
        "desmigratif.reference.mixin",
        "desmigratif.workflow.mixin",
        "mail.thread",
        "mail.activity.mixin",
    ]
    _order = "date_request desc, id desc"
    _check_company_auto = True
    _rec_names_search = ["name", "partner_id.name"]
    _workflow_fields = (
        "state",
        "submitted_by_id",
        "date_approved",
        "approved_by_id",
        "move_id",
        "writeoff_move_id",
    )
    # From submission the terms are those of the schedule: reset to draft to
    # change them. The payout date may move until the money is paid out.
    _workflow_locked_states = ("submitted", "approved", *PAID_OUT_STATES)
    _workflow_free_fields = ("note", "user_id", "date_start")
    _workflow_unlink_states = ("draft", "cancelled")

    name = fields.Char(required=True, copy=False, readonly=True, default="/")
    borrower_type = fields.Selection(
        [("member", "Member"), ("group", "Production Group")],
        required=True,
        default="member",
        tracking=True,
    )
    partner_id = fields.Many2one(
        "res.partner",
        string="Borrower",
        required=True,
        check_company=True,
        index=True,
        tracking=True,
        help="The member who borrows, or the person answering for a borrowing group.",
    )
    borrower_group_id = fields.Many2one(
        "desmigratif.group",
        string="Borrowing Group",
        check_company=True,
        tracking=True,
    )
    funding_group_id = fields.Many2one(
        "desmigratif.group",
        required=True,
        check_company=True,
        index=True,
        tracking=True,
        help="The group whose kas kelompok lends the money.",
    )
    funding_account_id = fields.Many2one(
        "desmigratif.savings.account",
        string="Kas Kelompok",
        compute="_compute_funding_account_id",
    )
    principal = fields.Monetary(required=True, tracking=True, groups=OFFICER)
    term_months = fields.Integer(
        string="Term (months)",
        required=True,
        default=lambda self: self.env.company.coop_term_months or 3,
    )
    fee_rate = fields.Float(
        string="Service Fee (% per month)",
        digits=(5, 2),
        default=lambda self: self.env.company.coop_fee_rate,
        help="Jasa charged per month.",
    )
    fee_method = fields.Selection(
        [("flat", "Flat on original principal"), ("declining", "Declining balance")],
        string="Service Fee Method",
        required=True,
        default=lambda self: self.env.company.coop_fee_method or "flat",
    )
    rounding_unit = fields.Monetary(
        default=lambda self: self.env.company.coop_rounding_unit,
        help="Instalments are rounded up to this unit (zero: to a whole rupiah); "
        "the last one absorbs the difference.",
    )
    purpose = fields.Char()
    date_request = fields.Date(
        string="Requested on", required=True, default=fields.Date.context_today
    )
    date_start = fields.Date(
        string="Start Date",
        required=True,
        default=fields.Date.context_today,
        help="Date the money is paid out; instalments fall due monthly from it.",
    )
    submitted_by_id = fields.Many2one(
        "res.users",
        readonly=True,
        copy=False,
        help="Who submitted the loan; they may not approve it.",
    )
    date_approved = fields.Date(readonly=True, copy=False)
    approved_by_id = fields.Many2one("res.users", readonly=True, copy=False)
    state = fields.Selection(
        [
            ("draft", "Draft"),
            ("submitted", "Submitted"),
            ("approved", "Approved"),
            ("disbursed", "Disbursed"),
            ("paid", "Paid (lunas)"),
            ("written_off", "Written Off (macet)"),
            ("cancelled", "Cancelled"),
        ],
        default="draft",
        required=True,
        copy=False,
        tracking=True,
        index=True,
        # Every state a column of the kanban, in workflow order (the
        # selection's), even when no loan is in it.
        group_expand=True,
    )
    line_ids = fields.One2many(
        "desmigratif.loan.line", "loan_id", string="Schedule", groups=OFFICER
    )
    repayment_ids = fields.One2many(
        "desmigratif.loan.repayment", "loan_id", string="Repayments", groups=OFFICER
    )
    repayment_count = fields.Integer(compute="_compute_repayment_count", groups=OFFICER)
    move_line_ids = fields.One2many(
        "account.move.line",
        "desmigratif_loan_id",
        string="Journal Items",
        groups=OFFICER,
    )
    move_id = fields.Many2one(
        "account.move",
        string="Disbursement Entry",
        readonly=True,
        copy=False,
        groups=OFFICER,
    )
    writeoff_move_id = fields.Many2one(
        "account.move",
        string="Write-off Entry",
        readonly=True,
        copy=False,
        groups=OFFICER,
    )
    total_fee = fields.Monetary(
        compute="_compute_totals",
        store=True,
        string="Total Service Fee",
        groups=OFFICER,
    )
    total_amount = fields.Monetary(
        compute="_compute_totals", store=True, string="Total to Repay", groups=OFFICER
    )
    total_paid = fields.Monetary(compute="_compute_totals", store=True, groups=OFFICER)
    remaining_principal = fields.Monetary(
        compute="_compute_totals",
        store=True,
        string="Outstanding Principal",
        help="Principal paid out and not yet repaid: nothing before the loan is "
        "disbursed, nor once it is paid or written off.",
        groups=OFFICER,
    )
    schedule_preview = fields.Html(
        compute="_compute_schedule_preview",
        sanitize=False,
        groups=OFFICER,
        help="The instalments the loan would have if submitted now; the schedule "
        "itself is written at submission.",
    )
    days_late = fields.Integer(
        compute="_compute_totals",
        store=True,
        help="Days since the oldest unpaid instalment fell due.",
    )
    ageing = fields.Selection(AGEING, compute="_compute_totals", store=True)
    next_due_date = fields.Date(compute="_compute_totals", store=True)
    user_id = fields.Many2one(
        "res.users", string="Responsible", default=lambda self: self.env.user
    )
    company_id = fields.Many2one(
        "res.company",
        string="Village",
        required=True,
        default=lambda self: self.env.company,
        index=True,
    )
    currency_id = fields.Many2one(related="company_id.currency_id")
    note = fields.Html()

    _sql_constraints = [
        (
            "principal_positive",
            "check(principal > 0)",
            "The principal must be positive.",
        ),
        (
            "term_positive",
            "check(term_months > 0)",
            "The term must be at least a month.",
        ),
        (
            "fee_rate_positive",
            "check(fee_rate >= 0)",
            "The fee rate cannot be negative.",
        ),
    ]

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            self._check_term_value(vals)
        return super().create(vals_list)

    def write(self, vals):
        self._check_term_value(vals)
        if "date_start" in vals:
            paid_out = self.filtered(lambda loan: loan.state in PAID_OUT_STATES)
            if paid_out:
                self._raise_locked(paid_out[0])
        return super().write(vals)

    @api.model
    def _check_term_value(self, vals):
        """The term as sent, before the ORM turns 2.7 months into 2."""
        if "term_months" not in vals:
            return
        term = vals["term_months"]
        if (
            isinstance(term, bool)
            or not isinstance(term, int | float)
            or not float(term).is_integer()
            or not 1 <= term <= MAX_TERM_MONTHS
        ):
            raise ValidationError(
                self.env._(
                    "The term must be a whole number of months from 1 to %(max)s, "
                    "not %(term)s.",
                    max=MAX_TERM_MONTHS,
                    term=term,
                )
            )

    @api.constrains("principal", "term_months", "fee_rate", "rounding_unit")
    def _check_terms(self):
        for loan in self:
            company = loan.company_id
            if not 0 < loan.principal <= company.coop_max_amount:
                raise ValidationError(
                    self.env._(
                        "The principal of %(loan)s must be above zero and at most "
                        "%(maximum)s (the village's largest amount).",
                        loan=loan.name,
                        maximum=loan.company_id._coop_format(company.coop_max_amount),
                    )
                )
            if not 0 <= loan.fee_rate <= company.coop_max_fee_rate:
                raise ValidationError(
                    self.env._(
                        "The service fee of %(loan)s must be between 0 and "
                        "%(cap)s%% a month.",
                        loan=loan.name,
                        cap=company.coop_max_fee_rate,
                    )
                )
            company._coop_check_rounding_unit(loan.rounding_unit)
            if loan.rounding_unit * loan.term_months > loan.principal:
                raise ValidationError(
                    self.env._(
                        "The rounding unit of %(loan)s (%(unit)s) is larger than a "
                        "monthly part of the principal: choose a smaller unit.",
                        loan=loan.name,
                        unit=loan.company_id._coop_format(loan.rounding_unit),
                    )
                )

    @api.constrains("borrower_type", "borrower_group_id")
    def _check_borrower_group(self):
        for loan in self:
            if loan.borrower_type == "group" and not loan.borrower_group_id:
                raise ValidationError(
                    self.env._(
                        "A loan to a production group needs its Borrowing Group."
                    )
                )

    @api.onchange("borrower_group_id")
    def _onchange_borrower_group_id(self):
        if self.borrower_group_id.coordinator_id:
            self.partner_id = self.borrower_group_id.coordinator_id
        if self.borrower_group_id and not self.funding_group_id:
            self.funding_group_id = self.borrower_group_id

    @api.depends("funding_group_id.coop_cash_account_id")
    def _compute_funding_account_id(self):
        for loan in self:
            loan.funding_account_id = loan.funding_group_id.coop_cash_account_id

    def _compute_repayment_count(self):
        counts = dict(
            self.env["desmigratif.loan.repayment"]._read_group(
                [("loan_id", "in", self.ids)], ["loan_id"], ["__count"]
            )
        )
        for loan in self:
            loan.repayment_count = counts.get(loan, 0)

    @api.depends(
        "line_ids.fee",
        "line_ids.amount",
        "line_ids.paid_amount",
        "line_ids.remaining_principal",
        "line_ids.days_late",
        "line_ids.date_due",
        "line_ids.remaining",
        "line_ids.state",
        "state",
    )
    def _compute_totals(self):
        for loan in self:
            lines = loan.line_ids
            loan.total_fee = sum(lines.mapped("fee"))
            loan.total_amount = sum(lines.mapped("amount"))
            loan.total_paid = sum(lines.mapped("paid_amount"))
            loan.remaining_principal = (
                sum(lines.mapped("remaining_principal"))
                if loan.state in OUTSTANDING_STATES
                else 0.0
            )
            loan.days_late, loan.ageing = loan_lateness(
                [(line.state, line.days_late) for line in lines]
            )
            unpaid = lines.filtered(lambda line: line.state != "paid")
            loan.next_due_date = min(unpaid.mapped("date_due") or [False])

    @api.model
    def _read_group_orderby(self, order, groupby_terms, query):
        """Pivots and graphs list states and ageing buckets in reading order."""
        return super()._read_group_orderby(
            order, selection_orderby(self, groupby_terms, ("state", "ageing")), query
        )

    # Schedule -----------------------------------------------------------------

    @api.model
    def _schedule_amounts(self, principal, months, rate, method, unit, currency):
        """Split a loan into monthly (principal, fee) pairs: the rule is
        ``tools/loan_arithmetic.loan_schedule``. Without a rounding ``unit``,
        instalments are rounded up to a whole rupiah; fees are whole rupiah."""
        if (
            not 1 <= months <= MAX_TERM_MONTHS
            or float_compare(principal, 0.0, precision_rounding=currency.rounding) <= 0
        ):
            raise ValidationError(
                self.env._(
                    "A schedule needs a positive principal and a term of 1 to "
                    "%(max)s months.",
                    max=MAX_TERM_MONTHS,
                )
            )
        fee_unit = payout_unit(currency.rounding, currency.name)
        unit = unit if unit and unit > 0 else fee_unit
        return [
            (currency.round(part), currency.round(fee))
            for part, fee in loan_schedule(
                principal, months, rate, method, unit, fee_unit
            )
        ]

    def _schedule_values(self):
        """The instalments of the loan's terms as they stand: the values of its
        schedule lines, for the schedule written at submission and for the
        preview of a draft alike."""
        self.ensure_one()
        amounts = self._schedule_amounts(
            self.principal,
            self.term_months,
            self.fee_rate,
            self.fee_method,
            self.rounding_unit,
            self.currency_id,
        )
        return [
            {
                "sequence": index,
                "date_due": self.date_start + relativedelta(months=index),
                "principal": principal,
                "fee": fee,
            }
            for index, (principal, fee) in enumerate(amounts, start=1)
        ]

    def _generate_schedule(self):
        """The schedule is the loan's own: written here, as superuser, and
        nowhere else (clients only read instalments)."""
        for loan in self.sudo():
            lines = [Command.create(values) for values in loan._schedule_values()]
            loan._workflow_write({"line_ids": [Command.clear(), *lines]})

    @api.depends(
        "state",
        "principal",
        "term_months",
        "fee_rate",
        "fee_method",
        "rounding_unit",
        "date_start",
        "currency_id",
    )
    def _compute_schedule_preview(self):
        """A draft has no schedule yet (it is written at submission, then
        frozen): show the one its terms give, without writing it."""
        for loan in self:
            if loan.state != "draft":
                loan.schedule_preview = False
                continue
            try:
                rows = loan._schedule_values() if loan.date_start else []
            except ValidationError:
                rows = []
            loan.schedule_preview = self.env["ir.qweb"]._render(
                "desmigratif_coop.loan_schedule_preview",
                {
                    "rows": rows,
                    "currency": loan.currency_id,
                    "total_principal": sum(row["principal"] for row in rows),
                    "total_fee": sum(row["fee"] for row in rows),
                },
            )

    # Checks -------------------------------------------------------------------

    def _check_limits(self):
        """Every entry path (submission, approval) calls this one check."""
        for loan in self:
            company = loan.company_id
            if not float_is_zero(
                company.coop_max_loan_amount,
                precision_rounding=loan.currency_id.rounding,
            ) and (
                float_compare(
                    loan.principal,
                    company.coop_max_loan_amount,
                    precision_rounding=loan.currency_id.rounding,
                )
                > 0
            ):
                raise ValidationError(
                    self.env._(
                        "The principal of %(loan)s exceeds the maximum loan of "
                        "%(maximum)s.",
                        loan=loan.name,
                        maximum=loan.company_id._coop_format(
                            company.coop_max_loan_amount
                        ),
                    )
                )
            if company.coop_one_open_loan:
                domain = [
                    ("id", "!=", loan.id),
                    ("state", "in", OPEN_STATES),
                    ("company_id", "=", company.id),
                ]
                if loan.borrower_type == "group":
                    domain.append(("borrower_group_id", "=", loan.borrower_group_id.id))
                else:
                    domain += [
                        ("borrower_type", "=", "member"),
                        ("partner_id", "=", loan.partner_id.id),
                    ]
                other = self.sudo().search(domain, limit=1)
                if other:
                    raise ValidationError(
                        self.env._(
                            "%(borrower)s already has an open loan (%(loan)s): "
                            "only one open loan per borrower is allowed.",
                            borrower=loan.borrower_group_id.name
                            or loan.partner_id.name,
                            loan=other.name,
                        )
                    )

    def _check_cash_cap(self):
        """The principal may not exceed the funding group's available cash."""
        for loan in self:
            account = loan.funding_account_id
            available = account._get_balances().get(account.id, 0.0) if account else 0.0
            if (
                float_compare(
                    loan.principal,
                    available,
                    precision_rounding=loan.currency_id.rounding,
                )
                > 0
            ):
                raise ValidationError(
                    self.env._(
                        "The principal of %(loan)s (%(principal)s) exceeds the cash "
                        "of the kas kelompok of %(group)s: only %(available)s is "
                        "available.",
                        loan=loan.name,
                        principal=loan.company_id._coop_format(loan.principal),
                        group=loan.funding_group_id.name,
                        available=loan.company_id._coop_format(available),
                    )
                )

    def _check_group(self, xmlid, action):
        if not self.env.user.has_group(xmlid):
            raise UserError(
                self.env._(
                    "You are not allowed to %(action)s loans.",
                    action=action,
                )
            )

    # Actions --------------------------------------------------------------------

    def action_submit(self):
        self._check_state(["draft"])
        self._check_limits()
        self._generate_schedule()
        self._workflow_write({"state": "submitted", "submitted_by_id": self.env.uid})
        return True

    def action_approve(self):
        """Maker-checker: a manager other than the one who requested or
        submitted the loan approves it, unless the village allows one person."""
        self._check_group(MANAGER, self.env._("approve"))
        self._check_state(["submitted"])
        for loan in self:
            if (
                not loan.company_id.coop_loan_self_approval
                and self.env.user in loan.create_uid | loan.submitted_by_id
            ):
                raise UserError(
                    self.env._(
                        "You requested or submitted %(loan)s: another manager must "
                        "approve it.",
                        loan=loan.name,
                    )
                )
        self._check_limits()
        self._check_cash_cap()
        self._workflow_write(
            {
                "state": "approved",
                "date_approved": fields.Date.context_today(self),
                "approved_by_id": self.env.user.id,
            }
        )
        return True

    def action_disburse(self):
        """Pay the principal out of the funding group's kas kelompok."""
        self._check_group(BOOKKEEPER, self.env._("disburse"))
        self._check_state(["approved"])
        for loan in self:
            loan.company_id._desmigratif_coop_ensure_setup()
            if not loan.funding_account_id:
                raise UserError(
                    self.env._(
                        "%(group)s has no kas kelompok account yet.",
                        group=loan.funding_group_id.name,
                    )
                )
            loan.funding_account_id._lock_for_update()
            loan._check_cash_cap()
            with self._workflow_step():
                for line in loan.sudo().line_ids:
                    line.date_due = loan.date_start + relativedelta(
                        months=line.sequence
                    )
            move = self.env["account.move"].create(loan._prepare_disbursement_move())
            move.action_post()
            loan._workflow_write({"move_id": move.id, "state": "disbursed"})
        return True

    def _prepare_disbursement_move(self):
        self.ensure_one()
        company = self.company_id
        label = self.env._("Loan %s disbursed", self.name)
        return {
            "move_type": "entry",
            "journal_id": company.coop_loan_journal_id.id,
            "date": self.date_start,
            "ref": self.name,
            "company_id": company.id,
            "line_ids": [
                Command.create(
                    {
                        "name": label,
                        "account_id": company.coop_loan_account_id.id,
                        "partner_id": self.partner_id.id,
                        "debit": self.principal,
                        "credit": 0.0,
                        "desmigratif_loan_id": self.id,
                    }
                ),
                Command.create(
                    {
                        "name": label,
                        "account_id": company.coop_group_cash_account_id.id,
                        "partner_id": self.partner_id.id,
                        "debit": 0.0,
                        "credit": self.principal,
                        "desmigratif_savings_account_id": self.funding_account_id.id,
                    }
                ),
            ],
        }

    def action_write_off(self):
        """Macet: the principal still owed becomes an expense."""
        self._check_group(MANAGER, self.env._("write off"))
        self._check_state(["disbursed"])
        for loan in self:
            company = loan.company_id
            amount = loan._get_receivable_balances().get(loan.id, 0.0)
            if (
                float_compare(amount, 0.0, precision_rounding=loan.currency_id.rounding)
                > 0
            ):
                label = self.env._("Loan %s written off", loan.name)
                move = self.env["account.move"].create(
                    {
                        "move_type": "entry",
                        "journal_id": company.coop_loan_journal_id.id,
                        "date": fields.Date.context_today(self),
                        "ref": loan.name,
                        "company_id": company.id,
                        "line_ids": [
                            Command.create(
                                {
                                    "name": label,
                                    "account_id": company.coop_writeoff_account_id.id,
                                    "partner_id": loan.partner_id.id,
                                    "debit": amount,
                                    "credit": 0.0,
                                    "desmigratif_loan_id": loan.id,
                                }
                            ),
                            Command.create(
                                {
                                    "name": label,
                                    "account_id": company.coop_loan_account_id.id,
                                    "partner_id": loan.partner_id.id,
                                    "debit": 0.0,
                                    "credit": amount,
                                    "desmigratif_loan_id": loan.id,
                                }
                            ),
                        ],
                    }
                )
                move.action_post()
                loan._workflow_write({"writeoff_move_id": move.id})
                loan._reconcile_receivable()
            loan._workflow_write({"state": "written_off"})
        return True

    def action_cancel(self):
        self._check_state(["draft", "submitted", "approved"])
        self._workflow_write({"state": "cancelled"})
        return True

    def action_draft(self):
        self._check_state(["submitted", "cancelled"])
        with self._workflow_step():
            self.sudo().line_ids.unlink()
        self._workflow_write({"state": "draft", "submitted_by_id": False})
        return True

    def action_register_repayment(self):
        self.ensure_one()
        self._check_state(["disbursed"])
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Register Repayment"),
            "res_model": "desmigratif.loan.repayment",
            "view_mode": "form",
            "target": "new",
            "context": {"default_loan_id": self.id},
        }

    def action_view_repayments(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Repayments"),
            "res_model": "desmigratif.loan.repayment",
            "view_mode": "list,form",
            "domain": [("loan_id", "=", self.id)],
            "context": {"default_loan_id": self.id},
        }

    # Helpers --------------------------------------------------------------------

    @api.model
    def _action_open_for(self, field_name, record):
        """The loans whose ``field_name`` is ``record``; a new one gets it."""
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Loans"),
            "res_model": "desmigratif.loan",
            "view_mode": "list,form",
            "domain": [(field_name, "=", record.id)],
            "context": {f"default_{field_name}": record.id},
        }

    def _get_receivable_balances(self):
        """Principal still owed per loan, from posted journal items (one query)."""
        groups = (
            self.env["account.move.line"]
            .sudo()
            ._read_group(
                [
                    ("desmigratif_loan_id", "in", self.ids),
                    ("parent_state", "=", "posted"),
                    ("account_id.account_type", "=", "asset_receivable"),
                ],
                ["desmigratif_loan_id"],
                ["balance:sum"],
            )
        )
        return {loan.id: balance for loan, balance in groups}

    def _payoff_amount(self, date):
        """What closes the loan on ``date``: everything owed, future fees
        included or not according to the village's early repayment setting."""
        self.ensure_one()
        waive = self.company_id.coop_early_fee_policy == "waive"
        total = 0.0
        for line in self.line_ids:
            total += line.remaining
            if waive and line.date_due > date:
                total -= line.remaining_fee
        return self.currency_id.round(total)

    def _reconcile_receivable(self):
        for loan in self:
            account = loan.company_id.coop_loan_account_id
            lines = loan.move_line_ids.filtered(
                lambda line, account=account: (
                    line.parent_state == "posted"
                    and line.account_id == account
                    and not line.reconciled
                )
            )
            if lines.filtered("debit") and lines.filtered("credit"):
                lines.reconcile()

    def _update_paid_state(self):
        """Paid (lunas) once every instalment is paid; back to disbursed when a
        reversed repayment leaves one unpaid again."""
        for loan in self.filtered(lambda loan: loan.state in ("disbursed", "paid")):
            paid = all(line.state == "paid" for line in loan.line_ids)
            state = "paid" if paid else "disbursed"
            if loan.state != state:
                loan._workflow_write({"state": state})

    def _schedule_overdue_activities(self):
        """One follow-up activity per funding group, for the village's
        bookkeeper, listing the loans that have just become late (read in one
        query, so the cost does not grow with the number of loans)."""
        if not self:
            return
        self.env.cr.execute(
            SQL(
                """
            SELECT loan.funding_group_id, loan.company_id, loan.name, partner.name
              FROM desmigratif_loan loan
              JOIN res_partner partner ON partner.id = loan.partner_id
             WHERE loan.id = ANY(%s)
          ORDER BY loan.funding_group_id, loan.name
                """,
                self.ids,
            )
        )
        by_group = {}
        for group_id, company_id, loan_name, partner_name in self.env.cr.fetchall():
            by_group.setdefault((group_id, company_id), []).append(
                (loan_name, partner_name)
            )
        companies = self.env["res.company"].browse({key[1] for key in by_group})
        bookkeepers = {
            company.id: company.coop_bookkeeper_id.id or self.env.user.id
            for company in companies
        }
        activity_type = self.env.ref(
            "desmigratif_coop.mail_activity_type_loan_overdue", raise_if_not_found=False
        )
        model_id = self.env["ir.model"]._get_id("desmigratif.group")
        today = fields.Date.context_today(self)
        self.env["mail.activity"].with_context(mail_activity_quick_update=True).create(
            [
                {
                    "res_model_id": model_id,
                    "res_id": group_id,
                    "activity_type_id": activity_type.id if activity_type else False,
                    "summary": self.env._(
                        "%(count)s loan(s) became late", count=len(loans)
                    ),
                    "note": Markup("<ul>%s</ul>")
                    % Markup().join(
                        Markup("<li>%s - %s</li>") % (name, partner)
                        for name, partner in loans
                    ),
                    "date_deadline": today,
                    "user_id": bookkeepers[company_id],
                }
                for (group_id, company_id), loans in by_group.items()
            ]
        )
