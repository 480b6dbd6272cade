"""Numbers typed in e-Faktur's own NIK field before this add-on came."""

from odoo.tests import TransactionCase, tagged

from ..hooks import post_init_hook

NIK = "3307105203000001"  # a woman born on 12 March 2000


@tagged("post_install", "-at_install")
class TestNikMigration(TransactionCase):
    def set_efaktur_column(self, partner, number):
        self.env.flush_all()
        self.env.cr.execute(
            "UPDATE res_partner SET l10n_id_nik = %s WHERE id = %s",
            [number, partner.id],
        )

    def efaktur_column(self, partner):
        self.env.cr.execute(
            "SELECT l10n_id_nik FROM res_partner WHERE id = %s", [partner.id]
        )
        return self.env.cr.fetchone()[0]

    def test_valid_numbers_move_others_stay_and_are_logged(self):
        Partner = self.env["res.partner"]
        written_with_dots = Partner.create({"name": "Sri Wahyuni"})
        same_as_registry = Partner.create({"name": "Budi", "nik": "3307101203000002"})
        too_short = Partner.create({"name": "Toko Makmur"})
        someone_elses = Partner.create({"name": "Sri Kembar"})
        different = Partner.create({"name": "Agus", "nik": "3307100101900003"})
        self.set_efaktur_column(written_with_dots, "3307.1052.0300.0001")
        self.set_efaktur_column(same_as_registry, "3307101203000002")
        self.set_efaktur_column(too_short, "12345")
        self.set_efaktur_column(someone_elses, NIK)
        self.set_efaktur_column(different, "3307100101900004")
        self.env.invalidate_all()
        with self.assertLogs(
            "odoo.addons.desmigratif_l10n_id_efaktur.hooks", "WARNING"
        ) as logged:
            post_init_hook(self.env)
        self.env.invalidate_all()
        self.assertEqual(written_with_dots.nik, NIK)
        self.assertEqual(same_as_registry.nik, "3307101203000002")
        self.assertFalse(too_short.nik)
        self.assertFalse(someone_elses.nik)
        self.assertEqual(different.nik, "3307100101900003")
        self.assertIsNone(self.efaktur_column(written_with_dots))
        self.assertIsNone(self.efaktur_column(same_as_registry))
        self.assertEqual(self.efaktur_column(too_short), "12345")
        self.assertEqual(self.efaktur_column(someone_elses), NIK)
        self.assertEqual(self.efaktur_column(different), "3307100101900004")
        (message,) = logged.output
        self.assertIn(str([too_short.id, someone_elses.id, different.id]), message)
        # Contacts are named by id: the log never carries a NIK.
        self.assertNotIn(NIK, message)
        self.assertNotIn("3307100101900004", message)
