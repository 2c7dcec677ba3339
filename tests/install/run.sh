#!/bin/sh
# run.sh — installation and integration: make install/uninstall, the man
# page, shell completion, reglc --version, build -MD with make, and the
# pre-commit hook in a real git repository.  Prints "ok NAME" /
# "FAIL NAME: why"; tests/run.sh calls it.
#
#   REGLC  the compiler under test for -MD and the hook (default ./reglc);
#          the install checks use the binary make install copies.
set -u
cd "$(dirname "$0")/../.." || exit 2
top=$(pwd)
REGLC=${REGLC:-./reglc}
case $REGLC in /*) ;; *) REGLC=$top/$REGLC ;; esac
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
failed=0
ok() { echo "ok $1"; }
fail() { echo "FAIL $1: $2"; failed=1; }

# ---- make install DESTDIR=... PREFIX=/usr ------------------------------------
dest=$tmp/dest
if make -s --no-print-directory install DESTDIR="$dest" PREFIX=/usr >"$tmp/inst" 2>&1; then
	ok install
else
	fail install "$(tail -5 "$tmp/inst")"
fi
# Every file where docs/install.md and reglc(1) say.
for f in bin/reglc share/man/man1/reglc.1 share/bash-completion/completions/reglc \
	share/zsh/site-functions/_reglc share/reglc/kz.cal share/reglc/pre-commit \
	share/doc/reglc/README.md share/doc/reglc/diagnostics.md share/doc/reglc/ci.md \
	share/doc/reglc/install.md; do
	if [ -f "$dest/usr/$f" ]; then ok "installed-$f"; else fail "installed-$f" "missing"; fi
done
[ -x "$dest/usr/bin/reglc" ] && ok installed-executable || fail installed-executable "not executable"
# The editor files: every file under editors/ (their tests and packages aside).
missing=0
if [ -d editors ]; then
	for f in $(find editors -type f ! -path '*/node_modules/*' ! -path '*/test/*'); do
		cmp -s "$f" "$dest/usr/share/reglc/$f" || { missing=1; echo "    not installed: $f"; }
	done
fi
[ $missing = 0 ] && ok installed-editors || fail installed-editors "editor files missing"

# The installed binary runs from there.
bin=$dest/usr/bin/reglc
if "$bin" --version >"$tmp/v" 2>&1 && grep -q '^reglc [0-9]' "$tmp/v" &&
	grep -q '^Graphviz [0-9]' "$tmp/v"; then ok installed-version
else fail installed-version "$(cat "$tmp/v")"; fi
if "$bin" check examples/tutorial/tutorial.regl >"$tmp/c" 2>&1 && [ ! -s "$tmp/c" ]; then
	ok installed-check
else fail installed-check "$(head -3 "$tmp/c")"; fi
"$bin" check examples/kyzylorda-700/*.regl >/dev/null 2>&1
[ $? = 1 ] && ok installed-check-seed || fail installed-check-seed "the seed should fail"
"$bin" check --calendar "$dest/usr/share/reglc/kz.cal" examples/tutorial/tutorial.regl \
	>/dev/null 2>&1 && ok installed-calendar || fail installed-calendar "kz.cal rejected"

# ---- the man page -----------------------------------------------------------
man=$dest/usr/share/man/man1/reglc.1
if command -v man >/dev/null 2>&1; then
	w=$(MANWIDTH=80 man --warnings -l "$man" 2>&1 >/dev/null)
	if [ -z "$w" ]; then ok man-warnings; else fail man-warnings "$(echo "$w" | head -3)"; fi
	MANWIDTH=80 man -l "$man" 2>/dev/null >"$tmp/man.txt"
	# every command and common option is documented
	for word in check build explain deadline fmt import-table --lines --diagnostics-format --color --messages \
		-Werror -Wno- --max-errors --calendar -MD --version 'EXIT STATUS' FILES EXAMPLES; do
		grep -q -e "$word" "$tmp/man.txt" || fail "man-$word" "not in reglc(1)"
	done
	ok man-content
else
	fail man "man is not installed (tools/deps.sh installs man-db)"
fi

# ---- completion -------------------------------------------------------------------
if command -v bash >/dev/null 2>&1; then
	got=$(bash -c '
		compopt() { :; }
		. "$1"
		cd "$2" || exit 1
		COMP_WORDS=(reglc ch); COMP_CWORD=1; _reglc; echo "${COMPREPLY[*]}"
		COMP_WORDS=(reglc build -M); COMP_CWORD=2; _reglc; echo "${COMPREPLY[*]}"
		COMP_WORDS=(reglc check --color=n); COMP_CWORD=2; _reglc; echo "${COMPREPLY[*]}"
		COMP_WORDS=(reglc check examples/tutorial/); COMP_CWORD=2; _reglc; echo "${COMPREPLY[*]}"
		COMP_WORDS=(reglc im); COMP_CWORD=1; _reglc; echo "${COMPREPLY[*]}"
		COMP_WORDS=(reglc import-table --li); COMP_CWORD=2; _reglc; echo "${COMPREPLY[*]}"
	' sh "$dest/usr/share/bash-completion/completions/reglc" "$top" 2>&1)
	want="check
-MD
--color=never
examples/tutorial/tutorial.regl
import-table
--lines"
	if [ "$got" = "$want" ]; then ok bash-completion
	else fail bash-completion "got: $(echo "$got" | tr '\n' '|')"; fi
fi
if command -v zsh >/dev/null 2>&1; then
	if zsh -n "$dest/usr/share/zsh/site-functions/_reglc" 2>"$tmp/z"; then ok zsh-completion-syntax
	else fail zsh-completion-syntax "$(head -3 "$tmp/z")"; fi
	# compinit finds it through fpath and binds it to reglc
	if zsh -f -c 'fpath=("$1" $fpath); autoload -Uz compinit; compinit -u -D;
		[[ $_comps[reglc] == _reglc ]]' sh "$dest/usr/share/zsh/site-functions" 2>/dev/null
	then ok zsh-completion-bound; else fail zsh-completion-bound "compinit does not bind _reglc"; fi
else
	echo "ok zsh-completion (zsh not installed: syntax not checked)"
fi

# ---- make uninstall ----------------------------------------------------------------
if make -s --no-print-directory uninstall DESTDIR="$dest" PREFIX=/usr >"$tmp/un" 2>&1; then
	left=$(find "$dest" -type f | sed "s|^$dest||")
	if [ -z "$left" ]; then ok uninstall; else fail uninstall "left: $left"; fi
else
	fail uninstall "$(tail -3 "$tmp/un")"
fi

# ---- reglc build -MD with make ---------------------------------------------------
d=$tmp/md
mkdir -p "$d"
cat >"$d/a.regl" <<'REGL'
regulation a
actor office staff "Кеңсе"
term result within 1 wd
route main "Негізгі" {
  office "тіркейді" <= 15 min
  end result
}
REGL
sed 's/regulation a/regulation b/' "$d/a.regl" >"$d/b.regl"
cp data/kz.cal "$d/my.cal"
cat >"$d/Makefile" <<MK
# One stamp output per regulation; the .d files tell make what else it needs.
REGS := a b
all: \$(REGS:%=out/%/handbook.kk.md)
out/%/handbook.kk.md: %.regl
	"$REGLC" build -MD --calendar my.cal -o out \$<
-include \$(wildcard out/*/*.d)
MK
built() { grep -o 'build -MD --calendar my.cal -o out [ab].regl' "$1" | sed 's/.* //' | tr '\n' ' '; }
(cd "$d" && make 2>&1) >"$tmp/m1"
[ "$(built "$tmp/m1")" = "a.regl b.regl " ] && ok md-first-build || fail md-first-build "$(built "$tmp/m1")"
if [ -f "$d/out/a/a.d" ] && grep -q '^out/a/handbook.kk.md\|out/a/appendix-2.main.kk.svg' "$d/out/a/a.d" &&
	grep -q ': a.regl my.cal$' "$d/out/a/a.d"; then ok md-file
