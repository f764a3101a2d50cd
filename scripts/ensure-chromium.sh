#!/usr/bin/env bash
# Make sure Debian's Chromium is present for the browser tests. Never downloads a browser build of its own
# (no `playwright install`): it uses the distribution package, installed with apt-get when we may.
set -euo pipefail
if command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ]; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "chromium missing: installing Debian's chromium package" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
else
  echo "chromium missing and apt-get not usable: browser tests will be skipped" >&2
fi
