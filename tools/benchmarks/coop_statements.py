"""Benchmark: a village cooperative's year-end statements on a busy ledger.

Run in an Odoo shell on a database with desmigratif_coop_reports installed:

    python3 -m odoo shell -d DB --addons-path=addons,tests,/opt/odoo18/addons \
        < tools/benchmarks/coop_statements.py

It creates a village with the Indonesian chart and its cooperative accounts,
posts ITEMS_PER_MONTH journal items in January 2025 through the ORM (savings
deposits, loans paid out, fees received, write-offs), copies them in SQL to
the other eleven months, then measures (queries,
seconds) of:

- the list of journal items as the web client first loads it (80 rows and the
  count), the yardstick the statements are compared with;
- the balance sheet and the surplus statement (mis_builder templates);
- the OCA trial balance of the year;
- the cooperative health ratios.

Everything is rolled back at the end. Set the environment variable
COOP_BENCH_ITEMS to post fewer or more items a month (default 10,000).
"""

import os
import time
from datetime import date

ITEMS_PER_MONTH = int(os.environ.get("COOP_BENCH_ITEMS", "10000"))
LINES_PER_MOVE = 200

bench_env = env(  # noqa: F821 (the shell's environment)
    context=dict(env.context, tracking_disable=True, mail_create_nolog=True)  # noqa: F821
)
cr = bench_env.cr


def measure(label, func):
    bench_env.flush_all()
    bench_env.invalidate_all()
    queries = cr.sql_log_count
    start = time.perf_counter()
    result = func()
    seconds = time.perf_counter() - start
    print(
        f"{label:<34} items={ITEMS_PER_MONTH * 12:>7}  "
        f"queries={cr.sql_log_count - queries:>4}  seconds={seconds:7.3f}"
    )
    return result


def columns(table):
    cr.execute(
        "SELECT column_name FROM information_schema.columns "
        "WHERE table_name = %s AND column_name NOT IN ('id', 'name', 'date', "
        "'move_id', 'sequence_prefix', 'sequence_number')",
        [table],
    )
    return [row[0] for row in cr.fetchall()]


def copy_to_other_months(january):
    """January's entries, posted through the ORM, copied in SQL to the other
    eleven months: the ORM would take minutes for the same 10,000 items a
    month, and the statements only read them."""
    move_cols = ", ".join(f'"{c}"' for c in columns("account_move"))
    line_cols = ", ".join(f'"{c}"' for c in columns("account_move_line"))
    for month in range(2, 13):
        for move in january:
            cr.execute(
                f"INSERT INTO account_move ({move_cols}, name, date, "
                "sequence_prefix, sequence_number) "
                f"SELECT {move_cols}, name || %s, %s, sequence_prefix || %s, "
                "sequence_number FROM account_move WHERE id = %s RETURNING id",
                [f"-{month}", date(2025, month, 15), f"{month}-", move.id],
            )
            new_id = cr.fetchone()[0]
            cr.execute(
                f"INSERT INTO account_move_line ({line_cols}, name, date, move_id) "
                f"SELECT {line_cols}, name, %s, %s FROM account_move_line "
                "WHERE move_id = %s",
                [date(2025, month, 15), new_id, move.id],
            )


def populate():
    village = bench_env["res.company"].create(
        {
            "name": "Desa Bench Laporan",
            "country_id": bench_env.ref("base.id").id,
            "currency_id": bench_env.ref("base.IDR").id,
        }
    )
    bench_env.user.company_ids |= village
    env_v = bench_env(context=dict(bench_env.context, allowed_company_ids=village.ids))
    env_v["account.chart.template"].try_loading("id", village, install_demo=False)
    village = env_v["res.company"].browse(village.id)
    village._desmigratif_coop_ensure_setup()
    village._coop_reports_ensure_accounts()
    pairs = (
        (village.coop_group_cash_account_id, village.coop_sukarela_account_id),
        (village.coop_loan_account_id, village.coop_group_cash_account_id),
        (village.coop_group_cash_account_id, village.coop_fee_income_account_id),
        (village.coop_writeoff_account_id, village.coop_group_cash_account_id),
    )
    Move = env_v["account.move"]
    started = time.perf_counter()
    moves = []
    for first in range(0, ITEMS_PER_MONTH, LINES_PER_MOVE):
        lines = []
        for n in range(first, min(first + LINES_PER_MOVE, ITEMS_PER_MONTH), 2):
            debit, credit = pairs[n // 2 % len(pairs)]
            amount = 10_000 + n % 97 * 1_000
            lines += [
                (0, 0, {"account_id": debit.id, "debit": amount, "name": "bench"}),
                (0, 0, {"account_id": credit.id, "credit": amount, "name": "bench"}),
            ]
        moves.append(
            {
                "move_type": "entry",
                "date": date(2025, 1, 15),
                "journal_id": village.coop_loan_journal_id.id,
                "line_ids": lines,
            }
        )
    january = Move.create(moves)
    january.action_post()
    env_v.flush_all()
    copy_to_other_months(january)
    env_v.invalidate_all()
    print(f"populated in {time.perf_counter() - started:.1f} s")
    return env_v, village


env_v, village = populate()
items = env_v["account.move.line"].search_count([("company_id", "=", village.id)])
print(f"journal items of the village: {items}")
specification = {
    "date": {},
    "move_name": {},
    "account_id": {"fields": {"display_name": {}}},
    "partner_id": {"fields": {"display_name": {}}},
    "name": {},
    "debit": {},
    "credit": {},
    "balance": {},
}
measure(
    "journal items list (80 + count)",
    lambda: env_v["account.move.line"].web_search_read(
        [("company_id", "=", village.id), ("parent_state", "=", "posted")],
        specification,
        limit=80,
        count_limit=10001,
    ),
)
Statement = env_v["desmigratif.coop.statement.wizard"]
measure(
    "balance sheet at 31 Dec 2025",
    lambda: Statement._statement_values(
        "balance_sheet", village, date(2025, 1, 1), date(2025, 12, 31)
    ),
)
measure(
    "surplus statement 2025",
    lambda: Statement._statement_values(
        "surplus", village, date(2025, 1, 1), date(2025, 12, 31)
    ),
)


def trial_balance():
    wizard = env_v["trial.balance.report.wizard"].create(
        {
            "company_id": village.id,
            "date_from": date(2025, 1, 1),
            "date_to": date(2025, 12, 31),
            "target_move": "posted",
        }
    )
    return env_v["report.account_financial_report.trial_balance"]._get_report_values(
        wizard, wizard._prepare_report_data()
    )


measure("OCA trial balance 2025", trial_balance)
measure(
    "health ratios 2025",
    lambda: (
        env_v["desmigratif.coop.health.wizard"]
        .create(
            {
                "company_id": village.id,
                "date_from": date(2025, 1, 1),
                "date_to": date(2025, 12, 31),
            }
        )
        .action_compute()
    ),
)
cr.rollback()
