/*
 * model.c — what the model does after sema built it: its routes in source
 * order, numbered once (number_routes), and the node written at a place
 * (model_locate).
 *
 * Contract: for a structurally valid model, each route gets its entries
 * in the order the text writes them (steps, reused runs, decisions with
 * their branches, ends, jumps, with their nesting), the sub-paragraph of
 * every step, run and decision (node->sub; the steps of a run share the
 * use's), and the columns of its Appendix 1 table (node->col, route->cols).
 * The body of the handbook, its Appendix 1 and the diagrams read these
 * numbers, so that a step is "4)" in the body and "4." in the systems
 * diagram.  This is the last phase that reads the syntax tree: the
 * outputs read the entries.
 *
 * The walk meets items; the nodes lowered from them are found through one
 * table (item -> node) and the runs of each `use` through another, so a
 * route is numbered in time linear in its size.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "ast.h"
#include "model.h"

/* The nodes of one route, by the item they were lowered from. */
struct items {
	const struct m_route *r;
	const struct m_node **by_item; /* open addressing: not a copy */
	const struct ast_item **key_use; /* use item -> its run: keys */
	const struct m_node ***run;      /* ... the runs, in order */
	size_t *nrun;
	size_t cap, ucap;
};

static size_t slot_of(const void *p, size_t cap)
{
	return (size_t)(((uintptr_t)p >> 4) * 0x9E3779B97F4A7C15ull) & (cap - 1);
}

/* The tables of route r: every node written there (not a copy, not the
 * fall node) by item, and the copies of each `use` in run order (the head
 * is the copy no other copy of the run leads to). */
static void items_init(struct items *t, const struct m_route *r)
{
	memset(t, 0, sizeof *t);
	t->r = r;
	t->cap = 16;
	while (t->cap < 2 * r->nnodes + 2)
		t->cap *= 2;
	t->by_item = xcalloc(t->cap, sizeof *t->by_item);
	size_t nuses = 0;
	for (size_t i = 0; i < r->nnodes; i++) {
		const struct m_node *n = r->nodes[i];
		if (n->via) {
			nuses++;
			continue;
		}
		if (!n->item || n->kind == N_FALL)
			continue;
		size_t h = slot_of(n->item, t->cap);
		while (t->by_item[h] && t->by_item[h]->item != n->item)
			h = (h + 1) & (t->cap - 1);
		if (!t->by_item[h])
			t->by_item[h] = n;
	}
	t->ucap = 16;
	while (t->ucap < 2 * nuses + 2)
		t->ucap *= 2;
	t->key_use = xcalloc(t->ucap, sizeof *t->key_use);
	t->run = xcalloc(t->ucap, sizeof *t->run);
	t->nrun = xcalloc(t->ucap, sizeof *t->nrun);
	/* The copies of each use, counted, then placed. */
	size_t *cnt = xcalloc(t->ucap, sizeof *cnt);
	for (size_t i = 0; i < r->nnodes; i++) {
		const struct m_node *n = r->nodes[i];
		if (!n->via)
			continue;
		size_t h = slot_of(n->via, t->ucap);
		while (t->key_use[h] && t->key_use[h] != n->via)
			h = (h + 1) & (t->ucap - 1);
		t->key_use[h] = n->via;
		cnt[h]++;
	}
	const struct m_node ***all = xcalloc(t->ucap, sizeof *all);
	size_t *fill = xcalloc(t->ucap, sizeof *fill);
	for (size_t h = 0; h < t->ucap; h++)
		if (cnt[h])
			all[h] = xcalloc(cnt[h] + 1, sizeof **all);
	for (size_t i = 0; i < r->nnodes; i++) {
		const struct m_node *n = r->nodes[i];
		if (!n->via)
			continue;
		size_t h = slot_of(n->via, t->ucap);
		while (t->key_use[h] != n->via)
			h = (h + 1) & (t->ucap - 1);
		all[h][fill[h]++] = n;
	}
	for (size_t h = 0; h < t->ucap; h++) {
		if (!cnt[h])
			continue;
		const struct m_node **v = all[h];
		size_t k = cnt[h];
		/* The head: the one no other copy of the run leads to. */
		const struct m_node *head = NULL;
		for (size_t i = 0; i < k && !head; i++) {
			bool led = false;
			for (size_t j = 0; j < k && !led; j++)
				led = v[j]->next == v[i];
			if (!led)
				head = v[i];
		}
		const struct m_node **run = xcalloc(k + 1, sizeof *run);
		size_t m = 0;
		for (const struct m_node *c = head; c && c->via == t->key_use[h] && m < k;
		     c = c->next)
			run[m++] = c;
		t->run[h] = run;
		t->nrun[h] = m;
		free(v);
	}
	free(all);
	free(fill);
	free(cnt);
}

