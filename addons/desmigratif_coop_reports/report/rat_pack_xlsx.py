from odoo import models

from odoo.addons.desmigratif_coop.tools.loan_arithmetic import MEMBER_PRODUCTS


class ReportRatPackXlsx(models.AbstractModel):
    """The RAT pack as a workbook: one sheet per part of the pack."""

    _name = "report.desmigratif_coop_reports.rat_pack_xlsx"
    _inherit = "report.report_xlsx.abstract"
    _description = "Members' Annual Meeting Pack (XLSX)"

    def _write_header(self, sheet, bold, village, year, title, columns):
        """Village, title and year on top, column labels on row 5; returns the
        first row of figures."""
        sheet.write(0, 0, village, bold)
        sheet.write(1, 0, title, bold)
        sheet.write(2, 0, self.env._("Year %s", year))
        for col, label in enumerate(columns):
            sheet.write(4, col, label, bold)
        sheet.set_column(0, 0, 48)
        sheet.set_column(1, len(columns), 18)
        return 5

    def generate_xlsx_report(self, workbook, data, objects):
        objects.check_access("read")
        bold = workbook.add_format({"bold": True})
        money = workbook.add_format({"num_format": "#,##0"})
        money_bold = workbook.add_format({"num_format": "#,##0", "bold": True})
        for wizard in objects:
            pack = wizard._rat_data()
            company = pack["company"]
            _ = self.env._

            def header(sheet, title, columns, year=pack["year"], name=company.name):
                return self._write_header(sheet, bold, name, year, title, columns)

            for key, title in (
                ("balance_sheet", _("Balance Sheet")),
                ("surplus", _("Surplus Statement")),
                ("equity", _("Changes in Equity")),
                ("cash_flow", _("Cash Flow")),
            ):
                sheet = workbook.add_worksheet(title[:31])
                row = header(sheet, title, [_("Line"), _("Amount")])
                for label, amount, is_total in pack[key]:
                    sheet.write(row, 0, label, bold if is_total else None)
                    if amount is not None:
                        sheet.write_number(
                            row, 1, amount, money_bold if is_total else money
                        )
                    row += 1

            sheet = workbook.add_worksheet(_("Members")[:31])
            row = header(
                sheet,
                _("Members' Savings"),
                [_("Member"), _("Principal"), _("Mandatory"), _("Voluntary")],
            )
            for member in pack["members"]:
                sheet.write(row, 0, member["partner"].name)
                for col, product in enumerate(MEMBER_PRODUCTS, 1):
                    sheet.write_number(row, col, member[product], money)
                row += 1

            sheet = workbook.add_worksheet(_("Loans")[:31])
            row = header(
                sheet,
                _("Loan Portfolio by Class"),
                [
                    _("Class"),
                    _("Loans"),
                    _("Outstanding"),
                    _("Rate (%)"),
                    _("Allowance"),
                ],
            )
            for line in pack["loan_classes"]:
                sheet.write(row, 0, line["label"])
                sheet.write_number(row, 1, line["count"])
                sheet.write_number(row, 2, line["outstanding"], money)
                sheet.write_number(row, 3, line["rate"])
                sheet.write_number(row, 4, line["allowance"], money)
                row += 1

            sheet = workbook.add_worksheet(_("SHU")[:31])
            row = header(sheet, _("SHU per Member"), [_("Member"), _("SHU")])
            for partner, amount in pack["shu_members"]:
                sheet.write(row, 0, partner.name)
                sheet.write_number(row, 1, amount, money)
                row += 1

            sheet = workbook.add_worksheet(_("Programme")[:31])
            row = header(sheet, _("Programme Figures"), [_("Figure"), _("Value")])
            for label, value in pack["programme"]:
                sheet.write(row, 0, label)
                sheet.write_number(row, 1, value, money)
                row += 1
            row += 2
            for col, (role, name) in enumerate(pack["signatures"]):
                sheet.write(row, col, role, bold)
                sheet.write(row + 4, col, name or "(....................)")
