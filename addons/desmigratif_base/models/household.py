from odoo import api, fields, models

from .identity_numbers import check_kk_number


class DesmigratifHousehold(models.Model):
    _name = "desmigratif.household"
    _description = "Household (Kartu Keluarga)"
    _inherit = ["mail.thread"]
    _order = "company_id, id desc"
    _check_company_auto = True

    kk_number = fields.Char(
        string="KK Number",
        groups="desmigratif_base.group_desmigratif_officer",
        tracking=True,
        copy=False,
        help="The 16-digit number of the family card (Kartu Keluarga).",
    )
    head_id = fields.Many2one(
        "res.partner",
        string="Head of Household",
        check_company=True,
        domain="[('household_id', '=', id)]",
        tracking=True,
    )
    member_ids = fields.One2many("res.partner", "household_id", string="Members")
    member_count = fields.Integer(
        compute="_compute_member_count", string="Number of Members"
    )
    rt_id = fields.Many2one("desmigratif.rt", string="RT", check_company=True)
    dusun_id = fields.Many2one(related="rt_id.dusun_id", store=True, string="Dusun")
    company_id = fields.Many2one(
        "res.company",
        string="Village",
        required=True,
        default=lambda self: self.env.company,
        index=True,
    )
    active = fields.Boolean(default=True)

    _sql_constraints = [
        (
            "kk_company_uniq",
            "unique(kk_number, company_id)",
            "A household with this KK number already exists in this village.",
        ),
    ]

    @api.depends("head_id.name")
    def _compute_display_name(self):
        for household in self:
            household.display_name = (
                self.env._("Household of %s", household.head_id.name)
                if household.head_id
                else self.env._("Household #%s", household.id or "")
            )

    def _compute_member_count(self):
        counts = dict(
            self.env["res.partner"]._read_group(
                [("household_id", "in", self.ids)], ["household_id"], ["__count"]
            )
        )
        for household in self:
            household.member_count = counts.get(household, 0)

    @api.constrains("kk_number")
    def _check_kk_number(self):
        for household in self.sudo():
            if household.kk_number:
                check_kk_number(self.env, household.kk_number)
