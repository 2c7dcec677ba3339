/*
 * test_time.c — the simulation calendar, due moments, and a property test
 * of the timing analysis on random routes.
 *
 * Every expected moment here was counted by hand on a printed calendar of
 * the year (the holidays and transfers are those of data/kz.cal).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "arena.h"
#include "calendar.h"
#include "diag.h"
#include "session.h"
#include "model.h"
#include "parse.h"
#include "source.h"
#include "time.h"

/* A minimal regulation: default hours and conventions. */
static struct m_reg default_reg(void)
{
	struct m_reg r;
	memset(&r, 0, sizeof r);
	r.workday_min = 480;
	r.work_start = 540;
	r.work_end = 1080;
	r.break_start = 780;
	r.break_end = 840;
	return r;
}

static int64_t at(int y, int mo, int d, int h, int mi)
{
	return (int64_t)cal_days_from_civil(y, mo, d) * 1440 + h * 60 + mi;
}

static void assert_instant(int64_t got, int64_t want)
{
	if (got != want) {
		char a[48], b[48];
		time_format(a, sizeof a, got);
		time_format(b, sizeof b, want);
		fail_msg("got %s, want %s", a, b);
	}
}

struct fixture {
	struct calendar real, ord;
	struct m_reg reg;
	struct sim s, so;
};

static int setup(void **state)
{
	struct fixture *f = xcalloc(1, sizeof *f);
	char err[128];
	if (cal_builtin(&f->real, err, sizeof err) != 0)
		return -1;
	cal_ordinary(&f->ord);
	f->reg = default_reg();
	sim_init(&f->s, &f->real, &f->reg, cal_days_from_civil(2013, 1, 1),
		 cal_days_from_civil(2027, 12, 31));
	sim_init(&f->so, &f->ord, &f->reg, cal_days_from_civil(2001, 1, 1),
		 cal_days_from_civil(2002, 12, 31));
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *f = *state;
	sim_free(&f->s);
	sim_free(&f->so);
	cal_free(&f->real);
	cal_free(&f->ord);
	free(f);
	return 0;
}

/* A 1 wd step (480 working minutes) from three starting moments. */
static void test_one_wd(void **state)
{
	struct fixture *f = *state;
	/* Mon 2001-01-08: before hours, starts at 09:00, ends at 18:00. */
	assert_instant(sim_add_work(&f->so, at(2001, 1, 8, 8, 0), 480), at(2001, 1, 8, 18, 0));
	/* 13:30 is in the break: from 14:00, 4 h today, 4 h tomorrow to 13:00. */
	assert_instant(sim_add_work(&f->so, at(2001, 1, 8, 13, 30), 480), at(2001, 1, 9, 13, 0));
	/* 17:59: one minute today, 479 tomorrow: 17:59. */
	assert_instant(sim_add_work(&f->so, at(2001, 1, 8, 17, 59), 480), at(2001, 1, 9, 17, 59));
	/* Friday 17:59 goes over the weekend to Monday. */
	assert_instant(sim_add_work(&f->so, at(2001, 1, 12, 17, 59), 480), at(2001, 1, 15, 17, 59));
	/* Across the break: 12:50 + 15 min = 14:05. */
	assert_instant(sim_add_work(&f->so, at(2001, 1, 8, 12, 50), 15), at(2001, 1, 8, 14, 5));
	/* Ending exactly at the break. */
	assert_instant(sim_add_work(&f->so, at(2001, 1, 8, 12, 0), 60), at(2001, 1, 8, 13, 0));
	/* Zero minutes: nothing moves, even outside hours. */
	assert_instant(sim_add_work(&f->so, at(2001, 1, 8, 20, 0), 0), at(2001, 1, 8, 20, 0));
	/* Ten working days: two weeks. */
	assert_instant(sim_add_work(&f->so, at(2001, 1, 8, 9, 0), 4800), at(2001, 1, 19, 18, 0));
}

