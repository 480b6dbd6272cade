from odoo import models


class ReportLoanSchedule(models.AbstractModel):
    _name = "report.desmigratif_coop.report_loan_schedule"
    _description = "Repayment Schedule"
    _inherit = "desmigratif.coop.report"

    _doc_model = "desmigratif.loan"
