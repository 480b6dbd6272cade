from odoo import api, fields, models
from odoo.exceptions import ValidationError


class DesmigratifTraining(models.Model):
    _name = "desmigratif.training"
    _description = "Production Group Training"
    _inherit = ["mail.thread"]
    _order = "date desc, id desc"
    _check_company_auto = True

    name = fields.Char(string="Topic", required=True, tracking=True)
    date = fields.Date(required=True, default=fields.Date.context_today)
    provider = fields.Char(help="Who gave the training, e.g. Disnaker, BNI, a trainer.")
    hours = fields.Float(required=True, default=1.0)
    group_id = fields.Many2one("desmigratif.group", check_company=True)
    attendee_ids = fields.Many2many(
        "res.partner",
        string="Attendees",
        check_company=True,
        domain="[('is_resident', '=', True)]",
    )
    attendee_count = fields.Integer(compute="_compute_attendee_count")
    company_id = fields.Many2one(
        "res.company",
        string="Village",
        required=True,
        default=lambda self: self.env.company,
        index=True,
    )

    @api.depends("attendee_ids")
    def _compute_attendee_count(self):
        for training in self:
            training.attendee_count = len(training.attendee_ids)

    @api.constrains("hours")
    def _check_hours(self):
        for training in self:
            if training.hours <= 0:
                raise ValidationError(
                    self.env._(
                        "Hours: the training %s lasts more than 0 hours.", training.name
                    )
                )

    @api.model
    def _hours_per_member(self, partners):
        """Training hours of each partner, from one grouped query."""
        rows = self._read_group(
            [("attendee_ids", "in", partners.ids)], ["attendee_ids"], ["hours:sum"]
        )
        return {partner.id: hours for partner, hours in rows}
