#!/usr/bin/env bash
# Creates the project's Python virtual environment (.venv) from test/python/requirements.txt when it is missing or
# out of date (the requirements or the interpreter changed), and downloads the generated client's runtime
# dependencies as wheels into .venv/wheelhouse, so that tests can install the built client offline.
set -euo pipefail
cd "$(dirname "$0")/../.."
VENV=.venv
REQUIREMENTS=test/python/requirements.txt
RUNTIME=test/python/runtime-requirements.txt
PYTHON=${PYTHON:-python3}
if ! command -v "$PYTHON" >/dev/null 2>&1; then
  echo "error: $PYTHON is missing; install Python 3.9+ (with venv and pip) for the Python tests." >&2
  exit 1
fi
stamp="$("$PYTHON" -c 'import sys; print(sys.version)' | tr -d '\n') $(cat "$REQUIREMENTS" "$RUNTIME" | sha256sum | cut -d' ' -f1)"
if [ -x "$VENV/bin/python" ] && [ -f "$VENV/.stamp" ] && [ "$(cat "$VENV/.stamp")" = "$stamp" ]; then exit 0; fi
echo "Creating the Python virtual environment in $VENV from $REQUIREMENTS..."
rm -rf "$VENV"
"$PYTHON" -m venv "$VENV"
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade-strategy only-if-needed -r "$REQUIREMENTS"
"$VENV/bin/python" -m pip download --quiet --disable-pip-version-check --no-deps --only-binary :all: \
  -r "$RUNTIME" -d "$VENV/wheelhouse"
printf '%s' "$stamp" > "$VENV/.stamp"
echo "Python virtual environment ready: $("$VENV/bin/python" --version)."
