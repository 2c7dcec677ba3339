/*
 * test_dur.c — unit tests of dur.c: quantity kinds, saturating addition,
 * exact comparison across working days and minutes, and every printed form.
 *
 * Contract: one cmocka program; each test builds its own values, so the
 * tests run in any order.  Exit status is the number of failed tests.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "dur.h"

/* A quantity from its three fields, in the order of struct qty. */
static struct qty q3(int64_t cd, int64_t wd, int64_t min)
{
	struct qty q = { cd, wd, min, 0 };

	return q;
}

/* A calendar quantity of months and days. */
static struct qty qmo(int64_t mon, int64_t cd)
{
	struct qty q = { cd, 0, 0, mon };

	return q;
}

/* A duration from its parts. */
static struct dur mkdur(enum dur_form f, struct qty lo, struct qty hi,
			enum unit u)
{
	struct dur d = { f, lo, hi, u };

	return d;
}

/* Format q and compare; also checks the returned length. */
static void expect_qty(struct qty q, const char *want)
{
	char buf[128];
	int len = qty_format(buf, sizeof buf, q);

	assert_string_equal(buf, want);
	assert_int_equal(len, (int)strlen(want));
}

static void expect_dur(struct dur d, const char *want)
{
	char buf[128];
	int len = dur_format(buf, sizeof buf, &d);

	assert_string_equal(buf, want);
	assert_int_equal(len, (int)strlen(want));
}

/* The kind decides which comparisons are honest (DESIGN.md §3). */
static void test_kind(void **state)
{
	(void)state;
	assert_int_equal(qty_kind(q3(0, 0, 0)), QK_ZERO);
	assert_int_equal(qty_kind(q3(0, 1, 0)), QK_WORK);
	assert_int_equal(qty_kind(q3(0, 0, 15)), QK_WORK);
	assert_int_equal(qty_kind(q3(0, 2, 75)), QK_WORK);
	assert_int_equal(qty_kind(q3(28, 0, 0)), QK_CALENDAR);
	assert_int_equal(qty_kind(q3(28, 2, 75)), QK_MIXED);
	assert_int_equal(qty_kind(q3(1, 0, 1)), QK_MIXED);
	assert_true(qty_is_zero(q3(0, 0, 0)));
	assert_false(qty_is_zero(q3(0, 0, 1)));
	assert_false(qty_is_zero(q3(1, 0, 0)));
}

/*
 * Sums keep each field apart: 400 + 400 minutes stay 800 minutes, since
 * the law prints "75 min" and the working-day length is not known here.
 */
static void test_add(void **state)
{
	struct qty q = q3(28, 0, 15);

	(void)state;
	assert_true(qty_add(&q, q3(0, 2, 60)));
	assert_true(qty_add(&q, q3(0, 0, 0)));
	assert_int_equal(q.cd, 28);
	assert_int_equal(q.wd, 2);
	assert_int_equal(q.min, 75);
	/* minutes are not carried into working days */
	q = q3(0, 0, 400);
	assert_true(qty_add(&q, q3(0, 0, 400)));
	assert_int_equal(q.wd, 0);
	assert_int_equal(q.min, 800);
	/* exactly DUR_MAX is still fine */
	q = q3(DUR_MAX - 1, 0, 0);
	assert_true(qty_add(&q, q3(1, 0, 0)));
	assert_int_equal(q.cd, DUR_MAX);
	assert_false(qty_add(NULL, q3(1, 1, 1)));
}

/*
 * Overflow saturates field by field at +-DUR_MAX and reports false; the
 * other fields still add, so a diagnostic can print what did fit.
 */
