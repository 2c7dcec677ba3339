/*
 * structure.c — the appendices as printed against the model (see
 * structure.h).
 */
#include "structure.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "ast.h"
#include "diag.h"
#include "model.h"
#include "names.h"
#include "session.h"
#include "source.h"

#define SPAN(s) (s).lo, (s).hi

/* ---- attaching ------------------------------------------------------------ */

static struct m_route *find_route(const struct m_reg *reg, const char *id)
{
	for (size_t i = 0; i < reg->nroutes; i++)
		if (strcmp(reg->routes[i]->id, id) == 0)
			return reg->routes[i];
	return NULL;
}

/* The step or decision labelled name in route r (a step a `use` copies
 * keeps its label). */
static struct m_node *find_label(const struct m_route *r, const char *name)
{
	for (size_t i = 0; i < r->nnodes; i++) {
		struct m_node *n = r->nodes[i];
		if (n->label && (n->kind == N_STEP || n->kind == N_DECISION) &&
		    strcmp(n->label, name) == 0)
			return n;
	}
	return NULL;
}

/* A row's term cell as a statement about its one step, so that the
 * statements' reader and checks take it (stated.h). */
/* Where a row is in the legal text, as a statement's WHERE says it. */
static const char *row_where(struct m_reg *reg, const struct m_part *p, const struct m_row *row)
{
	const struct ast_row *a = row->ast;
	const char *w = p->apx->where.s ? p->apx->where.s : "";
	char buf[512];
	/* the column's place in the table, whatever number it prints (the
	   numbers can be out of sequence: W0807) */
	if (a->box)
		snprintf(buf, sizeof buf, "%s, %u-блок", w, row->index);
	else
		snprintf(buf, sizeof buf, "%s, %u-баған", w, row->index);
	size_t len = strlen(buf) + 1;
	char *where = arena_alloc(reg->arena, len);
	memcpy(where, buf, len);
	return where;
}

static void attach_term(struct session *S, struct m_reg *reg, struct m_row *row)
{
	const struct ast_row *a = row->ast;
	if (row->nnodes != 1 || row->nodes[0]->kind != N_STEP || !a->term.s || !*a->term.s)
		return;
	struct m_node *n = row->nodes[0];
	struct m_stated *st = arena_alloc(reg->arena, sizeof *st);
	st->kind = SK_DURATION;
	st->where = row->where;
	st->phrase = a->term.s;
	st->at = a->at;
	st->where_at = a->at;
	st->phrase_at = a->term.at;
	st->appendix = true;
	row->term_stated = true;
	st->row = row;
	if (n->stated_last)
		n->stated_last->next = st;
	else
		n->stated = st;
	n->stated_last = st;
	(void)S;
}

