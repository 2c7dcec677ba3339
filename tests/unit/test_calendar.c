/*
 * test_calendar.c — unit tests of calendar.c: civil-date arithmetic (leap
 * years included), the built-in Kazakhstan calendar day by day for 2014 and
 * 2025, every transfer order, the weekend-move rule and its exceptions, the
 * year ranges of the holidays, the data file's error messages, and the
 * ordinary week.
 *
 * Contract: one cmocka program.  The built-in calendar is loaded once by the
 * group setup and only read by the tests; every other calendar is built and
 * freed by the test that uses it, so the tests run in any order.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "calendar.h"

/* The embedded text of data/kz.cal (build/kz_cal.c). */
extern const unsigned char cal_kz_data[];
extern const size_t cal_kz_size;

/* A day from "YYYY-MM-DD"; fails the test when s is not a date. */
static int32_t D(const char *s)
{
	int32_t z = 0;

	if (!cal_parse_date(s, strlen(s), &z))
		fail_msg("bad date in the test: %s", s);
	return z;
}

/* Assert what day s is; when name is not NULL, the reason must contain it. */
static void expect_day(const struct calendar *c, const char *s,
		       enum cal_day_kind want, const char *name)
{
	const char *why = NULL;
	enum cal_day_kind k = cal_day(c, D(s), &why);

	if (k != want)
		fail_msg("%s: %s, expected %s (%s)", s, cal_kind_name(k),
			 cal_kind_name(want), why ? why : "no reason");
	assert_int_equal(cal_is_working(c, D(s)),
			 want == CD_WORKING || want == CD_TRANSFER_WORK);
	if (name) {
		assert_non_null(why);
		if (!strstr(why, name))
			fail_msg("%s: reason '%s' lacks '%s'", s, why, name);
	}
}

/* One expected day of a year's table. */
struct day {
	const char *date;
	enum cal_day_kind kind;
	const char *name; /* a part of the reason */
};

/*
 * Check a whole year both ways: every listed day is what the table says, and
 * every day of the year not listed is an ordinary working day or weekend —
 * so a holiday too many fails as surely as one missing.
 */
static void expect_year(const struct calendar *c, int year,
			const struct day *t, size_t n)
{
	int32_t z0 = cal_days_from_civil(year, 1, 1);
	int32_t z1 = cal_days_from_civil(year, 12, 31);

	for (size_t i = 0; i < n; i++)
		expect_day(c, t[i].date, t[i].kind, t[i].name);
	for (int32_t z = z0; z <= z1; z++) {
		enum cal_day_kind k = cal_day(c, z, NULL);
		char buf[32];
		bool listed = false;

		for (size_t i = 0; i < n; i++)
			listed = listed || D(t[i].date) == z;
		if (listed)
			continue;
		cal_format_date(buf, sizeof buf, z);
		if (k != (cal_weekday(z) >= 5 ? CD_WEEKEND : CD_WORKING))
			fail_msg("%s is %s but not in the table", buf,
				 cal_kind_name(k));
	}
}

/* Parse text into c; fails the test with the message when it does not parse. */
static void parse_ok(struct calendar *c, const char *text)
{
	char err[256];

	if (cal_parse(c, text, strlen(text), "test", err, sizeof err) != 0)
		fail_msg("parse failed: %s", err);
}

/* The real data file with its "years" line replaced, to test rules of years
   the shipped range does not cover. */
static void parse_kz_years(struct calendar *c, const char *years)
{
	const char *text = (const char *)cal_kz_data;
	const char *y = strstr(text, "\nyears ");
	const char *eol;
	char *buf;
	size_t n;

	assert_non_null(y);
	eol = strchr(y + 1, '\n');
	assert_non_null(eol);
	n = cal_kz_size + strlen(years) + 2;
	buf = malloc(n);
	assert_non_null(buf);
	snprintf(buf, n, "%.*s\n%s%s", (int)(y - text), text, years, eol);
	parse_ok(c, buf);
	free(buf);
}

/* ---- civil dates ------------------------------------------------------- */

static void test_civil_epoch(void **state)
{
	int y, m, d;

	(void)state;
	assert_int_equal(cal_days_from_civil(1970, 1, 1), 0);
	assert_int_equal(cal_days_from_civil(1969, 12, 31), -1);
	assert_int_equal(cal_days_from_civil(2000, 1, 1), 10957);
	assert_int_equal(cal_days_from_civil(2014, 3, 21), 16150);
	assert_int_equal(cal_days_from_civil(1, 1, 1), -719162);
	cal_civil_from_days(16150, &y, &m, &d);
	assert_int_equal(y, 2014);
	assert_int_equal(m, 3);
	assert_int_equal(d, 21);
	cal_civil_from_days(-719162, &y, &m, &d);
	assert_int_equal(y * 10000 + m * 100 + d, 10101);
}

/* 2000 and 2016 are leap years; 1900 and 2100 are not (divisible by 100 but
   not by 400). */
static void test_civil_leap(void **state)
{
	int32_t z;
	int y, m, d;

	(void)state;
	assert_int_equal(cal_days_from_civil(2016, 3, 1) -
			 cal_days_from_civil(2016, 2, 28), 2);
	assert_int_equal(cal_days_from_civil(2000, 3, 1) -
			 cal_days_from_civil(2000, 2, 28), 2);
	assert_int_equal(cal_days_from_civil(1900, 3, 1) -
			 cal_days_from_civil(1900, 2, 28), 1);
	assert_int_equal(cal_days_from_civil(2100, 3, 1) -
			 cal_days_from_civil(2100, 2, 28), 1);
	assert_int_equal(cal_days_from_civil(2001, 1, 1) -
			 cal_days_from_civil(2000, 1, 1), 366);
	assert_int_equal(cal_days_from_civil(1901, 1, 1) -
			 cal_days_from_civil(1900, 1, 1), 365);
	assert_int_equal(cal_days_from_civil(2101, 1, 1) -
			 cal_days_from_civil(2100, 1, 1), 365);
	assert_int_equal(cal_days_from_civil(2017, 1, 1) -
			 cal_days_from_civil(2016, 1, 1), 366);
	/* 400 years are always 146097 days. */
	assert_int_equal(cal_days_from_civil(2400, 1, 1) -
			 cal_days_from_civil(2000, 1, 1), 146097);
	assert_true(cal_parse_date("2016-02-29", 10, &z));
	cal_civil_from_days(z, &y, &m, &d);
	assert_int_equal(y * 10000 + m * 100 + d, 20160229);
	assert_int_equal(cal_weekday(z), 0); /* a Monday */
	assert_true(cal_parse_date("2000-02-29", 10, &z));
	assert_int_equal(z + 1, cal_days_from_civil(2000, 3, 1));
	assert_false(cal_parse_date("1900-02-29", 10, &z));
	assert_false(cal_parse_date("2100-02-29", 10, &z));
	assert_false(cal_parse_date("2015-02-29", 10, &z));
	cal_civil_from_days(cal_days_from_civil(1900, 2, 28) + 1, &y, &m, &d);
	assert_int_equal(y * 10000 + m * 100 + d, 19000301);
	cal_civil_from_days(cal_days_from_civil(2100, 2, 28) + 1, &y, &m, &d);
	assert_int_equal(y * 10000 + m * 100 + d, 21000301);
}

