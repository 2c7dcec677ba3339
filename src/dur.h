/*
 * dur.h — durations: quantities, intervals and their exact arithmetic.
 *
 * Contract: reglc never turns a duration into a float.  Working time is kept
 * as whole working days plus minutes and calendar time as calendar months
 * plus calendar days, so a total prints the way the law writes it
 * ("1 mo 28 cd + 2 wd 75 min").  A week is exactly 7 calendar days (its
 * unit is kept only to echo it back); a month is a calendar month, added on
 * the calendar (docs/timing.md §2), so it has no fixed number of days: it
 * lies between 28 and 31 of them.  The two kinds are only compared with
 * each other on a calendar (the time module), and months with days only
 * where every month length gives the same order; here a working day
 * converts to minutes only through an explicit working-day length that the
 * caller passes in.
 */
#ifndef REGLC_DUR_H
#define REGLC_DUR_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Largest magnitude a quantity field may hold; anything beyond is an
 * overflow diagnostic, so that sums of a million steps still fit int64. */
#define DUR_MAX ((int64_t)1000000000000LL)

/* The unit an author or the legal text wrote; kept to echo it back. */
enum unit {
	UNIT_MIN,  /* minute of working time */
	UNIT_HOUR, /* hour of working time */
	UNIT_WD,   /* working day */
	UNIT_CD,   /* calendar day */
	UNIT_WEEK, /* week: 7 calendar days */
	UNIT_MONTH /* calendar month */
};

/* A point quantity: a sum of calendar months, calendar days, working days
 * and minutes.  Months come last so that an initializer of the first three
 * fields keeps its meaning. */
struct qty {
	int64_t cd;  /* calendar days (weeks are stored as 7 cd) */
	int64_t wd;  /* working days */
	int64_t min; /* working minutes (hours are stored as 60 min) */
	int64_t mon; /* calendar months */
};

/* The fewest and the most days a calendar month has. */
#define DUR_MONTH_MIN_DAYS 28
#define DUR_MONTH_MAX_DAYS 31

/* How a duration was phrased; the interval alone does not say it. */
enum dur_form {
	DF_NONE,      /* no duration written */
	DF_EXACT,     /* "2 h": [2 h, 2 h] */
	DF_NOT_MORE,  /* "<= 15 min", "аспайды", "не более": [0, 15 min] */
	DF_WITHIN,    /* "within 1 wd", "ішінде", "в течение": [0, 1 wd] */
	DF_RANGE,     /* "90..180 cd", "от 90 до 180": [90, 180] */
	DF_AUTOMATIC  /* a step of an information system: [0, 0] */
};

/* A duration: the interval [lo, hi] and how it was written. */
struct dur {
	enum dur_form form; /* phrasing */
	struct qty lo;      /* lower bound */
	struct qty hi;      /* upper bound */
	enum unit unit;     /* unit of the upper bound as written */
};

/* The kind of a quantity, for the type rules of DESIGN.md §3. */
enum qty_kind {
	QK_ZERO,     /* all fields zero: fits either kind */
	QK_WORK,     /* only wd and min */
	QK_CALENDAR, /* only cd and mon */
	QK_MIXED     /* both kinds: only a calendar can compare it */
};

enum qty_kind qty_kind(struct qty q);
bool qty_is_zero(struct qty q);

/* q + r field by field; false (and q saturated at DUR_MAX) on overflow. */
bool qty_add(struct qty *q, struct qty r);

/* A quantity of n units; false when n is beyond DUR_MAX. */
bool qty_of(int64_t n, enum unit u, struct qty *out);

/* Working minutes of a work-only quantity, given the working day's length
 * in minutes (480 by default). */
int64_t qty_work_minutes(struct qty q, int64_t workday_min);

/*
 * Compare two quantities of the same kind (or zero): <0, 0, >0.  Working
 * days convert at workday_min minutes.  Returns 0 and sets *comparable to
 * false when one is calendar and the other working time, or either is mixed,
 * or when months and days are ordered differently by months of different
 * lengths (1 mo against 30 cd; but 1 mo < 32 cd and 2 mo > 55 cd).
 */
int qty_cmp(struct qty a, struct qty b, int64_t workday_min, bool *comparable);

/*
 * Print q in the legal style into buf: "28 cd + 2 wd 75 min", "15 min",
 * "0 min" for zero.  Minutes that make whole hours are not folded into hours:
 * the law writes "75 minutes".  Returns the length written (snprintf-like).
 */
int qty_format(char *buf, size_t n, struct qty q);

/*
 * Print d in reglc's own notation, the one the language accepts:
 * "<= 15 min", "within 1 wd", "90..180 cd", "2 h", "automatic", "none".
 */
int dur_format(char *buf, size_t n, const struct dur *d);

/* True when two durations denote the same interval (forms may differ). */
bool dur_same_interval(const struct dur *a, const struct dur *b,
		       int64_t workday_min);

#endif
