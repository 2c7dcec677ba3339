/*
 * time.c — the timing type checker (see time.h and docs/timing.md, which
 * is its specification).
 *
 * A route is judged on its *plan*: its nodes in topological order with
 * successor indices — the route itself when it has no loop, else the
 * route unrolled into the states of its bounded loops (plan_build), so
 * that one engine judges every shape of route.  Of a plan, one outcome is
 * judged on its checked paths (those through no open step): exactly when
 * the steps and the term are of one kind of time — the longest path by
 * upper bounds against the term as the worst acceptance sees it — and on
 * a calendar when kinds mix.  Simulation rests on one fact: the end of a
 * step is a non-decreasing function of its start (adding working or
 * calendar time never lets a later start end earlier).  So for one
 * acceptance moment, the latest arrival at each node over all paths is a
 * single forward pass, and the latest end over all paths is the latest
 * arrival at the ends.  With a term in days the worst acceptance of a day
 * is its close: one pass per working day.  With a term in hours, and for
 * the elapsed times, a day's acceptance moments are searched as intervals
 * (ds_run), which gives what trying every minute would.
 *
 * check needs less: only whether some day is late.  quick_bound proves
 * most mixed plans in time without that pass per day (a bound over all
 * days, then day by day), and only what it cannot prove is simulated
 * (time_quick, TN_VERDICT).
 *
 * tests/ref/ref_time.c implements docs/timing.md again, independently
 * and literally; tests/ref/test_ref.c and the fuzzer compare the two.
 *
 * This file is what callers use (time.h is the contract): time_report
 * and check's time_quick on a route's plan, time_analyze with its
 * diagnostics, and time_deadline.  The rest of the checker shares
 * time_int.h:
 *   time_cal.c    working time on a calendar (struct sim), acceptance
 *                 and due moments, the tables kept with a calendar, and
 *                 the formatting of moments;
 *   time_plan.c   plans (plan_build: a route as a graph without cycles,
 *                 its loops unrolled) and paths (time_paths);
 *   time_judge.c  one outcome on one plan (judge): the exact judgement,
 *                 simulation, the interval search, the quick proof.
 */
#include "time.h"
#include "session.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "ast.h"
#include "calendar.h"
#include "diag.h"
#include "show.h"
#include "source.h"
#include "time_int.h"


/* ---- one outcome of a route, reported ------------------------------------------- */

/* What the judgements of a regulation's routes saw of the calendar's
 * years (docs/timing.md §7), for report_range. */
struct t_acc {
	bool any;                     /* some outcome was judged on the calendar */
	int32_t reach;                /* the last day a judged computation reaches */
	int32_t over, over_reach;     /* the first day of a closed period of force
					 whose computation goes past the calendar,
					 and where to; INT32_MIN: none */
	const struct m_route *over_route; /* ... of which route */
};

static void acc_add(struct t_acc *acc, const struct judgement *j, const struct m_route *r)
{
	if (!acc || !j->ranged)
		return;
	acc->any = true;
	if (j->reach > acc->reach)
		acc->reach = j->reach;
	if (j->over != INT32_MIN && (acc->over == INT32_MIN || j->over < acc->over)) {
		acc->over = j->over;
		acc->over_reach = j->over_reach;
		acc->over_route = r;
	}
}

static const struct m_term *term_for(const struct m_reg *reg, const struct m_route *r,
				     enum outcome o)
{
	if (r->terms[o].set)
		return &r->terms[o];
	if (reg->terms[o].set)
		return &reg->terms[o];
	return NULL;
}

static bool route_has_end(const struct m_route *r, enum outcome o)
{
	for (size_t i = 0; i < r->nnodes; i++)
		if (r->nodes[i]->kind == N_END && r->nodes[i]->outcome == o &&
		    r->nodes[i]->reachable)
			return true;
	return false;
}

