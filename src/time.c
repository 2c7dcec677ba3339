/*
 * time.c — the timing type checker (see time.h and docs/timing.md).
 *
 * Two engines share one representation, the *plan*: a list of graph nodes
 * in topological order with successor indices.  A route without loops is
 * one plan, analysed for all its paths at once; a route with bounded loops
 * is unrolled into its paths, each a chain plan.
 *
 * On a plan, one outcome is judged either exactly — when every step on a
 * path to that outcome, and its term, are of one kind of time: the longest
 * path by upper bounds against the term — or on a calendar, when kinds mix.
 * Simulation rests on one fact: the finish of a step is a non-decreasing
 * function of its start (adding working or calendar time never lets a later
 * start finish earlier).  So for one acceptance instant, the latest arrival
 * at each node over all paths is a single forward pass, and the latest
 * finish over all paths is the latest arrival at the ends.  And since the
 * due moment depends only on the day of acceptance, the worst start of a
 * day is its last working minute: one pass per working day of the calendar.
 *
 * check needs less: only whether some day is late.  quick_bound proves
 * most mixed plans in time without that pass per day (a bound over all
 * days, then day by day), and only what it cannot prove is simulated
 * (time_quick, TN_VERDICT).
 */
#include "time.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "calendar.h"
#include "diag.h"
#include "source.h"

#define DAY ((int64_t)1440)
#define T_NEVER INT64_MIN
#define T_CAP ((int64_t)1 << 60) /* instants saturate here, far past any date */

static int64_t sat_add(int64_t a, int64_t b)
{
	if (a == T_NEVER)
		return T_NEVER;
	if (b > 0 && a > T_CAP - b)
		return T_CAP;
	return a + b;
}

static int32_t day_of(int64_t t)
{
	int64_t d = t >= 0 ? t / DAY : -((-t + DAY - 1) / DAY);
	if (d > INT32_MAX / 2)
		d = INT32_MAX / 2;
	return (int32_t)d;
}

/* ---- the simulation calendar --------------------------------------------- */

/* The working hours of reg, as the simulation reads them. */
static void sim_hours(struct sim *s, const struct m_reg *reg)
{
	s->wh.start = reg->work_start;
	s->wh.end = reg->work_end;
	s->wh.brk_start = reg->break_start;
	s->wh.brk_end = reg->break_end;
	if (s->wh.brk_start == s->wh.brk_end)
		s->wh.brk_start = s->wh.brk_end = s->wh.end;
	s->wh.len = (s->wh.end - s->wh.start) - (s->wh.brk_end - s->wh.brk_start);
}

/* The day index alone: working days of [lo, hi] (no working hours). */
static void sim_index(struct sim *s, const struct calendar *cal, int32_t lo, int32_t hi)
{
	s->cal = cal;
	s->lo = lo;
	s->hi = hi < lo ? lo : hi;
	size_t n = (size_t)(s->hi - s->lo) + 1;
	s->rank = xmalloc((n + 1) * sizeof *s->rank);
	s->wdays = xmalloc((n + 1) * sizeof *s->wdays);
	int32_t r = 0;
	for (size_t i = 0; i < n; i++) {
		int32_t d = s->lo + (int32_t)i;
		s->rank[i] = r;
		if (cal_is_working(cal, d))
			s->wdays[r++] = d;
	}
	s->rank[n] = r;
	s->nw = (size_t)r;
}

void sim_init(struct sim *s, const struct calendar *cal, const struct m_reg *reg,
	      int32_t lo, int32_t hi)
{
	memset(s, 0, sizeof *s);
	sim_hours(s, reg);
	sim_index(s, cal, lo, hi);
}

void sim_free(struct sim *s)
{
	free(s->rank);
	free(s->wdays);
	memset(s, 0, sizeof *s);
}

bool sim_is_working_day(const struct sim *s, int32_t day)
{
	return cal_is_working(s->cal, day);
}

/*
 * Outside the indexed days: Monday to Friday, by arithmetic.  Count
 * weekdays from the Monday of d's week: d's week already holds k of them
 * up to d, so the answer is the (k + n)-th weekday from that Monday.
 */
static int32_t nth_weekday_after(int32_t d, int64_t n)
{
	int w = cal_weekday(d);
	int64_t monday = (int64_t)d - w;
	int64_t j = (w + 1 < 5 ? w + 1 : 5) + n;
	int64_t day = monday + (j - 1) / 5 * 7 + (j - 1) % 5;
	if (day > INT32_MAX / 2)
		day = INT32_MAX / 2;
	return (int32_t)day;
}

/* The n-th working day after day d (n >= 1). */
static int32_t nth_working_after(const struct sim *s, int32_t d, int64_t n)
{
	if (d >= s->lo && d < s->hi) {
		int64_t have = (int64_t)s->rank[(size_t)(s->hi - s->lo) + 1] -
			       s->rank[d - s->lo + 1];
		/* working days in (d, hi] */
		if (n <= have)
			return s->wdays[s->rank[d - s->lo + 1] + n - 1];
		return nth_weekday_after(s->hi, n - have);
	}
	if (d < s->lo) {
		int32_t cur = d;
		while (n > 0 && cur < s->lo) {
			cur++;
			if (cal_is_working(s->cal, cur))
				n--;
		}
		return n == 0 ? cur : nth_working_after(s, cur, n);
	}
	return nth_weekday_after(d, n);
}

static bool working(const struct sim *s, int32_t d)
{
	if (d >= s->lo && d <= s->hi)
		return s->rank[d - s->lo + 1] != s->rank[d - s->lo];
	return cal_is_working(s->cal, d);
}

int64_t sim_normalize(const struct sim *s, int64_t t)
{
	int32_t d = day_of(t);
	int64_t m = t - (int64_t)d * DAY;
	if (!working(s, d) || m >= s->wh.end)
		return (int64_t)nth_working_after(s, d, 1) * DAY + s->wh.start;
	if (m < s->wh.start)
		return (int64_t)d * DAY + s->wh.start;
	if (m >= s->wh.brk_start && m < s->wh.brk_end)
		return (int64_t)d * DAY + s->wh.brk_end;
	return t;
}

/* Working minutes left in the day from minute-of-day m (m is working). */
static int64_t left_today(const struct workhours *w, int64_t m)
{
	if (m < w->brk_start)
		return (w->brk_start - m) + (w->end - w->brk_end);
	return w->end - m;
}

/* The instant m working minutes (1 <= m <= left) after minute-of-day mod. */
static int64_t within_day(const struct workhours *w, int64_t mod, int64_t m)
{
	if (mod < w->brk_start && m > w->brk_start - mod)
		return w->brk_end + (m - (w->brk_start - mod));
	return mod + m;
}

int64_t sim_add_work(const struct sim *s, int64_t t, int64_t m)
{
	if (m <= 0 || t == T_NEVER)
		return t;
	if (t >= T_CAP)
		return T_CAP;
	t = sim_normalize(s, t);
	int32_t d = day_of(t);
	int64_t mod = t - (int64_t)d * DAY;
	int64_t left = left_today(&s->wh, mod);
	if (m <= left)
		return (int64_t)d * DAY + within_day(&s->wh, mod, m);
	m -= left;
	int64_t full = (m - 1) / s->wh.len, rest = m - full * s->wh.len;
	if (full > (int64_t)1 << 40)
		return T_CAP;
	int32_t nd = nth_working_after(s, d, full + 1);
	return (int64_t)nd * DAY + within_day(&s->wh, s->wh.start, rest);
}

int64_t sim_add_qty(const struct sim *s, int64_t t, struct qty q)
{
	t = sat_add(t, q.cd > T_CAP / DAY ? T_CAP : q.cd * DAY);
	int64_t m = q.wd > T_CAP / (s->wh.len + 1) ? T_CAP : q.wd * s->wh.len;
	return sim_add_work(s, t, sat_add(m, q.min));
}

/*
 * The due moment of a term for acceptance at a.  Day-based terms count
 * from the day after acceptance (unless count_same_day) and end at the
 * close of the working day; calendar terms ending on a non-working day
 * move to the next working day (unless close_exact).  Terms in minutes
 * and hours count from the acceptance itself.
 */
