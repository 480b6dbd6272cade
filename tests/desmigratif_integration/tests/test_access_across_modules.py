from odoo.exceptions import AccessError
from odoo.tests import TransactionCase, new_test_user, tagged


@tagged("post_install", "-at_install")
class TestAccessAcrossModules(TransactionCase):
    """Each role sees its own pillar of the programme and no one else's data."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        village = cls.env.ref("base.main_company")

        def user(login, groups):
            return new_test_user(
                cls.env,
                login=login,
                groups=groups,
                company_id=village.id,
                company_ids=[village.id],
            )

        cls.volunteer = user(
            "relawan_uji", "desmigratif_parenting.group_parenting_volunteer"
        )
        cls.cashier = user("kasir_uji", "point_of_sale.group_pos_user")
        cls.reader = user("kades_uji", "desmigratif_base.group_desmigratif_user")
        cls.bookkeeper = user(
            "bendahara_uji", "desmigratif_coop.group_desmigratif_coop_bookkeeper"
        )
        cls.member = cls.env.ref("desmigratif_demo.demo_partner_bawon")
        cls.cash = cls.env["desmigratif.savings.account"].search(
            [("product", "=", "group"), ("company_id", "=", village.id)], limit=1
        )

    def test_volunteer_sees_children_only(self):
        children = self.env["desmigratif.child"].with_user(self.volunteer).search([])
        self.assertTrue(children)
        for model in (
            "desmigratif.placement",
            "desmigratif.complaint",
            "desmigratif.savings.account",
            "desmigratif.loan",
            "desmigratif.profit.share",
            "desmigratif.participant",
        ):
            with self.subTest(model=model), self.assertRaises(AccessError):
                self.env[model].with_user(self.volunteer).search([])
        with self.assertRaises(AccessError):
            self.member.with_user(self.volunteer).read(["nik"])

    def test_cashier_sees_no_personal_or_money_data(self):
        for field in ("nik", "migrant_status", "household_id", "group_member_ids"):
            with self.subTest(field=field), self.assertRaises(AccessError):
                self.member.with_user(self.cashier).read([field])
        for model in ("desmigratif.loan", "desmigratif.savings.account"):
            with self.subTest(model=model), self.assertRaises(AccessError):
                self.env[model].with_user(self.cashier).search([])

    def test_balances_only_for_officers_and_bookkeepers(self):
        self.assertTrue(self.cash.with_user(self.reader).name)
        with self.assertRaises(AccessError):
            self.cash.with_user(self.reader).read(["balance"])
        balance = self.cash.with_user(self.bookkeeper).read(["balance"])[0]["balance"]
        self.assertEqual(balance, self.cash.balance)
        self.assertGreater(balance, 0)
