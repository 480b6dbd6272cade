from odoo import api, fields, models
from odoo.tools import SQL

from odoo.addons.desmigratif_base.tools.money import payout_unit

from ..tools.loan_arithmetic import (
    days_late_on,
    instalment_amount,
    instalment_standing,
    late_penalty,
    loan_lateness,
)
from .loan import AGEING, selection_orderby

# What the overdue run writes on each late instalment, with its SQL type: the
# fields the computes above fill, by the same rules.
LATE_COLUMNS = {
    "id": "int",
    "days_late": "int",
    "penalty": "numeric",
    "amount": "numeric",
    "remaining_principal": "numeric",
    "remaining_fee": "numeric",
    "remaining_penalty": "numeric",
    "remaining": "numeric",
    "state": "varchar",
    "ageing": "varchar",
}


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
            line.amount = instalment_amount(line.principal, line.fee, line.penalty)

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
            line.update(
                instalment_standing(
                    {
                        "principal": line.principal,
                        "fee": line.fee,
                        "penalty": line.penalty,
                    },
                    {
                        "principal": line.paid_principal,
                        "fee": line.paid_fee,
                        "penalty": line.paid_penalty,
                    },
                    line.days_late,
                    line.currency_id.rounding,
                )
            )

    @api.model
    def _cron_mark_overdue(self, today=None):
        """Mark late instalments, charge their penalty and ask the bookkeeper to
        follow up the loans that have just become late.

        A fixed number of queries whatever the number of loans: the late
        instalments are read in one query; their days, penalty, amount,
        remainders, state and ageing come from the rules of
        ``tools/loan_arithmetic.py`` that the fields' computes use too; the
        instalments and the loans are then written by one statement each (the
        ORM would write them in batches of 100), and one activity per funding
        group lists the loans newly late."""
        today = today or fields.Date.context_today(self)
        self.env.flush_all()
        self.env.cr.execute(
            SQL(
                """
            SELECT l.id, l.loan_id, COALESCE(l.days_late, 0), l.date_due,
                   COALESCE(l.principal, 0), COALESCE(l.fee, 0),
                   COALESCE(l.penalty, 0), COALESCE(l.paid_principal, 0),
                   COALESCE(l.paid_fee, 0), COALESCE(l.paid_penalty, 0),
                   c.coop_penalty_type, COALESCE(c.coop_penalty_amount, 0),
                   COALESCE(c.coop_penalty_rate, 0), cur.rounding, cur.name
              FROM desmigratif_loan_line l
              JOIN desmigratif_loan loan ON loan.id = l.loan_id
              JOIN res_company c ON c.id = loan.company_id
              JOIN res_currency cur ON cur.id = c.currency_id
             WHERE loan.state = 'disbursed'
               AND l.date_due < %(today)s
               AND l.state != 'paid'
          ORDER BY l.id
                """,
                today=today,
            )
        )
        rows = self.env.cr.fetchall()
        if not rows:
            return True
        columns = {name: [] for name in LATE_COLUMNS}
        for row in rows:
            line_id, _loan, _old, date_due, principal, fee, charged = row[:7]
            paid = dict(zip(("principal", "fee", "penalty"), row[7:10], strict=True))
            penalty_type, flat, rate, rounding, currency = row[10:]
            late = days_late_on(date_due, today)
            penalty = late_penalty(
                float(principal) + float(fee),
                late,
                penalty_type,
                float(flat),
                float(rate),
                float(charged),
                payout_unit(float(rounding), currency),
            )
            owed = {"principal": principal, "fee": fee, "penalty": penalty}
            values = {
                "id": line_id,
                "days_late": late,
                "penalty": penalty,
                "amount": instalment_amount(principal, fee, penalty),
                **instalment_standing(owed, paid, late, float(rounding)),
            }
            for name, column in columns.items():
                column.append(values[name])
        self.env.cr.execute(
            SQL(
                """
            UPDATE desmigratif_loan_line AS line
               SET %(assignments)s,
                   write_uid = %(uid)s,
                   write_date = (now() at time zone 'UTC')
              FROM unnest(%(arrays)s) AS calc(%(names)s)
             WHERE line.id = calc.id
                """,
                assignments=SQL(", ").join(
                    SQL("%s = calc.%s", SQL.identifier(name), SQL.identifier(name))
                    for name in LATE_COLUMNS
                    if name != "id"
                ),
                uid=self.env.uid,
                arrays=SQL(", ").join(
                    SQL("%s::%s[]", columns[name], SQL(LATE_COLUMNS[name]))
                    for name in LATE_COLUMNS
                ),
                names=SQL(", ").join(SQL.identifier(name) for name in LATE_COLUMNS),
            )
        )
        loan_ids = sorted({row[1] for row in rows})
        newly_late = sorted({row[1] for row in rows if not row[2]})
        self.env.cr.execute(
            SQL(
                """
            SELECT loan_id, state, COALESCE(days_late, 0), COALESCE(amount, 0)
              FROM desmigratif_loan_line
             WHERE loan_id = ANY(%(ids)s)
          ORDER BY loan_id, id
                """,
                ids=loan_ids,
            )
        )
        instalments = {}
        for loan_id, state, late, amount in self.env.cr.fetchall():
            instalments.setdefault(loan_id, []).append((state, late, amount))
        totals = []
        for loan_id, lines in instalments.items():
            late, ageing = loan_lateness([(state, days) for state, days, _ in lines])
            totals.append((loan_id, late, sum(amount for *_, amount in lines), ageing))
        self.env.cr.execute(
            SQL(
                """
            UPDATE desmigratif_loan AS loan
               SET days_late = agg.days,
                   total_amount = agg.total,
                   ageing = agg.ageing
              FROM unnest(%(ids)s::int[], %(days)s::int[], %(totals)s::numeric[],
                          %(buckets)s::varchar[])
                   AS agg(id, days, total, ageing)
             WHERE loan.id = agg.id
                """,
                ids=[total[0] for total in totals],
                days=[total[1] for total in totals],
                totals=[total[2] for total in totals],
                buckets=[total[3] for total in totals],
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

    @api.model
    def _read_group_orderby(self, order, groupby_terms, query):
        """The ageing pivot lists its buckets in reading order."""
        return super()._read_group_orderby(
            order, selection_orderby(self, groupby_terms, ("ageing", "state")), query
        )
