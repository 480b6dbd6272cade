"""Benchmark: overdue run and balance listing of the cooperative at 10,000 loans.

Run in an Odoo shell on a database where desmigratif_coop is installed:

    python3 -m odoo shell -d DB --addons-path=addons,tests,/opt/odoo18/addons \
        < tools/benchmarks/coop_overdue.py

It creates 10,000 disbursed loans (3 instalments each) and 10,000 savings
accounts with one posted deposit each, times the daily overdue run and the
balance listing of all accounts, prints queries and seconds, then rolls back.
"""

import time
from datetime import date

from dateutil.relativedelta import relativedelta

from odoo import Command

LOANS = 10_000


def measure(label, function):
    env.flush_all()  # noqa: F821 (odoo shell)
    env.invalidate_all()  # noqa: F821
    queries = env.cr.sql_log_count  # noqa: F821
    started = time.perf_counter()
    result = function()
    env.flush_all()  # noqa: F821
    elapsed = time.perf_counter() - started
    print(f"{label}: {env.cr.sql_log_count - queries} queries, {elapsed:.2f} s")  # noqa: F821
    return result


def main(env):
    company = env.company
    company._desmigratif_coop_ensure_setup()
    env = env(context=dict(env.context, tracking_disable=True, mail_create_nolog=True))
    group = env["desmigratif.group"].create({"name": "Benchmark group"})
    partners = env["res.partner"].create(
        [{"name": f"Benchmark member {n}"} for n in range(LOANS)]
    )
    start = date.today() - relativedelta(months=2, days=10)
    started = time.perf_counter()
    loans = env["desmigratif.loan"].create(
        [
            {
                "partner_id": partner.id,
                "funding_group_id": group.id,
                "principal": 300_000,
                "date_start": start,
                "state": "disbursed",
                "line_ids": [
                    Command.create(
                        {
                            "sequence": n,
                            "date_due": start + relativedelta(months=n),
                            "principal": 100_000,
                            "fee": 6_000,
                        }
                    )
                    for n in (1, 2, 3)
                ],
            }
            for partner in partners
        ]
    )
    accounts = env["desmigratif.savings.account"].create(
        [{"partner_id": partner.id, "product": "sukarela"} for partner in partners]
    )
    cash = company.coop_cash_journal_id.default_account_id
    move = env["account.move"].create(
        {
            "journal_id": company.coop_loan_journal_id.id,
            "line_ids": [
                Command.create(
                    {
                        "account_id": company.coop_sukarela_account_id.id,
                        "partner_id": account.partner_id.id,
                        "credit": 10_000,
                        "desmigratif_savings_account_id": account.id,
                    }
                )
                for account in accounts
            ]
            + [Command.create({"account_id": cash.id, "debit": 10_000 * LOANS})],
        }
    )
    move.action_post()
    env.flush_all()
    print(
        f"setup: {len(loans)} loans, {len(accounts)} savings accounts "
        f"in {time.perf_counter() - started:.1f} s"
    )
    measure(
        "overdue run (10,000 loans)",
        lambda: env["desmigratif.loan.line"]._cron_mark_overdue(),
    )
    late = env["desmigratif.loan.line"].search_count(
        [("loan_id", "in", loans.ids), ("state", "=", "late")]
    )
    print(f"late instalments: {late}")
    accounts = accounts.browse(accounts.ids)
    sums = measure(
        "balances of 10,000 accounts (one grouped read of journal items)",
        accounts._get_balances,
    )
    print(f"total of balances: {sum(sums.values()):,.0f}")
    balances = measure(
        "balance listing through the ORM (read, in prefetch batches of 1,000)",
        lambda: accounts.read(["balance"]),
    )
    print(f"total of balances: {sum(row['balance'] for row in balances):,.0f}")
    env.cr.rollback()
    print("rolled back")


main(env)  # noqa: F821