/* Both directions agree on every day of about 1100 years, and on the
   extremes of int32. */
static void test_civil_roundtrip(void **state)
{
	int32_t ends[] = { INT32_MIN + 800000, INT32_MAX - 800000,
			   INT32_MIN, INT32_MAX };
	int y, m, d, py, pm, pd;

	(void)state;
	cal_civil_from_days(-200001, &py, &pm, &pd);
	for (int32_t z = -200000; z <= 200000; z++) {
		cal_civil_from_days(z, &y, &m, &d);
		if (cal_days_from_civil(y, m, d) != z)
			fail_msg("day %d: %d-%d-%d does not go back", (int)z,
				 y, m, d);
		/* consecutive: the next day, or the 1st after a month's end */
		if (!(y == py && m == pm && d == pd + 1) && d != 1)
			fail_msg("day %d: %d-%d-%d after %d-%d-%d", (int)z, y, m,
				 d, py, pm, pd);
		py = y;
		pm = m;
		pd = d;
	}
	for (size_t i = 0; i < sizeof ends / sizeof *ends; i++) {
		cal_civil_from_days(ends[i], &y, &m, &d);
		assert_int_equal(cal_days_from_civil(y, m, d), ends[i]);
	}
}

/* The corresponding date k months on, or the month's last day (Civil
 * Code art. 173). */
static void test_add_months(void **state)
{
	bool clamped = true;

	(void)state;
	assert_int_equal(cal_add_months(cal_days_from_civil(2014, 1, 15), 1, &clamped),
			 cal_days_from_civil(2014, 2, 15));
	assert_false(clamped);
	assert_int_equal(cal_add_months(cal_days_from_civil(2014, 1, 31), 1, &clamped),
			 cal_days_from_civil(2014, 2, 28));
	assert_true(clamped);
	assert_int_equal(cal_add_months(cal_days_from_civil(2016, 1, 31), 1, NULL),
			 cal_days_from_civil(2016, 2, 29));
	assert_int_equal(cal_add_months(cal_days_from_civil(2014, 3, 31), 1, NULL),
			 cal_days_from_civil(2014, 4, 30));
	assert_int_equal(cal_add_months(cal_days_from_civil(2014, 12, 31), 2, NULL),
			 cal_days_from_civil(2015, 2, 28));
	assert_int_equal(cal_add_months(cal_days_from_civil(2016, 2, 29), 12, &clamped),
			 cal_days_from_civil(2017, 2, 28));
	assert_true(clamped);
	assert_int_equal(cal_add_months(cal_days_from_civil(2016, 2, 29), 48, &clamped),
			 cal_days_from_civil(2020, 2, 29));
	assert_false(clamped);
	assert_int_equal(cal_add_months(cal_days_from_civil(1969, 12, 31), 1, NULL),
			 cal_days_from_civil(1970, 1, 31));
	assert_int_equal(cal_add_months(cal_days_from_civil(2014, 5, 5), 0, NULL),
			 cal_days_from_civil(2014, 5, 5));
	/* beyond any date: saturates instead of overflowing */
	assert_int_equal(cal_add_months(INT32_MAX / 2, CAL_MONTHS_MAX + 5, NULL) > 0, 1);
}

static void test_weekday(void **state)
{
	(void)state;
	assert_int_equal(cal_weekday(0), 3);  /* Thu 1970-01-01 */
	assert_int_equal(cal_weekday(-1), 2); /* Wed 1969-12-31 */
	assert_int_equal(cal_weekday(-3), 0); /* Mon 1969-12-29 */
	assert_int_equal(cal_weekday(D("2014-03-21")), 4);
	assert_int_equal(cal_weekday(D("2025-01-05")), 6);
	assert_int_equal(cal_weekday(D("1900-01-01")), 0);
	assert_int_equal(cal_weekday(D("2100-12-31")), 4);
	assert_int_equal(cal_weekday(INT32_MIN), (int)((((int64_t)INT32_MIN + 3) % 7 + 7) % 7));
}

static void test_parse_date(void **state)
{
	static const char *const bad[] = {
		"2014-3-21", "2014-03-2", "2014/03/21", "2014-13-01",
		"2014-00-10", "2014-01-00", "2014-01-32", "2014-04-31",
		"20140321xx", "2014-03-21 ", "abcd-01-01", "", "-014-03-21",
	};
	int32_t z = 12345;

	(void)state;
	assert_true(cal_parse_date("2014-03-21", 10, &z));
	assert_int_equal(z, 16150);
	assert_true(cal_parse_date("0001-01-01", 10, &z));
	assert_true(cal_parse_date("9999-12-31", 10, &z));
	/* n bounds the text: a date is exactly ten characters */
	assert_false(cal_parse_date("2014-03-211", 11, &z));
	assert_false(cal_parse_date("2014-03-21", 9, &z));
	assert_true(cal_parse_date("2014-03-21 rest", 10, &z));
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
		if (cal_parse_date(bad[i], strlen(bad[i]), &z))
			fail_msg("'%s' accepted", bad[i]);
}

static void test_format_date(void **state)
{
	char buf[32], small[8];

	(void)state;
	assert_int_equal(cal_format_date(buf, sizeof buf, D("2014-03-21")), 14);
	assert_string_equal(buf, "Fri 2014-03-21");
	cal_format_date(buf, sizeof buf, D("2016-02-29"));
	assert_string_equal(buf, "Mon 2016-02-29");
	cal_format_date(buf, sizeof buf, 0);
	assert_string_equal(buf, "Thu 1970-01-01");
	/* snprintf semantics: truncated, terminated, full length returned */
	assert_int_equal(cal_format_date(small, sizeof small, 0), 14);
	assert_string_equal(small, "Thu 197");
}

