from odoo import fields, models


class DesmigratifCoopEntryMixin(models.AbstractModel):
    """A cooperative document whose money is one journal entry: a draft until
    the bookkeeper posts it, then undone only by its reversal, so the books
    keep both entries; a draft may be cancelled, since nothing was posted."""

    _name = "desmigratif.coop.entry.mixin"
    _description = "Cooperative Posted Document"
    _inherit = [
        "desmigratif.reference.mixin",
        "desmigratif.workflow.mixin",
        "mail.thread",
    ]
    _workflow_fields = ("state", "move_id", "reversal_move_id")
    _workflow_locked_states = ("posted", "reversed")
    _workflow_unlink_states = ("draft", "cancelled")

    name = fields.Char(required=True, copy=False, readonly=True, default="/")
    move_id = fields.Many2one(
        "account.move", string="Journal Entry", readonly=True, copy=False
    )
    reversal_move_id = fields.Many2one(
        "account.move", string="Reversal Entry", readonly=True, copy=False
    )
    state = fields.Selection(
        [
            ("draft", "Draft"),
            ("posted", "Posted"),
            ("reversed", "Reversed"),
            ("cancelled", "Cancelled"),
        ],
        default="draft",
        required=True,
        copy=False,
        tracking=True,
    )

    def _check_bookkeeper(self):
        """Each document says who may post, cancel and reverse it."""
        raise NotImplementedError

    def action_cancel(self):
        """Drop a draft: nothing was posted."""
        self._check_bookkeeper()
        self._check_state(["draft"])
        self._workflow_write({"state": "cancelled"})
        return True

    def _post_reversal(self):
        """Post the reversing entry of the document's entry, dated today, and
        mark the document reversed."""
        self.ensure_one()
        reversal = self.move_id._coop_reverse(self)
        self._workflow_write({"state": "reversed", "reversal_move_id": reversal.id})
        return reversal
