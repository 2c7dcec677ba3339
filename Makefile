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

PKGS     := libcgraph libgvc
# The generated scanner and parser get a quieter warning set: their code
# is not ours to fix, but it must still compile cleanly.
GENWARN  := -Wall -Wno-unused-function -Wno-sign-compare

FLEX     ?= flex
BISON    ?= bison

SRCS     := arena.c source.c diag.c ast.c parse.c dur.c phrase.c sema.c \
            check.c verify.c driver.c main.c calendar.c time.c cmd_time.c \
            lang.c legal.c gv.c cmd_build.c numwords.c handbook.c
OBJS     := $(SRCS:%.c=$(BUILD)/%.o) $(BUILD)/regl.tab.o $(BUILD)/regl.lex.o \
            $(BUILD)/kz_cal.o
CPPFLAGS += -Isrc -I$(BUILD)
CFLAGS   += $(CSTD) $(OPT)
# Graphviz: its include flags for gv.c (the one module that includes it),
# its libraries for every link.  Deferred (=): the packages may be installed
# by the deps step of this very make.
GV_CFLAGS = $(shell pkg-config --cflags $(PKGS))
LDLIBS   += $(shell pkg-config --libs $(PKGS))
$(BUILD)/gv.o: CPPFLAGS += $(GV_CFLAGS)

.PHONY: all deps examples test bless clean check-deps unit
.DEFAULT_GOAL := all

all: $(BUILD)/.deps-ok reglc

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
reglc: LDFLAGS += -fsanitize=address,undefined
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
            test_numwords
UNITBIN  := $(UNIT:%=$(BUILD)/tests/%)
CMOCKA_CFLAGS = $(shell pkg-config --cflags cmocka)
CMOCKA_LIBS   = $(shell pkg-config --libs cmocka)

$(BUILD)/tests/test_phrase: tests/unit/test_phrase.c $(BUILD)/phrase.o $(BUILD)/dur.o
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(WARN) $(WERROR) $(CMOCKA_CFLAGS) -o $@ $^ \
	    $(LDFLAGS) $(CMOCKA_LIBS)

$(BUILD)/tests/test_dur: tests/unit/test_dur.c $(BUILD)/dur.o
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(WARN) $(WERROR) $(CMOCKA_CFLAGS) -o $@ $^ \
	    $(LDFLAGS) $(CMOCKA_LIBS)

# Tests of whole phases link everything but main.
LIBOBJS   = $(filter-out $(BUILD)/main.o,$(OBJS))

$(BUILD)/tests/test_time: tests/unit/test_time.c $(LIBOBJS)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(WARN) $(WERROR) $(CMOCKA_CFLAGS) -o $@ $^ \
	    $(LDFLAGS) $(LDLIBS) $(CMOCKA_LIBS)

$(BUILD)/tests/test_legal: tests/unit/test_legal.c $(BUILD)/legal.o $(BUILD)/phrase.o \
		$(BUILD)/dur.o
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(WARN) $(WERROR) $(CMOCKA_CFLAGS) -o $@ $^ \
	    $(LDFLAGS) $(CMOCKA_LIBS)

$(BUILD)/tests/test_numwords: tests/unit/test_numwords.c $(BUILD)/numwords.o \
		$(BUILD)/phrase.o $(BUILD)/dur.o
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(WARN) $(WERROR) $(CMOCKA_CFLAGS) -o $@ $^ \
	    $(LDFLAGS) $(CMOCKA_LIBS)

$(BUILD)/tests/test_gv: tests/unit/test_gv.c $(LIBOBJS)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(WARN) $(WERROR) $(CMOCKA_CFLAGS) -o $@ $^ \
	    $(LDFLAGS) $(LDLIBS) $(CMOCKA_LIBS)

unit: $(UNITBIN)

bless: all $(UNITBIN)
	@BLESS=1 REGLC=./reglc BUILD=$(BUILD) sh tests/run.sh

test: all $(UNITBIN)
	@REGLC=./reglc BUILD=$(BUILD) sh tests/run.sh

# The README's first command: check every example, build out/.
examples: all
	@sh tools/examples.sh

clean:
	rm -rf build reglc

-include $(wildcard $(BUILD)/*.d)

# ---- the built-in calendar ----------------------------------------------
# data/kz.cal becomes a byte array in build/kz_cal.c (od and sed are POSIX;
# unsigned char so that UTF-8 bytes above 127 need no conversion).
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

$(BUILD)/kz_cal.o: $(BUILD)/kz_cal.c
	$(CC) $(CPPFLAGS) $(CFLAGS) $(WARN) $(WERROR) -c -o $@ $<

$(BUILD)/tests/test_calendar: tests/unit/test_calendar.c $(BUILD)/calendar.o \
		$(BUILD)/kz_cal.o $(BUILD)/arena.o
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(WARN) $(WERROR) $(CMOCKA_CFLAGS) -o $@ $^ \
	    $(LDFLAGS) $(CMOCKA_LIBS)

# The calendar as text ("YYYY-MM-DD KIND reason"), for the cross-check with
# date-holidays in tests/calendar/run.sh.
$(BUILD)/tests/cal_dump: tests/calendar/dump.c $(BUILD)/calendar.o \
		$(BUILD)/kz_cal.o $(BUILD)/arena.o
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(WARN) $(WERROR) -o $@ $^ $(LDFLAGS)

test bless unit: $(BUILD)/tests/cal_dump
