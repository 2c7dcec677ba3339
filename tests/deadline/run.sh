#!/bin/sh
# run.sh — `reglc deadline` against deadlines counted by hand: each NAME.txt
# here holds the cases of NAME.regl, one per line: route, submission, the
# moment the result is ready, the due moment, and optionally the expected
# exit status (0 when in time, 1 when late).  Prints "ok CASE" or
# "FAIL CASE: ..." per case; exits 1 on any failure.
set -u
REGLC=${REGLC:-./reglc}
dir=$(dirname "$0")
status=0
for cases in "$dir"/*.txt; do
	regl=${cases%.txt}.regl
	name=$(basename "$regl" .regl)
	grep -v '^#' "$cases" | {
		st=0
		while read -r route from r1 r2 r3 d1 d2 d3 want; do
			out=$("$REGLC" deadline --route "$route" --from "$from" "$regl" 2>&1)
			rc=$?
			ready=$(printf '%s\n' "$out" | sed -n 's/^ready by \(.*\) (.*/\1/p')
			due=$(printf '%s\n' "$out" | sed -n 's/^due \(.*\) (term.*/\1/p')
			if [ "$ready" = "$r1 $r2 $r3" ] && [ "$due" = "$d1 $d2 $d3" ] &&
			   [ "$rc" = "${want:-0}" ]; then
				echo "ok deadline $name $route $from"
			else
				echo "FAIL deadline $name $route $from: ready '$ready' (want '$r1 $r2 $r3'), due '$due' (want '$d1 $d2 $d3'), exit $rc (want ${want:-0})"
				st=1
			fi
		done
		exit $st
	} || status=1
done
exit $status
