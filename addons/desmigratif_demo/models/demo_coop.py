from datetime import date

from dateutil.relativedelta import relativedelta

from odoo import api, fields, models

GROUPS = ("salak", "daging", "singkong", "batik")
# The kas kelompok opened at the groups' first meeting after they formed
# (16 January 2017); members pay Rp 5,000 a month into it, once a year.
KAS_OPENED = date(2017, 2, 6)
IURAN_PER_MEMBER = 60_000
# Members of the savings and loans, who joined on 10 January of last year.
SAVERS = {
    "bawon": 50_000,
    "turyati": 100_000,
    "rahayu": 150_000,
    "sulasmini": 200_000,
    "sulastri": 50_000,
    "alfiah": 100_000,
    "sri_handayani": 150_000,
    "mafiroh": 200_000,
}
# Sulastri stopped paying her simpanan wajib three months ago: arrears.
WAJIB_STOPPED = {"sulastri": 3}
# Last year's loans, all repaid on their due dates: (borrower, funding group,
# principal, month of payout, purpose). At 2% a month flat for 3 months their
# fees are Rp 60,000 + 48,000 + 36,000 + 90,000 = Rp 234,000, last year's SHU.
LAST_YEAR_LOANS = [
    ("turyati", "salak", 1_000_000, 3, "Modal beli salak untuk dodol Lebaran"),
    ("alfiah", "singkong", 800_000, 4, "Beli singkong dan minyak goreng"),
    ("sulasmini", "daging", 600_000, 7, "Beli ayam untuk pesanan abon"),
    ("mafiroh", "batik", 1_500_000, 9, "Kain mori dan malam untuk seragam batik"),
]
# This year's loans: (borrower, borrowing group or None, funding group,
# principal, payout how long ago, final state, purpose).
CURRENT_LOANS = [
    ("bawon", None, "salak", 1_500_000, relativedelta(months=2), "disbursed",
     "Bibit salak dan pupuk"),
    ("sri_handayani", None, "batik", 900_000, relativedelta(months=4), "disbursed",
     "Malam dan pewarna batik"),
    ("sulastri", "singkong", "singkong", 1_200_000, relativedelta(months=1, days=20),
     "disbursed", "Kemasan standing pouch untuk keripik singkong"),
    ("rahayu", None, "daging", 1_000_000, relativedelta(), "submitted",
     "Gerobak untuk jualan bakso"),
    ("mafiroh", None, "batik", 600_000, relativedelta(), "draft",
     "Servis mesin jahit"),
]  # fmt: skip
STATE_ORDER = ("draft", "submitted", "approved", "disbursed")
# The field that dates each demo document, for its reference number.
DATE_FIELDS = ("date", "date_request", "date_open")


def _rupiah(amount):
    """Rp 60.000: the village writes its notes in Indonesian."""
    return "Rp " + f"{amount:,}".replace(",", ".")


