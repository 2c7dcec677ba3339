# reglc — a compiler for state-service regulations.
#
#   make            build ./reglc (installs missing Debian packages when root)
#   make examples   check every example and build out/ (the README's first command)
#   make test       build and run the whole test suite
#   make deps       install or name the system packages reglc needs
#
# Generated sources and objects live in build/; nothing generated is
# committed except out/, which is what reglc builds from examples/.

CC       ?= cc
BUILD    ?= build
CSTD     := -std=c11 -D_POSIX_C_SOURCE=200809L
WARN     := -Wall -Wextra -Wshadow -Wundef -Wwrite-strings \
            -Wmissing-prototypes -Wstrict-prototypes -Wpointer-arith
OPT      ?= -O2 -g
ifeq ($(CI),true)
WERROR   := -Werror
endif
ifeq ($(SANITIZE),1)
OPT      := -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined \
            -fno-sanitize-recover=undefined
BUILD    := build/sanitize
endif
# The binary the build makes and the tests run: a sanitized one goes
# beside its objects, so it never replaces ./reglc.
REGLC_BIN := reglc
ifeq ($(SANITIZE),1)
REGLC_BIN := $(BUILD)/reglc
# LeakSanitizer: Graphviz and its font libraries keep some memory for the
# life of the process (tests/lsan.supp); they have no frame pointers, so
# unwind fully or the suppressions cannot see their frames.
export LSAN_OPTIONS  := suppressions=$(CURDIR)/tests/lsan.supp:print_suppressions=0
export ASAN_OPTIONS  := detect_leaks=1:fast_unwind_on_malloc=0
export UBSAN_OPTIONS := print_stacktrace=1:halt_on_error=1
endif
# FUZZ=1: the objects for fuzz/fuzz_pipeline.c (make fuzz), instrumented
# for libFuzzer with ASan and UBSan, under build/fuzz.
ifeq ($(FUZZ),1)
CC       := clang
FUZZSAN  := address,undefined -fno-sanitize-recover=undefined
OPT      := -O1 -g -fno-omit-frame-pointer -fsanitize=fuzzer-no-link,$(FUZZSAN)
BUILD    := build/fuzz
endif

PKGS     := libcgraph libgvc
# The generated scanner and parser get a quieter warning set: their code
# is not ours to fix, but it must still compile cleanly.
GENWARN  := -Wall -Wno-unused-function -Wno-sign-compare

FLEX     ?= flex
BISON    ?= bison

SRCS     := arena.c source.c diag.c ast.c parse.c dur.c phrase.c sema.c anchor.c names.c structure.c \
            check.c verify.c session.c cli.c main.c calendar.c cal_builtin.c time.c time_cal.c \
            time_plan.c time_judge.c cmd_time.c \
            lang.c langpack.c lang_kk.c lang_ru.c legal.c show.c sb.c msg.c model.c view.c gv.c output.c \
            cmd_build.c handbook.c doc.c doc_html.c doc_md.c fmt.c par.c import_table.c
OBJS     := $(SRCS:%.c=$(BUILD)/%.o) $(BUILD)/regl.tab.o $(BUILD)/regl.lex.o \
            $(BUILD)/kz_days.o $(BUILD)/msg_kk.o $(BUILD)/msg_ru.o
CPPFLAGS += -Isrc -I$(BUILD)
CFLAGS   += $(CSTD) $(OPT)
# Graphviz: its include flags for gv.c (the one module that includes it),
# its libraries for every link.  Deferred (=): the packages may be installed
# by the deps step of this very make.
GV_CFLAGS = $(shell pkg-config --cflags $(PKGS))
LDLIBS   += $(shell pkg-config --libs $(PKGS))
$(BUILD)/gv.o: CPPFLAGS += $(GV_CFLAGS)
# SARIF's informationUri: the documentation make install puts in DOCDIR.
$(BUILD)/diag.o: CPPFLAGS += -DREGLC_DOCDIR='"$(DOCDIR)"'

.PHONY: all deps examples test bless clean check-deps unit
.DEFAULT_GOAL := all

all: $(BUILD)/.deps-ok $(REGLC_BIN)

# Install what is missing (Debian/Ubuntu), or print the exact command.
$(BUILD)/.deps-ok: tools/deps.sh
	@mkdir -p $(BUILD)
	@sh tools/deps.sh
	@touch $@

deps:
	@sh tools/deps.sh

