/*
 * show.c — durations, quantities, moments and dates in a language (see
 * show.h): the packs' words for Kazakh and Russian, reglc's notation
 * (legal.h) and time.h's moments for English.
 */
#include "show.h"

#include <stdio.h>
#include <string.h>

#include "calendar.h"
#include "legal.h"
#include "sb.h"
#include "time.h"

/* Moments saturate far past any date (time_int.h); from here on a moment
 * is "never". */
#define SHOW_NEVER ((int64_t)1 << 59)

const struct langpack *show_pack(enum diag_lang l)
{
	return l == DIAG_LANG_KK ? &lp_kk : l == DIAG_LANG_RU ? &lp_ru : NULL;
}

int show_dur(char *buf, size_t n, const struct langpack *lp, const struct dur *d,
	     int64_t workday)
{
	if (!lp)
		return legal_notation_dur(buf, n, d, workday);
	if (d->form == DF_NONE) /* the packs write nothing for no duration */
		return snprintf(buf, n, "%s", lp->phrase[LP_NO_TERM_STEP]);
	return lp->dur(buf, n, d, LPS_DIGITS, workday);
}

int show_qty(char *buf, size_t n, const struct langpack *lp, struct qty q, enum unit unit,
	     int64_t workday, enum lp_carry how)
{
	if (!lp)
		return legal_notation_qty(buf, n, q, unit, workday, how);
	return lp->qty(buf, n, q, unit, workday, how);
}

/* The day of a moment in minutes, rounding down before day 0. */
static int32_t day_of(int64_t t)
{
	return (int32_t)(t >= 0 ? t / 1440 : -((-t + 1439) / 1440));
}

static const char *weekday(const struct langpack *lp, int32_t day)
{
	return lp->phrase[LP_MONDAY + cal_weekday(day)];
}

int show_instant(char *buf, size_t n, const struct langpack *lp, int64_t t, int64_t start,
		 bool ordinary)
{
	if (!lp)
		return ordinary ? time_format_rel(buf, n, t, start) : time_format(buf, n, t);
	struct out o = out_start(buf, n);
	if (t >= SHOW_NEVER) {
		out_printf(&o, "%s", lp->phrase[LP_NEVER]);
		return out_end(&o);
	}
	int32_t d = day_of(t);
	int m = (int)(t - (int64_t)d * 1440);
	if (ordinary) {
		int32_t d0 = day_of(start);
		if (d != d0)
			out_printf(&o, lp->phrase[LP_DAY_N], (int)(d - d0));
		out_printf(&o, "%s %02d:%02d", weekday(lp, d), m / 60, m % 60);
		return out_end(&o);
	}
	int y, mo, da;
	cal_civil_from_days(d, &y, &mo, &da);
	out_printf(&o, "%04d-%02d-%02d (%s) %02d:%02d", y, mo, da, weekday(lp, d), m / 60,
		   m % 60);
	return out_end(&o);
}

int show_elapsed(char *buf, size_t n, const struct langpack *lp, int64_t minutes)
{
	if (!lp)
		return time_format_elapsed(buf, n, minutes);
	struct out o = out_start(buf, n);
	if (minutes < 0) {
		out_printf(&o, "–");
	} else if (minutes >= SHOW_NEVER / 2) {
		out_printf(&o, "∞");
	} else {
		long long days = (long long)(minutes / 1440);
		int rest = (int)(minutes % 1440);
		if (days)
			out_printf(&o, lp->phrase[LP_ELAPSED_DAYS], days);
		out_printf(&o, lp->phrase[LP_ELAPSED_HM], rest / 60, rest % 60);
	}
	return out_end(&o);
}

int show_date(char *buf, size_t n, const struct langpack *lp, int32_t day)
{
	if (!lp)
		return cal_format_date(buf, n, day);
	int y, m, d;
	cal_civil_from_days(day, &y, &m, &d);
	return snprintf(buf, n, "%04d-%02d-%02d (%s)", y, m, d, weekday(lp, day));
}

/* ---- message values ----------------------------------------------------------------- */

/* Each renders through its writer above into a buffer that holds any
 * value (the longest, a range of compound durations in words, is far
 * below it). */
#define SHOW_BUF 512

static void render_dur(const struct msg_value *v, enum diag_lang l, struct sb *out)
{
	char buf[SHOW_BUF];
	show_dur(buf, sizeof buf, show_pack(l), &v->u.dur.d, v->u.dur.workday);
	sb_puts(out, buf);
}

static void render_qty(const struct msg_value *v, enum diag_lang l, struct sb *out)
{
	char buf[SHOW_BUF];
	show_qty(buf, sizeof buf, show_pack(l), v->u.qty.q, (enum unit)v->u.qty.unit,
		 v->u.qty.workday, (enum lp_carry)v->u.qty.how);
	sb_puts(out, buf);
}

static void render_instant(const struct msg_value *v, enum diag_lang l, struct sb *out)
{
	char buf[SHOW_BUF];
	show_instant(buf, sizeof buf, show_pack(l), v->u.at.t, v->u.at.start, v->u.at.ordinary);
	sb_puts(out, buf);
}

static void render_elapsed(const struct msg_value *v, enum diag_lang l, struct sb *out)
{
	char buf[SHOW_BUF];
	show_elapsed(buf, sizeof buf, show_pack(l), v->u.minutes);
	sb_puts(out, buf);
}

static void render_date(const struct msg_value *v, enum diag_lang l, struct sb *out)
{
	char buf[SHOW_BUF];
	show_date(buf, sizeof buf, show_pack(l), v->u.day);
	sb_puts(out, buf);
}

/* A value of render r, zeroed so that it copies and compares as bytes. */
static void value_start(struct msg_value *v,
			void (*r)(const struct msg_value *, enum diag_lang, struct sb *))
{
	memset(v, 0, sizeof *v);
	v->tag = MSG_VALUE_TAG;
	v->render = r;
}

const char *show_arg_dur(struct msg_value *v, const struct dur *d, int64_t workday)
{
	value_start(v, render_dur);
	memcpy(&v->u.dur.d, d, sizeof *d); /* its padding too */
	v->u.dur.workday = workday;
	return MSG_VALUE(v);
}

const char *show_arg_qty(struct msg_value *v, struct qty q, enum unit unit, int64_t workday,
			 enum lp_carry how)
{
	value_start(v, render_qty);
	v->u.qty.q = q;
	v->u.qty.unit = (int)unit;
	v->u.qty.workday = workday;
	v->u.qty.how = (int)how;
	return MSG_VALUE(v);
}

const char *show_arg_instant(struct msg_value *v, int64_t t, int64_t start, bool ordinary)
{
	value_start(v, render_instant);
	v->u.at.t = t;
	v->u.at.start = start;
	v->u.at.ordinary = ordinary;
	return MSG_VALUE(v);
}

const char *show_arg_elapsed(struct msg_value *v, int64_t minutes)
{
	value_start(v, render_elapsed);
	v->u.minutes = minutes;
	return MSG_VALUE(v);
}

const char *show_arg_date(struct msg_value *v, int32_t day)
{
	value_start(v, render_date);
	v->u.day = day;
	return MSG_VALUE(v);
}
