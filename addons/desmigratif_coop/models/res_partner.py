from odoo import fields, models


class ResPartner(models.Model):
    _inherit = "res.partner"

    coop_savings_account_ids = fields.One2many(
        "desmigratif.savings.account", "partner_id", string="Savings Accounts"
    )
    coop_loan_ids = fields.One2many("desmigratif.loan", "partner_id", string="Loans")
    coop_savings_count = fields.Integer(
        string="Savings", compute="_compute_coop_counts"
    )
    coop_loan_count = fields.Integer(string="Loans #", compute="_compute_coop_counts")

    def _compute_coop_counts(self):
        savings = dict(
            self.env["desmigratif.savings.account"]._read_group(
                [("partner_id", "in", self.ids)], ["partner_id"], ["__count"]
            )
        )
        loans = dict(
            self.env["desmigratif.loan"]._read_group(
                [("partner_id", "in", self.ids)], ["partner_id"], ["__count"]
            )
        )
        for partner in self:
            partner.coop_savings_count = savings.get(partner, 0)
            partner.coop_loan_count = loans.get(partner, 0)

    def action_coop_view_savings(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Savings Accounts"),
            "res_model": "desmigratif.savings.account",
            "view_mode": "list,form",
            "domain": [("partner_id", "=", self.id)],
            "context": {"default_partner_id": self.id},
        }

    def action_coop_view_loans(self):
        self.ensure_one()
        return self.env["desmigratif.loan"]._action_open_for("partner_id", self)
