#!/usr/bin/env bash
# Installs into a scratch prefix and runs the installed program from elsewhere: it must find
# its gazetteers under PREFIX/share/entgraph/gazetteers (ENTGRAPH_GAZETTEERS unset), and
# ENTGRAPH_GAZETTEERS must override. Usage: install_test.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$1 src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cmake --install "$build" --prefix "$tmp/prefix" >/dev/null
test -f "$tmp/prefix/share/entgraph/gazetteers/countries.tsv"
test -f "$tmp/prefix/share/entgraph/gazetteers/patterns/verbs.tsv"
cd "$tmp"
unset ENTGRAPH_GAZETTEERS
echo "The FBI met Russia's envoy in Paris." > a.txt
out=$("$tmp/prefix/bin/entgraph" tag a.txt)
grep -q '"name":"Federal Bureau of Investigation"' <<<"$out"
grep -q '"name":"Russia"' <<<"$out"
# The override wins: an empty-listed copy tags nothing but still runs.
mkdir -p over/rules over/patterns
cp "$src"/gazetteers/rules/*.txt "$src"/gazetteers/rules/*.tsv over/rules/
cp "$src"/gazetteers/patterns/verbs.tsv over/patterns/
out=$(ENTGRAPH_GAZETTEERS="$tmp/over" "$tmp/prefix/bin/entgraph" tag a.txt)
if grep -q '"name":"Russia"' <<<"$out"; then
    echo "ENTGRAPH_GAZETTEERS was not used" >&2
    exit 1
fi
# A missing override folder is a clear configuration error (exit 5).
set +e
ENTGRAPH_GAZETTEERS="$tmp/nowhere" "$tmp/prefix/bin/entgraph" tag a.txt 2>err.txt
rc=$?
set -e
test "$rc" -eq 5
grep -q "ENTGRAPH_GAZETTEERS" err.txt
echo "1 passed, 0 failed"
