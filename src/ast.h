/*
 * ast.h — the syntax tree of one .regl file.
 *
 * Contract: the parser builds this tree and nothing else; every node and
 * every string lives in the file's arena.  Names are NUL-terminated copies;
 * spans are byte offsets into the source.  A node the parser could not
 * complete is left out, so later phases never see half-built nodes.  Lists
 * keep source order (first/next).
 */
#ifndef REGLC_AST_H
#define REGLC_AST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "source.h" /* struct span */
#include "stated.h" /* enum stated_kind */

struct arena;

/* An identifier as written. */
struct ident {
	const char *name; /* NULL when absent */
	struct span at;   /* where */
};

/* A human-readable text: Kazakh, and optionally Russian. */
struct text {
	const char *kk;   /* never NULL in a present text */
	const char *ru;   /* NULL when no Russian form is given */
	struct span at;   /* the whole text */
	struct span ru_at; /* the Russian string, when present */
};

/* One "N unit" of a quantity. */
struct ast_qterm {
	uint64_t n;             /* the number (saturated) */
	bool overflow;          /* the digits did not fit */
	struct ident unit;      /* the unit as written */
	struct ast_qterm *next; /* the next term of a compound quantity */
};

/* A quantity: "1 h 30 min". */
struct ast_qty {
	struct ast_qterm *first; /* at least one term */
	struct span at;
};

/* The phrasing of a duration (matches enum dur_form of dur.h). */
enum ast_dur_form {
	AD_EXACT,     /* 2 h */
	AD_NOT_MORE,  /* <= 15 min */
	AD_WITHIN,    /* within 1 wd */
	AD_RANGE,     /* 90..180 cd */
	AD_AUTOMATIC  /* automatic */
};

/* A duration as written. */
struct ast_dur {
	enum ast_dur_form form;
	struct ast_qty *lo;  /* range: lower bound, or NULL when bare */
	uint64_t bare_lo;    /* range "N .. qty": N */
	bool bare_overflow;  /* N did not fit */
	struct ast_qty *hi;  /* the (upper) quantity; NULL when automatic */
	struct span at;
};

/* A reference to a label: "register" or "provider.register". */
struct ast_ref {
	struct ident route; /* name NULL: the current route */
	struct ident label;
	struct span at;
};

/* A statement: what the legal text says about the model (stated.h: its
 * kind says about what). */
struct ast_stated {
	enum stated_kind kind;   /* set by the grammar */
	struct ast_ref target;   /* label.name NULL: the step it follows */
	const char *where;       /* "¶6.2", "1-қосымша" */
	struct span where_at;
	const char *phrase;      /* the phrase as quoted */
	struct span phrase_at;
	bool silent;             /* `stated "WHERE" silent`: WHERE states no
				    duration for the step (phrase NULL) */
	const char *unchecked;   /* `unchecked "why"`: the author keeps a quote
				    reglc cannot read; NULL otherwise */
	struct span unchecked_at;
	struct span at;          /* the whole statement */
	struct ast_stated *next;
};

enum ast_kind {
	AST_STEP,
	AST_IF,
	AST_USE,
	AST_END,
	AST_GOTO,
	AST_TERM
};

struct ast_item;

/* A sequence of items. */
struct ast_block {
	struct ast_item *first;
	struct ast_item *last;
	struct span at; /* from `{` to `}` (the route body: the braces) */
};

/* One branch of a decision. */
struct ast_arm {
	bool yes;              /* yes or no */
	struct span kw_at;     /* the keyword */
	struct ast_block body; /* the items */
	struct ast_arm *next;
};

/* An item of a route body. */
/* Who does a step, as the parser reads it (the step copies it). */
struct ast_doer {
	struct ident id;
	bool unnamed;
	struct span at;
};

struct ast_item {
	enum ast_kind kind;
	struct ident label;    /* "register:"; name NULL when unlabelled */
	struct span at;        /* the whole item */
	struct ast_item *next; /* the next item of the block */
	union {
		struct {
			struct ident actor;
			bool unnamed;          /* `unnamed ACTOR`: the text names
						  no one; ACTOR is a reading */
			struct span unnamed_at;
			struct text action;
			struct text handoff;   /* kk NULL when no "-> text" */
			struct ast_dur *dur;   /* NULL when none is written */
			struct ast_stated *stated;
		} step;
		struct {
			struct ident actor;    /* name NULL when not given */
			struct text question;
			struct ast_arm *arms;
		} dec;
		struct {
			struct ast_ref from;
			struct ast_ref to;     /* label.name NULL: a single step */
			struct ast_stated *stated;
		} use;
		struct {
			struct ident outcome;
			struct text what;      /* kk NULL when not given */
		} end;
		struct {
			struct ident target;
			bool has_max;
			uint64_t max;
			bool max_overflow;
			struct span max_at;
		} go;
		struct {
			struct ident outcome;
			struct ast_dur *dur;
			struct ast_stated *stated; /* quotes of the term */
		} term;
	} u;
};