static void test_kind_names(void **state)
{
	(void)state;
	assert_string_equal(cal_kind_name(CD_WORKING), "working");
	assert_string_equal(cal_kind_name(CD_WEEKEND), "weekend");
	assert_string_equal(cal_kind_name(CD_HOLIDAY), "holiday");
	assert_string_equal(cal_kind_name(CD_MOVED_OFF), "moved-off");
	assert_string_equal(cal_kind_name(CD_TRANSFER_OFF), "transfer-off");
	assert_string_equal(cal_kind_name(CD_TRANSFER_WORK), "transfer-work");
}

/* ---- the built-in calendar ------------------------------------------------ */

static int builtin_setup(void **state)
{
	static struct calendar cal;
	char err[256];

	if (cal_builtin(&cal, err, sizeof err) != 0) {
		fprintf(stderr, "built-in calendar: %s\n", err);
		return -1;
	}
	*state = &cal;
	return 0;
}

static int builtin_teardown(void **state)
{
	cal_free(*state);
	return 0;
}

static void test_builtin_range(void **state)
{
	const struct calendar *c = *state;

	assert_string_equal(c->name, "built-in");
	assert_false(c->ordinary);
	assert_int_equal(c->first, D("2013-01-01"));
	assert_int_equal(c->last, D("2027-12-31"));
	/* 2026 and 2027 have no transfer order recorded: provisional */
	assert_int_equal(c->settled, D("2025-12-31"));
	assert_false(cal_provisional(c, D("2025-12-31")));
	assert_true(cal_provisional(c, D("2026-01-01")));
	assert_true(cal_provisional(c, D("2027-12-31")));
	assert_false(cal_provisional(c, D("2028-01-01")));
	assert_false(cal_provisional(c, D("2012-12-31")));
	/* outside the years: the ordinary week (2012-12-31 was a day off by a
	   transfer order of 2012, which the file does not cover) */
	expect_day(c, "2012-12-31", CD_WORKING, NULL);
	expect_day(c, "2012-12-29", CD_WEEKEND, NULL);
	expect_day(c, "2028-01-03", CD_WORKING, NULL);
	expect_day(c, "2028-01-01", CD_WEEKEND, NULL);
	expect_day(c, "2013-01-01", CD_HOLIDAY, "New Year");
	expect_day(c, "2026-12-31", CD_WORKING, NULL);
}

/* 2027 by the Law "On holidays" (Constitution Day on 15 March from 2027),
   the weekend moves, Kurban Ait on a Sunday (not moved). */
static void test_builtin_2027(void **state)
{
	const struct calendar *c = *state;

	expect_day(c, "2027-01-01", CD_HOLIDAY, "New Year");
	expect_day(c, "2027-01-02", CD_HOLIDAY, "New Year"); /* Sat */
	expect_day(c, "2027-01-04", CD_MOVED_OFF, "day off for New Year");
	expect_day(c, "2027-01-07", CD_HOLIDAY, "Orthodox Christmas");
	expect_day(c, "2027-03-08", CD_HOLIDAY, "International Women's Day");
	expect_day(c, "2027-03-15", CD_HOLIDAY, "Constitution Day");
	expect_day(c, "2027-03-21", CD_HOLIDAY, "Nauryz"); /* Sun */
	expect_day(c, "2027-03-22", CD_HOLIDAY, "Nauryz");
	expect_day(c, "2027-03-23", CD_HOLIDAY, "Nauryz");
	expect_day(c, "2027-03-24", CD_MOVED_OFF, "day off for Nauryz");
	expect_day(c, "2027-03-25", CD_WORKING, NULL);
	expect_day(c, "2027-05-03", CD_MOVED_OFF, "day off for Kazakhstan People's Unity Day");
	expect_day(c, "2027-05-07", CD_HOLIDAY, "Defender of the Fatherland Day");
	expect_day(c, "2027-05-10", CD_MOVED_OFF, "day off for Victory Day");
	expect_day(c, "2027-05-16", CD_HOLIDAY, "Kurban Ait"); /* Sun */
	expect_day(c, "2027-05-17", CD_WORKING, NULL);
	expect_day(c, "2027-07-06", CD_HOLIDAY, "Capital Day");
	expect_day(c, "2027-08-30", CD_WORKING, NULL);
	expect_day(c, "2027-10-25", CD_HOLIDAY, "Republic Day");
	expect_day(c, "2027-12-16", CD_HOLIDAY, "Independence Day");
	expect_day(c, "2027-12-17", CD_WORKING, NULL);
}

/* Every day off of 2014, and the worked days of its transfers. */
static void test_builtin_2014(void **state)
{
	static const struct day y2014[] = {
		{ "2014-01-01", CD_HOLIDAY, "New Year" },
		{ "2014-01-02", CD_HOLIDAY, "New Year" },
		{ "2014-01-03", CD_TRANSFER_OFF, "Sat 2013-12-28" },
		{ "2014-01-07", CD_HOLIDAY, "Orthodox Christmas" },
		{ "2014-03-08", CD_HOLIDAY, "Women's Day" },      /* Sat */
		{ "2014-03-10", CD_MOVED_OFF, "Women's Day" },
		{ "2014-03-21", CD_HOLIDAY, "Nauryz" },
		{ "2014-03-22", CD_HOLIDAY, "Nauryz" },           /* Sat */
		{ "2014-03-23", CD_HOLIDAY, "Nauryz" },           /* Sun */
		{ "2014-03-24", CD_MOVED_OFF, "Sat 2014-03-22" },
		{ "2014-03-25", CD_MOVED_OFF, "Sun 2014-03-23" },
		{ "2014-05-01", CD_HOLIDAY, "Unity Day" },
		{ "2014-05-02", CD_TRANSFER_OFF, "Sun 2014-05-04" },
		{ "2014-05-04", CD_TRANSFER_WORK, "Fri 2014-05-02" },
		{ "2014-05-07", CD_HOLIDAY, "Defender" },
		{ "2014-05-08", CD_TRANSFER_OFF, "Sun 2014-05-11" },
		{ "2014-05-09", CD_HOLIDAY, "Victory Day" },
		{ "2014-05-11", CD_TRANSFER_WORK, "Thu 2014-05-08" },
		{ "2014-07-06", CD_HOLIDAY, "Capital Day" },      /* Sun */
		{ "2014-07-07", CD_MOVED_OFF, "Capital Day" },
		{ "2014-08-30", CD_HOLIDAY, "Constitution Day" }, /* Sat */
		{ "2014-09-01", CD_MOVED_OFF, "Constitution Day" },
		{ "2014-10-04", CD_HOLIDAY, "Kurban Ait" },       /* Sat, fixed */
		{ "2014-12-01", CD_HOLIDAY, "First President" },
		{ "2014-12-16", CD_HOLIDAY, "Independence Day" },
		{ "2014-12-17", CD_HOLIDAY, "Independence Day" },
	};

	expect_year(*state, 2014, y2014, sizeof y2014 / sizeof *y2014);
}