void structure_attach(struct session *S, struct m_reg *reg)
{
	const struct ast_file *f = reg->ast;
	struct diags *d = &S->d;
	size_t np = 0;
	for (const struct ast_appendix *a = f->appendices; a; a = a->next)
		for (const struct ast_part *p = a->parts; p; p = p->next)
			np++;
	if (!np)
		return;
	reg->parts = arena_alloc(reg->arena, np * sizeof *reg->parts);
	for (const struct ast_appendix *a = f->appendices; a; a = a->next) {
		if (a->num != 1 && a->num != 3) {
			struct diag *g = diag_emit(d, D_APX_BAD, reg->src, SPAN(a->num_at),
						   "reglc reads Appendix 1 (the step table) and "
						   "Appendix 3 (the handbook) as printed, not "
						   "Appendix %llu", (unsigned long long)a->num);
			diag_hint(g, "Appendix 2 is a drawing: reglc draws it from the model");
			continue;
		}
		for (const struct ast_part *p = a->parts; p; p = p->next) {
			struct m_route *r = find_route(reg, p->route.name);
			if (!r) {
				diag_emit(d, D_UNDEF_ROUTE, reg->src, SPAN(p->route.at),
					  "undefined route `%s`", p->route.name);
				continue;
			}
			bool twice = false;
			for (size_t i = 0; i < reg->nparts; i++)
				if (reg->parts[i].apx == a && reg->parts[i].route == r) {
					struct diag *g = diag_emit(d, D_APX_BAD, reg->src,
								   SPAN(p->route.at),
								   "Appendix %llu has a second part "
								   "for route `%s`",
								   (unsigned long long)a->num, r->id);
					diag_note(g, reg->src, SPAN(reg->parts[i].ast->route.at),
						  "the first one");
					twice = true;
				}
			if (twice)
				continue;
			struct m_part *mp = &reg->parts[reg->nparts++];
			mp->apx = a;
			mp->ast = p;
			mp->route = r;
			size_t nr = 0;
			for (const struct ast_row *row = p->rows; row; row = row->next)
				nr++;
			mp->rows = arena_alloc(reg->arena, (nr ? nr : 1) * sizeof *mp->rows);
			for (const struct ast_row *row = p->rows; row; row = row->next) {
				struct m_row *mr = &mp->rows[mp->nrows++];
				memset(mr, 0, sizeof *mr);
				mr->ast = row;
				mr->index = (unsigned)mp->nrows;
				mr->apx = (unsigned)a->num;
				size_t nl = 0;
				for (const struct ast_label *l = row->labels; l; l = l->next)
					nl++;
				mr->nodes = arena_alloc(reg->arena, (nl ? nl : 1) * sizeof *mr->nodes);
				for (const struct ast_label *l = row->labels; l; l = l->next) {
					struct m_node *n = find_label(r, l->id.name);
					if (!n) {
						diag_emit(d, D_UNDEF_LABEL, reg->src, SPAN(l->id.at),
							  "route `%s` has no step labelled `%s`", r->id,
							  l->id.name);
						continue;
					}
					mr->nodes[mr->nnodes++] = n;
				}
				mr->where = row_where(reg, mp, mr);
				attach_term(S, reg, mr);
			}
		}
	}
}

/* ---- checking ------------------------------------------------------------- */

/* The actors' names, for names_best. */
struct names {
	const char **kk, **ru;
	size_t n;
};

static struct names actor_names(const struct m_reg *reg)
{
	struct names nm = { xcalloc(reg->nactors + 1, sizeof *nm.kk),
			    xcalloc(reg->nactors + 1, sizeof *nm.ru), reg->nactors };
	for (size_t i = 0; i < reg->nactors; i++) {
		nm.kk[i] = reg->actors[i]->name.kk;
		nm.ru[i] = reg->actors[i]->name.ru;
	}
	return nm;
}

static void names_free(struct names *nm)
{
	free(nm->kk);
	free(nm->ru);
}

/* The actor a printed text names, or NULL (*tie: it names two). */
static const struct m_actor *named(const struct m_reg *reg, const struct names *nm,
				   const char *text, bool *tie)
{
	int i = names_best(text, nm->kk, nm->ru, nm->n, tie);
	return i < 0 ? NULL : reg->actors[i];
}

/* What the appendix's cell is called in a message: "column 3", "box 2". */
static const char *cell_kind(const struct ast_row *a)
{
	return a->box ? FRAG("box") : FRAG("column");
}

/* The node's place in the body, for the notes. */
static void note_step(struct diag *g, const struct m_reg *reg, const struct m_node *n)
{
	if (n->kind == N_STEP)
		diag_note(g, reg->src, SPAN(n->action.at), "the step in the body");
	else
		diag_note(g, reg->src, SPAN(n->question.at), "the decision in the body");
}

/* The nodes an appendix part should show, in the body's order: Appendix 1
 * the steps of structural units and systems (model.h: route->cols),
 * Appendix 3 every step and decision. */
static size_t expected(const struct m_part *p, const struct m_node ***out)
{
	const struct m_route *r = p->route;
	const struct m_node **v = xcalloc(r->nnodes + 1, sizeof *v);
	size_t n = 0;
	if (p->apx->num == 1) {
		for (size_t i = 0; i < r->ncols; i++)
			v[n++] = r->cols[i].node;
	} else {
		for (size_t i = 0; i < r->nentries && n < r->nnodes; i++) {
			const struct m_entry *e = &r->entries[i];
			if (e->kind == ME_STEP || e->kind == ME_DECISION)
				v[n++] = e->node;
			else if (e->kind == ME_USE)
				for (size_t j = 0; j < e->nrun && n < r->nnodes; j++)
					v[n++] = e->run[j];
		}
	}
	*out = v;
	return n;
}

