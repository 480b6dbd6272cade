import psycopg2

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.tools import SQL

from ..tools.loan_arithmetic import balance_sign, savings_balance

PRODUCTS = [
    ("pokok", "Principal (pokok)"),
    ("wajib", "Mandatory (wajib)"),
    ("sukarela", "Voluntary (sukarela)"),
    ("group", "Group Cash (kas kelompok)"),
]
# Per transaction (the data of the cursor's post-commit hooks is cleared on
# commit and rollback): the accounts it has locked.
LOCKED_ACCOUNTS = "desmigratif_coop.locked_savings_accounts"
# The account holding each product's money in the village's settings.
PRODUCT_ACCOUNT_FIELD = {
    "pokok": "coop_pokok_account_id",
    "wajib": "coop_wajib_account_id",
    "sukarela": "coop_sukarela_account_id",
    "group": "coop_group_cash_account_id",
}


class DesmigratifSavingsAccount(models.Model):
    _name = "desmigratif.savings.account"
    _description = "Savings Account (Simpanan)"
    _inherit = ["desmigratif.reference.mixin", "mail.thread", "mail.activity.mixin"]
    _order = "company_id, partner_id, group_id, product"
    _check_company_auto = True
    _rec_names_search = ["name", "partner_id.name", "group_id.name"]

    name = fields.Char(
        required=True, copy=False, readonly=True, default="/", index="trigram"
    )
    product = fields.Selection(PRODUCTS, required=True, tracking=True)
    partner_id = fields.Many2one(
        "res.partner",
        string="Member",
        check_company=True,
        index=True,
        tracking=True,
        help="Owner of a member's savings account.",
    )
    group_id = fields.Many2one(
        "desmigratif.group",
        check_company=True,
        index="btree_not_null",
        tracking=True,
        help="The group whose kas kelompok this is.",
    )
    date_open = fields.Date(
        string="Opened on", required=True, default=fields.Date.context_today
    )
    company_id = fields.Many2one(
        "res.company",
        string="Village",
        required=True,
        default=lambda self: self.env.company,
        index=True,
    )
    currency_id = fields.Many2one(related="company_id.currency_id")
    account_id = fields.Many2one(
        "account.account",
        string="Ledger Account",
        compute="_compute_account_id",
        help="Account of the village's chart where this product is booked.",
    )
    move_line_ids = fields.One2many(
        "account.move.line",
        "desmigratif_savings_account_id",
        string="Journal Items",
        groups="desmigratif_base.group_desmigratif_officer",
    )
    transaction_ids = fields.One2many(
        "desmigratif.savings.transaction",
        "savings_account_id",
        string="Transactions",
        groups="desmigratif_base.group_desmigratif_officer",
    )
    balance = fields.Monetary(
        compute="_compute_balance",
        groups="desmigratif_base.group_desmigratif_officer",
        help="Posted journal items of this account.",
    )
    arrears_amount = fields.Monetary(
        string="Arrears",
        compute="_compute_balance",
        groups="desmigratif_base.group_desmigratif_officer",
        help="Simpanan wajib due since the account was opened and not yet paid.",
    )
    active = fields.Boolean(default=True)

    _sql_constraints = [
        (
            "member_product_uniq",
            "unique(partner_id, product, company_id)",
            "This member already has an account of this savings product.",
        ),
        (
            "group_product_uniq",
            "unique(group_id, product)",
            "This group already has its kas kelompok.",
        ),
    ]

    @api.constrains("product", "partner_id", "group_id")
    def _check_owner(self):
        for account in self:
            if account.product == "group" and not account.group_id:
                raise ValidationError(
                    self.env._("A kas kelompok account needs its Group.")
                )
            if account.product != "group" and not account.partner_id:
                raise ValidationError(
                    self.env._("A member's savings account needs its Member.")
                )

    @api.depends("product", "partner_id", "group_id")
    def _compute_display_name(self):
        products = dict(self._fields["product"]._description_selection(self.env))
        for account in self:
            owner = account.group_id.name or account.partner_id.name or ""
            account.display_name = (
                f"{account.name} {owner} - {products.get(account.product, '')}"
            )

    @api.depends("product", "company_id")
    def _compute_account_id(self):
        for account in self:
            field = PRODUCT_ACCOUNT_FIELD.get(account.product)
            account.account_id = field and account.company_id[field]

    def _compute_balance(self):
        balances = self._get_balances()
        today = fields.Date.context_today(self)
        for account in self:
            account.balance = balances.get(account.id, 0.0)
            arrears = 0.0
            if account.product == "wajib" and account.date_open:
                months = (
                    (today.year - account.date_open.year) * 12
                    + today.month
                    - account.date_open.month
                    + 1
                )
                due = account.company_id.coop_wajib_amount * max(months, 0)
                arrears = max(account.currency_id.round(due - account.balance), 0.0)
            account.arrears_amount = arrears

    @api.model
    def _get_member_accounts(self, partners, product, company):
        """Each member's account of a product, opened where missing, by partner id."""
        accounts = {
            account.partner_id.id: account
            for account in self.search(
                [
                    ("partner_id", "in", partners.ids),
                    ("product", "=", product),
                    ("company_id", "=", company.id),
                ],
                order="id desc",
            )
        }
        missing = partners.filtered(lambda partner: partner.id not in accounts)
        for account in self.create(
            [
                {"partner_id": partner.id, "product": product, "company_id": company.id}
                for partner in missing
            ]
        ):
            accounts[account.partner_id.id] = account
        return accounts

    def _get_balances(self, date=None):
        """Balances of many accounts in one query, from posted journal items.

        Members' savings are credit balances (the cooperative owes them), a kas
        kelompok is cash, a debit balance: the sign follows the product, read
        from the journal items themselves so no other query is needed.

        Accounts this transaction has locked are read as they stand now (see
        ``_get_current_balances``), so a check made after the lock sees every
        posting that committed while it waited."""
        if not self.ids:
            return {}
        domain = [
            ("desmigratif_savings_account_id", "in", self.ids),
            ("parent_state", "=", "posted"),
        ]
        if date:
            domain.append(("date", "<=", date))
        groups = (
            self.env["account.move.line"]
            .sudo()
            ._read_group(
                domain,
                ["desmigratif_savings_account_id", "desmigratif_savings_product"],
                ["balance:sum"],
            )
        )
        balances = {
            account.id: savings_balance(product, balance)
            for account, product, balance in groups
        }
        locked = self.env.cr.postcommit.data.get(LOCKED_ACCOUNTS, set())
        locked = locked.intersection(self.ids)
        # While modules load, no other transaction posts, and a new one would
        # wait for the tables this one is altering.
        if locked and not date and self.pool.ready:
            balances.update(self.browse(locked)._get_current_balances())
        return balances

    def _get_current_balances(self):
        """Balances including what other transactions committed after this one
        began.

        A transaction reads the database as it was when it began (repeatable
        read): a withdrawal that waited for the lock of another one would not
        see it. The journal items are therefore summed in a new transaction,
        which sees every committed posting; the items this transaction wrote
        itself (their write date is its own timestamp) are taken from here
        instead, since the new transaction cannot see them."""
        MoveLine = self.env["account.move.line"]
        MoveLine.flush_model()
        own = self.env.execute_query(
            SQL(
                """
            SELECT id, desmigratif_savings_account_id, balance, parent_state
              FROM account_move_line
             WHERE desmigratif_savings_account_id IN %s
               AND write_date = (now() AT TIME ZONE 'UTC')
                """,
                tuple(self.ids),
            )
        )
        with self.env.registry.cursor() as cr:
            cr.execute(SQL("SET LOCAL lock_timeout = %s", f"{self._lock_wait()}s"))
            cr.execute(
                SQL(
                    """
                SELECT desmigratif_savings_account_id, SUM(balance)
                  FROM account_move_line
                 WHERE desmigratif_savings_account_id IN %s
                   AND parent_state = 'posted'
                   AND id != ALL(%s::int[])
              GROUP BY desmigratif_savings_account_id
                    """,
                    tuple(self.ids),
                    [row[0] for row in own],
                )
            )
            totals = dict(cr.fetchall())
        for _id, account_id, balance, state in own:
            if state == "posted":
                totals[account_id] = totals.get(account_id, 0.0) + balance
        return {
            account.id: account.currency_id.round(
                savings_balance(account.product, totals.get(account.id, 0.0))
            )
            for account in self
        }

    def _balance_sign(self):
        """Members' savings are credit balances, a kas kelompok a debit one."""
        self.ensure_one()
        return balance_sign(self.product)

    def _lock_wait(self):
        """Seconds a posting waits for another one on the same accounts."""
        return max(self.company_id.mapped("coop_lock_wait"))

    def _lock_for_update(self):
        """Lock the accounts' rows before their balance is read for a withdrawal.

        A posting in progress on the same account holds the lock until it
        commits: wait for it, up to the village's posting wait, then go on in
        turn, reading the balance as the other left it. Only after the wait is
        the user asked to try again. The accounts are locked in the order of
        their ids, so two postings on the same accounts cannot deadlock."""
        if not self.ids:
            return
        wait = self._lock_wait()
        # read now: after a failed statement the transaction reads nothing more
        names = ", ".join(self.mapped("display_name"))
        self.env["account.move.line"].flush_model()
        [[previous]] = self.env.execute_query(
            SQL("SELECT current_setting('lock_timeout')")
        )
        self.env.execute_query(
            SQL("SELECT set_config('lock_timeout', %s, true)", f"{wait}s")
        )
        try:
            self.env.cr.execute(
                SQL(
                    "SELECT id FROM desmigratif_savings_account WHERE id IN %s "
                    "ORDER BY id FOR NO KEY UPDATE",
                    tuple(self.ids),
                ),
                log_exceptions=False,
            )
        except psycopg2.errors.LockNotAvailable as error:
            raise UserError(
                self.env._(
                    "Another payment on %(accounts)s has been in progress for "
                    "%(seconds)s seconds. Please try again in a moment.",
                    accounts=names,
                    seconds=wait,
                )
            ) from error
        self.env.execute_query(
            SQL("SELECT set_config('lock_timeout', %s, true)", previous)
        )
        self.env.cr.postcommit.data.setdefault(LOCKED_ACCOUNTS, set()).update(self.ids)

    @api.model
    def _lock_accounts_short_of(self, move_lines):
        """Lock the savings accounts these journal items credited and return those
        whose balance no longer covers the credit: reversing the credit would
        leave them below zero. Locking first keeps a withdrawal from slipping in
        between."""
        lines = move_lines.filtered("desmigratif_savings_account_id")
        accounts = lines.desmigratif_savings_account_id
        if not accounts:
            return accounts
        accounts._lock_for_update()
        balances = accounts._get_balances()
        credited = dict.fromkeys(accounts, 0.0)
        for line in lines:
            credited[line.desmigratif_savings_account_id] += (
                line.desmigratif_savings_amount
            )
        return accounts.filtered(
            lambda account: (
                account.currency_id.compare_amounts(
                    balances.get(account.id, 0.0), credited[account]
                )
                < 0
            )
        )

    def action_open_move_lines(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Journal Items"),
            "res_model": "account.move.line",
            "view_mode": "list,form",
            "domain": [("desmigratif_savings_account_id", "=", self.id)],
            "context": {"search_default_posted": 1},
        }

    def action_new_transaction(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Deposit or Withdrawal"),
            "res_model": "desmigratif.savings.transaction",
            "view_mode": "form",
            "context": {"default_savings_account_id": self.id},
        }
