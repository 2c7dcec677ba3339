/*
 * ref_time.c — docs/timing.md implemented again, literally, for the tests.
 *
 * Written from docs/timing.md alone (see ref_time.h for the contract).  It
 * reads the model (model.h) and asks the calendar which days are working
 * days (calendar.h); it shares no code with src/time.c.  Every rule below
 * cites the section of docs/timing.md it implements ("§2" is section 2).
 *
 * The plan is the spec's own:
 *   1. enumerate every path of the route to the outcome, depth first (§4);
 *   2. for a route of one kind of time, the arithmetic of §6.1;
 *   3. otherwise try every acceptance moment (§3) of the ordinary week and
 *      of every working day of the calendar's years, on every checked path,
 *      and compare the latest end with the due moment (§5, §6, §6.2, §9).
 *
 * What is done to be fast enough, each provably the same answer (the
 * proof is at each place; REF_TIME_LITERAL in the environment turns the
 * first and the third off, and the tests compare):
 *   - consecutive steps of one kind on a path are added as one amount
 *     (seq_push);
 *   - paths with the same amounts are simulated once; a path that starts
 *     like the one before it reuses that prefix's moments (seqset);
 *   - a path that ends no later than another from every moment (its steps
 *     fit into the other's, each no longer) is dropped for the latest end,
 *     and the other way round for the earliest (seq_below);
 *   - adding working time jumps over whole working days by counting them
 *     (add_work, kth_working_day_after), instead of stepping minute by
 *     minute; a per-day table caches which days are working days, and a
 *     per-minute table which minutes of a working day are working minutes;
 *   - the due moment of a term in days is computed once per day (it
 *     depends on the day of acceptance only, §5 rules 1 and 2).
 * Every acceptance moment is still tried, one by one.
 *
 * Limits (all far beyond valid regulations, each stops the program with a
 * message rather than give a silently wrong answer):
 *   - REF_MAX_PATHS paths per outcome, REF_MAX_DEPTH nodes on one path (an
 *     unbounded cycle, which sema rejects, would otherwise never end);
 *   - working hours must contain at least one working minute, and lie in
 *     00:00-24:00.
 * Durations up to DUR_MAX are handled without looping over days (huge
 * ones beyond the table by counting Monday-to-Friday weeks).
 */
#include "ref_time.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calendar.h"
#include "dur.h"
#include "model.h"

#define DAY ((int64_t)1440)           /* minutes in a day: §2 counts whole minutes */
#define REF_MAX_PATHS ((size_t)1 << 20)
#define REF_MAX_DEPTH ((size_t)1 << 22)

/* Literal mode, when the environment variable REF_TIME_LITERAL is set:
 * every step is added on its own and no path is dropped for another one
 * (seq_push, seqset_finish): slower, and the same answers, which
 * test_ref_examples.c checks. */
static bool literal_mode(void)
{
	return getenv("REF_TIME_LITERAL") != NULL;
}

static void ref_fail(const char *what)
{
	fprintf(stderr, "ref_time: %s\n", what);
	abort();
}

static void *ref_realloc(void *p, size_t n)
{
	void *q = realloc(p, n ? n : 1);
	if (!q)
		ref_fail("out of memory");
	return q;
}

static int64_t floor_div(int64_t a, int64_t b)
{
	int64_t q = a / b;
	if (a % b != 0 && ((a < 0) != (b < 0)))
		q--;
	return q;
}

/* ------------------------------------------------------------------ */
/* Working hours (§1, §2)                                               */
/* ------------------------------------------------------------------ */

struct hours {
	int64_t open;        /* work_start: the opening of a working day */
	int64_t close;       /* work_end: the close of a working day (§2) */
	bool working[DAY];   /* working[mm]: on a working day, the minute
				beginning at mm of the day is a working
				minute (§2) */
	int64_t left[DAY + 1]; /* left[mm]: working minutes of a working day
				  beginning at or after mm */
	int64_t *end;        /* end[k], 1 <= k <= per_day: the end (minute
				of the day) of the day's k-th working minute */
	int64_t per_day;     /* working minutes in one working day */
	int64_t wd;          /* what 1 wd is worth in working minutes: W,
				reg->workday_min (§1, §2 "wd × W + minutes") */
};

static void hours_of(const struct m_reg *reg, struct hours *h)
{
	memset(h, 0, sizeof *h);
	h->open = reg->work_start;
	h->close = reg->work_end;
	if (h->open < 0 || h->close > DAY)
		ref_fail("working hours outside the day");
	/* §2: "A working minute is a minute of a working day inside the
	   working hours and outside the break"; break_start == break_end
	   is no break (model.h). */
	for (int64_t mm = 0; mm < DAY; mm++) {
		bool in_hours = mm >= reg->work_start && mm < reg->work_end;
		bool in_break = reg->break_start < reg->break_end && mm >= reg->break_start &&
				mm < reg->break_end;
		h->working[mm] = in_hours && !in_break;
		if (h->working[mm])
			h->per_day++;
	}
	if (h->per_day <= 0)
		ref_fail("working hours without a working minute");
	h->left[DAY] = 0;
	for (int64_t mm = DAY - 1; mm >= 0; mm--)
		h->left[mm] = h->left[mm + 1] + (h->working[mm] ? 1 : 0);
	h->end = ref_realloc(NULL, (size_t)(h->per_day + 1) * sizeof *h->end);
	int64_t k = 0;
	h->end[0] = 0;
	for (int64_t mm = 0; mm < DAY; mm++)
		if (h->working[mm])
			h->end[++k] = mm + 1; /* the minute beginning at mm ends at mm + 1 */
	h->wd = reg->workday_min > 0 ? reg->workday_min : h->per_day;
}

static void hours_free(struct hours *h)
{
	free(h->end);
	h->end = NULL;
}

/* The end (minute of the day) of the m-th working minute (m >= 1) that
 * begins at or after minute mod of a working day, m <= left[mod]: those
 * minutes are the day's last left[mod] ones. */
static int64_t nth_minute_end(const struct hours *h, int64_t mod, int64_t m)
{
	return h->end[h->per_day - h->left[mod] + m];
}

/* ------------------------------------------------------------------ */
/* Working days (§2, §7)                                                */
/* ------------------------------------------------------------------ */