class DesmigratifCoopDemo(models.AbstractModel):
    _name = "desmigratif.coop.demo"
    _description = "Desmigratif Cooperative Demo Data Generator"

    # Helpers -------------------------------------------------------------------

    def _ref(self, name):
        return self.env.ref(f"desmigratif_demo.{name}", raise_if_not_found=False)

    def _partner(self, key):
        return self.env.ref(f"desmigratif_demo.demo_partner_{key}")

    def _group(self, key):
        return self.env.ref(f"desmigratif_demo.demo_group_{key}")

    @api.model
    def _users(self):
        """The village's people who do the cooperative's work in the demo."""
        bookkeeper = self._ref("demo_user_bookkeeper")
        manager = self._ref("demo_user_manager")
        officer = self._ref("demo_user_officer") or bookkeeper
        return bookkeeper, manager, officer

    @api.model
    def _act(self, records, method, states, user):
        """Run a workflow action as a user on the records still in one of the
        states it starts from, so loading the demo again does nothing twice."""
        todo = records.filtered(lambda record: record.state in states)
        if todo:
            getattr(todo.with_user(user), method)()
        return todo

    @api.model
    def _create(self, xmlid, model, values, user):
        """Create a record as a user under an xmlid, or return the existing one.

        Its reference number follows its own date: a loan of last year is
        numbered PIN/<last year>/..., whatever the day the demo is installed."""
        record = self._ref(xmlid)
        if record:
            return record
        day = next(
            (values[name] for name in DATE_FIELDS if values.get(name)),
            self._today(),
        )
        record = (
            self.env[model]
            .with_user(user)
            .with_context(ir_sequence_date=day)
            .create(values)
        )
        self.env["ir.model.data"]._update_xmlids(
            [
                {
                    "xml_id": f"desmigratif_demo.{xmlid}",
                    "record": record,
                    "noupdate": True,
                }
            ]
        )
        return record.with_env(self.env)

    @api.model
    def _today(self):
        return fields.Date.context_today(self)

    @api.model
    def _this_year(self, delta):
        """A date some time ago, but in this year: last year's books are closed."""
        today = self._today()
        return max(today - delta, date(today.year, 1, 1))

    # Generator -----------------------------------------------------------------

    @api.model
    def _generate_kuripan(self):
        """The cooperative's books: kas kelompok iuran since 2017, members'
        savings and loans since January last year, last year's SHU posted.

        Dates are relative to the day of installation, yet last year is always
        a whole year in the books, so its figures are the same on every
        database. The bookkeeper records and posts, the manager approves."""
        bookkeeper, manager, officer = self._users()
        company = self.env.ref("base.main_company")
        company._desmigratif_coop_ensure_setup()
        if company.coop_bookkeeper_id != bookkeeper:
            company.coop_bookkeeper_id = bookkeeper
        self._generate_group_cash(bookkeeper)
        self._generate_savings(bookkeeper)
        self._generate_last_year_loans(bookkeeper, manager)
        self._generate_shu(manager)
        self._generate_current_loans(bookkeeper, manager)
        self._generate_kur(officer)
        self.env["desmigratif.loan.line"]._cron_mark_overdue()

    @api.model
    def _generate_group_cash(self, bookkeeper):
        """Each group's kas kelompok and its members' yearly iuran."""
        today = self._today()
        for key in GROUPS:
            group = self._group(key)
            cash = self._create(
                f"demo_cash_{key}",
                "desmigratif.savings.account",
                {"product": "group", "group_id": group.id, "date_open": KAS_OPENED},
                bookkeeper,
            )
            members = len(group.member_ids)
            transactions = self.env["desmigratif.savings.transaction"]
            for year in range(KAS_OPENED.year, today.year + 1):
                day = KAS_OPENED if year == KAS_OPENED.year else date(year, 1, 15)
                if day > today:
                    continue
                transactions |= self._create(
                    f"demo_trx_iuran_{key}_{year}",
                    "desmigratif.savings.transaction",
                    {
                        "savings_account_id": cash.id,
                        "kind": "deposit",
                        "amount": members * IURAN_PER_MEMBER,
                        "date": day,
                        "note": f"Iuran kas kelompok {year}: {members} anggota × "
                        f"{_rupiah(IURAN_PER_MEMBER)}",
                    },
                    bookkeeper,
                )
            self._act(transactions, "action_post", ("draft",), bookkeeper)

    @api.model
    def _generate_savings(self, bookkeeper):
        """Simpanan pokok on joining, wajib every 10th, one sukarela deposit
        this year and one withdrawal."""
        today = self._today()
        joined = date(today.year - 1, 1, 10)
        Transaction = self.env["desmigratif.savings.transaction"]
        transactions = Transaction
        for key, voluntary in SAVERS.items():
            partner = self._partner(key)
            accounts = {
                product: self._create(
                    f"demo_savings_{key}_{product}",
                    "desmigratif.savings.account",
                    {"product": product, "partner_id": partner.id, "date_open": joined},
                    bookkeeper,
                )
                for product in ("pokok", "wajib", "sukarela")
            }
            transactions |= self._create(
                f"demo_trx_{key}_pokok",
                "desmigratif.savings.transaction",
                {
                    "savings_account_id": accounts["pokok"].id,
                    "amount": 100_000,
                    "date": joined,
                },
                bookkeeper,
            )
            # last year is paid in full: its figures are the same on every database
            last_paid = max(
                today - relativedelta(months=WAJIB_STOPPED.get(key, 0)),
                date(today.year - 1, 12, 31),
            )
            month = joined
            while month <= last_paid:
                transactions |= self._create(
                    f"demo_trx_{key}_wajib_{month:%Y_%m}",
                    "desmigratif.savings.transaction",
                    {
                        "savings_account_id": accounts["wajib"].id,
                        "amount": 20_000,
                        "date": month,
                        "note": f"Simpanan wajib {month:%m/%Y}",
                    },
                    bookkeeper,
                )
                month += relativedelta(months=1)
            transactions |= self._create(
                f"demo_trx_{key}_sukarela",
                "desmigratif.savings.transaction",
                {
                    "savings_account_id": accounts["sukarela"].id,
                    "amount": voluntary,
                    "date": self._this_year(relativedelta(months=2)),
                },
                bookkeeper,
            )
        self._act(transactions, "action_post", ("draft",), bookkeeper)
        withdrawal = self._create(
            "demo_trx_alfiah_withdrawal",
            "desmigratif.savings.transaction",
            {
                "savings_account_id": self.env.ref(
                    "desmigratif_demo.demo_savings_alfiah_sukarela"
                ).id,
                "kind": "withdrawal",
                "amount": 50_000,
                "date": self._this_year(relativedelta(days=10)),
                "note": "Biaya sekolah anak",
            },
            bookkeeper,
        )
        self._act(withdrawal, "action_post", ("draft",), bookkeeper)

    @api.model
    def _loan(self, xmlid, values, bookkeeper):
        values = {"user_id": bookkeeper.id, "term_months": 3, **values}
        return self._create(xmlid, "desmigratif.loan", values, bookkeeper)

    @api.model
    def _advance(self, loan, target, bookkeeper, manager):
        """Walk a loan through the workflow up to a state: the bookkeeper
        submits and pays out, the manager approves."""
        steps = [
            ("action_submit", "draft", bookkeeper),
            ("action_approve", "submitted", manager),
            ("action_disburse", "approved", bookkeeper),
        ]
        for method, state, user in steps[: STATE_ORDER.index(target)]:
            self._act(loan, method, (state,), user)
        # approved some days before the payout, not on the day of installation
        approved = max(loan.date_request, loan.date_start - relativedelta(days=2))
        if loan.date_approved and loan.date_approved > approved:
            loan._workflow_write({"date_approved": approved})

    @api.model
    def _repay(self, loan, xmlid_prefix, bookkeeper, until):
        """Each instalment paid on its due date, up to a day."""
        repayments = self.env["desmigratif.loan.repayment"]
        for line in loan.sudo().line_ids.sorted("sequence"):
            if line.date_due > until:
                break
            repayment = self._create(
                f"{xmlid_prefix}_{line.sequence}",
                "desmigratif.loan.repayment",
                {"loan_id": loan.id, "date": line.date_due},
                bookkeeper,
            )
            # one by one: each repayment pays the oldest unpaid instalment
            self._act(repayment, "action_post", ("draft",), bookkeeper)
            repayments |= repayment
        return repayments

    @api.model
    def _generate_last_year_loans(self, bookkeeper, manager):
        year = self._today().year - 1
        for key, group, principal, month, purpose in LAST_YEAR_LOANS:
            start = date(year, month, 1)
            loan = self._loan(
                f"demo_loan_{key}_last_year",
                {
                    "partner_id": self._partner(key).id,
                    "funding_group_id": self._group(group).id,
                    "principal": principal,
                    "purpose": purpose,
                    "date_request": start - relativedelta(days=7),
                    "date_start": start,
                },
                bookkeeper,
            )
            self._advance(loan, "disbursed", bookkeeper, manager)
            end = start + relativedelta(months=3)
            self._repay(loan, f"demo_repayment_{key}_last_year", bookkeeper, end)

    @api.model
    def _generate_shu(self, manager):
        """Last year's SHU, closed on 31 December and credited to the members'
        simpanan sukarela."""
        year = self._today().year - 1
        company = self.env.ref("base.main_company")
        if self.env["desmigratif.shu"].search_count(
            [("company_id", "=", company.id), ("year", "=", year)]
        ):
            return
        wizard = (
            self.env["desmigratif.shu.wizard"]
            .with_user(manager)
            .with_company(company)
            .create(
                {
                    "company_id": company.id,
                    "date_from": date(year, 1, 1),
                    "date_to": date(year, 12, 31),
                    "date_post": date(year, 12, 31),
                    "distribution": "savings",
                }
            )
        )
        wizard.action_compute()
        action = wizard.action_post()
        shu = self.env["desmigratif.shu"].browse(action["res_id"])
        self.env["ir.model.data"]._update_xmlids(
            [
                {
                    "xml_id": "desmigratif_demo.demo_shu_last_year",
                    "record": shu,
                    "noupdate": True,
                }
            ]
        )

    @api.model
    def _generate_current_loans(self, bookkeeper, manager):
        today = self._today()
        for key, borrowing, funding, principal, ago, target, purpose in CURRENT_LOANS:
            start = self._this_year(ago)
            values = {
                "partner_id": self._partner(key).id,
                "funding_group_id": self._group(funding).id,
                "principal": principal,
                "purpose": purpose,
                "date_request": start - relativedelta(days=7),
                "date_start": start,
            }
            if borrowing:
                values.update(
                    borrower_type="group",
                    borrower_group_id=self._group(borrowing).id,
                )
            loan = self._loan(f"demo_loan_{key}", values, bookkeeper)
            self._advance(loan, target, bookkeeper, manager)
            if target == "disbursed" and key != "sulastri":
                # an instalment due today is not paid yet
                self._repay(
                    loan,
                    f"demo_repayment_{key}",
                    bookkeeper,
                    today - relativedelta(days=1),
                )

    @api.model
    def _generate_kur(self, officer):
        """Two members referred to BNI's KUR for migrant workers."""
        bank = self.env.ref("desmigratif_demo.demo_bank_bni")
        referrals = [
            (
                "bawon",
                {
                    "amount_requested": 25_000_000,
                    "purpose": "Memperluas kebun salak sepulang dari Taiwan",
                },
                "referred",
            ),
            (
                "turyati",
                {
                    "amount_requested": 15_000_000,
                    "amount_granted": 10_000_000,
                    "purpose": "Membuka warung kelontong",
                    "outcome": "Disetujui Rp 10.000.000 dengan tenor 24 bulan.",
                },
                "approved",
            ),
        ]
        for key, values, target in referrals:
            referral = self._create(
                f"demo_kur_{key}",
                "desmigratif.kur.referral",
                {
                    "partner_id": self._partner(key).id,
                    "bank_id": bank.id,
                    "date": self._this_year(relativedelta(months=1)),
                    **values,
                },
                officer,
            )
            self._act(referral, "action_refer", ("draft",), officer)
            if target == "approved":
                self._act(referral, "action_approve", ("referred",), officer)
