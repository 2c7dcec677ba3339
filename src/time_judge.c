/*
 * time_judge.c — verdicts: one outcome judged on one plan (see
 * time_int.h and docs/timing.md §4, §6, §9 and §10).
 *
 * Contract: judge fills a struct judgement (time_int.h) for one outcome
 * of a plan and its term, on the outcome's checked paths (live): when
 * the steps and the term are of one kind of time, by arithmetic against
 * T' (§6.1); when kinds mix, on every working day of the ordinary week
 * and of the calendar (judge_calendar; §6.2 and §9).  With JM_QUICK it
 * only tries to prove the plan in time, a mixed one by quick_bound
 * without simulating every day.  verdict_of turns a judgement into a
 * verdict.  How the simulation stays fast: time.c's header comment, §10.
 * What check's quick path did is counted in the caller's time_stats.
 */
#include "time_int.h"

#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "calendar.h"

/* ---- one outcome on one plan ------------------------------------------------------ */

/* struct judgement, enum judge_mode: time_int.h. */

static int64_t scalar(struct qty q, int kind, int64_t wdlen)
{
	if (kind == QK_CALENDAR)
		return q.cd;
	int64_t m = q.wd > DUR_MAX ? DUR_MAX * wdlen : q.wd * wdlen;
	return m + q.min;
}

/* A step without a duration counts as nothing, but is open (its paths are
 * not checked) unless it is the applicant's own time. */
bool judge_step_open(const struct m_node *n)
{
	return n->kind == N_STEP && n->dur.form == DF_NONE &&
	       !(n->actor && n->actor->kind == AK_APPLICANT);
}

/*
 * The nodes on some path from the start to an end of outcome o — through
 * no open step when skip_open (the checked paths, docs/timing.md §4).
 * Returns whether there is such a path.
 */
bool judge_live(const struct plan *p, enum outcome o, bool skip_open, bool *can)
{
	size_t n = p->n;
	for (size_t i = n; i-- > 0;) {
		const struct m_node *nd = p->node[i];
		can[i] = false;
		if (skip_open && judge_step_open(nd))
			continue;
		if (nd->kind == N_END && nd->outcome == o) {
			can[i] = true;
			continue;
		}
		for (int k = 0; k < 2; k++)
			if (p->succ[i][k] >= 0 && can[p->succ[i][k]])
				can[i] = true;
	}
	if (n == 0 || !can[0])
		return false;
	/* Forward: what the start reaches through such nodes. */
	bool *fwd = xcalloc(n + 1, sizeof *fwd);
	fwd[0] = true;
	for (size_t i = 0; i < n; i++) {
		if (!fwd[i])
			continue;
		for (int k = 0; k < 2; k++) {
			int32_t w = p->succ[i][k];
			if (w >= 0 && can[w])
				fwd[w] = true;
		}
	}
	for (size_t i = 0; i < n; i++)
		can[i] = fwd[i];
	free(fwd);
	return true;
}

int32_t *judge_trace(const int32_t *pred, int32_t end, size_t *len)
{
	size_t n = 0;
	for (int32_t i = end; i >= 0; i = pred[i])
		n++;
	int32_t *v = xmalloc((n + 1) * sizeof *v);
	*len = n;
	for (int32_t i = end; i >= 0; i = pred[i])
		v[--n] = i;
	return v;
}

/*
 * A plan as the simulation reads it, for one outcome: what each step adds
 * (calendar months, calendar minutes, then working minutes — sim_add_qty's
 * three parts),
 * worked out once per plan instead of once per node per acceptance.
 */
struct simnode {
	int64_t mon[2];          /* calendar months: [0] the lower bound, [1] the upper */
	int64_t cal[2], work[2]; /* calendar and working minutes, the same */
	int32_t succ[2];         /* successors on a path that is analysed; -1 */
	bool live;               /* on such a path */
	bool end;                /* an end of the outcome */
};

struct simnode *judge_simnodes(const struct sim *s, const struct plan *p, const bool *can,
			 enum outcome o)
{
	struct simnode *sn = xcalloc(p->n + 1, sizeof *sn);
	for (size_t i = 0; i < p->n; i++) {
		const struct m_node *nd = p->node[i];
		sn[i].live = can[i];
		sn[i].end = nd->kind == N_END && nd->outcome == o;
		for (int b = 0; b < 2 && nd->kind == N_STEP; b++) {
			struct qty q = b ? nd->dur.hi : nd->dur.lo;
			sn[i].mon[b] = q.mon;
			sn[i].cal[b] = q.cd > T_CAP / DAY ? T_CAP : q.cd * DAY;
			sn[i].work[b] = sim_work_of(s, q);
		}
		for (int k = 0; k < 2; k++) {
			int32_t w = p->succ[i][k];
			sn[i].succ[k] = w >= 0 && can[w] ? w : -1;
		}
	}
	return sn;
}

/* Latest (or earliest, with lower bounds) end over all analysed paths of
 * the outcome from acceptance a; fills pred for the path.  Returns the
 * end's plan index, or -1. */
int32_t judge_simulate(const struct sim *s, const struct simnode *sn, size_t n, int64_t a,
		 bool worst, int64_t *arr, int32_t *pred, int64_t *finish)
{
	for (size_t i = 0; i < n; i++) {
		arr[i] = T_NEVER;
		pred[i] = -1;
	}
	arr[0] = a;
	int32_t end = -1;
	int b = worst ? 1 : 0;
	for (size_t i = 0; i < n; i++) {
		if (arr[i] == T_NEVER || !sn[i].live)
			continue;
		int64_t out = arr[i];
		if (sn[i].mon[b])
			out = sim_add_months(s, out, sn[i].mon[b]);
		if (sn[i].cal[b])
			out = sat_add(out, sn[i].cal[b]);
		if (sn[i].work[b] > 0)
			out = sim_add_work(s, out, sn[i].work[b]);
		if (sn[i].end) {
			if (end < 0 || (worst ? arr[i] > arr[end] : arr[i] < arr[end]))
				end = (int32_t)i;
			continue;
		}
		for (int k = 0; k < 2; k++) {
			int32_t w = sn[i].succ[k];
			if (w < 0)
				continue;
			if (arr[w] == T_NEVER || (worst ? out > arr[w] : out < arr[w])) {
				arr[w] = out;
				pred[w] = (int32_t)i;
			}
		}
	}
	*finish = end >= 0 ? arr[end] : T_NEVER;
	return end;
}

/* ---- a day's acceptance moments, searched as intervals ------------------------------ */

