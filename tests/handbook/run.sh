#!/bin/sh
# run.sh — the handbooks `reglc build` writes (src/handbook.c,
# docs/output.md).  Prints "ok NAME" or "FAIL NAME: why" per check; run by
# tests/run.sh (subsuite), or alone:  REGLC=./reglc sh tests/handbook/run.sh
#
#   golden       Markdown and HTML of the tutorial and two seed regulations
#                in both languages against tests/golden/handbook/ (BLESS=1
#                rewrites them).  Inline SVG is not byte-stable across
#                Graphviz versions: the HTML is compared with every <svg>
#                element cut out, and the SVG is checked apart (well-formed,
#                ids unique in the page).
#   review       tests/handbook/structure.regl (structural findings) and
#                tests/ok/appendices.regl (none): goldens, and each finding
#                marked at its Appendix 1 cell and its diagram box (issue 15)
#   determinism  two builds are byte-identical
#   hostile      tests/handbook/hostile.regl: no user text becomes markup
#   chromium     the duplicates handbook in headless Debian chromium: no
#                console message, no request (a Content-Security-Policy
#                blocks and logs any; a canary page proves the logging
#                works), printed to A4 PDF: appendices start pages, one page
#                per diagram, Appendix 1 landscape, the text of a known step
#                found by pdftotext; a screenshot renders.
set -u
REGLC=${REGLC:-./reglc}
BLESS=${BLESS:-0}
GOLD=tests/golden/handbook
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM

ok() { echo "ok $1"; }
fail() { echo "FAIL $1: $2"; }

# The HTML with each inline diagram replaced by a placeholder.
nosvg() { awk '/^<svg/ { print "<svg/>"; skip = 1 } !skip { print } /^<\/svg>/ { skip = 0 }' "$1"; }

# ---- golden ---------------------------------------------------------------------
"$REGLC" build -o "$tmp/a" --lang kk,ru examples/tutorial/tutorial.regl \
	examples/kyzylorda-700/duplicates.regl examples/kyzylorda-700/preschool-queue.regl \
	>"$tmp/build.log" 2>&1
