from odoo import models


class ReportSavingsPassbook(models.AbstractModel):
    _name = "report.desmigratif_coop.report_savings_passbook"
    _description = "Passbook"
    _inherit = "desmigratif.coop.report"

    _doc_model = "desmigratif.savings.account"
