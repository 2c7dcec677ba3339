/*
 * time.c — the timing type checker (see time.h and docs/timing.md, which
 * is its specification).
 *
 * A route is judged on its *plan*: its nodes in topological order with
 * successor indices — the route itself when it has no loop, else the
 * route unrolled into the states of its bounded loops (plan_build), so
 * that one engine judges every shape of route.  Of a plan, one outcome is
 * judged on its checked paths (those through no open step): exactly when
 * the steps and the term are of one kind of time — the longest path by
 * upper bounds against the term as the worst acceptance sees it — and on
 * a calendar when kinds mix.  Simulation rests on one fact: the end of a
 * step is a non-decreasing function of its start (adding working or
 * calendar time never lets a later start end earlier).  So for one
 * acceptance moment, the latest arrival at each node over all paths is a
 * single forward pass, and the latest end over all paths is the latest
 * arrival at the ends.  With a term in days the worst acceptance of a day
 * is its close: one pass per working day.  With a term in hours, and for
 * the elapsed times, a day's acceptance moments are searched as intervals
 * (ds_run), which gives what trying every minute would.
 *
 * check needs less: only whether some day is late.  quick_bound proves
 * most mixed plans in time without that pass per day (a bound over all
 * days, then day by day), and only what it cannot prove is simulated
 * (time_quick, TN_VERDICT).
 *
 * tests/ref/ref_time.c implements docs/timing.md again, independently
 * and literally; tests/ref/test_ref.c and the fuzzer compare the two.
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

/* Working minutes of a working-time quantity, saturating. */
static int64_t work_of(const struct sim *s, struct qty q)
{
	return sat_add(q.wd > T_CAP / (s->wh.len + 1) ? T_CAP : q.wd * s->wh.len, q.min);
}

/* The close of day d: the end of its working hours (docs/timing.md §2). */
static int64_t close_of(const struct sim *s, int32_t d)
{
	return (int64_t)d * DAY + s->wh.end;
}

/*
 * The first acceptance moment at or after t (docs/timing.md §3): a
 * working minute, or the close of a working day; a moment in the break
 * goes to its end, one after the close or on a day off to the next
 * working day's opening.
 */
int64_t sim_accept(const struct sim *s, int64_t t)
{
	if (t >= T_CAP)
		return T_CAP;
	int32_t d = day_of(t);
	int64_t m = t - (int64_t)d * DAY;
	if (working(s, d) && m <= s->wh.end) {
		if (m == s->wh.end)
			return t;
		if (m < s->wh.start)
			m = s->wh.start;
		if (m >= s->wh.brk_start && m < s->wh.brk_end)
			m = s->wh.brk_end; /* the break's end, or the close */
		return (int64_t)d * DAY + m;
	}
	return (int64_t)nth_working_after(s, d, 1) * DAY + s->wh.start;
}

/* Whether a term is counted from the moment of acceptance (minutes and
 * hours only) rather than in days (docs/timing.md §5, rule 3). */
static bool term_hourly(struct qty t)
{
	return t.cd == 0 && t.wd == 0;
}

/*
 * The due moment of a term for acceptance at a (docs/timing.md §5): a
 * term in calendar days ends at the close of its last day (day d + N, or
 * d + N - 1 counting the day of acceptance), moved to the next working
 * day unless closing is exact, and at the day's end when that day is not
 * working; a term with working days counts its working time from the
 * opening of the first counted day (the next working day, or the day of
 * acceptance itself); a term in minutes and hours runs from a.
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
			return close_of(s, l);
		return (int64_t)(l + 1) * DAY;
	}
	int64_t m = work_of(s, term);
	if (term.wd > 0) {
		int32_t first = reg->count_same_day && working(s, d) ? d : nth_working_after(s, d, 1);
		return sim_add_work(s, (int64_t)first * DAY + s->wh.start, m);
	}
	return sim_add_work(s, a, m);
}

struct time_stats time_stats;

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

/* ---- plans: a route as a graph without cycles ---------------------------------- */

/* Nodes in topological order with their successors (indices, -1: none);
 * node[0] is the start.  A node of the route appears once per state of
 * the loops it can be reached in (plan_build). */
struct plan {
	const struct m_node **node;
	int32_t (*succ)[2];
	size_t n;
	bool too_big;  /* the loops unroll into too many states: not analysed */
};

/* States the loops of a route may add to its nodes (docs/timing.md §6). */
#define PLAN_EXTRA 65536

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
static void plan_build(const struct m_route *r, struct plan *p)
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
	bool open;             /* some such path goes through an open step */
	bool unchecked;        /* every such path does: the figures below are of
				  all paths, open steps taking no time */
	bool exact;            /* one kind of time: judged by arithmetic */
	int kind;              /* exact: QK_WORK or QK_CALENDAR */
	int64_t worst_scalar;  /* exact: longest total (minutes or days) */
	int64_t best_scalar;
	int64_t term_scalar;   /* exact: T', the term as the worst acceptance
				  sees it (docs/timing.md 6.1) */
	bool term_less_day;    /* T' is the term less a day (same-day counting) */
	int32_t *crit;         /* plan indices of the critical path */
	size_t ncrit;
	int32_t *best;         /* plan indices of the best path */
	size_t nbest;
	/* simulated: */
	bool figures;          /* the simulation ran (not in check without a term) */
	int64_t ord_late, real_late; /* worst lateness (minutes; <= 0: in time;
					T_NEVER: that pass did not run) */
	int64_t w_start, w_due, w_finish; /* the worst acceptance (docs/timing.md §9) */
	int64_t worst_elapsed, best_elapsed;
	bool real_worse;       /* the worst acceptance is on the real calendar */
	bool proven;           /* JM_QUICK: in time, or no term (see judge_mode) */
};

/*
 * How much a judgement must tell.  JM_FULL: everything time_report
 * describes.  JM_VERDICT: the verdict and the counter-example, not the
 * elapsed times (check prints none).  JM_QUICK: only whether the plan is
 * provably in time (proven) — an exact plan by arithmetic, a mixed one by
 * quick_bound (a bound, then the days it leaves, a few simulated); when
 * not proven, nothing else is filled in and the caller asks again with
 * JM_VERDICT.
 */
enum judge_mode { JM_FULL, JM_VERDICT, JM_QUICK };

static int64_t scalar(struct qty q, int kind, int64_t wdlen)
{
	if (kind == QK_CALENDAR)
		return q.cd;
	int64_t m = q.wd > DUR_MAX ? DUR_MAX * wdlen : q.wd * wdlen;
	return m + q.min;
}

