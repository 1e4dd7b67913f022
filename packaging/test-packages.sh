#!/usr/bin/env bash
# Builds the two Debian packages from the already-built build folder, installs them with dpkg on
# this machine, runs the installed programs, upgrades from a lower version, removes and purges
# them, and leaves the machine as it found it. Needs root (CI runs as root). Usage:
#   packaging/test-packages.sh            (build folder: build, or APPRAISAL_BUILD_DIR)
# The lower version is a package built from the previous release tag's build when
# APPRAISAL_PREVIOUS_PACKAGES names a folder holding it; otherwise it is a package of this same
# build with a lower version number (<version>~pre), which exercises dpkg's upgrade path the same
# way. Prints one line per check and "test-packages: N passed, 0 failed" last.
set -euo pipefail
cd "$(dirname "$0")/.."
build="${APPRAISAL_BUILD_DIR:-build}"
started=$(date +%s)
passed=0

fail() {
    echo "test-packages: FAIL: $*" >&2
    echo "test-packages: $passed passed, 1 failed"
    exit 1
}
ok() {
    passed=$((passed + 1))
    echo "test-packages: ok: $*"
}

[ "$(id -u)" -eq 0 ] || fail "must run as root (dpkg -i); CI runs as root"
[ -f "$build/CPackConfig.cmake" ] || fail "$build/CPackConfig.cmake is missing; configure and build first (packaging/test.sh)"
for package in appraisal-station appraisal-server; do
    if dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "installed"; then
        fail "$package is already installed on this machine; this test installs and purges it, so remove it first (dpkg -P $package)"
    fi
done
for path in /var/lib/appraisal /etc/appraisal; do
    [ ! -e "$path" ] || fail "$path exists already; this test would mix its data with a real installation's"
done
user_existed=no
getent passwd appraisal >/dev/null && user_existed=yes

work=$(mktemp -d /tmp/appraisal-packages.XXXXXX)
cleanup() {
    local status=$?
    for pid in ${hub_pid:-} ${central_pid:-}; do kill "$pid" 2>/dev/null || true; done
    dpkg -P appraisal-station appraisal-server >/dev/null 2>&1 || true
    rm -rf /var/lib/appraisal /etc/appraisal "$work"
    if [ "$user_existed" = no ] && getent passwd appraisal >/dev/null; then
        deluser --system --quiet appraisal >/dev/null 2>&1 || true
    fi
    if getent group appraisal >/dev/null && [ "$user_existed" = no ]; then
        delgroup --system --quiet appraisal >/dev/null 2>&1 || true
    fi
    exit $status
}
trap cleanup EXIT

version=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$build/CPackConfig.cmake")
[ -n "$version" ] || fail "no CPACK_PACKAGE_VERSION in $build/CPackConfig.cmake"
arch=$(dpkg --print-architecture)

# ---------------------------------------------------------------- build
# What the packages hold (the same as `cmake --build build --target package`, without building the
# test suites the target "all" also has), then cpack.
new="$work/new"
{ cmake --build "$build" --target appraisal-station appraisal-admin appraisal-samsim appraisal-server \
    man_pages clip_pack package_docs && (cd "$build" && cpack --config CPackConfig.cmake -B "$new"); } \
    >"$work/package.log" 2>&1 || { tail -30 "$work/package.log"; fail "building the packages"; }
for package in appraisal-station appraisal-server; do
    [ -s "$new/${package}_${version}_${arch}.deb" ] || fail "cpack made no $new/${package}_${version}_${arch}.deb"
done
ok "cpack made appraisal-station and appraisal-server $version"

if [ -n "${APPRAISAL_PREVIOUS_PACKAGES:-}" ]; then
    old="$APPRAISAL_PREVIOUS_PACKAGES"
    old_version=$(dpkg-deb -f "$old"/appraisal-server_*.deb Version)
else
    # No earlier release to upgrade from (git tag lists none yet): the same build, a lower version.
    old="$work/old"
    old_version="${version}~pre"
    (cd "$build" && cpack --config CPackConfig.cmake -B "$old" -D CPACK_DEBIAN_PACKAGE_VERSION="$old_version" \
        -D CPACK_DEBIAN_COMPRESSION_TYPE=gzip >"$work/old.log" 2>&1) || { tail -30 "$work/old.log"; fail "cpack of the lower version"; }
fi
dpkg --compare-versions "$old_version" lt "$version" || fail "$old_version is not lower than $version"
ok "lower version $old_version built"

