from odoo import api, models
from odoo.exceptions import AccessError
from odoo.tools import SQL

PREFIX = "desmigratif."


class IrAttachment(models.Model):
    """The files of the Desmigratif records follow their fields' groups.

    Odoo 18 lets an internal user read an attachment by id (ORM ``read``,
    ``/web/content/<id>``) when they may read its record, without asking whether
    they may read the field that holds it: a Desmigratif User would open the KTP
    scan of an AK-1 application. A model may also keep all its files, the
    chatter's included, to some groups with ``_desmigratif_attachment_groups``.
    The file of a field changes only through its record, where the record's own
    rules (a locked application) apply.
    """

    _inherit = "ir.attachment"

    @api.model_create_multi
    def create(self, vals_list):
        if not self.env.su and any(
            vals.get("res_field") and (vals.get("res_model") or "").startswith(PREFIX)
            for vals in vals_list
        ):
            self._raise_desmigratif_field_file()
        return super().create(vals_list)

    def check(self, mode, values=None):
        result = super().check(mode, values=values)
        if self.env.su or not self:
            return result
        rows = self._desmigratif_rows()
        if mode == "read":
            if self._desmigratif_unreadable(rows):
                raise self._desmigratif_access_error()
        elif any(res_field for __, __, res_field in rows):
            self._raise_desmigratif_field_file()
        return result

    def _check_access(self, operation):
        result = super()._check_access(operation)
        if result or operation != "read" or self.env.su or not self:
            return result
        forbidden = self._desmigratif_unreadable(self._desmigratif_rows())
        if forbidden:
            return self.browse(forbidden), self._desmigratif_access_error
        return None

    @api.model
    def _search(self, domain, offset=0, limit=None, order=None):
        query = super()._search(domain, offset, limit, order)
        if self.env.su or query.is_empty():
            return query
        found = self.browse(query.get_result_ids())
        forbidden = found._desmigratif_unreadable(found._desmigratif_rows())
        if not forbidden:
            return query
        return (found - self.browse(forbidden))._as_query(bool(order))

    def _desmigratif_rows(self):
        """(id, res_model, res_field) of the attachments of Desmigratif records."""
        self.flush_model(["res_model", "res_field"])
        return self.env.execute_query(
            SQL(
                "SELECT id, res_model, res_field FROM ir_attachment "
                "WHERE id IN %s AND res_model LIKE %s",
                tuple(self.ids),
                f"{PREFIX}%",
            )
        )

    def _desmigratif_unreadable(self, rows):
        """The ids among rows whose file the current user may not read."""
        forbidden = []
        for attachment_id, res_model, res_field in rows:
            model = self.env.get(res_model)
            if model is None:
                continue
            groups = getattr(model, "_desmigratif_attachment_groups", None)
            field = model._fields.get(res_field) if res_field else None
            if (groups and not self.env.user.has_groups(groups)) or (
                field and not field.is_accessible(self.env)
            ):
                forbidden.append(attachment_id)
        return forbidden

    def _desmigratif_access_error(self):
        return AccessError(
            self.env._(
                "Sorry, you are not allowed to open this file: it holds personal "
                "data only officers may see."
            )
        )

    def _raise_desmigratif_field_file(self):
        raise AccessError(
            self.env._(
                "The file of a Desmigratif record's field is changed through the "
                "record itself, not as an attachment."
            )
        )
