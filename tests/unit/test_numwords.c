/*
 * test_numwords.c — unit tests of the number words of the language packs
 * (langpack.h: number, form, inflect, dur in words): every number 0..100
 * in Kazakh and Russian, samples up to 9999 and beyond, Russian genders
 * and cases, the agreement classes of a counted noun, Kazakh case endings,
 * the body's duration phrases verbatim, truncation, and a round trip of
 * the durations in words through the phrase parser.
 *
 * Contract: one cmocka program; the expected strings are written out by
 * hand (never computed), so the tables are checked against the language,
 * not against themselves.
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
#include "phrase.h"

static const char *const kk_0_100[101] = {
	"нөл", "бір", "екі", "үш",
	"төрт", "бес", "алты", "жеті",
	"сегіз", "тоғыз", "он", "он бір",
	"он екі", "он үш", "он төрт", "он бес",
	"он алты", "он жеті", "он сегіз", "он тоғыз",
	"жиырма", "жиырма бір", "жиырма екі", "жиырма үш",
	"жиырма төрт", "жиырма бес", "жиырма алты", "жиырма жеті",
	"жиырма сегіз", "жиырма тоғыз", "отыз", "отыз бір",
	"отыз екі", "отыз үш", "отыз төрт", "отыз бес",
	"отыз алты", "отыз жеті", "отыз сегіз", "отыз тоғыз",
	"қырық", "қырық бір", "қырық екі", "қырық үш",
	"қырық төрт", "қырық бес", "қырық алты", "қырық жеті",
	"қырық сегіз", "қырық тоғыз", "елу", "елу бір",
	"елу екі", "елу үш", "елу төрт", "елу бес",
	"елу алты", "елу жеті", "елу сегіз", "елу тоғыз",
	"алпыс", "алпыс бір", "алпыс екі", "алпыс үш",
	"алпыс төрт", "алпыс бес", "алпыс алты", "алпыс жеті",
	"алпыс сегіз", "алпыс тоғыз", "жетпіс", "жетпіс бір",
	"жетпіс екі", "жетпіс үш", "жетпіс төрт", "жетпіс бес",
	"жетпіс алты", "жетпіс жеті", "жетпіс сегіз", "жетпіс тоғыз",
	"сексен", "сексен бір", "сексен екі", "сексен үш",
	"сексен төрт", "сексен бес", "сексен алты", "сексен жеті",
	"сексен сегіз", "сексен тоғыз", "тоқсан", "тоқсан бір",
	"тоқсан екі", "тоқсан үш", "тоқсан төрт", "тоқсан бес",
	"тоқсан алты", "тоқсан жеті", "тоқсан сегіз", "тоқсан тоғыз",
	"бір жүз",
};

static const char *const ru_0_100[101] = {
	"ноль", "один", "два", "три",
	"четыре", "пять", "шесть", "семь",
	"восемь", "девять", "десять", "одиннадцать",
	"двенадцать", "тринадцать", "четырнадцать", "пятнадцать",
	"шестнадцать", "семнадцать", "восемнадцать", "девятнадцать",
	"двадцать", "двадцать один", "двадцать два", "двадцать три",
	"двадцать четыре", "двадцать пять", "двадцать шесть", "двадцать семь",
	"двадцать восемь", "двадцать девять", "тридцать", "тридцать один",
	"тридцать два", "тридцать три", "тридцать четыре", "тридцать пять",
	"тридцать шесть", "тридцать семь", "тридцать восемь", "тридцать девять",
	"сорок", "сорок один", "сорок два", "сорок три",
	"сорок четыре", "сорок пять", "сорок шесть", "сорок семь",
	"сорок восемь", "сорок девять", "пятьдесят", "пятьдесят один",
	"пятьдесят два", "пятьдесят три", "пятьдесят четыре", "пятьдесят пять",
	"пятьдесят шесть", "пятьдесят семь", "пятьдесят восемь", "пятьдесят девять",
	"шестьдесят", "шестьдесят один", "шестьдесят два", "шестьдесят три",
	"шестьдесят четыре", "шестьдесят пять", "шестьдесят шесть", "шестьдесят семь",
	"шестьдесят восемь", "шестьдесят девять", "семьдесят", "семьдесят один",
	"семьдесят два", "семьдесят три", "семьдесят четыре", "семьдесят пять",
	"семьдесят шесть", "семьдесят семь", "семьдесят восемь", "семьдесят девять",
	"восемьдесят", "восемьдесят один", "восемьдесят два", "восемьдесят три",
	"восемьдесят четыре", "восемьдесят пять", "восемьдесят шесть", "восемьдесят семь",
	"восемьдесят восемь", "восемьдесят девять", "девяносто", "девяносто один",
	"девяносто два", "девяносто три", "девяносто четыре", "девяносто пять",
	"девяносто шесть", "девяносто семь", "девяносто восемь", "девяносто девять",
	"сто",
};

static void kk_every_number_to_100(void **state)
{
	(void)state;
	char buf[128];
	for (unsigned v = 0; v <= 100; v++) {
		lp_kk.number(buf, sizeof buf, v, LPG_MASC, LPC_NOM);
		assert_string_equal(buf, kk_0_100[v]);
	}
}

static void ru_every_number_to_100(void **state)
{
	(void)state;
	char buf[128];
	for (unsigned v = 0; v <= 100; v++) {
		lp_ru.number(buf, sizeof buf, v, LPG_MASC, LPC_NOM);
		assert_string_equal(buf, ru_0_100[v]);
	}
}

/* A number, a gender, a case and its Russian words. */
struct ru_row {
	uint64_t v;
	enum lp_gender g;
	enum lp_case c;
	const char *words;
};

