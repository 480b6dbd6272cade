from odoo import api, fields, models


class DesmigratifRw(models.Model):
    _name = "desmigratif.rw"
    _description = "Neighbourhood Unit (RW)"
    _order = "company_id, number"
    _check_company_auto = True

    number = fields.Char(
        required=True, help="Number of the RW (rukun warga) in the village, e.g. 003."
    )
    dusun_id = fields.Many2one(
        "desmigratif.dusun",
        required=True,
        ondelete="restrict",
        check_company=True,
        index=True,
    )
    company_id = fields.Many2one(
        related="dusun_id.company_id", store=True, index=True, string="Village"
    )
    rt_ids = fields.One2many("desmigratif.rt", "rw_id", string="RT")
    active = fields.Boolean(default=True)

    _sql_constraints = [
        (
            "number_company_uniq",
            "unique(number, company_id)",
            "This RW number already exists in this village.",
        ),
    ]

    @api.depends("number", "dusun_id.name")
    def _compute_display_name(self):
        for rw in self:
            rw.display_name = self.env._(
                "RW %(number)s (%(dusun)s)", number=rw.number, dusun=rw.dusun_id.name
            )
