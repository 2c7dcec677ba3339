#!/bin/sh
# tests/valgrind.sh — Valgrind memcheck over every example: `check`,
# `explain` and `build` (every format, both languages), and `-j 2` with
# its worker processes.  Prints "ok NAME"
# or "FAIL NAME: why"; exits non-zero on any failure.  No memory error,
# no leak (definite or indirect) outside tests/valgrind.supp, which names
# only the libraries' own.  Run by .ci/run; by hand:
#   sh tests/valgrind.sh [REGLC]
set -u
REGLC=${1:-${REGLC:-./reglc}}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
# A copy: ./reglc may be rebuilt while this runs.
cp "$REGLC" "$tmp/reglc"
fails=0
vg() { # name, then reglc's arguments
	name=$1
	shift
	valgrind -q --error-exitcode=99 --leak-check=full --trace-children=yes \
		--show-leak-kinds=definite,indirect --errors-for-leak-kinds=definite,indirect \
		--suppressions=tests/valgrind.supp --num-callers=40 \
		"$tmp/reglc" "$@" >"$tmp/out" 2>"$tmp/vg"
	rc=$?
	if [ $rc -le 1 ] && ! grep -q '^==[0-9]*==' "$tmp/vg"; then
		echo "ok valgrind $name"
	else
		echo "FAIL valgrind $name: exit $rc"
		grep '^==[0-9]*==' "$tmp/vg" | head -30
		fails=$((fails + 1))
	fi
}
for f in examples/*/*.regl; do
	vg "check $f" check "$f"
	vg "explain $f" explain "$f"
	vg "build $f" build -o "$tmp/out.d" --lang kk,ru -T svg,png,pdf,dot "$f"
done
# -j 2: the workers too (they leave by _exit: nothing of theirs may leak)
vg "check -j 2 examples and tests" check -j 2 examples/*/*.regl tests/check/*.regl tests/ok/*.regl
vg "build -j 2 tutorial, externat" build -j 2 -o "$tmp/out.j" -T svg \
	examples/tutorial/tutorial.regl examples/kyzylorda-700/externat.regl
exit $((fails > 0))
