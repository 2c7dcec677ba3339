#!/bin/sh
# tests/diagrams/run.sh — the diagrams that `reglc build` draws.  A
# sub-suite of tests/run.sh: prints "ok NAME" or "FAIL NAME: why" per check.
#
#   golden      DOT of the tutorial and of two seed routes, byte for byte
#               (tests/golden/dot/; BLESS=1 rewrites them: `make bless`)
#   stale       the committed out/**/*.dot are what reglc builds now
#   structure   every DOT: lanes full-height with header and footer, each
#               step in its actor's lane, yes/no labels, critical path and
#               finding marks (tests/diagrams/structure.g, gvpr); the lane
#               order of two seed routes
#   svg         every SVG is well-formed XML (xmllint)
#   png         a PNG has the signature and a plausible size (IHDR)
#   determinism two builds give identical files (the second from another
#               folder, with another LANG and TZ)
#   escaping    tests/diagrams/escape.regl: the SVG shows "];, <script>,
#               \N, \G, \l, &amp; literally
#   outputs     structure errors stop a file's outputs, findings do not;
#               W0502 and the Kazakh fallback; unsafe route ids
#   atomicity   an unwritable output folder fails cleanly (exit 2, no
#               files); an interrupted build leaves no partial file
#   usage       exit statuses of bad command lines
#   formats     the -T table: docs/output.md shows `build --list-formats`;
#               -T chooses drawings and documents separately; the HTML
#               handbook's figures are the drawings of the SVG files
#   numbering   tests/diagrams/numbering.regl: the systems diagram numbers
#               its boxes as the body its sub-paragraphs, and Appendix 1
#               lists them in that order
set -u
REGLC=${REGLC:-./reglc}
BLESS=${BLESS:-0}
tmp=$(mktemp -d)
trap 'chmod -R u+w "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT INT TERM

ok() { echo "ok $1"; }
bad() { echo "FAIL $1: $2"; }
check() { # name, then a command that must succeed
	name=$1
	shift
	if "$@" >/dev/null 2>&1; then ok "$name"; else bad "$name" "$*"; fi
}