int64_t sim_due(const struct sim *s, const struct m_reg *reg, int64_t a, struct qty term)
{
	int32_t d = day_of(a);
	if (term.cd > 0) {
		int64_t last = (int64_t)d + term.cd - (reg->count_same_day ? 1 : 0);
		if (last > INT32_MAX / 2)
			return T_CAP;
		int32_t l = (int32_t)last;
		if (!reg->close_exact && !working(s, l))
			l = nth_working_after(s, l, 1);
		if (working(s, l))
			return (int64_t)l * DAY + s->wh.end;
		return (int64_t)(l + 1) * DAY;
	}
	int64_t m = sat_add(term.wd > T_CAP / (s->wh.len + 1) ? T_CAP : term.wd * s->wh.len,
			    term.min);
	if (term.wd > 0 && !reg->count_same_day) {
		int32_t next = nth_working_after(s, d, 1);
		int64_t base = (int64_t)next * DAY + s->wh.start;
		/* the whole first day counts: end of its last minute */
		return sim_add_work(s, base, m);
	}
	return sim_add_work(s, a, m);
}

struct time_stats time_stats;

/* The worst moment to accept on working day d: its last working minute
 * (the due moment depends only on the day, the finish grows with the
 * start). */
static int64_t worst_start(const struct sim *s, int32_t d)
{
	int64_t m = s->wh.brk_end == s->wh.end ? s->wh.brk_start : s->wh.end;
	return (int64_t)d * DAY + m - 1;
}

/* ---- tables kept with a calendar ------------------------------------------------- */

/*
 * Built once per calendar and kept with it (calendar.h's cache), instead of
 * once per route and outcome: the day index of the real calendar and of an
 * ordinary week, and the span tables the bound of quick_bound reads.  The
 * indexes reach 4000 days past their last start day, as far as any
 * simulation is allowed to look (judge's span); what lies beyond is Monday
 * to Friday in both, as sim_index would have found it.
 */
#define SPAN_K 2048 /* working days the span tables answer for */
#define WD_C 3000   /* calendar days wdmax answers for */

struct tcache {
	struct sim real;        /* [first - 7, last + 4000] */
	struct calendar ord;    /* the ordinary week */
	struct sim ordinary;    /* [monday - 7, monday + 6 + 4000] */
	int32_t monday;         /* 2001-01-01, the ordinary week's first day */
	int32_t i_first, i_last; /* real.wdays indices of the start days */
	int32_t *span, *minspan; /* [k]: 1 + the max/min; 0: not yet known */
	int32_t *wdmax;         /* [c]: 1 + wdmax(c); 0: not yet known */
};

static void tcache_free(void *p)
{
	struct tcache *tc = p;
	if (!tc)
		return;
	free(tc->real.rank);
	free(tc->real.wdays);
	free(tc->ordinary.rank);
	free(tc->ordinary.wdays);
	cal_free(&tc->ord);
	free(tc->span);
	free(tc->minspan);
	free(tc->wdmax);
	free(tc);
}

static struct tcache *tcache_of(const struct calendar *cal)
{
	if (!cal)
		return NULL;
	if (cal->cache_free == tcache_free)
		return cal->cache;
	struct calendar *mc = (struct calendar *)cal; /* a cache, not the data */
	if (mc->cache_free)
		mc->cache_free(mc->cache);
	struct tcache *tc = xcalloc(1, sizeof *tc);
	sim_index(&tc->real, cal, cal->first - 7, (cal->last < cal->first ? cal->first
						   : cal->last) + 4000);
	cal_ordinary(&tc->ord);
	tc->monday = cal_days_from_civil(2001, 1, 1);
	sim_index(&tc->ordinary, &tc->ord, tc->monday - 7, tc->monday + 6 + 4000);
	const struct sim *r = &tc->real;
	if (cal->last >= cal->first) {
		tc->i_first = r->rank[cal->first - r->lo];
		tc->i_last = r->rank[cal->last - r->lo + 1] - 1;
	} else {
		tc->i_first = 0;
		tc->i_last = -1;
	}
	tc->span = xcalloc(SPAN_K, sizeof *tc->span);
	tc->minspan = xcalloc(SPAN_K, sizeof *tc->minspan);
	tc->wdmax = xcalloc(WD_C, sizeof *tc->wdmax);
	mc->cache = tc;
	mc->cache_free = tcache_free;
	return tc;
}

/* A view of a cached index with reg's working hours (not to be freed). */
static void sim_view(struct sim *s, const struct sim *index, const struct m_reg *reg)
{
	*s = *index;
	sim_hours(s, reg);
}

/*
 * The most and the fewest calendar days k working days can span: over
 * every working day i from the first start day on, wdays[i + k] - wdays[i].
 * A window that starts after the calendar's last day lies in the ordinary
 * weeks past it, which repeat every 5 working days: the first 5 such
 * windows stand for all of them (and for the ordinary week's own starts),
 * and the index reaches far enough for them (SPAN_K working days).
 */
static int32_t span_of(struct tcache *tc, int32_t k, bool most)
{
	int32_t *memo = most ? tc->span : tc->minspan;
	if (memo[k])
		return memo[k] - 1;
	const int32_t *w = tc->real.wdays;
	int32_t end = tc->i_last + 6;
	if (end > (int32_t)tc->real.nw - 1 - k)
		end = (int32_t)tc->real.nw - 1 - k;
	/* Two branch-free loops, so that the compiler can vectorise them. */
	int32_t best = most ? 0 : INT32_MAX;
	if (most)
		for (int32_t i = tc->i_first; i <= end; i++) {
			int32_t v = w[i + k] - w[i];
			best = v > best ? v : best;
		}
	else
		for (int32_t i = tc->i_first; i <= end; i++) {
			int32_t v = w[i + k] - w[i];
			best = v < best ? v : best;
		}
	memo[k] = best + 1;
	return best;
}

/*
 * At most how many working days' worth of working time a window of c
 * calendar days (c >= 1) holds, anywhere on the calendar: a window from
 * minute m of day d holds the days d+1 .. d+c-1 whole, and of days d and
 * d+c the minutes from m and before m, which together are at most one
 * working day — none if neither of them is working.
 */
static int64_t wdmax(struct tcache *tc, int64_t c)
{
	if (c <= 0)
		return 0;
	if (tc->wdmax[c])
		return tc->wdmax[c] - 1;
	const struct sim *s = &tc->real;
	const int32_t *rank = s->rank;
	int32_t best = 0;
	/* Windows from a week past the calendar's last day on repeat. */
	int64_t end = (int64_t)(s->cal->last < s->cal->first ? s->cal->first
						      : s->cal->last) + 7;
	for (int32_t d = s->lo; d + c <= s->hi && d <= end; d++) {
		int32_t x = d - s->lo;
		int32_t v = rank[x + c] - rank[x + 1];
		bool ends = rank[x + 1] != rank[x] || rank[x + c + 1] != rank[x + c];
		v += ends;
		if (v > best)
			best = v;
	}
	tc->wdmax[c] = best + 1;
	return best;
}

/*
 * The same for any k and c: a window of a + b working days (or calendar
 * days) is two windows, so spans and wdmax are subadditive and the fewest
 * days superadditive.  Past the tables, whole tables' worth and the rest.
 */
static int64_t span_any(struct tcache *tc, int64_t k, bool most)
{
	int64_t q = k / (SPAN_K - 1), r = k % (SPAN_K - 1);
	return q * span_of(tc, SPAN_K - 1, most) + span_of(tc, (int32_t)r, most);
}

static int64_t wdmax_any(struct tcache *tc, int64_t c)
{
	int64_t q = c / (WD_C - 1), r = c % (WD_C - 1);
	return q * wdmax(tc, WD_C - 1) + wdmax(tc, r);
}

/* Working days of the ordinary week in [monday, d), d >= monday. */
static int64_t ord_rank(int32_t monday, int32_t d)
{
	int64_t n = (int64_t)d - monday;
	return n / 7 * 5 + (n % 7 < 5 ? n % 7 : 5);
}

/* ---- formatting ---------------------------------------------------------------- */