/*
 * The simulation of an interval of acceptance moments [a1, a2] at once:
 * each arrival as the pair of its values for a1 and a2, and its shape on
 * the interval — SH_LIN: it is a + (v1 - a1) for every a in between (it
 * moved with the acceptance, minute for minute); SH_CONST: it is v1 for
 * every a (v1 == v2, which a non-decreasing function shows by itself);
 * SH_ANY: not known.  Every arrival is a non-decreasing function of the
 * acceptance, which is what makes the pair a bound and the shapes exact.
 */
enum shape { SH_ANY, SH_LIN, SH_CONST };

struct span2 {
	int64_t v1, v2;
	int sh;
};

/* The working segment a working minute t lies in (2 per day: before and
 * after the break), or -1 when t is not a working minute. */
static int64_t seg_of(const struct sim *s, int64_t t)
{
	if (t >= T_CAP)
		return -1;
	int32_t d = day_of(t);
	int64_t m = t - (int64_t)d * DAY;
	if (!sim_working(s, d) || m < s->wh.start || m >= s->wh.end ||
	    (m >= s->wh.brk_start && m < s->wh.brk_end))
		return -1;
	return (int64_t)d * 2 + (m >= s->wh.brk_end);
}

/*
 * Add m > 0 working minutes to an interval.  From working minutes of one
 * segment, the results are the ends of consecutive working minutes; they
 * move with the start exactly when they too lie in one segment.
 */
static void span_work(const struct sim *s, struct span2 *x, int64_t m)
{
	int64_t y1 = sim_add_work(s, x->v1, m), y2 = sim_add_work(s, x->v2, m);
	int64_t sg = seg_of(s, x->v1);
	if (x->sh == SH_LIN && (y2 - y1 != x->v2 - x->v1 || sg < 0 || sg != seg_of(s, x->v2) ||
				seg_of(s, y1 - 1) < 0 || seg_of(s, y1 - 1) != seg_of(s, y2 - 1)))
		x->sh = SH_ANY;
	x->v1 = y1;
	x->v2 = y2;
}

/* Add c calendar minutes: a shift (unless it saturates). */
static void span_cal(struct span2 *x, int64_t c)
{
	int64_t y1 = sat_add(x->v1, c), y2 = sat_add(x->v2, c);
	if (x->sh == SH_LIN && y2 - y1 != x->v2 - x->v1)
		x->sh = SH_ANY;
	x->v1 = y1;
	x->v2 = y2;
}

/* Add k calendar months: every moment of one day ends at the same close
 * (constant: simulate2 sees v1 == v2); across days, no shape is known. */
static void span_mon(const struct sim *s, struct span2 *x, int64_t k)
{
	int64_t y1 = sim_add_months(s, x->v1, k), y2 = sim_add_months(s, x->v2, k);
	if (y1 != y2)
		x->sh = SH_ANY;
	x->v1 = y1;
	x->v2 = y2;
}

/* Where two ways meet: the later (worst) or the earlier arrival. */
static void span_meet(struct span2 *dst, const struct span2 *src, bool worst)
{
	if (dst->v1 == T_NEVER) {
		*dst = *src;
		return;
	}
	struct span2 f = *dst, g = *src, r;
	bool g_wins = worst ? g.v1 >= f.v2 : g.v2 <= f.v1;
	bool f_wins = worst ? f.v1 >= g.v2 : f.v2 <= g.v1;
	if (g_wins) {
		r = g;
	} else if (f_wins) {
		r = f;
	} else {
		r.v1 = worst ? (f.v1 > g.v1 ? f.v1 : g.v1) : (f.v1 < g.v1 ? f.v1 : g.v1);
		r.v2 = worst ? (f.v2 > g.v2 ? f.v2 : g.v2) : (f.v2 < g.v2 ? f.v2 : g.v2);
		r.sh = f.sh == g.sh ? f.sh : SH_ANY; /* shifts of a, or constants */
	}
	*dst = r;
}

/* The latest (worst) or earliest end over the analysed paths for every
 * acceptance in [a1, a2] (moments of one working segment, or one moment).
 * False when no end is reached. */
static bool simulate2(const struct sim *s, const struct simnode *sn, size_t n, int64_t a1,
		      int64_t a2, bool worst, struct span2 *arr, struct span2 *fin)
{
	for (size_t i = 0; i < n; i++)
		arr[i].v1 = T_NEVER;
	arr[0] = (struct span2){ a1, a2, a1 == a2 ? SH_CONST : SH_LIN };
	fin->v1 = T_NEVER;
	int b = worst ? 1 : 0;
	for (size_t i = 0; i < n; i++) {
		if (arr[i].v1 == T_NEVER || !sn[i].live)
			continue;
		struct span2 x = arr[i];
		if (sn[i].mon[b])
			span_mon(s, &x, sn[i].mon[b]);
		if (sn[i].cal[b])
			span_cal(&x, sn[i].cal[b]);
		if (sn[i].work[b] > 0)
			span_work(s, &x, sn[i].work[b]);
		if (x.v1 == x.v2)
			x.sh = SH_CONST;
		if (sn[i].end) {
			span_meet(fin, &x, worst);
			continue;
		}
		for (int k = 0; k < 2; k++)
			if (sn[i].succ[k] >= 0)
				span_meet(&arr[sn[i].succ[k]], &x, worst);
	}
	if (fin->v1 == T_NEVER)
		return false;
	if (fin->v1 == fin->v2)
		fin->sh = SH_CONST;
	return true;
}

/* What a day's search maximises, over the acceptance moments a of a day:
 * G_LATE  F(a) - D(a)   lateness (F: latest end, D: due moment);
 * G_EMAX  F(a) - a      elapsed time;
 * G_EMIN  a - Flo(a)    minus the least elapsed time (Flo: earliest end
 *                       with lower bounds). */
enum goal { G_LATE, G_EMAX, G_EMIN };

/* Everything a day's figures are computed from. */
struct dayctx {
	const struct m_reg *reg;
	const struct sim *s;
	const struct simnode *sn;
	size_t n;
	const struct m_term *term;  /* or NULL */
	bool hourly;                /* the term runs from the acceptance */
	struct span2 *buf;          /* n nodes */
	int64_t *arr;               /* n nodes, for simulate */
	int32_t *pred;
};

struct dsearch {
	const struct dayctx *c;
	enum goal goal;
	bool have;                  /* best is set */
	int64_t best, at;           /* the greatest value, the latest moment */
	bool stop_late;             /* stop once best > 0 (is any moment late?) */
};

/* The due moments of [a1, a2]: a term in days has one due moment a day;
 * a term in hours moves with the acceptance (span_work's rule). */
