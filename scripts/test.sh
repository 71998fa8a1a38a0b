#!/usr/bin/env bash
# Runs every test project (engine, web, browser) and ends with one line: "N passed, N failed, N skipped".
# Installs Debian's Chromium first when it is missing, so the browser tests run rather than skip.
# The web and browser tests run twice: on SQLite, then on a private, throwaway PostgreSQL cluster
# (scripts/throwaway-postgres.sh). Tests marked [Trait("Database", "Sqlite")] or "Postgres" run in
# their own pass only.
set -uo pipefail
cd "$(dirname "$0")/.."

chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$chromium_path" ]; then
  echo "Installing Chromium (Debian package 'chromium') for the browser tests..."
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  if ! { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null; }; then
    echo "Could not install chromium: the browser tests will be skipped." >&2
  fi
fi

source scripts/throwaway-postgres.sh
results="$(mktemp -d)"
trap 'stop_throwaway_postgres; rm -rf "$results"' EXIT
status=0
built=false
if dotnet build MassageRoutines.sln; then
  built=true
  # One project at a time, each with its own results file, so no two .trx files can collide.
  for project in tests/*/*.Tests.csproj; do
    name="$(basename "$project" .csproj)"
    dotnet test "$project" --no-build --filter "Database!=Postgres" \
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
      MASSAGE_TEST_POSTGRES="$POSTGRES_CONNECTION" dotnet test "$project" --no-build --filter "Database!=Sqlite" \
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
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
