#!/bin/sh
# tests/hostile/run.sh — hostile and broken input, and output safety
# (docs/limits.md).  A sub-suite of tests/run.sh: prints "ok NAME" or
# "FAIL NAME: why" per check.
#
#   verify      tests/hostile/*.regl meet their `# expect-...` comments
#               (reuse of itself, mutual reuse, 64-bit overflow, terms of
#               zero, ids with `..`, `/` and absolute paths)
#   generated   gen.py writes the binary and the big inputs (empty, BOM,
#               bad UTF-8, NUL, CR-only, 10 MB line, 100 000 steps,
#               10 000 routes, 10 000-deep decisions, doubling reuse...);
#               each meets its line in tests/hostile/expect
#   bounds      every run under `timeout` (TIME_LIMIT s) and, when not
#               sanitized, `ulimit -v` (MEM_LIMIT KB); no sanitizer report
#   files       a missing input, a folder as input, an output folder that
#               is a file, /dev/full, a full disk (`ulimit -f`): exit 2,
#               a clear message, previous outputs intact, no temporary file
#   escape      labels that look like DOT, HTML and Graphviz escapes built
#               into every format: DOT re-read by dot, SVG and HTML by
#               xmllint, no `<script` in SVG, HTML, and Markdown unescaped
#   links       out/<id> a symbolic link out of the output folder: refused,
#               nothing written through it; an output named like an input
#               never replaces it
set -u
REGLC=${REGLC:-./reglc}
TIME_LIMIT=${TIME_LIMIT:-60}
MEM_LIMIT=${MEM_LIMIT:-1048576}
tmp=$(mktemp -d)
trap 'chmod -R u+w "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT INT TERM

ok() { echo "ok $1"; }
bad() { echo "FAIL $1: $2"; }

# ASan reserves terabytes of address space: no `ulimit -v` under it.
if grep -q __asan_init "$REGLC" 2>/dev/null; then vlimit=unlimited; else vlimit=$MEM_LIMIT; fi

# run OUT COMMAND...: the command bounded in time and memory, its stdout
# and stderr in OUT; sets rc.
run() {
	out=$1
	shift
	(ulimit -v "$vlimit" 2>/dev/null; exec timeout "$TIME_LIMIT" "$@") >"$out" 2>&1
	rc=$?
}
# No sanitizer report and no timeout in the output of the last run.
sane() {
	[ "$rc" -ne 124 ] && [ "$rc" -lt 128 ] &&
		! grep -q 'Sanitizer\|runtime error' "$1"
}

