/*
 * numwords.c — numbers and durations in words (see numwords.h).
 *
 * Both languages write a number as groups of three digits, each group
 * "hundreds tens units" followed by the name of its power of a thousand.
 * Kazakh strings the words together and inflects only the last one;
 * Russian declines every word and makes the power's name agree with its
 * group (две тысячи, пять тысяч, двадцать одна тысяча).
 */
#include "numwords.h"

#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "legal.h"
#include "sb.h"
#include "utf8.h"

/* ---- Kazakh ------------------------------------------------------------------- */

static const char *const kk_units[10] = {
	"нөл", "бір", "екі", "үш", "төрт", "бес", "алты", "жеті", "сегіз", "тоғыз",
};
static const char *const kk_tens[10] = {
	"", "он", "жиырма", "отыз", "қырық", "елу", "алпыс", "жетпіс", "сексен", "тоқсан",
};
/* The powers of a thousand, from 10^3. */
static const char *const kk_powers[3] = { "мың", "миллион", "миллиард" };

/* The Kazakh words of v (0 < v <= NW_MAX), uninflected, into o. */
static void kk_number(struct out *o, uint64_t v)
{
	unsigned groups[4];
	int ng = 0;
	for (uint64_t x = v; x; x /= 1000)
		groups[ng++] = (unsigned)(x % 1000);
	bool first = true;
	for (int g = ng - 1; g >= 0; g--) {
		unsigned h = groups[g] / 100, t = groups[g] / 10 % 10, u = groups[g] % 10;
		if (groups[g] == 0)
			continue;
		/* The legal style writes "бір жүз", "бір мың". */
		if (h) {
			out_printf(o, "%s%s жүз", first ? "" : " ", kk_units[h]);
			first = false;
		}
		if (t) {
			out_printf(o, "%s%s", first ? "" : " ", kk_tens[t]);
			first = false;
		}
		if (u) {
			out_printf(o, "%s%s", first ? "" : " ", kk_units[u]);
			first = false;
		}
		if (g > 0)
			out_printf(o, " %s", kk_powers[g - 1]);
	}
}

/* The code point ending at s[end) (decoding backwards), its start in *at. */
static uint32_t prev_cp(const char *s, size_t end, size_t *at)
{
	size_t i = utf8_prev(s, end);
	uint32_t cp;
	*at = i;
	return utf8_decode(s + i, end - i, &cp) ? cp : 0xFFFD;
}

/* Lower case of a Cyrillic letter of Kazakh or Russian; others as they are. */
static uint32_t cyr_lower(uint32_t c)
{
	if (c >= 0x410 && c <= 0x42F)
		return c + 0x20;
	if (c >= 0x400 && c <= 0x40F)
		return c + 0x50;
	switch (c) {
	case 0x4D8: case 0x4E8: case 0x4B0: case 0x4AE: case 0x492: case 0x49A:
	case 0x4A2: case 0x4BA:
		return c + 1;
	default:
		return c;
	}
}

/* The last sound of a word, as far as endings care. */
enum kk_sound {
	KS_VOWEL,    /* а ә е о ө ұ ү ы і э ю я ё */
	KS_SONORANT, /* л р й, and у и (after a vowel they are glides: елу) */
	KS_VOICED,   /* ж з */
	KS_NASAL,    /* м н ң */
	KS_VOICELESS /* every other consonant (б д г at the end sound voiceless) */
};

/* Vowel harmony: 1 back, 0 front, -1 not a vowel, 2/3 ambiguous
 * (у leans back, и front, when no other vowel decides). */
static int vowel_class(uint32_t c)
{
	switch (c) {
	case 0x430: case 0x43E: case 0x4B1: case 0x44B: case 0x44F: case 0x451: case 0x44E:
		return 1; /* а о ұ ы я ё ю */
	case 0x4D9: case 0x435: case 0x4E9: case 0x4AF: case 0x456: case 0x44D:
		return 0; /* ә е ө ү і э */
	case 0x443:
		return 2; /* у */
	case 0x438:
		return 3; /* и */
	default:
		return -1;
	}
}

