from odoo.tests import TransactionCase, tagged

from odoo.addons.desmigratif_production import post_init_hook


@tagged("post_install", "-at_install")
class TestPostInitHook(TransactionCase):
    """Groups recorded before the production module (the registry's groups of
    desmigratif_base) get their analytic account when it is installed, archived
    groups too, and a second run creates nothing."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.plan = cls.env.ref(
            "desmigratif_production.analytic_plan_desmigratif_groups"
        )
        Group = cls.env["desmigratif.group"]
        cls.salak = Group.create({"name": "Uji Salak Lama", "kind": "production"})
        cls.batik = Group.create(
            {"name": "Uji Batik Lama", "kind": "production", "active": False}
        )
        cls.singkong = Group.create({"name": "Uji Singkong Baru", "kind": "production"})
        cls.singkong_account = cls.singkong.analytic_account_id
        # as they were before the module: no analytic account
        accounts = (cls.salak | cls.batik).analytic_account_id
        (cls.salak | cls.batik).write({"analytic_account_id": False})
        accounts.unlink()

    def group_accounts(self):
        return [
            (
                group.analytic_account_id.name,
                group.analytic_account_id.plan_id,
                group.analytic_account_id.company_id,
            )
            for group in (self.salak, self.batik, self.singkong)
        ]

    def count(self):
        return self.env["account.analytic.account"].search_count(
            [
                ("plan_id", "=", self.plan.id),
                (
                    "name",
                    "in",
                    ["Uji Salak Lama", "Uji Batik Lama", "Uji Singkong Baru"],
                ),
            ]
        )

    def test_groups_get_their_analytic_account(self):
        self.assertFalse(self.salak.analytic_account_id)
        self.assertFalse(self.batik.analytic_account_id)
        self.assertEqual(self.count(), 1)
        post_init_hook(self.env)
        company = self.env.company
        self.assertEqual(
            self.group_accounts(),
            [
                ("Uji Salak Lama", self.plan, company),
                ("Uji Batik Lama", self.plan, company),
                ("Uji Singkong Baru", self.plan, company),
            ],
        )
        self.assertEqual(self.singkong.analytic_account_id, self.singkong_account)
        self.assertEqual(self.count(), 3)

    def test_twice_is_harmless(self):
        post_init_hook(self.env)
        first = [
            group.analytic_account_id
            for group in (self.salak, self.batik, self.singkong)
        ]
        post_init_hook(self.env)
        self.assertEqual(
            [
                group.analytic_account_id
                for group in (self.salak, self.batik, self.singkong)
            ],
            first,
        )
        self.assertEqual(self.count(), 3)