static const struct ru_row ru_rows[] = {
	/* gender of 1 and 2 */
	{ 1, LPG_FEM, LPC_NOM, "одна" },
	{ 1, LPG_NEUT, LPC_NOM, "одно" },
	{ 2, LPG_FEM, LPC_NOM, "две" },
	{ 2, LPG_NEUT, LPC_NOM, "два" },
	{ 21, LPG_FEM, LPC_NOM, "двадцать одна" },
	{ 22, LPG_FEM, LPC_NOM, "двадцать две" },
	{ 12, LPG_FEM, LPC_NOM, "двенадцать" },
	{ 11, LPG_FEM, LPC_NOM, "одиннадцать" },
	/* genitive: не более, в течение, от ... до */
	{ 0, LPG_MASC, LPC_GEN, "ноля" },
	{ 1, LPG_MASC, LPC_GEN, "одного" },
	{ 1, LPG_FEM, LPC_GEN, "одной" },
	{ 1, LPG_NEUT, LPC_GEN, "одного" },
	{ 2, LPG_FEM, LPC_GEN, "двух" },
	{ 3, LPG_MASC, LPC_GEN, "трех" },
	{ 4, LPG_MASC, LPC_GEN, "четырех" },
	{ 5, LPG_MASC, LPC_GEN, "пяти" },
	{ 7, LPG_MASC, LPC_GEN, "семи" },
	{ 8, LPG_MASC, LPC_GEN, "восьми" },
	{ 10, LPG_MASC, LPC_GEN, "десяти" },
	{ 11, LPG_MASC, LPC_GEN, "одиннадцати" },
	{ 14, LPG_MASC, LPC_GEN, "четырнадцати" },
	{ 15, LPG_FEM, LPC_GEN, "пятнадцати" },
	{ 20, LPG_MASC, LPC_GEN, "двадцати" },
	{ 21, LPG_MASC, LPC_GEN, "двадцати одного" },
	{ 21, LPG_FEM, LPC_GEN, "двадцати одной" },
	{ 28, LPG_MASC, LPC_GEN, "двадцати восьми" },
	{ 30, LPG_FEM, LPC_GEN, "тридцати" },
	{ 40, LPG_MASC, LPC_GEN, "сорока" },
	{ 45, LPG_FEM, LPC_GEN, "сорока пяти" },
	{ 50, LPG_MASC, LPC_GEN, "пятидесяти" },
	{ 60, LPG_MASC, LPC_GEN, "шестидесяти" },
	{ 70, LPG_MASC, LPC_GEN, "семидесяти" },
	{ 80, LPG_MASC, LPC_GEN, "восьмидесяти" },
	{ 90, LPG_MASC, LPC_GEN, "девяноста" },
	{ 99, LPG_MASC, LPC_GEN, "девяноста девяти" },
	{ 100, LPG_MASC, LPC_GEN, "ста" },
	/* the other cases */
	{ 1, LPG_FEM, LPC_ACC, "одну" },
	{ 2, LPG_FEM, LPC_ACC, "две" },
	{ 21, LPG_FEM, LPC_ACC, "двадцать одну" },
	{ 5, LPG_MASC, LPC_ACC, "пять" },
	{ 1, LPG_MASC, LPC_DAT, "одному" },
	{ 1, LPG_FEM, LPC_DAT, "одной" },
	{ 2, LPG_MASC, LPC_DAT, "двум" },
	{ 3, LPG_MASC, LPC_DAT, "трем" },
	{ 40, LPG_MASC, LPC_DAT, "сорока" },
	{ 200, LPG_MASC, LPC_DAT, "двумстам" },
	{ 1, LPG_MASC, LPC_INS, "одним" },
	{ 1, LPG_FEM, LPC_INS, "одной" },
	{ 2, LPG_MASC, LPC_INS, "двумя" },
	{ 4, LPG_MASC, LPC_INS, "четырьмя" },
	{ 8, LPG_MASC, LPC_INS, "восемью" },
	{ 15, LPG_MASC, LPC_INS, "пятнадцатью" },
	{ 50, LPG_MASC, LPC_INS, "пятьюдесятью" },
	{ 90, LPG_MASC, LPC_INS, "девяноста" },
	{ 300, LPG_MASC, LPC_INS, "тремястами" },
	{ 1, LPG_MASC, LPC_PREP, "одном" },
	{ 3, LPG_MASC, LPC_PREP, "трех" },
	{ 400, LPG_MASC, LPC_PREP, "четырехстах" },
	/* 101..9999 */
	{ 101, LPG_MASC, LPC_NOM, "сто один" },
	{ 101, LPG_FEM, LPC_NOM, "сто одна" },
	{ 110, LPG_MASC, LPC_NOM, "сто десять" },
	{ 111, LPG_MASC, LPC_NOM, "сто одиннадцать" },
	{ 180, LPG_MASC, LPC_NOM, "сто восемьдесят" },
	{ 180, LPG_MASC, LPC_GEN, "ста восьмидесяти" },
	{ 200, LPG_MASC, LPC_NOM, "двести" },
	{ 200, LPG_MASC, LPC_GEN, "двухсот" },
	{ 365, LPG_MASC, LPC_NOM, "триста шестьдесят пять" },
	{ 365, LPG_MASC, LPC_GEN, "трехсот шестидесяти пяти" },
	{ 512, LPG_FEM, LPC_GEN, "пятисот двенадцати" },
	{ 999, LPG_MASC, LPC_NOM, "девятьсот девяносто девять" },
	{ 999, LPG_MASC, LPC_INS, "девятьюстами девяноста девятью" },
	{ 1000, LPG_MASC, LPC_NOM, "одна тысяча" },
	{ 1000, LPG_MASC, LPC_GEN, "одной тысячи" },
	{ 1000, LPG_MASC, LPC_ACC, "одну тысячу" },
	{ 1001, LPG_FEM, LPC_NOM, "одна тысяча одна" },
	{ 1440, LPG_FEM, LPC_GEN, "одной тысячи четырехсот сорока" },
	{ 2000, LPG_MASC, LPC_NOM, "две тысячи" },
	{ 2000, LPG_MASC, LPC_GEN, "двух тысяч" },
	{ 2000, LPG_MASC, LPC_DAT, "двум тысячам" },
	{ 2345, LPG_MASC, LPC_NOM, "две тысячи триста сорок пять" },
	{ 2345, LPG_MASC, LPC_GEN, "двух тысяч трехсот сорока пяти" },
	{ 4000, LPG_MASC, LPC_INS, "четырьмя тысячами" },
	{ 5000, LPG_MASC, LPC_NOM, "пять тысяч" },
	{ 5000, LPG_MASC, LPC_PREP, "пяти тысячах" },
	{ 9999, LPG_MASC, LPC_NOM, "девять тысяч девятьсот девяносто девять" },
	{ 9999, LPG_FEM, LPC_GEN, "девяти тысяч девятисот девяноста девяти" },
	/* beyond */
	{ 11000, LPG_MASC, LPC_NOM, "одиннадцать тысяч" },
	{ 21000, LPG_MASC, LPC_NOM, "двадцать одна тысяча" },
	{ 21000, LPG_MASC, LPC_GEN, "двадцати одной тысячи" },
	{ 1000000, LPG_MASC, LPC_NOM, "один миллион" },
	{ 3000000, LPG_MASC, LPC_NOM, "три миллиона" },
	{ 5000000, LPG_MASC, LPC_GEN, "пяти миллионов" },
	{ 2000000000, LPG_FEM, LPC_NOM, "два миллиарда" },
	{ UINT64_C(1000000000000), LPG_MASC, LPC_NOM, "1000000000000" },
};

