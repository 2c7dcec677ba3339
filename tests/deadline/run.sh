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

# The calendar's years (docs/timing.md §7): a schedule in a provisional
# year is shown with W0605; one that runs past the years the calendar knows
# is E0604, not shown, exit 1.
out=$("$REGLC" deadline --route wd --from 2027-03-19T17:30 "$dir/y2027.regl" 2>&1)
if printf '%s\n' "$out" | grep -q 'warning\[W0605\]: route `wd`: the schedule runs in 2027, provisional'; then
	echo "ok deadline provisional W0605"
else
	echo "FAIL deadline provisional: no W0605 in: $out"
	status=1
fi
out=$("$REGLC" deadline --route wd --from 2027-12-29T10:00 "$dir/y2027.regl" 2>&1)
rc=$?
if [ $rc = 1 ] && printf '%s\n' "$out" | grep -q 'error\[E0604\]: route `wd`: the schedule for documents submitted on Wed 2027-12-29 10:00 reaches 2028, outside the years the calendar knows (2013-2027)' &&
   ! printf '%s\n' "$out" | grep -q '^ready by'; then
	echo "ok deadline outside the calendar E0604"
else
	echo "FAIL deadline outside the calendar: exit $rc (want 1), output: $out"
	status=1
fi
exit $status
