/*
 * calendar.c — civil dates and the Kazakhstan calendar (see calendar.h).
 *
 * Contract: dates are day numbers from 1970-01-01 in the proleptic Gregorian
 * calendar; conversions are exact for every int32 day.  cal_parse reads the
 * data-file format documented at the top of data/kz.cal, in two passes:
 * first every line is checked and collected (statements may come in any
 * order), then the days of the covered years are computed once — weekend,
 * holidays, the weekend-move rule, the transfer orders — into one array, so
 * that every lookup afterwards is O(1).  The first error stops the parse and
 * is reported as "LINE: reason"; a failed parse leaves the calendar empty.
 * Nothing here is global: each calendar owns its days and its strings.
 */
#include "calendar.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "utf8.h"

/* The most years one file may cover: enough for any real use, small enough
   that the day array stays small and no year arithmetic overflows. */
#define CAL_MAX_SPAN 400
#define CAL_YEAR_MIN 1
#define CAL_YEAR_MAX 9998

/* Weekday names, Monday first like cal_weekday: the short ones are what the
   data file and cal_format_date write, the long ones go into messages. */
static const char *const cal_wd_short[7] = {
	"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"
};
static const char *const cal_wd_long[7] = {
	"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
	"Sunday"
};

/* ---- civil dates ------------------------------------------------------- */

/*
 * Howard Hinnant's days_from_civil: shift the year to start in March so that
 * the leap day is the last day of the shifted year, then count 400-year eras
 * of 146097 days.  Integer-only, exact for the whole proleptic calendar.
 */
int32_t cal_days_from_civil(int y, int m, int d)
{
	int64_t yy = (int64_t)y - (m <= 2);
	int64_t era = (yy >= 0 ? yy : yy - 399) / 400;
	int64_t yoe = yy - era * 400;                         /* [0, 399] */
	int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;  /* [0, 146096] */

	return (int32_t)(era * 146097 + doe - 719468);
}

/* The inverse (Hinnant's civil_from_days), in 64 bits so that any int32 day
   works. */
void cal_civil_from_days(int32_t z32, int *y, int *m, int *d)
{
	int64_t z = (int64_t)z32 + 719468;
	int64_t era = (z >= 0 ? z : z - 146096) / 146097;
	int64_t doe = z - era * 146097;
	int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	int64_t mp = (5 * doy + 2) / 153;
	int64_t mm = mp < 10 ? mp + 3 : mp - 9;

	*y = (int)(yoe + era * 400 + (mm <= 2));
	*m = (int)mm;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
}

/* 1970-01-01 was a Thursday (3 when Monday is 0); the remainder is made
   non-negative because C's % keeps the sign of negative days. */
int cal_weekday(int32_t z)
{
	int64_t r = ((int64_t)z + 3) % 7;

	return (int)(r < 0 ? r + 7 : r);
}

/* Gregorian leap years: every fourth, except centuries not divisible by 400
   (1900 and 2100 are common years, 2000 is a leap year). */
static bool cal_leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int cal_month_days(int y, int m)
{
	static const int len[12] = { 31, 28, 31, 30, 31, 30,
				     31, 31, 30, 31, 30, 31 };

	return m == 2 && cal_leap(y) ? 29 : len[m - 1];
}

int32_t cal_add_months(int32_t z, int64_t k, bool *clamped)
{
	int y, m, d;

	if (k < 0)
		k = 0;
	if (k > CAL_MONTHS_MAX)
		k = CAL_MONTHS_MAX;
	cal_civil_from_days(z, &y, &m, &d);
	int64_t mm = (int64_t)y * 12 + (m - 1) + k;
	int ny = (int)(mm >= 0 ? mm / 12 : -((-mm + 11) / 12));
	int nm = (int)(mm - (int64_t)ny * 12) + 1;
	if (ny > 5000000) { /* past the int32 days: saturate */
		if (clamped)
			*clamped = false;
		return INT32_MAX;
	}
	int len = cal_month_days(ny, nm);
	if (clamped)
		*clamped = d > len;
	return cal_days_from_civil(ny, nm, d > len ? len : d);
}

