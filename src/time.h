/*
 * time.h — the timing type checker (DESIGN.md §3): totals of every path,
 * checked against the term of the outcome it ends in, exactly when one
 * kind of time is involved and on a calendar when working and calendar
 * time mix.
 *
 * Contract: time_analyze fills route->timing[] and node->critical of a
 * structurally valid model and reports E0601/W0602/W0603.  Instants are
 * minutes since 1970-01-01 00:00 local time.  The conventions (the day of
 * acceptance not counted; a term ending on a non-working day moves to the
 * next working day) come from the regulation (model.h) and are explained
 * in docs/timing.md.
 */
#ifndef REGLC_TIME_H
#define REGLC_TIME_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "dur.h"
#include "model.h"

struct calendar;
struct diags;

/* Working hours of a regulation, minutes of the day. */
struct workhours {
	int start, end;             /* 09:00-18:00 = 540, 1080 */
	int brk_start, brk_end;     /* 13:00-14:00; equal: no break */
	int64_t len;                /* working minutes per day */
};

/* A calendar prepared for simulation: O(1) "n-th working day after". */
struct sim {
	const struct calendar *cal;
	struct workhours wh;
	int32_t lo, hi;      /* days indexed, inclusive */
	int32_t *rank;       /* rank[d - lo]: working days in [lo, d) */
	int32_t *wdays;      /* the working days of [lo, hi] in order */
	size_t nw;
};

void sim_init(struct sim *s, const struct calendar *cal, const struct m_reg *reg,
	      int32_t lo, int32_t hi);
void sim_free(struct sim *s);
bool sim_is_working_day(const struct sim *s, int32_t day);
/* The instant after m working minutes from t. */
int64_t sim_add_work(const struct sim *s, int64_t t, int64_t m);
/* The instant k calendar months after t (docs/timing.md §2). */
int64_t sim_add_months(const struct sim *s, int64_t t, int64_t k);
/* The instant after a duration quantity q from t (months, then calendar
 * days, then working time: a quantity is of one kind, so only months and
 * days ever meet). */
int64_t sim_add_qty(const struct sim *s, int64_t t, struct qty q);
/* The first working instant at or after t. */
int64_t sim_normalize(const struct sim *s, int64_t t);
/* The first acceptance moment at or after t: a working minute or the
 * close of a working day (docs/timing.md §3). */
int64_t sim_accept(const struct sim *s, int64_t t);
/* When a term runs out for acceptance at instant a (conventions of reg;
 * docs/timing.md §5). */
int64_t sim_due(const struct sim *s, const struct m_reg *reg, int64_t a, struct qty term);

/* "Fri 2014-03-21 17:30". */
int time_format(char *buf, size_t n, int64_t t);
/* On the ordinary week dates mean nothing: "Wed 18:00" for the start,
 * "Fri of day 30, 18:00" for a moment after it. */
int time_format_rel(char *buf, size_t n, int64_t t, int64_t start);
/* "32 d 16:31" — an elapsed time in calendar days and hours. */
int time_format_elapsed(char *buf, size_t n, int64_t minutes);

/*
 * What the caller of time_analyze reads.  TN_FULL: route->timing[] whole,
 * node->critical, and the diagnostics (build, explain).  TN_VERDICT: the
 * verdicts and the diagnostics only (check): a route proven in time by a
 * bound (simulating at most the days the bound leaves open) is not
 * analysed further, and its timing[] holds the verdict and the term
 * alone, no totals, no critical path.  The diagnostics are the same
 * either way (tests/unit/test_time.c and the fuzzer compare them).
 */
enum time_need { TN_VERDICT, TN_FULL };

/* What check's quick path did (tests, bench; a session keeps one): plans
 * of one kind of time judged by arithmetic; mixed plans proven by the
 * bound over all days, by the day-by-day bounds (and how many days those
 * simulated); and outcomes left to the full analysis. */
struct time_stats {
	size_t exact, by_bound, by_days, day_sims, full;
};

struct session;

/* The timing phase of a session: every route of reg against the session's
 * calendar, for what its options need, reported into its sink. */
void time_analyze(struct session *s, struct m_reg *reg);
/* The same with everything given (d may be NULL: silent; st may be NULL):
 * for the tests, the fuzzer and the comparison with the reference, which
 * judge a model again on another calendar or for another need. */
void time_analyze_on(struct m_reg *reg, const struct calendar *cal, struct diags *d,
		     enum time_need need, struct time_stats *st);

/*
 * The acceptance days the real calendar's verdict tries, and how far
 * their computations may reach (docs/timing.md §7): a closed period of
 * force, its days within the calendar, up to the calendar's last day
 * (strict: a day whose computation goes past it is an error); an open
 * one, from its first day to the calendar's last; none, the settled
 * years (up to the first provisional one), or every year when all are
 * provisional.  A day whose computation goes past the limit is not
 * judged.
 */
struct t_period {
	int32_t first, last;  /* the acceptance days */
	int32_t limit;        /* the last day a computation may reach */
	bool strict;          /* a closed period of force */
};
void time_period(const struct m_reg *reg, const struct calendar *cal, struct t_period *p);

/* Analyse one outcome of one route and describe it (caller frees path). */
void time_report(const struct m_reg *reg, const struct m_route *r, enum outcome o,
		 const struct calendar *cal, struct m_timing *out);

/* Paths of a route, each an array of nodes from the start to an end. */
struct path_set {
	const struct m_node ***v; /* v[i][0..len[i]) */
	size_t *len;
	size_t n;
	bool capped;              /* there were more than asked for */
};

/* The schedule for acceptance at `start` on the real calendar: the worst
 * path's steps with their times, the finish and the due moment (out->
 * worst_start is the acceptance moved into working hours).  False when no
 * path ends in outcome o. */
bool time_deadline(const struct m_reg *reg, const struct m_route *r, enum outcome o,
		   const struct calendar *cal, int64_t start, struct m_timing *out);

/* The schedule rep of time_deadline for a submission at `submitted`
 * against the calendar's years: E0604 into d when it reaches a day outside
 * them (false: not to be shown), W0605 when it reaches a provisional year
 * (docs/timing.md §7). */
bool time_deadline_range(struct diags *d, const struct m_reg *reg, const struct m_route *r,
			 const struct calendar *cal, int64_t submitted,
			 const struct m_timing *rep);

/* Every path of a route that ends in outcome o, up to cap. */
size_t time_paths(const struct m_route *r, enum outcome o, size_t cap,
		  struct path_set *ps);
void time_paths_free(struct path_set *ps);

/* The sum of lower (hi=false) or upper bounds of a path's steps. */
struct qty time_path_total(const struct m_node *const *path, size_t n, bool hi);

/* The schedule of a path started at instant a: step by step. */
void time_schedule(const struct sim *s, const struct m_node *const *path, size_t n,
		   int64_t a, struct sched_step *out);

#endif
