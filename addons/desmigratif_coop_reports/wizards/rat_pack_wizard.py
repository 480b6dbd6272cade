from datetime import date

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

from odoo.addons.desmigratif_coop.tools.loan_arithmetic import (
    MEMBER_PRODUCTS,
    savings_balance,
)

from ..models.loan import PORTFOLIO_STATES
from ..models.res_company import ALLOWANCE_RATE_FIELDS, COLLECTIBILITY
from .coop_statement_wizard import STATEMENTS

MIN_YEAR = 2000
MAX_YEAR = 2100


class DesmigratifRatPackWizard(models.TransientModel):
    """Everything the members' annual meeting (Rapat Anggota Tahunan) reads
    for a year, as one PDF and one spreadsheet."""

    _name = "desmigratif.rat.pack.wizard"
    _description = "Members' Annual Meeting Pack (RAT)"
    _inherit = ["desmigratif.coop.village.mixin"]

    year = fields.Integer(
        required=True, default=lambda self: fields.Date.context_today(self).year - 1
    )
    chairman_name = fields.Char(string="Chairman (Ketua)")
    secretary_name = fields.Char(string="Secretary (Sekretaris)")
    treasurer_name = fields.Char(string="Treasurer (Bendahara)")
    supervisor_name = fields.Char(string="Supervisor (Pengawas)")

    @api.constrains("year")
    def _check_year(self):
        for wizard in self:
            if not MIN_YEAR <= wizard.year <= MAX_YEAR:
                raise ValidationError(
                    self.env._(
                        "The year must be between %(min)s and %(max)s.",
                        min=MIN_YEAR,
                        max=MAX_YEAR,
                    )
                )

    def _rat_data(self):
        """The pack's figures, from the books of the village for the year."""
        self.ensure_one()
        company = self.company_id
        Statement = self.env["desmigratif.coop.statement.wizard"]
        Statement._check_reader(company)
        date_from, date_to = date(self.year, 1, 1), date(self.year, 12, 31)
        shu = self.env["desmigratif.shu"].search(
            [
                ("company_id", "=", company.id),
                ("year", "=", self.year),
                ("state", "=", "posted"),
            ],
            limit=1,
        )
        if not shu:
            raise UserError(
                self.env._(
                    "%(village)s has no posted SHU for %(year)s: post the year's "
                    "SHU before preparing its members' meeting.",
                    village=company.name,
                    year=self.year,
                )
            )
        return {
            "company": company,
            "currency": company.currency_id,
            "year": self.year,
            "date_from": date_from,
            "date_to": date_to,
            "balance_sheet": self._statement_rows(
                "balance_sheet", Statement, date_from, date_to
            ),
            "surplus": self._statement_rows("surplus", Statement, date_from, date_to),
            "equity": self._statement_rows("equity", Statement, date_from, date_to),
            "cash_flow": self._statement_rows(
                "cash_flow", Statement, date_from, date_to
            ),
            "members": self._member_balances(date_to),
            "loan_classes": self._loan_classes(date_to),
            "shu": shu,
            "shu_members": self._shu_members(shu),
            "programme": self._programme_figures(date_from, date_to, shu),
            "signatures": [
                (self.env._("Chairman"), self.chairman_name or ""),
                (self.env._("Secretary"), self.secretary_name or ""),
                (self.env._("Treasurer"), self.treasurer_name or ""),
                (self.env._("Supervisor"), self.supervisor_name or ""),
            ],
        }

    def _statement_rows(self, statement, Statement, date_from, date_to):
        """[(label, amount or None for a heading, is_total)] in report order."""
        values = Statement._statement_values(
            statement, self.company_id, date_from, date_to
        )
        report = self.env.ref(STATEMENTS[statement])
        total_style = self.env.ref("desmigratif_coop_reports.mis_style_coop_total")
        return [
            (
                kpi.description,
                values.get(kpi.name),
                kpi.style_id == total_style,
            )
            for kpi in report.kpi_ids.sorted("sequence")
        ]

    def _member_balances(self, date_to):
        """Each member's pokok, wajib and sukarela balance at the year's end."""
        groups = (
            self.env["account.move.line"]
            .sudo()
            ._read_group(
                [
                    ("company_id", "=", self.company_id.id),
                    ("desmigratif_savings_product", "in", MEMBER_PRODUCTS),
                    ("parent_state", "=", "posted"),
                    ("date", "<=", date_to),
                    ("partner_id", "!=", False),
                ],
                ["partner_id", "desmigratif_savings_product"],
                ["balance:sum"],
            )
        )
        members = {}
        for partner, product, balance in groups:
            row = members.setdefault(partner, dict.fromkeys(MEMBER_PRODUCTS, 0.0))
            row[product] = self.company_id.currency_id.round(
                savings_balance(product, balance)
            )
        return [
            {"partner": partner, **row}
            for partner, row in sorted(
                members.items(), key=lambda item: (item[0].name or "", item[0].id)
            )
        ]

    def _loan_classes(self, date_to):
        portfolio = self.env["desmigratif.loan"]._coop_portfolio(
            self.company_id, date_to
        )
        labels = dict(
            self.env["desmigratif.loan"]
            ._fields["collectibility"]
            ._description_selection(self.env)
        )
        rows = []
        for key, _label in COLLECTIBILITY:
            items = [item for item in portfolio if item["collectibility"] == key]
            outstanding = sum(item["outstanding"] for item in items)
            rate = self.company_id[ALLOWANCE_RATE_FIELDS[key]]
            rows.append(
                {
                    "label": labels[key],
                    "count": len(items),
                    "outstanding": outstanding,
                    "rate": rate,
                    "allowance": self.company_id._coop_allowance_for(key, outstanding),
                }
            )
        return rows

    def _shu_members(self, shu):
        """Each member's share, as credited by the posted SHU entry."""
        shares = {}
        for line in shu.sudo().move_id.line_ids.filtered("partner_id"):
            shares[line.partner_id] = shares.get(line.partner_id, 0.0) - line.balance
        return sorted(shares.items(), key=lambda item: (item[0].name or "", item[0].id))

    def _programme_figures(self, date_from, date_to, shu):
        company = self.company_id
        MoveLine = self.env["account.move.line"].sudo()
        served = MoveLine._read_group(
            [
                ("company_id", "=", company.id),
                ("desmigratif_savings_product", "in", MEMBER_PRODUCTS),
                ("parent_state", "=", "posted"),
                ("date", ">=", date_from),
                ("date", "<=", date_to),
                ("partner_id", "!=", False),
            ],
            ["partner_id"],
        )
        [[granted_count, granted]] = (
            self.env["desmigratif.loan"]
            .sudo()
            ._read_group(
                [
                    ("company_id", "=", company.id),
                    ("state", "in", PORTFOLIO_STATES),
                    ("date_start", ">=", date_from),
                    ("date_start", "<=", date_to),
                ],
                [],
                ["__count", "principal:sum"],
            )
        )
        writeoffs = (
            self.env["desmigratif.loan"]
            .sudo()
            .search([("company_id", "=", company.id), ("state", "=", "written_off")])
            .writeoff_move_id
        )
        [[repaid]] = MoveLine._read_group(
            [
                ("company_id", "=", company.id),
                ("account_id", "=", company.coop_loan_account_id.id),
                ("parent_state", "=", "posted"),
                ("date", ">=", date_from),
                ("date", "<=", date_to),
                ("credit", ">", 0),
                ("move_id", "not in", writeoffs.ids),
            ],
            [],
            ["credit:sum"],
        )
        enterprise = dict(
            (indicator, amount)
            for indicator, amount in self.env["desmigratif.programme.report"]
            .sudo()
            ._read_group(
                [
                    ("company_id", "=", company.id),
                    ("indicator", "in", ("group_revenue", "profit_share")),
                    ("date", ">=", date_from),
                    ("date", "<=", date_to),
                ],
                ["indicator"],
                ["amount:sum"],
            )
        )
        return [
            (self.env._("Members served (savings movements)"), len(served)),
            (self.env._("Loans granted"), granted_count),
            (self.env._("Principal lent"), granted or 0.0),
            (self.env._("Principal repaid"), repaid or 0.0),
            (self.env._("SHU distributed"), shu.surplus),
            (
                self.env._("Group revenue shared"),
                enterprise.get("group_revenue", 0.0),
            ),
            (self.env._("Profit shares paid"), enterprise.get("profit_share", 0.0)),
        ]

    def action_print_pdf(self):
        self._rat_data()
        return self.env.ref(
            "desmigratif_coop_reports.action_report_rat_pack"
        ).report_action(self)

    def action_export_xlsx(self):
        self._rat_data()
        return self.env.ref(
            "desmigratif_coop_reports.action_report_rat_pack_xlsx"
        ).report_action(self)