/* Describe outcome o of route r, judged on its plan p. */
static void report_mode(const struct m_reg *reg, const struct m_route *r,
			const struct plan *p, enum outcome o, const struct calendar *cal,
			enum judge_mode mode, struct m_timing *out, struct t_acc *acc)
{
	memset(out, 0, sizeof *out);
	out->verdict = TV_NONE;
	out->worst_elapsed = out->best_elapsed = -1;
	if (!route_has_end(r, o))
		return;
	const struct m_term *term = term_for(reg, r, o);
	out->term = term;
	if (p->too_big) {
		out->verdict = TV_INFINITE;
		out->paths_capped = true;
		return;
	}
	struct judgement j;
	judge_plan(reg, p, o, term, cal, mode, NULL, &j);
	if (!j.reachable) {
		judgement_free(&j);
		return;
	}
	acc_add(acc, &j, r);
	out->verdict = judge_verdict(&j, term);
	out->simulated = !j.exact;
	out->unchecked = j.unchecked;
	const struct m_node **cp = xmalloc((j.ncrit + 1) * sizeof *cp);
	for (size_t i = 0; i < j.ncrit; i++)
		cp[i] = p->node[j.crit[i]];
	out->worst = time_path_total(cp, j.ncrit, true);
	const struct m_node **bp = xmalloc((j.nbest + 1) * sizeof *bp);
	for (size_t i = 0; i < j.nbest; i++)
		bp[i] = p->node[j.best[i]];
	out->best = time_path_total(bp, j.nbest, false);
	free(bp);
	out->path = xmalloc((j.ncrit + 1) * sizeof *out->path);
	out->npath = j.ncrit;
	if (j.exact) {
		for (size_t i = 0; i < j.ncrit; i++)
			out->path[i] = (struct sched_step){ cp[i], -1, -1 };
		out->ordinary_excess = out->real_excess = j.worst_scalar - j.term_scalar;
		out->term_eff = j.term_scalar;
		out->term_less_day = j.term_less_day;
	} else {
		out->worst_start = j.w_start;
		out->worst_due = j.w_due;
		out->worst_finish = j.w_finish;
		out->ordinary_excess = j.ord_late;
		out->real_excess = j.real_late;
		out->worst_elapsed = j.worst_elapsed;
		out->best_elapsed = j.best_elapsed;
		out->ordinary = !j.real_worse || !cal;
		out->dated = j.dated;
		if (j.ncrit) {
			struct calendar ord;
			const struct calendar *c = cal;
			if (out->ordinary) {
				cal_ordinary(&ord);
				c = &ord;
			}
			struct sim s;
			int32_t d0 = day_of(j.w_start);
			sim_init(&s, c, reg, d0 - 7, d0 + 4000);
			time_schedule(&s, cp, j.ncrit, j.w_start, out->path);
			sim_free(&s);
			if (c == &ord)
				cal_free(&ord);
		}
	}
	free(cp);
	judgement_free(&j);
}

void time_report(const struct m_reg *reg, const struct m_route *r, enum outcome o,
		 const struct calendar *cal, struct m_timing *out)
{
	struct plan p;
	plan_build(r, &p);
	report_mode(reg, r, &p, o, cal, JM_FULL, out, NULL);
	plan_free(&p);
}

/*
 * check's question, answered without simulating when it can be: is the
 * outcome in time on every checked path and every day (or has it no
 * term)?  True with the verdict when proven; false when only the full
 * analysis can tell (a counter-example, a route too big to unroll...).
 */
static bool time_quick(const struct m_reg *reg, const struct m_route *r, enum outcome o,
		       const struct calendar *cal, const struct plan *p, struct time_stats *st,
		       enum time_verdict *v, struct t_acc *acc)
{
	if (p->too_big)
		return false;
	const struct m_term *term = term_for(reg, r, o);
	struct judgement j;
	judge_plan(reg, p, o, term, cal, JM_QUICK, st, &j);
	bool ok = j.reachable && j.proven;
	if (ok)
		acc_add(acc, &j, r);
	if (ok)
		*v = j.open ? TV_OPEN : term ? TV_OK : TV_NO_TERM;
	judgement_free(&j);
	return ok;
}

