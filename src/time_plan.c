/*
 * time_plan.c — plans and paths, for the timing checker (see time.h,
 * time_int.h and docs/timing.md §4 and §10).
 *
 * Contract: plan_build turns a route into a plan: its nodes in
 * topological order with successor indices — the route itself when it
 * has no loop, else the route unrolled into the states of its bounded
 * loops (at most PLAN_EXTRA more than its nodes, else p->too_big), so
 * that the paths of the plan are the paths of the route.  time_paths
 * lists the paths themselves (for explain), time_path_total sums a path
 * and time_schedule times one on a calendar.  Nothing here knows terms.
 */
#include "time_int.h"

#include <stdlib.h>
#include <string.h>

#include "arena.h"

/* ---- plans: a route as a graph without cycles ---------------------------------- */

/* struct plan: time_int.h. */

/* States the loops of a route may add to its nodes (docs/timing.md §6). */
#define PLAN_EXTRA 65536

void plan_free(struct plan *p)
{
	free(p->node);
	free(p->succ);
	memset(p, 0, sizeof *p);
}

static const struct m_node *succ_of(const struct m_node *n, int k)
{
	if (n->kind == N_DECISION)
		return k == 0 ? n->yes : n->no;
	return k == 0 ? n->next : NULL;
}

/* An edge a path can take: a jump bounded by `max 0` is never taken. */
static const struct m_node *edge_of(const struct m_node *n, int k)
{
	if (n->kind == N_JUMP && n->bounded && n->max == 0)
		return NULL;
	return succ_of(n, k);
}

/* Fill p from a DFS post-order of (node, successor) pairs: reversed, it is
 * a topological order starting at the start. */
static void plan_from_post(struct plan *p, const struct m_node *const *nodes,
			   const int32_t (*succ)[2], const uint32_t *post, size_t np,
			   size_t nstates)
{
	int32_t *pos = xmalloc((nstates + 1) * sizeof *pos);
	p->n = np;
	p->node = xmalloc((np + 1) * sizeof *p->node);
	p->succ = xmalloc((np + 1) * sizeof *p->succ);
	for (size_t i = 0; i < np; i++)
		pos[post[np - 1 - i]] = (int32_t)i;
	for (size_t i = 0; i < np; i++) {
		uint32_t v = post[np - 1 - i];
		p->node[i] = nodes[v];
		for (int k = 0; k < 2; k++)
			p->succ[i][k] = succ[v][k] >= 0 ? pos[succ[v][k]] : -1;
	}
	free(pos);
}

/*
 * The route as it is, when it has no cycle (iterative DFS).  Returns false
 * when a cycle is met.
 */
static bool plan_route(const struct m_route *r, struct plan *p)
{
	size_t n = r->nnodes;
	uint8_t *state = xcalloc(n + 1, 1); /* 0 new, 1 open, 2 done */
	uint32_t *stack = xmalloc((n + 1) * sizeof *stack);
	uint8_t *edge = xcalloc(n + 1, 1);
	uint32_t *post = xmalloc((n + 1) * sizeof *post);
	int32_t(*succ)[2] = xmalloc((n + 1) * sizeof *succ);
	size_t sp = 0, np = 0;
	bool acyclic = true;
	stack[sp++] = r->start->index;
	state[r->start->index] = 1;
	while (sp && acyclic) {
		uint32_t v = stack[sp - 1];
		if (edge[v] < 2) {
			int k = edge[v]++;
			const struct m_node *w = edge_of(r->nodes[v], k);
			succ[v][k] = w ? (int32_t)w->index : -1;
			if (!w)
				continue;
			if (state[w->index] == 1)
				acyclic = false;
			else if (state[w->index] == 0) {
				state[w->index] = 1;
				stack[sp++] = w->index;
			}
			continue;
		}
		state[v] = 2;
		post[np++] = v;
		sp--;
	}
	if (acyclic)
		plan_from_post(p, (const struct m_node *const *)r->nodes,
			       (const int32_t(*)[2])succ, post, np, n);
	free(state);
	free(stack);
	free(edge);
	free(post);
	free(succ);
	return acyclic;
}

/* The strongly connected components of the nodes the start reaches
 * (iterative Tarjan); comp[i] = UINT32_MAX for a node it does not reach. */