static void due2(const struct dayctx *c, int64_t a1, int64_t a2, struct span2 *q)
{
	struct qty t = c->term->dur.hi;
	if (!c->hourly) {
		int64_t d = sim_due(c->s, c->reg, a1, t);
		*q = (struct span2){ d, d, SH_CONST };
		return;
	}
	*q = (struct span2){ a1, a2, a1 == a2 ? SH_CONST : SH_LIN };
	int64_t m = sim_work_of(c->s, t);
	if (m > 0)
		span_work(c->s, q, m);
	if (q->v1 == q->v2)
		q->sh = SH_CONST;
}

/*
 * Search [a1, a2] for the greatest value of the goal (P - Q with P and Q
 * non-decreasing), from the right so that the first of equal values found
 * is the latest moment.  An interval whose bound P(a2) - Q(a1) cannot beat
 * what was found is dropped; one where both are shifts or both constant
 * has one value throughout, one where only P moves rises, one where only
 * Q moves falls; the rest is halved.
 */
static void ds_run(struct dsearch *ds, int64_t a1, int64_t a2)
{
	if (ds->stop_late && ds->have && ds->best > 0)
		return;
	const struct dayctx *c = ds->c;
	struct span2 P, Q, id = { a1, a2, a1 == a2 ? SH_CONST : SH_LIN };
	switch (ds->goal) {
	case G_LATE:
		if (!simulate2(c->s, c->sn, c->n, a1, a2, true, c->buf, &P))
			return;
		due2(c, a1, a2, &Q);
		break;
	case G_EMAX:
		if (!simulate2(c->s, c->sn, c->n, a1, a2, true, c->buf, &P))
			return;
		Q = id;
		break;
	default:
		P = id;
		if (!simulate2(c->s, c->sn, c->n, a1, a2, false, c->buf, &Q))
			return;
		break;
	}
	if (ds->have && P.v2 - Q.v1 <= ds->best)
		return;
	int64_t v, at;
	if (a1 == a2 || (P.sh == Q.sh && P.sh != SH_ANY)) {
		v = P.v1 - Q.v1;
		at = a2;
	} else if (P.sh == SH_LIN && Q.sh == SH_CONST) {
		v = P.v2 - Q.v2;
		at = a2;
	} else if (P.sh == SH_CONST && Q.sh == SH_LIN) {
		v = P.v1 - Q.v1;
		at = a1;
	} else {
		int64_t mid = a1 + (a2 - a1) / 2;
		ds_run(ds, mid + 1, a2);
		ds_run(ds, a1, mid);
		return;
	}
	if (!ds->have || v > ds->best) {
		ds->have = true;
		ds->best = v;
		ds->at = at;
	}
}

/* The whole of working day d: its close, the afternoon, the morning. */
static void ds_day(struct dsearch *ds, int32_t d)
{
	const struct workhours *w = &ds->c->s->wh;
	int64_t base = (int64_t)d * DAY;
	ds_run(ds, base + w->end, base + w->end);
	if (w->end > w->brk_end)
		ds_run(ds, base + w->brk_end, base + w->end - 1);
	if (w->brk_start > w->start)
		ds_run(ds, base + w->start, base + w->brk_start - 1);
}

/* What one working day gives: each figure with the latest moment of the
 * day that gives it (minutes from the day's midnight). */
struct dayfig {
	bool ok;               /* an end is reached */
	int64_t late, late_at; /* greatest lateness (a term) */
	int64_t emax, emax_at; /* greatest elapsed time */
	int64_t emin, emin_at; /* least elapsed time (lower bounds) */
	int64_t reach;         /* days past d its worst simulations and due
				  moments look at */
	int64_t reach_best;    /* and its best simulations */
};

enum { W_LATE = 1, W_EMAX = 2, W_EMIN = 4 };

static void day_figures(const struct dayctx *c, int32_t d, unsigned want, struct dayfig *f)
{
	memset(f, 0, sizeof *f);
	int64_t base = (int64_t)d * DAY, close = sim_close(c->s, d), fin;
	if (judge_simulate(c->s, c->sn, c->n, close, true, c->arr, c->pred, &fin) < 0)
		return;
	f->ok = true;
	int64_t due = c->term ? sim_due(c->s, c->reg, close, c->term->dur.hi) : fin;
	f->reach = (int64_t)day_of(fin > due ? fin : due) - d;
	struct dsearch ds = { .c = c };
	if ((want & W_LATE) && c->term) {
		if (!c->hourly) { /* one due moment all day: the close is worst */
			f->late = fin - due;
			f->late_at = close - base;
		} else {
			ds.goal = G_LATE;
			ds_day(&ds, d);
			f->late = ds.best;
			f->late_at = ds.at - base;
		}
	}
	if (want & W_EMAX) {
		ds.goal = G_EMAX;
		ds.have = false;
		ds_day(&ds, d);
		f->emax = ds.best;
		f->emax_at = ds.at - base;
	}
	if (want & W_EMIN) {
		int64_t bfin;
		judge_simulate(c->s, c->sn, c->n, close, false, c->arr, c->pred, &bfin);
		f->reach_best = (int64_t)day_of(bfin) - d;
		ds.goal = G_EMIN;
		ds.have = false;
		ds_day(&ds, d);
		f->emin = -ds.best;
		f->emin_at = ds.at - base;
	}
}

/*
 * quick_bound's second try: day by day, every start day of the ordinary
 * week and of the calendar, from the last day back.  A day is in time when
 * its earliest due moment is no earlier than the end bound wdays[i + K] *
 * DAY + M + ec, or than the end of a later day already simulated (a start
 * never ends after a later start: the end is non-decreasing in the start,
 * which is what makes the simulation's single pass right).  Only a day
 * that neither clears is simulated — at its close, and with a term in
 * hours, where the close is not enough, by searching its moments; with
 * slack of s days a simulation clears about s days before it.  True when
 * no day is late.
 */
/* What quick_bound found, in the terms of one start day wdays[i]: every
 * end is at most wdays[i + K] * DAY + M + ec; a term in calendar days
 * ends no earlier than the close of day wdays[i] + days, one in working
 * time, for the day's earliest acceptance, exactly at wdays[i + Kd] * DAY
 * + Md (Kd < 0: not known). */
struct qbound {
	int64_t K, M, ec;
	int64_t days, Kd, Md;
};

