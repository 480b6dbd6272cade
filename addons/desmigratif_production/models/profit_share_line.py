from odoo import fields, models


class DesmigratifProfitShareLine(models.Model):
    _name = "desmigratif.profit.share.line"
    _description = "Profit Share of a Member"
    _inherit = ["desmigratif.workflow.mixin"]
    _order = "share_id, runs_attended desc, partner_id"
    # Lines are what Compute splits: no client creates, moves or edits them, and
    # they are frozen with their confirmed or cancelled share.
    _workflow_fields = ("share_id", "partner_id", "runs_attended", "weight", "amount")
    _workflow_parent_field = "share_id"

    share_id = fields.Many2one(
        "desmigratif.profit.share",
        string="Profit Share",
        required=True,
        ondelete="cascade",
        index=True,
    )
    partner_id = fields.Many2one("res.partner", string="Member", required=True)
    runs_attended = fields.Integer(help="Covered runs this member took part in.")
    weight = fields.Integer(help="Equal sharing: 1 each; weighted: runs attended.")
    amount = fields.Monetary(currency_field="currency_id", aggregator="sum")
    currency_id = fields.Many2one(related="share_id.currency_id")
    company_id = fields.Many2one(related="share_id.company_id", store=True, index=True)
