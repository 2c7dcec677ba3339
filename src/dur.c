/*
 * dur.c — exact arithmetic and printing of quantities and durations.
 *
 * Contract: every operation is integer-only and total.  Fields are meant to
 * stay within [-DUR_MAX, DUR_MAX]; a result beyond that saturates and the
 * function says so by returning false.  A field handed in beyond the bound
 * (which only a caller bug produces) is read as the bound, so that no
 * intermediate step can overflow int64.  A working-day length of zero or
 * less means the default of 480 minutes (8 h).  The printers behave like
 * snprintf: they never write more than n bytes, always terminate when n > 0,
 * and return the length the whole text needs.
 */
#include "dur.h"

#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

/* The working day's length when the caller passes none (DESIGN.md §3). */
static const int64_t dur_default_workday = 480;

/* Text being printed into a caller's buffer, snprintf-style. */
struct dur_out {
	char *buf;  /* destination, may be NULL when n == 0 */
	size_t n;   /* capacity of buf in bytes */
	size_t len; /* bytes the full text needs so far */
};

/* One printed "N unit" part of a quantity. */
struct dur_part {
	int64_t v;        /* the number */
	const char *unit; /* "mo", "wk", "cd", "wd", "h" or "min" */
};

static int64_t dur_clamp(int64_t v)
{
	if (v > DUR_MAX)
		return DUR_MAX;
	if (v < -DUR_MAX)
		return -DUR_MAX;
	return v;
}

static int64_t dur_workday(int64_t workday_min)
{
	return workday_min > 0 ? workday_min : dur_default_workday;
}

enum qty_kind qty_kind(struct qty q)
{
	bool cal = q.cd != 0 || q.mon != 0;
	bool work = q.wd != 0 || q.min != 0;

	if (cal && work)
		return QK_MIXED;
	if (cal)
		return QK_CALENDAR;
	if (work)
		return QK_WORK;
	return QK_ZERO;
}

bool qty_is_zero(struct qty q)
{
	return q.cd == 0 && q.wd == 0 && q.min == 0 && q.mon == 0;
}

/*
 * Add one field.  The operands are clamped first, so their sum fits int64
 * and only the DUR_MAX bound has to be checked afterwards.
 */
static bool dur_add_field(int64_t *a, int64_t b)
{
	int64_t s = dur_clamp(*a) + dur_clamp(b);

	*a = dur_clamp(s);
	return s == *a;
}

bool qty_add(struct qty *q, struct qty r)
{
	bool ok = true;

	if (!q)
		return false;
	ok &= dur_add_field(&q->cd, r.cd);
	ok &= dur_add_field(&q->wd, r.wd);
	ok &= dur_add_field(&q->min, r.min);
	ok &= dur_add_field(&q->mon, r.mon);
	return ok;
}

/*
 * Hours are stored as minutes and weeks as days, so their counts must stay
 * below DUR_MAX/60 and DUR_MAX/7; a count out of range still yields the
 * saturated quantity, so that a caller who ignores the result gets the
 * bound and not garbage.
 */
bool qty_of(int64_t n, enum unit u, struct qty *out)
{
	struct qty q = { 0, 0, 0, 0 };
	bool ok = n >= -DUR_MAX && n <= DUR_MAX;
	int64_t v = dur_clamp(n);

	switch (u) {
	case UNIT_MIN:
		q.min = v;
		break;
	case UNIT_HOUR:
		if (v > DUR_MAX / 60 || v < -(DUR_MAX / 60)) {
			ok = false;
			q.min = v > 0 ? DUR_MAX : -DUR_MAX;
		} else {
			q.min = v * 60;
		}
		break;
	case UNIT_WD:
		q.wd = v;
		break;
	case UNIT_CD:
		q.cd = v;
		break;
	case UNIT_WEEK:
		if (v > DUR_MAX / 7 || v < -(DUR_MAX / 7)) {
			ok = false;
			q.cd = v > 0 ? DUR_MAX : -DUR_MAX;
		} else {
			q.cd = v * 7;
		}
		break;
	case UNIT_MONTH:
		q.mon = v;
		break;
	default:
		ok = false;
		break;
	}
	if (out)
		*out = q;
	return ok;
}

/*
 * wd * workday + min, saturating at the int64 range: a caller may pass any
 * working-day length, and a silent wrap-around would flip comparisons.
 */
int64_t qty_work_minutes(struct qty q, int64_t workday_min)
{
	int64_t w = dur_workday(workday_min);
	int64_t wd = dur_clamp(q.wd);
	int64_t min = dur_clamp(q.min);

	if (wd > 0 && wd > (INT64_MAX - DUR_MAX) / w)
		return INT64_MAX;
	if (wd < 0 && wd < (INT64_MIN + DUR_MAX) / w)
		return INT64_MIN;
	return wd * w + min;
}

