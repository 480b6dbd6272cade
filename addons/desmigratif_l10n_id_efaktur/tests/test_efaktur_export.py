"""The e-Faktur file of a customer known by NIK only."""

from odoo import Command
from odoo.exceptions import AccessError
from odoo.tests import new_test_user, tagged
from odoo.tools import mute_logger

from odoo.addons.account.tests.common import AccountTestInvoicingCommon

NIK = "3307105203000001"  # a woman born on 12 March 2000


@tagged("post_install", "-at_install")
class TestEfakturExport(AccountTestInvoicingCommon):
    @classmethod
    @AccountTestInvoicingCommon.setup_country("id")
    def setUpClass(cls):
        super().setUpClass()
        cls.company.write({"street": "Jl. Kuripan 1", "phone": "0286 321"})
        cls.env["l10n_id_efaktur.efaktur.range"].create(
            {"min": "0000000000001", "max": "0000000000010"}
        )
        tax = cls.env["account.tax"].create(
            {"name": "PPN 10%", "type_tax_use": "sale", "amount": 10.0}
        )
        customer = cls.env["res.partner"].create(
            {"name": "Sri Wahyuni", "nik": NIK, "l10n_id_pkp": True}
        )
        invoice = cls.env["account.move"].create(
            {
                "move_type": "out_invoice",
                "partner_id": customer.id,
                "invoice_date": "2026-11-02",
                "date": "2026-11-02",
                "l10n_id_kode_transaksi": "01",
                "invoice_line_ids": [
                    Command.create(
                        {
                            "name": "Keripik salak",
                            "price_unit": 150000,
                            "tax_ids": tax.ids,
                        }
                    )
                ],
            }
        )
        invoice.action_post()
        invoice.download_efaktur()
        cls.document = invoice.l10n_id_efaktur_document
        users = {}
        for login, groups in (
            ("efaktur_accountant", "account.group_account_invoice"),
            (
                "efaktur_accountant_officer",
                "account.group_account_invoice,"
                "desmigratif_base.group_desmigratif_officer",
            ),
        ):
            users[login] = new_test_user(
                cls.env,
                login=login,
                groups=groups,
                company_id=cls.company.id,
                company_ids=[cls.company.id],
            )
        cls.accountant = users["efaktur_accountant"]
        cls.accountant_officer = users["efaktur_accountant_officer"]

    def test_the_file_carries_the_registry_nik(self):
        csv = self.document.with_user(
            self.accountant_officer
        )._generate_efaktur_invoice(",")
        # NPWP column: the NIK of a customer without NPWP; REFERENSI: invoice, NIK.
        self.assertIn(f'"2/11/2026","{NIK}","Sri Wahyuni"', csv)
        self.assertIn(
            f'"150000","15000","0","","0","0","0","0","INV/2026/00001 {NIK}"', csv
        )

    @mute_logger("odoo.models")
    def test_only_a_user_who_sees_the_nik_writes_it_in_the_file(self):
        self.env.invalidate_all()
        with self.assertRaises(AccessError):
            self.document.with_user(self.accountant)._generate_efaktur_invoice(",")
