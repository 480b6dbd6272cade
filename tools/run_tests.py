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
import subprocess
import sys
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MODULES = [
    "desmigratif_base",
    "desmigratif_coop",
    "desmigratif_production",
    "desmigratif_parenting",
    "desmigratif_production_coop",
    "desmigratif_coop_reports",
    "desmigratif_integration",
]
RESULT_RE = re.compile(
    r"(\d+) failed, (\d+) error\(s\) of (\d+) tests when loading database"
)
SKIP_RE = re.compile(r"^\S+ \S+ \d+ INFO \S+ \S+: skipped (.*)$")
BROWSER_SKIP_RE = re.compile(r"Chrome|websocket", re.IGNORECASE)
PROBLEM_RE = re.compile(r"^\S+ \S+ \d+ (ERROR|CRITICAL) |demo data failed to install")


def odoo_addons_path():
    """Return Odoo's own add-on folders, whichever way Odoo was installed."""
    import odoo  # noqa: PLC0415 (checked importable by main)

    odoo_dir = os.path.dirname(odoo.__file__)
    paths = [os.path.join(odoo_dir, "addons")]
    source_addons = os.path.normpath(os.path.join(odoo_dir, "..", "addons"))
    if os.path.isdir(source_addons):
        paths.append(source_addons)
    return paths


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
    addons_path = [os.path.join(REPO, "addons"), os.path.join(REPO, "tests")]
    addons_path += odoo_addons_path()
    common = [
        sys.executable, "-m", "odoo",
        "--database", args.db,
        "--addons-path", ",".join(addons_path),
        "--http-port", str(free_port()),
        "--no-database-list",
        "--max-cron-threads", "0",
        "--stop-after-init",
    ]  # fmt: skip
    # The village's chart of accounts must exist before the add-ons' demo data
    # (point_of_sale's needs a bank journal), and Odoo loads a chart only once
    # a batch of modules is installed: so the base add-on (whose demo makes the
    # main company an Indonesian village) comes first, then the Indonesian chart,
    # then the add-ons with their tests, the base one updated to be tested too.
    first, others = "desmigratif_base", [m for m in modules if m != "desmigratif_base"]
    steps = [
        [*common, "--init", first, "--log-level", "warn"],
        [*common, "--init", "l10n_id", "--log-level", "warn"],
        [
            *common,
            "--update", first,
            *(["--init", ",".join(others)] if others else []),
            "--test-enable",
            "--test-tags", ",".join(f"/{module}" for module in modules),
            "--log-level", "test",
            *args.odoo_args,
        ],
    ]  # fmt: skip
    drop_database(args.db)
    started = time.time()
    summary, problems, skipped, returncode = None, [], [], 0
    for command in steps:
        with subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
        ) as process:
            for line in process.stdout:
                sys.stdout.write(line)
                match = RESULT_RE.search(line)
                skip = SKIP_RE.search(line)
                if match:
                    summary = tuple(int(value) for value in match.groups())
                elif skip:
                    skipped.append(skip.group(1))
                elif PROBLEM_RE.search(line):
                    problems.append(line.rstrip())
        returncode = process.returncode
        if returncode:
            break
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
