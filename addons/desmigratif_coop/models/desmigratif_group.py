from odoo import api, fields, models


class DesmigratifGroup(models.Model):
    _inherit = "desmigratif.group"

    coop_savings_account_ids = fields.One2many(
        "desmigratif.savings.account", "group_id", string="Savings Accounts"
    )
    coop_cash_account_id = fields.Many2one(
        "desmigratif.savings.account",
        string="Kas Kelompok",
        compute="_compute_coop_cash_account_id",
        help="The group's cash account in the cooperative.",
    )
    coop_cash_balance = fields.Monetary(
        string="Kas Kelompok Balance",
        compute="_compute_coop_cash_balance",
        currency_field="coop_currency_id",
        groups="desmigratif_base.group_desmigratif_officer",
    )
    coop_currency_id = fields.Many2one(
        related="company_id.currency_id", string="Cash Currency"
    )
    coop_loan_count = fields.Integer(string="Loans", compute="_compute_coop_loan_count")

    @api.depends("coop_savings_account_ids.product")
    def _compute_coop_cash_account_id(self):
        """The one place that finds a group's kas kelompok: its savings account
        of the group product (one per group)."""
        for group in self:
            group.coop_cash_account_id = group.coop_savings_account_ids.filtered(
                lambda account: account.product == "group"
            )[:1]

    def _compute_coop_cash_balance(self):
        balances = self.coop_cash_account_id.sudo()._get_balances()
        for group in self:
            group.coop_cash_balance = balances.get(group.coop_cash_account_id.id, 0.0)

    def _compute_coop_loan_count(self):
        counts = dict(
            self.env["desmigratif.loan"]._read_group(
                [("funding_group_id", "in", self.ids)],
                ["funding_group_id"],
                ["__count"],
            )
        )
        for group in self:
            group.coop_loan_count = counts.get(group, 0)

    def action_coop_open_cash_account(self):
        """Open the group's kas kelompok, creating it the first time."""
        self.ensure_one()
        account = self.coop_cash_account_id
        if not account:
            account = self.env["desmigratif.savings.account"].create(
                {
                    "product": "group",
                    "group_id": self.id,
                    "company_id": self.company_id.id,
                }
            )
        return {
            "type": "ir.actions.act_window",
            "res_model": "desmigratif.savings.account",
            "res_id": account.id,
            "view_mode": "form",
        }

    def action_coop_view_loans(self):
        self.ensure_one()
        return self.env["desmigratif.loan"]._action_open_for("funding_group_id", self)
