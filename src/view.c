/*
 * view.c — a regulation as the outputs show it, in one language (view.h).
 *
 * The walk of a route (struct vflow) is the diagrams' picture of its
 * graph: depth first from the start, a decision's written branch first,
 * through `goto`s to what they reach.  It was gv.c's; every output that
 * orders lanes or marks the critical path reads it from here.
 */
#include "view.h"

#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "msg.h"

static bool visible(const struct m_node *n)
{
	return n && (n->kind == N_START || n->kind == N_STEP || n->kind == N_DECISION ||
		     n->kind == N_END);
}

/* The drawn node a successor pointer leads to, through `goto`s; *jump is
 * the first goto passed.  NULL when it leads nowhere drawable. */
static const struct m_node *resolve(const struct vflow *f, const struct m_node *s,
				    const struct m_node **jump)
{
	*jump = NULL;
	for (size_t guard = 0; s && s->kind == N_JUMP && guard <= f->n; guard++) {
		if (!*jump)
			*jump = s;
		s = s->next;
	}
	return visible(s) && s->kind != N_START ? s : NULL;
}

/* The successors of a drawn node, in the order the walk takes them: a
 * decision's written branch first (the one the text shows first). */
static int successors(const struct m_node *n, const struct m_node *out[2], enum vf_edge_kind k[2])
{
	switch (n->kind) {
	case N_START:
	case N_STEP:
		out[0] = n->next;
		k[0] = VF_NEXT;
		return 1;
	case N_DECISION: {
		bool no_first = n->no_first;
		out[0] = no_first ? n->no : n->yes;
		k[0] = no_first ? VF_NO : VF_YES;
		out[1] = no_first ? n->yes : n->no;
		k[1] = no_first ? VF_YES : VF_NO;
		return 2;
	}
	default:
		return 0;
	}
}

static void add_edge(struct vflow *f, struct vf_edge e)
{
	if (f->ne == f->cape) {
		f->cape = f->cape ? 2 * f->cape : 32;
		f->e = xrealloc(f->e, f->cape * sizeof *f->e);
	}
	f->e[f->ne++] = e;
}

/*
 * Depth-first walk from the start: preorder, tree parents, edges, and back
 * edges (to a node still on the stack: a loop).  Iterative, so a route of
 * any length fits.  Returns the postorder.
 */
static uint32_t *walk(struct vflow *f, const struct m_route *r)
{
	size_t n = f->n;
	uint8_t *state = xcalloc(n + 1, 1); /* 0 new, 1 on the stack, 2 done */
	uint8_t *next = xcalloc(n + 1, 1);  /* successors taken so far */
	uint32_t *stack = xmalloc((n + 1) * sizeof *stack);
	uint32_t *post = xmalloc((n + 1) * sizeof *post);
	size_t sp = 0, np = 0;
	uint32_t s0 = r->start->index;
	stack[sp++] = s0;
	state[s0] = 1;
	f->pre[s0] = 0;
	f->seq[f->nseq++] = s0;
	while (sp) {
		uint32_t v = stack[sp - 1];
		const struct m_node *succ[2];
		enum vf_edge_kind kinds[2];
		int ns = successors(r->nodes[v], succ, kinds);
		if (next[v] < ns) {
			int k = next[v]++;
			const struct m_node *jump;
			const struct m_node *w = resolve(f, succ[k], &jump);
			if (!w)
				continue;
			add_edge(f, (struct vf_edge){ v, w->index, kinds[k], jump,
						   state[w->index] == 1 });
			if (state[w->index] == 0) {
				state[w->index] = 1;
				f->pre[w->index] = (int32_t)f->nseq;
				f->seq[f->nseq++] = w->index;
				f->parent[w->index] = (int32_t)v;
				stack[sp++] = w->index;
			}
			continue;
		}
		state[v] = 2;
		post[np++] = v;
		sp--;
	}
	free(state);
	free(next);
	free(stack);
	return post;
}

/* Longest path from the start over forward edges, in reverse postorder
 * (a topological order once back edges are left out). */