/*
 * Months on the calendar (docs/timing.md §2): a step of k months ends at
 * the close of the corresponding date, or of the last day of a month that
 * has none, whatever the day; a term in months is due like a term in days
 * whose last day is that date (§5).
 */
static void test_months(void **state)
{
	struct fixture *f = *state;
	/* 15 January 09:30 + 1 month: the close of 15 February. */
	assert_instant(sim_add_months(&f->so, at(2001, 1, 15, 9, 30), 1), at(2001, 2, 15, 18, 0));
	/* 31 January: the last day of February, in a common and a leap year. */
	assert_instant(sim_add_months(&f->so, at(2001, 1, 31, 18, 0), 1), at(2001, 2, 28, 18, 0));
	assert_instant(sim_add_months(&f->s, at(2016, 1, 31, 10, 0), 1), at(2016, 2, 29, 18, 0));
	/* Two months at once from 31 January: 31 March; one and one: 28 March. */
	assert_instant(sim_add_months(&f->so, at(2001, 1, 31, 12, 0), 2), at(2001, 3, 31, 18, 0));
	assert_instant(sim_add_months(&f->so, sim_add_months(&f->so, at(2001, 1, 31, 12, 0), 1), 1),
		       at(2001, 3, 28, 18, 0));
	/* Across a year; 29 February + 12 months: 28 February. */
	assert_instant(sim_add_months(&f->s, at(2014, 11, 30, 9, 0), 3), at(2015, 2, 28, 18, 0));
	assert_instant(sim_add_months(&f->s, at(2016, 2, 29, 9, 0), 12), at(2017, 2, 28, 18, 0));
	/* Never earlier for a later start: 30 January 18:00 and 31 January 09:00. */
	assert_true(sim_add_months(&f->so, at(2001, 1, 30, 18, 0), 1) <=
		    sim_add_months(&f->so, at(2001, 1, 31, 9, 0), 1));
	/* Zero months: nothing moves. */
	assert_instant(sim_add_months(&f->so, at(2001, 1, 8, 20, 0), 0), at(2001, 1, 8, 20, 0));
	/* A quantity: the months first, then the days. */
	struct qty mo1cd3 = { 3, 0, 0, 1 };
	assert_instant(sim_add_qty(&f->so, at(2001, 1, 31, 10, 0), mo1cd3), at(2001, 3, 3, 18, 0));
	/* Terms.  Accepted Fri 2014-01-31: one month is Fri 28 February. */
	struct qty mo1 = { 0, 0, 0, 1 };
	assert_instant(sim_due(&f->s, &f->reg, at(2014, 1, 31, 10, 0), mo1), at(2014, 2, 28, 18, 0));
	/* Accepted Fri 2014-02-07: Fri 7 March, a working day (Women's Day
	 * is the Saturday after). */
	assert_instant(sim_due(&f->s, &f->reg, at(2014, 2, 7, 10, 0), mo1), at(2014, 3, 7, 18, 0));
	/* Accepted Mon 2014-05-12: due Thu 12 June. */
	assert_instant(sim_due(&f->s, &f->reg, at(2014, 5, 12, 9, 0), mo1), at(2014, 6, 12, 18, 0));
	/* Accepted Thu 2014-06-05: 5 July is a Saturday, 6 July Capital Day,
	 * Mon 7 its moved day off: due Tue 8 July. */
	assert_instant(sim_due(&f->s, &f->reg, at(2014, 6, 5, 10, 0), mo1), at(2014, 7, 8, 18, 0));
	/* Counting the day of acceptance: one day earlier (Fri 4 July). */
	f->reg.count_same_day = true;
	assert_instant(sim_due(&f->s, &f->reg, at(2014, 6, 5, 10, 0), mo1), at(2014, 7, 4, 18, 0));
	f->reg.count_same_day = false;
	/* 1 month 3 days from 31 January 2014: 28 February + 3 = 3 March. */
	assert_instant(sim_due(&f->s, &f->reg, at(2014, 1, 31, 10, 0), mo1cd3), at(2014, 3, 3, 18, 0));
}

