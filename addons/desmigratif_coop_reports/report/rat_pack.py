from odoo import api, models


class ReportRatPack(models.AbstractModel):
    """Values of the RAT pack PDF, read from the books as the printing user:
    a user who may not open the wizard cannot render it either."""

    _name = "report.desmigratif_coop_reports.report_rat_pack"
    _description = "Members' Annual Meeting Pack (PDF)"

    @api.model
    def _get_report_values(self, docids, data=None):
        wizards = self.env["desmigratif.rat.pack.wizard"].browse(docids)
        wizards.check_access("read")
        return {
            "doc_ids": docids,
            "doc_model": "desmigratif.rat.pack.wizard",
            "docs": wizards,
            "packs": [wizard._rat_data() for wizard in wizards],
        }