static void test_add_overflow(void **state)
{
	struct qty q = q3(DUR_MAX, 5, DUR_MAX - 10);

	(void)state;
	assert_false(qty_add(&q, q3(1, 1, 11)));
	assert_int_equal(q.cd, DUR_MAX);
	assert_int_equal(q.wd, 6);
	assert_int_equal(q.min, DUR_MAX);
	/* stays saturated */
	assert_false(qty_add(&q, q3(DUR_MAX, 0, 0)));
	assert_int_equal(q.cd, DUR_MAX);
	/* negative side saturates too */
	q = q3(-DUR_MAX, 0, 0);
	assert_false(qty_add(&q, q3(-1, 0, 0)));
	assert_int_equal(q.cd, -DUR_MAX);
	/* fields far outside the contract do not wrap int64 */
	q = q3(INT64_MAX, 0, 0);
	assert_false(qty_add(&q, q3(INT64_MAX, 0, 0)));
	assert_int_equal(q.cd, DUR_MAX);
	q = q3(INT64_MIN, 0, 0);
	assert_false(qty_add(&q, q3(INT64_MIN, 0, 0)));
	assert_int_equal(q.cd, -DUR_MAX);
}

/* Every unit, both bounds, hours stored as minutes, and a bad unit. */
static void test_of(void **state)
{
	struct qty q;

	(void)state;
	assert_true(qty_of(15, UNIT_MIN, &q));
	assert_true(q.cd == 0 && q.wd == 0 && q.min == 15);
	assert_true(qty_of(2, UNIT_HOUR, &q));
	assert_true(q.cd == 0 && q.wd == 0 && q.min == 120);
	assert_true(qty_of(1, UNIT_WD, &q));
	assert_true(q.cd == 0 && q.wd == 1 && q.min == 0);
	assert_true(qty_of(90, UNIT_CD, &q));
	assert_true(q.cd == 90 && q.wd == 0 && q.min == 0);
	assert_true(qty_of(0, UNIT_CD, &q));
	assert_true(qty_is_zero(q));
	assert_true(qty_of(DUR_MAX, UNIT_MIN, &q));
	assert_int_equal(q.min, DUR_MAX);
	assert_false(qty_of(DUR_MAX + 1, UNIT_CD, &q));
	assert_int_equal(q.cd, DUR_MAX);
	assert_false(qty_of(INT64_MAX, UNIT_WD, &q));
	assert_int_equal(q.wd, DUR_MAX);
	assert_false(qty_of(INT64_MIN, UNIT_MIN, &q));
	assert_int_equal(q.min, -DUR_MAX);
	/* hours are minutes: the bound is DUR_MAX / 60 hours */
	assert_true(qty_of(DUR_MAX / 60, UNIT_HOUR, &q));
	assert_int_equal(q.min, DUR_MAX / 60 * 60);
	assert_false(qty_of(DUR_MAX / 60 + 1, UNIT_HOUR, &q));
	assert_int_equal(q.min, DUR_MAX);
	assert_false(qty_of(1, (enum unit)42, &q));
	assert_true(qty_is_zero(q));
	assert_true(qty_of(3, UNIT_MIN, NULL));
}

/*
 * Weeks are 7 calendar days; months a field of their own, calendar time
 * (DESIGN.md §3: calendar days "and weeks/months").
 */
static void test_weeks_months(void **state)
{
	struct qty q;

	(void)state;
	assert_true(qty_of(2, UNIT_WEEK, &q));
	assert_true(q.cd == 14 && q.wd == 0 && q.min == 0 && q.mon == 0);
	assert_int_equal(qty_kind(q), QK_CALENDAR);
	assert_true(qty_of(1, UNIT_MONTH, &q));
	assert_true(q.cd == 0 && q.wd == 0 && q.min == 0 && q.mon == 1);
	assert_int_equal(qty_kind(q), QK_CALENDAR);
	assert_false(qty_is_zero(q));
	/* a month and working time: mixed, like days and working time */
	assert_true(qty_add(&q, q3(0, 1, 0)));
	assert_int_equal(qty_kind(q), QK_MIXED);
	/* months and days add field by field */
	q = qmo(1, 3);
	assert_true(qty_add(&q, qmo(2, 4)));
	assert_true(q.mon == 3 && q.cd == 7);
	q = qmo(DUR_MAX, 0);
	assert_false(qty_add(&q, qmo(1, 0)));
	assert_int_equal(q.mon, DUR_MAX);
	/* weeks are days: the bound is DUR_MAX / 7 weeks */
	assert_true(qty_of(DUR_MAX / 7, UNIT_WEEK, &q));
	assert_int_equal(q.cd, DUR_MAX / 7 * 7);
	assert_false(qty_of(DUR_MAX / 7 + 1, UNIT_WEEK, &q));
	assert_int_equal(q.cd, DUR_MAX);
	assert_false(qty_of(DUR_MAX + 1, UNIT_MONTH, &q));
	assert_int_equal(q.mon, DUR_MAX);
}

