#!/usr/bin/env bash
# Benchmarks a Release build on loopback, logging at Warning:
#   - cold start: process start to the first 200 from /healthz/ready on a fresh database;
#   - pages and API with wrk (Debian package 'wrk'): throughput and p99 at 32 connections, in
#     interleaved rounds so every URL sees the same machine conditions; medians over the rounds,
#     and each URL's ratio to /healthz; GET /api/build on the seeded library and on a coach's
#     library of 500 imported moves (the same query each time: the routine is stored once, then found);
#   - session-log ingestion at 32 and 64 concurrent runners (tests/MassageRoutines.Benchmarks):
#     requests/s, p99, and rows stored against 2xx answers; then the same on PostgreSQL (a private,
#     durable cluster: scripts/throwaway-postgres.sh), 64 runners on one instance and spread over two;
#   - with two instances on PostgreSQL: how soon a routine published on one shows on the other;
#   - the player in headless Chromium: page weight, the pictures it fetches per move, and
#     segment-boundary error over a 2-minute routine played in real time;
#   - resident memory after the load.
# Usage: scripts/benchmark.sh [seconds-per-run] [rounds]     (defaults: 10 and 3)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-10}"
rounds="${2:-3}"
port=5099
base="http://127.0.0.1:$port"
urls=(/healthz /routines/pre-run-full /api/routines/pre-run-full/timeline)

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
work="$(mktemp -d)"
source scripts/throwaway-postgres.sh
trap 'kill "${pid:-}" "${pid_a:-}" "${pid_b:-}" 2>/dev/null || true; stop_throwaway_postgres; rm -rf "$work"' EXIT

dotnet publish src/MassageRoutines.Web/MassageRoutines.Web.csproj -c Release -o "$work/app" >/dev/null
dotnet build tests/MassageRoutines.Benchmarks -c Release -o "$work/bench" >/dev/null
bench() { dotnet "$work/bench/MassageRoutines.Benchmarks.dll" "$@"; }

start_ns=$(date +%s%N)
ASPNETCORE_URLS="$base" ASPNETCORE_ENVIRONMENT=Production Serilog__MinimumLevel__Default=Warning \
  ConnectionStrings__MassageRoutines="Data Source=$work/bench.db" \
  dotnet "$work/app/MassageRoutines.Web.dll" --contentRoot "$work/app" >"$work/app.log" 2>&1 &
pid=$!
until [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/healthz/ready" || true)" = 200 ]; do sleep 0.01; done
cold_ms=$(( ($(date +%s%N) - start_ns) / 1000000 ))

ASPNETCORE_ENVIRONMENT=Production Serilog__MinimumLevel__Default=Warning ConnectionStrings__MassageRoutines="Data Source=$work/bench.db" \
  dotnet "$work/app/MassageRoutines.Web.dll" create-coach --email bench@example.com --password "a benchmark password" --contentRoot "$work/app" >/dev/null
big_library="$(bench big-library "$base" bench@example.com "a benchmark password" 500)"
build_query="phase=post-run&minutes=8&tools=foam-roller,hands&sore=calves,it-band"
urls+=("/api/build?$build_query" "/api/build?library=$big_library&$build_query")

for url in "${urls[@]}"; do wrk -t2 -c32 -d3s "$base$url" >/dev/null; done   # warm-up: JIT, caches, pools

# wrk prints "Requests/sec: N" and, with --latency, a "99%" percentile line.
to_ms() { awk '{ v=$1; if (v ~ /us$/) { sub(/us$/,"",v); v/=1000 } else if (v ~ /ms$/) { sub(/ms$/,"",v) } else if (v ~ /s$/) { sub(/s$/,"",v); v*=1000 } printf "%.2f", v }'; }
declare -A rps p99
for round in $(seq "$rounds"); do
  for url in "${urls[@]}"; do
    out="$(wrk -t2 -c32 -d"${seconds}s" --latency "$base$url")"
    if echo "$out" | grep -q "Non-2xx"; then echo "$url answered errors:" >&2; echo "$out" >&2; exit 1; fi
    rps[$url]+="$(echo "$out" | awk '/Requests\/sec/ { print $2 }') "
    p99[$url]+="$(echo "$out" | awk '$1 == "99%" { print $2 }' | to_ms) "
  done
done

echo "Library import through the page, broken files of growing size (median of 3):"
bench import "$base" bench@example.com "a benchmark password"
echo

echo "| database | instances | runners | requests/s | p50 ms | p99 ms | 2xx answers | rows stored | statuses |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |"
for clients in 32 64; do bench ingest "$base" "$work/bench.db" "$clients" "$seconds"; done
bench player "$base" midday-movement-break >"$work/player.txt"
rss_mb=$(( $(awk '/VmRSS/ { print $2 }' /proc/$pid/status) / 1024 ))
kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""

# PostgreSQL: two instances of the same build on one database, each on its own port; the runners are
# spread over them as a proxy would. Durability stays on (fsync, synchronous commit), as in production.
start_throwaway_postgres
postgres="$POSTGRES_CONNECTION;Database=bench"
start_instance() {  # port
  ASPNETCORE_URLS="http://127.0.0.1:$1" ASPNETCORE_ENVIRONMENT=Production Serilog__MinimumLevel__Default=Warning \
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
bench ingest "$a" "$postgres" 64 "$seconds"
bench ingest "$a,$b" "$postgres" 64 "$seconds"
echo
ASPNETCORE_ENVIRONMENT=Production Serilog__MinimumLevel__Default=Warning Database__Provider=Postgres \
  ConnectionStrings__MassageRoutines="$postgres" dotnet "$work/app/MassageRoutines.Web.dll" \
  create-coach --email bench@example.com --password "benchmark coach password" >/dev/null
bench propagate "$a" "$b" bench@example.com "benchmark coach password" 20
echo
cat "$work/player.txt"
echo

median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{ a[NR]=$1 } END { print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2 }'; }
health=$(echo "${rps[/healthz]}" | median)
echo
echo "| URL | requests/s (median of $rounds) | p99 ms (median) | vs /healthz |"
echo "| --- | ---: | ---: | ---: |"
for url in "${urls[@]}"; do
  r=$(echo "${rps[$url]}" | median)
  printf "| %s | %.0f | %s | %.0f%% |\n" "$url" "$r" "$(echo "${p99[$url]}" | median)" "$(echo "$r / $health * 100" | bc -l)"
done
echo
echo "Cold start to first 200 on /healthz/ready, fresh database: ${cold_ms} ms on SQLite, ${postgres_cold_ms} ms on PostgreSQL"
echo "Resident memory after the load (SQLite instance): ${rss_mb} MB"
