from datetime import datetime, time, timedelta

from odoo import Command, api, fields, models
from odoo.exceptions import AccessError, UserError, ValidationError

from odoo.addons.desmigratif_base.tools.money import payout_unit

from ..tools.profit_share_arithmetic import member_weights, split_profit

INCOME_TYPES = ("income", "income_other")


class DesmigratifProfitShare(models.Model):
    _name = "desmigratif.profit.share"
    _description = "Profit Share (Bagi Hasil)"
    _inherit = [
        "desmigratif.reference.mixin",
        "desmigratif.workflow.mixin",
        "mail.thread",
        "mail.activity.mixin",
    ]
    _order = "date_to desc, id desc"
    _check_company_auto = True
    # The figures, runs and entry are what Compute and Confirm produce.
    _workflow_fields = (
        "state",
        "move_id",
        "date_from",
        "production_ids",
        "revenue",
        "run_cost",
        "other_costs",
        "profit",
    )
    _workflow_locked_states = ("confirmed", "cancel")
    _workflow_unlink_states = ("draft",)

    name = fields.Char(
        string="Reference", required=True, copy=False, readonly=True, default="/"
    )
    group_id = fields.Many2one(
        "desmigratif.group",
        required=True,
        index=True,
        check_company=True,
        tracking=True,
        domain="[('kind', '=', 'production')]",
    )
    company_id = fields.Many2one(
        "res.company",
        string="Village",
        required=True,
        default=lambda self: self.env.company,
        index=True,
    )
    currency_id = fields.Many2one(related="company_id.currency_id")
    date_from = fields.Date(
        string="From",
        readonly=True,
        help="The day after the group's last confirmed share; empty for the first "
        "share.",
    )
    date_to = fields.Date(
        string="To", required=True, default=fields.Date.context_today, tracking=True
    )
    weighting = fields.Selection(
        [("equal", "Equal among participants"), ("runs", "Weighted by runs attended")],
        required=True,
        default=lambda self: self.env.company.desmigratif_profit_share_weighting,
    )
    production_ids = fields.Many2many(
        "mrp.production",
        "desmigratif_profit_share_production_rel",
        "share_id",
        "production_id",
        string="Runs Covered",
        readonly=True,
        copy=False,
    )
    run_count = fields.Integer(compute="_compute_run_count", string="Runs")
    revenue = fields.Monetary(
        readonly=True,
        copy=False,
        help="Income posted on the group's analytic account in the period (net of "
        "refunds).",
    )
    run_cost = fields.Monetary(
        string="Cost of Runs",
        readonly=True,
        copy=False,
        help="Value of the components consumed by the covered runs.",
    )
    other_costs = fields.Monetary(
        readonly=True,
        copy=False,
        help="Other costs posted on the group's analytic account in the period "
        "(packaging, transport...). The cost of goods sold of the group's own "
        "products is left out: the runs' cost already counts it.",
    )
    profit = fields.Monetary(readonly=True, copy=False)
    line_ids = fields.One2many(
        "desmigratif.profit.share.line", "share_id", string="Members' Shares"
    )
    move_id = fields.Many2one(
        "account.move", string="Journal Entry", readonly=True, copy=False
    )
    state = fields.Selection(
        [("draft", "Draft"), ("confirmed", "Confirmed"), ("cancel", "Cancelled")],
        default="draft",
        required=True,
        copy=False,
        tracking=True,
    )

    @api.depends("production_ids")
    def _compute_run_count(self):
        for share in self:
            share.run_count = len(share.production_ids)

    @api.constrains("date_from", "date_to")
    def _check_dates(self):
        for share in self:
            if share.date_from and share.date_to < share.date_from:
                raise ValidationError(
                    self.env._(
                        "To: the share %(name)s must end on or after %(date)s, the day "
                        "after the group's last share.",
                        name=share.name,
                        date=share.date_from,
                    )
                )

    # ------------------------------------------------------------------ actions

    def action_compute(self):
        """Collect the runs, revenue and costs of the period, then split the profit."""
        self._check_state(("draft",))
        for share in self:
            share._check_calendar_rule()
            share._compute_figures()
            share._check_runs_and_profit()
            share._compute_lines()
        return True

    def action_confirm(self):
        """Check the rule again, then post the entry: profit to member payables."""
        self._check_manager()
        self._check_state(("draft",))
        for share in self:
            share.action_compute()
            taken = share.production_ids.sudo().filtered("desmigratif_profit_share_id")
            if taken:
                raise UserError(
                    self.env._(
                        "Runs Covered: %s already belong to a confirmed profit share.",
                        ", ".join(taken.mapped("name")),
                    )
                )
            move = share._create_move()
            with self._workflow_step():
                share.production_ids.sudo().desmigratif_profit_share_id = share
            share._workflow_write({"move_id": move.id, "state": "confirmed"})
        return True

    def action_cancel(self):
        """Cancel a share. A confirmed share's entry is reversed by a reversing
        entry of today and its runs are freed, so that a new share covers them;
        the cancelled share stays as the record of both entries."""
        self._check_manager()
        self._check_state(("draft", "confirmed"))
        for share in self:
            if share.move_id:
                share._check_cancel()
                share.move_id.sudo()._reverse_moves(
                    [
                        {
                            "date": fields.Date.context_today(self),
                            "ref": self.env._("Reversal of %s", share.name),
                        }
                    ],
                    cancel=True,
                )
            with self._workflow_step():
                share.production_ids.sudo().filtered(
                    lambda p, share=share: p.desmigratif_profit_share_id == share
                ).desmigratif_profit_share_id = False
        self._workflow_write({"state": "cancel"})
        return True

    def _check_cancel(self):
        """Refuse to reverse a share already paid out: the reversal would undo
        the members' payments too."""
        self.ensure_one()
        paid = self.move_id.sudo().line_ids.filtered(
            lambda line: line.partner_id and line.matched_debit_ids
        )
        if paid:
            raise UserError(
                self.env._(
                    "%(share)s cannot be cancelled: the shares of %(members)s are "
                    "already paid. Cancel those payments first.",
                    share=self.name,
                    members=", ".join(paid.partner_id.mapped("name")),
                )
            )

    def _check_manager(self):
        """Confirming and cancelling post entries as superuser: the user must be a
        Desmigratif manager, whatever client calls the action."""
        if not self.env.user.has_group("desmigratif_base.group_desmigratif_manager"):
            raise AccessError(
                self.env._(
                    "Profit share: only a Desmigratif manager confirms or cancels a "
                    "profit share, because it posts a journal entry."
                )
            )

    # ------------------------------------------------------------------ rules

    def _last_confirmed_share(self):
        self.ensure_one()
        return self.search(
            [
                ("group_id", "=", self.group_id.id),
                ("state", "=", "confirmed"),
                ("id", "!=", self.id),
            ],
            order="date_to desc",
            limit=1,
        )

    def _compute_figures(self):
        """Fill period, runs, revenue and costs with a fixed number of queries."""
        self.ensure_one()
        group = self.group_id
        last = self._last_confirmed_share()
        date_from = last.date_to + timedelta(days=1) if last else False
        # every finished run no confirmed share covered yet, even one recorded late
        runs = (
            self.env["mrp.production"]
            .sudo()
            .search(
                [
                    ("desmigratif_group_id", "=", group.id),
                    ("state", "=", "done"),
                    ("desmigratif_profit_share_id", "=", False),
                    ("date_finished", "<=", datetime.combine(self.date_to, time.max)),
                ]
            )
        )
        if not group.analytic_account_id:
            group._desmigratif_ensure_analytic_account()
        column = self.env.ref(
            "desmigratif_production.analytic_plan_desmigratif_groups"
        )._column_name()
        base_domain = [
            (column, "=", group.analytic_account_id.id),
            ("date", "<=", self.date_to),
        ]
        if date_from:
            base_domain.append(("date", ">=", date_from))
        AnalyticLine = self.env["account.analytic.line"].sudo()
        [(revenue,)] = AnalyticLine._read_group(
            [*base_domain, ("general_account_id.account_type", "in", INCOME_TYPES)],
            [],
            ["amount:sum"],
        )
        [(other,)] = AnalyticLine._read_group(
            [
                *base_domain,
                "|",
                ("general_account_id", "=", False),
                ("general_account_id.account_type", "not in", INCOME_TYPES),
                "|",
                ("product_id", "=", False),
                ("product_id.product_tmpl_id.desmigratif_group_id", "!=", group.id),
            ],
            [],
            ["amount:sum"],
        )
        currency = self.currency_id
        run_cost = currency.round(sum(runs._desmigratif_costs().values()))
        revenue = currency.round(revenue or 0.0)
        other_costs = currency.round(-(other or 0.0))
        self._workflow_write(
            {
                "date_from": date_from,
                "production_ids": [Command.set(runs.ids)],
                "revenue": revenue,
                "run_cost": run_cost,
                "other_costs": other_costs,
                "profit": currency.round(revenue - run_cost - other_costs),
            }
        )

    def _check_calendar_rule(self):
        """Refuse a yearly share before the group's date or twice in a year."""
        self.ensure_one()
        group = self.group_id
        if group.profit_share_rule != "yearly":
            return
        if not group.profit_share_date:
            raise UserError(
                self.env._(
                    "Profit share rule: %s shares once a year; set this year's "
                    "Share Date on the group first.",
                    group.name,
                )
            )
        if self.date_to < group.profit_share_date:
            raise UserError(
                self.env._(
                    "Profit share rule: %(group)s shares once a year, not before "
                    "%(date)s.",
                    group=group.name,
                    date=group.profit_share_date,
                )
            )
        last = self._last_confirmed_share()
        if last and last.date_to.year == self.date_to.year:
            raise UserError(
                self.env._(
                    "Profit share rule: %(group)s shares once a year and already "
                    "shared in %(year)s (%(share)s).",
                    group=group.name,
                    year=self.date_to.year,
                    share=last.name,
                )
            )

    def _check_runs_and_profit(self):
        """Refuse a share without runs, before the minimum runs, or without profit."""
        self.ensure_one()
        group = self.group_id
        runs = len(self.production_ids)
        if not runs:
            raise UserError(
                self.env._(
                    "Profit share rule: %s has no finished production run since its "
                    "last share; there is nothing to share.",
                    group.name,
                )
            )
        if group.profit_share_rule == "runs" and runs < group.profit_share_min_runs:
            raise UserError(
                self.env._(
                    "Profit share rule: %(group)s shares after at least %(min)s "
                    "production runs; only %(runs)s finished since its last share.",
                    group=group.name,
                    min=group.profit_share_min_runs,
                    runs=runs,
                )
            )
        if self.currency_id.compare_amounts(self.profit, 0) <= 0:
            raise UserError(
                self.env._(
                    "Profit share rule: %(group)s has no profit to share (revenue "
                    "%(revenue)s minus costs %(costs)s).",
                    group=group.name,
                    revenue=self.revenue,
                    costs=self.run_cost + self.other_costs,
                )
            )

    def _compute_lines(self):
        """Split the profit among the members who took part in the covered runs.

        Rounding rule (largest remainder, ``tools/profit_share_arithmetic.py``):
        every share is first rounded down to a whole rupiah; the rupiah left over
        go one each to the members with the largest cut-off fractions (ties: the
        larger weight, then the members in alphabetical order). The shares add
        up exactly to the profit; on a database still counting sen, the sen of
        the profit stay with the group (the entry moves only what is shared).
        """
        self.ensure_one()
        attended = (
            self.env["mrp.production"]
            .sudo()
            ._read_group(
                [("id", "in", self.production_ids.ids)],
                ["desmigratif_participant_ids"],
                ["__count"],
            )
        )
        attended = [(partner, count) for partner, count in attended if partner]
        if not attended:
            raise UserError(
                self.env._(
                    "Members Who Took Part: no member is recorded on the runs of %s.",
                    self.group_id.name,
                )
            )
        weights = [
            (partner, count, weight)
            for (partner, count), weight in zip(
                attended, member_weights(attended, self.weighting), strict=True
            )
        ]
        amounts = self._split(self.profit, [weight for __, __, weight in weights])
        lines = [Command.clear()] + [
            Command.create(
                {
                    "partner_id": partner.id,
                    "runs_attended": count,
                    "weight": weight,
                    "amount": amount,
                }
            )
            for (partner, count, weight), amount in zip(weights, amounts, strict=True)
        ]
        with self._workflow_step():
            self.line_ids = lines

    def _split(self, total, weights):
        """Split ``total`` by ``weights`` in whole rupiah, largest remainder first."""
        currency = self.currency_id
        unit = payout_unit(currency.rounding, currency.name)
        return [currency.round(amount) for amount in split_profit(total, weights, unit)]

    def _member_credit_vals(self, label):
        """Journal items crediting each member's share: a payable by default."""
        self.ensure_one()
        payable = self.company_id.sudo()._desmigratif_production_account(
            "desmigratif_member_payable_account_id"
        )
        return [
            {
                "name": self.env._(
                    "%(label)s: %(member)s", label=label, member=line.partner_id.name
                ),
                "account_id": payable.id,
                "partner_id": line.partner_id.id,
                "balance": -line.amount,
            }
            for line in self.line_ids
        ]

    def _create_move(self):
        self.ensure_one()
        company = self.company_id.sudo()
        journal = company._desmigratif_production_journal()
        if not journal:
            raise UserError(
                self.env._(
                    "Profit Share Journal: the village has no miscellaneous journal "
                    "for the profit share entry."
                )
            )
        label = self.env._(
            "Profit share %(name)s - %(group)s",
            name=self.name,
            group=self.group_id.name,
        )
        lines = [
            Command.create(
                {
                    "name": label,
                    "account_id": company._desmigratif_production_account(
                        "desmigratif_profit_share_account_id"
                    ).id,
                    "balance": sum(self.line_ids.mapped("amount")),
                }
            )
        ]
        lines += [Command.create(vals) for vals in self._member_credit_vals(label)]
        # The bookkeeping entry is part of the confirmation a Desmigratif manager
        # makes (checked in action_confirm); the manager need not be an accountant.
        move = (
            self.env["account.move"]
            .sudo()
            .create(
                {
                    "journal_id": journal.id,
                    "date": self.date_to,
                    "ref": label,
                    "company_id": company.id,
                    "line_ids": lines,
                }
            )
        )
        move.action_post()
        return move