reglc: $(OBJS)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $(OBJS) $(LDLIBS)

ifeq ($(SANITIZE),1)
$(REGLC_BIN): LDFLAGS += -fsanitize=address,undefined
endif

$(BUILD)/regl.tab.c $(BUILD)/regl.tab.h: grammar/regl.y | $(BUILD)/.deps-ok
	@mkdir -p $(BUILD)
	$(BISON) -Wall -Werror -Wcounterexamples --defines=$(BUILD)/regl.tab.h \
	    -o $(BUILD)/regl.tab.c grammar/regl.y

$(BUILD)/regl.lex.c $(BUILD)/regl.lex.h: grammar/regl.l | $(BUILD)/.deps-ok
	@mkdir -p $(BUILD)
	$(FLEX) --header-file=$(BUILD)/regl.lex.h -o $(BUILD)/regl.lex.c grammar/regl.l

$(BUILD)/regl.tab.o: $(BUILD)/regl.tab.c
	$(CC) $(CPPFLAGS) $(CFLAGS) $(GENWARN) $(WERROR) -MMD -MP -c -o $@ $<

$(BUILD)/regl.lex.o: $(BUILD)/regl.lex.c $(BUILD)/regl.tab.h
	$(CC) $(CPPFLAGS) $(CFLAGS) $(GENWARN) $(WERROR) -MMD -MP -c -o $@ $<

$(BUILD)/%.o: src/%.c $(BUILD)/regl.tab.h $(BUILD)/regl.lex.h
	@mkdir -p $(BUILD)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(WARN) $(WERROR) -MMD -MP -c -o $@ $<

# ---- tests ------------------------------------------------------------
UNIT     := test_phrase test_dur test_calendar test_time test_legal test_gv \
            test_numwords test_langpack test_source test_session test_ref test_ref_examples \
            test_doc test_corpus test_anchor
UNITBIN  := $(UNIT:%=$(BUILD)/tests/%)
# What a module that captures messages (msg.h) links with.
MSGOBJS   = $(BUILD)/msg.o $(BUILD)/msg_kk.o $(BUILD)/msg_ru.o $(BUILD)/sb.o $(BUILD)/arena.o
CMOCKA_CFLAGS = $(shell pkg-config --cflags cmocka)
CMOCKA_LIBS   = $(shell pkg-config --libs cmocka)

$(BUILD)/tests/test_phrase: tests/unit/test_phrase.c $(BUILD)/phrase.o $(BUILD)/dur.o \
		$(MSGOBJS)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(WARN) $(WERROR) $(CMOCKA_CFLAGS) -o $@ $^ \
	    $(LDFLAGS) $(CMOCKA_LIBS)

$(BUILD)/tests/test_corpus: tests/unit/test_corpus.c $(BUILD)/phrase.o $(BUILD)/dur.o \
		$(MSGOBJS)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(WARN) $(WERROR) $(CMOCKA_CFLAGS) -o $@ $^ \
	    $(LDFLAGS) $(CMOCKA_LIBS)

$(BUILD)/tests/test_dur: tests/unit/test_dur.c $(BUILD)/dur.o
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(WARN) $(WERROR) $(CMOCKA_CFLAGS) -o $@ $^ \
	    $(LDFLAGS) $(CMOCKA_LIBS)

$(BUILD)/tests/test_doc: tests/unit/test_doc.c $(BUILD)/doc.o $(BUILD)/doc_html.o \
		$(BUILD)/doc_md.o $(BUILD)/arena.o
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(WARN) $(WERROR) $(CMOCKA_CFLAGS) -o $@ $^ \
	    $(LDFLAGS) $(CMOCKA_LIBS)

# Tests of whole phases link everything but main.
LIBOBJS   = $(filter-out $(BUILD)/main.o,$(OBJS))

$(BUILD)/tests/test_time: tests/unit/test_time.c $(LIBOBJS)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(WARN) $(WERROR) $(CMOCKA_CFLAGS) -o $@ $^ \
	    $(LDFLAGS) $(LDLIBS) $(CMOCKA_LIBS)

# The timing checker against the independent reference (tests/ref/): the
# reference's own hand-counted examples, and the random comparison.
$(BUILD)/tests/ref_time.o: tests/ref/ref_time.c
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) -Itests/ref $(CFLAGS) $(WARN) $(WERROR) -MMD -MP -c -o $@ $<

