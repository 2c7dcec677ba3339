/*
 * time_cal.c — working time on a calendar, for the timing checker (see
 * time.h, time_int.h and docs/timing.md §2, §3 and §5).
 *
 * Contract: a struct sim answers, for one calendar and one regulation's
 * working hours, which days are working, what instant m working minutes
 * after t is, the acceptance moment of an instant and the due moment of
 * a term; past the days it indexes it counts Monday to Friday, as the
 * calendar does outside its years.  The tables kept with a calendar
 * (tcache_of) index the real calendar and the ordinary week once per
 * calendar, and bound the spans of working days for quick_bound.
 * time_format* write moments for people.  Nothing here knows routes.
 */
#include "time_int.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "calendar.h"

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


int64_t sim_normalize(const struct sim *s, int64_t t)
{
	int32_t d = day_of(t);
	int64_t m = t - (int64_t)d * DAY;
	if (!sim_working(s, d) || m >= s->wh.end)
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

/*
 * k calendar months after t (docs/timing.md §2): the close of the
 * corresponding date of t's day — or of the last day of the month that
 * has no such date — whatever that day is.  Non-decreasing in t, as the
 * simulation needs; the same clock time would not be (30 January 18:00
 * and 31 January 09:00 both reach 28 February).
 */
int64_t sim_add_months(const struct sim *s, int64_t t, int64_t k)
{
	if (k <= 0 || t == T_NEVER)
		return t;
	if (t >= T_CAP || k > CAL_MONTHS_MAX)
		return T_CAP;
	int32_t d = day_of(t);
	if (d > INT32_MAX / 4)
		return T_CAP;
	int32_t nd = cal_add_months(d, k, NULL);
	return (int64_t)nd * DAY + s->wh.end;
}

int64_t sim_add_qty(const struct sim *s, int64_t t, struct qty q)
{
	t = sim_add_months(s, t, q.mon);
	t = sat_add(t, q.cd > T_CAP / DAY ? T_CAP : q.cd * DAY);
	int64_t m = q.wd > T_CAP / (s->wh.len + 1) ? T_CAP : q.wd * s->wh.len;
	return sim_add_work(s, t, sat_add(m, q.min));
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
	if (sim_working(s, d) && m <= s->wh.end) {
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


/*
 * The due moment of a term for acceptance at a (docs/timing.md §5): a
 * term in calendar days ends at the close of its last day (day d + N, or
 * d + N - 1 counting the day of acceptance), moved to the next working
 * day unless closing is exact, and at the day's end when that day is not
 * working; a term in months counts its months from d first (the
 * corresponding date, or the last day of the month that has none), then
 * its days, the same way; a term with working days counts its working time from the
 * opening of the first counted day (the next working day, or the day of
 * acceptance itself); a term in minutes and hours runs from a.
 */
int64_t sim_due(const struct sim *s, const struct m_reg *reg, int64_t a, struct qty term)
{
	int32_t d = day_of(a);
	if (term.cd > 0 || term.mon > 0) {
		if (term.mon > CAL_MONTHS_MAX || d > INT32_MAX / 4)
			return T_CAP;
		int64_t from = term.mon > 0 ? cal_add_months(d, term.mon, NULL) : d;
		int64_t last = from + term.cd - (reg->count_same_day ? 1 : 0);
		if (last > INT32_MAX / 2)
			return T_CAP;
		int32_t l = (int32_t)last;
		if (!reg->close_exact && !sim_working(s, l))
			l = nth_working_after(s, l, 1);
		if (sim_working(s, l))
			return sim_close(s, l);
		return (int64_t)(l + 1) * DAY;
	}
	int64_t m = sim_work_of(s, term);
	if (term.wd > 0) {
		int32_t first = reg->count_same_day && sim_working(s, d) ? d : nth_working_after(s, d, 1);
		return sim_add_work(s, (int64_t)first * DAY + s->wh.start, m);
	}
	return sim_add_work(s, a, m);
}

/* ---- tables kept with a calendar ------------------------------------------------- */

/* struct tcache, SPAN_K and WD_C: time_int.h. */

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

struct tcache *tcache_of(const struct calendar *cal)
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
void sim_view(struct sim *s, const struct sim *index, const struct m_reg *reg)
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
int32_t tcache_span_fill(struct tcache *tc, int32_t k, bool most)
{
	int32_t *memo = most ? tc->span : tc->minspan;
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
int64_t tcache_wdmax_fill(struct tcache *tc, int64_t c)
{
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

/* Working days of the ordinary week in [monday, d), d >= monday. */
int64_t sim_ord_rank(int32_t monday, int32_t d)
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
