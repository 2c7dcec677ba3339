/*
 * phrase.c — read a duration phrase of a Kazakh or Russian regulation.
 *
 * Contract (see phrase.h): phrase_parse reads s[0..n) and nothing else,
 * allocates nothing (all work is in fixed buffers on the stack, which bound
 * the phrase at PH_MAX_NORM bytes after normalisation) and either returns
 * the interval the phrase states or says in err why it cannot.
 *
 * It works in three passes over the core of the phrase:
 *  1. normalise: decode UTF-8 strictly, lower-case (Cyrillic included, ё as
 *     е, Latin look-alikes as their Cyrillic letters), drop whitespace,
 *     parentheses and quotes, read every dash as '-', and allow ';' '.' ','
 *     only at the end.  Dropping all whitespace undoes PDF letter-spacing
 *     ("а с п а й д ы", "2 0") at the price of word boundaries;
 *  2. segment the run of letters back into words of a closed lexicon, the
 *     longest word first, backtracking when the rest cannot be segmented
 *     ("күнішінде" is "күн" + "ішінде", not "күні" + "шінде");
 *  3. parse the words by the grammar of phrase.h, then choose the form
 *     from the markers and, in Kazakh, the case of the unit.
 * The core is the whole phrase, or, when that does not read, what is left
 * of it once a context that states the start is set aside (ph_split).
 */
#include "phrase.h"
#include "utf8.h"
#include "msg.h"

#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Longest normalised phrase in bytes; legal phrases are below 150. */
#define PH_MAX_NORM 1024
/* Most words a phrase may have; the longest legal one has 11. */
#define PH_MAX_TOK 64
/* Code points of the input quoted in an "unknown word" message. */
#define PH_QUOTE_CP 16

/* What a word is. */
enum ph_kind {
	PK_NUM,  /* a run of digits */
	PK_NUMW, /* a number word; sub is its ph_ncls */
	PK_DASH, /* '-', '–', '—' */
	PK_QUAL, /* "working"/"calendar"; sub is UNIT_WD or UNIT_CD */
	PK_UNIT, /* a unit word; sub is a ph_uword */
	PK_MARK, /* a marker; sub is a ph_mark */
	PK_CONJ, /* "и", "және" between the parts of a compound */
	PK_SUFX  /* a Kazakh case ending written after a figure and a hyphen
		    ("5-тен", "10-ға"); kcase is its case */
};

/* How a number word combines with its neighbours. */
enum ph_ncls {
	PN_ONE,  /* 1..9: adds */
	PN_TEEN, /* ru 10..19: adds, fills tens and ones */
	PN_TEN,  /* 10..90 (kk), 20..90 (ru): adds */
	PN_HUND, /* ru 100..900: adds */
	PN_XHUND, /* kk жүз: multiplies the ones before it by 100 */
	PN_XTHOU  /* мың, тысяча: multiplies what is before it by 1000 */
};

/* Unit words; days need a qualifier to say which kind. */
enum ph_uword {
	PU_MIN,   /* minutes */
	PU_HOUR,  /* hours */
	PU_DAY,   /* day, working or calendar */
	PU_WEEK,  /* week (calendar) */
	PU_MONTH  /* month (calendar) */
};

/* Markers that decide the form. */
enum ph_mark {
	PM_ASPAIDY,   /* kk аспайды, аспайтын, аспауы, артық емес: not more
			 than (after an ablative) */
	PM_KESH,      /* kk кешіктірмей: not later than (after an ablative) */
	PM_ISHINDE,   /* kk ішінде, бойы: within (after a nominative) */
	PM_DEIIN,     /* kk дейін, дейінгі: up to (after a dative) */
	PM_FILL,      /* kk мерзімде, уақыт, тиіс: completes a marker */
	PM_NE_BOLEE,  /* ru не более, не позднее: not more than */
	PM_V_TECHENIE,/* ru в течение, в пределах: within */
	PM_SROK,      /* ru в срок, сроком: in the term of */
	PM_CHEM,      /* ru чем: "не более чем" */
	PM_OT,        /* ru от: from */
	PM_DO         /* ru до: to / up to */
};

/* Grammatical case of a Kazakh unit word; it tells the phrase's shape. */
enum ph_case {
	PC_ANY, /* not a Kazakh unit word */
	PC_NOM, /* минут, күн, күні */
	PC_ABL, /* минуттан, күннен */
	PC_DAT, /* минутқа, күнге */
	PC_LOC  /* минутта, күнде */
};

/* Language a word belongs to. */
enum ph_wlang {
	PW_ANY, /* digits, dashes */
	PW_KK,  /* Kazakh only */
	PW_RU,  /* Russian only */
	PW_BOTH /* "минут", "минуты": both languages */
};

/* One word of the lexicon, written as normalised (lower case, no spaces). */
struct ph_word {
	const char *text;   /* UTF-8 */
	unsigned char len;  /* its length in bytes (sizeof the literal - 1) */
	unsigned char kind; /* ph_kind */
	unsigned char sub;  /* ph_ncls, unit, ph_uword or ph_mark */
	unsigned char kcase;/* ph_case */
	unsigned char lang; /* ph_wlang */
	int value;          /* a number word's value */
};

#define KN(t, c, v) { t, sizeof t - 1, PK_NUMW, c, PC_ANY, PW_KK, v }
#define RN(t, c, v) { t, sizeof t - 1, PK_NUMW, c, PC_ANY, PW_RU, v }
#define KU(t, u, c) { t, sizeof t - 1, PK_UNIT, u, c, PW_KK, 0 }
#define BU(t, u, c) { t, sizeof t - 1, PK_UNIT, u, c, PW_BOTH, 0 }
#define RU(t, u) { t, sizeof t - 1, PK_UNIT, u, PC_ANY, PW_RU, 0 }
#define KQ(t, u) { t, sizeof t - 1, PK_QUAL, u, PC_ANY, PW_KK, 0 }
#define RQ(t, u) { t, sizeof t - 1, PK_QUAL, u, PC_ANY, PW_RU, 0 }
#define KM(t, m) { t, sizeof t - 1, PK_MARK, m, PC_ANY, PW_KK, 0 }
#define RM(t, m) { t, sizeof t - 1, PK_MARK, m, PC_ANY, PW_RU, 0 }
#define KC(t) { t, sizeof t - 1, PK_CONJ, 0, PC_ANY, PW_KK, 0 }
#define KS(t, c) { t, sizeof t - 1, PK_SUFX, 0, c, PW_KK, 0 }
#define RC(t) { t, sizeof t - 1, PK_CONJ, 0, PC_ANY, PW_RU, 0 }

/*
 * The closed lexicon.  Russian numerals are listed in every case (and
 * gender for 1 and 2); ё is folded to е before matching.  Segmentation
 * tries the longest word first and backtracks, so a word that is a prefix
 * of another ("пяти" / "пятидесяти", "күн" / "күні") is harmless.
 */
