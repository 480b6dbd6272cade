from odoo import api, fields, models
from odoo.exceptions import UserError
from odoo.tools import SQL

MANAGER = "desmigratif_base.group_desmigratif_manager"


class DesmigratifShu(models.Model):
    """The SHU of a year as posted by the SHU wizard: one per village and year
    (a unique index holds it even for two postings at the same moment), until
    it is reversed."""

    _name = "desmigratif.shu"
    _description = "Posted SHU"
    _inherit = ["desmigratif.workflow.mixin", "mail.thread"]
    _order = "year desc, id desc"
    _check_company_auto = True
    _workflow_fields = ("state", "move_id", "reversal_move_id")
    _workflow_locked_states = ("posted", "reversed")

    name = fields.Char(compute="_compute_name", store=True)
    year = fields.Integer(required=True, readonly=True)
    date_from = fields.Date(required=True, readonly=True)
    date_to = fields.Date(required=True, readonly=True)
    surplus = fields.Monetary(string="Surplus (SHU)", readonly=True)
    distribution = fields.Selection(
        [
            ("payable", "Owed to members (payable)"),
            ("savings", "Credited to simpanan sukarela"),
        ],
        string="Members' Part",
        readonly=True,
    )
    move_id = fields.Many2one(
        "account.move", string="Journal Entry", readonly=True, copy=False
    )
    reversal_move_id = fields.Many2one(
        "account.move", string="Reversal Entry", readonly=True, copy=False
    )
    state = fields.Selection(
        [("posted", "Posted"), ("reversed", "Reversed")],
        default="posted",
        required=True,
        copy=False,
        tracking=True,
    )
    company_id = fields.Many2one(
        "res.company",
        string="Village",
        required=True,
        readonly=True,
        default=lambda self: self.env.company,
        index=True,
    )
    currency_id = fields.Many2one(related="company_id.currency_id")

    def init(self):
        self.env.cr.execute(
            SQL(
                "CREATE UNIQUE INDEX IF NOT EXISTS desmigratif_shu_posted_year_uniq "
                "ON desmigratif_shu (company_id, year) WHERE state = 'posted'"
            )
        )

    @api.depends("year")
    def _compute_name(self):
        for shu in self:
            shu.name = f"SHU {shu.year}"

    def action_reverse(self):
        """Post the reversing entry, so the year's SHU can be posted again.
        Shares credited to voluntary savings go back out of them: refused when
        a member has already withdrawn part of it."""
        if not self.env.user.has_group(MANAGER):
            raise UserError(self.env._("Only a manager can reverse the SHU."))
        self._check_state(["posted"])
        for shu in self:
            shu._check_savings_cover()
            reversal = shu.move_id._coop_reverse(shu)
            shu._workflow_write({"state": "reversed", "reversal_move_id": reversal.id})
        return True

    def _check_savings_cover(self):
        self.ensure_one()
        short = self.env["desmigratif.savings.account"]._lock_accounts_short_of(
            self.move_id.line_ids
        )
        if short:
            raise UserError(
                self.env._(
                    "%(shu)s cannot be reversed: it was credited to the voluntary "
                    "savings of %(members)s, who have since withdrawn part of it. "
                    "Have them deposit the amount back first.",
                    shu=self.name,
                    members=", ".join(short.partner_id.mapped("name")),
                )
            )
