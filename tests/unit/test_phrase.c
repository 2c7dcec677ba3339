/*
 * test_phrase.c — unit tests of phrase_parse: every duration phrase of the
 * seed (Kyzylorda resolution No. 700) in its PDF-damaged forms, their
 * Russian counterparts, and the inputs that must be refused.
 *
 * Contract: one cmocka program.  Each table row is its own test, named by
 * its phrase; every phrase is also parsed from a heap copy of exactly its
 * length, so AddressSanitizer catches a read past n.  The robustness tests
 * feed every one- and two-byte string, every prefix of every phrase and a
 * fixed pseudo-random stream, and only ask for a clean answer.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "phrase.h"

/* A phrase that must parse, and what it must parse to. */
struct ok_case {
	const char *text;     /* the phrase */
	enum dur_form form;   /* expected form */
	int64_t lo, hi;       /* bounds, in units of unit */
	enum unit unit;       /* unit of both bounds */
	enum phrase_lang lang;/* expected language */
};

/* A phrase that must be refused, and a piece of the reason. */
struct bad_case {
	const char *text; /* the phrase (NUL-terminated) */
	const char *why;  /* substring expected in the error */
};

/*
 * Every duration phrase of the seed, as the PDF left it (letter-spaced,
 * parenthesised, cut off), then the Russian texts, then the numbers and
 * units the seed does not use but real regulations do.
 */