/* A step without a duration counts as nothing, but is open (its paths are
 * not checked) unless it is the applicant's own time. */
static bool step_open(const struct m_node *n)
{
	return n->kind == N_STEP && n->dur.form == DF_NONE &&
	       !(n->actor && n->actor->kind == AK_APPLICANT);
}

/*
 * The nodes on some path from the start to an end of outcome o — through
 * no open step when skip_open (the checked paths, docs/timing.md §4).
 * Returns whether there is such a path.
 */
static bool live(const struct plan *p, enum outcome o, bool skip_open, bool *can)
{
	size_t n = p->n;
	for (size_t i = n; i-- > 0;) {
		const struct m_node *nd = p->node[i];
		can[i] = false;
		if (skip_open && step_open(nd))
			continue;
		if (nd->kind == N_END && nd->outcome == o) {
			can[i] = true;
			continue;
		}
		for (int k = 0; k < 2; k++)
			if (p->succ[i][k] >= 0 && can[p->succ[i][k]])
				can[i] = true;
	}
	if (n == 0 || !can[0])
		return false;
	/* Forward: what the start reaches through such nodes. */
	bool *fwd = xcalloc(n + 1, sizeof *fwd);
	fwd[0] = true;
	for (size_t i = 0; i < n; i++) {
		if (!fwd[i])
			continue;
		for (int k = 0; k < 2; k++) {
			int32_t w = p->succ[i][k];
			if (w >= 0 && can[w])
				fwd[w] = true;
		}
	}
	for (size_t i = 0; i < n; i++)
		can[i] = fwd[i];
	free(fwd);
	return true;
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
 * worked out once per plan instead of once per node per acceptance.
 */
struct simnode {
	int64_t cal[2], work[2]; /* [0] the lower bound, [1] the upper */
	int32_t succ[2];         /* successors on a path that is analysed; -1 */
	bool live;               /* on such a path */
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
			sn[i].work[b] = work_of(s, q);
		}
		for (int k = 0; k < 2; k++) {
			int32_t w = p->succ[i][k];
			sn[i].succ[k] = w >= 0 && can[w] ? w : -1;
		}
	}
	return sn;
}

/* Latest (or earliest, with lower bounds) end over all analysed paths of
 * the outcome from acceptance a; fills pred for the path.  Returns the
 * end's plan index, or -1. */
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

/* ---- a day's acceptance moments, searched as intervals ------------------------------ */

/*
 * The simulation of an interval of acceptance moments [a1, a2] at once:
 * each arrival as the pair of its values for a1 and a2, and its shape on
 * the interval — SH_LIN: it is a + (v1 - a1) for every a in between (it
 * moved with the acceptance, minute for minute); SH_CONST: it is v1 for
 * every a (v1 == v2, which a non-decreasing function shows by itself);
 * SH_ANY: not known.  Every arrival is a non-decreasing function of the
 * acceptance, which is what makes the pair a bound and the shapes exact.
 */
enum shape { SH_ANY, SH_LIN, SH_CONST };

struct span2 {
	int64_t v1, v2;
	int sh;
};

/* The working segment a working minute t lies in (2 per day: before and
 * after the break), or -1 when t is not a working minute. */
static int64_t seg_of(const struct sim *s, int64_t t)
{
	if (t >= T_CAP)
		return -1;
	int32_t d = day_of(t);
	int64_t m = t - (int64_t)d * DAY;
	if (!working(s, d) || m < s->wh.start || m >= s->wh.end ||
	    (m >= s->wh.brk_start && m < s->wh.brk_end))
		return -1;
	return (int64_t)d * 2 + (m >= s->wh.brk_end);
}

/*
 * Add m > 0 working minutes to an interval.  From working minutes of one
 * segment, the results are the ends of consecutive working minutes; they
 * move with the start exactly when they too lie in one segment.
 */
static void span_work(const struct sim *s, struct span2 *x, int64_t m)
{
	int64_t y1 = sim_add_work(s, x->v1, m), y2 = sim_add_work(s, x->v2, m);
	int64_t sg = seg_of(s, x->v1);
	if (x->sh == SH_LIN && (y2 - y1 != x->v2 - x->v1 || sg < 0 || sg != seg_of(s, x->v2) ||
				seg_of(s, y1 - 1) < 0 || seg_of(s, y1 - 1) != seg_of(s, y2 - 1)))
		x->sh = SH_ANY;
	x->v1 = y1;
	x->v2 = y2;
}

/* Add c calendar minutes: a shift (unless it saturates). */
static void span_cal(struct span2 *x, int64_t c)
{
	int64_t y1 = sat_add(x->v1, c), y2 = sat_add(x->v2, c);
	if (x->sh == SH_LIN && y2 - y1 != x->v2 - x->v1)
		x->sh = SH_ANY;
	x->v1 = y1;
	x->v2 = y2;
}

/* Where two ways meet: the later (worst) or the earlier arrival. */
static void span_meet(struct span2 *dst, const struct span2 *src, bool worst)
{
	if (dst->v1 == T_NEVER) {
		*dst = *src;
		return;
	}
	struct span2 f = *dst, g = *src, r;
	bool g_wins = worst ? g.v1 >= f.v2 : g.v2 <= f.v1;
	bool f_wins = worst ? f.v1 >= g.v2 : f.v2 <= g.v1;
	if (g_wins) {
		r = g;
	} else if (f_wins) {
		r = f;
	} else {
		r.v1 = worst ? (f.v1 > g.v1 ? f.v1 : g.v1) : (f.v1 < g.v1 ? f.v1 : g.v1);
		r.v2 = worst ? (f.v2 > g.v2 ? f.v2 : g.v2) : (f.v2 < g.v2 ? f.v2 : g.v2);
		r.sh = f.sh == g.sh ? f.sh : SH_ANY; /* shifts of a, or constants */
	}
	*dst = r;
}

/* The latest (worst) or earliest end over the analysed paths for every
 * acceptance in [a1, a2] (moments of one working segment, or one moment).
 * False when no end is reached. */
