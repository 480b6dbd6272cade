from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.tools import SQL


class MrpProduction(models.Model):
    _name = "mrp.production"
    _inherit = ["mrp.production", "desmigratif.workflow.mixin"]
    # Only a profit share's confirmation or cancellation marks a run as shared:
    # clearing the mark by hand would share the run's profit twice.
    _workflow_fields = ("desmigratif_profit_share_id",)

    desmigratif_group_id = fields.Many2one(
        "desmigratif.group",
        string="Production Group",
        compute="_compute_desmigratif_group_id",
        store=True,
        index=True,
        compute_sudo=True,
    )
    desmigratif_participant_ids = fields.Many2many(
        "res.partner",
        "desmigratif_production_participant_rel",
        "production_id",
        "partner_id",
        string="Members Who Took Part",
        help="The group members who worked on this run: they share the profit.",
    )
    desmigratif_profit_share_id = fields.Many2one(
        "desmigratif.profit.share",
        string="Profit Share",
        readonly=True,
        copy=False,
        index=True,
        help="The confirmed profit share that covered this run.",
    )
    desmigratif_currency_id = fields.Many2one(related="company_id.currency_id")
    desmigratif_cost = fields.Monetary(
        string="Run Cost",
        currency_field="desmigratif_currency_id",
        compute="_compute_desmigratif_cost",
        help="Value of the components consumed, from the stock valuation.",
    )

    @api.depends("product_id.product_tmpl_id.desmigratif_group_id")
    def _compute_desmigratif_group_id(self):
        for production in self:
            production.desmigratif_group_id = (
                production.product_id.product_tmpl_id.desmigratif_group_id
            )

    def _compute_desmigratif_cost(self):
        costs = self._desmigratif_costs()
        for production in self:
            production.desmigratif_cost = costs.get(production._origin.id, 0.0)

    def _desmigratif_costs(self):
        """Cost of each run: minus the value of its consumed components' valuation.

        One SQL aggregate over the valuation layers of all the runs' component moves.
        """
        ids = tuple(
            production_id for production_id in self._origin.ids if production_id
        )
        if not ids:
            return {}
        self.env["stock.valuation.layer"].flush_model(["stock_move_id", "value"])
        self.env["stock.move"].flush_model(["raw_material_production_id"])
        self.env.cr.execute(
            SQL(
                """
                SELECT move.raw_material_production_id, SUM(layer.value)
                  FROM stock_valuation_layer layer
                  JOIN stock_move move ON move.id = layer.stock_move_id
                 WHERE move.raw_material_production_id IN %s
              GROUP BY move.raw_material_production_id
                """,
                ids,
            )
        )
        return {
            production_id: -value for production_id, value in self.env.cr.fetchall()
        }

    @api.constrains("desmigratif_participant_ids", "date_start")
    def _check_desmigratif_participants(self):
        for production in self.filtered("desmigratif_group_id"):
            day = fields.Date.to_date(production.date_start) or fields.Date.today()
            members = (
                production.desmigratif_group_id.sudo()
                .member_ids.filtered(lambda member, day=day: member._is_member_on(day))
                .partner_id
            )
            strangers = production.desmigratif_participant_ids - members
            if strangers:
                raise ValidationError(
                    self.env._(
                        "Members Who Took Part: %(names)s not members of the group "
                        "%(group)s on %(date)s.",
                        names=", ".join(strangers.mapped("name")),
                        group=production.desmigratif_group_id.name,
                        date=day,
                    )
                )

    def button_mark_done(self):
        missing = self.filtered(
            lambda p: p.desmigratif_group_id and not p.desmigratif_participant_ids
        )
        if missing:
            raise UserError(
                self.env._(
                    "Members Who Took Part: record who worked on %s before finishing "
                    "it; they share the group's profit.",
                    ", ".join(missing.mapped("name")),
                )
            )
        return super().button_mark_done()