static bool quick_days(struct time_stats *st, struct tcache *tc, const struct m_reg *reg,
		       const struct simnode *sn,
		       size_t n, const struct m_term *term, const struct qbound *qb,
		       const struct judgement *j)
{
	struct qty t = term->dur.hi;
	bool hourly = sim_term_hourly(t);
	int64_t *arr = xmalloc((n + 1) * sizeof *arr);
	int32_t *pred = xmalloc((n + 1) * sizeof *pred);
	struct span2 *buf = hourly ? xmalloc((n + 1) * sizeof *buf) : NULL;
	bool late = false;
	for (int pass = 0; pass < 2 && !late; pass++) {
		struct sim s;
		sim_view(&s, pass == 0 ? &tc->ordinary : &tc->real, reg);
		int32_t first = pass == 0 ? tc->monday : j->from;
		int32_t last = pass == 0 ? tc->monday + 6 : j->cut;
		int64_t later = T_NEVER; /* the end of the last day simulated */
		if (last < first)
			continue;
		struct dayctx c = { reg, &s, sn, n, term, hourly, buf, arr, pred };
		/* The working days of [first, last], by their index, last first. */
		int32_t i_lo = s.rank[first - s.lo], i_hi = s.rank[last - s.lo + 1] - 1;
		for (int32_t wi = i_hi; wi >= i_lo && !late; wi--) {
			int32_t d = s.wdays[wi], x = d - s.lo;
			int64_t a = sim_close(&s, d), open = (int64_t)d * DAY + s.wh.start;
			int64_t i = s.rank[x] + qb->K, id = s.rank[x] + qb->Kd;
			int64_t fin_hi = i < (int64_t)s.nw ? (int64_t)s.wdays[i] * DAY + qb->M + qb->ec
							   : T_CAP;
			int64_t due_lo = t.cd > 0 ? ((int64_t)d + qb->days) * DAY + s.wh.end
					 : qb->Kd >= 0 && id < (int64_t)s.nw
						 ? (int64_t)s.wdays[id] * DAY + qb->Md
						 : T_NEVER;
			if (due_lo != T_NEVER && (fin_hi <= due_lo || (later != T_NEVER &&
								       later <= due_lo)))
				continue;
			int64_t due = sim_due(&s, reg, hourly ? open : a, t);
			if (fin_hi <= due || (later != T_NEVER && later <= due))
				continue;
			int64_t fin;
			st->day_sims++;
			if (judge_simulate(&s, sn, n, a, true, arr, pred, &fin) < 0)
				continue;
			if (fin > due) {
				if (!hourly) {
					late = true;
				} else { /* the day's earliest due moment is passed */
					struct dsearch ds = { .c = &c, .goal = G_LATE, .have = true,
							      .best = 0, .stop_late = true };
					ds_day(&ds, d);
					late = ds.best > 0;
				}
			}
			later = fin;
		}
	}
	free(arr);
	free(pred);
	free(buf);
	return !late;
}

/*
 * A proof, without simulating, that a mixed plan is in time on every start
 * day of the calendar and of the ordinary week — check's question when it
 * has no counter-example to print.  False: no proof (the plan may still be
 * in time; judge simulates).
 *
 * Let a be the acceptance, work(t, m) the instant m working minutes after t
 * (work(t, 0) = t) and WT[y, z) the working minutes between two instants.
 * Every arrival x at a node satisfies x <= work(a, B) + C for the node's
 * pair (B, C), by induction along the plan in topological order:
 *   - a calendar step of c minutes:  x + c <= work(a, B) + (C + c);
 *   - a working step of m > 0 minutes: work is monotone in its start, and
 *     work(y + C, m) = work(y, WT[y, y + C) + m), so with y = work(a, B)
 *     the end is at most work(a, B + WTmax(C) + m) + 0, WTmax(C) being
 *     the most working time any window of C minutes holds (wdmax);
 *   - where paths meet, the larger B and the larger C bound both.
 * The latest acceptance of day wdays[i] is its close, and from it
 * work(a, B) = wdays[i + K] * DAY + M for K and M that depend on B and the
 * working hours alone (taken from the ordinary week).  A term in calendar
 * days T is due no earlier than (wdays[i] + T) * DAY + close; a term in
 * working time, for the day's earliest acceptance (its opening: a term in
 * hours runs from the acceptance, and the due moment only grows with it),
 * at wdays[i + Kd] * DAY + Md exactly.  So lateness is at most a span of
 * working days (span_of) times a day, plus minutes.
 *
 * When that bound over all days is not enough, the same bound day by day
 * (the end bound against the day's exact earliest due moment) leaves the
 * days near the holidays that could be late, and those are simulated.
 */
static bool quick_bound(struct time_stats *st, struct tcache *tc, const struct m_reg *reg,
			const struct plan *p,
			const bool *can, enum outcome o, const struct m_term *term,
			const struct judgement *j)
{
	const int64_t lim = (int64_t)1 << 40;
	struct sim s, os;
	sim_view(&s, &tc->real, reg);
	sim_view(&os, &tc->ordinary, reg);
	if (s.wh.len <= 0)
		return false;
	size_t n = p->n;
	struct simnode *sn = judge_simnodes(&s, p, can, o);
	int64_t *B = xmalloc((n + 1) * sizeof *B), *C = xmalloc((n + 1) * sizeof *C);
	for (size_t i = 0; i < n; i++)
		B[i] = -1, C[i] = 0;
	B[0] = 0;
	int64_t eb = -1, ec = 0;
	bool ok = true;
	for (size_t i = 0; i < n && ok; i++) {
		if (B[i] < 0 || !sn[i].live)
			continue;
		int64_t b = B[i], c = C[i] + sn[i].cal[1], w = sn[i].work[1];
		if (c > lim || w > lim) {
			ok = false;
			break;
		}
		if (w > 0) {
			b += tcache_wdmax(tc, c / DAY + (c % DAY != 0)) * s.wh.len + w;
			c = 0;
			if (b > lim) {
				ok = false;
				break;
			}
		}
		if (sn[i].end) {
			if (b > eb)
				eb = b;
			if (c > ec)
				ec = c;
			continue;
		}
		for (int k = 0; k < 2; k++) {
			int32_t v = sn[i].succ[k];
			if (v < 0)
				continue;
			if (b > B[v])
				B[v] = b;
			if (c > C[v])
				C[v] = c;
		}
	}
	free(B);
	free(C);
	if (!ok || eb < 0) {
		free(sn);
		return ok; /* eb < 0: no end is reached, nothing is ever late */
	}
	/* K, M (and Kd, Md): from the close of an ordinary Monday (and, for a
	 * term in hours, its opening). */
	int32_t d0 = tc->monday;
	int64_t a0 = sim_close(&os, d0);
	int64_t z = sim_add_work(&os, a0, eb);
	int32_t zd = day_of(z);
	if (z >= T_CAP || zd >= INT32_MAX / 4) {
		free(sn);
		return false;
	}
	struct qty t = term->dur.hi;
	struct qbound qb = { sim_ord_rank(d0, zd), z - (int64_t)zd * DAY, ec,
			     t.cd - (reg->count_same_day ? 1 : 0), -1, 0 };
	int64_t late = 1;
	if (t.cd > 0) {
		late = tcache_span(tc, qb.K, true) * DAY + qb.M + ec - qb.days * DAY - s.wh.end;
	} else {
		int64_t open0 = (int64_t)d0 * DAY + os.wh.start;
		int64_t due = sim_due(&os, reg, sim_term_hourly(t) ? open0 : a0, t);
		int32_t dd = day_of(due);
		if (due < T_CAP && dd < INT32_MAX / 4) {
			qb.Kd = sim_ord_rank(d0, dd);
			qb.Md = due - (int64_t)dd * DAY;
			int64_t span = qb.K >= qb.Kd ? tcache_span(tc, qb.K - qb.Kd, true)
						     : -tcache_span(tc, qb.Kd - qb.K, false);
			late = span * DAY + qb.M - qb.Md + ec;
		}
	}
	bool proven = late <= 0;
	if (proven)
		st->by_bound++;
	else if ((proven = quick_days(st, tc, reg, sn, n, term, &qb, j)))
		st->by_days++;
	free(sn);
	return proven;
}