static long index_of(const struct m_node *const *v, size_t n, const struct m_node *x)
{
	for (size_t i = 0; i < n; i++)
		if (v[i] == x)
			return (long)i;
	return -1;
}

/* Wording, one warning a cell: a cell that uses words the body does not
 * say of the step (in its action and its hand-off, in either language); a
 * word of the body's text in another form ("порталда" for "порталға"); the
 * words of the body's text it leaves out.  The first of these is the
 * message, the others hints.  The same words repeated (the object two verbs
 * share, in the case each verb takes) or moved between the action and the
 * completion are not a difference of wording, nor a box that leaves out
 * the hand-off (a box is compared with the action). */
static void wording(struct session *S, const struct m_reg *reg, const struct m_row *row,
		    const struct ast_cell *cell, const struct ast_cell *other,
		    const struct m_text *t1, const struct m_text *t2, const struct m_node *n,
		    const char *what, enum diag_cell dc)
{
	const struct ast_row *a = row->ast;
	if (!cell->s || !*cell->s || !t1->kk)
		return;
	struct names_span x, cw, bw;
	/* a cell in Russian words is compared with the Russian texts */
	bool ru = t1->ru && names_foreign(cell->s, t1->kk, t2 ? t2->kk : NULL, &x) &&
		  !names_foreign(cell->s, t1->ru, t2 ? t2->ru : NULL, &x);
	const char *body1 = ru ? t1->ru : t1->kk;
	const char *body2 = t2 ? (ru ? t2->ru : t2->kk) : NULL;
	bool foreign = names_foreign(cell->s, body1, body2, &x);
	bool reformed = names_reformed(cell->s, body1, body2, &cw, &bw);
	char *gone = names_omitted(cell->s, other ? other->s : NULL, body1);
	struct diag *g = NULL;
	if (foreign)
		g = diag_emit(&S->d, D_WORDING, reg->src, SPAN(cell->at),
			      "%s of %s %u: the appendix says «%.*s», which the body does "
			      "not say of the step", what, cell_kind(a), row->index,
			      (int)(x.hi - x.lo), cell->s + x.lo);
	if (reformed && !g)
		g = diag_emit(&S->d, D_WORDING, reg->src, SPAN(cell->at),
			      "%s of %s %u: the appendix says «%.*s» where the body says «%.*s»",
			      what, cell_kind(a), row->index, (int)(cw.hi - cw.lo),
			      cell->s + cw.lo, (int)(bw.hi - bw.lo), body1 + bw.lo);
	else if (reformed)
		diag_hint(g, "it also says «%.*s» where the body says «%.*s»",
			  (int)(cw.hi - cw.lo), cell->s + cw.lo, (int)(bw.hi - bw.lo),
			  body1 + bw.lo);
	if (gone && !g)
		g = diag_emit(&S->d, D_WORDING, reg->src, SPAN(cell->at),
			      "%s of %s %u: the appendix leaves out «%s», which the body says "
			      "of the step", what, cell_kind(a), row->index, gone);
	else if (gone)
		diag_hint(g, "it leaves out «%s», which the body says", gone);
	free(gone);
	if (g) {
		diag_about(g, n->route, n, NULL);
		diag_in_appendix(g, row->apx, row, dc, cell->s);
		note_step(g, reg, n);
	}
}

