#!/usr/bin/env bash
# Run every add-on's tests with pytest-odoo, the way Odoo developers run them,
# on a database that already has the add-ons installed with their demo data
# (e.g. the one `python3 tools/run_tests.py --keep --db NAME` leaves), with
# Indonesian (or --lang LANG, e.g. en_US) as the language of every active user,
# so that no test depends on one language or on an empty database.
#
# Usage: bash tools/run_pytest.sh DATABASE [--lang LANG] [PYTEST_ARGS...]
# PYTEST_ARGS are added to the run (e.g. -x, -k loan); the tests are always
# every add-on's: addons/*/tests and tests/*/tests.
# The database keeps its data (each test rolls back), except that the language
# is loaded if missing and every active user and company is set to it.
# The last line is pytest's own summary; the exit code is pytest's (non-zero on
# any failure or error).
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)

if [ "$#" -lt 1 ] || [[ "$1" == -* ]]; then
    echo "usage: bash tools/run_pytest.sh DATABASE [--lang LANG] [PYTEST_ARGS...]" >&2
    exit 2
fi
db=$1
shift
lang=id_ID
if [ "${1:-}" = "--lang" ]; then
    lang=${2:?--lang needs a language code such as en_US}
    shift 2
fi

# Odoo's own add-on folders, found as tools/run_tests.py finds them.
odoo_dir=$(python3 -c 'import os, odoo; print(os.path.dirname(odoo.__file__))')
addons_path="$repo/addons,$repo/tests,$odoo_dir/addons"
if [ -d "$odoo_dir/../addons" ]; then
    addons_path+=",$(cd "$odoo_dir/../addons" && pwd)"
fi

echo "run_pytest: $lang for every active user and company of $db"
python3 - "$db" "$addons_path" "$lang" <<'PY'
import sys

import odoo
from odoo import SUPERUSER_ID, api
from odoo.modules.registry import Registry

db, addons_path, code = sys.argv[1:]
odoo.tools.config.parse_config(
    ["--database", db, "--addons-path", addons_path, "--log-level", "warn"]
)
with Registry(db).cursor() as cr:
    env = api.Environment(cr, SUPERUSER_ID, {})
    lang = env["res.lang"].with_context(active_test=False).search(
        [("code", "=", code)]
    )
    if not lang.active:
        print(f"run_pytest: loading the {code} language")
        env["base.language.install"].create(
            {"lang_ids": [(6, 0, lang.ids)], "overwrite": False}
        ).lang_install()
    users = env["res.users"].search([])
    users.write({"lang": code})
    # Amounts and dates outside a user's context are formatted in the
    # company's language (odoo.tools.misc.get_lang): the village's too.
    companies = env["res.company"].search([])
    companies.partner_id.write({"lang": code})
    print(
        f"run_pytest: {len(users)} active user(s) and {len(companies)} "
        f"company(ies) now in {code}"
    )
PY

# Browser (HttpCase) tests: pytest-odoo starts Odoo's HTTP server only with
# --odoo-http (without it, it skips them); it is given, so they run too.
echo "run_pytest: pytest-odoo imports the tests before Odoo's test mode is on," \
    "so Odoo logs an 'Importing test framework' ERROR first: it is harmless."
exec python3 -m pytest -p no:cacheprovider \
    --odoo-database="$db" \
    --odoo-addons-path="$addons_path" \
    --odoo-log-level=warn \
    --odoo-http \
    addons/*/tests tests/*/tests "$@"