static void ru_genders_cases_samples(void **state)
{
	(void)state;
	char buf[256];
	for (size_t i = 0; i < sizeof ru_rows / sizeof ru_rows[0]; i++) {
		const struct ru_row *r = &ru_rows[i];
		lp_ru.number(buf, sizeof buf, r->v, r->g, r->c);
		if (strcmp(buf, r->words) != 0)
			fail_msg("%llu (gender %d, case %d): \"%s\", expected \"%s\"",
				 (unsigned long long)r->v, r->g, r->c, buf, r->words);
	}
}

/* A number, a Kazakh case and its words. */
struct kk_row {
	uint64_t v;
	enum lp_case c;
	const char *words;
};

static const struct kk_row kk_rows[] = {
	{ 101, LPC_NOM, "бір жүз бір" },
	{ 110, LPC_NOM, "бір жүз он" },
	{ 180, LPC_NOM, "бір жүз сексен" },
	{ 200, LPC_NOM, "екі жүз" },
	{ 365, LPC_NOM, "үш жүз алпыс бес" },
	{ 999, LPC_NOM, "тоғыз жүз тоқсан тоғыз" },
	{ 1000, LPC_NOM, "бір мың" },
	{ 1001, LPC_NOM, "бір мың бір" },
	{ 1440, LPC_NOM, "бір мың төрт жүз қырық" },
	{ 2345, LPC_NOM, "екі мың үш жүз қырық бес" },
	{ 9999, LPC_NOM, "тоғыз мың тоғыз жүз тоқсан тоғыз" },
	{ 21000, LPC_NOM, "жиырма бір мың" },
	{ 1000000, LPC_NOM, "бір миллион" },
	{ 3000000000, LPC_NOM, "үш миллиард" },
	/* the ablative of "аспайды": every last word */
	{ 0, LPC_ABL, "нөлден" },
	{ 1, LPC_ABL, "бірден" },
	{ 2, LPC_ABL, "екіден" },
	{ 3, LPC_ABL, "үштен" },
	{ 4, LPC_ABL, "төрттен" },
	{ 15, LPC_ABL, "он бестен" },
	{ 6, LPC_ABL, "алтыдан" },
	{ 7, LPC_ABL, "жетіден" },
	{ 8, LPC_ABL, "сегізден" },
	{ 9, LPC_ABL, "тоғыздан" },
	{ 10, LPC_ABL, "оннан" },
	{ 20, LPC_ABL, "жиырмадан" },
	{ 30, LPC_ABL, "отыздан" },
	{ 40, LPC_ABL, "қырықтан" },
	{ 50, LPC_ABL, "елуден" },
	{ 60, LPC_ABL, "алпыстан" },
	{ 70, LPC_ABL, "жетпістен" },
	{ 80, LPC_ABL, "сексеннен" },
	{ 90, LPC_ABL, "тоқсаннан" },
	{ 100, LPC_ABL, "бір жүзден" },
	{ 1000, LPC_ABL, "бір мыңнан" },
	/* the dative of "дейін" */
	{ 5, LPC_DAT, "беске" },
	{ 10, LPC_DAT, "онға" },
	{ 20, LPC_DAT, "жиырмаға" },
	{ 40, LPC_DAT, "қырыққа" },
	{ 50, LPC_DAT, "елуге" },
	{ 180, LPC_DAT, "бір жүз сексенге" },
	{ 100, LPC_DAT, "бір жүзге" },
	/* the other cases */
	{ 5, LPC_GEN, "бестің" },
	{ 10, LPC_GEN, "онның" },
	{ 6, LPC_GEN, "алтының" },
	{ 50, LPC_GEN, "елудің" },
	{ 5, LPC_ACC, "бесті" },
	{ 6, LPC_ACC, "алтыны" },
	{ 10, LPC_ACC, "онды" },
	{ 5, LPC_LOC, "бесте" },
	{ 10, LPC_LOC, "онда" },
	{ 30, LPC_LOC, "отызда" },
};

