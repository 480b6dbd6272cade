from odoo.exceptions import AccessError
from odoo.tests import new_test_user, tagged

from .common import ProductionCommon


@tagged("post_install", "-at_install")
class TestAccess(ProductionCommon):
    def test_cashier_cannot_read_personal_data(self):
        cashier = new_test_user(
            self.env, login="prod_cashier", groups="point_of_sale.group_pos_user"
        )
        member = self.members[0].sudo()
        member.nik = "3307105203009123"
        # the cashier sees a customer's name but not the NIK, the household or groups
        self.assertEqual(member.with_user(cashier).name, member.name)
        with self.assertRaises(AccessError):
            member.with_user(cashier).read(["nik"])
        with self.assertRaises(AccessError):
            self.group.member_ids.with_user(cashier).read(["partner_id"])
        with self.assertRaises(AccessError):
            self.group.with_user(cashier).read(["name"])
        with self.assertRaises(AccessError):
            self.env["desmigratif.profit.share"].with_user(cashier).search([])
        # the fields the point of sale loads for partners hold no personal data
        loaded = self.env["res.partner"].with_user(cashier)._load_pos_data_fields(False)
        for field in (
            "nik",
            "household_id",
            "birthdate",
            "placement_ids",
            "group_member_ids",
        ):
            self.assertNotIn(field, loaded)
        # the cashier still reads the products the stall sells
        self.assertEqual(self.product.with_user(cashier).name, self.product.name)

    def test_user_reads_officer_writes(self):
        user = new_test_user(
            self.env,
            login="prod_reader",
            groups="desmigratif_base.group_desmigratif_user",
        )
        officer = new_test_user(
            self.env,
            login="prod_officer",
            groups="desmigratif_base.group_desmigratif_officer",
        )
        Equipment = self.env["desmigratif.group.equipment"]
        equipment = Equipment.with_user(officer).create(
            {"name": "Blender", "group_id": self.group.id, "value": 40}
        )
        self.assertEqual(equipment.with_user(user).name, "Blender")
        with self.assertRaises(AccessError):
            equipment.with_user(user).write({"value": 50})
        with self.assertRaises(AccessError):
            equipment.with_user(officer).unlink()

    def test_multi_company(self):
        other = self.env["res.company"].create({"name": "Desa Lain"})
        officer = new_test_user(
            self.env,
            login="prod_officer_mc",
            groups="desmigratif_base.group_desmigratif_officer",
            company_id=self.company.id,
            company_ids=[(6, 0, self.company.ids)],
        )
        foreign_group = self.env["desmigratif.group"].create(
            {"name": "Other village group", "company_id": other.id}
        )
        equipment = self.env["desmigratif.group.equipment"].create(
            {"name": "Oven", "group_id": foreign_group.id, "company_id": other.id}
        )
        self.assertEqual(foreign_group.analytic_account_id.company_id, other)
        self.assertFalse(
            self.env["desmigratif.group.equipment"]
            .with_user(officer)
            .search([("id", "=", equipment.id)])
        )