static void items_free(struct items *t)
{
	for (size_t h = 0; h < t->ucap; h++)
		free(t->run[h]);
	free(t->run);
	free(t->nrun);
	free(t->key_use);
	free(t->by_item);
}

/* The node written from item it, or NULL. */
static const struct m_node *node_of(const struct items *t, const struct ast_item *it)
{
	size_t h = slot_of(it, t->cap);
	while (t->by_item[h] && t->by_item[h]->item != it)
		h = (h + 1) & (t->cap - 1);
	return t->by_item[h];
}

/* The run of use (its steps in order), or NULL with *n = 0. */
static const struct m_node **run_of(const struct items *t, const struct ast_item *use,
				    size_t *n)
{
	size_t h = slot_of(use, t->ucap);
	while (t->key_use[h] && t->key_use[h] != use)
		h = (h + 1) & (t->ucap - 1);
	*n = t->key_use[h] ? t->nrun[h] : 0;
	return t->key_use[h] ? t->run[h] : NULL;
}

/* The entries being collected, in the model's arena. */
struct walk {
	struct arena *a;
	const struct m_reg *reg;
	const struct items *t;
	struct m_entry *v;
	size_t n, cap;
};

static void push(struct walk *w, struct m_entry e)
{
	if (w->n == w->cap) {
		w->cap = w->cap ? 2 * w->cap : 16;
		w->v = xrealloc(w->v, w->cap * sizeof *w->v);
	}
	w->v[w->n++] = e;
}

static const struct m_route *route_named(const struct m_reg *reg, const char *id)
{
	for (size_t i = 0; i < reg->nroutes; i++)
		if (strcmp(reg->routes[i]->id, id) == 0)
			return reg->routes[i];
	return NULL;
}

static void walk(struct walk *w, const struct ast_block *b, int depth)
{
	for (const struct ast_item *it = b->first; it; it = it->next) {
		struct m_entry e = { .depth = depth };
		switch (it->kind) {
		case AST_STEP:
		case AST_END:
		case AST_GOTO:
			e.kind = it->kind == AST_STEP ? ME_STEP : it->kind == AST_END ? ME_END : ME_JUMP;
			if ((e.node = node_of(w->t, it)))
				push(w, e);
			break;
		case AST_USE: {
			size_t n;
			const struct m_node **run = run_of(w->t, it, &n);
			if (!n)
				break;
			e.kind = ME_USE;
			e.run = arena_alloc(w->a, n * sizeof *e.run);
			memcpy(e.run, run, n * sizeof *e.run);
			e.nrun = n;
			e.node = run[0];
			e.from = it->u.use.from.route.name ? route_named(w->reg, it->u.use.from.route.name)
							   : w->t->r;
			push(w, e);
			break;
		}
		case AST_IF:
			e.kind = ME_DECISION;
			if (!(e.node = node_of(w->t, it)))
				break;
			push(w, e);
			for (const struct ast_arm *a = it->u.dec.arms; a; a = a->next) {
				push(w, (struct m_entry){ .kind = ME_ARM, .depth = depth, .node = e.node,
							  .yes = a->yes });
				walk(w, &a->body, depth + 1);
			}
			break;
		case AST_TERM:
			break;
		}
	}
}

static bool is_column(const struct m_node *n)
{
	return n->kind == N_STEP && n->actor && n->actor->kind != AK_APPLICANT;
}

/* Every step, reused run and decision is a sub-paragraph; every step of a
 * structural unit (not the applicant) is a column of Appendix 1.  A column
 * that opens a branch carries the decision: the first column of a written
 * branch, or the first column after a decision whose other branch is not
 * written (the route goes on there). */
