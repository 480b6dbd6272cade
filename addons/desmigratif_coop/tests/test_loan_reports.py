from datetime import date

from freezegun import freeze_time
from lxml import etree, html

from odoo.tests import Form, tagged
from odoo.tools.safe_eval import safe_eval

from .common import CoopCase


@tagged("post_install", "-at_install")
@freeze_time("2026-03-15")
class TestLoanReports(CoopCase):
    """Outstanding means paid out and not yet repaid, and every report of the
    loans says the same sum.

    The village of ``CoopCase`` lends at 2% a month flat over 3 months, with
    instalments rounded up to Rp 500:
    - Bawon borrowed Rp 1,500,000 (instalments of 500,000 + 30,000 fee) and
      repaid the first, Rp 530,000: Rp 1,000,000 still owed;
    - Turyati borrowed Rp 1,200,000 (400,000 + 24,000) and repaid nothing:
      Rp 1,200,000 still owed;
    - Sutarmi asked for Rp 1,000,000, submitted, never paid out: nothing owed;
    - Paimin borrowed Rp 600,000 and was written off: the loss is booked,
      nothing owed;
    - Wagini's loan of Rp 800,000 is a draft: nothing owed.
    Outstanding: 1,000,000 + 1,200,000 = Rp 2,200,000 (not 3,200,000)."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        Partner = cls.env["res.partner"]
        cls.member_c, cls.member_d, cls.member_e = Partner.create(
            [
                {"name": name, "company_id": cls.company.id}
                for name in ("Sutarmi", "Paimin", "Wagini")
            ]
        )

    def setUp(self):
        super().setUp()
        self.repaid = self.disbursed_loan(1_500_000)
        self.repay(self.repaid, 530_000, date(2026, 3, 1))
        self.running = self.disbursed_loan(1_200_000, partner=self.member_b)
        self.submitted = self.new_loan(1_000_000, partner=self.member_c)
        self.submitted.with_user(self.user_bookkeeper).action_submit()
        self.written_off = self.disbursed_loan(600_000, partner=self.member_d)
        self.written_off.with_user(self.user_manager).action_write_off()
        self.draft = self.new_loan(800_000, partner=self.member_e)
        self.loans = (
            self.repaid | self.running | self.submitted | self.written_off | self.draft
        )

    def client_read_group(self, xmlid, view_type, groupby):
        """The sum of the measure of the action's ``view_type`` view, read as
        the web client reads it for the bookkeeper: the action's domain and
        context, the view's measure, one group per ``groupby`` value."""
        action = self.env.ref(xmlid)
        model = self.env[action.res_model].with_user(self.user_bookkeeper)
        context = safe_eval(action.context or "{}", {"uid": self.user_bookkeeper.id})
        domain = safe_eval(action.domain or "[]", {"uid": self.user_bookkeeper.id})
        arch = model.get_views([(False, view_type)])["views"][view_type]["arch"]
        measures = etree.fromstring(arch).xpath("//field[@type='measure']/@name")
        self.assertEqual(measures, ["remaining_principal"])
        groups = model.with_context(**context).read_group(
            domain, ["remaining_principal:sum"], [groupby], lazy=False
        )
        keys = [group[groupby] for group in groups]
        keys = [key[0] if isinstance(key, tuple) else key for key in keys]
        return {
            key: group["remaining_principal"]
            for key, group in zip(keys, groups, strict=True)
        }

    def test_outstanding_per_loan(self):
        self.assertEqual(
            self.loans.mapped("remaining_principal"), [1_000_000, 1_200_000, 0, 0, 0]
        )
        self.assertEqual(
            self.loans.mapped("state"),
            ["disbursed", "disbursed", "submitted", "written_off", "draft"],
        )
        # the books say the same: the loan receivable of each loan
        receivable = self.loans._get_receivable_balances()
        self.assertEqual(receivable[self.repaid.id], 1_000_000)
        self.assertEqual(receivable[self.running.id], 1_200_000)
        self.assertEqual(receivable.get(self.submitted.id, 0), 0)
        self.assertEqual(receivable[self.written_off.id], 0)

    def test_outstanding_report_menu(self):
        menu = self.env.ref("desmigratif_coop.menu_desmigratif_coop_reporting_loans")
        action = self.env.ref("desmigratif_coop.action_desmigratif_loan_outstanding")
        self.assertEqual(menu.action, action)
        domain = safe_eval(action.domain)
        listed = self.env["desmigratif.loan"].search(
            [*domain, ("id", "in", self.loans.ids)]
        )
        self.assertEqual(listed, self.repaid | self.running)
        for view_type in ("pivot", "graph"):
            with self.subTest(view=view_type):
                self.assertEqual(
                    self.client_read_group(
                        "desmigratif_coop.action_desmigratif_loan_outstanding",
                        view_type,
                        "funding_group_id",
                    ),
                    {self.group.id: 2_200_000},
                )

    def test_all_loans_pivot_and_ageing_agree(self):
        # the plain loans action lists every loan, and still sums only what is lent
        self.assertEqual(
            self.client_read_group(
                "desmigratif_coop.action_desmigratif_loan", "pivot", "funding_group_id"
            ),
            {self.group.id: 2_200_000},
        )
        by_state = self.client_read_group(
            "desmigratif_coop.action_desmigratif_loan", "pivot", "state"
        )
        self.assertEqual(by_state["submitted"], 0)
        self.assertEqual(by_state["disbursed"], 2_200_000)
        # Loan Ageing, by instalment: the same Rp 2,200,000, nothing late yet
        action = self.env.ref("desmigratif_coop.action_desmigratif_loan_ageing")
        groups = (
            self.env["desmigratif.loan.line"]
            .with_user(self.user_bookkeeper)
            .read_group(
                safe_eval(action.domain),
                ["remaining_principal:sum"],
                ["ageing"],
                lazy=False,
            )
        )
        self.assertEqual(
            {group["ageing"]: group["remaining_principal"] for group in groups},
            {"current": 2_200_000},
        )

    def test_list_total(self):
        """The list's Outstanding total is the same sum of the same field."""
        loans = self.env["desmigratif.loan"].with_user(self.user_bookkeeper)
        arch = loans.get_views([(False, "list")])["views"]["list"]["arch"]
        summed = etree.fromstring(arch).xpath("//field[@sum]/@name")
        # a total of principals would add drafts and requests to the money lent
        self.assertEqual(summed, ["remaining_principal"])
        total = loans.read_group(
            [("id", "in", self.loans.ids)], ["remaining_principal:sum"], []
        )
        self.assertEqual(total[0]["remaining_principal"], 2_200_000)

    def test_kanban_columns_in_workflow_order(self):
        groups = (
            self.env["desmigratif.loan"]
            .with_user(self.user_bookkeeper)
            .web_read_group([("id", "in", self.loans.ids)], ["state"], ["state"])
        )
        self.assertEqual(
            [(group["state"], group["state_count"]) for group in groups["groups"]],
            [
                ("draft", 1),
                ("submitted", 1),
                ("approved", 0),
                ("disbursed", 2),
                ("paid", 0),
                ("written_off", 1),
                ("cancelled", 0),
            ],
        )

    def test_pivot_reads_states_in_workflow_order(self):
        groups = (
            self.env["desmigratif.loan"]
            .with_user(self.user_bookkeeper)
            .read_group(
                [("id", "in", self.loans.ids)],
                ["remaining_principal:sum"],
                ["state"],
                lazy=False,
            )
        )
        self.assertEqual(
            [group["state"] for group in groups],
            ["draft", "submitted", "disbursed", "written_off"],
        )

    def test_draft_previews_its_schedule(self):
        self.assertFalse(self.draft.line_ids)
        # Rp 800,000 over 3 months at 2% flat: 16,000 fee a month, instalments
        # of 282,666.67 rounded up to 283,000, the last one takes the rest
        self.assertEqual(
            [
                (row["sequence"], row["date_due"], row["principal"], row["fee"])
                for row in self.draft._schedule_values()
            ],
            [
                (1, date(2026, 3, 1), 267_000, 16_000),
                (2, date(2026, 4, 1), 267_000, 16_000),
                (3, date(2026, 5, 1), 266_000, 16_000),
            ],
        )
        rows = html.fromstring(self.draft.schedule_preview).xpath("//tbody/tr")
        self.assertEqual([row[0].text_content() for row in rows], ["1", "2", "3"])
        self.assertFalse(self.draft.line_ids, "the preview writes no instalment")
        self.assertFalse(self.submitted.schedule_preview)
        self.assertEqual(len(self.submitted.line_ids), 3)

    def test_preview_follows_the_form(self):
        form = Form(self.env["desmigratif.loan"].with_user(self.user_bookkeeper))
        form.partner_id = self.member_e
        form.funding_group_id = self.group
        form.principal = 600_000
        form.term_months = 2
        form.date_start = date(2026, 4, 1)
        rows = html.fromstring(form.schedule_preview).xpath("//tbody/tr")
        self.assertEqual(len(rows), 2)
        form.term_months = 4
        rows = html.fromstring(form.schedule_preview).xpath("//tbody/tr")
        self.assertEqual(len(rows), 4)
