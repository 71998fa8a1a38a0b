#!/usr/bin/env bash
# App CPU per stored session log, against app CPU per /healthz request on the same process in the same
# run: a figure that carries from one machine to another, where logs/s does not. CPU is the app's own
# (utime + stime from /proc/<pid>/stat, before and after each load); the load client shares the cores
# but its CPU is not counted.
#
# Run on its own (a published app and a built tests/MassageRoutines.Benchmarks, both Release):
#   scripts/cpu-per-request.sh <app-folder> <bench-folder> [seconds] [rounds] [runners]
#     (defaults: 10 s a load, 3 rounds, 64 runners with their own cookies)
# It starts the app on a fresh SQLite file (logging at Warning, no limit on new runners), warms it up,
# then in each round loads it with session logs (`ingest`) and with /healthz (wrk, 64 connections), and
# prints the medians. With POSTGRES set to a connection string (a durable cluster, e.g.
# scripts/throwaway-postgres.sh start_throwaway_postgres without `fast`), it also starts two instances
# on a fresh database there, and adds, in the same rounds, ingestion on one PostgreSQL instance and
# spread over both: the PostgreSQL against SQLite ratio of logs/s, and two instances against one.
# The last line is for scripts: `cpu_per_log_ms=… cpu_per_healthz_ms=… log_over_healthz=…
# sqlite_logs_per_s=… [postgres_logs_per_s=… postgres_over_sqlite=… two_instances_logs_per_s=… two_over_one=…]`.
#
# Or source it and use its functions on an app already running:
#   cpu_ticks <pid>                         the process's CPU so far, in clock ticks
#   cpu_ms_per <pid> <requests> <ticks-before>   CPU ms per request since <ticks-before>

cpu_ticks() {  # pid: utime + stime, in clock ticks (fields 14 and 15; the name in field 2 may hold spaces)
  sed -E 's/^.*\) //' "/proc/$1/stat" | awk '{ print $12 + $13 }'
}

cpu_ms_per() {  # pid requests ticks-before
  local after
  after=$(cpu_ticks "$1")
  echo "($after - $3) * 1000 / $(getconf CLK_TCK) / $2" | bc -l
}

median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{ a[NR]=$1 } END { print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2 }'; }

