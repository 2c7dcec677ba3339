/*
 * ref_compare.h — the timing checker against the reference, on one model:
 * what `check`, `build`, `explain` and `deadline` compute (src/time.c)
 * against what tests/ref/ref_time.c says docs/timing.md means.
 *
 * Contract: ref_compare runs the timing analyses on reg itself (its
 * routes' timing is overwritten) and the reference on every route and
 * outcome, and tells every difference to a sink.  Used by the random
 * comparison (test_ref.c) and the fuzzer (fuzz/fuzz_pipeline.c).
 */
#ifndef REGLC_REF_COMPARE_H
#define REGLC_REF_COMPARE_H

#include <stddef.h>
#include <stdint.h>

struct calendar;
struct m_reg;

/* What was compared. */
struct ref_tally {
	size_t routes, outcomes, deadlines;
	size_t skipped_big;      /* regulations whose loops unroll too far */
	size_t verdicts[8];      /* by enum ref_verdict */
	size_t exact, simulated; /* outcomes judged each way */
	size_t ordinary_ce, real_ce; /* counter-examples of each kind */
	size_t mismatches;
};

/* Where a difference is told: one line saying what differs. */
typedef void ref_sink(void *ctx, const char *msg);

/* Compare every route and outcome of reg on cal, and deadline at each of
 * the nsub submission moments; returns the number of differences. */
size_t ref_compare(struct m_reg *reg, const struct calendar *cal, const int64_t *subs,
		   size_t nsub, struct ref_tally *t, ref_sink *sink, void *ctx);

#endif