int time_format(char *buf, size_t n, int64_t t)
{
	if (t >= T_CAP)
		return snprintf(buf, n, "never (beyond any date)");
	int32_t d = day_of(t);
	int64_t m = t - (int64_t)d * DAY;
	char date[32];
	cal_format_date(date, sizeof date, d);
	return snprintf(buf, n, "%s %02d:%02d", date, (int)(m / 60), (int)(m % 60));
}

int time_format_rel(char *buf, size_t n, int64_t t, int64_t start)
{
	static const char *const wd[] = { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" };
	if (t >= T_CAP)
		return snprintf(buf, n, "never");
	int32_t d = day_of(t), d0 = day_of(start);
	int64_t m = t - (int64_t)d * DAY;
	if (d == d0)
		return snprintf(buf, n, "%s %02d:%02d", wd[cal_weekday(d)], (int)(m / 60),
				(int)(m % 60));
	return snprintf(buf, n, "%s of day %d, %02d:%02d", wd[cal_weekday(d)], d - d0,
			(int)(m / 60), (int)(m % 60));
}

int time_format_elapsed(char *buf, size_t n, int64_t minutes)
{
	if (minutes >= T_CAP / 2)
		return snprintf(buf, n, "forever");
	int64_t days = minutes / DAY, rest = minutes % DAY;
	if (days)
		return snprintf(buf, n, "%" PRId64 " d %02d:%02d", days, (int)(rest / 60),
				(int)(rest % 60));
	return snprintf(buf, n, "%02d:%02d", (int)(rest / 60), (int)(rest % 60));
}

/* ---- plans ---------------------------------------------------------------------- */

/* Nodes in topological order with their successors (indices, -1: none). */
struct plan {
	const struct m_node **node;
	int32_t (*succ)[2];
	size_t n;
};

static void plan_free(struct plan *p)
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

/*
 * The route as one plan, if it has no cycle (iterative DFS, post-order
 * reversed).  Returns false for a route with (bounded) loops.
 */
static bool plan_route(const struct m_route *r, struct plan *p)
{
	size_t n = r->nnodes;
	uint8_t *state = xcalloc(n, 1); /* 0 new, 1 open, 2 done */
	uint32_t *stack = xmalloc((n + 1) * sizeof *stack);
	uint8_t *edge = xcalloc(n, 1);
	uint32_t *post = xmalloc((n + 1) * sizeof *post);
	size_t sp = 0, np = 0;
	bool acyclic = true;
	stack[sp++] = r->start->index;
	state[r->start->index] = 1;
	while (sp && acyclic) {
		uint32_t v = stack[sp - 1];
		if (edge[v] < 2) {
			const struct m_node *w = succ_of(r->nodes[v], edge[v]++);
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
	if (acyclic) {
		int32_t *pos = xmalloc(n * sizeof *pos);
		for (size_t i = 0; i < n; i++)
			pos[i] = -1;
		p->n = np;
		p->node = xmalloc((np + 1) * sizeof *p->node);
		p->succ = xmalloc((np + 1) * sizeof *p->succ);
		for (size_t i = 0; i < np; i++) {
			p->node[i] = r->nodes[post[np - 1 - i]];
			pos[p->node[i]->index] = (int32_t)i;
		}
		for (size_t i = 0; i < np; i++)
			for (int k = 0; k < 2; k++) {
				const struct m_node *w = succ_of(p->node[i], k);
				p->succ[i][k] = w ? pos[w->index] : -1;
			}
		free(pos);
	}
	free(state);
	free(stack);
	free(edge);
	free(post);
	return acyclic;
}

static void plan_chain(struct plan *p, const struct m_node *const *path, size_t n)
{
	p->n = n;
	p->node = xmalloc((n + 1) * sizeof *p->node);
	p->succ = xmalloc((n + 1) * sizeof *p->succ);
	for (size_t i = 0; i < n; i++) {
		p->node[i] = path[i];
		p->succ[i][0] = i + 1 < n ? (int32_t)(i + 1) : -1;
		p->succ[i][1] = -1;
	}
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
	struct qty t = { 0, 0, 0 };
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

/* ---- one outcome on one plan ------------------------------------------------------ */

/* What a plan says about one outcome. */
struct judgement {
	bool reachable;        /* some path ends in the outcome */
	bool open;             /* a step without a duration is on such a path */
	bool exact;            /* one kind of time: judged by arithmetic */
	int kind;              /* exact: QK_WORK or QK_CALENDAR */
	int64_t worst_scalar;  /* exact: longest total (minutes or days) */
	int64_t best_scalar;
	int64_t term_scalar;
	int32_t *crit;         /* plan indices of the critical path */
	size_t ncrit;
	int32_t *best;         /* plan indices of the best path */
	size_t nbest;
	/* simulated: */
	int64_t ord_late, real_late; /* worst lateness (minutes; <= 0: in time) */
	int64_t w_start, w_due, w_finish;
	int64_t worst_elapsed, best_elapsed;
	bool real_worse;       /* the counter-example is from the real calendar */
	bool proven;           /* JM_QUICK: in time, or no term (see judge_mode) */
};

/*
 * How much a judgement must tell.  JM_FULL: everything time_report
 * describes.  JM_VERDICT: the verdict and the counter-example, not the
 * best case (check prints no best case).  JM_QUICK: only whether the plan
 * is provably in time (proven) — an exact plan by arithmetic, a mixed one
 * by quick_bound (a bound, then the days it leaves, a few simulated);
 * when not proven, nothing else is filled in and the caller asks again
 * with JM_VERDICT.
 */
enum judge_mode { JM_FULL, JM_VERDICT, JM_QUICK };

static int64_t scalar(struct qty q, int kind, int64_t wdlen)
{
	if (kind == QK_CALENDAR)
		return q.cd;
	int64_t m = q.wd > DUR_MAX ? DUR_MAX * wdlen : q.wd * wdlen;
	return m + q.min;
}

/* A step without a duration counts as nothing, but makes the total open
 * unless it is the applicant's own time. */
static bool step_open(const struct m_node *n)
{
	return n->kind == N_STEP && n->dur.form == DF_NONE &&
	       !(n->actor && n->actor->kind == AK_APPLICANT);
}

static int32_t *trace(const int32_t *pred, int32_t end, size_t *len)
{
	size_t n = 0;
	for (int32_t i = end; i >= 0; i = pred[i])
		n++;
	int32_t *v = xmalloc((n + 1) * sizeof *v);
	*len = n;
	for (int32_t i = end; i >= 0; i = pred[i])
		v[--n] = i;
	return v;
}

/*
 * A plan as the simulation reads it, for one outcome: what each step adds
 * (calendar minutes, then working minutes — sim_add_qty's two halves),
 * worked out once per plan instead of once per node per acceptance day.
 */
struct simnode {
	int64_t cal[2], work[2]; /* [0] the lower bound, [1] the upper */
	int32_t succ[2];         /* successors that can reach the outcome; -1 */
	bool live;               /* can reach the outcome */
	bool end;                /* an end of the outcome */
};

static struct simnode *simnodes(const struct sim *s, const struct plan *p, const bool *can,
				enum outcome o)
{
	struct simnode *sn = xcalloc(p->n + 1, sizeof *sn);
	for (size_t i = 0; i < p->n; i++) {
		const struct m_node *nd = p->node[i];
		sn[i].live = can[i];
		sn[i].end = nd->kind == N_END && nd->outcome == o;
		for (int b = 0; b < 2 && nd->kind == N_STEP; b++) {
			struct qty q = b ? nd->dur.hi : nd->dur.lo;
			sn[i].cal[b] = q.cd > T_CAP / DAY ? T_CAP : q.cd * DAY;
			sn[i].work[b] = sat_add(q.wd > T_CAP / (s->wh.len + 1) ? T_CAP
						: q.wd * s->wh.len, q.min);
		}
		for (int k = 0; k < 2; k++) {
			int32_t w = p->succ[i][k];
			sn[i].succ[k] = w >= 0 && can[w] ? w : -1;
		}
	}
	return sn;
}

/* Latest (or earliest, with lower bounds) finish over all paths to the
 * outcome from acceptance a; fills pred for the path.  Returns the end's
 * plan index. */
static int32_t simulate(const struct sim *s, const struct simnode *sn, size_t n, int64_t a,
			bool worst, int64_t *arr, int32_t *pred, int64_t *finish)
{
	for (size_t i = 0; i < n; i++) {
		arr[i] = T_NEVER;
		pred[i] = -1;
	}
	arr[0] = a;
	int32_t end = -1;
	int b = worst ? 1 : 0;
	for (size_t i = 0; i < n; i++) {
		if (arr[i] == T_NEVER || !sn[i].live)
			continue;
		int64_t out = arr[i];
		if (sn[i].cal[b])
			out = sat_add(out, sn[i].cal[b]);
		if (sn[i].work[b] > 0)
			out = sim_add_work(s, out, sn[i].work[b]);
		if (sn[i].end) {
			if (end < 0 || (worst ? arr[i] > arr[end] : arr[i] < arr[end]))
				end = (int32_t)i;
			continue;
		}
		for (int k = 0; k < 2; k++) {
			int32_t w = sn[i].succ[k];
			if (w < 0)
				continue;
			if (arr[w] == T_NEVER || (worst ? out > arr[w] : out < arr[w])) {
				arr[w] = out;
				pred[w] = (int32_t)i;
			}
		}
	}
	*finish = end >= 0 ? arr[end] : T_NEVER;
	return end;
}

/*
 * quick_bound's second try: day by day, every start day of the ordinary
 * week and of the calendar, from the last day back.  A day is in time when
 * its due moment is no earlier than the finish bound wdays[i + K] * DAY +
 * M + ec, or than the finish of a later day already simulated (a start
 * never finishes after a later start: the finish is non-decreasing in the
 * start, which is what makes the simulation's single pass right).  Only a
 * day that neither clears is simulated; with slack of s days a simulation
 * clears about s days before it.  True when no day is late.
 */
/* What quick_bound found, in the terms of one start day wdays[i]: every
 * finish is at most wdays[i + K] * DAY + M + ec; a term in calendar days
 * ends no earlier than the close of day wdays[i] + days, one in working
 * time exactly at wdays[i + Kd] * DAY + Md (Kd < 0: not known). */
struct qbound {
	int64_t K, M, ec;
	int64_t days, Kd, Md;
};

static bool quick_days(struct tcache *tc, const struct m_reg *reg, const struct simnode *sn,
		       size_t n, const struct m_term *term, const struct qbound *qb)
{
	struct qty t = term->dur.hi;
	int64_t *arr = xmalloc((n + 1) * sizeof *arr);
	int32_t *pred = xmalloc((n + 1) * sizeof *pred);
	bool late = false;
	for (int pass = 0; pass < 2 && !late; pass++) {
		struct sim s;
		sim_view(&s, pass == 0 ? &tc->ordinary : &tc->real, reg);
		int32_t first = pass == 0 ? tc->monday : s.cal->first;
		int32_t last = pass == 0 ? tc->monday + 6 : s.cal->last;
		int64_t later = T_NEVER; /* the finish of the last day simulated */
		if (last < first)
			continue;
		/* The working days of [first, last], by their index, last first. */
		int32_t i_lo = s.rank[first - s.lo], i_hi = s.rank[last - s.lo + 1] - 1;
		for (int32_t wi = i_hi; wi >= i_lo && !late; wi--) {
			int32_t d = s.wdays[wi], x = d - s.lo;
			int64_t a = worst_start(&s, d);
			int64_t i = s.rank[x] + qb->K, id = s.rank[x] + qb->Kd;
			int64_t fin_hi = i < (int64_t)s.nw ? (int64_t)s.wdays[i] * DAY + qb->M + qb->ec
							   : T_CAP;
			int64_t due_lo = t.cd > 0 ? ((int64_t)d + qb->days) * DAY + s.wh.end
					 : qb->Kd >= 0 && id < (int64_t)s.nw
						 ? (int64_t)s.wdays[id] * DAY + qb->Md
						 : T_NEVER;
			if (due_lo != T_NEVER && (fin_hi <= due_lo || (later != T_NEVER &&
								       later <= due_lo)))
				continue;
			int64_t due = sim_due(&s, reg, a, t);
			if (fin_hi <= due || (later != T_NEVER && later <= due))
				continue;
			int64_t fin;
			time_stats.day_sims++;
			if (simulate(&s, sn, n, a, true, arr, pred, &fin) < 0)
				continue;
			if (fin > due)
				late = true;
			later = fin;
		}
	}
	free(arr);
	free(pred);
	return !late;
}

/*
 * A proof, without simulating, that a mixed plan is in time on every start
 * day of the calendar and of the ordinary week — check's question when it
 * has no counter-example to print.  False: no proof (the plan may still be
 * in time; judge simulates).
 *
 * Let a be the acceptance, work(t, m) the instant m working minutes after t
 * (work(t, 0) = t) and WT[y, z) the working minutes between two instants.
 * Every arrival x at a node satisfies x <= work(a, B) + C for the node's
 * pair (B, C), by induction along the plan in topological order:
 *   - a calendar step of c minutes:  x + c <= work(a, B) + (C + c);
 *   - a working step of m > 0 minutes: work is monotone in its start, and
 *     work(y + C, m) = work(y, WT[y, y + C) + m), so with y = work(a, B)
 *     the finish is at most work(a, B + WTmax(C) + m) + 0, WTmax(C) being
 *     the most working time any window of C minutes holds (wdmax);
 *   - where paths meet, the larger B and the larger C bound both.
 * At an end, with a the last working minute of day wdays[i],
 * work(a, B) = wdays[i + K] * DAY + M for K and M that depend on B and the
 * working hours alone (taken from the ordinary week).  A term in calendar
 * days T is due no earlier than (wdays[i] + T) * DAY + close; a term in
 * working time is due at wdays[i + Kd] * DAY + Md exactly.  So lateness is
 * at most a span of working days (span_of) times a day, plus minutes.
 *
 * When that bound over all days is not enough, the same bound day by day
 * (the finish bound against the day's exact due moment) leaves the days
 * near the holidays that could be late, and those are simulated.
 */
static bool quick_bound(struct tcache *tc, const struct m_reg *reg, const struct plan *p,
			const bool *can, enum outcome o, const struct m_term *term)
{
	const int64_t lim = (int64_t)1 << 40;
	struct sim s, os;
	sim_view(&s, &tc->real, reg);
	sim_view(&os, &tc->ordinary, reg);
	if (s.wh.len <= 0)
		return false;
	size_t n = p->n;
	struct simnode *sn = simnodes(&s, p, can, o);
	int64_t *B = xmalloc((n + 1) * sizeof *B), *C = xmalloc((n + 1) * sizeof *C);
	for (size_t i = 0; i < n; i++)
		B[i] = -1, C[i] = 0;
	B[0] = 0;
	int64_t eb = -1, ec = 0;
	bool ok = true;
	for (size_t i = 0; i < n && ok; i++) {
		if (B[i] < 0 || !sn[i].live)
			continue;
		int64_t b = B[i], c = C[i] + sn[i].cal[1], w = sn[i].work[1];
		if (c > lim || w > lim) {
			ok = false;
			break;
		}
		if (w > 0) {
			b += wdmax_any(tc, c / DAY + (c % DAY != 0)) * s.wh.len + w;
			c = 0;
			if (b > lim) {
				ok = false;
				break;
			}
		}
		if (sn[i].end) {
			if (b > eb)
				eb = b;
			if (c > ec)
				ec = c;
			continue;
		}
		for (int k = 0; k < 2; k++) {
			int32_t v = sn[i].succ[k];
			if (v < 0)
				continue;
			if (b > B[v])
				B[v] = b;
			if (c > C[v])
				C[v] = c;
		}
	}
	free(B);
	free(C);
	if (!ok || eb < 0) {
		free(sn);
		return ok; /* eb < 0: no end is reached, nothing is ever late */
	}
	/* K, M (and Kd, Md): from the worst start of an ordinary Monday. */
	int32_t d0 = tc->monday;
	int64_t a0 = worst_start(&os, d0);
	int64_t z = sim_add_work(&os, a0, eb);
	int32_t zd = day_of(z);
	if (z >= T_CAP || zd >= INT32_MAX / 4) {
		free(sn);
		return false;
	}
	struct qty t = term->dur.hi;
	struct qbound qb = { ord_rank(d0, zd), z - (int64_t)zd * DAY, ec,
			     t.cd - (reg->count_same_day ? 1 : 0), -1, 0 };
	int64_t late = 1;
	if (t.cd > 0) {
		late = span_any(tc, qb.K, true) * DAY + qb.M + ec - qb.days * DAY - s.wh.end;
	} else {
		int64_t due = sim_due(&os, reg, a0, t);
		int32_t dd = day_of(due);
		if (due < T_CAP && dd < INT32_MAX / 4) {
			qb.Kd = ord_rank(d0, dd);
			qb.Md = due - (int64_t)dd * DAY;
			int64_t span = qb.K >= qb.Kd ? span_any(tc, qb.K - qb.Kd, true)
						     : -span_any(tc, qb.Kd - qb.K, false);
			late = span * DAY + qb.M - qb.Md + ec;
		}
	}
	bool proven = late <= 0;
	if (proven)
		time_stats.by_bound++;
	else if ((proven = quick_days(tc, reg, sn, n, term, &qb)))
		time_stats.by_days++;
	free(sn);
	return proven;
}

static void judge(const struct m_reg *reg, const struct plan *p, enum outcome o,
		  const struct m_term *term, const struct calendar *cal, enum judge_mode mode,
		  struct judgement *j)
{
	memset(j, 0, sizeof *j);
	j->crit = j->best = NULL;
	size_t n = p->n;
	bool *can = xcalloc(n + 1, sizeof *can);
	for (size_t i = n; i-- > 0;) {
		const struct m_node *nd = p->node[i];
		if (nd->kind == N_END && nd->outcome == o)
			can[i] = true;
		for (int k = 0; k < 2; k++)
			if (p->succ[i][k] >= 0 && can[p->succ[i][k]])
				can[i] = true;
	}
	j->reachable = can[0];
	if (!j->reachable) {
		free(can);
		return;
	}
	bool has_work = false, has_cal = false;
	struct qty all = { 0, 0, 0 };
	for (size_t i = 0; i < n; i++) {
		const struct m_node *nd = p->node[i];
		if (!can[i] || nd->kind != N_STEP)
			continue;
		if (step_open(nd))
			j->open = true;
		enum qty_kind k = qty_kind(nd->dur.hi);
		has_work |= k == QK_WORK;
		has_cal |= k == QK_CALENDAR;
		if (mode != JM_QUICK) /* for the simulation's span */
			qty_add(&all, nd->dur.hi);
	}
	if (term) {
		enum qty_kind k = qty_kind(term->dur.hi);
		has_work |= k == QK_WORK;
		has_cal |= k == QK_CALENDAR;
	}
	int64_t wdlen = reg->workday_min;
	if (!(has_work && has_cal)) {
		/* Exact: longest and shortest paths, backwards. */
		j->exact = true;
		j->kind = has_cal ? QK_CALENDAR : QK_WORK;
		int64_t *best = xmalloc((n + 1) * sizeof *best), *worst = xmalloc((n + 1) * sizeof *worst);
		int32_t *bnext = xmalloc((n + 1) * sizeof *bnext), *wnext = xmalloc((n + 1) * sizeof *wnext);
		for (size_t i = n; i-- > 0;) {
			best[i] = worst[i] = -1;
			bnext[i] = wnext[i] = -1;
			if (!can[i])
				continue;
			const struct m_node *nd = p->node[i];
			int64_t whi = 0, wlo = 0;
			if (nd->kind == N_STEP) {
				whi = scalar(nd->dur.hi, j->kind, wdlen);
				wlo = scalar(nd->dur.lo, j->kind, wdlen);
			}
			if (nd->kind == N_END) {
				best[i] = worst[i] = 0;
				continue;
			}
			for (int k = 0; k < 2; k++) {
				int32_t w = p->succ[i][k];
				if (w < 0 || !can[w])
					continue;
				if (worst[i] < 0 || worst[w] + whi > worst[i]) {
					worst[i] = sat_add(worst[w], whi);
					wnext[i] = w;
				}
				if (best[i] < 0 || best[w] + wlo < best[i]) {
					best[i] = sat_add(best[w], wlo);
					bnext[i] = w;
				}
			}
		}
		j->worst_scalar = worst[0];
		j->best_scalar = best[0];
		j->term_scalar = term ? scalar(term->dur.hi, j->kind, wdlen) : 0;
		j->proven = !term || j->worst_scalar <= j->term_scalar;
		if (mode == JM_QUICK)
			time_stats.exact++;
		size_t c = 0;
		for (int32_t i = 0; i >= 0; i = wnext[i])
			c++;
		j->crit = xmalloc((c + 1) * sizeof *j->crit);
		j->ncrit = 0;
		for (int32_t i = 0; i >= 0; i = wnext[i])
			j->crit[j->ncrit++] = i;
		c = 0;
		for (int32_t i = 0; i >= 0; i = bnext[i])
			c++;
		j->best = xmalloc((c + 1) * sizeof *j->best);
		j->nbest = 0;
		for (int32_t i = 0; i >= 0; i = bnext[i])
			j->best[j->nbest++] = i;
		free(best);
		free(worst);
		free(bnext);
		free(wnext);
		free(can);
		return;
	}

	struct tcache *tc = tcache_of(cal);
	if (mode == JM_QUICK) {
		j->proven = !term || (tc && quick_bound(tc, reg, p, can, o, term));
		free(can);
		return;
	}
	int32_t *pred = xmalloc((n + 1) * sizeof *pred);

	/* Mixed: simulate, first on an ordinary week, then on the calendar. */
	int64_t span = all.cd + (all.wd + all.min / (wdlen ? wdlen : 1) + 1) * 7 / 5 + 14;
	if (term)
		span += term->dur.hi.cd + term->dur.hi.wd * 7 / 5 + 14;
	if (span > 4000)
		span = 4000; /* beyond: weekday arithmetic */
	int64_t *arr = xmalloc((n + 1) * sizeof *arr);
	j->ord_late = j->real_late = T_NEVER;
	j->worst_elapsed = -1;
	j->best_elapsed = -1;
	int32_t worst_end = -1;
	int32_t *worst_pred = xmalloc((n + 1) * sizeof *worst_pred);
	/* The ordinary week's figures per weekday (Monday 0 .. Friday 4), and
	 * how many days past acceptance its simulations and due moments reach:
	 * on the real calendar, a day whose whole reach is an ordinary week
	 * gives exactly these figures (everything is the same up to a shift by
	 * whole weeks), so only days near a holiday or transfer are simulated
	 * again — and the others only when they become the counter-example. */
	struct weekday_figures {
		bool ok;                /* simulated, and an end was reached */
		int64_t late, elapsed;  /* lateness and elapsed time, worst case */
		int64_t best;           /* best elapsed time; -1: none */
	} wk[5];
	memset(wk, 0, sizeof wk);
	/* Days past acceptance that the ordinary week's worst simulations and
	 * due moments touched, and its best simulations: a simulation only
	 * looks at days up to its result (adding time to an instant depends on
	 * no day after the sum), so the best case needs a shorter window. */
	int64_t reach = 0, reach_best = 0;
	for (int pass = 0; pass < 2; pass++) {
		struct calendar ord;
		const struct calendar *c = cal;
		int32_t first, last;
		if (pass == 0 || !cal) {
			cal_ordinary(&ord);
			c = &ord;
			first = cal_days_from_civil(2001, 1, 1); /* a Monday */
			last = first + 6;
		} else {
			first = cal->first;
			last = cal->last;
		}
		/* The cached indexes reach past last + span: the same answers. */
		struct sim s;
		if (tc)
			sim_view(&s, pass == 0 ? &tc->ordinary : &tc->real, reg);
		else
			sim_init(&s, c, reg, first - 7, last + (int32_t)span);
		struct simnode *sn = simnodes(&s, p, can, o);
		int64_t *late = pass == 0 ? &j->ord_late : &j->real_late;
		/* Pass 1: irregular[k] counts the days before first - 1 + k whose
		 * kind differs from an ordinary week's. */
		int32_t *irregular = NULL;
		int32_t base = first - 1;
		bool use_w = reach <= 4000, use_b = reach_best <= 4000;
		if (pass == 1 && (use_w || use_b)) {
			int64_t r = use_w && reach > reach_best ? reach : reach_best;
			size_t m = (size_t)(last - first) + (size_t)r + 4;
			irregular = xmalloc((m + 1) * sizeof *irregular);
			irregular[0] = 0;
			for (size_t k = 0; k < m; k++) {
				int32_t x = base + (int32_t)k;
				bool odd = sim_is_working_day(&s, x) != (cal_weekday(x) < 5);
				irregular[k + 1] = irregular[k] + odd;
			}
		}
		for (int32_t d = first; d <= last; d++) {
			if (!sim_is_working_day(&s, d))
				continue;
			int64_t a = worst_start(&s, d);
			int w = cal_weekday(d);
			bool known = irregular && use_w && w < 5 && wk[w].ok &&
				     irregular[d - base + reach + 2] == irregular[d - 1 - base];
			bool known_b = irregular && use_b && w < 5 && wk[w].ok &&
				       irregular[d - base + reach_best + 2] ==
					       irregular[d - 1 - base];
			int64_t fin = T_NEVER, due = T_NEVER, lateness, elapsed;
			int32_t end = -1;
			if (known) {
				lateness = wk[w].late;
				elapsed = wk[w].elapsed;
			} else {
				end = simulate(&s, sn, n, a, true, arr, pred, &fin);
				if (end < 0)
					continue;
				due = term ? sim_due(&s, reg, a, term->dur.hi) : fin;
				lateness = fin - due;
				elapsed = fin - a;
			}
			if (pass == 0 && w < 5) {
				wk[w].ok = true;
				wk[w].late = lateness;
				wk[w].elapsed = elapsed;
				int64_t r = (int64_t)(day_of(fin > due ? fin : due)) - d;
				if (r > reach)
					reach = r;
			}
			if (elapsed > j->worst_elapsed)
				j->worst_elapsed = elapsed;
			/* The counter-example: the ordinary week's worst start when
			 * the ordinary week already fails, else the calendar's.
			 * Without a term: the longest elapsed time. */
			bool take = false;
			if (*late == T_NEVER || lateness > *late) {
				*late = lateness;
				take = pass == 0 || j->ord_late <= 0;
			}
			if (!term)
				take = worst_end < 0 || elapsed > j->w_finish - j->w_start;
			if (take && known) { /* the figures are known; the path is not */
				end = simulate(&s, sn, n, a, true, arr, pred, &fin);
				due = term ? sim_due(&s, reg, a, term->dur.hi) : fin;
			}
			if (take) {
				j->w_start = a;
				j->w_due = due;
				j->w_finish = fin;
				j->real_worse = pass == 1;
				worst_end = end;
				memcpy(worst_pred, pred, n * sizeof *pred);
			}
			if (mode != JM_FULL)
				continue; /* no best case wanted */
			int64_t b = (int64_t)d * DAY + s.wh.start;
			if (known_b && (wk[w].best < 0 || (j->best_elapsed >= 0 &&
							   wk[w].best >= j->best_elapsed)))
				continue; /* it would not be taken */
			int32_t bend = simulate(&s, sn, n, b, false, arr, pred, &fin);
			if (pass == 0 && w < 5) {
				wk[w].best = bend >= 0 ? fin - b : -1;
				if (bend >= 0 && day_of(fin) - d > reach_best)
					reach_best = day_of(fin) - d;
			}
			if (bend >= 0 && (j->best_elapsed < 0 || fin - b < j->best_elapsed)) {
				j->best_elapsed = fin - b;
				free(j->best);
				j->best = trace(pred, bend, &j->nbest);
			}
		}
		free(irregular);
		free(sn);
		if (!tc)
			sim_free(&s);
		if (c == &ord)
			cal_free(&ord);
		if (pass == 0 && !cal)
			break;
	}
	if (worst_end >= 0)
		j->crit = trace(worst_pred, worst_end, &j->ncrit);
	free(worst_pred);
	free(arr);
	free(pred);
	free(can);
}

static const struct m_term *term_for(const struct m_reg *reg, const struct m_route *r,
				     enum outcome o)
{
	if (r->terms[o].set)
		return &r->terms[o];
	if (reg->terms[o].set)
		return &reg->terms[o];
	return NULL;
}

static bool route_has_end(const struct m_route *r, enum outcome o)
{
	for (size_t i = 0; i < r->nnodes; i++)
		if (r->nodes[i]->kind == N_END && r->nodes[i]->outcome == o &&
		    r->nodes[i]->reachable)
			return true;
	return false;
}

/* The verdict of a judgement against its term. */
static enum time_verdict verdict_of(const struct judgement *j, const struct m_term *term)
{
	if (!j->reachable)
		return TV_NONE;
	if (j->open)
		return TV_OPEN;
	if (!term)
		return TV_NO_TERM;
	if (j->exact)
		return j->worst_scalar > j->term_scalar ? TV_EXCEEDS : TV_OK;
	if (j->ord_late > 0)
		return TV_EXCEEDS;
	if (j->real_late > 0)
		return TV_HOLIDAYS;
	return TV_OK;
}

/* How bad a judgement is, to pick the worst path of a looping route. */
static int64_t badness(const struct judgement *j)
{
	if (j->exact)
		return j->worst_scalar - j->term_scalar;
	return j->ord_late > 0 ? j->ord_late : j->real_late;
}

static void judgement_free(struct judgement *j)
{
	free(j->crit);
	free(j->best);
	j->crit = j->best = NULL;
}

static void report_mode(const struct m_reg *reg, const struct m_route *r, enum outcome o,
			const struct calendar *cal, enum judge_mode mode,
			struct outcome_report *out)
{
	memset(out, 0, sizeof *out);
	out->verdict = TV_NONE;
	out->worst_elapsed = out->best_elapsed = -1;
	if (!route_has_end(r, o))
		return;
	const struct m_term *term = term_for(reg, r, o);
	out->term = term;
	struct plan p;
	struct judgement j, best;
	memset(&best, 0, sizeof best);
	bool have = false;
	struct plan bestplan;
	memset(&bestplan, 0, sizeof bestplan);
	if (plan_route(r, &p)) {
		judge(reg, &p, o, term, cal, mode, &j);
		best = j;
		bestplan = p;
		have = j.reachable;
		out->npaths = 0;
	} else {
		struct path_set ps;
		size_t np = time_paths(r, o, 256, &ps);
		out->npaths = np;
		out->paths_capped = ps.capped;
		for (size_t i = 0; i < np; i++) {
			struct plan c;
			plan_chain(&c, ps.v[i], ps.len[i]);
			judge(reg, &c, o, term, cal, mode, &j);
			if (j.reachable && (!have || badness(&j) > badness(&best) ||
					    (j.open && !best.open))) {
				if (have) {
					judgement_free(&best);
					plan_free(&bestplan);
				}
				best = j;
				bestplan = c;
				have = true;
			} else {
				if (j.reachable && !j.exact && j.best_elapsed >= 0 &&
				    (best.best_elapsed < 0 || j.best_elapsed < best.best_elapsed))
					best.best_elapsed = j.best_elapsed;
				judgement_free(&j);
				plan_free(&c);
			}
		}
		time_paths_free(&ps);
	}
	if (!have) {
		plan_free(&bestplan);
		return;
	}
	out->verdict = verdict_of(&best, term);
	out->simulated = !best.exact;
	const struct m_node **cp = xmalloc((best.ncrit + 1) * sizeof *cp);
	for (size_t i = 0; i < best.ncrit; i++)
		cp[i] = bestplan.node[best.crit[i]];
	out->worst = time_path_total(cp, best.ncrit, true);
	const struct m_node **bp = xmalloc((best.nbest + 1) * sizeof *bp);
	for (size_t i = 0; i < best.nbest; i++)
		bp[i] = bestplan.node[best.best[i]];
	out->best = time_path_total(bp, best.nbest, false);
	free(bp);
	out->path = xmalloc((best.ncrit + 1) * sizeof *out->path);
	out->npath = best.ncrit;
	if (best.exact) {
		for (size_t i = 0; i < best.ncrit; i++)
			out->path[i] = (struct sched_step){ cp[i], -1, -1 };
		out->ordinary_excess = out->real_excess = best.worst_scalar - best.term_scalar;
	} else {
		out->worst_start = best.w_start;
		out->worst_due = best.w_due;
		out->worst_finish = best.w_finish;
		out->ordinary_excess = best.ord_late;
		out->real_excess = best.real_late;
		out->worst_elapsed = best.worst_elapsed;
		out->best_elapsed = best.best_elapsed;
		out->ordinary = !best.real_worse || !cal;
		struct calendar ord;
		const struct calendar *c = cal;
		if (!best.real_worse || !cal) {
			cal_ordinary(&ord);
			c = &ord;
		}
		struct sim s;
		int32_t d0 = day_of(best.w_start);
		sim_init(&s, c, reg, d0 - 7, d0 + 4000);
		time_schedule(&s, cp, best.ncrit, best.w_start, out->path);
		sim_free(&s);
		if (c == &ord)
			cal_free(&ord);
	}
	free(cp);
	judgement_free(&best);
	plan_free(&bestplan);
}

void time_report(const struct m_reg *reg, const struct m_route *r, enum outcome o,
		 const struct calendar *cal, struct outcome_report *out)
{
	report_mode(reg, r, o, cal, JM_FULL, out);
}

/*
 * check's question, answered without simulating when it can be: is the
 * outcome in time on every path and every day (or has it no term)?  True
 * with the verdict when proven; false when only the full analysis can
 * tell (a counter-example, an open total, too many loop paths...).  The
 * plans are time_report's, so a proof covers what it would judge: dag is
 * the route's plan_route when it has no loops (made once for both
 * outcomes), else NULL and the paths are judged.
 */
static bool time_quick(const struct m_reg *reg, const struct m_route *r, enum outcome o,
		       const struct calendar *cal, const struct plan *dag, enum time_verdict *v)
{
	const struct m_term *term = term_for(reg, r, o);
	struct judgement j;
	bool have = false, ok = true;
	if (dag) {
		judge(reg, dag, o, term, cal, JM_QUICK, &j);
		have = j.reachable;
		ok = !j.reachable || (!j.open && j.proven);
		judgement_free(&j);
	} else {
		struct path_set ps;
		size_t np = time_paths(r, o, 256, &ps);
		ok = !ps.capped;
		for (size_t i = 0; i < np && ok; i++) {
			struct plan c;
			plan_chain(&c, ps.v[i], ps.len[i]);
			judge(reg, &c, o, term, cal, JM_QUICK, &j);
			have |= j.reachable;
			ok = !j.reachable || (!j.open && j.proven);
			judgement_free(&j);
			plan_free(&c);
		}
		time_paths_free(&ps);
	}
	if (!ok || !have)
		return false;
	*v = term ? TV_OK : TV_NO_TERM;
	return true;
}

/* ---- diagnostics ------------------------------------------------------------------ */

static void excess_text(char *buf, size_t n, int64_t v, int kind, int64_t wdlen)
{
	struct qty q = { 0, 0, 0 };
	if (kind == QK_CALENDAR)
		q.cd = v;
	else {
		q.wd = v / wdlen;
		q.min = v % wdlen;
	}
	qty_format(buf, n, q);
}

static void note_path(struct diag *g, const struct source *src,
		      const struct outcome_report *rep)
{
	size_t shown = 0;
	for (size_t i = 0; i < rep->npath; i++) {
		const struct m_node *nd = rep->path[i].node;
		if (nd->kind != N_STEP)
			continue;
		if (++shown > 40) {
			diag_note(g, NULL, 0, 0, "... and %zu more steps on this path",
				  rep->npath - i);
			break;
		}
		char d[64];
		dur_format(d, sizeof d, &nd->dur);
		const struct ast_item *it = nd->item;
		struct span at = it->u.step.dur ? it->u.step.dur->at : it->u.step.action.at;
		if (rep->path[i].from >= 0) {
			char a[48], b[48];
			if (rep->ordinary) {
				time_format_rel(a, sizeof a, rep->path[i].from, rep->worst_start);
				time_format_rel(b, sizeof b, rep->path[i].to, rep->worst_start);
			} else {
				time_format(a, sizeof a, rep->path[i].from);
				time_format(b, sizeof b, rep->path[i].to);
			}
			diag_note(g, src, at.lo, at.hi, "critical path, step %zu (%s, %s): %s -> %s",
				  shown, nd->actor ? nd->actor->id : "?", d, a, b);
		} else {
			diag_note(g, src, at.lo, at.hi, "critical path, step %zu (%s, %s)", shown,
				  nd->actor ? nd->actor->id : "?", d);
		}
	}
}

static void report(struct diags *d, const struct m_reg *reg, const struct m_route *r,
		   enum outcome o, const struct outcome_report *rep,
		   const struct calendar *cal)
{
	if (!d || (rep->verdict != TV_EXCEEDS && rep->verdict != TV_HOLIDAYS))
		return;
	const struct source *src = reg->src;
	char total[96], term[96];
	qty_format(total, sizeof total, rep->worst);
	qty_format(term, sizeof term, rep->term->dur.hi);
	struct span at = r->ast->id.at;
	struct diag *g;
	if (!rep->simulated) {
		char ex[96];
		int kind = qty_kind(rep->term->dur.hi) == QK_CALENDAR ? QK_CALENDAR : QK_WORK;
		excess_text(ex, sizeof ex, rep->ordinary_excess, kind, reg->workday_min);
		struct qty w = rep->worst, t = rep->term->dur.hi;
		if (w.cd >= DUR_MAX || w.wd >= DUR_MAX || w.min >= DUR_MAX) {
			/* The path's sum saturated at DUR_MAX; the excess did not:
			   say the total it was computed from. */
			int64_t ts = kind == QK_CALENDAR ? t.cd : t.wd * reg->workday_min + t.min;
			excess_text(total, sizeof total, rep->ordinary_excess + ts, kind,
				    reg->workday_min);
		}
		g = diag_emit(d, D_TERM_EXCEEDED, src, at.lo, at.hi,
			      "route `%s`: the %s can take %s, more than its term of %s (by %s)",
			      r->id, outcome_name(o), total, term, ex);
	} else {
		char a[48], due[48], fin[48], el[48];
		if (rep->ordinary) {
			time_format_rel(a, sizeof a, rep->worst_start, rep->worst_start);
			time_format_rel(due, sizeof due, rep->worst_due, rep->worst_start);
			time_format_rel(fin, sizeof fin, rep->worst_finish, rep->worst_start);
		} else {
			time_format(a, sizeof a, rep->worst_start);
			time_format(due, sizeof due, rep->worst_due);
			time_format(fin, sizeof fin, rep->worst_finish);
		}
		time_format_elapsed(el, sizeof el, rep->worst_finish - rep->worst_start);
		const char *when = rep->verdict == TV_EXCEEDS ? diag_tr("on an ordinary week")
				   : diag_tr("around public holidays");
		g = diag_emit(d, rep->verdict == TV_EXCEEDS ? D_TERM_EXCEEDED : D_TERM_HOLIDAYS,
			      src, at.lo, at.hi,
			      "route `%s`: %s the %s can be late: accepted %s, due %s, "
			      "ready %s (%s after acceptance; total %s, term %s)",
			      r->id, when, outcome_name(o), a, due, fin, el, total, term);
		if (rep->verdict == TV_HOLIDAYS && cal) {
			/* Name the days off that make the difference. */
			int32_t d0 = day_of(rep->worst_start), d1 = day_of(rep->worst_due);
			if (day_of(rep->worst_finish) > d1)
				d1 = day_of(rep->worst_finish);
			int named = 0;
			for (int32_t x = d0; x <= d1 && named < 8; x++) {
				const char *why = NULL;
				enum cal_day_kind k = cal_day(cal, x, &why);
				if (k == CD_WORKING || k == CD_WEEKEND)
					continue;
				char date[32];
				cal_format_date(date, sizeof date, x);
				diag_note(g, NULL, 0, 0, "%s is %s%s%s", date,
					  k == CD_TRANSFER_WORK ? diag_tr("a working day by transfer")
					  : k == CD_HOLIDAY ? diag_tr("a public holiday")
					  : k == CD_MOVED_OFF ? diag_tr("a day off moved from a holiday")
							      : diag_tr("a day off by transfer"),
					  why ? ": " : "", why ? why : "");
				named++;
			}
		}
	}
	diag_note(g, src, rep->term->ast->at.lo, rep->term->ast->at.hi, "the term is stated here");
	note_path(g, src, rep);
}

/* Steps without a duration make totals open; once per step as written. */
static void report_open(struct diags *d, const struct m_reg *reg)
{
	for (size_t r = 0; r < reg->nroutes; r++) {
		const struct m_route *route = reg->routes[r];
		for (size_t i = 0; i < route->nnodes; i++) {
			struct m_node *nd = route->nodes[i];
			if (!nd->reachable || !step_open(nd))
				continue;
			nd->finding = true;
			if (!d)
				continue;
			const struct ast_item *it = nd->item;
			struct diag *g = diag_emit(d, D_OPEN_TOTAL, reg->src, it->at.lo,
						   it->u.step.action.at.hi,
						   "this step has no duration, so the total time of "
						   "every path through it is open-ended");
			diag_hint(g, "write its duration (`<= 15 min`, `within 1 wd`), or "
				     "`automatic` for an information system");
		}
	}
}

void time_analyze(struct m_reg *reg, const struct calendar *cal, struct diags *d,
		  enum time_need need)
{
	report_open(d, reg);
	for (size_t r = 0; r < reg->nroutes; r++) {
		struct m_route *route = reg->routes[r];
		struct plan dag;
		memset(&dag, 0, sizeof dag);
		bool acyclic = need == TN_VERDICT && plan_route(route, &dag);
		for (int o = 0; o < OUT__COUNT; o++) {
			struct m_timing *t = &route->timing[o];
			enum time_verdict v;
			if (need == TN_VERDICT && route_has_end(route, (enum outcome)o) &&
			    time_quick(reg, route, (enum outcome)o, cal, acyclic ? &dag : NULL,
				       &v)) {
				memset(t, 0, sizeof *t);
				t->verdict = v;
				t->term = term_for(reg, route, (enum outcome)o);
				t->worst_minutes = -1;
				continue;
			}
			if (need == TN_VERDICT && route_has_end(route, (enum outcome)o))
				time_stats.full++;
			struct outcome_report rep;
			report_mode(reg, route, (enum outcome)o, cal,
				    need == TN_VERDICT ? JM_VERDICT : JM_FULL, &rep);
			t->verdict = rep.verdict;
			t->best = rep.best;
			t->worst = rep.worst;
			t->term = rep.term;
			t->worst_minutes = rep.simulated ? rep.worst_elapsed : -1;
			t->excess_minutes = rep.verdict == TV_EXCEEDS ? rep.ordinary_excess
					    : rep.verdict == TV_HOLIDAYS ? rep.real_excess : 0;
			for (size_t i = 0; i < rep.npath; i++)
				((struct m_node *)rep.path[i].node)->critical = true;
			if (rep.verdict == TV_EXCEEDS || rep.verdict == TV_HOLIDAYS)
				for (size_t i = 0; i < rep.npath; i++)
					if (rep.path[i].node->kind == N_STEP)
						((struct m_node *)rep.path[i].node)->finding = true;
			report(d, reg, route, (enum outcome)o, &rep, cal);
			if (rep.paths_capped) {
				/* Not every path was judged: say so rather than
				 * pass the route on the paths that were. */
				t->verdict = TV_INFINITE;
				if (d) {
					const struct ast_route *ar = route->ast;
					struct diag *g = diag_emit(d, D_LOOP, reg->src, ar->id.at.lo,
								   ar->id.at.hi,
								   "route `%s`: its loops make too many paths "
								   "to check every one",
								   route->id);
					diag_hint(g, "lower the bounds of `goto LABEL max N`, "
						     "or take fewer decisions inside the loops");
				}
			}
			free(rep.path);
		}
		plan_free(&dag);
	}
}

/*
 * The schedule for one acceptance instant: the latest finish over every
 * path to outcome o, the path that gives it, and the due moment.
 */
bool time_deadline(const struct m_reg *reg, const struct m_route *r, enum outcome o,
		   const struct calendar *cal, int64_t start, struct outcome_report *out)
{
	memset(out, 0, sizeof *out);
	out->verdict = TV_NONE;
	if (!route_has_end(r, o))
		return false;
	const struct m_term *term = term_for(reg, r, o);
	out->term = term;
	int32_t d0 = day_of(start);
	struct sim s;
	sim_init(&s, cal, reg, d0 - 7, d0 + 4000);
	int64_t a = sim_normalize(&s, start);
	out->worst_start = a;
	struct plan p;
	int64_t best_fin = T_NEVER;
	const struct m_node **bestpath = NULL;
	size_t bestlen = 0;
	if (plan_route(r, &p)) {
		bool *can = xcalloc(p.n + 1, sizeof *can);
		for (size_t i = p.n; i-- > 0;) {
			if (p.node[i]->kind == N_END && p.node[i]->outcome == o)
				can[i] = true;
			for (int k = 0; k < 2; k++)
				if (p.succ[i][k] >= 0 && can[p.succ[i][k]])
					can[i] = true;
		}
		int64_t *arr = xmalloc((p.n + 1) * sizeof *arr);
		int32_t *pred = xmalloc((p.n + 1) * sizeof *pred);
		struct simnode *sn = simnodes(&s, &p, can, o);
		int32_t end = simulate(&s, sn, p.n, a, true, arr, pred, &best_fin);
		if (end >= 0) {
			int32_t *idx = trace(pred, end, &bestlen);
			bestpath = xmalloc((bestlen + 1) * sizeof *bestpath);
			for (size_t i = 0; i < bestlen; i++)
				bestpath[i] = p.node[idx[i]];
			free(idx);
		}
		free(sn);
		free(arr);
		free(pred);
		free(can);
		plan_free(&p);
	} else {
		struct path_set ps;
		time_paths(r, o, 4096, &ps);
		for (size_t i = 0; i < ps.n; i++) {
			int64_t t = a;
			for (size_t k = 0; k < ps.len[i]; k++)
				if (ps.v[i][k]->kind == N_STEP)
					t = sim_add_qty(&s, t, ps.v[i][k]->dur.hi);
			if (best_fin == T_NEVER || t > best_fin) {
				best_fin = t;
				free(bestpath);
				bestlen = ps.len[i];
				bestpath = xmalloc((bestlen + 1) * sizeof *bestpath);
				memcpy(bestpath, ps.v[i], bestlen * sizeof *bestpath);
			}
		}
		out->paths_capped = ps.capped;
		time_paths_free(&ps);
	}
	if (!bestpath) {
		sim_free(&s);
		return false;
	}
	out->path = xmalloc((bestlen + 1) * sizeof *out->path);
	out->npath = bestlen;
	time_schedule(&s, bestpath, bestlen, a, out->path);
	out->worst = time_path_total(bestpath, bestlen, true);
	out->worst_finish = best_fin;
	out->worst_elapsed = best_fin - a;
	out->simulated = true;
	bool open = false;
	for (size_t i = 0; i < bestlen; i++)
		open |= step_open(bestpath[i]);
	if (term) {
		out->worst_due = sim_due(&s, reg, a, term->dur.hi);
		out->real_excess = best_fin - out->worst_due;
		out->verdict = open ? TV_OPEN : best_fin > out->worst_due ? TV_EXCEEDS : TV_OK;
	} else {
		out->verdict = open ? TV_OPEN : TV_NO_TERM;
	}
	free(bestpath);
	sim_free(&s);
	return true;
}