static void rank_nodes(struct vflow *f, const uint32_t *post)
{
	/* Relax edges in topological order: a node's rank is final when it is
	 * reached in reverse postorder. */
	int32_t *order = xmalloc((f->n + 1) * sizeof *order);
	for (size_t i = 0; i < f->nseq; i++)
		order[post[i]] = (int32_t)(f->nseq - 1 - i);
	struct vf_edge **by = xmalloc((f->ne + 1) * sizeof *by);
	size_t nb = 0;
	for (size_t k = 0; k < f->ne; k++)
		if (!f->e[k].back)
			by[nb++] = &f->e[k];
	/* sort forward edges by their source's topological position */
	for (size_t i = 1; i < nb; i++) {
		struct vf_edge *x = by[i];
		size_t j = i;
		while (j && order[by[j - 1]->from] > order[x->from]) {
			by[j] = by[j - 1];
			j--;
		}
		by[j] = x;
	}
	for (size_t k = 0; k < nb; k++) {
		int32_t r = f->rank[by[k]->from] + 1;
		if (r > f->rank[by[k]->to])
			f->rank[by[k]->to] = r;
	}
	free(by);
	free(order);
}

/*
 * Lanes: a step's actor; a decision's own actor or its parent's lane; an
 * end takes its parent's lane and the start its child's.  Lanes are
 * numbered in order of first appearance in the walk.
 */
static void assign_lanes(struct vflow *f, const struct m_route *r, size_t nactors)
{
	f->lanes = xmalloc((nactors + 1) * sizeof *f->lanes);
	for (size_t i = 0; i < f->nseq; i++) {
		const struct m_node *n = r->nodes[f->seq[i]];
		const struct m_actor *a = NULL;
		if (n->kind == N_STEP || n->kind == N_DECISION)
			a = n->actor;
		if (!a)
			continue;
		size_t l = 0;
		while (l < f->nlanes && f->lanes[l] != a)
			l++;
		if (l == f->nlanes)
			f->lanes[f->nlanes++] = a;
		f->lane[n->index] = (int32_t)l;
	}
	if (f->nlanes == 0) { /* a route of ends only: one anonymous lane */
		f->nlanes = 1;
		f->lanes[0] = NULL;
	}
	/* nodes without an actor: in preorder, so a parent is done first */
	for (size_t i = 1; i < f->nseq; i++) {
		uint32_t v = f->seq[i];
		if (f->lane[v] >= 0)
			continue;
		int32_t p = f->parent[v];
		f->lane[v] = p >= 0 && f->lane[p] >= 0 ? f->lane[p] : 0;
	}
	uint32_t s0 = r->start->index;
	f->lane[s0] = 0;
	for (size_t k = 0; k < f->ne; k++)
		if (f->e[k].from == s0)
			f->lane[s0] = f->lane[f->e[k].to];
}

/*
 * The main line of the block diagram: from the start, at each decision
 * the branch nearer (in drawn nodes) to a result end; drawn straight
 * down the middle, the other branches to its sides.
 */
static void main_line(struct vflow *f, const struct m_route *r, const uint32_t *post)
{
	const int32_t far = INT32_MAX / 2;
	int32_t *dist = xmalloc((f->n + 1) * sizeof *dist);
	for (size_t i = 0; i < f->n; i++)
		dist[i] = far;
	/* postorder: successors (over forward edges) come first */
	for (size_t i = 0; i < f->nseq; i++) {
		uint32_t v = post[i];
		const struct m_node *n = r->nodes[v];
		if (n->kind == N_END && n->outcome == OUT_RESULT)
			dist[v] = 0;
		for (size_t k = 0; k < f->ne; k++)
			if (f->e[k].from == v && !f->e[k].back && dist[f->e[k].to] + 1 < dist[v])
				dist[v] = dist[f->e[k].to] + 1;
	}
	uint32_t v = r->start->index;
	for (size_t guard = 0; guard <= f->n; guard++) {
		f->main[v] = true;
		int32_t best = -1;
		for (size_t k = 0; k < f->ne; k++)
			if (f->e[k].from == v && !f->e[k].back &&
			    (best < 0 || dist[f->e[k].to] < dist[best] ||
			     (dist[f->e[k].to] == dist[best] && f->e[k].kind == VF_YES)))
				best = (int32_t)f->e[k].to;
		if (best < 0 || f->main[best])
			break;
		v = (uint32_t)best;
	}
	free(dist);
}

/*
 * Which nodes are drawn as critical.  The timing analysis marks the nodes
 * of each outcome's worst path; a terminal it leaves unmarked is critical
 * when a marked step leads straight to it (the start: when its first node
 * is marked).
 */
