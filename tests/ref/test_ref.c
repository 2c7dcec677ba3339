/*
 * test_ref.c — the timing checker against the independent reference
 * (ref_time.c), on random regulations and random calendars.
 *
 * Each case is a regulation written as text — working hours, counting and
 * closing conventions, terms of every kind, and two routes: a plain one
 * whose labelled steps the other reuses, and a random one with decisions,
 * nested bounded loops, reuse, ranges, compound and mixed kinds of time,
 * automatic steps, the applicant's own steps and steps without a duration
 * — on a random calendar: a few weeks with holidays, moved days off, days
 * off by transfer and worked Saturdays.  For every route and outcome the
 * reference's verdict, excess and counter-example are compared with what
 * `check` (time_analyze, TN_VERDICT, and the diagnostics it prints),
 * `build` (TN_FULL), `explain` (time_report) and `deadline` (time_deadline,
 * at submissions all around the calendar) compute.
 *
 * REF_SEED=N picks the seed (printed first, and with every failure),
 * REF_CASES=N the number of regulations (default 5000, two routes each:
 * 10 000 routes).  A failure prints the case's text and calendar, so that
 * it can be pasted into a file and run with `reglc check --calendar`.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "arena.h"
#include "calendar.h"
#include "diag.h"
#include "model.h"
#include "parse.h"
#include "ref_compare.h"
#include "ref_time.h"
#include "session.h"
#include "source.h"
#include "time.h"

/* ---- random numbers ------------------------------------------------------ */

static uint64_t rng;

static uint64_t rnd64(void)
{
	rng ^= rng >> 12;
	rng ^= rng << 25;
	rng ^= rng >> 27;
	return rng * 0x2545F4914F6CDD1DULL;
}

/* 0 .. n-1 */
static unsigned rnd(unsigned n)
{
	return (unsigned)(rnd64() % n);
}

/* lo .. hi */
static int rng_in(int lo, int hi)
{
	return lo + (int)rnd((unsigned)(hi - lo + 1));
}

/* ---- a growing string -------------------------------------------------------- */

struct buf {
	char *s;
	size_t n, cap;
};

#if defined(__GNUC__)
__attribute__((format(printf, 2, 3)))
#endif
static void put(struct buf *b, const char *fmt, ...)
{
	va_list ap;
	for (;;) {
		va_start(ap, fmt);
		int k = vsnprintf(b->s + b->n, b->cap - b->n, fmt, ap);
		va_end(ap);
		if (k >= 0 && (size_t)k < b->cap - b->n) {
			b->n += (size_t)k;
			return;
		}
		b->cap = b->cap * 2 + (size_t)k + 64;
		b->s = xrealloc(b->s, b->cap);
	}
}

/* ---- random calendars ---------------------------------------------------------- */

/*
 * A calendar of 7..56 days somewhere in 2005..2030: weekends, and at
 * random holidays (sometimes several in a row, as at Nauryz), days off
 * moved from a holiday, days off by transfer and worked weekend days.
 * Built as the data structure itself: its years are whatever days it
 * covers, which is what the checker and the reference read.
 */