static enum kk_sound sound_of(uint32_t c)
{
	int v = vowel_class(c);
	if (v == 0 || v == 1)
		return KS_VOWEL;
	if (v >= 2)
		return KS_SONORANT;
	switch (c) {
	case 0x43B: case 0x440: case 0x439: /* л р й */
		return KS_SONORANT;
	case 0x436: case 0x437: /* ж з */
		return KS_VOICED;
	case 0x43C: case 0x43D: case 0x4A3: /* м н ң */
		return KS_NASAL;
	default:
		return KS_VOICELESS;
	}
}

/* Endings by case and last sound: back form, front form. */
static const char *const kk_endings[KK_ABL + 1][5][2] = {
	[KK_NOM] = { { "", "" }, { "", "" }, { "", "" }, { "", "" }, { "", "" } },
	[KK_GEN] = { { "ның", "нің" }, { "дың", "дің" }, { "дың", "дің" },
		     { "ның", "нің" }, { "тың", "тің" } },
	[KK_DAT] = { { "ға", "ге" }, { "ға", "ге" }, { "ға", "ге" },
		     { "ға", "ге" }, { "қа", "ке" } },
	[KK_ACC] = { { "ны", "ні" }, { "ды", "ді" }, { "ды", "ді" },
		     { "ды", "ді" }, { "ты", "ті" } },
	[KK_LOC] = { { "да", "де" }, { "да", "де" }, { "да", "де" },
		     { "да", "де" }, { "та", "те" } },
	[KK_ABL] = { { "дан", "ден" }, { "дан", "ден" }, { "дан", "ден" },
		     { "нан", "нен" }, { "тан", "тен" } },
};
/* After the 3rd-person possessive the pronominal -н- comes in. */
static const char *const kk_poss_endings[KK_ABL + 1][2] = {
	[KK_NOM] = { "", "" },       [KK_GEN] = { "ның", "нің" },
	[KK_DAT] = { "на", "не" },   [KK_ACC] = { "н", "н" },
	[KK_LOC] = { "нда", "нде" }, [KK_ABL] = { "нан", "нен" },
};

int kk_inflect(char *buf, size_t n, const char *word, enum kk_case c, bool possessive)
{
	struct out o = out_start(buf, n);
	size_t len = strlen(word);
	out_printf(&o, "%s", word);
	if (len == 0 || c == KK_NOM || (unsigned)c > KK_ABL)
		return out_end(&o);
	/* The last sound, and the harmony of the last word's vowels. */
	size_t at = len;
	uint32_t last = 0;
	int harmony = -1, weak = -1;
	bool have_last = false;
	while (at > 0) {
		uint32_t cp = cyr_lower(prev_cp(word, at, &at));
		if (cp == ' ')
			break;
		if (!have_last) {
			last = cp;
			have_last = true;
		}
		int v = vowel_class(cp);
		if (v == 0 || v == 1) {
			harmony = v;
			break;
		}
		if (v >= 2 && weak < 0)
			weak = v == 2 ? 1 : 0;
	}
	if (harmony < 0)
		harmony = weak >= 0 ? weak : 1;
	int front = harmony == 0;
	const char *e = possessive ? kk_poss_endings[c][front]
				   : kk_endings[c][sound_of(last)][front];
	out_printf(&o, "%s", e);
	return out_end(&o);
}

int numwords_kk(char *buf, size_t n, uint64_t v, enum kk_case c)
{
	char words[512];
	struct out w = out_start(words, sizeof words);
	if (v == 0)
		out_printf(&w, "%s", kk_units[0]);
	else if (v > NW_MAX)
		out_printf(&w, "%" PRIu64, v);
	else
		kk_number(&w, v);
	return kk_inflect(buf, n, words, c, false);
}

/* ---- Russian ------------------------------------------------------------------ */

#define NCASES (RU_PREP + 1)

/* Units 0-9 by case; 1 and 2 by gender in the nominative and accusative,
 * 1 also in the oblique cases. */
