/*
 * session.h — a compile session: everything compiling regulations needs,
 * in one object, and the one entry point that compiles a named buffer.
 *
 * Contract:
 *  - A session holds the options, the calendar, the diagnostics sink (with
 *    its message language), the phrase memo, the timing statistics and
 *    the legal text --source names.  It is passed to every phase; nothing
 *    a compilation changes lives outside it.  One process may run any number of sessions, one after another
 *    or side by side (the language server keeps one per client).
 *  - session_compile takes a buffer and its name through every phase:
 *    source validation, the parser, sema, the model checks, the language
 *    checks the options ask for, the timing analysis and the quotes
 *    against the legal text (anchor.h).  It stops after a phase that
 *    reported errors, leaving the diagnostics pending in the sink for the
 *    caller to flush, verify or show.  Every command, the
 *    fuzzer and the tests compile through it (or session_compile_file,
 *    which reads a file first), so none assembles the phases by hand.
 *  - Library code reports through the sink and returns; it never prints
 *    and never exits (cli.h is where the commands print).
 *  - The process-wide state that remains, each declared where it lives:
 *    the Graphviz message buffer (gv.h: the library's error callback has
 *    no context pointer), the temporary file being written
 *    (cmd_build.c: the signal handler has none either), and the phrase
 *    reader's lexicon index (phrase.h: built once from constant data).
 */
#ifndef REGLC_SESSION_H
#define REGLC_SESSION_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "calendar.h"
#include "diag.h"
#include "time.h"

struct ast_file;
struct m_reg;
struct phrase_memo;
struct source;

/* What a session is asked to do. */
struct session_opts {
	enum diag_format format;  /* how the sink prints (--diagnostics-format) */
	FILE *out;                /* where it prints; NULL: stderr for text,
				     stdout for JSON and SARIF */
	bool werror;              /* warnings count as errors (-Werror) */
	bool color;               /* ANSI colours in text (decided by cli.c) */
	bool wno[D__COUNT];       /* warnings dropped (-Wno-CODE) */
	size_t max_errors;        /* print at most this many errors; 0: all */
	enum diag_lang messages;  /* the language of the messages (--messages) */
	const char *calendar;     /* the calendar file, NULL: the built-in one */
	enum time_need need;      /* what the timing analysis must tell */
	bool no_timing;           /* skip the timing analysis */
	bool parse_only;          /* stop after the parser (reglc fmt: the
				     syntax tree is all it needs) */
	bool outputs;             /* the model feeds outputs (build, explain, the
				     language server): number its routes
				     (model.h: number_routes); check needs not */
	unsigned langs;           /* report texts missing in these output
				     languages (W0502), a bit per enum lang */
	const char *source;       /* --source: the legal text of the files
				     without a `source` field, or NULL */
	uint32_t source_first, source_last; /* ... its lines (0: all) */
};

/* A compile session. */
struct session {
	struct session_opts o;    /* as opened */
	struct calendar cal;      /* the calendar of the timing analysis */
	struct diags d;           /* the sink of every phase */
	struct phrase_memo *memo; /* what phrases said (check.c's table) */
	size_t memo_cap, memo_used;
	struct time_stats stats;  /* how the timing analysis decided */
	struct source *text;      /* the legal text of --source, read once */
};

/* One compiled buffer: everything built from it lives in its arena. */
struct cunit {
	struct session *s;        /* the session it was compiled in */
	struct source *src;       /* the text; NULL when it could not be read */
	struct arena arena;       /* everything built from it */
	struct ast_file *ast;     /* the syntax tree (NULL when unread) */
	struct m_reg *reg;        /* the model; NULL when parsing failed */
	struct source *text;      /* the legal text its `source` field names,
				     when read (anchor.h) */
	bool structural;          /* no errors up to and including sema */
};

/*
 * Open a session as o says: the sink set up, the calendar and the legal
 * text of --source loaded.  False, with the reason in err[0..errn), when
 * either cannot be read.
 */
bool session_open(struct session *s, const struct session_opts *o, char *err, size_t errn);
void session_close(struct session *s);

/* Compile text[0..len), named name in diagnostics, through every phase
 * into u (see above).  The text is copied. */
void session_compile(struct session *s, const char *name, const char *text, size_t len,
		     struct cunit *u);

/* Read the file at path and compile it; false, with why, when it cannot
 * be read (u is then empty: unit_release it all the same). */
bool session_compile_file(struct session *s, const char *path, struct cunit *u,
			  const char **why);

void unit_release(struct cunit *u);

#endif
