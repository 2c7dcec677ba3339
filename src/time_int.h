/*
 * time_int.h — what the files of the timing type checker share: time.c
 * (what callers use), time_cal.c (working time on a calendar),
 * time_plan.c (plans and paths) and time_judge.c (verdicts).  No other
 * module includes it; the interface is time.h.
 *
 * Contract: instants are minutes since 1970-01-01 00:00 (time.h); an
 * arrival that never happens is T_NEVER, and instants saturate at T_CAP
 * (sat_add), far past any date.  A plan is a route as a graph without
 * cycles (plan_build); a judgement is what judge says of one outcome on
 * one plan, freed by judgement_free.
 */
#ifndef REGLC_TIME_INT_H
#define REGLC_TIME_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "calendar.h"
#include "model.h"
#include "time.h"

#define DAY ((int64_t)1440)
#define T_NEVER INT64_MIN
#define T_CAP ((int64_t)1 << 60) /* instants saturate here, far past any date */

static inline int64_t sat_add(int64_t a, int64_t b)
{
	if (a == T_NEVER)
		return T_NEVER;
	if (b > 0 && a > T_CAP - b)
		return T_CAP;
	return a + b;
}

static inline int32_t day_of(int64_t t)
{
	int64_t d = t >= 0 ? t / DAY : -((-t + DAY - 1) / DAY);
	if (d > INT32_MAX / 2)
		d = INT32_MAX / 2;
	return (int32_t)d;
}

/* ---- time_cal.c: working time on a calendar ------------------------------------- */

/* These are called once per node per simulated day: inline. */

/* Whether day d is a working day (from the index where it has d). */
static inline bool sim_working(const struct sim *s, int32_t d)
{
	if (d >= s->lo && d <= s->hi)
		return s->rank[d - s->lo + 1] != s->rank[d - s->lo];
	return cal_is_working(s->cal, d);
}

/* The working minutes of a working-time quantity, saturating. */
static inline int64_t sim_work_of(const struct sim *s, struct qty q)
{
	return sat_add(q.wd > T_CAP / (s->wh.len + 1) ? T_CAP : q.wd * s->wh.len, q.min);
}

/* The close of day d: the end of its working hours (docs/timing.md §2). */
static inline int64_t sim_close(const struct sim *s, int32_t d)
{
	return (int64_t)d * DAY + s->wh.end;
}

/* Whether a term is counted from the moment of acceptance (minutes and
 * hours only) rather than in days (docs/timing.md §5, rule 3). */
static inline bool sim_term_hourly(struct qty t)
{
	return t.cd == 0 && t.wd == 0 && t.mon == 0;
}

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

/* The tables of cal, built at the first call and kept with it (NULL: no
 * calendar). */
struct tcache *tcache_of(const struct calendar *cal);
/* A view of a cached index with reg's working hours (not to be freed). */
void sim_view(struct sim *s, const struct sim *index, const struct m_reg *reg);
/* The most (most) or fewest calendar days k working days can span, and
 * the most working days' worth of working time in c calendar days,
 * anywhere on the calendar and the ordinary weeks past it. */
int32_t tcache_span_fill(struct tcache *tc, int32_t k, bool most);
int64_t tcache_wdmax_fill(struct tcache *tc, int64_t c);

/* A table entry, from the memo when it is known. */
static inline int32_t tcache_span_of(struct tcache *tc, int32_t k, bool most)
{
	int32_t m = (most ? tc->span : tc->minspan)[k];
	return m ? m - 1 : tcache_span_fill(tc, k, most);
}

static inline int64_t tcache_wdmax_of(struct tcache *tc, int64_t c)
{
	if (c <= 0)
		return 0;
	return tc->wdmax[c] ? tc->wdmax[c] - 1 : tcache_wdmax_fill(tc, c);
}

/*
 * The same for any k and c: a window of a + b working days (or calendar
 * days) is two windows, so spans and wdmax are subadditive and the fewest
 * days superadditive.  Past the tables, whole tables' worth and the rest.
 */
static inline int64_t tcache_span(struct tcache *tc, int64_t k, bool most)
{
	int64_t q = k / (SPAN_K - 1), r = k % (SPAN_K - 1);
	return q * tcache_span_of(tc, SPAN_K - 1, most) + tcache_span_of(tc, (int32_t)r, most);
}

static inline int64_t tcache_wdmax(struct tcache *tc, int64_t c)
{
	int64_t q = c / (WD_C - 1), r = c % (WD_C - 1);
	return q * tcache_wdmax_of(tc, WD_C - 1) + tcache_wdmax_of(tc, r);
}
/* Working days of the ordinary week in [monday, d), d >= monday. */
int64_t sim_ord_rank(int32_t monday, int32_t d);

