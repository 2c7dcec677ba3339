/*
 * lang_ru.c — the Russian language pack (see langpack.h).
 *
 * Contract: lp_ru writes the official Russian of the seed regulations.
 *  - A number is written as groups of three digits, each "hundreds tens
 *    units" and the name of its power of a thousand; every word is
 *    declined for case, the words for one and two agree in gender
 *    ("одна минута", "один рабочий день", "пятнадцати", "ста
 *    восьмидесяти", "двух тысяч"), and the power's name agrees with its
 *    group ("две тысячи", "пять тысяч", "двадцать одна тысяча"):
 *    "тысяча" is feminine, "миллион" and "миллиард" masculine.  Official
 *    spelling without "ё" ("трех", "четырех"); the accusative is the
 *    inanimate one.  Russian has no locative or ablative: those cases are
 *    written as the nominative.
 *  - A counted noun follows the 1 / 2-4 / 5+ rule (form): 1 минута,
 *    2-4 минуты, 5+ минут, 11-14 минут, 21 минута; after "не более",
 *    "в течение", "от ... до" the genitive (1 минуты, 2+ минут).  The
 *    noun table holds the nominative and genitive forms, what the
 *    outputs write.
 *  - Durations inflect every unit for its own number; a range whose ends
 *    are one number of one unit each names the unit once, agreeing with
 *    the upper number ("от 90 до 180 календарных дней").  Hours and
 *    minutes go together ("1 час 15 минут"); working days, and calendar
 *    days before them, are listed with the last joined by "и" ("в течение
 *    2 рабочих дней и 4 часов", "28 календарных дней, 2 рабочих дня и 1
 *    час").
 *  - There is no rule-made case ending (inflect is NULL): Russian forms
 *    come from the tables.
 */
#include "langpack.h"

#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "legal.h"
#include "sb.h"

/* ---- numbers ---------------------------------------------------------------------- */

/* The cases Russian declines a numeral in: the first six of enum lp_case. */
#define NCASES (LPC_PREP + 1)

/* Units 0-9 by case; 1 and 2 by gender in the nominative and accusative,
 * 1 also in the oblique cases. */