/* The best figure of one pass over the days: its value, day and moment. */
struct pick {
	bool have;
	int64_t v;
	int32_t day;
	int64_t at;  /* minutes from the day's midnight */
};

/* Take (v, d, at) if it is strictly greater: days come in order, so the
 * earliest day keeps a tie (docs/timing.md 6.2). */
static void pick(struct pick *p, int64_t v, int32_t d, int64_t at)
{
	if (!p->have || v > p->v)
		*p = (struct pick){ true, v, d, at };
}

/*
 * A day's cheap bounds on each figure (G_LATE, G_EMAX, G_EMIN): the close
 * is an acceptance moment, so its values are lower bounds of the day's
 * greatest; the end from the close against the opening's due moment (or
 * the opening itself) bounds it from above.  Equal bounds: the close is
 * the day's answer.
 */
struct daybound {
	bool ok;             /* an end is reached */
	int64_t lo[3], hi[3];
};

static void day_bounds(const struct dayctx *c, int32_t d, unsigned want, struct daybound *b)
{
	int64_t close = sim_close(c->s, d), open = (int64_t)d * DAY + c->s->wh.start, fin;
	memset(b, 0, sizeof *b);
	if (judge_simulate(c->s, c->sn, c->n, close, true, c->arr, c->pred, &fin) < 0)
		return;
	b->ok = true;
	if ((want & W_LATE) && c->term) {
		struct qty t = c->term->dur.hi;
		int64_t dc = sim_due(c->s, c->reg, close, t);
		b->lo[G_LATE] = fin - dc;
		b->hi[G_LATE] = c->hourly ? fin - sim_due(c->s, c->reg, open, t) : fin - dc;
	}
	if (want & W_EMAX) {
		b->lo[G_EMAX] = fin - close;
		b->hi[G_EMAX] = fin - open;
	}
	if (want & W_EMIN) {
		int64_t bc, bo;
		judge_simulate(c->s, c->sn, c->n, close, false, c->arr, c->pred, &bc);
		judge_simulate(c->s, c->sn, c->n, open, false, c->arr, c->pred, &bo);
		b->lo[G_EMIN] = close - bc;
		b->hi[G_EMIN] = close - bo;
	}
}

/*
 * Simulate at acceptance a on the ordinary week (real false) or the
 * calendar, for the path that ends latest (worst) or earliest; pred gets
 * the path, *due the due moment.  Returns the end's plan index, or -1.
 */
static int32_t trace_at(const struct m_reg *reg, const struct plan *p, const bool *can,
			enum outcome o, const struct calendar *cal, struct tcache *tc,
			int64_t span, bool real, int64_t a, bool worst, int64_t *arr,
			int32_t *pred, int64_t *fin, const struct m_term *term, int64_t *due)
{
	struct calendar ord;
	const struct calendar *c = cal;
	if (!real)
		cal_ordinary(&ord), c = &ord;
	struct sim s;
	if (tc)
		sim_view(&s, real ? &tc->real : &tc->ordinary, reg);
	else
		sim_init(&s, c, reg, day_of(a) - 7, day_of(a) + (int32_t)span);
	struct simnode *sn = judge_simnodes(&s, p, can, o);
	int32_t end = judge_simulate(&s, sn, p->n, a, worst, arr, pred, fin);
	if (due)
		*due = term ? sim_due(&s, reg, a, term->dur.hi) : *fin;
	free(sn);
	if (!tc)
		sim_free(&s);
	if (c == &ord)
		cal_free(&ord);
	return end;
}

/* What the two passes of judge_calendar find and share. */
struct passes {
	/* The best of each figure per pass: [goal][pass]; G_EMIN holds minus
	 * the least elapsed time, so that every figure is a greatest. */
	struct pick best[3][2];
	struct dayfig wk[5];      /* the ordinary week's figures, by weekday */
	bool wk_ok[5];            /* ... when the day has them */
	int64_t reach, reach_best; /* how far the week's worst and best look */
};

/* Pass 0: the five working days of the ordinary week first..last (with
 * months, every working day of the ordinary calendar's cycle), each
 * searched whole. */
static void pass_week(const struct dayctx *ctx, int32_t first, int32_t last, unsigned want,
		      struct passes *P)
{
	for (int32_t d = first; d <= last; d++) {
		if (!sim_is_working_day(ctx->s, d))
			continue;
		struct dayfig f;
		day_figures(ctx, d, want, &f);
		if (!f.ok)
			continue;
		int w = cal_weekday(d);
		P->wk[w] = f;
		P->wk_ok[w] = true;
		if (f.reach > P->reach)
			P->reach = f.reach;
		if (f.reach_best > P->reach_best)
			P->reach_best = f.reach_best;
		if (want & W_LATE)
			pick(&P->best[G_LATE][0], f.late, d, f.late_at);
		if (want & W_EMAX)
			pick(&P->best[G_EMAX][0], f.emax, d, f.emax_at);
		if (want & W_EMIN)
			pick(&P->best[G_EMIN][0], -f.emin, d, f.emin_at);
	}
}

/* Pass 1: the calendar's working days first..last.  A day whose reach is
 * an ordinary stretch takes the week's figures (unless not reuse: with
 * months, weeks do not repeat); the others are bounded, and searched only
 * when their bound can beat what is known. */
