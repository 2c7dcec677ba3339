#!/bin/sh
# run.sh — message catalogues and the diagnostics options.  Prints
# "ok NAME" / "FAIL NAME: why"; tests/run.sh calls it.
#
#   catalogues  check.js: every format of the code is in data/messages.kk
#               and data/messages.ru, with the same conversions, none stale
#   --messages  the seed checked in Russian and Kazakh: no English left in
#               the messages the catalogues cover, same places and codes
#   options     --color (auto/always/never, NO_COLOR), -Wno-CODE/-WCODE,
#               --max-errors, the one summary line, bad values rejected
#   latin       latin.sh: check, explain and deadline in kk and ru over every
#               example and tests/check input print no English word
#               (durations, weekdays, outcomes included)
set -u
cd "$(dirname "$0")/../.." || exit 2
REGLC=${REGLC:-./reglc}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
failed=0
ok() { echo "ok $1"; }
fail() { echo "FAIL $1: $2"; failed=1; }

node tests/messages/check.js || failed=1
REGLC="$REGLC" sh tests/messages/latin.sh || failed=1

# ---- --messages on the seed ------------------------------------------------------
seed="examples/kyzylorda-700/duplicates.regl examples/kyzylorda-700/preschool-queue.regl"
# shellcheck disable=SC2086
"$REGLC" check $seed >"$tmp/en" 2>&1
for l in ru kk; do
	# shellcheck disable=SC2086
	"$REGLC" check --messages $l $seed >"$tmp/$l" 2>&1
	rc=$?
	[ $rc = 1 ] || fail "messages-$l-status" "exit $rc"
	# the same places, severities and codes as in English
	places() { grep -o '^[^ ]*:[0-9]*:[0-9]*: [a-z]*\(\[[EW][0-9]*\]\)\?' "$1"; }
	if [ "$(places "$tmp/en")" = "$(places "$tmp/$l")" ]; then ok "messages-$l-places"
	else fail "messages-$l-places" "places or codes differ from English"; fi
	# no English message left: the catalogue words replaced the English ones
	if grep -q 'states \|but the step\|agrees with the step\|is reused here\|[0-9] errors, ' "$tmp/$l"
	then fail "messages-$l-translated" "$(grep -m1 'states \|but the step\|agrees\|reused\|errors, ' "$tmp/$l")"
	else ok "messages-$l-translated"; fi
done
grep -q 'гласит .*но процедура занимает' "$tmp/ru" && grep -q '^ошибок: 12, предупреждений: 6$' "$tmp/ru" &&
	ok messages-ru-text || fail messages-ru-text "$(head -1 "$tmp/ru")"
grep -q 'дейді, бірақ рәсім' "$tmp/kk" && grep -q '^12 қате, 6 ескерту$' "$tmp/kk" &&
	ok messages-kk-text || fail messages-kk-text "$(head -1 "$tmp/kk")"
"$REGLC" check --messages en tests/check/unused.regl >"$tmp/en2" 2>&1
"$REGLC" check tests/check/unused.regl >"$tmp/en1" 2>&1
cmp -s "$tmp/en1" "$tmp/en2" && ok messages-en || fail messages-en "--messages en differs from the default"
# hints and notes without a place are translated too
"$REGLC" check --messages ru tests/check/unused.regl >"$tmp/h" 2>&1
grep -q '= hint: удалите объявление' "$tmp/h" && ok messages-hint || fail messages-hint "$(cat "$tmp/h")"
"$REGLC" check --messages ru tests/check/term-holidays.regl >"$tmp/n" 2>&1
grep -q '= note: .* — праздничный день' "$tmp/n" && ok messages-note ||
	fail messages-note "$(grep -m2 'note' "$tmp/n")"
# SARIF rule descriptions follow --messages
"$REGLC" check --messages kk --diagnostics-format=sarif tests/check/unused.regl 2>/dev/null |
	jq -e '.runs[0].tool.driver.rules[] | select(.id == "W0501") |
		.shortDescription.text == "қатысушы жарияланған, бірақ қолданылмаған"' >/dev/null &&
	ok messages-sarif-rules || fail messages-sarif-rules "W0501's description is not in Kazakh"
"$REGLC" check --messages de tests/check/unused.regl >/dev/null 2>&1
[ $? = 2 ] && ok messages-unknown || fail messages-unknown "--messages de accepted"

# ---- colour -----------------------------------------------------------------------
esc=$(printf '\033')
f=tests/check/unused.regl
"$REGLC" check "$f" 2>"$tmp/c0"
"$REGLC" check --color=always "$f" 2>"$tmp/c1"
"$REGLC" check --color=never "$f" 2>"$tmp/c2"
NO_COLOR=1 "$REGLC" check --color=auto "$f" 2>"$tmp/c3"
NO_COLOR=1 "$REGLC" check --color=always "$f" 2>"$tmp/c4"
grep -q "$esc" "$tmp/c0" && fail color-auto-pipe "colour on a pipe" || ok color-auto-pipe
grep -q "${esc}\[1;35mwarning\[W0501\]" "$tmp/c1" && ok color-always || fail color-always "no colour"
grep -q "$esc" "$tmp/c2" && fail color-never "colour" || ok color-never
grep -q "$esc" "$tmp/c3" && fail color-no-color "NO_COLOR ignored" || ok color-no-color
grep -q "$esc" "$tmp/c4" && ok color-always-beats-no-color || fail color-always-beats-no-color "no colour"
# stripped of its escapes, the coloured text is the plain text
sed "s/${esc}\[[0-9;]*m//g" "$tmp/c1" | cmp -s - "$tmp/c0" && ok color-same-text ||
	fail color-same-text "differs from the plain text"
