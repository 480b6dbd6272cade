"""e-Faktur's NIK is the registry's NIK: one number, its rules, its readers."""

from collections import Counter

from lxml import etree

from odoo.exceptions import AccessError, ValidationError
from odoo.tests import TransactionCase, new_test_user, tagged
from odoo.tools import mute_logger

NIK = "3307105203000001"  # a woman born on 12 March 2000, of Wonosobo (3307)
OTHER_NIK = "3307101203000002"  # a man born on 12 March 2000


@tagged("post_install", "-at_install")
class TestNikField(TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        for role, groups in (
            ("officer", "desmigratif_base.group_desmigratif_officer"),
            ("employee", "base.group_user"),
            ("accountant", "account.group_account_invoice"),
        ):
            user = new_test_user(
                cls.env,
                login=f"efaktur_nik_{role}",
                groups=f"{groups},base.group_partner_manager,base.group_allow_export",
            )
            setattr(cls, role, user)
        cls.customer = cls.env["res.partner"].create(
            {"name": "Sri Wahyuni", "nik": NIK}
        )

    def stored_efaktur_column(self, partner):
        self.env.flush_all()
        self.env.cr.execute(
            "SELECT l10n_id_nik FROM res_partner WHERE id = %s", [partner.id]
        )
        return self.env.cr.fetchone()[0]

    def test_one_number_under_both_names(self):
        customer = self.customer.with_user(self.officer)
        self.assertEqual(customer.l10n_id_nik, NIK)
        customer.l10n_id_nik = OTHER_NIK
        self.assertEqual(customer.nik, OTHER_NIK)
        customer.nik = NIK
        self.assertEqual(customer.l10n_id_nik, NIK)
        customer.l10n_id_nik = False
        self.assertFalse(customer.nik)
        self.assertIsNone(self.stored_efaktur_column(customer))
        created = (
            self.env["res.partner"]
            .with_user(self.officer)
            .create({"name": "Budi", "l10n_id_nik": OTHER_NIK})
        )
        self.assertEqual(created.nik, OTHER_NIK)
        self.assertIsNone(self.stored_efaktur_column(created))
        self.assertEqual(
            self.env["res.partner"]
            .with_user(self.officer)
            .search([("l10n_id_nik", "=", OTHER_NIK)]),
            created,
        )

    def test_registry_rules_apply(self):
        customer = self.customer.with_user(self.officer)
        other = self.env["res.partner"].create({"name": "Budi", "nik": OTHER_NIK})
        man = self.env["res.partner"].create({"name": "Agus", "gender": "male"})
        refused = {
            "15 digits": lambda: customer.write({"l10n_id_nik": NIK[:15]}),
            "another person's": lambda: customer.write({"l10n_id_nik": OTHER_NIK}),
            "a woman's for a man": lambda: man.with_user(self.officer).write(
                {"l10n_id_nik": "3307105203000003"}
            ),
            "created with another person's": lambda: (
                self.env["res.partner"]
                .with_user(self.officer)
                .create({"name": "Budi Kedua", "l10n_id_nik": OTHER_NIK})
            ),
        }
        for label, call in refused.items():
            with (
                self.subTest(label),
                self.assertRaises(ValidationError),
                self.env.cr.savepoint(),
            ):
                call()
        self.assertEqual(customer.nik, NIK)
        self.assertEqual(other.nik, OTHER_NIK)
        self.assertFalse(man.nik)
        self.assertEqual(
            self.env["res.partner"].search_count([("nik", "=", OTHER_NIK)]), 1
        )

    def test_one_label(self):
        """No two fields of a person share a label (Odoo warns at install)."""
        for model in ("res.partner", "res.users"):
            labels = Counter(field.string for field in self.env[model]._fields.values())
            fields = self.env[model]._fields
            with self.subTest(model):
                self.assertEqual(fields["nik"].string, "NIK Number")
                self.assertEqual(fields["l10n_id_nik"].string, "NIK (e-Faktur)")
                self.assertEqual(labels["NIK Number"], 1)
                self.assertEqual(labels["NIK (e-Faktur)"], 1)
                self.assertEqual(labels["NIK"], 0)

    def test_partner_form_shows_the_registry_nik(self):
        """e-Faktur's tax group of the Accounting tab shows the registry's NIK."""
        bookkeeper = new_test_user(
            self.env,
            login="efaktur_nik_bookkeeper",
            groups="desmigratif_base.group_desmigratif_officer,"
            "account.group_account_invoice",
        )
        arch = etree.fromstring(
            self.env["res.partner"]
            .with_user(bookkeeper)
            .get_views([(False, "form")])["views"]["form"]["arch"]
        )
        self.assertFalse(arch.xpath("//field[@name='l10n_id_nik']"))
        self.assertTrue(arch.xpath("//page[@name='accounting']//field[@name='nik']"))

    @mute_logger("odoo.models")
    def test_hidden_from_users_without_nik_access(self):
        """Every route a client has, tried by an employee and an accountant."""
        for user in (self.employee, self.accountant):
            partner = self.customer.with_user(user)
            user_record = self.env["res.users"].with_user(user).browse(user.id)
            routes = {
                "read": lambda p=partner: p.read(["l10n_id_nik"]),
                "search_read": lambda p=partner: p.search_read(
                    [("id", "=", p.id)], ["l10n_id_nik"]
                ),
                "web_read": lambda p=partner: p.web_read({"l10n_id_nik": {}}),
                "export_data": lambda p=partner: p.export_data(["l10n_id_nik"]),
                "export through users": lambda u=user_record: u.export_data(
                    ["l10n_id_nik"]
                ),
                "search": lambda p=partner: p.search(
                    [("l10n_id_nik", "=like", "3307%")]
                ),
                "onchange": lambda p=partner: p.onchange({}, [], {"l10n_id_nik": {}}),
                "attribute": lambda p=partner: p.l10n_id_nik,
            }
            for route, call in routes.items():
                self.env.invalidate_all()
                with (
                    self.subTest(user=user.login, route=route),
                    self.assertRaises(AccessError),
                ):
                    call()
            # Grouping and sorting need a stored column: refused to everyone
            # (a sudo related field would have grouped by the registry's NIK).
            for route, call in {
                "read_group": lambda p=partner: p.read_group(
                    [("id", "=", p.id)], ["id:count"], ["l10n_id_nik"]
                ),
                "order": lambda p=partner: p.search([], order="l10n_id_nik"),
                "users read_group": lambda u=user_record: u.read_group(
                    [], ["id:count"], ["l10n_id_nik"]
                ),
            }.items():
                with (
                    self.subTest(user=user.login, route=route),
                    self.assertRaises(ValueError),
                ):
                    call()
            with self.subTest(user=user.login, route="fields_get"):
                self.assertNotIn("l10n_id_nik", partner.fields_get())