for deb in "$new"/*.deb; do
    dpkg-deb -f "$deb" Depends | grep -q "libqt6core6" || fail "$(basename "$deb"): Depends has no computed libraries"
    if dpkg-deb -f "$deb" Package | grep -q server && dpkg-deb -f "$deb" Depends | grep -Eq "libqt6(widgets|printsupport)"; then
        fail "appraisal-server depends on Qt Widgets or PrintSupport"
    fi
done
ok "dependencies computed by dpkg-shlibdeps; the server needs no Qt Widgets or PrintSupport"

# lintian is not optional (packaging/install-deps.sh installs it): a check that silently does not
# run would let a warning in. Tags on standard output; standard error only says that root should
# not run lintian.
command -v lintian >/dev/null || fail "lintian is missing (packaging/install-deps.sh installs it)"
lintian --fail-on error,warning "$new"/*.deb >"$work/lintian.log" 2>"$work/lintian.err" ||
    { cat "$work/lintian.log" "$work/lintian.err"; fail "lintian reports errors or warnings"; }
[ ! -s "$work/lintian.log" ] || { cat "$work/lintian.log"; fail "lintian reports tags"; }
ok "lintian: no errors, no warnings"

# ---------------------------------------------------------------- install the lower version
dpkg -i "$old"/appraisal-station_*.deb "$old"/appraisal-server_*.deb >"$work/install-old.log" 2>&1 ||
    { cat "$work/install-old.log"; fail "dpkg -i of $old_version"; }
ok "dpkg -i $old_version"

id_json=$(/usr/bin/appraisal-admin id check 11010519491231002X --json)
grep -q '"valid": *true' <<<"$id_json" || fail "appraisal-admin id check printed: $id_json"
ok "/usr/bin/appraisal-admin id check 11010519491231002X --json: $id_json"
# Into a variable first: `… --help | grep -q` can end grep before the server has written its help,
# and pipefail then reports the server's SIGPIPE.
server_help=$(/usr/bin/appraisal-server --help) || fail "appraisal-server --help failed"
grep -q -- "--listen" <<<"$server_help" || fail "appraisal-server --help does not list --listen"
grep -q -- "token set" <<<"$server_help" || fail "appraisal-server --help does not list token set"
ok "/usr/bin/appraisal-server --help"
for program in appraisal-station appraisal-admin appraisal-samsim appraisal-server; do
    shown=$(QT_QPA_PLATFORM=offscreen "/usr/bin/$program" --version)
    [ "$shown" = "$program $version" ] || fail "$program --version printed \"$shown\", expected \"$program $version\""
    [ -s "/usr/share/man/man1/$program.1.gz" ] || fail "no man page for $program"
done
ok "every program prints $version with --version and has a man page"

for file in /usr/share/applications/org.appraisalsite.station.desktop \
    /usr/share/applications/org.appraisalsite.halldisplay.desktop \
    /usr/share/icons/hicolor/scalable/apps/appraisal-station.svg \
    /usr/share/icons/hicolor/{48x48,64x64,128x128,256x256}/apps/appraisal-station.png \
    /usr/share/appraisal-station/clips/pack.json /usr/share/appraisal-station/exam/neurology.json \
    /lib/udev/rules.d/70-appraisal-station.rules /lib/systemd/system/appraisal-server@.service \
    /etc/appraisal/hub.conf /etc/appraisal/central.conf; do
    [ -e "$file" ] || fail "$file is not installed"
done
grep -q "^Exec=appraisal-station --display$" /usr/share/applications/org.appraisalsite.halldisplay.desktop ||
    fail "the hall display entry does not start --display"
appstreamcli validate --no-net --pedantic /usr/share/metainfo/org.appraisalsite.station.metainfo.xml >"$work/appstream.log" 2>&1 ||
    { cat "$work/appstream.log"; fail "appstreamcli validate"; }
ok "menu entries, icons, clip pack, templates, udev rule, unit and settings installed; appstreamcli validate clean"

for instance in hub central; do
    systemd-analyze verify --man=no "appraisal-server@$instance.service" >"$work/verify.log" 2>&1 ||
        { cat "$work/verify.log"; fail "systemd-analyze verify appraisal-server@$instance.service"; }
    [ ! -s "$work/verify.log" ] || { cat "$work/verify.log"; fail "systemd-analyze verify complained"; }
done
ok "systemd-analyze verify appraisal-server@hub and @central: clean"

getent passwd appraisal >/dev/null || fail "no system user appraisal"
[ "$(stat -c '%U:%G %a' /etc/appraisal/hub.conf)" = "root:appraisal 640" ] || fail "/etc/appraisal/hub.conf is not root:appraisal 0640"
ok "system user appraisal; settings readable by root and the service only"

# A station's data (the data key in a file instead of a desktop keyring) and the hub's venue
# database, prepared the way README "Install at a venue" says.
station="$work/station"
export APPRAISAL_KEY_FILE="$work/station.key"
/usr/bin/appraisal-admin demo load --data-dir "$station" >"$work/demo.log" 2>&1 || { cat "$work/demo.log"; fail "appraisal-admin demo load"; }
unset APPRAISAL_KEY_FILE
runuser -u appraisal -- env APPRAISAL_KEY_FILE=/etc/appraisal/keys/hub.key \
    /usr/bin/appraisal-admin demo load --data-dir /var/lib/appraisal/hub >"$work/hub-demo.log" 2>&1 ||
    { cat "$work/hub-demo.log"; fail "preparing the hub's venue database as the appraisal user"; }
[ "$(stat -c '%U %a' /etc/appraisal/keys/hub.key)" = "appraisal 600" ] || fail "the hub key file is not private to appraisal"
ok "station data and the hub's venue database prepared"

# The menu entry's command starts the installed station up to its login window (offscreen).
exec_line=$(sed -n 's/^Exec=//p' /usr/share/applications/org.appraisalsite.station.desktop)
APPRAISAL_KEY_FILE="$work/station.key" QT_QPA_PLATFORM=offscreen PATH=/usr/bin:/bin \
    timeout 60 $exec_line --data-dir "$station" --startup-probe >"$work/station.log" 2>&1 &
station_pid=$!
for _ in $(seq 1 300); do
    grep -qx "ready" "$work/station.log" && break
    kill -0 "$station_pid" 2>/dev/null || break
    sleep 0.1
done
grep -qx "ready" "$work/station.log" || { cat "$work/station.log"; fail "the installed station did not reach its login window"; }
kill "$station_pid" && wait "$station_pid" 2>/dev/null || true
ok "the menu entry's command ($exec_line) starts the installed station to its login window"

# The hub as its unit starts it (no systemd in CI): the launcher, as the service user, with the
# installed settings, a clean environment; port 0 picks a free one.
start_hub() {
    # The log exists before the loop below reads it (the subshell opens it only once it runs).
    : >"$work/hub.log"
    (
        set -a
        # shellcheck disable=SC1091
        . /etc/appraisal/hub.conf
        set +a
        # setpriv execs (runuser would stay in between and not pass SIGTERM on cleanly).
        exec setpriv --reuid=appraisal --regid=appraisal --init-groups env -i LISTEN=127.0.0.1:0 TLS_CERT="$TLS_CERT" TLS_KEY="$TLS_KEY" \
            DATA_DIR="$DATA_DIR" APPRAISAL_KEY_FILE="$APPRAISAL_KEY_FILE" APPRAISAL_SYNC_TOKEN_FILE="$APPRAISAL_SYNC_TOKEN_FILE" MAX_BODY_MB="$MAX_BODY_MB" DATABASE_URL="$DATABASE_URL" \
            /usr/libexec/appraisal/appraisal-server-launch hub
    ) >"$work/hub.log" 2>&1 &
    hub_pid=$!
    for _ in $(seq 1 100); do
        url=$(sed -n 's/.*listening on \(https\?:\/\/[^ ]*\).*/\1/p' "$work/hub.log" | head -1)
        [ -n "$url" ] && return 0
        kill -0 "$hub_pid" 2>/dev/null || break
        sleep 0.1
    done
    cat "$work/hub.log"
    fail "the hub did not start from its settings"
}
stop_hub() {
    kill -TERM "$hub_pid"
    wait "$hub_pid" || fail "the hub did not stop cleanly on SIGTERM"
}
health() {
    curl --silent --show-error --insecure --max-time 5 "$url/api/v1/health"
}
command -v curl >/dev/null || fail "curl is missing (packaging/install-deps.sh installs it)"
[ -s /etc/appraisal/tls/hub.crt ] || fail "no self-signed hub certificate was made"
start_hub
answer=$(health)
grep -q "\"version\": *\"$version\"" <<<"$answer" || fail "health answer without version $version: $answer"
grep -q '"mode": *"hub"' <<<"$answer" || fail "health answer is not from a hub: $answer"
stop_hub
ok "the hub starts from /etc/appraisal/hub.conf as user appraisal over TLS ($url); health says version $version"

