#!/usr/bin/env bash
# Draws Steward's app icon (a shield with a check mark) with ImageMagick and writes the PNG sizes
# the Linux bundles (deb, AppImage) and the window use. Run again after changing the drawing.
# Needs ImageMagick 6's `convert` (apt: imagemagick); /usr/bin/convert is used on purpose.
set -euo pipefail
cd "$(dirname "$0")"
C=/usr/bin/convert
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

SHIELD="M512,96 C630,160 750,184 856,184 L856,468 C856,700 712,858 512,936 C312,858 168,700 168,468 L168,184 C274,184 394,160 512,96 Z"
INNER="M512,150 C616,206 722,228 806,230 L806,470 C806,672 682,808 512,880 C342,808 218,672 218,470 L218,230 C302,228 408,206 512,150 Z"

$C -size 1024x1024 xc:none -fill white -draw "path '$SHIELD'" "$tmp/outer_mask.png"
$C -size 1024x1024 xc:none -fill white -draw "path '$INNER'" "$tmp/inner_mask.png"
$C -size 1024x1024 gradient:'#0f4c5c'-'#0a2f3a' "$tmp/outer_mask.png" -compose CopyOpacity -composite "$tmp/outer.png"
$C -size 1024x1024 gradient:'#2fa3a0'-'#17707a' "$tmp/inner_mask.png" -compose CopyOpacity -composite "$tmp/inner.png"
$C "$tmp/outer.png" "$tmp/inner.png" -compose Over -composite \
  -fill none -stroke white -strokewidth 92 \
  -draw "stroke-linecap round stroke-linejoin round polyline 340,520 462,642 696,396" \
  "$tmp/flat.png"
# A soft shadow under the shield, kept inside the 1024 canvas.
$C "$tmp/flat.png" \( +clone -background black -shadow 40x16+0+14 \) +swap -background none \
  -layers merge +repage -gravity center -extent 1024x1024 "$tmp/icon-1024.png"

# Tauri wants 8-bit RGBA PNGs.
for spec in 32x32.png:32 128x128.png:128 128x128@2x.png:256 icon.png:512; do
  name=${spec%%:*}; size=${spec##*:}
  $C "$tmp/icon-1024.png" -filter Lanczos -resize "${size}x${size}" -depth 8 -strip "PNG32:$name"
done
echo "wrote $(ls ./*.png | tr '\n' ' ')"
