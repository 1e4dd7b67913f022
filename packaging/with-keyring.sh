#!/usr/bin/env bash
# Runs a command inside its own D-Bus session with an unlocked gnome-keyring (Secret Service),
# using a throw-away HOME and XDG_RUNTIME_DIR, so tests exercise the real OS keychain without
# touching the user's own. Usage: packaging/with-keyring.sh COMMAND [ARGS...]
set -euo pipefail

sandbox=$(mktemp -d)
trap 'rm -rf "$sandbox"' EXIT
mkdir -p "$sandbox/home" "$sandbox/runtime"
chmod 700 "$sandbox/runtime"
export HOME="$sandbox/home" XDG_RUNTIME_DIR="$sandbox/runtime"

dbus-run-session -- bash -c '
    set -e
    echo -n "keyring-for-tests" | gnome-keyring-daemon --daemonize --login >/dev/null
    eval "$(gnome-keyring-daemon --start --components=secrets)"
    export GNOME_KEYRING_CONTROL
    exec "$@"
' with-keyring "$@"