static int dur_sign(int64_t v)
{
	return (v > 0) - (v < 0);
}

/*
 * The sign of dw * w + dm without forming the product, which may not fit
 * int64 for a large working day.  With |dm| = k*w + r (0 <= r < w) the
 * product term wins exactly when |dw| > k, or |dw| == k and r == 0 ties.
 */
static int dur_cmp_work(int64_t dw, int64_t dm, int64_t w)
{
	int64_t adw, adm, k, r;

	if (dw == 0 || dur_sign(dw) == dur_sign(dm))
		return dw != 0 ? dur_sign(dw) : dur_sign(dm);
	adw = dw < 0 ? -dw : dw;
	adm = dm < 0 ? -dm : dm;
	k = adm / w;
	r = adm % w;
	if (adw > k)
		return dur_sign(dw);
	if (adw < k || r > 0)
		return dur_sign(dm);
	return 0;
}

/*
 * The sign of dm months + dc days when it is the same for every month
 * length of 28 to 31 days: n months span between 28n and 31n days whatever
 * the start (the corresponding date of the last month, or its last day;
 * docs/timing.md §2), so the extremes decide.  *ok false when they differ.
 */
static int dur_cmp_cal(int64_t dm, int64_t dc, bool *ok)
{
	int64_t lo, hi;

	if (dm == 0)
		return dur_sign(dc);
	/* |dm|, |dc| <= 2 DUR_MAX: 31 * 2e12 + 2e12 fits int64. */
	lo = dm * (dm > 0 ? DUR_MONTH_MIN_DAYS : DUR_MONTH_MAX_DAYS) + dc;
	hi = dm * (dm > 0 ? DUR_MONTH_MAX_DAYS : DUR_MONTH_MIN_DAYS) + dc;
	if (dur_sign(lo) != dur_sign(hi) || lo == 0 || hi == 0) {
		*ok = false;
		return 0;
	}
	return dur_sign(lo);
}

int qty_cmp(struct qty a, struct qty b, int64_t workday_min, bool *comparable)
{
	enum qty_kind ka = qty_kind(a), kb = qty_kind(b);
	bool ok = true;
	int res = 0;

	if (ka == QK_MIXED || kb == QK_MIXED ||
	    (ka == QK_CALENDAR && kb == QK_WORK) ||
	    (ka == QK_WORK && kb == QK_CALENDAR)) {
		ok = false;
	} else if (ka == QK_CALENDAR || kb == QK_CALENDAR) {
		res = dur_cmp_cal(dur_clamp(a.mon) - dur_clamp(b.mon),
				  dur_clamp(a.cd) - dur_clamp(b.cd), &ok);
	} else {
		res = dur_cmp_work(dur_clamp(a.wd) - dur_clamp(b.wd),
				   dur_clamp(a.min) - dur_clamp(b.min),
				   dur_workday(workday_min));
	}
	if (comparable)
		*comparable = ok;
	return res;
}

static void dur_put(struct dur_out *o, const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 2, 3)))
#endif
	;

/* Append formatted text; keeps counting once the buffer is full. */
static void dur_put(struct dur_out *o, const char *fmt, ...)
{
	char *dst = NULL;
	size_t room = 0;
	va_list ap;
	int k;

	if (o->buf && o->len < o->n) {
		dst = o->buf + o->len;
		room = o->n - o->len;
	}
	va_start(ap, fmt);
	k = vsnprintf(dst, room, fmt, ap);
	va_end(ap);
	if (k > 0)
		o->len += (size_t)k;
}

static int dur_out_result(const struct dur_out *o)
{
	if (o->buf && o->n > 0 && o->len < o->n)
		o->buf[o->len] = '\0';
	return o->len > (size_t)INT_MAX ? INT_MAX : (int)o->len;
}

static const char *dur_unit_name(enum unit u)
{
	switch (u) {
	case UNIT_HOUR:
		return "h";
	case UNIT_WD:
		return "wd";
	case UNIT_CD:
		return "cd";
	case UNIT_WEEK:
		return "wk";
	case UNIT_MONTH:
		return "mo";
	case UNIT_MIN:
	default:
		return "min";
	}
}

static int dur_part_add(struct dur_part *p, int k, int64_t v, const char *unit)
{
	p[k].v = v;
	p[k].unit = unit;
	return k + 1;
}

/*
 * Split q into the parts it prints as.  Minutes fold into hours only when
 * the author wrote hours (u == UNIT_HOUR), and days into weeks only when
 * the author wrote weeks (u == UNIT_WEEK): the law writes "75 minutes", and
 * reglc echoes each author's unit back.  Zero prints as "0 <u>" so that a
 * lower bound of zero can share the upper bound's unit ("0..8 cd").
 */