static const struct ph_word ph_lexicon[] = {
	/* Kazakh numbers */
	KN("бір", PN_ONE, 1), KN("екі", PN_ONE, 2), KN("үш", PN_ONE, 3),
	KN("төрт", PN_ONE, 4), KN("бес", PN_ONE, 5), KN("алты", PN_ONE, 6),
	KN("жеті", PN_ONE, 7), KN("сегіз", PN_ONE, 8),
	KN("тоғыз", PN_ONE, 9),
	KN("он", PN_TEN, 10), KN("жиырма", PN_TEN, 20),
	KN("отыз", PN_TEN, 30), KN("қырық", PN_TEN, 40),
	KN("елу", PN_TEN, 50), KN("алпыс", PN_TEN, 60),
	KN("жетпіс", PN_TEN, 70), KN("сексен", PN_TEN, 80),
	KN("тоқсан", PN_TEN, 90),
	KN("жүз", PN_XHUND, 100), KN("мың", PN_XTHOU, 1000),
	/* Kazakh units, by case */
	BU("минут", PU_MIN, PC_NOM), BU("минуты", PU_MIN, PC_NOM),
	KU("минуттан", PU_MIN, PC_ABL), KU("минутқа", PU_MIN, PC_DAT),
	KU("минутта", PU_MIN, PC_LOC),
	KU("сағат", PU_HOUR, PC_NOM), KU("сағаты", PU_HOUR, PC_NOM),
	KU("сағаттан", PU_HOUR, PC_ABL), KU("сағатқа", PU_HOUR, PC_DAT),
	KU("сағатта", PU_HOUR, PC_LOC),
	KU("күн", PU_DAY, PC_NOM), KU("күні", PU_DAY, PC_NOM),
	KU("күннен", PU_DAY, PC_ABL), KU("күнінен", PU_DAY, PC_ABL),
	KU("күнге", PU_DAY, PC_DAT), KU("күніне", PU_DAY, PC_DAT),
	KU("күнде", PU_DAY, PC_LOC), KU("күнінде", PU_DAY, PC_LOC),
	KU("апта", PU_WEEK, PC_NOM), KU("аптасы", PU_WEEK, PC_NOM),
	KU("аптадан", PU_WEEK, PC_ABL), KU("аптаға", PU_WEEK, PC_DAT),
	KU("аптада", PU_WEEK, PC_LOC),
	KU("ай", PU_MONTH, PC_NOM), KU("айы", PU_MONTH, PC_NOM),
	KU("айдан", PU_MONTH, PC_ABL), KU("айға", PU_MONTH, PC_DAT),
	KU("айда", PU_MONTH, PC_LOC),
	KQ("жұмыс", UNIT_WD), KQ("күнтізбелік", UNIT_CD),
	KM("аспайды", PM_ASPAIDY), KM("аспайтын", PM_ASPAIDY),
	KM("аспауы", PM_ASPAIDY), KM("аспауға", PM_ASPAIDY),
	KM("аспай", PM_ASPAIDY), KM("артықемес", PM_ASPAIDY),
	KM("кешіктірмей", PM_KESH), KM("кешіктірілмей", PM_KESH),
	KM("кешіктірмейтін", PM_KESH),
	KM("ішінде", PM_ISHINDE), KM("бойы", PM_ISHINDE),
	KM("бойына", PM_ISHINDE),
	KM("дейін", PM_DEIIN), KM("шейін", PM_DEIIN), KM("дейінгі", PM_DEIIN),
	KM("мерзімде", PM_FILL), KM("мерзімі", PM_FILL), KM("мерзім", PM_FILL),
	KM("уақытта", PM_FILL), KM("уақыт", PM_FILL), KM("тиіс", PM_FILL),
	KC("және"),
	/* case endings after "N-": 5-тен, 10-нан, 30-ға, 40-қа, 2-ге */
	KS("тан", PC_ABL), KS("тен", PC_ABL), KS("дан", PC_ABL),
	KS("ден", PC_ABL), KS("нан", PC_ABL), KS("нен", PC_ABL),
	KS("ға", PC_DAT), KS("ге", PC_DAT), KS("қа", PC_DAT),
	KS("ке", PC_DAT), KS("на", PC_DAT), KS("не", PC_DAT),
	/* Russian numbers: 1..4 */
	RN("один", PN_ONE, 1), RN("одна", PN_ONE, 1), RN("одно", PN_ONE, 1),
	RN("одного", PN_ONE, 1), RN("одной", PN_ONE, 1),
	RN("одному", PN_ONE, 1), RN("одним", PN_ONE, 1),
	RN("одном", PN_ONE, 1), RN("одну", PN_ONE, 1),
	RN("два", PN_ONE, 2), RN("две", PN_ONE, 2), RN("двух", PN_ONE, 2),
	RN("двум", PN_ONE, 2), RN("двумя", PN_ONE, 2),
	RN("три", PN_ONE, 3), RN("трех", PN_ONE, 3), RN("трем", PN_ONE, 3),
	RN("тремя", PN_ONE, 3),
	RN("четыре", PN_ONE, 4), RN("четырех", PN_ONE, 4),
	RN("четырем", PN_ONE, 4), RN("четырьмя", PN_ONE, 4),
	/* 5..9: nominative, genitive/dative/prepositional, instrumental */
	RN("пять", PN_ONE, 5), RN("пяти", PN_ONE, 5), RN("пятью", PN_ONE, 5),
	RN("шесть", PN_ONE, 6), RN("шести", PN_ONE, 6),
	RN("шестью", PN_ONE, 6),
	RN("семь", PN_ONE, 7), RN("семи", PN_ONE, 7), RN("семью", PN_ONE, 7),
	RN("восемь", PN_ONE, 8), RN("восьми", PN_ONE, 8),
	RN("восемью", PN_ONE, 8), RN("восьмью", PN_ONE, 8),
	RN("девять", PN_ONE, 9), RN("девяти", PN_ONE, 9),
	RN("девятью", PN_ONE, 9),
	/* 10..19 */
	RN("десять", PN_TEEN, 10), RN("десяти", PN_TEEN, 10),
	RN("десятью", PN_TEEN, 10),
	RN("одиннадцать", PN_TEEN, 11), RN("одиннадцати", PN_TEEN, 11),
	RN("одиннадцатью", PN_TEEN, 11),
	RN("двенадцать", PN_TEEN, 12), RN("двенадцати", PN_TEEN, 12),
	RN("двенадцатью", PN_TEEN, 12),
	RN("тринадцать", PN_TEEN, 13), RN("тринадцати", PN_TEEN, 13),
	RN("тринадцатью", PN_TEEN, 13),
	RN("четырнадцать", PN_TEEN, 14), RN("четырнадцати", PN_TEEN, 14),
	RN("четырнадцатью", PN_TEEN, 14),
	RN("пятнадцать", PN_TEEN, 15), RN("пятнадцати", PN_TEEN, 15),
	RN("пятнадцатью", PN_TEEN, 15),
	RN("шестнадцать", PN_TEEN, 16), RN("шестнадцати", PN_TEEN, 16),
	RN("шестнадцатью", PN_TEEN, 16),
	RN("семнадцать", PN_TEEN, 17), RN("семнадцати", PN_TEEN, 17),
	RN("семнадцатью", PN_TEEN, 17),
	RN("восемнадцать", PN_TEEN, 18), RN("восемнадцати", PN_TEEN, 18),
	RN("восемнадцатью", PN_TEEN, 18),
	RN("девятнадцать", PN_TEEN, 19), RN("девятнадцати", PN_TEEN, 19),
	RN("девятнадцатью", PN_TEEN, 19),
	/* tens */
	RN("двадцать", PN_TEN, 20), RN("двадцати", PN_TEN, 20),
	RN("двадцатью", PN_TEN, 20),
	RN("тридцать", PN_TEN, 30), RN("тридцати", PN_TEN, 30),
	RN("тридцатью", PN_TEN, 30),
	RN("сорок", PN_TEN, 40), RN("сорока", PN_TEN, 40),
	RN("пятьдесят", PN_TEN, 50), RN("пятидесяти", PN_TEN, 50),
	RN("пятьюдесятью", PN_TEN, 50),
	RN("шестьдесят", PN_TEN, 60), RN("шестидесяти", PN_TEN, 60),
	RN("шестьюдесятью", PN_TEN, 60),
	RN("семьдесят", PN_TEN, 70), RN("семидесяти", PN_TEN, 70),
	RN("семьюдесятью", PN_TEN, 70),
	RN("восемьдесят", PN_TEN, 80), RN("восьмидесяти", PN_TEN, 80),
	RN("восемьюдесятью", PN_TEN, 80), RN("восьмьюдесятью", PN_TEN, 80),
	RN("девяносто", PN_TEN, 90), RN("девяноста", PN_TEN, 90),
	/* hundreds */
	RN("сто", PN_HUND, 100), RN("ста", PN_HUND, 100),
	RN("двести", PN_HUND, 200), RN("двухсот", PN_HUND, 200),
	RN("двумстам", PN_HUND, 200), RN("двумястами", PN_HUND, 200),
	RN("двухстах", PN_HUND, 200),
	RN("триста", PN_HUND, 300), RN("трехсот", PN_HUND, 300),
	RN("тремстам", PN_HUND, 300), RN("тремястами", PN_HUND, 300),
	RN("трехстах", PN_HUND, 300),
	RN("четыреста", PN_HUND, 400), RN("четырехсот", PN_HUND, 400),
	RN("четыремстам", PN_HUND, 400), RN("четырьмястами", PN_HUND, 400),
	RN("четырехстах", PN_HUND, 400),
	RN("пятьсот", PN_HUND, 500), RN("пятисот", PN_HUND, 500),
	RN("пятистам", PN_HUND, 500), RN("пятьюстами", PN_HUND, 500),
	RN("пятистах", PN_HUND, 500),
	RN("шестьсот", PN_HUND, 600), RN("шестисот", PN_HUND, 600),
	RN("шестистам", PN_HUND, 600), RN("шестьюстами", PN_HUND, 600),
	RN("шестистах", PN_HUND, 600),
	RN("семьсот", PN_HUND, 700), RN("семисот", PN_HUND, 700),
	RN("семистам", PN_HUND, 700), RN("семьюстами", PN_HUND, 700),
	RN("семистах", PN_HUND, 700),
	RN("восемьсот", PN_HUND, 800), RN("восьмисот", PN_HUND, 800),
	RN("восьмистам", PN_HUND, 800), RN("восьмьюстами", PN_HUND, 800),
	RN("восемьюстами", PN_HUND, 800), RN("восьмистах", PN_HUND, 800),
	RN("девятьсот", PN_HUND, 900), RN("девятисот", PN_HUND, 900),
	RN("девятистам", PN_HUND, 900), RN("девятьюстами", PN_HUND, 900),
	RN("девятистах", PN_HUND, 900),
	/* thousands */
	RN("тысяча", PN_XTHOU, 1000), RN("тысячи", PN_XTHOU, 1000),
	RN("тысяч", PN_XTHOU, 1000), RN("тысячу", PN_XTHOU, 1000),
	RN("тысячей", PN_XTHOU, 1000), RN("тысяче", PN_XTHOU, 1000),
	RN("тысячам", PN_XTHOU, 1000), RN("тысячами", PN_XTHOU, 1000),
	RN("тысячах", PN_XTHOU, 1000),
	/* Russian units ("минут", "минуты" are above, in both languages) */
	RU("минута", PU_MIN), RU("минуте", PU_MIN), RU("минуту", PU_MIN),
	RU("минутой", PU_MIN), RU("минутам", PU_MIN),
	RU("минутами", PU_MIN), RU("минутах", PU_MIN),
	RU("час", PU_HOUR), RU("часа", PU_HOUR), RU("часу", PU_HOUR),
	RU("часом", PU_HOUR), RU("часе", PU_HOUR), RU("часов", PU_HOUR),
	RU("часам", PU_HOUR), RU("часами", PU_HOUR), RU("часах", PU_HOUR),
	RU("день", PU_DAY), RU("дня", PU_DAY), RU("дню", PU_DAY),
	RU("днем", PU_DAY), RU("дне", PU_DAY), RU("дни", PU_DAY),
	RU("дней", PU_DAY), RU("дням", PU_DAY), RU("днями", PU_DAY),
	RU("днях", PU_DAY),
	RU("неделя", PU_WEEK), RU("недели", PU_WEEK), RU("неделе", PU_WEEK),
	RU("неделю", PU_WEEK), RU("неделей", PU_WEEK), RU("неделею", PU_WEEK),
	RU("недель", PU_WEEK), RU("неделям", PU_WEEK), RU("неделями", PU_WEEK),
	RU("неделях", PU_WEEK),
	RU("месяц", PU_MONTH), RU("месяца", PU_MONTH), RU("месяцу", PU_MONTH),
	RU("месяцем", PU_MONTH), RU("месяце", PU_MONTH), RU("месяцы", PU_MONTH),
	RU("месяцев", PU_MONTH), RU("месяцам", PU_MONTH),
	RU("месяцами", PU_MONTH), RU("месяцах", PU_MONTH),
	RQ("рабочий", UNIT_WD), RQ("рабочего", UNIT_WD),
	RQ("рабочему", UNIT_WD), RQ("рабочим", UNIT_WD),
	RQ("рабочем", UNIT_WD), RQ("рабочие", UNIT_WD),
	RQ("рабочих", UNIT_WD), RQ("рабочими", UNIT_WD),
	RQ("календарный", UNIT_CD), RQ("календарного", UNIT_CD),
	RQ("календарному", UNIT_CD), RQ("календарным", UNIT_CD),
	RQ("календарном", UNIT_CD), RQ("календарные", UNIT_CD),
	RQ("календарных", UNIT_CD), RQ("календарными", UNIT_CD),
	RM("неболее", PM_NE_BOLEE), RM("непозднее", PM_NE_BOLEE),
	RM("втечение", PM_V_TECHENIE), RM("втечении", PM_V_TECHENIE),
	RM("впределах", PM_V_TECHENIE),
	RM("всрок", PM_SROK), RM("сроком", PM_SROK), RM("чем", PM_CHEM),
	RM("от", PM_OT), RM("до", PM_DO),
	RC("и"),
};

