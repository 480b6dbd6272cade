from datetime import date

from odoo import Command, api, fields, models
from odoo.exceptions import UserError
from odoo.tools import float_round

# (part, company percentage field, label)
PARTS = (
    ("reserve", "coop_shu_reserve_pct"),
    ("capital", "coop_shu_capital_pct"),
    ("business", "coop_shu_business_pct"),
    ("board", "coop_shu_board_pct"),
    ("staff", "coop_shu_staff_pct"),
    ("education", "coop_shu_education_pct"),
    ("social", "coop_shu_social_pct"),
)
MEMBER_PRODUCTS = ("pokok", "wajib", "sukarela")


def split_exactly(total, weights, currency):
    """Split ``total`` in proportion to ``weights`` so the rounded parts sum to
    it exactly: each part is rounded down to the currency unit and the units
    left go to the largest remainders."""
    unit = currency.rounding
    total_units = int(float_round(total / unit, precision_digits=0))
    weight_sum = sum(weights)
    if not weight_sum:
        return [0.0] * len(weights)
    raw = [total_units * weight / weight_sum for weight in weights]
    units = [int(value) for value in raw]
    left = total_units - sum(units)
    order = sorted(
        range(len(raw)), key=lambda index: raw[index] - units[index], reverse=True
    )
    for index in order[:left]:
        units[index] += 1
    return [currency.round(count * unit) for count in units]


