#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (-fsanitize=fuzzer,address,undefined) in
# build-fuzz/ and runs one of them for SECONDS, starting from its seed corpus
# (tests/fuzz/corpus/TARGET, never written to) plus a working corpus in
# build-fuzz/fuzz-work/TARGET. A crashing, leaking or timing-out input is saved to
# tests/fuzz/crashers/TARGET/, where `ctest` replays it from then on (fuzz.replay.TARGET).
# Prints the executions, coverage (cov:) and features (ft:) at the end.
#
#   scripts/fuzz.sh TARGET SECONDS [extra libFuzzer flags...]
#   scripts/fuzz.sh list
# Targets: reader_text reader_jsonl tokenize segment gazetteer patterns matcher
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
targets="reader_text reader_jsonl tokenize segment gazetteer patterns matcher"
if [ "${1:-}" = list ]; then
    echo "$targets"
    exit 0
fi
if [ $# -lt 2 ]; then
    echo "usage: scripts/fuzz.sh TARGET SECONDS [libFuzzer flags...]   (targets: $targets)" >&2
    exit 2
fi
target=$1
seconds=$2
shift 2
case " $targets " in
*" $target "*) ;;
*) echo "fuzz.sh: unknown target '$target' (targets: $targets)" >&2; exit 2 ;;
esac
case "$seconds" in
'' | *[!0-9]*) echo "fuzz.sh: SECONDS must be a whole number" >&2; exit 2 ;;
esac

cc=${CC:-clang}
command -v "$cc" >/dev/null || { echo "fuzz.sh: $cc not found (apt-get install clang)" >&2; exit 1; }
build="$here/build-fuzz"
mkdir -p "$build"
# One configure+build at a time when several fuzzers start together.
(
    flock 9
    if [ ! -f "$build/CMakeCache.txt" ]; then
        cmake -S "$here" -B "$build" -DCMAKE_C_COMPILER="$cc" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
            -DENTGRAPH_FUZZ=ON -DENTGRAPH_SANITIZE=ON >/dev/null
    fi
    cmake --build "$build" -j"$(nproc 2>/dev/null || echo 2)" --target "fuzz_$target" >/dev/null
) 9>"$build/.build.lock"

seeds="$here/tests/fuzz/corpus/$target"
crashers="$here/tests/fuzz/crashers/$target"
work="$build/fuzz-work/$target"
mkdir -p "$crashers" "$work"
log="$build/fuzz-work/$target.log"

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:allocator_may_return_null=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export TMPDIR=${TMPDIR:-/tmp}
status=0
"$build/tests/fuzz/fuzz_$target" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=3072 \
    -max_len=65536 -print_final_stats=1 -artifact_prefix="$crashers/" "$@" \
    "$work" "$seeds" >"$log" 2>&1 || status=$?

# The last status line libFuzzer printed ("#N DONE cov: C ft: F corp: ...") and its totals.
last=$(grep -E '^#[0-9]+' "$log" | tail -1 || true)
execs=$(grep -E '^stat::number_of_executed_units:' "$log" | awk '{print $2}' | tail -1)
cov=$(echo "$last" | grep -oE 'cov: [0-9]+' | awk '{print $2}' || true)
ft=$(echo "$last" | grep -oE 'ft: [0-9]+' | awk '{print $2}' || true)
corp=$(echo "$last" | grep -oE 'corp: [0-9]+/[0-9]+[a-zA-Z]*' | awk '{print $2}' || true)
echo "fuzz $target: ${seconds}s, executions ${execs:-?}, cov ${cov:-?}, ft ${ft:-?}, corpus ${corp:-?} (log: $log)"
if [ "$status" -ne 0 ]; then
    echo "fuzz $target: libFuzzer exited $status; artifacts in $crashers:" >&2
    ls -l "$crashers" >&2 || true
    grep -E 'ERROR|SUMMARY|Test unit written' "$log" | head -20 >&2 || true
fi
exit "$status"