static void number(struct m_route *r, struct arena *a)
{
	unsigned k = 0;
	const struct m_node *pend = NULL, *cont = NULL;
	bool pend_yes = false, cont_yes = false;
	int pend_depth = -1, cont_depth = -1;
	size_t ncols = 0;
	for (size_t i = 0; i < r->nentries; i++)
		ncols += r->entries[i].kind == ME_STEP ? 1 : r->entries[i].kind == ME_USE
								     ? r->entries[i].nrun : 0;
	r->cols = arena_alloc(a, (ncols + 1) * sizeof *r->cols);
	r->ncols = 0;
#define ADD_COL(n, d, y)                                                          \
	do {                                                                      \
		r->cols[r->ncols++] = (struct m_col){ (n), (d), (y) };            \
		((struct m_node *)(n))->col = (unsigned)r->ncols;                 \
	} while (0)
	for (size_t i = 0; i < r->nentries; i++) {
		struct m_entry *e = &r->entries[i];
		const struct m_node *dec = NULL;
		bool yes = false;
		if (cont && e->kind != ME_ARM && e->depth <= cont_depth) {
			if (e->depth == cont_depth) {
				dec = cont;
				yes = cont_yes;
			}
			cont = NULL;
		}
		if (pend && e->depth == pend_depth) {
			dec = pend;
			yes = pend_yes;
		}
		pend = NULL;
		switch (e->kind) {
		case ME_STEP:
			e->sub = ++k;
			((struct m_node *)e->node)->sub = k;
			if (is_column(e->node))
				ADD_COL(e->node, dec, yes);
			break;
		case ME_USE:
			e->sub = ++k;
			for (size_t j = 0; j < e->nrun; j++) {
				((struct m_node *)e->run[j])->sub = k;
				if (is_column(e->run[j])) {
					ADD_COL(e->run[j], dec, yes);
					dec = NULL;
				}
			}
			break;
		case ME_DECISION: {
			e->sub = ++k;
			((struct m_node *)e->node)->sub = k;
			bool has_yes = false, has_no = false;
			for (size_t j = i + 1; j < r->nentries && r->entries[j].depth >= e->depth; j++)
				if (r->entries[j].kind == ME_ARM && r->entries[j].node == e->node) {
					has_yes |= r->entries[j].yes;
					has_no |= !r->entries[j].yes;
				}
			if (has_yes != has_no) {
				cont = e->node;
				cont_yes = !has_yes;
				cont_depth = e->depth;
			}
			break;
		}
		case ME_ARM:
			pend = e->node;
			pend_yes = e->yes;
			pend_depth = e->depth + 1;
			break;
		case ME_END:
		case ME_JUMP:
			break;
		}
	}
#undef ADD_COL
	r->last_sub = k;
}

void number_routes(struct m_reg *reg)
{
	if (reg->numbered)
		return;
	reg->numbered = true;
	for (size_t i = 0; i < reg->nroutes; i++) {
		struct m_route *r = reg->routes[i];
		struct items t;
		items_init(&t, r);
		struct walk w = { reg->arena, reg, &t, NULL, 0, 0 };
		walk(&w, &r->ast->body, 0);
		r->entries = arena_alloc(reg->arena, (w.n + 1) * sizeof *r->entries);
		if (w.n)
			memcpy(r->entries, w.v, w.n * sizeof *w.v);
		r->nentries = w.n;
		free(w.v);
		items_free(&t);
		number(r, reg->arena);
	}
}

unsigned number_sub_in(const struct m_route *o, const struct m_node *n)
{
	for (size_t i = 0; i < o->nnodes; i++)
		if (o->nodes[i]->item == n->item && o->nodes[i]->sub)
			return o->nodes[i]->sub;
	return 0;
}

static bool within(struct span s, size_t at)
{
	return at >= s.lo && at < (s.hi > s.lo ? s.hi : s.lo + 1);
}

void model_locate(const struct m_reg *reg, size_t at, const struct m_route **route,
		  const struct m_node **node, const struct m_stated **stated)
{
	*route = NULL;
	*node = NULL;
	*stated = NULL;
	uint32_t best = UINT32_MAX;
	for (size_t r = 0; r < reg->nroutes; r++) {
		const struct m_route *rt = reg->routes[r];
		for (size_t i = 0; i < rt->nnodes; i++) {
			const struct m_node *n = rt->nodes[i];
			for (const struct m_stated *s = n->stated; s; s = s->next)
				if (within(s->at, at)) {
					*route = rt;
					*node = n;
					*stated = s;
					return;
				}
			if (n->via || !n->item || n->kind == N_FALL || n->kind == N_START)
				continue;
			if (within(n->at, at) && n->at.hi - n->at.lo < best) {
				best = n->at.hi - n->at.lo;
				*route = rt;
				*node = n;
			}
		}
	}
	if (*node)
		return;
	for (size_t r = 0; r < reg->nroutes; r++)
		if (within(reg->routes[r]->at, at))
			*route = reg->routes[r];
}

