/*
 * phrase.h — parse the legal duration phrases of Kazakh and Russian
 * regulations into durations.
 *
 * Contract: phrase_parse reads one phrase as the law wrote it, including the
 * damage PDF conversion leaves ("2 0 м и н у т т а н а с п а й д ы", a cut-off
 * "дейін"), and returns the interval it states.  It allocates nothing but
 * the reason of a failure, never reads past s[n], and on failure says why (one short sentence, a message
 * of msg.h) without guessing.  Numbers may be digits or words; Kazakh
 * compounds read in order ("бір жүз сексен" = 180); Russian numerals in any
 * case and gender ("пятнадцати", "одного", "двух").
 *
 * Accepted shapes (kk / ru), N and M numbers, U a unit:
 *   N U-тан аспайды              не более N U         -> DF_NOT_MORE [0, N]
 *   N U ішінде / N U-та          в течение N U        -> DF_WITHIN   [0, N]
 *   N U-нен – M U-ге (дейін)     от N (U) до M U      -> DF_RANGE    [N, M]
 *   N-M U ішінде                 N-M U / от N-M U     -> DF_RANGE    [N, M]
 *   N U                          N U                  -> DF_EXACT    [N, N]
 *                                до N U               -> DF_NOT_MORE [0, N]
 * Units: minutes, hours, working days, calendar days, in their inflected
 * forms (минут, минуттан, минутта; сағат; жұмыс күні, жұмыс күннен;
 * күнтізбелік күн, күнтізбелік күннен, күнтізбелік күнге; минута/минуты;
 * час/часа/часов; рабочий день/рабочего дня/рабочих дней; календарный
 * день/календарных дней ...).  A range written with one unit takes it for
 * both ends.  Surrounding parentheses, a final ';' or '.', and any case of
 * letters are ignored.
 */
#ifndef REGLC_PHRASE_H
#define REGLC_PHRASE_H

#include <stddef.h>

#include "dur.h"

/* The language a phrase turned out to be written in. */
enum phrase_lang {
	PL_KK, /* Kazakh */
	PL_RU  /* Russian */
};

struct msg;

/*
 * Parse s[0..n) (UTF-8).  On success fill *out (form, lo, hi, unit) and
 * *lang and return 0.  On failure return -1 and, when why is not NULL,
 * capture the reason there (msg.h: printed in any language; the caller
 * frees it with msg_free).
 */
int phrase_read(const char *s, size_t n, struct dur *out, enum phrase_lang *lang,
		struct msg *why);

/* phrase_read with the reason in English in err[0..errn) (always
 * NUL-terminated when errn > 0): for tests and tools. */
int phrase_parse(const char *s, size_t n, struct dur *out,
		 enum phrase_lang *lang, char *err, size_t errn);

/*
 * State: the index of the lexicon by first letter (ph_index) is built from
 * constant data on the first call and never changes after; reglc's library
 * code runs in one thread (-j forks processes).  It is the one table of
 * this module that is not const.
 */

#endif
