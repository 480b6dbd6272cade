from odoo import api, fields, models

from odoo.addons.desmigratif_coop.tools.loan_arithmetic import (
    days_late_on,
    loan_lateness,
)

from .res_company import COLLECTIBILITY

PORTFOLIO_STATES = ("disbursed", "paid", "written_off")


class DesmigratifLoan(models.Model):
    _inherit = "desmigratif.loan"

    collectibility = fields.Selection(
        COLLECTIBILITY,
        compute="_compute_collectibility",
        help="Class of the loan by its days late, with the village's thresholds "
        "(Configuration > Settings, Loan Quality).",
    )

    @api.depends("days_late", "company_id")
    def _compute_collectibility(self):
        for loan in self:
            loan.collectibility = loan.company_id._coop_collectibility(loan.days_late)

    @api.model
    def _coop_portfolio(self, company, date):
        """The village's loans with principal outstanding on ``date``.

        The outstanding principal is read from the loan receivable account as
        posted up to ``date``; the days late count from the oldest instalment
        due before ``date`` that is still unpaid. Returns a list of dicts
        (loan, outstanding, days_late, collectibility), oldest loan first."""
        company = company.sudo()
        currency = company.currency_id
        groups = (
            self.env["account.move.line"]
            .sudo()
            ._read_group(
                [
                    ("company_id", "=", company.id),
                    ("account_id", "=", company.coop_loan_account_id.id),
                    ("desmigratif_loan_id", "!=", False),
                    ("parent_state", "=", "posted"),
                    ("date", "<=", date),
                ],
                ["desmigratif_loan_id"],
                ["balance:sum"],
            )
        )
        result = []
        for loan, balance in sorted(groups, key=lambda group: group[0].id):
            if currency.compare_amounts(balance, 0.0) <= 0:
                continue
            loan = loan.sudo()
            days_late, _ageing = loan_lateness(
                [
                    (line.state, days_late_on(line.date_due, date))
                    for line in loan.line_ids
                ]
            )
            result.append(
                {
                    "loan": loan,
                    "outstanding": currency.round(balance),
                    "days_late": days_late,
                    "collectibility": company._coop_collectibility(days_late),
                }
            )
        return result
