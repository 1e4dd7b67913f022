#!/usr/bin/env bash
# Installs what is missing, builds, and starts appraisal-station on the built-in demo venue.
# Data goes to the user's data folder (~/.local/share/appraisal-workstation); pass
# --data-dir DIR to use another folder, --lang en for English.
set -euo pipefail
cd "$(dirname "$0")/.."

packaging/install-deps.sh
cmake -S . -B build -G Ninja
cmake --build build --parallel "$(nproc)"
# The station keeps its data key in the OS keychain (Secret Service). A desktop session has one;
# without a session bus (a bare console, ssh) the demo runs in a throw-away keyring and data folder.
if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
    echo "No desktop session bus: running the demo with a temporary keyring and data folder." >&2
    exec packaging/with-keyring.sh build/bin/appraisal-station --demo "$@"
fi
exec build/bin/appraisal-station --demo "$@"
