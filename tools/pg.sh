#!/usr/bin/env bash
# Project-local PostgreSQL for the devnet and the integration tests.
#   tools/pg.sh up      start the cluster (initdb on first run; a no-op when it is running)
#   tools/pg.sh down    stop it (a no-op when it is stopped)
#   tools/pg.sh reset   stop it and wipe its data
#   tools/pg.sh status  exit 0 when it is running and accepts the gridchain role
#   tools/pg.sh dsn     print the DSN the services and tests use
# Data under build/pg/data, socket under build/pg/run, log in build/pg/postgres.log.
# PostgreSQL refuses to run as root: as root every server command runs as the postgres user
# (runuser); as any other user it runs as that user.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

# shellcheck disable=SC1091
source versions.env
PG_MAJOR=${POSTGRES_MAJOR:-15}
PG_BIN=${PG_BIN:-/usr/lib/postgresql/$PG_MAJOR/bin}
PG_PORT=${PG_PORT:-55432}
PG_HOST=127.0.0.1
PG_DIR=${PG_DIR:-$root/build/pg}
PG_DATA=$PG_DIR/data
PG_RUN=$PG_DIR/run
PG_LOG=$PG_DIR/postgres.log
DB_NAME=gridchain
DB_USER=gridchain
DB_PASSWORD=gridchain
DSN="postgres://$DB_USER:$DB_PASSWORD@$PG_HOST:$PG_PORT/$DB_NAME?sslmode=disable"

die() { echo "pg: $*" >&2; exit 1; }

if [ "$(id -u)" = 0 ]; then
  owner=postgres
  id -u "$owner" >/dev/null 2>&1 || die "running as root needs the 'postgres' system user (apt-get install postgresql-$PG_MAJOR)"
  as_owner() { runuser -u "$owner" -- "$@"; }
else
  owner=$(id -un)
  as_owner() { "$@"; }
fi

[ -x "$PG_BIN/pg_ctl" ] || die "PostgreSQL $PG_MAJOR not found in $PG_BIN (set PG_BIN)"

running() { as_owner "$PG_BIN/pg_ctl" -D "$PG_DATA" status >/dev/null 2>&1; }
psql_admin() { as_owner "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$PG_RUN" -p "$PG_PORT" -U postgres -d "${2:-postgres}" -tAc "$1"; }

prepare_dirs() {
  mkdir -p "$PG_DIR" "$PG_RUN"
  # The server user must be able to reach build/pg from /: every directory on the way needs o+x.
  local d=$PG_DIR
  while [ "$d" != / ]; do
    if [ "$(stat -c %U "$d")" != "$owner" ] && ! as_owner test -x "$d"; then chmod o+x "$d"; fi
    d=$(dirname "$d")
  done
  if [ "$(id -u)" = 0 ]; then chown "$owner:" "$PG_DIR" "$PG_RUN"; fi
  chmod 700 "$PG_RUN"
}

init_cluster() {
  echo "pg: initdb in $PG_DATA"
  mkdir -p "$PG_DATA"
  if [ "$(id -u)" = 0 ]; then chown "$owner:" "$PG_DATA"; fi
  chmod 700 "$PG_DATA"
  as_owner "$PG_BIN/initdb" -D "$PG_DATA" -U postgres --encoding=UTF8 --locale=C \
    --auth-local=trust --auth-host=scram-sha-256 >"$PG_DIR/initdb.log" 2>&1 || die "initdb failed: see $PG_DIR/initdb.log"
  # Loopback only; password (SCRAM) authentication over TCP, trust over the private socket.
  cat >>"$PG_DATA/postgresql.conf" <<EOF

# tools/pg.sh (project-local devnet cluster)
listen_addresses = '$PG_HOST'
port = $PG_PORT
unix_socket_directories = '$PG_RUN'
max_connections = 200
shared_buffers = 64MB
password_encryption = 'scram-sha-256'
log_line_prefix = '%m [%p] %q%u@%d '
EOF
}

ensure_role_and_db() {
  if [ "$(psql_admin "SELECT 1 FROM pg_roles WHERE rolname = '$DB_USER'")" != 1 ]; then
    psql_admin "CREATE ROLE $DB_USER LOGIN PASSWORD '$DB_PASSWORD'"
  fi
  if [ "$(psql_admin "SELECT 1 FROM pg_database WHERE datname = '$DB_NAME'")" != 1 ]; then
    psql_admin "CREATE DATABASE $DB_NAME OWNER $DB_USER"
  fi
}

cmd_up() {
  prepare_dirs
  [ -f "$PG_DATA/PG_VERSION" ] || init_cluster
  if running; then
    ensure_role_and_db
    echo "pg: running on $PG_HOST:$PG_PORT"
  else
    if (exec 3<>"/dev/tcp/$PG_HOST/$PG_PORT") 2>/dev/null; then
      die "port $PG_PORT on $PG_HOST is taken by another process (set PG_PORT)"
    fi
    # -w waits until the server accepts connections; a stale postmaster.pid after a crash or a
    # reboot is detected by pg_ctl/postgres themselves.
    as_owner "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_LOG" -w -t 60 start >/dev/null ||
      die "start failed: see $PG_LOG"
    ensure_role_and_db
    echo "pg: started on $PG_HOST:$PG_PORT (data $PG_DATA, log $PG_LOG)"
  fi
  echo "PG_DSN=$DSN"
}

cmd_down() {
  if [ -f "$PG_DATA/PG_VERSION" ] && running; then
    as_owner "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w -t 60 stop >/dev/null
    echo "pg: stopped"
  else
    echo "pg: not running"
  fi
}

cmd_reset() {
  cmd_down
  rm -rf "$PG_DATA" "$PG_RUN" "$PG_LOG" "$PG_DIR/initdb.log"
  echo "pg: wiped $PG_DATA"
}

cmd_status() {
  if [ -f "$PG_DATA/PG_VERSION" ] && running &&
    PGPASSWORD=$DB_PASSWORD "$PG_BIN/psql" -X -h "$PG_HOST" -p "$PG_PORT" -U "$DB_USER" -d "$DB_NAME" -tAc 'SELECT 1' >/dev/null 2>&1; then
    echo "pg: running on $PG_HOST:$PG_PORT, role $DB_USER can log in"
  else
    echo "pg: not running"
    return 1
  fi
}

case "${1:-}" in
  up) cmd_up ;;
  down) cmd_down ;;
  reset) cmd_reset ;;
  status) cmd_status ;;
  dsn) echo "$DSN" ;;
  *) echo "usage: $0 up|down|reset|status|dsn" >&2; exit 2 ;;
esac
