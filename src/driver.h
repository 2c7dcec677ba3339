/*
 * driver.h — one compilation unit through the phases, shared by every
 * command (check, build, explain, deadline).
 *
 * Contract: driver_compile loads a file and runs source validation, the
 * parser, sema and the model checks, stopping after a phase that reported
 * errors; diagnostics stay pending in the sink for the caller to flush or
 * verify.  The unit owns its source and arena until driver_release.
 */
#ifndef REGLC_DRIVER_H
#define REGLC_DRIVER_H

#include <stdbool.h>

#include "arena.h"
#include "diag.h"
#include "time.h"

struct ast_file;
struct m_reg;
struct source;

/* One file being compiled. */
struct cunit {
	struct source *src;    /* the file; NULL when it could not be read */
	struct arena arena;    /* everything built from it */
	struct ast_file *ast;  /* the syntax tree (NULL if unread) */
	struct m_reg *reg;     /* the model; NULL when parsing failed */
	bool structural;       /* no errors up to and including sema */
};

/*
 * Compile path into u.  Returns false (and prints why to stderr) when the
 * file cannot be read; true otherwise, errors or not.
 */
struct calendar;
/* cal: the calendar for the timing analysis; NULL skips it.  need: what
   the caller reads of it (time.h: TN_VERDICT for check, TN_FULL else). */
bool driver_compile(const char *path, struct diags *d, struct cunit *u,
		    const struct calendar *cal, enum time_need need);
void driver_release(struct cunit *u);

/* Options every command shares; parse_common_option consumes one. */
struct common_opts {
	enum diag_format format; /* --diagnostics-format */
	bool werror;             /* -Werror */
	const char *calendar;    /* --calendar FILE, or NULL: the built-in one */
	int color;               /* --color: 0 auto, 1 always, 2 never */
	bool wno[D__COUNT];      /* -Wno-CODE (cleared again by -WCODE) */
	size_t max_errors;       /* --max-errors N; 0: no limit */
	enum diag_lang messages; /* --messages en|kk|ru */
};

/* Set up the sink as the options say: format, stream (stdout for JSON and
 * SARIF, stderr for text), -Werror, -Wno-, --max-errors, colour (auto: a
 * terminal on stderr and no NO_COLOR) and the message language. */
void driver_diags(struct diags *d, const struct common_opts *o);

/* Load the calendar the options name into c; false (printed) on error. */
bool driver_calendar(const struct common_opts *o, struct calendar *c);

/* If argv[*i] is a common option, apply it, advance *i past its value and
 * return 1; return 0 if it is not one; -1 (printed) if it is malformed. */
int parse_common_option(int argc, char **argv, int *i, struct common_opts *o);

/* The commands (cmd_*.c), each given the arguments after its name. */
int cmd_check(int argc, char **argv);
int cmd_build(int argc, char **argv);
int cmd_explain(int argc, char **argv);
int cmd_deadline(int argc, char **argv);
int cmd_fmt(int argc, char **argv);      /* fmt.c */

#endif
