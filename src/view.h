/*
 * view.h — a regulation as the outputs show it, in one language.
 *
 * Contract: view_build turns a structurally valid, numbered and analysed
 * model (session.h: a session for outputs) into what every output draws
 * or prints, so that no output re-derives it and all agree:
 *  - per route, its walk as the diagrams draw it (struct vflow): the
 *    nodes in the order a depth-first walk from the start meets them, the
 *    edges (branches in the order the text writes them, loops as back
 *    edges), ranks, the lanes (actors in order of first appearance), the
 *    main line of the block diagram and what is drawn as critical;
 *  - the texts in the view's language (view_text: the Russian form, or
 *    the Kazakh when there is none; lang_check reports that), the actors'
 *    names, the routes' headings and file names;
 *  - the findings of the file, printed in the view's language (msg.h),
 *    with the route and node each is about (diag_about), the appendix
 *    cell a structural one is at (diag_in_appendix), and their count;
 *  - whether the outputs mark the findings where they are (a review
 *    build: view.review, on by default; every mark of a finding in the
 *    handbook and the diagrams asks view_marked or view.review, so one
 *    switch takes them all off for a build to publish).
 * The numbering (model.c) and the timing (m_timing) are the model's; the
 * view adds nothing to them.  A view lives until view_free and does not
 * own the model.
 */
#ifndef REGLC_VIEW_H
#define REGLC_VIEW_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "diag.h"
#include "lang.h"
#include "model.h"
#include "source.h"

struct calendar;

/* An edge of a route's walk. */
enum vf_edge_kind {
	VF_NEXT, /* a step's successor */
	VF_YES,  /* a decision's yes branch */
	VF_NO    /* a decision's no branch */
};

/* A drawn edge between two visible nodes. */
struct vf_edge {
	uint32_t from, to;         /* node indices */
	enum vf_edge_kind kind;
	const struct m_node *jump; /* the first `goto` it passes, or NULL */
	bool back;                 /* closes a loop (a DFS back edge) */
};

/* A route as the diagrams walk it (the arrays are by node index). */
struct vflow {
	size_t n;                 /* r->nnodes */
	int32_t *pre;             /* preorder number, -1 when not drawn */
	uint32_t *seq;            /* drawn nodes in preorder */
	size_t nseq;
	int32_t *parent;          /* DFS tree parent, -1 for the start */
	struct vf_edge *e;        /* edges in the order the walk met them */
	size_t ne, cape;
	int32_t *rank;            /* longest forward path from the start */
	int32_t *lane;            /* lane of each drawn node */
	const struct m_actor **lanes; /* actors in order of first appearance */
	size_t nlanes;
	bool *main;               /* on the main line (block diagram) */
	bool *crit;               /* drawn as critical (terminals included) */
	bool *review;             /* a structural finding (E0801-E0814) is
				     about it: marked for review (view_marked) */
	bool any_crit, any_finding, any_review;
};

/* Whether edge e of route r's walk is drawn as critical. */
bool vflow_edge_critical(const struct vflow *f, const struct m_route *r,
			 const struct vf_edge *e);

/* A route in the view. */
struct view_route {
	const struct m_route *r;
	const char *name;         /* the file-name form of its id */
	const char *title;        /* its heading in the view's language, or its id */
	struct vflow flow;        /* its walk */
};

/* A note of a finding, in the view's language. */
struct view_note {
	bool placed;              /* has a place in the file */
	struct linecol at;        /* where */
	const char *file;         /* ... in this other file (the legal text,
				     anchor.h), or NULL: the regulation's */
	char *msg;
};

/* A finding of the file, in the view's language. */
struct view_finding {
	enum diag_code code;
	enum diag_sev sev;
	struct linecol at;        /* where in the regulation's file (when in it) */
	const char *file;         /* ... or in this other file (the legal
				     text, anchor.h); NULL: the regulation's */
	int route;                /* the route it is about (view index), or -1 */
	const struct m_node *node; /* the step it is about, or NULL */
	struct diag_apx apx;      /* the appendix cell it is at (diag.h) */
	char *msg;
	char *hint;               /* or NULL */
	struct view_note *notes;
	size_t nnotes;
};

/* The view. */
struct view {
	const struct m_reg *reg;
	enum lang lang;
	const struct calendar *cal; /* the calendar the timing used */
	const char *title;        /* the service's name in the language, or the id */
	struct view_route *routes; /* in source order */
	size_t nroutes;
	struct view_finding *findings; /* the file's, as `check` sorts them;
					  a missing Russian text is no
					  finding of the Kazakh view */
	size_t nfindings, nerrors, nwarnings;
	bool review;              /* a review build: the outputs mark the
				     findings where they are (default) */
};

/*
 * The view of reg in language l.  names[i] is the file-name form of route
 * i's id (cmd_build names the files so); findings are copied from the
 * pending diagnostics of d (settled), those of reg's file; d may be NULL.
 */
struct view *view_build(const struct m_reg *reg, enum lang l, const char *const *names,
			const struct calendar *cal, const struct diags *d);
void view_free(struct view *v);

/* Whether code is a structural finding: what an appendix as printed
 * says against the model (E0801-E0814, structure.h). */
bool view_structural(enum diag_code code);
/* Whether node n of a route (its walk f) is drawn with a finding's mark:
 * a review build, and a finding (of a statement, a quote, the structure)
 * is about it; never the start or an end. */
bool view_marked(const struct view *v, const struct vflow *f, const struct m_node *n);
/* Whether finding x is about node n: its node, or one of the steps of the
 * column or box it is at (two steps in one column: both). */
bool view_finding_about(const struct view_finding *x, const struct m_node *n);

/* A text of the model in the view's language ("" when absent). */
const char *view_text(const struct view *v, const struct m_text *t);
/* An actor's name in the view's language (its id when it has none; ""
 * for no actor). */
const char *view_actor(const struct view *v, const struct m_actor *a);

#endif
