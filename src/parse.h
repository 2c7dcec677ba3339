/*
 * parse.h — the front end's driver: runs the flex scanner and the bison
 * parser over one source and returns its syntax tree.
 *
 * Contract: parse_file never fails: it reports every syntax error it finds
 * (one per mistake, recovering at the next line that can start an item)
 * and returns the tree of everything it could parse.  The tree lives in
 * the arena passed in.
 */
#ifndef REGLC_PARSE_H
#define REGLC_PARSE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "ast.h"

struct arena;
struct diags;
struct source;

/* A token's value: a slice of the input, decoded when it is a string. */
struct tok {
	const char *s;  /* identifier or decoded string (arena, NUL-terminated) */
	uint64_t num;   /* value of a number (saturated) */
	bool overflow;  /* the number did not fit 64 bits */
	bool bol;       /* first token on its line */
};

/* The state the scanner and the parser share (the scanner's "extra"). */
struct parse_ctx {
	struct arena *arena;       /* where nodes go */
	const struct source *src;  /* what is parsed */
	struct diags *diags;       /* where errors go */
	struct ast_file *file;     /* what is built */
	size_t off;                /* byte offset of the scanner */
	bool bol;                  /* no token yet on the current line */
	int last_tok;              /* kind of the last token returned */
	int prev_tok;              /* kind of the token before it */
	bool skipping;             /* recovering: dropping the rest of a line */
	bool skip_top;             /* recovering at the top level */
	int skip_depth;            /* braces opened while skipping */
	uint32_t *braces;          /* offsets of the open `{` */
	size_t *brace_errs;        /* syntax errors seen when each opened */
	size_t nbraces, capbraces;
	size_t nsyntax;            /* syntax errors reported */
	uint32_t last_recover;     /* offset of the last recovery, +1 */
	unsigned depth;            /* nesting of blocks, against stack overflow */
};

struct ast_file *parse_file(struct arena *a, const struct source *src,
			    struct diags *d);

#endif
