#!/bin/sh
# run.sh — `-j N` prints what one process prints (src/par.h).
#
# For check and build, in every diagnostics format and with --max-errors
# and --verify: stdout, stderr and the exit status of -j 2 and -j 3 are
# byte-identical to -j 1; build writes the same files.  Inputs: the
# examples and every test file (findings, syntax errors, clean files),
# plus one that cannot be read.  Prints "ok NAME" or "FAIL NAME: why".
set -u
REGLC=${REGLC:-./reglc}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM

files="examples/*/*.regl tests/check/*.regl tests/ok/*.regl $tmp/missing.regl"

# same NAME ARGS...: run with -j 1, 2, 3; compare everything.
same() {
	name=$1
	shift
	# shellcheck disable=SC2086 # the file list is words
	"$REGLC" "$@" -j 1 $files >"$tmp/o1" 2>"$tmp/e1"
	r1=$?
	for j in 2 3; do
		# shellcheck disable=SC2086
		"$REGLC" "$@" -j $j $files >"$tmp/o$j" 2>"$tmp/e$j"
		rj=$?
		if [ $rj -ne $r1 ]; then
			echo "FAIL $name -j $j: exit $rj, -j 1 exits $r1"
		elif ! cmp -s "$tmp/o1" "$tmp/o$j"; then
			echo "FAIL $name -j $j: stdout differs"
		elif ! cmp -s "$tmp/e1" "$tmp/e$j"; then
			echo "FAIL $name -j $j: stderr differs"
			diff "$tmp/e1" "$tmp/e$j" | head -5
		else
			echo "ok $name -j $j"
		fi
	done
}

same check-text check
same check-json check --diagnostics-format=json
same check-sarif check --diagnostics-format=sarif
same check-max-errors check --max-errors 3
same check-werror check -Werror --lang kk,ru
same check-verify check --verify

# Workers that die holding a file (the test hook in src/par.c): every
# worker exits when it claims file 5 or later, so the parent runs the
# files they held and those nobody claimed; the output is still -j 1's.
REGLC_TEST_WORKER_EXIT=5
export REGLC_TEST_WORKER_EXIT
same check-dying-workers check
same check-dying-workers-json check --diagnostics-format=json
unset REGLC_TEST_WORKER_EXIT

# build: the same messages and the same files
for j in 1 2; do
	# shellcheck disable=SC2086
	"$REGLC" build -j $j -o "$tmp/b$j" -T dot --lang kk,ru $files \
		>"$tmp/bo$j" 2>"$tmp/be$j"
	echo $? >"$tmp/br$j"
done
sed "s|$tmp/b1|OUT|" "$tmp/be1" >"$tmp/be1s"
sed "s|$tmp/b2|OUT|" "$tmp/be2" >"$tmp/be2s"
if ! cmp -s "$tmp/br1" "$tmp/br2"; then echo "FAIL build -j 2: exit status differs"
elif ! cmp -s "$tmp/be1s" "$tmp/be2s"; then echo "FAIL build -j 2: stderr differs"
elif ! diff -r "$tmp/b1" "$tmp/b2" >/dev/null; then echo "FAIL build -j 2: files differ"
else echo "ok build -j 2"; fi

# the option itself
if "$REGLC" check -j 0 examples/tutorial/tutorial.regl 2>/dev/null; then
	echo "FAIL -j 0 accepted"
elif [ $? -ne 2 ]; then echo "FAIL -j 0: exit status not 2"
else echo "ok -j 0 refused"; fi
if "$REGLC" check -j2 examples/tutorial/tutorial.regl &&
   "$REGLC" check --jobs=4 examples/tutorial/tutorial.regl; then echo "ok -jN, --jobs=N"
else echo "FAIL -jN or --jobs=N"; fi
