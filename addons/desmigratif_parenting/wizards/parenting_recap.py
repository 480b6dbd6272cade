from odoo import api, fields, models
from odoo.exceptions import ValidationError


class DesmigratifParentingRecap(models.TransientModel):
    _name = "desmigratif.parenting.recap"
    _description = "Monthly Attendance Recap"

    date_from = fields.Date(
        string="From",
        required=True,
        default=lambda self: self.env[
            "desmigratif.parenting.place"
        ]._default_date_range()[0],
    )
    date_to = fields.Date(
        string="To",
        required=True,
        default=lambda self: self.env[
            "desmigratif.parenting.place"
        ]._default_date_range()[1],
    )
    place_ids = fields.Many2many(
        "desmigratif.parenting.place",
        "desmigratif_parenting_recap_place_rel",
        "recap_id",
        "place_id",
        string="Places",
        help="Leave empty for all the places of the village.",
    )
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company
    )

    @api.constrains("date_from", "date_to")
    def _check_dates(self):
        for recap in self:
            if recap.date_to < recap.date_from:
                raise ValidationError(
                    self.env._(
                        "Period: the end date must not be before the start date."
                    )
                )

    def _places(self):
        self.ensure_one()
        return self.place_ids or self.env["desmigratif.parenting.place"].search(
            [("company_id", "=", self.company_id.id)]
        )

    def _recap(self):
        self.ensure_one()
        return self.env["desmigratif.parenting.attendance"]._monthly_recap(
            self.date_from, self.date_to, self._places()
        )

    def action_print(self):
        self.ensure_one()
        return self.env.ref(
            "desmigratif_parenting.action_report_parenting_recap"
        ).report_action(self)
