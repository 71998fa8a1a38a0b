# Sourced by scripts/test.sh and scripts/benchmark.sh: a private PostgreSQL cluster on loopback, in a
# temporary folder, on a free port, made with initdb and pg_ctl from Debian's 'postgresql' package
# (installed when missing) and removed by stop_throwaway_postgres.
#   start_throwaway_postgres [fast]   sets POSTGRES_CONNECTION (superuser 'postgres', no password);
#                                     'fast' turns durability off, for tests only
#   stop_throwaway_postgres

postgres_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

# initdb and the server refuse to run as root: as root, run them as the 'postgres' user the package makes.
as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start_throwaway_postgres() {
  local settings="" bin port
  [ "${1:-}" = fast ] && settings="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
  if [ -z "$(postgres_bin)" ]; then
    echo "Installing PostgreSQL (Debian package 'postgresql')..."
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql >/dev/null || return 1
  fi
  bin="$(postgres_bin)"
  POSTGRES_DIR="$(mktemp -d /tmp/massage-routines-postgres-XXXXXX)"
  [ "$(id -u)" -eq 0 ] && chown postgres "$POSTGRES_DIR"
  as_postgres "$bin/initdb" -D "$POSTGRES_DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$POSTGRES_DIR/initdb.log" || return 1
  for _ in 1 2 3 4 5; do
    port=$((20000 + RANDOM % 20000))
    (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null && continue   # taken
    if as_postgres "$bin/pg_ctl" -D "$POSTGRES_DIR/data" -l "$POSTGRES_DIR/server.log" -w start \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $POSTGRES_DIR -c max_connections=300 $settings" >/dev/null; then
      POSTGRES_CONNECTION="Host=127.0.0.1;Port=$port;Username=postgres"
      return 0
    fi
  done
  echo "Could not start PostgreSQL; its log:" >&2
  cat "$POSTGRES_DIR/server.log" >&2
  return 1
}

stop_throwaway_postgres() {
  [ -n "${POSTGRES_DIR:-}" ] || return 0
  as_postgres "$(postgres_bin)/pg_ctl" -D "$POSTGRES_DIR/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$POSTGRES_DIR"
  POSTGRES_DIR=""
}