static void pass_calendar(const struct dayctx *ctx, int32_t first, int32_t last, unsigned want,
			  bool reuse, struct passes *P)
{
	const struct sim *s = ctx->s;
	/* irregular[k] counts the days before first - 1 + k whose kind
	 * differs from an ordinary week's. */
	int32_t *irregular = NULL;
	int32_t base = first - 1;
	bool use_w = reuse && P->reach <= 4000, use_b = reuse && P->reach_best <= 4000;
	if (use_w || use_b) {
		int64_t r = use_w && P->reach > P->reach_best ? P->reach : P->reach_best;
		size_t m = (size_t)(last - first) + (size_t)r + 4;
		irregular = xmalloc((m + 1) * sizeof *irregular);
		irregular[0] = 0;
		for (size_t k = 0; k < m; k++) {
			int32_t x = base + (int32_t)k;
			bool odd = sim_is_working_day(s, x) != (cal_weekday(x) < 5);
			irregular[k + 1] = irregular[k] + odd;
		}
	}
	/* The days, what the ordinary week already knows of each, and bounds
	 * on the rest. */
	size_t nd = 0, cap = (size_t)(last - first) + 1;
	int32_t *days = xmalloc((cap + 1) * sizeof *days);
	uint8_t *known = xmalloc(cap + 1); /* bit 0: late and emax; bit 1: emin */
	struct daybound *bd = xmalloc((cap + 1) * sizeof *bd);
	int64_t L[3] = { T_NEVER, T_NEVER, T_NEVER };
	for (int32_t d = first; d <= last; d++) {
		if (!sim_is_working_day(s, d))
			continue;
		int w = cal_weekday(d);
		bool kw = irregular && use_w && w < 5 && P->wk_ok[w] &&
			  irregular[d - base + P->reach + 2] == irregular[d - 1 - base];
		bool kb = irregular && use_b && w < 5 && P->wk_ok[w] &&
			  irregular[d - base + P->reach_best + 2] == irregular[d - 1 - base];
		unsigned need = want & ~((kw ? W_LATE | W_EMAX : 0u) | (kb ? W_EMIN : 0u));
		struct daybound *b = &bd[nd];
		if (need)
			day_bounds(ctx, d, need, b);
		else
			memset(b, 0, sizeof *b), b->ok = true;
		if (!b->ok)
			continue;
		if (kw) {
			b->lo[G_LATE] = b->hi[G_LATE] = P->wk[w].late;
			b->lo[G_EMAX] = b->hi[G_EMAX] = P->wk[w].emax;
		}
		if (kb)
			b->lo[G_EMIN] = b->hi[G_EMIN] = -P->wk[w].emin;
		for (int g = 0; g < 3; g++)
			if (b->lo[g] > L[g])
				L[g] = b->lo[g];
		known[nd] = (uint8_t)(kw | kb << 1);
		days[nd++] = d;
	}
	for (size_t i = 0; i < nd; i++) {
		int32_t d = days[i];
		int w = cal_weekday(d);
		const struct daybound *b = &bd[i];
		for (int g = 0; g < 3; g++) {
			unsigned bit = g == G_LATE ? W_LATE : g == G_EMAX ? W_EMAX : W_EMIN;
			struct pick *run = &P->best[g][1];
			if (!(want & bit) || b->hi[g] < L[g] || (run->have && b->hi[g] <= run->v))
				continue;
			if (known[i] & (g == G_EMIN ? 2 : 1)) {
				int64_t at = g == G_LATE ? P->wk[w].late_at
					     : g == G_EMAX ? P->wk[w].emax_at : P->wk[w].emin_at;
				pick(run, b->lo[g], d, at);
			} else if (b->lo[g] == b->hi[g]) {
				pick(run, b->lo[g], d, s->wh.end);
			} else {
				struct dsearch ds = { .c = ctx, .goal = (enum goal)g,
						      .have = run->have, .best = run->v };
				ds_day(&ds, d);
				if (ds.have && (!run->have || ds.best > run->v))
					pick(run, ds.best, d, ds.at - (int64_t)d * DAY);
			}
		}
	}
	free(days);
	free(known);
	free(bd);
	free(irregular);
}

/*
 * A simulated judgement: every working day of the ordinary week and of
 * the calendar, each with its greatest lateness (a term), greatest
 * elapsed time and least elapsed time, and the latest moment of the day
 * that gives each (docs/timing.md 6.2 and §9).
 *
 * The ordinary week's five days are searched whole (pass_week); their
 * figures are the figures of every calendar day whose whole reach (as far
 * as its simulations and due moments look) is an ordinary stretch —
 * everything is the same up to a shift by whole weeks.  The other
 * calendar days are bounded first (pass_calendar, day_bounds): only a day
 * whose upper bound reaches the greatest lower bound of all days, and
 * passes what the days before it gave, is searched, and only for more
 * than that.  Days come in order and a day must give strictly more than
 * an earlier one, so the earliest day keeps a tie, as the search keeps
 * the latest moment of a day.  Then the worst and the best acceptance are
 * traced into their paths.
 */
