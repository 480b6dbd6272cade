import re
from datetime import date

from dateutil.relativedelta import relativedelta

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

from .identity_numbers import parse_nik

USER = "desmigratif_base.group_desmigratif_user"
OFFICER = "desmigratif_base.group_desmigratif_officer"
OPEN_PLACEMENT_STATES = ("planned", "departed", "abroad")


class ResPartner(models.Model):
    _name = "res.partner"
    _inherit = ["res.partner", "desmigratif.workflow.mixin"]
    # Computed from placements and enrolments: they decide who may enrol, file a
    # complaint or register a child, so no client writes them.
    _workflow_fields = ("migrant_status", "is_participant")

    is_resident = fields.Boolean(
        string="Village Resident",
        help="A person registered in this village's population records.",
    )
    # Not labelled "NIK" alone: Odoo's e-Faktur adds a field of that label (see
    # desmigratif_l10n_id_efaktur, which makes it this one).
    nik = fields.Char(
        string="NIK Number",
        groups=OFFICER,
        copy=False,
        tracking=True,
        help="Nomor Induk Kependudukan: the 16-digit national identity number on "
        "the KTP.",
    )
    household_id = fields.Many2one(
        "desmigratif.household",
        string="Household (KK)",
        index=True,
        check_company=True,
        tracking=True,
        groups=USER,
    )
    household_relation = fields.Selection(
        [
            ("head", "Head of Household"),
            ("spouse", "Spouse"),
            ("child", "Child"),
            ("parent", "Parent"),
            ("sibling", "Sibling"),
            ("grandchild", "Grandchild"),
            ("in_law", "In-law"),
            ("other", "Other"),
        ],
        string="Relation to Head",
        groups=USER,
    )
    rt_id = fields.Many2one(
        "desmigratif.rt", string="RT", index=True, check_company=True, tracking=True
    )
    rw_id = fields.Many2one(related="rt_id.rw_id", store=True, string="RW")
    dusun_id = fields.Many2one(
        related="rt_id.dusun_id", store=True, index=True, string="Dusun"
    )
    birth_place = fields.Char(string="Place of Birth")
    birthdate = fields.Date(string="Date of Birth")
    age = fields.Integer(compute="_compute_age")
    gender = fields.Selection([("male", "Male"), ("female", "Female")])
    education_level = fields.Selection(
        [
            ("none", "No Schooling"),
            ("sd", "Primary School (SD)"),
            ("smp", "Junior High School (SMP)"),
            ("sma", "Senior High School (SMA/SMK)"),
            ("diploma", "Diploma (D1-D3)"),
            ("bachelor", "Bachelor (S1)"),
            ("master", "Postgraduate (S2/S3)"),
        ]
    )
    marital_status = fields.Selection(
        [
            ("single", "Single"),
            ("married", "Married"),
            ("divorced", "Divorced"),
            ("widowed", "Widowed"),
        ]
    )
    whatsapp_url = fields.Char(compute="_compute_whatsapp_url", string="WhatsApp")
    placement_ids = fields.One2many(
        "desmigratif.placement", "worker_id", string="Placements", groups=USER
    )
    placement_count = fields.Integer(compute="_compute_placement_count", groups=USER)
    current_placement_id = fields.Many2one(
        "desmigratif.placement",
        compute="_compute_current_placement_id",
        store=True,
        index="btree_not_null",
        groups=USER,
        help="The open placement (planned, departed or abroad); for a returned "
        "worker, the last one.",
    )
    placement_country_id = fields.Many2one(
        related="current_placement_id.country_id",
        store=True,
        string="Destination Country",
        groups=USER,
    )
    placement_route = fields.Selection(
        related="current_placement_id.route", store=True, string="Route", groups=USER
    )
    placement_lost_contact = fields.Boolean(
        related="current_placement_id.lost_contact",
        store=True,
        string="Lost Contact",
        groups=USER,
    )
    placement_date_last_contact = fields.Date(
        related="current_placement_id.date_last_contact",
        string="Last Contact",
        groups=USER,
    )
    kk_number = fields.Char(
        related="household_id.kk_number", string="KK Number", groups=OFFICER
    )
    ak1_application_count = fields.Integer(
        compute="_compute_ak1_application_count",
        string="AK-1 Applications",
        groups=USER,
    )
    complaint_count = fields.Integer(
        compute="_compute_complaint_count", string="Complaints", groups=OFFICER
    )
    group_member_ids = fields.One2many(
        "desmigratif.group.member",
        "partner_id",
        string="Group Memberships",
        groups=USER,
    )
    participant_ids = fields.One2many(
        "desmigratif.participant",
        "partner_id",
        string="Programme Enrolments",
        groups=USER,
    )
    is_participant = fields.Boolean(
        groups=USER,
        compute="_compute_is_participant",
        store=True,
        string="Programme Participant",
        help="Has an active enrolment in the Desmigratif programme.",
    )
    migrant_status = fields.Selection(
        [
            ("none", "Not a Migrant"),
            ("ctki", "Prospective Migrant (CTKI)"),
            ("abroad", "Working Abroad"),
            ("purna", "Returned Migrant (Purna)"),
            ("family", "Migrant Worker's Family"),
        ],
        compute="_compute_migrant_status",
        store=True,
        index=True,
        groups=USER,
        help="Follows from the person's placements and, for family, from the "
        "placements of the other members of the household.",
    )
    is_placement_agency = fields.Boolean(
        string="Placement Agency",
        help="A company that places migrant workers abroad (P3MI).",
    )
    agency_licensed = fields.Boolean(
        string="Licensed Agency",
        tracking=True,
        help="The agency holds a valid licence (SIP3MI) from the ministry.",
    )

    _sql_constraints = [
        (
            "nik_uniq",
            "unique(nik)",
            "Another person already has this NIK: a NIK belongs to one person.",
        ),
    ]

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            if vals.get("is_resident") and not vals.get("company_id"):
                vals["company_id"] = self.env.company.id
        self._check_nik_unique([vals.get("nik") for vals in vals_list])
        return super().create(vals_list)

    def write(self, vals):
        if vals.get("nik"):
            self._check_nik_unique([vals["nik"]] * len(self))
        return super().write(vals)

    def _check_nik_unique(self, niks):
        """Refuse a NIK another person of the database holds, in any village.

        A person who moves keeps the NIK, so it is checked across all villages,
        before the database's own unique index would raise a bare error. The other
        person is named only to a user allowed to see them.
        """
        niks = [nik for nik in niks if nik]
        if not niks:
            return
        if len(set(niks)) < len(niks):
            raise ValidationError(
                self.env._("NIK: two people cannot be given the same NIK.")
            )
        holder = (
            self.sudo()
            .with_context(active_test=False)
            .search([("nik", "in", niks), ("id", "not in", self.ids)], limit=1)
        )
        if not holder:
            return
        if holder.sudo(False).has_access("read"):
            raise ValidationError(
                self.env._(
                    "NIK: %(nik)s is already the NIK of %(name)s; a NIK belongs to "
                    "one person.",
                    nik=holder.nik,
                    name=holder.display_name,
                )
            )
        raise ValidationError(
            self.env._(
                "NIK: %s is already registered for a person of another village; a "
                "NIK belongs to one person, so ask that village's officer to check "
                "the record.",
                holder.nik,
            )
        )

    def _raise_workflow_fields(self, fnames):
        labels = ", ".join(
            self._fields[fname]._description_string(self.env) for fname in fnames
        )
        raise UserError(
            self.env._(
                "%s follow from the person's placements and programme enrolments; "
                "they cannot be written.",
                labels,
            )
        )

    @api.depends("birthdate")
    def _compute_age(self):
        today = fields.Date.context_today(self)
        for partner in self:
            partner.age = (
                relativedelta(today, partner.birthdate).years
                if partner.birthdate
                else 0
            )

    @api.depends("mobile")
    def _compute_whatsapp_url(self):
        for partner in self:
            digits = re.sub(r"\D", "", partner.mobile or "")
            if digits.startswith("0"):
                digits = "62" + digits[1:]
            partner.whatsapp_url = digits and f"https://wa.me/{digits}"

    def _compute_placement_count(self):
        counts = dict(
            self.env["desmigratif.placement"]._read_group(
                [("worker_id", "in", self.ids)], ["worker_id"], ["__count"]
            )
        )
        for partner in self:
            partner.placement_count = counts.get(partner, 0)

    @api.depends("placement_ids.state", "placement_ids.date_departure")
    def _compute_current_placement_id(self):
        for partner in self:
            placements = partner.placement_ids.sorted(
                lambda p: (p.date_departure or date.max, p.id), reverse=True
            )
            partner.current_placement_id = (
                placements.filtered(lambda p: p.state in OPEN_PLACEMENT_STATES)[:1]
                or placements.filtered(lambda p: p.state == "returned")[:1]
            )

    def _compute_ak1_application_count(self):
        counts = dict(
            self.env["desmigratif.ak1.application"]._read_group(
                [("applicant_id", "in", self.ids)], ["applicant_id"], ["__count"]
            )
        )
        for partner in self:
            partner.ak1_application_count = counts.get(partner, 0)

    def _compute_complaint_count(self):
        """Complaints filed by the person or about the person, each counted once."""
        complaints = self.env["desmigratif.complaint"].search_fetch(
            [
                "|",
                ("complainant_id", "in", self.ids),
                ("worker_id", "in", self.ids),
            ],
            ["complainant_id", "worker_id"],
        )
        for partner in self:
            partner.complaint_count = len(
                complaints.filtered(
                    lambda c, p=partner: p in c.complainant_id | c.worker_id
                )
            )

    @api.depends("participant_ids.state")
    def _compute_is_participant(self):
        for partner in self:
            partner.is_participant = "active" in partner.participant_ids.mapped("state")

    @api.depends("placement_ids.state", "household_id.member_ids.placement_ids.state")
    def _compute_migrant_status(self):
        for partner in self:
            partner.migrant_status = partner._own_migrant_status() or (
                "family"
                if any(
                    member._own_migrant_status()
                    for member in partner.household_id.member_ids - partner
                )
                else "none"
            )

    def _own_migrant_status(self):
        """Status from the person's own placements, or False when none counts."""
        states = set(self.placement_ids.mapped("state"))
        if states & {"departed", "abroad"}:
            return "abroad"
        if "planned" in states:
            return "ctki"
        if "returned" in states:
            return "purna"
        return False

    def _age_on(self, day):
        self.ensure_one()
        return relativedelta(day, self.birthdate).years

    def _matches_participant_category(self, category):
        """Whether the person's records show the given participant category."""
        self.ensure_one()
        own = self._own_migrant_status()
        family = {
            member._own_migrant_status()
            for member in self.household_id.member_ids - self
        }
        return {
            "ctki": own == "ctki",
            "purna": own == "purna",
            "family": bool(family & {"abroad", "ctki"}),
            "purna_family": "purna" in family,
        }[category]

    @api.constrains("nik", "birthdate", "gender")
    def _check_nik(self):
        for partner in self.sudo():
            if not partner.nik:
                continue
            __, day, month, year, female = parse_nik(self.env, partner.nik)
            birthdate = partner.birthdate
            if birthdate and (birthdate.day, birthdate.month, birthdate.year % 100) != (
                day,
                month,
                year,
            ):
                raise ValidationError(
                    self.env._(
                        "NIK: the birth date in the NIK (%(nik_date)s) does not match "
                        "the Date of Birth of %(name)s.",
                        nik_date=partner.nik[6:12],
                        name=partner.name,
                    )
                )
            if partner.gender == "male" and female:
                raise ValidationError(
                    self.env._(
                        "NIK: the NIK of %s is a woman's (40 is added to the birth "
                        "day), but the Gender says Male.",
                        partner.name,
                    )
                )
            if partner.gender == "female" and not female:
                raise ValidationError(
                    self.env._(
                        "NIK: the NIK of %s is a man's (40 is added to the birth day "
                        "of women only), but the Gender says Female.",
                        partner.name,
                    )
                )

    @api.constrains("is_resident", "company_id")
    def _check_resident_village(self):
        for partner in self:
            if partner.is_resident and not partner.company_id:
                raise ValidationError(
                    self.env._(
                        "Village: the resident %s must belong to a village (company).",
                        partner.name,
                    )
                )

    @api.constrains("household_id", "rt_id", "company_id")
    def _check_village_links(self):
        """A person's household and RT belong to the person's own village.

        Contacts do not check their companies by themselves (Odoo leaves
        ``_check_company_auto`` off on res.partner), so the registry does.
        """
        self._check_company(["household_id", "rt_id"])

    @api.onchange("household_id")
    def _onchange_household_id(self):
        if self.household_id.rt_id and not self.rt_id:
            self.rt_id = self.household_id.rt_id

    def get_formview_id(self, access_uid=None):
        """Residents open on the village office's form, other contacts on Odoo's."""
        user = self.env["res.users"].browse(access_uid) if access_uid else self.env.user
        if len(self) == 1 and self.is_resident and user.has_group(USER):
            return self.env.ref("desmigratif_base.desmigratif_resident_view_form").id
        return super().get_formview_id(access_uid=access_uid)

    def action_view_placements(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "desmigratif_base.action_desmigratif_placement"
        )
        action["domain"] = [("worker_id", "=", self.id)]
        action["context"] = {"default_worker_id": self.id}
        return action

    def action_view_ak1_applications(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "desmigratif_base.action_desmigratif_ak1_application"
        )
        action["domain"] = [("applicant_id", "=", self.id)]
        action["context"] = {"default_applicant_id": self.id}
        return action

    def action_view_complaints(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "desmigratif_base.action_desmigratif_complaint"
        )
        action["domain"] = [
            "|",
            ("complainant_id", "=", self.id),
            ("worker_id", "=", self.id),
        ]
        # A family member files about a relative; a worker is the one concerned.
        role = "complainant_id" if self.migrant_status == "family" else "worker_id"
        action["context"] = {f"default_{role}": self.id}
        return action