/* The unit or lane printed against the actor of the step. */
static void check_actor(struct session *S, const struct m_reg *reg, const struct names *nm,
			const struct m_row *row, const struct m_node *n)
{
	const struct ast_row *a = row->ast;
	/* a step the text does not say who does: the appendix's unit or lane
	   is the only statement of it, against nothing */
	if (!n->actor || n->unnamed)
		return;
	if (!a->unit.s || !*a->unit.s) {
		struct diag *g = diag_emit(&S->d, D_APX_ACTOR, reg->src, SPAN(a->unit.at),
					   "%s %u prints no %s, but the body has `%s` do the step",
					   cell_kind(a), row->index,
					   a->box ? FRAG("lane") : FRAG("unit"), n->actor->id);
		diag_about(g, n->route, n, NULL);
		diag_in_appendix(g, row->apx, row, DC_UNIT, NULL);
		note_step(g, reg, n);
		return;
	}
	bool tie;
	const struct m_actor *who = named(reg, nm, a->unit.s, &tie);
	if (who == n->actor)
		return;
	struct diag *g;
	if (who) {
		g = diag_emit(&S->d, D_APX_ACTOR, reg->src, SPAN(a->unit.at),
			      "%s %u prints «%s», which is `%s`, but the body has `%s` do the step",
			      cell_kind(a), row->index, a->unit.s, who->id, n->actor->id);
	} else {
		g = diag_emit(&S->d, D_APX_ACTOR, reg->src, SPAN(a->unit.at),
			      "%s %u prints «%s», which names no actor (the body has `%s` do "
			      "the step)", cell_kind(a), row->index, a->unit.s, n->actor->id);
		int c = names_closest(a->unit.s, nm->kk, nm->ru, nm->n);
		if (c >= 0)
			diag_hint(g, "did you mean «%s» (`%s`)?", reg->actors[c]->name.kk,
				  reg->actors[c]->id);
	}
	diag_about(g, n->route, n, NULL);
	diag_in_appendix(g, row->apx, row, DC_UNIT, a->unit.s);
	note_step(g, reg, n);
}

/* Whom a step hands on to in the body: the step or the decision (with
 * its actor) that follows it; NULL for an end, a goto, a decision no one
 * makes. */
static const struct m_node *receiver(const struct m_node *n)
{
	const struct m_node *x = n->next;
	if (!x || (x->kind != N_STEP && x->kind != N_DECISION) || !x->actor)
		return NULL;
	return x;
}

/* A hand-off text that names an actor against the actor of the step that
 * follows; nothing when it names none (it may name the provider as an
 * organisation, or a document). */
static void check_handoff(struct session *S, const struct m_reg *reg, const struct names *nm,
			  const char *text, struct span at, const struct m_node *n,
			  const struct m_node *next, const char *where, const struct m_row *row)
{
	if (!text || !*text || !next || !next->actor || next->unnamed)
		return;
	bool tie;
	const struct m_actor *to = named(reg, nm, text, &tie);
	/* a receipt or the result handed to the applicant does not pass the
	   case on: the next step may be anyone's */
	if (!to || to == next->actor || to == n->actor || to->kind == AK_APPLICANT)
		return;
	struct diag *g = diag_emit(&S->d, D_HANDOFF, reg->src, SPAN(at),
				   "%s hands on to `%s` («%s»), but the next step is `%s`'s",
				   where, to->id, text, next->actor->id);
	diag_about(g, n->route, n, NULL);
	diag_in_appendix(g, row ? row->apx : 0, row, DC_HANDOFF, row ? text : NULL);
	note_step(g, reg, next);
}

static bool is_branch_mark(const char *s)
{
	static const char *const marks[] = { "ИӘ", "ЖОҚ", "ДА", "НЕТ", "иә", "жоқ", "да", "нет",
					     "Иә", "Жоқ", "Да", "Нет", NULL };
	for (const char *const *m = marks; *m; m++)
		if (strcmp(s, *m) == 0)
			return true;
	return false;
}

/* Which nodes of a route reach which over its forward edges: a bit
 * matrix, row x the nodes reachable from x in one or more moves.  A
 * `goto` is a way back (a loop), not an order: the branch that loops
 * back to `prepare` does not come before the branch that goes on. */
struct flow_order {
	size_t n, words;
	uint64_t *reach;
};

static void flow_succ(const struct m_node *x, const struct m_node *out[2])
{
	out[0] = out[1] = NULL;
	if (x->kind == N_JUMP)
		return;
	if (x->kind == N_DECISION) {
		out[0] = x->yes;
		out[1] = x->no;
	} else {
		out[0] = x->next;
	}
}

