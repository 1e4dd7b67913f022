#!/usr/bin/env bash
# Crash storm: check-ins, expert draws and exam saves through the real appraisal-admin, the running
# process killed with SIGKILL at random moments and started again, at least 20 times. Then it checks
# that every operation the program acknowledged (printed its JSON result) is in the station database
# exactly once, that PRAGMA quick_check is ok, that no ticket number was used twice, and that a sync
# to a real appraisal-server on loopback (itself killed once in the middle) stores every outbox
# record exactly once.
#
#   tests/reliability/kill-storm.sh
#
# Exits 0 when everything holds; the last line of output is the verdict:
#   kill-storm: PASS — 24 kills, 312 acknowledged operations, 0 lost, 0 doubled, quick_check ok, ...
#   kill-storm: FAIL — <reason>
#
# APPRAISAL_BIN_DIR   the programs (default: build/bin of this repository)
# KILL_STORM_KILLS    the least number of kills (default 24, at least 20)
# KILL_STORM_CASES    how many roster cases to work through (default 32: the whole demo roster)
# KILL_STORM_SEED     seed of the random delays, to replay a run (default: random; printed)
# KILL_STORM_KEEP     1 keeps the work folder (default: removed on PASS, kept on FAIL)
#
# The whole storm runs inside one packaging/with-keyring.sh: the station's data key lives in a
# private keyring that exists only for this run.
set -uo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source_dir=$(cd "$here/../.." && pwd)
bin_dir=${APPRAISAL_BIN_DIR:-$source_dir/build/bin}
admin=$bin_dir/appraisal-admin
server=$bin_dir/appraisal-server
export LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen

# ---------------------------------------------------------------------------------------------
# The worker: runs the planned operations from index START on, one appraisal-admin at a time,
# until the storm kills it (its whole process group) or the plan is done.
#   kill-storm.sh --worker WORK START ROUND
# For operation I, attempt in round R: ops/I.R.out (what the program printed), .err, .rc (written
# only when the program ended by itself); done/I marks an operation that needs no retry.
if [[ ${1:-} == --worker ]]; then
    work=$2
    start=$3
    round=$4
    data=$work/station
    db=$data/station.db
    mapfile -t plan <"$work/plan"
    for ((i = start; i < ${#plan[@]}; i++)); do
        IFS=$'\t' read -r kind case role field value <<<"${plan[i]}"
        attempt=$work/ops/$i.$round
        echo "$i $kind" >"$work/current"
        case $kind in
        checkin)
            args=(checkin --case "$case" --json)
            ;;
        draw)
            # A draw that was committed but killed before it printed is not drawn again: the
            # desk would see the experts on screen.
            drawn=$(sqlite3 "$db" "SELECT count(*) FROM assignments WHERE acceptance_no = '$case'" 2>"$attempt.err") ||
                { echo "$i" >"$work/failed" && exit 1; }
            if [[ $drawn != 0 ]]; then
                echo "committed before, not acknowledged" >"$attempt.skip"
                : >"$work/done/$i"
                continue
            fi
            args=(draw make --case "$case" --json)
            ;;
        save)
            expert=$(sqlite3 "$db" "SELECT expert_id FROM assignments WHERE acceptance_no = '$case' AND role = '$role'" \
                2>"$attempt.err") || { echo "$i" >"$work/failed" && exit 1; }
            args=(exam save --case "$case" --expert "$expert" --field "$field" --value "$value" --json)
            ;;
        esac
        "$admin" "${args[@]}" --data-dir "$data" >"$attempt.out" 2>"$attempt.err"
        rc=$?
        echo "$rc" >"$attempt.rc"
        if [[ $rc != 0 ]]; then
            echo "$i" >"$work/failed" # not killed, refused: the storm stops and says why
            exit 1
        fi
        : >"$work/done/$i"
    done
    : >"$work/finished"
    exit 0
fi

