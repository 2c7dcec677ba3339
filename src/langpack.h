/*
 * langpack.h — language packs: everything of one output language that the
 * writers need, its words and its grammar, behind one record per language.
 *
 * Contract:
 *  - langpack(l) is the pack of language l (src/lang_kk.c, src/lang_ru.c),
 *    constant data that lives as long as the program; never NULL for a
 *    language of enum lang.
 *  - The grammar is functions of the pack: numbers in words (with a case
 *    and, where the language has it, a gender), the form of a noun after
 *    a number, a count of things ("5 ошибок", "5 қате"), a case ending
 *    put on a phrase, and durations in the legal phrasing (legal.h splits
 *    a quantity into its parts; a pack says them).  Every writer is
 *    snprintf-like: it returns the length the whole text needs and never
 *    writes more than n bytes (always NUL-terminated when n > 0).
 *  - The words are data: pack->phrase[id] for every id of LP_PHRASES,
 *    none NULL or empty.  A phrase whose id declares conversions (the
 *    second field of its X() entry, "%llu", "%s") is a printf format, so
 *    each language puts the number or the name where its word order
 *    wants it ("ең көбі %llu рет" / "не более %llu раз"); every other
 *    phrase holds no conversion at all.  tests/unit/test_langpack.c
 *    checks both for every pack.
 *  - Grammatical categories are the union of the languages' (enum lp_case,
 *    enum lp_gender); a pack documents which it has and what it does with
 *    the others.
 *
 * Adding a language (say "xx"):
 *  1. its value in enum lang (lang.h), before LANG__COUNT;
 *  2. src/lang_xx.c defining `const struct langpack lp_xx` — copy the
 *     closest pack, fill every function and every phrase (designated
 *     initializers: a phrase left out is NULL, and the test says which),
 *     and add it to SRCS in the Makefile;
 *  3. the pack in the table of langpack.c, and its extern below;
 *  4. make test: test_langpack fails on every missing or empty phrase and
 *     on a template whose conversions differ from its id's.
 * Beyond the pack: the texts of a regulation are written in Kazakh with
 * an optional Russian form (ast.h struct text, model.h m_text, lang.c
 * lang_text and lang_check), so a third language needs its form there and
 * in the reader; the findings a view prints come from a message catalogue
 * (data/messages.*, msg.h), which view.c picks for the view's language.
 *
 * Adding a phrase: one X() line in LP_PHRASES and one designated
 * initializer in each pack.
 */
#ifndef REGLC_LANGPACK_H
#define REGLC_LANGPACK_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "dur.h"
#include "lang.h"

/* The largest number a pack writes in words; a larger one is written in
 * digits (the writers never fail on a number). */
#define LP_WORDS_MAX UINT64_C(999999999999)

/* Grammatical cases, the union of the languages' own; the first six are
 * Russian's in its order, the last two Kazakh's (which also has the
 * first four and the instrumental). */
enum lp_case {
	LPC_NOM, /* kk атау, ru именительный: бес минут, пятнадцать */
	LPC_GEN, /* kk ілік, ru родительный: не более пятнадцати минут */
	LPC_DAT, /* kk барыс, ru дательный: күнге, двумстам */
	LPC_ACC, /* kk табыс, ru винительный (inanimate): бесті, одну */
	LPC_INS, /* kk көмектес, ru творительный: пятнадцатью */
	LPC_PREP, /* ru предложный: о пяти; Kazakh has none */
	LPC_LOC, /* kk жатыс: бесте, минутта; Russian has none */
	LPC_ABL, /* kk шығыс: бестен, минуттан; Russian has none */
	LPC__COUNT
};

/* Grammatical gender of what a number counts (Russian; Kazakh has none). */
enum lp_gender {
	LPG_MASC, /* один час, один рабочий день */
	LPG_FEM,  /* одна минута, одна тысяча */
	LPG_NEUT  /* одно предупреждение */
};

/* Which form of a counted noun follows a number in a case (Russian's
 * rule; a language that does not inflect a noun after a number always
 * answers LPF_ONE). */
enum lp_form {
	LPF_ONE,    /* the noun in the same case, singular: (одна) минута,
		       (одной) минуты; 1, 21, 101 */
	LPF_FEW,    /* nominative/accusative after 2-4, 22-24: (две) минуты */
	LPF_MANY,   /* nominative/accusative after 0, 5-20, 25-30: (пять) минут */
	LPF_OBLIQUE /* any other case after anything but 1: (пяти) минут */
};

/* The nouns a pack counts: the units of a duration (legal.h splits a
 * quantity into them, largest first), then the things outputs count. */