class DesmigratifShuWizard(models.TransientModel):
    _name = "desmigratif.shu.wizard"
    _description = "SHU Distribution"
    _check_company_auto = True

    company_id = fields.Many2one(
        "res.company",
        string="Village",
        required=True,
        default=lambda self: self.env.company,
    )
    currency_id = fields.Many2one(related="company_id.currency_id")
    date_from = fields.Date(
        required=True, default=lambda self: date(fields.Date.today().year - 1, 1, 1)
    )
    date_to = fields.Date(
        required=True, default=lambda self: date(fields.Date.today().year - 1, 12, 31)
    )
    surplus = fields.Monetary(
        string="Surplus (SHU)",
        compute="_compute_surplus",
        store=True,
        readonly=False,
        help="Sisa hasil usaha of the year: proposed from the cooperative's loan "
        "income less write-offs; adjust it to the approved figure.",
    )
    distribution = fields.Selection(
        [
            ("payable", "Owed to members (payable)"),
            ("savings", "Credited to simpanan sukarela"),
        ],
        string="Members' Part",
        default="payable",
        required=True,
    )
    date_post = fields.Date(
        string="Posting Date", required=True, default=fields.Date.context_today
    )
    reserve_amount = fields.Monetary(compute="_compute_parts", string="Reserve")
    capital_amount = fields.Monetary(
        compute="_compute_parts", string="Members' Capital"
    )
    business_amount = fields.Monetary(
        compute="_compute_parts", string="Members' Business"
    )
    board_amount = fields.Monetary(compute="_compute_parts", string="Board")
    staff_amount = fields.Monetary(compute="_compute_parts", string="Staff")
    education_amount = fields.Monetary(compute="_compute_parts", string="Education")
    social_amount = fields.Monetary(compute="_compute_parts", string="Social")
    line_ids = fields.One2many(
        "desmigratif.shu.wizard.line", "wizard_id", string="Members"
    )
    move_id = fields.Many2one("account.move", readonly=True)

    @api.depends("company_id", "date_from", "date_to")
    def _compute_surplus(self):
        for wizard in self:
            company = wizard.company_id
            accounts = (
                company.coop_fee_income_account_id
                | company.coop_penalty_income_account_id
                | company.coop_writeoff_account_id
            )
            if not accounts or not wizard.date_from or not wizard.date_to:
                wizard.surplus = 0.0
                continue
            [[balance]] = self.env["account.move.line"]._read_group(
                [
                    ("account_id", "in", accounts.ids),
                    ("company_id", "=", company.id),
                    ("parent_state", "=", "posted"),
                    ("date", ">=", wizard.date_from),
                    ("date", "<=", wizard.date_to),
                ],
                [],
                ["balance:sum"],
            )
            wizard.surplus = max(-(balance or 0.0), 0.0)

    def _part_amounts(self):
        self.ensure_one()
        weights = [self.company_id[field] for _part, field in PARTS]
        amounts = split_exactly(self.surplus, weights, self.currency_id)
        return dict(zip([part for part, _field in PARTS], amounts, strict=True))

    @api.depends("surplus", "company_id")
    def _compute_parts(self):
        for wizard in self:
            for part, amount in wizard._part_amounts().items():
                wizard[f"{part}_amount"] = amount

    def action_compute(self):
        """Fill the table: capital part by savings, business part by fees paid."""
        self.ensure_one()
        company = self.company_id
        MoveLine = self.env["account.move.line"].sudo()
        savings = dict(
            (partner, -balance)
            for partner, balance in MoveLine._read_group(
                [
                    ("desmigratif_savings_product", "in", MEMBER_PRODUCTS),
                    ("company_id", "=", company.id),
                    ("parent_state", "=", "posted"),
                    ("date", "<=", self.date_to),
                ],
                ["partner_id"],
                ["balance:sum"],
            )
        )
        fees = dict(
            (partner, -balance)
            for partner, balance in MoveLine._read_group(
                [
                    ("account_id", "=", company.coop_fee_income_account_id.id),
                    ("company_id", "=", company.id),
                    ("parent_state", "=", "posted"),
                    ("date", ">=", self.date_from),
                    ("date", "<=", self.date_to),
                    ("partner_id", "!=", False),
                ],
                ["partner_id"],
                ["balance:sum"],
            )
        )
        partners = sorted(
            {p for p, v in savings.items() if v > 0}
            | {p for p, v in fees.items() if v > 0},
            key=lambda partner: (partner.name or "", partner.id),
        )
        parts = self._part_amounts()
        capital = split_exactly(
            parts["capital"],
            [max(savings.get(p, 0.0), 0.0) for p in partners],
            self.currency_id,
        )
        business = split_exactly(
            parts["business"],
            [max(fees.get(p, 0.0), 0.0) for p in partners],
            self.currency_id,
        )
        self.line_ids = [Command.clear()] + [
            Command.create(
                {
                    "partner_id": partner.id,
                    "savings_balance": savings.get(partner, 0.0),
                    "fees_paid": fees.get(partner, 0.0),
                    "capital_share": capital[index],
                    "business_share": business[index],
                }
            )
            for index, partner in enumerate(partners)
        ]
        return self._reopen()

    def _reopen(self):
        return {
            "type": "ir.actions.act_window",
            "res_model": self._name,
            "res_id": self.id,
            "view_mode": "form",
            "target": "new",
        }

    def action_post(self):
        """Surplus against reserve, funds and each member's share."""
        self.ensure_one()
        if not self.env.user.has_group("desmigratif_base.group_desmigratif_manager"):
            raise UserError(self.env._("Only a manager can post the SHU."))
        if not self.currency_id.compare_amounts(self.surplus, 0) > 0:
            raise UserError(self.env._("The surplus (SHU) must be positive."))
        if not self.line_ids:
            raise UserError(
                self.env._("Compute the members' table before posting the SHU.")
            )
        company = self.company_id
        company._desmigratif_coop_ensure_setup()
        parts = self._part_amounts()
        members_total = sum(self.line_ids.mapped("total"))
        if self.currency_id.compare_amounts(
            members_total, parts["capital"] + parts["business"]
        ):
            raise UserError(
                self.env._("The members' table is out of date: compute it again.")
            )
        label = self.env._(
            "SHU %(start)s - %(end)s", start=self.date_from, end=self.date_to
        )

        def credit(account, amount, name, partner=False, savings=False):
            return Command.create(
                {
                    "name": name,
                    "account_id": account.id,
                    "partner_id": partner and partner.id,
                    "debit": 0.0,
                    "credit": amount,
                    "desmigratif_savings_account_id": savings and savings.id,
                }
            )

        lines = [
            Command.create(
                {
                    "name": label,
                    "account_id": company.coop_shu_surplus_account_id.id,
                    "debit": self.surplus,
                    "credit": 0.0,
                }
            ),
            credit(company.coop_shu_reserve_account_id, parts["reserve"], label),
        ]
        part_labels = {
            "board": self.env._("Board"),
            "staff": self.env._("Staff"),
            "education": self.env._("Education"),
            "social": self.env._("Social"),
        }
        for part, part_label in part_labels.items():
            if parts[part]:
                lines.append(
                    credit(
                        company.coop_shu_fund_account_id,
                        parts[part],
                        f"{label} {part_label}",
                    )
                )
        members = self.line_ids.filtered("total")
        if self.distribution == "savings":
            savings = self.env["desmigratif.savings.account"]._get_member_accounts(
                members.partner_id, "sukarela", company
            )
        for line in members:
            if self.distribution == "savings":
                lines.append(
                    credit(
                        company.coop_sukarela_account_id,
                        line.total,
                        label,
                        line.partner_id,
                        savings[line.partner_id.id],
                    )
                )
            else:
                lines.append(
                    credit(
                        company.coop_shu_payable_account_id,
                        line.total,
                        label,
                        line.partner_id,
                    )
                )
        move = self.env["account.move"].create(
            {
                "move_type": "entry",
                "journal_id": company.coop_loan_journal_id.id,
                "date": self.date_post,
                "ref": label,
                "company_id": company.id,
                "line_ids": [
                    line for line in lines if line[2]["credit"] or line[2]["debit"]
                ],
            }
        )
        move.action_post()
        self.move_id = move
        return {
            "type": "ir.actions.act_window",
            "res_model": "account.move",
            "res_id": move.id,
            "view_mode": "form",
        }
