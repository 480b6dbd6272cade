import re
from datetime import date

from dateutil.relativedelta import relativedelta

from odoo import api, fields, models
from odoo.exceptions import ValidationError

USER = "desmigratif_base.group_desmigratif_user"
OFFICER = "desmigratif_base.group_desmigratif_officer"
PROVINCE_CODES = {
    "11", "12", "13", "14", "15", "16", "17", "18", "19", "21", "31", "32", "33",
    "34", "35", "36", "51", "52", "53", "61", "62", "63", "64", "65", "71", "72",
    "73", "74", "75", "76", "81", "82", "91", "92", "93", "94", "95", "96",
}  # fmt: skip
OPEN_PLACEMENT_STATES = ("planned", "departed", "abroad")


def parse_nik(env, nik):
    """Check a NIK's form and return (region code, day, month, 2-digit year, female).

    A NIK (Nomor Induk Kependudukan) is 16 digits: a 6-digit region code
    (province, regency, district), the birth date as DDMMYY with 40 added to the
    day for women, and a 4-digit serial number.
    """
    if not re.fullmatch(r"\d{16}", nik or ""):
        raise ValidationError(env._("NIK: a NIK has exactly 16 digits (got %s).", nik))
    region = nik[:6]
    if region[:2] not in PROVINCE_CODES or region[2:4] == "00" or region[4:6] == "00":
        raise ValidationError(
            env._(
                "NIK: the first 6 digits (%s) are not a valid region code "
                "(province, regency, district).",
                region,
            )
        )
    day, month, year = int(nik[6:8]), int(nik[8:10]), int(nik[10:12])
    female = day > 40
    if female:
        day -= 40
    try:
        date(2000 + year, month, day)
    except ValueError:
        raise ValidationError(
            env._(
                "NIK: digits 7 to 12 (%s) must be a birth date DDMMYY, with 40 added "
                "to the day for women.",
                nik[6:12],
            )
        ) from None
    if nik[12:] == "0000":
        raise ValidationError(env._("NIK: the last 4 digits cannot be 0000."))
    return region, day, month, year, female


class ResPartner(models.Model):
    _inherit = "res.partner"

    is_resident = fields.Boolean(
        string="Village Resident",
        help="A person registered in this village's population records.",
    )
    nik = fields.Char(
        string="NIK",
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
            "nik_company_uniq",
            "unique(nik, company_id)",
            "Another resident of this village already has this NIK.",
        ),
    ]

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            if vals.get("is_resident") and not vals.get("company_id"):
                vals["company_id"] = self.env.company.id
        return super().create(vals_list)

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

    @api.onchange("household_id")
    def _onchange_household_id(self):
        if self.household_id.rt_id and not self.rt_id:
            self.rt_id = self.household_id.rt_id

    def action_view_placements(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "desmigratif_base.action_desmigratif_placement"
        )
        action["domain"] = [("worker_id", "=", self.id)]
        action["context"] = {"default_worker_id": self.id}
        return action