static const struct ok_case ok_cases[] = {
	/* Kazakh, "not more than", as in ¶6 and Appendix 1 */
	{ "он бес минуттан аспайды", DF_NOT_MORE, 0, 15, UNIT_MIN, PL_KK },
	{ "отыз минуттан аспайды", DF_NOT_MORE, 0, 30, UNIT_MIN, PL_KK },
	{ "он минуттан а с п а й д ы", DF_NOT_MORE, 0, 10, UNIT_MIN, PL_KK },
	{ "о т ы з м и н у т т а н а с п а й д ы", DF_NOT_MORE, 0, 30,
	  UNIT_MIN, PL_KK },
	{ "2 0 м и н у т т а н а с п а й д ы", DF_NOT_MORE, 0, 20, UNIT_MIN,
	  PL_KK },
	{ "1 5 м и н у т т а н а с п а й д ы", DF_NOT_MORE, 0, 15, UNIT_MIN,
	  PL_KK },
	{ "15 минуттан аспайды", DF_NOT_MORE, 0, 15, UNIT_MIN, PL_KK },
	{ "жиырма минуттан аспайды", DF_NOT_MORE, 0, 20, UNIT_MIN, PL_KK },
	{ "бес минуттан аспайды", DF_NOT_MORE, 0, 5, UNIT_MIN, PL_KK },
	{ "5 минуттан аспайды", DF_NOT_MORE, 0, 5, UNIT_MIN, PL_KK },
	{ "(он бес минуттан аспайды) ;", DF_NOT_MORE, 0, 15, UNIT_MIN,
	  PL_KK },
	{ "(он минуттан аспайды).", DF_NOT_MORE, 0, 10, UNIT_MIN, PL_KK },
	{ "он минуттан аспайды);.", DF_NOT_MORE, 0, 10, UNIT_MIN, PL_KK },
	{ "\t«он\u00a0минуттан аспайды»\r\n", DF_NOT_MORE, 0, 10, UNIT_MIN,
	  PL_KK },
	{ "(он бес минуттан а с п а й д ы ) ;", DF_NOT_MORE, 0, 15, UNIT_MIN,
	  PL_KK },
	{ "Он Бес Минуттан Аспайды", DF_NOT_MORE, 0, 15, UNIT_MIN, PL_KK },
	{ "ОН БЕС МИНУТТАН АСПАЙДЫ", DF_NOT_MORE, 0, 15, UNIT_MIN, PL_KK },
	{ "екі сағаттан аспайды", DF_NOT_MORE, 0, 2, UNIT_HOUR, PL_KK },
	{ "5 минутқа дейін", DF_NOT_MORE, 0, 5, UNIT_MIN, PL_KK },
	/* Kazakh, "within" */
	{ "бір жұмыс күні ішінде", DF_WITHIN, 0, 1, UNIT_WD, PL_KK },
	{ "1 жұмыс күні ішінде", DF_WITHIN, 0, 1, UNIT_WD, PL_KK },
	{ "он екі жұмыс күні ішінде", DF_WITHIN, 0, 12, UNIT_WD, PL_KK },
	{ "12 жұмыс күні ішінде", DF_WITHIN, 0, 12, UNIT_WD, PL_KK },
	{ "сегіз жұмыс күні ішінде", DF_WITHIN, 0, 8, UNIT_WD, PL_KK },
	{ "8 жұмыс күні ішінде", DF_WITHIN, 0, 8, UNIT_WD, PL_KK },
	{ "жиырма сегіз күнтізбелік күн ішінде", DF_WITHIN, 0, 28, UNIT_CD,
	  PL_KK },
	{ "28 күнтізбелік күн ішінде", DF_WITHIN, 0, 28, UNIT_CD, PL_KK },
	{ "отыз минут ішінде", DF_WITHIN, 0, 30, UNIT_MIN, PL_KK },
	{ "30 минут ішінде", DF_WITHIN, 0, 30, UNIT_MIN, PL_KK },
	{ "2 сағат ішінде", DF_WITHIN, 0, 2, UNIT_HOUR, PL_KK },
	{ "15 минут iшiнде", DF_WITHIN, 0, 15, UNIT_MIN, PL_KK },
	{ "(бір жұмыс күні ішінде);", DF_WITHIN, 0, 1, UNIT_WD, PL_KK },
	/* cut off by the PDF: "10 минутта[н аспайды]" */
	{ "10 минутта", DF_WITHIN, 0, 10, UNIT_MIN, PL_KK },
	/* Kazakh ranges */
	{ "2-8 күнтізбелік күн ішінде", DF_RANGE, 2, 8, UNIT_CD, PL_KK },
	{ "2 – 8 күнтізбелік күн ішінде", DF_RANGE, 2, 8, UNIT_CD, PL_KK },
	{ "тоқсан күнтізбелік күннен – бір жүз сексен күнтізбелік күнге "
	  "дейін", DF_RANGE, 90, 180, UNIT_CD, PL_KK },
	{ "(тоқсан күнтізбелік күннен – бір жүз сексен күнтізбелік күнге "
	  "дейін).", DF_RANGE, 90, 180, UNIT_CD, PL_KK },
	{ "(90 күнтізбелік күннен – 180 күнтізбелік күнге)", DF_RANGE, 90,
	  180, UNIT_CD, PL_KK },
	{ "90 күнтізбелік күннен 180 күнтізбелік күнге дейін", DF_RANGE, 90,
	  180, UNIT_CD, PL_KK },
	{ "тоқсан күнтізбелік күннен — жүз сексен күнтізбелік күнге дейін",
	  DF_RANGE, 90, 180, UNIT_CD, PL_KK },
	/* Kazakh exact, and numbers up to 9999 */
	{ "15 минут", DF_EXACT, 15, 15, UNIT_MIN, PL_KK },
	{ "екі мың бес жүз жұмыс күні ішінде", DF_WITHIN, 0, 2500, UNIT_WD,
	  PL_KK },
	{ "тоғыз мың тоғыз жүз тоқсан тоғыз минут", DF_EXACT, 9999, 9999,
	  UNIT_MIN, PL_KK },
	{ "мың минут", DF_EXACT, 1000, 1000, UNIT_MIN, PL_KK },
	{ "жүз бір минут", DF_EXACT, 101, 101, UNIT_MIN, PL_KK },
	{ "жетпіс жеті минут", DF_EXACT, 77, 77, UNIT_MIN, PL_KK },
	{ "алпыс алты минут", DF_EXACT, 66, 66, UNIT_MIN, PL_KK },
	{ "қырық төрт минут", DF_EXACT, 44, 44, UNIT_MIN, PL_KK },
	{ "елу үш минут", DF_EXACT, 53, 53, UNIT_MIN, PL_KK },
	/* Russian */
	{ "не более 15 минут", DF_NOT_MORE, 0, 15, UNIT_MIN, PL_RU },
	{ "не более пятнадцати минут", DF_NOT_MORE, 0, 15, UNIT_MIN, PL_RU },
	{ "Не более пятнадцати минут.", DF_NOT_MORE, 0, 15, UNIT_MIN, PL_RU },
	{ "не более 2 часов", DF_NOT_MORE, 0, 2, UNIT_HOUR, PL_RU },
	{ "не более двух часов", DF_NOT_MORE, 0, 2, UNIT_HOUR, PL_RU },
	{ "не более одного часа", DF_NOT_MORE, 0, 1, UNIT_HOUR, PL_RU },
	{ "до 15 минут", DF_NOT_MORE, 0, 15, UNIT_MIN, PL_RU },
	{ "в течение 1 рабочего дня", DF_WITHIN, 0, 1, UNIT_WD, PL_RU },
	{ "в течение одного рабочего дня", DF_WITHIN, 0, 1, UNIT_WD, PL_RU },
	{ "в течение двенадцати рабочих дней", DF_WITHIN, 0, 12, UNIT_WD,
	  PL_RU },
	{ "в течение 28 календарных дней", DF_WITHIN, 0, 28, UNIT_CD, PL_RU },
	{ "в течение двадцати восьми календарных дней", DF_WITHIN, 0, 28,
	  UNIT_CD, PL_RU },
	{ "в течение 30 минут", DF_WITHIN, 0, 30, UNIT_MIN, PL_RU },
	{ "в течение тридцати минут", DF_WITHIN, 0, 30, UNIT_MIN, PL_RU },
	{ "в течении 30 минут", DF_WITHIN, 0, 30, UNIT_MIN, PL_RU },
	{ "от 90 до 180 календарных дней", DF_RANGE, 90, 180, UNIT_CD,
	  PL_RU },
	{ "от девяноста до ста восьмидесяти календарных дней", DF_RANGE, 90,
	  180, UNIT_CD, PL_RU },
	{ "от 90 календарных дней до 180 календарных дней", DF_RANGE, 90, 180,
	  UNIT_CD, PL_RU },
	{ "2-8 календарных дней", DF_RANGE, 2, 8, UNIT_CD, PL_RU },
	{ "от 2-8 рабочих дней", DF_RANGE, 2, 8, UNIT_WD, PL_RU },
	{ "1 час", DF_EXACT, 1, 1, UNIT_HOUR, PL_RU },
	{ "шестьдесят минут", DF_EXACT, 60, 60, UNIT_MIN, PL_RU },
	{ "шести минут", DF_EXACT, 6, 6, UNIT_MIN, PL_RU },
	{ "семи рабочих дней", DF_EXACT, 7, 7, UNIT_WD, PL_RU },
	{ "тысяча двести минут", DF_EXACT, 1200, 1200, UNIT_MIN, PL_RU },
	{ "девять тысяч девятьсот девяносто девять минут", DF_EXACT, 9999,
	  9999, UNIT_MIN, PL_RU },
	{ "ПЯТИДЕСЯТИ минут", DF_EXACT, 50, 50, UNIT_MIN, PL_RU },
	{ "двух тысяч минут", DF_EXACT, 2000, 2000, UNIT_MIN, PL_RU },
	{ "не более четырёх часов", DF_NOT_MORE, 0, 4, UNIT_HOUR, PL_RU },
};

