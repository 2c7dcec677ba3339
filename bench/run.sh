#!/bin/sh
# run.sh — reglc's benchmark suite (issue 8; docs/performance.md).
#
#   make bench                    (builds build/bench/reglc and gen first)
#   REGLC=... GEN=... sh bench/run.sh
#
# Prints one table and writes bench/results.md: the machine, the date, and
# every figure a median of several runs; every comparison is a ratio of two
# things timed side by side, alternately, in the same run.  The corpus is
# generated under build/bench/corpus by bench/gen.c (deterministic; never
# committed).  Optional: BASELINE=path/to/an/older/reglc adds its figures
# beside this one's (the before/after of an optimisation); QUICK=1 skips
# the 100 MB corpus and the 100 000-step route.
#
# Bench-only tools: dot (graphviz), plantuml, valgrind, /usr/bin/time
# (package time).  A missing one is named and its rows are left empty.
set -u
REGLC=${REGLC:-build/bench/reglc}
GEN=${GEN:-build/bench/gen}
BASELINE=${BASELINE:-}
QUICK=${QUICK:-0}
OUT=${OUT:-bench/results.md}
C=build/bench/corpus
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
trap 'exit 130' INT TERM

[ -x "$REGLC" ] && [ -x "$GEN" ] || { echo "bench: run make bench" >&2; exit 2; }
missing=""
for t in dot plantuml valgrind; do
	command -v $t >/dev/null 2>&1 || missing="$missing $t"
done
[ -x /usr/bin/time ] || missing="$missing time"
[ -n "$missing" ] && echo "bench: missing (apt-get install$missing): those rows stay empty" >&2
has() { case " $missing " in *" $1 "*) return 1 ;; esac; return 0; }

now() { date +%s%N; }
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
# ms N CMD...: the median wall time of N runs, in ms (to 0.1)
ms() {
	n=$1
	shift
	: >"$tmp/t"
	k=0
	while [ $k -lt "$n" ]; do
		t0=$(now)
		"$@" >/dev/null 2>&1
		t1=$(now)
		echo $(((t1 - t0) / 100000)) >>"$tmp/t"
		k=$((k + 1))
	done
	median <"$tmp/t" | awk '{ printf "%.1f", $1 / 10 }'
}
# pair N CMD_A CMD_B: run the shell commands A and B alternately N times;
# sets A_MS and B_MS to their medians.
pair() {
	n=$1
	: >"$tmp/a"
	: >"$tmp/b"
	k=0
	while [ $k -lt "$n" ]; do
		t0=$(now); eval "$2" >/dev/null 2>&1; t1=$(now)
		echo $(((t1 - t0) / 100000)) >>"$tmp/a"
		t0=$(now); eval "$3" >/dev/null 2>&1; t1=$(now)
		echo $(((t1 - t0) / 100000)) >>"$tmp/b"
		k=$((k + 1))
	done
	A_MS=$(median <"$tmp/a" | awk '{ printf "%.1f", $1 / 10 }')
	B_MS=$(median <"$tmp/b" | awk '{ printf "%.1f", $1 / 10 }')
}
div() { awk -v a="$1" -v b="$2" -v f="${3:-%.2f}" 'BEGIN { if (b > 0) printf f, a / b; else printf "-" }'; }

rows="$tmp/rows" # NAME|VALUE|TARGET|MET
: >"$rows"
row() { printf '%s|%s|%s|%s\n' "$1" "$2" "$3" "$4" >>"$rows"; printf '%-58s %-28s %s %s\n' "$1" "$2" "$3" "$4"; }
meets() { awk -v v="$1" -v t="$2" -v op="$3" 'BEGIN {
	ok = op == "<" ? v < t : op == "<=" ? v <= t : op == ">=" ? v >= t : v > t
	printf ok ? "yes" : "NO" }'; }

# ---- the corpus ---------------------------------------------------------------
mkdir -p "$C"
corpus() { # NAME BYTES
	if [ ! -f "$C/$1.stats" ]; then
		rm -rf "${C:?}/$1"
		mkdir -p "$C/$1"
		"$GEN" corpus "$C/$1" "$2" >"$C/$1.stats"
	fi
}
corpus 1mb 1000000
corpus 10mb 10000000
[ "$QUICK" = 1 ] || corpus 100mb 100000000
for n in 10000 100000; do
	[ "$QUICK" = 1 ] && [ $n = 100000 ] && continue
	[ -f "$C/long$n.stats" ] || "$GEN" long "$C/long$n.regl" $n >"$C/long$n.stats"
done
stat_of() { sed -n "s/.* $2 \([0-9]*\).*/\1/p; s/^$2 \([0-9]*\).*/\1/p" "$C/$1.stats" | head -1; }

