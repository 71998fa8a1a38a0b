#!/usr/bin/env bash
# Benchmarks a published Release build on loopback, logging at Warning, and prints every figure of
# docs/performance.md from this one run:
#   - cold start (process start to the first 200 from /healthz/ready) on a fresh database, and on an
#     existing one, against a bare `dotnet new web` app published the same way (medians of 3
#     interleaved restarts; the app's CPU time to that answer too);
#   - pages with wrk (Debian package 'wrk'), 32 connections, in interleaved rounds so every URL of a
#     group sees the same machine conditions; medians over the rounds, each against the group's first:
#       anonymous library pages and API against /healthz, with GET /api/build on the seeded library
#       and on a coach's library of 500 imported moves (the same query each time: the routine is
#       stored once, then found);
#       a signed-in runner's library pages against /healthz with the same cookie, signed in afresh
#       right before each wrk run (as a browser takes its renewed cookie; one cookie for the whole
#       run would be re-checked and re-issued on every request once its stamp is a minute old);
#       /history for runners with 0, 1,000 and 10,000 sessions (made through the API), against 0,
#       with the size of each page;
#   - bytes allocated per request on the signed-in pages (the runtime's own counter, from /metrics);
#   - library import of broken files of growing size;
#   - session-log ingestion at 32 and 64 runners (tests/MassageRoutines.Benchmarks): requests/s,
#     p99, and rows stored against 2xx answers; the app's CPU per stored log against its CPU per
#     anonymous /healthz (from /proc/<pid>/stat, before and after each load), on SQLite and on
#     PostgreSQL, and PostgreSQL's logs/s against SQLite's; resident memory after the load;
#   - SIGKILL during ingestion: every acknowledged log is found after a restart;
#   - the player in headless Chromium: page weight, the pictures it fetches per move, and
#     segment-boundary error;
#   - PostgreSQL (a private, durable cluster: scripts/throwaway-postgres.sh): ingestion at 64
#     runners on one instance and spread over two, and how soon a publish on one shows on the other.
# Usage: scripts/benchmark.sh [seconds-per-run] [rounds]     (defaults: 10 and 3)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-10}"
rounds="${2:-3}"
port="${BENCHMARK_PORT:-5099}"  # another port when two runs share a machine
base="http://127.0.0.1:$port"
password="a benchmark password"

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
work="$(mktemp -d)"
source scripts/throwaway-postgres.sh
trap 'kill "${pid:-}" "${pid_a:-}" "${pid_b:-}" 2>/dev/null || true; stop_throwaway_postgres; rm -rf "$work"' EXIT

