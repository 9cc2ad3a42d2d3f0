#!/usr/bin/env bash
# Several nodes on loopback (bench/README.md): PostgreSQL, Redis, two web nodes and nginx in front, all from Debian's
# packages, started here and stopped at the end. Prints requests/s through nginx with one node and with two on the same
# scenarios, then runs the cross-node correctness tests (the ones ./test.sh runs) against the same servers.
# SCALE (default 0.1) sizes the seeded site as bench/run.sh --scale does; DURATION is seconds per measurement.
set -euo pipefail
cd "$(dirname "$0")/../.."
scale="${SCALE:-0.1}"
duration="${DURATION:-20}"
work="$(pwd)/artifacts/bench/scale-out"

missing=()
for package in postgresql redis-server nginx-light wrk python3-aiosmtpd; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
scripts/install-frontend.sh >/dev/null
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet publish src/InnovationAcademy.Web -c Release -o artifacts/bench/web -nologo -v q
dotnet build bench/InnovationAcademy.Bench.LargeSite -c Release -nologo -v q
dotnet build tests/InnovationAcademy.IntegrationTests -c Release -nologo -v q

rm -rf "$work"; mkdir -p "$work"
nodes=()
cleanup() {
  for pid in "${nodes[@]}"; do kill "$pid" 2>/dev/null || true; done
  [ -f "$work/nginx.pid" ] && nginx -c "$work/nginx.conf" -p "$work" -s stop 2>/dev/null || true
  scripts/redis-test-server.sh stop
  scripts/postgres-test-server.sh stop
}
trap cleanup EXIT
pg=$(scripts/postgres-test-server.sh start)
redis=$(scripts/redis-test-server.sh start)

echo "Seeding the large site (scale $scale) on PostgreSQL …"
dotnet bench/InnovationAcademy.Bench.LargeSite/bin/Release/net10.0/InnovationAcademy.Bench.LargeSite.dll \
  --postgres "$pg" --scale "$scale" --folder "$work/site" | grep -v "^warn\|^      "
connection=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['ConnectionString'])" "$work/site/site.json")
# Two nodes' pools must fit in the server's max_connections (100 here), with room for the tests that follow.
connection="$connection;Maximum Pool Size=40"

start_node() {
  local port="$1"
  env ASPNETCORE_ENVIRONMENT=Production Site__BaseUrl=http://127.0.0.1:5110 Database__Provider=Postgres ConnectionStrings__Academy="$connection" \
    Redis__Configuration="$redis" Media__Path="$work/site/media" Assignments__Path="$work/site/assignments" Smtp__Host="" \
    Logging__LogLevel__Default=Warning "Logging__LogLevel__Microsoft.AspNetCore.HttpLogging.HttpLoggingMiddleware=Warning" \
    dotnet artifacts/bench/web/InnovationAcademy.Web.dll --urls "http://127.0.0.1:$port" > "$work/node-$port.log" 2>&1 &
  nodes+=($!)
  for _ in $(seq 1 300); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && return 0; sleep 0.2; done
  echo "The node on port $port did not start:"; tail -20 "$work/node-$port.log"; exit 1
}
start_node 5101
start_node 5102

mkdir -p "$work/nginx"
# nginx sets every forwarded header itself, so a client's own Host or X-Forwarded-* never reaches the nodes.
proxy='proxy_http_version 1.1; proxy_set_header Connection ""; proxy_set_header Host 127.0.0.1; proxy_set_header X-Forwarded-Host 127.0.0.1; proxy_set_header X-Forwarded-For $remote_addr; proxy_set_header X-Forwarded-Proto $scheme;'
cat > "$work/nginx.conf" <<NGINX
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $work/nginx/body; proxy_temp_path $work/nginx/proxy;
  fastcgi_temp_path $work/nginx/fastcgi; uwsgi_temp_path $work/nginx/uwsgi; scgi_temp_path $work/nginx/scgi;
  upstream one_node { server 127.0.0.1:5101; keepalive 64; }
  upstream two_nodes { server 127.0.0.1:5101; server 127.0.0.1:5102; keepalive 64; }
  server { listen 127.0.0.1:5110; location / { proxy_pass http://one_node; $proxy } }
  server { listen 127.0.0.1:5120; location / { proxy_pass http://two_nodes; $proxy } }
}
NGINX
nginx -c "$work/nginx.conf" -p "$work"

profile=$(curl -s "http://127.0.0.1:5110/talent" | grep -o 'href="/talent/[0-9]*"' | head -n 1 | grep -o '[0-9]*')
measure() {
  local port="$1" path="$2"
  wrk -t2 -c64 -d5s "http://127.0.0.1:$port$path" >/dev/null
  wrk -t2 -c64 -d"${duration}s" --latency "http://127.0.0.1:$port$path" |
    awk '/Requests\/sec/ {rps=$2} /^ +99%/ {p99=$2} /Non-2xx/ {bad=$5} END {printf "%s | %s | %s", rps, p99, (bad == "" ? 0 : bad)}'
}
echo
echo "| scenario (nginx in front, 64 connections, ${duration} s) | one node: requests/s, p99, non-2xx | two nodes: requests/s, p99, non-2xx |"
echo "| --- | --- | --- |"
for path in "/courses/curso-0001" "/talent/$profile" "/api/courses/curso-0001"; do
  echo "| $path | $(measure 5110 "$path") | $(measure 5120 "$path") |"
done

echo
echo "Correctness across nodes (two in-process nodes on the same PostgreSQL server and Redis):"
ACADEMY_TEST_POSTGRES="$pg" ACADEMY_TEST_REDIS="$redis" \
  dotnet test tests/InnovationAcademy.IntegrationTests -c Release --no-build --nologo --filter "Category=ScaleOut" | grep -E "^(Passed|Failed)!|Failed "