static const char *const ru_units[NCASES][10] = {
	[LPC_NOM] = { "ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь",
		      "восемь", "девять" },
	[LPC_GEN] = { "ноля", "одного", "двух", "трех", "четырех", "пяти", "шести", "семи",
		      "восьми", "девяти" },
	[LPC_DAT] = { "нолю", "одному", "двум", "трем", "четырем", "пяти", "шести", "семи",
		      "восьми", "девяти" },
	[LPC_ACC] = { "ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь",
		      "восемь", "девять" },
	[LPC_INS] = { "нолем", "одним", "двумя", "тремя", "четырьмя", "пятью", "шестью",
		      "семью", "восемью", "девятью" },
	[LPC_PREP] = { "ноле", "одном", "двух", "трех", "четырех", "пяти", "шести", "семи",
		       "восьми", "девяти" },
};
/* "one" feminine and neuter by case (masculine is in ru_units). */
static const char *const ru_one_fem[NCASES] = {
	"одна", "одной", "одной", "одну", "одной", "одной",
};
static const char *const ru_one_neut[NCASES] = {
	"одно", "одного", "одному", "одно", "одним", "одном",
};
/* 10-19 by case. */
static const char *const ru_teens[NCASES][10] = {
	[LPC_NOM] = { "десять", "одиннадцать", "двенадцать", "тринадцать", "четырнадцать",
		      "пятнадцать", "шестнадцать", "семнадцать", "восемнадцать",
		      "девятнадцать" },
	[LPC_GEN] = { "десяти", "одиннадцати", "двенадцати", "тринадцати", "четырнадцати",
		      "пятнадцати", "шестнадцати", "семнадцати", "восемнадцати",
		      "девятнадцати" },
	[LPC_DAT] = { "десяти", "одиннадцати", "двенадцати", "тринадцати", "четырнадцати",
		      "пятнадцати", "шестнадцати", "семнадцати", "восемнадцати",
		      "девятнадцати" },
	[LPC_ACC] = { "десять", "одиннадцать", "двенадцать", "тринадцать", "четырнадцать",
		      "пятнадцать", "шестнадцать", "семнадцать", "восемнадцать",
		      "девятнадцать" },
	[LPC_INS] = { "десятью", "одиннадцатью", "двенадцатью", "тринадцатью",
		      "четырнадцатью", "пятнадцатью", "шестнадцатью", "семнадцатью",
		      "восемнадцатью", "девятнадцатью" },
	[LPC_PREP] = { "десяти", "одиннадцати", "двенадцати", "тринадцати", "четырнадцати",
		       "пятнадцати", "шестнадцати", "семнадцати", "восемнадцати",
		       "девятнадцати" },
};
/* Tens 20-90 by case (index 2-9). */
static const char *const ru_tens[NCASES][10] = {
	[LPC_NOM] = { "", "", "двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят",
		      "семьдесят", "восемьдесят", "девяносто" },
	[LPC_GEN] = { "", "", "двадцати", "тридцати", "сорока", "пятидесяти", "шестидесяти",
		      "семидесяти", "восьмидесяти", "девяноста" },
	[LPC_DAT] = { "", "", "двадцати", "тридцати", "сорока", "пятидесяти", "шестидесяти",
		      "семидесяти", "восьмидесяти", "девяноста" },
	[LPC_ACC] = { "", "", "двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят",
		      "семьдесят", "восемьдесят", "девяносто" },
	[LPC_INS] = { "", "", "двадцатью", "тридцатью", "сорока", "пятьюдесятью",
		      "шестьюдесятью", "семьюдесятью", "восемьюдесятью", "девяноста" },
	[LPC_PREP] = { "", "", "двадцати", "тридцати", "сорока", "пятидесяти", "шестидесяти",
		       "семидесяти", "восьмидесяти", "девяноста" },
};
/* Hundreds 100-900 by case (index 1-9). */
static const char *const ru_hundreds[NCASES][10] = {
	[LPC_NOM] = { "", "сто", "двести", "триста", "четыреста", "пятьсот", "шестьсот",
		      "семьсот", "восемьсот", "девятьсот" },
	[LPC_GEN] = { "", "ста", "двухсот", "трехсот", "четырехсот", "пятисот", "шестисот",
		      "семисот", "восьмисот", "девятисот" },
	[LPC_DAT] = { "", "ста", "двумстам", "тремстам", "четыремстам", "пятистам",
		      "шестистам", "семистам", "восьмистам", "девятистам" },
	[LPC_ACC] = { "", "сто", "двести", "триста", "четыреста", "пятьсот", "шестьсот",
		      "семьсот", "восемьсот", "девятьсот" },
	[LPC_INS] = { "", "ста", "двумястами", "тремястами", "четырьмястами", "пятьюстами",
		      "шестьюстами", "семьюстами", "восемьюстами", "девятьюстами" },
	[LPC_PREP] = { "", "ста", "двухстах", "трехстах", "четырехстах", "пятистах",
		       "шестистах", "семистах", "восьмистах", "девятистах" },
};

/* A power of a thousand: its gender and its forms by slot and case. */
struct ru_power {
	enum lp_gender gender;    /* of the power's noun */
	const char *sing[NCASES]; /* тысяча, тысячи, тысяче, тысячу, тысячей, тысяче */
	const char *plur[NCASES]; /* тысячи, тысяч, тысячам, тысячи, тысячами, тысячах */
	const char *gen_sing;     /* after 2-4 in nom/acc: тысячи */
	const char *gen_plur;     /* after 5+ in nom/acc: тысяч */
};

static const struct ru_power ru_powers[3] = {
	{ LPG_FEM,
	  { "тысяча", "тысячи", "тысяче", "тысячу", "тысячей", "тысяче" },
	  { "тысячи", "тысяч", "тысячам", "тысячи", "тысячами", "тысячах" },
	  "тысячи", "тысяч" },
	{ LPG_MASC,
	  { "миллион", "миллиона", "миллиону", "миллион", "миллионом", "миллионе" },
	  { "миллионы", "миллионов", "миллионам", "миллионы", "миллионами", "миллионах" },
	  "миллиона", "миллионов" },
	{ LPG_MASC,
	  { "миллиард", "миллиарда", "миллиарду", "миллиард", "миллиардом", "миллиарде" },
	  { "миллиарды", "миллиардов", "миллиардам", "миллиарды", "миллиардами",
	    "миллиардах" },
	  "миллиарда", "миллиардов" },
};

