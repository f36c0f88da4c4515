#!/usr/bin/env bash
# The browser test drives Debian's chromium (playwright-core downloads no browser). Installs it when missing,
# so that `npm test` works on a fresh machine; elsewhere it says what to do and the browser test explains again.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then
  echo "Installing Debian's chromium for the browser test..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
else
  echo "warning: /usr/bin/chromium is missing; install Debian's chromium (apt-get install -y chromium) for the browser test." >&2
fi
