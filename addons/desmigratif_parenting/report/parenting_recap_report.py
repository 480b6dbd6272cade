from odoo import api, models


class ReportParentingRecap(models.AbstractModel):
    _name = "report.desmigratif_parenting.report_parenting_recap"
    _description = "Monthly Attendance Recap Report"

    @api.model
    def _get_report_values(self, docids, data=None):
        docs = self.env["desmigratif.parenting.recap"].browse(docids)
        return {
            "doc_ids": docids,
            "doc_model": "desmigratif.parenting.recap",
            "docs": docs,
            "recaps": {doc.id: doc._recap() for doc in docs},
        }
