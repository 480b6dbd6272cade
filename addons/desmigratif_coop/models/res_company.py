from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.tools import float_compare
from odoo.tools.misc import formatLang

from .account_chart_template import COOP_ACCOUNTS

# Bounds of the cooperative's figures: a loan runs 1 to 60 months; instalments
# are rounded to a unit that divides Rp 100,000 (500, 1,000, 5,000...); no
# ceiling may exceed a trillion, where amounts would lose their cents.
MAX_TERM_MONTHS = 60
MAX_ROUNDING_UNIT = 100_000
MAX_AMOUNT_LIMIT = 1_000_000_000_000
MAX_LOCK_WAIT = 60

SHU_PERCENT_FIELDS = (
    "coop_shu_reserve_pct",
    "coop_shu_capital_pct",
    "coop_shu_business_pct",
    "coop_shu_board_pct",
    "coop_shu_staff_pct",
    "coop_shu_education_pct",
    "coop_shu_social_pct",
)


def _account_field(string, help_text):
    return fields.Many2one(
        "account.account",
        string=string,
        help=help_text,
        check_company=True,
    )


class ResCompany(models.Model):
    _inherit = "res.company"

    coop_pokok_amount = fields.Monetary(
        string="Principal Savings Amount",
        default=100000,
        help="Simpanan pokok: paid once when joining the cooperative.",
    )
    coop_wajib_amount = fields.Monetary(
        string="Mandatory Savings per Month",
        default=20000,
        help="Simpanan wajib: the fixed amount every member deposits each month.",
    )
    coop_pokok_account_id = _account_field(
        "Principal Savings Account", "Where simpanan pokok is credited."
    )
    coop_wajib_account_id = _account_field(
        "Mandatory Savings Account", "Where simpanan wajib is credited."
    )
    coop_sukarela_account_id = _account_field(
        "Voluntary Savings Account", "Where simpanan sukarela is credited."
    )
    coop_group_cash_account_id = _account_field(
        "Group Cash Account",
        "Cash account of the kas kelompok; each group's part is tracked on its "
        "journal items.",
    )
    coop_group_fund_account_id = _account_field(
        "Group Fund Account",
        "Counterpart of money put into or taken out of a kas kelompok "
        "(grants, group income).",
    )
    coop_loan_account_id = _account_field(
        "Loan Receivable Account", "Principal lent to members and groups."
    )
    coop_fee_income_account_id = _account_field(
        "Service Fee Income Account", "Income from the jasa paid on loans."
    )
    coop_penalty_income_account_id = _account_field(
        "Penalty Income Account", "Income from late payment penalties."
    )
    coop_writeoff_account_id = _account_field(
        "Write-off Expense Account", "Expense for principal of loans written off."
    )
    coop_shu_surplus_account_id = _account_field(
        "SHU Surplus Account", "Equity account holding the year's surplus (SHU)."
    )
    coop_shu_reserve_account_id = _account_field(
        "SHU Reserve Account", "Reserve (cadangan) built from the SHU."
    )
    coop_shu_payable_account_id = _account_field(
        "SHU Payable Account", "SHU owed to each member, when not saved."
    )
    coop_shu_fund_account_id = _account_field(
        "SHU Funds Account",
        "Board, staff, education and social funds set aside from the SHU.",
    )
    coop_cash_journal_id = fields.Many2one(
        "account.journal",
        string="Savings Cash Journal",
        check_company=True,
        domain="[('type', 'in', ('cash', 'bank'))]",
        help="Default cash or bank journal for deposits and withdrawals.",
    )
    coop_loan_journal_id = fields.Many2one(
        "account.journal",
        string="Savings and Loans Journal",
        check_company=True,
        domain="[('type', '=', 'general')]",
        help="Journal of kas kelompok movements, loan disbursements, repayments "
        "and SHU.",
    )
    coop_fee_rate = fields.Float(
        string="Service Fee (% per month)",
        default=2.0,
        digits=(5, 2),
        help="Jasa: percentage per month of the principal.",
    )
    coop_fee_method = fields.Selection(
        [("flat", "Flat on original principal"), ("declining", "Declining balance")],
        string="Service Fee Method",
        default="flat",
        required=True,
    )
    coop_term_months = fields.Integer(string="Default Loan Term (months)", default=3)
    coop_rounding_unit = fields.Monetary(
        string="Instalment Rounding Unit",
        default=500,
        help="Instalments are rounded up to this unit; the last one absorbs the "
        "difference. Zero: to a whole rupiah.",
    )
    coop_penalty_type = fields.Selection(
        [("flat", "Flat amount per late instalment"), ("percent", "% per month late")],
        string="Late Penalty",
        default="flat",
        required=True,
    )
    coop_penalty_amount = fields.Monetary(
        string="Flat Penalty", default=10000, help="Charged once per late instalment."
    )
    coop_penalty_rate = fields.Float(
        string="Penalty (% per month late)",
        default=1.0,
        digits=(5, 2),
        help="Percentage of the instalment charged for each started month late.",
    )
    coop_max_loan_amount = fields.Monetary(
        string="Maximum Loan",
        default=100_000_000,
        help="Largest principal allowed. Zero: only the largest amount applies.",
    )
    coop_max_amount = fields.Monetary(
        string="Largest Amount",
        default=1_000_000_000,
        help="No deposit, withdrawal, repayment, loan or SHU may exceed this amount.",
    )
    coop_max_fee_rate = fields.Float(
        string="Highest Rate (% per month)",
        default=5.0,
        digits=(5, 2),
        help="Cap of the service fee of a loan and of the late penalty rate.",
    )
    coop_loan_self_approval = fields.Boolean(
        string="One-Person Loan Approval",
        help="Let a manager approve a loan they requested or submitted themselves, "
        "for a village with a single manager. Off: a second person approves.",
    )
    coop_lock_wait = fields.Integer(
        string="Posting Wait (seconds)",
        default=10,
        help="How long a withdrawal, disbursement or repayment waits for another "
        "posting on the same account to finish before asking to try again.",
    )
    coop_one_open_loan = fields.Boolean(
        string="One Open Loan per Borrower", default=True
    )
    coop_early_fee_policy = fields.Selection(
        [
            ("waive", "Waive fees of instalments not yet due"),
            ("charge", "Charge all scheduled fees"),
        ],
        string="Early Repayment Fees",
        default="waive",
        required=True,
    )
    coop_bookkeeper_id = fields.Many2one(
        "res.users",
        string="Bookkeeper",
        help="Receives the follow-up activities of late loans.",
    )
    coop_shu_reserve_pct = fields.Float("SHU Reserve %", default=40.0)
    coop_shu_capital_pct = fields.Float("SHU Members' Capital %", default=20.0)
    coop_shu_business_pct = fields.Float("SHU Members' Business %", default=20.0)
    coop_shu_board_pct = fields.Float("SHU Board %", default=5.0)
    coop_shu_staff_pct = fields.Float("SHU Staff %", default=5.0)
    coop_shu_education_pct = fields.Float("SHU Education %", default=5.0)
    coop_shu_social_pct = fields.Float("SHU Social %", default=5.0)

    @api.constrains(*SHU_PERCENT_FIELDS)
    def _check_coop_shu_percentages(self):
        for company in self:
            values = [company[name] for name in SHU_PERCENT_FIELDS]
            if any(value < 0 for value in values) or float_compare(
                sum(values), 100.0, precision_digits=2
            ):
                raise ValidationError(
                    self.env._(
                        "The SHU percentages of %(village)s must be positive and "
                        "total 100%% (now %(total)s%%).",
                        village=company.name,
                        total=formatLang(self.env, sum(values)),
                    )
                )

    @api.constrains(
        "coop_max_amount",
        "coop_max_loan_amount",
        "coop_pokok_amount",
        "coop_wajib_amount",
        "coop_penalty_amount",
    )
    def _check_coop_amounts(self):
        for company in self:
            if not 0 < company.coop_max_amount <= MAX_AMOUNT_LIMIT:
                raise ValidationError(
                    self.env._(
                        "The largest amount of %(village)s must be between 1 and "
                        "%(limit)s.",
                        village=company.name,
                        limit=company._coop_format(MAX_AMOUNT_LIMIT),
                    )
                )
            for name in (
                "coop_max_loan_amount",
                "coop_pokok_amount",
                "coop_wajib_amount",
                "coop_penalty_amount",
            ):
                if not 0 <= company[name] <= company.coop_max_amount:
                    raise ValidationError(
                        self.env._(
                            "%(setting)s of %(village)s must be between 0 and the "
                            "largest amount, %(maximum)s.",
                            setting=self._fields[name]._description_string(self.env),
                            village=company.name,
                            maximum=company._coop_format(company.coop_max_amount),
                        )
                    )

    @api.constrains(
        "coop_fee_rate",
        "coop_max_fee_rate",
        "coop_penalty_rate",
        "coop_term_months",
        "coop_rounding_unit",
        "coop_lock_wait",
    )
    def _check_coop_loan_settings(self):
        for company in self:
            if not 0 <= company.coop_max_fee_rate <= 100:
                raise ValidationError(
                    self.env._("The highest rate must be between 0 and 100% a month.")
                )
            for rate in (company.coop_fee_rate, company.coop_penalty_rate):
                if not 0 <= rate <= company.coop_max_fee_rate:
                    raise ValidationError(
                        self.env._(
                            "Service fee and penalty rates must be between 0 and "
                            "the highest rate, %(cap)s%% a month.",
                            cap=company.coop_max_fee_rate,
                        )
                    )
            if not 1 <= company.coop_term_months <= MAX_TERM_MONTHS:
                raise ValidationError(
                    self.env._(
                        "The default loan term must be 1 to %(max)s months.",
                        max=MAX_TERM_MONTHS,
                    )
                )
            company._coop_check_rounding_unit(company.coop_rounding_unit)
            if not 1 <= company.coop_lock_wait <= MAX_LOCK_WAIT:
                raise ValidationError(
                    self.env._(
                        "The posting wait must be 1 to %(max)s seconds.",
                        max=MAX_LOCK_WAIT,
                    )
                )

    def _coop_check_rounding_unit(self, unit):
        """Zero (no rounding) or a whole number of rupiah up to 100,000 that
        divides 100,000, so instalments end in round figures."""
        if not unit:
            return
        if (
            not 1 <= unit <= MAX_ROUNDING_UNIT
            or unit != int(unit)
            or MAX_ROUNDING_UNIT % int(unit)
        ):
            raise ValidationError(
                self.env._(
                    "The rounding unit must be zero (whole rupiah) or a whole amount "
                    "from 1 to 100,000 that divides 100,000, such as 500, 1,000 or "
                    "5,000 (not %(unit)s).",
                    unit=unit,
                )
            )

    def _coop_format(self, amount):
        self.ensure_one()
        return formatLang(self.env, amount, currency_obj=self.currency_id)

    def _desmigratif_coop_ensure_setup(self):
        """Check that each village has the cooperative's accounts and journals.

        They come with its chart of accounts (see account_chart_template.py);
        settings emptied since are set again from the chart. A village without
        a chart, or whose chart has no cooperative part, is told what to do."""
        setup_fields = (*COOP_ACCOUNTS, "coop_cash_journal_id", "coop_loan_journal_id")
        for company in self:
            if all(company[name] for name in setup_fields):
                continue
            if not company.chart_template:
                raise UserError(
                    self.env._(
                        "%(village)s has no chart of accounts yet: choose one in the "
                        "Accounting settings (the Indonesian chart comes with the "
                        "cooperative's accounts and journals).",
                        village=company.name,
                    )
                )
            template = self.env["account.chart.template"].sudo()
            template._desmigratif_coop_load_chart_data(company.sudo())
            missing = [name for name in setup_fields if not company[name]]
            if missing:
                raise UserError(
                    self.env._(
                        "Set the cooperative's accounts and journals of %(village)s "
                        "in the settings of Desmigratif first: %(settings)s.",
                        village=company.name,
                        settings=", ".join(
                            self._fields[name]._description_string(self.env)
                            for name in missing
                        ),
                    )
                )
        return True
