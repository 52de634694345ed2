#!/usr/bin/env bash
# Runs the sample job (tests/sample/articles and feed.jsonl with the bundled gazetteers)
# under valgrind memcheck: any invalid read or write, use of uninitialised memory, or a
# definite or indirect leak makes it exit non-zero. Registered as the CTest
# valgrind.sample when valgrind is installed and the build has no sanitizers.
#
#   scripts/valgrind.sh [ENTGRAPH]     (default: build/entgraph)
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
exe=${1:-$here/build/entgraph}
command -v valgrind >/dev/null || { echo "valgrind.sh: valgrind not found (apt-get install valgrind)" >&2; exit 1; }
[ -x "$exe" ] || { echo "valgrind.sh: $exe is not built" >&2; exit 1; }
out=$(mktemp -d /tmp/eg-valgrind-XXXXXX)
trap 'rm -rf "$out"' EXIT
unset ENTGRAPH_GAZETTEERS
status=0
# --threads 2: the worker threads, queue and in-order merge run under memcheck too.
valgrind --quiet --leak-check=full --errors-for-leak-kinds=definite,indirect \
    --show-leak-kinds=definite,indirect --error-exitcode=1 --track-origins=yes \
    --num-callers=30 --log-file="$out/valgrind.log" \
    "$exe" build "$here/tests/sample/articles" "$here/tests/sample/feed.jsonl" \
    -o "$out/output" -q --threads 2 >"$out/stdout" || status=$?
if [ "$status" -ne 0 ] || [ -s "$out/valgrind.log" ]; then
    cat "$out/valgrind.log" >&2
    echo "valgrind.sh: entgraph exited $status under valgrind" >&2
    echo "0 passed, 1 failed"
    exit 1
fi
for f in cooccurrence.graphml relations.graphml cooccurrence.dot relations.dot graph.json \
    mentions.jsonl rankings.tsv; do
    [ -s "$out/output/$f" ] || { echo "valgrind.sh: $f not written" >&2; exit 1; }
done
echo "valgrind: sample job clean (no memory errors, no definite or indirect leaks)"
echo "1 passed, 0 failed"
