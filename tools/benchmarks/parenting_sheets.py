"""Benchmark: a month of attendance sheets and the monthly recap.

Run in an Odoo shell on a database with desmigratif_parenting installed:

    python3 -m odoo shell -d DB --addons-path=addons,tests,/opt/odoo18/addons \
        < tools/benchmarks/parenting_sheets.py

For each size it creates a place with a Monday-to-Saturday timetable and that
many children, then measures (queries, seconds) for: generating the month's
sessions with their prefilled sheets, marking every sheet, closing the sessions
(with the consecutive-absence rule), and the monthly recap. Everything is rolled
back at the end.
"""

import time
from datetime import date

SIZES = (500, 2000, 5000)
MONTH_START = date(2026, 3, 1)
MONTH_END = date(2026, 3, 31)

bench_env = env(  # noqa: F821 (the shell's environment)
    context=dict(env.context, tracking_disable=True, mail_create_nolog=True)  # noqa: F821
)
cr = bench_env.cr


def measure(label, size, func):
    bench_env.flush_all()
    bench_env.invalidate_all()
    queries = cr.sql_log_count
    start = time.perf_counter()
    result = func()
    bench_env.flush_all()
    seconds = time.perf_counter() - start
    print(
        f"{label:<28} children={size:>5}  queries={cr.sql_log_count - queries:>5}  "
        f"seconds={seconds:7.2f}"
    )
    return result


try:
    for size in SIZES:
        place = bench_env["desmigratif.parenting.place"].create(
            {"name": f"Benchmark House {size}"}
        )
        bench_env["desmigratif.parenting.timetable"].create(
            [
                {"place_id": place.id, "weekday": str(day), "time_from": 14.0,
                 "time_to": 16.0}
                for day in range(6)
            ]
        )  # fmt: skip
        partners = bench_env["res.partner"].create(
            [{"name": f"Bench Child {i}", "is_resident": True} for i in range(size)]
        )
        bench_env["desmigratif.child"].create(
            [
                {"partner_id": p.id, "place_id": place.id,
                 "date_enrolment": date(2025, 7, 1)}
                for p in partners
            ]
        )  # fmt: skip
        sessions = measure(
            "generate month + sheets",
            size,
            lambda place=place: place._generate_sessions(MONTH_START, MONTH_END),
        )
        print(f"    {len(sessions)} sessions, {size * len(sessions)} lines")
        measure(
            "mark all present",
            size,
            lambda sessions=sessions: sessions.action_mark_all_present(),
        )
        measure("close sheets", size, lambda sessions=sessions: sessions.action_done())
        measure(
            "monthly recap",
            size,
            lambda place=place: bench_env[
                "desmigratif.parenting.attendance"
            ]._monthly_recap(MONTH_START, MONTH_END, place),
        )
finally:
    cr.rollback()
    print("rolled back")
