from odoo import Command, fields, models
from odoo.tools import float_round

from ..models.res_company import PROBLEM_CLASSES

ASPECTS = [
    ("capital", "Capital"),
    ("asset_quality", "Quality of productive assets"),
    ("efficiency", "Efficiency"),
    ("liquidity", "Liquidity"),
    ("independence", "Independence and growth"),
]


class DesmigratifCoopHealthWizard(models.TransientModel):
    """The ratios the cooperative office scores when it assesses a
    savings-and-loan unit (Perdep KUKM 06/Per/Dep.6/IV/2016), computed from
    the books of a period, each with its formula and its two figures."""

    _name = "desmigratif.coop.health.wizard"
    _description = "Cooperative Health Ratios"
    _inherit = ["desmigratif.coop.village.mixin", "desmigratif.coop.period.mixin"]

    currency_id = fields.Many2one(related="company_id.currency_id")
    line_ids = fields.One2many(
        "desmigratif.coop.health.line", "wizard_id", string="Ratios", readonly=True
    )

    def _ratios(self):
        """[(aspect, name, formula, numerator, denominator)] of the period."""
        self.ensure_one()
        company = self.company_id
        Statement = self.env["desmigratif.coop.statement.wizard"]
        bs = Statement._statement_values(
            "balance_sheet", company, self.date_from, self.date_to
        )
        pl = Statement._statement_values(
            "surplus", company, self.date_from, self.date_to
        )
        portfolio = self.env["desmigratif.loan"]._coop_portfolio(company, self.date_to)
        problem = sum(
            item["outstanding"]
            for item in portfolio
            if item["collectibility"] in PROBLEM_CLASSES
        )
        required = sum(
            company._coop_allowance_for(item["collectibility"], item["outstanding"])
            for item in portfolio
        )
        equity = bs["total_equity"]
        own_funds = equity - bs["shu_previous"] - bs["shu_current"]
        funds_received = bs["total_liabilities"] + own_funds
        _ = self.env._
        return [
            (
                "capital",
                _("Equity to total assets"),
                _("Total equity / total assets x 100"),
                equity,
                bs["total_assets"],
            ),
            (
                "capital",
                _("Equity to loans at risk"),
                _("Total equity / loans outstanding x 100"),
                equity,
                bs["loans"],
            ),
            (
                "asset_quality",
                _("Problem loans to loans"),
                _("Substandard + doubtful + loss loans / loans outstanding x 100"),
                problem,
                sum(item["outstanding"] for item in portfolio),
            ),
            (
                "asset_quality",
                _("Reserve to problem loans"),
                _("Reserve (cadangan) / problem loans x 100"),
                bs["reserve"],
                problem,
            ),
            (
                "asset_quality",
                _("Allowance to required allowance (PPAP / PPAPWD)"),
                _("Loan loss allowance booked / allowance the classes require x 100"),
                -bs["allowance"],
                required,
            ),
            (
                "efficiency",
                _("Operating expenses to business income"),
                _("Total operating expenses / total business income x 100"),
                pl["total_expenses"],
                pl["total_income"],
            ),
            (
                "efficiency",
                _("Operating expenses to gross result"),
                _("Total operating expenses / gross result x 100"),
                pl["total_expenses"],
                pl["gross_result"],
            ),
            (
                "liquidity",
                _("Cash ratio"),
                _("Cash and bank / current liabilities x 100"),
                bs["cash"],
                bs["current_liabilities"],
            ),
            (
                "liquidity",
                _("Loans to funds received"),
                _(
                    "Loans outstanding / (liabilities + equity other than "
                    "undistributed SHU) x 100"
                ),
                bs["loans"],
                funds_received,
            ),
            (
                "independence",
                _("Return on assets"),
                _("Surplus (SHU) of the period / total assets x 100"),
                pl["shu"],
                bs["total_assets"],
            ),
            (
                "independence",
                _("Return on equity"),
                _("Surplus (SHU) of the period / total equity x 100"),
                pl["shu"],
                equity,
            ),
            (
                "independence",
                _("Operational self-sufficiency"),
                _("Total business income / total operating expenses x 100"),
                pl["total_income"],
                pl["total_expenses"],
            ),
        ]

    def action_compute(self):
        """Fill the table (as superuser: the figures come from the books)."""
        self.ensure_one()
        lines = []
        for sequence, (aspect, name, formula, numerator, denominator) in enumerate(
            self._ratios()
        ):
            lines.append(
                Command.create(
                    {
                        "sequence": sequence,
                        "aspect": aspect,
                        "name": name,
                        "formula": formula,
                        "numerator": numerator,
                        "denominator": denominator,
                        "defined": bool(denominator),
                        "ratio": float_round(
                            numerator * 100.0 / denominator, precision_digits=2
                        )
                        if denominator
                        else 0.0,
                    }
                )
            )
        self.sudo().line_ids = [Command.clear(), *lines]
        return {
            "type": "ir.actions.act_window",
            "res_model": self._name,
            "res_id": self.id,
            "view_mode": "form",
            "target": "new",
        }
