#!/bin/sh
# run.sh — cross-check reglc's built-in Kazakhstan calendar (data/kz.cal)
# against the npm package date-holidays.  Prints one line per check, "ok NAME"
# or "FAIL NAME: why" (details indented below a failure), and exits non-zero
# when a check fails.  Run from anywhere; tests/run.sh may call it.
#
#   BUILD     the build directory holding tests/cal_dump (default: build;
#             `make test` builds it, and so does this script when missing)
#   VERBOSE=1 also print the cross-check's list of disagreements when it passes
#
# Checks: node and npm are there; `npm ci` installs the locked date-holidays;
# cal_dump prints the built-in calendar; the built-in copy equals data/kz.cal
# (the binary is not stale); every disagreement with date-holidays is
# explained by a "# differs:" comment in data/kz.cal, and no such comment is
# stale.
set -u
cd "$(dirname "$0")/../.." || exit 2
BUILD=${BUILD:-build}
VERBOSE=${VERBOSE:-0}
DUMP=$BUILD/tests/cal_dump
failed=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM

ok() { echo "ok $1"; }
fail() { echo "FAIL $1: $2"; failed=1; }
indent() { sed 's/^/    /' "$1" | head -n "${2:-40}"; }

# ---- tools ---------------------------------------------------------------
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
	fail node "node and npm are needed for the calendar cross-check: install them\
 (Debian: apt-get install nodejs npm; tools/deps.sh does it as root)"
	exit 1
fi
ok node

if (cd tests/calendar && npm ci --no-audit --no-fund --loglevel=error) \
	>"$tmp/npm" 2>&1; then
	ok npm-ci
else
	fail npm-ci "'npm ci' in tests/calendar failed (the npm registry must be reachable)"
	indent "$tmp/npm"
	exit 1
fi

# ---- reglc's view ----------------------------------------------------------
if [ ! -x "$DUMP" ] && [ "$BUILD" = build ]; then
	make -s "$DUMP" >"$tmp/make" 2>&1 || { indent "$tmp/make"; }
fi
if [ ! -x "$DUMP" ]; then
	fail cal-dump "$DUMP is missing: run 'make test' (or 'make $DUMP')"
	exit 1
fi
if "$DUMP" >"$tmp/builtin" 2>"$tmp/err" && [ -s "$tmp/builtin" ]; then
	ok cal-dump
else
	fail cal-dump "$DUMP failed or printed nothing"
	indent "$tmp/err"
	exit 1
fi

if ! "$DUMP" data/kz.cal >"$tmp/file" 2>"$tmp/err"; then
	fail kz.cal "data/kz.cal does not parse: $(head -n 1 "$tmp/err")"
elif ! cmp -s "$tmp/builtin" "$tmp/file"; then
	fail embedded "the built-in calendar differs from data/kz.cal: rebuild (make)"
	diff "$tmp/builtin" "$tmp/file" >"$tmp/diff"
	indent "$tmp/diff" 20
else
	ok embedded
fi

# ---- the cross-check -----------------------------------------------------
if node tests/calendar/crosscheck.js "$tmp/builtin" data/kz.cal >"$tmp/cc" 2>&1; then
	ok crosscheck
	if [ "$VERBOSE" = 1 ]; then indent "$tmp/cc" 1000; fi
else
	fail crosscheck "reglc and date-holidays disagree where data/kz.cal explains nothing"
	grep -v '^explained\|^    kz.cal:' "$tmp/cc" >"$tmp/cc.bad"
	indent "$tmp/cc.bad" 60
fi

exit $failed