/* A range of lines written after a text: "resolution-700.txt" 182..333. */
struct ast_lines {
	bool set;              /* written */
	uint64_t first, last;  /* the line numbers (saturated) */
	bool overflow;         /* a number did not fit 64 bits */
	struct span at;        /* "182..333" */
};

/* A value of a metadata field. */
struct ast_value {
	enum { AV_TEXT, AV_IDENT, AV_QTY, AV_DATE, AV_PERIOD } kind;
	struct text text;
	struct ast_lines lines; /* AV_TEXT: a line range after it (`source`) */
	struct ident id;
	struct ast_qty *qty;
	const char *date;      /* AV_DATE, AV_PERIOD: "YYYY-MM-DD" as written */
	const char *date_to;   /* AV_PERIOD: its end, NULL for an open end */
	struct span date_at, date_to_at;
	struct span at;
	struct ast_value *next;
};

/* "name: value, value". */
struct ast_field {
	struct ident name;
	struct ast_value *values;
	struct span at;
	struct ast_field *next;
};

/* "actor ID KIND text". */
struct ast_actor {
	struct ident id;
	struct ident kind;
	struct text name;
	struct span at;
	struct ast_actor *next;
};

/* "route ID text { ... }". */
struct ast_route {
	struct ident id;
	struct text title;
	struct ast_block body;
	struct span at;
	struct ast_route *next;
};

/* A string printed in the legal text, quoted verbatim; "" for an empty
 * cell. */
struct ast_cell {
	const char *s;
	struct span at;
};

/* A step named by a column or a box. */
struct ast_label {
	struct ident id;
	struct ast_label *next;
};

/* A printed mark inside a box of Appendix 3 ("ИӘ", "ЖОҚ", a stray "Ж"). */
struct ast_mark {
	struct ast_cell text;
	struct ast_mark *next;
};

/*
 * A column of an Appendix 1 table, or a box of an Appendix 3 handbook, as
 * printed: `column "N" LABELS "unit" "action" "completion" "term"`,
 * `box LABELS "lane" "text" "term" [mark "ИӘ"]...`.  The labels say which
 * steps of the part's route it shows (none: it shows no step of the
 * model; two or more: it merges them).
 */
struct ast_row {
	bool box;                 /* a box of Appendix 3, else a column */
	struct ast_cell num;      /* column: its printed number ("" when none) */
	struct ast_label *labels; /* the steps it shows, in order */
	struct ast_cell unit;     /* the unit (column) or the lane (box) printed */
	struct ast_cell action;   /* the action (column) or the box's text */
	struct ast_cell handoff;  /* column: the completion form, to whom */
	struct ast_cell term;     /* the term cell */
	struct ast_mark *marks;   /* box: marks printed in it */
	struct span at;
	struct ast_row *next;
};

/* `part ROUTE "heading" { rows }`: an appendix's part for one route. */
struct ast_part {
	struct ident route;
	struct ast_cell title;    /* the heading printed above it, or s NULL */
	struct ast_row *rows, *rows_last;
	struct span at;
	struct ast_part *next;
};

/* `appendix N "WHERE" { parts }`: an appendix as printed. */
struct ast_appendix {
	uint64_t num;             /* 1 (step table) or 3 (handbook as text) */
	struct span num_at;
	struct ast_cell where;    /* "1-қосымша" */
	struct ast_part *parts, *parts_last;
	struct span at;
	struct ast_appendix *next;
};

/* `participants "WHERE" { "name" ... }`: the list of ¶7 as printed. */
struct ast_participants {
	struct ast_cell where;
	struct ast_mark *names;   /* each printed name (a mark is a cell) */
	struct span at;
	struct ast_participants *next;
};

/* The file. */
struct ast_file {
	struct ident id;                /* name NULL: no header */
	struct span header_at;
	struct ast_field *fields, *fields_last;
	struct ast_actor *actors, *actors_last;
	struct ast_item *terms, *terms_last; /* AST_TERM items */
	struct ast_route *routes, *routes_last;
	struct ast_appendix *appendices, *appendices_last;
	struct ast_participants *participants, *participants_last;
};

/* Node constructors used by the grammar's actions. */
struct ast_item *ast_item_new(struct arena *a, enum ast_kind k, struct span at);
void ast_block_append(struct ast_block *b, struct ast_item *it);
struct ast_stated *ast_stated_append(struct ast_stated *list, struct ast_stated *s);
struct ast_arm *ast_arm_append(struct ast_arm *list, struct ast_arm *arm);
struct ast_value *ast_value_append(struct ast_value *list, struct ast_value *v);
struct ast_qterm *ast_qterm_append(struct ast_qterm *list, struct ast_qterm *t);

#endif
