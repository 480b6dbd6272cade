#!/usr/bin/env bash
# Mutation testing of the add-ons' arithmetic rules with mutmut 2.5.1
# (requirements.txt): every rule in addons/*/tools/ is changed one small way
# at a time (a 30 becomes a 31, a < a <=, a +1 a -1...) and the database-free
# tests (addons/*/tests/test_*_rules.py) must fail on each change. The files
# and tests are set in setup.cfg [mutmut].
#
# mutmut rewrites the files it mutates: the run works on a scratch copy of the
# repository, so the checkout (and an Odoo server using it) is never touched.
#
# Usage: bash tools/mutation.sh [--keep] [--fail-under PERCENT]
#   --keep        keep the scratch copy (its .mutmut-cache; `mutmut show ID`
#                 there shows a mutant) and print its path
#   --fail-under  exit 1 when the score is below PERCENT (default 0)
# Prints each surviving mutant (file, line before and after), then the score:
# killed / all mutants ("suspicious" ones, killed but slowly, count as killed).
# The survivors left are equivalent mutants (same behaviour for every input the
# rules accept); the README lists them with the reason.
set -uo pipefail
cd "$(dirname "$0")/.." || exit 2
repo=$(pwd)
keep=0
fail_under=0
while [ "$#" -gt 0 ]; do
    case "$1" in
        --keep) keep=1 ;;
        --fail-under) fail_under=${2:?--fail-under needs a percentage}; shift ;;
        *) echo "usage: bash tools/mutation.sh [--keep] [--fail-under PERCENT]" >&2
           exit 2 ;;
    esac
    shift
done

scratch=$(mktemp -d /tmp/desmigratif-mutation.XXXXXX)
cleanup() { [ "$keep" = 1 ] || rm -rf "$scratch"; }
trap cleanup EXIT

cp -r "$repo/addons" "$repo/conftest.py" "$repo/setup.cfg" "$repo/pyproject.toml" \
    "$scratch/"
find "$scratch" -name __pycache__ -type d -prune -exec rm -rf {} +
cd "$scratch" || exit 2

# The runner: the same tests as setup.cfg's pytest runner, loaded without
# Odoo (the rules import nothing of it; BaseCase is unittest's TestCase), so a
# mutant costs a fraction of a second instead of an Odoo import.
cat >rules_runner.py <<'PY'
import sys
import types
import unittest
from pathlib import Path

addons = Path(__file__).resolve().parent / "addons"


def package(name, path=None):
    module = types.ModuleType(name)
    module.__path__ = [str(path)] if path else []
    sys.modules[name] = module
    parent, _dot, child = name.rpartition(".")
    if parent:
        setattr(sys.modules[parent], child, module)
    return module


package("odoo")
package("odoo.addons")
package("odoo.tests").BaseCase = unittest.TestCase
for manifest in addons.glob("*/__manifest__.py"):
    name = f"odoo.addons.{manifest.parent.name}"
    package(name, manifest.parent)  # its __init__ (the models) is not run
    package(f"{name}.tests", manifest.parent / "tests")
names = [
    "odoo.addons." + path.removeprefix("addons/").removesuffix(".py").replace("/", ".")
    for path in sys.argv[1:]
]
suite = unittest.defaultTestLoader.loadTestsFromNames(names)
result = unittest.TextTestRunner(failfast=True, verbosity=0).run(suite)
sys.exit(0 if result.wasSuccessful() else 1)
PY
tests=$(python3 -c '
import configparser
config = configparser.ConfigParser()
config.read("setup.cfg")
print(" ".join(p for p in config["mutmut"]["runner"].split() if p.endswith(".py")))
')
python3 rules_runner.py $tests || { echo "mutation: the rules tests fail" >&2; exit 2; }

start=$(date +%s)
mutmut run --no-progress --simple-output --runner "python3 rules_runner.py $tests" \
    >mutmut.log 2>&1
echo "mutation: mutmut finished in $(( $(date +%s) - start ))s (log: mutmut.log)"
for id in $(mutmut result-ids survived 2>/dev/null); do
    echo "mutation: survived #$id"
    mutmut show "$id" 2>/dev/null | grep -E '^(--- |[-+][^-+])'
done

python3 - "$fail_under" <<'PY'
import sqlite3
import sys

rows = dict(
    sqlite3.connect(".mutmut-cache").execute(
        "SELECT status, COUNT(*) FROM Mutant GROUP BY status"
    )
)
total = sum(rows.values())
# suspicious: killed, but slowly (a busy machine)
killed = rows.get("ok_killed", 0) + rows.get("ok_suspicious", 0)
print("mutation: " + ", ".join(f"{status} {count}" for status, count in sorted(rows.items())))
score = 100.0 * killed / total if total else 0.0
print(f"mutation score: {killed}/{total} killed ({score:.1f}%)")
raise SystemExit(0 if total and score >= float(sys.argv[1]) else 1)
PY
status=$?
[ "$keep" = 1 ] && echo "mutation: scratch copy kept in $scratch"
exit "$status"