static void kk_samples_and_cases(void **state)
{
	(void)state;
	char buf[256];
	for (size_t i = 0; i < sizeof kk_rows / sizeof kk_rows[0]; i++) {
		const struct kk_row *r = &kk_rows[i];
		lp_kk.number(buf, sizeof buf, r->v, LPG_MASC, r->c);
		if (strcmp(buf, r->words) != 0)
			fail_msg("%llu (case %d): \"%s\", expected \"%s\"",
				 (unsigned long long)r->v, r->c, buf, r->words);
	}
}

static void kk_inflect_unit_words(void **state)
{
	(void)state;
	static const struct {
		const char *word;
		bool poss;
		enum lp_case c;
		const char *out;
	} rows[] = {
		{ "минут", false, LPC_ABL, "минуттан" },
		{ "минут", false, LPC_DAT, "минутқа" },
		{ "минут", false, LPC_LOC, "минутта" },
		{ "сағат", false, LPC_ABL, "сағаттан" },
		{ "сағат", false, LPC_DAT, "сағатқа" },
		{ "күнтізбелік күн", false, LPC_ABL, "күнтізбелік күннен" },
		{ "күнтізбелік күн", false, LPC_DAT, "күнтізбелік күнге" },
		{ "күнтізбелік күн", false, LPC_GEN, "күнтізбелік күннің" },
		{ "жұмыс күні", true, LPC_ABL, "жұмыс күнінен" },
		{ "жұмыс күні", true, LPC_DAT, "жұмыс күніне" },
		{ "жұмыс күні", true, LPC_LOC, "жұмыс күнінде" },
		{ "жұмыс күні", true, LPC_GEN, "жұмыс күнінің" },
		{ "жұмыс күні", true, LPC_ACC, "жұмыс күнін" },
		{ "қала", false, LPC_DAT, "қалаға" },
		{ "мектеп", false, LPC_DAT, "мектепке" },
		{ "мектеп", false, LPC_GEN, "мектептің" },
		{ "адам", false, LPC_GEN, "адамның" },
		{ "қаз", false, LPC_GEN, "қаздың" },
		{ "қол", false, LPC_ABL, "қолдан" },
		{ "Орталық", false, LPC_DAT, "Орталыққа" },
		{ "ОРТАЛЫҚ", false, LPC_ABL, "ОРТАЛЫҚтан" },
		{ "минут", false, LPC_NOM, "минут" },
		{ "", false, LPC_ABL, "" },
	};
	char buf[128];
	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		lp_kk.inflect(buf, sizeof buf, rows[i].word, rows[i].c, rows[i].poss);
		assert_string_equal(buf, rows[i].out);
	}
}

