import re

from odoo.exceptions import AccessError, UserError
from odoo.tests import tagged

from .common import CoopCase


@tagged("post_install", "-at_install")
class TestKurReferral(CoopCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.bank = cls.env["res.bank"].create({"name": "Bank Negara Indonesia"})

    def referral(self, user):
        return (
            self.env["desmigratif.kur.referral"]
            .with_user(user)
            .create(
                {
                    "partner_id": self.member_a.id,
                    "bank_id": self.bank.id,
                    "amount_requested": 25_000_000,
                    "company_id": self.company.id,
                }
            )
        )

    def test_officer_refers_and_records_outcome(self):
        referral = self.referral(self.user_officer)
        self.assertTrue(referral.name.startswith("KUR/"))
        referral.action_refer()
        self.assertEqual(referral.state, "referred")
        referral.write(
            {"amount_granted": 20_000_000, "outcome": "Granted over 24 months"}
        )
        referral.action_approve()
        self.assertEqual(referral.state, "approved")

    def test_buttons_refuse_a_wrong_state(self):
        """Each button, sent again over RPC from a state it does not start
        from, is refused with a message and changes nothing."""
        # the steps to each state, and the buttons that do not start there
        paths = {
            "draft": ([], ["action_approve", "action_reject"]),
            "referred": (["action_refer"], ["action_refer"]),
            "approved": (
                ["action_refer", "action_approve"],
                ["action_refer", "action_approve", "action_reject", "action_cancel"],
            ),
            "rejected": (
                ["action_refer", "action_reject"],
                ["action_refer", "action_approve", "action_reject", "action_cancel"],
            ),
            "cancelled": (
                ["action_cancel"],
                ["action_refer", "action_approve", "action_reject", "action_cancel"],
            ),
        }
        for state, (steps, refused) in paths.items():
            referral = self.referral(self.user_officer)
            for step in steps:
                getattr(referral, step)()
            self.assertEqual(referral.state, state)
            for action in refused:
                with (
                    self.subTest(state=state, action=action),
                    self.assertRaisesRegex(UserError, re.escape(referral.name)),
                ):
                    getattr(referral, action)()
                self.assertEqual(referral.state, state)

    def test_user_only_reads(self):
        with self.assertRaises(AccessError):
            self.referral(self.user_user)
        referral = self.referral(self.user_officer)
        self.assertEqual(
            referral.with_user(self.user_user).read(["state"])[0]["state"], "draft"
        )

    def test_loans_of_other_villages_hidden(self):
        loan = self.new_loan(1_000_000)
        other = self.env["res.company"].create({"name": "Desa Tetangga"})
        stranger = self.env["res.partner"].create({"name": "Orang Desa Tetangga"})
        group = self.env["desmigratif.group"].create(
            {"name": "Kelompok Tetangga", "company_id": other.id}
        )
        foreign = (
            self.env["desmigratif.loan"]
            .with_company(other)
            .create(
                {
                    "partner_id": stranger.id,
                    "funding_group_id": group.id,
                    "principal": 500_000,
                    "company_id": other.id,
                }
            )
        )
        visible = self.env["desmigratif.loan"].with_user(self.user_officer).search([])
        self.assertIn(loan, visible)
        self.assertNotIn(foreign, visible)