#undef KN
#undef RN
#undef KU
#undef BU
#undef RU
#undef KQ
#undef RQ
#undef KM
#undef RM
#undef KC
#undef KS
#undef RC

#define PH_NLEX (sizeof ph_lexicon / sizeof ph_lexicon[0])

/*
 * The lexicon by first letter, so that segmentation compares a position
 * only with the words that can start there instead of with all of them.
 * Bucket k < 256 holds the words beginning with U+0400 + k (every word of
 * the lexicon, as it happens); bucket 256 holds any others.  Within a
 * bucket the words keep their lexicon order, so the candidates come out
 * exactly as a scan of the whole lexicon finds them.  Built on first use;
 * reglc runs one thread (-j forks processes).
 */
#define PH_NBUCKET 257
static unsigned short ph_bucket_at[PH_NBUCKET + 1]; /* bucket k: order[at[k]..at[k+1]) */
static unsigned short ph_order[PH_NLEX];
static bool ph_indexed;

/* The bucket of a word or a position starting at p with n bytes left. */
static unsigned ph_bucket(const char *p, size_t n)
{
	const unsigned char *u = (const unsigned char *)p;

	if (n >= 2 && u[0] >= 0xD0 && u[0] <= 0xD3 && (u[1] & 0xC0) == 0x80)
		return ((u[0] & 0x03u) << 6) | (u[1] & 0x3Fu);
	return PH_NBUCKET - 1;
}

static void ph_index(void)
{
	unsigned count[PH_NBUCKET] = { 0 };
	size_t i;
	unsigned k, sum = 0;

	for (i = 0; i < PH_NLEX; i++)
		count[ph_bucket(ph_lexicon[i].text, ph_lexicon[i].len)]++;
	for (k = 0; k < PH_NBUCKET; k++) {
		ph_bucket_at[k] = (unsigned short)sum;
		sum += count[k];
		count[k] = ph_bucket_at[k];
	}
	ph_bucket_at[PH_NBUCKET] = (unsigned short)sum;
	for (i = 0; i < PH_NLEX; i++)
		ph_order[count[ph_bucket(ph_lexicon[i].text, ph_lexicon[i].len)]++] =
			(unsigned short)i;
	ph_indexed = true;
}

/* A word of the phrase: a slice of the normalised text and its meaning. */
struct ph_tok {
	size_t off, len;    /* slice of the normalised text */
	enum ph_kind kind;  /* what it is */
	int sub;            /* as in struct ph_word */
	enum ph_case kcase; /* Kazakh case of a unit word */
	enum ph_wlang lang; /* language of the word */
	int64_t value;      /* number value; DUR_MAX + 1 when beyond */
};

