from datetime import date

from lxml import etree

from odoo.tests import tagged
from odoo.tools.misc import format_date

from .common import CoopCase


@tagged("post_install", "-at_install")
class TestPassbook(CoopCase):
    """What the member reads in the printed passbook (buku tabungan): the owner,
    every posted movement in order, money in and out, and the running balance,
    in each language the village uses."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.sukarela = cls.savings(cls.member_a, "sukarela")
        cls.deposit(cls.sukarela, 250_000, date(2026, 1, 5))
        cls.deposit(cls.sukarela, 100_000, date(2026, 2, 10))
        cls.deposit(cls.sukarela, 120_000, date(2026, 3, 3), kind="withdrawal")
        cls.deposit(cls.sukarela, 45_000, date(2026, 3, 20))
        # A draft is not in the books, so not in the passbook either.
        cls.env["desmigratif.savings.transaction"].create(
            {
                "savings_account_id": cls.sukarela.id,
                "amount": 999_000,
                "date": date(2026, 3, 25),
            }
        )

    def languages(self):
        """English, and Indonesian where it is installed."""
        return self.env["res.lang"].search([("code", "in", ("en_US", "id_ID"))])

    def render(self, account, lang):
        """The passbook's header text and its table rows, as a person reads them."""
        html, __ = (
            self.env["ir.actions.report"]
            .with_context(lang=lang.code)
            ._render_qweb_html("desmigratif_coop.report_savings_passbook", account.ids)
        )
        page = etree.fromstring(html, etree.HTMLParser()).find(
            ".//div[@class='page o_desmigratif_paper']"
        )
        rows = [
            [" ".join("".join(cell.itertext()).split()) for cell in row.iter("td")]
            for row in page.iterfind(
                ".//table[@class='table table-sm o_main_table']//tr"
            )
            if row.find("td") is not None
        ]
        header = " ".join(" ".join(page.find("p").itertext()).split())
        return page, header, rows

    def owner(self, page):
        """The values of the owner's block, one per line, labels left out."""
        table = page.find(".//table[@class='table table-sm table-borderless "
                          "o_passbook_owner mb-4']")  # fmt: skip
        return [
            " ".join("".join(row.findall("td")[1].itertext()).split())
            for row in table.iter("tr")
        ]

    def amount(self, text, lang):
        """Rupiah as printed ("Rp 1.250.000,00" in Indonesian, "Rp 1,250,000.00"
        in English) back to a number; an empty cell is None."""
        if not text:
            return None
        digits = text.replace(lang.thousands_sep, "").replace(lang.decimal_point, ".")
        return float("".join(ch for ch in digits if ch.isdigit() or ch in ".-"))

    def read_rows(self, rows, lang):
        return [
            (day, ref, self.amount(cash_in, lang), self.amount(cash_out, lang),
             self.amount(balance, lang))
            for day, ref, cash_in, cash_out, balance in rows
        ]  # fmt: skip

    def test_member_passbook(self):
        """Voluntary savings are a credit balance: deposits are in, the
        withdrawal is out, and the balance runs 250,000, 350,000, 230,000,
        275,000."""
        names = self.sukarela.transaction_ids.sorted("date").mapped("name")
        self.assertEqual(len(names), 5, "four posted and one draft")
        self.assertEqual(self.sukarela.balance, 275_000)
        for lang in self.languages():
            with self.subTest(lang=lang.code):
                env = self.env(context=dict(self.env.context, lang=lang.code))
                page, header, rows = self.render(self.sukarela, lang)
                self.assertIn(self.sukarela.name, "".join(page.find("h2").itertext()))
                label = dict(
                    self.sukarela._fields["product"]._description_selection(env)
                )["sukarela"]
                self.assertEqual(header, f"{label} - Bawon")
                self.assertEqual(
                    self.read_rows(rows, lang),
                    [
                        (format_date(env, date(2026, 1, 5)), names[0],
                         250_000, None, 250_000),
                        (format_date(env, date(2026, 2, 10)), names[1],
                         100_000, None, 350_000),
                        (format_date(env, date(2026, 3, 3)), names[2],
                         None, 120_000, 230_000),
                        (format_date(env, date(2026, 3, 20)), names[3],
                         45_000, None, 275_000),
                    ],
                )  # fmt: skip

    def test_group_cash_passbook(self):
        """A kas kelompok is cash, a debit balance: the grant of 10,000,000 is
        in, a payment of 2,500,000 out, leaving 7,500,000."""
        self.deposit(self.group_cash, 2_500_000, date(2026, 2, 1), kind="withdrawal")
        names = self.group_cash.transaction_ids.sorted("date").mapped("name")
        for lang in self.languages():
            with self.subTest(lang=lang.code):
                env = self.env(context=dict(self.env.context, lang=lang.code))
                __, header, rows = self.render(self.group_cash, lang)
                self.assertTrue(header.endswith(" - Kelompok Salak"), header)
                self.assertEqual(
                    self.read_rows(rows, lang),
                    [
                        (format_date(env, date(2026, 1, 2)), names[0],
                         10_000_000, None, 10_000_000),
                        (format_date(env, date(2026, 2, 1)), names[1],
                         None, 2_500_000, 7_500_000),
                    ],
                )  # fmt: skip

    def test_owner_details(self):
        """The member's book names her as on her KTP: account number, name, NIK,
        address, the groups she is in now (not the one she left), and when the
        book was opened."""
        sarinah = self.env["res.partner"].create(
            {
                "name": "Sarinah",
                "company_id": self.company.id,
                "nik": "3307105203850004",
                "street": "Jl. Salak 7",
            }
        )
        former = self.env["desmigratif.group"].create(
            {"name": "Kelompok Dodol", "company_id": self.company.id}
        )
        self.env["desmigratif.group.member"].create(
            [
                {"group_id": self.group.id, "partner_id": sarinah.id},
                {
                    "group_id": former.id,
                    "partner_id": sarinah.id,
                    "date_join": date(2024, 1, 1),
                    "date_leave": date(2025, 1, 1),
                },
            ]
        )
        account = self.env["desmigratif.savings.account"].create(
            {
                "partner_id": sarinah.id,
                "product": "wajib",
                "company_id": self.company.id,
                "date_open": date(2026, 1, 2),
            }
        )
        for lang in self.languages():
            with self.subTest(lang=lang.code):
                env = self.env(context=dict(self.env.context, lang=lang.code))
                page, __, rows = self.render(account, lang)
                owner = self.owner(page)
                self.assertEqual(
                    owner[:3], [account.name, "Sarinah", "3307105203850004"]
                )
                self.assertIn("Jl. Salak 7", owner[3])
                self.assertEqual(
                    owner[4:], ["Kelompok Salak", format_date(env, date(2026, 1, 2))]
                )
                self.assertEqual(rows, [])

    def test_group_cash_owner(self):
        """A kas kelompok's book names the group, with no person's NIK."""
        page, __, __ = self.render(self.group_cash, self.languages()[:1])
        self.assertEqual(self.owner(page)[:2], [self.group_cash.name, "Kelompok Salak"])
