import logging
import re

from odoo.exceptions import ValidationError
from odoo.tools.sql import column_exists

_logger = logging.getLogger(__name__)
# e-Faktur's field took any text: a NIK is often written 3307.1052.0300.0001.
SEPARATORS = re.compile(r"[\s.-]")


def post_init_hook(env):
    """Move the NIK typed in e-Faktur's own field into the registry's NIK.

    e-Faktur kept its NIK in the column ``l10n_id_nik``, readable by every
    user; from now on its field shows the registry's NIK and the column is no
    longer read. A number the registry accepts moves and leaves the column. One
    it refuses (not a valid NIK, another person's NIK, or a person who already
    has another NIK) stays in the column, and the log names the contacts so
    that an officer types their NIK by hand.
    """
    if not column_exists(env.cr, "res_partner", "l10n_id_nik"):
        return
    env.cr.execute(
        "SELECT id, l10n_id_nik FROM res_partner WHERE l10n_id_nik <> '' ORDER BY id"
    )
    partners = env["res.partner"].with_context(active_test=False)
    moved, refused = [], []
    for partner_id, number in env.cr.fetchall():
        partner = partners.browse(partner_id)
        number = SEPARATORS.sub("", number)
        if partner.nik and partner.nik != number:
            refused.append(partner_id)
            continue
        try:
            with env.cr.savepoint():
                partner.nik = number
        except ValidationError:
            refused.append(partner_id)
            continue
        moved.append(partner_id)
    if moved:
        env.cr.execute(
            "UPDATE res_partner SET l10n_id_nik = NULL WHERE id IN %s", [tuple(moved)]
        )
    if refused:
        _logger.warning(
            "e-Faktur NIK not moved into the registry's NIK for contacts %s: not a "
            "valid NIK, or it belongs to another person, or the contact has another "
            "NIK. Type their NIK in the contact form.",
            refused,
        )