static int dur_parts(struct qty q, enum unit u, struct dur_part p[6])
{
	int k = 0;

	if (qty_is_zero(q)) {
		p[0].v = 0;
		p[0].unit = dur_unit_name(u);
		return 1;
	}
	if (q.mon != 0)
		k = dur_part_add(p, k, q.mon, "mo");
	if (u == UNIT_WEEK && q.cd >= 7) {
		k = dur_part_add(p, k, q.cd / 7, "wk");
		if (q.cd % 7 != 0)
			k = dur_part_add(p, k, q.cd % 7, "cd");
	} else if (q.cd != 0) {
		k = dur_part_add(p, k, q.cd, "cd");
	}
	if (q.wd != 0)
		k = dur_part_add(p, k, q.wd, "wd");
	if (u == UNIT_HOUR && q.min >= 60) {
		k = dur_part_add(p, k, q.min / 60, "h");
		if (q.min % 60 != 0)
			k = dur_part_add(p, k, q.min % 60, "min");
	} else if (q.min != 0) {
		k = dur_part_add(p, k, q.min, "min");
	}
	return k;
}

/* Whether a printed part is of calendar time (mo, wk, cd). */
static bool dur_part_cal(const struct dur_part *p)
{
	return strcmp(p->unit, "cd") == 0 || strcmp(p->unit, "wk") == 0 ||
	       strcmp(p->unit, "mo") == 0;
}

/* Print parts; calendar and working time are joined by " + ". */
static void dur_put_parts(struct dur_out *o, const struct dur_part *p, int k)
{
	int i;

	for (i = 0; i < k; i++) {
		bool after_cd = i > 0 && dur_part_cal(&p[i - 1]) && !dur_part_cal(&p[i]);

		if (i > 0)
			dur_put(o, "%s", after_cd ? " + " : " ");
		dur_put(o, "%lld %s", (long long)p[i].v, p[i].unit);
	}
}

static void dur_put_qty(struct dur_out *o, struct qty q, enum unit u)
{
	struct dur_part p[6];

	dur_put_parts(o, p, dur_parts(q, u, p));
}

int qty_format(char *buf, size_t n, struct qty q)
{
	struct dur_out o = { buf, n, 0 };

	dur_put_qty(&o, q, UNIT_MIN);
	return dur_out_result(&o);
}

/*
 * The range prints compactly ("90..180 cd") only when each end is one
 * number of one and the same unit; otherwise both ends print in full
 * ("1 h .. 2 h 30 min"), which the language also accepts.
 */
static void dur_put_range(struct dur_out *o, const struct dur *d)
{
	struct dur_part lo[6], hi[6];
	int nlo = dur_parts(d->lo, d->unit, lo);
	int nhi = dur_parts(d->hi, d->unit, hi);

	if (nlo == 1 && nhi == 1 && lo[0].unit == hi[0].unit) {
		dur_put(o, "%lld..%lld %s", (long long)lo[0].v,
			(long long)hi[0].v, hi[0].unit);
		return;
	}
	dur_put_parts(o, lo, nlo);
	dur_put(o, "%s", " .. ");
	dur_put_parts(o, hi, nhi);
}

int dur_format(char *buf, size_t n, const struct dur *d)
{
	struct dur_out o = { buf, n, 0 };

	if (!d) {
		dur_put(&o, "%s", "none");
		return dur_out_result(&o);
	}
	switch (d->form) {
	case DF_EXACT:
		dur_put_qty(&o, d->hi, d->unit);
		break;
	case DF_NOT_MORE:
		dur_put(&o, "%s", "<= ");
		dur_put_qty(&o, d->hi, d->unit);
		break;
	case DF_WITHIN:
		dur_put(&o, "%s", "within ");
		dur_put_qty(&o, d->hi, d->unit);
		break;
	case DF_RANGE:
		dur_put_range(&o, d);
		break;
	case DF_AUTOMATIC:
		dur_put(&o, "%s", "automatic");
		break;
	case DF_NONE:
	default:
		dur_put(&o, "%s", "none");
		break;
	}
	return dur_out_result(&o);
}

/*
 * Equal bounds under qty_cmp; mixed quantities, which qty_cmp cannot order,
 * are equal only field by field.
 */
static bool dur_same_qty(struct qty a, struct qty b, int64_t workday_min)
{
	bool comparable;
	int c = qty_cmp(a, b, workday_min, &comparable);

	if (!comparable)
		return a.cd == b.cd && a.wd == b.wd && a.min == b.min && a.mon == b.mon;
	return c == 0;
}

bool dur_same_interval(const struct dur *a, const struct dur *b,
		       int64_t workday_min)
{
	if (!a || !b)
		return false;
	return dur_same_qty(a->lo, b->lo, workday_min) &&
	       dur_same_qty(a->hi, b->hi, workday_min);
}
