from odoo import api, fields, models

from ..tools.loan_arithmetic import savings_balance


class AccountMoveLine(models.Model):
    _inherit = "account.move.line"

    desmigratif_savings_account_id = fields.Many2one(
        "desmigratif.savings.account",
        string="Savings Account",
        index="btree_not_null",
        ondelete="restrict",
        help="The member's savings account or group's kas kelompok this line moves.",
    )
    desmigratif_savings_product = fields.Selection(
        related="desmigratif_savings_account_id.product",
        store=True,
        string="Savings Product",
    )
    desmigratif_savings_amount = fields.Monetary(
        string="Savings Movement",
        compute="_compute_desmigratif_savings_amount",
        store=True,
        currency_field="company_currency_id",
        help="What this item adds to the savings account: credits for members' "
        "savings, debits for a kas kelompok.",
    )
    desmigratif_loan_id = fields.Many2one(
        "desmigratif.loan", string="Loan", index="btree_not_null", ondelete="restrict"
    )
    desmigratif_loan_line_id = fields.Many2one(
        "desmigratif.loan.line",
        string="Instalment",
        index="btree_not_null",
        ondelete="restrict",
    )

    @api.depends("balance", "desmigratif_savings_product")
    def _compute_desmigratif_savings_amount(self):
        for line in self:
            product = line.desmigratif_savings_product
            line.desmigratif_savings_amount = (
                savings_balance(product, line.balance) if product else 0.0
            )
