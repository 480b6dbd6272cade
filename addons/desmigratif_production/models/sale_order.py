import re

from odoo import fields, models
from odoo.exceptions import UserError

from odoo.addons.desmigratif_base.tools.identity import nik_is_from_regency

REGENCY_PREFIX = re.compile(r"^(kabupaten|kab\.?|kota)\s+", re.IGNORECASE)


def _regency_name(city):
    return REGENCY_PREFIX.sub("", (city or "").strip()).casefold()


class SaleOrder(models.Model):
    _inherit = "sale.order"

    desmigratif_permit_override = fields.Boolean(
        string="Sell Without P-IRT",
        copy=False,
        tracking=True,
        groups="desmigratif_base.group_desmigratif_manager",
        help="A Desmigratif manager allows this order of home-industry food without "
        "a valid P-IRT permit to a customer outside the regency.",
    )

    def action_confirm(self):
        self._desmigratif_check_pirt()
        return super().action_confirm()

    def _desmigratif_check_pirt(self):
        """Refuse food without a valid P-IRT permit to customers outside the regency.

        The village's own point of sale is not concerned: this check runs on sales
        orders only.
        """
        for order in self.sudo():
            if order.desmigratif_permit_override:
                continue
            products = order.order_line.product_id.product_tmpl_id.filtered(
                lambda p: p.desmigratif_is_food and not p._desmigratif_pirt_valid()
            )
            if not products or order._desmigratif_partner_in_regency():
                continue
            raise UserError(
                self.env._(
                    "P-IRT permit: %(products)s cannot be sold to %(customer)s, who is "
                    "outside the regency, because the product has no valid P-IRT "
                    "home-industry food permit. Sell it within the regency or at the "
                    "village's point of sale, renew the permit, or ask a Desmigratif "
                    "manager to tick 'Sell Without P-IRT'.",
                    products=", ".join(products.mapped("name")),
                    customer=order.partner_id.display_name,
                )
            )

    def _desmigratif_partner_in_regency(self):
        """Whether the customer lives in the village's regency.

        Inside: a resident of the village, a person whose NIK starts with the
        village's regency code, or an address whose city is the village's city
        (regency name; "Kabupaten"/"Kab." ignored) in the same province.
        """
        self.ensure_one()
        company = self.company_id
        partner = self.partner_id.commercial_partner_id.sudo()
        if partner.is_resident and partner.company_id in (company, company.browse()):
            return True
        if nik_is_from_regency(partner.nik, company.desmigratif_regency_code):
            return True
        same_city = company.city and _regency_name(partner.city) == _regency_name(
            company.city
        )
        same_state = (
            not company.state_id
            or not partner.state_id
            or partner.state_id == company.state_id
        )
        return bool(same_city and same_state)
