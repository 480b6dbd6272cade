import logging
import threading
import time

from odoo import SUPERUSER_ID, api
from odoo.exceptions import UserError, ValidationError
from odoo.tests import TransactionCase, new_test_user, tagged

_logger = logging.getLogger(__name__)

BOOKKEEPER = "desmigratif_coop.group_desmigratif_coop_bookkeeper"


def remove_savings_account(env, account_id):
    """Delete a committed test account with its transactions and entries."""
    Transaction = env["desmigratif.savings.transaction"]
    transactions = Transaction.search([("savings_account_id", "=", account_id)])
    moves = transactions.move_id
    with Transaction._workflow_step():
        transactions.unlink()
    moves.button_draft()
    moves.unlink()
    env["desmigratif.savings.account"].browse(account_id).unlink()


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

    def _cleanup(self, account_id, partner_id, wait):
        with self.registry.cursor() as cr:
            env = self._env(cr)
            env.company.coop_lock_wait = wait
            remove_savings_account(env, account_id)
            env["res.partner"].browse(partner_id).unlink()

    def test_concurrent_withdrawals_cannot_overdraw(self):
        with self.registry.cursor() as cr:
            env = self._env(cr)
            env.company._desmigratif_coop_ensure_setup()
            # the second bookkeeper gives up after one second, not ten
            wait = env.company.coop_lock_wait
            env.company.coop_lock_wait = 1
            partner = env["res.partner"].create({"name": "Uji Penarikan Bersamaan"})
            account = env["desmigratif.savings.account"].create(
                {"partner_id": partner.id, "product": "sukarela"}
            )
            deposit = env["desmigratif.savings.transaction"].create(
                {"savings_account_id": account.id, "amount": self.deposit_amount}
            )
            deposit.action_post()
            account_id, partner_id = account.id, partner.id
        self.addCleanup(self._cleanup, account_id, partner_id, wait)

        with self.registry.cursor() as cr1, self.registry.cursor() as cr2:
            # First bookkeeper: withdrawal posted, transaction still open.
            self._withdraw(self._env(cr1), account_id)
            # Second one at the same moment: waits for the lock, then is
            # refused, as the first is still open.
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


@tagged("post_install", "-at_install")
class TestPostingsInTurn(TransactionCase):
    """Bookkeepers post withdrawals on one account at the same moment, each in
    their own thread and database transaction: each waits for the one before
    it and goes on with the balance it left, so all succeed in turn and none
    overdraws."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        with cls.registry.cursor() as cr:
            env = cls._env(cr)
            env.company._desmigratif_coop_ensure_setup()
            users = env["res.users"]
            for number in range(10):
                users |= new_test_user(
                    env, f"bendahara_antre_{number}", groups=BOOKKEEPER
                )
            cls.user_ids = users.ids
            cls.partner_id = env["res.partner"].create({"name": "Uji Antrean"}).id
        cls.addClassCleanup(cls._remove_users)

    @classmethod
    def _env(cls, cr, uid=SUPERUSER_ID):
        # The test runner holds the registry's lock, which a new environment
        # takes to find its registry: give the cursor its transaction here.
        if cr.transaction is None:
            cr.transaction = api.Transaction(cls.registry)
        return api.Environment(cr, uid, {"tracking_disable": True})

    @classmethod
    def _remove_users(cls):
        with cls.registry.cursor() as cr:
            env = cls._env(cr)
            users = env["res.users"].browse(cls.user_ids)
            partners = users.partner_id | env["res.partner"].browse(cls.partner_id)
            users.unlink()
            partners.unlink()

    def _account(self, amount):
        """A voluntary savings account holding ``amount``, committed."""
        with self.registry.cursor() as cr:
            env = self._env(cr)
            account = env["desmigratif.savings.account"].create(
                {"partner_id": self.partner_id, "product": "sukarela"}
            )
            env["desmigratif.savings.transaction"].create(
                {"savings_account_id": account.id, "amount": amount}
            ).action_post()
            account_id = account.id
        self.addCleanup(self._remove_account, account_id)
        return account_id

    def _remove_account(self, account_id):
        with self.registry.cursor() as cr:
            remove_savings_account(self._env(cr), account_id)

    def _withdraw_together(self, account_id, amount, user_ids):
        """Each user posts a withdrawal in their own thread, all released at
        the same moment; return each user's outcome and the time it took."""
        ready = threading.Barrier(len(user_ids) + 1, timeout=60)
        outcomes = {}

        def withdraw(uid):
            try:
                with self.registry.cursor() as cr:
                    env = self._env(cr, uid)
                    transaction = env["desmigratif.savings.transaction"].create(
                        {
                            "savings_account_id": account_id,
                            "kind": "withdrawal",
                            "amount": amount,
                        }
                    )
                    ready.wait()
                    transaction.action_post()
                outcomes[uid] = "posted"
            except (UserError, ValidationError) as error:
                outcomes[uid] = error

        threads = [threading.Thread(target=withdraw, args=(uid,)) for uid in user_ids]
        for thread in threads:
            thread.start()
        ready.wait()
        started = time.monotonic()
        for thread in threads:
            thread.join()
        return outcomes, time.monotonic() - started

    def _books(self, account_id):
        with self.registry.cursor() as cr:
            env = self._env(cr)
            posted = env["desmigratif.savings.transaction"].search_count(
                [
                    ("savings_account_id", "=", account_id),
                    ("kind", "=", "withdrawal"),
                    ("state", "=", "posted"),
                ]
            )
            account = env["desmigratif.savings.account"].browse(account_id)
            return posted, account._get_balances()[account_id]

    def test_ten_withdrawals_posted_in_turn(self):
        account_id = self._account(1_000_000)
        outcomes, elapsed = self._withdraw_together(account_id, 100_000, self.user_ids)
        _logger.info(
            "10 simultaneous withdrawals on one account posted in turn in %.2f s",
            elapsed,
        )
        self.assertEqual(list(outcomes.values()), ["posted"] * 10)
        self.assertEqual(self._books(account_id), (10, 0))

    def test_waiting_withdrawals_see_the_balance_left(self):
        account_id = self._account(1_000_000)
        outcomes, _elapsed = self._withdraw_together(
            account_id, 300_000, self.user_ids[:5]
        )
        refused = [outcome for outcome in outcomes.values() if outcome != "posted"]
        self.assertEqual(len(refused), 2)
        for error in refused:
            self.assertIsInstance(error, ValidationError)
        self.assertEqual(self._books(account_id), (3, 100_000))