echo "reglc benchmark — $(date -u '+%Y-%m-%d %H:%M UTC')"
cpu=$(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -1)
mem=$(free -m 2>/dev/null | awk '/^Mem:/ { print $2 " MB" }')
machine="$(nproc) cores, ${cpu:-unknown CPU}, ${mem:-? MB} RAM, $(uname -sr)"
echo "machine: $machine"
printf '%-58s %-28s %s %s\n' "figure" "value" "target" "met"

# ---- check throughput ------------------------------------------------------------
for c in 1mb 10mb 100mb; do
	[ -d "$C/$c" ] && [ -f "$C/$c.stats" ] || continue
	bytes=$(stat_of $c bytes)
	steps=$(stat_of $c steps)
	runs=5
	[ $c = 100mb ] && runs=3
	pair $runs '"$REGLC" check "$C/$c"/*.regl' 'wc -l "$C/$c"/*.regl'
	eval "T_$c=$A_MS"
	mbs=$(div "$bytes" "$(awk -v t="$A_MS" 'BEGIN { print t * 1000 }')" %.2f)
	row "check $c: time (ms)" "$A_MS" "" ""
	row "check $c: MB/s" "$mbs" ">= 50" "$(meets "$mbs" 50 '>=')"
	row "check $c: steps/s" "$(div "$steps" "$(awk -v t="$A_MS" 'BEGIN { print t / 1000 }')" %.0f)" "" ""
	r=$(div "$A_MS" "$B_MS")
	row "check $c / wc -l $c (wc: $B_MS ms)" "$r" "<= 5" "$(meets "$r" 5 '<=')"
	if [ -n "$BASELINE" ] && [ $c != 100mb ]; then
		pair $runs '"$BASELINE" check "$C/$c"/*.regl' '"$REGLC" check "$C/$c"/*.regl'
		row "check $c: baseline / this (baseline $A_MS ms)" "$(div "$A_MS" "$B_MS")" "" ""
	fi
done
if [ -n "${T_100mb:-}" ]; then
	r=$(div "$T_100mb" "$T_10mb")
	row "scaling time(100 MB) / time(10 MB)" "$r" "<= 11" "$(meets "$r" 11 '<=')"
fi

# the long route: 100 000 steps against 10 000 (linear: about 10)
if [ -f "$C/long100000.regl" ]; then
	t10=$(ms 3 "$REGLC" check "$C/long10000.regl")
	t100=$(ms 3 "$REGLC" check "$C/long100000.regl")
	row "check one route of 10 000 steps (ms)" "$t10" "" ""
	row "check one route of 100 000 steps (ms)" "$t100" "" ""
	r=$(div "$t100" "$t10")
	row "time(100 000 steps) / time(10 000 steps)" "$r" "<= 11" "$(meets "$r" 11 '<=')"
fi

# ---- timing simulation ---------------------------------------------------------
t=$(ms 7 sh -c "'$REGLC' check examples/*/*.regl")
row "check all examples (ms)" "$t" "< 50" "$(meets "$t" 50 '<')"
# 1 000 mixed routes: the first files of the 10 MB corpus holding them
: >"$tmp/mixed"
nr=0
for f in "$C"/10mb/*.regl; do
	[ $nr -ge 1000 ] && break
	echo "$f" >>"$tmp/mixed"
	nr=$((nr + $(grep -c '^route ' "$f")))
done
t=$(ms 5 sh -c "xargs '$REGLC' check <'$tmp/mixed'")
row "check $nr mixed-kind routes (ms)" "$t" "" ""
row "  per mixed-kind route (ms, parse + checks + simulation)" "$(div "$t" "$nr" %.3f)" "" ""
# How check decided them (docs/performance.md, "check's quick path").
st=$(xargs "$REGLC" check --time-stats <"$tmp/mixed" 2>&1 >/dev/null |
	sed -n 's/^reglc: timing: //p')
qb=$(echo "$st" | sed -n 's/.*; \([0-9]*\) mixed plans proven by the bound.*/\1/p')
qd=$(echo "$st" | sed -n 's/.*bound, \([0-9]*\) day by day.*/\1/p')
qs=$(echo "$st" | sed -n 's/.*(\([0-9]*\) days simulated).*/\1/p')
qf=$(echo "$st" | sed -n 's/.*; \([0-9]*\) outcomes analysed in full.*/\1/p')
row "  mixed plans: proven by the bound / day by day / in full" "$qb / $qd / $qf" "" ""
row "  start days simulated by check (of about 3 440 per plan)" "$qs" "" ""
# The full analysis (build, explain): every start day, best and worst.
t0=$(now)
while read -r f; do "$REGLC" explain "$f" >/dev/null 2>&1; done <"$tmp/mixed"
t1=$(now)
t=$(((t1 - t0) / 1000000))
row "explain (full analysis) of the same files, one process each (ms)" "$t" "" ""
row "  per mixed-kind route (ms)" "$(div "$t" "$nr" %.3f)" "" ""