static struct flow_order flow_order(const struct m_route *r)
{
	struct flow_order fo = { r->nnodes, (r->nnodes + 63) / 64, NULL };
	fo.reach = xcalloc(fo.n * fo.words + 1, sizeof *fo.reach);
	size_t *stack = xmalloc((fo.n + 1) * sizeof *stack);
	for (size_t s = 0; s < fo.n; s++) {
		uint64_t *row = fo.reach + s * fo.words;
		size_t sp = 0;
		stack[sp++] = s;
		while (sp) {
			const struct m_node *succ[2];
			flow_succ(r->nodes[stack[--sp]], succ);
			for (int k = 0; k < 2; k++) {
				if (!succ[k])
					continue;
				size_t t = succ[k]->index;
				if (t >= fo.n || (row[t / 64] >> (t % 64) & 1))
					continue;
				row[t / 64] |= (uint64_t)1 << (t % 64);
				stack[sp++] = t;
			}
		}
	}
	free(stack);
	return fo;
}

static bool reaches(const struct flow_order *fo, const struct m_node *x, const struct m_node *y)
{
	size_t a = x->index, b = y->index;
	return a < fo->n && b < fo->n && (fo->reach[a * fo->words + b / 64] >> (b % 64) & 1);
}

/* x comes strictly before y in the body: a way from x leads to y, and y
 * never leads back to x (a loop orders neither).  Steps another route
 * lends by `use` are ordered by their place in the body's list. */
static bool precedes(const struct flow_order *fo, const struct m_route *r,
		     const struct m_node *const *exp, size_t ne,
		     const struct m_node *x, const struct m_node *y)
{
	if (x == y)
		return false;
	if (x->route != r || y->route != r) {
		long a = index_of(exp, ne, x), b = index_of(exp, ne, y);
		return a >= 0 && b >= 0 && a < b;
	}
	return reaches(fo, x, y) && !reaches(fo, y, x);
}

