from odoo.tests import new_test_user, tagged

from .common import CoopCase

FORM = "desmigratif_base.desmigratif_resident_view_form"


@tagged("post_install", "-at_install")
class TestResidentForm(CoopCase):
    """The Savings and Loans buttons of the village office's resident form."""

    def test_counts(self):
        self.savings(self.member_a, "pokok")
        self.savings(self.member_a, "wajib")
        self.new_loan(partner=self.member_a)
        member = self.member_a.with_user(self.user_user)
        self.assertEqual(member.coop_savings_count, 2)
        self.assertEqual(member.coop_loan_count, 1)
        self.assertEqual(self.member_b.with_user(self.user_user).coop_loan_count, 0)

    def test_buttons_for_those_who_may_read_them(self):
        view = self.env.ref(FORM)
        cashier = new_test_user(
            self.env,
            "coop_form_cashier",
            groups="base.group_user",
            company_id=self.company.id,
        )
        for user, shown in ((cashier, False), (self.user_user, True)):
            with self.subTest(user=user.login):
                arch = (
                    self.env["res.partner"]
                    .with_user(user)
                    .get_views([(view.id, "form")])["views"]["form"]["arch"]
                )
                self.assertEqual('name="action_coop_view_savings"' in arch, shown)
                self.assertEqual('name="action_coop_view_loans"' in arch, shown)
