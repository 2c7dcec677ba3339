/*
 * legal.c — how durations split into the parts the law writes (see
 * legal.h); the words are the language packs'.
 */
#include "legal.h"

static void legal_add_part(struct legal_parts *p, int64_t v, enum lp_noun u)
{
	p->v[p->n] = v;
	p->u[p->n] = u;
	p->n++;
}

/*
 * Split q into the parts the law would write.  Minutes become hours only
 * when the author wrote hours (unit UNIT_HOUR), or wrote days and the
 * minutes make whole hours: "1 wd 2 h" reads "1 жұмыс күні 2 сағат", while
 * "90 min" stays "90 минут".  With hours_ok false (totals) minutes stay
 * minutes.  Zero is "0 <unit>", in the unit written.
 */
struct legal_parts legal_split(struct qty q, enum unit unit, bool hours_ok)
{
	struct legal_parts p = { .n = 0 };
	if (q.mon > 0)
		legal_add_part(&p, q.mon, LPN_MONTH);
	if (unit == UNIT_WEEK && q.cd >= 7) {
		legal_add_part(&p, q.cd / 7, LPN_WEEK);
		if (q.cd % 7)
			legal_add_part(&p, q.cd % 7, LPN_CD);
	} else if (q.cd > 0) {
		legal_add_part(&p, q.cd, LPN_CD);
	}
	if (q.wd > 0)
		legal_add_part(&p, q.wd, LPN_WD);
	if (q.min > 0) {
		bool hours = hours_ok && (unit == UNIT_HOUR ||
					  ((unit == UNIT_WD || unit == UNIT_CD) && q.min % 60 == 0));
		if (hours && q.min >= 60) {
			legal_add_part(&p, q.min / 60, LPN_HOUR);
			if (q.min % 60)
				legal_add_part(&p, q.min % 60, LPN_MIN);
		} else {
			legal_add_part(&p, q.min, LPN_MIN);
		}
	}
	if (p.n == 0) {
		static const enum lp_noun of[] = {
			[UNIT_MIN] = LPN_MIN, [UNIT_HOUR] = LPN_HOUR,
			[UNIT_WD] = LPN_WD, [UNIT_CD] = LPN_CD,
			[UNIT_WEEK] = LPN_WEEK, [UNIT_MONTH] = LPN_MONTH,
		};
		legal_add_part(&p, 0, (unsigned)unit <= UNIT_MONTH ? of[unit] : LPN_MIN);
	}
	return p;
}

/* Calendar time is a kind of its own; the working time follows it, and
 * stands alone (as "0 минут") when there is nothing else. */
int legal_split_total(struct qty q, struct legal_parts kinds[2])
{
	int nk = 0;
	if (q.cd > 0 || q.mon > 0) {
		kinds[nk] = (struct legal_parts){ .n = 0 };
		if (q.mon > 0)
			legal_add_part(&kinds[nk], q.mon, LPN_MONTH);
		if (q.cd > 0)
			legal_add_part(&kinds[nk], q.cd, LPN_CD);
		nk++;
	}
	if (q.wd > 0 || q.min > 0 || nk == 0) {
		struct qty w = { 0, q.wd, q.min, 0 };
		kinds[nk++] = legal_split(w, UNIT_MIN, false);
	}
	return nk;
}
