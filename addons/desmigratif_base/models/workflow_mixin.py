import contextlib
import contextvars

from odoo import api, models
from odoo.exceptions import UserError

# Set only while a model's own workflow action runs. A context key could be
# sent by any RPC client; a context variable lives in the server's code alone.
_WORKFLOW_STEP = contextvars.ContextVar("desmigratif_workflow_step", default=False)

# Chatter and activities stay open on a frozen document.
_CHATTER_PREFIXES = ("message_", "activity_", "website_message_", "rating_")


class DesmigratifWorkflowMixin(models.AbstractModel):
    """The one guard of every Desmigratif document with a workflow.

    Its workflow fields (the state, and what the steps set with it) change only
    inside the model's own actions, whatever the client: a form, RPC, import.
    A document in a locked state (posted, confirmed, done) is frozen: only its
    actions change it, typically a reversal. A line model shares the lock of its
    document through ``_workflow_parent_field``.
    """

    _name = "desmigratif.workflow.mixin"
    _description = "Desmigratif Workflow Guard"

    # Fields only the model's own workflow actions write.
    _workflow_fields = ("state",)
    # States in which the document is frozen.
    _workflow_locked_states = ()
    # States from which the document may be deleted; empty means any.
    _workflow_unlink_states = ()
    # On a line model: the many2one to its document, whose lock it shares.
    _workflow_parent_field = None
    # Fields still writable on a frozen document, beside chatter and activities.
    _workflow_free_fields = ()

    @staticmethod
    @contextlib.contextmanager
    def _workflow_step():
        """Run the enclosed code as a workflow action of the model."""
        token = _WORKFLOW_STEP.set(True)
        try:
            yield
        finally:
            _WORKFLOW_STEP.reset(token)

    def _workflow_write(self, vals):
        """Write as a workflow action: the one way to change workflow fields."""
        with self._workflow_step():
            return self.write(vals)

    def _check_state(self, allowed):
        """Refuse a workflow step unless every record is in one of these states."""
        states = dict(self._fields["state"]._description_selection(self.env))
        for record in self:
            if record.state not in allowed:
                raise UserError(
                    self.env._(
                        "%(document)s is '%(state)s': this step is not possible now.",
                        document=record.display_name,
                        state=states.get(record.state, record.state),
                    )
                )

    def _workflow_locked(self):
        """The records of self that are frozen, by their state or their document's."""
        locked = self.browse()
        if self._workflow_locked_states:
            locked |= self.filtered(
                lambda record: record.state in self._workflow_locked_states
            )
        if self._workflow_parent_field:
            locked |= self.filtered(
                lambda record: record[self._workflow_parent_field]._workflow_locked()
            )
        return locked

    def _is_free_field(self, fname):
        return fname in self._workflow_free_fields or fname.startswith(
            _CHATTER_PREFIXES
        )

    def _raise_workflow_fields(self, fnames):
        labels = ", ".join(
            self._fields[fname]._description_string(self.env) for fname in fnames
        )
        raise UserError(
            self.env._(
                "%(fields)s of a %(document)s change only through its own buttons "
                "(actions), not by writing the field.",
                fields=labels,
                document=self._description,
            )
        )

    def _raise_locked(self, record):
        raise UserError(
            self.env._(
                "%(document)s is locked and can no longer be changed or deleted; "
                "use its reversal or cancellation instead.",
                document=record.display_name,
            )
        )

    def _check_workflow_create(self, vals_list):
        for vals in vals_list:
            forced = [
                fname
                for fname in self._workflow_fields
                if fname in vals and vals[fname] != self._workflow_initial_value(fname)
            ]
            if forced:
                self._raise_workflow_fields(forced)
            self._check_workflow_parent(vals)

    def _check_workflow_parent(self, vals):
        """A line may not be added to, or moved into, a locked document."""
        parent_field = self._workflow_parent_field
        if parent_field and vals.get(parent_field):
            parent = self[parent_field].browse(vals[parent_field])
            if parent._workflow_locked():
                self._raise_locked(parent)

    def _workflow_initial_value(self, fname):
        field = self._fields[fname]
        value = field.default(self) if field.default else False
        return field.convert_to_write(field.convert_to_cache(value, self), self)

    @api.model_create_multi
    def create(self, vals_list):
        if not _WORKFLOW_STEP.get():
            self._check_workflow_create(vals_list)
        return super().create(vals_list)

    def write(self, vals):
        if not _WORKFLOW_STEP.get():
            forced = [fname for fname in self._workflow_fields if fname in vals]
            if forced:
                self._raise_workflow_fields(forced)
            if any(not self._is_free_field(fname) for fname in vals):
                locked = self._workflow_locked()
                if locked:
                    self._raise_locked(locked[0])
            self._check_workflow_parent(vals)
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_except_workflow_locked(self):
        if _WORKFLOW_STEP.get():
            return
        locked = self._workflow_locked()
        if self._workflow_unlink_states:
            locked |= self.filtered(
                lambda record: record.state not in self._workflow_unlink_states
            )
        if locked:
            self._raise_locked(locked[0])
