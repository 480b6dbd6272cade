"""Benchmark: the migrant statistics of a village, read as the village head does.

Run in an Odoo shell on a database with desmigratif_base installed:

    python3 -m odoo shell -d DB --addons-path=addons,tests,/opt/odoo18/addons \
        < tools/benchmarks/base_statistics.py

For each size it adds that many residents (half of them with a placement abroad,
a quarter returned) to a village of their own, then measures (queries, seconds)
of the pivot's read: residents grouped by dusun and migrant status, and
placements grouped by country and route. Everything is rolled back at the end.
"""

import time

SIZES = (1000, 5000, 20000)

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
    seconds = time.perf_counter() - start
    print(
        f"{label:<26} residents={size:>6}  queries={cr.sql_log_count - queries:>3}  "
        f"seconds={seconds:6.3f}"
    )
    return result


def populate(size):
    village = bench_env["res.company"].create({"name": f"Desa Bench {size}"})
    dusun = bench_env["desmigratif.dusun"].create(
        [{"name": f"Dusun {n}", "company_id": village.id} for n in range(6)]
    )
    rts = bench_env["desmigratif.rt"].create(
        [
            {
                "number": "001",
                "rw_id": bench_env["desmigratif.rw"]
                .create({"number": f"{n:03d}", "dusun_id": d.id})
                .id,
            }
            for n, d in enumerate(dusun)
        ]
    )
    residents = bench_env["res.partner"].create(
        [
            {
                "name": f"Warga {n}",
                "is_resident": True,
                "company_id": village.id,
                "rt_id": rts[n % len(rts)].id,
            }
            for n in range(size)
        ]
    )
    countries = (
        bench_env.ref("base.my") | bench_env.ref("base.tw") | bench_env.ref("base.hk")
    )
    bench_env["desmigratif.placement"].create(
        [
            {
                "worker_id": resident.id,
                "company_id": village.id,
                "country_id": countries[n % 3].id,
                "route": ("independent", "broker", "unknown")[n % 3],
                "state": "abroad" if n % 4 < 2 else "returned",
            }
            for n, resident in enumerate(residents[: size * 3 // 4])
        ]
    )
    return village


for size in SIZES:
    village = populate(size)
    measure(
        "residents by dusun/status",
        size,
        lambda village=village: bench_env["res.partner"].read_group(
            [("is_resident", "=", True), ("company_id", "=", village.id)],
            ["migrant_status"],
            ["dusun_id", "migrant_status"],
            lazy=False,
        ),
    )
    measure(
        "placements by country/route",
        size,
        lambda village=village: bench_env["desmigratif.placement"].read_group(
            [("company_id", "=", village.id)],
            ["route"],
            ["country_id", "route"],
            lazy=False,
        ),
    )
cr.rollback()
