/*
 * test_legal.c — unit tests of the durations with digits and the totals
 * of the language packs (langpack.h: dur with LPS_DIGITS, qty): the
 * phrases the seed prints (Appendix 1, row 5), their Russian counterparts
 * with every agreement class (1, 2-4, 5-20, 11-14, 21, 22, 111), compound
 * quantities, truncation, and a round trip through the phrase parser.
 *
 * Contract: one cmocka program; each table row is checked in both
 * languages.  The round trip asks that every phrase a pack writes for a
 * single-unit duration reads back (phrase_parse) to the same interval and
 * form, so the diagrams never print what reglc itself would call drift.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "langpack.h"
#include "phrase.h"

/* A duration and what it must read as in each language. */
struct row {
	enum dur_form form;
	int64_t lo, hi;  /* bounds in units of unit */
	enum unit unit;
	const char *kk;
	const char *ru;
};

static const struct row rows[] = {
	/* the seed's phrases */
	{ DF_NOT_MORE, 0, 15, UNIT_MIN, "15 минуттан аспайды", "не более 15 минут" },
	{ DF_NOT_MORE, 0, 30, UNIT_MIN, "30 минуттан аспайды", "не более 30 минут" },
	{ DF_WITHIN, 0, 1, UNIT_WD, "1 жұмыс күні ішінде", "в течение 1 рабочего дня" },
	{ DF_WITHIN, 0, 12, UNIT_WD, "12 жұмыс күні ішінде", "в течение 12 рабочих дней" },
	{ DF_WITHIN, 0, 28, UNIT_CD, "28 күнтізбелік күн ішінде",
	  "в течение 28 календарных дней" },
	{ DF_RANGE, 90, 180, UNIT_CD, "90 күнтізбелік күннен – 180 күнтізбелік күнге дейін",
	  "от 90 до 180 календарных дней" },
	{ DF_WITHIN, 0, 30, UNIT_MIN, "30 минут ішінде", "в течение 30 минут" },
	{ DF_EXACT, 2, 2, UNIT_HOUR, "2 сағат", "2 часа" },
	{ DF_AUTOMATIC, 0, 0, UNIT_MIN, "автоматты түрде", "автоматически" },
	{ DF_NONE, 0, 0, UNIT_MIN, "", "" },
	/* Russian agreement: nominative one / few / many */
	{ DF_EXACT, 1, 1, UNIT_MIN, "1 минут", "1 минута" },
	{ DF_EXACT, 3, 3, UNIT_MIN, "3 минут", "3 минуты" },
	{ DF_EXACT, 5, 5, UNIT_MIN, "5 минут", "5 минут" },
	{ DF_EXACT, 11, 11, UNIT_MIN, "11 минут", "11 минут" },
	{ DF_EXACT, 12, 12, UNIT_HOUR, "12 сағат", "12 часов" },
	{ DF_EXACT, 21, 21, UNIT_MIN, "21 минут", "21 минута" },
	{ DF_EXACT, 22, 22, UNIT_HOUR, "22 сағат", "22 часа" },
	{ DF_EXACT, 111, 111, UNIT_MIN, "1 сағат 51 минут", "1 час 51 минута" },
	{ DF_EXACT, 1, 1, UNIT_HOUR, "1 сағат", "1 час" },
	{ DF_EXACT, 1, 1, UNIT_WD, "1 жұмыс күні", "1 рабочий день" },
	{ DF_EXACT, 2, 2, UNIT_WD, "2 жұмыс күні", "2 рабочих дня" },
	{ DF_EXACT, 5, 5, UNIT_CD, "5 күнтізбелік күн", "5 календарных дней" },
	{ DF_EXACT, 1, 1, UNIT_CD, "1 күнтізбелік күн", "1 календарный день" },
	/* genitive singular after 1, 21; plural after 2, 11 */
	{ DF_NOT_MORE, 0, 1, UNIT_MIN, "1 минуттан аспайды", "не более 1 минуты" },
	{ DF_NOT_MORE, 0, 2, UNIT_MIN, "2 минуттан аспайды", "не более 2 минут" },
	{ DF_NOT_MORE, 0, 11, UNIT_MIN, "11 минуттан аспайды", "не более 11 минут" },
	{ DF_NOT_MORE, 0, 21, UNIT_MIN, "21 минуттан аспайды", "не более 21 минуты" },
	{ DF_NOT_MORE, 0, 1, UNIT_HOUR, "1 сағаттан аспайды", "не более 1 часа" },
	{ DF_NOT_MORE, 0, 1, UNIT_WD, "1 жұмыс күнінен аспайды", "не более 1 рабочего дня" },
	{ DF_NOT_MORE, 0, 3, UNIT_CD, "3 күнтізбелік күннен аспайды",
	  "не более 3 календарных дней" },
	{ DF_WITHIN, 0, 2, UNIT_WD, "2 жұмыс күні ішінде", "в течение 2 рабочих дней" },
	{ DF_WITHIN, 0, 21, UNIT_CD, "21 күнтізбелік күн ішінде",
	  "в течение 21 календарного дня" },
	{ DF_WITHIN, 0, 1, UNIT_MIN, "1 минут ішінде", "в течение 1 минуты" },
	/* ranges in other units */
	{ DF_RANGE, 1, 2, UNIT_HOUR, "1 сағаттан – 2 сағатқа дейін", "от 1 до 2 часов" },
	{ DF_RANGE, 10, 30, UNIT_MIN, "10 минуттан – 30 минутқа дейін", "от 10 до 30 минут" },
	{ DF_RANGE, 2, 21, UNIT_CD, "2 күнтізбелік күннен – 21 күнтізбелік күнге дейін",
	  "от 2 до 21 календарного дня" },
	{ DF_RANGE, 1, 2, UNIT_WD, "1 жұмыс күнінен – 2 жұмыс күніне дейін",
	  "от 1 до 2 рабочих дней" },
};