/* All state of one call: buffers on the stack, nothing global. */
struct ph_ctx {
	const char *s;                       /* the input */
	size_t n;                            /* its length */
	char norm[PH_MAX_NORM];              /* normalised text */
	size_t src[PH_MAX_NORM];             /* input offset of each byte */
	size_t len;                          /* bytes in norm */
	struct ph_tok tok[PH_MAX_TOK];       /* the words */
	int ntok;                            /* words in tok */
	unsigned char failed[PH_MAX_NORM / 8]; /* offsets that cannot start
						* a segmentation */
	size_t far;                          /* furthest offset reached */
	bool too_many;                       /* more than PH_MAX_TOK words */
	int pos;                             /* parser: next word */
	struct msg *why;                     /* the caller's reason, or NULL */
	enum phrase_fail fail;               /* what kind of failure */
};

static void ph_err(struct ph_ctx *c, const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 2, 3)))
#endif
	;

/* The reason a phrase cannot be read, kept for any language (msg.h): the
 * last one given wins. */
static void ph_err(struct ph_ctx *c, const char *fmt, ...)
{
	va_list ap;

	if (!c->why)
		return;
	msg_free(c->why);
	va_start(ap, fmt);
	msg_vcapture(c->why, fmt, ap);
	va_end(ap);
}

/* Lower-case a letter (utf8.h); Latin letters that look Cyrillic read as
 * Cyrillic: PDF text mixes them. */
static uint32_t ph_lower(uint32_t c)
{
	static const char latin[] = "aceiopxy";
	static const uint32_t cyr[] = { 0x430, 0x441, 0x435, 0x456,
					0x43E, 0x440, 0x445, 0x443 };
	const char *hit;

	c = utf8_lower(c);
	if (c >= 'a' && c <= 'z') {
		hit = strchr(latin, (int)c);
		return hit ? cyr[hit - latin] : c;
	}
	return c;
}

/* Spaces of every width, soft hyphens and byte-order marks: all vanish. */
static bool ph_is_space(uint32_t c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' ||
	       c == '\f' || c == 0xA0 || c == 0xAD || (c >= 0x2000 &&
	       c <= 0x200B) || c == 0x202F || c == 0x205F || c == 0x3000 ||
	       c == 0xFEFF;
}

/* Parentheses and quotation marks carry nothing; a cell may keep them. */
static bool ph_is_dropped(uint32_t c)
{
	return c == '(' || c == ')' || c == '"' || c == 0xAB || c == 0xBB ||
	       c == 0x201C || c == 0x201D || c == 0x201E;
}

static bool ph_is_dash(uint32_t c)
{
	return c == '-' || (c >= 0x2010 && c <= 0x2015) || c == 0x2212;
}

static bool ph_is_letter(uint32_t c)
{
	return (c >= 'a' && c <= 'z') || (c >= 0x400 && c <= 0x4FF);
}