/* ---- time_plan.c: plans ------------------------------------------------------- */

/* Nodes in topological order with their successors (indices, -1: none);
 * node[0] is the start.  A node of the route appears once per state of
 * the loops it can be reached in (plan_build). */
struct plan {
	const struct m_node **node; /* node[i]: the route's node of state i */
	int32_t (*succ)[2];         /* succ[i][k]: the k-th successor, or -1 */
	size_t n;                   /* states */
	bool too_big;  /* the loops unroll into too many states: not analysed */
};

/* The route as a plan: as it is, or its loops unrolled; p->too_big when
 * they unroll into too many states.  Freed by plan_free. */
void plan_build(const struct m_route *r, struct plan *p);
void plan_free(struct plan *p);

/* ---- time_judge.c: verdicts --------------------------------------------------- */

/* struct t_period, time_period: time.h. */

/* What a plan says about one outcome. */
struct judgement {
	bool reachable;        /* some path ends in the outcome */
	bool open;             /* some such path goes through an open step */
	bool unchecked;        /* every such path does: the figures below are of
				  all paths, open steps taking no time */
	bool exact;            /* one kind of time: judged by arithmetic */
	int kind;              /* exact: QK_WORK or QK_CALENDAR */
	int64_t worst_scalar;  /* exact: longest total (minutes or days) */
	int64_t best_scalar;   /* exact: shortest total, by lower bounds */
	int64_t term_scalar;   /* exact: T', the term as the worst acceptance
				  sees it (docs/timing.md 6.1) */
	bool term_less_day;    /* T' is the term less a day (same-day counting) */
	int32_t *crit;         /* plan indices of the critical path */
	size_t ncrit;          /* ... its length */
	int32_t *best;         /* plan indices of the best path */
	size_t nbest;          /* ... its length */
	/* simulated: */
	bool figures;          /* the simulation ran (not in check without a term) */
	int64_t ord_late, real_late; /* worst lateness (minutes; <= 0: in time;
					T_NEVER: that pass did not run) */
	int64_t w_start, w_due, w_finish; /* the worst acceptance (docs/timing.md §9) */
	int64_t worst_elapsed, best_elapsed; /* greatest and least minutes from
						acceptance to an end; -1: none */
	bool real_worse;       /* the worst acceptance is on the real calendar */
	bool dated;            /* months: the ordinary calendar's moments are
				  dates of its cycle, printed as dates */
	/* on the calendar (not exact; docs/timing.md §7): */
	bool ranged;           /* the period below was worked out */
	int32_t from;          /* the first acceptance day of the period */
	int32_t cut;           /* the last acceptance day judged (from - 1:
				  none) */
	int32_t reach;         /* the last day the judged days' computations
				  reach (INT32_MIN: none judged) */
	int32_t over;          /* strict: the first day of the period whose
				  computation goes past the limit, or INT32_MIN */
	int32_t over_reach;    /* ... the day it reaches */
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

/* A plan as the simulation reads it, for one outcome (time_judge.c). */
struct simnode;

/* Whether n is an open step: no duration, not the applicant's time. */
bool judge_step_open(const struct m_node *n);
/* can[i]: plan node i is on a path from the start to an end of o (through
 * no open step when skip_open).  False when there is no such path. */
bool judge_live(const struct plan *p, enum outcome o, bool skip_open, bool *can);
/* The plan indices of the path that ends at index end, from the start,
 * read back along pred (-1 before the start); *len its length. */
int32_t *judge_trace(const int32_t *pred, int32_t end, size_t *len);
/* What each node of p adds on the paths can marks, as simulate reads it
 * for outcome o (the caller frees it). */
struct simnode *judge_simnodes(const struct sim *s, const struct plan *p, const bool *can,
			 enum outcome o);
/* The latest (worst) or earliest end over those paths from acceptance a:
 * its plan index, or -1; arr and pred hold n entries. */
int32_t judge_simulate(const struct sim *s, const struct simnode *sn, size_t n, int64_t a,
		 bool worst, int64_t *arr, int32_t *pred, int64_t *finish);
/* Judge outcome o of plan p against term (NULL: none) on cal. */
void judge_plan(const struct m_reg *reg, const struct plan *p, enum outcome o,
		const struct m_term *term, const struct calendar *cal, enum judge_mode mode,
		struct time_stats *st, struct judgement *j);
/* The verdict of a judgement against its term. */
enum time_verdict judge_verdict(const struct judgement *j, const struct m_term *term);
void judgement_free(struct judgement *j);

#endif