static const char *const ru_units[NCASES][10] = {
	[RU_NOM] = { "ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь",
		     "восемь", "девять" },
	[RU_GEN] = { "ноля", "одного", "двух", "трех", "четырех", "пяти", "шести", "семи",
		     "восьми", "девяти" },
	[RU_DAT] = { "нолю", "одному", "двум", "трем", "четырем", "пяти", "шести", "семи",
		     "восьми", "девяти" },
	[RU_ACC] = { "ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь",
		     "восемь", "девять" },
	[RU_INS] = { "нолем", "одним", "двумя", "тремя", "четырьмя", "пятью", "шестью",
		     "семью", "восемью", "девятью" },
	[RU_PREP] = { "ноле", "одном", "двух", "трех", "четырех", "пяти", "шести", "семи",
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
	[RU_NOM] = { "десять", "одиннадцать", "двенадцать", "тринадцать", "четырнадцать",
		     "пятнадцать", "шестнадцать", "семнадцать", "восемнадцать",
		     "девятнадцать" },
	[RU_GEN] = { "десяти", "одиннадцати", "двенадцати", "тринадцати", "четырнадцати",
		     "пятнадцати", "шестнадцати", "семнадцати", "восемнадцати",
		     "девятнадцати" },
	[RU_DAT] = { "десяти", "одиннадцати", "двенадцати", "тринадцати", "четырнадцати",
		     "пятнадцати", "шестнадцати", "семнадцати", "восемнадцати",
		     "девятнадцати" },
	[RU_ACC] = { "десять", "одиннадцать", "двенадцать", "тринадцать", "четырнадцать",
		     "пятнадцать", "шестнадцать", "семнадцать", "восемнадцать",
		     "девятнадцать" },
	[RU_INS] = { "десятью", "одиннадцатью", "двенадцатью", "тринадцатью",
		     "четырнадцатью", "пятнадцатью", "шестнадцатью", "семнадцатью",
		     "восемнадцатью", "девятнадцатью" },
	[RU_PREP] = { "десяти", "одиннадцати", "двенадцати", "тринадцати", "четырнадцати",
		      "пятнадцати", "шестнадцати", "семнадцати", "восемнадцати",
		      "девятнадцати" },
};
/* Tens 20-90 by case (index 2-9). */
static const char *const ru_tens[NCASES][10] = {
	[RU_NOM] = { "", "", "двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят",
		     "семьдесят", "восемьдесят", "девяносто" },
	[RU_GEN] = { "", "", "двадцати", "тридцати", "сорока", "пятидесяти", "шестидесяти",
		     "семидесяти", "восьмидесяти", "девяноста" },
	[RU_DAT] = { "", "", "двадцати", "тридцати", "сорока", "пятидесяти", "шестидесяти",
		     "семидесяти", "восьмидесяти", "девяноста" },
	[RU_ACC] = { "", "", "двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят",
		     "семьдесят", "восемьдесят", "девяносто" },
	[RU_INS] = { "", "", "двадцатью", "тридцатью", "сорока", "пятьюдесятью",
		     "шестьюдесятью", "семьюдесятью", "восемьюдесятью", "девяноста" },
	[RU_PREP] = { "", "", "двадцати", "тридцати", "сорока", "пятидесяти", "шестидесяти",
		      "семидесяти", "восьмидесяти", "девяноста" },
};
/* Hundreds 100-900 by case (index 1-9). */
static const char *const ru_hundreds[NCASES][10] = {
	[RU_NOM] = { "", "сто", "двести", "триста", "четыреста", "пятьсот", "шестьсот",
		     "семьсот", "восемьсот", "девятьсот" },
	[RU_GEN] = { "", "ста", "двухсот", "трехсот", "четырехсот", "пятисот", "шестисот",
		     "семисот", "восьмисот", "девятисот" },
	[RU_DAT] = { "", "ста", "двумстам", "тремстам", "четыремстам", "пятистам",
		     "шестистам", "семистам", "восьмистам", "девятистам" },
	[RU_ACC] = { "", "сто", "двести", "триста", "четыреста", "пятьсот", "шестьсот",
		     "семьсот", "восемьсот", "девятьсот" },
	[RU_INS] = { "", "ста", "двумястами", "тремястами", "четырьмястами", "пятьюстами",
		     "шестьюстами", "семьюстами", "восемьюстами", "девятьюстами" },
	[RU_PREP] = { "", "ста", "двухстах", "трехстах", "четырехстах", "пятистах",
		      "шестистах", "семистах", "восьмистах", "девятистах" },
};

/* A power of a thousand: its gender and its forms by slot and case. */
struct ru_power {
	enum ru_gender gender;
	const char *sing[NCASES]; /* тысяча, тысячи, тысяче, тысячу, тысячей, тысяче */
	const char *plur[NCASES]; /* тысячи, тысяч, тысячам, тысячи, тысячами, тысячах */
	const char *gen_sing;     /* after 2-4 in nom/acc: тысячи */
	const char *gen_plur;     /* after 5+ in nom/acc: тысяч */
};

static const struct ru_power ru_powers[3] = {
	{ RU_FEM,
	  { "тысяча", "тысячи", "тысяче", "тысячу", "тысячей", "тысяче" },
	  { "тысячи", "тысяч", "тысячам", "тысячи", "тысячами", "тысячах" },
	  "тысячи", "тысяч" },
	{ RU_MASC,
	  { "миллион", "миллиона", "миллиону", "миллион", "миллионом", "миллионе" },
	  { "миллионы", "миллионов", "миллионам", "миллионы", "миллионами", "миллионах" },
	  "миллиона", "миллионов" },
	{ RU_MASC,
	  { "миллиард", "миллиарда", "миллиарду", "миллиард", "миллиардом", "миллиарде" },
	  { "миллиарды", "миллиардов", "миллиардам", "миллиарды", "миллиардами",
	    "миллиардах" },
	  "миллиарда", "миллиардов" },
};

enum ru_slot ru_noun_slot(uint64_t v, enum ru_case c)
{
	uint64_t d = v % 10, h = v % 100;
	bool one = d == 1 && h != 11;
	bool few = d >= 2 && d <= 4 && !(h >= 12 && h <= 14);
	if (c == RU_NOM || c == RU_ACC)
		return one ? RS_SING : few ? RS_GEN_SING : RS_GEN_PLUR;
	return one ? RS_SING : RS_PLUR;
}

/* One group 1-999 in gender g and case c. */
static void ru_group(struct out *o, unsigned x, enum ru_gender g, enum ru_case c, bool *first)
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
		if (u == 1 && g == RU_FEM)
			w[nw++] = ru_one_fem[c];
		else if (u == 1 && g == RU_NEUT)
			w[nw++] = ru_one_neut[c];
		else if (u == 2 && g == RU_FEM && (c == RU_NOM || c == RU_ACC))
			w[nw++] = "две";
		else if (u)
			w[nw++] = ru_units[c][u];
	}
	for (int i = 0; i < nw; i++) {
		out_printf(o, "%s%s", *first ? "" : " ", w[i]);
		*first = false;
	}
}