# ---- one build of every example, both languages ------------------------------
"$REGLC" build -o "$tmp/a" --lang kk,ru -T svg,dot examples/*/*.regl 2>"$tmp/a.err"
rc=$?
if [ $rc -le 1 ] && grep -q '^reglc: built [0-9]* files in' "$tmp/a.err"; then
	ok "build examples (exit $rc)"
else
	bad "build examples" "exit $rc"
	head -20 "$tmp/a.err"
	exit 1
fi
n=$(ls "$tmp"/a/*/*.dot | wc -l)
nsvg=$(ls "$tmp"/a/*/*.svg | wc -l)
nall=$(find "$tmp/a" -type f | wc -l)
if [ "$n" -gt 0 ] && [ "$n" = "$nsvg" ] && grep -q "^reglc: built $nall files" "$tmp/a.err"
then ok "one SVG per DOT, count of files printed ($n each, $nall in all)"
else bad "counts" "$n DOT, $nsvg SVG, $nall files; $(tail -1 "$tmp/a.err")"; fi
# every route of every example: appendix 2 and 3 in both languages
for f in examples/*/*.regl; do
	id=$(sed -n 's/^regulation  *\([a-z0-9_-]*\).*/\1/p' "$f" | head -1)
	for r in $(sed -n 's/^route  *\([A-Za-z0-9_-]*\) .*/\1/p' "$f"); do
		for k in appendix-2 appendix-3; do
			for l in kk ru; do
				[ -s "$tmp/a/$id/$k.$r.$l.svg" ] ||
					bad "every route drawn" "no $id/$k.$r.$l.svg"
			done
		done
	done
done
ok "every route of every example has appendix 2 and 3, kk and ru"
for id in preschool-queue tutorial; do
	check "systems diagram of $id portal" test -s "$tmp/a/$id/systems.portal.kk.svg"
done
check "no systems diagram without systems" test ! -e "$tmp/a/duplicates/systems.center.kk.svg"

# ---- golden DOT -------------------------------------------------------------------
golden_files="tutorial/appendix-2.provider.kk.dot tutorial/appendix-2.provider.ru.dot
tutorial/appendix-3.provider.kk.dot tutorial/appendix-3.provider.ru.dot
tutorial/appendix-2.center.kk.dot tutorial/appendix-3.center.kk.dot
tutorial/appendix-2.portal.kk.dot tutorial/appendix-3.portal.kk.dot
tutorial/systems.portal.kk.dot tutorial/systems.portal.ru.dot
duplicates/appendix-2.center.kk.dot duplicates/appendix-3.center.kk.dot
duplicates/appendix-3.center.ru.dot
preschool-queue/appendix-2.portal.kk.dot preschool-queue/appendix-3.portal.kk.dot
preschool-queue/systems.portal.kk.dot"
for g in $golden_files; do
	want=tests/golden/dot/$g
	if [ "$BLESS" = 1 ]; then
		mkdir -p "$(dirname "$want")"
		cp "$tmp/a/$g" "$want"
		echo "blessed $want" >&2
	fi
	if cmp -s "$tmp/a/$g" "$want"; then
		ok "golden $g"
	else
		bad "golden $g" "differs from $want (make bless after checking the change)"
		diff -u "$want" "$tmp/a/$g" 2>&1 | head -20 | sed 's/^/    /'
	fi
done

# ---- the committed out/ is not stale ----------------------------------------------
(cd "$tmp/a" && ls */*.dot) | sort >"$tmp/built.list"
(cd out 2>/dev/null && ls */*.dot 2>/dev/null) | sort >"$tmp/committed.list"
if cmp -s "$tmp/built.list" "$tmp/committed.list"; then
	stale=0
	while read -r f; do
		cmp -s "out/$f" "$tmp/a/$f" || { stale=1; echo "    out/$f differs"; }
	done <"$tmp/built.list"
	if [ $stale = 0 ]; then ok "out/**/*.dot up to date"
	else bad "out/ is stale" "run 'make examples' and commit out/"; fi
else
	bad "out/ is stale" "the set of out/*/*.dot differs: run 'make examples' and commit out/"
	diff "$tmp/committed.list" "$tmp/built.list" | head -10 | sed 's/^/    /'
fi

# ---- structure --------------------------------------------------------------------
for f in "$tmp"/a/*/*.dot; do
	case $f in
	*.kk.dot) words='ИӘ ЖОҚ' ;;
	*) words='ДА НЕТ' ;;
	esac
	gvpr -f tests/diagrams/structure.g -a "$words" "$f" >"$tmp/g.out" 2>&1
	if [ $? -eq 0 ] && [ ! -s "$tmp/g.out" ]; then :
	else
		bad "structure ${f#"$tmp"/a/}" "$(head -3 "$tmp/g.out")"
	fi
done
ok "structure of $n diagrams"
# Review marks (issue 15): tests/handbook/structure.regl's boxes with
# structural findings, checked by structure.g like every diagram (a
# "review" node is a marked "finding" whose label and tooltip carry its
# codes), and its DOT golden.
"$REGLC" build -o "$tmp/s" --lang kk,ru -T svg,dot tests/handbook/structure.regl >/dev/null 2>&1
nrev=0
for f in "$tmp"/s/*/*.dot; do
	case $f in
	*.kk.dot) words='ИӘ ЖОҚ' ;;
	*) words='ДА НЕТ' ;;
	esac
	gvpr -f tests/diagrams/structure.g -a "$words" "$f" >"$tmp/g.out" 2>&1
	if [ $? -eq 0 ] && [ ! -s "$tmp/g.out" ]; then :
	else
		bad "structure ${f#"$tmp"/s/}" "$(head -3 "$tmp/g.out")"
	fi
	nrev=$((nrev + $(grep -c 'class=".* review"' "$f")))
done
if [ "$nrev" -ge 20 ]; then ok "review marks: $nrev marked boxes in structure-marks' diagrams"
else bad "review marks" "$nrev marked boxes in structure-marks' diagrams"; fi
for g in structure-marks/appendix-2.provider.kk.dot structure-marks/appendix-3.provider.ru.dot; do
	want=tests/golden/dot/$g
	if [ "$BLESS" = 1 ]; then
		mkdir -p "$(dirname "$want")"
		cp "$tmp/s/$g" "$want"
		echo "blessed $want" >&2
	fi
	if cmp -s "$tmp/s/$g" "$want"; then
		ok "golden $g"
	else
		bad "golden $g" "differs from $want (make bless after checking the change)"
		diff -u "$want" "$tmp/s/$g" 2>&1 | head -20 | sed 's/^/    /'
	fi
