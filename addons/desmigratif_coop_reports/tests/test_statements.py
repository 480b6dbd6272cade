import io
from datetime import date

import openpyxl

from odoo.exceptions import UserError, ValidationError
from odoo.tests import TransactionCase, tagged

from .common import CoopReportsCase

PL_TYPES = (
    "income",
    "income_other",
    "expense",
    "expense_depreciation",
    "expense_direct_cost",
)


@tagged("post_install", "-at_install")
class TestStatements(CoopReportsCase):
    def test_balance_sheet_at_year_end(self):
        """Cash: 10,000,000 grant + 800,000 savings - 4,000,000 lent +
        1,060,000 repaid = 7,860,000; loans 2,000,000 + 1,000,000."""
        bs = self.statement("balance_sheet", date(2025, 1, 1), date(2025, 12, 31))
        self.assertEqual(bs["cash"], 7_860_000)
        self.assertEqual(bs["loans"], 3_000_000)
        self.assertEqual(bs["total_assets"], 10_860_000)
        self.assertEqual(bs["voluntary_savings"], 560_000)
        self.assertEqual(bs["total_liabilities"], 560_000)
        self.assertEqual(bs["pokok"], 200_000)
        self.assertEqual(bs["wajib"], 40_000)
        self.assertEqual(bs["group_fund"], 10_000_000)
        self.assertEqual(bs["shu_current"], 60_000)
        self.assertEqual(bs["shu_previous"], 0)
        self.assertEqual(bs["total_equity"], 10_300_000)
        self.assertEqual(bs["total_liabilities_equity"], 10_860_000)

    def test_balance_sheet_after_shu(self):
        """Once the 2025 SHU of 60,000 is posted, it leaves the equity's
        surplus for the reserve (40%), the funds (4 x 5%) and the members
        (40%), and the sheet still balances."""
        self.post_shu_2025()
        bs = self.statement("balance_sheet", date(2026, 1, 1), date(2026, 6, 30))
        self.assertEqual(bs["total_assets"], 10_860_000)
        self.assertEqual(bs["shu_payable"], 24_000)
        self.assertEqual(bs["shu_funds"], 12_000)
        self.assertEqual(bs["reserve"], 24_000)
        self.assertEqual(bs["shu_previous"], 0)
        self.assertEqual(bs["shu_current"], 0)
        self.assertEqual(bs["total_liabilities"], 596_000)
        self.assertEqual(bs["total_equity"], 10_264_000)
        self.assertEqual(bs["total_liabilities_equity"], 10_860_000)

    def test_balance_sheet_equals_trial_balance(self):
        """The OCA trial balance of 2025 gives the same totals, account by
        account type, and its debits equal its credits."""
        wizard = self.env["trial.balance.report.wizard"].create(
            {
                "company_id": self.company.id,
                "date_from": date(2025, 1, 1),
                "date_to": date(2025, 12, 31),
                "target_move": "posted",
            }
        )
        data = wizard._prepare_report_data()
        values = self.env[
            "report.account_financial_report.trial_balance"
        ]._get_report_values(wizard, data)
        rows = [row for row in values["trial_balance"] if row["type"] == "account_type"]
        accounts = self.env["account.account"].browse([row["id"] for row in rows])
        kinds = {account.id: account.account_type for account in accounts}
        totals = {"asset": 0.0, "liability": 0.0, "equity": 0.0}
        for row in rows:
            kind = kinds[row["id"]].split("_")[0]
            if kinds[row["id"]] in PL_TYPES or kind == "equity":
                kind = "equity"
            totals[kind] += row["ending_balance"]
        self.assertEqual(sum(row["debit"] for row in rows), 15_860_000)
        self.assertEqual(sum(row["credit"] for row in rows), 15_860_000)
        bs = self.statement("balance_sheet", date(2025, 1, 1), date(2025, 12, 31))
        self.assertEqual(totals["asset"], 10_860_000)
        self.assertEqual(bs["total_assets"], totals["asset"])
        self.assertEqual(bs["total_liabilities"], -totals["liability"])
        self.assertEqual(bs["total_equity"], -totals["equity"])

    def test_surplus_equals_shu_base(self):
        lphu = self.statement("surplus", date(2025, 1, 1), date(2025, 12, 31))
        self.assertEqual(lphu["fee_income"], 60_000)
        self.assertEqual(lphu["total_income"], 60_000)
        self.assertEqual(lphu["total_expenses"], 0)
        self.assertEqual(lphu["shu"], 60_000)
        self.assertEqual(lphu["loan_result"], 60_000)
        wizard = self.env["desmigratif.shu.wizard"].create(
            {
                "company_id": self.company.id,
                "date_from": date(2025, 1, 1),
                "date_to": date(2025, 12, 31),
                "date_post": date(2026, 1, 5),
            }
        )
        self.assertEqual(wizard.surplus, 60_000)

    def test_changes_in_equity(self):
        """Pokok and wajib paid in during 2025, the group grant, no reserve
        yet; in 2026 the SHU adds 24,000 to the reserve."""
        eq = self.statement("equity", date(2025, 1, 1), date(2025, 12, 31))
        self.assertEqual(
            [eq[f"{key}_{part}"] for key in ("pokok", "wajib", "group_fund")
             for part in ("open", "in", "out", "close")],
            [0, 200_000, 0, 200_000, 0, 40_000, 0, 40_000,
             0, 10_000_000, 0, 10_000_000],
        )  # fmt: skip
        self.assertEqual(eq["total_close"], 10_240_000)
        self.post_shu_2025()
        eq = self.statement("equity", date(2026, 1, 1), date(2026, 12, 31))
        self.assertEqual(eq["total_open"], 10_240_000)
        self.assertEqual(
            [eq["reserve_open"], eq["reserve_in"], eq["reserve_close"]],
            [0, 24_000, 24_000],
        )
        self.assertEqual(eq["total_close"], 10_264_000)

    def test_cash_flow(self):
        """2025: 60,000 surplus and 3,000,000 lent out (operations), no
        investment, 800,000 of savings and the 10,000,000 grant (financing):
        the cash grows from 0 to 7,860,000."""
        cf = self.statement("cash_flow", date(2025, 1, 1), date(2025, 12, 31))
        self.assertEqual(cf["shu"], 60_000)
        self.assertEqual(cf["loans_change"], -3_000_000)
        self.assertEqual(cf["operating"], -2_940_000)
        self.assertEqual(cf["investing"], 0)
        self.assertEqual(cf["savings_change"], 800_000)
        self.assertEqual(cf["group_fund_change"], 10_000_000)
        self.assertEqual(cf["financing"], 10_800_000)
        self.assertEqual(cf["net_change"], 7_860_000)
        self.assertEqual(cf["cash_open"], 0)
        self.assertEqual(cf["cash_close"], 7_860_000)
        # The SHU posted in 2026 only moves money between equity and
        # liabilities: no cash changes.
        self.post_shu_2025()
        cf = self.statement("cash_flow", date(2026, 1, 1), date(2026, 12, 31))
        self.assertEqual(cf["net_change"], 0)
        self.assertEqual(cf["cash_open"], 7_860_000)

    def test_statement_actions_open_mis_builder(self):
        wizard = (
            self.env["desmigratif.coop.statement.wizard"]
            .with_user(self.user_bookkeeper)
            .create(
                {
                    "company_id": self.company.id,
                    "statement": "surplus",
                    "date_from": date(2025, 1, 1),
                    "date_to": date(2025, 12, 31),
                }
            )
        )
        action = wizard.action_show()
        self.assertEqual(action["res_model"], "mis.report.instance")
        instance = self.env["mis.report.instance"].browse(action["res_id"])
        self.assertEqual(instance.period_ids.date_from, date(2025, 1, 1))
        self.assertEqual(instance.period_ids.date_to, date(2025, 12, 31))
        matrix = instance.with_user(self.user_bookkeeper).compute()
        shu_row = next(row for row in matrix["body"] if row["label"].startswith("SUR"))
        self.assertEqual(shu_row["cells"][0]["val"], 60_000)
        Report = self.env["ir.actions.report"].with_user(self.user_bookkeeper)
        content, kind = Report._render("mis_builder.xls_export", instance.ids)
        self.assertEqual(kind, "xlsx")
        sheet = openpyxl.load_workbook(io.BytesIO(content)).active
        values = {row[0]: row[1] for row in sheet.iter_rows(values_only=True)}
        self.assertEqual(values["SURPLUS OF THE PERIOD (SHU)"], 60_000)
        content, kind = Report.with_context(
            force_report_rendering=True
        )._render_qweb_pdf("mis_builder.qweb_pdf_export", instance.ids)
        self.assertTrue(content.startswith(b"%PDF"))

    def test_bad_input(self):
        with self.assertRaises(ValidationError):
            self.env["desmigratif.coop.statement.wizard"].create(
                {
                    "company_id": self.company.id,
                    "date_from": date(2025, 12, 31),
                    "date_to": date(2025, 1, 1),
                }
            )
        no_chart = self.env["res.company"].create({"name": "Desa Tanpa Bagan"})
        self.env.user.company_ids |= no_chart
        with self.assertRaises(UserError):
            self.env["desmigratif.coop.statement.wizard"]._statement_values(
                "balance_sheet", no_chart, date(2025, 1, 1), date(2025, 12, 31)
            )


