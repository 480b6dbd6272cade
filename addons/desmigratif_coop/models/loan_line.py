from odoo import api, fields, models
from odoo.tools import SQL

from .loan import AGEING, ageing_bucket

DAYS_PER_MONTH = 30


class DesmigratifLoanLine(models.Model):
    """An instalment of a loan's schedule, which only the loan's own steps
    write: frozen with the loan from its submission."""

    _name = "desmigratif.loan.line"
    _description = "Loan Instalment"
    _inherit = ["desmigratif.workflow.mixin"]
    _order = "loan_id, sequence, id"
    _workflow_fields = ()
    _workflow_parent_field = "loan_id"

    loan_id = fields.Many2one(
        "desmigratif.loan", required=True, ondelete="cascade", index=True
    )
    sequence = fields.Integer(string="#")
    date_due = fields.Date(string="Due Date", required=True, index=True)
    principal = fields.Monetary()
    fee = fields.Monetary(string="Service Fee")
    fee_waived = fields.Boolean(
        help="The fee not yet paid was waived by an early full repayment."
    )
    penalty = fields.Monetary(
        help="Late penalty charged by the daily overdue run.", readonly=True
    )
    amount = fields.Monetary(string="Instalment", compute="_compute_amount", store=True)
    move_line_ids = fields.One2many(
        "account.move.line", "desmigratif_loan_line_id", string="Journal Items"
    )
    paid_principal = fields.Monetary(compute="_compute_paid", store=True)
    paid_fee = fields.Monetary(compute="_compute_paid", store=True)
    paid_penalty = fields.Monetary(compute="_compute_paid", store=True)
    paid_amount = fields.Monetary(string="Paid", compute="_compute_paid", store=True)
    remaining_principal = fields.Monetary(compute="_compute_remaining", store=True)
    remaining_fee = fields.Monetary(compute="_compute_remaining", store=True)
    remaining_penalty = fields.Monetary(compute="_compute_remaining", store=True)
    remaining = fields.Monetary(compute="_compute_remaining", store=True)
    days_late = fields.Integer(readonly=True)
    ageing = fields.Selection(AGEING, compute="_compute_remaining", store=True)
    state = fields.Selection(
        [("open", "Open"), ("late", "Late"), ("paid", "Paid")],
        compute="_compute_remaining",
        store=True,
        index=True,
    )
    partner_id = fields.Many2one(related="loan_id.partner_id", store=True)
    funding_group_id = fields.Many2one(
        related="loan_id.funding_group_id", store=True, string="Funding Group"
    )
    loan_state = fields.Selection(
        related="loan_id.state", store=True, string="Loan Status"
    )
    company_id = fields.Many2one(related="loan_id.company_id", store=True, index=True)
    currency_id = fields.Many2one(related="loan_id.currency_id")

    @api.depends("principal", "fee", "penalty")
    def _compute_amount(self):
        for line in self:
            line.amount = line.principal + line.fee + line.penalty

    @api.depends(
        "move_line_ids.balance",
        "move_line_ids.parent_state",
        "move_line_ids.account_id",
    )
    def _compute_paid(self):
        """Paid parts come from posted journal items: the account of each item
        tells whether it paid principal, fee or penalty."""
        paid = {}
        if self.ids:
            groups = (
                self.env["account.move.line"]
                .sudo()
                ._read_group(
                    [
                        ("desmigratif_loan_line_id", "in", self.ids),
                        ("parent_state", "=", "posted"),
                    ],
                    ["desmigratif_loan_line_id", "account_id"],
                    ["balance:sum"],
                )
            )
            for line, account, balance in groups:
                paid[line.id, account.id] = -balance
        for line in self:
            company = line.company_id
            line.paid_principal = paid.get(
                (line.id, company.coop_loan_account_id.id), 0
            )
            line.paid_fee = paid.get(
                (line.id, company.coop_fee_income_account_id.id), 0
            )
            line.paid_penalty = paid.get(
                (line.id, company.coop_penalty_income_account_id.id), 0
            )
            line.paid_amount = line.paid_principal + line.paid_fee + line.paid_penalty

    @api.depends("amount", "paid_amount", "days_late")
    def _compute_remaining(self):
        for line in self:
            currency = line.currency_id
            line.remaining_principal = currency.round(
                line.principal - line.paid_principal
            )
            line.remaining_fee = currency.round(line.fee - line.paid_fee)
            line.remaining_penalty = currency.round(line.penalty - line.paid_penalty)
            line.remaining = currency.round(
                line.remaining_principal + line.remaining_fee + line.remaining_penalty
            )
            if currency.is_zero(line.remaining) or line.remaining < 0:
                line.state = "paid"
            else:
                line.state = "late" if line.days_late > 0 else "open"
            line.ageing = ageing_bucket(line.days_late if line.state == "late" else 0)

    @api.model
    def _cron_mark_overdue(self, today=None):
        """Mark late instalments, charge their penalty and ask the bookkeeper to
        follow up the loans that have just become late.

        A fixed number of queries whatever the number of loans: the instalments
        and the loans are updated by one statement each (the ORM would write
        them in batches of 100), then one activity per funding group lists the
        loans newly late."""
        today = today or fields.Date.context_today(self)
        self.env.flush_all()
        self.env.cr.execute(
            SQL(
                """
            UPDATE desmigratif_loan_line AS line
               SET days_late = calc.days,
                   penalty = calc.penalty,
                   amount = line.principal + line.fee + calc.penalty,
                   remaining_penalty = calc.penalty - COALESCE(line.paid_penalty, 0),
                   remaining = COALESCE(line.remaining_principal, 0)
                       + COALESCE(line.remaining_fee, 0)
                       + calc.penalty - COALESCE(line.paid_penalty, 0),
                   state = 'late',
                   ageing = CASE WHEN calc.days <= 30 THEN '1_30'
                                 WHEN calc.days <= 60 THEN '31_60'
                                 WHEN calc.days <= 90 THEN '61_90'
                                 ELSE 'over_90' END,
                   write_uid = %(uid)s,
                   write_date = (now() at time zone 'UTC')
              FROM (
                SELECT l.id, l.days_late AS old_days, l.loan_id,
                       %(today)s::date - l.date_due AS days,
                       GREATEST(COALESCE(l.penalty, 0), CASE
                           WHEN c.coop_penalty_type = 'flat'
                           THEN COALESCE(c.coop_penalty_amount, 0)
                           ELSE ROUND(
                               (COALESCE(l.principal, 0) + COALESCE(l.fee, 0))
                               * COALESCE(c.coop_penalty_rate, 0)::numeric / 100
                               * CEIL((%(today)s::date - l.date_due)::numeric
                                      / %(month)s),
                               cur.decimal_places)
                       END) AS penalty
                  FROM desmigratif_loan_line l
                  JOIN desmigratif_loan loan ON loan.id = l.loan_id
                  JOIN res_company c ON c.id = loan.company_id
                  JOIN res_currency cur ON cur.id = c.currency_id
                 WHERE loan.state = 'disbursed'
                   AND l.date_due < %(today)s
                   AND l.state != 'paid'
              ) AS calc
             WHERE line.id = calc.id
         RETURNING calc.loan_id, calc.old_days
                """,
                uid=self.env.uid,
                today=today,
                month=DAYS_PER_MONTH,
            )
        )
        rows = self.env.cr.fetchall()
        if not rows:
            return True
        loan_ids = sorted({loan_id for loan_id, _old in rows})
        newly_late = sorted({loan_id for loan_id, old in rows if not old})
        self.env.cr.execute(
            SQL(
                """
            UPDATE desmigratif_loan AS loan
               SET days_late = agg.days,
                   total_amount = agg.total,
                   ageing = CASE WHEN agg.days <= 0 THEN 'current'
                                 WHEN agg.days <= 30 THEN '1_30'
                                 WHEN agg.days <= 60 THEN '31_60'
                                 WHEN agg.days <= 90 THEN '61_90'
                                 ELSE 'over_90' END
              FROM (
                SELECT loan_id,
                       MAX(CASE WHEN state != 'paid' THEN days_late ELSE 0 END) AS days,
                       SUM(amount) AS total
                  FROM desmigratif_loan_line
                 WHERE loan_id = ANY(%(ids)s)
              GROUP BY loan_id
              ) AS agg
             WHERE loan.id = agg.loan_id
                """,
                ids=loan_ids,
            )
        )
        self.env["desmigratif.loan.line"].invalidate_model()
        self.env["desmigratif.loan"].invalidate_model(
            ["days_late", "total_amount", "ageing"]
        )
        if newly_late:
            self.env["desmigratif.loan"].browse(
                newly_late
            )._schedule_overdue_activities()
        return True