/* Which days are working days (§7): inside the calendar's days
 * [cal->first, cal->last], what the calendar says; outside them, and
 * everywhere on the ordinary week of §6, Monday to Friday ("Outside them
 * ... Monday–Friday are working days and nothing else").
 *
 * A table caches that rule over a range of days [base, base + n) (the
 * calendar's days and a margin either side); beyond the table the rule is
 * computed.  The table only saves time: the answer does not depend on its
 * range. */
struct days {
	const struct calendar *cal; /* NULL: the ordinary week */
	int64_t base, n;   /* the table covers [base, base + n) */
	uint8_t *work;     /* 1 when working */
	int64_t *cum;      /* cum[i]: working days in [base, base + i) */
	int64_t *list;     /* list[j]: the j-th working day of the table
			      (from 0), as an offset from base */
};

/* Monday to Friday.  Day 0, 1970-01-01, was a Thursday (weekday 3 when 0
 * is Monday, as cal_weekday counts). */
static bool mon_fri(int64_t z)
{
	int64_t wd = z + 3 - 7 * floor_div(z + 3, 7);
	return wd < 5;
}

/* Monday-to-Friday days in [-3, z) (day -3 is Monday 1969-12-29), as a
 * signed count: differences give the count in any range. */
static int64_t mon_fri_before(int64_t z)
{
	int64_t x = z + 3;
	int64_t weeks = floor_div(x, 7);
	int64_t rest = x - 7 * weeks;
	return 5 * weeks + (rest < 5 ? rest : 5);
}

/* The rule itself (§7), without the table. */
static bool rule_working(const struct days *dm, int64_t z)
{
	if (dm->cal && z >= dm->cal->first && z <= dm->cal->last)
		return cal_is_working(dm->cal, (int32_t)z);
	return mon_fri(z);
}

/* Build the table over [lo, hi].  It must cover every day of the calendar
 * (working_days_before counts Monday to Friday beyond it). */
static void days_init(struct days *dm, const struct calendar *cal, int64_t lo, int64_t hi)
{
	memset(dm, 0, sizeof *dm);
	dm->cal = cal;
	dm->base = lo;
	dm->n = hi >= lo ? hi - lo + 1 : 0;
	dm->work = ref_realloc(NULL, (size_t)dm->n + 1);
	dm->cum = ref_realloc(NULL, sizeof *dm->cum * (size_t)(dm->n + 1));
	dm->list = ref_realloc(NULL, sizeof *dm->list * (size_t)(dm->n + 1));
	dm->cum[0] = 0;
	for (int64_t i = 0; i < dm->n; i++) {
		dm->work[i] = rule_working(dm, dm->base + i) ? 1 : 0;
		if (dm->work[i])
			dm->list[dm->cum[i]] = i;
		dm->cum[i + 1] = dm->cum[i] + dm->work[i];
	}
}

/* The margin of the tables after their last acceptance day: enough for the
 * usual routes (a longer one computes beyond it). */
#define REF_MARGIN 800

/* The ordinary week's table (§6). */
static void days_ordinary(struct days *dm, int64_t monday)
{
	days_init(dm, NULL, monday - 14, monday + 4 + REF_MARGIN);
}

/* The calendar's table (§7): its days and a margin after them; for a
 * calendar with no days, just a margin around `around`. */
static void days_calendar(struct days *dm, const struct calendar *cal, int64_t around,
			  int64_t margin)
{
	if (cal->last >= cal->first)
		days_init(dm, cal, (int64_t)cal->first - 14, (int64_t)cal->last + margin);
	else
		days_init(dm, cal, around - 14, around + margin);
}

static void days_free(struct days *dm)
{
	free(dm->work);
	free(dm->cum);
	free(dm->list);
	memset(dm, 0, sizeof *dm);
}

static inline bool is_working_day(const struct days *dm, int64_t z)
{
	if (z >= dm->base && z < dm->base + dm->n)
		return dm->work[z - dm->base] != 0;
	return rule_working(dm, z);
}

/* Working days in [base, z); for z < base, minus the working days in
 * [z, base).  Non-decreasing in z. */
static int64_t working_days_before(const struct days *dm, int64_t z)
{
	if (z <= dm->base)
		return -(mon_fri_before(dm->base) - mon_fri_before(z));
	if (z <= dm->base + dm->n)
		return dm->cum[z - dm->base];
	return dm->cum[dm->n] + mon_fri_before(z) - mon_fri_before(dm->base + dm->n);
}

/* The k-th working day after day z (k >= 1), beyond the table: the
 * smallest day e > z such that [z + 1, e] holds k working days, found by
 * counting working days (the table's, and Monday to Friday beyond it);
 * there is such an e, as beyond the table every week has five. */
static int64_t kth_working_day_counted(const struct days *dm, int64_t z, int64_t k)
{
	int64_t have = working_days_before(dm, z + 1);
	int64_t lo = z + 1, hi = z + k, step = k;
	while (working_days_before(dm, hi + 1) - have < k) {
		lo = hi + 1;
		hi += step;
		step *= 2;
	}
	while (lo < hi) {
		int64_t mid = lo + (hi - lo) / 2;
		if (working_days_before(dm, mid + 1) - have >= k)
			hi = mid;
		else
			lo = mid + 1;
	}
	return lo;
}

/* The k-th working day after day z (k >= 1). */
static inline int64_t kth_working_day_after(const struct days *dm, int64_t z, int64_t k)
{
	/* Inside the table: the working days of the table are listed in
	   order, and cum[] says how many come before z + 1. */
	if (z + 1 >= dm->base && z + 1 <= dm->base + dm->n) {
		int64_t j = dm->cum[z + 1 - dm->base] + k - 1;
		if (j < dm->cum[dm->n])
			return dm->base + dm->list[j];
	}
	return kth_working_day_counted(dm, z, k);
}

/* The first working day after day z. */
static int64_t next_working_day(const struct days *dm, int64_t z)
{
	return kth_working_day_after(dm, z, 1);
}

/* ------------------------------------------------------------------ */
/* Adding time (§2)                                                     */
/* ------------------------------------------------------------------ */

struct sim {
	const struct hours *h;
	const struct days *dm;
	bool same_day;     /* counting: same-day (§5) */
	bool exact_close;  /* closing: exact (§5) */
};

