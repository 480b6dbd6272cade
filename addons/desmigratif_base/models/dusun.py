from odoo import fields, models


class DesmigratifDusun(models.Model):
    _name = "desmigratif.dusun"
    _description = "Hamlet (Dusun)"
    _order = "company_id, sequence, name"

    name = fields.Char(required=True, translate=False)
    sequence = fields.Integer(default=10)
    company_id = fields.Many2one(
        "res.company",
        string="Village",
        required=True,
        default=lambda self: self.env.company,
        index=True,
    )
    rw_ids = fields.One2many("desmigratif.rw", "dusun_id", string="RW")
    rt_count = fields.Integer(compute="_compute_rt_count", string="RT")
    active = fields.Boolean(default=True)

    _sql_constraints = [
        (
            "name_company_uniq",
            "unique(name, company_id)",
            "A hamlet (dusun) with this name already exists in this village.",
        ),
    ]

    def _compute_rt_count(self):
        counts = dict(
            self.env["desmigratif.rt"]._read_group(
                [("dusun_id", "in", self.ids)], ["dusun_id"], ["__count"]
            )
        )
        for dusun in self:
            dusun.rt_count = counts.get(dusun, 0)