static uint32_t *route_sccs(const struct m_route *r)
{
	size_t n = r->nnodes;
	uint32_t *comp = xmalloc((n + 1) * sizeof *comp);
	uint32_t *idx = xmalloc((n + 1) * sizeof *idx), *low = xmalloc((n + 1) * sizeof *low);
	uint32_t *st = xmalloc((n + 1) * sizeof *st), *cs = xmalloc((n + 1) * sizeof *cs);
	uint8_t *ek = xcalloc(n + 1, 1);
	bool *on = xcalloc(n + 1, sizeof *on);
	for (size_t i = 0; i < n; i++)
		idx[i] = comp[i] = UINT32_MAX;
	uint32_t next = 0, sp = 0, csp = 0, nc = 0, root = r->start->index;
	idx[root] = low[root] = next++;
	st[sp++] = root;
	on[root] = true;
	cs[csp++] = root;
	while (csp) {
		uint32_t v = cs[csp - 1];
		if (ek[v] < 2) {
			const struct m_node *w = edge_of(r->nodes[v], ek[v]++);
			if (!w)
				continue;
			uint32_t x = w->index;
			if (idx[x] == UINT32_MAX) {
				idx[x] = low[x] = next++;
				st[sp++] = x;
				on[x] = true;
				cs[csp++] = x;
			} else if (on[x] && idx[x] < low[v]) {
				low[v] = idx[x];
			}
			continue;
		}
		csp--;
		if (csp && low[v] < low[cs[csp - 1]])
			low[cs[csp - 1]] = low[v];
		if (low[v] == idx[v]) {
			uint32_t x;
			do {
				x = st[--sp];
				on[x] = false;
				comp[x] = nc;
			} while (x != v);
			nc++;
		}
	}
	free(idx);
	free(low);
	free(st);
	free(cs);
	free(ek);
	free(on);
	return comp;
}

/*
 * Unrolling a route with bounded loops.  A state is a node and, for each
 * bounded jump of the node's own strongly connected component, how many
 * times the path has taken it.  A count outside the component is
 * forgotten: a path that has left a loop cannot come back to it, and one
 * that has not entered it yet has taken none of its jumps.  Every cycle of
 * a valid route takes a bounded jump, whose count only grows, so the
 * states form a graph without cycles whose paths are the route's paths.
 */
struct unroll {
	const struct m_route *r;
	const uint32_t *comp;      /* component of each node */
	const uint32_t *slot;      /* counted jump: its index in its component */
	const uint32_t *kc;        /* counted jumps per component */
	uint32_t *snode, *soff;    /* per state: node, offset of its counts */
	int32_t (*ssucc)[2];       /* per state: successor states */
	uint8_t *sflag;            /* per state: 0 new, 1 open, 2 done */
	size_t ns, cap, limit;
	uint32_t *pool;            /* the counts */
	size_t pn, pcap;
	int32_t *ht;               /* open addressing: state index or -1 */
	size_t hcap;
};

static uint64_t ur_hash(uint32_t node, const uint32_t *c, uint32_t k)
{
	uint64_t h = 1469598103934665603ull ^ node;
	h *= 1099511628211ull;
	for (uint32_t i = 0; i < k; i++) {
		h ^= c[i];
		h *= 1099511628211ull;
	}
	return h ^ (h >> 29);
}

static void ur_rehash(struct unroll *u)
{
	free(u->ht);
	u->hcap *= 2;
	u->ht = xmalloc(u->hcap * sizeof *u->ht);
	for (size_t i = 0; i < u->hcap; i++)
		u->ht[i] = -1;
	for (size_t s = 0; s < u->ns; s++) {
		uint32_t k = u->kc[u->comp[u->snode[s]]];
		size_t h = ur_hash(u->snode[s], u->pool + u->soff[s], k) & (u->hcap - 1);
		while (u->ht[h] >= 0)
			h = (h + 1) & (u->hcap - 1);
		u->ht[h] = (int32_t)s;
	}
}

/* The state (node, counts), made if new; -1 past the limit. */
static int32_t ur_intern(struct unroll *u, uint32_t node, const uint32_t *c)
{
	uint32_t k = u->kc[u->comp[node]];
	size_t h = ur_hash(node, c, k) & (u->hcap - 1);
	for (; u->ht[h] >= 0; h = (h + 1) & (u->hcap - 1)) {
		int32_t s = u->ht[h];
		if (u->snode[s] == node && memcmp(u->pool + u->soff[s], c, k * sizeof *c) == 0)
			return s;
	}
	if (u->ns >= u->limit)
		return -1;
	if (u->ns == u->cap) {
		u->cap *= 2;
		u->snode = xrealloc(u->snode, u->cap * sizeof *u->snode);
		u->soff = xrealloc(u->soff, u->cap * sizeof *u->soff);
		u->ssucc = xrealloc(u->ssucc, u->cap * sizeof *u->ssucc);
		u->sflag = xrealloc(u->sflag, u->cap * sizeof *u->sflag);
	}
	while (u->pn + k > u->pcap) {
		u->pcap *= 2;
		u->pool = xrealloc(u->pool, u->pcap * sizeof *u->pool);
	}
	size_t s = u->ns++;
	u->snode[s] = node;
	u->soff[s] = (uint32_t)u->pn;
	memcpy(u->pool + u->pn, c, k * sizeof *c);
	u->pn += k;
	u->ssucc[s][0] = u->ssucc[s][1] = -1;
	u->sflag[s] = 0;
	u->ht[h] = (int32_t)s;
	if (u->ns * 2 > u->hcap)
		ur_rehash(u);
	return (int32_t)s;
}