static void ru_plural_classes(void **state)
{
	(void)state;
	static const struct {
		uint64_t v;
		enum lp_form nom, gen;
	} rows[] = {
		{ 0, LPF_MANY, LPF_OBLIQUE },   { 1, LPF_ONE, LPF_ONE },
		{ 2, LPF_FEW, LPF_OBLIQUE },   { 3, LPF_FEW, LPF_OBLIQUE },
		{ 4, LPF_FEW, LPF_OBLIQUE },   { 5, LPF_MANY, LPF_OBLIQUE },
		{ 10, LPF_MANY, LPF_OBLIQUE },  { 11, LPF_MANY, LPF_OBLIQUE },
		{ 12, LPF_MANY, LPF_OBLIQUE },  { 13, LPF_MANY, LPF_OBLIQUE },
		{ 14, LPF_MANY, LPF_OBLIQUE },  { 15, LPF_MANY, LPF_OBLIQUE },
		{ 20, LPF_MANY, LPF_OBLIQUE },  { 21, LPF_ONE, LPF_ONE },
		{ 22, LPF_FEW, LPF_OBLIQUE },  { 24, LPF_FEW, LPF_OBLIQUE },
		{ 25, LPF_MANY, LPF_OBLIQUE },  { 101, LPF_ONE, LPF_ONE },
		{ 111, LPF_MANY, LPF_OBLIQUE }, { 112, LPF_MANY, LPF_OBLIQUE },
		{ 121, LPF_ONE, LPF_ONE },     { 122, LPF_FEW, LPF_OBLIQUE },
		{ 1000, LPF_MANY, LPF_OBLIQUE }, { 1001, LPF_ONE, LPF_ONE },
		{ 1011, LPF_MANY, LPF_OBLIQUE },
	};
	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		assert_int_equal(lp_ru.form(rows[i].v, LPC_NOM), rows[i].nom);
		assert_int_equal(lp_ru.form(rows[i].v, LPC_ACC), rows[i].nom);
		assert_int_equal(lp_ru.form(rows[i].v, LPC_GEN), rows[i].gen);
		assert_int_equal(lp_ru.form(rows[i].v, LPC_DAT), rows[i].gen);
	}
}

