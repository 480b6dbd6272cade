from odoo import api, models


class PosBill(models.Model):
    _inherit = "pos.bill"

    @api.model
    def _load_pos_data_domain(self, data):
        """A point of sale with its own notes counts with those only.

        Odoo's coins for every point of sale (0.05 to 100) mean nothing at a
        rupiah stall, which gets its rupiah notes when it is created.
        """
        config = data["pos.config"]["data"][0]
        if config.get("default_bill_ids"):
            return [("id", "in", config["default_bill_ids"])]
        return super()._load_pos_data_domain(data)