/* Garbage, wrong shapes, wrong cases, bad numbers and bad bytes. */
static const struct bad_case bad_cases[] = {
	{ "", "empty phrase" },
	{ "   ", "empty phrase" },
	{ "( ) ;", "empty phrase" },
	{ "аспайды", "no number" },
	{ "ішінде", "no number" },
	{ "абв", "unknown word near 'абв'" },
	{ "он минут xyz", "unknown word near 'xyz'" },
	{ "он бес минуттан а с п а й д ы ы", "unknown word" },
	{ "15 аспайды", "no unit" },
	{ "15", "no unit" },
	{ "не более пятнадцати", "no unit" },
	{ "8-2 күнтізбелік күн ішінде", "upper bound below lower bound" },
	{ "от 180 до 90 календарных дней", "upper bound below lower bound" },
	{ "15 күн", "working or a calendar day" },
	{ "5 дней", "working or a calendar day" },
	{ "жұмыс 5", "no unit" },
	{ "5 жұмыс минут", "without a day word" },
	{ "15 минут аспайды", "ablative" },
	{ "15 минуттан ішінде", "nominative" },
	{ "15 минуттан", "needs a marker" },
	{ "15 минутқа", "needs a marker" },
	{ "2-8 минуттан аспайды", "not a range" },
	{ "не более 2-8 минут", "not a range" },
	{ "от 90 календарных дней", "'от' without 'до'" },
	{ "не более 15 минуттан", "mixes Kazakh and Russian" },
	{ "в течение 30 минут ішінде", "mixes Kazakh and Russian" },
	{ "от 1 часа до 2 календарных дней", "mixes calendar and working" },
	{ "бес он минут", "misplaced number word" },
	{ "сто сто минут", "misplaced number word" },
	{ "пятнадцать пять минут", "misplaced number word" },
	{ "мың мың минут", "misplaced number word" },
	{ "он жүз минут", "misplaced number word" },
	{ "15 минут 20", "no unit after the number" },
	{ "30 минут 2 сағат", "from the larger unit to the smaller" },
	{ "1 сағат 2 күнтізбелік күн", "from the larger unit to the smaller" },
	{ "5 (алты) жұмыс күні", "the figure says 5 but the words say 6" },
	{ "3 (двух) часов", "the figure says 3 but the words say 2" },
	{ "1.5 сағат", "unexpected '.'" },
	{ "15, минут", "unexpected ','" },
	{ "15 минут; аспайды", "unexpected ';'" },
	{ "15 минут: аспайды", "unexpected character ':'" },
	{ "15 минут/аспайды", "unexpected character '/'" },
	{ "15 минут €", "unexpected character" },
	{ "1000000000001 минут", "number too large" },
	{ "99999999999999999999999999 минут", "number too large" },
	{ "20000000000 сағат", "number too large" },
	{ "15 минут \xff", "invalid UTF-8 at byte" },
	{ "\xd0", "invalid UTF-8 at byte 0" },
	{ "15 \xc0\xaf", "invalid UTF-8 at byte 3" },
	{ "\xed\xa0\x80", "invalid UTF-8" },
	{ "\xf4\x90\x80\x80", "invalid UTF-8" },
	{ "15 минут\x01", "control character" },
};

