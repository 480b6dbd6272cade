from odoo import api, fields, models


class ResPartner(models.Model):
    _inherit = "res.partner"

    # e-Faktur's own NIK field, made a window on the registry's NIK: one stored
    # number, with the registry's rules. Computed as the reading user (not a
    # sudo related field, which Odoo would let anyone group and sort by), so
    # every route to it, the e-Faktur export's included, needs NIK access.
    l10n_id_nik = fields.Char(
        string="NIK (e-Faktur)",
        compute="_compute_l10n_id_nik",
        inverse="_inverse_l10n_id_nik",
        search="_search_l10n_id_nik",
        compute_sudo=False,
        groups="desmigratif_base.group_desmigratif_officer",
        exportable=False,
        help="The NIK of the village registry, as the e-Faktur export reads it.",
    )

    @api.depends("nik")
    def _compute_l10n_id_nik(self):
        for partner in self:
            partner.l10n_id_nik = partner.nik

    def _inverse_l10n_id_nik(self):
        for partner in self:
            partner.nik = partner.l10n_id_nik or False

    def _search_l10n_id_nik(self, operator, value):
        return [("nik", operator, value)]