/* A duration and its phrase in words in each language. */
struct phrase_row {
	enum dur_form form;
	int64_t lo, hi;
	enum unit unit;
	const char *kk;
	const char *ru;
};

static struct dur dur_of(const struct phrase_row *r)
{
	struct dur d;
	memset(&d, 0, sizeof d);
	d.form = r->form;
	d.unit = r->unit;
	qty_of(r->lo, r->unit, &d.lo);
	qty_of(r->hi, r->unit, &d.hi);
	return d;
}

static const struct phrase_row phrases[] = {
	/* the three of the seed, verbatim */
	{ DF_NOT_MORE, 0, 15, UNIT_MIN, "он бес минуттан аспайды", "не более пятнадцати минут" },
	{ DF_WITHIN, 0, 1, UNIT_WD, "бір жұмыс күні ішінде", "в течение одного рабочего дня" },
	{ DF_RANGE, 90, 180, UNIT_CD,
	  "тоқсан күнтізбелік күннен – бір жүз сексен күнтізбелік күнге дейін",
	  "от девяноста до ста восьмидесяти календарных дней" },
	/* more of the seed */
	{ DF_NOT_MORE, 0, 30, UNIT_MIN, "отыз минуттан аспайды", "не более тридцати минут" },
	{ DF_WITHIN, 0, 28, UNIT_CD, "жиырма сегіз күнтізбелік күн ішінде",
	  "в течение двадцати восьми календарных дней" },
	/* agreement: one, few, many, 11-14, 21 */
	{ DF_NOT_MORE, 0, 1, UNIT_MIN, "бір минуттан аспайды", "не более одной минуты" },
	{ DF_NOT_MORE, 0, 21, UNIT_MIN, "жиырма бір минуттан аспайды",
	  "не более двадцати одной минуты" },
	{ DF_WITHIN, 0, 2, UNIT_WD, "екі жұмыс күні ішінде", "в течение двух рабочих дней" },
	{ DF_WITHIN, 0, 21, UNIT_CD, "жиырма бір күнтізбелік күн ішінде",
	  "в течение двадцати одного календарного дня" },
	{ DF_EXACT, 1, 1, UNIT_MIN, "бір минут", "одна минута" },
	{ DF_EXACT, 2, 2, UNIT_MIN, "екі минут", "две минуты" },
	{ DF_EXACT, 4, 4, UNIT_MIN, "төрт минут", "четыре минуты" },
	{ DF_EXACT, 5, 5, UNIT_MIN, "бес минут", "пять минут" },
	{ DF_EXACT, 11, 11, UNIT_MIN, "он бір минут", "одиннадцать минут" },
	{ DF_EXACT, 12, 12, UNIT_MIN, "он екі минут", "двенадцать минут" },
	{ DF_EXACT, 14, 14, UNIT_MIN, "он төрт минут", "четырнадцать минут" },
	{ DF_EXACT, 21, 21, UNIT_MIN, "жиырма бір минут", "двадцать одна минута" },
	{ DF_EXACT, 22, 22, UNIT_MIN, "жиырма екі минут", "двадцать две минуты" },
	/* minutes carry into hours (legal.h) */
	{ DF_EXACT, 111, 111, UNIT_MIN, "бір сағат елу бір минут", "один час пятьдесят одна минута" },
	{ DF_EXACT, 1, 1, UNIT_WD, "бір жұмыс күні", "один рабочий день" },
	{ DF_EXACT, 3, 3, UNIT_WD, "үш жұмыс күні", "три рабочих дня" },
	{ DF_EXACT, 2, 2, UNIT_HOUR, "екі сағат", "два часа" },
	{ DF_EXACT, 1, 1, UNIT_CD, "бір күнтізбелік күн", "один календарный день" },
	{ DF_RANGE, 1, 2, UNIT_HOUR, "бір сағаттан – екі сағатқа дейін", "от одного до двух часов" },
	{ DF_RANGE, 10, 30, UNIT_MIN, "он минуттан – отыз минутқа дейін",
	  "от десяти до тридцати минут" },
	{ DF_RANGE, 20, 21, UNIT_CD, "жиырма күнтізбелік күннен – жиырма бір күнтізбелік күнге дейін",
	  "от двадцати до двадцати одного календарного дня" },
	{ DF_RANGE, 1, 5, UNIT_WD, "бір жұмыс күнінен – бес жұмыс күніне дейін",
	  "от одного до пяти рабочих дней" },
	{ DF_AUTOMATIC, 0, 0, UNIT_MIN, "автоматты түрде", "автоматически" },
	{ DF_NONE, 0, 0, UNIT_MIN, "", "" },
};

