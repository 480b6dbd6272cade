from odoo.exceptions import UserError, ValidationError
from odoo.tests import new_test_user, tagged

from .common import ProductionCommon


@tagged("post_install", "-at_install")
class TestGrantTraining(ProductionCommon):
    def test_grant_posts_cash_against_grant_account(self):
        journal = self.env["account.journal"].search(
            [("type", "=", "cash"), ("company_id", "=", self.company.id)], limit=1
        )
        grant = self.env["desmigratif.group.grant"].create(
            {
                "name": "Village starting capital",
                "group_id": self.group.id,
                "amount": 500.0,
                "journal_id": journal.id,
            }
        )
        officer = new_test_user(
            self.env,
            login="prod_grant_officer",
            groups="desmigratif_base.group_desmigratif_officer",
        )
        with self.assertRaisesRegex(UserError, "only a Desmigratif manager"):
            grant.with_user(officer).action_post()
        manager = new_test_user(
            self.env,
            login="prod_grant_manager",
            groups="desmigratif_base.group_desmigratif_manager",
        )
        grant.with_user(manager).action_post()
        move = grant.move_id
        self.assertEqual(move.state, "posted")
        cash_line = move.line_ids.filtered(
            lambda line: line.account_id == journal.default_account_id
        )
        grant_line = move.line_ids.filtered(
            lambda line: line.account_id == self.company.desmigratif_grant_account_id
        )
        self.assertEqual(self.currency.compare_amounts(cash_line.debit, 500.0), 0)
        self.assertEqual(self.currency.compare_amounts(grant_line.credit, 500.0), 0)
        self.assertEqual(
            self.company.desmigratif_grant_account_id.account_type, "equity"
        )
        with self.assertRaisesRegex(ValidationError, "Amount"):
            grant.copy({"amount": 0})

    def test_grant_in_foreign_currency_is_converted(self):
        idr = self.env.ref("base.IDR")
        idr.active = True
        if idr == self.currency:
            return
        self.env["res.currency.rate"].create(
            {
                "currency_id": idr.id,
                "name": "2016-01-01",
                "rate": 10000.0,
                "company_id": self.company.id,
            }
        )
        grant = self.env["desmigratif.group.grant"].create(
            {
                "name": "Capital 2017",
                "group_id": self.group.id,
                "amount": 2000000,
                "currency_id": idr.id,
                "date": "2016-03-01",
            }
        )
        grant.action_post()
        debit = grant.move_id.line_ids.filtered(lambda line: line.debit)
        self.assertEqual(debit.amount_currency, 2000000)
        expected = idr._convert(2000000, self.currency, self.company, grant.date)
        self.assertEqual(self.currency.compare_amounts(debit.debit, expected), 0)

    def test_training_hours_per_member(self):
        Training = self.env["desmigratif.training"]
        Training.create(
            [
                {"name": "Hygiene", "hours": 8, "attendee_ids": self.members.ids},
                {
                    "name": "Packaging",
                    "hours": 3.5,
                    "attendee_ids": self.members[:1].ids,
                },
            ]
        )
        hours = Training._hours_per_member(self.members)
        self.assertEqual(hours[self.members[0].id], 11.5)
        self.assertEqual(hours[self.members[1].id], 8)
        member_hours = {
            member.partner_id: member.training_hours for member in self.group.member_ids
        }
        self.assertEqual(member_hours[self.members[0]], 11.5)
        self.assertEqual(member_hours[self.members[2]], 8)
        with self.assertRaisesRegex(ValidationError, "Hours"):
            Training.create({"name": "Nothing", "hours": 0})

    def test_equipment_value(self):
        self.env["desmigratif.group.equipment"].create(
            [
                {"name": "Oven", "group_id": self.group.id, "value": 300.0},
                {"name": "Scales", "group_id": self.group.id, "value": 25.0},
            ]
        )
        self.assertEqual(
            self.currency.compare_amounts(self.group.equipment_value, 325.0), 0
        )
        with self.assertRaisesRegex(ValidationError, "Value"):
            self.env["desmigratif.group.equipment"].create(
                {"name": "Wok", "group_id": self.group.id, "value": -1}
            )