static enum lp_form ru_form(uint64_t v, enum lp_case c)
{
	uint64_t d = v % 10, h = v % 100;
	bool one = d == 1 && h != 11;
	bool few = d >= 2 && d <= 4 && !(h >= 12 && h <= 14);
	if (c == LPC_NOM || c == LPC_ACC)
		return one ? LPF_ONE : few ? LPF_FEW : LPF_MANY;
	return one ? LPF_ONE : LPF_OBLIQUE;
}

/* One group 1-999 in gender g and case c. */
static void ru_group(struct out *o, unsigned x, enum lp_gender g, enum lp_case c, bool *first)
{
	unsigned h = x / 100, t = x / 10 % 10, u = x % 10;
	const char *w[3];
	int nw = 0;
	if (h)
		w[nw++] = ru_hundreds[c][h];
	if (t == 1) {
		w[nw++] = ru_teens[c][u];
	} else {
		if (t >= 2)
			w[nw++] = ru_tens[c][t];
		if (u == 1 && g == LPG_FEM)
			w[nw++] = ru_one_fem[c];
		else if (u == 1 && g == LPG_NEUT)
			w[nw++] = ru_one_neut[c];
		else if (u == 2 && g == LPG_FEM && (c == LPC_NOM || c == LPC_ACC))
			w[nw++] = "две";
		else if (u)
			w[nw++] = ru_units[c][u];
	}
	for (int i = 0; i < nw; i++) {
		out_printf(o, "%s%s", *first ? "" : " ", w[i]);
		*first = false;
	}
}

/* v in words into o, in gender g and case c. */
static void ru_number(struct out *o, uint64_t v, enum lp_gender g, enum lp_case c)
{
	if ((unsigned)c >= NCASES)
		c = LPC_NOM;
	if (v > LP_WORDS_MAX) {
		out_printf(o, "%" PRIu64, v);
		return;
	}
	if (v == 0) {
		out_printf(o, "%s", ru_units[c][0]);
		return;
	}
	unsigned groups[4];
	int ng = 0;
	for (uint64_t x = v; x; x /= 1000)
		groups[ng++] = (unsigned)(x % 1000);
	bool first = true;
	for (int k = ng - 1; k >= 0; k--) {
		if (groups[k] == 0)
			continue;
		if (k == 0) {
			ru_group(o, groups[k], g, c, &first);
			continue;
		}
		const struct ru_power *p = &ru_powers[k - 1];
		ru_group(o, groups[k], p->gender, c, &first);
		const char *noun;
		switch (ru_form(groups[k], c)) {
		case LPF_ONE: noun = p->sing[c]; break;
		case LPF_FEW: noun = p->gen_sing; break;
		case LPF_MANY: noun = p->gen_plur; break;
		default: noun = p->plur[c]; break;
		}
		out_printf(o, " %s", noun);
	}
}

static int ru_numwords(char *buf, size_t n, uint64_t v, enum lp_gender g, enum lp_case c)
{
	struct out o = out_start(buf, n);
	ru_number(&o, v, g, c);
	return out_end(&o);
}

/* ---- counted nouns ------------------------------------------------------------------ */

