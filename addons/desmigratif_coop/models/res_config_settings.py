from odoo import fields, models


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    coop_pokok_amount = fields.Monetary(
        related="company_id.coop_pokok_amount", readonly=False
    )
    coop_wajib_amount = fields.Monetary(
        related="company_id.coop_wajib_amount", readonly=False
    )
    coop_pokok_account_id = fields.Many2one(
        related="company_id.coop_pokok_account_id", readonly=False
    )
    coop_wajib_account_id = fields.Many2one(
        related="company_id.coop_wajib_account_id", readonly=False
    )
    coop_sukarela_account_id = fields.Many2one(
        related="company_id.coop_sukarela_account_id", readonly=False
    )
    coop_group_cash_account_id = fields.Many2one(
        related="company_id.coop_group_cash_account_id", readonly=False
    )
    coop_group_fund_account_id = fields.Many2one(
        related="company_id.coop_group_fund_account_id", readonly=False
    )
    coop_loan_account_id = fields.Many2one(
        related="company_id.coop_loan_account_id", readonly=False
    )
    coop_fee_income_account_id = fields.Many2one(
        related="company_id.coop_fee_income_account_id", readonly=False
    )
    coop_penalty_income_account_id = fields.Many2one(
        related="company_id.coop_penalty_income_account_id", readonly=False
    )
    coop_writeoff_account_id = fields.Many2one(
        related="company_id.coop_writeoff_account_id", readonly=False
    )
    coop_shu_surplus_account_id = fields.Many2one(
        related="company_id.coop_shu_surplus_account_id", readonly=False
    )
    coop_shu_reserve_account_id = fields.Many2one(
        related="company_id.coop_shu_reserve_account_id", readonly=False
    )
    coop_shu_payable_account_id = fields.Many2one(
        related="company_id.coop_shu_payable_account_id", readonly=False
    )
    coop_shu_fund_account_id = fields.Many2one(
        related="company_id.coop_shu_fund_account_id", readonly=False
    )
    coop_cash_journal_id = fields.Many2one(
        related="company_id.coop_cash_journal_id", readonly=False
    )
    coop_loan_journal_id = fields.Many2one(
        related="company_id.coop_loan_journal_id", readonly=False
    )
    coop_fee_rate = fields.Float(related="company_id.coop_fee_rate", readonly=False)
    coop_fee_method = fields.Selection(
        related="company_id.coop_fee_method", readonly=False
    )
    coop_term_months = fields.Integer(
        related="company_id.coop_term_months", readonly=False
    )
    coop_rounding_unit = fields.Monetary(
        related="company_id.coop_rounding_unit", readonly=False
    )
    coop_penalty_type = fields.Selection(
        related="company_id.coop_penalty_type", readonly=False
    )
    coop_penalty_amount = fields.Monetary(
        related="company_id.coop_penalty_amount", readonly=False
    )
    coop_penalty_rate = fields.Float(
        related="company_id.coop_penalty_rate", readonly=False
    )
    coop_max_loan_amount = fields.Monetary(
        related="company_id.coop_max_loan_amount", readonly=False
    )
    coop_max_amount = fields.Monetary(
        related="company_id.coop_max_amount", readonly=False
    )
    coop_max_fee_rate = fields.Float(
        related="company_id.coop_max_fee_rate", readonly=False
    )
    coop_loan_self_approval = fields.Boolean(
        related="company_id.coop_loan_self_approval", readonly=False
    )
    coop_lock_wait = fields.Integer(related="company_id.coop_lock_wait", readonly=False)
    coop_one_open_loan = fields.Boolean(
        related="company_id.coop_one_open_loan", readonly=False
    )
    coop_early_fee_policy = fields.Selection(
        related="company_id.coop_early_fee_policy", readonly=False
    )
    coop_bookkeeper_id = fields.Many2one(
        related="company_id.coop_bookkeeper_id", readonly=False
    )
    coop_shu_reserve_pct = fields.Float(
        related="company_id.coop_shu_reserve_pct", readonly=False
    )
    coop_shu_capital_pct = fields.Float(
        related="company_id.coop_shu_capital_pct", readonly=False
    )
    coop_shu_business_pct = fields.Float(
        related="company_id.coop_shu_business_pct", readonly=False
    )
    coop_shu_board_pct = fields.Float(
        related="company_id.coop_shu_board_pct", readonly=False
    )
    coop_shu_staff_pct = fields.Float(
        related="company_id.coop_shu_staff_pct", readonly=False
    )
    coop_shu_education_pct = fields.Float(
        related="company_id.coop_shu_education_pct", readonly=False
    )
    coop_shu_social_pct = fields.Float(
        related="company_id.coop_shu_social_pct", readonly=False
    )

    def action_desmigratif_coop_setup(self):
        """Create the cooperative's missing accounts and journals now."""
        self.company_id._desmigratif_coop_ensure_setup()
        return True