int numwords_ru(char *buf, size_t n, uint64_t v, enum ru_gender g, enum ru_case c)
{
	struct out o = out_start(buf, n);
	if ((unsigned)c >= NCASES)
		c = RU_NOM;
	if (v > NW_MAX) {
		out_printf(&o, "%" PRIu64, v);
		return out_end(&o);
	}
	if (v == 0) {
		out_printf(&o, "%s", ru_units[c][0]);
		return out_end(&o);
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
			ru_group(&o, groups[k], g, c, &first);
			continue;
		}
		const struct ru_power *p = &ru_powers[k - 1];
		ru_group(&o, groups[k], p->gender, c, &first);
		const char *noun;
		switch (ru_noun_slot(groups[k], c)) {
		case RS_SING: noun = p->sing[c]; break;
		case RS_GEN_SING: noun = p->gen_sing; break;
		case RS_GEN_PLUR: noun = p->gen_plur; break;
		default: noun = p->plur[c]; break;
		}
		out_printf(&o, " %s", noun);
	}
	return out_end(&o);
}

/* ---- durations ---------------------------------------------------------------- */


/* A unit's Kazakh noun phrase (inflected by kk_inflect). */
static const struct {
	const char *word;
	bool possessive;
} kk_unit[LU__COUNT] = {
	[LU_CD] = { "күнтізбелік күн", false },
	[LU_WD] = { "жұмыс күні", true },
	[LU_HOUR] = { "сағат", false },
	[LU_MIN] = { "минут", false },
};

/* A unit's Russian noun phrase: gender and the forms the phrases need. */
static const struct {
	enum ru_gender gender;
	const char *nom_sing, *gen_sing, *gen_plur, *nom_few;
} ru_unit[LU__COUNT] = {
	[LU_CD] = { RU_MASC, "календарный день", "календарного дня", "календарных дней",
		    "календарных дня" },
	[LU_WD] = { RU_MASC, "рабочий день", "рабочего дня", "рабочих дней", "рабочих дня" },
	[LU_HOUR] = { RU_MASC, "час", "часа", "часов", "часа" },
	[LU_MIN] = { RU_FEM, "минута", "минуты", "минут", "минуты" },
};