static void check_part(struct session *S, const struct m_reg *reg, const struct names *nm,
		       const struct m_part *p)
{
	struct diags *d = &S->d;
	const struct m_node **exp;
	size_t ne = expected(p, &exp);
	struct flow_order fo = flow_order(p->route);
	bool numbering_told = false;
	for (size_t i = 0; i < p->nrows; i++) {
		const struct m_row *row = &p->rows[i];
		const struct ast_row *a = row->ast;
		/* numbering: 1, 2, 3 ... as printed */
		if (!a->box && !numbering_told) {
			char want[24];
			snprintf(want, sizeof want, "%u", row->index);
			if (!a->num.s || strcmp(a->num.s, want) != 0) {
				struct diag *g;
				if (!a->num.s || !*a->num.s)
					g = diag_emit(d, D_APX_NUMBER, reg->src, SPAN(a->num.at),
						      "column %u is not numbered", row->index);
				else
					g = diag_emit(d, D_APX_NUMBER, reg->src, SPAN(a->num.at),
						      "column %u is numbered «%s»: the columns are "
						      "not numbered in sequence", row->index, a->num.s);
				diag_about(g, p->route, row->nnodes ? row->nodes[0] : NULL, NULL);
				diag_in_appendix(g, row->apx, row, DC_NUMBER, a->num.s);
				numbering_told = true;
			}
		}
		if (row->nnodes == 0 && !a->labels) {
			struct diag *g = diag_emit(d, D_APX_EXTRA, reg->src, SPAN(a->at),
						   "%s %u shows no step of route `%s`",
						   cell_kind(a), row->index, p->route->id);
			diag_about(g, p->route, NULL, NULL);
			diag_in_appendix(g, row->apx, row, DC_ACTION, a->action.s);
			continue;
		}
		if (row->nnodes >= 2) {
			struct diag *g = diag_emit(d, D_APX_MERGED, reg->src, SPAN(a->at),
						   "%s %u shows %zu steps in one", cell_kind(a),
						   row->index, row->nnodes);
			diag_about(g, p->route, row->nodes[0], NULL);
			diag_in_appendix(g, row->apx, row, DC_NONE, NULL);
			for (size_t k = 0; k < row->nnodes; k++)
				note_step(g, reg, row->nodes[k]);
		}
		/* marks */
		bool decision = false;
		for (size_t k = 0; k < row->nnodes; k++)
			decision |= row->nodes[k]->kind == N_DECISION;
		for (const struct ast_mark *m = a->marks; m; m = m->next) {
			struct diag *g = NULL;
			if (!decision)
				g = diag_emit(d, D_APX_MARK, reg->src, SPAN(m->text.at),
					      "box %u prints the mark «%s», but it shows no decision",
					      row->index, m->text.s);
			else if (!is_branch_mark(m->text.s))
				g = diag_emit(d, D_APX_MARK, reg->src, SPAN(m->text.at),
					      "box %u prints the mark «%s», which is not a branch's "
					      "answer", row->index, m->text.s);
			if (g) {
				diag_about(g, p->route, row->nnodes ? row->nodes[0] : NULL, NULL);
				diag_in_appendix(g, row->apx, row, DC_NONE, m->text.s);
			}
		}
		/* order: a row shows a step the body has strictly before a step
		   of an earlier row (branches of one decision are not ordered
		   against each other, whichever the act prints first) */
		const struct m_row *before = NULL;
		const struct m_node *first = NULL;
		for (size_t j = i; j-- > 0 && !before;)
			for (size_t k = 0; k < row->nnodes && !before; k++)
				for (size_t l = 0; l < p->rows[j].nnodes && !before; l++)
					if (precedes(&fo, p->route, exp, ne, row->nodes[k],
						      p->rows[j].nodes[l])) {
						before = &p->rows[j];
						first = row->nodes[k];
					}
		if (before) {
			struct diag *g = diag_emit(d, D_APX_ORDER, reg->src, SPAN(a->at),
						   "%s %u shows a step the body has before the one "
						   "%s %u shows", cell_kind(a), row->index,
						   cell_kind(before->ast), before->index);
			diag_about(g, first->route, first, NULL);
			diag_in_appendix(g, row->apx, row, DC_NONE, NULL);
			note_step(g, reg, first);
		}
		if (row->nnodes == 1) {
			const struct m_node *n = row->nodes[0];
			check_actor(S, reg, nm, row, n);
			if (n->kind == N_STEP) {
				wording(S, reg, row, &a->action, a->box ? NULL : &a->handoff,
					&n->action, &n->handoff, n, FRAG("the action"), DC_ACTION);
				if (!a->box && n->handoff.kk)
					wording(S, reg, row, &a->handoff, &a->action, &n->handoff,
						&n->action, n, FRAG("the completion"), DC_HANDOFF);
			} else {
				wording(S, reg, row, &a->action, NULL, &n->question, NULL, n,
					FRAG("the question"), DC_ACTION);
			}
			/* the column's hand-off against the step that follows in
			   the body (the next column may be another branch's) */
			if (!a->box) {
				const struct m_node *next = receiver(n);
				check_handoff(S, reg, nm, a->handoff.s, a->handoff.at, n, next,
					      FRAG("the column"), row);
			}
		}
	}
	/* the steps the part does not show; a part with no rows is one the act
	   prints as a picture, compared with nothing */
	for (size_t k = 0; k < ne && p->nrows > 0; k++) {
		bool shown = false;
		for (size_t i = 0; i < p->nrows && !shown; i++)
			shown = index_of((const struct m_node *const *)p->rows[i].nodes,
					 p->rows[i].nnodes, exp[k]) >= 0;
		if (shown)
			continue;
		const struct m_node *n = exp[k];
		const char *what = n->kind == N_STEP ? n->action.kk : n->question.kk;
		struct diag *g = diag_emit(d, D_APX_MISSING, reg->src, SPAN(p->ast->route.at),
					   "%s, part `%s`, does not show the step «%s» (`%s`)",
					   p->apx->where.s, p->route->id, what ? what : "",
					   n->actor ? n->actor->id : "-");
		diag_about(g, n->route, n, NULL);
		diag_in_appendix(g, (unsigned)p->apx->num, NULL, DC_NONE, NULL);
		note_step(g, reg, n);
	}
	free(exp);
	free(fo.reach);
}

