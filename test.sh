#!/usr/bin/env bash
# Runs every test on a fresh machine: installs what the tests need (PostgreSQL 15 server binaries,
# Chromium for browser tests) from Debian packages when missing, then `dotnet test`.
set -euo pipefail
cd "$(dirname "$0")"

missing=()
if [ -z "${OPSDASH_TEST_POSTGRES:-}" ] && [ ! -x /usr/lib/postgresql/15/bin/initdb ]; then
  missing+=(postgresql-15)
fi
if [ ! -x /usr/bin/chromium ]; then
  missing+=(chromium)
fi
# Chinese glyphs for the zh-CN screenshots the browser tests save.
if [ ! -d /usr/share/fonts/opentype/noto ]; then
  missing+=(fonts-noto-cjk)
fi

if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = "0" ]; then
    echo "test.sh: installing ${missing[*]} from Debian packages"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "test.sh: missing ${missing[*]}. Install them with: sudo apt-get install ${missing[*]}" >&2
    echo "         (or set OPSDASH_TEST_POSTGRES to a PostgreSQL connection string the tests may create databases on)" >&2
    exit 1
  fi
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
set +e
dotnet test OpsDashboard.sln "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# One closing line for the whole run, summed over the test assemblies.
passed=$(grep -Eo 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -Eo 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
echo "${passed} passed, ${failed} failed"
exit "$status"
