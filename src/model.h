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

#include "ast.h"
#include "dur.h"

struct arena;
struct diags;
struct source;

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
	enum actor_kind kind;
	bool used;                   /* some step or decision is in its lane */
};

/* A term of the service for one outcome. */
struct m_term {
	bool set;                    /* stated at all */
	struct dur dur;              /* the term */
	const struct ast_item *ast;  /* where it is stated */
};

/* A statement about a node's duration, as quoted. */
struct m_stated {
	const struct ast_stated *ast;
	struct m_stated *next;
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
	const struct ast_item *item;  /* the step/if/goto/end as written */
	const struct ast_item *via;   /* the `use` it came through, or NULL */
	struct m_actor *actor;        /* step, decision (NULL: not given) */
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

/* Results of the timing analysis (time.c) for one outcome of a route. */
struct m_timing {
	enum time_verdict verdict;
	struct qty best;            /* least total: lower bounds, shortest path */
	struct qty worst;           /* greatest total: upper bounds, critical path */
	const struct m_term *term;  /* the term that applies, or NULL */
	int64_t worst_minutes;      /* mixed kinds: worst elapsed on the calendar,
				       in minutes from acceptance; -1 if not simulated */
	int64_t excess_minutes;     /* by how much the term is exceeded (0 if not):
				       clock minutes when simulated, else in the
				       kind's unit (working minutes or cd) */
	bool simulated;             /* mixed kinds: judged on a calendar */
	int64_t start, due, finish; /* simulated: the worst acceptance (the
				       counter-example when late), its due
				       moment and when the result is ready */
	bool ordinary;              /* ... on the ordinary week */
};

/* A route: one way through the service. */
struct m_route {
	const struct ast_route *ast;
	const char *id;
	struct m_node *start;        /* the start node */
	struct m_node **nodes;       /* every node, start first */
	size_t nnodes, capnodes;
	struct m_term terms[OUT__COUNT]; /* route-level terms */
	struct m_timing timing[OUT__COUNT]; /* filled by the timing analysis */
};

/* The regulation. */
struct m_reg {
	const struct ast_file *ast;
	const struct source *src;
	const char *id;                 /* NULL when the header is missing */
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
};

/*
 * Resolve names, durations and structure of file; report every error into
 * d.  Returns the model (always, for as much as could be resolved).
 */
struct m_reg *sema_build(struct arena *a, const struct source *src,
			 const struct ast_file *file, struct diags *d);

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
