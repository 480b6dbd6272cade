from datetime import date

import psycopg2

from odoo import Command, api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.tools import mute_logger
from odoo.tools.misc import format_date

from odoo.addons.desmigratif_base.tools.money import payout_unit, split_amount

from ..tools.loan_arithmetic import MEMBER_PRODUCTS, savings_balance, shu_parts

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

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            self._check_company_value(vals)
        return super().create(vals_list)

    def write(self, vals):
        self._check_company_value(vals)
        return super().write(vals)

    @api.model
    def _check_company_value(self, vals):
        """A village that does not exist, or is not one of the user's, is
        named as such, not as a database error."""
        company_id = vals.get("company_id")
        if company_id and company_id not in self.env.companies.ids:
            raise UserError(
                self.env._(
                    "The SHU can only be distributed for one of your villages "
                    "(village id %(id)s is not one of them).",
                    id=company_id,
                )
            )

    @api.constrains("date_from", "date_to", "date_post")
    def _check_dates(self):
        """The SHU is the surplus of one book year, posted once it is over."""
        for wizard in self:
            if wizard.date_from > wizard.date_to:
                raise ValidationError(
                    self.env._(
                        "The SHU period starts (%(start)s) after it ends (%(end)s).",
                        start=format_date(self.env, wizard.date_from),
                        end=format_date(self.env, wizard.date_to),
                    )
                )
            if wizard.date_from.year != wizard.date_to.year:
                raise ValidationError(
                    self.env._(
                        "The SHU is shared per year: the period must start and end "
                        "in the same year (now %(start)s to %(end)s).",
                        start=format_date(self.env, wizard.date_from),
                        end=format_date(self.env, wizard.date_to),
                    )
                )
            if wizard.date_post < wizard.date_to:
                raise ValidationError(
                    self.env._(
                        "The SHU of a period is posted once it is over: the posting "
                        "date must be %(end)s or later.",
                        end=format_date(self.env, wizard.date_to),
                    )
                )

    @api.constrains("surplus", "company_id")
    def _check_surplus(self):
        for wizard in self:
            maximum = wizard.company_id.coop_max_amount
            if not 0 <= wizard.surplus <= maximum:
                raise ValidationError(
                    self.env._(
                        "The surplus (SHU) must be between zero and %(maximum)s "
                        "(the village's largest amount).",
                        maximum=wizard.company_id._coop_format(maximum),
                    )
                )

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

    def _payout_unit(self):
        return payout_unit(self.currency_id.rounding, self.currency_id.name)

    def _part_amounts(self):
        """The surplus split by the village's percentages, in whole rupiah
        (``tools/loan_arithmetic.shu_parts``)."""
        self.ensure_one()
        parts = shu_parts(
            self.surplus,
            [(part, self.company_id[field]) for part, field in PARTS],
            self._payout_unit(),
        )
        return {part: self.currency_id.round(amount) for part, amount in parts.items()}

    @api.depends("surplus", "company_id")
    def _compute_parts(self):
        for wizard in self:
            if not wizard.currency_id:  # a new wizard before its village is set
                for part, _field in PARTS:
                    wizard[f"{part}_amount"] = 0.0
                continue
            for part, amount in wizard._part_amounts().items():
                wizard[f"{part}_amount"] = amount

    def action_compute(self):
        """Fill the table: capital part by savings, business part by fees paid.

        The table is the wizard's own: written here as superuser, so a client
        cannot edit a member's share before posting."""
        self.ensure_one()
        self.sudo().line_ids = [Command.clear()] + [
            Command.create(values) for values in self._member_shares()
        ]
        return self._reopen()

    def _member_shares(self):
        """Each member's capital and business parts, from the books."""
        self.ensure_one()
        company = self.company_id
        MoveLine = self.env["account.move.line"].sudo()
        savings = {}
        for partner, product, balance in MoveLine._read_group(
            [
                ("desmigratif_savings_product", "in", MEMBER_PRODUCTS),
                ("company_id", "=", company.id),
                ("parent_state", "=", "posted"),
                ("date", "<=", self.date_to),
            ],
            ["partner_id", "desmigratif_savings_product"],
            ["balance:sum"],
        ):
            savings[partner] = savings.get(partner, 0.0) + savings_balance(
                product, balance
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
        unit = self._payout_unit()
        capital = split_amount(
            parts["capital"], [savings.get(p, 0.0) for p in partners], unit
        )
        business = split_amount(
            parts["business"], [fees.get(p, 0.0) for p in partners], unit
        )
        return [
            {
                "partner_id": partner.id,
                "savings_balance": savings.get(partner, 0.0),
                "fees_paid": fees.get(partner, 0.0),
                "capital_share": capital[index],
                "business_share": business[index],
            }
            for index, partner in enumerate(partners)
        ]

    def _reopen(self):
        return {
            "type": "ir.actions.act_window",
            "res_model": self._name,
            "res_id": self.id,
            "view_mode": "form",
            "target": "new",
        }

    def action_post(self):
        """Surplus against reserve, funds and each member's share, once per
        village and year."""
        self.ensure_one()
        if not self.env.user.has_group("desmigratif_base.group_desmigratif_manager"):
            raise UserError(self.env._("Only a manager can post the SHU."))
        if self.move_id:
            raise UserError(self.env._("This SHU has already been posted."))
        if not self.currency_id.compare_amounts(self.surplus, 0) > 0:
            raise UserError(self.env._("The surplus (SHU) must be positive."))
        if not self.line_ids:
            raise UserError(
                self.env._("Compute the members' table before posting the SHU.")
            )
        if not self._table_is_current():
            raise UserError(
                self.env._("The members' table is out of date: compute it again.")
            )
        company = self.company_id
        company._desmigratif_coop_ensure_setup()
        parts = self._part_amounts()
        shu = self._register_shu()
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
        shu._workflow_write({"move_id": move.id})
        self.move_id = move
        return {
            "type": "ir.actions.act_window",
            "res_model": "desmigratif.shu",
            "res_id": shu.id,
            "view_mode": "form",
        }

    def _table_is_current(self):
        """The table shown is still what the books give: same members, same
        parts of the surplus as it stands now."""
        self.ensure_one()
        currency = self.currency_id
        shown = {
            line.partner_id.id: (line.capital_share, line.business_share)
            for line in self.line_ids
        }
        books = {
            values["partner_id"]: (values["capital_share"], values["business_share"])
            for values in self._member_shares()
        }
        return shown.keys() == books.keys() and all(
            not currency.compare_amounts(shown[partner][0], books[partner][0])
            and not currency.compare_amounts(shown[partner][1], books[partner][1])
            for partner in books
        )

    def _register_shu(self):
        """Record the year's SHU. A unique index on the village and year of
        posted SHUs settles two postings at the same moment: the second waits
        for the first and is refused."""
        year = self.date_to.year
        Shu = self.env["desmigratif.shu"].sudo()
        domain = [
            ("company_id", "=", self.company_id.id),
            ("year", "=", year),
            ("state", "=", "posted"),
        ]
        if Shu.search(domain, limit=1):
            raise self._already_posted(year)
        try:
            with self.env.cr.savepoint(), mute_logger("odoo.sql_db"):
                return Shu.create(
                    {
                        "year": year,
                        "date_from": self.date_from,
                        "date_to": self.date_to,
                        "surplus": self.surplus,
                        "distribution": self.distribution,
                        "company_id": self.company_id.id,
                    }
                )
        except psycopg2.errors.UniqueViolation as error:
            raise self._already_posted(year) from error

    def _already_posted(self, year):
        return UserError(
            self.env._(
                "The SHU of %(year)s of %(village)s has already been posted. "
                "Reverse it (Cooperative > SHU > Posted SHU) before posting it "
                "again.",
                year=year,
                village=self.company_id.name,
            )
        )
