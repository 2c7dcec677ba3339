/*
 * legal.c — durations in the legal phrasing (see legal.h).
 */
#include "legal.h"

#include <inttypes.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>

#include "sb.h"


/* The grammatical case a unit word takes. */
enum lcase {
	LC_NOM, /* nominative: "15 минут", "2 часа" */
	LC_ABL, /* kk ablative before "аспайды" and before the dash of a range */
	LC_DAT, /* kk dative before "дейін" */
	LC_GEN  /* ru genitive after "не более", "в течение", "от", "до" */
};

/* kk: one word per case; the number never changes it. */
static const char *const kk_words[LU__COUNT][3] = {
	[LU_CD] = { "күнтізбелік күн", "күнтізбелік күннен", "күнтізбелік күнге" },
	[LU_WD] = { "жұмыс күні", "жұмыс күнінен", "жұмыс күніне" },
	[LU_HOUR] = { "сағат", "сағаттан", "сағатқа" },
	[LU_MIN] = { "минут", "минуттан", "минутқа" },
};

/* ru nominative: one (1, 21), few (2-4, 22-24), many (0, 5-20, 25-30). */
static const char *const ru_nom[LU__COUNT][3] = {
	[LU_CD] = { "календарный день", "календарных дня", "календарных дней" },
	[LU_WD] = { "рабочий день", "рабочих дня", "рабочих дней" },
	[LU_HOUR] = { "час", "часа", "часов" },
	[LU_MIN] = { "минута", "минуты", "минут" },
};

/* ru genitive: singular after 1, 21, 101..., plural after anything else. */
static const char *const ru_gen[LU__COUNT][2] = {
	[LU_CD] = { "календарного дня", "календарных дней" },
	[LU_WD] = { "рабочего дня", "рабочих дней" },
	[LU_HOUR] = { "часа", "часов" },
	[LU_MIN] = { "минуты", "минут" },
};

/* Russian number agreement class of v: 0 one, 1 few, 2 many. */
static int ru_class(int64_t v)
{
	int64_t d = v % 10, h = v % 100;
	if (h >= 11 && h <= 14)
		return 2;
	if (d == 1)
		return 0;
	if (d >= 2 && d <= 4)
		return 1;
	return 2;
}

/* The unit word for v units of u in case c of language l. */
static const char *word(enum lang l, enum lunit u, enum lcase c, int64_t v)
{
	if (l == LANG_KK)
		return kk_words[u][c == LC_GEN ? LC_NOM : c];
	int k = ru_class(v);
	if (c == LC_GEN)
		return ru_gen[u][k == 0 ? 0 : 1];
	return ru_nom[u][k];
}


static void legal_add_part(struct legal_parts *p, int64_t v, enum lunit u)
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
	if (q.cd > 0)
		legal_add_part(&p, q.cd, LU_CD);
	if (q.wd > 0)
		legal_add_part(&p, q.wd, LU_WD);
	if (q.min > 0) {
		bool hours = hours_ok && (unit == UNIT_HOUR ||
					  ((unit == UNIT_WD || unit == UNIT_CD) && q.min % 60 == 0));
		if (hours && q.min >= 60) {
			legal_add_part(&p, q.min / 60, LU_HOUR);
			if (q.min % 60)
				legal_add_part(&p, q.min % 60, LU_MIN);
		} else {
			legal_add_part(&p, q.min, LU_MIN);
		}
	}
	if (p.n == 0) {
		static const enum lunit of[] = {
			[UNIT_MIN] = LU_MIN, [UNIT_HOUR] = LU_HOUR,
			[UNIT_WD] = LU_WD, [UNIT_CD] = LU_CD,
		};
		legal_add_part(&p, 0, (unsigned)unit <= UNIT_CD ? of[unit] : LU_MIN);
	}
	return p;
}

/*
 * Print parts.  Kazakh inflects only the last unit (case c; the others stay
 * nominative), Russian every unit for its own number.
 */
static void put_parts(struct out *o, const struct legal_parts *p, enum lang l, enum lcase c)
{
	for (int i = 0; i < p->n; i++) {
		enum lcase ci = (l == LANG_KK && i < p->n - 1) ? LC_NOM : c;
		out_printf(o, "%s%" PRId64 " %s", i ? " " : "", p->v[i], word(l, p->u[i], ci, p->v[i]));
	}
}

/* A range: "от N до M U" when both ends are one number of one unit. */
static void put_range(struct out *o, const struct dur *d, enum lang l)
{
	struct legal_parts lo = legal_split(d->lo, d->unit, true), hi = legal_split(d->hi, d->unit, true);
	if (l == LANG_KK) {
		put_parts(o, &lo, l, LC_ABL);
		out_printf(o, " – ");
		put_parts(o, &hi, l, LC_DAT);
		out_printf(o, " дейін");
		return;
	}
	if (lo.n == 1 && hi.n == 1 && lo.u[0] == hi.u[0]) {
		out_printf(o, "от %" PRId64 " до %" PRId64 " %s", lo.v[0], hi.v[0],
		    word(l, hi.u[0], LC_GEN, hi.v[0]));
		return;
	}
	out_printf(o, "от ");
	put_parts(o, &lo, l, LC_GEN);
	out_printf(o, " до ");
	put_parts(o, &hi, l, LC_GEN);
}

int legal_dur(char *buf, size_t n, const struct dur *d, enum lang l)
{
	struct out o = out_start(buf, n);
	struct legal_parts hi = legal_split(d->hi, d->unit, true);
	bool kk = l == LANG_KK;
	switch (d->form) {
	case DF_NONE:
		break;
	case DF_AUTOMATIC:
		out_printf(&o, "%s", kk ? "автоматты түрде" : "автоматически");
		break;
	case DF_EXACT:
		put_parts(&o, &hi, l, LC_NOM);
		break;
	case DF_NOT_MORE:
		if (!kk)
			out_printf(&o, "не более ");
		put_parts(&o, &hi, l, kk ? LC_ABL : LC_GEN);
		if (kk)
			out_printf(&o, " аспайды");
		break;
	case DF_WITHIN:
		if (!kk)
			out_printf(&o, "в течение ");
		put_parts(&o, &hi, l, kk ? LC_NOM : LC_GEN);
		if (kk)
			out_printf(&o, " ішінде");
		break;
	case DF_RANGE:
		put_range(&o, d, l);
		break;
	}
	return out_end(&o);
}

int legal_total(char *buf, size_t n, struct qty q, enum lang l)
{
	struct out o = out_start(buf, n);
	bool any = false;
	if (q.cd > 0) {
		struct legal_parts p = { .n = 0 };
		legal_add_part(&p, q.cd, LU_CD);
		put_parts(&o, &p, l, LC_NOM);
		any = true;
	}
	if (q.wd > 0 || q.min > 0 || !any) {
		struct qty w = { 0, q.wd, q.min };
		struct legal_parts p = legal_split(w, UNIT_MIN, false);
		if (any)
			out_printf(&o, " + ");
		put_parts(&o, &p, l, LC_NOM);
	}
	return out_end(&o);
}