static bool simulate2(const struct sim *s, const struct simnode *sn, size_t n, int64_t a1,
		      int64_t a2, bool worst, struct span2 *arr, struct span2 *fin)
{
	for (size_t i = 0; i < n; i++)
		arr[i].v1 = T_NEVER;
	arr[0] = (struct span2){ a1, a2, a1 == a2 ? SH_CONST : SH_LIN };
	fin->v1 = T_NEVER;
	int b = worst ? 1 : 0;
	for (size_t i = 0; i < n; i++) {
		if (arr[i].v1 == T_NEVER || !sn[i].live)
			continue;
		struct span2 x = arr[i];
		if (sn[i].cal[b])
			span_cal(&x, sn[i].cal[b]);
		if (sn[i].work[b] > 0)
			span_work(s, &x, sn[i].work[b]);
		if (x.v1 == x.v2)
			x.sh = SH_CONST;
		if (sn[i].end) {
			span_meet(fin, &x, worst);
			continue;
		}
		for (int k = 0; k < 2; k++)
			if (sn[i].succ[k] >= 0)
				span_meet(&arr[sn[i].succ[k]], &x, worst);
	}
	if (fin->v1 == T_NEVER)
		return false;
	if (fin->v1 == fin->v2)
		fin->sh = SH_CONST;
	return true;
}

/* What a day's search maximises, over the acceptance moments a of a day:
 * G_LATE  F(a) - D(a)   lateness (F: latest end, D: due moment);
 * G_EMAX  F(a) - a      elapsed time;
 * G_EMIN  a - Flo(a)    minus the least elapsed time (Flo: earliest end
 *                       with lower bounds). */
enum goal { G_LATE, G_EMAX, G_EMIN };

/* Everything a day's figures are computed from. */
struct dayctx {
	const struct m_reg *reg;
	const struct sim *s;
	const struct simnode *sn;
	size_t n;
	const struct m_term *term;  /* or NULL */
	bool hourly;                /* the term runs from the acceptance */
	struct span2 *buf;          /* n nodes */
	int64_t *arr;               /* n nodes, for simulate */
	int32_t *pred;
};

struct dsearch {
	const struct dayctx *c;
	enum goal goal;
	bool have;                  /* best is set */
	int64_t best, at;           /* the greatest value, the latest moment */
	bool stop_late;             /* stop once best > 0 (is any moment late?) */
};

/* The due moments of [a1, a2]: a term in days has one due moment a day;
 * a term in hours moves with the acceptance (span_work's rule). */
static void due2(const struct dayctx *c, int64_t a1, int64_t a2, struct span2 *q)
{
	struct qty t = c->term->dur.hi;
	if (!c->hourly) {
		int64_t d = sim_due(c->s, c->reg, a1, t);
		*q = (struct span2){ d, d, SH_CONST };
		return;
	}
	*q = (struct span2){ a1, a2, a1 == a2 ? SH_CONST : SH_LIN };
	int64_t m = work_of(c->s, t);
	if (m > 0)
		span_work(c->s, q, m);
	if (q->v1 == q->v2)
		q->sh = SH_CONST;
}

/*
 * Search [a1, a2] for the greatest value of the goal (P - Q with P and Q
 * non-decreasing), from the right so that the first of equal values found
 * is the latest moment.  An interval whose bound P(a2) - Q(a1) cannot beat
 * what was found is dropped; one where both are shifts or both constant
 * has one value throughout, one where only P moves rises, one where only
 * Q moves falls; the rest is halved.
 */
static void ds_run(struct dsearch *ds, int64_t a1, int64_t a2)
{
	if (ds->stop_late && ds->have && ds->best > 0)
		return;
	const struct dayctx *c = ds->c;
	struct span2 P, Q, id = { a1, a2, a1 == a2 ? SH_CONST : SH_LIN };
	switch (ds->goal) {
	case G_LATE:
		if (!simulate2(c->s, c->sn, c->n, a1, a2, true, c->buf, &P))
			return;
		due2(c, a1, a2, &Q);
		break;
	case G_EMAX:
		if (!simulate2(c->s, c->sn, c->n, a1, a2, true, c->buf, &P))
			return;
		Q = id;
		break;
	default:
		P = id;
		if (!simulate2(c->s, c->sn, c->n, a1, a2, false, c->buf, &Q))
			return;
		break;
	}
	if (ds->have && P.v2 - Q.v1 <= ds->best)
		return;
	int64_t v, at;
	if (a1 == a2 || (P.sh == Q.sh && P.sh != SH_ANY)) {
		v = P.v1 - Q.v1;
		at = a2;
	} else if (P.sh == SH_LIN && Q.sh == SH_CONST) {
		v = P.v2 - Q.v2;
		at = a2;
	} else if (P.sh == SH_CONST && Q.sh == SH_LIN) {
		v = P.v1 - Q.v1;
		at = a1;
	} else {
		int64_t mid = a1 + (a2 - a1) / 2;
		ds_run(ds, mid + 1, a2);
		ds_run(ds, a1, mid);
		return;
	}
	if (!ds->have || v > ds->best) {
		ds->have = true;
		ds->best = v;
		ds->at = at;
	}
}

/* The whole of working day d: its close, the afternoon, the morning. */
static void ds_day(struct dsearch *ds, int32_t d)
{
	const struct workhours *w = &ds->c->s->wh;
	int64_t base = (int64_t)d * DAY;
	ds_run(ds, base + w->end, base + w->end);
	if (w->end > w->brk_end)
		ds_run(ds, base + w->brk_end, base + w->end - 1);
	if (w->brk_start > w->start)
		ds_run(ds, base + w->start, base + w->brk_start - 1);
}

/* What one working day gives: each figure with the latest moment of the
 * day that gives it (minutes from the day's midnight). */
struct dayfig {
	bool ok;               /* an end is reached */
	int64_t late, late_at; /* greatest lateness (a term) */
	int64_t emax, emax_at; /* greatest elapsed time */
	int64_t emin, emin_at; /* least elapsed time (lower bounds) */
	int64_t reach;         /* days past d its worst simulations and due
				  moments look at */
	int64_t reach_best;    /* and its best simulations */
};

enum { W_LATE = 1, W_EMAX = 2, W_EMIN = 4 };