/* Parse s[0..n) and compare every field with row c. */
static void check_ok(const struct ok_case *c, const char *s, size_t n)
{
	struct dur d;
	enum phrase_lang lang = (enum phrase_lang)-1;
	char err[128] = "untouched";
	struct qty lo, hi;

	if (phrase_parse(s, n, &d, &lang, err, sizeof err) != 0)
		fail_msg("'%s': %s", c->text, err);
	assert_true(qty_of(c->lo, c->unit, &lo));
	assert_true(qty_of(c->hi, c->unit, &hi));
	assert_int_equal(d.form, c->form);
	assert_int_equal(d.unit, c->unit);
	assert_int_equal(lang, c->lang);
	assert_int_equal(d.lo.cd, lo.cd);
	assert_int_equal(d.lo.wd, lo.wd);
	assert_int_equal(d.lo.min, lo.min);
	assert_int_equal(d.hi.cd, hi.cd);
	assert_int_equal(d.hi.wd, hi.wd);
	assert_int_equal(d.hi.min, hi.min);
	assert_string_equal(err, "");
}

/*
 * A row that must parse: once from the table and once from a heap copy
 * of exactly n bytes without a terminator.
 */
static void test_ok(void **state)
{
	const struct ok_case *c = *state;
	size_t n = strlen(c->text);
	char *copy = malloc(n ? n : 1);

	assert_non_null(copy);
	check_ok(c, c->text, n);
	/* exactly n bytes, no terminator: ASan flags any read past n */
	memcpy(copy, c->text, n);
	check_ok(c, copy, n);
	free(copy);
}

/* A row that must be refused, with a reason a civil servant can act on. */
static void test_bad(void **state)
{
	const struct bad_case *c = *state;
	size_t n = strlen(c->text);
	char *copy = malloc(n ? n : 1);
	struct dur d;
	char err[160];

	assert_non_null(copy);
	memcpy(copy, c->text, n);
	assert_int_equal(phrase_parse(copy, n, &d, NULL, err, sizeof err), -1);
	free(copy);
	if (!strstr(err, c->why))
		fail_msg("'%s': got \"%s\", want \"%s\"", c->text, err, c->why);
}

