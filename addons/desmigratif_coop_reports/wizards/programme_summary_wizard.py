from odoo import fields, models

from ..models.programme_report import INDICATORS


class DesmigratifProgrammeSummaryWizard(models.TransientModel):
    """A printable summary of the programme's figures, per regency and per
    village, for the villages the user is allowed and has selected."""

    _name = "desmigratif.programme.summary.wizard"
    _description = "Programme Summary across Villages"
    _inherit = ["desmigratif.coop.period.mixin"]

    company_ids = fields.Many2many(
        "res.company",
        string="Villages",
        required=True,
        default=lambda self: self.env.companies,
        domain=lambda self: [("id", "in", self.env.user.company_ids.ids)],
    )

    def _summary(self):
        """[(regency code, [(village, {indicator: (count, amount, days)})],
        {indicator: (count, amount)})], read through the user's own rights."""
        self.ensure_one()
        groups = self.env["desmigratif.programme.report"]._read_group(
            [
                ("company_id", "in", self.company_ids.ids),
                ("date", ">=", self.date_from.replace(day=1)),
                ("date", "<=", self.date_to),
            ],
            ["company_id", "indicator"],
            ["quantity:sum", "amount:sum", "days_to_resolve:avg"],
        )
        figures = {}
        for company, indicator, quantity, amount, days in groups:
            figures.setdefault(company, {})[indicator] = (quantity, amount, days)
        regencies = {}
        for company in self.company_ids.sorted("name"):
            code = company.desmigratif_regency_code or ""
            regencies.setdefault(code, []).append((company, figures.get(company, {})))
        result = []
        for code, villages in sorted(regencies.items()):
            totals = {}
            for _company, values in villages:
                for indicator, (quantity, amount, _days) in values.items():
                    count, money = totals.get(indicator, (0, 0.0))
                    totals[indicator] = (count + quantity, money + amount)
            result.append((code, villages, totals))
        return result

    def _indicator_labels(self):
        labels = dict(
            self.env["desmigratif.programme.report"]
            ._fields["indicator"]
            ._description_selection(self.env)
        )
        return [(key, labels[key]) for key, _label in INDICATORS]

    def action_print(self):
        return self.env.ref(
            "desmigratif_coop_reports.action_report_programme_summary"
        ).report_action(self)