# ---- build ---------------------------------------------------------------------------
if has dot; then
	REGLC=$REGLC RUNS=5 sh bench/build-vs-dot.sh >"$tmp/bvd" 2>&1
	b=$(sed -n 's/^reglc build.*: *\([0-9.]*\) ms.*/\1/p' "$tmp/bvd")
	d=$(sed -n 's/^dot -Tsvg.*: *\([0-9.]*\) ms.*/\1/p' "$tmp/bvd")
	n=$(sed -n 's/^dot -Tsvg, once per emitted DOT (\([0-9]*\) files.*/\1/p' "$tmp/bvd")
	row "build all examples kk+ru SVG (ms)" "$b" "" ""
	row "dot -Tsvg per emitted DOT file, $n files (ms)" "$d" "" ""
	r=$(div "$b" "$d")
	row "build / dot (ratio)" "$r" "< 1" "$(meets "$r" 1 '<')"
fi
# One swimlane route, drawn by reglc (a whole build: both appendices and
# the handbook) and by PlantUML (one activity diagram with the same lanes).
cat >"$tmp/lane.regl" <<'EOF'
regulation lane
title: "Анықтама беру" ru "Выдача справки"
provider: "әкімдік" ru "акимат"
accepts: "кеңсе" ru "канцелярия"
form: paper
result: "анықтама" ru "справка"
fee: free
actor applicant applicant "Алушы" ru "Услугополучатель"
actor office staff "Кеңсе" ru "Канцелярия"
actor head staff "Басшы" ru "Руководитель"
actor clerk staff "Орындаушы" ru "Исполнитель"
term result within 5 wd
term refusal within 1 wd
route r1 "Кеңсе арқылы" ru "Через канцелярию" {
  applicant "өтініш береді" ru "подает заявление"
  office "тіркейді" ru "регистрирует" <= 15 min
  if office "Толық па?" ru "Полные?"
    no {
      office "бас тартады" ru "отказывает" <= 30 min
      end refusal "бас тарту" ru "отказ"
    }
  head "бұрыштама қояды" ru "налагает резолюцию" within 2 h
  clerk "қарайды" ru "рассматривает" within 2 wd
  clerk "анықтама дайындайды" ru "готовит справку" within 1 wd
  head "қол қояды" ru "подписывает" within 2 h
  office "береді" ru "выдает" <= 15 min
  end result "анықтама" ru "справка"
}
EOF
cat >"$tmp/lane.puml" <<'EOF'
@startuml
|Услугополучатель|
start
:подает заявление;
|Канцелярия|
:регистрирует (<= 15 мин);
if (Полные?) then (нет)
  :отказывает (<= 30 мин);
  stop
endif
|Руководитель|
:налагает резолюцию (2 ч);
|Исполнитель|
:рассматривает (2 р.д.);
:готовит справку (1 р.д.);
|Руководитель|
:подписывает (2 ч);
|Канцелярия|
:выдает (<= 15 мин);
stop
@enduml
EOF
if has plantuml; then
	pair 5 '"$REGLC" build -o "$tmp/lane" "$tmp/lane.regl"' 'plantuml -tsvg -o "$tmp/puml" "$tmp/lane.puml"'
	[ -s "$tmp/lane/lane/appendix-3.r1.kk.svg" ] && [ -s "$tmp/puml/lane.svg" ] ||
		echo "bench: the swimlane diagrams were not drawn" >&2
	# reglc's process draws every diagram of the route (and the handbook):
	# its time per diagram is the whole build's over their number
	nd=$(ls "$tmp"/lane/lane/*.svg | wc -l)
	row "one swimlane route: reglc build, $nd diagrams + handbook (ms)" "$A_MS" "" ""
	row "one swimlane route: plantuml -tsvg, 1 diagram (ms)" "$B_MS" "" ""
	r=$(div "$B_MS" "$(awk -v a="$A_MS" -v n="$nd" 'BEGIN { print a / n }')" %.1f)
	row "plantuml / reglc, per diagram (ratio)" "$r" ">= 20" "$(meets "$r" 20 '>=')"
fi

# ---- memory ------------------------------------------------------------------------
rss() { # peak RSS in MB of a command
	/usr/bin/time -v "$@" 2>&1 >/dev/null | sed -n 's/.*Maximum resident set size (kbytes): //p' |
		awk '{ printf "%.1f", $1 / 1024 }'
}
if has time; then
	big=100mb
	[ -d "$C/$big" ] || big=10mb
	m=$(rss sh -c "exec '$REGLC' check $C/$big/*.regl")
	row "peak RSS, check $big corpus (MB)" "$m" "< 64" "$(meets "$m" 64 '<')"
	largest=$(ls -S examples/*/*.regl | head -1)
	m=$(rss "$REGLC" build -o "$tmp/rss" --lang kk,ru "$largest")
	row "peak RSS, build $(basename "$largest") kk+ru (MB)" "$m" "" ""