/* A counted noun: its gender and the forms that follow a number. */
static const struct {
	enum lp_gender gender; /* what a number counting it agrees with */
	const char *one;       /* nominative after 1, 21: минута */
	const char *few;       /* nominative after 2-4, 22-24: минуты, рабочих дня */
	const char *many;      /* after 0, 5-20 and the genitive plural: минут */
	const char *gen_one;   /* genitive after 1, 21: (не более одной) минуты */
} ru_nouns[LPN__COUNT] = {
	[LPN_CD] = { LPG_MASC, "календарный день", "календарных дня", "календарных дней",
		     "календарного дня" },
	[LPN_WD] = { LPG_MASC, "рабочий день", "рабочих дня", "рабочих дней", "рабочего дня" },
	[LPN_HOUR] = { LPG_MASC, "час", "часа", "часов", "часа" },
	[LPN_MIN] = { LPG_FEM, "минута", "минуты", "минут", "минуты" },
	[LPN_MONTH] = { LPG_MASC, "месяц", "месяца", "месяцев", "месяца" },
	[LPN_WEEK] = { LPG_FEM, "неделя", "недели", "недель", "недели" },
	[LPN_ERROR] = { LPG_FEM, "ошибка", "ошибки", "ошибок", "ошибки" },
	[LPN_WARNING] = { LPG_NEUT, "предупреждение", "предупреждения", "предупреждений",
			  "предупреждения" },
	[LPN_TIMES] = { LPG_MASC, "раз", "раза", "раз", "раза" },
};

/* The form of `what` after v in case c (nominative or genitive). */
static const char *ru_noun_form(enum lp_noun what, uint64_t v, enum lp_case c)
{
	if ((unsigned)what >= LPN__COUNT)
		what = LPN_MIN;
	switch (ru_form(v, c)) {
	case LPF_ONE: return c == LPC_GEN ? ru_nouns[what].gen_one : ru_nouns[what].one;
	case LPF_FEW: return ru_nouns[what].few;
	default: return ru_nouns[what].many;
	}
}

static int ru_noun(char *buf, size_t n, enum lp_noun what, uint64_t v, enum lp_case c)
{
	struct out o = out_start(buf, n);
	out_printf(&o, "%s", ru_noun_form(what, v, c));
	return out_end(&o);
}

/* sep, then v in style s, agreeing with gender g, in case c, into o. */
static void ru_put_number(struct out *o, const char *sep, uint64_t v, enum lp_gender g,
			  enum lp_case c, enum lp_style s)
{
	if (s == LPS_DIGITS) {
		out_printf(o, "%s%" PRIu64, sep, v);
		return;
	}
	out_printf(o, "%s", sep);
	ru_number(o, v, g, c);
}

/* sep, then "v noun" into o: both in case c, agreeing.  One write for the
 * digits, the common case (every duration of every diagram). */
static void ru_put_count(struct out *o, const char *sep, uint64_t v, enum lp_noun what,
			 enum lp_case c, enum lp_style s)
{
	if ((unsigned)what >= LPN__COUNT)
		what = LPN_MIN;
	const char *noun = ru_noun_form(what, v, c);
	if (s == LPS_DIGITS) {
		out_printf(o, "%s%" PRIu64 " %s", sep, v, noun);
		return;
	}
	ru_put_number(o, sep, v, ru_nouns[what].gender, c, s);
	out_printf(o, " %s", noun);
}

static int ru_count(char *buf, size_t n, uint64_t v, enum lp_noun what, enum lp_case c,
		    enum lp_style s)
{
	struct out o = out_start(buf, n);
	ru_put_count(&o, "", v, what, c, s);
	return out_end(&o);
}

/* ---- durations ----------------------------------------------------------------------- */

/* The words of the duration phrases around their numbers. */
static const char ru_automatic[] = "автоматически"; /* a system's step */
static const char ru_not_more[] = "не более ";      /* before the genitive */
static const char ru_within[] = "в течение ";       /* before the genitive */
static const char ru_from[] = "от ";                /* a range: before the genitive */
static const char ru_to[] = " до ";                 /* ... and again */

/* The group of a unit, for the conjunctions: calendar days, working
 * days, the hours and minutes of a day. */
static int ru_group_of(enum lp_noun u)
{
	return u == LPN_CD || u == LPN_WEEK || u == LPN_MONTH ? 0 : u == LPN_WD ? 1 : 2;
}

/* Parts: each number and its noun in case c.  Hours and minutes go
 * together ("1 час 15 минут"); the groups before them are listed with
 * commas, the last joined by "и": "2 рабочих дня и 4 часа 50 минут",
 * "28 календарных дней, 2 рабочих дня и 1 час". */
