#!/usr/bin/env bash
# Create .venv and install Nisba into it (first `make run` / `make test`), saying what it does.
# pip's own output goes to .venv/install.log; it is shown only if the install fails.
set -euo pipefail
PYTHON=${1:-python3}
VENV=${2:-.venv}
EXTRAS=${3:-dev}

echo "Nisba: creating the Python environment in $VENV/ (first run only)…"
"$PYTHON" -m venv "$VENV"
log="$VENV/install.log"
echo "Nisba: installing the app and its dependencies (about a minute; details in $log)…"
# pip stays as Python ships it, as a user's `pip install .` would have it (see the Makefile).
if ! "$VENV/bin/python" -m pip install -e ".[$EXTRAS]" >"$log" 2>&1; then
  echo "Nisba: the installation failed; the end of $log says why:" >&2
  tail -n 25 "$log" >&2
  exit 1
fi
echo "Nisba: ready."