/* ---- diagnostics ------------------------------------------------------------------ */

/* An excess or an effective term, v minutes of working time or calendar
 * days, as a message value: a difference, carried as a sum. */
static const char *excess_arg(struct msg_value *mv, int64_t v, int kind, int64_t wdlen)
{
	struct qty q = { 0, 0, 0, 0 };
	if (kind == QK_CALENDAR)
		q.cd = v;
	else
		q.min = v;
	return show_arg_qty(mv, q, UNIT_MIN, wdlen, LP_AS_SUM);
}

static void note_path(struct diag *g, const struct m_reg *reg, const struct m_timing *rep)
{
	const struct source *src = reg->src;
	size_t shown = 0;
	for (size_t i = 0; i < rep->npath; i++) {
		const struct m_node *nd = rep->path[i].node;
		if (nd->kind != N_STEP)
			continue;
		if (++shown > 40) {
			diag_note(g, NULL, 0, 0, "... and %zu more steps on this path",
				  rep->npath - i);
			break;
		}
		struct msg_value d, a, b;
		show_arg_dur(&d, &nd->dur, reg->workday_min);
		struct span at = nd->has_dur_at ? nd->dur_at : nd->action.at;
		if (rep->path[i].from >= 0) {
			show_arg_instant(&a, rep->path[i].from, rep->worst_start, rep->ordinary && !rep->dated);
			show_arg_instant(&b, rep->path[i].to, rep->worst_start, rep->ordinary && !rep->dated);
			diag_note(g, src, at.lo, at.hi, "critical path, step %zu (%s, %s): %s -> %s",
				  shown, nd->actor ? nd->actor->id : "?", MSG_VALUE(&d),
				  MSG_VALUE(&a), MSG_VALUE(&b));
		} else {
			diag_note(g, src, at.lo, at.hi, "critical path, step %zu (%s, %s)", shown,
				  nd->actor ? nd->actor->id : "?", MSG_VALUE(&d));
		}
	}
}

/* What kind of day off (or worked day) a date is, for a note. */
static const char *day_kind_frag(enum cal_day_kind k)
{
	return k == CD_TRANSFER_WORK ? FRAG("a working day by transfer")
	       : k == CD_HOLIDAY ? FRAG("a public holiday")
	       : k == CD_MOVED_OFF ? FRAG("a day off moved from a holiday")
				   : FRAG("a day off by transfer");
}

