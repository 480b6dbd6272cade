from odoo import fields, models


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    desmigratif_regency_code = fields.Char(
        related="company_id.desmigratif_regency_code", readonly=False
    )
    desmigratif_village_address = fields.Char(
        related="company_id.desmigratif_village_address"
    )
    desmigratif_village_head = fields.Char(
        related="company_id.desmigratif_village_head"
    )
    desmigratif_ak1_officer_id = fields.Many2one(
        related="company_id.desmigratif_ak1_officer_id"
    )
    desmigratif_coop_signatory_id = fields.Many2one(
        related="company_id.desmigratif_coop_signatory_id"
    )
    desmigratif_participant_quota = fields.Integer(
        related="company_id.desmigratif_participant_quota", readonly=False
    )
    desmigratif_min_age = fields.Integer(
        related="company_id.desmigratif_min_age", readonly=False
    )
    desmigratif_max_age = fields.Integer(
        related="company_id.desmigratif_max_age", readonly=False
    )

    def action_desmigratif_village_setup(self):
        """Open the village setup of the company these settings are for."""
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "desmigratif_base.action_desmigratif_village_setup"
        )
        action["context"] = {"default_company_id": self.company_id.id}
        return action