# ---------------------------------------------------------------------------------------------
# The storm itself, inside one private keyring; this outer part only prints the verdict last, so
# nothing the keyring's teardown prints can follow it.
if [[ ${1:-} != --inner ]]; then
    for program in "$admin" "$server"; do
        if [[ ! -x $program ]]; then
            echo "kill-storm: FAIL — $program is missing; build first or set APPRAISAL_BIN_DIR"
            exit 1
        fi
    done
    for tool in sqlite3 python3 openssl setsid dbus-run-session gnome-keyring-daemon; do
        if ! command -v "$tool" >/dev/null; then
            echo "kill-storm: FAIL — $tool is not installed (packaging/install-deps.sh installs it)"
            exit 1
        fi
    done
    work=$(mktemp -d "${TMPDIR:-/tmp}/kill-storm.XXXXXX")
    "$source_dir/packaging/with-keyring.sh" "$0" --inner "$work"
    rc=$?
    verdict=$(cat "$work/verdict" 2>/dev/null)
    if [[ -z $verdict ]]; then
        verdict="kill-storm: FAIL — the storm ended without a verdict (exit $rc)"
        rc=1
    fi
    if [[ $rc == 0 && ${KILL_STORM_KEEP:-0} != 1 ]]; then
        rm -rf "$work"
    else
        echo "work folder kept: $work"
    fi
    echo "$verdict"
    exit "$rc"
fi

work=$2
data=$work/station
db=$data/station.db
mkdir -p "$work/ops" "$work/done" "$data"
server_pid=
# shellcheck disable=SC2317 # called by the trap
cleanup()
{
    if [[ -n $server_pid ]]; then
        kill -TERM "$server_pid" 2>/dev/null
        wait "$server_pid" 2>/dev/null
    fi
}
trap cleanup EXIT
fail()
{
    echo "kill-storm: FAIL — $*" >"$work/verdict" # printed last, by the outer part
    exit 1
}
admin_json()
{
    "$admin" "$@" --data-dir "$data" --json 2>>"$work/setup.err"
}

min_kills=${KILL_STORM_KILLS:-24}
((min_kills >= 20)) || min_kills=20
seed=${KILL_STORM_SEED:-$(((RANDOM << 15) | RANDOM))}
RANDOM=$seed

