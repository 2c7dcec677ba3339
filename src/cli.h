/*
 * cli.h — what the commands share: the options every command takes, the
 * session they open from them, and the commands themselves.
 *
 * Contract: this is the command line's side of the library: it may print
 * (to stderr) and the commands decide exit statuses; the phases behind
 * session.h do neither.
 */
#ifndef REGLC_CLI_H
#define REGLC_CLI_H

#include <stdbool.h>

#include "session.h"

/* Options every command shares; cli_option consumes one. */
struct common_opts {
	enum diag_format format; /* --diagnostics-format */
	bool werror;             /* -Werror */
	const char *calendar;    /* --calendar FILE, or NULL: the built-in one */
	int color;               /* --color: 0 auto, 1 always, 2 never */
	bool wno[D__COUNT];      /* -Wno-CODE (cleared again by -WCODE) */
	size_t max_errors;       /* --max-errors N; 0: no limit */
	enum diag_lang messages; /* --messages en|kk|ru */
	const char *source;      /* --source FILE[:A-B]: FILE, or NULL */
	uint32_t source_first, source_last; /* ... A and B (0: the whole text) */
};

/* If argv[*i] is a common option, apply it, advance *i past its value and
 * return 1; return 0 if it is not one; -1 (printed) if it is malformed. */
int cli_option(int argc, char **argv, int *i, struct common_opts *o);

/*
 * Open a session for a command: the sink as the options say (colour on a
 * terminal unless NO_COLOR, when auto), the timing analysis for need, the
 * missing texts of the languages in langs reported.  False (printed) when
 * the calendar cannot be read.
 */
bool cli_session(struct session *s, const struct common_opts *o, enum time_need need,
		 unsigned langs);

/* Compile the file at path in s; false (printed: "cannot read") when it
 * cannot be read. */
bool cli_compile(struct session *s, const char *path, struct cunit *u);

/* The commands (cmd_*.c), each given the arguments after its name. */
int cmd_check(int argc, char **argv);
int cmd_build(int argc, char **argv);
int cmd_explain(int argc, char **argv);
int cmd_deadline(int argc, char **argv);
int cmd_fmt(int argc, char **argv);      /* fmt.c */

#endif
