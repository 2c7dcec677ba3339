#!/bin/sh
# latin.sh — diagnostics in Kazakh and Russian hold no English word.
# Prints "ok NAME" / "FAIL NAME: why"; tests/messages/run.sh calls it.
#
# `reglc check`, `reglc explain` and `reglc deadline` (every route, from a
# Friday evening before a holiday) run with --messages kk and --messages ru
# over every example and every tests/check input; what they print on
# stderr (the diagnostics; explain's and deadline's reports on stdout are
# English by design, docs/output.md) must have no word in ASCII Latin
# letters once these are taken out, as not ours to translate:
#   - the echoed source lines and their underlines ("  12 |  ...", "  |  ^~~");
#   - places: FILE:LINE:COL, and any *.regl path;
#   - the words tools match on, which docs/diagnostics.md keeps in every
#     language: error, warning, note, hint, the codes (E0401) and "reglc:";
#   - quoted text: `keywords and syntax`, "user text", 'names', «data»;
#   - the names the input declares (regulation, actors, routes, labels) and
#     any Latin word inside the input's own strings (user text it quotes);
#   - UTF-8, NUL and U+XXXX (names of bytes).
# A word that remains is English the catalogue or a pack should have
# translated: a unit ("min", "wd"), a weekday ("Fri"), an outcome
# ("result"), a conjunction ("within").
set -u
REGLC=${REGLC:-./reglc}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM

# The Latin words an input may bring into a message: its declared names
# and the words of its strings, one a line.
allowed() {
	sed -n -e 's/^[[:space:]]*regulation[[:space:]]\{1,\}\([A-Za-z0-9_-]*\).*/\1/p' \
		-e 's/^[[:space:]]*actor[[:space:]]\{1,\}\([A-Za-z_][A-Za-z0-9_]*\).*/\1/p' \
		-e 's/^[[:space:]]*route[[:space:]]\{1,\}\([A-Za-z_][A-Za-z0-9_]*\).*/\1/p' \
		-e 's/^[[:space:]]*\([A-Za-z_][A-Za-z0-9_]*\):[[:space:]]*[A-Za-z_].*/\1/p' "$1"
	grep -ao '"[^"]*"' "$1" | grep -ao '[A-Za-z][A-Za-z0-9_]*'
}

# The English words left in a diagnostic output ($1), given the allowed
# words (the file $ALLOWED): one "word<TAB>line" per word.
leftover() {
	perl -CSD -Mutf8 -ne '
	BEGIN { open(my $a, "<:encoding(UTF-8)", $ENV{ALLOWED}) or die;
		while (<$a>) { chomp; $ok{$_} = 1 } }
	next if /^ *[0-9]* *\|/;                        # source lines, underlines
	chomp; my $s = $_;
	$s =~ s/\S*\.regl(:[0-9]+)*/ /g;                # places
	$s =~ s/[^\s()]+\.[a-z]+:[0-9]+(:[0-9]+)?/ /g;   # places in other files (the legal text)
	$s =~ s/`[^`]*`/ /g;                            # syntax
	$s =~ s/"[^"]*"/ /g;                            # user text
	$s =~ s/«[^»]*»/ /g;                            # data
	$s =~ s/\x27[^\x27]*\x27/ /g;                   # names in single quotes
	$s =~ s/\b(error|warning|note)(\[[EWN][0-9]+\])?:/ /g;
	$s =~ s/\b(hint|note):/ /g;
	$s =~ s/\breglc:/ /g;
	$s =~ s/UTF-8|U\+[0-9A-F]+|\bNUL\b/ /g;
	for my $w (split /[^A-Za-z0-9_]+/, $s) {
		print "$w\t$_\n" if $w =~ /[A-Za-z]/ && !$ok{$w};
	}' "$1"
}

for l in kk ru; do
	: >"$tmp/left.$l"
	for f in examples/*/*.regl tests/check/*.regl; do
		allowed "$f" >"$tmp/allowed"
		"$REGLC" check --messages $l "$f" >/dev/null 2>"$tmp/out"
		"$REGLC" explain --messages $l "$f" >/dev/null 2>>"$tmp/out"
		for r in $(sed -n 's/^[[:space:]]*route[[:space:]]\{1,\}\([A-Za-z_][A-Za-z0-9_]*\).*/\1/p' "$f"); do
			"$REGLC" deadline --messages $l --route "$r" --from 2013-12-27T17:30 "$f" \
				>/dev/null 2>>"$tmp/out"
		done
		ALLOWED="$tmp/allowed" leftover "$tmp/out" | sed "s|^|$f: |" >>"$tmp/left.$l"
	done
	if [ -s "$tmp/left.$l" ]; then
		echo "FAIL latin-$l: $(cut -f1 "$tmp/left.$l" | sed 's/.*: //' | sort -u | tr '\n' ' ')"
		sort -u -t "$(printf '\t')" -k1,1 "$tmp/left.$l" | head -20 | sed 's/^/    /'
	else
		echo "ok latin-$l"
	fi
done
