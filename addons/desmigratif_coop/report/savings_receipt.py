from odoo import models


class ReportSavingsReceipt(models.AbstractModel):
    _name = "report.desmigratif_coop.report_savings_receipt"
    _description = "Savings Receipt"
    _inherit = "desmigratif.coop.report"

    _doc_model = "desmigratif.savings.transaction"
