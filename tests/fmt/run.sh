#!/bin/sh
# tests/fmt/run.sh — `reglc fmt`: golden layouts, idempotence, meaning kept,
# comments kept, --check and -w.  Prints "ok NAME" or "FAIL NAME: why" per
# check (the subsuite protocol of tests/run.sh).
#
# Meaning is compared with the hidden `reglc fmt --dump-ast` (the syntax
# tree without positions) and with the codes `reglc check` reports; every
# example and every test input that parses is checked.
REGLC=${REGLC:-./reglc}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"; rm -f examples/*/.fmt-check.regl tests/*/.fmt-check.regl tests/*/*/.fmt-check.regl' EXIT

ok() { echo "ok $1"; }
fail() { echo "FAIL $1: $2"; }

# The comments of a file, in order, without their indentation: strings go
# first, since a string may hold a `#`.
comments() {
	sed -E 's/"([^"\\]|\\.)*"//g' "$1" | tr -d '\r' | grep '#' |
		sed -E 's/^[^#]*#/#/; s/[[:space:]]+$//'
}

# The findings' codes, sorted: positions move, the findings must not.
codes() {
	"$REGLC" check "$1" 2>&1 |
		sed -nE 's/^.*:[0-9]+:[0-9]+: (error|warning)(\[[A-Z0-9]+\]).*$/\1\2/p' | sort
}

# ---- golden cases: cases/NAME.in.regl formats to cases/NAME.out.regl --------
for in in tests/fmt/cases/*.in.regl; do
	name=$(basename "$in" .in.regl)
	want=tests/fmt/cases/$name.out.regl
	if ! "$REGLC" fmt "$in" >"$tmp/got" 2>"$tmp/err"; then
		fail "golden-$name" "reglc fmt failed: $(head -3 "$tmp/err")"
	elif [ "$BLESS" = 1 ]; then
		cp "$tmp/got" "$want"
		ok "golden-$name (blessed)"
	elif cmp -s "$tmp/got" "$want"; then
		ok "golden-$name"
	else
		fail "golden-$name" "$(diff "$want" "$tmp/got" | head -10)"
	fi
done

# ---- every example and test input: idempotent, same tree, same findings ----
for f in examples/*/*.regl tests/check/*.regl tests/ok/*.regl \
	 tests/deadline/*.regl tests/fmt/cases/*.regl; do
	[ -f "$f" ] || continue
	name=$(echo "$f" | tr / _)
	if ! "$REGLC" fmt "$f" >"$tmp/f1.regl" 2>"$tmp/err"; then
		# Only a file with syntax errors may be refused, with nothing on stdout.
		if grep -q 'not formatted: it has syntax errors' "$tmp/err" &&
		   [ ! -s "$tmp/f1.regl" ]; then
			ok "refused-$name"
		else
			fail "refused-$name" "$(head -3 "$tmp/err")"
		fi
		continue
	fi
	"$REGLC" fmt "$tmp/f1.regl" >"$tmp/f2.regl" 2>&1
	if cmp -s "$tmp/f1.regl" "$tmp/f2.regl"; then
		ok "idempotent-$name"
	else
		fail "idempotent-$name" "$(diff "$tmp/f1.regl" "$tmp/f2.regl" | head -6)"
	fi
	"$REGLC" fmt --dump-ast "$f" >"$tmp/a1" 2>&1
	"$REGLC" fmt --dump-ast "$tmp/f1.regl" >"$tmp/a2" 2>&1
	if [ -s "$tmp/a1" ] && cmp -s "$tmp/a1" "$tmp/a2"; then
		ok "same-tree-$name"
	else
		fail "same-tree-$name" "$(diff "$tmp/a1" "$tmp/a2" | head -6)"
	fi
	codes "$f" >"$tmp/c1"
	# beside the original, so that a legal text it names (`source`, a
	# path relative to the file) is found
	side="$(dirname "$f")/.fmt-check.regl"
	cp "$tmp/f1.regl" "$side"
	codes "$side" >"$tmp/c2"
	rm -f "$side"
	if cmp -s "$tmp/c1" "$tmp/c2"; then
		ok "same-findings-$name"
	else
		fail "same-findings-$name" "$(diff "$tmp/c1" "$tmp/c2" | head -6)"
	fi
	comments "$f" >"$tmp/k1"
	comments "$tmp/f1.regl" >"$tmp/k2"
	if cmp -s "$tmp/k1" "$tmp/k2"; then
		ok "comments-$name"
	else
		fail "comments-$name" "$(diff "$tmp/k1" "$tmp/k2" | head -6)"
	fi
	if [ -z "$(grep -n '[[:space:]]$' "$tmp/f1.regl")" ] &&
	   [ "$(tail -c 1 "$tmp/f1.regl" | od -An -c | tr -d ' ')" = '\n' ] &&
	   ! grep -q "$(printf '\t')" "$tmp/f1.regl" 2>/dev/null; then
		ok "clean-lines-$name"
	else
		fail "clean-lines-$name" "trailing blanks, tabs or no final newline"
	fi
done

# ---- --check ---------------------------------------------------------------
"$REGLC" fmt --check examples/*/*.regl >"$tmp/out" 2>&1
rc=$?
if [ $rc -eq 0 ] && [ ! -s "$tmp/out" ]; then
	ok "check-examples-formatted"