static void mark_critical(struct vflow *f, const struct m_route *r)
{
	for (size_t i = 0; i < f->nseq; i++) {
		const struct m_node *n = r->nodes[f->seq[i]];
		f->crit[n->index] = n->critical;
		f->any_crit |= n->critical;
		f->any_finding |= n->finding && n->kind != N_START && n->kind != N_END;
	}
	for (size_t k = 0; k < f->ne; k++) {
		const struct m_node *a = r->nodes[f->e[k].from], *b = r->nodes[f->e[k].to];
		if (a->kind == N_START && b->critical)
			f->crit[a->index] = true;
		if (b->kind == N_END && a->critical && a->kind == N_STEP && !f->e[k].back)
			f->crit[b->index] = true;
	}
}

/* Whether `to` is reachable from `from` through critical nodes only, over
 * forward edges (bounded by the node count). */
static bool crit_reach(const struct vflow *f, uint32_t from, uint32_t to)
{
	bool *seen = xcalloc(f->n + 1, sizeof *seen);
	uint32_t *stack = xmalloc((f->n + 1) * sizeof *stack);
	size_t sp = 0;
	bool hit = false;
	stack[sp++] = from;
	seen[from] = true;
	while (sp && !hit) {
		uint32_t v = stack[--sp];
		if (v == to) {
			hit = true;
			break;
		}
		for (size_t k = 0; k < f->ne; k++) {
			const struct vf_edge *e = &f->e[k];
			if (e->from == v && !e->back && f->crit[e->to] && !seen[e->to]) {
				seen[e->to] = true;
				stack[sp++] = e->to;
			}
		}
	}
	free(seen);
	free(stack);
	return hit;
}

/*
 * An edge is drawn as critical when both ends are, except a decision's
 * shortcut: when the other branch is critical too and rejoins this one
 * through critical nodes, the worst path went the long way round.
 */
bool vflow_edge_critical(const struct vflow *f, const struct m_route *r,
			 const struct vf_edge *e)
{
	if (!f->crit[e->from] || !f->crit[e->to] || e->back)
		return false;
	const struct m_node *a = r->nodes[e->from];
	if (a->kind != N_DECISION)
		return true;
	for (size_t k = 0; k < f->ne; k++) {
		const struct vf_edge *o = &f->e[k];
		if (o != e && o->from == e->from && !o->back && o->to != e->to &&
		    f->crit[o->to] && crit_reach(f, o->to, e->to))
			return false;
	}
	return true;
}

static void vflow_free(struct vflow *f)
{
	free(f->pre);
	free(f->seq);
	free(f->parent);
	free(f->e);
	free(f->rank);
	free(f->lane);
	free(f->lanes);
	free(f->main);
	free(f->crit);
	free(f->review);
	memset(f, 0, sizeof *f);
}

/* Everything the diagrams need about route r (routes are small; the cost
 * is nothing next to a layout). */
static void vflow_make(struct vflow *f, const struct m_route *r, size_t nactors)
{
	memset(f, 0, sizeof *f);
	f->n = r->nnodes;
	size_t n = f->n + 1;
	f->pre = xmalloc(n * sizeof *f->pre);
	f->parent = xmalloc(n * sizeof *f->parent);
	f->rank = xcalloc(n, sizeof *f->rank);
	f->lane = xmalloc(n * sizeof *f->lane);
	for (size_t i = 0; i < n; i++)
		f->pre[i] = f->parent[i] = f->lane[i] = -1;
	f->seq = xmalloc(n * sizeof *f->seq);
	f->main = xcalloc(n, sizeof *f->main);
	f->crit = xcalloc(n, sizeof *f->crit);
	f->review = xcalloc(n, sizeof *f->review);
	uint32_t *post = walk(f, r);
	rank_nodes(f, post);
	assign_lanes(f, r, nactors);
	main_line(f, r, post);
	mark_critical(f, r);
	free(post);
}

/* ---- the view ------------------------------------------------------------------ */

const char *view_text(const struct view *v, const struct m_text *t)
{
	const char *s = m_text_in(t, v->lang == LANG_RU);
	return s ? s : "";
}

const char *view_actor(const struct view *v, const struct m_actor *a)
{
	if (!a)
		return "";
	const char *s = view_text(v, &a->name);
	return *s ? s : a->id;
}

/* The file's findings, in the view's language, each with what it is
 * about.  A missing Russian text is no finding of the Kazakh view. */
