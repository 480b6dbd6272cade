from datetime import date

from odoo import api, fields, models
from odoo.exceptions import ValidationError


class DesmigratifGroup(models.Model):
    _inherit = "desmigratif.group"

    currency_id = fields.Many2one(related="company_id.currency_id")
    product_tmpl_ids = fields.One2many(
        "product.template", "desmigratif_group_id", string="Products"
    )
    product_count = fields.Integer(
        compute="_compute_product_count", string="Products #"
    )
    analytic_account_id = fields.Many2one(
        "account.analytic.account",
        readonly=True,
        copy=False,
        help="Revenue and costs of the group's products land on this account.",
    )
    equipment_ids = fields.One2many("desmigratif.group.equipment", "group_id")
    equipment_value = fields.Monetary(compute="_compute_equipment_value")
    grant_ids = fields.One2many("desmigratif.group.grant", "group_id", string="Grants")
    production_ids = fields.One2many(
        "mrp.production", "desmigratif_group_id", string="Production Runs"
    )
    profit_share_ids = fields.One2many(
        "desmigratif.profit.share",
        "group_id",
        string="Profit Shares",
        groups="desmigratif_base.group_desmigratif_officer",
    )
    profit_share_rule = fields.Selection(
        [("runs", "After a number of runs"), ("yearly", "Once a year on a date")],
        default="yearly",
        required=True,
        help="When the group may share its profit (bagi hasil): after at least a "
        "number of production runs since the last share, or once a year from a date "
        "(e.g. before Lebaran).",
    )
    profit_share_min_runs = fields.Integer(
        string="Minimum Runs",
        default=4,
        help="Production runs needed since the last share.",
    )
    profit_share_date = fields.Date(
        string="Share Date",
        help="This year's share date (e.g. a week before Lebaran): a yearly share "
        "cannot end before it.",
    )
    sales_this_year = fields.Monetary(
        compute="_compute_production_figures",
        help="Revenue posted on the group's analytic account this year.",
    )
    runs_since_share = fields.Integer(
        compute="_compute_production_figures",
        string="Runs Since Last Share",
    )
    last_share_date = fields.Date(compute="_compute_production_figures")

    @api.constrains("profit_share_rule", "profit_share_min_runs")
    def _check_profit_share_rule(self):
        for group in self:
            if group.profit_share_rule == "runs" and group.profit_share_min_runs < 1:
                raise ValidationError(
                    self.env._(
                        "Minimum Runs: a group sharing after a number of runs needs "
                        "at least 1 run."
                    )
                )

    @api.depends("product_tmpl_ids")
    def _compute_product_count(self):
        for group in self:
            group.product_count = len(group.product_tmpl_ids)

    @api.depends("equipment_ids.value", "equipment_ids.currency_id")
    def _compute_equipment_value(self):
        """Total value in the village's currency, at the rates of the receipt dates."""
        for group in self:
            group.equipment_value = sum(
                equipment.currency_id._convert(
                    equipment.value,
                    group.currency_id,
                    group.company_id,
                    equipment.date_received,
                )
                for equipment in group.equipment_ids
            )

    def _compute_production_figures(self):
        """Batch figures for the kanban cards: three grouped queries for all groups."""
        year_start = date(fields.Date.context_today(self).year, 1, 1)
        revenue = self._desmigratif_analytic_amounts(
            [("date", ">=", year_start), ("amount", ">", 0)]
        )
        runs = dict(
            self.env["mrp.production"]
            .sudo()
            ._read_group(
                [
                    ("desmigratif_group_id", "in", self.ids),
                    ("state", "=", "done"),
                    ("desmigratif_profit_share_id", "=", False),
                ],
                ["desmigratif_group_id"],
                ["__count"],
            )
        )
        last_dates = dict(
            self.env["desmigratif.profit.share"]
            .sudo()
            ._read_group(
                [("group_id", "in", self.ids), ("state", "=", "confirmed")],
                ["group_id"],
                ["date_to:max"],
            )
        )
        for group in self:
            group.sales_this_year = revenue.get(group, 0.0)
            group.runs_since_share = runs.get(group, 0)
            group.last_share_date = last_dates.get(group, False)

    def _desmigratif_analytic_amounts(self, domain):
        """Sum the analytic amounts of each group's account (one grouped query)."""
        accounts = self.analytic_account_id
        if not accounts:
            return {}
        column = self.env.ref(
            "desmigratif_production.analytic_plan_desmigratif_groups"
        )._column_name()
        totals = dict(
            self.env["account.analytic.line"]
            .sudo()
            ._read_group(
                [(column, "in", accounts.ids), *domain],
                [column],
                ["amount:sum"],
            )
        )
        return {
            group: totals.get(group.analytic_account_id, 0.0)
            for group in self
            if group.analytic_account_id
        }

    @api.model_create_multi
    def create(self, vals_list):
        groups = super().create(vals_list)
        groups._desmigratif_ensure_analytic_account()
        return groups

    def write(self, vals):
        res = super().write(vals)
        if "name" in vals:
            for group in self.filtered("analytic_account_id"):
                group.analytic_account_id.sudo().name = group.name
        if "analytic_account_id" in vals:
            self.sudo().with_context(
                active_test=False
            ).product_tmpl_ids._desmigratif_sync_distribution_models()
        return res

    def _desmigratif_ensure_analytic_account(self):
        """Create the group's analytic account in the "Desmigratif Groups" plan."""
        plan = self.env.ref("desmigratif_production.analytic_plan_desmigratif_groups")
        for group in self.filtered(lambda g: not g.analytic_account_id):
            group.analytic_account_id = (
                self.env["account.analytic.account"]
                .sudo()
                .create(
                    {
                        "name": group.name,
                        "plan_id": plan.id,
                        "company_id": group.company_id.id,
                    }
                )
            )

    def _desmigratif_analytic_distribution(self):
        self.ensure_one()
        return {str(self.analytic_account_id.id): 100.0}

    def _desmigratif_distribution_model_vals(self):
        """The analytic distribution model of one of the group's products."""
        self.ensure_one()
        return {
            "desmigratif_group_id": self.id,
            "analytic_distribution": self._desmigratif_analytic_distribution(),
            "company_id": self.analytic_account_id.company_id.id,
        }

    def action_view_products(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "desmigratif_production.action_desmigratif_group_product"
        )
        action["domain"] = [("desmigratif_group_id", "=", self.id)]
        action["context"] = {"default_desmigratif_group_id": self.id}
        return action

    def action_view_revenue(self):
        """Open the analytic items of the group: its revenue and costs."""
        self.ensure_one()
        column = self.env.ref(
            "desmigratif_production.analytic_plan_desmigratif_groups"
        )._column_name()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "analytic.account_analytic_line_action_entries"
        )
        action["domain"] = [(column, "=", self.analytic_account_id.id)]
        action["context"] = {"search_default_group_date": 1}
        return action

    def action_view_runs(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "desmigratif_production.action_desmigratif_production_run"
        )
        action["domain"] = [("desmigratif_group_id", "=", self.id)]
        return action

    def action_view_profit_shares(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "desmigratif_production.action_desmigratif_profit_share"
        )
        action["domain"] = [("group_id", "=", self.id)]
        action["context"] = {"default_group_id": self.id}
        return action