static void day_figures(const struct dayctx *c, int32_t d, unsigned want, struct dayfig *f)
{
	memset(f, 0, sizeof *f);
	int64_t base = (int64_t)d * DAY, close = close_of(c->s, d), fin;
	if (simulate(c->s, c->sn, c->n, close, true, c->arr, c->pred, &fin) < 0)
		return;
	f->ok = true;
	int64_t due = c->term ? sim_due(c->s, c->reg, close, c->term->dur.hi) : fin;
	f->reach = (int64_t)day_of(fin > due ? fin : due) - d;
	struct dsearch ds = { .c = c };
	if ((want & W_LATE) && c->term) {
		if (!c->hourly) { /* one due moment all day: the close is worst */
			f->late = fin - due;
			f->late_at = close - base;
		} else {
			ds.goal = G_LATE;
			ds_day(&ds, d);
			f->late = ds.best;
			f->late_at = ds.at - base;
		}
	}
	if (want & W_EMAX) {
		ds.goal = G_EMAX;
		ds.have = false;
		ds_day(&ds, d);
		f->emax = ds.best;
		f->emax_at = ds.at - base;
	}
	if (want & W_EMIN) {
		int64_t bfin;
		simulate(c->s, c->sn, c->n, close, false, c->arr, c->pred, &bfin);
		f->reach_best = (int64_t)day_of(bfin) - d;
		ds.goal = G_EMIN;
		ds.have = false;
		ds_day(&ds, d);
		f->emin = -ds.best;
		f->emin_at = ds.at - base;
	}
}

/*
 * quick_bound's second try: day by day, every start day of the ordinary
 * week and of the calendar, from the last day back.  A day is in time when
 * its earliest due moment is no earlier than the end bound wdays[i + K] *
 * DAY + M + ec, or than the end of a later day already simulated (a start
 * never ends after a later start: the end is non-decreasing in the start,
 * which is what makes the simulation's single pass right).  Only a day
 * that neither clears is simulated — at its close, and with a term in
 * hours, where the close is not enough, by searching its moments; with
 * slack of s days a simulation clears about s days before it.  True when
 * no day is late.
 */
/* What quick_bound found, in the terms of one start day wdays[i]: every
 * end is at most wdays[i + K] * DAY + M + ec; a term in calendar days
 * ends no earlier than the close of day wdays[i] + days, one in working
 * time, for the day's earliest acceptance, exactly at wdays[i + Kd] * DAY
 * + Md (Kd < 0: not known). */
struct qbound {
	int64_t K, M, ec;
	int64_t days, Kd, Md;
};

