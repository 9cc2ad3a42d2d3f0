#!/usr/bin/env bash
# Installs the Debian packages the site and its tests use, only those missing.
# Usage: scripts/install-prerequisites.sh [run|test]
set -euo pipefail
mode="${1:-test}"

packages=(python3-aiosmtpd)
if [ "$mode" = "test" ]; then
  # poppler-utils and zbar-tools: a certificate PDF is rendered to an image and its QR code read back, as a phone would.
  packages+=(postgresql redis-server chromium fonts-dejavu-core poppler-utils zbar-tools)
fi

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done

# The front-end libraries (Chart.js) come from the npm registry, pinned by package-lock.json. A machine may have
# Node.js from elsewhere (with npm inside it): Debian's packages are asked for only when there is no npm at all.
command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)

if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if ! command -v dotnet >/dev/null 2>&1; then
  echo "The .NET 10 SDK is needed (dotnet on PATH)." >&2
  exit 1
fi

scripts_dir="$(dirname "$0")"
"$scripts_dir/install-frontend.sh"