dotnet publish src/MassageRoutines.Web/MassageRoutines.Web.csproj -c Release -o "$work/app" >/dev/null
dotnet build tests/MassageRoutines.Benchmarks -c Release -o "$work/bench" >/dev/null
# The bare app to compare start-up with: `dotnet new web` with a /healthz/ready, published as the app is
# (ReadyToRun for this machine, framework-dependent: src/MassageRoutines.Web's csproj).
dotnet new web -n Bare -o "$work/bare-src" >/dev/null
sed -i 's|^app.Run();|app.MapGet("/healthz/ready", () => "Healthy");\napp.Run();|' "$work/bare-src/Program.cs"
dotnet publish "$work/bare-src" -c Release -o "$work/bare" -p:PublishReadyToRun=true -r "$(dotnet --info | awk '/^ *RID:/ { print $2; exit }')" --self-contained false >/dev/null
bench() { dotnet "$work/bench/MassageRoutines.Benchmarks.dll" "$@"; }
# Every simulated runner comes from 127.0.0.1, so the limit on new anonymous runners per client address
# would refuse all but the first few: lift it for the load, as for clients behind one address.
unlimited=Sessions__NewRunnersPerMinute=1000000
app_settings=(ASPNETCORE_ENVIRONMENT=Production Serilog__MinimumLevel__Default=Warning "$unlimited" "ConnectionStrings__MassageRoutines=Data Source=$work/bench.db")
app() { env "${app_settings[@]}" "$@"; }  # extra settings as NAME=value ..., then the app's arguments
start_app() {  # extra settings; sets pid, started_ms (milliseconds to the first 200 from /healthz/ready) and started_cpu_ms (the app's CPU time by then)
  local start_ns dll="${app_dll:-$work/app/MassageRoutines.Web.dll}"
  # The port must be free, or the health check below would time an instance left over from before.
  if curl -s -o /dev/null "$base/healthz"; then echo "Something already answers on $base: stop it first." >&2; exit 1; fi
  start_ns=$(date +%s%N)
  # A simple command, not the function: in the background, $! is then the app itself, which stop_app kills.
  env "${app_settings[@]}" ASPNETCORE_URLS="$base" "$@" dotnet "$dll" --contentRoot "$(dirname "$dll")" >>"$work/app.log" 2>&1 &
  pid=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/healthz/ready" || true)" = 200 ]; do
    kill -0 "$pid" 2>/dev/null || { echo "The app did not start:" >&2; tail -20 "$work/app.log" >&2; exit 1; }
    sleep 0.01
  done
  started_ms=$(( ($(date +%s%N) - start_ns) / 1000000 ))
  started_cpu_ms=$(cpu_ms "$pid")
}
stop_app() { kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""; }
# The app's CPU time so far, user + system, in ms (/proc/<pid>/stat fields 14 and 15, in clock ticks).
cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.0f", ($14 + $15) * 1000 / hz }' "/proc/$1/stat"; }
rss_mb() { echo $(( $(awk '/VmRSS/ { print $2 }' "/proc/$1/status") / 1024 )); }
# App CPU per anonymous /healthz over one wrk run, in ms. Usage: healthz_cpu pid base-url
healthz_cpu() {
  local before requests
  before=$(cpu_ms "$1")
  requests=$(wrk -t2 -c32 -d"${seconds}s" "$2/healthz" | awk '/requests in/ { print $1 }')
  echo "($(cpu_ms "$1") - $before) / $requests" | bc -l
}
# One ingestion run (bench ingest's table row on stdout), adding its app CPU per acknowledged log (ms) and
# its logs/s to the words of the variables named. Usage: ingest_cpu pid base-url database runners cpu-var rate-var
ingest_cpu() {
  local before row
  before=$(cpu_ms "$1")
  row="$(bench ingest "$2" "$3" "$4" "$seconds")"
  printf -v "$5" '%s%s ' "${!5}" "$(echo "($(cpu_ms "$1") - $before) / $(echo "$row" | awk -F'|' '{ print $8 }')" | bc -l)"
  printf -v "$6" '%s%s ' "${!6}" "$(echo "$row" | awk -F'|' '{ print $5 + 0 }')"
  echo "$row"
}
# The rounds of /healthz then ingestion at 64 runners on one instance; sets <prefix>_healthz, <prefix>_log (ms of
# app CPU, medians) and <prefix>_rate (logs/s, median). Usage: cpu_rounds prefix pid base-url database
cpu_rounds() {
  local h="" l="" r=""
  for _ in $(seq "$rounds"); do
    h+="$(healthz_cpu "$2" "$3") "
    ingest_cpu "$2" "$3" "$4" 64 l r
  done
  printf -v "${1}_healthz" '%s' "$(echo "$h" | median)"
  printf -v "${1}_log" '%s' "$(echo "$l" | median)"
  printf -v "${1}_rate" '%s' "$(echo "$r" | median)"
}
median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{ a[NR]=$1 } END { print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2 }'; }
to_ms() { awk '{ v=$1; if (v ~ /us$/) { sub(/us$/,"",v); v/=1000 } else if (v ~ /ms$/) { sub(/ms$/,"",v) } else if (v ~ /s$/) { sub(/s$/,"",v); v*=1000 } printf "%.2f", v }'; }

# The cookie to send: "signed-in" is a fresh sign-in, taken right before each wrk run, so its security stamp
# is checked no more often than a browser's; any other value is sent as it is.
fresh() { if [ "$1" = signed-in ]; then bench sign-in "$base" bench@example.com "$password"; else echo "$1"; fi; }

# A group of (cookie, URL) pairs measured in interleaved rounds; the table compares each with the first.
# Usage: measure "title" "label|cookie|url" ...
measure() {
  local title="$1"; shift
  local -A rps=() p99=()
  local item label cookie url out
  for item in "$@"; do IFS='|' read -r label cookie url <<<"$item"; wrk -t2 -c32 -d3s -H "Cookie: $(fresh "$cookie")" "$base$url" >/dev/null; done
  for _ in $(seq "$rounds"); do
    for item in "$@"; do
      IFS='|' read -r label cookie url <<<"$item"
      cookie="$(fresh "$cookie")"
      out="$(wrk -t2 -c32 -d"${seconds}s" --latency -H "Cookie: $cookie" "$base$url")"
      if echo "$out" | grep -q "Non-2xx"; then echo "$label ($url) answered errors:" >&2; echo "$out" >&2; exit 1; fi
      rps[$label]+="$(echo "$out" | awk '/Requests\/sec/ { print $2 }') "
      p99[$label]+="$(echo "$out" | awk '$1 == "99%" { print $2 }' | to_ms) "
    done
  done
  echo "$title"
  echo
  echo "| what | URL | page bytes | requests/s (median of $rounds) | p99 ms (median) | against the first |"
  echo "| --- | --- | ---: | ---: | ---: | ---: |"
  local first="" r bytes
  for item in "$@"; do
    IFS='|' read -r label cookie url <<<"$item"
    r=$(echo "${rps[$label]}" | median)
    first=${first:-$r}
    bytes=$(curl -s -o /dev/null -w '%{size_download}' -H "Cookie: $(fresh "$cookie")" "$base$url")
    printf "| %s | %s | %s | %.0f | %s | %.0f%% |\n" "$label" "$url" "$bytes" "$r" "$(echo "${p99[$label]}" | median)" "$(echo "$r / $first * 100" | bc -l)"
  done
  echo
}