/*
 * A month is 28 to 31 days: months and days are ordered without a
 * calendar only where every month length gives the same order.
 */
static void test_cmp_months(void **state)
{
	bool ok = false;

	(void)state;
	assert_int_equal(qty_cmp(qmo(1, 0), qmo(1, 0), 0, &ok), 0);
	assert_true(ok);
	assert_true(qty_cmp(qmo(2, 0), qmo(1, 0), 0, &ok) > 0 && ok);
	assert_true(qty_cmp(qmo(1, 1), qmo(1, 0), 0, &ok) > 0 && ok);
	assert_true(qty_cmp(qmo(1, 0), qmo(0, 32), 0, &ok) < 0 && ok);
	assert_true(qty_cmp(qmo(1, 0), qmo(0, 27), 0, &ok) > 0 && ok);
	assert_true(qty_cmp(qmo(2, 0), qmo(0, 55), 0, &ok) > 0 && ok);
	assert_true(qty_cmp(qmo(0, 63), qmo(2, 0), 0, &ok) > 0 && ok);
	assert_true(qty_cmp(qmo(1, 0), qmo(0, 0), 0, &ok) > 0 && ok);
	/* months are counted days of 28..31: 1 mo against 28..31 cd */
	for (int64_t d = 28; d <= 31; d++) {
		ok = true;
		assert_int_equal(qty_cmp(qmo(1, 0), qmo(0, d), 0, &ok), 0);
		assert_false(ok);
	}
	ok = true;
	assert_int_equal(qty_cmp(qmo(1, 0), qmo(0, 30), 0, &ok), 0);
	assert_false(ok);
	ok = true;
	assert_int_equal(qty_cmp(qmo(2, 0), qmo(1, 30), 0, &ok), 0);
	assert_false(ok);
	/* a month against working time: no calendar, no answer */
	ok = true;
	assert_int_equal(qty_cmp(qmo(1, 0), q3(0, 20, 0), 480, &ok), 0);
	assert_false(ok);
	/* huge fields do not overflow */
	assert_true(qty_cmp(qmo(DUR_MAX, 0), qmo(-DUR_MAX, 0), 0, &ok) > 0 && ok);
	assert_true(qty_cmp(qmo(DUR_MAX, -DUR_MAX), qmo(0, DUR_MAX), 0, &ok) > 0 && ok);
}

/* Weeks echo back as weeks, months as months, calendar before working. */
static void test_format_weeks_months(void **state)
{
	struct qty w, m;

	(void)state;
	qty_of(2, UNIT_WEEK, &w);
	qty_of(1, UNIT_MONTH, &m);
	expect_dur(mkdur(DF_WITHIN, q3(0, 0, 0), w, UNIT_WEEK), "within 2 wk");
	expect_dur(mkdur(DF_EXACT, w, w, UNIT_CD), "14 cd");
	expect_dur(mkdur(DF_WITHIN, q3(0, 0, 0), m, UNIT_MONTH), "within 1 mo");
	expect_dur(mkdur(DF_NOT_MORE, q3(0, 0, 0), qmo(0, 10), UNIT_WEEK),
		   "<= 1 wk 3 cd");
	expect_dur(mkdur(DF_RANGE, qmo(1, 0), qmo(2, 0), UNIT_MONTH), "1..2 mo");
	expect_dur(mkdur(DF_RANGE, q3(0, 0, 0), qmo(0, 21), UNIT_WEEK), "0..3 wk");
	expect_dur(mkdur(DF_RANGE, q3(0, 0, 0), m, UNIT_MONTH), "0..1 mo");
	expect_qty(qmo(1, 3), "1 mo 3 cd");
	{
		struct qty t = qmo(2, 28);

		qty_add(&t, q3(0, 2, 75));
		expect_qty(t, "2 mo 28 cd + 2 wd 75 min");
	}
}

