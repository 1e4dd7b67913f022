#!/usr/bin/env bash
# Installs every Debian 12 package the build, the tests and the station need. Idempotent: does
# nothing when all are present. Runs as root, or through sudo.
set -euo pipefail

packages=(
    # toolchain
    cmake ninja-build g++ pkg-config clang-format
    # Qt 6.4 and the libraries the modules link
    qt6-base-dev qt6-base-dev-tools qt6-multimedia-dev qt6-speech-dev qt6-serialport-dev
    qt6-charts-dev qt6-svg-dev qt6-websockets-dev qt6-pdf-dev qt6-tools-dev
    qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qt6-declarative-dev # find_package(Qt6 TextToSpeech) needs QmlIntegration
    libqt6sql6-sqlite libqt6sql6-psql libsqlite3-dev
    qtkeychain-qt6-dev libsodium-dev libssl-dev libqrencode-dev libxkbcommon-dev libgl1-mesa-dev
    libxxhash-dev # XXH3 fingerprints of backup pieces (header only)
    # runtime: platform plugins, SVG icon/image plugins, Chinese fonts
    qt6-qpa-plugins libqt6svg6 fonts-noto-cjk fonts-wqy-microhei
    libfontconfig-dev # the station loads fontconfig's configuration early, on a thread (fontwarmup.cpp)
    # tests: headless display, PDF checks, database inspection, a private keyring on a session bus
    xvfb xauth poppler-utils sqlite3 gnome-keyring dbus dbus-x11 python3 openssl
    # the sync server suite also runs against a throw-away PostgreSQL cluster
    postgresql
    # the default announcement clip pack (packaging/make-clip-pack.sh)
    espeak-ng
    # the Debian packages: man pages from --help, checks (packaging/test-packages.sh)
    help2man dpkg-dev fakeroot file lintian appstream systemd curl adduser
)

missing=()
for package in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}\n' "$package" 2>/dev/null || true)
    [[ $status == *"install ok installed"* ]] || missing+=("$package")
done
if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#packages[@]} packages present"
    exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
    run=()
elif command -v sudo >/dev/null 2>&1; then
    run=(sudo)
else
    echo "install-deps: missing packages: ${missing[*]}" >&2
    echo "install-deps: not root and sudo is not installed; run this script as root" >&2
    exit 1
fi
echo "install-deps: installing ${missing[*]}"
"${run[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
"${run[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