/* Every day off of 2025. */
static void test_builtin_2025(void **state)
{
	static const struct day y2025[] = {
		{ "2025-01-01", CD_HOLIDAY, "New Year" },
		{ "2025-01-02", CD_HOLIDAY, "New Year" },
		{ "2025-01-03", CD_TRANSFER_OFF, "Sun 2025-01-05" },
		{ "2025-01-05", CD_TRANSFER_WORK, "Fri 2025-01-03" },
		{ "2025-01-07", CD_HOLIDAY, "Orthodox Christmas" },
		{ "2025-03-08", CD_HOLIDAY, "Women's Day" },      /* Sat */
		{ "2025-03-10", CD_MOVED_OFF, "Women's Day" },
		{ "2025-03-21", CD_HOLIDAY, "Nauryz" },
		{ "2025-03-22", CD_HOLIDAY, "Nauryz" },           /* Sat */
		{ "2025-03-23", CD_HOLIDAY, "Nauryz" },           /* Sun */
		{ "2025-03-24", CD_MOVED_OFF, "Sat 2025-03-22" },
		{ "2025-03-25", CD_MOVED_OFF, "Sun 2025-03-23" },
		{ "2025-05-01", CD_HOLIDAY, "Unity Day" },
		{ "2025-05-07", CD_HOLIDAY, "Defender" },
		{ "2025-05-09", CD_HOLIDAY, "Victory Day" },
		{ "2025-06-06", CD_HOLIDAY, "Kurban Ait" },
		{ "2025-07-06", CD_HOLIDAY, "Capital Day" },      /* Sun */
		{ "2025-07-07", CD_MOVED_OFF, "Capital Day" },
		{ "2025-08-30", CD_HOLIDAY, "Constitution Day" }, /* Sat */
		{ "2025-09-01", CD_MOVED_OFF, "Constitution Day" },
		{ "2025-10-25", CD_HOLIDAY, "Republic Day" },     /* Sat */
		{ "2025-10-27", CD_MOVED_OFF, "Republic Day" },
		{ "2025-12-16", CD_HOLIDAY, "Independence Day" },
	};

	expect_year(*state, 2025, y2025, sizeof y2025 / sizeof *y2025);
}

/* Every transfer order of the file: the worked day and the day taken off. */
static void test_builtin_transfers(void **state)
{
	static const struct {
		const char *worked, *off, *act;
	} t[] = {
		{ "2013-05-04", "2013-05-10", "No. 345 of 2013" },
		{ "2013-10-12", "2013-10-14", "No. 1068 of 2013" },
		{ "2013-12-28", "2014-01-03", "No. 1322 of 2013" },
		{ "2014-05-04", "2014-05-02", "No. 365 of 2014" },
		{ "2014-05-11", "2014-05-08", "No. 365 of 2014" },
		{ "2016-03-05", "2016-03-07", "No. 67 of 2016" },
		{ "2017-03-18", "2017-03-20", "No. 5 of 2017" },
		{ "2017-07-01", "2017-07-07", "No. 5 of 2017" },
		{ "2018-03-03", "2018-03-09", "No. 864 of 2017" },
		{ "2018-04-28", "2018-04-30", "No. 864 of 2017" },
		{ "2018-05-05", "2018-05-08", "No. 864 of 2017" },
		{ "2018-08-25", "2018-08-31", "No. 864 of 2017" },
		{ "2018-12-29", "2018-12-31", "No. 864 of 2017" },
		{ "2019-05-04", "2019-05-10", "No. 888 of 2018" },
		{ "2020-01-05", "2020-01-03", "No. 820 of 2019" },
		{ "2020-05-11", "2020-05-08", "No. 820 of 2019" },
		{ "2020-12-20", "2020-12-18", "No. 820 of 2019" },
		{ "2021-07-03", "2021-07-05", "No. 930 of 2020" },
		{ "2022-03-05", "2022-03-07", "No. 796 of 2022" },
		{ "2022-08-27", "2022-08-29", "No. 796 of 2022" },
		{ "2022-10-22", "2022-10-24", "No. 796 of 2022" },
		{ "2023-07-01", "2023-07-07", "No. 326 of 2023" },
		{ "2024-05-04", "2024-05-08", "G24G0000109" },
		{ "2025-01-05", "2025-01-03", "G24G0000436" },
	};
	const struct calendar *c = *state;
	int32_t z0 = c->first;
	size_t nwork = 0, noff = 0;

	for (size_t i = 0; i < sizeof t / sizeof *t; i++) {
		char off[32], worked[32];

		cal_format_date(off, sizeof off, D(t[i].off));
		cal_format_date(worked, sizeof worked, D(t[i].worked));
		expect_day(c, t[i].worked, CD_TRANSFER_WORK, off);
		expect_day(c, t[i].worked, CD_TRANSFER_WORK, t[i].act);
		expect_day(c, t[i].off, CD_TRANSFER_OFF, worked);
		expect_day(c, t[i].off, CD_TRANSFER_OFF, t[i].act);
	}
	/* and no other */
	for (int32_t z = z0; z <= c->last; z++) {
		enum cal_day_kind k = cal_day(c, z, NULL);

		nwork += k == CD_TRANSFER_WORK;
		noff += k == CD_TRANSFER_OFF;
	}
	assert_int_equal(nwork, sizeof t / sizeof *t);
	assert_int_equal(noff, sizeof t / sizeof *t);
}

/* The DESIGN.md transfers, spelled out: the worked day is a working day,
   the day taken off is not, and the days around them are untouched. */
