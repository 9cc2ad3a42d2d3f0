#!/usr/bin/env bash
# Remakes the fonts certificates embed: DejaVu Sans and DejaVu Sans Bold from Debian's fonts-dejavu-core, cut down
# to the scripts learners' names and courses use (Latin with every extension, Greek, Cyrillic, punctuation) and
# without screen hinting, which a PDF does not need. Skia embeds a font whole, so this keeps a certificate near
# 150 KB instead of 740 KB. Needs fonts-dejavu-core and python3-fonttools (Debian).
set -euo pipefail
cd "$(dirname "$0")/.."
out=src/Modules/InnovationAcademy.Certificates/Fonts
ranges="U+0020-007E,U+00A0-024F,U+0259,U+02BB-02BC,U+02C6-02DD,U+0300-036F,U+0370-03FF,U+0400-04FF,U+1E00-1EFF,U+2000-206F,U+20A0-20CF,U+2100-214F,U+2190-21FF,U+2212,U+25CF"
for face in DejaVuSans DejaVuSans-Bold; do
  /usr/bin/python3 -m fontTools.subset "/usr/share/fonts/truetype/dejavu/$face.ttf" --unicodes="$ranges" \
    --layout-features='*' --name-IDs='*' --name-legacy --no-hinting --output-file="$out/$face.ttf" 2>/dev/null
done
ls -l "$out"/*.ttf