$(BUILD)/tests/ref_compare.o: tests/ref/ref_compare.c
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) -Itests/ref $(CFLAGS) $(WARN) $(WERROR) -MMD -MP -c -o $@ $<

$(BUILD)/tests/test_ref $(BUILD)/tests/test_ref_examples: $(BUILD)/tests/%: tests/ref/%.c \
		$(BUILD)/tests/ref_time.o $(BUILD)/tests/ref_compare.o $(LIBOBJS)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) -Itests/ref $(CFLAGS) $(WARN) $(WERROR) $(CMOCKA_CFLAGS) -o $@ $^ \
	    $(LDFLAGS) $(LDLIBS) $(CMOCKA_LIBS)

# The language packs and the quantity splitting they share (langpack.h).
LANGOBJS  = $(BUILD)/langpack.o $(BUILD)/lang_kk.o $(BUILD)/lang_ru.o $(BUILD)/legal.o

$(BUILD)/tests/test_legal: tests/unit/test_legal.c $(LANGOBJS) $(BUILD)/phrase.o $(MSGOBJS) \
		$(BUILD)/dur.o
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(WARN) $(WERROR) $(CMOCKA_CFLAGS) -o $@ $^ \
	    $(LDFLAGS) $(CMOCKA_LIBS)

$(BUILD)/tests/test_numwords: tests/unit/test_numwords.c $(LANGOBJS) $(MSGOBJS) \
		$(BUILD)/phrase.o $(BUILD)/dur.o
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(WARN) $(WERROR) $(CMOCKA_CFLAGS) -o $@ $^ \
	    $(LDFLAGS) $(CMOCKA_LIBS)

# Every pack complete: its phrases, its templates' conversions, its grammar.
$(BUILD)/tests/test_langpack: tests/unit/test_langpack.c $(LANGOBJS) $(BUILD)/sb.o \
		$(BUILD)/arena.o
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(WARN) $(WERROR) $(CMOCKA_CFLAGS) -o $@ $^ \
	    $(LDFLAGS) $(CMOCKA_LIBS)

$(BUILD)/tests/test_source: tests/unit/test_source.c $(LIBOBJS)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(WARN) $(WERROR) $(CMOCKA_CFLAGS) -o $@ $^ \
	    $(LDFLAGS) $(LDLIBS) $(CMOCKA_LIBS)

$(BUILD)/tests/test_session: tests/unit/test_session.c $(LIBOBJS)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(WARN) $(WERROR) $(CMOCKA_CFLAGS) -o $@ $^ \
	    $(LDFLAGS) $(LDLIBS) $(CMOCKA_LIBS)

$(BUILD)/tests/test_anchor: tests/unit/test_anchor.c $(LIBOBJS)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(WARN) $(WERROR) $(CMOCKA_CFLAGS) -o $@ $^ \
	    $(LDFLAGS) $(LDLIBS) $(CMOCKA_LIBS)

$(BUILD)/tests/test_gv: tests/unit/test_gv.c $(LIBOBJS)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(WARN) $(WERROR) $(CMOCKA_CFLAGS) -o $@ $^ \
	    $(LDFLAGS) $(LDLIBS) $(CMOCKA_LIBS)

unit: $(UNITBIN)

bless: all $(UNITBIN)
	@BLESS=1 REGLC=./$(REGLC_BIN) BUILD=$(BUILD) sh tests/run.sh

test: all $(UNITBIN)
	@REGLC=./$(REGLC_BIN) BUILD=$(BUILD) sh tests/run.sh

# The README's first command: check every example, build out/.
examples: all
	@sh tools/examples.sh

# ---- fuzzing (docs/testing.md) ----------------------------------------------
# make fuzz FUZZ_SECONDS=N: libFuzzer on fuzz/fuzz_pipeline.c for N seconds,
# seeded with every example and test input, the corpus kept in
# build/fuzz/corpus; a crash is left as build/fuzz/crash-* and fails make.
FUZZ_SECONDS ?= 120
FUZZ_JOBS    ?= 1
FUZZ_ARGS    ?=

$(BUILD)/fuzz_pipeline: fuzz/fuzz_pipeline.c $(filter-out $(BUILD)/main.o,$(OBJS)) \
		$(BUILD)/tests/ref_time.o $(BUILD)/tests/ref_compare.o
	$(CC) $(CPPFLAGS) -Itests/ref $(CFLAGS) $(WARN) $(WERROR) -fsanitize=fuzzer,$(FUZZSAN) \
	    -o $@ $^ $(LDFLAGS) $(LDLIBS)

