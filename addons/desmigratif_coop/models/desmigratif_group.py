from odoo import fields, models


class DesmigratifGroup(models.Model):
    _inherit = "desmigratif.group"

    coop_cash_account_id = fields.Many2one(
        "desmigratif.savings.account",
        string="Kas Kelompok",
        compute="_compute_coop_cash",
        help="The group's cash account in the cooperative.",
    )
    coop_cash_balance = fields.Monetary(
        string="Kas Kelompok Balance",
        compute="_compute_coop_cash",
        currency_field="coop_currency_id",
        groups="desmigratif_base.group_desmigratif_officer",
    )
    coop_currency_id = fields.Many2one(
        related="company_id.currency_id", string="Cash Currency"
    )
    coop_loan_count = fields.Integer(string="Loans", compute="_compute_coop_loan_count")

    def _compute_coop_cash(self):
        accounts = self.env["desmigratif.savings.account"].search(
            [("group_id", "in", self.ids), ("product", "=", "group")]
        )
        balances = accounts.sudo()._get_balances()
        by_group = {account.group_id.id: account for account in accounts}
        for group in self:
            account = by_group.get(group.id, accounts.browse())
            group.coop_cash_account_id = account
            group.coop_cash_balance = balances.get(account.id, 0.0)

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
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Loans"),
            "res_model": "desmigratif.loan",
            "view_mode": "list,form",
            "domain": [("funding_group_id", "=", self.id)],
            "context": {"default_funding_group_id": self.id},
        }
