from odoo import fields, models

from .res_company import COLLECTIBILITY


class DesmigratifLoanAllowanceLine(models.Model):
    _name = "desmigratif.loan.allowance.line"
    _description = "Loan Loss Allowance per Class"
    _order = "allowance_id, sequence"

    allowance_id = fields.Many2one(
        "desmigratif.loan.allowance", required=True, ondelete="cascade", index=True
    )
    sequence = fields.Integer()
    collectibility = fields.Selection(COLLECTIBILITY, required=True)
    loan_count = fields.Integer(string="Loans")
    outstanding = fields.Monetary(string="Outstanding Principal")
    rate = fields.Float(string="Allowance Rate (%)", digits=(5, 2))
    amount = fields.Monetary(string="Required Allowance")
    company_id = fields.Many2one(related="allowance_id.company_id", store=True)
    currency_id = fields.Many2one(related="allowance_id.currency_id")