static void report(struct diags *d, const struct m_reg *reg, const struct m_route *r,
		   enum outcome o, const struct m_timing *rep,
		   const struct calendar *cal)
{
	if (!d || (rep->verdict != TV_EXCEEDS && rep->verdict != TV_HOLIDAYS))
		return;
	const struct source *src = reg->src;
	int64_t wdlen = reg->workday_min;
	struct msg_value total, term;
	show_arg_qty(&total, rep->worst, UNIT_MIN, wdlen, LP_AS_SUM);
	show_arg_qty(&term, rep->term->dur.hi, rep->term->dur.unit, wdlen, LP_AS_WRITTEN);
	/* The outcome, translated with the message. */
	const char *what = o == OUT_RESULT ? FRAG("result") : FRAG("refusal");
	struct span at = r->id_at;
	struct diag *g;
	if (!rep->simulated) {
		struct msg_value ex, eff;
		int kind = qty_kind(rep->term->dur.hi) == QK_CALENDAR ? QK_CALENDAR : QK_WORK;
		excess_arg(&ex, rep->ordinary_excess, kind, wdlen);
		struct qty w = rep->worst;
		if (w.cd >= DUR_MAX || w.wd >= DUR_MAX || w.min >= DUR_MAX) {
			/* The path's sum saturated at DUR_MAX; the excess did not:
			   say the total it was computed from. */
			excess_arg(&total, rep->ordinary_excess + rep->term_eff, kind, wdlen);
		}
		if (rep->term_less_day) {
			excess_arg(&eff, rep->term_eff, kind, wdlen);
			g = diag_emit(d, D_TERM_EXCEEDED, src, at.lo, at.hi,
				      "route `%s`: the %s can take %s, more than the %s its term of "
				      "%s leaves once the day of acceptance is counted (by %s)",
				      r->id, what, MSG_VALUE(&total), MSG_VALUE(&eff),
				      MSG_VALUE(&term), MSG_VALUE(&ex));
		} else {
			g = diag_emit(d, D_TERM_EXCEEDED, src, at.lo, at.hi,
				      "route `%s`: the %s can take %s, more than its term of %s (by %s)",
				      r->id, what, MSG_VALUE(&total), MSG_VALUE(&term),
				      MSG_VALUE(&ex));
		}
	} else {
		struct msg_value a, due, fin, el;
		show_arg_instant(&a, rep->worst_start, rep->worst_start, rep->ordinary && !rep->dated);
		show_arg_instant(&due, rep->worst_due, rep->worst_start, rep->ordinary && !rep->dated);
		show_arg_instant(&fin, rep->worst_finish, rep->worst_start, rep->ordinary && !rep->dated);
		show_arg_elapsed(&el, rep->worst_finish - rep->worst_start);
		const char *when = rep->verdict == TV_EXCEEDS ? FRAG("on an ordinary week")
				   : FRAG("around public holidays");
		g = diag_emit(d, rep->verdict == TV_EXCEEDS ? D_TERM_EXCEEDED : D_TERM_HOLIDAYS,
			      src, at.lo, at.hi,
			      "route `%s`: %s the %s can be late: accepted %s, due %s, "
			      "ready %s (%s after acceptance; total %s, term %s)",
			      r->id, when, what, MSG_VALUE(&a), MSG_VALUE(&due), MSG_VALUE(&fin),
			      MSG_VALUE(&el), MSG_VALUE(&total), MSG_VALUE(&term));
		if (rep->verdict == TV_HOLIDAYS && cal) {
			/* Name the days off that make the difference: a holiday by
			 * the name the calendar gives it; the calendar's account of
			 * a transfer is English prose, shown in English only. */
			int32_t d0 = day_of(rep->worst_start), d1 = day_of(rep->worst_due);
			if (day_of(rep->worst_finish) > d1)
				d1 = day_of(rep->worst_finish);
			int named = 0;
			for (int32_t x = d0; x <= d1 && named < 8; x++) {
				const char *why = NULL;
				enum cal_day_kind k = cal_day(cal, x, &why);
				if (k == CD_WORKING || k == CD_WEEKEND)
					continue;
				struct msg_value date;
				show_arg_date(&date, x);
				if (k == CD_HOLIDAY && why) {
					diag_note(g, NULL, 0, 0, "%s is a public holiday: %s",
						  MSG_VALUE(&date), why);
				} else {
					char detail[512];
					snprintf(detail, sizeof detail, MSG_EN_ONLY "%s%s",
						 why ? ": " : "", why ? why : "");
					diag_note(g, NULL, 0, 0, "%s is %s%s", MSG_VALUE(&date),
						  day_kind_frag(k), detail);
				}
				named++;
			}
		}
	}
	diag_about(g, r, NULL, NULL);
	diag_note(g, src, rep->term->at.lo, rep->term->at.hi, "the term is stated here");
	note_path(g, reg, rep);
}



/* "2027" or "2026-2027". */
static void years_text(char *buf, size_t n, int32_t lo, int32_t hi)
{
	int y0, y1, m, d;
	cal_civil_from_days(lo, &y0, &m, &d);
	cal_civil_from_days(hi, &y1, &m, &d);
	if (y0 == y1)
		snprintf(buf, n, "%d", y0);
	else
		snprintf(buf, n, "%d-%d", y0, y1);
}

