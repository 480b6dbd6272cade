from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError


class DesmigratifComplaint(models.Model):
    _name = "desmigratif.complaint"
    _description = "Migrant Worker Complaint (Pengaduan)"
    _reference_date_field = "date_complaint"
    _inherit = [
        "desmigratif.reference.mixin",
        "desmigratif.workflow.mixin",
        "mail.thread",
        "mail.activity.mixin",
    ]
    _order = "priority desc, date_complaint desc, id desc"
    _check_company_auto = True
    # Only the submission sets these, with the server's clock.
    _workflow_fields = ("submitted", "date_complaint")
    # Once submitted, the statement and who it concerns are frozen; officers still
    # follow the case up.
    _workflow_free_fields = (
        "category",
        "placement_id",
        "stage_id",
        "forwarded_to",
        "priority",
        "date_deadline",
        "user_id",
        "color",
        "kanban_state",
    )

    name = fields.Char(
        string="Reference", required=True, copy=False, readonly=True, default="/"
    )
    complainant_id = fields.Many2one(
        "res.partner",
        required=True,
        index=True,
        check_company=True,
        domain="[('is_resident', '=', True)]",
        tracking=True,
        help="The family member filing the complaint: a resident of this village "
        "whose household takes part in the programme.",
    )
    worker_id = fields.Many2one(
        "res.partner",
        string="Worker Concerned",
        required=True,
        index=True,
        check_company=True,
        tracking=True,
    )
    placement_id = fields.Many2one(
        "desmigratif.placement",
        check_company=True,
        domain="[('worker_id', '=', worker_id)]",
    )
    country_id = fields.Many2one(related="placement_id.country_id", store=True)
    category = fields.Selection(
        [
            ("lost_contact", "Lost Contact"),
            ("unpaid_wages", "Unpaid Wages"),
            ("abuse", "Abuse"),
            ("broker_fraud", "Broker Fraud"),
            ("document_fraud", "Document Fraud"),
            ("legal_case", "Detention or Legal Case"),
            ("sickness_death", "Sickness or Death"),
            ("other", "Other"),
        ],
        required=True,
        tracking=True,
    )
    statement = fields.Text(
        help="The complainant's own account. It cannot be changed once submitted; "
        "officers answer in the chatter.",
    )
    date_complaint = fields.Datetime(
        string="Filed On",
        required=True,
        default=fields.Datetime.now,
        readonly=True,
        copy=False,
        help="Set by the server when the statement is submitted.",
    )
    submitted = fields.Boolean(readonly=True, copy=False, tracking=True)
    stage_id = fields.Many2one(
        "desmigratif.complaint.stage",
        index=True,
        tracking=True,
        copy=False,
        default=lambda self: self._default_stage(),
        group_expand="_read_group_stage_ids",
    )
    is_closed = fields.Boolean(related="stage_id.is_closed", store=True)
    forwarded_to = fields.Selection(
        [
            ("disnaker", "Regency Manpower Office (Disnaker)"),
            ("bp2mi", "BP2MI"),
            ("ministry", "Ministry of Manpower (Kemnaker)"),
        ],
        tracking=True,
    )
    priority = fields.Selection(
        [("0", "Normal"), ("1", "Urgent"), ("2", "Emergency")],
        default="0",
        tracking=True,
    )
    date_deadline = fields.Date(string="Deadline", tracking=True)
    user_id = fields.Many2one(
        "res.users",
        string="Officer",
        default=lambda self: self.env.user,
        tracking=True,
    )
    color = fields.Integer()
    kanban_state = fields.Selection(
        [("normal", "In Progress"), ("done", "Ready"), ("blocked", "Blocked")],
        default="normal",
        copy=False,
    )
    company_id = fields.Many2one(
        "res.company",
        string="Village",
        required=True,
        default=lambda self: self.env.company,
        index=True,
    )

    def _default_stage(self):
        return self.env["desmigratif.complaint.stage"].search([], limit=1)

    @api.model
    def _read_group_stage_ids(self, stages, domain):
        return stages.search([])

    def _workflow_locked(self):
        """A complaint is frozen once its statement is submitted, in any stage."""
        return self.filtered("submitted")

    def _raise_locked(self, record):
        raise UserError(
            self.env._(
                "%s is submitted: its statement, complainant and worker can no "
                "longer be changed, nor the complaint deleted; add what is new as a "
                "message in the chatter.",
                record.name,
            )
        )

    @api.constrains("complainant_id", "company_id")
    def _check_complainant(self):
        for complaint in self:
            complainant = complaint.complainant_id
            household = complainant.household_id.member_ids | complainant
            if not (
                complainant.is_resident
                and complainant.company_id == complaint.company_id
                and any(household.mapped("is_participant"))
            ):
                raise ValidationError(
                    self.env._(
                        "Complainant: only the families of programme participants "
                        "of %(village)s may file a complaint, and %(name)s's "
                        "household has no active participant.",
                        village=complaint.company_id.name,
                        name=complainant.name,
                    )
                )

    def action_submit(self):
        for complaint in self:
            if complaint.submitted:
                raise UserError(self.env._("%s is already submitted.", complaint.name))
            if not complaint.statement:
                raise UserError(
                    self.env._(
                        "%s: write the complainant's statement first.", complaint.name
                    )
                )
        self._workflow_write(
            {"submitted": True, "date_complaint": fields.Datetime.now()}
        )