static bool quick_days(struct tcache *tc, const struct m_reg *reg, const struct simnode *sn,
		       size_t n, const struct m_term *term, const struct qbound *qb)
{
	struct qty t = term->dur.hi;
	bool hourly = term_hourly(t);
	int64_t *arr = xmalloc((n + 1) * sizeof *arr);
	int32_t *pred = xmalloc((n + 1) * sizeof *pred);
	struct span2 *buf = hourly ? xmalloc((n + 1) * sizeof *buf) : NULL;
	bool late = false;
	for (int pass = 0; pass < 2 && !late; pass++) {
		struct sim s;
		sim_view(&s, pass == 0 ? &tc->ordinary : &tc->real, reg);
		int32_t first = pass == 0 ? tc->monday : s.cal->first;
		int32_t last = pass == 0 ? tc->monday + 6 : s.cal->last;
		int64_t later = T_NEVER; /* the end of the last day simulated */
		if (last < first)
			continue;
		struct dayctx c = { reg, &s, sn, n, term, hourly, buf, arr, pred };
		/* The working days of [first, last], by their index, last first. */
		int32_t i_lo = s.rank[first - s.lo], i_hi = s.rank[last - s.lo + 1] - 1;
		for (int32_t wi = i_hi; wi >= i_lo && !late; wi--) {
			int32_t d = s.wdays[wi], x = d - s.lo;
			int64_t a = close_of(&s, d), open = (int64_t)d * DAY + s.wh.start;
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
			int64_t due = sim_due(&s, reg, hourly ? open : a, t);
			if (fin_hi <= due || (later != T_NEVER && later <= due))
				continue;
			int64_t fin;
			time_stats.day_sims++;
			if (simulate(&s, sn, n, a, true, arr, pred, &fin) < 0)
				continue;
			if (fin > due) {
				if (!hourly) {
					late = true;
				} else { /* the day's earliest due moment is passed */
					struct dsearch ds = { .c = &c, .goal = G_LATE, .have = true,
							      .best = 0, .stop_late = true };
					ds_day(&ds, d);
					late = ds.best > 0;
				}
			}
			later = fin;
		}
	}
	free(arr);
	free(pred);
	free(buf);
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
 *     the end is at most work(a, B + WTmax(C) + m) + 0, WTmax(C) being
 *     the most working time any window of C minutes holds (wdmax);
 *   - where paths meet, the larger B and the larger C bound both.
 * The latest acceptance of day wdays[i] is its close, and from it
 * work(a, B) = wdays[i + K] * DAY + M for K and M that depend on B and the
 * working hours alone (taken from the ordinary week).  A term in calendar
 * days T is due no earlier than (wdays[i] + T) * DAY + close; a term in
 * working time, for the day's earliest acceptance (its opening: a term in
 * hours runs from the acceptance, and the due moment only grows with it),
 * at wdays[i + Kd] * DAY + Md exactly.  So lateness is at most a span of
 * working days (span_of) times a day, plus minutes.
 *
 * When that bound over all days is not enough, the same bound day by day
 * (the end bound against the day's exact earliest due moment) leaves the
 * days near the holidays that could be late, and those are simulated.
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
	/* K, M (and Kd, Md): from the close of an ordinary Monday (and, for a
	 * term in hours, its opening). */
	int32_t d0 = tc->monday;
	int64_t a0 = close_of(&os, d0);
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
		int64_t open0 = (int64_t)d0 * DAY + os.wh.start;
		int64_t due = sim_due(&os, reg, term_hourly(t) ? open0 : a0, t);
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

/* The best figure of one pass over the days: its value, day and moment. */
struct pick {
	bool have;
	int64_t v;
	int32_t day;
	int64_t at;  /* minutes from the day's midnight */
};

/* Take (v, d, at) if it is strictly greater: days come in order, so the
 * earliest day keeps a tie (docs/timing.md 6.2). */
static void pick(struct pick *p, int64_t v, int32_t d, int64_t at)
{
	if (!p->have || v > p->v)
		*p = (struct pick){ true, v, d, at };
}

/*
 * A day's cheap bounds on each figure (G_LATE, G_EMAX, G_EMIN): the close
 * is an acceptance moment, so its values are lower bounds of the day's
 * greatest; the end from the close against the opening's due moment (or
 * the opening itself) bounds it from above.  Equal bounds: the close is
 * the day's answer.
 */
struct daybound {
	bool ok;             /* an end is reached */
	int64_t lo[3], hi[3];
};

static void day_bounds(const struct dayctx *c, int32_t d, unsigned want, struct daybound *b)
{
	int64_t close = close_of(c->s, d), open = (int64_t)d * DAY + c->s->wh.start, fin;
	memset(b, 0, sizeof *b);
	if (simulate(c->s, c->sn, c->n, close, true, c->arr, c->pred, &fin) < 0)
		return;
	b->ok = true;
	if ((want & W_LATE) && c->term) {
		struct qty t = c->term->dur.hi;
		int64_t dc = sim_due(c->s, c->reg, close, t);
		b->lo[G_LATE] = fin - dc;
		b->hi[G_LATE] = c->hourly ? fin - sim_due(c->s, c->reg, open, t) : fin - dc;
	}
	if (want & W_EMAX) {
		b->lo[G_EMAX] = fin - close;
		b->hi[G_EMAX] = fin - open;
	}
	if (want & W_EMIN) {
		int64_t bc, bo;
		simulate(c->s, c->sn, c->n, close, false, c->arr, c->pred, &bc);
		simulate(c->s, c->sn, c->n, open, false, c->arr, c->pred, &bo);
		b->lo[G_EMIN] = close - bc;
		b->hi[G_EMIN] = close - bo;
	}
}

/*
 * Simulate at acceptance a on the ordinary week (real false) or the
 * calendar, for the path that ends latest (worst) or earliest; pred gets
 * the path, *due the due moment.  Returns the end's plan index, or -1.
 */
static int32_t trace_at(const struct m_reg *reg, const struct plan *p, const bool *can,
			enum outcome o, const struct calendar *cal, struct tcache *tc,
			int64_t span, bool real, int64_t a, bool worst, int64_t *arr,
			int32_t *pred, int64_t *fin, const struct m_term *term, int64_t *due)
{
	struct calendar ord;
	const struct calendar *c = cal;
	if (!real)
		cal_ordinary(&ord), c = &ord;
	struct sim s;
	if (tc)
		sim_view(&s, real ? &tc->real : &tc->ordinary, reg);
	else
		sim_init(&s, c, reg, day_of(a) - 7, day_of(a) + (int32_t)span);
	struct simnode *sn = simnodes(&s, p, can, o);
	int32_t end = simulate(&s, sn, p->n, a, worst, arr, pred, fin);
	if (due)
		*due = term ? sim_due(&s, reg, a, term->dur.hi) : *fin;
	free(sn);
	if (!tc)
		sim_free(&s);
	if (c == &ord)
		cal_free(&ord);
	return end;
}

/*
 * A simulated judgement: every working day of the ordinary week and of
 * the calendar, each with its greatest lateness (a term), greatest
 * elapsed time and least elapsed time, and the latest moment of the day
 * that gives each (docs/timing.md 6.2 and §9).
 *
 * The ordinary week's five days are searched whole; their figures are the
 * figures of every calendar day whose whole reach (as far as its
 * simulations and due moments look) is an ordinary stretch — everything
 * is the same up to a shift by whole weeks.  The other calendar days are
 * bounded first (day_bounds): only a day whose upper bound reaches the
 * greatest lower bound of all days, and passes what the days before it
 * gave, is searched, and only for more than that.  Days come in order and
 * a day must give strictly more than an earlier one, so the earliest day
 * keeps a tie, as the search keeps the latest moment of a day.
 */
static void judge_calendar(const struct m_reg *reg, const struct plan *p, const bool *can,
			   enum outcome o, const struct m_term *term,
			   const struct calendar *cal, struct tcache *tc, enum judge_mode mode,
			   int64_t span, struct judgement *j)
{
	size_t n = p->n;
	bool hourly = term && term_hourly(term->dur.hi);
	unsigned want = (term ? W_LATE : W_EMAX) | (mode == JM_FULL ? W_EMAX | W_EMIN : 0);
	int64_t *arr = xmalloc((n + 1) * sizeof *arr);
	int32_t *pred = xmalloc((n + 1) * sizeof *pred);
	struct span2 *buf = xmalloc((n + 1) * sizeof *buf);
	/* The best of each figure per pass: [goal][pass]; G_EMIN holds minus
	 * the least elapsed time, so that every figure is a greatest. */
	struct pick best[3][2];
	memset(best, 0, sizeof best);
	j->figures = true;
	j->ord_late = j->real_late = T_NEVER;
	j->worst_elapsed = j->best_elapsed = -1;
	struct dayfig wk[5];
	bool wk_ok[5] = { false };
	int64_t reach = 0, reach_best = 0;
	int32_t monday = cal_days_from_civil(2001, 1, 1);
	for (int pass = 0; pass < 2; pass++) {
		if (pass == 1 && (!cal || (mode == JM_VERDICT && best[G_LATE][0].have &&
					   best[G_LATE][0].v > 0)))
			break; /* check stops at an ordinary week's error */
		struct calendar ord;
		const struct calendar *c = cal;
		int32_t first = pass == 0 ? monday : cal->first;
		int32_t last = pass == 0 ? monday + 6 : cal->last;
		if (pass == 0)
			cal_ordinary(&ord), c = &ord;
		/* The cached indexes reach past last + span: the same answers. */
		struct sim s;
		if (tc)
			sim_view(&s, pass == 0 ? &tc->ordinary : &tc->real, reg);
		else
			sim_init(&s, c, reg, first - 7, last + (int32_t)span);
		struct simnode *sn = simnodes(&s, p, can, o);
		struct dayctx ctx = { reg, &s, sn, n, term, hourly, buf, arr, pred };
		if (pass == 0) {
			for (int32_t d = first; d <= last; d++) {
				if (!sim_is_working_day(&s, d))
					continue;
				struct dayfig f;
				day_figures(&ctx, d, want, &f);
				if (!f.ok)
					continue;
				int w = cal_weekday(d);
				wk[w] = f;
				wk_ok[w] = true;
				if (f.reach > reach)
					reach = f.reach;
				if (f.reach_best > reach_best)
					reach_best = f.reach_best;
				if (want & W_LATE)
					pick(&best[G_LATE][0], f.late, d, f.late_at);
				if (want & W_EMAX)
					pick(&best[G_EMAX][0], f.emax, d, f.emax_at);
				if (want & W_EMIN)
					pick(&best[G_EMIN][0], -f.emin, d, f.emin_at);
			}
		} else if (last >= first) {
			/* irregular[k] counts the days before first - 1 + k whose
			 * kind differs from an ordinary week's. */
			int32_t *irregular = NULL;
			int32_t base = first - 1;
			bool use_w = reach <= 4000, use_b = reach_best <= 4000;
			if (use_w || use_b) {
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
			/* The days, what the ordinary week already knows of each,
			 * and bounds on the rest. */
			size_t nd = 0, cap = (size_t)(last - first) + 1;
			int32_t *days = xmalloc((cap + 1) * sizeof *days);
			uint8_t *known = xmalloc(cap + 1); /* bit 0: late and emax; bit 1: emin */
			struct daybound *bd = xmalloc((cap + 1) * sizeof *bd);
			int64_t L[3] = { T_NEVER, T_NEVER, T_NEVER };
			for (int32_t d = first; d <= last; d++) {
				if (!sim_is_working_day(&s, d))
					continue;
				int w = cal_weekday(d);
				bool kw = irregular && use_w && w < 5 && wk_ok[w] &&
					  irregular[d - base + reach + 2] == irregular[d - 1 - base];
				bool kb = irregular && use_b && w < 5 && wk_ok[w] &&
					  irregular[d - base + reach_best + 2] == irregular[d - 1 - base];
				unsigned need = want & ~((kw ? W_LATE | W_EMAX : 0u) | (kb ? W_EMIN : 0u));
				struct daybound *b = &bd[nd];
				if (need)
					day_bounds(&ctx, d, need, b);
				else
					memset(b, 0, sizeof *b), b->ok = true;
				if (!b->ok)
					continue;
				if (kw) {
					b->lo[G_LATE] = b->hi[G_LATE] = wk[w].late;
					b->lo[G_EMAX] = b->hi[G_EMAX] = wk[w].emax;
				}
				if (kb)
					b->lo[G_EMIN] = b->hi[G_EMIN] = -wk[w].emin;
				for (int g = 0; g < 3; g++)
					if (b->lo[g] > L[g])
						L[g] = b->lo[g];
				known[nd] = (uint8_t)(kw | kb << 1);
				days[nd++] = d;
			}
			for (size_t i = 0; i < nd; i++) {
				int32_t d = days[i];
				int w = cal_weekday(d);
				const struct daybound *b = &bd[i];
				for (int g = 0; g < 3; g++) {
					unsigned bit = g == G_LATE ? W_LATE : g == G_EMAX ? W_EMAX : W_EMIN;
					struct pick *run = &best[g][1];
					if (!(want & bit) || b->hi[g] < L[g] ||
					    (run->have && b->hi[g] <= run->v))
						continue;
					if (known[i] & (g == G_EMIN ? 2 : 1)) {
						int64_t at = g == G_LATE ? wk[w].late_at
							     : g == G_EMAX ? wk[w].emax_at : wk[w].emin_at;
						pick(run, b->lo[g], d, at);
					} else if (b->lo[g] == b->hi[g]) {
						pick(run, b->lo[g], d, s.wh.end);
					} else {
						struct dsearch ds = { .c = &ctx, .goal = (enum goal)g,
								      .have = run->have, .best = run->v };
						ds_day(&ds, d);
						if (ds.have && (!run->have || ds.best > run->v))
							pick(run, ds.best, d, ds.at - (int64_t)d * DAY);
					}
				}
			}
			free(days);
			free(known);
			free(bd);
			free(irregular);
		}
		free(sn);
		if (!tc)
			sim_free(&s);
		if (c == &ord)
			cal_free(&ord);
	}
	for (int pass = 0; pass < 2; pass++) {
		if (best[G_EMAX][pass].have && best[G_EMAX][pass].v > j->worst_elapsed)
			j->worst_elapsed = best[G_EMAX][pass].v;
		if (best[G_EMIN][pass].have &&
		    (j->best_elapsed < 0 || -best[G_EMIN][pass].v < j->best_elapsed))
			j->best_elapsed = -best[G_EMIN][pass].v;
	}
	/* The worst acceptance (docs/timing.md §9): with a term, the ordinary
	 * week's when it is late there, else the calendar's; without, the
	 * calendar's longest; the ordinary week's when the calendar has no
	 * working day. */
	const struct pick *late = best[G_LATE], *emax = best[G_EMAX], *bmin = best[G_EMIN];
	const struct pick *w;
	if (term) {
		j->ord_late = late[0].have ? late[0].v : T_NEVER;
		j->real_late = late[1].have ? late[1].v : T_NEVER;
		w = late[0].have && late[0].v > 0 ? &late[0] : late[1].have ? &late[1] : &late[0];
	} else {
		w = emax[1].have ? &emax[1] : &emax[0];
	}
	if (w->have) {
		j->real_worse = w == &late[1] || w == &emax[1];
		j->w_start = (int64_t)w->day * DAY + w->at;
		int32_t end = trace_at(reg, p, can, o, cal, tc, span, j->real_worse, j->w_start,
				       true, arr, pred, &j->w_finish, term, &j->w_due);
		if (end >= 0)
			j->crit = trace(pred, end, &j->ncrit);
	}
	/* The best path: the one that ends earliest from the best acceptance. */
	const struct pick *b = bmin[1].have && (!bmin[0].have || bmin[1].v > bmin[0].v)
			       ? &bmin[1] : &bmin[0];
	if (b->have) {
		int64_t fin;
		int32_t end = trace_at(reg, p, can, o, cal, tc, span, b == &bmin[1],
				       (int64_t)b->day * DAY + b->at, false, arr, pred, &fin, NULL,
				       NULL);
		if (end >= 0)
			j->best = trace(pred, end, &j->nbest);
	}
	free(arr);
	free(pred);
	free(buf);
}

static void judge(const struct m_reg *reg, const struct plan *p, enum outcome o,
		  const struct m_term *term, const struct calendar *cal, enum judge_mode mode,
		  struct judgement *j)
{
	memset(j, 0, sizeof *j);
	j->crit = j->best = NULL;
	size_t n = p->n;
	bool *can = xcalloc(n + 1, sizeof *can);
	j->reachable = live(p, o, false, can);
	if (!j->reachable) {
		free(can);
		return;
	}
	for (size_t i = 0; i < n; i++)
		j->open |= can[i] && step_open(p->node[i]);
	if (j->open && !live(p, o, true, can)) {
		/* No path is checked: describe them all, open steps as nothing. */
		live(p, o, false, can);
		j->unchecked = true;
	}
	bool has_work = false, has_cal = false;
	struct qty all = { 0, 0, 0 };
	for (size_t i = 0; i < n; i++) {
		const struct m_node *nd = p->node[i];
		if (!can[i] || nd->kind != N_STEP)
			continue;
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
		/* Exact (docs/timing.md 6.1): longest and shortest paths,
		 * backwards, against T'. */
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
		if (term) {
			struct qty t = term->dur.hi;
			j->term_scalar = scalar(t, j->kind, wdlen);
			j->term_less_day = reg->count_same_day &&
					   (j->kind == QK_CALENDAR ? t.cd > 0 : t.wd > 0);
			if (j->term_less_day)
				j->term_scalar -= j->kind == QK_CALENDAR ? 1 : wdlen;
		}
		j->proven = !term || j->unchecked || j->worst_scalar <= j->term_scalar;
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
		j->proven = !term || j->unchecked || (tc && quick_bound(tc, reg, p, can, o, term));
		free(can);
		return;
	}
	if (mode == JM_VERDICT && (!term || j->unchecked)) {
		free(can); /* nothing to report: no term, or no checked path */
		return;
	}
	/* Mixed: simulate, on an ordinary week and on the calendar. */
	int64_t span = all.cd + (all.wd + all.min / (wdlen ? wdlen : 1) + 1) * 7 / 5 + 14;
	if (term)
		span += term->dur.hi.cd + term->dur.hi.wd * 7 / 5 + 14;
	if (span > 4000)
		span = 4000; /* beyond: weekday arithmetic */
	judge_calendar(reg, p, can, o, term, cal, tc, mode, span, j);
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

/* The verdict of a judgement against its term (docs/timing.md §6): a late
 * checked path first, then an open path, then the term. */
static enum time_verdict verdict_of(const struct judgement *j, const struct m_term *term)
{
	if (!j->reachable)
		return TV_NONE;
	if (term && !j->unchecked) {
		if (j->exact && j->worst_scalar > j->term_scalar)
			return TV_EXCEEDS;
		if (!j->exact && j->figures && j->ord_late > 0)
			return TV_EXCEEDS;
		if (!j->exact && j->figures && j->real_late > 0)
			return TV_HOLIDAYS;
	}
	if (j->open)
		return TV_OPEN;
	return term ? TV_OK : TV_NO_TERM;
}

static void judgement_free(struct judgement *j)
{
	free(j->crit);
	free(j->best);
	j->crit = j->best = NULL;
}

/* Describe outcome o of route r, judged on its plan p. */
static void report_mode(const struct m_reg *reg, const struct m_route *r,
			const struct plan *p, enum outcome o, const struct calendar *cal,
			enum judge_mode mode, struct outcome_report *out)
{
	memset(out, 0, sizeof *out);
	out->verdict = TV_NONE;
	out->worst_elapsed = out->best_elapsed = -1;
	if (!route_has_end(r, o))
		return;
	const struct m_term *term = term_for(reg, r, o);
	out->term = term;
	if (p->too_big) {
		out->verdict = TV_INFINITE;
		out->paths_capped = true;
		return;
	}
	struct judgement j;
	judge(reg, p, o, term, cal, mode, &j);
	if (!j.reachable) {
		judgement_free(&j);
		return;
	}
	out->verdict = verdict_of(&j, term);
	out->simulated = !j.exact;
	out->unchecked = j.unchecked;
	const struct m_node **cp = xmalloc((j.ncrit + 1) * sizeof *cp);
	for (size_t i = 0; i < j.ncrit; i++)
		cp[i] = p->node[j.crit[i]];
	out->worst = time_path_total(cp, j.ncrit, true);
	const struct m_node **bp = xmalloc((j.nbest + 1) * sizeof *bp);
	for (size_t i = 0; i < j.nbest; i++)
		bp[i] = p->node[j.best[i]];
	out->best = time_path_total(bp, j.nbest, false);
	free(bp);
	out->path = xmalloc((j.ncrit + 1) * sizeof *out->path);
	out->npath = j.ncrit;
	if (j.exact) {
		for (size_t i = 0; i < j.ncrit; i++)
			out->path[i] = (struct sched_step){ cp[i], -1, -1 };
		out->ordinary_excess = out->real_excess = j.worst_scalar - j.term_scalar;
		out->term_eff = j.term_scalar;
		out->term_less_day = j.term_less_day;
	} else {
		out->worst_start = j.w_start;
		out->worst_due = j.w_due;
		out->worst_finish = j.w_finish;
		out->ordinary_excess = j.ord_late;
		out->real_excess = j.real_late;
		out->worst_elapsed = j.worst_elapsed;
		out->best_elapsed = j.best_elapsed;
		out->ordinary = !j.real_worse || !cal;
		if (j.ncrit) {
			struct calendar ord;
			const struct calendar *c = cal;
			if (out->ordinary) {
				cal_ordinary(&ord);
				c = &ord;
			}
			struct sim s;
			int32_t d0 = day_of(j.w_start);
			sim_init(&s, c, reg, d0 - 7, d0 + 4000);
			time_schedule(&s, cp, j.ncrit, j.w_start, out->path);
			sim_free(&s);
			if (c == &ord)
				cal_free(&ord);
		}
	}
	free(cp);
	judgement_free(&j);
}

void time_report(const struct m_reg *reg, const struct m_route *r, enum outcome o,
		 const struct calendar *cal, struct outcome_report *out)
{
	struct plan p;
	plan_build(r, &p);
	report_mode(reg, r, &p, o, cal, JM_FULL, out);
	plan_free(&p);
}

/*
 * check's question, answered without simulating when it can be: is the
 * outcome in time on every checked path and every day (or has it no
 * term)?  True with the verdict when proven; false when only the full
 * analysis can tell (a counter-example, a route too big to unroll...).
 */
static bool time_quick(const struct m_reg *reg, const struct m_route *r, enum outcome o,
		       const struct calendar *cal, const struct plan *p, enum time_verdict *v)
{
	if (p->too_big)
		return false;
	const struct m_term *term = term_for(reg, r, o);
	struct judgement j;
	judge(reg, p, o, term, cal, JM_QUICK, &j);
	bool ok = j.reachable && j.proven;
	if (ok)
		*v = j.open ? TV_OPEN : term ? TV_OK : TV_NO_TERM;
	judgement_free(&j);
	return ok;
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
		char ex[96], eff[96];
		int kind = qty_kind(rep->term->dur.hi) == QK_CALENDAR ? QK_CALENDAR : QK_WORK;
		excess_text(ex, sizeof ex, rep->ordinary_excess, kind, reg->workday_min);
		struct qty w = rep->worst;
		if (w.cd >= DUR_MAX || w.wd >= DUR_MAX || w.min >= DUR_MAX) {
			/* The path's sum saturated at DUR_MAX; the excess did not:
			   say the total it was computed from. */
			excess_text(total, sizeof total, rep->ordinary_excess + rep->term_eff, kind,
				    reg->workday_min);
		}
		if (rep->term_less_day) {
			excess_text(eff, sizeof eff, rep->term_eff, kind, reg->workday_min);
			g = diag_emit(d, D_TERM_EXCEEDED, src, at.lo, at.hi,
				      "route `%s`: the %s can take %s, more than the %s its term of "
				      "%s leaves once the day of acceptance is counted (by %s)",
				      r->id, outcome_name(o), total, eff, term, ex);
		} else {
			g = diag_emit(d, D_TERM_EXCEEDED, src, at.lo, at.hi,
				      "route `%s`: the %s can take %s, more than its term of %s (by %s)",
				      r->id, outcome_name(o), total, term, ex);
		}
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
		const char *when = rep->verdict == TV_EXCEEDS ? FRAG("on an ordinary week")
				   : FRAG("around public holidays");
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
					  k == CD_TRANSFER_WORK ? FRAG("a working day by transfer")
					  : k == CD_HOLIDAY ? FRAG("a public holiday")
					  : k == CD_MOVED_OFF ? FRAG("a day off moved from a holiday")
							      : FRAG("a day off by transfer"),
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
						   "this step has no duration: the total time of every "
						   "path through it is open-ended, and those paths are "
						   "not checked against the term");
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
		struct plan plan;
		plan_build(route, &plan);
		for (int o = 0; o < OUT__COUNT; o++) {
			struct m_timing *t = &route->timing[o];
			enum time_verdict v;
			bool has_end = route_has_end(route, (enum outcome)o);
			if (need == TN_VERDICT && has_end &&
			    time_quick(reg, route, (enum outcome)o, cal, &plan, &v)) {
				memset(t, 0, sizeof *t);
				t->verdict = v;
				t->term = term_for(reg, route, (enum outcome)o);
				t->worst_minutes = -1;
				continue;
			}
			if (need == TN_VERDICT && has_end)
				time_stats.full++;
			struct outcome_report rep;
			report_mode(reg, route, &plan, (enum outcome)o, cal,
				    need == TN_VERDICT ? JM_VERDICT : JM_FULL, &rep);
			memset(t, 0, sizeof *t);
			t->verdict = rep.verdict;
			t->best = rep.best;
			t->worst = rep.worst;
			t->term = rep.term;
			t->simulated = rep.simulated;
			t->worst_minutes = rep.simulated ? rep.worst_elapsed : -1;
			t->excess_minutes = rep.verdict == TV_EXCEEDS ? rep.ordinary_excess
					    : rep.verdict == TV_HOLIDAYS ? rep.real_excess : 0;
			if (rep.simulated) {
				t->start = rep.worst_start;
				t->due = rep.worst_due;
				t->finish = rep.worst_finish;
				t->ordinary = rep.ordinary;
			}
			for (size_t i = 0; i < rep.npath; i++)
				((struct m_node *)rep.path[i].node)->critical = true;
			if (rep.verdict == TV_EXCEEDS || rep.verdict == TV_HOLIDAYS)
				for (size_t i = 0; i < rep.npath; i++)
					if (rep.path[i].node->kind == N_STEP)
						((struct m_node *)rep.path[i].node)->finding = true;
			report(d, reg, route, (enum outcome)o, &rep, cal);
			if (rep.paths_capped && d) {
				/* Not analysed: say so rather than pass the route. */
				const struct ast_route *ar = route->ast;
				struct diag *g = diag_emit(d, D_LOOP, reg->src, ar->id.at.lo,
							   ar->id.at.hi,
							   "route `%s`: its loops make too many paths "
							   "to check every one",
							   route->id);
				diag_hint(g, "lower the bounds of `goto LABEL max N`, "
					     "or take fewer decisions inside the loops");
			}
			free(rep.path);
		}
		plan_free(&plan);
	}
}

/*
 * The schedule for one submission (docs/timing.md §9, deadline): the
 * acceptance moment, the checked path that ends latest (any path, open
 * steps taking nothing, when none is checked) and the due moment.
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
	struct plan p;
	plan_build(r, &p);
	if (p.too_big) {
		out->verdict = TV_INFINITE;
		out->paths_capped = true;
		plan_free(&p);
		return true;
	}
	bool *can = xcalloc(p.n + 1, sizeof *can);
	if (!live(&p, o, false, can)) {
		free(can);
		plan_free(&p);
		return false;
	}
	bool open = false;
	for (size_t i = 0; i < p.n; i++)
		open |= can[i] && step_open(p.node[i]);
	out->unchecked = open && !live(&p, o, true, can);
	if (out->unchecked)
		live(&p, o, false, can);
	int32_t d0 = day_of(start);
	struct sim s;
	sim_init(&s, cal, reg, d0 - 7, d0 + 4000);
	int64_t a = sim_accept(&s, start), fin;
	out->worst_start = a;
	struct simnode *sn = simnodes(&s, &p, can, o);
	int64_t *arr = xmalloc((p.n + 1) * sizeof *arr);
	int32_t *pred = xmalloc((p.n + 1) * sizeof *pred);
	int32_t end = simulate(&s, sn, p.n, a, true, arr, pred, &fin);
	size_t len = 0;
	int32_t *idx = trace(pred, end, &len);
	const struct m_node **path = xmalloc((len + 1) * sizeof *path);
	for (size_t i = 0; i < len; i++)
		path[i] = p.node[idx[i]];
	out->path = xmalloc((len + 1) * sizeof *out->path);
	out->npath = len;
	time_schedule(&s, path, len, a, out->path);
	out->worst = time_path_total(path, len, true);
	out->worst_finish = fin;
	out->worst_elapsed = fin - a;
	out->simulated = true;
	if (term) {
		out->worst_due = sim_due(&s, reg, a, term->dur.hi);
		out->real_excess = fin - out->worst_due;
		out->verdict = !out->unchecked && fin > out->worst_due ? TV_EXCEEDS
			       : open ? TV_OPEN : TV_OK;
	} else {
		out->verdict = open ? TV_OPEN : TV_NO_TERM;
	}
	free(path);
	free(idx);
	free(arr);
	free(pred);
	free(sn);
	free(can);
	plan_free(&p);
	sim_free(&s);
	return true;
}
