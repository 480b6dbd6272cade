from odoo import api, fields, models
from odoo.exceptions import ValidationError

OFFICER = "desmigratif_base.group_desmigratif_officer"
SECTORS = [
    ("domestic", "Domestic Worker"),
    ("caregiver", "Caregiver"),
    ("factory", "Factory"),
    ("plantation", "Plantation"),
    ("construction", "Construction"),
    ("ship_crew", "Ship Crew"),
    ("other", "Other"),
]
OPEN_STATES = ("planned", "departed", "abroad")


class DesmigratifPlacement(models.Model):
    _name = "desmigratif.placement"
    _description = "Migrant Worker Placement"
    _reference_date_field = "date_departure"
    _inherit = [
        "desmigratif.reference.mixin",
        "desmigratif.workflow.mixin",
        "mail.thread",
        "mail.activity.mixin",
    ]
    _order = "date_departure desc, id desc"
    _check_company_auto = True
    # A returned or cancelled placement is history: only its notes stay open.
    _workflow_locked_states = ("returned", "cancelled")
    _workflow_free_fields = ("note",)
    # Once the worker has left, the placement stays on record.
    _workflow_unlink_states = ("planned",)

    name = fields.Char(
        string="Reference", required=True, copy=False, readonly=True, default="/"
    )
    worker_id = fields.Many2one(
        "res.partner",
        required=True,
        index=True,
        check_company=True,
        domain="[('is_resident', '=', True)]",
        tracking=True,
    )
    dusun_id = fields.Many2one(related="worker_id.dusun_id", store=True)
    country_id = fields.Many2one(
        "res.country", string="Destination Country", required=True, tracking=True
    )
    employer = fields.Char(tracking=True)
    sector = fields.Selection(SECTORS, required=True, default="domestic", tracking=True)
    agency_id = fields.Many2one(
        "res.partner",
        string="Placement Agency",
        domain="[('is_placement_agency', '=', True)]",
        tracking=True,
    )
    agency_licensed = fields.Boolean(related="agency_id.agency_licensed")
    route = fields.Selection(
        [
            ("procedural", "Procedural (Licensed Agency)"),
            ("independent", "Independent"),
            ("broker", "Through a Broker (Calo)"),
            ("unknown", "Unknown"),
        ],
        required=True,
        default="unknown",
        tracking=True,
        help="How the worker departed: through the legal placement procedure of a "
        "licensed agency, independently, or through an unlicensed broker (calo).",
    )
    is_procedural = fields.Boolean(
        compute="_compute_is_procedural",
        store=True,
        string="Procedural",
        help="Departed through the legal procedure (a licensed agency or "
        "independent placement).",
    )
    passport_number = fields.Char(groups=OFFICER, tracking=True)
    passport_expiry = fields.Date(groups=OFFICER)
    id_pmi = fields.Char(
        string="ID PMI",
        groups=OFFICER,
        help="The migrant worker's identity number issued by BP2MI.",
    )
    contract_start = fields.Date()
    contract_end = fields.Date()
    date_departure = fields.Date(string="Departure Date", tracking=True)
    date_return = fields.Date(string="Return Date", tracking=True)
    lost_contact = fields.Boolean(
        tracking=True,
        help="The family and the officers can no longer reach the worker abroad.",
    )
    date_last_contact = fields.Date(
        string="Last Contact",
        tracking=True,
        help="The last day the worker was heard from; required with Lost Contact.",
    )
    passport_expires_early = fields.Boolean(
        compute="_compute_passport_expires_early",
        compute_sudo=True,
        store=True,
        help="The passport expires before the contract ends.",
    )
    state = fields.Selection(
        [
            ("planned", "Planned"),
            ("departed", "Departed"),
            ("abroad", "Abroad"),
            ("returned", "Returned"),
            ("cancelled", "Cancelled"),
        ],
        string="Status",
        default="planned",
        required=True,
        copy=False,
        tracking=True,
        group_expand="_expand_states",
    )
    note = fields.Html()
    company_id = fields.Many2one(
        "res.company",
        string="Village",
        required=True,
        default=lambda self: self.env.company,
        index=True,
    )

    def _expand_states(self, states, domain):
        return [key for key, __ in self._fields["state"].selection]

    @api.depends("route")
    def _compute_is_procedural(self):
        for placement in self:
            placement.is_procedural = placement.route in ("procedural", "independent")

    @api.depends("passport_expiry", "contract_end")
    def _compute_passport_expires_early(self):
        for placement in self:
            placement.passport_expires_early = bool(
                placement.passport_expiry
                and placement.contract_end
                and placement.passport_expiry < placement.contract_end
            )

    @api.constrains(
        "contract_start", "contract_end", "date_departure", "date_return",
        "date_last_contact",
    )  # fmt: skip
    def _check_dates(self):
        for placement in self:
            pairs = [
                (placement.contract_start, placement.contract_end,
                 self.env._("Contract End must not be before Contract Start.")),
                (placement.date_departure, placement.date_return,
                 self.env._("Return Date must not be before Departure Date.")),
                (placement.date_departure, placement.date_last_contact,
                 self.env._("Last Contact must not be before Departure Date.")),
            ]  # fmt: skip
            for earlier, later, message in pairs:
                if earlier and later and later < earlier:
                    raise ValidationError(
                        self.env._(
                            "%(ref)s: %(rule)s", ref=placement.name, rule=message
                        )
                    )

    @api.constrains("lost_contact", "date_last_contact")
    def _check_last_contact(self):
        """A lost contact is followed up from the day the worker was last heard of.

        The officers' follow-up with the ministry, and any complaint about it,
        start from that date, so the flag is not accepted without it.
        """
        for placement in self:
            if placement.lost_contact and not placement.date_last_contact:
                raise ValidationError(
                    self.env._(
                        "%s: Lost Contact needs the Last Contact date, the last day "
                        "the worker was heard from.",
                        placement.name,
                    )
                )

    @api.constrains("worker_id", "state")
    def _check_one_open_placement(self):
        open_placements = self.filtered(lambda p: p.state in OPEN_STATES)
        if not open_placements:
            return
        counts = self._read_group(
            [
                ("worker_id", "in", open_placements.worker_id.ids),
                ("state", "in", OPEN_STATES),
            ],
            ["worker_id"],
            ["__count"],
            having=[("__count", ">", 1)],
        )
        if counts:
            raise ValidationError(
                self.env._(
                    "%s already has an open placement: close or cancel it first.",
                    counts[0][0].name,
                )
            )

    @api.constrains("agency_id", "route")
    def _check_procedural_agency(self):
        for placement in self:
            if placement.route == "procedural" and not (
                placement.agency_id and placement.agency_id.agency_licensed
            ):
                raise ValidationError(
                    self.env._(
                        "Placement Agency: a procedural placement goes through a "
                        "licensed agency."
                    )
                )

    def action_depart(self):
        self._check_state(("planned",))
        today = fields.Date.context_today(self)
        for placement in self:
            placement._workflow_write(
                {
                    "state": "departed",
                    "date_departure": placement.date_departure or today,
                }
            )

    def action_arrive(self):
        self._check_state(("departed",))
        self._workflow_write({"state": "abroad"})

    def action_return(self):
        self._check_state(("departed", "abroad"))
        today = fields.Date.context_today(self)
        for placement in self:
            placement._workflow_write(
                {
                    "state": "returned",
                    "date_return": placement.date_return or today,
                    "lost_contact": False,
                }
            )

    def action_cancel(self):
        self._check_state(("planned",))
        self._workflow_write({"state": "cancelled"})

    def action_reset_to_planned(self):
        self._check_state(("cancelled",))
        self._workflow_write({"state": "planned"})