else fail md-file "$(head -c 300 "$d/out/a/a.d" 2>/dev/null)"; fi
(cd "$d" && make 2>&1) >"$tmp/m2"
[ -z "$(built "$tmp/m2")" ] && ok md-up-to-date || fail md-up-to-date "rebuilt $(built "$tmp/m2")"
sleep 1
touch "$d/b.regl"
(cd "$d" && make 2>&1) >"$tmp/m3"
[ "$(built "$tmp/m3")" = "b.regl " ] && ok md-only-changed || fail md-only-changed "rebuilt $(built "$tmp/m3")"
# The .d names every file the build wrote for the regulation.
want=$(cd "$d/out/a" && ls | grep -v '\.d$' | sed 's|^|out/a/|' | sort)
got=$(sed -n '1s/:.*//p' "$d/out/a/a.d" | tr ' ' '\n' | sort)
[ "$want" = "$got" ] && ok md-all-outputs || fail md-all-outputs "names: $got"
sleep 1
touch "$d/my.cal"
(cd "$d" && make 2>&1) >"$tmp/m5"
[ "$(built "$tmp/m5")" = "a.regl b.regl " ] && ok md-calendar || fail md-calendar "rebuilt $(built "$tmp/m5")"

# ---- the pre-commit hook, for real ---------------------------------------------
g=$tmp/repo
if command -v git >/dev/null 2>&1; then
	git init -q "$g" && cp tools/pre-commit "$g/.git/hooks/pre-commit"
	gitc() { git -C "$g" -c user.name=test -c user.email=test@example.invalid "$@"; }
	mkdir -p "$g/regs"
	cp "$d/a.regl" "$g/regs/a.regl"
	gitc add regs/a.regl
	if REGLC=$REGLC gitc commit -q -m "a clean regulation" >"$tmp/h1" 2>&1; then ok hook-clean-commit
	else fail hook-clean-commit "$(head -5 "$tmp/h1")"; fi
	# The step now takes 2 working days: more than the term of 1.
	sed 's/<= 15 min/within 2 wd/' "$d/a.regl" >"$g/regs/a.regl"
	gitc add regs/a.regl
	if REGLC=$REGLC gitc commit -q -m "too slow" >"$tmp/h2" 2>&1; then
		fail hook-refuses "the commit went through"
	elif grep -q '^regs/a.regl:4:7: error\[E0601\]' "$tmp/h2" &&
		grep -q 'commit refused' "$tmp/h2" && [ "$(git -C "$g" rev-list --count HEAD)" = 1 ]; then
		ok hook-refuses
	else
		fail hook-refuses "$(head -5 "$tmp/h2")"
	fi
	# The GitHub problem matcher of docs/ci.md annotates exactly that line.
	if command -v node >/dev/null 2>&1; then
		m=$(node -e '
			const fs = require("fs");
			const p = JSON.parse(fs.readFileSync(process.argv[1], "utf8")).problemMatcher[0].pattern[0];
			const re = new RegExp(p.regexp);
			for (const l of fs.readFileSync(process.argv[2], "utf8").split("\n")) {
				const m = re.exec(l);
				if (m) console.log([m[p.file], m[p.line], m[p.column], m[p.severity], m[p.code]].join(" "));
			}' tools/github-problem-matcher.json "$tmp/h2")
		[ "$m" = "regs/a.regl 4 7 error E0601" ] && ok problem-matcher ||
			fail problem-matcher "matched: $m"
	fi
	# It checks the staged text: a fix left unstaged does not pass.
	cp "$d/a.regl" "$g/regs/a.regl"
	if REGLC=$REGLC gitc commit -q -m "still too slow" >"$tmp/h3" 2>&1; then
		fail hook-checks-index "the staged broken file went through"
	else ok hook-checks-index; fi
	sed 's/<= 15 min/<= 30 min/' "$d/a.regl" >"$g/regs/a.regl"
	gitc add regs/a.regl
	if REGLC=$REGLC gitc commit -q -m "fixed" >"$tmp/h4" 2>&1; then ok hook-fixed-commit
	else fail hook-fixed-commit "$(head -5 "$tmp/h4")"; fi
else
	fail hook "git is not installed"
fi
exit $failed