/* ---- quotes -------------------------------------------------------------------- */

struct quotes {
	struct m_quote *v;
	size_t n, cap;
};

/* Room for one more quote at the end of q. */
static struct m_quote *quote_push(struct quotes *q)
{
	if (q->n == q->cap) {
		q->cap = q->cap ? 2 * q->cap : 64;
		q->v = xrealloc(q->v, q->cap * sizeof *q->v);
	}
	return &q->v[q->n++];
}

static void quote_stated(struct quotes *q, const struct m_stated *list, struct m_route *route,
			 struct m_node *node)
{
	for (const struct m_stated *s = list; s; s = s->next) {
		if (!s->phrase) /* `silent`: no quote */
			continue;
		*quote_push(q) = (struct m_quote){
			.kind = MQ_STATED, .text = s->phrase, .at = s->phrase_at,
			.where = s->where, .route = route, .node = node, .stated = s,
		};
	}
}

static int cmp_quote(const void *a, const void *b)
{
	const struct m_quote *x = a, *y = b;
	return x->at.lo < y->at.lo ? -1 : x->at.lo > y->at.lo;
}

struct m_quote *model_quotes(const struct m_reg *reg, size_t *n)
{
	struct quotes q = { 0 };
	for (size_t r = 0; r < reg->nroutes; r++) {
		struct m_route *rt = reg->routes[r];
		for (size_t i = 0; i < rt->nnodes; i++)
			quote_stated(&q, rt->nodes[i]->stated, rt, rt->nodes[i]);
		for (int o = 0; o < OUT__COUNT; o++)
			quote_stated(&q, rt->terms[o].stated, rt, NULL);
	}
	for (int o = 0; o < OUT__COUNT; o++)
		quote_stated(&q, reg->terms[o].stated, NULL, NULL);
	/* the cells of the appendices as printed (their term cells are
	   statements, above) */
	for (size_t p = 0; p < reg->nparts; p++) {
		const struct m_part *pt = &reg->parts[p];
		const struct ast_cell *title = &pt->ast->title;
		if (title->s && *title->s)
			*quote_push(&q) = (struct m_quote){
				.kind = MQ_CELL, .text = title->s, .at = title->at,
				.where = pt->apx->where.s, .route = pt->route,
			};
		for (size_t i = 0; i < pt->nrows; i++) {
			const struct m_row *row = &pt->rows[i];
			struct m_node *node = row->nnodes == 1 ? row->nodes[0] : NULL;
			const struct ast_cell *c[] = { &row->ast->unit, &row->ast->action,
						       &row->ast->handoff,
						       row->term_stated ? NULL : &row->ast->term };
			for (size_t k = 0; k < 4; k++) {
				if (!c[k] || !c[k]->s || !*c[k]->s)
					continue;
				/* a term cell that is no statement does not cover
				   the duration it prints: the statements written
				   for its steps must */
				*quote_push(&q) = (struct m_quote){
					.kind = k == 3 ? MQ_MARK : MQ_CELL, .text = c[k]->s,
					.at = c[k]->at, .where = row->where,
					.route = pt->route, .node = node,
				};
			}
			if (row->ast->num.s && *row->ast->num.s)
				*quote_push(&q) = (struct m_quote){
					.kind = MQ_MARK, .text = row->ast->num.s,
					.at = row->ast->num.at, .where = row->where,
					.route = pt->route, .node = node,
				};
			for (const struct ast_mark *m = row->ast->marks; m; m = m->next)
				*quote_push(&q) = (struct m_quote){
					.kind = MQ_MARK, .text = m->text.s, .at = m->text.at,
					.where = row->where, .route = pt->route, .node = node,
				};
		}
	}
	for (const struct ast_participants *pl = reg->ast->participants; pl; pl = pl->next)
		for (const struct ast_mark *m = pl->names; m; m = m->next)
			if (m->text.s && *m->text.s)
				*quote_push(&q) = (struct m_quote){
					.kind = MQ_CELL, .text = m->text.s, .at = m->text.at,
					.where = pl->where.s,
				};
	/* Nodes are kept in the order sema lowered them, not as written. */
	if (q.n > 1)
		qsort(q.v, q.n, sizeof *q.v, cmp_quote);
	*n = q.n;
	return q.v;
}
