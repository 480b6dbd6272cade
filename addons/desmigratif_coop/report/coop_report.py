from odoo import api, models
from odoo.exceptions import AccessError

OFFICER = "desmigratif_base.group_desmigratif_officer"


class DesmigratifCoopReport(models.AbstractModel):
    """The access check of the cooperative's printouts.

    /report/html and /report/pdf render any report for any logged-in user, and
    the templates show balances and amounts (the passbook reads journal items
    as superuser): the report itself refuses whoever may not see them."""

    _name = "desmigratif.coop.report"
    _description = "Cooperative Printout Access"

    _doc_model = None

    @api.model
    def _get_report_values(self, docids, data=None):
        docs = self.env[self._doc_model].browse(docids)
        if not self.env.su:
            if not self.env.user.has_group(OFFICER):
                raise AccessError(
                    self.env._(
                        "Only officers, the cooperative's bookkeeper and managers "
                        "may print savings and loans."
                    )
                )
            docs.check_access("read")
        return {"doc_ids": docids, "doc_model": self._doc_model, "docs": docs}
