from odoo import api, fields, models
from odoo.exceptions import ValidationError


class ResCompany(models.Model):
    _inherit = "res.company"

    desmigratif_regency_code = fields.Char(
        string="Regency Code",
        size=4,
        help="The first 4 digits of the NIK of people from this village's regency "
        "(province and regency), e.g. 3307 for Wonosobo. AK-1 cards are issued only "
        "to applicants from this regency.",
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

    @api.constrains("desmigratif_regency_code")
    def _check_desmigratif_regency_code(self):
        for company in self:
            code = company.desmigratif_regency_code
            if code and not (code.isdigit() and len(code) == 4):
                raise ValidationError(
                    self.env._("Regency Code: it has exactly 4 digits, e.g. 3307.")
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
