from odoo import Command, api, fields, models
from odoo.exceptions import AccessError, UserError, ValidationError


class DesmigratifGroupGrant(models.Model):
    _name = "desmigratif.group.grant"
    _description = "Production Group Grant or Starting Capital"
    _inherit = ["desmigratif.workflow.mixin", "mail.thread"]
    _order = "date desc, id desc"
    _check_company_auto = True
    _workflow_fields = ("state", "move_id")
    _workflow_locked_states = ("posted", "cancel")
    _workflow_unlink_states = ("draft",)

    name = fields.Char(
        string="Description", required=True, help="e.g. Village starting capital 2017"
    )
    group_id = fields.Many2one(
        "desmigratif.group",
        required=True,
        index=True,
        check_company=True,
    )
    source_partner_id = fields.Many2one(
        "res.partner",
        string="Source",
        help="Who gave the money: the village government, the ministry, a bank...",
    )
    date = fields.Date(required=True, default=fields.Date.context_today)
    amount = fields.Monetary(currency_field="currency_id", required=True)
    currency_id = fields.Many2one(
        "res.currency",
        required=True,
        default=lambda self: self.env.company.currency_id,
        help="Currency of the grant; it is converted to the village's currency at "
        "the rate of its date.",
    )
    journal_id = fields.Many2one(
        "account.journal",
        string="Received In",
        required=True,
        check_company=True,
        domain="[('type', 'in', ('cash', 'bank'))]",
        default=lambda self: (
            self.env["account.journal"]
            .sudo()
            .search(
                [("type", "=", "cash"), ("company_id", "=", self.env.company.id)],
                limit=1,
            )
        ),
    )
    move_id = fields.Many2one(
        "account.move", string="Journal Entry", readonly=True, copy=False
    )
    state = fields.Selection(
        [("draft", "Draft"), ("posted", "Posted"), ("cancel", "Cancelled")],
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

    @api.constrains("amount")
    def _check_amount(self):
        for grant in self:
            if grant.currency_id.compare_amounts(grant.amount, 0) <= 0:
                raise ValidationError(
                    self.env._("Amount: the grant %s must be positive.", grant.name)
                )

    def action_post(self):
        """Post the grant: debit the cash or bank account, credit the grant account.

        Only a Desmigratif manager posts; the entry is created as superuser so the
        manager need not be an accountant.
        """
        self._check_manager()
        self._check_state(("draft",))
        for grant in self.sudo():
            company = grant.company_id
            cash_account = grant.journal_id.default_account_id
            if not cash_account:
                raise UserError(
                    self.env._(
                        "Received In: the journal %s has no default account.",
                        grant.journal_id.name,
                    )
                )
            balance = grant.currency_id._convert(
                grant.amount, company.currency_id, company, grant.date
            )
            label = self.env._(
                "%(grant)s - %(group)s", grant=grant.name, group=grant.group_id.name
            )
            grant_account = company._desmigratif_production_account(
                "desmigratif_grant_account_id"
            )
            common = {
                "name": label,
                "currency_id": grant.currency_id.id,
                "partner_id": grant.source_partner_id.id,
            }
            move = (
                self.env["account.move"]
                .sudo()
                .create(
                    {
                        "journal_id": grant.journal_id.id,
                        "date": grant.date,
                        "ref": label,
                        "company_id": company.id,
                        "line_ids": [
                            Command.create(
                                {
                                    **common,
                                    "account_id": cash_account.id,
                                    "amount_currency": grant.amount,
                                    "balance": balance,
                                }
                            ),
                            Command.create(
                                {
                                    **common,
                                    "account_id": grant_account.id,
                                    "amount_currency": -grant.amount,
                                    "balance": -balance,
                                }
                            ),
                        ],
                    }
                )
            )
            move.action_post()
            grant._workflow_write({"move_id": move.id, "state": "posted"})
        return True

    def action_cancel(self):
        """Cancel a posted grant by a reversing entry of today: a posted grant is
        never edited; a corrected grant is recorded anew."""
        self._check_manager()
        self._check_state(("posted",))
        for grant in self.sudo():
            grant.move_id._reverse_moves(
                [
                    {
                        "date": fields.Date.context_today(self),
                        "ref": self.env._("Reversal of %s", grant.name),
                    }
                ],
                cancel=True,
            )
        self._workflow_write({"state": "cancel"})
        return True

    def _check_manager(self):
        """The entries are posted as superuser: the user must be a manager."""
        if not self.env.user.has_group("desmigratif_base.group_desmigratif_manager"):
            raise AccessError(
                self.env._(
                    "Grant: only a Desmigratif manager posts or cancels a grant."
                )
            )
