from odoo import api, fields, models
from odoo.exceptions import ValidationError

from ..tools.identity import NIK_PROVINCE_CODES, regency_code_in_province


class ResCompany(models.Model):
    _inherit = "res.company"

    # A printout never stops at Odoo's layout dialog: a village prints AK-1
    # cards and agreements on its first day.
    external_report_layout_id = fields.Many2one(
        default=lambda self: self.env.ref(
            "web.external_layout_standard", raise_if_not_found=False
        )
    )
    desmigratif_regency_code = fields.Char(
        string="Regency Code",
        size=4,
        help="The first 4 digits of the NIK of people from this village's regency "
        "(province and regency), e.g. 3307 for Wonosobo. AK-1 cards are issued only "
        "to applicants from this regency.",
    )
    desmigratif_village_name = fields.Char(
        string="Village (Desa)",
        help="The village's name without the word Desa, e.g. Kuripan. Printed as "
        "'Desa Kuripan' in addresses and as the place where papers are signed.",
    )
    desmigratif_district = fields.Char(
        string="District (Kecamatan)",
        help="The kecamatan the village belongs to, without the word Kecamatan, "
        "e.g. Watumalang.",
    )
    desmigratif_regency_name = fields.Char(
        string="Regency (Kabupaten)",
        help="The kabupaten the village belongs to, without the word Kabupaten, "
        "e.g. Wonosobo. It is also the village's city: sales of food without a "
        "P-IRT permit stay within it.",
    )
    desmigratif_village_head = fields.Char(
        string="Village Head (Kepala Desa)",
        help="The name of the kepala desa, printed where the village signs.",
    )
    desmigratif_ak1_officer_id = fields.Many2one(
        "res.users",
        string="AK-1 Card Officer",
        domain="[('share', '=', False)]",
        help="The village officer who checks the documents and signs the AK-1 cards "
        "the village prints. When empty, the officer of each application signs.",
    )
    desmigratif_coop_signatory_id = fields.Many2one(
        "res.users",
        string="Cooperative Signatory",
        domain="[('share', '=', False)]",
        help="The chair or manager who signs loan agreements for the cooperative "
        "(ketua or pengelola koperasi). When empty, the approver of each loan signs.",
    )
    desmigratif_village_address = fields.Char(
        string="Village Address",
        compute="_compute_desmigratif_village_address",
        help="Desa, Kecamatan, Kabupaten, province and postal code, as printed.",
    )
    desmigratif_participant_quota = fields.Integer(
        string="Participant Quota",
        default=60,
        help="The number of active programme participants the ministry allows for "
        "this village.",
    )
    desmigratif_min_age = fields.Integer(string="Minimum Productive Age", default=15)
    desmigratif_max_age = fields.Integer(string="Maximum Productive Age", default=64)
    dusun_ids = fields.One2many("desmigratif.dusun", "company_id", string="Hamlets")

    @api.depends(
        "desmigratif_village_name",
        "desmigratif_district",
        "desmigratif_regency_name",
        "state_id",
        "zip",
    )
    def _compute_desmigratif_village_address(self):
        for company in self:
            parts = [
                f"{word} {name}"
                for word, name in (
                    ("Desa", company.desmigratif_village_name),
                    ("Kecamatan", company.desmigratif_district),
                    ("Kabupaten", company.desmigratif_regency_name),
                )
                if name
            ]
            province = " ".join(filter(None, [company.state_id.name, company.zip]))
            if province:
                parts.append(province)
            company.desmigratif_village_address = ", ".join(parts)

    @api.constrains("desmigratif_regency_code", "state_id")
    def _check_desmigratif_regency_code(self):
        indonesia = self.env.ref("base.id")
        for company in self:
            code = company.desmigratif_regency_code
            if not code:
                continue
            if not (code.isdigit() and len(code) == 4):
                raise ValidationError(
                    self.env._("Regency Code: it has exactly 4 digits, e.g. 3307.")
                )
            province = company.state_id
            if province.country_id == indonesia and not regency_code_in_province(
                code, province.code
            ):
                raise ValidationError(
                    self.env._(
                        "Regency Code %(code)s is not in %(province)s: a regency "
                        "code starts with its province's number (%(prefixes)s).",
                        code=code,
                        province=province.name,
                        prefixes=" / ".join(NIK_PROVINCE_CODES[province.code]),
                    )
                )

    @api.constrains("zip", "country_id")
    def _check_desmigratif_zip(self):
        indonesia = self.env.ref("base.id")
        for company in self:
            code = company.zip
            if (
                company.country_id == indonesia
                and code
                and not (code.isdigit() and len(code) == 5)
            ):
                raise ValidationError(
                    self.env._(
                        "Postal Code: an Indonesian postal code has exactly 5 "
                        "digits, e.g. 56373."
                    )
                )

    @api.constrains("desmigratif_min_age", "desmigratif_max_age")
    def _check_desmigratif_ages(self):
        for company in self:
            if not 0 <= company.desmigratif_min_age <= company.desmigratif_max_age:
                raise ValidationError(
                    self.env._(
                        "Productive age: the minimum must be at least 0 and at most "
                        "the maximum."
                    )
                )

    def _desmigratif_signing_place(self):
        """Where the village signs its papers: the village's name, else the
        company's."""
        self.ensure_one()
        return self.desmigratif_village_name or self.name
