from odoo import Command
from odoo.exceptions import AccessError, UserError
from odoo.tests import new_test_user, tagged

from .common import ProductionCommon


@tagged("post_install", "-at_install")
class TestProfitShareIntegrity(ProductionCommon):
    """A confirmed profit share holds against any client: lines, state and entry
    change only through Confirm and Cancel, which a manager alone may call.

    The figures: 20 dodol sold at 10.00 = 200.00; two runs consuming 5 salak fruit
    at 2.00 each = 20.00; profit 180.00, split equally: 60.00 for each member."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.ani, cls.budi, cls.citra = cls.members
        cls.runs = cls.make_run(cls.ani | cls.budi) | cls.make_run(cls.members)
        cls.sell_invoice(20, 10.0)

        def user(login, groups):
            # with Odoo's default right to export, as an attacker would use it
            return new_test_user(
                cls.env, login=login, groups=f"{groups},base.group_allow_export"
            )

        cls.manager = user(
            "integrity_manager", "desmigratif_base.group_desmigratif_manager"
        )
        cls.officer = user(
            "integrity_officer", "desmigratif_base.group_desmigratif_officer"
        )
        cls.reader = user("integrity_reader", "desmigratif_base.group_desmigratif_user")
        cls.cashier = user("integrity_cashier", "point_of_sale.group_pos_user")
        cls.employee = user("integrity_employee", "base.group_user")
        cls.mrp_user = user(
            "integrity_mrp",
            "mrp.group_mrp_manager,desmigratif_base.group_desmigratif_manager",
        )
        cls.share = (
            cls.env["desmigratif.profit.share"]
            .with_user(cls.manager)
            .create({"group_id": cls.group.id, "weighting": "equal"})
        )
        cls.share.action_confirm()
        cls.move = cls.share.sudo().move_id

    def new_draft(self):
        """A draft share of the same period once the confirmed one is cancelled."""
        return (
            self.env["desmigratif.profit.share"]
            .with_user(self.manager)
            .create({"group_id": self.group.id, "weighting": "equal"})
        )

    def assertBooksUnchanged(self, entries_before):
        """The confirmed share, its lines and its only entry are as confirmed."""
        share = self.share.sudo()
        share.invalidate_recordset()
        self.assertEqual(share.state, "confirmed")
        self.assertEqual(share.move_id, self.move)
        self.assertEqual(self.move.state, "posted")
        self.assertEqual(self.move.amount_total, 180.0)
        self.assertFalse(self.move.reversal_move_ids)
        self.assertEqual(sorted(share.line_ids.mapped("amount")), [60.0, 60.0, 60.0])
        self.assertEqual(share.line_ids.partner_id, self.members)
        self.assertEqual(self.runs.desmigratif_profit_share_id, share)
        self.assertEqual(self.env["account.move"].search_count([]), entries_before)

    def entries(self):
        return self.env["account.move"].search_count([])

    def test_confirmed_figures(self):
        self.assertEqual(self.share.revenue, 200.0)
        self.assertEqual(self.share.run_cost, 20.0)
        self.assertEqual(self.share.profit, 180.0)
        payable = self.company.desmigratif_member_payable_account_id
        credits = self.move.line_ids.filtered(lambda line: line.account_id == payable)
        self.assertEqual(credits.mapped("credit"), [60.0, 60.0, 60.0])

    def test_confirmed_line_cannot_be_edited(self):
        entries = self.entries()
        line = self.share.line_ids[0]
        for user in (self.officer, self.manager):
            with self.subTest(user=user.login), self.assertRaises(UserError):
                line.with_user(user).write({"amount": 1_000_000_000})
        with self.assertRaises(UserError):
            line.sudo().write({"amount": 1_000_000_000})
        with self.assertRaises(UserError):
            self.share.with_user(self.manager).write(
                {"line_ids": [Command.update(line.id, {"amount": 1_000_000_000})]}
            )
        self.assertBooksUnchanged(entries)

    def test_confirmed_line_cannot_be_deleted_or_added(self):
        entries = self.entries()
        line = self.share.line_ids[0]
        with self.assertRaises(UserError):
            line.with_user(self.officer).unlink()
        with self.assertRaises(UserError):
            self.share.with_user(self.manager).write({"line_ids": [Command.clear()]})
        with self.assertRaises(UserError):
            self.env["desmigratif.profit.share.line"].with_user(self.officer).create(
                {"share_id": self.share.id, "partner_id": self.ani.id, "amount": 5.0}
            )
        self.assertBooksUnchanged(entries)

    def test_confirmed_share_cannot_be_reset_or_unlinked(self):
        entries = self.entries()
        share = self.share.with_user(self.manager)
        with self.assertRaises(UserError):
            share.write({"state": "draft"})
        with self.assertRaises(UserError):
            share.write({"move_id": False})
        with self.assertRaises(UserError):
            share.write({"profit": 1_000_000_000})
        with self.assertRaises(UserError):
            share.write({"date_to": "2001-01-01"})
        with self.assertRaises(UserError):
            share.unlink()
        with self.assertRaises(UserError):
            share.action_confirm()
        self.assertBooksUnchanged(entries)

    def test_draft_cannot_be_written_confirmed(self):
        self.share.action_cancel()
        entries = self.entries()
        draft = self.new_draft()
        with self.assertRaises(UserError):
            draft.write({"state": "confirmed"})
        with self.assertRaises(UserError):
            draft.write({"move_id": self.move.id})
        with self.assertRaises(UserError):
            draft.write({"profit": 1_000_000_000})
        with self.assertRaises(UserError):
            self.env["desmigratif.profit.share"].with_user(self.manager).create(
                {"group_id": self.group.id, "state": "confirmed"}
            )
        self.assertEqual(draft.state, "draft")
        self.assertFalse(draft.sudo().move_id)
        self.assertEqual(draft.profit, 0.0)
        self.assertEqual(self.entries(), entries)

    def test_officer_cannot_confirm(self):
        self.share.action_cancel()
        entries = self.entries()
        draft = self.new_draft().with_user(self.officer)
        draft.action_compute()
        self.assertEqual(draft.profit, 180.0)
        with self.assertRaises(AccessError):
            draft.action_confirm()
        self.assertEqual(draft.state, "draft")
        self.assertFalse(draft.sudo().move_id)
        self.assertEqual(self.entries(), entries)

    def test_run_mark_is_set_by_the_share_only(self):
        entries = self.entries()
        with self.assertRaises(UserError):
            self.runs[0].with_user(self.mrp_user).write(
                {"desmigratif_profit_share_id": False}
            )
        self.assertBooksUnchanged(entries)

    def test_cancel_needs_manager(self):
        entries = self.entries()
        with self.assertRaises(AccessError):
            self.share.with_user(self.officer).action_cancel()
        self.assertBooksUnchanged(entries)

    def test_cancel_reverses_then_a_new_share_is_made(self):
        entries = self.entries()
        self.share.with_user(self.manager).action_cancel()
        self.assertEqual(self.share.state, "cancel")
        self.assertEqual(self.move.state, "posted", "the entry itself is kept")
        reversal = self.move.reversal_move_ids
        self.assertEqual(reversal.state, "posted")
        self.assertEqual(reversal.amount_total, 180.0)
        profit_account = self.company.desmigratif_profit_share_account_id
        self.assertEqual(
            sum(
                (self.move | reversal)
                .line_ids.filtered(lambda line: line.account_id == profit_account)
                .mapped("balance")
            ),
            0.0,
        )
        self.assertFalse(self.runs.desmigratif_profit_share_id)
        self.assertEqual(self.entries(), entries + 1)
        # twice is refused; the cancelled share stays frozen as the record
        with self.assertRaises(UserError):
            self.share.with_user(self.manager).action_cancel()
        with self.assertRaises(UserError):
            self.share.with_user(self.manager).write({"state": "draft"})
        with self.assertRaises(UserError):
            self.share.with_user(self.manager).unlink()
        self.assertEqual(len(self.move.reversal_move_ids), 1)
        # the runs are shared again by a new share
        again = self.new_draft()
        again.action_confirm()
        self.assertEqual(again.profit, 180.0)
        self.assertEqual(sorted(again.line_ids.mapped("amount")), [60.0, 60.0, 60.0])
        self.assertEqual(self.runs.desmigratif_profit_share_id, again)
        self.assertEqual(self.entries(), entries + 2)

    def test_paid_share_cannot_be_cancelled(self):
        payable = self.company.desmigratif_member_payable_account_id
        journal = self.env["account.journal"].search(
            [("type", "=", "cash"), ("company_id", "=", self.company.id)], limit=1
        )
        payment = self.env["account.move"].create(
            {
                "journal_id": journal.id,
                "line_ids": [
                    Command.create(
                        {
                            "name": "Share paid to Ani",
                            "account_id": payable.id,
                            "partner_id": self.ani.id,
                            "balance": 60.0,
                        }
                    ),
                    Command.create(
                        {
                            "name": "Share paid to Ani",
                            "account_id": journal.default_account_id.id,
                            "balance": -60.0,
                        }
                    ),
                ],
            }
        )
        payment.action_post()
        (payment.line_ids | self.move.line_ids).filtered(
            lambda line: line.account_id == payable and line.partner_id == self.ani
        ).reconcile()
        entries = self.entries()
        with self.assertRaisesRegex(UserError, "Ani Test"):
            self.share.with_user(self.manager).action_cancel()
        self.assertBooksUnchanged(entries)

    def test_draft_lines_are_computed_only(self):
        self.share.action_cancel()
        draft = self.new_draft()
        draft.action_compute()
        line = draft.line_ids[0]
        with self.assertRaises(UserError):
            line.with_user(self.officer).write({"amount": 1_000_000_000})
        other = self.env["desmigratif.profit.share.line"].with_user(self.officer)
        with self.assertRaises(UserError):
            other.create(
                {"share_id": draft.id, "partner_id": self.ani.id, "amount": 9.0}
            )
        self.assertEqual(sorted(draft.line_ids.mapped("amount")), [60.0, 60.0, 60.0])

    def test_member_shares_are_not_for_every_user(self):
        Share = self.env["desmigratif.profit.share"]
        Line = self.env["desmigratif.profit.share.line"]
        for user in (self.reader, self.cashier, self.employee):
            with self.subTest(user=user.login):
                with self.assertRaises(AccessError):
                    Line.with_user(user).search_read([], ["partner_id", "amount"])
                with self.assertRaises(AccessError):
                    Line.with_user(user).read_group([], ["amount:sum"], ["partner_id"])
                with self.assertRaises(AccessError):
                    self.share.line_ids.with_user(user).export_data(["amount"])
                with self.assertRaises(AccessError):
                    Share.with_user(user).search([])
        with self.assertRaises(AccessError):
            self.group.with_user(self.reader).read(["profit_share_ids"])
        amounts = Line.with_user(self.officer).search_read(
            [("share_id", "=", self.share.id)], ["amount"]
        )
        self.assertEqual([row["amount"] for row in amounts], [60.0, 60.0, 60.0])


@tagged("post_install", "-at_install")
class TestGrantIntegrity(ProductionCommon):
    """A posted grant of 500.00 holds: edited, reset or deleted by no client."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.manager = new_test_user(
            cls.env,
            login="grant_integrity_manager",
            groups="desmigratif_base.group_desmigratif_manager",
        )
        cls.officer = new_test_user(
            cls.env,
            login="grant_integrity_officer",
            groups="desmigratif_base.group_desmigratif_officer",
        )
        cls.journal = cls.env["account.journal"].search(
            [("type", "=", "cash"), ("company_id", "=", cls.company.id)], limit=1
        )
        cls.grant = (
            cls.env["desmigratif.group.grant"]
            .with_user(cls.officer)
            .create(
                {
                    "name": "Village capital",
                    "group_id": cls.group.id,
                    "amount": 500.0,
                    "journal_id": cls.journal.id,
                }
            )
        )
        cls.grant.with_user(cls.manager).action_post()
        cls.move = cls.grant.sudo().move_id

    def entries(self):
        return self.env["account.move"].search_count([])

    def assertGrantUnchanged(self, entries_before):
        grant = self.grant.sudo()
        grant.invalidate_recordset()
        self.assertEqual(grant.state, "posted")
        self.assertEqual(grant.amount, 500.0)
        self.assertEqual(grant.move_id, self.move)
        self.assertEqual(self.move.state, "posted")
        self.assertEqual(self.move.amount_total, 500.0)
        self.assertFalse(self.move.reversal_move_ids)
        self.assertEqual(self.entries(), entries_before)

    def test_posted_grant_is_frozen(self):
        entries = self.entries()
        grant = self.grant.with_user(self.manager)
        with self.assertRaises(UserError):
            grant.write({"amount": 1_000_000_000})
        with self.assertRaises(UserError):
            grant.write({"state": "draft"})
        with self.assertRaises(UserError):
            grant.write({"move_id": False})
        with self.assertRaises(UserError):
            grant.sudo().write({"date": "2001-01-01"})
        with self.assertRaises(UserError):
            grant.unlink()
        with self.assertRaises(UserError):
            grant.action_post()
        self.assertGrantUnchanged(entries)

    def test_grant_cannot_be_created_posted(self):
        entries = self.entries()
        Grant = self.env["desmigratif.group.grant"].with_user(self.manager)
        count = Grant.search_count([])
        with self.assertRaises(UserError):
            Grant.create(
                {
                    "name": "Forged",
                    "group_id": self.group.id,
                    "amount": 100.0,
                    "journal_id": self.journal.id,
                    "state": "posted",
                    "move_id": self.move.id,
                }
            )
        self.assertEqual(Grant.search_count([]), count)
        self.assertGrantUnchanged(entries)

    def test_officer_cannot_post_or_cancel(self):
        draft = self.grant.copy({"name": "Second capital"})
        entries = self.entries()
        with self.assertRaises(AccessError):
            draft.with_user(self.officer).action_post()
        self.assertEqual(draft.state, "draft")
        self.assertFalse(draft.move_id)
        with self.assertRaises(AccessError):
            self.grant.with_user(self.officer).action_cancel()
        self.assertGrantUnchanged(entries)

    def test_cancel_reverses_the_entry(self):
        entries = self.entries()
        self.grant.with_user(self.manager).action_cancel()
        self.assertEqual(self.grant.state, "cancel")
        reversal = self.move.reversal_move_ids
        self.assertEqual(reversal.state, "posted")
        self.assertEqual(reversal.amount_total, 500.0)
        cash = self.journal.default_account_id
        self.assertEqual(
            sum(
                (self.move | reversal)
                .line_ids.filtered(lambda line: line.account_id == cash)
                .mapped("balance")
            ),
            0.0,
        )
        self.assertEqual(self.entries(), entries + 1)
        with self.assertRaises(UserError):
            self.grant.with_user(self.manager).action_cancel()
        with self.assertRaises(UserError):
            self.grant.with_user(self.manager).unlink()
        self.assertEqual(len(self.move.reversal_move_ids), 1)