static void judge_calendar(const struct m_reg *reg, const struct plan *p, const bool *can,
			   enum outcome o, const struct m_term *term,
			   const struct calendar *cal, struct tcache *tc, enum judge_mode mode,
			   int64_t span, bool monthly, struct judgement *j)
{
	size_t n = p->n;
	bool hourly = term && sim_term_hourly(term->dur.hi);
	unsigned want = (term ? W_LATE : W_EMAX) | (mode == JM_FULL ? W_EMAX | W_EMIN : 0);
	int64_t *arr = xmalloc((n + 1) * sizeof *arr);
	int32_t *pred = xmalloc((n + 1) * sizeof *pred);
	struct span2 *buf = xmalloc((n + 1) * sizeof *buf);
	struct passes P;
	memset(&P, 0, sizeof P);
	j->figures = true;
	j->ord_late = j->real_late = T_NEVER;
	j->worst_elapsed = j->best_elapsed = -1;
	int32_t monday = cal_days_from_civil(2001, 1, 1);
	j->dated = monthly;
	for (int pass = 0; pass < 2; pass++) {
		if (pass == 1 && (!cal || (mode == JM_VERDICT && P.best[G_LATE][0].have &&
					   P.best[G_LATE][0].v > 0)))
			break; /* check stops at an ordinary week's error */
		struct calendar ord;
		const struct calendar *c = cal;
		int32_t first = pass == 0 ? monday : j->from;
		int32_t last = pass == 0 ? monday + 6 : j->cut;
		if (pass == 0)
			cal_ordinary(&ord), c = &ord;
		/* The cached indexes reach past last + span: the same answers. */
		struct sim s;
		if (tc)
			sim_view(&s, pass == 0 ? &tc->ordinary : &tc->real, reg);
		else
			sim_init(&s, c, reg, first - 7, last + (int32_t)span);
		struct simnode *sn = judge_simnodes(&s, p, can, o);
		struct dayctx ctx = { reg, &s, sn, n, term, hourly, buf, arr, pred };
		/* With months and a term, the lateness of every working day of
		 * the ordinary calendar's 28-year cycle after its first week
		 * (docs/timing.md 6.3): the lengths of the months matter. */
		if (pass == 0)
			pass_week(&ctx, first, last, want, &P);
		if (pass == 0 && monthly && term)
			pass_week(&ctx, last + 1, cal_days_from_civil(2028, 12, 31), W_LATE, &P);
		else if (pass == 1 && last >= first)
			pass_calendar(&ctx, first, last, want, !monthly, &P);
		free(sn);
		if (!tc)
			sim_free(&s);
		if (c == &ord)
			cal_free(&ord);
	}
	for (int pass = 0; pass < 2; pass++) {
		if (P.best[G_EMAX][pass].have && P.best[G_EMAX][pass].v > j->worst_elapsed)
			j->worst_elapsed = P.best[G_EMAX][pass].v;
		if (P.best[G_EMIN][pass].have &&
		    (j->best_elapsed < 0 || -P.best[G_EMIN][pass].v < j->best_elapsed))
			j->best_elapsed = -P.best[G_EMIN][pass].v;
	}
	/* The worst acceptance (docs/timing.md §9): with a term, the ordinary
	 * week's when it is late there, else the calendar's; without, the
	 * calendar's longest; the ordinary week's when the calendar has no
	 * working day. */
	const struct pick *late = P.best[G_LATE], *emax = P.best[G_EMAX], *bmin = P.best[G_EMIN];
	const struct pick *w;
	if (term) {
		j->ord_late = late[0].have ? late[0].v : T_NEVER;
		j->real_late = late[1].have ? late[1].v : T_NEVER;
		w = late[0].have && late[0].v > 0 ? &late[0] : late[1].have ? &late[1] : &late[0];
	} else {
		w = emax[1].have ? &emax[1] : &emax[0];
	}
	if (w->have) {
		j->real_worse = w == &late[1] || w == &emax[1];
		j->w_start = (int64_t)w->day * DAY + w->at;
		int32_t end = trace_at(reg, p, can, o, cal, tc, span, j->real_worse, j->w_start,
				       true, arr, pred, &j->w_finish, term, &j->w_due);
		if (end >= 0)
			j->crit = judge_trace(pred, end, &j->ncrit);
	}
	/* The best path: the one that ends earliest from the best acceptance. */
	const struct pick *b = bmin[1].have && (!bmin[0].have || bmin[1].v > bmin[0].v)
			       ? &bmin[1] : &bmin[0];
	if (b->have) {
		int64_t fin;
		int32_t end = trace_at(reg, p, can, o, cal, tc, span, b == &bmin[1],
				       (int64_t)b->day * DAY + b->at, false, arr, pred, &fin, NULL,
				       NULL);
		if (end >= 0)
			j->best = judge_trace(pred, end, &j->nbest);
	}
	free(arr);
	free(pred);
	free(buf);
}

void time_period(const struct m_reg *reg, const struct calendar *cal, struct t_period *p)
{
	p->strict = false;
	p->limit = cal->last;
	if (reg->in_force) {
		p->first = reg->force_from > cal->first ? reg->force_from : cal->first;
		p->last = reg->force_to < cal->last ? reg->force_to : cal->last;
		p->strict = reg->force_to != INT32_MAX;
		return;
	}
	p->first = cal->first;
	p->last = p->limit = cal->settled >= cal->first ? cal->settled : cal->last;
}

/*
 * The last day acceptance at the close of day d looks at: the day of the
 * latest of its due moment and its latest end (a moment at 00:00 is the
 * end of the day before).  Not monotone in d around holidays and short
 * calendars.
 */
static int32_t reach_of(int64_t m, int32_t d)
{
	if (m >= T_CAP)
		return INT32_MAX;
	return day_of(m - 1) < d ? d : day_of(m - 1);
}

static int32_t day_reach(const struct m_reg *reg, const struct sim *s, const struct simnode *sn,
			 size_t n, const struct m_term *term, int32_t d, int64_t *arr,
			 int32_t *pred)
{
	int64_t a = sim_close(s, d), fin;
	if (judge_simulate(s, sn, n, a, true, arr, pred, &fin) < 0)
		fin = a;
	int64_t due = term ? sim_due(s, reg, a, term->dur.hi) : fin;
	return reach_of(fin > due ? fin : due, d);
}

/*
 * The days of the period that are judged (docs/timing.md §7): from its
 * last working day back, the first whose computation stays within the
 * limit is the last judged (reach is not monotone in the day, so no
 * bisection).  With a term, a day whose due moment alone reaches past
 * the limit is past it whatever its ends: it is passed over without
 * simulating (reach_of is non-decreasing in the moment); only the
 * period's first day past the limit (over, when the period is closed)
 * needs its reach, and gets it once at the end.
 */
static void judge_range(const struct m_reg *reg, const struct plan *p, const bool *can,
			enum outcome o, const struct m_term *term, struct tcache *tc,
			const struct calendar *cal, struct judgement *j)
{
	struct t_period per;
	time_period(reg, cal, &per);
	j->ranged = true;
	j->from = per.first;
	j->cut = per.first - 1;
	j->reach = j->over = INT32_MIN;
	struct sim s;
	sim_view(&s, &tc->real, reg);
	struct simnode *sn = judge_simnodes(&s, p, can, o);
	int64_t *arr = xmalloc((p->n + 1) * sizeof *arr);
	int32_t *pred = xmalloc((p->n + 1) * sizeof *pred);
	bool over_known = true; /* j->over_reach is j->over's reach */
	for (int32_t d = per.last; d >= per.first; d--) {
		if (!sim_working(&s, d))
			continue;
		if (term && reach_of(sim_due(&s, reg, sim_close(&s, d), term->dur.hi), d) >
				    per.limit) {
			if (per.strict) {
				j->over = d;
				over_known = false;
			}
			continue;
		}
		int32_t r = day_reach(reg, &s, sn, p->n, term, d, arr, pred);
		if (r <= per.limit) {
			j->cut = d;
			j->reach = r;
			break;
		}
		if (per.strict) {
			j->over = d;
			j->over_reach = r;
			over_known = true;
		}
	}
	if (!over_known)
		j->over_reach = day_reach(reg, &s, sn, p->n, term, j->over, arr, pred);
	free(sn);
	free(arr);
	free(pred);
}