static void test_builtin_design_transfers(void **state)
{
	const struct calendar *c = *state;

	assert_true(cal_is_working(c, D("2013-12-28")));  /* Sat */
	assert_false(cal_is_working(c, D("2014-01-03"))); /* Fri */
	assert_true(cal_is_working(c, D("2014-05-04")));  /* Sun */
	assert_false(cal_is_working(c, D("2014-05-02"))); /* Fri */
	assert_true(cal_is_working(c, D("2014-05-11")));  /* Sun */
	assert_false(cal_is_working(c, D("2014-05-08"))); /* Thu */
	assert_true(cal_is_working(c, D("2024-05-04")));  /* Sat */
	assert_false(cal_is_working(c, D("2024-05-08"))); /* Wed */
	assert_true(cal_is_working(c, D("2025-01-05")));  /* Sun */
	assert_false(cal_is_working(c, D("2025-01-03"))); /* Fri */
	expect_day(c, "2014-05-03", CD_WEEKEND, NULL);
	expect_day(c, "2014-05-05", CD_WORKING, NULL);
	expect_day(c, "2014-05-10", CD_WEEKEND, NULL);
	expect_day(c, "2024-05-05", CD_WEEKEND, NULL);
	expect_day(c, "2025-01-04", CD_WEEKEND, NULL);
	expect_day(c, "2025-01-06", CD_WORKING, NULL);
	/* 2020: the moved day off of Victory Day (Mon 11 May) was itself moved
	   to Fri 8 May */
	expect_day(c, "2020-05-09", CD_HOLIDAY, "Victory Day");
	expect_day(c, "2020-05-11", CD_TRANSFER_WORK, "Fri 2020-05-08");
	expect_day(c, "2020-05-08", CD_TRANSFER_OFF, "Mon 2020-05-11");
}

/* A holiday on a weekend gives the next working day that is neither a
   holiday nor already a moved day off. */
static void test_builtin_moves(void **state)
{
	const struct calendar *c = *state;

	/* 2015 Nauryz: Sat 21, Sun 22, Mon 23 -> Tue 24 and Wed 25 */
	expect_day(c, "2015-03-20", CD_WORKING, NULL);
	expect_day(c, "2015-03-21", CD_HOLIDAY, "Nauryz");
	expect_day(c, "2015-03-22", CD_HOLIDAY, "Nauryz");
	expect_day(c, "2015-03-23", CD_HOLIDAY, "Nauryz");
	expect_day(c, "2015-03-24", CD_MOVED_OFF, "Sat 2015-03-21");
	expect_day(c, "2015-03-25", CD_MOVED_OFF, "Sun 2015-03-22");
	expect_day(c, "2015-03-26", CD_WORKING, NULL);
	/* 2021 Nauryz: Sun 21 -> Wed 24, past Mon 22 and Tue 23 */
	expect_day(c, "2021-03-24", CD_MOVED_OFF, "Sun 2021-03-21");
	expect_day(c, "2021-03-25", CD_WORKING, NULL);
	/* 16 Dec on a Saturday: 2017 with its second day (Sun 17) -> Mon 18 and
	   Tue 19; 2023 without it -> Mon 18 only */
	expect_day(c, "2017-12-16", CD_HOLIDAY, "Independence Day");
	expect_day(c, "2017-12-17", CD_HOLIDAY, "Independence Day");
	expect_day(c, "2017-12-18", CD_MOVED_OFF, "Sat 2017-12-16");
	expect_day(c, "2017-12-19", CD_MOVED_OFF, "Sun 2017-12-17");
	expect_day(c, "2017-12-20", CD_WORKING, NULL);
	expect_day(c, "2023-12-16", CD_HOLIDAY, "Independence Day");
	expect_day(c, "2023-12-17", CD_WEEKEND, NULL);
	expect_day(c, "2023-12-18", CD_MOVED_OFF, "Sat 2023-12-16");
	expect_day(c, "2023-12-19", CD_WORKING, NULL);
	/* 16 Dec on a Sunday (2018): Mon 17 is the second day -> Tue 18 */
	expect_day(c, "2018-12-18", CD_MOVED_OFF, "Sun 2018-12-16");
	/* Defender's Day on Sat 7 May 2016: Mon 9 is Victory Day -> Tue 10 */
	expect_day(c, "2016-05-09", CD_HOLIDAY, "Victory Day");
	expect_day(c, "2016-05-10", CD_MOVED_OFF, "Sat 2016-05-07");
	/* New Year on Sun 1 Jan 2017: Mon 2 is New Year -> Tue 3 */
	expect_day(c, "2017-01-03", CD_MOVED_OFF, "Sun 2017-01-01");
	/* both New Year days on a weekend (2022) -> Mon 3 and Tue 4 */
	expect_day(c, "2022-01-03", CD_MOVED_OFF, "Sat 2022-01-01");
	expect_day(c, "2022-01-04", CD_MOVED_OFF, "Sun 2022-01-02");
	expect_day(c, "2022-01-05", CD_WORKING, NULL);
}

/* 7 January and Kurban Ait are never moved. */
static void test_builtin_exceptions(void **state)
{
	const struct calendar *c = *state;

	expect_day(c, "2017-01-07", CD_HOLIDAY, "Orthodox Christmas"); /* Sat */
	expect_day(c, "2017-01-09", CD_WORKING, NULL);
	expect_day(c, "2018-01-07", CD_HOLIDAY, "Orthodox Christmas"); /* Sun */
	expect_day(c, "2018-01-08", CD_WORKING, NULL);
	expect_day(c, "2023-01-07", CD_HOLIDAY, "Orthodox Christmas"); /* Sat */
	expect_day(c, "2023-01-09", CD_WORKING, NULL);
	expect_day(c, "2024-01-07", CD_HOLIDAY, "Orthodox Christmas"); /* Sun */
	expect_day(c, "2024-01-08", CD_WORKING, NULL);
	expect_day(c, "2014-10-04", CD_HOLIDAY, "Kurban Ait"); /* Sat */
	expect_day(c, "2014-10-06", CD_WORKING, NULL);
	expect_day(c, "2019-08-11", CD_HOLIDAY, "Kurban Ait"); /* Sun */
	expect_day(c, "2019-08-12", CD_WORKING, NULL);
	expect_day(c, "2022-07-09", CD_HOLIDAY, "Kurban Ait"); /* Sat */
	expect_day(c, "2022-07-11", CD_WORKING, NULL);
	expect_day(c, "2024-06-16", CD_HOLIDAY, "Kurban Ait"); /* Sun */
	expect_day(c, "2024-06-17", CD_WORKING, NULL);
}