# The hub uploads to a central server with its secrets only in files (no keyring, no D-Bus: the
# launcher's environment is empty): the token put there by `appraisal-server token set` as root.
: >"$work/central.log"
/usr/bin/appraisal-server --listen 127.0.0.1:0 --data-dir "$work/central" >"$work/central.log" 2>&1 &
central_pid=$!
for _ in $(seq 1 100); do
    central_url=$(sed -n 's/^listening on \(http:\/\/[^ ]*\).*/\1/p' "$work/central.log" | head -1)
    [ -n "$central_url" ] && break
    sleep 0.1
done
[ -n "$central_url" ] || { cat "$work/central.log"; fail "the central server did not start"; }
as_hub_admin() {
    runuser -u appraisal -- env APPRAISAL_KEY_FILE=/etc/appraisal/keys/hub.key /usr/bin/appraisal-admin "$@" --data-dir /var/lib/appraisal/hub
}
venue_id=$(as_hub_admin settings get venue_id 2>>"$work/central.log") || fail "reading the hub's venue_id"
token=$(/usr/bin/appraisal-server token create --data-dir "$work/central" --station "$venue_id")
printf '%s\n' "$token" | env -u APPRAISAL_SYNC_TOKEN_FILE /usr/bin/appraisal-server token set >"$work/token-set.log" 2>&1 ||
    { cat "$work/token-set.log"; fail "appraisal-server token set"; }