/* §2: "Adding working time m > 0 to a moment t gives the end of the m-th
 * working minute that begins at or after t. ... Adding zero changes
 * nothing."  The working minutes of t's own day that begin at or after t
 * are counted first; the rest fill whole working days of per_day minutes
 * each, in order, so the m-th lies on the k-th working day after t's day. */
static int64_t add_work(const struct sim *S, int64_t t, int64_t m)
{
	if (m <= 0)
		return t;
	int64_t day = floor_div(t, DAY);
	int64_t mod = t - day * DAY;
	if (is_working_day(S->dm, day)) {
		int64_t left = S->h->left[mod];
		if (m <= left)
			return day * DAY + nth_minute_end(S->h, mod, m);
		m -= left;
	}
	int64_t k = 1, r = m;                        /* on the k-th working day, */
	if (m > S->h->per_day) {                     /* its r-th working minute */
		k = (m - 1) / S->h->per_day + 1;
		r = m - (k - 1) * S->h->per_day;
	}
	int64_t d = kth_working_day_after(S->dm, day, k);
	return d * DAY + nth_minute_end(S->h, 0, r);
}

/* §2: "Adding calendar days c to t gives the same clock time c days
 * later: t + c × 24 h, whatever those days are." */
static int64_t add_days(int64_t t, int64_t c)
{
	return t + c * DAY;
}