/* Conversion through the caller's working day, never a wrapped product. */
static void test_work_minutes(void **state)
{
	(void)state;
	assert_int_equal(qty_work_minutes(q3(0, 2, 75), 480), 1035);
	assert_int_equal(qty_work_minutes(q3(0, 1, 0), 540), 540);
	assert_int_equal(qty_work_minutes(q3(0, 0, 0), 480), 0);
	/* no length given: the default 8 h */
	assert_int_equal(qty_work_minutes(q3(0, 1, 0), 0), 480);
	assert_int_equal(qty_work_minutes(q3(0, 1, 0), -5), 480);
	/* saturates instead of wrapping */
	assert_true(qty_work_minutes(q3(0, DUR_MAX, 0), INT64_MAX) ==
		    INT64_MAX);
	assert_true(qty_work_minutes(q3(0, -DUR_MAX, 0), INT64_MAX) ==
		    INT64_MIN);
}

/*
 * Working time compares exactly across wd and min at the given day
 * length, including lengths whose product with DUR_MAX would not fit.
 */
static void test_cmp_work(void **state)
{
	bool ok = false;

	(void)state;
	assert_int_equal(qty_cmp(q3(0, 1, 0), q3(0, 0, 480), 480, &ok), 0);
	assert_true(ok);
	assert_true(qty_cmp(q3(0, 1, 0), q3(0, 0, 479), 480, &ok) > 0);
	assert_true(qty_cmp(q3(0, 1, 0), q3(0, 0, 481), 480, &ok) < 0);
	assert_true(qty_cmp(q3(0, 0, 15), q3(0, 0, 10), 480, &ok) > 0);
	assert_int_equal(qty_cmp(q3(0, 2, 75), q3(0, 0, 1035), 480, &ok), 0);
	assert_true(qty_cmp(q3(0, 8, 45), q3(0, 8, 0), 480, &ok) > 0);
	/* the working day's length decides */
	assert_true(qty_cmp(q3(0, 1, 0), q3(0, 0, 500), 540, &ok) > 0);
	assert_true(qty_cmp(q3(0, 1, 0), q3(0, 0, 500), 0, &ok) < 0);
	/* a day length whose product with wd would overflow int64 */
	assert_true(qty_cmp(q3(0, DUR_MAX, 0), q3(0, 0, DUR_MAX), INT64_MAX,
			    &ok) > 0);
	assert_true(ok);
	assert_true(qty_cmp(q3(0, 0, DUR_MAX), q3(0, 1, 0), INT64_MAX, &ok) <
		    0);
	assert_int_equal(qty_cmp(q3(0, 3, 0), q3(0, 1, 960), 480, NULL), 0);
}

/*
 * Calendar days order among themselves; against working time, or with a
 * mixed quantity, there is no answer and the flag says so.
 */
static void test_cmp_kinds(void **state)
{
	bool ok = false;

	(void)state;
	assert_true(qty_cmp(q3(180, 0, 0), q3(90, 0, 0), 480, &ok) > 0);
	assert_true(ok);
	assert_int_equal(qty_cmp(q3(0, 0, 0), q3(0, 0, 0), 480, &ok), 0);
	assert_true(ok);
	/* zero fits either kind */
	assert_true(qty_cmp(q3(0, 0, 0), q3(8, 0, 0), 480, &ok) < 0);
	assert_true(ok);
	assert_true(qty_cmp(q3(0, 0, 0), q3(0, 1, 0), 480, &ok) < 0);
	assert_true(ok);
	/* calendar against working time: no answer without a calendar */
	ok = true;
	assert_int_equal(qty_cmp(q3(1, 0, 0), q3(0, 1, 0), 480, &ok), 0);
	assert_false(ok);
	ok = true;
	assert_int_equal(qty_cmp(q3(0, 0, 15), q3(30, 0, 0), 480, &ok), 0);
	assert_false(ok);
	ok = true;
	assert_int_equal(qty_cmp(q3(28, 2, 75), q3(28, 2, 75), 480, &ok), 0);
	assert_false(ok);
	ok = true;
	assert_int_equal(qty_cmp(q3(0, 0, 0), q3(1, 0, 5), 480, &ok), 0);
	assert_false(ok);
}

