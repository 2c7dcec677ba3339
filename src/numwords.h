/*
 * numwords.h — cardinal numbers in words, Kazakh and Russian, and whole
 * durations phrased in words the way the body of a regulation writes them
 * ("(он бес минуттан аспайды)", "(не более пятнадцати минут)").
 *
 * Contract:
 *  - Numbers from 0 to NW_MAX are written in words; a larger value is
 *    written in digits (the writers never fail on a number).
 *  - Kazakh reads compounds in order and writes the legal "бір жүз",
 *    "бір мың" (not bare "жүз", "мың"): 180 = "бір жүз сексен".  A number
 *    does not inflect before a noun; kk_inflect puts a case ending on the
 *    last word of a phrase by vowel harmony and the last sound, which is
 *    how "минуттан", "күннен", "жұмыс күнінен", "күнге" are made.
 *  - Russian inflects every word of the numeral for case and the words
 *    for one and two for gender ("одна минута", "один рабочий день",
 *    "пятнадцати", "ста восьмидесяти", "двух тысяч"); "тысяча" is a
 *    feminine noun, "миллион" and "миллиард" masculine.  Official spelling
 *    without "ё" ("трех", "четырех").  The accusative is the inanimate one.
 *    ru_noun_slot says which form of a counted noun follows a number
 *    (1 минута, 2-4 минуты, 5+ минут, 11-14 минут, 21 минута).
 *  - Writers are snprintf-like: they return the length the whole text
 *    needs and never write more than n bytes (always NUL-terminated when
 *    n > 0).
 *  - legal_words phrases a duration like legal_dur (legal.h) with the
 *    numbers in words and the same split into units; the phrase parser
 *    (phrase.h) reads every such phrase back to the same interval.
 */
#ifndef REGLC_NUMWORDS_H
#define REGLC_NUMWORDS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "dur.h"
#include "lang.h"

/* The largest number written in words; durations are capped lower. */
#define NW_MAX UINT64_C(999999999999)

/* Kazakh cases (септік). */
enum kk_case {
	KK_NOM, /* атау: бес, минут */
	KK_GEN, /* ілік: бестің, минуттың */
	KK_DAT, /* барыс: беске, минутқа, күнге */
	KK_ACC, /* табыс: бесті, минутты */
	KK_LOC, /* жатыс: бесте, минутта */
	KK_ABL, /* шығыс: бестен, минуттан, күннен */
	KK_INS  /* көмектес: беспен, минутпен */
};

/* Russian grammatical gender of the counted noun. */
enum ru_gender {
	RU_MASC, /* один час, один рабочий день */
	RU_FEM,  /* одна минута, одна тысяча */
	RU_NEUT  /* одно */
};

/* Russian cases. */
enum ru_case {
	RU_NOM,  /* пятнадцать */
	RU_GEN,  /* пятнадцати: не более, в течение, от ... до */
	RU_DAT,  /* пятнадцати, двумстам */
	RU_ACC,  /* inanimate: пятнадцать, одну */
	RU_INS,  /* пятнадцатью, двумястами */
	RU_PREP  /* пятнадцати, двухстах */
};

/* Which form of a counted noun follows a number in a case. */
enum ru_slot {
	RS_SING,      /* the noun in the same case, singular: (одна) минута,
		         (одной) минуты, (одну) минуту */
	RS_GEN_SING,  /* nominative/accusative after 2-4: (две) минуты */
	RS_GEN_PLUR,  /* nominative/accusative after 0, 5-20: (пять) минут */
	RS_PLUR       /* an oblique case after anything but 1: (пяти) минут,
		         (пяти) минутам */
};

/* The number v in Kazakh words, its last word in case c. */
int numwords_kk(char *buf, size_t n, uint64_t v, enum kk_case c);

/*
 * word (a word or a phrase, UTF-8) with the ending of case c on its last
 * word.  possessive: the last word carries the 3rd-person possessive
 * ("жұмыс күні"), which takes the pronominal -н- ("күніне", "күнінен").
 */
int kk_inflect(char *buf, size_t n, const char *word, enum kk_case c, bool possessive);

/* The number v in Russian words, in gender g and case c. */
int numwords_ru(char *buf, size_t n, uint64_t v, enum ru_gender g, enum ru_case c);

/* The form of the noun counted by v in case c. */
enum ru_slot ru_noun_slot(uint64_t v, enum ru_case c);

/*
 * d in the legal phrasing of l with the numbers in words:
 *   <= 15 min     он бес минуттан аспайды        не более пятнадцати минут
 *   within 1 wd   бір жұмыс күні ішінде           в течение одного рабочего дня
 *   90..180 cd    тоқсан күнтізбелік күннен –     от девяноста до ста восьмидесяти
 *                 бір жүз сексен күнтізбелік       календарных дней
 *                 күнге дейін
 *   2 h           екі сағат                        два часа
 * The empty string for DF_NONE.
 */
int legal_words(char *buf, size_t n, const struct dur *d, enum lang l);

#endif