# --- Start: a fresh database, then the same one again, each restart followed by the bare app's (medians of 3). ---
start_app
fresh_ms=$started_ms
stop_app
existing="" existing_cpu="" bare="" bare_cpu=""
for _ in 1 2 3; do
  start_app; existing+="$started_ms "; existing_cpu+="$started_cpu_ms "; stop_app
  app_dll="$work/bare/Bare.dll" start_app; bare+="$started_ms "; bare_cpu+="$started_cpu_ms "; stop_app
done
existing_ms=$(echo "$existing" | median) bare_ms=$(echo "$bare" | median)
existing_cpu_ms=$(echo "$existing_cpu" | median) bare_cpu_ms=$(echo "$bare_cpu" | median)
app dotnet "$work/app/MassageRoutines.Web.dll" create-coach --email bench@example.com --password "$password" --contentRoot "$work/app" >/dev/null
start_app

# --- Pages. ---
empty="$(curl -s -o /dev/null -c - "$base/play/post-run-quick" | awk '$6 == "mr_runner" { print "mr_runner=" $7 }')"
thousand="$(bench seed-history "$base" 1000)"
ten_thousand="$(bench seed-history "$base" 10000)"
big_library="$(bench big-library "$base" bench@example.com "$password" 500)"
build_query="phase=post-run&minutes=8&tools=foam-roller,hands&sore=calves,it-band"
measure "Library pages and the API, anonymous (output-cached, but the builder):" \
  "health||/healthz" "routine page||/routines/pre-run-full" "timeline API||/api/routines/pre-run-full/timeline" \
  "build, seeded library||/api/build?$build_query" "build, 500-move library||/api/build?library=$big_library&$build_query" >"$work/pages.txt"
measure "The same library pages for a signed-in runner (no output cache; the in-memory snapshot):" \
  "health|signed-in|/healthz" "routine page|signed-in|/routines/pre-run-full" "routines list|signed-in|/routines" >"$work/signed-in.txt"
measure "/history against the number of sessions behind it:" \
  "no sessions|$empty|/history" "1,000 sessions|$thousand|/history" "10,000 sessions|$ten_thousand|/history" >"$work/history.txt"

echo "Library import through the page, broken files of growing size (median of 3):" >"$work/import.txt"
bench import "$base" bench@example.com "$password" >>"$work/import.txt"
{
  echo "| database | instances | runners | requests/s | p50 ms | p99 ms | 2xx answers | rows stored | statuses |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |"
  bench ingest "$base" "$work/bench.db" 32 "$seconds"
  cpu_rounds sqlite "$pid" "$base" "$work/bench.db"
} >"$work/ingest.txt"
rss_mb=$(rss_mb "$pid")
bench player "$base" midday-movement-break >"$work/player.txt"
rss_whole_mb=$(rss_mb "$pid")
stop_app

# --- Allocation per request, from the runtime's own counter (collected only in this run). ---
start_app Telemetry__Prometheus=true
allocated() { curl -s "$base/metrics" | awk '/^dotnet_gc_heap_total_allocated_bytes_total/ { print $2 }'; }
{
  echo "| what | URL | bytes allocated per request |"
  echo "| --- | --- | ---: |"
  for item in "health|/healthz" "routine page|/routines/pre-run-full" "routines list|/routines" "history, 10,000 sessions|/history"; do
    IFS='|' read -r label url <<<"$item"
    cookie="$(fresh signed-in)"; [ "$label" = "history, 10,000 sessions" ] && cookie="$ten_thousand"
    wrk -t1 -c4 -d2s -H "Cookie: $cookie" "$base$url" >/dev/null
    before=$(allocated)
    requests=$(wrk -t1 -c4 -d5s -H "Cookie: $cookie" "$base$url" | awk '/requests in/ { print $1 }')
    after=$(allocated)
    printf "| %s | %s | %.0f |\n" "$label" "$url" "$(echo "($after - $before) / $requests" | bc -l)"
  done
} >"$work/allocations.txt"
stop_app

