from datetime import date

from odoo.exceptions import AccessError
from odoo.tests import tagged

from .common import CoopReportsCase


@tagged("post_install", "-at_install")
class TestAccess(CoopReportsCase):
    """Statements, allowance and RAT pack are the bookkeeper's and the
    managers'; a Desmigratif user or officer reads none of them."""

    def test_user_cannot_read_statements(self):
        for user in (self.user_user, self.user_officer):
            with self.assertRaises(AccessError):
                self.env["desmigratif.coop.statement.wizard"].with_user(user).create(
                    {"company_id": self.company.id}
                )
            with self.assertRaises(AccessError):
                self.statement(
                    "balance_sheet", date(2025, 1, 1), date(2025, 12, 31), user=user
                )
        # mis_builder's own instances are readable by every user, but not the
        # journal items behind them.
        wizard = (
            self.env["desmigratif.coop.statement.wizard"]
            .with_user(self.user_bookkeeper)
            .create({"company_id": self.company.id})
        )
        instance = wizard._create_instance()
        with self.assertRaises(AccessError):
            instance.with_user(self.user_user).compute()

    def test_user_cannot_get_rat_pack(self):
        self.post_shu_2025()
        with self.assertRaises(AccessError):
            self.env["desmigratif.rat.pack.wizard"].with_user(self.user_user).create(
                {"company_id": self.company.id, "year": 2025}
            )
        wizard = (
            self.env["desmigratif.rat.pack.wizard"]
            .with_user(self.user_bookkeeper)
            .create({"company_id": self.company.id, "year": 2025})
        )
        Report = self.env["ir.actions.report"].with_user(self.user_user)
        with self.assertRaises(AccessError):
            Report._render(
                "desmigratif_coop_reports.action_report_rat_pack_xlsx", wizard.ids
            )
        with self.assertRaises(AccessError):
            Report._render_qweb_html(
                "desmigratif_coop_reports.action_report_rat_pack", wizard.ids
            )

    def test_user_cannot_touch_allowance(self):
        Allowance = self.env["desmigratif.loan.allowance"]
        with self.assertRaises(AccessError):
            Allowance.with_user(self.user_user).create(
                {"company_id": self.company.id, "date": date(2025, 7, 31)}
            )
        allowance = Allowance.with_user(self.user_bookkeeper).create(
            {"company_id": self.company.id, "date": date(2025, 7, 31)}
        )
        with self.assertRaises(AccessError):
            allowance.with_user(self.user_officer).action_post()
        self.assertEqual(allowance.state, "draft")
        self.assertFalse(allowance.move_id)
        with self.assertRaises(AccessError):
            allowance.with_user(self.user_user).read(["required_amount"])