# The demo venue, and the cases whose panel can be drawn (the draw simulation records nothing).
admin_json demo load >"$work/demo.json" || fail "demo load failed: $(tail -n 3 "$work/setup.err")"
station_id=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["venue"])' "$work/demo.json")
mapfile -t roster < <(sqlite3 "$db" "SELECT acceptance_no FROM cases WHERE state = 'registered' ORDER BY acceptance_no")
cases=()
for case in "${roster[@]}"; do
    ((${#cases[@]} < ${KILL_STORM_CASES:-32})) || break
    if admin_json draw simulate --case "$case" --runs 1 >/dev/null; then
        cases+=("$case")
    fi
done
((${#cases[@]} > 0)) || fail "no case of the demo roster can get a panel"

# The plan: per case its check-in, its draw, then each examiner saves four findings; each finding
# is written by one operation only (its retries write the same value), so each save can be checked.
n=0
for case in "${cases[@]}"; do
    printf 'checkin\t%s\t-\t-\t-\n' "$case"
    printf 'draw\t%s\t-\t-\t-\n' "$case"
    n=$((n + 2))
    for role in exam1 exam2; do
        printf 'save\t%s\t%s\tcomplaint\tstorm %d: 右肘疼痛 %s\n' "$case" "$role" "$n" "$role"
        printf 'save\t%s\t%s\theight\t%d\n' "$case" "$role" $((150 + (n + 1) % 40))
        printf 'save\t%s\t%s\thistory\tstorm %d: 2024年工伤 %s\n' "$case" "$role" $((n + 2)) "$case"
        printf 'save\t%s\t%s\tweight\t%d\n' "$case" "$role" $((45 + (n + 3) % 50))
        n=$((n + 4))
    done
done >"$work/plan"
total=$n
echo "kill-storm: seed $seed; ${#cases[@]} cases, $total operations (check-in, draw, 8 exam saves each)"

# ---------------------------------------------------------------------------------------------
# Rounds: start the worker from the first unfinished operation, wait a random time, SIGKILL it
# (with the appraisal-admin it is running) unless it finished. The delays adapt so that the plan
# lasts for at least min_kills kills (up to the remaining operations' time divided by the kills
# still wanted), and never drop below three operations' time, so every round can get somewhere.
next_op()
{
    local i=$1
    while ((i < total)) && [[ -e $work/done/$i ]]; do
        i=$((i + 1))
    done
    echo "$i"
}
kills=0
round=0
start=0
ms_per_op=80 # measured as the storm goes
storm_started=$(date +%s%N)
while ((start < total)); do
    round=$((round + 1))
    rm -f "$work/current" "$work/finished"
    if ((kills < min_kills)); then
        max_delay=$(((total - start) * ms_per_op / (min_kills - kills)))
    else
        max_delay=$(((total - start) * ms_per_op * 2))
    fi
    ((max_delay >= 3 * ms_per_op)) || max_delay=$((3 * ms_per_op))
    ((max_delay <= 3000)) || max_delay=3000
    delay=$((10 + (RANDOM * 32768 + RANDOM) % max_delay))
    began=$(date +%s%N)
    setsid "$0" --worker "$work" "$start" "$round" &
    worker=$!
    sleep "$((delay / 1000)).$(printf '%03d' $((delay % 1000)))"
    if kill -0 "$worker" 2>/dev/null && [[ ! -e $work/finished ]]; then
        kill -KILL -- "-$worker" 2>/dev/null
        wait "$worker" 2>/dev/null
        kills=$((kills + 1))
        what=$(cat "$work/current" 2>/dev/null)
        if [[ -n $what ]]; then
            echo "round $round: SIGKILL after $delay ms, in operation ${what% *} (${what#* })"
        else
            echo "round $round: SIGKILL after $delay ms, between operations"
        fi
    else
        wait "$worker" 2>/dev/null
        echo "round $round: finished the plan before the kill"
    fi
    [[ -e $work/failed ]] && {
        i=$(cat "$work/failed")
        fail "operation $i ($(sed -n "$((i + 1))p" "$work/plan" | cut -f1,2 | tr '\t' ' ')) was refused: $(cat "$work"/ops/"$i".*.err | tail -n 3)"
    }
    new_start=$(next_op "$start")
    elapsed_ms=$((($(date +%s%N) - began) / 1000000))
    if ((new_start > start + 2)); then
        ms_per_op=$(((ms_per_op + elapsed_ms / (new_start - start)) / 2))
    fi
    start=$new_start
    if (((($(date +%s%N) - storm_started) / 1000000000) > 150)); then
        fail "the storm took more than 150 s (round $round, operation $start of $total)"
    fi
done
((kills >= min_kills)) || fail "only $kills kills before the plan was done (wanted $min_kills)"
echo "storm: $kills kills in $round rounds, $total operations done"

# ---------------------------------------------------------------------------------------------
# What was acknowledged against what the database holds (plain columns read with sqlite3; the
# sealed findings read back through appraisal-admin exam show).
python3 "$here/storm-check.py" "$work" "$admin" >"$work/check.out"
check_rc=$?
cat "$work/check.out"
summary=$(tail -n 1 "$work/check.out")
[[ $check_rc == 0 && $summary == summary:* ]] || fail "${summary#problem: }"
read -r _ acknowledged lost doubled <<<"$summary"

# The station's own view: healthy, audit chain intact, nothing set aside.
admin_json db check >"$work/dbcheck.json" || fail "appraisal-admin db check says the database is not healthy"
"$admin" audit verify --data-dir "$data" >/dev/null 2>>"$work/setup.err" || fail "the audit chain is broken"
outbox_total=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["outbox_total"])' "$work/dbcheck.json")

# ---------------------------------------------------------------------------------------------
# Sync to a real appraisal-server over TLS on loopback: one upload killed at a random moment, then
# a complete one; the server must hold exactly outbox_total records, and a further run sends none.
openssl req -x509 -newkey rsa:2048 -nodes -keyout "$work/key.pem" -out "$work/cert.pem" -days 2 \
    -subj /CN=127.0.0.1 -addext subjectAltName=IP:127.0.0.1 >/dev/null 2>&1 || fail "openssl could not make a certificate"
mkdir -p "$work/server"
"$server" --listen 127.0.0.1:0 --data-dir "$work/server" --tls-cert "$work/cert.pem" --tls-key "$work/key.pem" \
    >"$work/server.out" 2>"$work/server.err" &
server_pid=$!
url=
for _ in $(seq 100); do
    url=$(sed -n 's/^listening on \(https:\/\/127\.0\.0\.1:[0-9]*\)$/\1/p' "$work/server.out")
    [[ -n $url ]] && break
    kill -0 "$server_pid" 2>/dev/null || break
    sleep 0.1
done
[[ -n $url ]] || fail "appraisal-server did not start: $(tail -n 3 "$work/server.err")"
token=$("$server" token create --data-dir "$work/server" --station "$station_id" 2>>"$work/setup.err")
[[ -n $token ]] || fail "appraisal-server token create failed"
export APPRAISAL_SYNC_TOKEN=$token
# Small batches, so the upload takes long enough to be killed in the middle: once the station has
# marked its first records sent, after a further random 0-50 ms.
sync_args=(sync run --server "$url" --ca "$work/cert.pem" --data-dir "$data" --json)
setsid "$admin" "${sync_args[@]}" --batch 10 >"$work/sync-killed.out" 2>&1 &
sync_pid=$!
sync_started=$(date +%s%N)
for _ in $(seq 2000); do
    sent=$(sqlite3 "$db" "SELECT count(*) FROM outbox WHERE sync_state = 'sent'" 2>/dev/null)
    [[ ${sent:-0} != 0 ]] && break
    kill -0 "$sync_pid" 2>/dev/null || break
    sleep 0.005
done
sleep "0.0$(printf '%02d' $((RANDOM % 50)))"
killed=0
kill -KILL -- "-$sync_pid" 2>/dev/null && killed=$((($(date +%s%N) - sync_started) / 1000000))
wait "$sync_pid" 2>/dev/null
if ((killed > 0)); then
    sent=$(sqlite3 "$db" "SELECT count(*) FROM outbox WHERE sync_state = 'sent'")
    echo "sync: SIGKILL after $killed ms, $sent of $outbox_total records marked sent"
else
    echo "sync: the first upload finished before the kill"
fi
"$admin" "${sync_args[@]}" >"$work/sync.json" 2>"$work/sync.err" || fail "sync run failed: $(tail -n 3 "$work/sync.err")"
"$admin" "${sync_args[@]}" >"$work/sync-again.json" 2>>"$work/sync.err" || fail "the second sync run failed"
records=$(python3 "$here/storm-check.py" --health "$url" "$work/cert.pem") || fail "the server's health did not answer"
admin_json db check >"$work/dbcheck-after.json" || fail "db check after the sync failed"
read -r pending quarantined again < <(python3 -c '
import json, sys
check = json.load(open(sys.argv[1]))
again = json.load(open(sys.argv[2]))
print(check["outbox_pending"], check["outbox_quarantined"], again["uploaded"])' "$work/dbcheck-after.json" "$work/sync-again.json")
echo "sync: $(cat "$work/sync.json"); then $(cat "$work/sync-again.json")"
echo "sync: server records $records, station outbox_total $outbox_total, pending $pending, quarantined $quarantined"
((pending == 0 && quarantined == 0)) || fail "after the sync $pending outbox records are pending and $quarantined quarantined"
((records == outbox_total)) || fail "the server holds $records records for $outbox_total outbox records"
((again == 0)) || fail "a second sync uploaded $again records again"

verdict="kill-storm: PASS — $kills kills, $acknowledged acknowledged operations, $lost lost, $doubled doubled, quick_check ok, tickets unique, sync 1:1 ($records records)"
echo "$verdict" >"$work/verdict"
exit 0
