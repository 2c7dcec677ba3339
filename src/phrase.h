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
 * The grammar of the forms (kk / ru), N a number, U a unit, Q a bound:
 *
 *   phrase  = [context] core [context]
 *   core    = [prefix...] bound [(- | до | <ablative>) bound] [suffix...]
 *   bound   = [qualifier] N U { [и | және] N U }     units falling: 1 сағат 30 минут
 *   N       = digits [number words]                  "2 (екі)": both must agree
 *           | number words                           "он бес", "пятнадцати"
 *
 * Numbers may be digits, words, or digits followed by the number in words
 * in parentheses ("15 (пятнадцати)"); when both are written they must
 * agree, or the phrase is refused with PR_DISAGREE.  Kazakh compounds read
 * in order ("бір жүз сексен" = 180); Russian numerals in any case and
 * gender.  Units: minutes, hours, working days, calendar days (a day needs
 * its qualifier, before or after the number: "күнтізбелік 15 күн"),
 * weeks and months, in every case form.  A compound bound sums its parts,
 * which fall from the larger unit to the smaller and are of one kind of
 * time.  After a Russian marker a unit without a number is one of it
 * ("в течение часа", "в течение месяца").
 *
 * The form comes from the markers and, in Kazakh, the case of the last
 * unit:
 *   N U-тан аспайды / аспайтын / кешіктірмей / артық емес   -> DF_NOT_MORE
 *   не более / не позднее / до / в срок не более N U         -> DF_NOT_MORE
 *   N U ішінде / бойы / N U-та;  в течение / в срок / в пределах N U
 *                                                            -> DF_WITHIN
 *   N U-нен – M U-ге (дейін);  от N (U) до M U;  N-M U       -> DF_RANGE
 *   N U-ге дейін                                             -> DF_NOT_MORE
 *   N U                                                      -> DF_EXACT
 * Kazakh markers may be followed by the words that complete them
 * ("аспайтын мерзімде", "аспауы тиіс").
 *
 * A context that states from when the duration runs ("с момента
 * регистрации", "со дня сдачи документов", "құжаттарды алған сәттен
 * бастап", "тіркелгеннен кейін") may stand before or after the core; it is
 * open text, so it is found by its shape — a Russian context begins with
 * с/со/после/начиная/считая, a Kazakh one ends with бастап/кейін/соң — and
 * only when the whole phrase does not read without it.  It is returned as
 * a slice of the input, not interpreted.
 *
 * Surrounding parentheses, quotes, a final ';' or '.', and any case of
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

/* Why a phrase was refused, beyond the reason's text. */
enum phrase_fail {
	PR_OK,       /* read */
	PR_UNREAD,   /* not a duration phrase reglc can read */
	PR_DISAGREE  /* its digits and its words state different numbers */
};

/* What a phrase reads as. */
struct phrase_reading {
	struct dur dur;          /* the interval it states and how */
	enum phrase_lang lang;   /* the language it is written in */
	size_t from_lo, from_hi; /* the context that states the start, as
				    bytes [from_lo, from_hi) of the input;
				    equal when there is none */
	enum phrase_fail fail;   /* on failure, which kind */
};

/*
 * Read s[0..n) (UTF-8).  On success fill *out and return 0.  On failure
 * set out->fail, return -1 and, when why is not NULL, capture the reason
 * there (msg.h: printed in any language; the caller frees it with
 * msg_free).
 */
int phrase_read(const char *s, size_t n, struct phrase_reading *out, struct msg *why);

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
