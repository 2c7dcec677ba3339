/*
 * test_langpack.c — unit tests of the language packs (langpack.h): every
 * pack is complete (its functions, every phrase of LP_PHRASES present and
 * not empty, every template with exactly the printf conversions its id
 * declares, every noun written), the counts of things and the nouns
 * after a number in both languages, and durations carried into the units
 * the law writes (legal.h): by the split every pack shares, in reglc's
 * notation, and in each pack's words with its conjunctions.
 *
 * Contract: one cmocka program over every value of enum lang, so a new
 * language's pack is checked the moment it is in langpack.c's table; the
 * expected words are written out by hand (never computed).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "langpack.h"
#include "legal.h"

/* The ids' names and declared conversions, by enum lp_phrase. */
#define NAME_(id, conv) #id,
static const char *const phrase_names[LP__COUNT] = { LP_PHRASES(NAME_) };
#undef NAME_
#define CONV_(id, conv) conv,
static const char *const phrase_convs[LP__COUNT] = { LP_PHRASES(CONV_) };
#undef CONV_

/*
 * The printf conversions of s in the order of the arguments they take,
 * concatenated ("%llu", "%s%u"), into out; "%%" is a literal percent sign
 * and no conversion.  A template may number its conversions ("%2$u ...
 * %1$u": POSIX positional arguments, for a language that puts them in
 * another order); then every conversion is numbered, each argument is
 * taken once, and out lists them by number, without the "N$".  False when
 * a '%' starts no complete conversion, or the numbering is not 1..n.
 */
static bool conversions(const char *s, char *out, size_t n)
{
	const char *conv[16];
	size_t len[16];
	int pos[16];
	int k = 0, numbered = -1;
	for (const char *p = s; *p; p++) {
		if (*p != '%')
			continue;
		if (p[1] == '%') {
			p++;
			continue;
		}
		const char *e = p + 1;
		int at = 0;
		while (*e >= '0' && *e <= '9')
			at = at * 10 + (*e++ - '0');
		bool has_pos = *e == '$' && at > 0;
		if (has_pos)
			e++;
		else
			e = p + 1;
		if (numbered >= 0 && numbered != has_pos)
			return false;
		numbered = has_pos;
		const char *spec = e;
		while (*e && strchr("-+ #0123456789.*hljztL", *e))
			e++;
		if (!*e || !strchr("diouxXeEfFgGaAcspn", *e) || k == 16)
			return false;
		conv[k] = spec;
		len[k] = (size_t)(e + 1 - spec);
		pos[k] = has_pos ? at : k + 1;
		k++;
		p = e;
	}
	size_t w = 0;
	out[0] = '\0';
	for (int want = 1; want <= k; want++) {
		int found = -1;
		for (int i = 0; i < k; i++)
			if (pos[i] == want)
				found = found < 0 ? i : -2;
		if (found < 0 || w + len[found] + 2 > n)
			return false;
		out[w++] = '%';
		memcpy(out + w, conv[found], len[found]);
		w += len[found];
		out[w] = '\0';
	}
	return true;
}

/* Every language has a pack of its own, with every function but inflect
 * (which a language whose endings are tables leaves NULL). */
static void every_pack_complete(void **state)
{
	(void)state;
	for (int l = 0; l < LANG__COUNT; l++) {
		const struct langpack *lp = langpack((enum lang)l);
		assert_non_null(lp);
		assert_int_equal(lp->lang, l);
		assert_non_null(lp->code);
		assert_true(lp->code[0] != '\0');
		for (int m = 0; m < l; m++)
			assert_string_not_equal(lp->code, langpack((enum lang)m)->code);
		assert_non_null(lp->number);
		assert_non_null(lp->form);
		assert_non_null(lp->noun);
		assert_non_null(lp->count);
		assert_non_null(lp->dur);
		assert_non_null(lp->qty);
	}
	assert_ptr_equal(langpack(LANG_KK), &lp_kk);
	assert_ptr_equal(langpack(LANG_RU), &lp_ru);
}

/* Every phrase of every pack: present, not empty, and a format exactly
 * when its id says so, with the same conversions in the same order. */
