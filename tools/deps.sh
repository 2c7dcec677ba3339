#!/bin/sh
# deps.sh — make sure the system packages reglc needs are present.
# On Debian/Ubuntu as root it installs what is missing with apt-get;
# otherwise it prints the exact command and fails.
set -u
need=""
have_cmd() { command -v "$1" >/dev/null 2>&1; }
have_pc() { pkg-config --exists "$1" 2>/dev/null; }

have_cmd cc || have_cmd gcc || need="$need gcc"
have_cmd make || need="$need make"
have_cmd pkg-config || need="$need pkg-config"
have_cmd flex || need="$need flex"
have_cmd bison || need="$need bison"
have_pc libcgraph && have_pc libgvc || need="$need libgraphviz-dev graphviz"
have_pc cmocka || need="$need libcmocka-dev"
have_cmd jq || need="$need jq"
# The diagram tests: xmllint checks every SVG, gvpr (graphviz) the graphs.
have_cmd xmllint || need="$need libxml2-utils"
have_cmd gvpr || need="$need graphviz"
# The calendar cross-check (tests/calendar/run.sh) runs the npm package
# date-holidays under node.
have_cmd node || need="$need nodejs"
have_cmd npm || need="$need npm"
have_cmd python3 || need="$need python3"  # tests/hostile/gen.py, tests/diagrams/same_drawing.py
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need="$need fonts-dejavu-core"
# The handbook test (tests/handbook/run.sh) opens a handbook in Debian's
# headless chromium and reads the printed PDF with poppler's pdftotext.
have_cmd chromium || need="$need chromium"
have_cmd pdftotext || need="$need poppler-utils"
# The installation test (tests/install/run.sh) renders reglc(1) with man,
# loads the zsh completion, and runs the pre-commit hook in a git repository.
have_cmd man || need="$need man-db"
have_cmd groff || need="$need groff-base"
have_cmd zsh || need="$need zsh"
have_cmd git || need="$need git"
# Robustness (.ci/run, docs/testing.md): Valgrind memcheck over the
# examples, and clang's libFuzzer for the fuzz smoke (make fuzz).
have_cmd valgrind || need="$need valgrind"
have_cmd clang || need="$need clang"
# `sh tools/deps.sh bench` (make bench): what bench/run.sh compares with
# and measures by — Debian's plantuml and GNU time (dot, valgrind above).
if [ "${1:-}" = bench ]; then
	have_cmd plantuml || need="$need plantuml"
	[ -x /usr/bin/time ] || need="$need time"
fi

[ -z "$need" ] && exit 0

cmd="apt-get install -y --no-install-recommends$need"
if [ "$(id -u)" = 0 ] && have_cmd apt-get; then
	echo "reglc: installing:$need"
	export DEBIAN_FRONTEND=noninteractive
	{ apt-get update -qq && apt-get install -y -qq --no-install-recommends $need; } \
		>/dev/null || { echo "reglc: '$cmd' failed" >&2; exit 1; }
	exit 0
fi
echo "reglc: missing packages:$need" >&2
echo "reglc: install them with:  sudo $cmd" >&2
exit 1
