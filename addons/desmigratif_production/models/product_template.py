import re
from datetime import date, timedelta

from odoo import api, fields, models
from odoo.exceptions import ValidationError

PIRT_SEPARATORS = re.compile(r"[\s.\-/]")
# ASCII digits only: \d would also take Arabic-Indic or full-width digits.
PIRT_DIGITS = re.compile(r"[0-9]{15}")


def parse_pirt_number(value):
    """The P-IRT number without its separators, or None when it is not one.

    A number is text of exactly 15 ASCII digits once spaces, dots, dashes and
    slashes are removed. An integer is refused too: it would lose a leading zero.
    """
    if not isinstance(value, str):
        return None
    number = PIRT_SEPARATORS.sub("", value)
    return number if PIRT_DIGITS.fullmatch(number) else None


class ProductTemplate(models.Model):
    _inherit = "product.template"

    desmigratif_group_id = fields.Many2one(
        "desmigratif.group",
        string="Production Group",
        index=True,
        domain="[('kind', '=', 'production')]",
        groups="desmigratif_base.group_desmigratif_user",
        help="The production group that makes this product: its sales and costs land "
        "on the group's analytic account.",
    )
    desmigratif_is_food = fields.Boolean(
        string="Home-Industry Food",
        help="Food made at home: needs a P-IRT permit to be sold outside the regency, "
        "is tracked by lots with an expiry date.",
    )
    desmigratif_pirt_number = fields.Char(
        string="P-IRT Number",
        help="Pangan Industri Rumah Tangga permit: 15 digits; digits 4-7 are the "
        "province and regency code, the last two digits the year it expires.",
    )
    desmigratif_pirt_expiry_date = fields.Date(
        string="P-IRT Valid Until",
        compute="_compute_desmigratif_pirt_expiry_date",
        store=True,
        help="31 December of the year given by the last two digits of the number.",
    )
    desmigratif_pirt_state = fields.Selection(
        [
            ("valid", "Valid"),
            ("expiring", "Expiring"),
            ("expired", "Expired"),
            ("missing", "Missing"),
        ],
        string="P-IRT Status",
        compute="_compute_desmigratif_pirt_state",
        search="_search_desmigratif_pirt_state",
    )

    @api.depends("desmigratif_pirt_number")
    def _compute_desmigratif_pirt_expiry_date(self):
        for product in self:
            number = product.desmigratif_pirt_number
            product.desmigratif_pirt_expiry_date = (
                date(2000 + int(number[-2:]), 12, 31) if number else False
            )

    @api.depends("desmigratif_pirt_expiry_date", "desmigratif_is_food")
    @api.depends_context("company")
    def _compute_desmigratif_pirt_state(self):
        today = fields.Date.context_today(self)
        warning = timedelta(days=self.env.company.desmigratif_permit_warning_days)
        for product in self:
            product.desmigratif_pirt_state = product._desmigratif_pirt_state_on(
                product.desmigratif_pirt_expiry_date, today, warning
            )

    @staticmethod
    def _desmigratif_pirt_state_on(expiry, today, warning):
        if not expiry:
            return "missing"
        if expiry < today:
            return "expired"
        if expiry <= today + warning:
            return "expiring"
        return "valid"

    def _search_desmigratif_pirt_state(self, operator, value):
        if operator not in ("=", "!=", "in", "not in"):
            raise NotImplementedError(self.env._("Unsupported search on P-IRT status."))
        values = {value} if isinstance(value, str) else set(value or [])
        today = fields.Date.context_today(self)
        limit = today + timedelta(days=self.env.company.desmigratif_permit_warning_days)
        domains = {
            "missing": [("desmigratif_pirt_expiry_date", "=", False)],
            "expired": [("desmigratif_pirt_expiry_date", "<", today)],
            "expiring": [
                ("desmigratif_pirt_expiry_date", ">=", today),
                ("desmigratif_pirt_expiry_date", "<=", limit),
            ],
            "valid": [("desmigratif_pirt_expiry_date", ">", limit)],
        }
        ids = set()
        for state in values:
            ids |= set(self._search(domains[state]))
        positive = operator in ("=", "in")
        return [("id", "in" if positive else "not in", list(ids))]

    def _desmigratif_pirt_valid(self):
        """A permit that has not expired (expiring permits are still valid)."""
        self.ensure_one()
        return self.desmigratif_pirt_state in ("valid", "expiring")

    @api.model
    def _desmigratif_normalize_pirt(self, vals):
        value = vals.get("desmigratif_pirt_number")
        if value:
            number = parse_pirt_number(value)
            if number is None:
                self._desmigratif_raise_pirt_format(value)
            vals["desmigratif_pirt_number"] = number
        return vals

    def _desmigratif_raise_pirt_format(self, value):
        raise ValidationError(
            self.env._(
                "P-IRT Number: a P-IRT number is text of exactly 15 digits 0-9 "
                "(got %(number)r).",
                number=value,
            )
        )

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            self._desmigratif_normalize_pirt(vals)
        return super().create(vals_list)

    def write(self, vals):
        return super().write(self._desmigratif_normalize_pirt(vals))

    @api.constrains("desmigratif_pirt_number")
    def _check_desmigratif_pirt_number(self):
        for product in self:
            number = product.desmigratif_pirt_number
            if not number:
                continue
            if parse_pirt_number(number) != number:
                product._desmigratif_raise_pirt_format(number)
            regency = product.company_id.desmigratif_regency_code or (
                self.env.company.desmigratif_regency_code
            )
            if regency and number[3:7] != regency:
                raise ValidationError(
                    self.env._(
                        "P-IRT Number: digits 4 to 7 (%(code)s) are the regency that "
                        "issued the permit and must be this village's regency code "
                        "%(regency)s.",
                        code=number[3:7],
                        regency=regency,
                    )
                )