static void random_calendar(struct calendar *c, struct buf *desc)
{
	memset(c, 0, sizeof *c);
	c->name = xstrdup("random");
	c->first = cal_days_from_civil(2005, 1, 1) + (int32_t)rnd(365 * 25);
	c->last = c->first + rng_in(6, 55);
	size_t n = (size_t)(c->last - c->first) + 1;
	c->kind = xcalloc(n, 1);
	c->why = xcalloc(n, sizeof *c->why);
	unsigned odd = rnd(4); /* 0: an ordinary stretch; more: more irregular */
	for (size_t i = 0; i < n; i++) {
		int32_t d = c->first + (int32_t)i;
		bool weekend = cal_weekday(d) >= 5;
		enum cal_day_kind k = weekend ? CD_WEEKEND : CD_WORKING;
		if (odd && rnd(12) < odd) {
			if (weekend)
				k = CD_TRANSFER_WORK;
			else
				k = (enum cal_day_kind)(CD_HOLIDAY + rnd(3)); /* holiday, moved, transfer off */
		}
		if (odd && !weekend && rnd(40) == 0) { /* a run of days off */
			for (size_t r = 0; r < 4 && i < n; r++, i++)
				c->kind[i] = CD_HOLIDAY;
			i--;
			continue;
		}
		c->kind[i] = (uint8_t)k;
	}
	/* Mostly settled; sometimes its last days are provisional, or all. */
	unsigned sp = rnd(6);
	c->settled = sp == 0 ? c->first + (int32_t)rnd((unsigned)n) : sp == 1 ? c->first - 1
									 : c->last;
	char a[32], b[32];
	cal_format_date(a, sizeof a, c->first);
	cal_format_date(b, sizeof b, c->last);
	put(desc, "calendar %s .. %s:", a, b);
	if (c->settled < c->last) {
		cal_format_date(a, sizeof a, c->settled + 1);
		put(desc, " (provisional from %s)", a);
	}
	for (size_t i = 0; i < n; i++) {
		int32_t d = c->first + (int32_t)i;
		bool weekend = cal_weekday(d) >= 5;
		if ((c->kind[i] == CD_WEEKEND) == weekend && (c->kind[i] == CD_WORKING) == !weekend)
			continue;
		cal_format_date(a, sizeof a, d);
		put(desc, " %s=%s", a, cal_kind_name((enum cal_day_kind)c->kind[i]));
	}
	put(desc, "\n");
}

/* ---- random regulations ------------------------------------------------------------ */

/* The state of writing one route. */
struct gen {
	struct buf *b;
	int steps;       /* steps written */
	int decisions;   /* decisions written */
	int loops;       /* loops written */
	int labels;      /* labels made */
	bool can_use;    /* the reuse of `base` is still to come */
	int scale;       /* 0: minutes-scale route, 1: days-scale */
	bool months;     /* calendar time may be months and weeks */
};

static void indent(struct gen *g, int depth)
{
	for (int i = 0; i < depth + 1; i++)
		put(g->b, "  ");
}

/* A quantity of one kind: working time or calendar days (or, in a case
 * with months, months and weeks). */
static void quantity(struct gen *g, bool cal, int big)
{
	if (cal && g->months && rnd(2) == 0) {
		switch (rnd(4)) {
		case 0: put(g->b, "%d mo", rng_in(1, 2)); break;
		case 1: put(g->b, "1 mo %d cd", rng_in(1, 5)); break;
		case 2: put(g->b, "%d wk", rng_in(1, 3)); break;
		default: put(g->b, "1 wk %d cd", rng_in(1, 6)); break;
		}
		return;
	}
	if (cal) {
		put(g->b, "%d cd", big ? rng_in(1, 20) : rng_in(1, 3));
		return;
	}
	switch (rnd(big ? 5 : 3)) {
	case 0: put(g->b, "%d min", rng_in(1, 12) * 5); break;
	case 1: put(g->b, "%d h", rng_in(1, 6)); break;
	case 2: put(g->b, "%d h %d min", rng_in(1, 3), rng_in(1, 11) * 5); break;
	case 3: put(g->b, "%d wd", rng_in(1, 4)); break;
	default: put(g->b, "%d wd %d h", rng_in(1, 2), rng_in(1, 4)); break;
	}
}

/* A step's duration, or nothing. */
static void duration(struct gen *g, const char *actor)
{
	unsigned r = rnd(100);
	if (strcmp(actor, "sys") == 0 && r < 40) {
		put(g->b, " automatic");
		return;
	}
	if (strcmp(actor, "app") == 0 && r < 60)
		return; /* the applicant's own time */
	if (r < 3)
		return; /* open: not checked */
	bool cal = rnd(100) < (g->scale ? 40 : 12);
	bool big = g->scale || rnd(4) == 0;
	put(g->b, " ");
	switch (rnd(4)) {
	case 0: put(g->b, "<= "); quantity(g, cal, big); break;
	case 1: put(g->b, "within "); quantity(g, cal, big); break;
	case 2:
		if (cal && g->months && rnd(2) == 0) {
			if (rnd(2))
				put(g->b, "%d..2 mo", rng_in(1, 2));
			else
				put(g->b, "%d cd .. 1 mo", rng_in(1, 27));
		} else if (cal) {
			int lo = rng_in(1, 5);
			put(g->b, "%d..%d cd", lo, lo + rng_in(0, 10));
		} else {
			int lo = rng_in(1, 60);
			put(g->b, "%d min .. %d min", lo, lo + rng_in(0, 300));
		}
		break;
	default: quantity(g, cal, big); break;
	}
}