/* Friday 2015-03-20 17:55, the Friday before Nauryz: Mon 23 is Nauryz,
 * Tue 24 and Wed 25 are the days off moved from Sat 21 and Sun 22. */
static void test_friday_before_nauryz(void **state)
{
	struct fixture *f = *state;
	assert_instant(sim_add_work(&f->s, at(2015, 3, 20, 17, 55), 480), at(2015, 3, 26, 17, 55));
	/* Fifteen minutes: five on Friday, ten on Thursday. */
	assert_instant(sim_add_work(&f->s, at(2015, 3, 20, 17, 55), 15), at(2015, 3, 26, 9, 10));
}

/* The New Year of 2014: 1, 2 Jan holidays, 3 Jan off by transfer (for
 * Sat 2013-12-28, worked), 7 Jan Orthodox Christmas. */
static void test_new_year_2014(void **state)
{
	struct fixture *f = *state;
	assert_instant(sim_add_work(&f->s, at(2013, 12, 31, 17, 0), 120), at(2014, 1, 6, 10, 0));
	assert_instant(sim_add_work(&f->s, at(2014, 1, 6, 9, 0), 960), at(2014, 1, 8, 18, 0));
	/* The worked Saturday counts. */
	assert_instant(sim_add_work(&f->s, at(2013, 12, 27, 17, 0), 120), at(2013, 12, 28, 10, 0));
}

/* Due moments under the default conventions. */
static void test_due(void **state)
{
	struct fixture *f = *state;
	struct qty cd30 = { 30, 0, 0, 0 }, wd5 = { 0, 5, 0, 0 }, min15 = { 0, 0, 15, 0 };
	/* Accepted Fri 2014-06-06: day 30 is Sun 2014-07-06, Capital Day,
	 * moved to Mon 7 Jul: the next working day is Tue 8 Jul. */
	assert_instant(sim_due(&f->s, &f->reg, at(2014, 6, 6, 10, 0), cd30), at(2014, 7, 8, 18, 0));
	/* Accepted Mon 2014-06-02: Tue..Fri and Mon: 5 wd end Mon 9 June. */
	assert_instant(sim_due(&f->s, &f->reg, at(2014, 6, 2, 11, 0), wd5), at(2014, 6, 9, 18, 0));
	/* Minutes count from the moment of acceptance. */
	assert_instant(sim_due(&f->s, &f->reg, at(2014, 6, 2, 17, 50), min15), at(2014, 6, 3, 9, 5));
	/* Same-day counting and exact closing. */
	struct m_reg r = f->reg;
	r.count_same_day = true;
	r.close_exact = true;
	assert_instant(sim_due(&f->s, &r, at(2014, 6, 6, 10, 0), cd30), at(2014, 7, 6, 0, 0));
	/* Same-day: Monday is the first of the five days (docs/timing.md §8). */
	assert_instant(sim_due(&f->s, &r, at(2014, 6, 2, 11, 0), wd5), at(2014, 6, 6, 18, 0));
}

/* Outside the calendar's years: Monday to Friday by arithmetic. */
static void test_outside_range(void **state)
{
	struct fixture *f = *state;
	/* Mon 2040-01-02? 2040-01-02 is a Monday. */
	assert_int_equal(cal_weekday(cal_days_from_civil(2040, 1, 2)), 0);
	assert_instant(sim_add_work(&f->s, at(2040, 1, 2, 9, 0), 480 * 10), at(2040, 1, 13, 18, 0));
	assert_instant(sim_add_work(&f->s, at(2040, 1, 6, 17, 30), 60), at(2040, 1, 9, 9, 30));
	/* Far beyond: a million working days is about 3846 years. */
	int64_t t = sim_add_work(&f->s, at(2040, 1, 2, 9, 0), (int64_t)480 * 1000000);
	assert_true(t > at(5800, 1, 1, 0, 0) && t < at(5900, 1, 1, 0, 0));
}

