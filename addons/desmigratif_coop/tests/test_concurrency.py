from odoo import SUPERUSER_ID, api
from odoo.exceptions import UserError, ValidationError
from odoo.tests import TransactionCase, tagged


@tagged("post_install", "-at_install")
class TestConcurrentWithdrawal(TransactionCase):
    """Two bookkeepers withdraw from the same account at the same moment, each
    in their own database transaction: the account is never overdrawn."""

    deposit_amount = 1000
    withdrawal_amount = 700

    def _env(self, cr):
        return api.Environment(cr, SUPERUSER_ID, {"tracking_disable": True})

    def _withdraw(self, env, account_id):
        transaction = env["desmigratif.savings.transaction"].create(
            {
                "savings_account_id": account_id,
                "kind": "withdrawal",
                "amount": self.withdrawal_amount,
            }
        )
        transaction.action_post()

    def _cleanup(self, account_id, partner_id):
        with self.registry.cursor() as cr:
            env = self._env(cr)
            transactions = env["desmigratif.savings.transaction"].search(
                [("savings_account_id", "=", account_id)]
            )
            moves = transactions.move_id
            moves.button_draft()
            transactions.unlink()
            moves.unlink()
            env["desmigratif.savings.account"].browse(account_id).unlink()
            env["res.partner"].browse(partner_id).unlink()

    def test_concurrent_withdrawals_cannot_overdraw(self):
        with self.registry.cursor() as cr:
            env = self._env(cr)
            env.company._desmigratif_coop_ensure_setup()
            partner = env["res.partner"].create({"name": "Uji Penarikan Bersamaan"})
            account = env["desmigratif.savings.account"].create(
                {"partner_id": partner.id, "product": "sukarela"}
            )
            deposit = env["desmigratif.savings.transaction"].create(
                {"savings_account_id": account.id, "amount": self.deposit_amount}
            )
            deposit.action_post()
            account_id, partner_id = account.id, partner.id
        self.addCleanup(self._cleanup, account_id, partner_id)

        with self.registry.cursor() as cr1, self.registry.cursor() as cr2:
            # First bookkeeper: withdrawal posted, transaction still open.
            self._withdraw(self._env(cr1), account_id)
            # Second one at the same moment: refused, the account is locked.
            with self.assertRaisesRegex(UserError, "try again"):
                self._withdraw(self._env(cr2), account_id)
            cr2.rollback()
            cr1.commit()
            # Trying again once the first is committed: the balance is too low.
            with self.assertRaisesRegex(ValidationError, "is only"):
                self._withdraw(self._env(cr2), account_id)
            cr2.rollback()

        with self.registry.cursor() as cr:
            account = self._env(cr)["desmigratif.savings.account"].browse(account_id)
            balance = account._get_balances()[account_id]
            withdrawals = self._env(cr)["desmigratif.savings.transaction"].search_count(
                [
                    ("savings_account_id", "=", account_id),
                    ("kind", "=", "withdrawal"),
                    ("state", "=", "posted"),
                ]
            )
        self.assertEqual(withdrawals, 1)
        self.assertEqual(balance, self.deposit_amount - self.withdrawal_amount)
        self.assertGreaterEqual(balance, 0)
