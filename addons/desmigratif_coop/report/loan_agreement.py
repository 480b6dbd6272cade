from odoo import models


class ReportLoanAgreement(models.AbstractModel):
    _name = "report.desmigratif_coop.report_loan_agreement"
    _description = "Loan Agreement"
    _inherit = "desmigratif.coop.report"

    _doc_model = "desmigratif.loan"
