from odoo import api, fields, models


class DesmigratifRt(models.Model):
    _name = "desmigratif.rt"
    _description = "Neighbourhood Unit (RT)"
    _order = "company_id, rw_id, number"
    _rec_names_search = ["number", "rw_id.number", "dusun_id.name"]
    _check_company_auto = True

    number = fields.Char(
        required=True, help="Number of the RT (rukun tetangga) within its RW, e.g. 001."
    )
    rw_id = fields.Many2one(
        "desmigratif.rw",
        string="RW",
        required=True,
        ondelete="restrict",
        check_company=True,
        index=True,
    )
    dusun_id = fields.Many2one(
        related="rw_id.dusun_id", store=True, index=True, string="Dusun"
    )
    company_id = fields.Many2one(
        related="rw_id.company_id", store=True, index=True, string="Village"
    )
    active = fields.Boolean(default=True)

    _sql_constraints = [
        (
            "number_rw_uniq",
            "unique(number, rw_id)",
            "This RT number already exists in this RW.",
        ),
    ]

    @api.depends("number", "rw_id.number", "dusun_id.name")
    def _compute_display_name(self):
        for rt in self:
            rt.display_name = self.env._(
                "RT %(rt)s / RW %(rw)s, %(dusun)s",
                rt=rt.number,
                rw=rt.rw_id.number,
                dusun=rt.dusun_id.name,
            )
