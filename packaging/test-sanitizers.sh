#!/usr/bin/env bash
# Builds the test suites and the programs they start with AddressSanitizer and
# UndefinedBehaviorSanitizer (gcc, Debug with -O1, -DAPPRAISAL_SANITIZE=ON) in build-asan and runs
# every ctest test there. Any sanitizer report fails the test it happened in: undefined behaviour
# and memory errors stop the program at once, leaks make it exit non-zero at its end. Leaks inside
# third-party libraries that never free their caches (fontconfig, Qt's plugin loader …) are
# suppressed in packaging/lsan-suppressions.txt; our own code is never suppressed there.
#
#   packaging/test-sanitizers.sh [CTEST ARGUMENTS...]     e.g. -R tst_sync or -L keychain
#
# SANITIZE_BUILD_DIR  the build folder (default: build-asan)
# SANITIZE_JOBS       parallel compile and test jobs (default: the number of CPUs)
set -euo pipefail
cd "$(dirname "$0")/.."

packaging/install-deps.sh

build=${SANITIZE_BUILD_DIR:-build-asan}
jobs=${SANITIZE_JOBS:-$(nproc)}
started=$(date +%s)
# Debug keeps Q_ASSERT on; -O1 makes the instrumented code fast enough. Warnings are left to the
# normal build (CI makes them errors there): the sanitizers' instrumentation adds false ones.
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_C_FLAGS_DEBUG="-g -O1" \
    -DCMAKE_CXX_FLAGS_DEBUG="-g -O1" -DAPPRAISAL_SANITIZE=ON -DAPPRAISAL_BUILD_TESTS=ON \
    -DAPPRAISAL_WARNINGS_AS_ERRORS=OFF -DAPPRAISAL_TEST_TIMEOUT=900
# Only what the registered tests run (no benchmark program).
cmake --build "$build" --parallel "$jobs" --target test_binaries
built=$(date +%s)

export QT_QPA_PLATFORM=offscreen
export ASAN_OPTIONS=detect_leaks=1:halt_on_error=1:abort_on_error=0:print_stacktrace=1:check_initialization_order=1:strict_init_order=1:detect_stack_use_after_return=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:report_error_type=1
export LSAN_OPTIONS=suppressions=$PWD/packaging/lsan-suppressions.txt:print_suppressions=0
status=0
packaging/with-keyring.sh ctest --test-dir "$build" --output-on-failure --parallel "$jobs" "$@" || status=$?
echo "test-sanitizers: build $((built - started)) s, tests $(($(date +%s) - built)) s"
exit "$status"
