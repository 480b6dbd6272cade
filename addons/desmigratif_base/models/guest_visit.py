from odoo import api, fields, models
from odoo.exceptions import ValidationError


class DesmigratifGuestVisit(models.Model):
    _name = "desmigratif.guest.visit"
    _description = "Information Centre Guest Book Entry"
    _order = "visit_time desc, id desc"
    _check_company_auto = True

    visitor_id = fields.Many2one(
        "res.partner",
        string="Resident",
        index=True,
        check_company=True,
        domain="[('is_resident', '=', True)]",
        help="Leave empty for visitors who are not registered residents.",
    )
    visitor_name = fields.Char(
        string="Visitor",
        compute="_compute_visitor_name",
        store=True,
        precompute=True,
        readonly=False,
        required=True,
    )
    is_resident = fields.Boolean(
        string="Resident of the Village",
        compute="_compute_is_resident",
        store=True,
        precompute=True,
        readonly=False,
    )
    origin = fields.Char(
        string="From", help="Village or town of visitors from elsewhere."
    )
    id_type = fields.Selection(
        [
            ("ktp", "KTP (Identity Card)"),
            ("sim", "Driving Licence (SIM)"),
            ("passport", "Passport"),
            ("other", "Other"),
        ],
        string="Identity Document",
        required=True,
        default="ktp",
    )
    id_number = fields.Char(
        string="Document Number",
        required=True,
        groups="desmigratif_base.group_desmigratif_officer",
    )
    purpose = fields.Selection(
        [
            ("safe_migration", "Safe-Migration Information"),
            ("vacancy", "Job Vacancy"),
            ("ak1", "AK-1 Card"),
            ("complaint", "Complaint"),
            ("other", "Other"),
        ],
        required=True,
        default="safe_migration",
    )
    note = fields.Text()
    visit_time = fields.Datetime(
        string="Time", required=True, default=fields.Datetime.now
    )
    officer_id = fields.Many2one(
        "res.users",
        string="Officer on Duty",
        required=True,
        default=lambda self: self.env.user,
    )
    company_id = fields.Many2one(
        "res.company",
        string="Village",
        required=True,
        default=lambda self: self.env.company,
        index=True,
    )

    @api.depends("visitor_id")
    def _compute_visitor_name(self):
        for visit in self:
            if visit.visitor_id:
                visit.visitor_name = visit.visitor_id.name

    @api.depends("visitor_id")
    def _compute_is_resident(self):
        for visit in self:
            visit.is_resident = bool(
                visit.visitor_id.is_resident
                and visit.visitor_id.company_id == visit.company_id
            )

    @api.depends("visitor_name", "visit_time")
    def _compute_display_name(self):
        for visit in self:
            visit.display_name = (
                f"{visit.visitor_name or ''} ({visit.visit_time or ''})"
            )

    @api.constrains("id_number")
    def _check_id_number(self):
        for visit in self.sudo():
            if not (visit.id_number or "").strip():
                raise ValidationError(
                    self.env._(
                        "Document Number: write the number of the identity "
                        "document shown."
                    )
                )
