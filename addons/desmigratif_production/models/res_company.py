from odoo import Command, fields, models

# Accounts this module needs, created on first use when the village has none set:
# (settings field, code, name, account type, reconcile)
PRODUCTION_ACCOUNTS = [
    (
        "desmigratif_grant_account_id",
        "DMP301",
        "Group grants and starting capital",
        "equity",
        False,
    ),
    (
        "desmigratif_profit_share_account_id",
        "DMP302",
        "Group profit shared with members (bagi hasil)",
        "equity",
        False,
    ),
    (
        "desmigratif_member_payable_account_id",
        "DMP201",
        "Profit share payable to group members",
        "liability_payable",
        True,
    ),
]


class ResCompany(models.Model):
    _inherit = "res.company"

    desmigratif_permit_warning_days = fields.Integer(
        string="P-IRT Warning Days",
        default=90,
        help="A P-IRT permit that expires within this many days shows as expiring.",
    )
    desmigratif_products_without_vat = fields.Boolean(
        string="Village Products without VAT",
        default=True,
        help="The production groups are small producers that charge no VAT (PPN): "
        "a new group product gets no sales tax, unless taxes are set on it.",
    )
    desmigratif_profit_share_weighting = fields.Selection(
        [("equal", "Equal among participants"), ("runs", "Weighted by runs attended")],
        string="Profit Share Weighting",
        default="equal",
        required=True,
        help="Equal: each member who took part in at least one covered run gets the "
        "same share. Weighted: each member's share is proportional to the number of "
        "covered runs attended.",
    )
    desmigratif_production_journal_id = fields.Many2one(
        "account.journal",
        string="Profit Share Journal",
        domain="[('type', '=', 'general'), ('company_id', '=', id)]",
        help="Journal of the profit share entries; defaults to the first "
        "miscellaneous journal.",
    )
    desmigratif_grant_account_id = fields.Many2one(
        "account.account",
        string="Grant Account",
        help="Credited when a group receives a grant or starting capital.",
    )
    desmigratif_profit_share_account_id = fields.Many2one(
        "account.account",
        string="Shared Profit Account",
        help="Debited with the group's profit when a profit share is confirmed.",
    )
    desmigratif_member_payable_account_id = fields.Many2one(
        "account.account",
        string="Member Payable Account",
        help="Credited with each member's share (one line per member).",
    )

    def _desmigratif_production_account(self, field_name):
        """Return the account set in the settings, creating the default one if none.

        A village without its own chart set-up still gets consistent entries; the
        bookkeeper can later point the setting to an account of the local chart.
        """
        self.ensure_one()
        account = self[field_name]
        if account:
            return account
        __, code, name, account_type, reconcile = next(
            spec for spec in PRODUCTION_ACCOUNTS if spec[0] == field_name
        )
        Account = self.env["account.account"].sudo().with_company(self)
        account = Account.search(
            [("code", "=", code), ("company_ids", "in", self.ids)], limit=1
        ) or Account.create(
            {
                "code": code,
                "name": name,
                "account_type": account_type,
                "reconcile": reconcile,
                "company_ids": [Command.link(self.id)],
            }
        )
        self.sudo()[field_name] = account
        return account

    def _desmigratif_production_journal(self):
        self.ensure_one()
        return self.desmigratif_production_journal_id or self.env[
            "account.journal"
        ].search(
            [("type", "=", "general"), ("company_id", "=", self.id)],
            order="sequence, id",
            limit=1,
        )
