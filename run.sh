#!/usr/bin/env bash
# Runs the site on SQLite (src/InnovationAcademy.Web/App_Data/academy.db) with the demo academy, at
# http://localhost:5080. The first start sets the site up unattended; later starts keep its data.
# Mail goes to a local SMTP server whose messages land in src/InnovationAcademy.Web/App_Data/mail/new.
set -euo pipefail
cd "$(dirname "$0")"

scripts/install-prerequisites.sh run
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
root="$PWD/src/InnovationAcademy.Web/App_Data"
mkdir -p "$root/mail/tmp" "$root/mail/new" "$root/mail/cur"

/usr/bin/python3 -m aiosmtpd -n -u -l 127.0.0.1:2525 -c aiosmtpd.handlers.Mailbox "$root/mail" &
smtp=$!
trap 'kill $smtp 2>/dev/null || true' EXIT

echo "Innovation Academy: http://localhost:5080  (administrator: admin@academy.localhost / admin-academia-2026;"
echo "demo accounts gestora@, editor@, facilitadora@, alumna@academy.localhost / demo-academia-2026; mail in src/InnovationAcademy.Web/App_Data/mail/new)"

Setup__Recipe="${SETUP_RECIPE:-thinkia-mooc}" \
Setup__SiteName="${SETUP_SITE_NAME:-Academia de Innovación Pública}" \
Setup__AdminEmail="admin@academy.localhost" \
Setup__AdminPassword="admin-academia-2026" \
Smtp__Host=127.0.0.1 Smtp__Port=2525 \
Site__BaseUrl="http://localhost:5080" \
ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Production}" \
dotnet run --project src/InnovationAcademy.Web -c Release --no-launch-profile -- --urls "${URLS:-http://localhost:5080}"
