from odoo import models
from odoo.models import fix_import_export_id_paths


class Base(models.AbstractModel):
    _inherit = "base"

    def export_data(self, fields_to_export):
        # Non-stored fields are computed without the record rules: check them here.
        self.check_access("read")
        self._check_export_field_access(fields_to_export)
        return super().export_data(fields_to_export)

    def _check_export_field_access(self, paths):
        """Refuse an export path through a field the user may not read.

        Odoo's export reads values as the ORM's cache does, which checks the
        field groups of stored fields only: a non-stored related or computed
        field would hand out what its source field hides (a NIK, a balance).
        """
        for path in paths:
            model = self
            for name in fix_import_export_id_paths(path):
                field = model._fields.get(name)
                if field is None:  # id, .id, a property: nothing more to check
                    break
                model.check_field_access_rights("read", [name])
                if not field.relational:
                    break
                model = self.env[field.comodel_name]