fi

# ---- parallelism ------------------------------------------------------------------
src=100mb
[ -d "$C/$src" ] || src=10mb
ls "$C/$src"/*.regl | head -1000 >"$tmp/k"
nk=$(wc -l <"$tmp/k")
# The machine's own ceiling: two independent processes on the halves
# against one on all (other jobs on a shared machine take cores too).
head -500 "$tmp/k" >"$tmp/ka"
tail -n +501 "$tmp/k" >"$tmp/kb"
# (a run is about 0.1 s: 11 of each, as noise on a shared machine is ms)
pair 11 'xargs "$REGLC" check <"$tmp/k"' \
	'xargs "$REGLC" check <"$tmp/ka" & xargs "$REGLC" check <"$tmp/kb" & wait'
r=$(div "$A_MS" "$B_MS")
row "ceiling: 2 independent processes on halves vs 1 (speed-up)" "$r" "" ""
pair 11 'xargs "$REGLC" check -j 1 <"$tmp/k"' 'xargs "$REGLC" check -j 2 <"$tmp/k"'
r=$(div "$A_MS" "$B_MS")
row "check $nk files: -j 1 $A_MS ms, -j 2 $B_MS ms; speed-up" "$r" ">= 1.7" "$(meets "$r" 1.7 '>=')"
# build: 200 of the files (1 000 would take about 4 minutes a pair: the
# layout of every diagram in two languages; see docs/performance.md)
head -200 "$tmp/k" >"$tmp/kb200"
pair 3 'xargs "$REGLC" build -o "$tmp/b1" -j 1 <"$tmp/kb200"' \
	'xargs "$REGLC" build -o "$tmp/b2" -j 2 <"$tmp/kb200"'
r=$(div "$A_MS" "$B_MS")
row "build 200 files: -j 1 $A_MS ms, -j 2 $B_MS ms; speed-up" "$r" ">= 1.7" "$(meets "$r" 1.7 '>=')"

# ---- instructions per byte ----------------------------------------------------------
if has valgrind; then
	ls "$C"/1mb/*.regl | head -10 >"$tmp/v"
	vb=$(xargs cat <"$tmp/v" | wc -c)
	i=$(valgrind --tool=callgrind --trace-children=yes --callgrind-out-file="$tmp/cg.%p" \
		xargs "$REGLC" check <"$tmp/v" 2>&1 >/dev/null | sed -n 's/.*refs: *//p' | tr -d , |
		sort -n | tail -1)
	row "instructions per input byte, check (callgrind, 10 files)" "$(div "$i" "$vb" %.0f)" "" ""
	if [ -n "$BASELINE" ]; then
		i=$(valgrind --tool=callgrind --trace-children=yes --callgrind-out-file="$tmp/cgb.%p" \
			xargs "$BASELINE" check <"$tmp/v" 2>&1 >/dev/null | sed -n 's/.*refs: *//p' |
			tr -d , | sort -n | tail -1)
		row "  baseline: instructions per input byte" "$(div "$i" "$vb" %.0f)" "" ""
	fi
	ex=$(cat examples/*/*.regl | wc -c)
	i=$(valgrind --tool=callgrind --callgrind-out-file="$tmp/cge" "$REGLC" check examples/*/*.regl \
		2>&1 >/dev/null | sed -n 's/.*refs: *//p' | tr -d ,)
	row "instructions per input byte, check all examples" "$(div "$i" "$ex" %.0f)" "" ""
fi

# ---- bench/results.md -----------------------------------------------------------------
{
	echo "# reglc benchmark results"
	echo
	echo "Written by \`make bench\` (bench/run.sh); see docs/performance.md for what"
	echo "the figures mean and what was done to get them."
	echo
	echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC')"
	echo "- machine: $machine"
	echo "- reglc: $("$REGLC" --version | head -1), $(dot -V 2>&1 | head -1)"
	for c in 1mb 10mb 100mb long10000 long100000; do
		[ -f "$C/$c.stats" ] && echo "- corpus $c: $(cat "$C/$c.stats")"
	done
	[ -n "$BASELINE" ] && echo "- baseline: $BASELINE"
	echo
	echo "Every time is the median of 3 to 11 runs; every ratio compares two commands"
	echo "run alternately in the same session."
	echo
	echo "| figure | value | target | met |"
	echo "|---|---|---|---|"
	sed 's/|/ | /g; s/^/| /; s/$/ |/' "$rows"
	# the before/after of each optimisation, kept in docs/performance.md
	echo
	sed -n '/^## What was done/,/^## /p' docs/performance.md | sed '$d'
} >"$OUT"
echo "wrote $OUT"