/*
 * The calendar's years and the regulation's timing (docs/timing.md §7),
 * once per regulation, when some outcome was judged on the calendar: a
 * period of force that reaches outside the years, or a day of a closed one
 * whose computation does, is E0604; a computation that reaches a
 * provisional year, W0605.  At the period of force (the header without
 * one: only a calendar whose every year is provisional gets there).
 */
static void report_range(struct diags *d, const struct m_reg *reg, const struct calendar *cal,
			 const struct t_acc *acc)
{
	if (!d || !acc->any || cal->last < cal->first)
		return;
	const struct source *src = reg->src;
	struct span at = reg->in_force ? reg->force_at : reg->ast->header_at;
	char known[32], y[32];
	years_text(known, sizeof known, cal->first, cal->last);
	int32_t out = INT32_MIN;
	if (reg->in_force && reg->force_from < cal->first)
		out = reg->force_from;
	else if (reg->in_force && reg->force_from > cal->last)
		out = reg->force_from;
	else if (reg->in_force && reg->force_to != INT32_MAX && reg->force_to > cal->last)
		out = reg->force_to;
	if (out != INT32_MIN) {
		years_text(y, sizeof y, out, out);
		struct diag *g = diag_emit(d, D_CAL_RANGE, src, at.lo, at.hi,
					   "the period of force reaches %s, outside the years the "
					   "calendar knows (%s)", y, known);
		diag_hint(g, "add the year to the calendar (`data/kz.cal`, or `--calendar FILE`), "
			     "or state a period within its years");
	} else if (acc->over != INT32_MIN) {
		struct msg_value vdate;
		const char *date = show_arg_date(&vdate, acc->over);
		years_text(y, sizeof y, acc->over_reach, acc->over_reach);
		struct diag *g = diag_emit(d, D_CAL_RANGE, src, at.lo, at.hi,
					   "route `%s`: documents accepted on %s, within the period "
					   "of force, are worked on or due in %s, outside the years "
					   "the calendar knows (%s)",
					   acc->over_route->id, date, y, known);
		diag_about(g, acc->over_route, NULL, NULL);
		diag_hint(g, "add the year to the calendar (`data/kz.cal`, or `--calendar FILE`), "
			     "or state a period within its years");
	}
	struct t_period per;
	time_period(reg, cal, &per);
	int32_t hi = acc->reach < cal->last ? acc->reach : cal->last;
	if (acc->reach == INT32_MIN || hi <= cal->settled)
		return;
	int32_t lo = per.first > cal->settled ? per.first : cal->settled + 1;
	years_text(y, sizeof y, lo, hi);
	struct diag *g = diag_emit(d, D_CAL_PROVISIONAL, src, at.lo, at.hi,
				   "the timing is judged on %s, provisional in the calendar (no "
				   "transfer order recorded): the verdicts may change when the "
				   "Government publishes one", y);
	diag_hint(g, "when the Government publishes the year's transfer order, add it to the "
		     "calendar and take the year off its `provisional` line");
}

/* Steps without a duration make totals open; once per step as written. */
static void report_open(struct diags *d, const struct m_reg *reg)
{
	for (size_t r = 0; r < reg->nroutes; r++) {
		const struct m_route *route = reg->routes[r];
		for (size_t i = 0; i < route->nnodes; i++) {
			struct m_node *nd = route->nodes[i];
			if (!nd->reachable || !judge_step_open(nd))
				continue;
			nd->finding = true;
			if (!d)
				continue;
			const struct m_node *w = nd->orig ? nd->orig : nd; /* as written */
			struct diag *g = diag_emit(d, D_OPEN_TOTAL, reg->src, nd->at.lo,
						   nd->action.at.hi,
						   "this step has no duration: the total time of every "
						   "path through it is open-ended, and those paths are "
						   "not checked against the term");
			diag_about(g, w->route, w, NULL);
			diag_hint(g, "write its duration (`<= 15 min`, `within 1 wd`), or "
				     "`automatic` for an information system");
		}
	}
}

