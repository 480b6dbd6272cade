from odoo import api, fields, models
from odoo.exceptions import AccessError, ValidationError

MANAGER = "desmigratif_base.group_desmigratif_manager"


class DesmigratifParticipant(models.Model):
    _name = "desmigratif.participant"
    _description = "Programme Participant"
    _inherit = ["desmigratif.workflow.mixin", "mail.thread", "mail.activity.mixin"]
    _order = "date_start desc, id desc"
    _rec_name = "partner_id"
    _check_company_auto = True
    # An ended enrolment is history: only its end date and reason may be completed.
    _workflow_locked_states = ("ended",)
    _workflow_free_fields = ("date_end", "end_reason")
    # An enrolment that counted against the quota stays on record.
    _workflow_unlink_states = ("draft",)

    partner_id = fields.Many2one(
        "res.partner",
        string="Resident",
        required=True,
        index=True,
        check_company=True,
        domain="[('is_resident', '=', True)]",
        tracking=True,
    )
    category = fields.Selection(
        [
            ("ctki", "Prospective Migrant (CTKI)"),
            ("family", "Migrant Worker's Family"),
            ("purna", "Returned Migrant (Purna)"),
            ("purna_family", "Returned Migrant's Family"),
        ],
        required=True,
        tracking=True,
        help="Who may take part: a prospective migrant (CTKI), the family of a "
        "CTKI or of a worker abroad, a returned worker (purna) or a returned "
        "worker's family.",
    )
    date_start = fields.Date(
        string="Enrolment Date",
        required=True,
        default=fields.Date.context_today,
        tracking=True,
    )
    date_end = fields.Date(string="End Date", tracking=True)
    state = fields.Selection(
        [("draft", "Draft"), ("active", "Active"), ("ended", "Ended")],
        string="Status",
        default="draft",
        required=True,
        copy=False,
        tracking=True,
    )
    end_reason = fields.Char(tracking=True)
    dusun_id = fields.Many2one(related="partner_id.dusun_id", store=True)
    group_member_ids = fields.One2many(
        related="partner_id.group_member_ids", string="Groups"
    )
    company_id = fields.Many2one(
        "res.company",
        string="Village",
        required=True,
        default=lambda self: self.env.company,
        index=True,
    )

    def action_enrol(self):
        self._check_state(("draft",))
        self._workflow_write({"state": "active"})

    def action_end(self):
        self._check_state(("active",))
        today = fields.Date.context_today(self)
        for participant in self:
            participant._workflow_write(
                {"state": "ended", "date_end": participant.date_end or today}
            )

    def action_reset_to_draft(self):
        """Reopening an ended enrolment frees it for editing: managers only."""
        if not (self.env.su or self.env.user.has_group(MANAGER)):
            raise AccessError(
                self.env._(
                    "Only a Desmigratif manager may reset an ended enrolment to draft."
                )
            )
        self._check_state(("ended",))
        self._workflow_write({"state": "draft", "date_end": False, "end_reason": False})

    @api.constrains("date_start", "date_end")
    def _check_dates(self):
        for participant in self:
            if participant.date_end and participant.date_end < participant.date_start:
                raise ValidationError(
                    self.env._("End Date: it cannot be before the enrolment date.")
                )

    @api.constrains("state", "partner_id", "category", "date_start", "company_id")
    def _check_eligibility(self):
        """The one place where the enrolment rules are checked."""
        active = self.filtered(lambda p: p.state == "active")
        for participant in active:
            participant._check_eligible()
        for company in active.company_id:
            count = self.search_count(
                [("company_id", "=", company.id), ("state", "=", "active")]
            )
            if count > company.desmigratif_participant_quota:
                raise ValidationError(
                    self.env._(
                        "Quota: %(village)s may have at most %(quota)s active "
                        "participants; enrolling would make %(count)s.",
                        village=company.name,
                        quota=company.desmigratif_participant_quota,
                        count=count,
                    )
                )

    def _check_eligible(self):
        self.ensure_one()
        partner, company = self.partner_id, self.company_id
        if not partner.is_resident or partner.company_id != company:
            raise ValidationError(
                self.env._(
                    "Resident: %(name)s is not a registered resident of %(village)s.",
                    name=partner.name,
                    village=company.name,
                )
            )
        if not partner.birthdate:
            raise ValidationError(
                self.env._(
                    "Age: the Date of Birth of %s is needed to check the productive "
                    "age.",
                    partner.name,
                )
            )
        age = partner._age_on(self.date_start)
        if not company.desmigratif_min_age <= age <= company.desmigratif_max_age:
            raise ValidationError(
                self.env._(
                    "Age: %(name)s is %(age)s years old; participants must be of "
                    "productive age (%(min)s to %(max)s).",
                    name=partner.name,
                    age=age,
                    min=company.desmigratif_min_age,
                    max=company.desmigratif_max_age,
                )
            )
        if not partner._matches_participant_category(self.category):
            raise ValidationError(
                self.env._(
                    "Category: the records of %(name)s do not show them as "
                    "'%(category)s'.",
                    name=partner.name,
                    category=dict(
                        self._fields["category"]._description_selection(self.env)
                    )[self.category],
                )
            )
        others = self.search_count(
            [
                ("partner_id", "=", partner.id),
                ("state", "=", "active"),
                ("id", "!=", self.id),
            ]
        )
        if others:
            raise ValidationError(
                self.env._("%s is already an active participant.", partner.name)
            )
