from odoo import fields, models


class DesmigratifParentingSessionGenerate(models.TransientModel):
    _name = "desmigratif.parenting.session.generate"
    _description = "Generate Sessions from the Weekly Timetable"

    place_ids = fields.Many2many(
        "desmigratif.parenting.place",
        "desmigratif_parenting_generate_place_rel",
        "wizard_id",
        "place_id",
        string="Places",
        required=True,
        default=lambda self: self._default_place_ids(),
    )
    date_from = fields.Date(
        string="From",
        required=True,
        default=lambda self: self.env[
            "desmigratif.parenting.place"
        ]._default_date_range()[0],
    )
    date_to = fields.Date(
        string="To",
        required=True,
        default=lambda self: self.env[
            "desmigratif.parenting.place"
        ]._default_date_range()[1],
    )

    def _default_place_ids(self):
        if self.env.context.get("active_model") == "desmigratif.parenting.place":
            return self.env.context.get("active_ids")
        return self.env["desmigratif.parenting.place"].search(
            [("company_id", "=", self.env.company.id)]
        )

    def action_generate(self):
        self.ensure_one()
        sessions = self.place_ids._generate_sessions(self.date_from, self.date_to)
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "desmigratif_parenting.action_desmigratif_parenting_session"
        )
        action["domain"] = [
            ("place_id", "in", self.place_ids.ids),
            ("date", ">=", self.date_from),
            ("date", "<=", self.date_to),
        ]
        action["context"] = {}
        if not sessions:
            action["help"] = self.env._(
                "<p>No new session: the period's sessions already exist, fall on "
                "holidays, or the places have no weekly timetable.</p>"
            )
        return action