void time_analyze(struct session *s, struct m_reg *reg)
{
	time_analyze_on(reg, &s->cal, &s->d, s->o.need, &s->stats);
}

void time_analyze_on(struct m_reg *reg, const struct calendar *cal, struct diags *d,
		     enum time_need need, struct time_stats *st)
{
	struct time_stats none;
	if (!st)
		st = &none;
	struct t_acc acc = { false, INT32_MIN, INT32_MIN, 0, NULL };
	report_open(d, reg);
	for (size_t r = 0; r < reg->nroutes; r++) {
		struct m_route *route = reg->routes[r];
		struct plan plan;
		plan_build(route, &plan);
		for (int o = 0; o < OUT__COUNT; o++) {
			struct m_timing *t = &route->timing[o];
			enum time_verdict v;
			bool has_end = route_has_end(route, (enum outcome)o);
			if (need == TN_VERDICT && has_end &&
			    time_quick(reg, route, (enum outcome)o, cal, &plan, st, &v, &acc)) {
				memset(t, 0, sizeof *t);
				t->verdict = v;
				t->term = term_for(reg, route, (enum outcome)o);
				t->worst_elapsed = t->best_elapsed = -1;
				continue;
			}
			if (need == TN_VERDICT && has_end)
				st->full++;
			report_mode(reg, route, &plan, (enum outcome)o, cal,
				    need == TN_VERDICT ? JM_VERDICT : JM_FULL, t, &acc);
			t->excess = t->verdict == TV_EXCEEDS ? t->ordinary_excess
				    : t->verdict == TV_HOLIDAYS ? t->real_excess : 0;
			/* The model keeps the path: into its arena. */
			struct sched_step *path = t->path;
			t->path = arena_alloc(reg->arena, (t->npath + 1) * sizeof *t->path);
			if (t->npath)
				memcpy(t->path, path, t->npath * sizeof *t->path);
			free(path);
			for (size_t i = 0; i < t->npath; i++)
				((struct m_node *)t->path[i].node)->critical = true;
			if (t->verdict == TV_EXCEEDS || t->verdict == TV_HOLIDAYS)
				for (size_t i = 0; i < t->npath; i++)
					if (t->path[i].node->kind == N_STEP)
						((struct m_node *)t->path[i].node)->finding = true;
			report(d, reg, route, (enum outcome)o, t, cal);
			if (t->paths_capped && d) {
				/* Not analysed: say so rather than pass the route. */
				struct diag *g = diag_emit(d, D_LOOP, reg->src, route->id_at.lo,
							   route->id_at.hi,
							   "route `%s`: its loops make too many paths "
							   "to check every one",
							   route->id);
				diag_about(g, route, NULL, NULL);
				diag_hint(g, "lower the bounds of `goto LABEL max N`, "
					     "or take fewer decisions inside the loops");
			}
		}
		plan_free(&plan);
	}
	report_range(d, reg, cal, &acc);
}

/*
 * The schedule for one submission (docs/timing.md §9, deadline): the
 * acceptance moment, the checked path that ends latest (any path, open
 * steps taking nothing, when none is checked) and the due moment.
 */