done
# Lanes in order of first appearance, as the seed's Appendix 3 draws them.
lanes() { # the actor ids of the lanes of a DOT, in order
	sed -n 's/.*class="lane actor-\([^"]*\)".*/\1/p' "$1" | tr '\n' ' '
}
check "lane order duplicates/center" test "$(lanes "$tmp/a/duplicates/appendix-3.center.kk.dot")" = \
	"applicant center hub office head executor "
check "lane order preschool-queue/portal" \
	test "$(lanes "$tmp/a/preschool-queue/systems.portal.ru.dot")" = \
	"applicant portal gateway registry "
check "lane order externat" test "$(lanes "$tmp/a/externat/appendix-3.provider.kk.dot")" = \
	"applicant office head executor council "

# ---- SVG --------------------------------------------------------------------------
if xmllint --noout "$tmp"/a/*/*.svg 2>"$tmp/x.err"; then ok "$nsvg SVG well-formed"
else bad "SVG well-formed" "$(head -3 "$tmp/x.err")"; fi
# the SVG names what it draws (classes), e.g. the finding of duplicates
check "SVG classes" grep -q 'class="node step actor&#45;executor critical finding"' \
	"$tmp/a/duplicates/appendix-3.center.kk.svg"
check "SVG font" grep -q 'font-family="DejaVu Sans"' "$tmp/a/tutorial/appendix-2.provider.kk.svg"

# ---- formats: one table (src/output.c) ---------------------------------------------
"$REGLC" build --list-formats >"$tmp/formats.md" 2>&1
sed -n '/^<!-- formats:/,/^<!-- end of formats -->/p' docs/output.md | sed '1d;$d' >"$tmp/formats.doc"
if [ -s "$tmp/formats.md" ] && cmp -s "$tmp/formats.md" "$tmp/formats.doc"; then
	ok "docs/output.md lists the formats of build --list-formats"
else
	bad "formats" "docs/output.md differs from reglc build --list-formats:"
	diff "$tmp/formats.doc" "$tmp/formats.md" | sed 's/^/    /' | head
fi
for name in $(sed -n 's/^| `\([a-z0-9]*\)` .*/\1/p' "$tmp/formats.md"); do
	if grep -q "$name" man/reglc.1 && grep -q -- "-T.*$name" completions/reglc.bash; then
		ok "format $name in reglc(1) and the completion"
	else
		bad "format $name" "not in man/reglc.1 or completions/reglc.bash"
	fi