rc=$?
if [ $rc -le 1 ]; then ok "build (exit $rc)"; else fail build "exit $rc: $(tail -3 "$tmp/build.log")"; fi
[ "$BLESS" = 1 ] && mkdir -p "$GOLD"
for id in tutorial duplicates preschool-queue; do
	for l in kk ru; do
		for ext in md html; do
			got=$tmp/a/$id/handbook.$l.$ext
			name=$id.$l.$ext
			if [ ! -s "$got" ]; then
				fail "golden $name" "not built"
				continue
			fi
			if [ "$ext" = html ]; then nosvg "$got" >"$tmp/g"; else cp "$got" "$tmp/g"; fi
			[ "$BLESS" = 1 ] && cp "$tmp/g" "$GOLD/$name"
			if cmp -s "$tmp/g" "$GOLD/$name"; then
				ok "golden $name"
			else
				fail "golden $name" "differs from $GOLD/$name (make bless after review)"
				diff -u "$GOLD/$name" "$tmp/g" | head -20 | sed 's/^/    /'
			fi
		done
		# The inline diagrams: well-formed, and no id twice in the page.
		html=$tmp/a/$id/handbook.$l.html
		awk -v d="$tmp/svg-$id-$l" '/^<svg/ { n++; f = d "-" n ".svg" } f { print > f } /^<\/svg>/ { f = "" }' "$html"
		nsvg=$(ls "$tmp"/svg-"$id"-"$l"-*.svg 2>/dev/null | wc -l)
		want=$(ls "$tmp/a/$id"/*."$l".svg | wc -l)
		bad=""
		for s in "$tmp"/svg-"$id"-"$l"-*.svg; do
			[ -f "$s" ] || continue
			xmllint --noout "$s" 2>/dev/null || bad="$bad $(basename "$s")"
		done
		dup=$(grep -o ' id="[^"]*"' "$html" | sort | uniq -d | head -3 | tr '\n' ' ')
		if [ "$nsvg" -eq "$want" ] && [ -z "$bad" ] && [ -z "$dup" ]; then
			ok "inline svg $id.$l ($nsvg diagrams)"
		else
			fail "inline svg $id.$l" "$nsvg of $want diagrams; malformed:$bad; ids twice: $dup"
		fi
	done
done

# ---- review marks: structural findings where they are (issue 15) ---------------
# tests/handbook/structure.regl has every structural finding Appendix 1 can
# show; tests/ok/appendices.regl none.  Goldens of both, in both languages,
# then what the marks must be: each at its cell, carrying its code and
# linking to its finding; a gap column for the step the act lacks.
"$REGLC" build -o "$tmp/s" --lang kk,ru tests/handbook/structure.regl tests/ok/appendices.regl \
	>"$tmp/s.log" 2>&1
for id in structure-marks appendices-ok; do
	for l in kk ru; do
		for ext in md html; do
			got=$tmp/s/$id/handbook.$l.$ext
			name=$id.$l.$ext
			if [ ! -s "$got" ]; then
				fail "golden $name" "not built"
				continue
			fi
			if [ "$ext" = html ]; then nosvg "$got" >"$tmp/g"; else cp "$got" "$tmp/g"; fi
			[ "$BLESS" = 1 ] && cp "$tmp/g" "$GOLD/$name"
			if cmp -s "$tmp/g" "$GOLD/$name"; then
				ok "golden $name"
			else
				fail "golden $name" "differs from $GOLD/$name (make bless after review)"
				diff -u "$GOLD/$name" "$tmp/g" | head -20 | sed 's/^/    /'
			fi
		done
	done
done
# Appendix 1 only: from its heading to Appendix 2's.
a1() { awk '/id="app1"/ { on = 1 } /id="app2"/ { on = 0 } on' "$1"; }
for l in kk ru; do
	S=$tmp/s/structure-marks/handbook.$l
	bad=""
	a1 "$S.html" >"$tmp/a1.html"
	a1 "$S.md" >"$tmp/a1.md"
	# every code the table can show, each a link to a finding of the list
	for code in E0801 E0802 E0803 E0804 E0805 E0806 E0809 W0811; do
		grep -q "class=\"mark\" href=\"#f[0-9]*\">⚠&#160;$code<" "$tmp/a1.html" || bad="$bad html-$code"
		grep -q "\[⚠ $code\](#f[0-9]*)" "$tmp/a1.md" || bad="$bad md-$code"
	done
	for id in $(grep -o 'class="mark" href="#f[0-9]*"' "$tmp/a1.html" | grep -o '#f[0-9]*' | tr -d '#' | sort -u); do
		grep -q "<div class=\"finding [a-z]*\" id=\"$id\"" "$S.html" || bad="$bad dangling-$id"
	done
	# the gap: the last column, all five cells
	[ "$(grep -c 'class="gap' "$tmp/a1.html")" -eq 5 ] || bad="$bad gap-cells"
	# merged: both columns; the merged cells' notes name each other
	[ "$(grep -o '⚠&#160;E0804' "$tmp/a1.html" | wc -l)" -eq 2 ] || bad="$bad merged"
	# the unit the act prints, quoted in the unit's cell
	grep -q '«Орындаушы»' "$tmp/a1.md" || bad="$bad printed-unit"
	# Appendix 3's findings are not the table's
	grep -A3 "E0805" "$tmp/a1.md" | grep -q 'Кеңсе' && bad="$bad apx3-in-table"
	# the diagrams: the boxes with structural findings are marked, codes in
	# the label and the tooltip
	for k in 2 3; do
		svg=$tmp/s/structure-marks/appendix-$k.provider.$l.svg
		n=$(grep -c 'class="node [^"]* review"' "$svg")
		[ "$n" -ge 5 ] || bad="$bad svg-$k-review($n)"
		grep -q 'xlink:title="reglc: ' "$svg" || bad="$bad svg-$k-tooltip"
	done
	# the clean input: no structural mark anywhere (the ru handbook keeps
	# its W0502 marks: the Kazakh texts it falls back to)
	C=$tmp/s/appendices-ok
	grep -Eq 'E08[01][0-9]|class="gap|class="[^"]* review"' "$C/handbook.$l.html" \
		"$C/handbook.$l.md" "$C"/*.$l.svg && bad="$bad clean-marked"
	if [ -z "$bad" ]; then ok "review marks in Appendix 1 and the diagrams ($l)"
	else fail "review marks ($l)" "$bad"; fi
done
[ "$(cat "$tmp/s/appendices-ok/handbook.kk.md" "$tmp/s/appendices-ok"/*.kk.svg | grep -c '⚠')" -eq 0 ] &&
	ok "review marks: none in the clean handbook (kk)" ||
	fail "review marks" "the clean handbook (kk) has a mark"

# ---- findings in the document's language (issue 13) ------------------------
# Whatever --messages says (it is the language `check` prints in), each
# handbook writes its findings in its own language: every finding and its
# notes marked lang="kk" or lang="ru", none "en", and the message the very
# one `reglc check --messages kk|ru` prints.
for m in en kk ru; do
	"$REGLC" build -o "$tmp/m-$m" --lang kk,ru --messages "$m" \
		examples/kyzylorda-700/duplicates.regl >/dev/null 2>&1
	bad=""
	for l in kk ru; do
		html=$tmp/m-$m/duplicates/handbook.$l.html
		md=$tmp/m-$m/duplicates/handbook.$l.md
		want=$("$REGLC" check --messages "$l" --diagnostics-format=json \
			examples/kyzylorda-700/duplicates.regl 2>/dev/null | jq -r '.[0].message')
		[ -n "$want" ] && [ "$want" != null ] || bad="$bad no-message-$l"
		grep -q 'lang="en"' "$html" && bad="$bad en-in-$l.html"
		n=$(grep -c '<div class="finding' "$html")
		k=$(grep -c "<span lang=\"$l\">" "$html")
		[ "$n" -ge 1 ] && [ "$k" -eq "$n" ] || bad="$bad spans-$l($k/$n)"
		grep -q "<ul class=\"notes\" lang=\"$l\">" "$html" || bad="$bad notes-$l"
		grep -qF -- "$want" "$md" || bad="$bad text-$l"
	done
	if [ -z "$bad" ]; then ok "findings in the document's language (--messages $m)"
	else fail "findings in the document's language (--messages $m)" "$bad"; fi
done

# ---- determinism ------------------------------------------------------------------
"$REGLC" build -o "$tmp/b" --lang kk,ru examples/tutorial/tutorial.regl \
	examples/kyzylorda-700/duplicates.regl examples/kyzylorda-700/preschool-queue.regl \
	>/dev/null 2>&1
if diff -r "$tmp/a" "$tmp/b" >/dev/null; then ok determinism
else fail determinism "two builds differ: $(diff -rq "$tmp/a" "$tmp/b" | head -3)"; fi
if ls -a "$tmp/a"/*/ | grep -q '^\.handbook'; then fail "no temporary files" "left over"
else ok "no temporary files"; fi

# out/ is committed for reviewers: its handbooks must be what reglc builds
# now (Markdown: byte for byte; HTML: without the inline SVG).
"$REGLC" build -o "$tmp/ex" --lang kk,ru -T svg,dot examples/*/*.regl >/dev/null 2>&1
stale=""
for f in "$tmp"/ex/*/handbook.*; do
	rel=${f#"$tmp/ex/"}
	case $f in
	*.html) nosvg "$f" >"$tmp/n1"; nosvg "out/$rel" >"$tmp/n2" 2>/dev/null ;;
	*) cp "$f" "$tmp/n1"; cp "out/$rel" "$tmp/n2" 2>/dev/null || : >"$tmp/n2" ;;
	esac
	cmp -s "$tmp/n1" "$tmp/n2" || stale="$stale $rel"