static void legal_phrases_verbatim(void **state)
{
	(void)state;
	char buf[512];
	for (size_t i = 0; i < sizeof phrases / sizeof phrases[0]; i++) {
		struct dur d = dur_of(&phrases[i]);
		langpack(LANG_KK)->dur(buf, sizeof buf, &d, LPS_WORDS, 480);
		assert_string_equal(buf, phrases[i].kk);
		langpack(LANG_RU)->dur(buf, sizeof buf, &d, LPS_WORDS, 480);
		assert_string_equal(buf, phrases[i].ru);
	}
}

/* Compound quantities split as with digits: "1 wd 2 h"; 90 minutes are
 * an hour and thirty minutes, however they were written; the working days
 * and the hours are joined by "и" in Russian. */
static void legal_compound(void **state)
{
	(void)state;
	char buf[512];
	struct dur d;
	memset(&d, 0, sizeof d);
	d.form = DF_WITHIN;
	d.unit = UNIT_WD;
	d.hi.wd = 1;
	d.hi.min = 120;
	langpack(LANG_KK)->dur(buf, sizeof buf, &d, LPS_WORDS, 480);
	assert_string_equal(buf, "бір жұмыс күні екі сағат ішінде");
	langpack(LANG_RU)->dur(buf, sizeof buf, &d, LPS_WORDS, 480);
	assert_string_equal(buf, "в течение одного рабочего дня и двух часов");
	d.unit = UNIT_HOUR;
	d.hi.wd = 0;
	d.hi.min = 90;
	langpack(LANG_KK)->dur(buf, sizeof buf, &d, LPS_WORDS, 480);
	assert_string_equal(buf, "бір сағат отыз минут ішінде");
	d.unit = UNIT_MIN;
	langpack(LANG_RU)->dur(buf, sizeof buf, &d, LPS_WORDS, 480);
	assert_string_equal(buf, "в течение одного часа тридцати минут");
}

