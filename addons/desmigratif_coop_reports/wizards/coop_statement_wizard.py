from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError
from odoo.tools.misc import format_date

from odoo.addons.mis_builder.models.accounting_none import AccountingNone

BOOKKEEPER = "desmigratif_coop.group_desmigratif_coop_bookkeeper"
STATEMENTS = {
    "balance_sheet": "desmigratif_coop_reports.mis_report_coop_balance_sheet",
    "surplus": "desmigratif_coop_reports.mis_report_coop_surplus",
    "equity": "desmigratif_coop_reports.mis_report_coop_equity",
    "cash_flow": "desmigratif_coop_reports.mis_report_coop_cash_flow",
}


class DesmigratifCoopStatementWizard(models.TransientModel):
    """Opens the cooperative's Neraca or surplus statement (mis_builder
    templates of this module) for one village and period."""

    _name = "desmigratif.coop.statement.wizard"
    _description = "Cooperative Financial Statement"
    _inherit = ["desmigratif.coop.village.mixin", "desmigratif.coop.period.mixin"]

    statement = fields.Selection(
        [
            ("balance_sheet", "Balance sheet (Neraca)"),
            ("surplus", "Surplus statement (Perhitungan Hasil Usaha)"),
            ("equity", "Statement of changes in equity"),
            ("cash_flow", "Cash flow statement"),
        ],
        required=True,
        default="balance_sheet",
    )
    date_from = fields.Date(
        help="Start of the surplus statement; the balance sheet is drawn up at "
        "the end date.",
    )

    @api.model
    def _check_reader(self, company):
        """Statements are for the bookkeeper and managers of the village."""
        if not self.env.user.has_group(BOOKKEEPER):
            raise AccessError(
                self.env._(
                    "Only the cooperative's bookkeeper or a manager may read its "
                    "financial statements."
                )
            )
        if company not in self.env.user.company_ids:
            raise UserError(
                self.env._(
                    "%(village)s is not one of your villages.", village=company.name
                )
            )
        if not company.chart_template or not company.coop_loan_account_id:
            raise UserError(
                self.env._(
                    "%(village)s has no chart of accounts yet: there are no books "
                    "to draw statements from.",
                    village=company.name,
                )
            )

    @api.model
    def _period_dates(self, statement, company, date_from, date_to):
        """A balance sheet runs from the start of its fiscal year, so that the
        year's surplus and the earlier years' are told apart."""
        if statement == "balance_sheet":
            date_from = company.compute_fiscalyear_dates(date_to)["date_from"]
        return date_from, date_to

    @api.model
    def _statement_values(self, statement, company, date_from, date_to):
        """The statement's lines as {line name: amount}, empty lines as 0."""
        self._check_reader(company)
        report = self.env.ref(STATEMENTS[statement]).with_company(company)
        date_from, date_to = self._period_dates(statement, company, date_from, date_to)
        aep = report._prepare_aep(company)
        values = report.evaluate(aep, date_from, date_to)
        currency = company.currency_id
        return {
            kpi.name: currency.round(
                0.0 if values.get(kpi.name) is AccountingNone else values[kpi.name]
            )
            for kpi in report.kpi_ids
            if not kpi.name.startswith("h_")
        }

    def _create_instance(self):
        self.ensure_one()
        self._check_reader(self.company_id)
        date_from, date_to = self._period_dates(
            self.statement, self.company_id, self.date_from, self.date_to
        )
        report = self.env.ref(STATEMENTS[self.statement])
        label = format_date(self.env, date_to)
        if self.statement != "balance_sheet":
            label = f"{format_date(self.env, date_from)} - {label}"
        # Instances are mis_builder's configuration (accounting managers
        # only): this one is a throw-away, vacuumed by mis_builder's cron.
        return (
            self.env["mis.report.instance"]
            .sudo()
            .create(
                {
                    "name": f"{report.name} - {self.company_id.name}",
                    "report_id": report.id,
                    "company_id": self.company_id.id,
                    "temporary": True,
                    "target_move": "posted",
                    "period_ids": [
                        fields.Command.create(
                            {
                                "name": label,
                                "mode": "fix",
                                "manual_date_from": date_from,
                                "manual_date_to": date_to,
                            }
                        )
                    ],
                }
            )
            .sudo(False)
        )

    def action_show(self):
        return self._create_instance().preview()

    def action_print(self):
        return self._create_instance().print_pdf()

    def action_export_xlsx(self):
        return self._create_instance().export_xls()
