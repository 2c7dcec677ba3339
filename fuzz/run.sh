#!/bin/sh
# run.sh — run the libFuzzer target (make fuzz).
#
#   sh fuzz/run.sh BINARY SECONDS [JOBS] [libFuzzer options...]
#
# Seeds: every .regl file of examples/ and tests/ (copied into
# build/fuzz/seeds each run, so new tests become seeds at once); the
# corpus grows in build/fuzz/corpus and is kept between runs.  Crashes,
# leaks and timeouts land in build/fuzz/ as crash-*, leak-*, timeout-*;
# the script exits non-zero when libFuzzer found one.
set -eu
bin=$1 secs=$2 jobs=${3:-1}
shift 2
[ $# -gt 0 ] && shift
dir=build/fuzz
mkdir -p "$dir/seeds" "$dir/corpus"
find examples tests -name '*.regl' -type f | while read -r f; do
	cp "$f" "$dir/seeds/$(echo "$f" | tr / _)"
done
# Graphviz, pango and fontconfig keep caches for the life of the process.
export LSAN_OPTIONS="suppressions=$(pwd)/tests/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
# Graphviz is built without frame pointers: unwind slowly but fully, or the
# suppressions above do not see the library frames they name.
export ASAN_OPTIONS="detect_leaks=1:fast_unwind_on_malloc=0"
set -- -max_total_time="$secs" -timeout=20 -rss_limit_mb=2560 -max_len=65536 \
	-dict=fuzz/regl.dict -artifact_prefix="$dir/" -print_final_stats=1 "$@"
if [ "$jobs" -gt 1 ]; then
	set -- -fork="$jobs" -ignore_crashes=0 "$@"
fi
exec "$bin" "$@" "$dir/corpus" "$dir/seeds"