# --- SIGKILL during ingestion, on a database of its own. ---
bench sigkill "$work/app" "$work/kill.db" 32 5 >"$work/kill.txt"

# --- PostgreSQL: two instances of the same build on one database, each on its own port; the runners
# are spread over them as a proxy would. Durability stays on (fsync, synchronous commit). ---
start_throwaway_postgres
postgres="$POSTGRES_CONNECTION;Database=bench"
start_instance() {  # port
  ASPNETCORE_URLS="http://127.0.0.1:$1" ASPNETCORE_ENVIRONMENT=Production Serilog__MinimumLevel__Default=Warning Sessions__NewRunnersPerMinute=1000000 \
    Database__Provider=Postgres ConnectionStrings__MassageRoutines="$postgres" \
    dotnet "$work/app/MassageRoutines.Web.dll" --contentRoot "$work/app" >"$work/app-$1.log" 2>&1 &
}
wait_ready() {  # port
  for _ in $(seq 12000); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$1/healthz/ready" || true)" = 200 ] && return 0
    sleep 0.01
  done
  echo "The instance on port $1 did not start:" >&2; cat "$work/app-$1.log" >&2; exit 1
}
a="http://127.0.0.1:$((port + 1))" b="http://127.0.0.1:$((port + 2))"
start_ns=$(date +%s%N)
start_instance $((port + 1)); pid_a=$!
wait_ready $((port + 1))
postgres_cold_ms=$(( ($(date +%s%N) - start_ns) / 1000000 ))
start_instance $((port + 2)); pid_b=$!
wait_ready $((port + 2))
bench ingest "$a" "$postgres" 64 3 >/dev/null   # warm-up: JIT, pools
bench ingest "$a,$b" "$postgres" 64 3 >/dev/null
{
  cpu_rounds postgres "$pid_a" "$a" "$postgres"
  bench ingest "$a,$b" "$postgres" 64 "$seconds"
} >>"$work/ingest.txt"
postgres_rss_mb=$(rss_mb "$pid_a")
ASPNETCORE_ENVIRONMENT=Production Serilog__MinimumLevel__Default=Warning Database__Provider=Postgres \
  ConnectionStrings__MassageRoutines="$postgres" dotnet "$work/app/MassageRoutines.Web.dll" \
  create-coach --email bench@example.com --password "benchmark coach password" >/dev/null
bench propagate "$a" "$b" bench@example.com "benchmark coach password" 20 >"$work/propagate.txt"

for part in pages signed-in history allocations import ingest kill propagate player; do cat "$work/$part.txt"; echo; done
ratio() { printf "%.2f" "$(echo "$1 / $2" | bc -l)"; }
echo "App CPU per stored log against per anonymous /healthz, 64 runners (medians of $rounds; the same process, the same run):"
echo
echo "| database | CPU per log | CPU per /healthz | log against /healthz | logs/s |"
echo "| --- | ---: | ---: | ---: | ---: |"
printf "| SQLite | %.3f ms | %.4f ms | %.1f | %.0f |\n" "$sqlite_log" "$sqlite_healthz" "$(echo "$sqlite_log / $sqlite_healthz" | bc -l)" "$sqlite_rate"
printf "| PostgreSQL, one instance | %.3f ms | %.4f ms | %.1f | %.0f |\n" "$postgres_log" "$postgres_healthz" "$(echo "$postgres_log / $postgres_healthz" | bc -l)" "$postgres_rate"
echo
echo "PostgreSQL against SQLite, logs/s at 64 runners: $(ratio "$postgres_rate" "$sqlite_rate")"
echo "Cold start to the first 200 on /healthz/ready, existing SQLite database: ${existing_ms} ms (${existing% }) against a bare app's ${bare_ms} ms (${bare% }): $(ratio "$existing_ms" "$bare_ms")×; CPU time by then ${existing_cpu_ms} against ${bare_cpu_ms} ms: $(ratio "$existing_cpu_ms" "$bare_cpu_ms")×"
echo "Cold start, fresh databases: SQLite ${fresh_ms} ms; PostgreSQL ${postgres_cold_ms} ms"
echo "Resident memory after the ingestion load: SQLite instance ${rss_mb} MB, PostgreSQL instance ${postgres_rss_mb} MB; the SQLite instance after the player too: ${rss_whole_mb} MB"