static void step(struct gen *g, int depth, const char *label)
{
	static const char *const actors[] = { "a", "b", "a", "b", "sys", "app" };
	const char *actor = actors[rnd(6)];
	indent(g, depth);
	if (label)
		put(g->b, "%s: ", label);
	put(g->b, "%s \"s%d\"", actor, g->steps++);
	duration(g, actor);
	put(g->b, "\n");
}

static void block(struct gen *g, int depth, bool loops_ok, bool ends_ok);

/* A decision; its branches may end (when ends_ok), or rejoin. */
static void decision(struct gen *g, int depth, bool loops_ok, bool ends_ok)
{
	int q = g->decisions++;
	indent(g, depth);
	put(g->b, "if \"q%d\"", q);
	unsigned arms = rnd(3); /* 0: yes, 1: no, 2: both */
	int ending = ends_ok && rnd(3) == 0 ? (int)rnd(2) : -1; /* at most one arm
								    ends: what follows stays reachable */
	for (int arm = 0; arm < 2; arm++) {
		if ((arms == 0 && arm == 1) || (arms == 1 && arm == 0))
			continue;
		put(g->b, " %s {\n", arm == 0 ? "yes" : "no");
		block(g, depth + 1, loops_ok, ends_ok);
		if (arm == ending || (arms != 2 && ending >= 0)) {
			indent(g, depth + 1);
			put(g->b, "end %s\n", rnd(2) ? "refusal" : "result");
		}
		indent(g, depth);
		put(g->b, "}");
	}
	put(g->b, "\n");
}

/* A bounded loop: a labelled step, more steps, and a decision whose yes
 * branch goes back to it (at most 1 or 2 times). */
static void loop(struct gen *g, int depth)
{
	char label[16];
	snprintf(label, sizeof label, "L%d", g->labels++);
	g->loops++;
	step(g, depth, label);
	if (rnd(2))
		step(g, depth, NULL);
	indent(g, depth);
	put(g->b, "if \"again%d\" yes {\n", g->decisions++);
	block(g, depth + 1, g->loops < 3, false);
	indent(g, depth + 1);
	put(g->b, "goto %s max %d\n", label, rng_in(1, 2));
	indent(g, depth);
	put(g->b, "}\n");
}

static void block(struct gen *g, int depth, bool loops_ok, bool ends_ok)
{
	int n = rng_in(1, depth ? 2 : 4);
	for (int i = 0; i < n; i++) {
		unsigned r = rnd(100);
		if (r < 20 && g->decisions < 5 && depth < 3) {
			decision(g, depth, loops_ok, ends_ok);
		} else if (r < 30 && loops_ok && g->loops < 2 && depth < 2) {
			loop(g, depth);
		} else if (r < 38 && g->can_use && depth == 0) {
			g->can_use = false;
			indent(g, depth);
			int x = rng_in(1, 3);
			if (rnd(2))
				put(g->b, "use base.x%d .. base.x%d\n", x, x + rng_in(0, 4 - x));
			else
				put(g->b, "use base.x%d\n", x);
		} else {
			step(g, depth, NULL);
		}
	}
}

/* A term of a random kind, near a route's scale (with months: in days or
 * months, not in hours, which the reference would try minute by minute
 * over the ordinary calendar's 28 years). */
