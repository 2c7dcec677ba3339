#!/bin/sh
# run.sh — `reglc import-table` (docs/import-table.md).  Prints "ok NAME" /
# "FAIL NAME: why"; tests/run.sh calls it.  BLESS=1 rewrites the expected
# outputs of cases/ and seed/ (review the diff before committing).
#
#   seed    for each regulation of examples/kyzylorda-700, the block
#           import-table writes from resolution-700.txt (the lines its
#           `source` names) is the committed `appendix 1` block byte for
#           byte, comments aside; exit 0; stderr is seed/NAME.err; the block
#           is laid out as `reglc fmt` lays it out; the same from the
#           regulation with its block taken out (the transcriber's case)
#   cases   cases/NAME.args are the arguments (run in tests/import/), and
#           beside them the expected stderr (NAME.err), stdout (NAME.out;
#           none: nothing on stdout) and exit status (NAME.status): good
#           tables, tables it cannot decide (`TODO`, exit 1), and inputs it
#           cannot use (exit 2): ragged, empty, a row missing, no table, a
#           file missing, lines past the end, bad usage
#   check   a block written, put under its model, checks with no error of
#           names or syntax; every block written parses and is fmt's layout
set -u
cd "$(dirname "$0")/../.." || exit 2
REGLC=${REGLC:-./reglc}
BLESS=${BLESS:-0}
case $REGLC in /*) ;; *) REGLC=$(pwd)/$REGLC ;; esac
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
ok() { echo "ok $1"; }
fail() { echo "FAIL $1: $2"; }

# A block is what `reglc fmt` makes of it.
fmt_ok() { # name, file
	cp "$2" "$tmp/fmt.regl"
	if "$REGLC" fmt --check "$tmp/fmt.regl" >/dev/null 2>&1; then ok "$1-fmt"
	else fail "$1-fmt" "not in fmt's layout: $(diff "$2" "$tmp/fmt.regl" | head -3)"; fi
}

# ---- the seed ------------------------------------------------------------------
for f in examples/kyzylorda-700/*.regl; do
	b=$(basename "$f" .regl)
	awk '/^appendix 1 / { p = 1 } p && !/^[ \t]*#/ { print } p && /^}/ { exit }' "$f" \
		>"$tmp/want"
	"$REGLC" import-table "$f" >"$tmp/out" 2>"$tmp/err"
	rc=$?
	[ "$BLESS" = 1 ] && cp "$tmp/err" "tests/import/seed/$b.err"
	if [ ! -s "$tmp/want" ]; then
		fail "seed-$b" "$f has no committed \`appendix 1\` block"
	elif [ $rc -ne 0 ]; then
		fail "seed-$b" "exit $rc: $(head -3 "$tmp/err")"
	elif cmp -s "$tmp/want" "$tmp/out"; then
		ok "seed-$b"
	else
		fail "seed-$b" "the block differs from $f's"
		diff -u "$tmp/want" "$tmp/out" | head -20 | sed 's/^/    /'
	fi
	if cmp -s "$tmp/err" "tests/import/seed/$b.err"; then ok "seed-$b-stderr"
	else fail "seed-$b-stderr" "$(diff "tests/import/seed/$b.err" "$tmp/err" | head -5)"; fi
	fmt_ok "seed-$b" "$tmp/out"
	# the transcriber's case: the regulation without its block yet
	mkdir -p "$tmp/bare"
	cp examples/kyzylorda-700/resolution-700.txt "$tmp/bare/"
	awk '/^appendix 1 / { p = 1 } !p { print } p && /^}/ { p = 0 }' "$f" >"$tmp/bare/$b.regl"
	if "$REGLC" import-table "$tmp/bare/$b.regl" >"$tmp/out" 2>/dev/null &&
	   cmp -s "$tmp/want" "$tmp/out"; then ok "seed-$b-bare"
	else fail "seed-$b-bare" "without its block, $f imports another block"; fi
done
# the seed's warnings in Kazakh and Russian
for l in kk ru; do
	"$REGLC" import-table --messages $l examples/kyzylorda-700/rehabilitation.regl \
		>/dev/null 2>"$tmp/err"
	[ "$BLESS" = 1 ] && cp "$tmp/err" "tests/import/seed/rehabilitation.$l.err"
	if cmp -s "$tmp/err" "tests/import/seed/rehabilitation.$l.err"; then ok "seed-messages-$l"
	else fail "seed-messages-$l" "$(head -2 "$tmp/err")"; fi
done

# ---- the cases -------------------------------------------------------------------
cd tests/import || exit 2
for a in cases/*.args; do
	n=$(basename "$a" .args)
	eval "set -- $(cat "$a")"
	"$REGLC" import-table "$@" >"$tmp/out" 2>"$tmp/err"
	rc=$?
	if [ "$BLESS" = 1 ]; then
		cp "$tmp/err" "cases/$n.err"
		if [ -s "$tmp/out" ]; then cp "$tmp/out" "cases/$n.out"; else rm -f "cases/$n.out"; fi
		echo $rc >"cases/$n.status"
	fi
	want=$(cat "cases/$n.status" 2>/dev/null || echo missing)
	if [ "$rc" != "$want" ]; then
		fail "case-$n" "exit $rc, expected $want: $(head -2 "$tmp/err")"
		continue
	fi
	if [ -f "cases/$n.out" ]; then
		cmp -s "$tmp/out" "cases/$n.out" || {
			fail "case-$n" "stdout differs from cases/$n.out"
			diff -u "cases/$n.out" "$tmp/out" | head -20 | sed 's/^/    /'
			continue
		}
	elif [ -s "$tmp/out" ]; then
		fail "case-$n" "stdout is not empty: $(head -1 "$tmp/out")"
		continue
	fi
	if cmp -s "$tmp/err" "cases/$n.err"; then ok "case-$n"
	else
		fail "case-$n" "stderr differs from cases/$n.err"
		diff -u "cases/$n.err" "$tmp/err" | head -20 | sed 's/^/    /'
	fi
	[ -s "$tmp/out" ] && fmt_ok "case-$n" "$tmp/out"
done

# ---- a block written checks under its model --------------------------------------
{ cat model.regl; echo; cat cases/two-parts.out; } >"$tmp/whole.regl"
"$REGLC" check "$tmp/whole.regl" >"$tmp/check" 2>&1
if grep -q 'error\[E000[0-9]\]\|error\[E010[4-7]\]\|error\[E0814\]' "$tmp/check"; then
	fail check-under-model "$(grep -m2 'error\[' "$tmp/check")"
elif ! grep -q 'column 1 shows 2 steps in one' "$tmp/check"; then
	fail check-under-model "the merged column (refuse, accept) is not what check sees"
else
	ok check-under-model
fi
# every cell verbatim: the table's cells are in the block, escaped
if grep -qF '"«Анықтама» деп аталатын \"анықтаманы\" дайындайды" "анықтаманы басшыға ұсынады \\ жолдайды"' \
	cases/two-parts.out; then ok cells-escaped
else fail cells-escaped "a cell with quotes or a backslash is not copied as written"; fi