done
if [ -z "$stale" ]; then ok "out/ handbooks are current"
else fail "out/ handbooks" "stale:$stale (run 'make examples')"; fi

# ---- hostile text -----------------------------------------------------------------
"$REGLC" build -o "$tmp/h" --lang kk,ru tests/handbook/hostile.regl >/dev/null 2>&1
H=$tmp/h/hostile
for l in kk ru; do
	f=$H/handbook.$l.html
	if [ ! -s "$f" ]; then fail "hostile html $l" "not built"; continue; fi
	# Every tag in the page is one reglc writes itself.
	tags=$(grep -o '<[a-zA-Z][a-zA-Z0-9]*' "$f" | sort -u | tr '\n' ' ')
	foreign=$(echo "$tags" | tr ' ' '\n' | grep -v -x -e '' -e '<html' -e '<head' -e '<meta' \
		-e '<title' -e '<style' -e '<body' -e '<header' -e '<p' -e '<h1' -e '<h2' -e '<h3' \
		-e '<h4' -e '<nav' -e '<ul' -e '<li' -e '<a' -e '<b' -e '<i' -e '<br' -e '<main' \
		-e '<section' -e '<div' -e '<span' -e '<table' -e '<colgroup' -e '<col' -e '<tbody' \
		-e '<thead' -e '<tr' -e '<th' -e '<td' -e '<figure' -e '<svg' -e '<g' -e '<title' \
		-e '<polygon' -e '<text' -e '<path' -e '<ellipse' -e '<polyline' -e '<defs' \
		-e '<linearGradient' -e '<stop' | tr '\n' ' ')
	if [ -z "$foreign" ]; then ok "hostile html $l: no foreign tags"
	else fail "hostile html $l" "tags from user text: $foreign"; fi
