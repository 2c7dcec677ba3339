/*
 * legal.h — durations in the phrasing of the law, with digits: what the
 * diagrams print under a step and what the Appendix 1 tables print in
 * row 5 ("Орындалу мерзімі").
 *
 * Contract: the phrases are those the seed regulations use, and each one
 * that the phrase parser knows reads back to the same interval:
 *
 *   form          kk                                   ru
 *   <= 15 min     15 минуттан аспайды                   не более 15 минут
 *   within 1 wd   1 жұмыс күні ішінде                   в течение 1 рабочего дня
 *   within 28 cd  28 күнтізбелік күн ішінде             в течение 28 календарных дней
 *   90..180 cd    90 күнтізбелік күннен –               от 90 до 180 календарных дней
 *                 180 күнтізбелік күнге дейін
 *   2 h           2 сағат                               2 часа
 *   automatic     автоматты түрде                       автоматически
 *
 * Kazakh puts the case ending on the last unit only (ablative -тан/-нен
 * before "аспайды", dative -қа/-ге before "дейін") and never inflects for
 * number.  Russian inflects every unit for its number: nominative for an
 * exact duration, genitive after "не более", "в течение", "от ... до"
 * (1, 21, 101 take the singular; 2-4, 22-24 the paucal in the nominative;
 * 11-14 and the rest the plural).  Writers are snprintf-like: they return
 * the length the whole phrase needs and never write more than n bytes.
 */
#ifndef REGLC_LEGAL_H
#define REGLC_LEGAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "dur.h"
#include "lang.h"

/* d in the legal phrasing of l; the empty string for DF_NONE. */
int legal_dur(char *buf, size_t n, const struct dur *d, enum lang l);

/*
 * A path's total, nominative, kinds joined by " + " the way DESIGN.md
 * prints totals: "28 күнтізбелік күн + 2 жұмыс күні 75 минут" /
 * "28 календарных дней + 2 рабочих дня 75 минут".  Minutes are not folded
 * into hours (the law writes "75 minutes"); zero is "0 минут" / "0 минут".
 */
int legal_total(char *buf, size_t n, struct qty q, enum lang l);

/* The units a phrase names, from the largest. */
enum lunit {
	LU_CD,   /* calendar day */
	LU_WD,   /* working day */
	LU_HOUR, /* hour */
	LU_MIN,  /* minute */
	LU__COUNT
};

/* Up to four "N unit" parts of a quantity, largest unit first. */
struct legal_parts {
	int64_t v[4];
	enum lunit u[4];
	int n;
};

/*
 * Split q into the parts the law writes, largest unit first; the one rule
 * shared by the digit phrasing here and the words of numwords.c.  Minutes
 * become hours only when hours_ok and the author wrote hours, or wrote days
 * and the minutes make whole hours.  Zero is "0 <unit>", in the unit written.
 */
struct legal_parts legal_split(struct qty q, enum unit unit, bool hours_ok);

#endif
