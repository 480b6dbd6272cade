from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

from .placement import SECTORS


class DesmigratifVacancy(models.Model):
    _name = "desmigratif.vacancy"
    _description = "Job Vacancy Abroad"
    _inherit = ["desmigratif.workflow.mixin", "mail.thread"]
    _order = "state, date_valid desc, id desc"
    _check_company_auto = True

    name = fields.Char(string="Position", required=True, tracking=True)
    notice_type = fields.Selection(
        [("vacancy", "Job Vacancy"), ("notice", "Safe-Migration Notice")],
        string="Type",
        required=True,
        default="vacancy",
    )
    country_id = fields.Many2one("res.country", tracking=True)
    sector = fields.Selection(SECTORS, default="domestic")
    agency_id = fields.Many2one(
        "res.partner",
        string="Placement Agency",
        domain="[('is_placement_agency', '=', True), ('agency_licensed', '=', True)]",
        tracking=True,
    )
    currency_id = fields.Many2one(
        "res.currency",
        required=True,
        default=lambda self: self.env.company.currency_id,
    )
    salary = fields.Monetary(currency_field="currency_id", string="Monthly Salary")
    requirements = fields.Html()
    date_valid = fields.Date(string="Valid Until", tracking=True)
    state = fields.Selection(
        [("draft", "Draft"), ("published", "Published"), ("expired", "Expired")],
        string="Status",
        default="draft",
        required=True,
        copy=False,
        tracking=True,
    )
    company_id = fields.Many2one(
        "res.company",
        string="Village",
        required=True,
        default=lambda self: self.env.company,
        index=True,
    )

    @api.constrains("agency_id", "notice_type", "country_id")
    def _check_agency(self):
        for vacancy in self.filtered(lambda v: v.notice_type == "vacancy"):
            if not vacancy.agency_id:
                raise ValidationError(
                    self.env._(
                        "Placement Agency: the vacancy '%s' needs the licensed agency "
                        "that offers it.",
                        vacancy.name,
                    )
                )
            if not vacancy.agency_id.agency_licensed:
                raise ValidationError(
                    self.env._(
                        "Placement Agency: %s is not flagged as licensed; only "
                        "vacancies of licensed agencies are published.",
                        vacancy.agency_id.name,
                    )
                )
            if not vacancy.country_id:
                raise ValidationError(
                    self.env._(
                        "Country: the vacancy '%s' needs its country.", vacancy.name
                    )
                )

    def action_publish(self):
        self._check_state(("draft",))
        today = fields.Date.context_today(self)
        for vacancy in self:
            if vacancy.date_valid and vacancy.date_valid < today:
                raise UserError(
                    self.env._("%s: its Valid Until date has passed.", vacancy.name)
                )
        self._workflow_write({"state": "published"})

    def action_expire(self):
        self._check_state(("published",))
        self._workflow_write({"state": "expired"})

    def action_reset_to_draft(self):
        self._check_state(("expired",))
        self._workflow_write({"state": "draft"})

    @api.model
    def _cron_expire(self):
        """Expire the published vacancies whose validity date has passed."""
        self.search(
            [
                ("state", "=", "published"),
                ("date_valid", "<", fields.Date.context_today(self)),
            ]
        ).action_expire()
