#!/usr/bin/env bash
# The headless server must not load GUI printing or widget libraries (issue 22): reads the
# dynamic section of the built binary and fails on any forbidden NEEDED entry. It also insists on
# the libraries the server does use, so an unreadable or empty dynamic section cannot pass.
# Usage: check-needed.sh BINARY
set -euo pipefail
binary="${1:?usage: check-needed.sh BINARY}"
needed=$(readelf -d "$binary" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')
[ -n "$needed" ] || { echo "check-needed: no NEEDED entries read from $binary" >&2; exit 1; }
status=0
for required in libQt6Core.so.6 libQt6Network.so.6 libQt6WebSockets.so.6; do
    grep -qx "$required" <<<"$needed" || { echo "check-needed: $binary does not link $required" >&2; status=1; }
done
for forbidden in libQt6Gui libQt6Widgets libQt6PrintSupport libQt6PdfWidgets libQt6Pdf libQt6Multimedia libQt6TextToSpeech; do
    if grep -q "^$forbidden\.so" <<<"$needed"; then
        echo "check-needed: $binary needs $forbidden (the server must not link GUI printing or widgets)" >&2
        status=1
    fi
done
echo "check-needed: $(basename "$binary") NEEDED: $(tr '\n' ' ' <<<"$needed")"
[ "$status" -eq 0 ] && echo "check-needed: ok"
exit "$status"
