#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz (ASan + UBSan, clang, -DAPPRAISAL_FUZZ=ON) in their own
# build folder and runs each one for SECONDS seconds on a copy of its seed corpus.
#
#   tests/fuzz/run.sh SECONDS [TARGET...]
#
# Prints exactly one line per target on stdout:  <name> <executions> <ok|crash|leak|sanitizer|timeout>
# and exits 1 when any target failed; the input that failed stays in <build>/fuzz-artifacts/<name>/
# (its path and the log are printed on stderr). Reproduce with <build>/fuzz/<name>_fuzzer FILE.
#
# FUZZ_BUILD_DIR  the build folder (default: build-fuzz in the repository)
# FUZZ_JOBS       parallel compile jobs (default: the number of CPUs)
set -uo pipefail

usage()
{
    echo "usage: $0 SECONDS [TARGET...]" >&2
    echo "targets: ${!max_len[*]}" >&2
    exit 2
}

# The targets and the longest input worth trying for each format.
declare -A max_len=(
    [card_frame]=8192          # a read reply is 1,295 bytes; room for a few frames and noise
    [id_number]=64             # 18 characters, with room for spaces and multi-byte characters
    [roster_csv]=16384         # the demo roster is 9 KB
    [exam_template]=16384      # the shipped templates are 3-4 KB, plus findings
    [sync_batch]=16384         # a few records; a real batch of 200 is bigger but not different
    [sync_results]=8192
    [gunzip]=8192              # compressed size; inflation is limited to 1 MiB by the target
    [signature_strokes]=16384  # a real signature is a few hundred points of 10 bytes
    [venue_message]=4096       # hello, command, event and result messages are a few hundred bytes
    [http_request]=8192        # a head of a few hundred bytes and a chunked body after it
)
order=(card_frame id_number roster_csv exam_template sync_batch sync_results gunzip signature_strokes venue_message http_request)

[[ $# -ge 1 && $1 =~ ^[0-9]+$ && $1 -gt 0 ]] || usage
seconds=$1
shift
targets=("${order[@]}")
if [[ $# -gt 0 ]]; then
    targets=("$@")
    for name in "${targets[@]}"; do
        [[ -n ${max_len[$name]:-} ]] || usage
    done
fi

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source_dir=$(cd "$here/../.." && pwd)
build_dir=${FUZZ_BUILD_DIR:-$source_dir/build-fuzz}
jobs=${FUZZ_JOBS:-$(nproc 2>/dev/null || echo 2)}

mkdir -p "$build_dir"
build_dir=$(cd "$build_dir" && pwd)
build_log=$build_dir/fuzz-build.log
generator=()
if [[ ! -f $build_dir/CMakeCache.txt ]] && command -v ninja >/dev/null; then
    generator=(-G Ninja)
fi
build_targets=()
for name in "${targets[@]}"; do
    build_targets+=(--target "${name}_fuzzer")
done
if ! {
    cmake -S "$source_dir" -B "$build_dir" "${generator[@]}" -DCMAKE_C_COMPILER=clang \
        -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=Debug -DAPPRAISAL_FUZZ=ON &&
        cmake --build "$build_dir" --parallel "$jobs" "${build_targets[@]}"
} >"$build_log" 2>&1; then
    tail -n 40 "$build_log" >&2
    echo "run.sh: building the fuzz targets failed; the whole log is $build_log" >&2
    exit 2
fi

export QT_QPA_PLATFORM=offscreen
export LC_ALL=C.UTF-8
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:handle_abort=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

failed=0
for name in "${targets[@]}"; do
    work=$build_dir/fuzz-runs/$name
    artifacts=$build_dir/fuzz-artifacts/$name
    log=$work/fuzz.log
    # A fresh copy of the seeds each run: new inputs go to the build folder, never into the repository.
    rm -rf "$work"
    mkdir -p "$work/corpus" "$artifacts"
    cp "$here/corpus/$name"/* "$work/corpus/"

    "$build_dir/fuzz/${name}_fuzzer" -max_total_time="$seconds" -max_len="${max_len[$name]}" \
        -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 -artifact_prefix="$artifacts/" \
        "$work/corpus" >"$log" 2>&1
    status=$?

    executions=$(sed -n 's/^stat::number_of_executed_units: *\([0-9]*\).*/\1/p' "$log" | tail -n 1)
    if [[ -z $executions ]]; then
        executions=$(sed -n 's/^#\([0-9]*\).*/\1/p' "$log" | tail -n 1)
    fi
    if [[ $status -eq 0 ]] && ! grep -q '^==[0-9]*==ERROR' "$log"; then
        result=ok
    elif grep -q 'ERROR: LeakSanitizer' "$log"; then
        result=leak
    elif grep -q 'ERROR: libFuzzer: timeout' "$log"; then
        result=timeout
    elif grep -qE 'ERROR: AddressSanitizer: (SEGV|BUS|FPE|ILL|ABRT) ' "$log"; then
        result=crash # a signal, reported by ASan
    elif grep -qE 'ERROR: (AddressSanitizer|UndefinedBehaviorSanitizer)|runtime error:' "$log"; then
        result=sanitizer
    else
        result=crash # a signal (also a failed invariant's trap or Q_ASSERT), out of memory, an exit
    fi
    echo "$name ${executions:-0} $result"
    if [[ $result != ok ]]; then
        failed=1
        sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log" | while read -r artifact; do
            echo "run.sh: $name: reproducer $artifact (run: $build_dir/fuzz/${name}_fuzzer $artifact)" >&2
        done
        echo "run.sh: $name: log $log" >&2
    fi
done
exit "$failed"
