from datetime import date

from odoo import Command, fields
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import Form, new_test_user, tagged

from odoo.addons.desmigratif_production.models.product_template import (
    parse_pirt_number,
)

from .common import ProductionCommon


@tagged("post_install", "-at_install")
class TestPermit(ProductionCommon):
    def test_pirt_number_validated_on_entry(self):
        template = self.product.product_tmpl_id
        with self.assertRaisesRegex(ValidationError, "P-IRT Number.*15 digits"):
            template.desmigratif_pirt_number = "20633070100129"
        with self.assertRaisesRegex(ValidationError, "P-IRT Number.*15 digits"):
            template.desmigratif_pirt_number = "20633070100A229"
        with self.assertRaisesRegex(ValidationError, "regency"):
            template.desmigratif_pirt_number = "206340101001229"
        template.desmigratif_pirt_number = "206-3307-0100-12-29"
        self.assertEqual(template.desmigratif_pirt_number, "206330701001229")
        self.assertEqual(template.desmigratif_pirt_expiry_date, date(2029, 12, 31))

    def test_parse_pirt_number(self):
        self.assertEqual(parse_pirt_number("206330701001229"), "206330701001229")
        self.assertEqual(parse_pirt_number("206-3307-0100-12-29"), "206330701001229")
        self.assertEqual(parse_pirt_number(" 206.3307.0100/12 29 "), "206330701001229")
        # Arabic-Indic and full-width digits are digits to Python, not to P-IRT
        self.assertIsNone(parse_pirt_number("\u0662\u0660\u0666330701001229"))
        self.assertIsNone(parse_pirt_number("\uff12\uff10\uff16330701001229"))
        self.assertIsNone(parse_pirt_number("20633070100122"))
        self.assertIsNone(parse_pirt_number("2063307010012290"))
        self.assertIsNone(parse_pirt_number("20633070100A229"))
        self.assertIsNone(parse_pirt_number(206330701001229))
        self.assertIsNone(parse_pirt_number(2.0633070100122e14))
        self.assertIsNone(parse_pirt_number(None))

    def test_pirt_number_refused_as_number_or_foreign_digits(self):
        template = self.product.product_tmpl_id
        before = template.desmigratif_pirt_number
        for value in (
            206330701001229,
            "\u0662\u0660\u0666330701001229",
            "\uff12\uff10\uff16330701001229",
        ):
            with self.subTest(value=value), self.assertRaises(ValidationError):
                template.write({"desmigratif_pirt_number": value})
            self.assertEqual(template.desmigratif_pirt_number, before)
        with self.assertRaises(ValidationError):
            self.env["product.template"].create(
                {"name": "Keripik", "desmigratif_pirt_number": 206330701001229}
            )
        self.assertFalse(
            self.env["product.template"].search([("name", "=", "Keripik")])
        )

    def test_pirt_state(self):
        template = self.product.product_tmpl_id
        today = fields.Date.today()
        warning = self.company.desmigratif_permit_warning_days
        template.desmigratif_pirt_number = self.pirt_number(today.year + 3)
        self.assertEqual(template.desmigratif_pirt_state, "valid")
        template.desmigratif_pirt_number = self.pirt_number(today.year - 1)
        self.assertEqual(template.desmigratif_pirt_state, "expired")
        template.desmigratif_pirt_number = False
        self.assertEqual(template.desmigratif_pirt_state, "missing")
        # valid until 31 December of this year: expiring when that is within the
        # warning window
        template.desmigratif_pirt_number = self.pirt_number(today.year)
        end = date(today.year, 12, 31)
        expected = "expiring" if (end - today).days <= warning else "valid"
        self.assertEqual(template.desmigratif_pirt_state, expected)
        self.company.desmigratif_permit_warning_days = 400
        template.invalidate_recordset(["desmigratif_pirt_state"])
        self.assertEqual(template.desmigratif_pirt_state, "expiring")
        self.assertIn(
            template,
            self.env["product.template"].search(
                [("desmigratif_pirt_state", "=", "expiring")]
            ),
        )

    def _order(self, partner):
        return self.env["sale.order"].create(
            {
                "partner_id": partner.id,
                "order_line": [
                    Command.create(
                        {"product_id": self.product.id, "product_uom_qty": 2}
                    )
                ],
            }
        )

    def test_sale_outside_regency_needs_valid_permit(self):
        self.product.desmigratif_pirt_number = self.pirt_number(date.today().year - 2)
        order = self._order(self.customer_out)
        with self.assertRaisesRegex(UserError, "P-IRT permit.*outside the regency"):
            order.action_confirm()
        self.assertEqual(order.state, "draft")
        # inside the regency: by city, by being a village resident
        inside = self._order(self.customer_in)
        inside.action_confirm()
        self.assertEqual(inside.state, "sale")
        resident_order = self._order(self.members[0])
        resident_order.action_confirm()
        self.assertEqual(resident_order.state, "sale")
        # a customer living elsewhere whose NIK was issued in the regency is inside
        elsewhere = self.env["res.partner"].create(
            [
                {"name": "Born in Wonosobo", "city": "Semarang", "nik": nik}
                for nik in ("3307105203000001", "3374105203000001")
            ]
        )
        born_inside = self._order(elsewhere[0])
        born_inside.action_confirm()
        self.assertEqual(born_inside.state, "sale")
        born_outside = self._order(elsewhere[1])
        with self.assertRaisesRegex(UserError, "P-IRT permit.*outside the regency"):
            born_outside.action_confirm()
        # a valid permit lifts the limit
        self.product.desmigratif_pirt_number = self.pirt_number(date.today().year + 2)
        order.action_confirm()
        self.assertEqual(order.state, "sale")

    def test_manager_override(self):
        self.product.desmigratif_pirt_number = False
        officer = new_test_user(
            self.env,
            login="prod_officer_sale",
            groups="sales_team.group_sale_salesman_all_leads,"
            "desmigratif_base.group_desmigratif_officer",
        )
        order = self._order(self.customer_out).with_user(officer)
        with self.assertRaises(UserError):
            order.action_confirm()
        # the officer cannot tick the override, a manager can
        with self.assertRaises(AccessError):
            order.write({"desmigratif_permit_override": True})
        manager = new_test_user(
            self.env,
            login="prod_manager_sale",
            groups="sales_team.group_sale_salesman_all_leads,"
            "desmigratif_base.group_desmigratif_manager",
        )
        with Form(order.with_user(manager)) as form:
            form.desmigratif_permit_override = True
        order.action_confirm()
        self.assertEqual(order.state, "sale")

    def test_non_food_without_permit_sells_anywhere(self):
        self.product.write(
            {"desmigratif_is_food": False, "desmigratif_pirt_number": False}
        )
        order = self._order(self.customer_out)
        order.action_confirm()
        self.assertEqual(order.state, "sale")