static void term(struct buf *b, const char *indent_s, const char *outcome, int scale,
		 bool months)
{
	put(b, "%sterm %s ", indent_s, outcome);
	unsigned k = rnd(100);
	if (months && k < 40)
		put(b, "within %d mo", rng_in(1, 3));
	else if (months && k < 60)
		put(b, "within 1 mo %d cd", rng_in(1, 10));
	else if (months)
		put(b, "within %d %s", rng_in(10, 60), rnd(2) ? "cd" : "wd");
	else if (scale == 0 && k < 50)
		put(b, "<= %d min", rng_in(1, 60) * 10);
	else if (scale == 0 && k < 70)
		put(b, "within %d h", rng_in(1, 16));
	else if (k < 45)
		put(b, "within %d cd", scale ? rng_in(3, 60) : rng_in(1, 5));
	else if (k < 85)
		put(b, "within %d wd", scale ? rng_in(2, 25) : rng_in(1, 4));
	else if (k < 93)
		put(b, "within %d wd %d h", rng_in(1, 6), rng_in(1, 5));
	else
		put(b, "<= %d h", rng_in(1, 40));
	put(b, "\n");
}

/* The parts of a regulation's text: the header (hours, conventions,
 * actors), the top-level terms, and the routes. */
struct parts {
	struct buf head, terms, routes;
	int scale;
	bool months;     /* months and weeks in the calendar time */
};

static void regulation(struct parts *p, bool route_term)
{
	static const char *const hours[] = {
		"",
		"hours: \"08:00-17:00\"\n",
		"hours: \"09:00-18:00\"\nbreak: none\nworkday: 9 h\n",
		"hours: \"08:30-17:30\"\nbreak: \"12:30-13:30\"\nworkday: 8 h\n",
		"hours: \"10:00-12:00\"\nbreak: none\n",
		"hours: \"09:00-13:00\"\nbreak: \"11:00-11:15\"\n",
		"hours: \"13:00-23:59\"\nbreak: \"18:00-19:00\"\n",
	};
	struct buf *b = &p->head;
	put(b, "regulation rnd\n%s%s%s", hours[rnd(7)], rnd(3) == 0 ? "counting: same-day\n" : "",
	    rnd(3) == 0 ? "closing: exact\n" : "");
	put(b, "actor app applicant \"App\"\nactor a staff \"A\"\nactor b staff \"B\"\n"
	       "actor sys system \"Sys\"\n");
	p->scale = (int)rnd(2);
	p->months = p->scale && rnd(100) < 3;
	if (rnd(3) == 0)
		term(&p->terms, "", "refusal", 0, p->months);
	b = &p->routes;
	struct gen g = { b, 0, 0, 0, 0, false, p->scale, p->months };
	put(b, "route base \"Base\" {\n");
	for (int i = 1; i <= 4; i++) {
		char label[16];
		snprintf(label, sizeof label, "x%d", i);
		step(&g, 0, label);
	}
	put(b, "  end result\n}\n");
	g.can_use = true;
	put(b, "route r \"R\" {\n");
	if (route_term)
		term(b, "  ", "result", p->scale, p->months);
	block(&g, 0, true, true);
	if (rnd(3) == 0) {
		put(b, "  if \"refuse?\" yes {\n");
		block(&g, 1, false, false);
		put(b, "    end refusal\n  }\n");
	}
	block(&g, 0, true, true);
	put(b, "  end result\n}\n");
}

/* ---- one case ---------------------------------------------------------------------- */

struct tally {
	size_t cases;
	struct ref_tally r;
};

static const char *vname(int v)
{
	static const char *const n[] = { "none", "no-term", "ok", "open", "exceeds", "holidays" };
	return v >= 0 && v < 6 ? n[v] : "?";
}

/* Where a failure is told: the first few, with the case to reproduce. */
struct ctx {
	uint64_t seed;
	size_t k;
	const char *text, *cal;
	size_t told;
};

static void tell(void *p, const char *msg)
{
	struct ctx *c = p;
	if (++c->told > 5)
		return;
	fprintf(stderr, "MISMATCH (REF_SEED=%llu, case %zu): %s\n%s%s\n",
		(unsigned long long)c->seed, c->k, msg, c->cal, c->text);
}

/* Compile text; NULL when it has errors (the generator's fault). */
/* A case compiled through the session's entry point, without the timing
 * analysis (ref_compare runs it on the case's own calendar). */
struct cu {
	struct session s;
	struct cunit u;
	struct m_reg *reg;
};

