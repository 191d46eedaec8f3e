#!/usr/bin/env bash
# Start a throw-away PostgreSQL server for the store tests and print the URL to use.
#   eval "$(scripts/pg-test-server.sh start)"   -> exports WIREWATCH_TEST_PG
#   scripts/pg-test-server.sh stop
# Prints nothing (and exits 0) when no PostgreSQL server binaries are installed: the
# PostgreSQL tests then skip with a reason.
set -euo pipefail
PORT=${WIREWATCH_TEST_PG_PORT:-54329}
DIR=${WIREWATCH_TEST_PG_DIR:-${TMPDIR:-/tmp}/wirewatch-pg-test}

bindir() {
  for d in /usr/lib/postgresql/*/bin; do [ -x "$d/initdb" ] && { echo "$d"; return; }; done
  command -v initdb >/dev/null 2>&1 && dirname "$(command -v initdb)"
}

as_owner() {  # postgres refuses to run as root
  if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi
}

case "${1:-start}" in
  start)
    BIN=$(bindir) || true
    if [ -z "${BIN:-}" ] || { [ "$(id -u)" = 0 ] && ! id postgres >/dev/null 2>&1; }; then
      echo "# no PostgreSQL server here; PostgreSQL store tests will skip" >&2
      exit 0
    fi
    if ! as_owner "$BIN/pg_ctl -D $DIR status" >/dev/null 2>&1; then
      rm -rf "$DIR"; mkdir -p "$DIR"
      [ "$(id -u)" = 0 ] && chown postgres "$DIR"
      as_owner "$BIN/initdb -D $DIR -U postgres --auth=trust -E UTF8" >/dev/null
      as_owner "$BIN/pg_ctl -D $DIR -l $DIR/log -o '-p $PORT -k $DIR -c listen_addresses=127.0.0.1' -w start" >/dev/null
      as_owner "$BIN/createdb -h 127.0.0.1 -p $PORT -U postgres wirewatch_test"
    fi
    echo "export WIREWATCH_TEST_PG=postgresql+psycopg://postgres@127.0.0.1:$PORT/wirewatch_test"
    ;;
  stop)
    BIN=$(bindir) || exit 0
    as_owner "$BIN/pg_ctl -D $DIR -m fast stop" >/dev/null 2>&1 || true
    ;;
esac