/* The first day of Kurban Ait of every year of the file. */
static void test_builtin_kurban_ait(void **state)
{
	static const char *const days[] = {
		"2013-10-15", "2014-10-04", "2015-09-24", "2016-09-12",
		"2017-09-01", "2018-08-21", "2019-08-11", "2020-07-31",
		"2021-07-20", "2022-07-09", "2023-06-28", "2024-06-16",
		"2025-06-06", "2026-05-27",
	};
	const struct calendar *c = *state;

	for (size_t i = 0; i < sizeof days / sizeof *days; i++)
		expect_day(c, days[i], CD_HOLIDAY, "Kurban Ait");
	/* date-holidays' dates for 2015 and 2016 are not days off */
	expect_day(c, "2015-09-23", CD_WORKING, NULL);
	expect_day(c, "2016-09-11", CD_WEEKEND, NULL);
}

/* The edges of the holidays' year ranges. */
static void test_builtin_year_ranges(void **state)
{
	const struct calendar *c = *state;

	/* Constitution Day 30 Aug: 1996-2025 */
	expect_day(c, "2024-08-30", CD_HOLIDAY, "Constitution Day");
	expect_day(c, "2025-08-30", CD_HOLIDAY, "Constitution Day");
	expect_day(c, "2025-09-01", CD_MOVED_OFF, "Sat 2025-08-30");
	expect_day(c, "2026-08-30", CD_WEEKEND, NULL);
	expect_day(c, "2026-08-31", CD_WORKING, NULL);
	/* its new date, 15 March, only from 2027 */
	expect_day(c, "2026-03-15", CD_WEEKEND, NULL);
	expect_day(c, "2026-03-16", CD_WORKING, NULL);
	/* Republic Day 25 Oct: again from 2022 */
	expect_day(c, "2021-10-25", CD_WORKING, NULL);
	expect_day(c, "2022-10-25", CD_HOLIDAY, "Republic Day");
	/* First President's Day 1 Dec: 2012-2021 */
	expect_day(c, "2021-12-01", CD_HOLIDAY, "First President");
	expect_day(c, "2022-12-01", CD_WORKING, NULL);
	/* second day of Independence Day: 2002-2021 */
	expect_day(c, "2021-12-17", CD_HOLIDAY, "Independence Day");
	expect_day(c, "2022-12-16", CD_HOLIDAY, "Independence Day");
	expect_day(c, "2022-12-17", CD_WEEKEND, NULL);
	expect_day(c, "2022-12-19", CD_WORKING, NULL);
	/* Defender's Day from 2013: the first year of the file */
	expect_day(c, "2013-05-07", CD_HOLIDAY, "Defender");
}

/* Year ranges before the shipped years: the same data file with an earlier
   "years" line. */
static void test_kz_early_years(void **state)
{
	struct calendar c;

	(void)state;
	parse_kz_years(&c, "years 2007 2026");
	/* Republic Day until 2008 and again from 2022 */
	expect_day(&c, "2008-10-25", CD_HOLIDAY, "Republic Day"); /* Sat */
	expect_day(&c, "2008-10-27", CD_MOVED_OFF, "Sat 2008-10-25");
	expect_day(&c, "2009-10-25", CD_WEEKEND, NULL);          /* Sun */
	expect_day(&c, "2009-10-26", CD_WORKING, NULL);
	expect_day(&c, "2022-10-25", CD_HOLIDAY, "Republic Day");
	/* Nauryz: 22 March only until 2009, three days from 2010 */
	expect_day(&c, "2009-03-21", CD_WEEKEND, NULL);
	expect_day(&c, "2009-03-22", CD_HOLIDAY, "Nauryz");      /* Sun */
	expect_day(&c, "2009-03-23", CD_MOVED_OFF, "Sun 2009-03-22");
	expect_day(&c, "2009-03-24", CD_WORKING, NULL);
	expect_day(&c, "2010-03-23", CD_HOLIDAY, "Nauryz");
	/* Capital Day from 2009; Defender's Day from 2013 */
	expect_day(&c, "2008-07-07", CD_WORKING, NULL);
	expect_day(&c, "2009-07-06", CD_HOLIDAY, "Capital Day");
	expect_day(&c, "2012-05-07", CD_WORKING, NULL);
	/* First President's Day from 2012 */
	expect_day(&c, "2011-12-01", CD_WORKING, NULL);
	expect_day(&c, "2012-12-03", CD_MOVED_OFF, "Sat 2012-12-01");
	cal_free(&c);
}

/* 29 February: a working Monday in 2016; a rule on 02-29 only in leap years. */
static void test_leap_days(void **state)
{
	struct calendar c;

	expect_day(*state, "2016-02-29", CD_WORKING, NULL);
	expect_day(*state, "2024-02-29", CD_WORKING, NULL);
	parse_ok(&c, "years 2015 2020\nweekend sat sun\nmoves all\n"
		 "holiday 02-29 all moves Leap Day\n");
	expect_day(&c, "2015-02-28", CD_WEEKEND, NULL);
	expect_day(&c, "2015-03-02", CD_WORKING, NULL);
	expect_day(&c, "2016-02-29", CD_HOLIDAY, "Leap Day");
	expect_day(&c, "2017-03-01", CD_WORKING, NULL);
	expect_day(&c, "2020-02-29", CD_HOLIDAY, "Leap Day"); /* Sat */
	expect_day(&c, "2020-03-02", CD_MOVED_OFF, "Sat 2020-02-29");
	cal_free(&c);
}

/* ---- other calendars ----------------------------------------------------- */

static void test_ordinary(void **state)
{
	struct calendar c;
	const char *why = "x";

	(void)state;
	cal_ordinary(&c);
	assert_true(c.ordinary);
	assert_int_equal(cal_day(&c, D("2014-03-21"), &why), CD_WORKING);
	assert_null(why);
	assert_true(cal_is_working(&c, D("2014-03-21")));  /* Nauryz, Fri */
	assert_true(cal_is_working(&c, D("2014-01-03")));  /* transfer off */
	assert_false(cal_is_working(&c, D("2014-05-04"))); /* transfer work */
	assert_false(cal_is_working(&c, D("2014-03-22")));
	assert_int_equal(cal_day(&c, D("2014-03-23"), NULL), CD_WEEKEND);
	assert_true(cal_is_working(&c, D("1900-01-01")));  /* Mon */
	assert_false(cal_is_working(&c, D("2100-01-02"))); /* Sat */
	assert_true(cal_is_working(&c, D("2100-12-31")));  /* Fri */
	for (int32_t z = D("2024-01-01"); z <= D("2024-12-31"); z++)
		assert_int_equal(cal_is_working(&c, z), cal_weekday(z) < 5);
	cal_free(&c);
	cal_free(&c); /* harmless twice */
}