done
# -T chooses drawings and documents separately; a kind not named keeps its defaults.
t=examples/tutorial/tutorial.regl
files_of() { (cd "$1"/* && ls | sed 's/.*\.//' | sort -u | tr '\n' ' '); }
"$REGLC" build -o "$tmp/t1" -T dot "$t" >/dev/null 2>&1
"$REGLC" build -o "$tmp/t2" -T md "$t" >/dev/null 2>&1
"$REGLC" build -o "$tmp/t3" -T html,dot "$t" >/dev/null 2>&1
"$REGLC" build -o "$tmp/t4" "$t" >/dev/null 2>&1
for c in "t1:dot html md " "t2:md svg " "t3:dot html " "t4:html md svg "; do
	d=${c%%:*}
	want=${c#*:}
	got=$(files_of "$tmp/$d")
	if [ "$got" = "$want" ]; then ok "-T: $d writes $want"
	else bad "-T $d" "wrote '$got', expected '$want'"; fi
done
if grep -q '](appendix-2\.[a-z0-9-]*\.kk\.svg)' "$tmp"/t2/*/handbook.kk.md &&
   ! grep -q 'src=' "$tmp"/t2/*/handbook.kk.md; then
	ok "-T md links the SVG drawings beside it"
else
	bad "-T md" "the Markdown handbook does not link the SVG files"
fi
if python3 tests/diagrams/same_drawing.py "$tmp/a" >"$tmp/same.out" 2>&1; then
	ok "the handbooks show the drawings of the SVG files ($(tail -1 "$tmp/same.out"))"
else
	bad "same drawing" "$(head -3 "$tmp/same.out")"
fi

# ---- numbering: the systems diagram, the body and Appendix 1 agree (issue 13) --
# tests/diagrams/numbering.regl: a portal route with `use`, a decision and a
# loop.  Each numbered box "N. action" of its systems diagram is the
# body's sub-paragraph N) (or the `use` that reuses it), and Appendix 1
# lists the same steps (the applicant's aside) in the order of those
# numbers.
"$REGLC" build -o "$tmp/num" --lang kk -T dot tests/diagrams/numbering.regl >/dev/null 2>&1
dot=$tmp/num/numbering/systems.web.kk.dot
md=$tmp/num/numbering/handbook.kk.md
if [ -s "$dot" ] && [ -s "$md" ]; then
	# "N<TAB>action" per numbered box, in numbering order (stable)
	grep -o '<B>[0-9]*\.</B> [^<]*' "$dot" | sed 's|<B>\([0-9]*\)\.</B> |\1	|' |
		sort -s -t '	' -k1,1n >"$tmp/num.boxes"
	# the body of route web: "N<TAB>sub-paragraph"
	awk '/^<a id="r-web"><\/a>/ { on = 1 } /^<a id="s3"><\/a>|^<a id="app1"><\/a>/ { on = 0 }
	     on { line = $0; sub(/^(> *)+/, "", line); gsub(/<a id="[^"]*"><\/a>/, "", line)
		  if (match(line, /^[0-9]+\) /)) print substr(line, 1, RLENGTH - 2) "\t" line }' "$md" >"$tmp/num.body"
	bad=""
	while IFS='	' read -r n action; do
		sub=$(awk -F '\t' -v n="$n" '$1 == n { print $2 }' "$tmp/num.body")
		case "$sub" in
		*"$action"*|*"тармақшаларына"*|*"тармақшасына"*) ;;
		*) bad="$bad box-$n" ;;
		esac
	done <"$tmp/num.boxes"
	# Appendix 1 of route web, row 3 (the actions), decisions' prefixes cut
	awk '/^<a id="a1-web"><\/a>/ { on = 1 } on && /^\| 3 \|/ { print; exit }' "$md" |
		awk -F ' \\| ' '{ for (i = 3; i <= NF; i++) { c = $i; sub(/^.*<br>/, "", c); sub(/ \|$/, "", c); print c } }' >"$tmp/num.a1"
	cut -f2 "$tmp/num.boxes" | grep -v '^сұрау салады$' >"$tmp/num.want"
	cmp -s "$tmp/num.a1" "$tmp/num.want" || bad="$bad appendix-1"
	[ "$(wc -l <"$tmp/num.boxes")" -ge 7 ] || bad="$bad too-few-boxes"
	if [ -z "$bad" ]; then ok "numbering: systems diagram, body, Appendix 1"
	else bad "numbering: systems diagram, body, Appendix 1" "$bad"; fi
else
	bad "numbering: systems diagram, body, Appendix 1" "not built"
fi

# ---- determinism --------------------------------------------------------------------
# The second build from another working folder, with another locale and
# time zone: none of them may reach the output.
case $REGLC in /*) abs_reglc=$REGLC ;; *) abs_reglc=$(pwd)/$REGLC ;; esac
here=$(pwd)
# (the same names of the inputs, which the handbooks print: a link)
mkdir -p "$tmp/cwd"
ln -s "$here/examples" "$tmp/cwd/examples"
(cd "$tmp/cwd" && LANG=ru_RU.UTF-8 LC_ALL=C TZ=Pacific/Kiritimati \
	"$abs_reglc" build -o "$tmp/b" --lang kk,ru -T svg,dot examples/*/*.regl 2>/dev/null)
check "deterministic (two builds identical, other folder, LANG, TZ)" diff -r "$tmp/a" "$tmp/b"

# ---- PNG ----------------------------------------------------------------------------
"$REGLC" build -o "$tmp/p" --lang ru -T png,pdf examples/tutorial/tutorial.regl 2>"$tmp/p.err"
png=$tmp/p/tutorial/appendix-3.provider.ru.png
sig=$(od -An -tx1 -N8 "$png" 2>/dev/null | tr -d ' \n')
set -- $(od -An -tu1 -j16 -N8 "$png" 2>/dev/null)
if [ "$sig" = 89504e470d0a1a0a ] && [ $# -eq 8 ]; then
	w=$(( ($1 << 24) + ($2 << 16) + ($3 << 8) + $4 ))
	h=$(( ($5 << 24) + ($6 << 16) + ($7 << 8) + $8 ))
	if [ $w -ge 400 ] && [ $w -le 20000 ] && [ $h -ge 400 ] && [ $h -le 20000 ] &&
	   [ "$(od -An -c -j12 -N4 "$png" | tr -d ' ')" = IHDR ]; then
		ok "PNG ${w}x$h"
	else
		bad "PNG size" "${w}x$h"
	fi
else
	bad "PNG" "no PNG signature in $png"
fi
check "PDF" sh -c "head -c 5 '$tmp/p/tutorial/appendix-2.center.ru.pdf' | grep -q '%PDF-'"
check "PNG/PDF only on request" test ! -e "$tmp/a/tutorial/appendix-2.center.kk.png"

# ---- escaping -------------------------------------------------------------------------
"$REGLC" build -o "$tmp/e" --lang kk,ru -T svg,dot tests/diagrams/escape.regl 2>"$tmp/e.err"
text() { # file, class[, n]: the text the n-th node of that class shows (decoded)
	xmllint --xpath "string((//*[local-name()='g' and contains(@class,'$2')])[${3:-1}])" "$1" \
		2>/dev/null | tr -d '\n'
}
caption() { # file: the text of the caption (the graph's own text lines)
	i=1
	while [ $i -le 12 ]; do
		xmllint --xpath "string((//*[local-name()='g' and @class='graph']/*[local-name()='text'])[$i])" \
			"$1" 2>/dev/null
		i=$((i + 1))
	done | tr -d '\n'
}
has() { # name, haystack, needle: the haystack must contain the needle
	# (spaces aside: where a label wraps, its lines lose the space)
	h=$(printf '%s' "$2" | tr -d ' ')
	n=$(printf '%s' "$3" | tr -d ' ')
	case $h in
	*"$n"*) ;;
	*) esc=1; echo "    $1: no '$3' in '$2'" ;;
	esac
}
s2=$tmp/e/escape/appendix-2.r.kk.svg
s3=$tmp/e/escape/appendix-3.r.kk.svg
esc=0
has decision "$(text "$s2" decision)" '"]; <script>\N \G \l&amp;?'
has "step (appendix 2)" "$(text "$s2" 'step actor-applicant')" \
	'Алушы "]; <b>құжат <script>alert(1)</script>ұсынады'
