from odoo import fields, models

OFFICER = "desmigratif_base.group_desmigratif_officer"


class DesmigratifKurReferral(models.Model):
    _name = "desmigratif.kur.referral"
    _description = "KUR Loan Referral"
    _reference_date_field = "date"
    _inherit = [
        "desmigratif.reference.mixin",
        "desmigratif.workflow.mixin",
        "mail.thread",
        "mail.activity.mixin",
    ]
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
    amount_requested = fields.Monetary(tracking=True, groups=OFFICER)
    amount_granted = fields.Monetary(tracking=True, groups=OFFICER)
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
        copy=False,
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
        self._check_state(["draft"])
        self._workflow_write({"state": "referred"})
        return True

    def action_approve(self):
        self._check_state(["referred"])
        self._workflow_write({"state": "approved"})
        return True

    def action_reject(self):
        self._check_state(["referred"])
        self._workflow_write({"state": "rejected"})
        return True

    def action_cancel(self):
        self._check_state(["draft", "referred"])
        self._workflow_write({"state": "cancelled"})
        return True