/* snprintf-like: the needed length, never more than n bytes written. */
static void truncation(void **state)
{
	(void)state;
	char full[256], small[8];
	int need = lp_ru.number(full, sizeof full, 2345, LPG_MASC, LPC_GEN);
	memset(small, 'x', sizeof small);
	int got = lp_ru.number(small, 5, 2345, LPG_MASC, LPC_GEN);
	assert_int_equal(got, need);
	assert_int_equal((int)strlen(full), need);
	assert_int_equal(small[5], 'x');
	assert_int_equal(lp_kk.number(NULL, 0, 180, LPG_MASC, LPC_ABL),
			 (int)strlen("бір жүз сексеннен"));
	struct dur d = dur_of(&phrases[2]);
	assert_int_equal(langpack(LANG_KK)->dur(NULL, 0, &d, LPS_WORDS, 480),
			 (int)strlen(phrases[2].kk));
	char tiny[3];
	lp_kk.inflect(tiny, sizeof tiny, "минут", LPC_ABL, false);
	assert_true(strlen(tiny) < sizeof tiny);
}

/*
 * Every phrase of one unit a pack writes in words reads back through the
 * phrase parser to the same interval and form: what the handbook prints in
 * words is never what reglc would call drift.  Minutes that carry into
 * hours make compound phrases ("бір сағат он бес минуттан аспайды"), which
 * the phrase reader learns with issue 14's reading part; they are left
 * out here until it does.
 */
static void round_trip(void **state)
{
	(void)state;
	static const struct {
		enum dur_form form;
		enum unit unit;
	} shapes[] = {
		{ DF_NOT_MORE, UNIT_MIN }, { DF_WITHIN, UNIT_WD }, { DF_WITHIN, UNIT_CD },
		{ DF_NOT_MORE, UNIT_HOUR }, { DF_RANGE, UNIT_CD }, { DF_EXACT, UNIT_MIN },
	};
	char buf[512], err[128];
	for (int64_t v = 1; v <= 9999; v += (v < 200 ? 1 : 37)) {
		for (size_t s = 0; s < sizeof shapes / sizeof shapes[0]; s++) {
			for (int l = 0; l < LANG__COUNT; l++) {
				struct phrase_row r = { shapes[s].form, 0, v, shapes[s].unit, "", "" };
				if (r.form == DF_RANGE && v < 2)
					continue; /* a range from zero is no legal phrase */
				if (r.form == DF_RANGE)
					r.lo = v / 2;
				if (r.form == DF_EXACT)
					r.lo = v;
				struct dur d = dur_of(&r), back;
				enum phrase_lang pl;
				if (legal_split(d.hi, d.unit, 480, LP_AS_WRITTEN).n > 1)
					continue;
				langpack((enum lang)l)->dur(buf, sizeof buf, &d, LPS_WORDS, 480);
				if (phrase_parse(buf, strlen(buf), &back, &pl, err, sizeof err) != 0)
					fail_msg("\"%s\" does not parse: %s", buf, err);
				if (!dur_same_interval(&d, &back, 480) || back.form != d.form)
					fail_msg("\"%s\" reads back as another interval", buf);
			}
		}
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(kk_every_number_to_100),
		cmocka_unit_test(ru_every_number_to_100),
		cmocka_unit_test(ru_genders_cases_samples),
		cmocka_unit_test(kk_samples_and_cases),
		cmocka_unit_test(kk_inflect_unit_words),
		cmocka_unit_test(ru_plural_classes),
		cmocka_unit_test(legal_phrases_verbatim),
		cmocka_unit_test(legal_compound),
		cmocka_unit_test(truncation),
		cmocka_unit_test(round_trip),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
