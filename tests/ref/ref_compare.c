/*
 * ref_compare.c — see ref_compare.h.
 */
#include "ref_compare.h"

#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calendar.h"
#include "diag.h"
#include "model.h"
#include "ref_time.h"
#include "source.h"
#include "time.h"

/* The checker's verdict in the reference's terms. */
static int ref_of(enum time_verdict v)
{
	switch (v) {
	case TV_NONE: return REF_NONE;
	case TV_NO_TERM: return REF_NO_TERM;
	case TV_OK: return REF_OK;
	case TV_OPEN: return REF_OPEN;
	case TV_EXCEEDS: return REF_EXCEEDS;
	case TV_HOLIDAYS: return REF_HOLIDAYS;
	case TV_INFINITE: return -1;
	}
	return -2;
}

/* Where a difference goes. */
struct ctx {
	struct ref_tally *t;
	ref_sink *sink;
	void *sink_ctx;
};

#if defined(__GNUC__)
__attribute__((format(printf, 2, 3)))
#endif
static void mismatch(struct ctx *c, const char *fmt, ...)
{
	char msg[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	c->t->mismatches++;
	c->sink(c->sink_ctx, msg);
}

static void when(char *b, size_t n, int64_t t)
{
	if (t < 0)
		snprintf(b, n, "%lld", (long long)t);
	else
		time_format(b, n, t);
}

#define SAME(c, what, got, want)                                                          \
	do {                                                                              \
		if ((got) != (want)) {                                                    \
			char g_[48], w_[48];                                              \
			when(g_, sizeof g_, (got));                                       \
			when(w_, sizeof w_, (want));                                      \
			mismatch(c, "route %s, %s: %s: %s (%lld), reference %s (%lld)",   \
				 r->id, outcome_name(o), what, g_, (long long)(got), w_,  \
				 (long long)(want));                                      \
		}                                                                         \
	} while (0)

/* What check, build and explain say of one outcome, against ref. */
static void compare_outcome(struct ctx *c, const struct m_reg *reg, const struct m_route *r,
			    enum outcome o, const struct m_timing *chk, const struct m_timing *bld,
			    const struct calendar *cal, size_t *want_e, size_t *want_w)
{
	struct ref_outcome ref;
	ref_outcome(reg, r, o, cal, &ref);
	struct ref_tally *t = c->t;
	if (ref.verdict != REF_NONE)
		t->outcomes++;
	t->verdicts[ref.verdict]++;
	*want_e += ref.verdict == REF_EXCEEDS;
	*want_w += ref.verdict == REF_HOLIDAYS;
	SAME(c, "check's verdict", ref_of(chk->verdict), (int)ref.verdict);
	SAME(c, "build's verdict", ref_of(bld->verdict), (int)ref.verdict);
	struct m_timing rep;
	time_report(reg, r, o, cal, &rep);
	SAME(c, "explain's verdict", ref_of(rep.verdict), (int)ref.verdict);
	bool late = ref.verdict == REF_EXCEEDS || ref.verdict == REF_HOLIDAYS;
	if (ref.verdict != REF_NONE && ref.checked) {
		SAME(c, "simulated", (int)rep.simulated, (int)!ref.exact);
		if (ref.exact) {
			t->exact++;
			if (late) {
				int64_t ex = ref.longest - ref.term_eff;
				SAME(c, "check's excess", chk->excess, ex);
				SAME(c, "build's excess", bld->excess, ex);
				SAME(c, "explain's excess", rep.ordinary_excess, ex);
			}
		} else {
			t->simulated++;
			if (late) {
				t->ordinary_ce += ref.ordinary;
				t->real_ce += !ref.ordinary;
				SAME(c, "check's accepted", chk->worst_start, ref.start);
				SAME(c, "check's due", chk->worst_due, ref.due);
				SAME(c, "check's ready", chk->worst_finish, ref.finish);
				SAME(c, "check's ordinary", (int)chk->ordinary, (int)ref.ordinary);
				SAME(c, "check's excess", chk->excess, ref.finish - ref.due);
			}
			SAME(c, "build's accepted", bld->worst_start, ref.start);
			SAME(c, "explain's accepted", rep.worst_start, ref.start);
			if (ref.due >= 0)
				SAME(c, "explain's due", rep.worst_due, ref.due);
			SAME(c, "explain's ready", rep.worst_finish, ref.finish);
			SAME(c, "explain's ordinary", (int)rep.ordinary, (int)ref.ordinary);
			SAME(c, "explain's worst elapsed", rep.worst_elapsed, ref.worst_elapsed);
			SAME(c, "explain's best elapsed", rep.best_elapsed, ref.best_elapsed);
			SAME(c, "build's worst elapsed", bld->worst_elapsed, ref.worst_elapsed);
			/* The critical path shown ends when the result is ready. */
			if (rep.npath)
				SAME(c, "the critical path's end", rep.path[rep.npath - 1].to,
				     ref.finish);
		}
	}
	free(rep.path);
}

/* deadline for a submission at `at`, against the reference. */
static void compare_deadline(struct ctx *c, const struct m_reg *reg, const struct m_route *r,
			     enum outcome o, const struct calendar *cal, int64_t at)
{
	struct ref_deadline ref;
	struct m_timing rep;
	bool rh = ref_deadline(reg, r, o, cal, at, &ref);
	bool ch = time_deadline(reg, r, o, cal, at, &rep);
	c->t->deadlines++;
	SAME(c, "deadline has a path", (int)ch, (int)rh);
	if (rh && ch && !rep.paths_capped) {
		SAME(c, "deadline's acceptance", rep.worst_start, ref.accepted);
		SAME(c, "deadline's ready", rep.worst_finish, ref.finish);
		if (ref.has_term)
			SAME(c, "deadline's due", rep.worst_due, ref.due);
		SAME(c, "deadline late", (int)(rep.verdict == TV_EXCEEDS), (int)ref.late);
		if (rep.npath)
			SAME(c, "deadline's schedule end", rep.path[rep.npath - 1].to, ref.finish);
	}
	free(rep.path);
}

static size_t count_code(const struct diags *d, enum diag_code code)
{
	size_t n = 0;
	for (size_t i = 0; i < d->n; i++)
		n += d->v[i]->code == code;
	return n;
}


size_t ref_compare(struct m_reg *reg, const struct calendar *cal, const int64_t *subs,
		   size_t nsub, struct ref_tally *t, ref_sink *sink, void *sink_ctx)
{
	struct ctx c = { t, sink, sink_ctx };
	size_t before = t->mismatches;
	struct diags d;
	diag_init(&d, DF_TEXT, stderr);
	d.quiet = true;
	/* check: the quick verdicts and the diagnostics. */
	time_analyze_on(reg, cal, &d, TN_VERDICT, NULL);
	size_t got_e = count_code(&d, D_TERM_EXCEEDED), got_w = count_code(&d, D_TERM_HOLIDAYS);
	bool big = count_code(&d, D_LOOP) > 0;
	diag_clear(&d);
	free(d.v);
	if (big) {
		t->skipped_big++;
		return 0;
	}
	struct m_timing (*chk)[OUT__COUNT] = malloc((reg->nroutes + 1) * sizeof *chk);
	if (!chk)
		abort();
	for (size_t i = 0; i < reg->nroutes; i++)
		memcpy(chk[i], reg->routes[i]->timing, sizeof chk[i]);
	/* build: the full analysis. */
	time_analyze_on(reg, cal, NULL, TN_FULL, NULL);
	size_t want_e = 0, want_w = 0;
	for (size_t i = 0; i < reg->nroutes; i++) {
		const struct m_route *r = reg->routes[i];
		t->routes++;
		for (int o = 0; o < OUT__COUNT; o++) {
			compare_outcome(&c, reg, r, (enum outcome)o, &chk[i][o], &r->timing[o], cal,
					&want_e, &want_w);
			for (size_t k = 0; k < nsub; k++)
				compare_deadline(&c, reg, r, (enum outcome)o, cal, subs[k]);
		}
	}
	if (got_e != want_e)
		mismatch(&c, "check printed %zu E0601, the reference finds %zu", got_e, want_e);
	if (got_w != want_w)
		mismatch(&c, "check printed %zu W0602, the reference finds %zu", got_w, want_w);
	free(chk);
	return t->mismatches - before;
}