static void every_phrase_present(void **state)
{
	(void)state;
	for (int l = 0; l < LANG__COUNT; l++) {
		const struct langpack *lp = langpack((enum lang)l);
		for (int p = 0; p < LP__COUNT; p++) {
			const char *s = lp->phrase[p];
			if (!s)
				fail_msg("pack %s has no phrase %s", lp->code, phrase_names[p]);
			if (!s[0])
				fail_msg("pack %s: phrase %s is empty", lp->code, phrase_names[p]);
			char got[64];
			if (!conversions(s, got, sizeof got))
				fail_msg("pack %s: phrase %s has a stray '%%': \"%s\"", lp->code,
					 phrase_names[p], s);
			if (strcmp(got, phrase_convs[p]) != 0)
				fail_msg("pack %s: phrase %s takes \"%s\", its id declares \"%s\"",
					 lp->code, phrase_names[p], got, phrase_convs[p]);
		}
	}
}

/* The phrases that carry a link (handbook.c: put_linked): one "[...]"
 * each, in every pack; no other phrase has a bracket. */
static void links_marked(void **state)
{
	(void)state;
	static const enum lp_phrase linked[] = { LP_GOTO_SUB, LP_BACK_SUB, LP_USE_ONE,
						 LP_USE_RANGE };
	for (int l = 0; l < LANG__COUNT; l++) {
		const struct langpack *lp = langpack((enum lang)l);
		for (int p = 0; p < LP__COUNT; p++) {
			bool want = false;
			for (size_t i = 0; i < sizeof linked / sizeof linked[0]; i++)
				want |= linked[i] == (enum lp_phrase)p;
			const char *s = lp->phrase[p], *open = strchr(s, '['),
				   *close = strchr(s, ']');
			bool one = open && close && open < close && !strchr(open + 1, '[') &&
				   !strchr(close + 1, ']') && close > open + 1;
			if (want && !one)
				fail_msg("pack %s: phrase %s needs one [link]: \"%s\"", lp->code,
					 phrase_names[p], s);
			if (!want && (open || close))
				fail_msg("pack %s: phrase %s has a bracket but is no link: \"%s\"",
					 lp->code, phrase_names[p], s);
		}
	}
}

/* Every noun is written in every pack, in the cases the outputs use. */
static void every_noun_written(void **state)
{
	(void)state;
	static const enum lp_case cases[] = { LPC_NOM, LPC_GEN };
	static const uint64_t counts[] = { 0, 1, 2, 5, 11, 21, 22 };
	for (int l = 0; l < LANG__COUNT; l++) {
		const struct langpack *lp = langpack((enum lang)l);
		for (int w = 0; w < LPN__COUNT; w++)
			for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++)
				for (size_t v = 0; v < sizeof counts / sizeof counts[0]; v++) {
					char buf[128];
					int k = lp->noun(buf, sizeof buf, (enum lp_noun)w, counts[v],
							 cases[c]);
					assert_true(k > 0);
					assert_int_equal(k, (int)strlen(buf));
				}
	}
}