static void take_findings(struct view *v, const struct diags *d)
{
	const struct source *reg_src = v->reg->src;
	enum diag_lang ml = v->lang == LANG_RU ? DIAG_LANG_RU : DIAG_LANG_KK;
	v->findings = xcalloc(d->n + 1, sizeof *v->findings);
	for (size_t i = 0; i < d->n; i++) {
		const struct diag *g = d->v[i];
		if (g->code == D_TEXT_LANG && v->lang == LANG_KK)
			continue;
		struct view_finding *x = &v->findings[v->nfindings++];
		x->code = g->code;
		x->sev = g->sev;
		if (g->src)
			x->at = source_linecol(g->src, g->lo);
		if (g->src && g->src != reg_src)
			x->file = g->src->path;
		x->route = -1;
		x->node = g->node;
		x->apx = g->apx;
		for (size_t r = 0; r < v->nroutes; r++)
			if (v->routes[r].r == g->route)
				x->route = (int)r;
		x->msg = msg_text(&g->m, ml);
		x->hint = g->hint ? msg_text(&g->mhint, ml) : NULL;
		x->notes = xcalloc(g->nnotes + 1, sizeof *x->notes);
		for (size_t k = 0; k < g->nnotes; k++) {
			const struct diag_note *n = &g->notes[k];
			struct view_note *y = &x->notes[x->nnotes++];
			y->placed = n->src != NULL;
			if (n->src)
				y->at = source_linecol(n->src, n->lo);
			if (n->src && n->src != reg_src)
				y->file = n->src->path;
			y->msg = msg_text(&n->m, ml);
		}
		if (x->sev == DIAG_ERROR)
			v->nerrors++;
		else if (x->sev == DIAG_WARNING)
			v->nwarnings++;
	}
}

bool view_structural(enum diag_code code)
{
	return code >= D_APX_MISSING && code <= D_APX_BAD;
}

bool view_finding_about(const struct view_finding *x, const struct m_node *n)
{
	if (!n)
		return false;
	if (x->node == n)
		return true;
	if (x->apx.row)
		for (size_t k = 0; k < x->apx.row->nnodes; k++)
			if (x->apx.row->nodes[k] == n)
				return true;
	return false;
}

/* The nodes the structural findings are about, per route. */
static void mark_review(struct view *v)
{
	for (size_t r = 0; r < v->nroutes; r++) {
		struct view_route *vr = &v->routes[r];
		struct vflow *f = &vr->flow;
		for (size_t i = 0; i < f->nseq; i++) {
			const struct m_node *n = vr->r->nodes[f->seq[i]];
			if (n->kind != N_STEP && n->kind != N_DECISION)
				continue;
			for (size_t k = 0; k < v->nfindings && !f->review[n->index]; k++)
				f->review[n->index] = view_structural(v->findings[k].code) &&
						      view_finding_about(&v->findings[k], n);
			f->any_review |= f->review[n->index];
		}
	}
}

bool view_marked(const struct view *v, const struct vflow *f, const struct m_node *n)
{
	if (!v->review || n->kind == N_START || n->kind == N_END)
		return false;
	return n->finding || f->review[n->index];
}

struct view *view_build(const struct m_reg *reg, enum lang l, const char *const *names,
			const struct calendar *cal, const struct diags *d)
{
	struct view *v = xcalloc(1, sizeof *v);
	v->reg = reg;
	v->lang = l;
	v->cal = cal;
	v->title = reg->meta.title.kk ? view_text(v, &reg->meta.title)
				      : reg->id ? reg->id : "";
	v->nroutes = reg->nroutes;
	v->routes = xcalloc(reg->nroutes + 1, sizeof *v->routes);
	for (size_t i = 0; i < reg->nroutes; i++) {
		struct view_route *vr = &v->routes[i];
		vr->r = reg->routes[i];
		vr->name = names ? names[i] : vr->r->id;
		const char *t = m_text_in(&vr->r->title, l == LANG_RU);
		vr->title = t ? t : vr->r->id;
		vflow_make(&vr->flow, vr->r, reg->nactors);
	}
	v->review = true;
	if (d)
		take_findings(v, d);
	mark_review(v);
	return v;
}

void view_free(struct view *v)
{
	if (!v)
		return;
	for (size_t i = 0; i < v->nroutes; i++)
		vflow_free(&v->routes[i].flow);
	for (size_t i = 0; i < v->nfindings; i++) {
		struct view_finding *x = &v->findings[i];
		for (size_t k = 0; k < x->nnotes; k++)
			free(x->notes[k].msg);
		free(x->notes);
		free(x->msg);
		free(x->hint);
	}
	free(v->findings);
	free(v->routes);
	free(v);
}