static struct m_reg *compile(struct cu *c, const char *text)
{
	struct session_opts o = { .format = DF_TEXT, .no_timing = true };
	char err[128];
	if (!session_open(&c->s, &o, err, sizeof err))
		fail_msg("%s", err);
	c->s.d.quiet = true;
	session_compile(&c->s, "ref.regl", text, strlen(text), &c->u);
	c->reg = c->u.structural ? c->u.reg : NULL;
	return c->reg;
}

static void unit_free(struct cu *c)
{
	unit_release(&c->u);
	session_close(&c->s);
}

/* The least term, in whole units of kind u (0 cd, 1 wd, 2 min, 3 mo), for
 * which the result of route r is not late on the ordinary week (or, with
 * never_late, not late at all), by bisection on the model's term (the
 * lateness only falls as the term grows); 0 if none up to a limit. */
static int64_t least_term(struct m_reg *reg, const struct m_route *r,
			  const struct calendar *cal, int u, bool never_late)
{
	static const int64_t limit[] = { 3000, 2000, (int64_t)1 << 21, 100 };
	static const enum unit units[] = { UNIT_CD, UNIT_WD, UNIT_MIN, UNIT_MONTH };
	struct m_term saved = reg->terms[OUT_RESULT];
	int64_t lo = 0, hi = limit[u];
	for (bool first = true; hi - lo > 1 || first; first = false) {
		int64_t mid = first ? hi : lo + (hi - lo) / 2;
		struct m_term *t = &reg->terms[OUT_RESULT];
		memset(t, 0, sizeof *t);
		t->set = true;
		t->dur.form = DF_WITHIN;
		qty_of(mid, units[u], &t->dur.hi);
		t->dur.unit = units[u];
		struct m_timing rep;
		time_report(reg, r, OUT_RESULT, cal, &rep);
		free(rep.path);
		bool good = never_late ? rep.verdict == TV_OK || rep.verdict == TV_OPEN
				       : rep.verdict != TV_EXCEEDS;
		if (first && (!good || rep.verdict == TV_NONE || rep.verdict == TV_INFINITE)) {
			hi = 0;
			break;
		}
		if (!first) {
			if (good)
				hi = mid;
			else
				lo = mid;
		}
	}
	reg->terms[OUT_RESULT] = saved;
	return hi;
}

/* The text of a case, with a result term that straddles one of route r's
 * boundaries (most cases), a random one, or none. */
static char *case_text(const struct calendar *cal)
{
	struct parts p;
	memset(&p, 0, sizeof p);
	put(&p.head, "%s", "");
	put(&p.terms, "%s", "");
	put(&p.routes, "%s", "");
	unsigned mode = rnd(10);
	regulation(&p, mode == 0);
	struct buf text = { 0 };
	put(&text, "%s", p.head.s);
	if (rnd(5) == 0) { /* a period of force around the calendar's days */
		int32_t n = cal->last - cal->first + 1;
		int32_t from = cal->first - 3 + (int32_t)rnd((unsigned)n + 3);
		char a[32], b[32];
		cal_format_date(a, sizeof a, from);
		cal_format_date(b, sizeof b, from + (int32_t)rnd((unsigned)n));
		put(&text, "in-force: %s ..%s%s\n", a + 4, rnd(3) ? " " : "", rnd(3) ? b + 4 : "");
	}
	if (mode == 1) {
		term(&text, "", "result", p.scale, p.months);
	} else if (mode >= 3) {
		struct buf probe = { 0 };
		put(&probe, "%s%s%s", p.head.s, p.terms.s, p.routes.s);
		struct cu u;
		struct m_reg *reg = compile(&u, probe.s);
		int kind = p.months ? (rnd(2) ? 3 : (int)rnd(2)) : (int)rnd(3);
		int64_t least = reg && reg->nroutes == 2
					? least_term(reg, reg->routes[1], cal, kind, rnd(2))
					: 0;
		unit_free(&u);
		free(probe.s);
		if (least > 0) {
			int64_t n = least + rng_in(-1, 1);
			if (n < 1)
				n = 1;
			static const char *const fmt[] = { "term result within %lld cd\n",
							   "term result within %lld wd\n",
							   "term result <= %lld min\n",
							   "term result within %lld mo\n" };
			put(&text, fmt[kind], (long long)n);
		}
	}
	put(&text, "%s%s", p.terms.s, p.routes.s);
	free(p.head.s);
	free(p.terms.s);
	free(p.routes.s);
	return text.s;
}