# ---- verify ---------------------------------------------------------------------
for f in tests/hostile/*.regl; do
	run "$tmp/v" "$REGLC" check --verify "$f"
	if [ $rc -eq 0 ] && sane "$tmp/v"; then ok "verify $f"
	else bad "verify $f" "exit $rc: $(head -3 "$tmp/v")"; fi
done

# ---- generated ------------------------------------------------------------------
python3 tests/hostile/gen.py "$tmp/gen" || bad "gen.py" "failed"
grep -v '^#' tests/hostile/expect | while IFS='|' read -r file cmd want text slow; do
	[ -n "$file" ] || continue
	name="$cmd $file"
	# Graphviz under ASan with full unwinding is some 50 times slower
	if [ "${slow:-}" = slow ] && [ "$vlimit" = unlimited ]; then
		ok "$name: skipped under the sanitizers (slow)"
		continue
	fi
	if [ "$cmd" = build ]; then
		rm -rf "$tmp/o"
		run "$tmp/g" "$REGLC" build -o "$tmp/o" --lang kk,ru -T svg,dot "$tmp/gen/$file"
	else
		run "$tmp/g" "$REGLC" "$cmd" "$tmp/gen/$file"
	fi
	if ! sane "$tmp/g"; then
		bad "$name" "exit $rc (crash, sanitizer or over $TIME_LIMIT s): $(grep -m3 'ERROR\|error' "$tmp/g")"
	elif [ "$rc" != "$want" ]; then
		bad "$name" "exit $rc, expected $want: $(head -c 300 "$tmp/g")"
	elif [ "$text" != - ] && ! grep -qF -- "$text" "$tmp/g"; then
		bad "$name" "no '$text' in: $(head -c 300 "$tmp/g")"
	elif [ "$cmd" = build ] && [ -d "$tmp/o" ] && [ -n "$(find "$tmp/o" -name '.*.??????')" ]; then
		bad "$name" "a temporary file was left behind"
	elif [ "$cmd" = build ] && [ "$want" != 0 ] && [ -n "$(find "$tmp/o" -type f 2>/dev/null)" ]; then
		bad "$name" "a failed build wrote files"
	else
		ok "$name (exit $rc)"
	fi
done

# ---- files --------------------------------------------------------------------------
t=examples/tutorial/tutorial.regl
expect_fail() { # name, status, substring, command...
	name=$1 want=$2 text=$3
	shift 3
	run "$tmp/f" "$@"
	if [ "$rc" = "$want" ] && grep -qF -- "$text" "$tmp/f" && sane "$tmp/f"; then ok "$name"
	else bad "$name" "exit $rc: $(head -c 300 "$tmp/f")"; fi
}
expect_fail "missing input" 2 "cannot read '$tmp/none.regl'" "$REGLC" check "$tmp/none.regl"
expect_fail "folder as input" 2 "cannot read 'examples'" "$REGLC" check examples
expect_fail "folder as input (build)" 2 "cannot read 'examples'" "$REGLC" build -o "$tmp/d" examples
touch "$tmp/file"
expect_fail "output folder is a file" 2 "cannot create the folder" \
	"$REGLC" build -o "$tmp/file" "$t"
expect_fail "output folder /dev/full" 2 "cannot create the folder" \
	"$REGLC" build -o /dev/full "$t"
if [ "$(id -u)" != 0 ]; then
	mkdir -p "$tmp/ro"
	chmod 555 "$tmp/ro"
	expect_fail "unwritable output folder" 2 "cannot" "$REGLC" build -o "$tmp/ro" "$t"
	[ -z "$(ls -A "$tmp/ro")" ] || bad "unwritable output folder" "files appeared"
else
	ok "unwritable output folder: skipped as root (permissions do not bind root)"
fi

# A full disk: a file-size limit makes a write fail part-way through the
# run; every earlier output stays as the previous run left it, whole.
"$REGLC" build -o "$tmp/full" --lang kk,ru -T svg,dot "$t" >/dev/null 2>&1
cp -R "$tmp/full" "$tmp/full.before"
(ulimit -f 40; exec "$REGLC" build -o "$tmp/full" --lang kk,ru -T svg,dot "$t") \
	>"$tmp/f" 2>&1
rc=$?
if [ $rc -eq 2 ] && grep -q "cannot write .*File too large" "$tmp/f" && sane "$tmp/f"
then ok "full disk: exit 2, the file named"
else bad "full disk" "exit $rc: $(head -c 300 "$tmp/f")"; fi
if diff -r "$tmp/full.before" "$tmp/full" >/dev/null; then ok "full disk: previous outputs intact"
else bad "full disk" "outputs changed: $(diff -rq "$tmp/full.before" "$tmp/full" | head -3)"; fi
if [ -z "$(find "$tmp/full" -name '.*.??????')" ]; then ok "full disk: no temporary file"
else bad "full disk" "a temporary file was left behind"; fi

# ---- escape --------------------------------------------------------------------------
rm -rf "$tmp/e"
run "$tmp/f" "$REGLC" build -o "$tmp/e" --lang kk,ru -T svg,png,pdf,dot \
	tests/diagrams/escape.regl tests/handbook/hostile.regl
if [ $rc -le 1 ] && sane "$tmp/f" && [ -n "$(find "$tmp/e" -name '*.dot')" ]; then
	ok "hostile labels built into every format"
else
	bad "hostile labels" "exit $rc: $(head -c 300 "$tmp/f")"
fi
nbad=0
for f in $(find "$tmp/e" -name '*.dot'); do
	dot -Tsvg "$f" >/dev/null 2>"$tmp/dot.err" || { nbad=$((nbad + 1)); head -2 "$tmp/dot.err"; }
done
[ $nbad -eq 0 ] && ok "every DOT re-read by dot" || bad "DOT" "$nbad files dot cannot read"
nbad=0
for f in $(find "$tmp/e" -name '*.svg'); do
	xmllint --noout "$f" 2>/dev/null || nbad=$((nbad + 1))
done
[ $nbad -eq 0 ] && ok "every SVG well-formed (xmllint)" || bad "SVG" "$nbad files not well-formed"
nbad=0
for f in $(find "$tmp/e" -name '*.html'); do
	xmllint --html --noout "$f" 2>"$tmp/x.err"
	# libxml2 parses HTML 4: the HTML5 and SVG element names are unknown
	# to it, and that is all it may complain about
	grep 'error' "$tmp/x.err" | grep -qv 'Tag [a-zA-Z]* invalid' && nbad=$((nbad + 1))
done
[ $nbad -eq 0 ] && ok "every HTML parsed (xmllint --html)" || bad "HTML" "$nbad files with parse errors"
# (DOT is not checked here: a plain label is no markup there, and dot
# re-read every DOT above; the SVG it becomes is checked.)
if grep -l '<script' $(find "$tmp/e" -name '*.svg' -o -name '*.html') >"$tmp/s" 2>/dev/null
then bad "no <script in SVG, HTML" "$(cat "$tmp/s")"
else ok "no <script in SVG, HTML"; fi
# Markdown: a `<` of user text is escaped (\<), so no raw tag starts.
if grep -l '[^\\]<script\|^<script' $(find "$tmp/e" -name '*.md') >"$tmp/s" 2>/dev/null
then bad "no raw <script in Markdown" "$(cat "$tmp/s")"
else ok "no raw <script in Markdown"; fi

# ---- links ------------------------------------------------------------------------------
mkdir -p "$tmp/l/out" "$tmp/l/elsewhere"
ln -s "$tmp/l/elsewhere" "$tmp/l/out/tutorial"
expect_fail "out/<id> a symbolic link: refused" 2 "is a symbolic link" \
	"$REGLC" build -o "$tmp/l/out" "$t"
if [ -z "$(ls -A "$tmp/l/elsewhere")" ]; then ok "nothing written through the link"
else bad "symbolic link" "files written through it"; fi
# a link in place of an output file is replaced, not written through
rm "$tmp/l/out/tutorial"
mkdir -p "$tmp/l/out/tutorial"
: >"$tmp/l/victim"
ln -s "$tmp/l/victim" "$tmp/l/out/tutorial/handbook.kk.md"
run "$tmp/f" "$REGLC" build -o "$tmp/l/out" "$t"
if [ $rc -eq 0 ] && [ ! -s "$tmp/l/victim" ] && [ ! -L "$tmp/l/out/tutorial/handbook.kk.md" ]
then ok "a link in place of an output is replaced, its target untouched"
else bad "output link" "exit $rc; target size $(wc -c <"$tmp/l/victim")"; fi
# an input where an output goes: refused, the input unchanged
cp "$t" "$tmp/l/out/tutorial/handbook.kk.md"
expect_fail "an output never replaces an input" 2 "it is the input file" \
	"$REGLC" build -o "$tmp/l/out" "$tmp/l/out/tutorial/handbook.kk.md"
if cmp -s "$t" "$tmp/l/out/tutorial/handbook.kk.md"; then ok "the input is unchanged"
else bad "input overwritten" "$tmp/l/out/tutorial/handbook.kk.md changed"; fi
exit 0