/* The k-th successor state of state s, or -1 (none); *over when the limit
 * is passed. */
static int32_t ur_succ(struct unroll *u, uint32_t s, int k, uint32_t *scratch, bool *over)
{
	const struct m_node *v = u->r->nodes[u->snode[s]];
	const struct m_node *w = edge_of(v, k);
	if (!w)
		return -1;
	uint32_t cv = u->comp[v->index], cw = u->comp[w->index];
	uint32_t kv = u->kc[cv], kw = u->kc[cw];
	if (cv == cw)
		memcpy(scratch, u->pool + u->soff[s], kv * sizeof *scratch);
	else
		memset(scratch, 0, kw * sizeof *scratch);
	if (u->slot[v->index] != UINT32_MAX) { /* a counted jump */
		uint32_t *c = &scratch[u->slot[v->index]];
		if (*c >= v->max)
			return -1;
		(*c)++;
	}
	int32_t t = ur_intern(u, w->index, scratch);
	if (t < 0)
		*over = true;
	return t;
}

/*
 * The route as a plan: as it is when it has no loop, else unrolled (see
 * struct unroll).  p->too_big when the unrolling passes PLAN_EXTRA states
 * more than the route has nodes (or, in a model that is not valid, meets
 * a cycle without a bound).
 */
void plan_build(const struct m_route *r, struct plan *p)
{
	memset(p, 0, sizeof *p);
	size_t n = r->nnodes;
	uint32_t *comp = route_sccs(r);
	uint32_t *slot = xmalloc((n + 1) * sizeof *slot);
	uint32_t *kc = xcalloc(n + 1, sizeof *kc);
	uint32_t kmax = 0;
	for (size_t i = 0; i < n; i++) {
		const struct m_node *v = r->nodes[i];
		slot[i] = UINT32_MAX;
		if (comp[i] != UINT32_MAX && v->kind == N_JUMP && v->bounded && v->max > 0 &&
		    v->next && comp[v->next->index] == comp[i]) {
			slot[i] = kc[comp[i]]++;
			if (kc[comp[i]] > kmax)
				kmax = kc[comp[i]];
		}
	}
	if (kmax == 0) {
		if (!plan_route(r, p))
			p->too_big = true;
		free(comp);
		free(slot);
		free(kc);
		return;
	}
	for (size_t i = 0; i < n; i++) /* unreached nodes: a component of no jumps */
		if (comp[i] == UINT32_MAX)
			comp[i] = (uint32_t)n;
	struct unroll u = { .r = r, .comp = comp, .slot = slot, .kc = kc };
	u.cap = 64;
	u.limit = n + PLAN_EXTRA;
	u.snode = xmalloc(u.cap * sizeof *u.snode);
	u.soff = xmalloc(u.cap * sizeof *u.soff);
	u.ssucc = xmalloc(u.cap * sizeof *u.ssucc);
	u.sflag = xmalloc(u.cap * sizeof *u.sflag);
	u.pcap = 64;
	u.pool = xmalloc(u.pcap * sizeof *u.pool);
	u.hcap = 64;
	u.ht = xmalloc(u.hcap * sizeof *u.ht);
	for (size_t i = 0; i < u.hcap; i++)
		u.ht[i] = -1;
	uint32_t *scratch = xcalloc(kmax + 1, sizeof *scratch);
	size_t scap = 64, sp = 0, np = 0, pcap2 = 64;
	uint32_t *stack = xmalloc(scap * sizeof *stack);
	uint8_t *edge = NULL; /* per state, the successor to try next */
	size_t ecap = 0;
	uint32_t *post = xmalloc(pcap2 * sizeof *post);
	bool over = false, cycle = false;
	int32_t s0 = ur_intern(&u, r->start->index, scratch);
	stack[sp++] = (uint32_t)s0;
	u.sflag[s0] = 1;
	while (sp && !over && !cycle) {
		uint32_t s = stack[sp - 1];
		if (ecap < u.ns) {
			size_t old = ecap;
			ecap = u.cap;
			edge = xrealloc(edge, ecap);
			memset(edge + old, 0, ecap - old);
		}
		if (edge[s] < 2) {
			int k = edge[s]++;
			int32_t t = ur_succ(&u, s, k, scratch, &over);
			u.ssucc[s][k] = t;
			if (t < 0)
				continue;
			if (ecap < u.ns) {
				size_t old = ecap;
				ecap = u.cap;
				edge = xrealloc(edge, ecap);
				memset(edge + old, 0, ecap - old);
			}
			if (u.sflag[t] == 1) {
				cycle = true;
			} else if (u.sflag[t] == 0) {
				u.sflag[t] = 1;
				if (sp == scap) {
					scap *= 2;
					stack = xrealloc(stack, scap * sizeof *stack);
				}
				stack[sp++] = (uint32_t)t;
			}
			continue;
		}
		u.sflag[s] = 2;
		if (np == pcap2) {
			pcap2 *= 2;
			post = xrealloc(post, pcap2 * sizeof *post);
		}
		post[np++] = s;
		sp--;
	}
	if (over || cycle) {
		p->too_big = true;
	} else {
		const struct m_node **nodes = xmalloc((u.ns + 1) * sizeof *nodes);
		for (size_t s = 0; s < u.ns; s++)
			nodes[s] = r->nodes[u.snode[s]];
		plan_from_post(p, nodes, (const int32_t(*)[2])u.ssucc, post, np, u.ns);
		free(nodes);
	}
	free(u.snode);
	free(u.soff);
	free(u.ssucc);
	free(u.sflag);
	free(u.pool);
	free(u.ht);
	free(scratch);
	free(stack);
	free(edge);
	free(post);
	free(comp);
	free(slot);
	free(kc);
}

