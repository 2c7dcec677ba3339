/*
 * model.h — the process model: a regulation with its actors and, per
 * route, a graph of steps, decisions, jumps and ends.
 *
 * Contract: sema_build turns a syntax tree into this model, resolving every
 * name and reporting every structural error.  Graph nodes point back at
 * the syntax tree for texts and places; a step taken from another route by
 * `use` is a node of its own here (its `via` is the `use`) sharing the
 * original step's texts and duration.  The model is independent of
 * Graphviz and of any output language; it lives in the file's arena.
 */
#ifndef REGLC_MODEL_H
#define REGLC_MODEL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "dur.h"
#include "source.h"
#include "stated.h"

struct arena;
struct diags;
/* The syntax tree, for sema and the phases that report where things are
 * written; outputs never look into it (the model carries what they need). */
struct ast_file;
struct ast_actor;
struct ast_route;
struct ast_item;
struct ast_arm;
struct ast_stated;

/* A text of the regulation: Kazakh, and optionally Russian. */
struct m_text {
	const char *kk;     /* NULL: no text here */
	const char *ru;     /* NULL: no Russian form */
	struct span at;     /* where it is written, the whole text */
	struct span ru_at;  /* the Russian string, when there is one */
};

/* One value of the `form` field. */
struct m_form {
	enum { MF_PAPER, MF_ELECTRONIC, MF_OTHER } kind;
	struct m_text text; /* MF_OTHER: as written */
};

/* Where the regulation's legal text is: the `source` field (anchor.h). */
struct m_source {
	const char *path;        /* as written, relative to the .regl file;
				    NULL: no field */
	struct span at;          /* the field's value */
	uint32_t first, last;    /* the regulation's lines; 0: the whole text */
};

/* The metadata fields of a regulation (docs/language.md §4), typed. */
struct m_meta {
	struct m_text title;     /* the name of the service (kk NULL: none) */
	struct m_text act;       /* the approving act */
	struct m_text standard;  /* the national standard */
	struct m_text provider;  /* who provides the service */
	struct m_text result;    /* the result of the service */
	struct m_text *accepts;  /* where applications are accepted */
	size_t naccepts;
	struct m_form *form;     /* paper, electronic, as written */
	size_t nform;
	bool fee_set;            /* `fee` is given */
	bool fee_free;           /* ... as `free` */
	struct m_text fee;       /* ... otherwise, as written */
	struct m_source source;  /* the legal text */
};

enum actor_kind {
	AK_APPLICANT, /* the service recipient or their representative */
	AK_STAFF,     /* a person or unit of the provider or the center */
	AK_SYSTEM     /* an information system */
};

enum outcome {
	OUT_RESULT,  /* the result is issued */
	OUT_REFUSAL, /* a refusal */
	OUT__COUNT
};

/* An actor: a swimlane. */
struct m_actor {
	const struct ast_actor *ast; /* its declaration */
	const char *id;
	struct span id_at;           /* where its id is declared */
	struct m_text name;          /* its display name */
	enum actor_kind kind;
	bool used;                   /* some step or decision is in its lane */
};

/* A term of the service for one outcome. */
struct m_term {
	bool set;                    /* stated at all */
	struct dur dur;              /* the term */
	const struct ast_item *ast;  /* where it is stated */
	struct span at;              /* ... in the source */
	struct m_stated *stated;     /* quotes of the term (SK_TERM) */
	struct m_stated *stated_last;
};

/* A statement about a node, as quoted (stated.h: its kind's class reads
 * and checks it). */
struct m_stated {
	enum stated_kind kind;
	const struct ast_stated *ast;
	const char *where;            /* "¶6.2", "1-қосымша" */
	const char *phrase;           /* the phrase, as quoted */
	struct span at;               /* the whole statement */
	struct span where_at;         /* where */
	struct span phrase_at;        /* the phrase */
	bool appendix;                /* an appendix's term cell (structure.c) */
	const struct m_row *row;      /* ... that cell's column or box */
	const char *unchecked;        /* the author's reason to keep it
					 unread, or NULL */
	bool read;                    /* its phrase was read into value */
	union {
		struct dur dur;       /* SK_DURATION, SK_TERM: the duration it
					 states */
	} value;
	size_t from_lo, from_hi;      /* the context in the phrase that states
					 from when it runs ("с момента
					 регистрации"), bytes of phrase */
	struct m_stated *next;        /* the next statement about the node */
};