static void ru_parts(struct out *o, const struct legal_parts *p, enum lp_case c,
		     enum lp_style s)
{
	int last = p->n ? ru_group_of(p->u[p->n - 1]) : 0;
	for (int i = 0; i < p->n; i++) {
		int g = ru_group_of(p->u[i]);
		const char *sep = i == 0 ? "" : g == ru_group_of(p->u[i - 1]) ? " "
					  : g == last ? " и " : ", ";
		ru_put_count(o, sep, (uint64_t)p->v[i], p->u[i], c, s);
	}
}

/* A range: "от N до M U" when both ends are one number of one unit (the
 * noun agreeing with the upper number), else each end with its units. */
static void ru_range(struct out *o, const struct dur *d, enum lp_style s, int64_t workday)
{
	struct legal_parts lo = legal_split(d->lo, d->unit, workday, LP_AS_WRITTEN);
	struct legal_parts hi = legal_split(d->hi, d->unit, workday, LP_AS_WRITTEN);
	if (lo.n == 1 && hi.n == 1 && lo.u[0] == hi.u[0]) {
		enum lp_gender g = ru_nouns[hi.u[0]].gender;
		ru_put_number(o, ru_from, (uint64_t)lo.v[0], g, LPC_GEN, s);
		ru_put_count(o, ru_to, (uint64_t)hi.v[0], hi.u[0], LPC_GEN, s);
		return;
	}
	out_printf(o, "%s", ru_from);
	ru_parts(o, &lo, LPC_GEN, s);
	out_printf(o, "%s", ru_to);
	ru_parts(o, &hi, LPC_GEN, s);
}

static int ru_dur(char *buf, size_t n, const struct dur *d, enum lp_style s, int64_t workday)
{
	struct out o = out_start(buf, n);
	struct legal_parts hi = legal_split(d->hi, d->unit, workday, LP_AS_WRITTEN);
	switch (d->form) {
	case DF_NONE:
		break;
	case DF_AUTOMATIC:
		out_printf(&o, "%s", ru_automatic);
		break;
	case DF_EXACT:
		ru_parts(&o, &hi, LPC_NOM, s);
		break;
	case DF_NOT_MORE:
		out_printf(&o, "%s", ru_not_more);
		ru_parts(&o, &hi, LPC_GEN, s);
		break;
	case DF_WITHIN:
		out_printf(&o, "%s", ru_within);
		ru_parts(&o, &hi, LPC_GEN, s);
		break;
	case DF_RANGE:
		ru_range(&o, d, s, workday);
		break;
	}
	return out_end(&o);
}

static int ru_qty(char *buf, size_t n, struct qty q, enum unit unit, int64_t workday,
		  enum lp_carry how)
{
	struct out o = out_start(buf, n);
	struct legal_parts p = legal_split(q, unit, workday, how);
	ru_parts(&o, &p, LPC_NOM, LPS_DIGITS);
	return out_end(&o);
}

/* ---- the pack ------------------------------------------------------------------------- */

