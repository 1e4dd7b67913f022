#!/usr/bin/env bash
# Installs what is missing, builds everything and runs every test (ctest --output-on-failure).
# GUI tests run on Qt's offscreen platform, so no display is needed; keychain tests get a
# private D-Bus session with an unlocked gnome-keyring.
set -euo pipefail
cd "$(dirname "$0")/.."

packaging/install-deps.sh

werror=OFF
if [ "${CI:-}" = "true" ]; then
    werror=ON # warnings are errors in CI
fi
cmake -S . -B build -G Ninja -DAPPRAISAL_WARNINGS_AS_ERRORS="$werror"
cmake --build build --parallel "$(nproc)"
export QT_QPA_PLATFORM=offscreen
# The keychain tests need a Secret Service: run the suite in a private D-Bus session with an
# unlocked gnome-keyring (see packaging/with-keyring.sh).
packaging/with-keyring.sh ctest --test-dir build --output-on-failure --parallel "$(nproc)" "$@"