/* A phrase followed by more text that n excludes: only s[0..n) counts. */
static void test_reads_only_n(void **state)
{
	static const char s[] = "15 минуттан аспайды XYZ";
	struct dur d;
	char err[64];

	(void)state;
	assert_int_equal(phrase_parse(s, strlen("15 минуттан аспайды"), &d,
				      NULL, err, sizeof err), 0);
	assert_int_equal(d.hi.min, 15);
	assert_int_equal(phrase_parse(s, sizeof s - 1, &d, NULL, err,
				      sizeof err), -1);
	/* n ends inside a letter: invalid UTF-8, not a read past n */
	assert_int_equal(phrase_parse(s, 4, &d, NULL, err, sizeof err), -1);
	assert_non_null(strstr(err, "invalid UTF-8"));
}

/* A NUL inside n is a control character, not the end of the phrase. */
static void test_nul_byte(void **state)
{
	static const char s[] = "15 минут\0 аспайды";
	struct dur d;
	char err[64];

	(void)state;
	assert_int_equal(phrase_parse(s, sizeof s - 1, &d, NULL, err,
				      sizeof err), -1);
	assert_non_null(strstr(err, "control character"));
}

/*
 * 2000 bytes: too long when they are letters, digits or too many words,
 * fine when they are mostly the whitespace of a letter-spaced cell.
 */
static void test_long_input(void **state)
{
	char *s = malloc(2000);
	struct dur d;
	char err[64];
	size_t i;

	(void)state;
	assert_non_null(s);
	memset(s, 'a', 2000);
	assert_int_equal(phrase_parse(s, 2000, &d, NULL, err, sizeof err), -1);
	assert_string_equal(err, "phrase too long");
	memset(s, '7', 2000);
	assert_int_equal(phrase_parse(s, 2000, &d, NULL, err, sizeof err), -1);
	assert_string_equal(err, "phrase too long");
	/* many short words: more words than the parser keeps */
	for (i = 0; i + 4 <= 2000; i += 4)
		memcpy(s + i, "5 - ", 4);
	assert_int_equal(phrase_parse(s, 2000, &d, NULL, err, sizeof err), -1);
	assert_string_equal(err, "phrase too long");
	/* 2000 bytes that are mostly spaces still hold one phrase */
	memset(s, ' ', 2000);
	memcpy(s + 1000, "15 минут", strlen("15 минут"));
	assert_int_equal(phrase_parse(s, 2000, &d, NULL, err, sizeof err), 0);
	assert_int_equal(d.hi.min, 15);
	free(s);
}

/* The reason is cut to errn and always terminated; NULL err is allowed. */
static void test_err_buffer(void **state)
{
	struct dur d;
	char err[6];
	enum phrase_lang lang;

	(void)state;
	memset(err, 'x', sizeof err);
	assert_int_equal(phrase_parse("абв", strlen("абв"), &d, NULL, err,
				      sizeof err), -1);
	assert_string_equal(err, "unkno");
	err[0] = 'x';
	assert_int_equal(phrase_parse("", 0, &d, NULL, err, 1), -1);
	assert_int_equal(err[0], '\0');
	assert_int_equal(phrase_parse("абв", strlen("абв"), &d, NULL, NULL,
				      0), -1);
	assert_int_equal(phrase_parse("15 минут", strlen("15 минут"), &d,
				      NULL, NULL, 0), 0);
	assert_int_equal(phrase_parse("15 минут", strlen("15 минут"), NULL,
				      &lang, err, sizeof err), -1);
	assert_int_equal(phrase_parse(NULL, 10, &d, NULL, err, sizeof err),
			 -1);
}

