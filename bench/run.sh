#!/usr/bin/env bash
# The load benchmark (bench/README.md): builds the site and the reference in Release, seeds the large site or reuses
# the one seeded before (artifacts/bench/site), starts both on loopback, drives wrk and prints the table.
# Arguments go to bench/InnovationAcademy.Bench.Load, e.g. --scale 0.05 for a quick try, --reseed, --postgres "Host=…".
set -euo pipefail
cd "$(dirname "$0")/.."

command -v wrk >/dev/null 2>&1 || {
  sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends wrk >/dev/null
}
scripts/install-prerequisites.sh run
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet publish src/InnovationAcademy.Web -c Release -o artifacts/bench/web -nologo -v q
dotnet publish bench/InnovationAcademy.Bench.Reference -c Release -o artifacts/bench/reference -nologo -v q
dotnet build bench/InnovationAcademy.Bench.Load -c Release -nologo -v q
dotnet bench/InnovationAcademy.Bench.Load/bin/Release/net10.0/InnovationAcademy.Bench.Load.dll "$@"
