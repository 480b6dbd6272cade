from odoo import api, fields, models
from odoo.exceptions import ValidationError


class DesmigratifParentingHoliday(models.Model):
    _name = "desmigratif.parenting.holiday"
    _description = "Village Holiday (No Sessions)"
    _order = "date_from desc"

    name = fields.Char(required=True)
    date_from = fields.Date(string="From", required=True)
    date_to = fields.Date(
        string="To",
        required=True,
        help="Last day of the holiday; the same as From for a single day.",
    )
    company_id = fields.Many2one(
        "res.company",
        string="Village",
        required=True,
        default=lambda self: self.env.company,
        index=True,
    )

    @api.onchange("date_from")
    def _onchange_date_from(self):
        if self.date_from and (not self.date_to or self.date_to < self.date_from):
            self.date_to = self.date_from

    @api.constrains("date_from", "date_to")
    def _check_dates(self):
        for holiday in self:
            if holiday.date_to < holiday.date_from:
                raise ValidationError(
                    self.env._(
                        "Holiday %s: the To date must not be before the From date.",
                        holiday.name,
                    )
                )

    @api.model
    def _holiday_dates(self, companies, date_from, date_to):
        """Return {company id: set of dates} of the holidays within the period."""
        dates = {company.id: set() for company in companies}
        holidays = self.search_fetch(
            [
                ("company_id", "in", companies.ids),
                ("date_from", "<=", date_to),
                ("date_to", ">=", date_from),
            ],
            ["date_from", "date_to", "company_id"],
        )
        for holiday in holidays:
            day = max(holiday.date_from, date_from)
            while day <= min(holiday.date_to, date_to):
                dates[holiday.company_id.id].add(day)
                day = fields.Date.add(day, days=1)
        return dates
