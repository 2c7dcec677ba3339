/*
 * ref_time.h — a reference implementation of docs/timing.md, for the tests.
 *
 * Contract: written from docs/timing.md alone, as simple and slow as it
 * needs to be to be obviously right, sharing no code with src/time.c (it
 * reads the model of model.h and asks the calendar of calendar.h which
 * days are working days, nothing else).  Every path is enumerated; every
 * acceptance moment of every working day is tried.  tests/ref/test_ref.c
 * compares it with what `check`, `build`, `explain` and `deadline` compute,
 * on random routes; the fuzzer compares them too.
 *
 * Moments are minutes since 1970-01-01 00:00.  The ordinary week is the
 * week of Monday 2001-01-01: its acceptance moments lie on 2001-01-01 ..
 * 2001-01-05 (the code under test uses the same week, so that moments can
 * be compared as they are); with months, the lateness on the ordinary
 * calendar is that of every working day of 2001-01-01 .. 2028-12-31
 * (docs/timing.md 6.3).
 */
#ifndef REGLC_REF_TIME_H
#define REGLC_REF_TIME_H

#include <stdbool.h>
#include <stdint.h>

#include "model.h"

struct calendar;

enum ref_verdict {
	REF_NONE,     /* no path of the route ends in the outcome */
	REF_NO_TERM,  /* no term applies, and no path is open */
	REF_OK,       /* every checked path is in time for every acceptance,
			 and no path is open */
	REF_OPEN,     /* not late (in time, no term, or no checked path at
			 all), and some path of the outcome is open */
	REF_EXCEEDS,  /* late for some acceptance on the ordinary week (E0601) */
	REF_HOLIDAYS  /* late only on the calendar's years (W0602) */
};

/* What docs/timing.md says of one outcome of one route. */
struct ref_outcome {
	enum ref_verdict verdict;
	bool checked;           /* some path of the outcome is checked
				   (false: every path is open; nothing
				   below is meaningful) */
	bool exact;             /* one kind of time (section 6.1); false:
				   mixed kinds (section 6.2) */
	/* exact: */
	bool days;              /* the kind is calendar days: longest and
				   term_eff in cd; else working minutes */
	int64_t longest;        /* P: the greatest total of a checked path */
	int64_t term_eff;       /* T': the term as the worst acceptance sees
				   it (0 without a term) */
	/* mixed: the worst acceptance (section 9, explain) */
	bool ordinary;          /* it lies on the ordinary week */
	int64_t start;          /* the acceptance moment */
	int64_t due;            /* its due moment (-1 without a term) */
	int64_t finish;         /* the latest end of a checked path from it */
	int64_t worst_elapsed;  /* greatest finish - acceptance (upper bounds) */
	int64_t best_elapsed;   /* least earliest end - acceptance (lower
				   bounds, shortest checked path) */
};

/* Judge outcome o of route r of reg on calendar cal (the ordinary week
 * is always tried too). */
void ref_outcome(const struct m_reg *reg, const struct m_route *r, enum outcome o,
		 const struct calendar *cal, struct ref_outcome *out);

/* What `reglc deadline` must say for a submission at one moment. */
struct ref_deadline {
	int64_t accepted;       /* the acceptance moment (section 3) */
	bool checked;           /* some path is checked */
	bool open;              /* some path of the outcome is open */
	int64_t finish;         /* latest end of a checked path (of any path,
				   open steps taking nothing, if none is) */
	bool has_term;
	int64_t due;            /* the due moment, when has_term */
	bool late;              /* has_term, checked and finish > due */
};

/* False when no path of r ends in outcome o. */
bool ref_deadline(const struct m_reg *reg, const struct m_route *r, enum outcome o,
		  const struct calendar *cal, int64_t submitted, struct ref_deadline *out);

#endif