static struct dur make(const struct row *r)
{
	struct dur d;
	memset(&d, 0, sizeof d);
	d.form = r->form;
	d.unit = r->unit;
	assert_true(qty_of(r->lo, r->unit, &d.lo));
	assert_true(qty_of(r->hi, r->unit, &d.hi));
	return d;
}

static void test_rows(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		struct dur d = make(&rows[i]);
		char buf[256];
		int k = langpack(LANG_KK)->dur(buf, sizeof buf, &d, LPS_DIGITS, 480);
		assert_string_equal(buf, rows[i].kk);
		assert_int_equal(k, (int)strlen(rows[i].kk));
		k = langpack(LANG_RU)->dur(buf, sizeof buf, &d, LPS_DIGITS, 480);
		assert_string_equal(buf, rows[i].ru);
		assert_int_equal(k, (int)strlen(rows[i].ru));
	}
}

/* Every phrase of a timed row reads back to the interval it came from. */
static void test_round_trip(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		if (rows[i].form == DF_NONE || rows[i].form == DF_AUTOMATIC ||
		    rows[i].form == DF_EXACT)
			continue; /* exact durations are not what the law states */
		struct dur d = make(&rows[i]);
		for (int l = 0; l < LANG__COUNT; l++) {
			char buf[256], why[160];
			langpack((enum lang)l)->dur(buf, sizeof buf, &d, LPS_DIGITS, 480);
			struct dur back;
			enum phrase_lang pl;
			int rc = phrase_parse(buf, strlen(buf), &back, &pl, why, sizeof why);
			if (rc != 0)
				fail_msg("\"%s\" does not parse: %s", buf, why);
			if (!dur_same_interval(&d, &back, 480))
				fail_msg("\"%s\" reads back as another interval", buf);
			assert_int_equal(pl, l == LANG_KK ? PL_KK : PL_RU);
		}
	}
}

/* Compound quantities: minutes carry into hours however they were
 * written; working days and hours are joined by "и" in Russian. */
