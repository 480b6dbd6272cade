from datetime import timedelta

from odoo import fields
from odoo.exceptions import UserError, ValidationError
from odoo.tests import tagged

from .common import ProductionCommon


@tagged("post_install", "-at_install")
class TestProductionRun(ProductionCommon):
    def test_run_from_bom_to_lot_with_expiry_and_cost(self):
        before = self.env["stock.quant"]._get_available_quantity(
            self.component, self.warehouse.lot_stock_id
        )
        production = self.make_run(self.members[:2], quantity=10)
        self.assertEqual(production.state, "done")
        self.assertEqual(production.desmigratif_group_id, self.group)
        # components consumed from stock: 5 per 10 units, on top of the 10 put in
        after = self.env["stock.quant"]._get_available_quantity(
            self.component, self.warehouse.lot_stock_id
        )
        self.assertAlmostEqual(after, before + 10 - 5)
        # the finished lot carries its expiry date
        lot = production.lot_producing_id
        self.assertTrue(lot)
        expected = fields.Datetime.now() + timedelta(days=self.product.expiration_time)
        self.assertAlmostEqual(
            lot.expiration_date, expected, delta=timedelta(minutes=5)
        )
        # the run's cost is the value of the consumed components
        self.assertEqual(
            self.currency.compare_amounts(
                production.desmigratif_cost, 5 * self.component.standard_price
            ),
            0,
        )
        self.assertEqual(self.group.runs_since_share, 1)

    def test_run_needs_participants_who_are_members(self):
        stranger = self.env["res.partner"].create(
            {"name": "Not A Member", "is_resident": True, "company_id": self.company.id}
        )
        with self.assertRaisesRegex(ValidationError, "not members of the group"):
            self.make_run(stranger)
        with self.assertRaisesRegex(UserError, "Members Who Took Part"):
            self.make_run(self.env["res.partner"])
