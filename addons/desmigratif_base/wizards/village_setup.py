from odoo import api, fields, models
from odoo.exceptions import AccessError

MANAGER = "desmigratif_base.group_desmigratif_manager"
# The company fields the setup fills, by the setup's own field names.
VILLAGE_FIELDS = {
    "company_name": "name",
    "village_name": "desmigratif_village_name",
    "district": "desmigratif_district",
    "regency_name": "desmigratif_regency_name",
    "state_id": "state_id",
    "regency_code": "desmigratif_regency_code",
    "street": "street",
    "zip": "zip",
    "phone": "phone",
    "email": "email",
    "website": "website",
    "village_head": "desmigratif_village_head",
    "ak1_officer_id": "desmigratif_ak1_officer_id",
    "coop_signatory_id": "desmigratif_coop_signatory_id",
}


class DesmigratifVillageSetup(models.TransientModel):
    """One form for the village's identity, the way a new village starts.

    The identity is spread over Odoo's company (name, address, logo) and the
    Desmigratif fields (kecamatan, regency code, signatories); the setup fills
    both at once, so that cards, agreements, receipts and the P-IRT regency
    check agree. A Desmigratif manager may run it without Odoo's company
    rights: it writes only these fields of a village they work in.
    """

    _name = "desmigratif.village.setup"
    _description = "Village Setup"

    company_id = fields.Many2one(
        "res.company",
        string="Village",
        required=True,
        readonly=True,
        default=lambda self: self.env.company,
    )
    village_name = fields.Char(
        string="Village (Desa)",
        required=True,
        compute="_compute_from_company",
        store=True,
        precompute=True,
        readonly=False,
        help="The village's name without the word Desa, e.g. Kuripan.",
    )
    company_name = fields.Char(
        string="Name on Papers",
        required=True,
        compute="_compute_company_name",
        store=True,
        precompute=True,
        readonly=False,
        help="The name at the top of every printout, receipt and the login page, "
        "e.g. Desa Kuripan.",
    )
    district = fields.Char(
        string="District (Kecamatan)",
        required=True,
        compute="_compute_from_company",
        store=True,
        precompute=True,
        readonly=False,
        help="Without the word Kecamatan, e.g. Watumalang.",
    )
    regency_name = fields.Char(
        string="Regency (Kabupaten)",
        required=True,
        compute="_compute_from_company",
        store=True,
        precompute=True,
        readonly=False,
        help="Without the word Kabupaten, e.g. Wonosobo.",
    )
    state_id = fields.Many2one(
        "res.country.state",
        string="Province (Provinsi)",
        required=True,
        compute="_compute_from_company",
        store=True,
        precompute=True,
        readonly=False,
        domain=lambda self: [("country_id", "=", self.env.ref("base.id").id)],
    )
    regency_code = fields.Char(
        required=True,
        size=4,
        compute="_compute_from_company",
        store=True,
        precompute=True,
        readonly=False,
        help="The first 4 digits of the NIK of the regency's people: the province's "
        "2 digits, then the regency's, e.g. 3307 for Wonosobo in Jawa Tengah (33).",
    )
    street = fields.Char(
        string="Village Office Street",
        compute="_compute_from_company",
        store=True,
        precompute=True,
        readonly=False,
    )
    zip = fields.Char(
        string="Postal Code",
        size=5,
        compute="_compute_from_company",
        store=True,
        precompute=True,
        readonly=False,
    )
    phone = fields.Char(
        compute="_compute_from_company", store=True, precompute=True, readonly=False
    )
    email = fields.Char(
        compute="_compute_from_company", store=True, precompute=True, readonly=False
    )
    website = fields.Char(
        compute="_compute_from_company", store=True, precompute=True, readonly=False
    )
    logo = fields.Image(
        max_width=1024,
        max_height=1024,
        compute="_compute_from_company",
        store=True,
        precompute=True,
        readonly=False,
        help="Printed on papers and receipts. Odoo's placeholder logo is not kept.",
    )
    village_head = fields.Char(
        string="Village Head (Kepala Desa)",
        compute="_compute_from_company",
        store=True,
        precompute=True,
        readonly=False,
    )
    ak1_officer_id = fields.Many2one(
        "res.users",
        string="AK-1 Card Officer",
        compute="_compute_from_company",
        store=True,
        precompute=True,
        readonly=False,
        domain="[('share', '=', False), ('company_ids', 'in', company_id)]",
        help="Signs the AK-1 cards the village prints; when empty, the officer of "
        "each application signs.",
    )
    coop_signatory_id = fields.Many2one(
        "res.users",
        string="Cooperative Signatory",
        compute="_compute_from_company",
        store=True,
        precompute=True,
        readonly=False,
        domain="[('share', '=', False), ('company_ids', 'in', company_id)]",
        help="The chair or manager who signs loan agreements; when empty, the "
        "approver of each loan signs.",
    )

    @api.depends("company_id")
    def _compute_from_company(self):
        for setup in self:
            company = setup.company_id
            for fname, company_fname in VILLAGE_FIELDS.items():
                if fname != "company_name":
                    setup[fname] = company[company_fname]
            if company.state_id.country_id != self.env.ref("base.id"):
                setup.state_id = False
            setup.logo = not company.uses_default_logo and company.logo

    @api.depends("village_name")
    def _compute_company_name(self):
        for setup in self:
            if setup.village_name:
                setup.company_name = f"Desa {setup.village_name}"
            else:
                setup.company_name = setup.company_id.name

    def action_apply(self):
        """Write the village's identity on its company."""
        self.ensure_one()
        company = self.company_id
        if not self.env.su and not (
            self.env.user.has_group(MANAGER) and company in self.env.user.company_ids
        ):
            raise AccessError(
                self.env._(
                    "Only a Desmigratif manager of %s may set up its village.",
                    company.name,
                )
            )
        values = {
            company_fname: self[fname]
            for fname, company_fname in VILLAGE_FIELDS.items()
        }
        for fname in ("state_id", "ak1_officer_id", "coop_signatory_id"):
            values[VILLAGE_FIELDS[fname]] = self[fname].id
        values.update(
            {
                "street2": f"Kecamatan {self.district}",
                "city": f"Kabupaten {self.regency_name}",
                "country_id": self.env.ref("base.id").id,
            }
        )
        if self.logo:
            values["logo"] = self.logo
        if not company.external_report_layout_id:
            values["external_report_layout_id"] = self.env.ref(
                "web.external_layout_standard"
            ).id
        company.sudo().write(values)
        return {"type": "ir.actions.client", "tag": "reload"}

    @api.model
    def _setup_village(self, values, logo=False):
        """Set up a village from a data file: ``values`` are this form's fields,
        ``logo`` apart so that the file can pass an image file."""
        if logo:
            values = dict(values, logo=logo)
        return self.create(values).action_apply()