[ "$(stat -c '%U:%G %a' /etc/appraisal/keys/hub.sync-token)" = "root:appraisal 640" ] ||
    fail "the token file is not root:appraisal 0640: $(stat -c '%U:%G %a' /etc/appraisal/keys/hub.sync-token)"
as_hub_admin settings set sync.server "$central_url" >/dev/null || fail "setting sync.server of the hub"
start_hub
for _ in $(seq 1 300); do
    records=$(curl --silent --max-time 5 "$central_url/api/v1/health" | sed -n 's/.*"records": *\([0-9]*\).*/\1/p')
    [ "${records:-0}" -gt 0 ] && break
    sleep 0.1
done
[ "${records:-0}" -gt 0 ] || { cat "$work/hub.log"; fail "the hub uploaded nothing to the central server"; }
stop_hub
kill -TERM "$central_pid" && wait "$central_pid" || fail "the central server did not stop cleanly"
ok "the hub (user appraisal, no keyring) uploads $records records to a central server with the token from /etc/appraisal/keys/hub.sync-token"

# ---------------------------------------------------------------- upgrade
echo "# kept by the upgrade" >>/etc/appraisal/hub.conf
before_station=$(sha256sum "$station/station.db" | cut -d' ' -f1)
dpkg -i --force-confold "$new"/appraisal-station_*.deb "$new"/appraisal-server_*.deb >"$work/upgrade.log" 2>&1 ||
    { cat "$work/upgrade.log"; fail "dpkg -i upgrade to $version"; }
[ "$(dpkg-query -W -f='${Version}' appraisal-server)" = "$version" ] || fail "appraisal-server is not at $version after the upgrade"
grep -q "^# kept by the upgrade$" /etc/appraisal/hub.conf || fail "the upgrade replaced the edited /etc/appraisal/hub.conf"
[ "$(sha256sum "$station/station.db" | cut -d' ' -f1)" = "$before_station" ] || fail "the upgrade changed the station database"
APPRAISAL_KEY_FILE="$work/station.key" /usr/bin/appraisal-admin db check --data-dir "$station" >"$work/check.log" 2>&1 ||
    { cat "$work/check.log"; fail "appraisal-admin db check after the upgrade"; }
start_hub
health >/dev/null || fail "the hub does not answer after the upgrade"
stop_hub
ok "upgrade $old_version -> $version: edited settings, station data and hub database kept and readable"

# ---------------------------------------------------------------- remove, purge
dpkg -r appraisal-station appraisal-server >"$work/remove.log" 2>&1 || { cat "$work/remove.log"; fail "dpkg -r"; }
[ ! -e /usr/bin/appraisal-server ] && [ ! -e /usr/bin/appraisal-station ] || fail "programs left after dpkg -r"
[ -s /var/lib/appraisal/hub/station.db ] && [ -s /etc/appraisal/hub.conf ] && [ -s /etc/appraisal/keys/hub.key ] ||
    fail "dpkg -r removed data or settings"
grep -q "kept" "$work/remove.log" || fail "dpkg -r did not say what it keeps"
ok "dpkg -r removes the programs and keeps data, keys and settings"

dpkg -P appraisal-station appraisal-server >"$work/purge.log" 2>&1 || { cat "$work/purge.log"; fail "dpkg -P"; }
[ ! -e /etc/appraisal/hub.conf ] && [ ! -e /etc/appraisal/central.conf ] || fail "purge left the settings"
[ ! -e /etc/appraisal/tls/hub.crt ] || fail "purge left the self-signed certificate it made"
[ -s /var/lib/appraisal/hub/station.db ] && [ -s /etc/appraisal/keys/hub.key ] && [ -s /etc/appraisal/keys/hub.sync-token ] ||
    fail "purge removed the venue data, its key or the hub's token"
grep -q "Kept, because" "$work/purge.log" || { cat "$work/purge.log"; fail "purge did not say what it keeps"; }
ok "dpkg -P removes settings and generated certificates, keeps /var/lib/appraisal and the data key, and says so"

echo "test-packages: took $(($(date +%s) - started)) s"
echo "test-packages: $passed passed, 0 failed"