/* The statements of a small file, each in effect. */
static void test_parse_small(void **state)
{
	struct calendar c;

	(void)state;
	/* a Friday-Saturday weekend, CRLF line ends, comments, no move rule
	   before 2015 */
	parse_ok(&c, "# a test calendar\r\n"
		 "years 2014 2015  # two years\r\n"
		 "\r\n"
		 "weekend FRI sat\r\n"
		 "moves 2015-\r\n"
		 "holiday 01-03 all moves Day#3\r\n"
		 "holiday 2015-06-05 fixed Once\r\n"
		 "holiday 12-31 all fixed Eve  \t\r\n"
		 "transfer Fri 2014-01-10 -> Sun 2014-01-12 Act No. 1\r\n");
	assert_string_equal(c.name, "test");
	expect_day(&c, "2014-01-03", CD_HOLIDAY, "Day#3"); /* Fri, not moved */
	expect_day(&c, "2014-01-05", CD_WORKING, NULL);    /* Sun */
	expect_day(&c, "2014-01-04", CD_WEEKEND, NULL);    /* Sat */
	expect_day(&c, "2015-01-03", CD_HOLIDAY, "Day#3"); /* Sat, moves */
	expect_day(&c, "2015-01-04", CD_MOVED_OFF, "Day#3");
	expect_day(&c, "2015-06-05", CD_HOLIDAY, "Once");  /* Fri */
	expect_day(&c, "2015-06-07", CD_WORKING, NULL);
	/* the first and the last day of the years are inside them */
	expect_day(&c, "2014-01-01", CD_WORKING, NULL);
	expect_day(&c, "2015-12-31", CD_HOLIDAY, "Eve");
	expect_day(&c, "2016-01-01", CD_WORKING, NULL);
	expect_day(&c, "2014-01-10", CD_TRANSFER_WORK, "Act No. 1");
	expect_day(&c, "2014-01-12", CD_TRANSFER_OFF, "Fri 2014-01-10");
	/* the name stops at a comment, not at a '#' inside a word */
	expect_day(&c, "2014-01-03", CD_HOLIDAY, NULL);
	{
		const char *why;

		cal_day(&c, D("2015-06-05"), &why);
		assert_string_equal(why, "Once");
	}
	cal_free(&c);
	/* a file without a newline at its end; two holidays on one day */
	parse_ok(&c, "years 2014 2014\nweekend sat sun\nmoves all\n"
		 "holiday 05-09 all moves A\nholiday 2014-05-09 fixed B");
	{
		const char *why;

		assert_int_equal(cal_day(&c, D("2014-05-09"), &why), CD_HOLIDAY);
		assert_string_equal(why, "A; B");
	}
	cal_free(&c);
}

/* Each malformed file fails with its line number and reason. */
static void test_parse_errors(void **state)
{
#define HEAD "years 2014 2014\nweekend sat sun\nmoves 2002-\n"
	static const struct {
		const char *text, *err;
	} t[] = {
		{ "", "1: no 'years' line: say which years the file covers, "
		      "e.g. 'years 2013 2026'" },
		{ "weekend sat sun\nmoves 2002-\n# end\n",
		  "3: no 'years' line: say which years the file covers, "
		  "e.g. 'years 2013 2026'" },
		{ "years 2014 2014\nmoves 2002-\n",
		  "2: no 'weekend' line: say which days are off every week, "
		  "e.g. 'weekend sat sun'" },
		{ "years 2014 2014\nweekend sat sun\n",
		  "2: no 'moves' line: say in which years holidays on a weekend "
		  "move, e.g. 'moves 2002-'" },
		{ HEAD "holyday 01-01 all moves X\n",
		  "4: unknown statement 'holyday' (expected years, weekend, "
		  "moves, holiday, transfer or provisional)" },
		{ HEAD "provisional 2014\nprovisional 2014\n",
		  "5: 'provisional' given twice (first on line 4)" },
		{ HEAD "provisional\n", "4: 'provisional' needs the years whose "
		  "data is not complete, e.g. 'provisional 2027-'" },
		{ HEAD "provisional 2014 x\n", "4: unexpected 'x' after the years" },
		{ "provisional 2013\n" HEAD, "1: the provisional years must be the "
		  "last of the years 2014-2014, up to 2014" },
		{ "years 2013 2015\nweekend sat sun\nmoves 2002-\nprovisional 2014\n",
		  "4: the provisional years must be the last of the years "
		  "2013-2015, up to 2015" },
		{ HEAD "years 2015 2015\n",
		  "4: 'years' given twice (first on line 1)" },
		{ "years 2014\n", "1: 'years' needs two years: FIRST LAST" },
		{ "years 2015 2014\n", "1: the years 2015 2014 run backwards" },
		{ "years 2014 2014 x\n", "1: unexpected 'x' after the years" },
		{ "years 14x 2014\n", "1: '14x' is not a year" },
		{ "years 1000 2000\n", "1: 1001 years is too many (at most 400)" },
		{ "\n\nweekend sat sunday\n",
		  "3: 'sunday' is not a day of the week (mon tue wed thu fri "
		  "sat sun)" },
		{ "weekend sat sat\n", "1: Saturday is named twice" },
		{ "weekend\n", "1: 'weekend' needs the days off, e.g. "
			       "'weekend sat sun'" },
		{ "moves 2002-x\n", "1: '2002-x' is not a set of years (write "
		  "all, 2013, 1996-2025, 2006- or -2025)" },
		{ HEAD "holiday 2014-02-30 fixed X\n",
		  "4: '2014-02-30' is not a valid date (YYYY-MM-DD)" },
		{ HEAD "holiday 02-30 all moves X\n",
		  "4: '02-30' is not a valid day (MM-DD, or YYYY-MM-DD for one "
		  "year)" },
		{ HEAD "holiday 1-1 all moves X\n",
		  "4: '1-1' is not a valid day (MM-DD, or YYYY-MM-DD for one "
		  "year)" },
		{ HEAD "holiday 01-01\n", "4: the holiday needs its years after "
		  "the day (e.g. all, 2006-)" },
		{ HEAD "holiday 01-01 all move X\n",
		  "4: expected 'moves' or 'fixed', got 'move'" },
		{ HEAD "holiday 01-01 all moves\n",
		  "4: the holiday needs a name after 'moves'" },
		{ HEAD "holiday 2014-01-01 fixed   # no name\n",
		  "4: the holiday needs a name after 'fixed'" },
		{ HEAD "holiday 01-01 2010-2005 moves X\n",
		  "4: the years '2010-2005' run backwards" },
		{ HEAD "holiday 01-01 20x0 moves X\n", "4: '20x0' is not a set "
		  "of years (write all, 2013, 1996-2025, 2006- or -2025)" },
		{ HEAD "holiday 01-01 all moves New\001Year\n",
		  "4: a control character in the line" },
		{ HEAD "holiday 01-01 all moves \xd0\n",
		  "4: invalid UTF-8 in the line" },
		{ HEAD "holiday 01-01 all moves \xed\xa0\x80\n",
		  "4: invalid UTF-8 in the line" },
		{ HEAD "transfer 2014-01-04 2014-01-03\n", "4: expected '->' "
		  "between the day off worked and the day taken off" },
		{ HEAD "transfer Sat\n", "4: the transfer needs the first (the "
		  "day off worked) date after 'Sat'" },
		{ HEAD "transfer 2014-01-04 ->\n", "4: the transfer needs the "
		  "second (the day taken off) date" },
		{ HEAD "transfer Sat 2014-01-04 -> Thu 2014-01-03\n",
		  "4: 2014-01-03 is a Friday, not a Thursday" },
		{ HEAD "transfer 2014-01-04 -> 2014-01-04\n",
		  "4: a transfer needs two different days" },
		{ HEAD "transfer 2014-01-06 -> 2014-01-03\n",
		  "4: the transfer works Mon 2014-01-06, which is already a "
		  "working day" },
		{ HEAD "transfer 2014-01-04 -> 2014-01-05\n",
		  "4: the transfer takes Sun 2014-01-05 off, which is already a "
		  "day off (weekend)" },
		{ HEAD "holiday 01-01 all moves New Year\n"
		       "transfer 2014-01-04 -> 2014-01-01\n",
		  "5: the transfer takes Wed 2014-01-01 off, which is a holiday "
		  "(New Year)" },
		{ HEAD "holiday 03-08 all moves Women's Day\n"
		       "transfer 2014-03-08 -> 2014-03-07\n",
		  "5: the transfer works Sat 2014-03-08, which is a holiday "
		  "(Women's Day)" },
		{ HEAD "holiday 03-08 all moves Women's Day\n"
		       "transfer 2014-03-15 -> 2014-03-10\n",
		  "5: the transfer takes Mon 2014-03-10 off, which is already a "
		  "day off (day off for Women's Day on Sat 2014-03-08)" },
		{ HEAD "transfer 2014-01-04 -> 2014-01-03\n"
		       "transfer 2014-01-05 -> 2014-01-03\n",
		  "5: the transfer takes Fri 2014-01-03 off, which is already a "
		  "day off by the transfer on line 4" },
		{ HEAD "transfer 2014-01-04 -> 2014-01-03\n"
		       "transfer 2014-01-04 -> 2014-01-06\n",
		  "5: the transfer works Sat 2014-01-04, which is already a "
		  "working day by the transfer on line 4" },
	};
#undef HEAD
	(void)state;
	for (size_t i = 0; i < sizeof t / sizeof *t; i++) {
		struct calendar c;
		char err[256] = "untouched";

		memset(&c, 0xab, sizeof c);
		if (cal_parse(&c, t[i].text, strlen(t[i].text), "t", err,
			      sizeof err) != -1)
			fail_msg("case %zu parsed: %s", i, t[i].text);
		if (strcmp(err, t[i].err) != 0)
			fail_msg("case %zu:\n got  '%s'\n want '%s'", i, err,
				 t[i].err);
		/* a failed parse leaves the calendar empty */
		assert_null(c.kind);
		assert_null(c.why);
		assert_null(c.name);
		cal_free(&c);
	}
}

