#!/bin/sh
# run.sh — `reglc check --diagnostics-format=sarif` is valid SARIF 2.1.0.
# Prints "ok NAME" / "FAIL NAME: why" per check; tests/run.sh calls it.
#
# `npm ci` installs the locked validator (ajv + ajv-draft-04 + ajv-formats)
# and @microsoft/jest-sarif, which ships the SARIF 2.1.0 schema
# (validate.js says which file).  Validated: the seed examples, the
# tutorial (no results), every input of tests/check/ (notes with and
# without a place, hints, every code), and a file whose name needs
# percent-encoding in the artifact URI.
set -u
cd "$(dirname "$0")/../.." || exit 2
REGLC=${REGLC:-./reglc}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
failed=0
fail() { echo "FAIL $1: $2"; failed=1; }

if (cd tests/sarif && npm ci --no-audit --no-fund --loglevel=error) >"$tmp/npm" 2>&1; then
	echo "ok sarif-npm-ci"
else
	fail sarif-npm-ci "npm ci in tests/sarif failed: $(head -3 "$tmp/npm")"
	exit 1
fi

sarif() { # name, expected status, files...
	name=$1 want=$2
	shift 2
	"$REGLC" check --diagnostics-format=sarif "$@" >"$tmp/$name.sarif" 2>"$tmp/$name.err"
	rc=$?
	[ $rc -eq "$want" ] || fail "$name-status" "exit $rc, expected $want"
	[ -s "$tmp/$name.err" ] && fail "$name-stderr" "$(head -2 "$tmp/$name.err")"
	args="$args $name=$tmp/$name.sarif"
}
args=""
sarif seed 1 examples/kyzylorda-700/*.regl
sarif tutorial 0 examples/tutorial/tutorial.regl
for f in tests/check/*.regl; do
	n=check-$(basename "$f" .regl)
	# shellcheck disable=SC2046 # the arguments are words
	"$REGLC" check --diagnostics-format=sarif $(sed -n '1s/^# reglc-args: *//p' "$f") "$f" \
		>"$tmp/$n.sarif" 2>/dev/null
	args="$args $n=$tmp/$n.sarif"
done
cp tests/check/stated.regl "$tmp/қате файл #1.regl"
sarif unicode-name 1 "$tmp/қате файл #1.regl"
# shellcheck disable=SC2086 # NAME=FILE words without spaces
node tests/sarif/validate.js $args || failed=1

# Notes become relatedLocations with a message; the seed has some.
if jq -e '[.runs[0].results[].relatedLocations // [] | .[] | .message.text] | length > 0' \
	"$tmp/seed.sarif" >/dev/null; then echo "ok sarif-related-locations"
else fail sarif-related-locations "no relatedLocations in the seed's SARIF"; fi
# The URI of a file named in Kazakh with a space and `#` is percent-encoded.
if jq -e '.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri |
	endswith("/%D2%9B%D0%B0%D1%82%D0%B5%20%D1%84%D0%B0%D0%B9%D0%BB%20%231.regl")' \
	"$tmp/unicode-name.sarif" >/dev/null; then echo "ok sarif-uri-encoding"
else fail sarif-uri-encoding "artifact URI not percent-encoded"; fi
exit $failed
