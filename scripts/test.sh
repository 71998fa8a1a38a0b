#!/usr/bin/env bash
# Runs every test project (engine, web, browser), then the JavaScript checks (the type check and the
# unit tests in tests/js), and ends with one line: "N passed, N failed, N skipped".
# Installs Debian's Chromium, PostgreSQL and Node.js first when they are missing, so nothing is skipped
# for want of them. The web and browser tests run twice: on SQLite, then on a private, throwaway
# PostgreSQL cluster (scripts/throwaway-postgres.sh). Tests marked [Trait("Database", "Sqlite")] or
# "Postgres" run in their own pass only.
set -uo pipefail
cd "$(dirname "$0")/.."

sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"

chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$chromium_path" ]; then
  echo "Installing Chromium (Debian package 'chromium') for the browser tests..."
  if ! { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null; }; then
    echo "Could not install chromium: the browser tests will be skipped." >&2
  fi
fi

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "Installing Node.js (Debian packages 'nodejs' and 'npm') for the JavaScript checks..."
  if ! { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq nodejs npm >/dev/null; }; then
    echo "Could not install nodejs and npm: the JavaScript checks will fail." >&2
  fi
fi

source scripts/throwaway-postgres.sh
results="$(mktemp -d)"
trap 'stop_throwaway_postgres; rm -rf "$results"' EXIT
status=0
built=false
# How long each part took, printed before the summary (docs/testing.md quotes them).
timings=""
timed() { local started=$SECONDS; "$@"; local result=$?; timings+="  $(( SECONDS - started )) s  ${part}"$'\n'; return $result; }
part="build"
if timed dotnet build MassageRoutines.sln; then
  built=true
  # One project at a time, each with its own results file, so no two .trx files can collide.
  for project in tests/*/*.Tests.csproj; do
    name="$(basename "$project" .csproj)"
    part="$name on SQLite"
    timed dotnet test "$project" --no-build --filter "Database!=Postgres" \
      --logger "trx;LogFileName=$name.trx" --results-directory "$results" || status=$?
  done
else
  status=1
fi

# --- PostgreSQL pass: the web and browser tests again, each app on a database of its own there. ---
if $built; then
  if start_throwaway_postgres fast; then
    for project in tests/MassageRoutines.Web.Tests/*.csproj tests/MassageRoutines.Browser.Tests/*.csproj; do
      name="$(basename "$project" .csproj)"
      part="$name on PostgreSQL"
      MASSAGE_TEST_POSTGRES="$POSTGRES_CONNECTION" timed dotnet test "$project" --no-build --filter "Database!=Sqlite" \
        --logger "trx;LogFileName=$name.Postgres.trx" --results-directory "$results" || status=$?
    done
    stop_throwaway_postgres
  else
    echo "Could not start PostgreSQL: the PostgreSQL pass did not run." >&2
    status=1
  fi
fi

# Each test project writes one .trx file; sum their <Counters> (skipped = total - executed).
passed=0 failed=0 skipped=0
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  counters="$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)"
  count() { echo "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
  total="$(count total)" executed="$(count executed)"
  passed=$((passed + $(count passed)))
  failed=$((failed + $(count failed)))
  skipped=$((skipped + total - executed))
done

# A build error fails `dotnet test` without failing a test: count it as a failure.
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1
fi

# The JavaScript: the type check of the browser modules counts as one test.
typecheck() { npm ci --no-audit --no-fund && node_modules/.bin/tsc --noEmit && node_modules/.bin/tsc --noEmit -p tsconfig.worker.json; }
part="npm ci and the type check"
if timed typecheck; then
  echo "Type check: passed"
  passed=$((passed + 1))
else
  echo "Type check: failed"
  failed=$((failed + 1))
fi

# The unit tests, counted from the TAP summary ("# pass N", "# fail N", ...); a run that fails without
# a failed test (a crash) counts as one failure.
tap="$results/node-test.tap"
part="JavaScript unit tests"
timed node --test --test-reporter=tap tests/js/*.test.js >"$tap"
node_status=$?
grep -E '^(not ok|# (tests|pass|fail|cancelled|skipped|todo) )' "$tap"
tap_count() { sed -n "s/^# $1 \([0-9]*\)$/\1/p" "$tap" | tail -n 1; }
node_passed="$(tap_count pass)" node_failed="$(tap_count fail)" node_cancelled="$(tap_count cancelled)"
node_skipped="$(tap_count skipped)" node_todo="$(tap_count todo)"
node_failed=$(( ${node_failed:-0} + ${node_cancelled:-0} ))
if [ "$node_status" -ne 0 ] && [ "$node_failed" -eq 0 ]; then
  node_failed=1
fi
passed=$((passed + ${node_passed:-0}))
failed=$((failed + node_failed))
skipped=$((skipped + ${node_skipped:-0} + ${node_todo:-0}))

echo "Time per part (wall clock):"
printf '%s' "$timings"
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
