from odoo import fields, models
from odoo.exceptions import UserError


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
        check_company=True,
        help="Credited when a group receives a grant or starting capital.",
    )
    desmigratif_profit_share_account_id = fields.Many2one(
        "account.account",
        string="Shared Profit Account",
        check_company=True,
        help="Debited with the group's profit when a profit share is confirmed.",
    )
    desmigratif_member_payable_account_id = fields.Many2one(
        "account.account",
        string="Member Payable Account",
        check_company=True,
        help="Credited with each member's share (one line per member).",
    )

    def _desmigratif_production_account(self, field_name):
        """Return the account of this setting.

        It comes with the village's chart of accounts (see
        account_chart_template.py) and is set again from the chart when emptied;
        a village without a chart is told to choose one."""
        self.ensure_one()
        if not self[field_name] and self.chart_template:
            template = self.env["account.chart.template"].sudo()
            template._desmigratif_production_load_chart_data(self.sudo())
        if not self[field_name]:
            setting = self._fields[field_name]._description_string(self.env)
            if not self.chart_template:
                raise UserError(
                    self.env._(
                        "%(village)s has no chart of accounts yet, so no "
                        "%(setting)s: choose a chart in the Accounting settings.",
                        village=self.name,
                        setting=setting,
                    )
                )
            raise UserError(
                self.env._(
                    "Set the %(setting)s of %(village)s in the settings of "
                    "Desmigratif first.",
                    village=self.name,
                    setting=setting,
                )
            )
        return self[field_name]

    def _desmigratif_production_journal(self):
        self.ensure_one()
        return self.desmigratif_production_journal_id or self.env[
            "account.journal"
        ].search(
            [("type", "=", "general"), ("company_id", "=", self.id)],
            order="sequence, id",
            limit=1,
        )