done
f=$H/handbook.kk.html
if grep -q '&lt;script&gt;alert(1)&lt;/script&gt;' "$f" && grep -q '&amp;amp;' "$f" &&
	grep -q '&quot;қос&quot;' "$f" && grep -q '&#39;жалғыз&#39;' "$f"; then
	ok "hostile html: text shown as text"
else
	fail "hostile html" "an escaped form is missing"
fi
if grep -Eq '(src|href)="(https?:)?//' "$H"/handbook.*.html; then
	fail "hostile html: no external reference" "$(grep -Eo '(src|href)="(https?:)?//[^"]*' "$H"/handbook.*.html | head -2)"
else
	ok "hostile html: no external reference"
fi
m=$H/handbook.kk.md
# Appendix 1's rows: 2 columns (the refusal, the registration), so
# exactly 5 unescaped pipes per row.
rows=$(grep '^| [2-5] | ' "$m" | head -4)
badrows=$(echo "$rows" | sed 's/\\|//g' | awk -F'|' 'NF - 1 != 5' | head -2)
if [ -n "$rows" ] && [ -z "$badrows" ]; then ok "hostile md: pipes stay in their cell"
else fail "hostile md: pipes" "a row has the wrong number of cells: $badrows"; fi
missing=""
for want in '\<script\>' '\*жұлдыз\*' '\_асты\_' '\`код\`' '\[сілтеме\]' '\\кері\\' \
	'\&amp;' '\~\~сызылған\~\~' '\# тақырып емес'; do
	grep -qF -- "$want" "$m" || missing="$missing $want"
done
if grep -Eq '(^|[^\\])<script' "$m"; then missing="$missing (a raw <script>)"; fi
if [ -z "$missing" ]; then ok "hostile md: markup escaped"
else fail "hostile md" "missing:$missing"; fi

# ---- chromium -----------------------------------------------------------------------
if ! command -v chromium >/dev/null 2>&1 || ! command -v pdftotext >/dev/null 2>&1; then
	fail chromium "chromium or poppler-utils missing: run 'make deps'"
	exit 0
fi
# A fresh profile per run; no network service, no updates, no first-run UI.
chrome() {
	prof=$(mktemp -d "$tmp/prof.XXXXXX")
	timeout 120 chromium --headless --no-sandbox --disable-gpu \
		--disable-background-networking --disable-component-update --disable-sync \
		--no-first-run --no-default-browser-check --user-data-dir="$prof" \
		--enable-logging=stderr --v=0 "$@"
}
# What chromium logs about a page (its own D-Bus and GPU chatter aside).
pagelog() { grep -i -e 'CONSOLE' -e 'Content Security Policy' -e 'Refused to' -e 'net::ERR' "$1"; }

# The canary: a page like ours that does request something must be caught.
cat >"$tmp/canary.html" <<'EOF'
<!DOCTYPE html><html><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
</head><body><img src="http://127.0.0.1:9/x.png"><p>canary</p></body></html>
EOF
chrome --dump-dom "file://$tmp/canary.html" >"$tmp/canary.dom" 2>"$tmp/canary.log"
if pagelog "$tmp/canary.log" >/dev/null; then ok "chromium: a blocked request is logged (canary)"
else fail "chromium canary" "a blocked request left no trace in the log"; fi

D=$tmp/a/duplicates
page=$D/handbook.kk.html
chrome --dump-dom "file://$page" >"$tmp/dom.html" 2>"$tmp/dom.log"
if grep -q 'reglc' "$tmp/dom.html" && [ -z "$(pagelog "$tmp/dom.log")" ]; then
	ok "chromium: no console message, no request"
else
	fail chromium "$(pagelog "$tmp/dom.log" | head -3)"
fi
chrome --dump-dom "file://$tmp/h/hostile/handbook.kk.html" >"$tmp/hdom.html" 2>"$tmp/hdom.log"
if grep -q 'alert(1)' "$tmp/hdom.html" && ! grep -q '<script' "$tmp/hdom.html" &&
	[ -z "$(pagelog "$tmp/hdom.log")" ]; then
	ok "chromium: hostile text is text"
