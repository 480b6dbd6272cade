from odoo import fields, models
from odoo.exceptions import UserError


class DesmigratifProfitShare(models.Model):
    _inherit = "desmigratif.profit.share"

    distribution = fields.Selection(
        [
            ("payable", "Payable to the Members"),
            ("savings", "Credited to Simpanan Sukarela"),
        ],
        required=True,
        default="payable",
        tracking=True,
        help="Pay the members their share, or credit it to their voluntary savings "
        "(simpanan sukarela) in the cooperative, where it can be withdrawn.",
    )

    def _member_credit_vals(self, label):
        vals_list = super()._member_credit_vals(label)
        if self.distribution != "savings":
            return vals_list
        company = self.company_id.sudo()
        company._desmigratif_coop_ensure_setup()
        accounts = (
            self.env["desmigratif.savings.account"]
            .sudo()
            ._get_member_accounts(self.line_ids.partner_id, "sukarela", company)
        )
        for vals in vals_list:
            vals["account_id"] = company.coop_sukarela_account_id.id
            vals["desmigratif_savings_account_id"] = accounts[vals["partner_id"]].id
        return vals_list

    def _check_cancel(self):
        """The reversing entry takes the shares back out of the members' savings
        (its items keep the savings accounts): refuse when a member has already
        withdrawn part of it, as cancelling a deposit would be refused."""
        result = super()._check_cancel()
        short = self.env["desmigratif.savings.account"]._lock_accounts_short_of(
            self.move_id.sudo().line_ids
        )
        if short:
            raise UserError(
                self.env._(
                    "%(share)s cannot be cancelled: it was credited to the voluntary "
                    "savings of %(members)s, who have since withdrawn part of it, and "
                    "the reversal would leave their savings below zero. Have them "
                    "deposit the amount back first.",
                    share=self.name,
                    members=", ".join(short.partner_id.mapped("name")),
                )
            )
        return result