@tagged("post_install", "-at_install")
class TestStatementsDemo(TransactionCase):
    """The demo village: the statements balance and the surplus statement's
    savings-and-loan result is what the SHU wizard proposes."""

    def test_demo_village(self):
        company = self.env.ref("base.main_company")
        shu = self.env.ref("desmigratif_demo.demo_shu_last_year", False)
        if not shu:
            self.skipTest("No demo data")
        Wizard = self.env["desmigratif.coop.statement.wizard"].with_company(company)
        # The demo's last year is a whole year in the books, the same whatever
        # day the demo was installed: 8 members' pokok of 100,000 and 12 months
        # of wajib at 20,000, four loans repaid with 234,000 of jasa, shared as
        # last year's SHU into the members' sukarela.
        year = shu.year
        bs = Wizard._statement_values(
            "balance_sheet", company, date(year, 1, 1), date(year, 12, 31)
        )
        self.assertEqual(bs["total_assets"], bs["total_liabilities_equity"])
        self.assertEqual(bs["loans"], 0)
        self.assertEqual(bs["pokok"], 800_000)
        self.assertEqual(bs["wajib"], 1_920_000)
        self.assertEqual(bs["voluntary_savings"], 93_600)
        lphu = Wizard._statement_values(
            "surplus", company, date(year, 1, 1), date(year, 12, 31)
        )
        self.assertEqual(lphu["fee_income"], 234_000)
        self.assertEqual(lphu["loan_result"], 234_000)
        self.assertEqual(shu.surplus, 234_000)