enum lp_noun {
	LPN_CD,      /* calendar day: күнтізбелік күн, календарный день */
	LPN_WD,      /* working day: жұмыс күні, рабочий день */
	LPN_HOUR,    /* hour: сағат, час */
	LPN_MIN,     /* minute: минут, минута */
	LPN_MONTH,   /* calendar month: ай, месяц */
	LPN_WEEK,    /* week: апта, неделя */
	LPN_ERROR,   /* an error found: қате, ошибка */
	LPN_WARNING, /* a warning: ескерту, предупреждение */
	LPN_TIMES,   /* times of a loop: рет, раз */
	LPN__COUNT
};

/* How a number is written. */
enum lp_style {
	LPS_DIGITS, /* 15 минуттан аспайды: the diagrams, Appendix 1, totals */
	LPS_WORDS   /* он бес минуттан аспайды: the body of a regulation */
};

/*
 * The phrases of the document templates: X(id, conversions), where
 * conversions are the printf conversions the phrase takes, in order ("":
 * plain words, printed with %s and never used as a format).
 */
#define LP_PHRASES(X) \
	/* decisions and terminals of the diagrams */ \
	X(LP_YES, "") \
	X(LP_NO, "") \
	X(LP_START, "") \
	X(LP_RESULT, "") \
	X(LP_REFUSAL, "") \
	/* a loop's bound on its edge */ \
	X(LP_MAX_TIMES, "%llu") \
	/* under a step: a timed actor's step without a duration */ \
	X(LP_NO_TERM_STEP, "") \
	/* under a system lane's name */ \
	X(LP_SYSTEM, "") \
	/* captions: the appendix, the titles (Appendix 3 names the service) */ \
	X(LP_APPENDIX2, "") \
	X(LP_APPENDIX3, "") \
	X(LP_TITLE2, "") \
	X(LP_TITLE3, "%s") \
	X(LP_TITLE_SYS, "") \
	/* the caption's timing line */ \
	X(LP_PATH_TOTAL, "") \
	X(LP_TERM, "") \
	X(LP_NO_TERM, "") \
	X(LP_NOT_ANALYSED, "") \
	X(LP_EXCEEDS, "") \
	X(LP_HOLIDAYS, "") \
	X(LP_OPEN, "") \
	X(LP_INFINITE, "") \
	/* the legend */ \
	X(LP_LEGEND_CRIT, "") \
	X(LP_LEGEND_FINDING, "") \
	X(LP_LEGEND_REFUSAL, "")

/* A phrase of the document templates. */
enum lp_phrase {
#define LP_ENUM_(id, conv) id,
	LP_PHRASES(LP_ENUM_)
#undef LP_ENUM_
	LP__COUNT
};

/* One output language: its code, its grammar and its words. */
struct langpack {
	enum lang lang;   /* the language it is the pack of */
	const char *code; /* "kk": --lang, --messages and output file names */

	/* v in words, agreeing with a noun of gender g, in case c (Kazakh:
	 * the case ending on the last word, no gender; Russian: every word
	 * declined).  Numbers above LP_WORDS_MAX are written in digits. */
	int (*number)(char *buf, size_t n, uint64_t v, enum lp_gender g, enum lp_case c);

	/* The form of a noun counted by v in case c (Russian: 1 / 2-4 / 5+;
	 * Kazakh: always LPF_ONE, nouns do not change after a number). */
	enum lp_form (*form)(uint64_t v, enum lp_case c);

	/* The noun `what` as it follows the number v in case c ("минут",
	 * "минуттан"; "минуты", "календарных дней").  Russian keeps the
	 * nominative and genitive forms, what the outputs write; another case
	 * gets the nominative's. */
	int (*noun)(char *buf, size_t n, enum lp_noun what, uint64_t v, enum lp_case c);

	/* v and its noun in case c, the number in style s, the words in the
	 * language's order: "5 ошибок", "3 қате", "пятнадцати минут",
	 * "он бес минуттан". */
	int (*count)(char *buf, size_t n, uint64_t v, enum lp_noun what, enum lp_case c,
		     enum lp_style s);

	/* phrase with the ending of case c on its last word; possessive: the
	 * last word carries the 3rd-person possessive ("жұмыс күні": күніне).
	 * NULL in a language whose endings are not made by rule (Russian:
	 * its forms are tables, see noun). */
	int (*inflect)(char *buf, size_t n, const char *phrase, enum lp_case c, bool possessive);

	/* d in the legal phrasing, the numbers in style s (legal.h lists the
	 * phrases); the empty string for DF_NONE. */
	int (*dur)(char *buf, size_t n, const struct dur *d, enum lp_style s);

	/* A path's total, nominative, in digits, its kinds joined by " + ":
	 * "28 күнтізбелік күн + 2 жұмыс күні 75 минут". */
	int (*total)(char *buf, size_t n, struct qty q);

	/* The phrases of the templates, by enum lp_phrase. */
	const char *phrase[LP__COUNT];
};

/* The packs (lang_kk.c, lang_ru.c). */
extern const struct langpack lp_kk;
extern const struct langpack lp_ru;

/* The pack of l; Kazakh's for a value outside enum lang. */
const struct langpack *langpack(enum lang l);

#endif