/* The Russian noun for v units of u in case c (nominative or genitive). */
static const char *ru_noun(enum lunit u, uint64_t v, enum ru_case c)
{
	switch (ru_noun_slot(v, c)) {
	case RS_SING: return c == RU_GEN ? ru_unit[u].gen_sing : ru_unit[u].nom_sing;
	case RS_GEN_SING: return ru_unit[u].nom_few;
	default: return ru_unit[u].gen_plur;
	}
}

/* Kazakh parts: every number and unit in the nominative but the last
 * unit, which takes case c. */
static void kk_parts(struct out *o, const struct legal_parts *p, enum kk_case c)
{
	for (int i = 0; i < p->n; i++) {
		char num[512], unit[128];
		numwords_kk(num, sizeof num, (uint64_t)p->v[i], KK_NOM);
		kk_inflect(unit, sizeof unit, kk_unit[p->u[i]].word, i == p->n - 1 ? c : KK_NOM,
			   kk_unit[p->u[i]].possessive);
		out_printf(o, "%s%s %s", i ? " " : "", num, unit);
	}
}

/* Russian parts: each number and its noun in case c. */
static void ru_parts(struct out *o, const struct legal_parts *p, enum ru_case c)
{
	for (int i = 0; i < p->n; i++) {
		char num[1024];
		uint64_t v = (uint64_t)p->v[i];
		numwords_ru(num, sizeof num, v, ru_unit[p->u[i]].gender, c);
		out_printf(o, "%s%s %s", i ? " " : "", num, ru_noun(p->u[i], v, c));
	}
}

int legal_words(char *buf, size_t n, const struct dur *d, enum lang l)
{
	struct out o = out_start(buf, n);
	struct legal_parts hi = legal_split(d->hi, d->unit, true);
	bool kk = l == LANG_KK;
	switch (d->form) {
	case DF_NONE:
		break;
	case DF_AUTOMATIC:
		out_printf(&o, "%s", kk ? "автоматты түрде" : "автоматически");
		break;
	case DF_EXACT:
		if (kk)
			kk_parts(&o, &hi, KK_NOM);
		else
			ru_parts(&o, &hi, RU_NOM);
		break;
	case DF_NOT_MORE:
		if (kk) {
			kk_parts(&o, &hi, KK_ABL);
			out_printf(&o, " аспайды");
		} else {
			out_printf(&o, "не более ");
			ru_parts(&o, &hi, RU_GEN);
		}
		break;
	case DF_WITHIN:
		if (kk) {
			kk_parts(&o, &hi, KK_NOM);
			out_printf(&o, " ішінде");
		} else {
			out_printf(&o, "в течение ");
			ru_parts(&o, &hi, RU_GEN);
		}
		break;
	case DF_RANGE: {
		struct legal_parts lo = legal_split(d->lo, d->unit, true);
		if (kk) {
			kk_parts(&o, &lo, KK_ABL);
			out_printf(&o, " – ");
			kk_parts(&o, &hi, KK_DAT);
			out_printf(&o, " дейін");
		} else if (lo.n == 1 && hi.n == 1 && lo.u[0] == hi.u[0]) {
			/* "от девяноста до ста восьмидесяти календарных дней": one
			 * noun, agreeing with the upper number. */
			char a[1024], b[1024];
			enum ru_gender g = ru_unit[hi.u[0]].gender;
			numwords_ru(a, sizeof a, (uint64_t)lo.v[0], g, RU_GEN);
			numwords_ru(b, sizeof b, (uint64_t)hi.v[0], g, RU_GEN);
			out_printf(&o, "от %s до %s %s", a, b, ru_noun(hi.u[0], (uint64_t)hi.v[0], RU_GEN));
		} else {
			out_printf(&o, "от ");
			ru_parts(&o, &lo, RU_GEN);
			out_printf(&o, " до ");
			ru_parts(&o, &hi, RU_GEN);
		}
		break;
	}
	}
	return out_end(&o);
}