fuzz:
	@$(MAKE) --no-print-directory FUZZ=1 build/fuzz/fuzz_pipeline
	@sh fuzz/run.sh build/fuzz/fuzz_pipeline $(FUZZ_SECONDS) $(FUZZ_JOBS) $(FUZZ_ARGS)

# The same entry point under AFL++ (afl-clang-fast or afl-cc), for a second
# opinion: make fuzz-afl builds build/afl/fuzz_pipeline.
fuzz-afl:
	@$(MAKE) --no-print-directory BUILD=build/afl CC="$$(command -v afl-clang-fast || command -v afl-cc)" \
	    OPT="-O1 -g" build/afl/fuzz_pipeline-afl

build/afl/fuzz_pipeline-afl: fuzz/fuzz_pipeline.c $(filter-out $(BUILD)/main.o,$(OBJS)) \
		$(BUILD)/tests/ref_time.o $(BUILD)/tests/ref_compare.o
	$(CC) $(CPPFLAGS) -Itests/ref $(CFLAGS) $(WARN) -fsanitize=fuzzer -o $@ $^ $(LDFLAGS) $(LDLIBS)

.PHONY: fuzz fuzz-afl

# ---- benchmark (bench/run.sh, docs/performance.md) --------------------------
# make bench: an optimised reglc in build/bench (./reglc is left alone), the
# corpus generator, then the suite; writes bench/results.md.
BENCH_OPT ?= -O2 -g -DNDEBUG

$(BUILD)/reglc: $(OBJS)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $(OBJS) $(LDLIBS)

$(BUILD)/gen: bench/gen.c
	@mkdir -p $(BUILD)
	$(CC) $(CSTD) -O2 $(WARN) $(WERROR) -o $@ bench/gen.c

bench:
	@sh tools/deps.sh bench
	@$(MAKE) --no-print-directory BUILD=build/bench OPT="$(BENCH_OPT)" \
	    build/bench/reglc build/bench/gen
	@REGLC=build/bench/reglc GEN=build/bench/gen sh bench/run.sh

.PHONY: bench

# ---- installation (README.md, docs/install.md) -----------------------------
# make install [PREFIX=/usr/local] [DESTDIR=staging]: the binary, reglc(1),
# bash and zsh completion, the editor files, the documentation and a copy of
# the built-in calendar (an example for --calendar).  make uninstall removes
# exactly these.
PREFIX   ?= /usr/local
BINDIR   ?= $(PREFIX)/bin
MANDIR   ?= $(PREFIX)/share/man
DATADIR  ?= $(PREFIX)/share/reglc
DOCDIR   ?= $(PREFIX)/share/doc/reglc
BASHCOMPDIR ?= $(PREFIX)/share/bash-completion/completions
ZSHCOMPDIR  ?= $(PREFIX)/share/zsh/site-functions
INSTALL  ?= install