/* The legal style of totals: calendar first, " + ", then working time. */
static void test_qty_format(void **state)
{
	(void)state;
	expect_qty(q3(28, 2, 75), "28 cd + 2 wd 75 min");
	expect_qty(q3(0, 0, 15), "15 min");
	expect_qty(q3(0, 1, 0), "1 wd");
	expect_qty(q3(90, 0, 0), "90 cd");
	expect_qty(q3(0, 0, 0), "0 min");
	expect_qty(q3(0, 0, 120), "120 min");
	expect_qty(q3(0, 2, 75), "2 wd 75 min");
	expect_qty(q3(28, 0, 5), "28 cd + 5 min");
	expect_qty(q3(28, 1, 0), "28 cd + 1 wd");
	expect_qty(q3(DUR_MAX, 0, 0), "1000000000000 cd");
}

/* snprintf semantics: full length returned, output cut and terminated. */
static void test_format_truncation(void **state)
{
	char buf[8];
	int len;

	(void)state;
	memset(buf, 'x', sizeof buf);
	len = qty_format(buf, sizeof buf, q3(28, 2, 75));
	assert_int_equal(len, (int)strlen("28 cd + 2 wd 75 min"));
	assert_string_equal(buf, "28 cd +");
	len = qty_format(buf, 1, q3(0, 0, 15));
	assert_int_equal(len, 6);
	assert_int_equal(buf[0], '\0');
	assert_int_equal(qty_format(NULL, 0, q3(90, 0, 0)), 5);
	{
		struct dur d = mkdur(DF_NOT_MORE, q3(0, 0, 0), q3(0, 0, 15),
				     UNIT_MIN);

		assert_int_equal(dur_format(NULL, 0, &d), 9);
		assert_int_equal(dur_format(buf, 4, &d), 9);
		assert_string_equal(buf, "<= ");
	}
}

/* reglc's notation for the one-bound forms and the two keywords. */
static void test_dur_format_simple(void **state)
{
	struct qty z = q3(0, 0, 0);

	(void)state;
	expect_dur(mkdur(DF_NOT_MORE, z, q3(0, 0, 15), UNIT_MIN), "<= 15 min");
	expect_dur(mkdur(DF_NOT_MORE, z, q3(0, 0, 120), UNIT_HOUR), "<= 2 h");
	expect_dur(mkdur(DF_WITHIN, z, q3(0, 1, 0), UNIT_WD), "within 1 wd");
	expect_dur(mkdur(DF_WITHIN, z, q3(28, 0, 0), UNIT_CD),
		   "within 28 cd");
	expect_dur(mkdur(DF_WITHIN, z, q3(0, 0, 30), UNIT_MIN),
		   "within 30 min");
	expect_dur(mkdur(DF_AUTOMATIC, z, z, UNIT_MIN), "automatic");
	expect_dur(mkdur(DF_NONE, z, z, UNIT_MIN), "none");
	{
		char buf[16];

		assert_int_equal(dur_format(buf, sizeof buf, NULL), 4);
		assert_string_equal(buf, "none");
	}
}

/*
 * The unit the author wrote comes back: hours when the minutes were
 * written as hours, minutes when they were written as minutes.
 */
static void test_dur_format_exact(void **state)
{
	(void)state;
	expect_dur(mkdur(DF_EXACT, q3(0, 0, 120), q3(0, 0, 120), UNIT_HOUR),
		   "2 h");
	/* hours that are not whole keep the rest in minutes */
	expect_dur(mkdur(DF_EXACT, q3(0, 0, 90), q3(0, 0, 90), UNIT_HOUR),
		   "1 h 30 min");
	expect_dur(mkdur(DF_EXACT, q3(0, 0, 45), q3(0, 0, 45), UNIT_HOUR),
		   "45 min");
	/* written in minutes: minutes, even when they make whole hours */
	expect_dur(mkdur(DF_EXACT, q3(0, 0, 120), q3(0, 0, 120), UNIT_MIN),
		   "120 min");
	expect_dur(mkdur(DF_EXACT, q3(0, 1, 0), q3(0, 1, 0), UNIT_WD), "1 wd");
	expect_dur(mkdur(DF_EXACT, q3(0, 1, 120), q3(0, 1, 120), UNIT_HOUR),
		   "1 wd 2 h");
	expect_dur(mkdur(DF_EXACT, q3(0, 0, 0), q3(0, 0, 0), UNIT_HOUR),
		   "0 h");
}

