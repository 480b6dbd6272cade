from odoo import api, models


class ReportAk1Card(models.AbstractModel):
    """The AK-1 card prints the applicant's NIK: officers only, by any route.

    Producing the PDF is what numbers the card; an HTML preview does not.
    """

    _name = "report.desmigratif_base.report_ak1_card"
    _description = "AK-1 Card Report"

    @api.model
    def _get_report_values(self, docids, data=None):
        applications = self.env["desmigratif.ak1.application"].browse(docids)
        values = applications._get_officer_report_values()
        if (data or {}).get("report_type") == "pdf":
            applications._mark_card_printed()
        return values