static void test_compound(void **state)
{
	(void)state;
	char buf[256];
	struct dur d = { DF_WITHIN, { 0, 0, 0, 0 }, { 0, 1, 120, 0 }, UNIT_HOUR };
	langpack(LANG_KK)->dur(buf, sizeof buf, &d, LPS_DIGITS, 480);
	assert_string_equal(buf, "1 жұмыс күні 2 сағат ішінде");
	langpack(LANG_RU)->dur(buf, sizeof buf, &d, LPS_DIGITS, 480);
	assert_string_equal(buf, "в течение 1 рабочего дня и 2 часов");
	struct dur m = { DF_NOT_MORE, { 0, 0, 0, 0 }, { 0, 0, 90, 0 }, UNIT_MIN };
	langpack(LANG_KK)->dur(buf, sizeof buf, &m, LPS_DIGITS, 480);
	assert_string_equal(buf, "1 сағат 30 минуттан аспайды");
	struct dur h = { DF_NOT_MORE, { 0, 0, 0, 0 }, { 0, 0, 90, 0 }, UNIT_HOUR };
	langpack(LANG_KK)->dur(buf, sizeof buf, &h, LPS_DIGITS, 480);
	assert_string_equal(buf, "1 сағат 30 минуттан аспайды");
	langpack(LANG_RU)->dur(buf, sizeof buf, &h, LPS_DIGITS, 480);
	assert_string_equal(buf, "не более 1 часа 30 минут");
	/* a range whose ends are not one number of one unit */
	struct dur r = { DF_RANGE, { 0, 0, 30, 0 }, { 0, 0, 120, 0 }, UNIT_HOUR };
	langpack(LANG_RU)->dur(buf, sizeof buf, &r, LPS_DIGITS, 480);
	assert_string_equal(buf, "от 30 минут до 2 часов");
	langpack(LANG_KK)->dur(buf, sizeof buf, &r, LPS_DIGITS, 480);
	assert_string_equal(buf, "30 минуттан – 2 сағатқа дейін");
	/* written with days: the minutes carry into them at the working day */
	struct dur w = { DF_WITHIN, { 0, 0, 0, 0 }, { 0, 1, 600, 0 }, UNIT_WD };
	langpack(LANG_RU)->dur(buf, sizeof buf, &w, LPS_DIGITS, 480);
	assert_string_equal(buf, "в течение 2 рабочих дней и 2 часов");
	langpack(LANG_KK)->dur(buf, sizeof buf, &w, LPS_DIGITS, 480);
	assert_string_equal(buf, "2 жұмыс күні 2 сағат ішінде");
	/* written in hours: hours stay hours, however many */
	struct dur t = { DF_NOT_MORE, { 0, 0, 0, 0 }, { 0, 0, 600, 0 }, UNIT_HOUR };
	langpack(LANG_KK)->dur(buf, sizeof buf, &t, LPS_DIGITS, 480);
	assert_string_equal(buf, "10 сағаттан аспайды");
}

/* A sum, carried as a sum: calendar days first with the conjunction. */
static void test_total(void **state)
{
	(void)state;
	char buf[256];
	const struct langpack *kk = langpack(LANG_KK), *ru = langpack(LANG_RU);
	kk->qty(buf, sizeof buf, (struct qty){ 28, 2, 75, 0 }, UNIT_MIN, 480, LP_AS_SUM);
	assert_string_equal(buf, "28 күнтізбелік күн және 2 жұмыс күні 1 сағат 15 минут");
	ru->qty(buf, sizeof buf, (struct qty){ 28, 2, 75, 0 }, UNIT_MIN, 480, LP_AS_SUM);
	assert_string_equal(buf, "28 календарных дней, 2 рабочих дня и 1 час 15 минут");
	ru->qty(buf, sizeof buf, (struct qty){ 28, 0, 60, 0 }, UNIT_MIN, 480, LP_AS_SUM);
	assert_string_equal(buf, "28 календарных дней и 1 час");
	ru->qty(buf, sizeof buf, (struct qty){ 0, 0, 0, 0 }, UNIT_MIN, 480, LP_AS_SUM);
	assert_string_equal(buf, "0 минут");
	ru->qty(buf, sizeof buf, (struct qty){ 0, 0, 61, 0 }, UNIT_MIN, 480, LP_AS_SUM);
	assert_string_equal(buf, "1 час 1 минута");
	kk->qty(buf, sizeof buf, (struct qty){ 1, 0, 0, 0 }, UNIT_MIN, 480, LP_AS_SUM);
	assert_string_equal(buf, "1 күнтізбелік күн");
	kk->qty(buf, sizeof buf, (struct qty){ 0, 1, 1250, 0 }, UNIT_MIN, 480, LP_AS_SUM);
	assert_string_equal(buf, "3 жұмыс күні 4 сағат 50 минут");
	ru->qty(buf, sizeof buf, (struct qty){ 0, 1, 1250, 0 }, UNIT_MIN, 480, LP_AS_SUM);
	assert_string_equal(buf, "3 рабочих дня и 4 часа 50 минут");
	/* the working day as written: eight hours, not one day */
	kk->qty(buf, sizeof buf, (struct qty){ 0, 0, 480, 0 }, UNIT_MIN, 480, LP_AS_WRITTEN);
	assert_string_equal(buf, "8 сағат");
}

/* Like snprintf: the full length is returned, the buffer never overrun. */
static void test_truncation(void **state)
{
	(void)state;
	struct dur d = make(&rows[5]);
	size_t full = strlen(rows[5].kk);
	for (size_t n = 0; n <= full + 1; n++) {
		char *buf = malloc(n ? n : 1);
		int k = langpack(LANG_KK)->dur(n ? buf : NULL, n, &d, LPS_DIGITS, 480);
		assert_int_equal(k, (int)full);
		if (n) {
			assert_true(strlen(buf) < n);
			assert_memory_equal(buf, rows[5].kk, strlen(buf));
		}
		free(buf);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_rows),
		cmocka_unit_test(test_round_trip),
		cmocka_unit_test(test_compound),
		cmocka_unit_test(test_total),
		cmocka_unit_test(test_truncation),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