install: all
	$(INSTALL) -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(DATADIR) \
	    $(DESTDIR)$(DOCDIR) $(DESTDIR)$(BASHCOMPDIR) $(DESTDIR)$(ZSHCOMPDIR)
	$(INSTALL) -m 755 reglc $(DESTDIR)$(BINDIR)/reglc
	$(INSTALL) -m 644 man/reglc.1 $(DESTDIR)$(MANDIR)/man1/reglc.1
	$(INSTALL) -m 644 completions/reglc.bash $(DESTDIR)$(BASHCOMPDIR)/reglc
	$(INSTALL) -m 644 completions/_reglc $(DESTDIR)$(ZSHCOMPDIR)/_reglc
	$(INSTALL) -m 644 data/kz.cal $(DESTDIR)$(DATADIR)/kz.cal
	$(INSTALL) -m 644 README.md docs/*.md $(DESTDIR)$(DOCDIR)/
	$(INSTALL) -m 755 tools/pre-commit $(DESTDIR)$(DATADIR)/pre-commit
	@# whatever editors/ holds now (node_modules and tests excluded)
	if [ -d editors ]; then \
	    find editors -type f ! -path '*/node_modules/*' ! -path '*/test/*' | \
	    while read -r f; do \
	        $(INSTALL) -d "$(DESTDIR)$(DATADIR)/$$(dirname "$$f")" && \
	        $(INSTALL) -m 644 "$$f" "$(DESTDIR)$(DATADIR)/$$f" || exit 1; \
	    done; \
	fi

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/reglc $(DESTDIR)$(MANDIR)/man1/reglc.1 \
	    $(DESTDIR)$(BASHCOMPDIR)/reglc $(DESTDIR)$(ZSHCOMPDIR)/_reglc
	rm -rf $(DESTDIR)$(DATADIR) $(DESTDIR)$(DOCDIR)

.PHONY: install uninstall

clean:
	rm -rf build reglc

-include $(wildcard $(BUILD)/*.d $(BUILD)/tests/*.d)

# ---- the built-in calendar ----------------------------------------------
# tools/calgen.c computes the calendar of data/kz.cal at build time, with
# reglc's own cal_parse, into the tables of build/kz_days.c (cal_builtin
# copies them: no parse at every start).  It runs on the build machine, so
# it is built without the sanitizer and fuzzer flags of OPT.
$(BUILD)/calgen: tools/calgen.c src/calendar.c src/arena.c src/calendar.h src/arena.h
	@mkdir -p $(BUILD)
	$(CC) $(CSTD) -O1 $(WARN) $(WERROR) -Isrc -o $@ tools/calgen.c src/calendar.c \
	    src/arena.c

$(BUILD)/kz_days.c: data/kz.cal $(BUILD)/calgen
	$(BUILD)/calgen data/kz.cal >$@.tmp && mv $@.tmp $@

$(BUILD)/kz_days.o: $(BUILD)/kz_days.c
	$(CC) $(CPPFLAGS) $(CFLAGS) $(WARN) $(WERROR) -c -o $@ $<

# data/kz.cal as a byte array in build/kz_cal.c, for the unit tests that
# parse variants of it (od and sed are POSIX; unsigned char so that UTF-8
# bytes above 127 need no conversion).
$(BUILD)/kz_cal.c: data/kz.cal
	@mkdir -p $(BUILD)
	{ echo '/* Generated from data/kz.cal by the Makefile; do not edit. */'; \
	  echo '#include <stddef.h>'; \
	  echo 'extern const unsigned char cal_kz_data[];'; \
	  echo 'extern const size_t cal_kz_size;'; \
	  echo 'const unsigned char cal_kz_data[] = {'; \
	  od -An -v -tx1 data/kz.cal | sed 's/ *\([0-9a-fA-F][0-9a-fA-F]\)/0x\1,/g'; \
	  echo '0 };'; \
	  echo 'const size_t cal_kz_size = sizeof cal_kz_data - 1;'; \
	} >$@.tmp && mv $@.tmp $@

# The message catalogues (docs/diagnostics.md), compiled by tools/msgcat.c
# into sorted constant tables (src/msg.h): reglc keeps no catalogue state.
# Built for the build machine, like calgen, without OPT's instrumentation.
$(BUILD)/msgcat: tools/msgcat.c
	@mkdir -p $(BUILD)
	$(CC) $(CSTD) -O1 $(WARN) $(WERROR) -o $@ tools/msgcat.c

$(BUILD)/msg_%.c: data/messages.% $(BUILD)/msgcat
	$(BUILD)/msgcat $* $< >$@.tmp && mv $@.tmp $@

$(BUILD)/msg_%.o: $(BUILD)/msg_%.c
	$(CC) $(CPPFLAGS) $(CFLAGS) $(WARN) $(WERROR) -c -o $@ $<

$(BUILD)/kz_cal.o: $(BUILD)/kz_cal.c
	$(CC) $(CPPFLAGS) $(CFLAGS) $(WARN) $(WERROR) -c -o $@ $<

$(BUILD)/tests/test_calendar: tests/unit/test_calendar.c $(BUILD)/calendar.o \
		$(BUILD)/cal_builtin.o $(BUILD)/kz_days.o $(BUILD)/kz_cal.o $(BUILD)/arena.o
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(WARN) $(WERROR) $(CMOCKA_CFLAGS) -o $@ $^ \
	    $(LDFLAGS) $(CMOCKA_LIBS)

# The calendar as text ("YYYY-MM-DD KIND reason"), for the cross-check with
# date-holidays in tests/calendar/run.sh.
$(BUILD)/tests/cal_dump: tests/calendar/dump.c $(BUILD)/calendar.o \
		$(BUILD)/cal_builtin.o $(BUILD)/kz_days.o $(BUILD)/arena.o
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(WARN) $(WERROR) -o $@ $^ $(LDFLAGS)

test bless unit: $(BUILD)/tests/cal_dump