/* On failure *out and *lang keep what the caller had. */
static void test_out_untouched(void **state)
{
	struct dur d = { DF_AUTOMATIC, { 1, 2, 3, 7 }, { 4, 5, 6, 8 }, UNIT_CD };
	enum phrase_lang lang = PL_RU;
	char err[64];

	(void)state;
	assert_int_equal(phrase_parse("8-2 күнтізбелік күн ішінде",
				      strlen("8-2 күнтізбелік күн ішінде"), &d,
				      &lang, err, sizeof err), -1);
	assert_int_equal(d.form, DF_AUTOMATIC);
	assert_int_equal(d.lo.cd, 1);
	assert_int_equal(d.hi.min, 6);
	assert_int_equal(lang, PL_RU);
}

/* Parse without looking at the result: only a crash or a leak fails. */
static void poke(const char *s, size_t n)
{
	struct dur d;
	char err[96];
	int r;

	memset(err, 'x', sizeof err);
	r = phrase_parse(s, n, &d, NULL, err, sizeof err);
	assert_true(r == 0 || r == -1);
	assert_non_null(memchr(err, '\0', sizeof err));
}

/* Every string of one and two bytes: all lead bytes, all truncations. */
static void test_all_short_strings(void **state)
{
	unsigned char b[2];
	unsigned i, j;

	(void)state;
	for (i = 0; i < 256; i++) {
		b[0] = (unsigned char)i;
		poke((const char *)b, 1);
		for (j = 0; j < 256; j++) {
			b[1] = (unsigned char)j;
			poke((const char *)b, 2);
		}
	}
}

/* Every prefix of every phrase, copied to an exact-size buffer. */
static void test_all_prefixes(void **state)
{
	size_t i, k, n;
	char *copy;

	(void)state;
	for (i = 0; i < sizeof ok_cases / sizeof ok_cases[0]; i++) {
		n = strlen(ok_cases[i].text);
		for (k = 0; k <= n; k++) {
			copy = malloc(k ? k : 1);
			assert_non_null(copy);
			memcpy(copy, ok_cases[i].text, k);
			poke(copy, k);
			free(copy);
		}
	}
}

/*
 * Random bytes drawn mostly from the phrases' own alphabet, so that the
 * parser gets far before it fails.  The generator is local: same stream on
 * every run.
 */
static void test_random_bytes(void **state)
{
	static const char pool[] = "0123456789 -()\xd0\xd1\xd2\xd3\xb0\xb1"
				   "\x80\x93\x96\xaf\xff";
	uint32_t seed = 12345u;
	char buf[64];
	size_t len, k;
	int round;

	(void)state;
	for (round = 0; round < 20000; round++) {
		seed = seed * 1103515245u + 12345u;
		len = (seed >> 16) % sizeof buf;
		for (k = 0; k < len; k++) {
			seed = seed * 1103515245u + 12345u;
			buf[k] = pool[(seed >> 16) % (sizeof pool - 1)];
		}
		poke(buf, len);
	}
}

/*
 * The table rows become tests of their own, named by their phrase, so a
 * failure names the phrase; cmocka passes each its row as the state.
 */
int main(void)
{
	enum {
		NOK = sizeof ok_cases / sizeof ok_cases[0],
		NBAD = sizeof bad_cases / sizeof bad_cases[0],
		NFIX = 8
	};
	struct CMUnitTest tests[NOK + NBAD + NFIX];
	const struct CMUnitTest fixed[NFIX] = {
		cmocka_unit_test(test_reads_only_n),
		cmocka_unit_test(test_nul_byte),
		cmocka_unit_test(test_long_input),
		cmocka_unit_test(test_err_buffer),
		cmocka_unit_test(test_out_untouched),
		cmocka_unit_test(test_all_short_strings),
		cmocka_unit_test(test_all_prefixes),
		cmocka_unit_test(test_random_bytes),
	};
	size_t i, k = 0;

	for (i = 0; i < NOK; i++) {
		struct CMUnitTest t = { ok_cases[i].text, test_ok, NULL, NULL,
					(void *)&ok_cases[i] };

		tests[k++] = t;
	}
	for (i = 0; i < NBAD; i++) {
		struct CMUnitTest t = { bad_cases[i].text, test_bad, NULL,
					NULL, (void *)&bad_cases[i] };

		tests[k++] = t;
	}
	for (i = 0; i < NFIX; i++)
		tests[k++] = fixed[i];
	return _cmocka_run_group_tests("test_phrase", tests, k, NULL, NULL);
}