enum node_kind {
	N_START,    /* where the route begins */
	N_STEP,     /* an action of an actor */
	N_DECISION, /* a yes/no question */
	N_JUMP,     /* goto: continues at another node */
	N_END,      /* an outcome */
	N_FALL      /* running off the end of a route or a branch (an error) */
};

/* A node of a route's graph. */
struct m_node {
	enum node_kind kind;
	uint32_t index;               /* position in route->nodes */
	struct m_route *route;        /* the route it belongs to */
	const struct m_node *orig;    /* a copy made by `use`: the step it
					 copies, in the route that writes it;
					 NULL for a node written here */
	const struct ast_item *item;  /* the step/if/goto/end as written (its
					 identity: nodes of one item share it) */
	const struct ast_item *via;   /* the `use` it came through, or NULL */
	const char *label;            /* its label, or NULL */
	struct span at;               /* the item as written */
	union {                       /* its text, by kind: */
		struct m_text action;   /* step: what the actor does */
		struct m_text question; /* decision: the question */
		struct m_text what;     /* end: what is handed out (kk NULL: none) */
	};
	struct m_text handoff;        /* step: what it hands on (kk NULL: none) */
	struct span dur_at;           /* step: its duration as written */
	bool has_dur_at;              /* ... when one is written */
	bool no_first;                /* decision: written `no` branch first */
	struct span via_at;           /* a copy: the `use` that made it, up to
					 the last label it names */
	unsigned sub;                 /* its sub-paragraph in the body (a step,
					 a decision; the steps of a `use` share
					 the use's); 0: none (number.c) */
	unsigned col;                 /* its Appendix 1 column; 0: none */
	struct m_actor *actor;        /* step, decision (NULL: not given) */
	bool unnamed;                 /* step: the text names no actor (a
					 passive sentence); `actor` is the
					 transcriber's reading, drawn, timed,
					 but never compared with what an
					 appendix or ¶7 names */
	struct dur dur;               /* step: its duration */
	struct m_node *next;          /* start, step, jump: the successor */
	struct m_node *yes, *no;      /* decision: the branches */
	bool bounded;                 /* jump: has `max N` */
	uint64_t max;                 /* jump: N */
	enum outcome outcome;         /* end */
	const struct ast_arm *arm;    /* fall: the branch that runs off, or NULL */
	const struct ast_item *dec;   /* fall: the decision of that branch */
	struct m_stated *stated;      /* statements about this node */
	struct m_stated *stated_last;
	bool reachable;               /* on some path from the start */
	bool critical;                /* on the worst path of some outcome (time.c) */
	bool finding;                 /* a finding is about this node (check.c, time.c) */
};

/* The verdict of the timing analysis for one outcome of a route. */
enum time_verdict {
	TV_NONE,       /* not analysed: no path ends in this outcome */
	TV_NO_TERM,    /* no term applies: the total is reported, not checked */
	TV_OK,         /* every path meets the term */
	TV_HOLIDAYS,   /* exceeds the term only around public holidays (warning) */
	TV_EXCEEDS,    /* exceeds the term on an ordinary week (error) */
	TV_OPEN,       /* a step without a duration: the total is open-ended */
	TV_INFINITE    /* an unbounded loop: the total is infinite */
};

/* One step of a schedule: a node, when it starts and ends (-1: not
 * simulated). */
struct sched_step {
	const struct m_node *node;
	int64_t from, to;
};

/*
 * What the timing analysis (time*.c) found of one outcome of a route,
 * kept with the model so that every output reads it instead of analysing
 * again.  Computed once per compilation: whole for build, explain and the
 * language server (TN_FULL); for check (TN_VERDICT) the verdict and term
 * always, the rest only where the route is late (the counter-example).
 */