static void one_case(uint64_t seed, size_t k, struct tally *t)
{
	struct buf cdesc = { 0 };
	put(&cdesc, "%s", "");
	struct calendar cal;
	random_calendar(&cal, &cdesc);
	struct buf text = { case_text(&cal), 0, 0 };
	struct ctx c = { seed, k, text.s, cdesc.s, 0 };
	struct cu u;
	struct m_reg *reg = compile(&u, text.s);
	if (!reg) {
		diag_settle(&u.s.d);
		tell(&c, u.s.d.n ? u.s.d.v[0]->msg : "the generated regulation does not compile");
		t->r.mismatches++;
	} else {
		t->cases++;
		/* deadline: random moments, a close, a break, a weekend, around
		 * the calendar */
		int64_t subs[6];
		for (int m = 0; m < 6; m++) {
			int32_t d = cal.first - 3 + (int32_t)rnd((unsigned)(cal.last - cal.first + 7));
			int64_t at = (int64_t)d * 1440;
			switch (m % 3) {
			case 0: at += rnd(1440); break;
			case 1: at += reg->work_end; break;
			default:
				at += reg->break_start != reg->break_end
					      ? reg->break_start +
							(int)rnd((unsigned)(reg->break_end - reg->break_start))
					      : reg->work_end + 1;
				break;
			}
			subs[m] = at;
		}
		ref_compare(reg, &cal, subs, 6, &t->r, tell, &c);
	}
	unit_free(&u);
	cal_free(&cal);
	free(text.s);
	free(cdesc.s);
}

/* ---- the test ------------------------------------------------------------------------- */

static void test_random(void **state)
{
	(void)state;
	const char *s = getenv("REF_SEED"), *n = getenv("REF_CASES");
	uint64_t seed = s && *s ? strtoull(s, NULL, 10) : 20261202;
	size_t cases = n && *n ? strtoul(n, NULL, 10) : 5000;
	print_message("REF_SEED=%llu REF_CASES=%zu\n", (unsigned long long)seed, cases);
	struct tally t;
	memset(&t, 0, sizeof t);
	for (size_t k = 0; k < cases; k++) {
		rng = (seed + 1) * 0x9E3779B97F4A7C15ULL ^ (k + 1) * 0xD1B54A32D192ED03ULL;
		if (!rng)
			rng = 1;
		one_case(seed, k, &t);
	}
	print_message("%zu regulations, %zu routes, %zu outcomes (%zu exact, %zu simulated), "
		      "%zu deadlines; %zu too big to unroll\n",
		      t.cases, t.r.routes, t.r.outcomes, t.r.exact, t.r.simulated, t.r.deadlines,
		      t.r.skipped_big);
	print_message("verdicts:");
	for (int v = 1; v < 6; v++)
		print_message(" %s %zu", vname(v), t.r.verdicts[v]);
	print_message("; counter-examples: ordinary week %zu, calendar %zu\n", t.r.ordinary_ce,
		      t.r.real_ce);
	if (t.r.mismatches)
		fail_msg("%zu mismatches with the reference (REF_SEED=%llu)", t.r.mismatches,
			 (unsigned long long)seed);
	/* The cases cover what they claim: every verdict, both kinds of
	 * judgement, both kinds of counter-example. */
	assert_true(t.r.routes >= cases * 2 * 9 / 10);
	assert_true(t.r.skipped_big <= cases / 100); /* loops unroll, not give up */
	for (int v = REF_NO_TERM; v <= REF_HOLIDAYS; v++)
		assert_true(t.r.verdicts[v] >= cases / 100);
	assert_true(t.r.exact >= cases / 10 && t.r.simulated >= cases / 10);
	assert_true(t.r.ordinary_ce >= cases / 100 && t.r.real_ce >= cases / 100);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_random),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
