from datetime import timedelta

from odoo import Command, api, fields, models
from odoo.exceptions import ValidationError

from ..tools.permit import (
    parse_pirt_number,
    pirt_expiry_date,
    pirt_regency,
    pirt_state,
)


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
            product.desmigratif_pirt_expiry_date = pirt_expiry_date(number) or False

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
        return pirt_state(expiry, today, warning)

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

    @api.model
    def _desmigratif_untaxed(self, company):
        """Whether a group product of this village is sold without VAT by default.

        The one place of the rule: groups are small producers (below the PKP
        threshold) that charge no PPN; taxes set on a product still win.
        """
        return bool(company.desmigratif_products_without_vat)

    @api.model
    def _desmigratif_default_taxes(self, vals):
        if vals.get("desmigratif_group_id") and "taxes_id" not in vals:
            company = self.env["res.company"].browse(vals.get("company_id"))
            if self._desmigratif_untaxed(company or self.env.company):
                vals["taxes_id"] = [Command.clear()]
        return vals

    @api.onchange("desmigratif_group_id")
    def _onchange_desmigratif_group_id_taxes(self):
        """In the form the default taxes are already there: take them off too."""
        company = self.company_id or self.env.company
        if (
            self.desmigratif_group_id
            and self._desmigratif_untaxed(company)
            and self.taxes_id
            and self.taxes_id._origin == company.account_sale_tax_id
        ):
            self.taxes_id = False

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            self._desmigratif_normalize_pirt(vals)
            self._desmigratif_default_taxes(vals)
        return super().create(vals_list)

    def write(self, vals):
        res = super().write(self._desmigratif_normalize_pirt(vals))
        if "desmigratif_group_id" in vals:
            self._desmigratif_sync_distribution_models()
        return res

    def _desmigratif_sync_distribution_models(self):
        """Give each variant of a group product one analytic distribution model.

        The model sends the product to its group's analytic account; Odoo's own
        computes then fill the group in on sale order lines, invoice and bill
        lines and the product lines of a POS closing entry (see pos.config for
        why the stall closes by product). Models of products that left their
        group, or whose group has no analytic account, are removed.
        """
        Model = self.env["account.analytic.distribution.model"].sudo()
        variants = self.sudo().with_context(active_test=False).product_variant_ids
        existing = Model.search(
            [
                ("desmigratif_group_id", "!=", False),
                ("product_id", "in", variants.ids),
            ]
        )
        models_by_variant = existing.grouped("product_id")
        obsolete = Model
        to_create = []
        for variant in variants:
            models = models_by_variant.get(variant, Model)
            group = variant.product_tmpl_id.desmigratif_group_id
            if not group.analytic_account_id:
                obsolete |= models
                continue
            vals = group._desmigratif_distribution_model_vals()
            model, duplicates = models[:1], models[1:]
            obsolete |= duplicates
            if not model:
                to_create.append({**vals, "product_id": variant.id})
            elif (
                model.desmigratif_group_id != group
                or model.company_id.id != vals["company_id"]
                or model.analytic_distribution != vals["analytic_distribution"]
            ):
                model.write(vals)
        obsolete.unlink()
        Model.create(to_create)

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
            if regency and pirt_regency(number) != regency:
                raise ValidationError(
                    self.env._(
                        "P-IRT Number: digits 4 to 7 (%(code)s) are the regency that "
                        "issued the permit and must be this village's regency code "
                        "%(regency)s.",
                        code=pirt_regency(number),
                        regency=regency,
                    )
                )
