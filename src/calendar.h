/*
 * calendar.h — the Kazakhstan calendar: which days are working days.
 *
 * Contract: a calendar is built from a readable data file (data/kz.cal,
 * compiled into the binary, replaceable on the command line) covering a
 * range of years.  Days are numbered from 1970-01-01 = 0 (proleptic
 * Gregorian).  Inside the range a day is working or not by the weekend
 * rule, the holidays (with the weekend-move rule and its exceptions) and
 * the transfer orders; outside it, and for the "ordinary week" calendar,
 * Monday to Friday are working days and nothing else.  Every non-working
 * weekday and every working weekend day carries the reason, for messages.
 * No global state: callers own their calendars.
 */
#ifndef REGLC_CALENDAR_H
#define REGLC_CALENDAR_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Civil dates. */
int32_t cal_days_from_civil(int y, int m, int d);
void cal_civil_from_days(int32_t z, int *y, int *m, int *d);
/* 0 = Monday ... 6 = Sunday. */
int cal_weekday(int32_t z);
/*
 * The day k >= 0 calendar months after day z: the same day of the month
 * k months later, or the last day of that month when it has no such day
 * (31 January + 1 month = 28 or 29 February; Civil Code art. 173).
 * *clamped (may be NULL) says whether the last day was taken for a day
 * the month does not have.  k is at most CAL_MONTHS_MAX.
 */
#define CAL_MONTHS_MAX ((int64_t)12 * 100000)
int32_t cal_add_months(int32_t z, int64_t k, bool *clamped);
/* "2014-03-21" into *z; false when not a valid date. */
bool cal_parse_date(const char *s, size_t n, int32_t *z);
/* "Fri 2014-03-21" (English weekday abbreviation); returns snprintf's. */
int cal_format_date(char *buf, size_t n, int32_t z);

/* Why a day is what it is. */
enum cal_day_kind {
	CD_WORKING,       /* an ordinary working day */
	CD_WEEKEND,       /* an ordinary Saturday or Sunday */
	CD_HOLIDAY,       /* a public holiday */
	CD_MOVED_OFF,     /* a day off moved from a holiday on a weekend */
	CD_TRANSFER_OFF,  /* a day off by a transfer order */
	CD_TRANSFER_WORK  /* a day off worked by a transfer order (a weekend
			     day, or a moved day off as on 2020-05-11) */
};

struct calendar {
	char *name;            /* "built-in" or the file's path */
	int32_t first, last;   /* the days the data covers, inclusive */
	int32_t settled;       /* the last day of the settled years: the days
				  after it, to last, are of provisional years
				  (their data not complete: no transfer order
				  recorded yet); last when none is */
	uint8_t *kind;         /* enum cal_day_kind per day of [first, last] */
	const char **why;      /* per day: the holiday's name or the order's
				  reason, or NULL (strings owned by the calendar) */
	char *strings;         /* storage of the reasons */
	bool ordinary;         /* the ordinary week: no holidays at all */
	/* Derived tables another module keeps with the calendar (time_cal.c's
	   day index and span tables), freed by cal_free through cache_free. */
	void *cache;
	void (*cache_free)(void *);
};

/*
 * Build a calendar from the text of a data file (the format is described
 * at the top of data/kz.cal).  Returns 0, or -1 with "LINE: reason" in err
 * and *c left empty (cal_free on it is harmless).
 */
int cal_parse(struct calendar *c, const char *text, size_t n, const char *name,
	      char *err, size_t errn);
/* The built-in Kazakhstan calendar (data/kz.cal compiled in). */
int cal_builtin(struct calendar *c, char *err, size_t errn);
/* The ordinary week: Mon-Fri working, no holidays, any range. */
void cal_ordinary(struct calendar *c);
void cal_free(struct calendar *c);

/* "holiday", "moved-off", "transfer-off", ... : a kind's name in the data
   file's and the dump's vocabulary. */
const char *cal_kind_name(enum cal_day_kind k);

/* Whether day z lies in a provisional year of c (calendar.h: settled). */
static inline bool cal_provisional(const struct calendar *c, int32_t z)
{
	return z > c->settled && z <= c->last;
}

/* Whether day z is a working day. */
bool cal_is_working(const struct calendar *c, int32_t z);
/* What day z is, and why (why may be NULL). */
enum cal_day_kind cal_day(const struct calendar *c, int32_t z, const char **why);

#endif
