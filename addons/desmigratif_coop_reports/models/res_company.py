from odoo import Command, api, fields, models
from odoo.exceptions import ValidationError

# Accounts of the loan-loss allowance (PPAP), created in a village's chart when
# missing: company field -> (code, name, account type)
ALLOWANCE_ACCOUNTS = {
    "coop_allowance_account_id": (
        "11220090",
        "Penyisihan Penghapusan Pinjaman",
        "asset_current",
    ),
    "coop_allowance_expense_account_id": (
        "69100020",
        "Beban Penyisihan Penghapusan Pinjaman",
        "expense",
    ),
}
# Collectibility classes, best first.
COLLECTIBILITY = [
    ("lancar", "Performing (lancar)"),
    ("kurang_lancar", "Substandard (kurang lancar)"),
    ("diragukan", "Doubtful (diragukan)"),
    ("macet", "Loss (macet)"),
]
PROBLEM_CLASSES = ("kurang_lancar", "diragukan", "macet")
# company field holding the allowance rate of each class
ALLOWANCE_RATE_FIELDS = {
    "lancar": "coop_ppap_lancar_rate",
    "kurang_lancar": "coop_ppap_kurang_lancar_rate",
    "diragukan": "coop_ppap_diragukan_rate",
    "macet": "coop_ppap_macet_rate",
}
# No class boundary beyond ten years late.
MAX_DAYS_LATE = 3650


class ResCompany(models.Model):
    _inherit = "res.company"

    # Defaults: Permen KUKM 14/Per/M.KUKM/XII/2009 (monthly instalments:
    # kurang lancar past 3 months late), the 6 and 12 months of the same rule
    # for diragukan and macet, and the PPAP rates of Perdep 06/Per/Dep.6/IV/2016.
    coop_kurang_lancar_days = fields.Integer(
        string="Substandard from (days late)",
        default=91,
        help="A loan whose oldest unpaid instalment is this many days late or "
        "more is kurang lancar.",
    )
    coop_diragukan_days = fields.Integer(
        string="Doubtful from (days late)",
        default=181,
        help="From this many days late a loan is diragukan.",
    )
    coop_macet_days = fields.Integer(
        string="Loss from (days late)",
        default=366,
        help="From this many days late a loan is macet.",
    )
    coop_ppap_lancar_rate = fields.Float(
        string="Allowance for Performing Loans (%)", default=0.5, digits=(5, 2)
    )
    coop_ppap_kurang_lancar_rate = fields.Float(
        string="Allowance for Substandard Loans (%)", default=10.0, digits=(5, 2)
    )
    coop_ppap_diragukan_rate = fields.Float(
        string="Allowance for Doubtful Loans (%)", default=50.0, digits=(5, 2)
    )
    coop_ppap_macet_rate = fields.Float(
        string="Allowance for Loss Loans (%)", default=100.0, digits=(5, 2)
    )
    coop_allowance_account_id = fields.Many2one(
        "account.account",
        string="Loan Loss Allowance Account",
        check_company=True,
        help="Contra-asset account holding the PPAP, shown under the loans.",
    )
    coop_allowance_expense_account_id = fields.Many2one(
        "account.account",
        string="Loan Loss Allowance Expense Account",
        check_company=True,
        help="Expense of the month's increase of the PPAP (income when it falls).",
    )

    @api.constrains("coop_kurang_lancar_days", "coop_diragukan_days", "coop_macet_days")
    def _check_coop_collectibility_days(self):
        for company in self:
            days = (
                company.coop_kurang_lancar_days,
                company.coop_diragukan_days,
                company.coop_macet_days,
            )
            if not 1 <= days[0] < days[1] < days[2] <= MAX_DAYS_LATE:
                raise ValidationError(
                    self.env._(
                        "The collectibility classes of %(village)s overlap: a loan "
                        "becomes substandard, doubtful and then loss at increasing "
                        "days late, between 1 and %(max)s (now %(sub)s, "
                        "%(doubt)s and %(loss)s days).",
                        village=company.name,
                        max=MAX_DAYS_LATE,
                        sub=days[0],
                        doubt=days[1],
                        loss=days[2],
                    )
                )

    @api.constrains(*ALLOWANCE_RATE_FIELDS.values())
    def _check_coop_allowance_rates(self):
        for company in self:
            rates = [company[name] for name in ALLOWANCE_RATE_FIELDS.values()]
            if any(not 0 <= rate <= 100 for rate in rates) or rates != sorted(rates):
                raise ValidationError(
                    self.env._(
                        "The allowance rates of %(village)s must lie between 0 and "
                        "100%% and grow from performing to loss loans.",
                        village=company.name,
                    )
                )

    def _coop_collectibility(self, days_late):
        """Class of a loan that is ``days_late`` days behind."""
        self.ensure_one()
        if days_late >= self.coop_macet_days:
            return "macet"
        if days_late >= self.coop_diragukan_days:
            return "diragukan"
        if days_late >= self.coop_kurang_lancar_days:
            return "kurang_lancar"
        return "lancar"

    def _coop_allowance_for(self, collectibility, outstanding):
        """Allowance a class requires on an outstanding principal."""
        self.ensure_one()
        rate = self[ALLOWANCE_RATE_FIELDS[collectibility]]
        return self.currency_id.round(outstanding * rate / 100.0)

    def _coop_reports_ensure_accounts(self):
        """Create the allowance accounts missing in each village's chart,
        reusing accounts that already carry the code."""
        for company in self.sudo():
            vals = {}
            Account = self.env["account.account"].sudo().with_company(company)
            for name, (code, label, account_type) in ALLOWANCE_ACCOUNTS.items():
                if company[name]:
                    continue
                account = Account.search(
                    [*Account._check_company_domain(company), ("code", "=", code)],
                    limit=1,
                ) or Account.create(
                    {
                        "code": code,
                        "name": label,
                        "account_type": account_type,
                        "company_ids": [Command.set(company.ids)],
                    }
                )
                vals[name] = account.id
            if vals:
                company.write(vals)
        return True