cpu_per_request_main() {
  local app_dir bench_dir seconds rounds runners port
  app_dir="$(realpath "$1")"; bench_dir="$(realpath "$2")"
  seconds="${3:-10}"; rounds="${4:-3}"; runners="${5:-64}"
  port="${CPU_PORT:-5199}"
  command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
  # Global, for the trap at exit.
  cpu_work="$(mktemp -d)"
  cpu_pids=()
  local work="$cpu_work"
  trap 'for p in "${cpu_pids[@]}"; do kill "$p" 2>/dev/null && wait "$p" 2>/dev/null || true; done; rm -rf "$cpu_work"' EXIT

  bench() { dotnet "$bench_dir/MassageRoutines.Benchmarks.dll" "$@"; }
  start() {  # port, then extra settings NAME=value ...; sets started
    local p="$1"; shift
    if curl -s -o /dev/null "http://127.0.0.1:$p/healthz"; then echo "Something already answers on port $p: stop it first." >&2; exit 1; fi
    env ASPNETCORE_URLS="http://127.0.0.1:$p" ASPNETCORE_ENVIRONMENT=Production Serilog__MinimumLevel__Default=Warning \
      Sessions__NewRunnersPerMinute=1000000 "$@" dotnet "$app_dir/MassageRoutines.Web.dll" --contentRoot "$app_dir" >"$work/app-$p.log" 2>&1 &
    started=$!
    cpu_pids+=("$started")
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$p/healthz/ready" || true)" = 200 ]; do
      kill -0 "$started" 2>/dev/null || { echo "The app on port $p did not start:" >&2; tail -20 "$work/app-$p.log" >&2; exit 1; }
      sleep 0.05
    done
  }
  # ingest url[,url] database seconds: prints "logs_per_s stored_logs", failing on any non-2xx or lost log
  ingest() {
    local row
    row="$(bench ingest "$1" "$2" "$runners" "$3")" || { echo "Ingestion failed: $row" >&2; exit 1; }
    echo "$row" | awk -F'|' '{ gsub(/ /, "", $5); gsub(/ /, "", $9); print $5, $9 }'
  }

  local sqlite="http://127.0.0.1:$port" db="$work/cpu.db" sqlite_pid
  start "$port" "ConnectionStrings__MassageRoutines=Data Source=$db"
  sqlite_pid=$started
  local postgres="${POSTGRES:-}" pg_a="" pg_b="" pg_pid=""
  if [ -n "$postgres" ]; then
    postgres="$postgres;Database=cpu_per_request_$RANDOM$RANDOM"
    start $((port + 1)) Database__Provider=Postgres "ConnectionStrings__MassageRoutines=$postgres"
    pg_pid=$started; pg_a="http://127.0.0.1:$((port + 1))"
    start $((port + 2)) Database__Provider=Postgres "ConnectionStrings__MassageRoutines=$postgres"
    pg_b="http://127.0.0.1:$((port + 2))"
  fi

  # Warm-up, as long as a load: JIT and its tiers, pools, the routine's version in the cache.
  ingest "$sqlite" "$db" "$seconds" >/dev/null
  wrk -t2 -c64 -d"${seconds}s" "$sqlite/healthz" >/dev/null
  if [ -n "$postgres" ]; then ingest "$pg_a,$pg_b" "$postgres" "$seconds" >/dev/null; fi

  local per_log="" per_health="" ratio="" sqlite_rate="" pg_rate="" pg_per_log="" two_rate="" pg_ratio="" two_ratio=""
  local before rate stored requests log_ms health_ms
  for round in $(seq "$rounds"); do
    before=$(cpu_ticks "$sqlite_pid")
    read -r rate stored < <(ingest "$sqlite" "$db" "$seconds")
    log_ms=$(cpu_ms_per "$sqlite_pid" "$stored" "$before")
    before=$(cpu_ticks "$sqlite_pid")
    requests=$(wrk -t2 -c64 -d"${seconds}s" "$sqlite/healthz" | awk '/requests in/ { print $1 }')
    health_ms=$(cpu_ms_per "$sqlite_pid" "$requests" "$before")
    per_log+="$log_ms "; per_health+="$health_ms "; ratio+="$(echo "$log_ms / $health_ms" | bc -l) "; sqlite_rate+="$rate "
    printf "round %s, SQLite: %s logs stored, %.0f logs/s, %.3f ms CPU a log; %s /healthz, %.4f ms CPU each\n" \
      "$round" "$stored" "$rate" "$log_ms" "$requests" "$health_ms" >&2
    if [ -n "$postgres" ]; then
      before=$(cpu_ticks "$pg_pid")
      read -r rate stored < <(ingest "$pg_a" "$postgres" "$seconds")
      pg_per_log+="$(cpu_ms_per "$pg_pid" "$stored" "$before") "
      pg_rate+="$rate "; pg_ratio+="$(echo "$rate / $(echo "$sqlite_rate" | awk '{ print $NF }')" | bc -l) "
      local one=$rate
      read -r rate stored < <(ingest "$pg_a,$pg_b" "$postgres" "$seconds")
      two_rate+="$rate "; two_ratio+="$(echo "$rate / $one" | bc -l) "
      printf "round %s, PostgreSQL: %.0f logs/s on one instance, %.0f on two\n" "$round" "$one" "$rate" >&2
    fi
  done

  local m_log m_health m_ratio m_rate
  m_log=$(echo "$per_log" | median); m_health=$(echo "$per_health" | median); m_ratio=$(echo "$ratio" | median); m_rate=$(echo "$sqlite_rate" | median)
  echo "App CPU per request, $runners runners with their own cookies / wrk at 64 connections, ${seconds} s a load (median of $rounds rounds):"
  echo
  echo "| what | app CPU ms a request | logs/s | against /healthz |"
  echo "| --- | ---: | ---: | ---: |"
  printf "| GET /healthz | %.4f | | 1 |\n" "$m_health"
  printf "| stored session log, SQLite | %.3f | %.0f | %.1f |\n" "$m_log" "$m_rate" "$m_ratio"
  local line
  line=$(printf "cpu_per_log_ms=%.3f cpu_per_healthz_ms=%.4f log_over_healthz=%.1f sqlite_logs_per_s=%.0f" "$m_log" "$m_health" "$m_ratio" "$m_rate")
  if [ -n "$postgres" ]; then
    printf "| stored session log, PostgreSQL, one instance | %.3f | %.0f | %.1f |\n" "$(echo "$pg_per_log" | median)" "$(echo "$pg_rate" | median)" \
      "$(echo "$(echo "$pg_per_log" | median) / $m_health" | bc -l)"
    printf "| stored session log, PostgreSQL, two instances | | %.0f | |\n" "$(echo "$two_rate" | median)"
    echo
    printf "PostgreSQL against SQLite, logs/s in the same round: %.2f (median); two instances against one: %.2f (median)\n" \
      "$(echo "$pg_ratio" | median)" "$(echo "$two_ratio" | median)"
    line+=$(printf " postgres_logs_per_s=%.0f postgres_over_sqlite=%.2f two_instances_logs_per_s=%.0f two_over_one=%.2f" \
      "$(echo "$pg_rate" | median)" "$(echo "$pg_ratio" | median)" "$(echo "$two_rate" | median)" "$(echo "$two_ratio" | median)")
  fi
  echo
  echo "$line"
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  set -euo pipefail
  [ $# -ge 2 ] || { echo "usage: $0 <app-folder> <bench-folder> [seconds] [rounds] [runners]   (POSTGRES=<connection> adds PostgreSQL)" >&2; exit 2; }
  cpu_per_request_main "$@"
fi