/* ---- the property test ------------------------------------------------ */

static uint64_t rng = 0x9E3779B97F4A7C15ULL;
static unsigned rnd(unsigned n)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (unsigned)(rng % n);
}

/* A regulation compiled from a test's text through the session's entry
 * point, without the timing analysis (each test runs its own): built
 * without errors; diagnostics go to out, or nowhere when out is NULL. */
struct compiled {
	struct session s;
	struct cunit u;
	struct m_reg *reg;
};

static struct m_reg *compile(struct compiled *c, const char *text, FILE *out)
{
	struct session_opts o = { .format = DF_TEXT, .out = out ? out : stderr,
				  .no_timing = true };
	char err[128];
	if (!session_open(&c->s, &o, err, sizeof err))
		fail_msg("%s", err);
	c->s.d.quiet = !out;
	session_compile(&c->s, "test.regl", text, strlen(text), &c->u);
	if (!c->u.structural)
		fail_msg("%s", text);
	c->reg = c->u.reg;
	return c->reg;
}

static void compiled_free(struct compiled *c)
{
	unit_release(&c->u);
	session_close(&c->s);
}

/* How check's quick path decided, over every route of the test. */
static struct time_stats qstats;

/* A random route: 2..12 steps of mixed kinds, some decisions. */
static char *random_route(void)
{
	size_t cap = 8192, len = 0;
	char *s = xmalloc(cap);
	len += (size_t)snprintf(s + len, cap - len,
				"regulation prop\nactor a staff \"A\"\nroute r \"R\" {\n");
	unsigned n = 2 + rnd(11);
	for (unsigned i = 0; i < n; i++) {
		const char *units[] = { "min", "h", "wd", "cd" };
		unsigned u = rnd(4), hi = 1 + rnd(u == 0 ? 120 : u == 1 ? 6 : u == 2 ? 4 : 30);
		if (rnd(3) == 0)
			len += (size_t)snprintf(s + len, cap - len, "  a \"s%u\" %u..%u %s\n", i,
						hi / 2, hi, units[u]);
		else
			len += (size_t)snprintf(s + len, cap - len, "  a \"s%u\" <= %u %s\n", i, hi,
						units[u]);
		if (rnd(4) == 0)
			len += (size_t)snprintf(s + len, cap - len,
						"  if \"q%u\" yes { a \"y%u\" within %u cd }\n", i, i,
						1 + rnd(5));
	}
	snprintf(s + len, cap - len, "  end result\n}\n");
	return s;
}

static void test_property(void **state)
{
	struct fixture *f = *state;
	/* The longest run of non-working days in the calendar. */
	int64_t gap = 0, run = 0;
	for (int32_t d = f->real.first; d <= f->real.last; d++) {
		run = cal_is_working(&f->real, d) ? 0 : run + 1;
		if (run > gap)
			gap = run;
	}
	for (int k = 0; k < 60; k++) {
		char *text = random_route();
		struct compiled u;
		struct m_reg *reg = compile(&u, text, NULL);
		struct m_timing rep;
		time_report(reg, reg->routes[0], OUT_RESULT, &f->real, &rep);
		/* Bound: every step's upper bound, each working step padded with
		 * the longest non-working run before every day it touches. */
		int64_t bound = 0;
		for (size_t i = 0; i < reg->routes[0]->nnodes; i++) {
			const struct m_node *nd = reg->routes[0]->nodes[i];
			if (nd->kind != N_STEP)
				continue;
			struct qty q = nd->dur.hi;
			int64_t days = q.cd;
			if (q.wd || q.min)
				days += (q.wd + q.min / 480 + 1) * (gap + 1) + 1;
			bound += days * 1440;
		}
		if (rep.simulated) {
			assert_true(rep.worst_elapsed >= rep.best_elapsed);
			assert_true(rep.best_elapsed >= 0);
			assert_true(rep.worst_elapsed <= bound);
		}
		free(rep.path);
		compiled_free(&u);
		free(text);
	}
}

