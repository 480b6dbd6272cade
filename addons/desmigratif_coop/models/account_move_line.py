from odoo import fields, models


class AccountMoveLine(models.Model):
    _inherit = "account.move.line"

    desmigratif_savings_account_id = fields.Many2one(
        "desmigratif.savings.account",
        string="Savings Account",
        index="btree_not_null",
        ondelete="restrict",
        help="The member's savings account or group's kas kelompok this line moves.",
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
