#!/bin/sh
# Build the one-folder app (dist/relief-journal/), say how long it took and how big it is,
# then run the frozen smoke test on it. `make package` runs this after installing the
# `package` extra; SMOKE=0 skips the smoke test.
set -eu
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-.venv/bin/python}

start=$(date +%s)
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN packaging/relief-journal.spec
seconds=$(($(date +%s) - start))
echo "Built dist/relief-journal/ in ${seconds} s: $(du -sh dist/relief-journal | cut -f1)" \
    "($(find dist/relief-journal -type f | wc -l) files)."

if [ "${SMOKE:-1}" != 0 ]; then
    "$PYTHON" packaging/smoke_test.py dist/relief-journal/relief-journal
fi
