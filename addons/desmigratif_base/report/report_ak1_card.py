from odoo import api, models


class ReportAk1Card(models.AbstractModel):
    """The AK-1 card prints the applicant's NIK: officers only, by any route."""

    _name = "report.desmigratif_base.report_ak1_card"
    _description = "AK-1 Card Report"

    @api.model
    def _get_report_values(self, docids, data=None):
        return (
            self.env["desmigratif.ak1.application"]
            .browse(docids)
            ._get_officer_report_values()
        )