/*
 * "LO..HI unit" only when both ends are one number of one unit;
 * otherwise both ends in full around " .. ".
 */
static void test_dur_format_range(void **state)
{
	(void)state;
	expect_dur(mkdur(DF_RANGE, q3(90, 0, 0), q3(180, 0, 0), UNIT_CD),
		   "90..180 cd");
	expect_dur(mkdur(DF_RANGE, q3(2, 0, 0), q3(8, 0, 0), UNIT_CD),
		   "2..8 cd");
	expect_dur(mkdur(DF_RANGE, q3(0, 0, 0), q3(8, 0, 0), UNIT_CD),
		   "0..8 cd");
	expect_dur(mkdur(DF_RANGE, q3(0, 0, 60), q3(0, 0, 120), UNIT_HOUR),
		   "1..2 h");
	expect_dur(mkdur(DF_RANGE, q3(0, 0, 60), q3(0, 0, 150), UNIT_HOUR),
		   "1 h .. 2 h 30 min");
	expect_dur(mkdur(DF_RANGE, q3(0, 0, 60), q3(0, 2, 0), UNIT_WD),
		   "60 min .. 2 wd");
	expect_dur(mkdur(DF_RANGE, q3(0, 1, 0), q3(0, 2, 30), UNIT_WD),
		   "1 wd .. 2 wd 30 min");
}

/* Same interval whatever the phrasing, and only then. */
static void test_same_interval(void **state)
{
	struct qty z = q3(0, 0, 0);
	struct dur a = mkdur(DF_NOT_MORE, z, q3(0, 0, 15), UNIT_MIN);
	struct dur b = mkdur(DF_RANGE, z, q3(0, 0, 15), UNIT_MIN);
	struct dur c = mkdur(DF_WITHIN, z, q3(0, 1, 0), UNIT_WD);
	struct dur d = mkdur(DF_NOT_MORE, z, q3(0, 0, 480), UNIT_MIN);
	struct dur e = mkdur(DF_WITHIN, z, q3(1, 0, 0), UNIT_CD);
	struct dur m1 = mkdur(DF_EXACT, q3(1, 1, 0), q3(1, 1, 0), UNIT_WD);
	struct dur m2 = mkdur(DF_EXACT, q3(1, 0, 480), q3(1, 0, 480), UNIT_WD);

	(void)state;
	assert_true(dur_same_interval(&a, &b, 480));
	assert_true(dur_same_interval(&c, &d, 480));
	assert_false(dur_same_interval(&c, &d, 540));
	assert_false(dur_same_interval(&a, &c, 480));
	assert_false(dur_same_interval(&c, &e, 480));
	/* mixed bounds are equal only field by field */
	assert_true(dur_same_interval(&m1, &m1, 480));
	assert_false(dur_same_interval(&m1, &m2, 480));
	assert_false(dur_same_interval(&a, NULL, 480));
	assert_false(dur_same_interval(NULL, &a, 480));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_kind),
		cmocka_unit_test(test_add),
		cmocka_unit_test(test_add_overflow),
		cmocka_unit_test(test_of),
		cmocka_unit_test(test_weeks_months),
		cmocka_unit_test(test_cmp_months),
		cmocka_unit_test(test_format_weeks_months),
		cmocka_unit_test(test_work_minutes),
		cmocka_unit_test(test_cmp_work),
		cmocka_unit_test(test_cmp_kinds),
		cmocka_unit_test(test_qty_format),
		cmocka_unit_test(test_format_truncation),
		cmocka_unit_test(test_dur_format_simple),
		cmocka_unit_test(test_dur_format_exact),
		cmocka_unit_test(test_dur_format_range),
		cmocka_unit_test(test_same_interval),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