/*
 * check's quick verdicts (TN_VERDICT: a bound, then day-by-day bounds and
 * a few simulations) against the full analysis (TN_FULL), on random
 * routes — with decisions, bounded loops, other working hours, both
 * counting and closing conventions — and terms placed around each route's
 * real worst case, so that some are just in time, some late on an
 * ordinary week and some late only around holidays.  The verdicts and the
 * printed diagnostics must be the same.
 */
static char *quick_text(unsigned seed, const char *term)
{
	rng = 0x9e3779b97f4a7c15ull ^ (seed * 0x100000001b3ull);
	size_t cap = 16384, len = 0;
	char *s = xmalloc(cap);
	static const char *const hours[] = {
		"", "hours: \"08:00-17:00\"\n", "hours: \"09:00-18:00\"\nbreak: none\nworkday: 9 h\n",
		"hours: \"10:00-17:00\"\nbreak: \"15:00-16:00\"\nworkday: 6 h\n",
	};
	len += (size_t)snprintf(s + len, cap - len, "regulation quick\n%s%s%s"
				"actor a staff \"A\"\nroute r \"R\" {\n%s\n",
				hours[rnd(4)], rnd(3) == 0 ? "counting: same-day\n" : "",
				rnd(3) == 0 ? "closing: exact\n" : "", term);
	if (seed % 10 == 9) { /* past the span tables (2 048 working days) */
		snprintf(s + len, cap - len, "  a \"c\" <= %u cd\n  a \"w\" <= %u wd\n"
			 "  end result\n}\n", 1 + rnd(3), 2000 + rnd(4000));
		return s;
	}
	unsigned n = 2 + rnd(14), loop = rnd(5) == 0 ? n - 1 - rnd(2 < n ? 2 : n) : n;
	for (unsigned i = 0; i < n; i++) {
		const char *units[] = { "min", "h", "wd", "cd" };
		unsigned u = rnd(4), hi = 1 + rnd(u == 0 ? 120 : u == 1 ? 6 : u == 2 ? 6 : 30);
		len += (size_t)snprintf(s + len, cap - len, "  %sa \"s%u\" %s%u %s\n",
					i == loop ? "l: " : "", i, rnd(3) == 0 ? "1.." : "<= ", hi,
					units[u]);
		/* (no decisions inside a loop: its paths multiply, and the
		 * full analysis judges each one on every day) */
		if (rnd(4) == 0 && i < loop)
			len += (size_t)snprintf(s + len, cap - len,
						"  if \"q%u\" yes { a \"y%u\" within %u %s }\n", i, i,
						1 + rnd(5), rnd(2) ? "cd" : "wd");
		if (rnd(6) == 0 && i < loop)
			len += (size_t)snprintf(s + len, cap - len,
						"  if \"r%u\" no { a \"n%u\" <= 2 h\n end refusal }\n",
						i, i);
	}
	if (loop < n)
		len += (size_t)snprintf(s + len, cap - len,
					"  if \"again\" yes { a \"fix\" <= 1 wd\n goto l max %u }\n",
					1 + rnd(2));
	snprintf(s + len, cap - len, "  end result\n}\n");
	return s;
}

/* Compile text and analyse it with need; the diagnostics as printed and
 * the result's verdict. */
static char *quick_run(struct fixture *f, const char *text, enum time_need need,
		       enum time_verdict *v)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *out = open_memstream(&buf, &len);
	struct compiled u;
	struct m_reg *reg = compile(&u, text, out);
	time_analyze_on(reg, &f->real, &u.s.d, need, &qstats);
	*v = reg->routes[0]->timing[OUT_RESULT].verdict;
	diag_flush(&u.s.d);
	compiled_free(&u);
	fclose(out);
	return buf;
}

/* Route k with the term line given, analysed both ways: the same verdict
 * and the same diagnostics, or the test fails.  Returns the verdict. */
