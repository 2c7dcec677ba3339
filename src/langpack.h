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
 *    a quantity into its parts and carries minutes into hours and hours
 *    into working days; a pack says them, with its conjunctions).  Every writer is
 *    snprintf-like: it returns the length the whole text needs and never
 *    writes more than n bytes (always NUL-terminated when n > 0).
 *  - The words are data: pack->phrase[id] for every id of LP_PHRASES,
 *    none NULL or empty.  A phrase whose id declares conversions (the
 *    second field of its X() entry, "%llu", "%s") is a printf format, so
 *    each language puts the number or the name where its word order
 *    wants it ("ең көбі %llu рет" / "не более %llu раз"); every other
 *    phrase holds no conversion at all.  A template whose language needs
 *    its arguments in another order numbers them (POSIX "%2$u", all or
 *    none numbered): LP_SUBREF takes the paragraph, then the
 *    sub-paragraph, "%1$u-тармақтың %2$u) тармақшасы" / "подпункт %2$u)
 *    пункта %1$u".  A phrase that carries a link marks the linked words
 *    with one "[...]" ("[%u) тармақшаға] көшеді" / "переход к [подпункту
 *    %u)]"); such templates take numbers only, and no other phrase has a
 *    bracket.  tests/unit/test_langpack.c checks all of it for every
 *    pack.
 *  - Every word a writer adds to a document is a phrase here: the
 *    diagrams' (gv.c) and the handbook's (handbook.c: its template,
 *    report and findings); neither writer holds a word of any language.
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

/* How far a quantity's hours carry into working days (legal.h gives the
 * rule; minutes always carry into hours). */