/* A count of things, as the handbook's findings say it. */
static void counts_of_things(void **state)
{
	(void)state;
	static const struct {
		enum lang l;
		uint64_t v;
		enum lp_noun what;
		enum lp_case c;
		enum lp_style s;
		const char *out;
	} rows[] = {
		/* Russian: one, few, many; 11-14 are many, 21 one, 22 few */
		{ LANG_RU, 1, LPN_ERROR, LPC_NOM, LPS_DIGITS, "1 ошибка" },
		{ LANG_RU, 2, LPN_ERROR, LPC_NOM, LPS_DIGITS, "2 ошибки" },
		{ LANG_RU, 4, LPN_ERROR, LPC_NOM, LPS_DIGITS, "4 ошибки" },
		{ LANG_RU, 5, LPN_ERROR, LPC_NOM, LPS_DIGITS, "5 ошибок" },
		{ LANG_RU, 11, LPN_ERROR, LPC_NOM, LPS_DIGITS, "11 ошибок" },
		{ LANG_RU, 21, LPN_ERROR, LPC_NOM, LPS_DIGITS, "21 ошибка" },
		{ LANG_RU, 22, LPN_ERROR, LPC_NOM, LPS_DIGITS, "22 ошибки" },
		{ LANG_RU, 0, LPN_ERROR, LPC_NOM, LPS_DIGITS, "0 ошибок" },
		/* a neuter noun */
		{ LANG_RU, 1, LPN_WARNING, LPC_NOM, LPS_DIGITS, "1 предупреждение" },
		{ LANG_RU, 3, LPN_WARNING, LPC_NOM, LPS_DIGITS, "3 предупреждения" },
		{ LANG_RU, 12, LPN_WARNING, LPC_NOM, LPS_DIGITS, "12 предупреждений" },
		/* the genitive after "не более": singular after one only */
		{ LANG_RU, 1, LPN_TIMES, LPC_GEN, LPS_DIGITS, "1 раза" },
		{ LANG_RU, 3, LPN_TIMES, LPC_GEN, LPS_DIGITS, "3 раз" },
		{ LANG_RU, 2, LPN_TIMES, LPC_NOM, LPS_DIGITS, "2 раза" },
		/* in words: the number agrees in gender and case */
		{ LANG_RU, 1, LPN_ERROR, LPC_NOM, LPS_WORDS, "одна ошибка" },
		{ LANG_RU, 2, LPN_WARNING, LPC_NOM, LPS_WORDS, "два предупреждения" },
		{ LANG_RU, 1, LPN_WARNING, LPC_NOM, LPS_WORDS, "одно предупреждение" },
		{ LANG_RU, 15, LPN_MIN, LPC_GEN, LPS_WORDS, "пятнадцати минут" },
		{ LANG_RU, 1, LPN_WD, LPC_GEN, LPS_WORDS, "одного рабочего дня" },
		{ LANG_RU, 3, LPN_CD, LPC_NOM, LPS_DIGITS, "3 календарных дня" },
		/* Kazakh: the noun never changes for the number; a case ending
		 * goes on it, after the possessive with -н- */
		{ LANG_KK, 3, LPN_ERROR, LPC_NOM, LPS_DIGITS, "3 қате" },
		{ LANG_KK, 1, LPN_WARNING, LPC_NOM, LPS_DIGITS, "1 ескерту" },
		{ LANG_KK, 5, LPN_TIMES, LPC_NOM, LPS_DIGITS, "5 рет" },
		{ LANG_KK, 15, LPN_MIN, LPC_ABL, LPS_WORDS, "он бес минуттан" },
		{ LANG_KK, 1, LPN_WD, LPC_DAT, LPS_DIGITS, "1 жұмыс күніне" },
		{ LANG_KK, 90, LPN_CD, LPC_ABL, LPS_DIGITS, "90 күнтізбелік күннен" },
	};
	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		char buf[128];
		int k = langpack(rows[i].l)->count(buf, sizeof buf, rows[i].v, rows[i].what,
						   rows[i].c, rows[i].s);
		assert_string_equal(buf, rows[i].out);
		assert_int_equal(k, (int)strlen(rows[i].out));
	}
}

/* Kazakh nouns do not change after a number; Russian ones do. */
static void noun_forms(void **state)
{
	(void)state;
	for (uint64_t v = 0; v < 30; v++)
		assert_int_equal(lp_kk.form(v, LPC_NOM), LPF_ONE);
	char buf[64];
	lp_kk.noun(buf, sizeof buf, LPN_HOUR, 5, LPC_NOM);
	assert_string_equal(buf, "сағат");
	lp_kk.noun(buf, sizeof buf, LPN_HOUR, 5, LPC_DAT);
	assert_string_equal(buf, "сағатқа");
	lp_ru.noun(buf, sizeof buf, LPN_HOUR, 5, LPC_NOM);
	assert_string_equal(buf, "часов");
	lp_ru.noun(buf, sizeof buf, LPN_HOUR, 1, LPC_GEN);
	assert_string_equal(buf, "часа");
	lp_ru.noun(buf, sizeof buf, LPN_MIN, 21, LPC_NOM);
	assert_string_equal(buf, "минута");
	assert_null(lp_ru.inflect);
	assert_non_null(lp_kk.inflect);
}

/* A template puts its number where the language wants it. */
static void templates_in_word_order(void **state)
{
	(void)state;
	char buf[128];
	snprintf(buf, sizeof buf, lp_kk.phrase[LP_MAX_TIMES], 3ULL);
	assert_string_equal(buf, "ең көбі 3 рет");
	snprintf(buf, sizeof buf, lp_ru.phrase[LP_MAX_TIMES], 3ULL);
	assert_string_equal(buf, "не более 3 раз");
	/* numbered conversions: the paragraph, then the sub-paragraph */
	snprintf(buf, sizeof buf, lp_kk.phrase[LP_SUBREF], 6u, 3u);
	assert_string_equal(buf, "6-тармақтың 3) тармақшасы");
	snprintf(buf, sizeof buf, lp_ru.phrase[LP_SUBREF], 6u, 3u);
	assert_string_equal(buf, "подпункт 3) пункта 6");
	snprintf(buf, sizeof buf, lp_kk.phrase[LP_APP_OF], 2, "X");
	assert_string_equal(buf, "«X» мемлекеттік көрсетілетін қызмет регламентіне 2-қосымша");
}

