#!/usr/bin/env bash
# Installs what is missing, builds, and starts appraisal-station on the built-in demo venue.
# Data goes to the user's data folder (~/.local/share/appraisal-workstation); pass
# --data-dir DIR to use another folder, --lang en for English.
set -euo pipefail
cd "$(dirname "$0")/.."

packaging/install-deps.sh
cmake -S . -B build -G Ninja
cmake --build build --parallel "$(nproc)"
# The hall announcements' default voice: clips made offline with espeak-ng (next to the program).
[ -d build/clips ] || packaging/make-clip-pack.sh build/clips >/dev/null
# A simulated ID card reader on a pseudo-terminal, so the demo reads a (synthetic) card through the
# real serial path: the card of demo case JD2026-0001 is presented again every 20 seconds.
reader_dir=$(mktemp -d)
build/bin/appraisal-samsim --card resources/demo/card.json --link "$reader_dir/reader" --present-every 20 >/dev/null &
simulator=$!
trap 'kill $simulator 2>/dev/null; rm -rf "$reader_dir"' EXIT
for _ in 1 2 3 4 5 6 7 8 9 10; do [ -e "$reader_dir/reader" ] && break; sleep 0.2; done
set -- --card-reader "$reader_dir/reader" "$@"

# The station keeps its data key in the OS keychain (Secret Service). A desktop session has one;
# without a session bus (a bare console, ssh) the demo runs in a throw-away keyring and data folder.
if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
    echo "No desktop session bus: running the demo with a temporary keyring and data folder." >&2
    packaging/with-keyring.sh build/bin/appraisal-station --demo "$@"
    exit $?
fi
build/bin/appraisal-station --demo "$@"
