#!/usr/bin/env bash
# Installs what Steward needs on Debian 12 and is missing: system packages (apt), tauri-driver
# (crates.io) and the UI's npm packages. Safe to run again: it only installs what is absent.
set -euo pipefail
cd "$(dirname "$0")/.."

# Build: Tauri/WebKit, SQLCipher (OpenSSL), Secret Service (libdbus). Run: gnome-keyring for the
# OS keyring. Tests: Xvfb, WebKitWebDriver, sqlite3 (to prove the file is unreadable without the
# key), ImageMagick's `import` for screenshots, oathtool (reference codes for the OTP tests),
# xdotool (keys on the X display: the global shortcut, and the native Save/Open dialogs, which
# WebDriver cannot reach), openbox (a window manager on the test display, for minimising).
# Wayland (scripts/wayland/session.sh): headless sway, PipeWire, xdg-desktop-portal with its
# wlroots back end (Screenshot) and the gtk one (1.16 offers Screenshot only with an Access back
# end), grim (the wlroots back end takes every screenshot by running it — no package depends on it,
# and without it the portal answers "failed"; the scan-journey e2e test's shots too), swayimg
# (shows the QR in another window), wl-clipboard and xclip (read the clipboard in the scan-journey
# e2e test), about 40 MB.
# keepassxc: a second Secret Service for the keyring tests (scripts/keyring/keepassxc-session.sh).
# xfce4-panel and trayer: real trays on the test display for the tray menu's e2e test
# (tests/e2e/tray.test.mjs): a StatusNotifierItem host, and an XEmbed tray for the fallback; about
# 12 MB with xfconf, libxfce4ui and libwnck.
# fonts-dejavu-core: DejaVu Sans and DejaVu Serif, the two faces the desktop-font e2e test tells
# apart (tests/e2e/desktop-font.test.mjs); fontconfig usually brings it already.
APT_PACKAGES=(
  build-essential pkg-config curl file
  libwebkit2gtk-4.1-dev libgtk-3-dev librsvg2-dev libayatana-appindicator3-dev libssl-dev
  libdbus-1-dev dbus dbus-x11 gnome-keyring libsecret-tools
  xvfb xauth webkit2gtk-driver x11-utils xdotool openbox imagemagick sqlite3
  oathtool python3 python3-venv jq fonts-noto-color-emoji fonts-dejavu-core poppler-utils
  sway pipewire xdg-desktop-portal xdg-desktop-portal-wlr xdg-desktop-portal-gtk grim swayimg wl-clipboard xclip
  keepassxc xfce4-panel trayer
)

missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "==> Installing system packages: ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# The OTP export test decrypts Steward's Aegis export with Python's `cryptography`, independently
# of Steward's own code.
# The share tests validate the JSON export against the published schema with Python jsonschema.
for module in cryptography jsonschema; do
  if ! python3 -c "import $module" >/dev/null 2>&1; then
    echo "==> Installing Python $module (independent checks of Steward's exports)"
    python3 -m pip install --quiet --disable-pip-version-check "$module" 2>/dev/null \
      || python3 -m pip install --quiet --disable-pip-version-check --break-system-packages "$module"
  fi
done

if ! command -v tauri-driver >/dev/null 2>&1; then
  echo "==> Installing tauri-driver (WebDriver bridge for the desktop tests)"
  cargo install tauri-driver@2.1.0 --locked --quiet
fi

if [ ! -d ui/node_modules ] || [ ui/package-lock.json -nt ui/node_modules/.package-lock.json ]; then
  echo "==> Installing UI packages"
  (cd ui && npm ci --no-audit --no-fund --loglevel=error)
fi