/*
 * The carrying rule (legal.h): minutes into hours always; hours into
 * working days, at the regulation's working day, for a sum that reaches
 * one or a quantity written with days; calendar days apart and first.
 */
static void carrying(void **state)
{
	(void)state;
	static const struct {
		struct qty q;
		enum unit unit;
		int64_t workday;
		enum lp_carry how;
		const char *notation, *kk, *ru;
	} rows[] = {
		/* a path's total: 1 wd + 1250 min is 3 wd 290 min */
		{ { 0, 1, 1250, 0 }, UNIT_MIN, 480, LP_AS_SUM, "3 wd 4 h 50 min",
		  "3 жұмыс күні 4 сағат 50 минут", "3 рабочих дня и 4 часа 50 минут" },
		{ { 0, 0, 75, 0 }, UNIT_MIN, 480, LP_AS_SUM, "1 h 15 min", "1 сағат 15 минут",
		  "1 час 15 минут" },
		{ { 0, 0, 60, 0 }, UNIT_MIN, 480, LP_AS_SUM, "1 h", "1 сағат", "1 час" },
		{ { 0, 0, 45, 0 }, UNIT_MIN, 480, LP_AS_SUM, "45 min", "45 минут", "45 минут" },
		/* a sum of minutes that reaches a working day is in days */
		{ { 0, 0, 570, 0 }, UNIT_MIN, 480, LP_AS_SUM, "1 wd 1 h 30 min",
		  "1 жұмыс күні 1 сағат 30 минут", "1 рабочий день и 1 час 30 минут" },
		/* ... at the regulation's own working day */
		{ { 0, 0, 570, 0 }, UNIT_MIN, 540, LP_AS_SUM, "1 wd 30 min",
		  "1 жұмыс күні 30 минут", "1 рабочий день и 30 минут" },
		{ { 0, 0, 570, 0 }, UNIT_MIN, 600, LP_AS_SUM, "9 h 30 min", "9 сағат 30 минут",
		  "9 часов 30 минут" },
		/* a term written in hours stays in hours */
		{ { 0, 0, 600, 0 }, UNIT_HOUR, 480, LP_AS_WRITTEN, "10 h", "10 сағат", "10 часов" },
		{ { 0, 0, 120, 0 }, UNIT_HOUR, 480, LP_AS_WRITTEN, "2 h", "2 сағат", "2 часа" },
		/* written with days: the minutes carry into them */
		{ { 0, 1, 600, 0 }, UNIT_WD, 480, LP_AS_WRITTEN, "2 wd 2 h", "2 жұмыс күні 2 сағат",
		  "2 рабочих дня и 2 часа" },
		{ { 0, 2, 0, 0 }, UNIT_WD, 480, LP_AS_WRITTEN, "2 wd", "2 жұмыс күні",
		  "2 рабочих дня" },
		/* calendar and working time: calendar days first */
		{ { 28, 2, 75, 0 }, UNIT_MIN, 480, LP_AS_SUM, "28 cd + 2 wd 1 h 15 min",
		  "28 күнтізбелік күн және 2 жұмыс күні 1 сағат 15 минут",
		  "28 календарных дней, 2 рабочих дня и 1 час 15 минут" },
		{ { 28, 0, 60, 0 }, UNIT_MIN, 480, LP_AS_SUM, "28 cd + 1 h",
		  "28 күнтізбелік күн және 1 сағат", "28 календарных дней и 1 час" },
		{ { 20, 5, 0, 0 }, UNIT_MIN, 480, LP_AS_SUM, "20 cd + 5 wd",
		  "20 күнтізбелік күн және 5 жұмыс күні", "20 календарных дней и 5 рабочих дней" },
		{ { 28, 0, 0, 0 }, UNIT_CD, 480, LP_AS_WRITTEN, "28 cd", "28 күнтізбелік күн",
		  "28 календарных дней" },
		/* zero, in the unit written */
		{ { 0, 0, 0, 0 }, UNIT_MIN, 480, LP_AS_SUM, "0 min", "0 минут", "0 минут" },
		{ { 0, 0, 0, 0 }, UNIT_CD, 480, LP_AS_WRITTEN, "0 cd", "0 күнтізбелік күн",
		  "0 календарных дней" },
	};
	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		char buf[256];
		int k = legal_notation_qty(buf, sizeof buf, rows[i].q, rows[i].unit,
					   rows[i].workday, rows[i].how);
		assert_string_equal(buf, rows[i].notation);
		assert_int_equal(k, (int)strlen(buf));
		k = lp_kk.qty(buf, sizeof buf, rows[i].q, rows[i].unit, rows[i].workday,
			      rows[i].how);
		assert_string_equal(buf, rows[i].kk);
		assert_int_equal(k, (int)strlen(buf));
		k = lp_ru.qty(buf, sizeof buf, rows[i].q, rows[i].unit, rows[i].workday,
			      rows[i].how);
		assert_string_equal(buf, rows[i].ru);
		assert_int_equal(k, (int)strlen(buf));
	}
	/* the parts themselves */
	struct legal_parts p = legal_split((struct qty){ 0, 1, 1250, 0 }, UNIT_MIN, 480, LP_AS_SUM);
	assert_int_equal(p.n, 3);
	assert_int_equal(p.v[0], 3);
	assert_int_equal(p.u[0], LPN_WD);
	assert_int_equal(p.v[1], 4);
	assert_int_equal(p.u[1], LPN_HOUR);
	assert_int_equal(p.v[2], 50);
	assert_int_equal(p.u[2], LPN_MIN);
	/* no working day known: the default one */
	p = legal_split((struct qty){ 0, 0, 960, 0 }, UNIT_MIN, 0, LP_AS_SUM);
	assert_int_equal(p.n, 1);
	assert_int_equal(p.v[0], 2);
	assert_int_equal(p.u[0], LPN_WD);
}

