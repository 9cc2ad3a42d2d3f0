#!/usr/bin/env bash
# Installs the front-end libraries from the npm registry, exactly as package-lock.json pins them, and copies the
# built files the modules serve into their wwwroot/lib folders (ignored by git). Runs again only when the lock changes.
set -euo pipefail
cd "$(dirname "$0")/.."

stamp=node_modules/.installed-lock
if [ ! -f "$stamp" ] || ! cmp -s package-lock.json "$stamp"; then
  npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
  cp package-lock.json "$stamp"
fi

# module folder → files from node_modules
copy() {
  local target="src/Modules/$1/wwwroot/lib/$2"
  mkdir -p "$target"
  shift 2
  for file in "$@"; do
    cp -u "node_modules/$file" "$target/"
  done
}

copy InnovationAcademy.Cohorts chart.js chart.js/dist/chart.umd.min.js chart.js/LICENSE.md
copy InnovationAcademy.TalentDirectory leaflet leaflet/dist/leaflet.js leaflet/dist/leaflet.css leaflet/LICENSE
copy InnovationAcademy.TalentDirectory leaflet/images leaflet/dist/images/marker-icon.png leaflet/dist/images/marker-icon-2x.png leaflet/dist/images/marker-shadow.png leaflet/dist/images/layers.png leaflet/dist/images/layers-2x.png
copy InnovationAcademy.TalentDirectory leaflet.markercluster leaflet.markercluster/dist/leaflet.markercluster.js leaflet.markercluster/dist/MarkerCluster.css leaflet.markercluster/dist/MarkerCluster.Default.css leaflet.markercluster/MIT-LICENCE.txt
