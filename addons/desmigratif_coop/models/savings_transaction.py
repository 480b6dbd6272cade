from odoo import Command, api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.tools import float_compare, float_is_zero

from ..tools.loan_arithmetic import savings_debit

BOOKKEEPER = "desmigratif_coop.group_desmigratif_coop_bookkeeper"


class DesmigratifSavingsTransaction(models.Model):
    _name = "desmigratif.savings.transaction"
    _description = "Savings Deposit or Withdrawal"
    _reference_date_field = "date"
    _inherit = ["desmigratif.coop.entry.mixin"]
    _order = "date desc, id desc"
    _check_company_auto = True

    kind = fields.Selection(
        [("deposit", "Deposit"), ("withdrawal", "Withdrawal")],
        required=True,
        default="deposit",
        tracking=True,
    )
    savings_account_id = fields.Many2one(
        "desmigratif.savings.account",
        required=True,
        check_company=True,
        index=True,
        tracking=True,
    )
    product = fields.Selection(related="savings_account_id.product", store=True)
    partner_id = fields.Many2one(
        related="savings_account_id.partner_id", store=True, string="Member"
    )
    group_id = fields.Many2one(
        related="savings_account_id.group_id", store=True, string="Group"
    )
    date = fields.Date(required=True, default=fields.Date.context_today, tracking=True)
    amount = fields.Monetary(required=True, tracking=True)
    journal_id = fields.Many2one(
        "account.journal",
        string="Cash or Bank Journal",
        compute="_compute_journal_id",
        store=True,
        readonly=False,
        check_company=True,
        domain="[('type', 'in', ('cash', 'bank'))]",
        help="Where the member's money comes in or goes out. A kas kelompok "
        "moves in the savings and loans journal.",
    )
    note = fields.Char()
    company_id = fields.Many2one(
        "res.company",
        string="Village",
        required=True,
        default=lambda self: self.env.company,
        index=True,
    )
    currency_id = fields.Many2one(related="company_id.currency_id")

    _sql_constraints = [
        ("amount_positive", "check(amount > 0)", "The amount must be positive."),
    ]

    @api.constrains("amount", "company_id")
    def _check_amount(self):
        """Above zero and not above the village's largest amount, where
        amounts would no longer be exact."""
        for transaction in self:
            maximum = transaction.company_id.coop_max_amount
            if not 0 < transaction.amount <= maximum:
                raise ValidationError(
                    self.env._(
                        "The amount of %(document)s must be above zero and at most "
                        "%(maximum)s (the village's largest amount).",
                        document=transaction.display_name,
                        maximum=transaction.company_id._coop_format(maximum),
                    )
                )

    @api.depends("company_id", "savings_account_id.product")
    def _compute_journal_id(self):
        for transaction in self:
            if transaction.savings_account_id.product == "group":
                transaction.journal_id = False
            elif not transaction.journal_id:
                transaction.journal_id = transaction.company_id.coop_cash_journal_id

    def _check_bookkeeper(self):
        if not self.env.user.has_group(BOOKKEEPER):
            raise UserError(
                self.env._(
                    "Only the cooperative's bookkeeper can post, cancel or reverse "
                    "savings transactions."
                )
            )

    def action_post(self):
        """Post the entry; a withdrawal first locks the account and checks its
        balance, so two withdrawals at the same moment cannot overdraw it."""
        self._check_bookkeeper()
        self._check_state(["draft"])
        for transaction in self:
            transaction.company_id._desmigratif_coop_ensure_setup()
            if transaction.kind == "withdrawal":
                transaction._check_withdrawal()
            move = self.env["account.move"].create(transaction._prepare_move_vals())
            move.action_post()
            transaction._workflow_write({"move_id": move.id, "state": "posted"})
        return True

    def _check_withdrawal(self):
        self.ensure_one()
        account = self.savings_account_id
        if account.product == "pokok":
            raise ValidationError(
                self.env._(
                    "Simpanan pokok of %(member)s cannot be withdrawn while they "
                    "are a member.",
                    member=account.partner_id.name,
                )
            )
        self._check_balance_covers()

    def _check_balance_covers(self):
        """Lock the account, then refuse if its balance is below the amount."""
        self.ensure_one()
        account = self.savings_account_id
        account._lock_for_update()
        balance = account._get_balances().get(account.id, 0.0)
        if (
            float_compare(
                self.amount, balance, precision_rounding=self.currency_id.rounding
            )
            > 0
        ):
            raise ValidationError(
                self.env._(
                    "%(amount)s cannot be taken out: the balance of %(account)s "
                    "is only %(balance)s.",
                    amount=self.company_id._coop_format(self.amount),
                    account=account.display_name,
                    balance=self.company_id._coop_format(balance),
                )
            )

    def _prepare_move_vals(self):
        """Cash or bank journal against the product's account, member as partner.

        A kas kelompok is itself cash: it moves against the group fund account."""
        self.ensure_one()
        account = self.savings_account_id
        company = self.company_id
        if float_is_zero(self.amount, precision_rounding=self.currency_id.rounding):
            raise ValidationError(self.env._("The amount must be positive."))
        if account.product == "group":
            journal = company.coop_loan_journal_id
            counterpart = company.coop_group_fund_account_id
        else:
            journal = self.journal_id or company.coop_cash_journal_id
            counterpart = journal.default_account_id
            if not counterpart:
                raise UserError(
                    self.env._(
                        "The journal %(journal)s has no default account.",
                        journal=journal.display_name,
                    )
                )
        label = f"{self.name} {account.display_name}"
        tagged_amount = savings_debit(self.kind, account.product, self.amount)
        return {
            "move_type": "entry",
            "journal_id": journal.id,
            "date": self.date,
            "ref": self.name,
            "company_id": company.id,
            "line_ids": [
                Command.create(
                    {
                        "name": label,
                        "account_id": account.account_id.id,
                        "partner_id": account.partner_id.id,
                        "debit": max(tagged_amount, 0.0),
                        "credit": max(-tagged_amount, 0.0),
                        "desmigratif_savings_account_id": account.id,
                    }
                ),
                Command.create(
                    {
                        "name": label,
                        "account_id": counterpart.id,
                        "partner_id": account.partner_id.id,
                        "debit": max(-tagged_amount, 0.0),
                        "credit": max(tagged_amount, 0.0),
                    }
                ),
            ],
        }

    def action_reverse(self):
        """Post the reversing entry of a posted transaction: the only way to
        undo it, so the books keep both entries. Reversing a deposit takes the
        money back out, so it is checked like a withdrawal."""
        self._check_bookkeeper()
        self._check_state(["posted"])
        for transaction in self:
            if transaction.kind == "deposit":
                transaction._check_balance_covers()
            transaction._post_reversal()
        return True

    def action_print_receipt(self):
        return self.env.ref(
            "desmigratif_coop.action_report_savings_receipt"
        ).report_action(self)