/* ---- paths ---------------------------------------------------------------------- */

void time_paths_free(struct path_set *ps)
{
	for (size_t i = 0; i < ps->n; i++)
		free(ps->v[i]);
	free(ps->v);
	free(ps->len);
	memset(ps, 0, sizeof *ps);
}

size_t time_paths(const struct m_route *r, enum outcome o, size_t cap,
		  struct path_set *ps)
{
	/* Depth-first over the graph; a bounded jump may be taken `max` times
	 * on one path, counted while its frame is on the stack.  Valid models
	 * have a bounded jump on every cycle, so this terminates. */
	size_t n = r->nnodes, found = 0, steps = 0;
	ps->n = 0; /* no path found before the step guard is still a set */
	ps->capped = false;
	ps->v = xmalloc((cap + 1) * sizeof *ps->v);
	ps->len = xmalloc((cap + 1) * sizeof *ps->len);
	uint64_t *taken = xcalloc(n, sizeof *taken);
	struct frame {
		const struct m_node *node;
		int next;     /* the successor to try next */
		bool counted; /* this jump frame took its jump */
	};
	size_t scap = 64, sp = 0;
	struct frame *st = xmalloc(scap * sizeof *st);
	st[sp++] = (struct frame){ r->start, 0, false };
	while (sp) {
		if (++steps > 4000000) { /* a guard against pathological graphs */
			ps->capped = true;
			break;
		}
		struct frame *f = &st[sp - 1];
		const struct m_node *v = f->node;
		if (v->kind == N_END || v->kind == N_FALL) {
			if (v->kind == N_END && v->outcome == o) {
				if (found == cap) {
					ps->capped = true;
					break;
				}
				const struct m_node **path = xmalloc(sp * sizeof *path);
				for (size_t i = 0; i < sp; i++)
					path[i] = st[i].node;
				ps->v[found] = path;
				ps->len[found] = sp;
				ps->n = ++found;
			}
			sp--;
			continue;
		}
		if (f->next >= (v->kind == N_DECISION ? 2 : 1)) {
			if (f->counted)
				taken[v->index]--;
			sp--;
			continue;
		}
		const struct m_node *w = succ_of(v, f->next++);
		if (!w)
			continue;
		if (v->kind == N_JUMP && v->bounded) {
			if (taken[v->index] >= v->max)
				continue;
			taken[v->index]++;
			f->counted = true;
		}
		if (sp == scap) {
			scap *= 2;
			st = xrealloc(st, scap * sizeof *st);
		}
		st[sp++] = (struct frame){ w, 0, false };
	}
	free(st);
	free(taken);
	return found;
}

struct qty time_path_total(const struct m_node *const *path, size_t n, bool hi)
{
	struct qty t = { 0, 0, 0, 0 };
	for (size_t i = 0; i < n; i++)
		if (path[i]->kind == N_STEP)
			qty_add(&t, hi ? path[i]->dur.hi : path[i]->dur.lo);
	return t;
}

void time_schedule(const struct sim *s, const struct m_node *const *path, size_t n,
		   int64_t a, struct sched_step *out)
{
	int64_t t = a;
	for (size_t i = 0; i < n; i++) {
		out[i].node = path[i];
		out[i].from = t;
		if (path[i]->kind == N_STEP)
			t = sim_add_qty(s, t, path[i]->dur.hi);
		out[i].to = t;
	}
}