const struct langpack lp_ru = {
	.lang = LANG_RU,
	.code = "ru",
	.number = ru_numwords,
	.form = ru_form,
	.noun = ru_noun,
	.count = ru_count,
	.inflect = NULL,
	.dur = ru_dur,
	.qty = ru_qty,
	.after_bound = LPC_GEN,
	.phrase = {
		[LP_YES] = "ДА",
		[LP_NO] = "НЕТ",
		[LP_START] = "Начало",
		[LP_RESULT] = "Результат",
		[LP_REFUSAL] = "Отказ",
		[LP_MAX_TIMES] = "не более %llu раз",
		[LP_NO_TERM_STEP] = "срок не указан",
		[LP_SYSTEM] = "информационная система",
		[LP_APPENDIX2] = "Приложение 2",
		[LP_APPENDIX3] = "Приложение 3",
		[LP_TITLE2] = "Блок-схема описания последовательности процедур (действий) "
			      "с указанием длительности каждой процедуры (действия)",
		[LP_TITLE3] = "Справочник бизнес-процессов оказания государственной услуги «%s»",
		[LP_TITLE_SYS] = "Диаграмма функционального взаимодействия информационных "
				 "систем, задействованных в оказании государственной услуги",
		[LP_PATH_TOTAL] = "наиболее длительный путь",
		[LP_TERM] = "срок",
		[LP_NO_TERM] = "срок не указан",
		[LP_NOT_ANALYSED] = "продолжительность не рассчитана",
		[LP_EXCEEDS] = "превышает срок",
		[LP_HOLIDAYS] = "превышает срок в праздничные дни",
		[LP_OPEN] = "не ограничен: есть шаг без срока",
		[LP_INFINITE] = "бесконечен",
		[LP_LEGEND_CRIT] = "жирная рамка — наиболее длительный путь",
		[LP_LEGEND_FINDING] = "⚠ и пунктир — есть замечание",
		[LP_LEGEND_REFUSAL] = "двойная рамка — отказ",
		[LP_LEGEND_REVIEW] = "⚠ «приложение N: код» — это приложение регламента расходится с его текстом",
		[LP_REVIEW_APX] = "приложение %u",
		/* the handbook */
		[LP_APPROVED] = "Утвержден: ",
		[LP_REG_TITLE] = "Регламент государственной услуги «%s»",
		[LP_STANDARD] = "Стандарт: ",
		[LP_CHECK_CLEAN] = "Проверка reglc: несоответствий не найдено.",
		[LP_CHECK_FOUND] = "Проверка reglc: ",
		[LP_FOUND_LINK] = "найденные несоответствия",
		[LP_SOURCE] = "Документ сформирован reglc из файла ",
		[LP_CONTENTS] = "Содержание",
		[LP_TOC_S1] = "1. Общие положения",
		[LP_TOC_S2] = "2. Порядок действий структурных подразделений",
		[LP_TOC_S3] = "3. Порядок взаимодействия структурных подразделений",
		[LP_TOC_S4] = "4. Взаимодействие с ЦОН и информационными системами",
		[LP_TOC_APP1] = "Приложение 1: описание процедур",
		[LP_TOC_APP2] = "Приложение 2: блок-схемы",
		[LP_TOC_APP3] = "Приложение 3: справочник бизнес-процессов",
		[LP_S1] = "Общие положения",
		[LP_PROVIDER] = "Наименование услугодателя: %s (далее – услугодатель).",
		[LP_ACCEPTS] = "Места приема заявлений и выдачи результатов оказания "
			       "государственной услуги:",
		[LP_ACCEPTS_END] = ".",
		[LP_FORM] = "Форма оказания государственной услуги: ",
		[LP_FORM_OR] = " и (или) ",
		[LP_FORM_PAPER] = "бумажная",
		[LP_FORM_ELECTRONIC] = "электронная",
		[LP_FORM_END] = ".",
		[LP_RESULT_IS] = "Результат оказания государственной услуги – %s.",
		[LP_FEE_FREE] = "Государственная услуга оказывается бесплатно.",
		[LP_FEE_PAID] = "Государственная услуга оказывается на платной основе: %s.",
		[LP_TERMS] = "Срок оказания государственной услуги:",
		[LP_TERM_RESULT] = "результат оказания государственной услуги",
		[LP_TERM_REFUSAL] = "отказ",
		[LP_S2] = "Описание порядка действий структурных подразделений (работников) "
			  "услугодателя в процессе оказания государственной услуги",
		[LP_S3] = "Описание порядка взаимодействия структурных подразделений (работников) "
			  "услугодателя в процессе оказания государственной услуги",
		[LP_S4] = "Описание порядка взаимодействия с центром обслуживания населения "
			  "и (или) иными услугодателями, а также порядка использования "
			  "информационных систем в процессе оказания государственной услуги",
		[LP_PARA_CONTENT] = "Содержание каждой процедуры (действия), входящей в состав "
				    "процесса оказания государственной услуги, длительность ее "
				    "выполнения:",
		[LP_AND] = " и ",
		[LP_END_RESULT] = "Процедура завершается (результат)",
		[LP_END_REFUSAL] = "Процедура завершается (отказ)",
		[LP_IF_YES] = "В случае ответа «ДА»",
		[LP_IF_NO] = "В случае ответа «НЕТ»",
		[LP_DECIDES] = " принимает решение: ",
		[LP_DECIDED] = "принимается решение: ",
		[LP_GOTO_SUB] = "переход к [подпункту %u)]",
		[LP_GOTO_NEXT] = "переход к следующей процедуре",
		[LP_BACK_SUB] = "Возврат к [подпункту %u)]",
		[LP_BACK_PREV] = "Возврат к предыдущей процедуре",
		[LP_AT_MOST] = "не более %s",
		[LP_REPEATS] = "повторяются предыдущие процедуры",
		[LP_USE_ONE] = "взаимодействие структурных подразделений (работников) "
			       "осуществляется в соответствии с [подпунктом %2$u) пункта %1$u] "
			       "настоящего регламента",
		[LP_USE_RANGE] = "взаимодействие структурных подразделений (работников) "
				 "осуществляется в соответствии с [подпунктами %2$u)–%3$u) пункта "
				 "%1$u] настоящего регламента",
		[LP_UNITS] = "Перечень структурных подразделений (работников) услугодателя, "
			     "которые участвуют в процессе оказания государственной услуги:",
		[LP_REF_APP1] = "Описание последовательности процедур (действий) между "
				"структурными подразделениями (работниками) с указанием "
				"длительности каждой процедуры (действия) приведено в приложении 1 "
				"к настоящему регламенту.",
		[LP_REF_APP2] = "Блок-схема прохождения каждого действия (процедуры) с указанием "
				"длительности каждой процедуры (действия) приведена в приложении 2 "
				"к настоящему регламенту.",
		[LP_REF_APP3] = "Подробное описание последовательности процедур (действий), "
				"взаимодействий структурных подразделений (работников) "
				"услугодателя в процессе оказания государственной услуги, а также "
				"описание порядка взаимодействия с иными услугодателями и (или) "
				"центром обслуживания населения и порядка использования "
				"информационных систем в процессе оказания государственной услуги "
				"отражается в справочнике бизнес-процессов оказания государственной "
				"услуги согласно приложению 3 к настоящему регламенту.",
		[LP_APP_OF] = "Приложение %d к регламенту государственной услуги «%s»",
		[LP_APP1_TITLE] = "Описание последовательности процедур (действий) между "
				  "структурными подразделениями (работниками) с указанием "
				  "длительности каждой процедуры (действия)",
		[LP_A1_ROW1] = "Номер действия (хода, потока работ)",
		[LP_A1_ROW2] = "Наименование структурных подразделений",
		[LP_A1_ROW3] = "Наименование действия (процесса, процедуры, операции) и их описание",
		[LP_A1_ROW4] = "Форма завершения (данные, документ, организационно-распорядительное "
			       "решение)",
		[LP_A1_ROW5] = "Сроки исполнения",
		[LP_A1_BACK] = "→ возврат к действию %u",
		[LP_A1_NONE] = "На этом пути нет процедур структурных подразделений.",
		[LP_A1_GAP] = "в приложении 1 регламента нет столбца для этого действия",
		[LP_A1_MERGED] = "в приложении 1 регламента это действие дано в одном столбце с действием %u",
		[LP_A1_PRINTS] = "в приложении 1 регламента: ",
		[LP_A1_NO_UNIT] = "в приложении 1 регламента подразделение не указано",
		[LP_A1_EXTRA] = "столбец %u приложения 1 регламента не показывает ни одного действия этого пути: ",
		[LP_A1_NO_PART] = "в приложении 1 регламента нет таблицы для этого пути",
		[LP_APP2_TITLE] = "Блок-схема прохождения каждого действия (процедуры) с указанием "
				  "длительности каждой процедуры (действия)",
		[LP_REPORT] = "reglc: проверка сроков",
		[LP_REPORT_NOTE] = "Этот и следующий разделы составлены reglc и не входят в текст "
				   "регламента. ",
		[LP_WORK_HOURS] = "Рабочее время: %02d:%02d–%02d:%02d",
		[LP_WORK_BREAK] = ", перерыв %02d:%02d–%02d:%02d",
		[LP_WORKDAY_LEN] = " (1 рабочий день = %s). ",
		[LP_SAME_DAY] = "День приема документов засчитывается в срок; ",
		[LP_NEXT_DAY] = "День приема документов в срок не засчитывается; ",
		[LP_CLOSE_EXACT] = "срок может истечь и в нерабочий день.",
		[LP_CLOSE_NEXT] = "срок, истекающий в нерабочий день, переносится на следующий "
				  "рабочий день.",
		[LP_CAL_YEARS] = " Календарь: %d–%d годы",
		[LP_CAL_BUILTIN] = " (встроенный).",
		[LP_INDICATOR] = "Показатель",
		[LP_VALUE] = "Значение",
		[LP_TOTAL_WORST] = "Общая продолжительность по наиболее длительному пути",
		[LP_TOTAL_BEST] = "По наиболее короткому пути",
		[LP_TERM_ROW] = "Срок",
		[LP_NOT_SET] = "не установлен",
		[LP_CONCLUSION] = "Вывод",
		[LP_SIMULATED] = " (рабочее и календарное время вместе: рассчитано по календарю)",
		[LP_WORST_CASE] = "Наихудший случай",
		[LP_ACCEPTED_AT] = "принято %s",
		[LP_DUE_AT] = "; срок истекает %s",
		[LP_READY_AT] = "; готово %s",
		[LP_ORDINARY] = " (обычная неделя)",
		[LP_CAL_PROVISIONAL] = " %d–%d годы предварительные: постановление о переносе "
				       "выходных дней не записано.",
		[LP_CAL_JUDGED] = " По календарю проверены документы, принятые с "
				  "%04d-%02d-%02d по %04d-%02d-%02d.",
		[LP_ORDINARY_CALENDAR] = " (обычный календарь)",
		[LP_SIMULATED_MONTHS] = " (месяцы: рассчитано по календарю)",
		[LP_ELAPSED] = "Время с момента приема",
		[LP_ELAPSED_RANGE] = "не более %s, не менее %s",
		[LP_CRITICAL] = "Критический путь (наиболее длительный):",
		[LP_COL_STEP] = "Процедура",
		[LP_COL_ACTOR] = "Исполнитель",
		[LP_COL_DUR] = "Продолжительность",
		[LP_COL_TIMES] = "Начало – окончание",
		[LP_V_NO_TERM] = "срок не установлен: общая продолжительность рассчитана, но не "
				 "проверена",
		[LP_V_OK] = "срок соблюдается на всех путях",
		[LP_V_HOLIDAYS] = "в праздничные дни срок превышается (предупреждение)",
		[LP_V_EXCEEDS] = "срок превышается (ошибка)",
		[LP_V_OPEN] = "продолжительность не ограничена: у процедуры не указан срок "
			      "(предупреждение)",
		[LP_V_INFINITE] = "продолжительность бесконечна: неограниченный цикл (ошибка)",
		[LP_NEVER] = "никогда",
		[LP_DAY_N] = "день %d, ",
		[LP_ELAPSED_DAYS] = "%lld сут. ",
		[LP_ELAPSED_HM] = "%d ч %02d мин",
		[LP_MONDAY] = "понедельник",
		[LP_TUESDAY] = "вторник",
		[LP_WEDNESDAY] = "среда",
		[LP_THURSDAY] = "четверг",
		[LP_FRIDAY] = "пятница",
		[LP_SATURDAY] = "суббота",
		[LP_SUNDAY] = "воскресенье",
		[LP_FINDINGS] = "reglc: найденные несоответствия",
		[LP_NO_FINDINGS] = "reglc не нашел несоответствий.",
		[LP_ERROR] = "Ошибка",
		[LP_WARNING] = "Предупреждение",
		[LP_ABOUT_REG] = "регламент",
		[LP_SUBREF] = "подпункт %2$u) пункта %1$u",
		[LP_HINT] = "подсказка: ",
	},
};