/* Append the UTF-8 form of c to the normalised text. */
static bool ph_emit(struct ph_ctx *c, uint32_t cp, size_t from)
{
	char b[3];
	size_t k, len;

	if (cp < 0x80) {
		b[0] = (char)cp, len = 1;
	} else if (cp < 0x800) {
		b[0] = (char)(0xC0 | (cp >> 6));
		b[1] = (char)(0x80 | (cp & 0x3F));
		len = 2;
	} else {
		b[0] = (char)(0xE0 | (cp >> 12));
		b[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		b[2] = (char)(0x80 | (cp & 0x3F));
		len = 3;
	}
	if (c->len + len > PH_MAX_NORM)
		return false;
	for (k = 0; k < len; k++) {
		c->norm[c->len] = b[k];
		c->src[c->len++] = from;
	}
	return true;
}

/*
 * Pass 1.  A ';' '.' or ',' is accepted only when nothing but dropped
 * characters and more such marks follow it, so "(он минуттан аспайды);"
 * reads but "1.5 h" does not.
 */
static int ph_normalize(struct ph_ctx *c)
{
	size_t i = 0, k, punct = 0;
	bool have_punct = false;
	uint32_t cp;

	while (i < c->n) {
		const unsigned char *u = (const unsigned char *)c->s + i;

		/* Fast paths for what phrases are made of, each exactly what
		   the general path below does with it: a space vanishes, and
		   before any final punctuation a digit or a small Cyrillic
		   letter of U+0430..U+045F other than ё, which ph_lower leaves
		   alone, is copied as it is. */
		if (u[0] == ' ') {
			i++;
			continue;
		}
		if (!have_punct && c->n - i >= 2 &&
		    ((u[0] == 0xD0 && u[1] >= 0xB0 && u[1] <= 0xBF) ||
		     (u[0] == 0xD1 && u[1] >= 0x80 && u[1] <= 0x9F && u[1] != 0x91))) {
			if (c->len + 2 > PH_MAX_NORM)
				goto too_long;
			c->norm[c->len] = (char)u[0];
			c->src[c->len++] = i;
			c->norm[c->len] = (char)u[1];
			c->src[c->len++] = i;
			i += 2;
			continue;
		}
		k = utf8_decode(c->s + i, c->n - i, &cp);
		if (k == 0) {
			ph_err(c, "invalid UTF-8 at byte %zu", i);
			return -1;
		}
		if (ph_is_space(cp) || ph_is_dropped(cp)) {
			i += k;
			continue;
		}
		if (have_punct && (cp == ';' || cp == '.' || cp == ',')) {
			i += k;
			continue;
		}
		if (have_punct) {
			ph_err(c, "unexpected '%c' inside the phrase",
			       c->s[punct]);
			return -1;
		}
		if (cp == ';' || cp == '.' || cp == ',') {
			have_punct = true;
			punct = i;
		} else if (cp < 0x20 || cp == 0x7F) {
			ph_err(c, "control character at byte %zu", i);
			return -1;
		} else if (ph_is_dash(cp)) {
			if (!ph_emit(c, '-', i))
				goto too_long;
		} else if ((cp >= '0' && cp <= '9') || ph_is_letter(cp)) {
			if (!ph_emit(c, cp >= '0' && cp <= '9' ? cp :
				     ph_lower(cp), i))
				goto too_long;
		} else {
			ph_err(c, "unexpected character '%.*s'", (int)k,
			       c->s + i);
			return -1;
		}
		i += k;
	}
	return 0;
too_long:
	ph_err(c, "phrase too long");
	return -1;
}

/* A run of digits; beyond DUR_MAX it stops growing at DUR_MAX + 1. */
static size_t ph_digits(const struct ph_ctx *c, size_t at, int64_t *v)
{
	size_t e = at;

	*v = 0;
	while (e < c->len && c->norm[e] >= '0' && c->norm[e] <= '9') {
		if (*v <= DUR_MAX)
			*v = *v * 10 + (c->norm[e] - '0');
		e++;
	}
	if (*v > DUR_MAX)
		*v = DUR_MAX + 1;
	return e - at;
}

static bool ph_seg(struct ph_ctx *c, size_t at);

/* Whether the last word segmented so far is of kind k. */
static bool ph_after(const struct ph_ctx *c, enum ph_kind k)
{
	return c->ntok > 0 && c->tok[c->ntok - 1].kind == k;
}

/* Push a word and try to segment the rest; pop it again on failure. */
static bool ph_try(struct ph_ctx *c, size_t at, size_t len,
		   const struct ph_word *w, int64_t v)
{
	struct ph_tok *t;

	if (c->ntok == PH_MAX_TOK) {
		c->too_many = true;
		return false;
	}
	t = &c->tok[c->ntok++];
	t->off = at;
	t->len = len;
	t->value = v;
	if (w) {
		t->kind = (enum ph_kind)w->kind;
		t->sub = w->sub;
		t->kcase = (enum ph_case)w->kcase;
		t->lang = (enum ph_wlang)w->lang;
	} else {
		t->kind = c->norm[at] == '-' ? PK_DASH : PK_NUM;
		t->sub = 0;
		t->kcase = PC_ANY;
		t->lang = PW_ANY;
	}
	if (ph_seg(c, at + len))
		return true;
	c->ntok--;
	return false;
}

/*
 * Pass 2: segment norm[at..] into words.  Depth-first, longest word
 * first; an offset from which no segmentation exists is remembered, so the
 * search is linear in the phrase times the lexicon.  Depth is bounded by
 * PH_MAX_TOK.
 */
static bool ph_seg(struct ph_ctx *c, size_t at)
{
	const struct ph_word *cand[16];
	size_t ncand = 0, i, j, wl;
	int64_t v;

	if (at == c->len)
		return true;
	if (c->too_many || (c->failed[at / 8] & (1u << (at % 8))))
		return false;
	if (at > c->far)
		c->far = at;
	if (c->norm[at] >= '0' && c->norm[at] <= '9') {
		wl = ph_digits(c, at, &v);
		if (ph_try(c, at, wl, NULL, v))
			return true;
	} else if (c->norm[at] == '-') {
		if (ph_try(c, at, 1, NULL, 0))
			return true;
	} else {
		unsigned b = ph_bucket(c->norm + at, c->len - at);

		for (i = ph_bucket_at[b]; i < ph_bucket_at[b + 1]; i++) {
			const struct ph_word *w = &ph_lexicon[ph_order[i]];

			wl = w->len;
			if (wl > c->len - at || memcmp(c->norm + at, w->text, wl))
				continue;
			/* short words that only stand in one place: a case
			   ending after "N-", a conjunction after a unit */
			if (w->kind == PK_SUFX && !ph_after(c, PK_DASH))
				continue;
			if (w->kind == PK_CONJ && !ph_after(c, PK_UNIT))
				continue;
			/* insertion by length, longest first */
			for (j = ncand; j > 0 && cand[j - 1]->len < wl; j--)
				cand[j] = cand[j - 1];
			cand[j] = w;
			if (ncand < sizeof cand / sizeof cand[0] - 1)
				ncand++;
		}
		for (i = 0; i < ncand; i++) {
			if (ph_try(c, at, cand[i]->len, cand[i], cand[i]->value))
				return true;
		}
	}
	c->failed[at / 8] |= (unsigned char)(1u << (at % 8));
	return false;
}

/*
 * Quote the input from the normalised offset at: up to PH_QUOTE_CP code
 * points, whitespace runs shown as one space, so that a letter-spaced
 * phrase is quoted as the author sees it.
 */
static void ph_quote(const struct ph_ctx *c, size_t at, char *q, size_t qn)
{
	size_t i = c->src[at], k, len = 0;
	int cps = 0;
	bool space = false;
	uint32_t cp;

	while (i < c->n && cps < PH_QUOTE_CP) {
		k = utf8_decode(c->s + i, c->n - i, &cp);
		if (k == 0)
			break;
		if (ph_is_space(cp)) {
			space = true;
		} else {
			if (space && len + 1 < qn)
				q[len++] = ' ';
			space = false;
			if (len + k >= qn)
				break;
			memcpy(q + len, c->s + i, k);
			len += k;
			cps++;
		}
		i += k;
	}
	q[len] = '\0';
}

static bool ph_tokenize(struct ph_ctx *c)
{
	char q[PH_QUOTE_CP * 4 + 8];

	if (ph_seg(c, 0))
		return true;
	if (c->too_many) {
		ph_err(c, "phrase too long");
	} else {
		ph_quote(c, c->far, q, sizeof q);
		ph_err(c, "unknown word near '%s'", q);
	}
	return false;
}

/* The word at the parser's position, or NULL at the end. */
static const struct ph_tok *ph_peek(const struct ph_ctx *c)
{
	return c->pos < c->ntok ? &c->tok[c->pos] : NULL;
}

static bool ph_at_mark(const struct ph_ctx *c, enum ph_mark m)
{
	const struct ph_tok *t = ph_peek(c);

	return t && t->kind == PK_MARK && t->sub == (int)m;
}

/* Report "what near 'word'" for the word t (normalised, e.g. "аспайды");
 * what is a fragment of the catalogue (ph_err_at passes a literal). */
#define ph_err_at(c, what, t) ph_err_near(c, FRAG(what), t)
static void ph_err_near(struct ph_ctx *c, const char *what, const struct ph_tok *t)
{
	if (!t)
		ph_err(c, "%s at the end", what);
	else if (t->kind == PK_NUM && t->value > DUR_MAX)
		ph_err(c, "%s near a long number", what);
	else
		ph_err(c, "%s near '%.*s'", what, (int)t->len,
		       c->norm + t->off);
}

/*
 * Number words in falling order.  The flags say which places of the
 * current thousand are filled, so "он бес" (10+5) and "бір жүз сексен"
 * (1*100+80) read while "бес он" and "сто сто" do not.  Returns 1 with *v
 * set, 0 when there is no number word here, -1 on error.
 */
static int ph_words(struct ph_ctx *c, int64_t *v)
{
	const struct ph_tok *t;
	int64_t thou = 0, grp = 0;
	bool h = false, tens = false, ones = false, any = false;

	while ((t = ph_peek(c)) && t->kind == PK_NUMW) {
		bool ok = true;

		switch ((enum ph_ncls)t->sub) {
		case PN_ONE:
			ok = !ones;
			ones = true;
			grp += t->value;
			break;
		case PN_TEEN:
		case PN_TEN:
			ok = !tens && !ones;
			tens = true;
			ones = t->sub == PN_TEEN;
			grp += t->value;
			break;
		case PN_HUND:
			ok = !h && !tens && !ones;
			h = true;
			grp += t->value;
			break;
		case PN_XHUND:
			ok = !h && !tens;
			grp = (ones ? grp : 1) * 100;
			h = true;
			ones = false;
			break;
		case PN_XTHOU:
			ok = thou == 0;
			thou = (any ? grp : 1) * 1000;
			grp = 0;
			h = tens = ones = false;
			break;
		}
		if (!ok) {
			ph_err_at(c, "misplaced number word", t);
			return -1;
		}
		any = true;
		c->pos++;
	}
	*v = thou + grp;
	return any ? 1 : 0;
}

/*
 * A number: digits, number words, or digits and then the same number in
 * words ("2 (екі)", "15 (пятнадцати)": the parentheses are gone by now),
 * which must agree.  Returns 1 with *v set, 0 when there is no number
 * here, -1 on error.
 */
static int ph_number(struct ph_ctx *c, int64_t *v)
{
	const struct ph_tok *t = ph_peek(c);
	int64_t w;
	int r;

	if (!t || t->kind != PK_NUM)
		return ph_words(c, v);
	*v = t->value;
	c->pos++;
	r = ph_words(c, &w);
	if (r < 0)
		return -1;
	if (r > 0 && w != *v) {
		c->fail = PR_DISAGREE;
		if (*v > DUR_MAX)
			ph_err(c, "the figure is a long number but the words say %lld",
			       (long long)w);
		else
			ph_err(c, "the figure says %lld but the words say %lld",
			       (long long)*v, (long long)w);
		return -1;
	}
	return 1;
}

/* A unit read from one or two words. */
struct ph_unit {
	bool have;          /* a unit was written */
	enum unit unit;     /* which */
	enum ph_case kcase; /* Kazakh case of the head word */
	const struct ph_tok *head; /* the head word, for messages */
};

/*
 * A unit: minutes, hours, weeks, months, or a day word after "working" /
 * "calendar" — or a day word whose qualifier came before the number
 * (pre: "күнтізбелік 15 күн"; -1 when none).  A bare day is refused:
 * whether it counts working or calendar days decides the whole verdict,
 * and the phrase does not say.
 */
static int ph_unit(struct ph_ctx *c, struct ph_unit *u, int pre)
{
	const struct ph_tok *t = ph_peek(c), *q = NULL;

	u->have = false;
	if (t && t->kind == PK_QUAL) {
		q = t;
		c->pos++;
		t = ph_peek(c);
		if (!t || t->kind != PK_UNIT || t->sub != PU_DAY) {
			ph_err_at(c, "'working'/'calendar' without a day word",
				  t);
			return -1;
		}
	}
	if (!t || t->kind != PK_UNIT)
		return 0;
	if (!q && t->sub == PU_DAY && pre < 0) {
		ph_err_at(c, "a day must be a working or a calendar day", t);
		return -1;
	}
	u->have = true;
	switch ((enum ph_uword)t->sub) {
	case PU_MIN:   u->unit = UNIT_MIN; break;
	case PU_HOUR:  u->unit = UNIT_HOUR; break;
	case PU_WEEK:  u->unit = UNIT_WEEK; break;
	case PU_MONTH: u->unit = UNIT_MONTH; break;
	case PU_DAY:   u->unit = q ? (enum unit)q->sub : (enum unit)pre; break;
	}
	u->kcase = t->kcase;
	u->head = t;
	c->pos++;
	return 1;
}

/* The rank of a unit in a compound, larger first, and its kind of time:
 * 1 сағат 30 минут, 2 жұмыс күні 4 сағат, 1 ай 15 күн. */
static int ph_rank(enum unit u)
{
	switch (u) {
	case UNIT_MIN:   return 0;
	case UNIT_HOUR:  return 1;
	case UNIT_WD:    return 2;
	case UNIT_CD:    return 2;
	case UNIT_WEEK:  return 3;
	case UNIT_MONTH: return 4;
	}
	return 0;
}

static bool ph_is_calendar(enum unit u)
{
	return u == UNIT_CD || u == UNIT_WEEK || u == UNIT_MONTH;
}

/* One bound: a number and its unit, or a compound of them. */
struct ph_bound {
	int64_t n;            /* the first number (a bound without a unit) */
	bool have;            /* a unit was written */
	struct qty q;         /* the sum of the parts, when have */
	enum unit unit;       /* the unit of the first part */
	struct ph_unit last;  /* the last part's unit: its case tells the form */
};

static bool ph_next_is_number(const struct ph_ctx *c, int skip)
{
	int k = c->pos + skip;
	return k < c->ntok && (c->tok[k].kind == PK_NUM || c->tok[k].kind == PK_NUMW);
}

/* Whether t is a unit in the genitive singular, which a Russian marker
 * takes for one of it: "в течение часа", "не позднее рабочего дня". */
static bool ph_singular(const struct ph_ctx *c, const struct ph_tok *t)
{
	static const char *const one[] = {
		"минуты", "часа", "недели", "месяца", "рабочего", "календарного", NULL
	};
	if (!t || (t->kind != PK_UNIT && t->kind != PK_QUAL))
		return false;
	for (const char *const *w = one; *w; w++)
		if (strlen(*w) == t->len && !memcmp(*w, c->norm + t->off, t->len))
			return true;
	return false;
}

/*
 * bound = N [U] { [conj] N U }, the units falling and of one kind of time.
 * implied: a unit alone stands for one of it (after a Russian marker:
 * "в течение часа").  pre: a qualifier written before the number.
 */
static int ph_bound(struct ph_ctx *c, struct ph_bound *b, bool implied, int pre)
{
	int64_t n;
	int r = ph_number(c, &n);

	memset(b, 0, sizeof *b);
	if (r < 0)
		return -1;
	if (r == 0) {
		const struct ph_tok *t = ph_peek(c);
		if (!implied || !ph_singular(c, t)) {
			ph_err_at(c, "no number", t);
			return -1;
		}
		n = 1;
	}
	b->n = n;
	/* "5-тен": the figure's case, written after a hyphen */
	if (r > 0 && c->pos + 1 < c->ntok && c->tok[c->pos].kind == PK_DASH &&
	    c->tok[c->pos + 1].kind == PK_SUFX) {
		b->last.kcase = c->tok[c->pos + 1].kcase;
		c->pos += 2;
	}
	if (ph_unit(c, &b->last, pre) < 0)
		return -1;
	if (!b->last.have)
		return 0;
	b->have = true;
	b->unit = b->last.unit;
	if (!qty_of(n, b->unit, &b->q))
		goto too_large;
	/* Further parts: after a nominative (an ablative followed by a number
	   is the lower end of a Kazakh range, "15 күннен 30 күнге"). */
	while (b->last.kcase != PC_ABL) {
		const struct ph_tok *t = ph_peek(c);
		int skip = t && t->kind == PK_CONJ ? 1 : 0;
		struct ph_unit u;
		struct qty part;

		if (!ph_next_is_number(c, skip))
			break;
		c->pos += skip;
		if (ph_number(c, &n) < 0 || ph_unit(c, &u, pre) < 0)
			return -1;
		if (!u.have) {
			ph_err_at(c, "no unit after the number", ph_peek(c));
			return -1;
		}
		if (ph_rank(u.unit) >= ph_rank(b->last.unit) ||
		    ph_is_calendar(u.unit) != ph_is_calendar(b->last.unit)) {
			ph_err(c, "the parts of a compound duration go from the larger "
			       "unit to the smaller, of one kind of time");
			return -1;
		}
		if (!qty_of(n, u.unit, &part) || !qty_add(&b->q, part))
			goto too_large;
		b->last = u;
	}
	return 0;
too_large:
	ph_err(c, "number too large");
	return -1;
}

/* What the words said, before the form is chosen. */
struct ph_shape {
	unsigned prefix;      /* Russian markers before the number: 1 << ph_mark */
	bool has_suffix;      /* a Kazakh marker after it */
	enum ph_mark suffix;  /* ... which */
	struct ph_bound b1, b2; /* the bounds; b2 only for a range */
	bool range;           /* two bounds */
};

#define PFX(m) (1u << (m))

/*
 * Pass 3a: [prefix...] [qualifier] bound [(- | до | after an ablative)
 * bound] [suffix [completion...]], and nothing else.
 */
static int ph_shape(struct ph_ctx *c, struct ph_shape *sh)
{
	const struct ph_tok *t;
	int pre = -1;

	memset(sh, 0, sizeof *sh);
	while ((t = ph_peek(c)) && t->kind == PK_MARK && t->lang == PW_RU) {
		sh->prefix |= PFX(t->sub);
		c->pos++;
	}
	t = ph_peek(c);
	if (t && t->kind == PK_QUAL && ph_next_is_number(c, 1)) {
		pre = t->sub;
		c->pos++;
	}
	if (ph_bound(c, &sh->b1, sh->prefix != 0, pre) < 0)
		return -1;
	t = ph_peek(c);
	if (t && t->kind == PK_DASH) {
		sh->range = true;
		c->pos++;
	} else if ((sh->prefix & PFX(PM_OT)) && ph_at_mark(c, PM_DO)) {
		sh->range = true;
		c->pos++;
	} else if (sh->b1.last.kcase == PC_ABL && ph_next_is_number(c, 0)) {
		sh->range = true;
	}
	if (sh->range) {
		if (!ph_next_is_number(c, 0)) {
			ph_err_at(c, "no upper bound", ph_peek(c));
			return -1;
		}
		if (ph_bound(c, &sh->b2, false, pre) < 0)
			return -1;
	}
	t = ph_peek(c);
	if (t && t->kind == PK_MARK && t->lang == PW_KK && t->sub != PM_FILL) {
		sh->has_suffix = true;
		sh->suffix = (enum ph_mark)t->sub;
		c->pos++;
		while ((t = ph_peek(c)) && t->kind == PK_MARK && t->lang == PW_KK &&
		       (t->sub == PM_FILL || t->sub == PM_ISHINDE))
			c->pos++;
	}
	t = ph_peek(c);
	if (t) {
		ph_err_at(c, "unexpected word", t);
		return -1;
	}
	return 0;
}

/* Kazakh or Russian from the words that belong to one language only. */
static int ph_language(struct ph_ctx *c, enum phrase_lang *lang)
{
	bool kk = false, ru = false;
	int i;

	for (i = 0; i < c->ntok; i++) {
		kk |= c->tok[i].lang == PW_KK;
		ru |= c->tok[i].lang == PW_RU;
	}
	if (kk && ru) {
		ph_err(c, "phrase mixes Kazakh and Russian words");
		return -1;
	}
	*lang = ru ? PL_RU : PL_KK;
	return 0;
}

/*
 * The Russian form comes from the markers before the number: "не более",
 * "не позднее", "до" one bound; "от" two; "в течение", "в пределах", "в
 * срок" either (with "не более" after them the bound is a maximum).
 */
static int ph_form_ru(struct ph_ctx *c, const struct ph_shape *sh,
		      enum dur_form *f)
{
	unsigned p = sh->prefix;
	bool most = p & (PFX(PM_NE_BOLEE) | PFX(PM_DO));

	if (p & PFX(PM_CHEM) && !(p & PFX(PM_NE_BOLEE))) {
		ph_err(c, "'чем' without 'не более' or 'не позднее'");
		return -1;
	}
	if (sh->range) {
		if (most) {
			ph_err(c, "'%s' takes one number, not a range",
			       p & PFX(PM_DO) ? "до" : "не более");
			return -1;
		}
		*f = DF_RANGE;
	} else if (p & PFX(PM_OT)) {
		ph_err(c, "'от' without 'до'");
		return -1;
	} else if (most) {
		*f = DF_NOT_MORE;
	} else if (p & (PFX(PM_V_TECHENIE) | PFX(PM_SROK))) {
		*f = DF_WITHIN;
	} else {
		*f = DF_EXACT;
	}
	return 0;
}

/*
 * In Kazakh the case of the unit carries the meaning the marker confirms:
 * ablative + аспайды (аспайтын, кешіктірмей), nominative + ішінде (бойы),
 * ablative .. dative + дейін.  The PDF cuts markers off, so a bare
 * locative ("10 минутта") reads as within and a bare ablative .. dative as
 * the range; a bare ablative or dative of one number is refused, since
 * "минуттан кейін" (after) and "күнге ұзартылады" (extended by) end the
 * same way.
 */
static int ph_form_kk(struct ph_ctx *c, const struct ph_shape *sh,
		      enum dur_form *f)
{
	enum ph_case lo = sh->range ? sh->b1.last.kcase : PC_ANY;
	enum ph_case hi = sh->range ? sh->b2.last.kcase : sh->b1.last.kcase;

	if (sh->has_suffix && (sh->suffix == PM_ASPAIDY || sh->suffix == PM_KESH)) {
		const char *m = sh->suffix == PM_KESH ? "кешіктірмей" : "аспайды";
		if (sh->range) {
			ph_err(c, "'%s' takes one number, not a range", m);
			return -1;
		}
		if (hi != PC_ABL) {
			ph_err(c, "'%s' needs the unit in the ablative "
			       "(минуттан, күннен)", m);
			return -1;
		}
		*f = DF_NOT_MORE;
	} else if (sh->has_suffix && sh->suffix == PM_ISHINDE) {
		if (hi != PC_NOM || (lo != PC_ANY && lo != PC_NOM)) {
			ph_err(c, "'ішінде' needs the unit in the nominative "
			       "(минут, күн)");
			return -1;
		}
		*f = sh->range ? DF_RANGE : DF_WITHIN;
	} else if (sh->has_suffix) {
		if (hi != PC_DAT || (lo != PC_ANY && lo != PC_ABL)) {
			ph_err(c, "'дейін' needs the lower bound in the "
			       "ablative and the upper in the dative "
			       "(күннен – күнге)");
			return -1;
		}
		*f = sh->range ? DF_RANGE : DF_NOT_MORE;
	} else if (sh->range) {
		if (!((lo == PC_ABL && hi == PC_DAT) ||
		      ((lo == PC_ANY || lo == PC_NOM) && hi == PC_NOM))) {
			ph_err(c, "the cases of the range's ends do not fit "
			       "(write 'N-M күн' or 'N күннен – M күнге')");
			return -1;
		}
		*f = DF_RANGE;
	} else if (hi == PC_NOM) {
		*f = DF_EXACT;
	} else if (hi == PC_LOC) {
		*f = DF_WITHIN;
	} else {
		const struct ph_tok *u = sh->b1.last.head;
		ph_err(c, "'%.*s' needs a marker after it (аспайды, дейін)",
		       (int)u->len, c->norm + u->off);
		return -1;
	}
	return 0;
}

/* Pass 3b: units, form, bounds, and the checks between them. */
static int ph_build(struct ph_ctx *c, const struct ph_shape *sh,
		    enum phrase_lang lang, struct dur *out)
{
	const struct ph_bound *bhi = sh->range ? &sh->b2 : &sh->b1;
	enum dur_form f;
	struct qty lo = { 0 }, hi;

	if (!bhi->have) {
		ph_err(c, "%s", sh->b1.have ? FRAG("no unit after the upper bound")
					    : FRAG("no unit"));
		return -1;
	}
	if (lang == PL_RU ? ph_form_ru(c, sh, &f) : ph_form_kk(c, sh, &f))
		return -1;
	hi = bhi->q;
	if (sh->range) {
		enum unit ulo = sh->b1.have ? sh->b1.unit : bhi->unit;
		if (sh->b1.have)
			lo = sh->b1.q;
		else if (!qty_of(sh->b1.n, ulo, &lo)) {
			ph_err(c, "number too large");
			return -1;
		}
		if (ph_is_calendar(ulo) != ph_is_calendar(bhi->unit)) {
			ph_err(c, "range mixes calendar and working time");
			return -1;
		}
		if (qty_cmp(lo, hi, 0, NULL) > 0) {
			ph_err(c, "upper bound below lower bound");
			return -1;
		}
	}
	if (f == DF_EXACT)
		lo = hi;
	out->form = f;
	out->lo = lo;
	out->hi = hi;
	out->unit = bhi->unit;
	return 0;
}

/*
 * One attempt: the three passes over s[0..n), all state in c.  The
 * context (about 12 KiB) lives in the caller's frame; only its scalars
 * and the failed-offset bits are cleared: the buffers are written before
 * they are read (norm and src up to len, tok up to ntok), and clearing
 * all of them cost more than the parse itself.
 */
static int ph_read_core(struct ph_ctx *c, const char *s, size_t n, struct msg *why,
			struct dur *out, enum phrase_lang *lang)
{
	struct ph_shape sh;

	c->len = 0;
	c->ntok = 0;
	memset(c->failed, 0, sizeof c->failed);
	c->far = 0;
	c->too_many = false;
	c->pos = 0;
	c->s = s;
	c->n = s ? n : 0;
	c->why = why;
	c->fail = PR_UNREAD;
	if (why) {
		msg_free(why);
		memset(why, 0, sizeof *why);
	}
	if (ph_normalize(c) < 0)
		return -1;
	if (c->len == 0) {
		ph_err(c, "empty phrase");
		return -1;
	}
	if (!ph_tokenize(c) || ph_shape(c, &sh) < 0 ||
	    ph_language(c, lang) < 0 || ph_build(c, &sh, *lang, out) < 0)
		return -1;
	c->fail = PR_OK;
	return 0;
}

/* ---- the context that states the start ----------------------------------- */

/* A word of the input as the splitter sees it: bytes [lo, hi). */
struct ph_span {
	size_t lo, hi;
};

#define PH_MAX_WORDS 96

/* Split s[0..n) at whitespace; false when there are too many words. */
static bool ph_split_words(const char *s, size_t n, struct ph_span *w, int *nw)
{
	size_t i = 0;
	uint32_t cp;

	*nw = 0;
	while (i < n) {
		size_t k = utf8_decode(s + i, n - i, &cp);
		if (k == 0)
			return false;
		if (ph_is_space(cp)) {
			i += k;
			continue;
		}
		if (*nw == PH_MAX_WORDS)
			return false;
		w[*nw].lo = i;
		while (i < n && (k = utf8_decode(s + i, n - i, &cp)) && !ph_is_space(cp))
			i += k;
		if (k == 0)
			return false;
		w[(*nw)++].hi = i;
	}
	return true;
}

/* The letters of a word, lower-cased, punctuation around it dropped,
 * into buf (UTF-8, NUL-terminated; cut at bn). */
static void ph_key(const char *s, struct ph_span w, char *buf, size_t bn)
{
	size_t i = w.lo, o = 0;
	uint32_t cp;

	while (i < w.hi) {
		size_t k = utf8_decode(s + i, w.hi - i, &cp);
		if (k == 0)
			break;
		i += k;
		if (!ph_is_letter(cp))
			continue;
		cp = ph_lower(cp);
		char b[4];
		size_t len = utf8_encode(cp, b);
		if (o + len + 1 > bn)
			break;
		memcpy(buf + o, b, len);
		o += len;
	}
	buf[o] = '\0';
}

static bool ph_key_is(const char *key, const char *const *set)
{
	for (; *set; set++)
		if (strcmp(key, *set) == 0)
			return true;
	return false;
}

static bool ph_key_ends(const char *key, const char *const *set)
{
	size_t n = strlen(key);
	for (; *set; set++) {
		size_t m = strlen(*set);
		if (n >= m && strcmp(key + n - m, *set) == 0)
			return true;
	}
	return false;
}

/* A Russian context begins with one of these ("с момента регистрации",
 * "со дня сдачи", "после поступления", "начиная с", "считая с"). */
static const char *const ph_ru_open[] = {
	"с", "со", "после", "начиная", "считая", NULL
};
/* A Kazakh one ends with one of these ("алған сәттен бастап",
 * "тіркелгеннен кейін", "түскеннен соң", "порталға жүгінген кезде"). */
static const char *const ph_kk_close[] = {
	"бастап", "кейін", "соң", "кезде", "кезінде", NULL
};

/* The core s[lo..hi) without separators left at its edges: a comma, a
 * colon or a dash between the context and the duration. */
static void ph_trim_core(const char *s, size_t *lo, size_t *hi)
{
	uint32_t cp;
	size_t k;

	while (*lo < *hi && (k = utf8_decode(s + *lo, *hi - *lo, &cp)) &&
	       (cp == ',' || cp == ':' || ph_is_dash(cp) || ph_is_space(cp)))
		*lo += k;
}

/* The context s[lo..hi) without the brackets and punctuation at its
 * edges. */
static void ph_trim_context(const char *s, size_t *lo, size_t *hi)
{
	uint32_t cp;
	size_t k;

	while (*lo < *hi && (k = utf8_decode(s + *lo, *hi - *lo, &cp)) &&
	       !ph_is_letter(cp) && !(cp >= '0' && cp <= '9'))
		*lo += k;
	while (*hi > *lo) {
		size_t b = *hi - 1;
		while (b > *lo && ((unsigned char)s[b] & 0xC0) == 0x80)
			b--;
		if (!utf8_decode(s + b, *hi - b, &cp) || ph_is_letter(cp) ||
		    (cp >= '0' && cp <= '9'))
			break;
		*hi = b;
	}
}

/* Try the core s[lo..hi); on success the context is the rest [clo, chi). */
static bool ph_try_core(struct ph_ctx *c, const char *s, size_t lo, size_t hi,
			size_t clo, size_t chi, struct phrase_reading *out)
{
	struct dur d;
	enum phrase_lang lang;

	ph_trim_core(s, &lo, &hi);
	if (lo >= hi || ph_read_core(c, s + lo, hi - lo, NULL, &d, &lang) < 0)
		return false;
	ph_trim_context(s, &clo, &chi);
	out->dur = d;
	out->lang = lang;
	out->from_lo = clo;
	out->from_hi = chi;
	return true;
}

/*
 * The phrase did not read whole: look for a context by its shape, before
 * or after the core, and read what is left.  The first split that reads
 * wins; *blame is set to the core most likely meant when none does (the
 * words before a Russian context, after a Kazakh one), so that the error
 * is about the duration and not the context.
 */
static bool ph_split(struct ph_ctx *c, const char *s, size_t n, struct phrase_reading *out,
		     struct ph_span *blame)
{
	struct ph_span w[PH_MAX_WORDS];
	char key[64];
	int nw, i;

	blame->lo = blame->hi = 0;
	if (!ph_split_words(s, n, w, &nw) || nw < 2)
		return false;
	/* Russian, context after: "в течение 5 рабочих дней со дня ..." */
	for (i = 1; i < nw; i++) {
		ph_key(s, w[i], key, sizeof key);
		if (!ph_key_is(key, ph_ru_open))
			continue;
		if (!blame->hi)
			blame->lo = 0, blame->hi = w[i].lo;
		if (ph_try_core(c, s, 0, w[i].lo, w[i].lo, n, out))
			return true;
	}
	/* Russian, context before: "с момента регистрации — в течение ..." */
	ph_key(s, w[0], key, sizeof key);
	if (ph_key_is(key, ph_ru_open))
		for (i = 1; i < nw; i++)
			if (ph_try_core(c, s, w[i].lo, n, 0, w[i].lo, out))
				return true;
	/* Kazakh, context before: "құжаттарды алған сәттен бастап 2 жұмыс
	   күні ішінде"; the last closing word ends it. */
	for (i = nw - 1; i >= 1; i--) {
		ph_key(s, w[i - 1], key, sizeof key);
		if (!ph_key_ends(key, ph_kk_close))
			continue;
		blame->lo = w[i].lo, blame->hi = n;
		if (ph_try_core(c, s, w[i].lo, n, 0, w[i].lo, out))
			return true;
		break;
	}
	/* Kazakh, context after: "2 жұмыс күні ішінде, өтініш тіркелген
	   күннен бастап" */
	ph_key(s, w[nw - 1], key, sizeof key);
	if (ph_key_ends(key, ph_kk_close))
		for (i = nw - 1; i >= 1; i--)
			if (ph_try_core(c, s, 0, w[i].lo, w[i].lo, n, out))
				return true;
	return false;
}

int phrase_parse(const char *s, size_t n, struct dur *out,
		 enum phrase_lang *lang, char *err, size_t errn)
{
	struct msg why = { 0 };
	struct phrase_reading r;
	int rc = phrase_read(s, n, out ? &r : NULL, err && errn ? &why : NULL);
	if (rc == 0) {
		if (out)
			*out = r.dur;
		if (lang)
			*lang = r.lang;
	}
	if (err && errn) {
		err[0] = '\0';
		if (why.fmt) {
			char *t = msg_text(&why, DIAG_LANG_EN);
			snprintf(err, errn, "%s", t);
			free(t);
		}
		msg_free(&why);
	}
	return rc;
}

int phrase_read(const char *s, size_t n, struct phrase_reading *out, struct msg *why)
{
	struct ph_ctx c;
	struct ph_span blame;

	if (!ph_indexed)
		ph_index();
	if (why)
		memset(why, 0, sizeof *why);
	if (!out) {
		c.why = why;
		ph_err(&c, "no place for the result");
		return -1;
	}
	memset(out, 0, sizeof *out);
	if (!s)
		n = 0;
	if (ph_read_core(&c, s, n, why, &out->dur, &out->lang) == 0) {
		out->fail = PR_OK;
		return 0;
	}
	out->fail = c.fail;
	if (c.fail == PR_DISAGREE || n == 0 || c.len == 0)
		return -1;
	if (ph_split(&c, s, n, out, &blame)) {
		out->fail = PR_OK;
		if (why) { /* the whole phrase's failure, which no one will read */
			msg_free(why);
			memset(why, 0, sizeof *why);
		}
		return 0;
	}
	/* Say what is wrong with the duration itself when a context was
	   found by its shape around it. */
	if (blame.hi > blame.lo) {
		struct dur d;
		enum phrase_lang lg;
		size_t lo = blame.lo, hi = blame.hi;
		ph_trim_core(s, &lo, &hi);
		if (lo < hi) {
			if (why) { /* replaced by what is wrong with the core */
				msg_free(why);
				memset(why, 0, sizeof *why);
			}
			ph_read_core(&c, s + lo, hi - lo, why, &d, &lg);
			out->fail = c.fail;
		}
	}
	return -1;
}
