#!/usr/bin/env bash
# Installs what is missing, builds, and starts appraisal-station on the built-in demo venue.
# Data goes to the user's data folder (~/.local/share/appraisal-workstation); pass
# --data-dir DIR to use another folder, --lang en for English.
set -euo pipefail
cd "$(dirname "$0")/.."

packaging/install-deps.sh
cmake -S . -B build -G Ninja
cmake --build build --parallel "$(nproc)"
exec build/bin/appraisal-station --demo "$@"
