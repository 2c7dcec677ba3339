#!/bin/sh
# build-vs-dot.sh — is drawing in-process faster than running `dot`?
#
# Times `reglc build` of every example in both languages (SVG: compile,
# check, build the graphs, lay out and render in one process) against the
# `dot` program run once per DOT file that reglc emits (-Tsvg: one process,
# one parse, one layout and one render per diagram).  Each side runs 5
# times; the medians are printed with their ratio (dot / build).
#
#   sh bench/build-vs-dot.sh         (after `make`; needs dot on PATH)
set -u
REGLC=${REGLC:-./reglc}
RUNS=${RUNS:-5}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM

command -v dot >/dev/null || { echo "bench: no dot program" >&2; exit 2; }
[ -x "$REGLC" ] || { echo "bench: build reglc first (make)" >&2; exit 2; }

# The DOT files to feed dot: exactly what the timed build draws.
"$REGLC" build -o "$tmp/dot" --lang kk,ru -T dot examples/*/*.regl 2>/dev/null
ndot=$(ls "$tmp"/dot/*/*.dot | wc -l)

now() { date +%s%N; } # nanoseconds (GNU date)

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

i=0
while [ $i -lt "$RUNS" ]; do
	rm -rf "$tmp/out"
	t0=$(now)
	"$REGLC" build -o "$tmp/out" --lang kk,ru -T svg examples/*/*.regl 2>/dev/null
	t1=$(now)
	echo $(( (t1 - t0) / 1000 )) >>"$tmp/build.us"
	t0=$(now)
	for f in "$tmp"/dot/*/*.dot; do
		dot -Tsvg "$f" -o "$tmp/x.svg"
	done
	t1=$(now)
	echo $(( (t1 - t0) / 1000 )) >>"$tmp/dot.us"
	i=$((i + 1))
done
b=$(median <"$tmp/build.us")
d=$(median <"$tmp/dot.us")
nsvg=$(ls "$tmp"/out/*/*.svg | wc -l)
awk -v b="$b" -v d="$d" -v n="$nsvg" -v m="$ndot" -v r="$RUNS" 'BEGIN {
	printf "reglc build (all examples, kk+ru, %d SVG):   %8.1f ms  (median of %d)\n", n, b / 1000, r
	printf "dot -Tsvg, once per emitted DOT (%d files): %8.1f ms  (median of %d)\n", m, d / 1000, r
	printf "ratio dot / build: %.2f\n", d / b
}'
