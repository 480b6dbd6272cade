#!/usr/bin/env python3
"""Create a Desmigratif database the one way users and tests both do.

Usage: python3 tools/install.py --db NAME [--no-demo] [--if-missing] [--from-step N]
                                [--odoo CMD] [-- ODOO_ARGS...]

Three Odoo runs, each re-runnable without harm:

1. ``desmigratif_base`` on a database created without Odoo's sample data, with
   Indonesian loaded beside English. Its install hook makes the village company
   Indonesian and the rupiah whole, before any accounting exists.
2. ``l10n_id``: the Indonesian chart of accounts, in rupiah. Odoo loads a
   company's chart only once a batch of modules is installed, and the add-ons
   (and the demo village) need it, so it gets a batch of its own.
3. The Desmigratif add-ons and, unless ``--no-demo``, ``desmigratif_demo``: the
   village of Kuripan, loaded as data on that database.

``docker-compose.yml`` runs this script on its first start and
``tools/run_tests.py`` runs the same steps with the test flags added. The exit
code is non-zero when a step fails or logs an ERROR or CRITICAL line; the last
line printed is ``install: N ERROR line(s) in S s``.
"""

import argparse
import os
import re
import shlex
import subprocess
import sys
import time

ADDONS = [
    "desmigratif_coop",
    "desmigratif_production",
    "desmigratif_parenting",
    "desmigratif_coop_reports",
    # The bridge would install itself with coop and production; named so that
    # it never depends on Odoo noticing.
    "desmigratif_production_coop",
]
DEMO = "desmigratif_demo"
# Indonesian first: Odoo makes the first language the default of new partners
# and users; English stays active beside it for those who pick it.
LANGUAGES = "id_ID,en_US"
REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROBLEM_RE = re.compile(r"^\S+ \S+ \d+ (ERROR|CRITICAL) |demo data failed to install")
# Python's HTTP server logs an idle keep-alive socket of the test browser that
# timed out as an error; no request failed (a failed tour fails its test).
HARMLESS_RE = re.compile(r" werkzeug: (\S+ - - \[[^]]*\] )?Request timed out: ")


def repository_addons_path():
    """This repository's add-on folders (the add-ons, then the test add-on)."""
    return [os.path.join(REPO, "addons"), os.path.join(REPO, "tests")]


def odoo_addons_path():
    """Return Odoo's own add-on folders, whichever way Odoo was installed."""
    import odoo  # noqa: PLC0415 (only when Odoo runs from this python)

    odoo_dir = os.path.dirname(odoo.__file__)
    paths = [os.path.join(odoo_dir, "addons")]
    source_addons = os.path.normpath(os.path.join(odoo_dir, "..", "addons"))
    if os.path.isdir(source_addons):
        paths.append(source_addons)
    return paths


def install_steps(odoo, extra_modules=(), demo=True):
    """Return the three Odoo command lines (lists) that build a village database.

    ``odoo`` is the command line that starts Odoo on the database (with its
    addons path and options); ``extra_modules`` are installed in the last step.
    """
    last = [*ADDONS, *([DEMO] if demo else []), *extra_modules]
    return [
        [*odoo, "--init", "desmigratif_base", "--without-demo", "all",
         "--load-language", LANGUAGES],
        [*odoo, "--init", "l10n_id"],
        [*odoo, "--init", ",".join(last)],
    ]  # fmt: skip


DEFAULT_ODOO = f"{shlex.quote(sys.executable)} -m odoo"


def missing_modules(database, modules):
    """The modules not yet installed in ``database`` (all, if it does not exist).

    Connects the way libpq does (PGHOST, PGUSER, PGPASSWORD or the local socket).
    """
    import psycopg2  # noqa: PLC0415 (an Odoo requirement)

    try:
        conn = psycopg2.connect(dbname=database)
    except psycopg2.OperationalError:
        return list(modules)
    try:
        with conn.cursor() as cr:
            cr.execute(
                "SELECT name FROM ir_module_module "
                "WHERE state = 'installed' AND name = ANY(%s)",
                [list(modules)],
            )
            installed = {name for (name,) in cr.fetchall()}
    except psycopg2.Error:
        installed = set()
    finally:
        conn.close()
    return [module for module in modules if module not in installed]


def run_logged(command, on_line=None):
    """Run one Odoo command, echo its log, return (exit code, problem lines)."""
    problems = []
    with subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    ) as process:
        for line in process.stdout:
            sys.stdout.write(line)
            if PROBLEM_RE.search(line) and not HARMLESS_RE.search(line):
                problems.append(line.rstrip())
            if on_line:
                on_line(line)
    return process.returncode, problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--no-demo", action="store_true", help="no Kuripan demo")
    parser.add_argument(
        "--if-missing",
        action="store_true",
        help="do nothing when every add-on is already installed (a restart)",
    )
    parser.add_argument(
        "--odoo",
        default=DEFAULT_ODOO,
        help="how to start Odoo, e.g. 'odoo' (default: this python's odoo, with "
        "this repository's and Odoo's add-ons as addons path)",
    )
    parser.add_argument(
        "--from-step",
        type=int,
        default=1,
        choices=[1, 2, 3],
        help="start at this step (re-running one on a built database is harmless)",
    )
    parser.add_argument("odoo_args", nargs="*", help="extra arguments for Odoo")
    args = parser.parse_args()

    wanted = ["desmigratif_base", *ADDONS, *([] if args.no_demo else [DEMO])]
    if args.if_missing and not missing_modules(args.db, wanted):
        print(f"install: {args.db} already holds {', '.join(wanted)}")
        return 0
    if args.odoo == DEFAULT_ODOO and not any(
        arg.startswith(("--addons-path", "-c", "--config")) for arg in args.odoo_args
    ):
        args.odoo_args.append(
            "--addons-path="
            + ",".join([*repository_addons_path(), *odoo_addons_path()])
        )
    odoo = [
        *shlex.split(args.odoo),
        "--database", args.db,
        "--stop-after-init",
        "--log-level", "warn",
        *args.odoo_args,
    ]  # fmt: skip
    started = time.time()
    problems = []
    steps = install_steps(odoo, demo=not args.no_demo)[args.from_step - 1 :]
    for command in steps:
        print("install:", shlex.join(command), flush=True)
        returncode, step_problems = run_logged(command)
        problems += step_problems
        if returncode:
            print(f"install: Odoo stopped with exit code {returncode}")
            break
    print(f"install: {len(problems)} ERROR line(s) in {time.time() - started:.0f} s")
    return 1 if returncode or problems else 0


if __name__ == "__main__":
    sys.exit(main())
