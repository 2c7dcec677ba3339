/*
 * legal.c — how durations split into the parts the law writes (see
 * legal.h), and those parts in reglc's notation; the words of every
 * other language are the language packs'.
 */
#include "legal.h"

#include <inttypes.h>

#include "sb.h"

static void legal_add_part(struct legal_parts *p, int64_t v, enum lp_noun u)
{
	p->v[p->n] = v;
	p->u[p->n] = u;
	p->n++;
}

/*
 * The carrying rule (legal.h).  Working days absorb whole working days of
 * minutes only when the quantity is in days; then the minutes left, and
 * the minutes of any other quantity, become hours and minutes.
 */
struct legal_parts legal_split(struct qty q, enum unit unit, int64_t workday,
			       enum lp_carry how)
{
	struct legal_parts p = { .n = 0 };
	if (workday <= 0)
		workday = LEGAL_WORKDAY_DEFAULT;
	int64_t wd = q.wd, min = q.min;
	bool days = how == LP_AS_SUM ? wd > 0 || min >= workday : wd > 0 || unit == UNIT_WD;
	if (days && min >= workday) {
		wd += min / workday;
		min %= workday;
	}
	if (q.mon > 0)
		legal_add_part(&p, q.mon, LPN_MONTH);
	if (unit == UNIT_WEEK && q.cd >= 7) {
		legal_add_part(&p, q.cd / 7, LPN_WEEK);
		if (q.cd % 7)
			legal_add_part(&p, q.cd % 7, LPN_CD);
	} else if (q.cd > 0) {
		legal_add_part(&p, q.cd, LPN_CD);
	}
	if (wd > 0)
		legal_add_part(&p, wd, LPN_WD);
	if (min >= 60)
		legal_add_part(&p, min / 60, LPN_HOUR);
	if (min % 60 > 0)
		legal_add_part(&p, min % 60, LPN_MIN);
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

/* ---- reglc's notation ------------------------------------------------------------- */

static const char *const notation_unit[LPN__COUNT] = {
	[LPN_MONTH] = "mo", [LPN_WEEK] = "wk", [LPN_CD] = "cd", [LPN_WD] = "wd",
	[LPN_HOUR] = "h", [LPN_MIN] = "min",
};

/* Parts as the language writes a quantity: calendar days and working
 * time joined by " + " (docs/language.md). */
static void notation_parts(struct out *o, const struct legal_parts *p)
{
	for (int i = 0; i < p->n; i++) {
		const char *sep = i == 0 ? "" : legal_kind_break(p, i) ? " + " : " ";
		out_printf(o, "%s%" PRId64 " %s", sep, p->v[i], notation_unit[p->u[i]]);
	}
}

int legal_notation_qty(char *buf, size_t n, struct qty q, enum unit unit, int64_t workday,
		       enum lp_carry how)
{
	struct out o = out_start(buf, n);
	struct legal_parts p = legal_split(q, unit, workday, how);
	notation_parts(&o, &p);
	return out_end(&o);
}

/* A range prints compactly ("90..180 cd") when each end is one number of
 * one and the same unit, otherwise both ends in full ("1 h .. 2 h 30 min"),
 * as the language accepts them. */
static void notation_range(struct out *o, const struct dur *d, int64_t workday)
{
	struct legal_parts lo = legal_split(d->lo, d->unit, workday, LP_AS_WRITTEN);
	struct legal_parts hi = legal_split(d->hi, d->unit, workday, LP_AS_WRITTEN);
	if (lo.n == 1 && hi.n == 1 && lo.u[0] == hi.u[0]) {
		out_printf(o, "%" PRId64 "..%" PRId64 " %s", lo.v[0], hi.v[0],
			   notation_unit[hi.u[0]]);
		return;
	}
	notation_parts(o, &lo);
	out_printf(o, " .. ");
	notation_parts(o, &hi);
}

int legal_notation_dur(char *buf, size_t n, const struct dur *d, int64_t workday)
{
	struct out o = out_start(buf, n);
	struct legal_parts hi;
	switch (d ? d->form : DF_NONE) {
	case DF_EXACT:
	case DF_NOT_MORE:
	case DF_WITHIN:
		hi = legal_split(d->hi, d->unit, workday, LP_AS_WRITTEN);
		out_printf(&o, "%s", d->form == DF_NOT_MORE ? "<= "
				     : d->form == DF_WITHIN ? "within " : "");
		notation_parts(&o, &hi);
		break;
	case DF_RANGE:
		notation_range(&o, d, workday);
		break;
	case DF_AUTOMATIC:
		out_printf(&o, "automatic");
		break;
	case DF_NONE:
		out_printf(&o, "none");
		break;
	}
	return out_end(&o);
}
