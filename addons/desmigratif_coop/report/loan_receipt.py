from odoo import models


class ReportLoanReceipt(models.AbstractModel):
    _name = "report.desmigratif_coop.report_loan_receipt"
    _description = "Payment Receipt"
    _inherit = "desmigratif.coop.report"

    _doc_model = "desmigratif.loan.repayment"
