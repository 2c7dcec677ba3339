#!/bin/sh
# tests/editors/run.sh — the editor support of editors/ (docs/editors.md).
# Prints "ok NAME" / "FAIL NAME: why" per check (tests/run.sh's subsuite).
#
#   VS Code  the JSON files parse; `npm ci` installs the locked
#            vscode-textmate and vscode-oniguruma (tests/editors/package.json);
#            tokenize.js runs the real engine over every example and checks
#            the scopes of keywords, strings, numbers, units, comments, labels
#            and actor ids; matcher.js applies the problemMatcher to reglc's
#            real diagnostics.
#   Vim      vimcheck.vim loads ftdetect/ftplugin/syntax/compiler in `vim -Es`
#            and checks the filetype, highlight groups and the errorformat
#            (skipped, with the reason, when vim is not installed).
REGLC=${REGLC:-./reglc}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
ok() { echo "ok $1"; }
fail() { echo "FAIL $1: $2"; }

files="examples/*/*.regl tests/fmt/cases/*.regl"
# Real diagnostics to annotate: the seed's drift findings and a test input.
"$REGLC" check --color=never examples/kyzylorda-700/*.regl tests/check/routes.regl \
	>"$tmp/diag" 2>&1
ndiag=$(grep -c '^[^ ].*:[0-9]*:[0-9]*: \(error\|warning\)\[' "$tmp/diag")

# ---- VS Code ------------------------------------------------------------------
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
	fail vscode "node and npm are needed (tools/deps.sh installs them)"
else
	for j in editors/vscode/package.json editors/vscode/language-configuration.json \
		 editors/vscode/syntaxes/regl.tmLanguage.json; do
		if node -e 'JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"))' "$j" \
			>"$tmp/err" 2>&1; then
			ok "json-$(basename "$j")"
		else
			fail "json-$(basename "$j")" "$(head -3 "$tmp/err")"
		fi
	done
	if (cd tests/editors && npm ci --no-audit --no-fund --loglevel=error) >"$tmp/npm" 2>&1; then
		ok npm-ci
		# shellcheck disable=SC2086 # the globs are meant to expand
		node tests/editors/tokenize.js $files
		node tests/editors/matcher.js "$tmp/diag"
	else
		fail npm-ci "'npm ci' in tests/editors failed (the npm registry must be reachable): $(tail -3 "$tmp/npm")"
	fi
fi

# ---- Vim ----------------------------------------------------------------------
if ! command -v vim >/dev/null 2>&1; then
	echo "skip vim: vim is not installed (apt-get install vim-tiny to run these checks)"
	exit 0
fi
for f in $files; do
	rm -f "$tmp/vim.out"
	diag= n=
	case $f in */duplicates.regl) diag=$tmp/diag n=$ndiag ;; esac
	REGL_FILE=$f REGL_OUT=$tmp/vim.out REGL_DIAG=$diag REGL_NDIAG=$n \
		vim -Es -N -u NONE -i NONE -S tests/editors/vimcheck.vim </dev/null >"$tmp/vim.log" 2>&1
	if [ -s "$tmp/vim.out" ]; then
		cat "$tmp/vim.out"
	else
		fail "vim-$(basename "$f")" "vim wrote nothing: $(head -3 "$tmp/vim.log")"
	fi
done
exit 0