bool time_deadline(const struct m_reg *reg, const struct m_route *r, enum outcome o,
		   const struct calendar *cal, int64_t start, struct m_timing *out)
{
	memset(out, 0, sizeof *out);
	out->verdict = TV_NONE;
	if (!route_has_end(r, o))
		return false;
	const struct m_term *term = term_for(reg, r, o);
	out->term = term;
	struct plan p;
	plan_build(r, &p);
	if (p.too_big) {
		out->verdict = TV_INFINITE;
		out->paths_capped = true;
		plan_free(&p);
		return true;
	}
	bool *can = xcalloc(p.n + 1, sizeof *can);
	if (!judge_live(&p, o, false, can)) {
		free(can);
		plan_free(&p);
		return false;
	}
	bool open = false;
	for (size_t i = 0; i < p.n; i++)
		open |= can[i] && judge_step_open(p.node[i]);
	out->unchecked = open && !judge_live(&p, o, true, can);
	if (out->unchecked)
		judge_live(&p, o, false, can);
	int32_t d0 = day_of(start);
	struct sim s;
	sim_init(&s, cal, reg, d0 - 7, d0 + 4000);
	int64_t a = sim_accept(&s, start), fin;
	out->worst_start = a;
	struct simnode *sn = judge_simnodes(&s, &p, can, o);
	int64_t *arr = xmalloc((p.n + 1) * sizeof *arr);
	int32_t *pred = xmalloc((p.n + 1) * sizeof *pred);
	int32_t end = judge_simulate(&s, sn, p.n, a, true, arr, pred, &fin);
	size_t len = 0;
	int32_t *idx = judge_trace(pred, end, &len);
	const struct m_node **path = xmalloc((len + 1) * sizeof *path);
	for (size_t i = 0; i < len; i++)
		path[i] = p.node[idx[i]];
	out->path = xmalloc((len + 1) * sizeof *out->path);
	out->npath = len;
	time_schedule(&s, path, len, a, out->path);
	out->worst = time_path_total(path, len, true);
	out->worst_finish = fin;
	out->worst_elapsed = fin - a;
	out->simulated = true;
	if (term) {
		out->worst_due = sim_due(&s, reg, a, term->dur.hi);
		out->real_excess = fin - out->worst_due;
		out->verdict = !out->unchecked && fin > out->worst_due ? TV_EXCEEDS
			       : open ? TV_OPEN : TV_OK;
	} else {
		out->verdict = open ? TV_OPEN : TV_NO_TERM;
	}
	free(path);
	free(idx);
	free(arr);
	free(pred);
	free(sn);
	free(can);
	plan_free(&p);
	sim_free(&s);
	return true;
}

/*
 * A deadline's schedule against the calendar's years (docs/timing.md §7):
 * one that reaches a day outside them is E0604 and is not to be shown (the
 * days there are not known); one that reaches a provisional year, W0605.
 * At the route's id.  False when the schedule cannot be shown.
 */
bool time_deadline_range(struct diags *d, const struct m_reg *reg, const struct m_route *r,
			 const struct calendar *cal, int64_t submitted,
			 const struct m_timing *rep)
{
	if (cal->last < cal->first)
		return true;
	int64_t m = rep->worst_finish;
	if (rep->term && rep->worst_due > m)
		m = rep->worst_due;
	int32_t lo = day_of(submitted), hi = m >= T_CAP ? INT32_MAX / 2 : day_of(m - 1);
	if (hi < day_of(rep->worst_start))
		hi = day_of(rep->worst_start);
	char known[32], y[32];
	years_text(known, sizeof known, cal->first, cal->last);
	if (lo < cal->first || hi > cal->last) {
		int32_t out = lo < cal->first ? lo : hi;
		years_text(y, sizeof y, out, out);
		struct msg_value vdate;
		const char *date = show_arg_instant(&vdate, submitted, submitted, false);
		struct diag *g = diag_emit(d, D_CAL_RANGE, reg->src, r->id_at.lo, r->id_at.hi,
					   "route `%s`: the schedule for documents submitted on %s "
					   "reaches %s, outside the years the calendar knows (%s)",
					   r->id, date, y, known);
		diag_about(g, r, NULL, NULL);
		diag_hint(g, "add the year to the calendar (`data/kz.cal`, or `--calendar FILE`)");
		return false;
	}
	if (hi > cal->settled) {
		years_text(y, sizeof y, lo > cal->settled ? lo : cal->settled + 1, hi);
		struct diag *g = diag_emit(d, D_CAL_PROVISIONAL, reg->src, r->id_at.lo,
					   r->id_at.hi,
					   "route `%s`: the schedule runs in %s, provisional in the "
					   "calendar (no transfer order recorded): it may change when "
					   "the Government publishes one", r->id, y);
		diag_about(g, r, NULL, NULL);
	}
	return true;
}