has "actor (appendix 2)" "$(text "$s2" 'step actor-office')" 'Кеңсе \N\G\l\E\T\H\L'
has "action" "$(text "$s3" 'step actor-office')" 'тексереді &amp; &#92;N \'
has "hand-off" "$(text "$s3" 'step actor-office')" '→ береді "]; \N'
has "lane header" "$(text "$s3" 'lane actor-office')" 'Кеңсе \N\G\l\E\T\H\L'
has "end" "$(text "$s2" refusal)" 'бас тарту <i>\N</i>'
has "result" "$(text "$s2" result)" 'нәтиже & \G'
has "caption" "$(caption "$s3")" 'Сервис "]; <script>alert(1)</script> \N \G \l &amp; &lt;'
has "heading" "$(caption "$s3")" 'Жол "]; \G'
has "ru" "$(text "$tmp/e/escape/appendix-3.r.ru.svg" 'lane actor-applicant')" 'Получатель "]; <b>'
if [ $esc = 0 ] && xmllint --noout "$tmp"/e/escape/*.svg && ! grep -q '<script\|<b>\|<i>' "$tmp"/e/escape/*.svg
then ok "escaping: texts literal in SVG, no markup injected"
else bad "escaping" "see above"; fi
check "escaping: DOT reads back" sh -c "dot -Tcanon '$tmp/e/escape/appendix-3.r.ru.dot' >/dev/null"

# ---- what is built, what is not --------------------------------------------------------
"$REGLC" build -o "$tmp/s" tests/check/syntax.regl >/dev/null 2>"$tmp/s.err"
rc=$?
if [ $rc -eq 1 ] && [ ! -e "$tmp/s/syntax" ] && grep -q 'nothing built' "$tmp/s.err"
then ok "structure errors stop the outputs"; else bad "structure errors" "exit $rc"; fi
"$REGLC" build -o "$tmp/f" examples/kyzylorda-700/duplicates.regl >/dev/null 2>"$tmp/f.err"
rc=$?
if [ $rc -eq 1 ] && grep -q 'E0401' "$tmp/f.err" && [ -s "$tmp/f/duplicates/appendix-3.center.kk.svg" ]
then ok "findings are reported, the pictures still drawn"; else bad "findings" "exit $rc"; fi
"$REGLC" build -o "$tmp/l" --lang ru -T svg,dot tests/check/lang.regl >/dev/null 2>"$tmp/l.err"
rc=$?
if [ $rc -eq 0 ] && [ "$(grep -c '^tests/check/lang.regl:.*: warning\[W0502\]' "$tmp/l.err")" -eq 7 ] &&
   grep -q 'Хатшы' "$tmp/l/lang/appendix-3.r.ru.dot" && grep -q 'ДА' "$tmp/l/lang/appendix-3.r.ru.dot"
then ok "W0502 and the Kazakh fallback"; else bad "W0502" "exit $rc"; fi
cat >"$tmp/ids.regl" <<'EOF'
regulation ids
actor a staff "A"
route кеңсе "Кеңсе" { a "x" <= 5 min
  end result }
route A "A" { a "x" <= 5 min
  end result }
route a "a" { a "x" <= 5 min
  end result }
route Ω "Ω" { a "x" <= 5 min
  end result }
EOF
"$REGLC" build -o "$tmp/i" "$tmp/ids.regl" >/dev/null 2>&1
check "route ids in file names" test -e "$tmp/i/ids/appendix-2.kengse.kk.svg" \
	-a -e "$tmp/i/ids/appendix-2.a.kk.svg" -a -e "$tmp/i/ids/appendix-2.a-2.kk.svg" \
	-a -e "$tmp/i/ids/appendix-2.u3a9.kk.svg"
check "one pair of diagrams per route" test "$(ls "$tmp"/i/ids/appendix-* | wc -l)" -eq 8
check "nothing outside the regulation's folder" test -z "$(find "$tmp/i" -type f ! -path "$tmp/i/ids/*")"

# ---- atomicity ---------------------------------------------------------------------------
: >"$tmp/afile"
"$REGLC" build -o "$tmp/afile/out" examples/tutorial/tutorial.regl >/dev/null 2>"$tmp/u.err"
rc=$?
if [ $rc -eq 2 ] && grep -q 'cannot create the folder' "$tmp/u.err" && [ -f "$tmp/afile" ] &&
   [ ! -s "$tmp/afile" ]
then ok "unwritable output folder: exit 2, clear error"; else bad "unwritable output" "exit $rc"; fi
if [ "$(id -u)" != 0 ]; then
	mkdir -p "$tmp/ro/tutorial"
	chmod 555 "$tmp/ro/tutorial"
	"$REGLC" build -o "$tmp/ro" examples/tutorial/tutorial.regl >/dev/null 2>"$tmp/ro.err"
	rc=$?
	if [ $rc -eq 2 ] && [ -z "$(ls -A "$tmp/ro/tutorial")" ] && grep -q 'cannot write' "$tmp/ro.err"
	then ok "read-only folder: exit 2, no file"; else bad "read-only folder" "exit $rc"; fi
	chmod 755 "$tmp/ro/tutorial"
fi
check "no temporary files left" test -z "$(find "$tmp/a" "$tmp/p" -name '.*')"
# An interrupted build: whatever is there is complete, nothing half-written.
"$REGLC" build -o "$tmp/k" --lang kk,ru -T png examples/*/*.regl >/dev/null 2>&1 &
pid=$!
sleep 1
kill -TERM $pid 2>/dev/null
wait $pid 2>/dev/null
partial=0
for f in $(find "$tmp/k" -type f 2>/dev/null); do
	case $f in
	*/.*) partial=1; echo "    temporary file left: $f" ;;
	*.png) [ "$(tail -c 8 "$f" | od -An -c | tr -d ' ')" = 'IEND256B`202' ] ||
		{ partial=1; echo "    incomplete: $f"; } ;;
	esac
done
if [ $partial = 0 ]; then ok "interrupted build leaves only complete files"
else bad "interrupted build" "partial files"; fi

# ---- usage -------------------------------------------------------------------------------
status() { # expected status, command...
	want=$1
	shift
	timeout 20 "$@" >/dev/null 2>&1
	r=$?
	if [ $r -eq "$want" ]; then ok "exit $want: $*"; else bad "exit status" "'$*' exited $r, expected $want"; fi
}
status 2 "$REGLC" build
status 2 "$REGLC" build -T gif examples/tutorial/tutorial.regl
status 2 "$REGLC" build --lang en examples/tutorial/tutorial.regl
status 2 "$REGLC" build -o
status 2 "$REGLC" build -o "$tmp/x" "$tmp/no-such.regl"
status 0 "$REGLC" build -o "$tmp/x" -Tdot --lang=ru examples/tutorial/tutorial.regl
status 1 "$REGLC" build -o "$tmp/x" -Werror tests/check/unused.regl
exit 0