struct m_timing {
	enum time_verdict verdict;
	bool simulated;             /* mixed kinds: judged on a calendar */
	bool unchecked;             /* every path is open: the figures are of
				       all paths, open steps taking no time */
	bool paths_capped;          /* the loops unroll into too many states:
				       not analysed (E0205) */
	struct qty worst, best;     /* totals along the worst and best paths */
	const struct m_term *term;  /* the term that applies, or NULL */
	int64_t term_eff;           /* one kind: T', the term as the worst
				       acceptance sees it (docs/timing.md 6.1) */
	bool term_less_day;         /* ... T' is the term less a day */
	struct sched_step *path;    /* the critical path, with its schedule
				       for the worst acceptance when simulated
				       (in the model's arena; time_report's
				       and time_deadline's: the caller frees) */
	size_t npath;
	int64_t worst_start, worst_due, worst_finish; /* the worst acceptance */
	bool ordinary;              /* ... taken from the ordinary week */
	bool dated;                 /* ... which, for a route with months, is
				       a date of the ordinary calendar's cycle:
				       print ordinary moments as dates */
	int64_t ordinary_excess;    /* lateness on an ordinary week: minutes
				       of clock time when simulated, else in
				       the kind's unit (minutes or cd) */
	int64_t real_excess;        /* lateness on the real calendar */
	int64_t excess;             /* the verdict's: ordinary_excess when it
				       exceeds, real_excess around holidays,
				       else 0 */
	int64_t worst_elapsed, best_elapsed; /* minutes from acceptance; -1:
						not simulated */
};

/* An entry of a route in source order, as the body of the regulation
 * lists it (number.c). */
enum m_entry_kind {
	ME_STEP,     /* a step */
	ME_USE,      /* a reused run of steps */
	ME_DECISION, /* a decision */
	ME_ARM,      /* a branch of the decision before it (yes or no) */
	ME_END,      /* an end */
	ME_JUMP      /* a goto */
};

struct m_entry {
	enum m_entry_kind kind;
	int depth;                   /* nesting in branches */
	const struct m_node *node;   /* step, decision, end, jump; arm: its
					decision; use: the first step it takes */
	const struct m_node **run;   /* use: the steps it takes, in order */
	size_t nrun;
	const struct m_route *from;  /* use: the route it takes them from */
	bool yes;                    /* arm: the yes branch */
	unsigned sub;                /* step, use, decision: its sub-paragraph */
};

/* A column of a route's Appendix 1 table: a step of a structural unit.
 * The column that opens a branch carries the decision, as the law writes
 * it ("... толық ұсынылмаған жағдайда"). */
struct m_col {
	const struct m_node *node;   /* the step */
	const struct m_node *dec;    /* the decision whose branch it opens, or NULL */
	bool yes;                    /* ... which branch */
};

/* A route: one way through the service. */
struct m_route {
	const struct ast_route *ast;
	const char *id;
	struct span id_at;           /* where its id is written */
	struct span at;              /* the whole route */
	struct m_text title;         /* its legal heading */
	struct m_node *start;        /* the start node */
	struct m_node **nodes;       /* every node, start first */
	size_t nnodes, capnodes;
	struct m_term terms[OUT__COUNT]; /* route-level terms */
	struct m_timing timing[OUT__COUNT]; /* filled by the timing analysis */
	struct m_entry *entries;     /* in source order (number.c) */
	size_t nentries;
	struct m_col *cols;          /* the Appendix 1 columns */
	size_t ncols;
	unsigned last_sub;           /* its last sub-paragraph */
};

/* A column of Appendix 1 or a box of Appendix 3 as printed, and the
 * steps its labels name (structure.h). */
struct m_row {
	const struct ast_row *ast;
	struct m_node **nodes;       /* the steps (or decisions) it shows */
	size_t nnodes;
	unsigned index;              /* its place in the part, from 1 */
	unsigned apx;                /* its appendix: 1 (a column), 3 (a box) */
	const char *where;           /* "1-қосымша, 3-баған", "3-қосымша, 2-блок" */
	bool term_stated;            /* its term cell is its step's statement */
};

/* An appendix's part for one route, as printed. */
struct m_part {
	const struct ast_appendix *apx;
	const struct ast_part *ast;
	struct m_route *route;       /* the route it is for */
	struct m_row *rows;
	size_t nrows;
};

