from odoo import fields, models


class DesmigratifKurReferral(models.Model):
    _name = "desmigratif.kur.referral"
    _description = "KUR Loan Referral"
    _inherit = ["desmigratif.reference.mixin", "mail.thread", "mail.activity.mixin"]
    _order = "date desc, id desc"
    _check_company_auto = True

    name = fields.Char(required=True, copy=False, readonly=True, default="/")
    partner_id = fields.Many2one(
        "res.partner", string="Member", required=True, check_company=True, tracking=True
    )
    bank_id = fields.Many2one(
        "res.bank",
        required=True,
        tracking=True,
        help="Bank offering KUR (Kredit Usaha Rakyat) for migrant workers, e.g. BNI.",
    )
    date = fields.Date(
        string="Referred on", required=True, default=fields.Date.context_today
    )
    amount_requested = fields.Monetary(tracking=True)
    amount_granted = fields.Monetary(tracking=True)
    purpose = fields.Char()
    state = fields.Selection(
        [
            ("draft", "Draft"),
            ("referred", "Referred"),
            ("approved", "Approved by Bank"),
            ("rejected", "Rejected by Bank"),
            ("cancelled", "Cancelled"),
        ],
        default="draft",
        required=True,
        tracking=True,
    )
    outcome = fields.Text(help="What the bank decided and why.")
    company_id = fields.Many2one(
        "res.company",
        string="Village",
        required=True,
        default=lambda self: self.env.company,
        index=True,
    )
    currency_id = fields.Many2one(related="company_id.currency_id")

    def action_refer(self):
        self.write({"state": "referred"})

    def action_approve(self):
        self.write({"state": "approved"})

    def action_reject(self):
        self.write({"state": "rejected"})

    def action_cancel(self):
        self.write({"state": "cancelled"})
