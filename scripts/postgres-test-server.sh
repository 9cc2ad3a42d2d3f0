#!/usr/bin/env bash
# Starts (start) or stops (stop) a throw-away PostgreSQL cluster for the data tests, on 127.0.0.1:55432
# with trust authentication, in a folder of its own; the system's cluster is left alone.
set -euo pipefail
folder="${ACADEMY_PG_FOLDER:-/tmp/innovation-academy-pg}"
port="${ACADEMY_PG_PORT:-55432}"
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)

as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "${1:-start}" in
  start)
    if [ -f "$folder/postmaster.pid" ]; then as_postgres "$bin/pg_ctl" -D "$folder" -m immediate stop >/dev/null 2>&1 || true; fi
    rm -rf "$folder"
    mkdir -p "$folder"
    [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$folder"
    as_postgres "$bin/initdb" -D "$folder" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >/dev/null
    as_postgres "$bin/pg_ctl" -D "$folder" -l "$folder/server.log" -w \
      -o "-p $port -k $folder -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null
    echo "Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
    ;;
  stop)
    as_postgres "$bin/pg_ctl" -D "$folder" -m fast stop >/dev/null 2>&1 || true
    rm -rf "$folder"
    ;;
esac
