from odoo import fields, models
from odoo.exceptions import UserError

# The cooperative's documents and the fields holding their journal entries.
COOP_ENTRY_FIELDS = (
    ("desmigratif.savings.transaction", ("move_id", "reversal_move_id")),
    ("desmigratif.loan.repayment", ("move_id", "reversal_move_id")),
    ("desmigratif.loan", ("move_id", "writeoff_move_id")),
    ("desmigratif.shu", ("move_id", "reversal_move_id")),
)


class AccountMove(models.Model):
    _inherit = "account.move"

    def button_draft(self):
        """The entry of a cooperative document is undone by the document's own
        reversal, never by resetting it to draft in Accounting: the document
        would still say posted while its money is gone from the books."""
        for model, field_names in COOP_ENTRY_FIELDS:
            Document = self.env[model].sudo()
            for field_name in field_names:
                document = Document.search([(field_name, "in", self.ids)], limit=1)
                if document:
                    raise UserError(
                        self.env._(
                            "%(entry)s is the journal entry of %(document)s: use "
                            "the Reverse button of the document instead of resetting "
                            "the entry to draft.",
                            entry=document[field_name].display_name,
                            document=document.display_name,
                        )
                    )
        return super().button_draft()

    def _coop_reverse(self, document):
        """Post the reversing entry, dated today, of a cooperative document's
        entry: the one way to undo it, so the books keep both entries."""
        return self._reverse_moves(
            [
                {
                    "date": fields.Date.context_today(self),
                    "ref": self.env._("Reversal of %s", document.name),
                }
            ],
            cancel=True,
        )
