#!/usr/bin/env bash
# Runs every test of Innovation Academy: unit, integration (SQLite), the data tests again on a real
# PostgreSQL server, two web nodes on PostgreSQL and Redis, and the browser tests in Debian's Chromium. Installs what it needs first.
set -euo pipefail
cd "$(dirname "$0")"

scripts/install-prerequisites.sh test
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build InnovationAcademy.sln -c Release -warnaserror -nologo -v q

mkdir -p artifacts
log=artifacts/test-output.log
: > "$log"
status=0

run() {
  local name="$1"; shift
  local out code
  out=$(mktemp)
  echo "== $name"
  set +e
  dotnet test "$@" -c Release --no-build --nologo > "$out" 2>&1
  code=$?
  set -e
  cat "$out" >> "$log"
  if [ "$code" -eq 0 ]; then
    grep -E "^(Passed|Failed)!" "$out" || true
  else
    status=1
    # The whole output of a failing run: which test, what it expected, and the site's log.
    cat "$out"
  fi
  rm -f "$out"
}

run "unit" tests/InnovationAcademy.UnitTests
run "integration (SQLite)" tests/InnovationAcademy.IntegrationTests --filter "Category!=ScaleOut"

pg=$(scripts/postgres-test-server.sh start)
redis=$(scripts/redis-test-server.sh start)
trap 'scripts/postgres-test-server.sh stop; scripts/redis-test-server.sh stop' EXIT
ACADEMY_TEST_POSTGRES="$pg" run "data tests (PostgreSQL)" tests/InnovationAcademy.IntegrationTests --filter "Category=Data"
# Two web nodes on one PostgreSQL and one Redis: sign-in, cache eviction, outbox and certificates across nodes.
ACADEMY_TEST_POSTGRES="$pg" ACADEMY_TEST_REDIS="$redis" run "scale-out (two nodes, PostgreSQL and Redis)" tests/InnovationAcademy.IntegrationTests --filter "Category=ScaleOut"

run "browser (Chromium)" tests/InnovationAcademy.BrowserTests

passed=$(grep -oE "Passed: +[0-9]+" "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -oE "Failed: +[0-9]+" "$log" | awk '{s+=$2} END {print s+0}')
echo "Screenshots: artifacts/screenshots"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$status" -eq 0 ]
