#!/usr/bin/env bash
# Installs what the browser tests need from Debian's packages: Chromium (playwright-core drives
# /usr/bin/chromium; nothing downloads a browser of its own) and the Noto CJK fonts, so Japanese
# renders instead of empty boxes. Installs only what is missing.
set -euo pipefail
packages=()
if [ ! -x /usr/bin/chromium ]; then packages+=(chromium); fi
if ! fc-list 2>/dev/null | grep -q "Noto Sans CJK JP"; then packages+=(fonts-noto-cjk); fi
if [ ${#packages[@]} -eq 0 ]; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq "${packages[@]}" >/dev/null
/usr/bin/chromium --version
