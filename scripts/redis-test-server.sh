#!/usr/bin/env bash
# Starts (start) or stops (stop) a throw-away Redis on 127.0.0.1:56379 for the scale-out tests, keeping nothing
# on disk; the system's Redis, if any, is left alone. `start` prints the address to connect to.
set -euo pipefail
folder="${ACADEMY_REDIS_FOLDER:-/tmp/innovation-academy-redis}"
port="${ACADEMY_REDIS_PORT:-56379}"

case "${1:-start}" in
  start)
    if [ -f "$folder/redis.pid" ]; then kill "$(cat "$folder/redis.pid")" 2>/dev/null || true; sleep 0.5; fi
    rm -rf "$folder"
    mkdir -p "$folder"
    redis-server --bind 127.0.0.1 --port "$port" --save "" --appendonly no --daemonize yes \
      --dir "$folder" --pidfile "$folder/redis.pid" --logfile "$folder/redis.log" >/dev/null
    for _ in $(seq 1 50); do
      redis-cli -p "$port" ping >/dev/null 2>&1 && break
      sleep 0.1
    done
    echo "127.0.0.1:$port"
    ;;
  stop)
    if [ -f "$folder/redis.pid" ]; then kill "$(cat "$folder/redis.pid")" 2>/dev/null || true; fi
    rm -rf "$folder"
    ;;
esac
