from odoo import api, models


class ReportAk1Checklist(models.AbstractModel):
    """The checklist tells which identity documents were attached: officers only."""

    _name = "report.desmigratif_base.report_ak1_checklist"
    _description = "AK-1 Application Checklist Report"

    @api.model
    def _get_report_values(self, docids, data=None):
        return (
            self.env["desmigratif.ak1.application"]
            .browse(docids)
            ._get_officer_report_values()
        )