if command -v script >/dev/null 2>&1; then
	# a terminal on stderr: auto colours
	script -qec "$REGLC check $f" /dev/null >"$tmp/tty" 2>&1 </dev/null
	grep -q "$esc" "$tmp/tty" && ok color-auto-tty || fail color-auto-tty "no colour on a terminal"
fi
"$REGLC" check --color=sometimes "$f" >/dev/null 2>&1
[ $? = 2 ] && ok color-bad || fail color-bad "--color=sometimes accepted"

# ---- -W / -Wno ----------------------------------------------------------------------
"$REGLC" check -Wno-W0501 "$f" >"$tmp/w1" 2>&1
rc=$?
[ $rc = 0 ] && [ ! -s "$tmp/w1" ] && ok wno || fail wno "exit $rc: $(head -1 "$tmp/w1")"
"$REGLC" check -Wno-W0501 -Werror "$f" >/dev/null 2>&1 && ok wno-werror || fail wno-werror "-Werror counted a disabled warning"
"$REGLC" check -Wno-W0501 -WW0501 "$f" >/dev/null 2>&1
[ $? = 0 ] && grep -q W0501 "$tmp/c0" && ok w-reenable || fail w-reenable "status"
"$REGLC" check -Wno-W0501 -WW0501 "$f" 2>&1 | grep -q 'warning\[W0501\]' && ok w-reenable-prints ||
	fail w-reenable-prints "-WW0501 did not re-enable"
for bad in -Wno-E0101 -Wno-X9999 -Wfoo; do
	"$REGLC" check $bad "$f" >/dev/null 2>&1
	[ $? = 2 ] && ok "w-reject$bad" || fail "w-reject$bad" "accepted"
done
"$REGLC" check -Wno-W0501 --diagnostics-format=json "$f" 2>/dev/null | jq -e 'length == 0' >/dev/null &&
	ok wno-json || fail wno-json "JSON still has W0501"
"$REGLC" explain -Wno-W0501 examples/tutorial/tutorial.regl >/dev/null 2>&1 && ok wno-explain ||
	fail wno-explain "explain rejects -Wno-"

# ---- --max-errors ------------------------------------------------------------------
s=tests/check/durations.regl
"$REGLC" check "$s" >"$tmp/m0" 2>&1
all=$(grep -c '^[^ ]*:[0-9]*:[0-9]*: error' "$tmp/m0")
"$REGLC" check --max-errors 2 "$s" >"$tmp/m2" 2>&1
rc=$?
shown=$(grep -c '^[^ ]*:[0-9]*:[0-9]*: error' "$tmp/m2")
[ "$all" -gt 3 ] && [ "$shown" = 2 ] && [ $rc = 1 ] && ok max-errors ||
	fail max-errors "all $all, shown $shown, exit $rc"
grep -q "^reglc: $((all - 2)) more diagnostics not shown (--max-errors 2)$" "$tmp/m2" &&
	ok max-errors-count || fail max-errors-count "$(grep 'not shown' "$tmp/m2")"
# the summary counts every error, shown or not, and is printed once
[ "$(grep -c '^[0-9]* errors\?, [0-9]* warnings\?$' "$tmp/m2")" = 1 ] &&
	grep -q "^$all errors, " "$tmp/m2" && ok max-errors-summary ||
	fail max-errors-summary "$(tail -2 "$tmp/m2")"
"$REGLC" check --max-errors 0 "$s" 2>&1 | cmp -s - "$tmp/m0" && ok max-errors-zero ||
	fail max-errors-zero "--max-errors 0 is not unlimited"
"$REGLC" check --max-errors=x "$s" >/dev/null 2>&1
[ $? = 2 ] && ok max-errors-bad || fail max-errors-bad "--max-errors=x accepted"

# ---- one summary line per run, in check and build ------------------------------------
# shellcheck disable=SC2086
[ "$(grep -c '^[0-9]* errors\?, [0-9]* warnings\?$' "$tmp/en")" = 1 ] && ok summary-check ||
	fail summary-check "not exactly one summary line"
"$REGLC" build -o "$tmp/out" examples/kyzylorda-700/duplicates.regl tests/check/unused.regl >"$tmp/b" 2>&1
[ "$(grep -c '^[0-9]* errors\?, [0-9]* warnings\?$' "$tmp/b")" = 1 ] &&
	grep -q '^8 errors, 5 warnings$' "$tmp/b" && ok summary-build || fail summary-build "$(tail -3 "$tmp/b")"
# determinism: two runs print the same bytes
"$REGLC" check examples/kyzylorda-700/*.regl tests/check/*.regl >"$tmp/d1" 2>&1
"$REGLC" check examples/kyzylorda-700/*.regl tests/check/*.regl >"$tmp/d2" 2>&1
cmp -s "$tmp/d1" "$tmp/d2" && ok deterministic || fail deterministic "two runs differ"
# no duplicate diagnostic (same place, code and message) in any of them
dups=$(grep '^[^ ]*:[0-9]*:[0-9]*: \(error\|warning\)' "$tmp/d1" | sort | uniq -d)
[ -z "$dups" ] && ok no-duplicates || fail no-duplicates "$(echo "$dups" | head -2)"
exit $failed