/* A transfer wholly outside the covered years is kept out of the way; a
   short error buffer is truncated, not overrun. */
static void test_parse_edges(void **state)
{
	struct calendar c;
	char err[8];
	const char *text = "years 2014 2014\nweekend sat sun\nmoves all\n"
			   "transfer Sat 2005-01-01 -> Mon 2005-01-03\n";

	(void)state;
	parse_ok(&c, text);
	expect_day(&c, "2005-01-03", CD_WORKING, NULL);
	/* no provisional line: every year settled */
	assert_int_equal(c.settled, c.last);
	cal_free(&c);
	/* "2014-" and "2014-2015" both mean the last two of 2013-2015 */
	parse_ok(&c, "years 2013 2015\nweekend sat sun\nmoves 2002-\nprovisional 2014-\n");
	assert_int_equal(c.settled, D("2013-12-31"));
	cal_free(&c);
	parse_ok(&c, "provisional 2014-2015\nyears 2013 2015\nweekend sat sun\nmoves 2002-\n");
	assert_int_equal(c.settled, D("2013-12-31"));
	cal_free(&c);
	assert_int_equal(cal_parse(&c, "bogus\n", 6, "t", err, sizeof err), -1);
	assert_string_equal(err, "1: unkn");
	assert_int_equal(cal_parse(&c, "bogus\n", 6, "t", NULL, 0), -1);
	/* n bounds the text: the years line is cut before its second year */
	assert_int_equal(cal_parse(&c, "years 2014 2014\n", 10, "t", NULL, 0),
			 -1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_civil_epoch),
		cmocka_unit_test(test_civil_leap),
		cmocka_unit_test(test_civil_roundtrip),
		cmocka_unit_test(test_add_months),
		cmocka_unit_test(test_weekday),
		cmocka_unit_test(test_parse_date),
		cmocka_unit_test(test_format_date),
		cmocka_unit_test(test_kind_names),
		cmocka_unit_test(test_builtin_range),
		cmocka_unit_test(test_builtin_2027),
		cmocka_unit_test(test_builtin_2014),
		cmocka_unit_test(test_builtin_2025),
		cmocka_unit_test(test_builtin_transfers),
		cmocka_unit_test(test_builtin_design_transfers),
		cmocka_unit_test(test_builtin_moves),
		cmocka_unit_test(test_builtin_exceptions),
		cmocka_unit_test(test_builtin_kurban_ait),
		cmocka_unit_test(test_builtin_year_ranges),
		cmocka_unit_test(test_kz_early_years),
		cmocka_unit_test(test_leap_days),
		cmocka_unit_test(test_ordinary),
		cmocka_unit_test(test_parse_small),
		cmocka_unit_test(test_parse_errors),
		cmocka_unit_test(test_parse_edges),
	};

	return cmocka_run_group_tests(tests, builtin_setup, builtin_teardown);
}
