from odoo import fields, models


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