static enum time_verdict agree(struct fixture *f, unsigned k, const char *term)
{
	char *text = quick_text(k, term);
	enum time_verdict vf, vq;
	char *full = quick_run(f, text, TN_FULL, &vf);
	char *quick = quick_run(f, text, TN_VERDICT, &vq);
	if (vf != vq || strcmp(full, quick) != 0)
		fail_msg("route %u, %s: full verdict %d, quick %d\n%s\n--- full:\n%s"
			 "--- quick:\n%s", k, term, vf, vq, text, full, quick);
	free(full);
	free(quick);
	free(text);
	return vf;
}

static void test_quick_agrees(void **state)
{
	struct fixture *f = *state;
	size_t seen[TV_HOLIDAYS + 8] = { 0 };
	for (unsigned k = 0; k < 100; k++) {
		/* The worst elapsed time without a term, in calendar days. */
		char *text = quick_text(k, "");
		struct compiled u;
		struct m_reg *reg = compile(&u, text, NULL);
		struct m_timing rep;
		time_report(reg, reg->routes[0], OUT_RESULT, &f->real, &rep);
		int64_t days = rep.simulated ? rep.worst_elapsed / 1440 : 0;
		free(rep.path);
		compiled_free(&u);
		free(text);
		for (int t = -3; t <= 3; t++) {
			char term[64];
			int64_t cd = days + t > 0 ? days + t : 1;
			int64_t wd = (days + t) * 5 / 7 > 0 ? (days + t) * 5 / 7 : 1;
			if (t % 2)
				snprintf(term, sizeof term, "  term result within %lld cd", (long long)cd);
			else
				snprintf(term, sizeof term, "  term result within %lld wd", (long long)wd);
			seen[agree(f, k, term)]++;
		}
		if (k % 4)
			continue;
		/* To the minute: the least term in working minutes that holds
		 * (bisection on the full analysis), and the minutes around it. */
		int64_t lo = 0, hi = (int64_t)1 << 24;
		while (hi - lo > 1) {
			int64_t mid = lo + (hi - lo) / 2;
			char term[64];
			snprintf(term, sizeof term, "  term result within %lld min", (long long)mid);
			text = quick_text(k, term);
			enum time_verdict vf;
			free(quick_run(f, text, TN_FULL, &vf));
			free(text);
			if (vf == TV_OK)
				hi = mid;
			else
				lo = mid;
		}
		for (int64_t m = hi - 2; m <= hi + 1; m++) {
			char term[64];
			snprintf(term, sizeof term, "  term result within %lld min", (long long)m);
			enum time_verdict v = agree(f, k, term);
			if (m >= hi)
				assert_int_equal(v, TV_OK);
			else
				assert_int_not_equal(v, TV_OK);
			seen[v]++;
		}
	}
	/* The terms straddle the worst cases: each verdict was met, and each
	 * of the quick path's ways to answer was taken. */
	print_message("verdicts: ok %zu, exceeds %zu, holidays %zu; quick: bound %zu, "
		      "days %zu (%zu simulated), full %zu\n", seen[TV_OK], seen[TV_EXCEEDS],
		      seen[TV_HOLIDAYS], qstats.by_bound, qstats.by_days,
		      qstats.day_sims, qstats.full);
	assert_true(qstats.by_bound >= 20);
	assert_true(qstats.by_days >= 20);
	assert_true(qstats.full >= 50);
	assert_true(seen[TV_OK] >= 50);
	assert_true(seen[TV_EXCEEDS] >= 50);
	assert_true(seen[TV_HOLIDAYS] >= 5);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_one_wd),
		cmocka_unit_test(test_friday_before_nauryz),
		cmocka_unit_test(test_new_year_2014),
		cmocka_unit_test(test_due),
		cmocka_unit_test(test_months),
		cmocka_unit_test(test_outside_range),
		cmocka_unit_test(test_property),
		cmocka_unit_test(test_quick_agrees),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