/* The value of n ASCII digits, or -1 when one is not a digit. */
static int cal_digits(const char *s, size_t n)
{
	int v = 0;

	for (size_t i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

/* Exactly ten characters, so that "2014-03-2" or "2014-03-211" is refused
   rather than read as a neighbouring day. */
bool cal_parse_date(const char *s, size_t n, int32_t *z)
{
	int y, m, d;

	if (n != 10 || s[4] != '-' || s[7] != '-')
		return false;
	y = cal_digits(s, 4);
	m = cal_digits(s + 5, 2);
	d = cal_digits(s + 8, 2);
	if (y < 0 || m < 1 || m > 12 || d < 1 || d > cal_month_days(y, m))
		return false;
	*z = cal_days_from_civil(y, m, d);
	return true;
}

int cal_format_date(char *buf, size_t n, int32_t z)
{
	int y, m, d;

	cal_civil_from_days(z, &y, &m, &d);
	return snprintf(buf, n, "%s %04d-%02d-%02d", cal_wd_short[cal_weekday(z)],
			y, m, d);
}

/* The same words as the data file's documentation and cal_dump's output, so
   that a person sees one vocabulary everywhere. */
const char *cal_kind_name(enum cal_day_kind k)
{
	switch (k) {
	case CD_WORKING:       return "working";
	case CD_WEEKEND:       return "weekend";
	case CD_HOLIDAY:       return "holiday";
	case CD_MOVED_OFF:     return "moved-off";
	case CD_TRANSFER_OFF:  return "transfer-off";
	case CD_TRANSFER_WORK: return "transfer-work";
	}
	return "?";
}

/* ---- the parser's state -------------------------------------------------- */

/* An inclusive range of years; open ends are the extreme values. */
struct cal_years {
	int lo, hi;
};

/* One "holiday" line. */
struct cal_hol {
	int32_t once;          /* the day of a one-off holiday ... */
	bool is_once;          /* ... when this is set; otherwise: */
	int m, d;              /* the day of every year in years */
	struct cal_years years;
	bool moves;            /* the weekend-move rule applies */
	size_t name;           /* offset of the name in the string buffer */
};

/* One "transfer" line. */
struct cal_xfer {
	int32_t from, to; /* the day off worked, the working day taken off */
	size_t act;       /* offset of the legal act, 0 when none */
	int line;
};

/* Strings being collected; offset 0 is the empty string, meaning "none". */
struct cal_sb {
	char *s;
	size_t len, cap;
};

/* Everything one parse collects before the days are computed. */
struct cal_build {
	char *err;                  /* the caller's error buffer */
	size_t errn;
	int line;                   /* the line being read, from 1 */
	int years_line, weekend_line, moves_line; /* 0 until seen */
	int prov_line;              /* the "provisional" line, 0 until seen */
	struct cal_years range;     /* the "years" line */
	int prov_first, prov_last;  /* the provisional years, as written */
	bool weekend[7];            /* the "weekend" line */
	struct cal_years moves;     /* the "moves" line */
	struct cal_hol *hol;        /* the "holiday" lines */
	size_t nhol, caphol;
	struct cal_xfer *xf;        /* the "transfer" lines */
	size_t nxf, capxf;
	struct cal_sb sb;           /* names, acts and generated reasons */
};

/* The rest of a line being read: [p, end), comment already cut off. */
struct cal_cur {
	const char *p, *end;
};

/* A word of the line: a pointer into the text and its length. */
struct cal_word {
	const char *s;
	size_t n;
};

/* Record "LINE: reason"; always returns -1 so callers can return it. */
static int cal_fail(struct cal_build *b, int line, const char *fmt, ...)
{
	char msg[256];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	if (b->errn)
		snprintf(b->err, b->errn, "%d: %s", line, msg);
	return -1;
}

/*
 * Append s[0..n) and a NUL; returns its offset.  Offsets, not pointers, are
 * kept while building because the buffer moves as it grows; they become
 * pointers once, when the calendar takes the buffer over.
 */
static size_t cal_sb_add(struct cal_sb *sb, const char *s, size_t n)
{
	size_t off = sb->len;

	if (sb->len + n + 1 > sb->cap) {
		sb->cap = (sb->len + n + 1) * 2;
		sb->s = xrealloc(sb->s, sb->cap);
	}
	memcpy(sb->s + sb->len, s, n);
	sb->s[sb->len + n] = '\0';
	sb->len += n + 1;
	return off;
}

/* Append a formatted string; returns its offset.  The text is formatted
   completely before the buffer grows, so arguments may point into it. */
static size_t cal_sb_printf(struct cal_sb *sb, const char *fmt, ...)
{
	char small[256], *big = NULL;
	const char *s = small;
	va_list ap;
	int n;
	size_t off;

	va_start(ap, fmt);
	n = vsnprintf(small, sizeof small, fmt, ap);
	va_end(ap);
	if (n < 0)
		n = 0;
	if ((size_t)n >= sizeof small) {
		big = xmalloc((size_t)n + 1);
		va_start(ap, fmt);
		vsnprintf(big, (size_t)n + 1, fmt, ap);
		va_end(ap);
		s = big;
	}
	off = cal_sb_add(sb, s, (size_t)n);
	free(big);
	return off;
}

/* ---- reading one line -------------------------------------------------- */

static bool cal_space(char ch)
{
	return ch == ' ' || ch == '\t';
}

/* The next word, or false at the end of the line.  Words are never copied:
   they point into the caller's text (names are copied once, when kept). */
static bool cal_next(struct cal_cur *c, struct cal_word *w)
{
	while (c->p < c->end && cal_space(*c->p))
		c->p++;
	if (c->p == c->end)
		return false;
	w->s = c->p;
	while (c->p < c->end && !cal_space(*c->p))
		c->p++;
	w->n = (size_t)(c->p - w->s);
	return true;
}

/* The rest of the line, trimmed (may be empty): names and legal acts run to
   the end of the line, spaces included. */
static struct cal_word cal_rest(struct cal_cur *c)
{
	struct cal_word w;

	while (c->p < c->end && cal_space(*c->p))
		c->p++;
	w.s = c->p;
	w.n = (size_t)(c->end - c->p);
	c->p = c->end;
	return w;
}

static bool cal_is(struct cal_word w, const char *lit)
{
	return w.n == strlen(lit) && memcmp(w.s, lit, w.n) == 0;
}

/* Case-insensitive ASCII comparison, for weekday names. */
static bool cal_is_ci(struct cal_word w, const char *lit)
{
	if (w.n != strlen(lit))
		return false;
	for (size_t i = 0; i < w.n; i++) {
		char a = w.s[i], b = lit[i];

		if (a >= 'A' && a <= 'Z')
			a = (char)(a - 'A' + 'a');
		if (b >= 'A' && b <= 'Z')
			b = (char)(b - 'A' + 'a');
		if (a != b)
			return false;
	}
	return true;
}

/* A weekday abbreviation (mon ... sun, any case), or -1. */
static int cal_weekday_word(struct cal_word w)
{
	for (int i = 0; i < 7; i++)
		if (cal_is_ci(w, cal_wd_short[i]))
			return i;
	return -1;
}

/*
 * Check a line's bytes before anything else reads them: no control
 * characters (they hide in names and break messages) and valid UTF-8
 * (names end up in JSON diagnostics).  Returns NULL or what is wrong.
 */
static const char *cal_check_bytes(const unsigned char *s, size_t n)
{
	size_t i = 0;

	while (i < n) {
		unsigned char c = s[i];
		uint32_t cp;

		if (c < 0x80) {
			if ((c < 0x20 && c != '\t') || c == 0x7f)
				return "a control character";
			i++;
			continue;
		}
		size_t len = utf8_decode((const char *)s + i, n - i, &cp);
		if (!len)
			return "invalid UTF-8";
		i += len;
	}
	return NULL;
}

/* A year: 1 to 4 digits within the supported range, or -1.  The range keeps
   "a year before" and "a year after" valid in every computation. */
static int cal_year(struct cal_word w)
{
	int y;

	if (w.n < 1 || w.n > 4)
		return -1;
	y = cal_digits(w.s, w.n);
	return y < CAL_YEAR_MIN || y > CAL_YEAR_MAX ? -1 : y;
}

/* YEARS: "all", "2013", "1996-2025", "2006-" or "-2025". */
static int cal_years_word(struct cal_build *b, struct cal_word w,
			  struct cal_years *ys)
{
	const char *dash = memchr(w.s, '-', w.n);
	struct cal_word lo, hi;

	if (cal_is(w, "all")) {
		ys->lo = CAL_YEAR_MIN;
		ys->hi = CAL_YEAR_MAX;
		return 0;
	}
	if (!dash) {
		ys->lo = ys->hi = cal_year(w);
		if (ys->lo < 0)
			goto bad;
		return 0;
	}
	lo.s = w.s;
	lo.n = (size_t)(dash - w.s);
	hi.s = dash + 1;
	hi.n = w.n - lo.n - 1;
	ys->lo = lo.n ? cal_year(lo) : CAL_YEAR_MIN;
	ys->hi = hi.n ? cal_year(hi) : CAL_YEAR_MAX;
	if (ys->lo < 0 || ys->hi < 0 || (!lo.n && !hi.n))
		goto bad;
	if (ys->lo > ys->hi)
		return cal_fail(b, b->line, "the years '%.*s' run backwards",
				(int)w.n, w.s);
	return 0;
bad:
	return cal_fail(b, b->line,
			"'%.*s' is not a set of years (write all, 2013, "
			"1996-2025, 2006- or -2025)", (int)w.n, w.s);
}

/* A date word: YYYY-MM-DD. */
static int cal_date_word(struct cal_build *b, struct cal_word w, int32_t *z)
{
	if (!cal_parse_date(w.s, w.n, z))
		return cal_fail(b, b->line,
				"'%.*s' is not a valid date (YYYY-MM-DD)",
				(int)w.n, w.s);
	return 0;
}

/* "years FIRST LAST": the covered years.  Given once; the span is bounded so
   that a typo such as "years 2013 20260" cannot ask for a huge array. */
static int cal_st_years(struct cal_build *b, struct cal_cur *c)
{
	struct cal_word w1, w2, extra;
	int lo, hi;

	if (b->years_line)
		return cal_fail(b, b->line, "'years' given twice (first on line %d)",
				b->years_line);
	if (!cal_next(c, &w1) || !cal_next(c, &w2))
		return cal_fail(b, b->line, "'years' needs two years: FIRST LAST");
	lo = cal_year(w1);
	hi = cal_year(w2);
	if (lo < 0)
		return cal_fail(b, b->line, "'%.*s' is not a year", (int)w1.n, w1.s);
	if (hi < 0)
		return cal_fail(b, b->line, "'%.*s' is not a year", (int)w2.n, w2.s);
	if (lo > hi)
		return cal_fail(b, b->line, "the years %d %d run backwards", lo, hi);
	if (hi - lo >= CAL_MAX_SPAN)
		return cal_fail(b, b->line, "%d years is too many (at most %d)",
				hi - lo + 1, CAL_MAX_SPAN);
	if (cal_next(c, &extra))
		return cal_fail(b, b->line, "unexpected '%.*s' after the years",
				(int)extra.n, extra.s);
	b->range.lo = lo;
	b->range.hi = hi;
	b->years_line = b->line;
	return 0;
}

/*
 * "provisional YEARS": the last of the covered years, whose data is not
 * complete yet (no transfer order recorded).  They must be covered and run
 * to the last year, so that the settled years are those before them; the
 * check against "years" waits for the end of the file (cal_read), since
 * the statements may come in any order.
 */
static int cal_st_provisional(struct cal_build *b, struct cal_cur *c)
{
	struct cal_word w, extra;
	struct cal_years ys;

	if (b->prov_line)
		return cal_fail(b, b->line, "'provisional' given twice (first on "
				"line %d)", b->prov_line);
	if (!cal_next(c, &w))
		return cal_fail(b, b->line, "'provisional' needs the years whose "
				"data is not complete, e.g. 'provisional 2027-'");
	if (cal_years_word(b, w, &ys) < 0)
		return -1;
	if (cal_next(c, &extra))
		return cal_fail(b, b->line, "unexpected '%.*s' after the years",
				(int)extra.n, extra.s);
	b->prov_first = ys.lo;
	b->prov_last = ys.hi;
	b->prov_line = b->line;
	return 0;
}

/* "weekend DAY...": the weekly days off.  A weekend of every day would make
   the move rule search forever for a working day, so it is refused. */
static int cal_st_weekend(struct cal_build *b, struct cal_cur *c)
{
	struct cal_word w;
	int n = 0;

	if (b->weekend_line)
		return cal_fail(b, b->line,
				"'weekend' given twice (first on line %d)",
				b->weekend_line);
	while (cal_next(c, &w)) {
		int wd = cal_weekday_word(w);

		if (wd < 0)
			return cal_fail(b, b->line,
					"'%.*s' is not a day of the week "
					"(mon tue wed thu fri sat sun)",
					(int)w.n, w.s);
		if (b->weekend[wd])
			return cal_fail(b, b->line, "%s is named twice",
					cal_wd_long[wd]);
		b->weekend[wd] = true;
		n++;
	}
	if (n == 0)
		return cal_fail(b, b->line, "'weekend' needs the days off, e.g. "
				"'weekend sat sun'");
	if (n == 7)
		return cal_fail(b, b->line, "a weekend of seven days leaves no "
				"working day");
	b->weekend_line = b->line;
	return 0;
}

/* "moves YEARS": the years of the weekend-move rule (since 2002 in
   Kazakhstan, DESIGN.md §3); a holiday marked "moves" obeys it only then. */
static int cal_st_moves(struct cal_build *b, struct cal_cur *c)
{
	struct cal_word w, extra;

	if (b->moves_line)
		return cal_fail(b, b->line, "'moves' given twice (first on line %d)",
				b->moves_line);
	if (!cal_next(c, &w))
		return cal_fail(b, b->line, "'moves' needs the years of the "
				"weekend-move rule, e.g. 'moves 2002-'");
	if (cal_years_word(b, w, &b->moves) < 0)
		return -1;
	if (cal_next(c, &extra))
		return cal_fail(b, b->line, "unexpected '%.*s' after the years",
				(int)extra.n, extra.s);
	b->moves_line = b->line;
	return 0;
}

/*
 * "holiday MM-DD YEARS RULE NAME" or "holiday YYYY-MM-DD RULE NAME".  The
 * length of the first word tells the two forms apart: a full date is a
 * one-off holiday (a lunar date) and takes no years.
 */
static int cal_st_holiday(struct cal_build *b, struct cal_cur *c)
{
	struct cal_hol h;
	struct cal_word w, name;

	memset(&h, 0, sizeof h);
	if (!cal_next(c, &w))
		return cal_fail(b, b->line, "'holiday' needs a day: MM-DD or "
				"YYYY-MM-DD");
	if (w.n == 10) {
		if (cal_date_word(b, w, &h.once) < 0)
			return -1;
		h.is_once = true;
	} else {
		h.m = w.n == 5 && w.s[2] == '-' ? cal_digits(w.s, 2) : -1;
		h.d = w.n == 5 && w.s[2] == '-' ? cal_digits(w.s + 3, 2) : -1;
		/* 2000 is a leap year: 02-29 is a valid day of some years. */
		if (h.m < 1 || h.m > 12 || h.d < 1 ||
		    h.d > cal_month_days(2000, h.m))
			return cal_fail(b, b->line, "'%.*s' is not a valid day "
					"(MM-DD, or YYYY-MM-DD for one year)",
					(int)w.n, w.s);
		if (!cal_next(c, &w))
			return cal_fail(b, b->line, "the holiday needs its years "
					"after the day (e.g. all, 2006-)");
		if (cal_years_word(b, w, &h.years) < 0)
			return -1;
	}
	if (!cal_next(c, &w))
		return cal_fail(b, b->line, "the holiday needs 'moves' or "
				"'fixed', then its name");
	if (cal_is(w, "moves"))
		h.moves = true;
	else if (!cal_is(w, "fixed"))
		return cal_fail(b, b->line, "expected 'moves' or 'fixed', got "
				"'%.*s'", (int)w.n, w.s);
	name = cal_rest(c);
	if (name.n == 0)
		return cal_fail(b, b->line, "the holiday needs a name after "
				"'%s'", h.moves ? "moves" : "fixed");
	h.name = cal_sb_add(&b->sb, name.s, name.n);
	if (b->nhol == b->caphol) {
		b->caphol = b->caphol ? 2 * b->caphol : 32;
		b->hol = xrealloc(b->hol, b->caphol * sizeof *b->hol);
	}
	b->hol[b->nhol++] = h;
	return 0;
}

/* [Www] DATE, with the weekday checked when given: decrees and newspapers
   always name the weekday, and copying both is the cheapest guard against a
   mistyped day. */
static int cal_xfer_date(struct cal_build *b, struct cal_cur *c,
			 const char *what, int32_t *z)
{
	struct cal_word w;
	int wd;

	if (!cal_next(c, &w))
		return cal_fail(b, b->line, "the transfer needs the %s date", what);
	wd = cal_weekday_word(w);
	if (wd >= 0 && !cal_next(c, &w))
		return cal_fail(b, b->line, "the transfer needs the %s date "
				"after '%s'", what, cal_wd_short[wd]);
	if (cal_date_word(b, w, z) < 0)
		return -1;
	if (wd >= 0 && cal_weekday(*z) != wd)
		return cal_fail(b, b->line, "%.*s is a %s, not a %s", (int)w.n,
				w.s, cal_wd_long[cal_weekday(*z)], cal_wd_long[wd]);
	return 0;
}

/* "transfer [Www] FROM -> [Www] TO [ACT]", in the decree's own order: "the
   day off is moved from FROM to TO".  The days themselves are checked later,
   against the computed calendar (cal_apply_transfers). */
static int cal_st_transfer(struct cal_build *b, struct cal_cur *c)
{
	struct cal_xfer x;
	struct cal_word w, act;

	memset(&x, 0, sizeof x);
	x.line = b->line;
	if (cal_xfer_date(b, c, "first (the day off worked)", &x.from) < 0)
		return -1;
	if (!cal_next(c, &w) || !cal_is(w, "->"))
		return cal_fail(b, b->line, "expected '->' between the day off "
				"worked and the day taken off");
	if (cal_xfer_date(b, c, "second (the day taken off)", &x.to) < 0)
		return -1;
	if (x.from == x.to)
		return cal_fail(b, b->line, "a transfer needs two different days");
	act = cal_rest(c);
	x.act = act.n ? cal_sb_add(&b->sb, act.s, act.n) : 0;
	if (b->nxf == b->capxf) {
		b->capxf = b->capxf ? 2 * b->capxf : 32;
		b->xf = xrealloc(b->xf, b->capxf * sizeof *b->xf);
	}
	b->xf[b->nxf++] = x;
	return 0;
}

/* One line, comment and trailing blanks already cut off; a blank line is
   no statement. */
static int cal_statement(struct cal_build *b, struct cal_cur *c)
{
	struct cal_word w;

	if (!cal_next(c, &w))
		return 0;
	if (cal_is(w, "years"))
		return cal_st_years(b, c);
	if (cal_is(w, "weekend"))
		return cal_st_weekend(b, c);
	if (cal_is(w, "moves"))
		return cal_st_moves(b, c);
	if (cal_is(w, "holiday"))
		return cal_st_holiday(b, c);
	if (cal_is(w, "transfer"))
		return cal_st_transfer(b, c);
	if (cal_is(w, "provisional"))
		return cal_st_provisional(b, c);
	return cal_fail(b, b->line, "unknown statement '%.*s' (expected years, "
			"weekend, moves, holiday, transfer or provisional)", (int)w.n, w.s);
}

/*
 * Split the text into lines and read each; the first error stops.  Lines end
 * at LF, with an optional CR before it (a file edited on Windows), and the
 * last line needs no LF.  The required statements are checked at the end,
 * since they may come in any order.
 */
static int cal_read(struct cal_build *b, const char *text, size_t n)
{
	size_t i = 0;

	while (i < n) {
		const char *ls = text + i, *le;
		const char *nl = memchr(ls, '\n', n - i);
		const char *bad;
		struct cal_cur c;

		le = nl ? nl : text + n;
		i = (size_t)(le - text) + 1;
		b->line++;
		if (le > ls && le[-1] == '\r')
			le--;
		bad = cal_check_bytes((const unsigned char *)ls,
				      (size_t)(le - ls));
		if (bad)
			return cal_fail(b, b->line, "%s in the line", bad);
		/* A comment starts at a '#' that begins the line or a word. */
		for (const char *p = ls; p < le; p++)
			if (*p == '#' && (p == ls || cal_space(p[-1]))) {
				le = p;
				break;
			}
		while (le > ls && cal_space(le[-1]))
			le--;
		c.p = ls;
		c.end = le;
		if (cal_statement(b, &c) < 0)
			return -1;
	}
	if (b->line == 0)
		b->line = 1;
	if (!b->years_line)
		return cal_fail(b, b->line, "no 'years' line: say which years the "
				"file covers, e.g. 'years 2013 2026'");
	if (!b->weekend_line)
		return cal_fail(b, b->line, "no 'weekend' line: say which days "
				"are off every week, e.g. 'weekend sat sun'");
	if (!b->moves_line)
		return cal_fail(b, b->line, "no 'moves' line: say in which years "
				"holidays on a weekend move, e.g. 'moves 2002-'");
	if (b->prov_line) {
		if (b->prov_last == CAL_YEAR_MAX) /* "2027-": to the last year */
			b->prov_last = b->range.hi;
		if (b->prov_first < b->range.lo || b->prov_last != b->range.hi)
			return cal_fail(b, b->prov_line, "the provisional years must "
					"be the last of the years %d-%d, up to %d",
					b->range.lo, b->range.hi, b->range.hi);
	}
	return 0;
}

/* ---- computing the days ------------------------------------------------ */

/* The days being computed: a window a little wider than the covered years,
   so that a holiday of the year before can move into the first year. */
struct cal_days {
	int32_t z0, z1;  /* the window, inclusive */
	uint8_t *kind;   /* per day of the window */
	bool *moves;     /* per day: a holiday there obeys the move rule */
	size_t *why;     /* per day: offset of the reason, 0 for none */
};

/* Whether year y is in the inclusive range ys. */
static bool cal_in_years(const struct cal_years *ys, int y)
{
	return y >= ys->lo && y <= ys->hi;
}

/* Mark one holiday on day z (when it is in the window). */
static void cal_mark_holiday(struct cal_build *b, struct cal_days *t,
			     int32_t z, const struct cal_hol *h)
{
	size_t i;

	if (z < t->z0 || z > t->z1)
		return;
	i = (size_t)(z - t->z0);
	if (t->kind[i] == CD_HOLIDAY) {
		/* Two holidays on one day: name both; one that moves wins. */
		t->why[i] = cal_sb_printf(&b->sb, "%s; %s", b->sb.s + t->why[i],
					  b->sb.s + h->name);
		t->moves[i] = t->moves[i] || h->moves;
		return;
	}
	t->kind[i] = CD_HOLIDAY;
	t->moves[i] = h->moves;
	t->why[i] = h->name;
}

/*
 * The weekend-move rule, in date order so that a run of holidays moves in
 * order: Nauryz on Sat 21 and Sun 22 with Mon 23 a holiday gives Tue 24 to
 * the 21st and Wed 25 to the 22nd, because each moved day is taken before
 * the next search.
 */
static void cal_apply_moves(struct cal_build *b, struct cal_days *t)
{
	size_t n = (size_t)(t->z1 - t->z0) + 1;

	for (size_t i = 0; i < n; i++) {
		int32_t z = t->z0 + (int32_t)i;
		int y, m, d;
		size_t k;
		char date[32];

		if (t->kind[i] != CD_HOLIDAY || !t->moves[i] ||
		    !b->weekend[cal_weekday(z)])
			continue;
		cal_civil_from_days(z, &y, &m, &d);
		if (!cal_in_years(&b->moves, y))
			continue;
		for (k = i + 1; k < n; k++)
			if (t->kind[k] == CD_WORKING)
				break;
		if (k == n)
			continue; /* beyond the window: outside the years anyway */
		cal_format_date(date, sizeof date, z);
		t->kind[k] = CD_MOVED_OFF;
		t->why[k] = cal_sb_printf(&b->sb, "day off for %s on %s",
					  b->sb.s + t->why[i], date);
	}
}

/* The line of the transfer that already used day z, for messages. */
static int cal_xfer_line(const struct cal_build *b, int32_t z, size_t upto)
{
	for (size_t i = 0; i < upto; i++)
		if (b->xf[i].from == z || b->xf[i].to == z)
			return b->xf[i].line;
	return 0;
}

/* What day z of the window is, for an error message. */
static void cal_describe(const struct cal_build *b, const struct cal_days *t,
			 int32_t z, size_t upto, char *buf, size_t n)
{
	size_t i = (size_t)(z - t->z0);
	enum cal_day_kind k = t->kind[i];

	if (k == CD_TRANSFER_OFF || k == CD_TRANSFER_WORK)
		snprintf(buf, n, "%s by the transfer on line %d",
			 k == CD_TRANSFER_OFF ? "already a day off" :
			 "already a working day", cal_xfer_line(b, z, upto));
	else if (k == CD_HOLIDAY)
		snprintf(buf, n, "a holiday (%s)", b->sb.s + t->why[i]);
	else if (k == CD_MOVED_OFF)
		snprintf(buf, n, "already a day off (%s)", b->sb.s + t->why[i]);
	else if (k == CD_WEEKEND)
		snprintf(buf, n, "already a day off (weekend)");
	else
		snprintf(buf, n, "already a working day");
}

/*
 * The transfer orders, after the move rule: an order names the real days
 * off of its year, moved ones included (2020: the day off of Victory Day,
 * moved to Mon 11 May, was moved again to Fri 8 May).  Each order is checked
 * against the days as computed so far, so that a mistyped date — a working
 * day "worked", a holiday "taken off", a day used twice — is an error at
 * its line.  A day outside the window is not checked: it is not kept.
 */
static int cal_apply_transfers(struct cal_build *b, struct cal_days *t)
{
	for (size_t j = 0; j < b->nxf; j++) {
		const struct cal_xfer *x = &b->xf[j];
		bool from_in = x->from >= t->z0 && x->from <= t->z1;
		bool to_in = x->to >= t->z0 && x->to <= t->z1;
		char fd[32], td[32], what[320], act[320] = "";

		cal_format_date(fd, sizeof fd, x->from);
		cal_format_date(td, sizeof td, x->to);
		if (from_in) {
			uint8_t k = t->kind[x->from - t->z0];

			if (k != CD_WEEKEND && k != CD_MOVED_OFF) {
				cal_describe(b, t, x->from, j, what, sizeof what);
				return cal_fail(b, x->line, "the transfer works %s, "
						"which is %s", fd, what);
			}
		}
		if (to_in && t->kind[x->to - t->z0] != CD_WORKING) {
			cal_describe(b, t, x->to, j, what, sizeof what);
			return cal_fail(b, x->line, "the transfer takes %s off, "
					"which is %s", td, what);
		}
		if (x->act)
			snprintf(act, sizeof act, " (%s)", b->sb.s + x->act);
		if (from_in) {
			t->kind[x->from - t->z0] = CD_TRANSFER_WORK;
			t->why[x->from - t->z0] = cal_sb_printf(&b->sb,
				"worked by transfer order, its day off moved to "
				"%s%s", td, act);
		}
		if (to_in) {
			t->kind[x->to - t->z0] = CD_TRANSFER_OFF;
			t->why[x->to - t->z0] = cal_sb_printf(&b->sb,
				"day off by transfer order, moved from %s%s", fd,
				act);
		}
	}
	return 0;
}

/*
 * Compute every day of the window and hand the covered years to c.  The
 * order is the law's: the weekly rest days, then the holidays of every year
 * (so that the move rule sees all of them, whatever order the file lists
 * them in), then the moves, then the transfer orders that build on both.
 */
static int cal_compute(struct cal_build *b, struct calendar *c)
{
	struct cal_days t;
	size_t n, nc, off;
	int32_t first = cal_days_from_civil(b->range.lo, 1, 1);
	int32_t last = cal_days_from_civil(b->range.hi, 12, 31);
	int rc;

	/* From a year before (moves into the first year) to a month after
	   (moves out of the last year, dropped below). */
	t.z0 = cal_days_from_civil(b->range.lo - 1, 1, 1);
	t.z1 = cal_days_from_civil(b->range.hi + 1, 1, 31);
	n = (size_t)(t.z1 - t.z0) + 1;
	t.kind = xmalloc(n);
	t.moves = xcalloc(n, sizeof *t.moves);
	t.why = xcalloc(n, sizeof *t.why);
	for (size_t i = 0; i < n; i++)
		t.kind[i] = b->weekend[cal_weekday(t.z0 + (int32_t)i)] ?
			    CD_WEEKEND : CD_WORKING;
	for (size_t h = 0; h < b->nhol; h++) {
		const struct cal_hol *hol = &b->hol[h];

		if (hol->is_once) {
			cal_mark_holiday(b, &t, hol->once, hol);
			continue;
		}
		for (int y = b->range.lo - 1; y <= b->range.hi; y++)
			if (cal_in_years(&hol->years, y) &&
			    hol->d <= cal_month_days(y, hol->m))
				cal_mark_holiday(b, &t, cal_days_from_civil(
					y, hol->m, hol->d), hol);
	}
	cal_apply_moves(b, &t);
	rc = cal_apply_transfers(b, &t);
	if (rc == 0) {
		nc = (size_t)(last - first) + 1;
		off = (size_t)(first - t.z0);
		c->first = first;
		c->last = last;
		c->settled = b->prov_line ? cal_days_from_civil(b->prov_first, 1, 1) - 1
					  : last;
		c->kind = xmalloc(nc);
		memcpy(c->kind, t.kind + off, nc);
		/* The string buffer is final now: turn offsets into pointers. */
		c->strings = b->sb.s;
		b->sb.s = NULL;
		c->why = xcalloc(nc, sizeof *c->why);
		for (size_t i = 0; i < nc; i++)
			c->why[i] = t.why[off + i] ? c->strings + t.why[off + i] :
				    NULL;
	}
	free(t.kind);
	free(t.moves);
	free(t.why);
	return rc;
}

/* ---- the interface ------------------------------------------------------ */

/* The two passes (cal_read, cal_compute); whatever fails, everything the
   parse allocated is freed and *c is left empty. */
int cal_parse(struct calendar *c, const char *text, size_t n, const char *name,
	      char *err, size_t errn)
{
	struct cal_build b;
	int rc;

	memset(c, 0, sizeof *c);
	memset(&b, 0, sizeof b);
	b.err = err;
	b.errn = errn;
	if (errn)
		err[0] = '\0';
	cal_sb_add(&b.sb, "", 0); /* offset 0: no string */
	rc = cal_read(&b, text, n);
	if (rc == 0)
		rc = cal_compute(&b, c);
	free(b.hol);
	free(b.xf);
	free(b.sb.s);
	if (rc < 0) {
		cal_free(c);
		return -1;
	}
	c->name = xstrdup(name ? name : "calendar");
	return 0;
}

/* No days at all: first > last puts every day "outside the range", where
   cal_day answers with the ordinary week. */
void cal_ordinary(struct calendar *c)
{
	memset(c, 0, sizeof *c);
	c->name = xstrdup("ordinary week");
	c->first = 0;
	c->last = -1;
	c->settled = -1;
	c->ordinary = true;
}

/* Leaves *c empty (an empty range), so that a second cal_free, or a lookup
   by mistake, is harmless. */
void cal_free(struct calendar *c)
{
	if (c->cache_free)
		c->cache_free(c->cache);
	free(c->name);
	free(c->kind);
	free(c->why);
	free(c->strings);
	memset(c, 0, sizeof *c);
	c->last = -1;
	c->settled = -1;
}

/* O(1): one index into the day array; outside it Monday to Friday work. */
enum cal_day_kind cal_day(const struct calendar *c, int32_t z, const char **why)
{
	if (why)
		*why = NULL;
	if (c->ordinary || !c->kind || z < c->first || z > c->last)
		return cal_weekday(z) >= 5 ? CD_WEEKEND : CD_WORKING;
	if (why)
		*why = c->why[z - c->first];
	return (enum cal_day_kind)c->kind[z - c->first];
}

/* A day worked by a transfer order is a working day like any other. */
bool cal_is_working(const struct calendar *c, int32_t z)
{
	enum cal_day_kind k = cal_day(c, z, NULL);

	return k == CD_WORKING || k == CD_TRANSFER_WORK;
}
