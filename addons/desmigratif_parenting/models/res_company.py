from odoo import api, fields, models
from odoo.exceptions import ValidationError


class ResCompany(models.Model):
    _inherit = "res.company"

    parenting_absence_threshold = fields.Integer(
        string="Consecutive Absences Before a Home Visit",
        default=3,
        help="A child marked A (alpa, absent without notice) on this many "
        "consecutive held sessions gets a home-visit activity for the officer.",
    )
    parenting_officer_id = fields.Many2one(
        "res.users",
        help="The officer who gets the home-visit activities when the place of the "
        "child has no responsible officer.",
    )

    @api.constrains("parenting_absence_threshold")
    def _check_parenting_absence_threshold(self):
        for company in self:
            if company.parenting_absence_threshold < 1:
                raise ValidationError(
                    self.env._(
                        "Consecutive Absences Before a Home Visit: the number must be "
                        "at least 1."
                    )
                )
