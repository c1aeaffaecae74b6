#!/usr/bin/env bash
# Debian/Ubuntu system libraries that Qt (PySide6) needs, plus fonts.
# Installs what is missing when run as root (or with sudo available); otherwise says what to install.
set -euo pipefail

PACKAGES=(
  # Qt GUI core: OpenGL/EGL dispatch, keyboard maps, fonts, D-Bus, GLib
  libegl1 libgl1 libxkbcommon0 libfontconfig1 libfreetype6 libdbus-1-3 libglib2.0-0
  # the X11 (xcb) platform plugin, for running the app on a desktop or under Xvfb
  libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0
  libxcb-render-util0 libxcb-image0 libxcb-randr0 libxcb-xinerama0 libxcb-xkb1 libx11-xcb1
  # a Latin UI font (Arabic and Hebrew faces ship in resources/fonts)
  fonts-dejavu-core
)

command -v dpkg-query >/dev/null 2>&1 || exit 0  # not Debian: nothing to check here

missing=()
for pkg in "${PACKAGES[@]}"; do
  status=$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)
  [ "$status" = "installed" ] || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
  SUDO=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  SUDO=(sudo -n)
else
  echo "Qt needs these system packages; install them with:" >&2
  echo "  sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
echo "Installing system packages Qt needs: ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update -qq
"${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