/* The number of days of month m (1..12) of year y (Gregorian). */
static int64_t month_length(int64_t y, int m)
{
	static const int len[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
	return m == 2 && leap ? 29 : len[m - 1];
}

/* §2: "the corresponding date k months after day z: the same day of the
 * month k months later, or the last day of that month when it has no such
 * day".  Counted month by month from z's own month (no shortcut: the
 * reference is slow on purpose; k is small in every test). */
static int64_t months_after(int64_t z, int64_t k)
{
	int y, m, d;
	cal_civil_from_days((int32_t)z, &y, &m, &d);
	int64_t yy = y;
	int mm = m;
	for (int64_t i = 0; i < k; i++) {
		if (++mm == 13) {
			mm = 1;
			yy++;
		}
	}
	int64_t dd = d <= month_length(yy, mm) ? d : month_length(yy, mm);
	return cal_days_from_civil((int)yy, mm, (int)dd);
}

/* The close of working day d (§2). */
static int64_t close_of(const struct sim *S, int64_t d);

/* §2: "Adding calendar months k to t gives the close of the corresponding
 * date k months after t's day, whatever that day is." */
static int64_t add_months(const struct sim *S, int64_t t, int64_t k)
{
	if (k <= 0)
		return t;
	return close_of(S, months_after(floor_div(t, DAY), k));
}

/* The close of working day d (§2). */
static int64_t close_of(const struct sim *S, int64_t d)
{
	return d * DAY + S->h->close;
}

/* ------------------------------------------------------------------ */
/* Acceptance (§3)                                                      */
/* ------------------------------------------------------------------ */

/* §3: the first acceptance moment at or after t — a working minute or the
 * close of a working day.  Sets *day to the day of acceptance (the working
 * day whose minute or close it is). */
static int64_t accept(const struct sim *S, int64_t t, int64_t *day)
{
	int64_t d = floor_div(t, DAY);
	/* Working hours that end at 24:00 put the close of a day at 00:00 of
	   the next: at t = 00:00 the close of the day before is a candidate
	   too.  When day d has a working minute beginning at t as well (the
	   same instant), that one is taken: the day of the submission's own
	   date. */
	bool close_before = S->h->close == DAY && t == d * DAY && is_working_day(S->dm, d - 1);
	bool minute_at_t = t == d * DAY && is_working_day(S->dm, d) && S->h->working[0];
	if (close_before && !minute_at_t) {
		*day = d - 1;
		return t;
	}
	for (;;) {
		if (is_working_day(S->dm, d)) {
			int64_t from = t > d * DAY ? t - d * DAY : 0;
			for (int64_t mm = from; mm <= DAY; mm++) {
				if ((mm < DAY && S->h->working[mm]) || mm == S->h->close) {
					*day = d;
					return d * DAY + mm;
				}
			}
		}
		d++;
	}
}

/* ------------------------------------------------------------------ */
/* The due moment (§5)                                                  */
/* ------------------------------------------------------------------ */

enum term_rule {
	TERM_NONE,
	TERM_CD,      /* rule 1: N cd, or K months and N cd */
	TERM_WD,      /* rule 2: N wd + M min, N >= 1 */
	TERM_MIN      /* rule 3: M min only */
};

struct term {
	enum term_rule rule;
	int64_t k;    /* K: months (rule 1) */
	int64_t n;    /* N: cd (rule 1) or wd (rule 2) */
	int64_t m;    /* M: minutes (rules 2, 3) */
};

/* §5: "a route's own term overrides the regulation's.  A term is one
 * quantity T (its upper bound)." */
static void term_of(const struct m_reg *reg, const struct m_route *r, enum outcome o,
		    struct term *t)
{
	const struct m_term *mt = NULL;
	if (r->terms[o].set)
		mt = &r->terms[o];
	else if (reg->terms[o].set)
		mt = &reg->terms[o];
	memset(t, 0, sizeof *t);
	if (!mt) {
		t->rule = TERM_NONE;
		return;
	}
	struct qty q = mt->dur.hi;
	if (q.cd > 0 || q.mon > 0) {
		/* §1: a quantity is of one kind; a term with calendar days
		   and working time is an error and cannot reach here.  Only
		   its months and days are read. */
		t->rule = TERM_CD;
		t->k = q.mon;
		t->n = q.cd;
	} else if (q.wd >= 1) {
		t->rule = TERM_WD;
		t->n = q.wd;
		t->m = q.min;
	} else {
		t->rule = TERM_MIN;
		t->m = q.min;
	}
}

/* §5: the due moment D(a) of documents accepted at moment a, on day d. */
static int64_t due_of(const struct sim *S, const struct term *T, int64_t a, int64_t d)
{
	switch (T->rule) {
	case TERM_CD: {
		/* Rule 1.  The last day: d + N (next-day) or d + N - 1
		   (same-day); with K months, counted from the corresponding
		   date K months after d instead of d. */
		int64_t from = T->k > 0 ? months_after(d, T->k) : d;
		int64_t last = S->same_day ? from + T->n - 1 : from + T->n;
		/* Not a working day: the next working day
		   (next-working-day), or it stays (exact). */
		if (!is_working_day(S->dm, last) && !S->exact_close)
			last = next_working_day(S->dm, last);
		/* The close of the last day if it is a working day, else its
		   end: 24:00, which is 00:00 of the following day. */
		if (is_working_day(S->dm, last))
			return close_of(S, last);
		return (last + 1) * DAY;
	}
	case TERM_WD: {
		/* Rule 2.  The first counted day: the first working day after
		   d (next-day) or d itself (same-day); from its opening, add
		   N × W + M working minutes. */
		int64_t first = S->same_day ? d : next_working_day(S->dm, d);
		int64_t opening = first * DAY + S->h->open;
		return add_work(S, opening, T->n * S->h->wd + T->m);
	}
	case TERM_MIN:
		/* Rule 3: from the moment of acceptance. */
		return add_work(S, a, T->m);
	case TERM_NONE:
		break;
	}
	return -1;
}

/* ------------------------------------------------------------------ */
/* Paths (§4)                                                           */
/* ------------------------------------------------------------------ */

/* The kinds of amount. */
enum { SEG_WORK, SEG_CD, SEG_MON };

/* An amount of one kind of time added to a moment: n calendar days, n
 * calendar months, or n working minutes. */
struct seg {
	int cd;     /* SEG_WORK, SEG_CD or SEG_MON */
	int64_t n;
};

/* A path as the amounts it adds, in order. */
struct seq {
	struct seg *s;
	size_t n, cap;
};

/* Append an amount to q.  Consecutive amounts of one kind are added into
 * one, which gives the same end:
 *   - calendar days: (t + a × 24 h) + b × 24 h = t + (a + b) × 24 h;
 *   - working time: adding a then b gives the end of the b-th working
 *     minute beginning at or after the end e of the a-th one beginning at
 *     or after t; minutes are whole, so those beginning at or after e are
 *     exactly the ones after the a-th, and that is the (a + b)-th (§2).
 * Months are never added into one: from 31 January one month and then
 * another is 28 March, two months are 31 March.
 * Zero amounts are dropped ("Adding zero changes nothing", §2). */
static void seq_push(struct seq *q, int cd, int64_t n, bool merge)
{
	if (n <= 0)
		return;
	if (merge && cd != SEG_MON && q->n > 0 && q->s[q->n - 1].cd == cd) {
		q->s[q->n - 1].n += n;
		return;
	}
	if (q->n == q->cap) {
		q->cap = q->cap ? 2 * q->cap : 4;
		q->s = ref_realloc(q->s, q->cap * sizeof *q->s);
	}
	q->s[q->n].cd = cd;
	q->s[q->n].n = n;
	q->n++;
}

/* §2: a step takes the upper bound (or, for the best elapsed time of §9,
 * the lower bound) of its duration: working time as working time
 * (wd × W + minutes), calendar days as calendar days, months as months,
 * the months first, then the days (§2).  (A quantity has one kind, §1;
 * were both there, the days would go first.) */
static void seq_push_qty(struct seq *q, struct qty x, int64_t W)
{
	bool merge = !literal_mode();
	seq_push(q, SEG_MON, x.mon, merge);
	seq_push(q, SEG_CD, x.cd, merge);
	seq_push(q, SEG_WORK, x.wd * W + x.min, merge);
}

/* The same, each step an amount of its own (for seq_below only). */
static void seq_push_raw(struct seq *q, struct qty x, int64_t W)
{
	seq_push(q, SEG_MON, x.mon, false);
	seq_push(q, SEG_CD, x.cd, false);
	seq_push(q, SEG_WORK, x.wd * W + x.min, false);
}

/* Apply q to moment t: the steps follow each other (§2). */
static int64_t seq_apply_from(const struct sim *S, const struct seq *q, size_t from, int64_t *at)
{
	for (size_t k = from; k < q->n; k++) {
		if (q->s[k].cd == SEG_MON)
			at[k + 1] = add_months(S, at[k], q->s[k].n);
		else if (q->s[k].cd == SEG_CD)
			at[k + 1] = add_days(at[k], q->s[k].n);
		else
			at[k + 1] = add_work(S, at[k], q->s[k].n);
	}
	return at[q->n];
}

/* One path to the outcome. */
struct path {
	bool open;         /* through an open step (§4) */
	struct seq hi;     /* upper bounds; open steps take nothing */
	struct seq lo;     /* lower bounds; open steps take nothing */
	struct seq rawhi;  /* the same, one amount per step (not added up) */
	struct seq rawlo;
	int64_t cd;        /* total calendar days (upper bounds) */
	int64_t work;      /* total working minutes (upper bounds) */
	bool has_cd;       /* some step of it has calendar days */
	bool has_mon;      /* some step of it has calendar months */
	bool has_work;     /* some step of it has working time */
};

struct paths {
	struct path *v;
	size_t n, cap;
};

static void paths_free(struct paths *ps)
{
	for (size_t i = 0; i < ps->n; i++) {
		free(ps->v[i].hi.s);
		free(ps->v[i].lo.s);
		free(ps->v[i].rawhi.s);
		free(ps->v[i].rawlo.s);
	}
	free(ps->v);
	memset(ps, 0, sizeof *ps);
}

static bool qty_has_cd(struct qty q)
{
	return q.cd != 0;
}

static bool qty_has_work(struct qty q)
{
	return q.wd != 0 || q.min != 0;
}

/* Record the path made of the steps st[0..n). */
static void record_path(struct paths *ps, const struct m_node *const *st, size_t n, int64_t W)
{
	if (ps->n == REF_MAX_PATHS)
		ref_fail("more than REF_MAX_PATHS paths to one outcome");
	if (ps->n == ps->cap) {
		ps->cap = ps->cap ? 2 * ps->cap : 8;
		ps->v = ref_realloc(ps->v, ps->cap * sizeof *ps->v);
	}
	struct path *p = &ps->v[ps->n++];
	memset(p, 0, sizeof *p);
	for (size_t i = 0; i < n; i++) {
		const struct m_node *s = st[i];
		if (s->dur.form == DF_NONE) {
			/* §4: a step of an applicant without a duration counts
			   as nothing; any other step without one is open. */
			if (!s->actor || s->actor->kind != AK_APPLICANT)
				p->open = true;
			continue;
		}
		if (s->dur.form == DF_AUTOMATIC)
			continue; /* §4: automatic steps take no time */
		seq_push_qty(&p->hi, s->dur.hi, W);
		seq_push_qty(&p->lo, s->dur.lo, W);
		seq_push_raw(&p->rawhi, s->dur.hi, W);
		seq_push_raw(&p->rawlo, s->dur.lo, W);
		p->cd += s->dur.hi.cd;
		p->work += s->dur.hi.wd * W + s->dur.hi.min;
		if (qty_has_cd(s->dur.hi) || qty_has_cd(s->dur.lo))
			p->has_cd = true;
		if (s->dur.hi.mon != 0 || s->dur.lo.mon != 0)
			p->has_cd = p->has_mon = true;
		if (qty_has_work(s->dur.hi) || qty_has_work(s->dur.lo))
			p->has_work = true;
	}
}

/* A node being visited by the depth-first search. */
struct frame {
	const struct m_node *node;
	int state;        /* 0: not yet entered; 1: first successor taken;
			     2: second successor (decision: no) taken */
	bool counted;     /* entering it took a bounded jump once more */
	bool stepped;     /* entering it pushed a step */
};

/* §4: every path from the start of r to an `end` of outcome o, taking one
 * branch at every decision and following every goto; a bounded jump is
 * taken at most max times on one path, and a path that would take it once
 * more is not a path.  A fall (running off a branch) ends no path. */
static void enumerate_paths(const struct m_route *r, enum outcome o, int64_t W,
			    struct paths *ps)
{
	memset(ps, 0, sizeof *ps);
	if (!r || !r->start)
		return;
	uint64_t *taken = calloc(r->nnodes ? r->nnodes : 1, sizeof *taken);
	if (!taken)
		ref_fail("out of memory");
	struct frame *fr = NULL;
	size_t nfr = 0, capfr = 0;
	const struct m_node **steps = NULL;
	size_t nsteps = 0, capsteps = 0;

#define PUSH(nd)                                                             \
	do {                                                                 \
		if (nfr == REF_MAX_DEPTH)                                    \
			ref_fail("a path longer than REF_MAX_DEPTH nodes "   \
				 "(an unbounded cycle?)");                   \
		if (nfr == capfr) {                                          \
			capfr = capfr ? 2 * capfr : 64;                      \
			fr = ref_realloc(fr, capfr * sizeof *fr);            \
		}                                                            \
		fr[nfr].node = (nd);                                         \
		fr[nfr].state = 0;                                           \
		fr[nfr].counted = false;                                     \
		fr[nfr].stepped = false;                                     \
		nfr++;                                                       \
	} while (0)

	PUSH(r->start);
	while (nfr > 0) {
		struct frame *f = &fr[nfr - 1];
		const struct m_node *n = f->node;
		if (f->state == 0) {
			f->state = 1;
			if (!n)
				goto pop; /* no successor: not a path */
			switch (n->kind) {
			case N_END:
				if (n->outcome == o)
					record_path(ps, steps, nsteps, W);
				goto pop;
			case N_FALL:
				goto pop;
			case N_JUMP:
				if (n->bounded) {
					if (n->index >= r->nnodes)
						ref_fail("node index out of range");
					if (taken[n->index] >= n->max)
						goto pop; /* once more: not a path */
					taken[n->index]++;
					f->counted = true;
				}
				PUSH(n->next);
				continue;
			case N_STEP:
				if (nsteps == capsteps) {
					capsteps = capsteps ? 2 * capsteps : 64;
					steps = ref_realloc(steps, capsteps * sizeof *steps);
				}
				steps[nsteps++] = n;
				f->stepped = true;
				PUSH(n->next);
				continue;
			case N_START:
				PUSH(n->next);
				continue;
			case N_DECISION:
				PUSH(n->yes);
				continue;
			}
			goto pop;
		}
		if (f->state == 1 && n && n->kind == N_DECISION) {
			f->state = 2;
			PUSH(n->no);
			continue;
		}
	pop:
		f = &fr[nfr - 1];
		if (f->counted)
			taken[f->node->index]--;
		if (f->stepped)
			nsteps--;
		nfr--;
	}
#undef PUSH
	free(taken);
	free(fr);
	free(steps);
}

/* ------------------------------------------------------------------ */
/* Sets of sequences: each distinct path simulated once                 */
/* ------------------------------------------------------------------ */

static int seq_cmp(const struct seq *a, const struct seq *b)
{
	size_t n = a->n < b->n ? a->n : b->n;
	for (size_t i = 0; i < n; i++) {
		if (a->s[i].cd != b->s[i].cd)
			return a->s[i].cd < b->s[i].cd ? -1 : 1;
		if (a->s[i].n != b->s[i].n)
			return a->s[i].n < b->s[i].n ? -1 : 1;
	}
	return a->n < b->n ? -1 : a->n > b->n ? 1 : 0;
}

/* One path of a set: its amounts added up, and one per step. */
struct entry {
	const struct seq *q;
	const struct seq *raw;
};

static int entry_cmp(const void *x, const void *y)
{
	return seq_cmp(((const struct entry *)x)->q, ((const struct entry *)y)->q);
}

/* Distinct sequences, sorted, with the length of the prefix each shares
 * with the one before it: that prefix ends at the same moment, and is not
 * computed again. */
struct seqset {
	struct entry *v;
	size_t n;
	size_t *common;   /* common[i]: segments shared with v[i - 1] */
	int64_t *at;      /* at[k]: the moment after k segments */
};

static void seqset_add(struct seqset *ss, const struct seq *q, const struct seq *raw)
{
	ss->v = ref_realloc(ss->v, (ss->n + 1) * sizeof *ss->v);
	ss->v[ss->n].q = q;
	ss->v[ss->n].raw = raw;
	ss->n++;
}

/* Whether b ends no later than a from every moment: b's amounts can be
 * matched, in order, to amounts of a of the same kind that are at least
 * as large (a may have more).  Why that is enough: each amount is an
 * operation f(t) (add_days, add_months or add_work) that is non-decreasing
 * in t and in the amount, and never earlier than t (§2: the m-th working
 * minute beginning at or after a later t is no earlier; the m-th comes no
 * later than the (m+1)-th; adding zero changes nothing; a later day's
 * corresponding date is no earlier, more months reach no earlier a date,
 * and the close of a date four weeks on is after t).  By induction over a's
 * amounts, the moment after each amount of a is no earlier than the
 * moment after the amounts of b matched so far.  Matching each amount of
 * b to the first amount of a that fits is as good as any matching: it
 * leaves the longest rest of a for the rest of b. */
static bool seq_below(const struct seq *b, const struct seq *a)
{
	size_t j = 0;
	for (size_t i = 0; i < b->n; i++) {
		while (j < a->n && !(a->s[j].cd == b->s[i].cd && a->s[j].n >= b->s[i].n))
			j++;
		if (j == a->n)
			return false;
		j++;
	}
	return true;
}

/* Whether path x ends no later than path y from every moment: by their
 * amounts added up, or by their steps one by one (either proves it). */
static bool entry_below(const struct entry *x, const struct entry *y)
{
	return seq_below(x->q, y->q) || seq_below(x->raw, y->raw);
}

/* Sort, drop duplicates (the same amounts end at the same moment), and drop
 * the paths another one bounds: for the latest end, those below another;
 * for the earliest, those above.  Each is dropped for one still kept, which
 * if dropped later is bounded by one kept then, and so on: the latest
 * (earliest) end is unchanged.  Up to REF_PRUNE paths: the pairs are
 * compared.  Not in literal mode. */
#define REF_PRUNE 512
static void seqset_finish(struct seqset *ss, bool latest)
{
	if (ss->n > 1)
		qsort(ss->v, ss->n, sizeof *ss->v, entry_cmp);
	size_t m = 0, longest = 0;
	for (size_t i = 0; i < ss->n; i++)
		if (m == 0 || seq_cmp(ss->v[m - 1].q, ss->v[i].q) != 0)
			ss->v[m++] = ss->v[i];
	ss->n = m;
	if (m <= REF_PRUNE && !literal_mode()) {
		bool *gone = ref_realloc(NULL, (m ? m : 1) * sizeof *gone);
		memset(gone, 0, (m ? m : 1) * sizeof *gone);
		for (size_t i = 0; i < m; i++)
			for (size_t j = 0; j < m && !gone[i]; j++)
				if (j != i && !gone[j] &&
				    (latest ? entry_below(&ss->v[i], &ss->v[j])
					    : entry_below(&ss->v[j], &ss->v[i])))
					gone[i] = true;
		size_t k = 0;
		for (size_t i = 0; i < m; i++)
			if (!gone[i])
				ss->v[k++] = ss->v[i];
		ss->n = m = k;
		free(gone);
	}
	ss->common = ref_realloc(NULL, (m ? m : 1) * sizeof *ss->common);
	for (size_t i = 0; i < m; i++) {
		size_t c = 0;
		if (i > 0) {
			const struct seq *a = ss->v[i - 1].q, *b = ss->v[i].q;
			while (c < a->n && c < b->n && a->s[c].cd == b->s[c].cd &&
			       a->s[c].n == b->s[c].n)
				c++;
		}
		ss->common[i] = c;
		if (ss->v[i].q->n > longest)
			longest = ss->v[i].q->n;
	}
	ss->at = ref_realloc(NULL, (longest + 1) * sizeof *ss->at);
}

static void seqset_free(struct seqset *ss)
{
	free(ss->v);
	free(ss->common);
	free(ss->at);
	memset(ss, 0, sizeof *ss);
}

/* The latest (or earliest) end of the sequences of ss started at a. */
static int64_t seqset_end(const struct sim *S, struct seqset *ss, int64_t a, bool latest)
{
	int64_t best = a;
	ss->at[0] = a;
	for (size_t i = 0; i < ss->n; i++) {
		int64_t e = seq_apply_from(S, ss->v[i].q, i == 0 ? 0 : ss->common[i], ss->at);
		if (i == 0 || (latest ? e > best : e < best))
			best = e;
	}
	return best;
}

/* ------------------------------------------------------------------ */
/* Trying every acceptance moment (§3, §6, §6.2, §9)                    */
/* ------------------------------------------------------------------ */

/* The acceptance moment chosen by a key: the greatest key; among equal
 * keys the earliest day; on that day the latest moment (§6.2, §9). */
struct pick {
	bool any;
	int64_t key;
	int64_t day;
	int64_t a;        /* the acceptance moment */
	int64_t due;
	int64_t finish;
};

static void pick_consider(struct pick *p, int64_t key, int64_t day, int64_t a, int64_t due,
			  int64_t finish)
{
	bool better = !p->any || key > p->key ||
		      (key == p->key && (day < p->day || (day == p->day && a > p->a)));
	if (better) {
		p->any = true;
		p->key = key;
		p->day = day;
		p->a = a;
		p->due = due;
		p->finish = finish;
	}
}

/* What the acceptance moments of one calendar found. */
struct findings {
	bool any;             /* some acceptance moment was tried */
	bool late;            /* some moment is late (§6) */
	struct pick lateness; /* greatest lateness (negative: least margin) */
	struct pick elapsed;  /* greatest elapsed time */
	int64_t worst_elapsed;
	int64_t best_elapsed;
};

/* §7: the last day acceptance at the close of day d looks at: "the day
 * of the latest of its due moment and the latest end of a checked path
 * from that close; a moment at 00:00 is the end of the day before". */
static int64_t day_reach(const struct sim *S, const struct term *T, struct seqset *hi,
			 int64_t d)
{
	int64_t a = close_of(S, d);
	int64_t m = seqset_end(S, hi, a, true);
	if (T->rule != TERM_NONE) {
		int64_t due = due_of(S, T, a, d);
		if (due > m)
			m = due;
	}
	int64_t r = floor_div(m - 1, DAY);
	return r < d ? d : r;
}

/* Try every acceptance moment of every working day in [from, to] whose
 * computation reaches no day after limit (§7): every working minute and
 * the close (§3), on every checked path. */
static void try_days(const struct sim *S, const struct term *T, struct seqset *hi,
		     struct seqset *lo, int64_t from, int64_t to, int64_t limit,
		     struct findings *F)
{
	memset(F, 0, sizeof *F);
	for (int64_t d = from; d <= to; d++) {
		if (!is_working_day(S->dm, d))
			continue;
		if (day_reach(S, T, hi, d) > limit)
			continue;
		/* Rules 1 and 2 of §5 depend on the day of acceptance only:
		   the due moment of the day's first moment serves them all. */
		int64_t day_due = -1;
		if (T->rule == TERM_CD || T->rule == TERM_WD)
			day_due = due_of(S, T, d * DAY, d);
		/* The acceptance moments of day d, in order: its working
		   minutes and its close. */
		for (int64_t mm = 0; mm <= DAY; mm++) {
			if (!((mm < DAY && S->h->working[mm]) || mm == S->h->close))
				continue;
			int64_t a = d * DAY + mm;
			int64_t finish = seqset_end(S, hi, a, true);
			int64_t early = seqset_end(S, lo, a, false);
			int64_t due = -1;
			if (T->rule != TERM_NONE) {
				due = T->rule == TERM_MIN ? due_of(S, T, a, d) : day_due;
				/* §6: late when a checked path ends after
				   the due moment; ready exactly at it is in
				   time.  The lateness is in clock minutes. */
				if (finish > due)
					F->late = true;
				pick_consider(&F->lateness, finish - due, d, a, due, finish);
			}
			pick_consider(&F->elapsed, finish - a, d, a, due, finish);
			/* §9: the elapsed times (upper bounds, latest end;
			   lower bounds, earliest end). */
			if (!F->any || finish - a > F->worst_elapsed)
				F->worst_elapsed = finish - a;
			if (!F->any || early - a < F->best_elapsed)
				F->best_elapsed = early - a;
			F->any = true;
		}
	}
}

/* §6.3: the lateness alone, of every working day in [from, to]: with a
 * term in days (rules 1 and 2) the due moment is the day's and the latest
 * end only grows with the acceptance moment, so the greatest lateness of
 * a day is at its latest acceptance moment, the close, which is also the
 * latest of equally late moments; with a term in minutes (rule 3) every
 * moment is tried. */
static void try_lateness(const struct sim *S, const struct term *T, struct seqset *hi,
			 int64_t from, int64_t to, struct findings *F)
{
	memset(F, 0, sizeof *F);
	for (int64_t d = from; d <= to; d++) {
		if (!is_working_day(S->dm, d))
			continue;
		for (int64_t mm = 0; mm <= DAY; mm++) {
			if (!((mm < DAY && S->h->working[mm]) || mm == S->h->close))
				continue;
			if (T->rule != TERM_MIN && mm != S->h->close)
				continue;
			int64_t a = d * DAY + mm;
			int64_t finish = seqset_end(S, hi, a, true);
			int64_t due = due_of(S, T, a, d);
			if (finish > due)
				F->late = true;
			pick_consider(&F->lateness, finish - due, d, a, due, finish);
			F->any = true;
		}
	}
}

/* The ordinary week: Monday 2001-01-01 to Friday 2001-01-05 (ref_time.h). */
static int64_t ordinary_monday(void)
{
	return cal_days_from_civil(2001, 1, 1);
}

/* §6.3: with months, the ordinary calendar's days 2001-01-01 to
 * 2028-12-31, one whole cycle of weekdays and month lengths. */
static int64_t ordinary_cycle_end(void)
{
	return cal_days_from_civil(2028, 12, 31);
}

static void sim_init(struct sim *S, const struct m_reg *reg, const struct hours *h,
		     const struct days *dm)
{
	memset(S, 0, sizeof *S);
	S->h = h;
	S->dm = dm;
	S->same_day = reg->count_same_day;
	S->exact_close = reg->close_exact;
}

/* ------------------------------------------------------------------ */
/* The verdicts                                                         */
/* ------------------------------------------------------------------ */

void ref_outcome(const struct m_reg *reg, const struct m_route *r, enum outcome o,
		 const struct calendar *cal, struct ref_outcome *out)
{
	memset(out, 0, sizeof *out);
	out->due = -1;
	out->verdict = REF_NONE;

	struct hours h;
	hours_of(reg, &h);
	struct paths ps;
	enumerate_paths(r, o, h.wd, &ps);
	if (ps.n == 0) {
		paths_free(&ps);
		hours_free(&h);
		return; /* REF_NONE: no path ends in the outcome */
	}

	bool any_open = false, any_checked = false;
	bool has_cd = false, has_work = false, has_mon = false;
	int64_t longest_cd = 0, longest_work = 0;
	for (size_t i = 0; i < ps.n; i++) {
		const struct path *p = &ps.v[i];
		if (p->open) {
			any_open = true;
			continue;
		}
		/* §4: the checked paths are those through no open step. */
		if (!any_checked || p->cd > longest_cd)
			longest_cd = p->cd;
		if (!any_checked || p->work > longest_work)
			longest_work = p->work;
		any_checked = true;
		has_cd |= p->has_cd;
		has_work |= p->has_work;
		has_mon |= p->has_mon;
	}

	struct term T;
	term_of(reg, r, o, &T);
	bool late_ordinary = false, late_calendar = false;

	if (!any_checked) {
		/* §6: open — no checked path at all, and some path is. */
		out->verdict = REF_OPEN;
		paths_free(&ps);
		hours_free(&h);
		return;
	}
	out->checked = true;

	/* §6.1: one kind when every step on the checked paths, and the term,
	   are of one kind (a step that takes no time fits either). */
	bool term_cd = T.rule == TERM_CD;
	bool term_work = T.rule == TERM_WD || T.rule == TERM_MIN;
	bool any_cd = has_cd || term_cd, any_work = has_work || term_work;
	/* §6.3: months have no fixed length; a plan with months is judged
	   on the calendar like mixed kinds. */
	bool months = has_mon || (term_cd && T.k > 0);
	out->exact = !(any_cd && any_work) && !months;

	if (out->exact) {
		/* §6.1: P is the greatest total of a checked path; T' is T,
		   or one day less under same-day counting (rules 1 and 2);
		   late exactly when P > T', on the ordinary week. */
		out->days = any_cd;
		if (out->days) {
			out->longest = longest_cd;
			if (T.rule == TERM_CD)
				out->term_eff = reg->count_same_day ? T.n - 1 : T.n;
		} else {
			out->longest = longest_work;
			if (T.rule == TERM_WD)
				out->term_eff = T.n * h.wd + T.m - (reg->count_same_day ? h.wd : 0);
			else if (T.rule == TERM_MIN)
				out->term_eff = T.m;
		}
		if (T.rule != TERM_NONE && out->longest > out->term_eff)
			late_ordinary = true;
	} else {
		/* §6.2: simulate every acceptance moment of the ordinary week
		   and of every working day of the calendar's years, on every
		   checked path. */
		struct seqset hi = {0}, lo = {0};
		for (size_t i = 0; i < ps.n; i++)
			if (!ps.v[i].open) {
				seqset_add(&hi, &ps.v[i].hi, &ps.v[i].rawhi);
				seqset_add(&lo, &ps.v[i].lo, &ps.v[i].rawlo);
			}
		seqset_finish(&hi, true);
		seqset_finish(&lo, false);

		int64_t mon = ordinary_monday();
		struct days ord, real;
		if (months)
			days_init(&ord, NULL, mon - 14, ordinary_cycle_end() + REF_MARGIN);
		else
			days_ordinary(&ord, mon);
		days_calendar(&real, cal, mon, REF_MARGIN);
		struct sim So, Sc;
		sim_init(&So, reg, &h, &ord);
		sim_init(&Sc, reg, &h, &real);

		struct findings Fo, Fc;
		try_days(&So, &T, &hi, &lo, mon, mon + 4, INT64_MAX, &Fo);
		/* §7: the days of the calendar tried: those of the period of
		   force within the calendar's years, or, without one, of its
		   settled years (all its years when none is settled); a day
		   whose computation reaches past the calendar's last day (or,
		   without a period of force, past the settled years) is not
		   tried. */
		int64_t first = cal->first, last = cal->last, limit = cal->last;
		if (reg->in_force) {
			if (reg->force_from > first)
				first = reg->force_from;
			if (reg->force_to < last)
				last = reg->force_to;
		} else if (cal->settled >= cal->first) {
			last = limit = cal->settled;
		}
		if (cal->last >= cal->first && last >= first)
			try_days(&Sc, &T, &hi, &lo, first, last, limit, &Fc);
		else
			memset(&Fc, 0, sizeof Fc);
		/* §6.3: with months and a term, the ordinary lateness is that
		   of every working day of the cycle (the week's five are its
		   first). */
		if (months && T.rule != TERM_NONE) {
			struct findings Fl;
			try_lateness(&So, &T, &hi, mon, ordinary_cycle_end(), &Fl);
			Fo.late = Fl.late;
			Fo.lateness = Fl.lateness;
		}
		late_ordinary = Fo.late;
		late_calendar = Fc.late;

		/* §9: the worst acceptance.  With a term: E0601's
		   counter-example when the ordinary week is late, else the
		   calendar's greatest lateness; without a term, the
		   calendar's greatest elapsed time.  A calendar with no
		   working day in its years leaves the ordinary week's. */
		const struct pick *w;
		if (T.rule != TERM_NONE)
			w = Fo.late || !Fc.any ? &Fo.lateness : &Fc.lateness;
		else
			w = Fc.any ? &Fc.elapsed : &Fo.elapsed;
		out->ordinary = (w == &Fo.lateness || w == &Fo.elapsed);
		out->start = w->a;
		out->due = T.rule != TERM_NONE ? w->due : -1;
		out->finish = w->finish;

		/* §9: the elapsed times, over the ordinary week and the
		   calendar's years. */
		out->worst_elapsed = Fo.worst_elapsed;
		out->best_elapsed = Fo.best_elapsed;
		if (Fc.any) {
			if (Fc.worst_elapsed > out->worst_elapsed)
				out->worst_elapsed = Fc.worst_elapsed;
			if (Fc.best_elapsed < out->best_elapsed)
				out->best_elapsed = Fc.best_elapsed;
		}
		days_free(&ord);
		days_free(&real);
		seqset_free(&hi);
		seqset_free(&lo);
	}

	/* §6, the table: exceeds, then exceeds around holidays, then open,
	   then in time (or no term). */
	if (late_ordinary)
		out->verdict = REF_EXCEEDS;
	else if (late_calendar)
		out->verdict = REF_HOLIDAYS;
	else if (any_open)
		out->verdict = REF_OPEN;
	else if (T.rule != TERM_NONE)
		out->verdict = REF_OK;
	else
		out->verdict = REF_NO_TERM;
	paths_free(&ps);
	hours_free(&h);
}

bool ref_deadline(const struct m_reg *reg, const struct m_route *r, enum outcome o,
		  const struct calendar *cal, int64_t submitted, struct ref_deadline *out)
{
	memset(out, 0, sizeof *out);
	out->due = -1;
	struct hours h;
	hours_of(reg, &h);
	struct paths ps;
	enumerate_paths(r, o, h.wd, &ps);
	if (ps.n == 0) {
		paths_free(&ps);
		hours_free(&h);
		return false;
	}

	struct days real;
	days_calendar(&real, cal, floor_div(submitted, DAY), 64);
	struct sim S;
	sim_init(&S, reg, &h, &real);

	/* §3: the acceptance moment of the submission. */
	int64_t day;
	out->accepted = accept(&S, submitted, &day);

	/* §9 deadline: the checked path that ends latest; with no checked
	   path, every path with its open steps taking nothing. */
	struct seqset hi = {0};
	for (size_t i = 0; i < ps.n; i++) {
		if (ps.v[i].open)
			out->open = true;
		else
			out->checked = true;
	}
	for (size_t i = 0; i < ps.n; i++)
		if (!out->checked || !ps.v[i].open)
			seqset_add(&hi, &ps.v[i].hi, &ps.v[i].rawhi);
	seqset_finish(&hi, true);
	out->finish = seqset_end(&S, &hi, out->accepted, true);

	/* §5: the due moment on the real calendar; §6: late means after. */
	struct term T;
	term_of(reg, r, o, &T);
	out->has_term = T.rule != TERM_NONE;
	if (out->has_term) {
		out->due = due_of(&S, &T, out->accepted, day);
		out->late = out->checked && out->finish > out->due;
	}
	seqset_free(&hi);
	days_free(&real);
	paths_free(&ps);
	hours_free(&h);
	return true;
}