void judge_plan(const struct m_reg *reg, const struct plan *p, enum outcome o,
		const struct m_term *term, const struct calendar *cal, enum judge_mode mode,
		struct time_stats *st, struct judgement *j)
{
	struct time_stats none;
	if (!st)
		st = &none;
	memset(j, 0, sizeof *j);
	j->crit = j->best = NULL;
	size_t n = p->n;
	bool *can = xcalloc(n + 1, sizeof *can);
	j->reachable = judge_live(p, o, false, can);
	if (!j->reachable) {
		free(can);
		return;
	}
	for (size_t i = 0; i < n; i++)
		j->open |= can[i] && judge_step_open(p->node[i]);
	if (j->open && !judge_live(p, o, true, can)) {
		/* No path is checked: describe them all, open steps as nothing. */
		judge_live(p, o, false, can);
		j->unchecked = true;
	}
	bool has_work = false, has_cal = false, has_mon = false;
	struct qty all = { 0, 0, 0, 0 };
	for (size_t i = 0; i < n; i++) {
		const struct m_node *nd = p->node[i];
		if (!can[i] || nd->kind != N_STEP)
			continue;
		enum qty_kind k = qty_kind(nd->dur.hi);
		has_work |= k == QK_WORK;
		has_cal |= k == QK_CALENDAR;
		has_mon |= nd->dur.hi.mon != 0 || nd->dur.lo.mon != 0;
		if (mode != JM_QUICK) /* for the simulation's span */
			qty_add(&all, nd->dur.hi);
	}
	if (term) {
		enum qty_kind k = qty_kind(term->dur.hi);
		has_work |= k == QK_WORK;
		has_cal |= k == QK_CALENDAR;
		has_mon |= term->dur.hi.mon != 0;
	}
	int64_t wdlen = reg->workday_min;
	if (!(has_work && has_cal) && !has_mon) {
		/* Exact (docs/timing.md 6.1): longest and shortest paths,
		 * backwards, against T'.  Months have no fixed length: a plan
		 * with months is simulated (6.3). */
		j->exact = true;
		j->kind = has_cal ? QK_CALENDAR : QK_WORK;
		int64_t *best = xmalloc((n + 1) * sizeof *best), *worst = xmalloc((n + 1) * sizeof *worst);
		int32_t *bnext = xmalloc((n + 1) * sizeof *bnext), *wnext = xmalloc((n + 1) * sizeof *wnext);
		for (size_t i = n; i-- > 0;) {
			best[i] = worst[i] = -1;
			bnext[i] = wnext[i] = -1;
			if (!can[i])
				continue;
			const struct m_node *nd = p->node[i];
			int64_t whi = 0, wlo = 0;
			if (nd->kind == N_STEP) {
				whi = scalar(nd->dur.hi, j->kind, wdlen);
				wlo = scalar(nd->dur.lo, j->kind, wdlen);
			}
			if (nd->kind == N_END) {
				best[i] = worst[i] = 0;
				continue;
			}
			for (int k = 0; k < 2; k++) {
				int32_t w = p->succ[i][k];
				if (w < 0 || !can[w])
					continue;
				if (worst[i] < 0 || worst[w] + whi > worst[i]) {
					worst[i] = sat_add(worst[w], whi);
					wnext[i] = w;
				}
				if (best[i] < 0 || best[w] + wlo < best[i]) {
					best[i] = sat_add(best[w], wlo);
					bnext[i] = w;
				}
			}
		}
		j->worst_scalar = worst[0];
		j->best_scalar = best[0];
		if (term) {
			struct qty t = term->dur.hi;
			j->term_scalar = scalar(t, j->kind, wdlen);
			j->term_less_day = reg->count_same_day &&
					   (j->kind == QK_CALENDAR ? t.cd > 0 : t.wd > 0);
			if (j->term_less_day)
				j->term_scalar -= j->kind == QK_CALENDAR ? 1 : wdlen;
		}
		j->proven = !term || j->unchecked || j->worst_scalar <= j->term_scalar;
		if (mode == JM_QUICK)
			st->exact++;
		size_t c = 0;
		for (int32_t i = 0; i >= 0; i = wnext[i])
			c++;
		j->crit = xmalloc((c + 1) * sizeof *j->crit);
		j->ncrit = 0;
		for (int32_t i = 0; i >= 0; i = wnext[i])
			j->crit[j->ncrit++] = i;
		c = 0;
		for (int32_t i = 0; i >= 0; i = bnext[i])
			c++;
		j->best = xmalloc((c + 1) * sizeof *j->best);
		j->nbest = 0;
		for (int32_t i = 0; i >= 0; i = bnext[i])
			j->best[j->nbest++] = i;
		free(best);
		free(worst);
		free(bnext);
		free(wnext);
		free(can);
		return;
	}

	struct tcache *tc = tcache_of(cal);
	if (tc)
		judge_range(reg, p, can, o, term, tc, cal, j);
	if (mode == JM_QUICK) {
		j->proven = !term || j->unchecked ||
			    (tc && !has_mon && quick_bound(st, tc, reg, p, can, o, term, j));
		free(can);
		return;
	}
	if (mode == JM_VERDICT && (!term || j->unchecked)) {
		free(can); /* nothing to report: no term, or no checked path */
		return;
	}
	/* Mixed: simulate, on an ordinary week and on the calendar. */
	int64_t span = all.cd + (all.wd + all.min / (wdlen ? wdlen : 1) + 1) * 7 / 5 + 14;
	span += (all.mon > 4000 ? 4000 : all.mon) * 31;
	if (term)
		span += term->dur.hi.cd + term->dur.hi.wd * 7 / 5 + 14 +
			(term->dur.hi.mon > 4000 ? 4000 : term->dur.hi.mon) * 31;
	if (span > 4000)
		span = 4000; /* beyond: weekday arithmetic */
	judge_calendar(reg, p, can, o, term, cal, tc, mode, span, has_mon, j);
	free(can);
}

/* The verdict of a judgement against its term (docs/timing.md §6): a late
 * checked path first, then an open path, then the term. */
enum time_verdict judge_verdict(const struct judgement *j, const struct m_term *term)
{
	if (!j->reachable)
		return TV_NONE;
	if (term && !j->unchecked) {
		if (j->exact && j->worst_scalar > j->term_scalar)
			return TV_EXCEEDS;
		if (!j->exact && j->figures && j->ord_late > 0)
			return TV_EXCEEDS;
		if (!j->exact && j->figures && j->real_late > 0)
			return TV_HOLIDAYS;
	}
	if (j->open)
		return TV_OPEN;
	return term ? TV_OK : TV_NO_TERM;
}

void judgement_free(struct judgement *j)
{
	free(j->crit);
	free(j->best);
	j->crit = j->best = NULL;
}