else
	fail "check-examples-formatted" "exit $rc: $(head -5 "$tmp/out")"
fi
"$REGLC" fmt --check tests/fmt/cases/messy.out.regl tests/fmt/cases/messy.in.regl \
	>"$tmp/out" 2>&1
rc=$?
if [ $rc -eq 1 ] && [ "$(cat "$tmp/out")" = tests/fmt/cases/messy.in.regl ]; then
	ok "check-names-unformatted"
else
	fail "check-names-unformatted" "exit $rc: $(head -5 "$tmp/out")"
fi
"$REGLC" fmt --check tests/check/syntax.regl >/dev/null 2>&1
rc=$?
if [ $rc -eq 1 ]; then
	ok "check-syntax-error"
else
	fail "check-syntax-error" "exit $rc, want 1"
fi

# ---- -w: rewrites what changes, atomically; leaves the rest alone ----------
mkdir "$tmp/w"
cp tests/fmt/cases/messy.in.regl "$tmp/w/a.regl"
cp tests/fmt/cases/messy.out.regl "$tmp/w/b.regl"
cp tests/check/syntax.regl "$tmp/w/c.regl"
chmod 640 "$tmp/w/a.regl"
ino_b=$(ls -i "$tmp/w/b.regl" | cut -d' ' -f1)
"$REGLC" fmt -w "$tmp/w/a.regl" "$tmp/w/b.regl" "$tmp/w/c.regl" >"$tmp/out" 2>&1
rc=$?
if [ $rc -eq 1 ] && cmp -s "$tmp/w/a.regl" tests/fmt/cases/messy.out.regl &&
   cmp -s "$tmp/w/c.regl" tests/check/syntax.regl && [ ! -s "$tmp/w/b.regl.out" ]; then
	ok "write-rewrites"
else
	fail "write-rewrites" "exit $rc (want 1 for the syntax error): $(head -3 "$tmp/out")"
fi
if [ "$(ls -i "$tmp/w/b.regl" | cut -d' ' -f1)" = "$ino_b" ]; then
	ok "write-leaves-formatted-file"
else
	fail "write-leaves-formatted-file" "b.regl was replaced"
fi
if [ "$(ls "$tmp/w" | wc -l)" -eq 3 ]; then
	ok "write-no-temporaries"
else
	fail "write-no-temporaries" "$(ls "$tmp/w")"
fi
if [ "$(stat -c %a "$tmp/w/a.regl")" = 640 ]; then
	ok "write-keeps-mode"
else
	fail "write-keeps-mode" "mode $(stat -c %a "$tmp/w/a.regl")"
fi
# Through a symbolic link: the file it points at is rewritten, the link stays.
mkdir "$tmp/l"
cp tests/fmt/cases/messy.in.regl "$tmp/target.regl"
ln -s ../target.regl "$tmp/l/link.regl"
"$REGLC" fmt -w "$tmp/l/link.regl" >"$tmp/out" 2>&1
if [ -L "$tmp/l/link.regl" ] && cmp -s "$tmp/target.regl" tests/fmt/cases/messy.out.regl; then
	ok "write-through-symlink"
else
	fail "write-through-symlink" "$(head -3 "$tmp/out")"
fi
"$REGLC" fmt >/dev/null 2>&1
rc=$?
if [ $rc -eq 2 ]; then
	ok "usage-no-files"
else
	fail "usage-no-files" "exit $rc, want 2"
fi
exit 0
