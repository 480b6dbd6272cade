#!/usr/bin/env python3
"""Install the Desmigratif add-ons in a fresh database and run all their tests.

Usage: python3 tools/run_tests.py [--db NAME] [--keep] [--modules a,b]
                                  [--no-browser] [-- ODOO_ARGS...]

The database server is found the way libpq finds it (PGHOST, PGPORT, PGUSER,
PGPASSWORD, or the local socket). The last line printed is the summary
``desmigratif: N passed, N failed, N skipped``; the exit code is non-zero on any
failure, error, install problem, when no test ran, or when a browser test was
skipped (no Chromium or no websocket-client) unless ``--no-browser`` allows it.
"""

import argparse
import os
import re
import socket
import sys
import time

import install

MODULES = [
    "desmigratif_base",
    "desmigratif_coop",
    "desmigratif_production",
    "desmigratif_parenting",
    "desmigratif_production_coop",
    "desmigratif_coop_reports",
    "desmigratif_l10n_id_efaktur",
    "desmigratif_demo",
    "desmigratif_integration",
]
RESULT_RE = re.compile(
    r"(\d+) failed, (\d+) error\(s\) of (\d+) tests when loading database"
)
SKIP_RE = re.compile(r"^\S+ \S+ \d+ INFO \S+ \S+: skipped (.*)$")
BROWSER_SKIP_RE = re.compile(r"Chrome|websocket", re.IGNORECASE)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def drop_database(name):
    import psycopg2  # noqa: PLC0415 (an Odoo requirement)

    conn = psycopg2.connect(dbname=os.environ.get("PGDATABASE", "postgres"))
    conn.autocommit = True
    with conn.cursor() as cr:
        cr.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    conn.close()


def run_steps(steps):
    """Run the Odoo commands in turn; return the summed test counts (or None),
    the ERROR/CRITICAL lines, the skipped tests and the last exit code."""
    summary, problems, skipped = None, [], []

    def read(line):
        nonlocal summary
        match = RESULT_RE.search(line)
        skip = SKIP_RE.search(line)
        if match:
            counts = [int(value) for value in match.groups()]
            summary = tuple(map(sum, zip(summary or (0, 0, 0), counts, strict=True)))
        elif skip:
            skipped.append(skip.group(1))

    returncode = 0
    for command in steps:
        returncode, step_problems = install.run_logged(command, on_line=read)
        problems += step_problems
        if returncode:
            break
    return summary, problems, skipped, returncode


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default=f"desmigratif_test_{os.getpid()}")
    parser.add_argument("--keep", action="store_true", help="keep the database")
    parser.add_argument("--modules", default=",".join(MODULES))
    parser.add_argument(
        "--no-browser",
        action="store_true",
        help="allow browser tests to be skipped (no Chromium, e.g. in the odoo image)",
    )
    parser.add_argument("odoo_args", nargs="*", help="extra arguments for Odoo")
    args = parser.parse_args()

    try:
        import odoo  # noqa: PLC0415
    except ImportError:
        print(
            "desmigratif: Odoo 18 is not importable by this python3: install Odoo "
            "18.0 (git clone -b 18.0 https://github.com/odoo/odoo && pip install -r "
            "odoo/requirements.txt && pip install -e odoo), or use docker compose.",
            file=sys.stderr,
        )
        return 2
    if not odoo.release.version.startswith("18.0"):
        print(f"desmigratif: Odoo 18.0 needed, found {odoo.release.version}.")
        return 2

    modules = args.modules.split(",")
    addons_path = [*install.repository_addons_path(), *install.odoo_addons_path()]
    odoo_command = [
        sys.executable, "-m", "odoo",
        "--database", args.db,
        "--addons-path", ",".join(addons_path),
        "--http-port", str(free_port()),
        "--no-database-list",
        "--max-cron-threads", "0",
        "--stop-after-init",
    ]  # fmt: skip
    # The users' install sequence (tools/install.py), with the tests of each
    # add-on run in the step that installs it: the base add-on's in the first
    # step, the others' in the last one, together with the demo village.
    extra = [
        m
        for m in modules
        if m not in (*install.ADDONS, install.DEMO, "desmigratif_base")
    ]
    first, *middle, last = install.install_steps(odoo_command, extra_modules=extra)

    def tested(step, tested_modules):
        if not tested_modules:
            return [*step, "--log-level", "warn"]
        tags = ",".join(f"/{module}" for module in tested_modules)
        return [*step, "--test-enable", "--test-tags", tags, "--log-level", "test",
                *args.odoo_args]  # fmt: skip

    steps = [
        tested(first, [m for m in modules if m == "desmigratif_base"]),
        *(tested(step, []) for step in middle),
        tested(last, [m for m in modules if m != "desmigratif_base"]),
    ]
    drop_database(args.db)
    started = time.time()
    summary, problems, skipped, returncode = run_steps(steps)
    if not args.keep:
        drop_database(args.db)

    elapsed = time.time() - started
    if summary is None:
        print(
            f"desmigratif: Odoo stopped (exit {returncode}) "
            "before reporting any test result."
        )
        print("desmigratif: 0 passed, 1 failed, 0 skipped")
        return 1
    failed, errors, total = summary
    broken = failed + errors
    browser_skips = [reason for reason in skipped if BROWSER_SKIP_RE.search(reason)]
    if problems:
        print(f"desmigratif: {len(problems)} ERROR/CRITICAL log line(s):")
        print("\n".join(problems[:20]))
    if skipped:
        print(f"desmigratif: {len(skipped)} skipped test(s):")
        print("\n".join(skipped[:20]))
    if browser_skips and not args.no_browser:
        print(
            "desmigratif: browser tests were skipped: install chromium and "
            "websocket-client, or pass --no-browser to accept it."
        )
    print(f"desmigratif: ran {total} tests in {elapsed:.0f} s on database {args.db}")
    passed = total - broken - len(skipped)
    print(f"desmigratif: {passed} passed, {broken} failed, {len(skipped)} skipped")
    if broken or problems or returncode or not total:
        return 1
    if browser_skips and not args.no_browser:
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