/* The participants list of ¶7 against the actors that act. */
static void check_participants(struct session *S, const struct m_reg *reg,
			       const struct names *nm, const struct ast_participants *p)
{
	bool *listed = xcalloc(reg->nactors + 1, sizeof *listed);
	for (const struct ast_mark *m = p->names; m; m = m->next) {
		bool tie;
		const struct m_actor *a = named(reg, nm, m->text.s, &tie);
		if (a) {
			for (size_t i = 0; i < reg->nactors; i++)
				if (reg->actors[i] == a)
					listed[i] = true;
			continue;
		}
		struct diag *g = diag_emit(&S->d, D_PARTICIPANT, reg->src, SPAN(m->text.at),
					   "%s lists «%s», which names no actor", p->where.s,
					   m->text.s);
		int c = names_closest(m->text.s, nm->kk, nm->ru, nm->n);
		if (c >= 0)
			diag_hint(g, "did you mean «%s» (`%s`)?", reg->actors[c]->name.kk,
				  reg->actors[c]->id);
	}
	/* the actors the text names doing something: not those read into a
	   passive sentence only (`unnamed`) */
	bool *names_acting = xcalloc(reg->nactors + 1, sizeof *names_acting);
	for (size_t r = 0; r < reg->nroutes; r++)
		for (size_t k = 0; k < reg->routes[r]->nnodes; k++) {
			const struct m_node *n = reg->routes[r]->nodes[k];
			if (!n->actor || n->unnamed ||
			    (n->kind != N_STEP && n->kind != N_DECISION))
				continue;
			for (size_t i = 0; i < reg->nactors; i++)
				if (reg->actors[i] == n->actor)
					names_acting[i] = true;
		}
	for (size_t i = 0; i < reg->nactors; i++) {
		const struct m_actor *a = reg->actors[i];
		if (listed[i] || !names_acting[i] || a->kind != AK_STAFF)
			continue;
		struct diag *g = diag_emit(&S->d, D_UNLISTED, reg->src, SPAN(p->where.at),
					   "`%s` («%s») does steps, but %s does not list it", a->id,
					   a->name.kk, p->where.s);
		diag_note(g, reg->src, SPAN(a->id_at), "the actor");
	}
	free(names_acting);
	free(listed);
}

/* The body's own hand-offs: "басшысына ұсынады" against the next step. */
static void check_body_handoffs(struct session *S, const struct m_reg *reg,
				const struct names *nm)
{
	for (size_t r = 0; r < reg->nroutes; r++) {
		const struct m_route *route = reg->routes[r];
		for (size_t i = 0; i < route->nnodes; i++) {
			const struct m_node *n = route->nodes[i];
			if (n->kind != N_STEP || !n->handoff.kk || n->via || !receiver(n))
				continue;
			check_handoff(S, reg, nm, n->handoff.kk, n->handoff.at, n, receiver(n),
				      FRAG("the step"), NULL);
		}
	}
}

void structure_check(struct session *S, struct m_reg *reg)
{
	const struct ast_file *f = reg->ast;
	struct names nm = actor_names(reg);
	check_body_handoffs(S, reg, &nm);
	if (reg->nparts)
		number_routes(reg);
	for (const struct ast_appendix *a = f->appendices; a; a = a->next) {
		if (a->num != 1 && a->num != 3)
			continue;
		for (size_t r = 0; r < reg->nroutes; r++) {
			bool has = false;
			for (size_t i = 0; i < reg->nparts && !has; i++)
				has = reg->parts[i].apx == a && reg->parts[i].route == reg->routes[r];
			if (has)
				continue;
			struct diag *g = diag_emit(&S->d, D_APX_COVER, reg->src, SPAN(a->where.at),
						   "%s has no part for route `%s`", a->where.s,
						   reg->routes[r]->id);
			diag_about(g, reg->routes[r], NULL, NULL);
			diag_in_appendix(g, (unsigned)a->num, NULL, DC_NONE, NULL);
			diag_note(g, reg->src, SPAN(reg->routes[r]->id_at), "the route");
		}
	}
	for (size_t i = 0; i < reg->nparts; i++)
		check_part(S, reg, &nm, &reg->parts[i]);
	for (const struct ast_participants *p = f->participants; p; p = p->next)
		check_participants(S, reg, &nm, p);
	names_free(&nm);
}
