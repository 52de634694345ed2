#!/usr/bin/env bash
# Sets up a Debian bookworm machine for entgraph, builds it, and either runs
# the main job on the sample corpus (`sample`) or the whole test suite
# (`test`: a normal build and an ASan+UBSan build, both under CTest).
set -euo pipefail

mode=${1:-sample}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"

packages=(build-essential cmake pkg-config libigraph-dev libjansson-dev libpcre2-dev
          graphviz python3 python3-networkx python3-igraph valgrind)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" -eq 0 ]; then
        echo "quickstart: installing ${missing[*]}" >&2
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq
        apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    else
        echo "quickstart: missing packages; run as root:" >&2
        echo "  apt-get update && apt-get install -y ${missing[*]}" >&2
        exit 1
    fi
fi

jobs=$(nproc 2>/dev/null || echo 2)
build() { # build DIR [cmake args...]
    local dir=$1
    shift
    cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
    cmake --build "$dir" -j"$jobs" >/dev/null
}

case "$mode" in
sample)
    build build
    ./build/entgraph build tests/sample/articles tests/sample/feed.jsonl -o output
    ;;
test)
    build build -DENTGRAPH_WERROR=ON
    ctest --test-dir build --output-on-failure -j"$jobs"
    build build-asan -DENTGRAPH_WERROR=ON -DENTGRAPH_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        ctest --test-dir build-asan --output-on-failure -j"$jobs"
    ;;
*)
    echo "usage: scripts/quickstart.sh [sample|test]" >&2
    exit 2
    ;;
esac