/* Durations as written, in the notation and in each pack's cases: the
 * genitive after "не более", the ablative on the last unit before
 * "аспайды", "и" between days and hours in Russian. */
static void durations_carried(void **state)
{
	(void)state;
	static const struct {
		struct dur d;
		const char *notation, *kk, *ru;
	} rows[] = {
		{ { DF_NOT_MORE, { 0, 0, 0, 0 }, { 0, 0, 75, 0 }, UNIT_MIN }, "<= 1 h 15 min",
		  "1 сағат 15 минуттан аспайды", "не более 1 часа 15 минут" },
		{ { DF_WITHIN, { 0, 0, 0, 0 }, { 0, 2, 120, 0 }, UNIT_WD }, "within 2 wd 2 h",
		  "2 жұмыс күні 2 сағат ішінде", "в течение 2 рабочих дней и 2 часов" },
		{ { DF_NOT_MORE, { 0, 0, 0, 0 }, { 0, 0, 120, 0 }, UNIT_HOUR }, "<= 2 h",
		  "2 сағаттан аспайды", "не более 2 часов" },
		{ { DF_RANGE, { 90, 0, 0, 0 }, { 180, 0, 0, 0 }, UNIT_CD }, "90..180 cd",
		  "90 күнтізбелік күннен – 180 күнтізбелік күнге дейін",
		  "от 90 до 180 календарных дней" },
		{ { DF_RANGE, { 0, 0, 60, 0 }, { 0, 0, 150, 0 }, UNIT_HOUR }, "1 h .. 2 h 30 min",
		  "1 сағаттан – 2 сағат 30 минутқа дейін", "от 1 часа до 2 часов 30 минут" },
		{ { DF_EXACT, { 0, 0, 90, 0 }, { 0, 0, 90, 0 }, UNIT_MIN }, "1 h 30 min",
		  "1 сағат 30 минут", "1 час 30 минут" },
		{ { DF_AUTOMATIC, { 0, 0, 0, 0 }, { 0, 0, 0, 0 }, UNIT_MIN }, "automatic",
		  "автоматты түрде", "автоматически" },
	};
	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		char buf[256];
		legal_notation_dur(buf, sizeof buf, &rows[i].d, 480);
		assert_string_equal(buf, rows[i].notation);
		lp_kk.dur(buf, sizeof buf, &rows[i].d, LPS_DIGITS, 480);
		assert_string_equal(buf, rows[i].kk);
		lp_ru.dur(buf, sizeof buf, &rows[i].d, LPS_DIGITS, 480);
		assert_string_equal(buf, rows[i].ru);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(every_pack_complete),
		cmocka_unit_test(every_phrase_present),
		cmocka_unit_test(links_marked),
		cmocka_unit_test(every_noun_written),
		cmocka_unit_test(counts_of_things),
		cmocka_unit_test(noun_forms),
		cmocka_unit_test(templates_in_word_order),
		cmocka_unit_test(carrying),
		cmocka_unit_test(durations_carried),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
