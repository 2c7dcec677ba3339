/*
 * legal.h — durations in the units the law writes them in: how a
 * quantity splits into its parts, shared by every language pack, and the
 * same parts in reglc's own notation for English ("3 wd 4 h 50 min").
 *
 * Contract:
 *  - The parts are calendar days, working days, hours and minutes,
 *    largest first, calendar days before working time (acts write "28
 *    күнтізбелік күн және 2 жұмыс күні").  Minutes always carry into
 *    hours ("1 сағат 15 минут", not "75 минут"); hours carry into working
 *    days, at the regulation's working day, only when the quantity is in
 *    days: written with working days ("1 wd 600 min" at 480 is "2 wd 2 h"),
 *    or a sum or difference that reaches a working day (a path's total of
 *    1 wd + 1250 min is "3 wd 4 h 50 min").  A duration written in hours
 *    or minutes stays in hours however long (`<= 10 h` is "10 сағат", not
 *    "1 жұмыс күні 2 сағат"): that is how the author and the act say it.
 *    docs/output.md ("Durations") gives the reasons.
 *  - Zero is "0 <unit>" in the unit written.
 *  - Each language's words, cases and conjunctions are its pack's
 *    (langpack.h: dur, qty; lang_kk.c, lang_ru.c):
 *
 *   form          kk                                   ru
 *   <= 15 min     15 минуттан аспайды                   не более 15 минут
 *   <= 75 min     1 сағат 15 минуттан аспайды           не более 1 часа 15 минут
 *   within 1 wd   1 жұмыс күні ішінде                   в течение 1 рабочего дня
 *   within 1 wd 2 h  1 жұмыс күні 2 сағат ішінде        в течение 1 рабочего дня и 2 часов
 *   within 28 cd  28 күнтізбелік күн ішінде             в течение 28 календарных дней
 *   90..180 cd    90 күнтізбелік күннен –               от 90 до 180 календарных дней
 *                 180 күнтізбелік күнге дейін
 *   2 h           2 сағат                               2 часа
 *   automatic     автоматты түрде                       автоматически
 *   total         28 күнтізбелік күн және 2 жұмыс       28 календарных дней, 2 рабочих
 *                 күні 1 сағат 15 минут                 дня и 1 час 15 минут
 *
 *  - English, the language of `explain` and of --messages en, writes the
 *    same parts in the notation a .regl file accepts (docs/language.md):
 *    "<= 1 h 15 min", "within 1 wd 2 h", "28 cd + 2 wd 1 h 15 min".
 *  - Writers are snprintf-like: they return the length the whole text
 *    needs and never write more than n bytes.
 */
#ifndef REGLC_LEGAL_H
#define REGLC_LEGAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "dur.h"
#include "langpack.h"

/* The working day when none is known (dur.h: 8 h). */
#define LEGAL_WORKDAY_DEFAULT 480

/* Up to six "N unit" parts of a quantity, largest unit first. */
struct legal_parts;
/* Whether part i begins the working time after calendar time (the place
 * of "және", " + "). */
static inline bool legal_kind_break(const struct legal_parts *p, int i);

struct legal_parts {
	int64_t v[6];        /* the numbers, never negative */
	enum lp_noun u[6];   /* their units: LPN_MONTH, LPN_WEEK, LPN_CD, LPN_WD,
				LPN_HOUR, LPN_MIN */
	int n;               /* how many */
};

/*
 * Split q into the parts the law writes, at a working day of `workday`
 * minutes (LEGAL_WORKDAY_DEFAULT when not positive); unit is the unit it
 * was written in (a zero's unit, and days written for LP_AS_WRITTEN).
 */
struct legal_parts legal_split(struct qty q, enum unit unit, int64_t workday,
			       enum lp_carry how);

/* q in reglc's notation, its parts carried as legal_split does:
 * "3 wd 4 h 50 min", "28 cd + 2 wd 1 h 15 min", "0 min". */
int legal_notation_qty(char *buf, size_t n, struct qty q, enum unit unit, int64_t workday,
		       enum lp_carry how);

/* d in reglc's notation, carried as written: "<= 1 h 15 min", "within 1 wd 2 h",
 * "90..180 cd", "1 h .. 2 h 30 min", "automatic", "none". */
int legal_notation_dur(char *buf, size_t n, const struct dur *d, int64_t workday);

static inline bool legal_kind_break(const struct legal_parts *p, int i)
{
	enum lp_noun a = p->u[i - 1], b = p->u[i];
	return (a == LPN_CD || a == LPN_WEEK || a == LPN_MONTH) &&
	       (b == LPN_WD || b == LPN_HOUR || b == LPN_MIN);
}

#endif
