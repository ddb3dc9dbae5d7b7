#!/usr/bin/env bash
# Builds Steward's Linux packages with the Tauri CLI (ui/node_modules/.bin/tauri, a devDependency):
# a .deb, and an AppImage when its tools can be had. Release build: several minutes.
#
#   scripts/package.sh              # .deb and AppImage
#   scripts/package.sh deb          # just the .deb
#   scripts/package.sh appimage     # just the AppImage
#
# The files land in target/release/bundle/{deb,appimage}/; the script prints their paths and sizes.
# Install the .deb with:  sudo apt install ./target/release/bundle/deb/Steward_<version>_amd64.deb
#
# The AppImage needs linuxdeploy (and its GTK plugin, AppRun) which the Tauri CLI downloads from
# GitHub into ~/.cache/tauri on first use. Without internet access, put them there yourself
# (linuxdeploy-x86_64.AppImage, linuxdeploy-plugin-appimage.AppImage, linuxdeploy-plugin-gtk.sh,
# linuxdeploy-plugin-gstreamer.sh, AppRun-x86_64, made executable) or point TAURI_BUNDLER_TOOLS_GITHUB_MIRROR at a mirror; the
# .deb does not need them.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

bundles=("$@")
[ ${#bundles[@]} -gt 0 ] || bundles=(deb appimage)
for b in "${bundles[@]}"; do
  case "$b" in
    deb | appimage) ;;
    *) echo "package: unknown bundle '$b' (use deb and/or appimage)" >&2; exit 2 ;;
  esac
done

# Build tools, system libraries and the UI's npm packages (the Tauri CLI among them).
scripts/install-deps.sh
TAURI="$ROOT/ui/node_modules/.bin/tauri"
if [ ! -x "$TAURI" ]; then
  echo "package: the Tauri CLI is missing from ui/node_modules; run: (cd ui && npm ci)" >&2
  exit 1
fi

BUNDLE_DIR="$ROOT/target/release/bundle"
status=0
echo "==> Building ${bundles[*]} (tauri build; the UI is built first by beforeBuildCommand)"
log=$(mktemp "${TMPDIR:-/tmp}/steward-package.XXXXXX.log")
# One release build for all bundles (--ci: no prompts). The .deb is written before the AppImage
# is attempted, so a failed AppImage still leaves a good .deb.
rm -f "$BUNDLE_DIR"/deb/*.deb "$BUNDLE_DIR"/appimage/*.AppImage
if ! "$TAURI" build --ci --bundles "$(IFS=,; echo "${bundles[*]}")" 2>&1 | tee "$log"; then
  status=1
  for b in "${bundles[@]}"; do
    if [ "$b" = appimage ] && ! compgen -G "$BUNDLE_DIR/appimage/*.AppImage" >/dev/null; then
      echo >&2
      echo "package: the AppImage could not be built. It needs linuxdeploy and AppRun, which the" >&2
      echo "Tauri CLI downloads from GitHub into ~/.cache/tauri. Without access to GitHub, copy" >&2
      echo "linuxdeploy-x86_64.AppImage, linuxdeploy-plugin-appimage.AppImage, linuxdeploy-plugin-gtk.sh," >&2
      echo "linuxdeploy-plugin-gstreamer.sh and AppRun-x86_64 into ~/.cache/tauri (chmod +x), or set" >&2
      echo "TAURI_BUNDLER_TOOLS_GITHUB_MIRROR to a mirror of github.com, and run again." >&2
      grep -i -E "error|failed" "$log" | tail -5 >&2 || true
    elif [ "$b" = deb ] && ! compgen -G "$BUNDLE_DIR/deb/*.deb" >/dev/null; then
      echo "package: the .deb could not be built (log: $log)" >&2
    fi
  done
else
  rm -f "$log"
fi

echo
echo "==> Packages"
shopt -s nullglob
found=0
for f in "$BUNDLE_DIR"/deb/*.deb "$BUNDLE_DIR"/appimage/*.AppImage; do
  printf '%8s  %s\n' "$(du -h "$f" | cut -f1)" "${f#"$ROOT"/}"
  found=1
done
[ -f target/release/steward-desktop ] &&
  printf '%8s  %s (the program itself)\n' "$(du -h target/release/steward-desktop | cut -f1)" target/release/steward-desktop
[ "$found" -eq 1 ] || echo "(none)"
if compgen -G "$BUNDLE_DIR/deb/*.deb" >/dev/null; then
  echo
  echo "Install:  sudo apt install ./$(ls -t "$BUNDLE_DIR"/deb/*.deb | head -1 | sed "s|^$ROOT/||")"
fi
exit "$status"
