#!/bin/sh
# run.sh — `reglc deadline` against deadlines counted by hand (cases.txt).
# Prints "ok CASE" or "FAIL CASE: ..." per case; exits 1 on any failure.
set -u
REGLC=${REGLC:-./reglc}
dir=$(dirname "$0")
status=0
grep -v '^#' "$dir/cases.txt" | while read -r route from r1 r2 r3 d1 d2 d3; do
	out=$("$REGLC" deadline --route "$route" --from "$from" "$dir/deadline.regl" 2>&1)
	ready=$(printf '%s\n' "$out" | sed -n 's/^ready by \(.*\) (.*/\1/p')
	due=$(printf '%s\n' "$out" | sed -n 's/^due \(.*\) (term.*/\1/p')
	if [ "$ready" = "$r1 $r2 $r3" ] && [ "$due" = "$d1 $d2 $d3" ]; then
		echo "ok deadline $route $from"
	else
		echo "FAIL deadline $route $from: ready '$ready' (want '$r1 $r2 $r3'), due '$due' (want '$d1 $d2 $d3')"
		status=1
	fi
	[ $status = 0 ] || exit 1
done