/* The regulation. */
struct m_reg {
	const struct ast_file *ast;
	const struct source *src;
	struct arena *arena;            /* where the model lives */
	const char *id;                 /* NULL when the header is missing */
	struct m_meta meta;             /* its metadata */
	struct m_actor **actors;        /* in declaration order */
	size_t nactors;
	struct m_route **routes;        /* in source order */
	size_t nroutes;
	struct m_term terms[OUT__COUNT]; /* regulation-level terms */
	int64_t workday_min;            /* the working day's length, minutes */
	int work_start, work_end;       /* working hours, minutes of the day */
	int break_start, break_end;     /* the break (equal: no break) */
	bool count_same_day;            /* the day of acceptance counts in a term */
	bool close_exact;               /* a term may end on a non-working day */
	bool in_force;                  /* a period of force is stated (`in-force`) */
	int32_t force_from, force_to;   /* ... its first and last day (days from
					   1970-01-01); force_to INT32_MAX: no end */
	struct span force_at;           /* ... where it is written */
	bool numbered;                  /* number_routes has run */
	struct m_part *parts;           /* the appendices' parts as printed */
	size_t nparts;
};

/*
 * Number the routes of a structurally valid model, once: every route's
 * entries in source order, the sub-paragraph of every step, reused run and
 * decision, and the Appendix 1 columns (number.c).  The body, Appendix 1
 * and the systems diagram all read these numbers, so they agree.
 */
void number_routes(struct m_reg *reg);
/* The sub-paragraph of route o that lists the item n was lowered from
 * (directly or in a reused run), 0 when none does. */
unsigned number_sub_in(const struct m_route *o, const struct m_node *n);

/*
 * What is written at byte `at` of the regulation's source: the statement
 * there and the step it is about (a statement after a `use` belongs to the
 * reused step of that route), else the innermost step, decision or end
 * written there (not its copies in other routes) and its route, else the
 * route whose text holds it; NULLs for what is not there (model.c).
 */
void model_locate(const struct m_reg *reg, size_t at, const struct m_route **route,
		  const struct m_node **node, const struct m_stated **stated);

/* What a quote of the model is (model_quotes). */
enum m_quote_kind {
	MQ_STATED, /* a statement's phrase: a step's or a term's duration */
	MQ_CELL,   /* a cell of an appendix as printed: a unit, a lane, an
		      action, a completion form, a part's heading, a name of
		      the participants list (structure.h) */
	MQ_MARK    /* a column's printed number, a mark printed in a box, a
		      term cell that is no statement (it shows two steps):
		      found where it is said, but claiming nothing of the
		      text (a "1" of "1 жұмыс күні"; the duration the
		      statements of the cell's steps must quote) */
};

/*
 * A string of the model copied from the legal text, byte for byte: with a
 * source text (anchor.h) each must occur in it, where `where` says.  A new
 * kind of quote (a table cell, a box) is one more case of model_quotes.
 */
struct m_quote {
	enum m_quote_kind kind;
	const char *text;             /* the quote */
	struct span at;               /* the string in the .regl file */
	const char *where;            /* where the text says it ("¶6.2",
					 "1-қосымша, 3-баған"), or NULL */
	struct m_route *route;        /* what it is about (NULL: the
					 regulation) */
	struct m_node *node;          /* ... the step, or NULL */
	const struct m_stated *stated; /* the statement it is, or NULL */
};

/*
 * Every quote of the model, in the order they are written (model.c): *n
 * of them in an array the caller frees.  Each is listed once: the
 * statements of every step (those after a `use` with the copy they name)
 * and of every term.
 */
struct m_quote *model_quotes(const struct m_reg *reg, size_t *n);

/*
 * Resolve names, durations and structure of file; report every error into
 * d.  Returns the model (always, for as much as could be resolved).
 */
struct m_reg *sema_build(struct arena *a, const struct source *src,
			 const struct ast_file *file, struct diags *d);

/* The form of t for Russian (l true) or Kazakh: the Russian when there is
 * one, else the Kazakh (NULL when t is empty). */
static inline const char *m_text_in(const struct m_text *t, bool ru)
{
	return ru && t->ru ? t->ru : t->kk;
}

struct session;

/* Check statements against durations and report unused actors into the
 * session's sink (phrases remembered in its memo). */
void check_model(struct session *s, struct m_reg *reg);
/* Free a session's phrase memo (session_close calls it). */
void check_memo_free(struct session *s);

static inline const char *outcome_name(enum outcome o)
{
	return o == OUT_RESULT ? "result" : "refusal";
}

#endif
