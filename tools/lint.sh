#!/usr/bin/env bash
# Lint the repository the way CI does: ruff (rules, then formatting) on all Python
# code, then pylint-odoo (.pylintrc) on every add-on under addons/ and tests/.
# Runs every check even after a failure; exits non-zero if any check failed.
# Usage: bash tools/lint.sh   (from any directory)
set -uo pipefail
cd "$(dirname "$0")/.." || exit 2

failed=()
ruff check addons tests tools || failed+=("ruff check")
ruff format --check addons tests tools || failed+=("ruff format")

addons=()
for manifest in addons/*/__manifest__.py tests/*/__manifest__.py; do
    [ -f "$manifest" ] && addons+=("${manifest%/__manifest__.py}")
done
if [ "${#addons[@]}" -eq 0 ]; then
    echo "lint: no add-on (folder with __manifest__.py) under addons/ or tests/" >&2
    failed+=("pylint")
else
    pylint --rcfile=.pylintrc "${addons[@]}" || failed+=("pylint")
fi

if [ "${#failed[@]}" -gt 0 ]; then
    joined=$(printf '%s, ' "${failed[@]}")
    echo "lint: FAILED: ${joined%, }" >&2
    exit 1
fi
echo "lint: OK (ruff, ruff format, pylint-odoo on ${#addons[@]} add-on(s))"
