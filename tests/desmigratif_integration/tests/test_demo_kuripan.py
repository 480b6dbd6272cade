from odoo.tests import TransactionCase, tagged

# Table 1 of the paper and its text: the village as the demo must show it.
GROUP_SIZES = {"salak": 13, "daging": 11, "singkong": 13, "batik": 13}


@tagged("post_install", "-at_install")
class TestDemoKuripan(TransactionCase):
    """The demo database is Kuripan as the paper describes it, in rupiah."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.village = cls.env.ref("base.main_company")

    def test_village_books_in_rupiah_on_the_indonesian_chart(self):
        self.assertEqual(self.village.name, "Desa Kuripan")
        self.assertEqual(self.village.currency_id, self.env.ref("base.IDR"))
        self.assertEqual(self.village.chart_template, "id")

    def test_structure(self):
        counts = {
            model: self.env[model].search_count([("company_id", "=", self.village.id)])
            for model in ("desmigratif.dusun", "desmigratif.rw", "desmigratif.rt")
        }
        self.assertEqual(
            counts, {"desmigratif.dusun": 6, "desmigratif.rw": 12, "desmigratif.rt": 56}
        )

    def test_migrant_workers_abroad_and_returned(self):
        states = dict(
            self.env["desmigratif.placement"]._read_group(
                [("company_id", "=", self.village.id)], ["state"], ["__count"]
            )
        )
        self.assertEqual(states["abroad"], 170)
        self.assertEqual(states["returned"], 178)

    def test_participants_in_their_groups(self):
        for key, size in GROUP_SIZES.items():
            group = self.env.ref(f"desmigratif_demo.demo_group_{key}")
            with self.subTest(group=group.name):
                self.assertEqual(group.member_count, size)
                self.assertTrue(all(group.current_member_ids.mapped("is_participant")))

    def test_group_cash_and_grants(self):
        groups = self.env["desmigratif.group"].search(
            [("company_id", "=", self.village.id), ("kind", "=", "production")]
        )
        cash = self.env["desmigratif.savings.account"].search(
            [("group_id", "in", groups.ids), ("product", "=", "group")]
        )
        self.assertEqual(cash.group_id, groups)
        self.assertTrue(all(balance > 0 for balance in cash.mapped("balance")))
        grants = self.env["desmigratif.group.grant"].search(
            [
                ("group_id", "in", groups.ids),
                ("state", "=", "posted"),
                ("date", ">=", "2017-01-01"),
                ("date", "<=", "2017-12-31"),
            ]
        )
        self.assertEqual(grants.group_id, groups)
        self.assertEqual(sum(grants.mapped("amount")), 8_000_000)

    def test_education_house_and_posts(self):
        kinds = sorted(
            self.env["desmigratif.parenting.place"]
            .search([("company_id", "=", self.village.id)])
            .mapped("kind")
        )
        self.assertEqual(kinds.count("house"), 1)
        self.assertEqual(len(kinds), 3)