enum lp_carry {
	LP_AS_WRITTEN, /* as an author wrote it (a step's duration, a term): only
			  when written with working days */
	LP_AS_SUM      /* a sum or a difference (a total, an excess): once it
			  reaches a working day */
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
	X(LP_LEGEND_REVIEW, "") \
	X(LP_REVIEW_APX, "%u") \
	X(LP_LEGEND_REFUSAL, "") \
	/* ---- the handbook (handbook.c) ---- */ \
	/* the front matter and the contents */ \
	X(LP_APPROVED, "") \
	X(LP_REG_TITLE, "%s") \
	X(LP_STANDARD, "") \
	X(LP_CHECK_CLEAN, "") \
	X(LP_CHECK_FOUND, "") \
	X(LP_FOUND_LINK, "") \
	X(LP_SOURCE, "") \
	X(LP_CONTENTS, "") \
	X(LP_TOC_S1, "") \
	X(LP_TOC_S2, "") \
	X(LP_TOC_S3, "") \
	X(LP_TOC_S4, "") \
	X(LP_TOC_APP1, "") \
	X(LP_TOC_APP2, "") \
	X(LP_TOC_APP3, "") \
	/* section 1, the general provisions */ \
	X(LP_S1, "") \
	X(LP_PROVIDER, "%s") \
	X(LP_ACCEPTS, "") \
	X(LP_ACCEPTS_END, "") \
	X(LP_FORM, "") \
	X(LP_FORM_OR, "") \
	X(LP_FORM_PAPER, "") \
	X(LP_FORM_ELECTRONIC, "") \
	X(LP_FORM_END, "") \
	X(LP_RESULT_IS, "%s") \
	X(LP_FEE_FREE, "") \
	X(LP_FEE_PAID, "%s") \
	X(LP_TERMS, "") \
	X(LP_TERM_RESULT, "") \
	X(LP_TERM_REFUSAL, "") \
	/* sections 2-4: the procedure */ \
	X(LP_S2, "") \
	X(LP_S3, "") \
	X(LP_S4, "") \
	X(LP_PARA_CONTENT, "") \
	X(LP_AND, "") \
	X(LP_END_RESULT, "") \
	X(LP_END_REFUSAL, "") \
	X(LP_IF_YES, "") \
	X(LP_IF_NO, "") \
	X(LP_DECIDES, "") \
	X(LP_DECIDED, "") \
	X(LP_GOTO_SUB, "%u") \
	X(LP_GOTO_NEXT, "") \
	X(LP_BACK_SUB, "%u") \
	X(LP_BACK_PREV, "") \
	X(LP_AT_MOST, "%s") \
	X(LP_REPEATS, "") \
	X(LP_USE_ONE, "%u%u") \
	X(LP_USE_RANGE, "%u%u%u") \
	X(LP_UNITS, "") \
	X(LP_REF_APP1, "") \
	X(LP_REF_APP2, "") \
	X(LP_REF_APP3, "") \
	/* the appendices */ \
	X(LP_APP_OF, "%d%s") \
	X(LP_APP1_TITLE, "") \
	X(LP_A1_ROW1, "") \
	X(LP_A1_ROW2, "") \
	X(LP_A1_ROW3, "") \
	X(LP_A1_ROW4, "") \
	X(LP_A1_ROW5, "") \
	X(LP_A1_BACK, "%u") \
	X(LP_A1_NONE, "") \
	/* Appendix 1's review marks: what the act's own Appendix 1 prints */ \
	X(LP_A1_GAP, "") \
	X(LP_A1_MERGED, "%u") \
	X(LP_A1_PRINTS, "") \
	X(LP_A1_NO_UNIT, "") \
	X(LP_A1_EXTRA, "%u") \
	X(LP_A1_NO_PART, "") \
	X(LP_APP2_TITLE, "") \
	/* reglc's timing report */ \
	X(LP_REPORT, "") \
	X(LP_REPORT_NOTE, "") \
	X(LP_WORK_HOURS, "%02d%02d%02d%02d") \
	X(LP_WORK_BREAK, "%02d%02d%02d%02d") \
	X(LP_WORKDAY_LEN, "%s") \
	X(LP_SAME_DAY, "") \
	X(LP_NEXT_DAY, "") \
	X(LP_CLOSE_EXACT, "") \
	X(LP_CLOSE_NEXT, "") \
	X(LP_CAL_YEARS, "%d%d") \
	X(LP_CAL_BUILTIN, "") \
	X(LP_INDICATOR, "") \
	X(LP_VALUE, "") \
	X(LP_TOTAL_WORST, "") \
	X(LP_TOTAL_BEST, "") \
	X(LP_TERM_ROW, "") \
	X(LP_NOT_SET, "") \
	X(LP_CONCLUSION, "") \
	X(LP_SIMULATED, "") \
	X(LP_CAL_PROVISIONAL, "%d%d") \
	X(LP_CAL_JUDGED, "%04d%02d%02d%04d%02d%02d") \
	X(LP_SIMULATED_MONTHS, "") \
	X(LP_WORST_CASE, "") \
	X(LP_ACCEPTED_AT, "%s") \
	X(LP_DUE_AT, "%s") \
	X(LP_READY_AT, "%s") \
	X(LP_ORDINARY, "") \
	X(LP_ORDINARY_CALENDAR, "") \
	X(LP_ELAPSED, "") \
	X(LP_ELAPSED_RANGE, "%s%s") \
	X(LP_CRITICAL, "") \
	X(LP_COL_STEP, "") \
	X(LP_COL_ACTOR, "") \
	X(LP_COL_DUR, "") \
	X(LP_COL_TIMES, "") \
	X(LP_V_NO_TERM, "") \
	X(LP_V_OK, "") \
	X(LP_V_HOLIDAYS, "") \
	X(LP_V_EXCEEDS, "") \
	X(LP_V_OPEN, "") \
	X(LP_V_INFINITE, "") \
	X(LP_NEVER, "") \
	X(LP_DAY_N, "%d") \
	X(LP_ELAPSED_DAYS, "%lld") \
	X(LP_ELAPSED_HM, "%d%02d") \
	/* the days of the week, Monday first (calendar.h: cal_weekday) */ \
	X(LP_MONDAY, "") \
	X(LP_TUESDAY, "") \
	X(LP_WEDNESDAY, "") \
	X(LP_THURSDAY, "") \
	X(LP_FRIDAY, "") \
	X(LP_SATURDAY, "") \
	X(LP_SUNDAY, "") \
	/* the findings */ \
	X(LP_FINDINGS, "") \
	X(LP_NO_FINDINGS, "") \
	X(LP_ERROR, "") \
	X(LP_WARNING, "") \
	X(LP_ABOUT_REG, "") \
	X(LP_SUBREF, "%u%u") \
	X(LP_HINT, "")

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

	/* d in the legal phrasing, the numbers in style s, its parts carried
	 * as written at a working day of `workday` minutes (legal.h lists the
	 * phrases and the rule); the empty string for DF_NONE. */
	int (*dur)(char *buf, size_t n, const struct dur *d, enum lp_style s, int64_t workday);

	/* A quantity, nominative, in digits, carried as `how` says (a sum: a
	 * path's total, an excess; or as written in `unit`: a term, the
	 * working day's length), calendar days first with the language's
	 * conjunction: "28 күнтізбелік күн және 2 жұмыс күні 1 сағат 15 минут". */
	int (*qty)(char *buf, size_t n, struct qty q, enum unit unit, int64_t workday,
		   enum lp_carry how);

	/* The case of a count after a bound's word (LP_AT_MOST): "ең көбі 3
	 * рет" (nominative), "не более 3 раз" (genitive). */
	enum lp_case after_bound;

	/* The phrases of the templates, by enum lp_phrase. */
	const char *phrase[LP__COUNT];
};

/* The packs (lang_kk.c, lang_ru.c). */
extern const struct langpack lp_kk;
extern const struct langpack lp_ru;

/* The pack of l; Kazakh's for a value outside enum lang. */
const struct langpack *langpack(enum lang l);

#endif