else
	fail "chromium hostile" "a script element or a request: $(pagelog "$tmp/hdom.log" | head -2)"
fi
chrome --window-size=1200,1600 --screenshot="$tmp/shot.png" "file://$page" >/dev/null 2>&1
if [ "$(head -c 4 "$tmp/shot.png" 2>/dev/null | od -An -c | tr -d ' ')" = '211PNG' ]; then
	ok "chromium: screenshot"
else
	fail chromium "no screenshot"
fi
chrome --no-pdf-header-footer --print-to-pdf="$tmp/d.pdf" "file://$page" >/dev/null 2>&1
pages=$(pdfinfo "$tmp/d.pdf" 2>/dev/null | sed -n 's/^Pages: *//p')
if [ -z "$pages" ]; then
	fail "chromium pdf" "no PDF"
	exit 0
fi
# The first page of each appendix, by its heading at the top of a page.
first() { # appendix number
	p=1
	while [ "$p" -le "$pages" ]; do
		if pdftotext -f "$p" -l "$p" "$tmp/d.pdf" - 2>/dev/null | head -4 | tr '\n' ' ' |
			grep -q "регламентіне $1-қосымша"; then
			echo "$p"
			return
		fi
		p=$((p + 1))
	done
	echo 0
}
a1=$(first 1) a2=$(first 2) a3=$(first 3)
rp=0
p=1
while [ "$p" -le "$pages" ]; do
	if pdftotext -f "$p" -l "$p" "$tmp/d.pdf" - 2>/dev/null | head -2 | grep -q 'reglc: мерзімдерді'; then
		rp=$p
		break
	fi
	p=$((p + 1))
done
# duplicates: 2 routes, no information system: one page per diagram; the
# report and the findings after them (5 pages since the review marks of
# issue 15 joined the critical paths' tables).
if [ "$a1" -gt 1 ] && [ "$a2" -gt "$a1" ] && [ $((a3 - a2)) -eq 2 ] && [ $((rp - a3)) -eq 2 ] &&
	[ "$pages" -ge $((rp + 1)) ] && [ "$pages" -le $((rp + 5)) ]; then
	ok "chromium pdf: $pages A4 pages, appendices on pages $a1, $a2, $a3, report on $rp"
else
	fail "chromium pdf" "$pages pages; appendices at $a1, $a2, $a3, report at $rp"
fi
size1=$(pdfinfo -f 1 -l 1 "$tmp/d.pdf" | sed -n 's/^Page *1 size: *\([0-9.]*\) x \([0-9.]*\).*/\1x\2/p')
sizea1=$(pdfinfo -f "$a1" -l "$a1" "$tmp/d.pdf" | sed -n 's/^Page *[0-9]* size: *\([0-9.]*\) x \([0-9.]*\).*/\1x\2/p')
if [ "$size1" = "594.96x841.92" ] && [ "$sizea1" = "841.92x594.96" ]; then
	ok "chromium pdf: A4 portrait, Appendix 1 A4 landscape"
else
	fail "chromium pdf: page sizes" "page 1 $size1, Appendix 1 $sizea1"
fi
text=$(pdftotext "$tmp/d.pdf" - | tr '\n' ' ' | tr -s ' ')
step='кеңсе қызметкері құжаттарды тіркейді және көрсетілетін қызметті берушінің басшысына ұсынады (он бес минуттан аспайды);'
if echo "$text" | grep -qF "$step"; then ok "chromium pdf: the text of step 5.2"
else fail "chromium pdf" "pdftotext does not find: $step"; fi
# ---- long paths ------------------------------------------------------------------
# A finding's place is the whole "path:line:col", however long the path
# (it was cut at 2 KiB once).
deep="$tmp/long"
i=0
while [ $i -lt 10 ]; do
	deep="$deep/$(printf '%0200d' $i)"
	i=$((i + 1))
done
mkdir -p "$deep"
cp tests/check/unused.regl "$deep/unused.regl"
"$REGLC" build -o "$tmp/lp" -T md "$deep/unused.regl" >/dev/null 2>&1
want=$("$REGLC" check "$deep/unused.regl" 2>&1 | sed -n 's/^\([^ ]*:[0-9]*:[0-9]*\):.*/\1/p' | head -1)
if [ ${#want} -gt 2048 ] && grep -qF "$want" "$tmp/lp/unused/handbook.kk.md"
then ok "long path: the finding's place whole (${#want} bytes)"
else fail "long path" "place of ${#want} bytes not found whole in the handbook"; fi
exit 0
