/*
 * legal.h — durations in the phrasing of the law: how a quantity splits
 * into the parts the law writes, shared by every language pack, and the
 * phrases with digits that the diagrams print under a step and the
 * Appendix 1 tables in row 5 ("Орындалу мерзімі").
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
 * Each language's words and grammar are its pack's (langpack.h: dur,
 * total; lang_kk.c, lang_ru.c); this module only splits quantities, the
 * one rule every pack shares.
 */
#ifndef REGLC_LEGAL_H
#define REGLC_LEGAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "dur.h"
#include "langpack.h"

/* Up to six "N unit" parts of a quantity, largest unit first. */
struct legal_parts {
	int64_t v[6];        /* the numbers, never negative */
	enum lp_noun u[6];   /* their units: LPN_MONTH, LPN_WEEK, LPN_CD, LPN_WD,
				LPN_HOUR, LPN_MIN */
	int n;               /* how many */
};

/*
 * Split q into the parts the law writes, largest unit first; the one rule
 * shared by every pack, with digits or in words.  Minutes become hours
 * only when hours_ok and the author wrote hours, or wrote days and the
 * minutes make whole hours; days become weeks only when the author wrote
 * weeks.  Zero is "0 <unit>", in the unit written.
 */
struct legal_parts legal_split(struct qty q, enum unit unit, bool hours_ok);

/*
 * Split a path's total into its kinds, as the packs' total prints them: the
 * calendar months and days, then the working time (minutes not folded into hours;
 * the law writes "75 minutes"); a zero total is "0 минут".  Returns how
 * many kinds (1 or 2) it put in kinds[].
 */
int legal_split_total(struct qty q, struct legal_parts kinds[2]);

#endif
