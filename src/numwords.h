/*
 * numwords.h — the former interface of the number words, kept for the
 * one writer not yet moved onto the language packs (handbook.c, which
 * moves after its rewrite); it goes then.  New code uses langpack.h.
 *
 * Contract: each name is the Russian or Kazakh pack's function under its
 * old name and signature, with the old enums as aliases of the packs'
 * (enum lp_case, enum lp_form), so no output changes:
 *  - legal_words(d, l) is langpack(l)->dur(d, LPS_WORDS): a duration in
 *    the legal phrasing with the numbers in words, "(он бес минуттан
 *    аспайды)", "(не более пятнадцати минут)";
 *  - ru_noun_slot(v, c) is lp_ru.form(v, c): which form of a counted
 *    noun follows v in case c (1 минута, 2-4 минуты, 5+ минут).
 */
#ifndef REGLC_NUMWORDS_H
#define REGLC_NUMWORDS_H

#include <stddef.h>
#include <stdint.h>

#include "dur.h"
#include "lang.h"
#include "langpack.h"

/* Russian cases: the first six of enum lp_case, in its order. */
enum ru_case {
	RU_NOM = LPC_NOM,  /* пятнадцать */
	RU_GEN = LPC_GEN,  /* пятнадцати: не более, в течение, от ... до */
	RU_DAT = LPC_DAT,  /* пятнадцати, двумстам */
	RU_ACC = LPC_ACC,  /* inanimate: пятнадцать, одну */
	RU_INS = LPC_INS,  /* пятнадцатью, двумястами */
	RU_PREP = LPC_PREP /* пятнадцати, двухстах */
};

/* Which form of a counted noun follows a number in a case. */
enum ru_slot {
	RS_SING = LPF_ONE,      /* (одна) минута, (одной) минуты */
	RS_GEN_SING = LPF_FEW,  /* nominative/accusative after 2-4: (две) минуты */
	RS_GEN_PLUR = LPF_MANY, /* nominative/accusative after 0, 5-20: (пять) минут */
	RS_PLUR = LPF_OBLIQUE   /* an oblique case after anything but 1: (пяти) минут */
};

/* The form of the noun counted by v in case c. */
enum ru_slot ru_noun_slot(uint64_t v, enum ru_case c);

/* d in the legal phrasing of l with the numbers in words; the empty
 * string for DF_NONE. */
int legal_words(char *buf, size_t n, const struct dur *d, enum lang l);

#endif
