/*
 * test_ref_examples.c — the reference implementation (ref_time.c) against
 * moments and verdicts counted by hand from docs/timing.md.
 *
 * Contract: one cmocka program.  Every expected moment below was counted
 * by hand from the spec and a printed calendar (the comments show the
 * count); none was taken from reglc's output.  Besides the examples of
 * docs/timing.md section 8 and the cases of the brief:
 *   - brute force: the reference against minute-by-minute loops written
 *     here (adding working time, acceptance, the due moments), on the
 *     built-in calendar and on one with holidays and worked Saturdays;
 *   - section 6.1's claim, by simulation: a route of one kind is late on
 *     the ordinary week exactly when P > T', and never only around
 *     holidays;
 *   - the reference's shortcuts change nothing: random routes give the same
 *     answers in its literal mode (REF_TIME_LITERAL);
 *   - readings of the spec where it can be read two ways, pinned (nested
 *     loops, a break that ends at the close, hours ending at 24:00);
 *   - the time per call, printed.
 *
 * Build (from the top of the tree, after `make`):
 *   cc -std=c11 -D_POSIX_C_SOURCE=200809L -O2 -g -Wall -Wextra -Wshadow \
 *      -Wmissing-prototypes -Wstrict-prototypes -Werror -Isrc -Ibuild \
 *      -Itests/ref -o build/test_ref_examples tests/ref/test_ref_examples.c \
 *      tests/ref/ref_time.c $(ls build/[!m]*.o build/m[!a]*.o) \
 *      $(pkg-config --libs libgvc) -lcmocka
 *   ./build/test_ref_examples
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
#include "ast.h"
#include "calendar.h"
#include "diag.h"
#include "model.h"
#include "parse.h"
#include "ref_time.h"
#include "session.h"
#include "source.h"

/* ------------------------------------------------------------------ */
/* Helpers                                                              */
/* ------------------------------------------------------------------ */

static struct calendar builtin;   /* the built-in Kazakhstan calendar */

/* A moment: minutes since 1970-01-01 00:00. */
static int64_t M(int y, int mo, int d, int hh, int mm)
{
	return (int64_t)cal_days_from_civil(y, mo, d) * 1440 + hh * 60 + mm;
}

static int64_t floor_div(int64_t a, int64_t b)
{
	int64_t q = a / b;
	if (a % b != 0 && ((a < 0) != (b < 0)))
		q--;
	return q;
}

static void fmt_moment(char *buf, size_t n, int64_t t)
{
	int64_t d = floor_div(t, 1440);
	int64_t mod = t - d * 1440;
	char date[32];
	cal_format_date(date, sizeof date, (int32_t)d);
	snprintf(buf, n, "%s %02d:%02d", date, (int)(mod / 60), (int)(mod % 60));
}

#define expect_moment(got, want) expect_moment_at((got), (want), __FILE__, __LINE__)

static void expect_moment_at(int64_t got, int64_t want, const char *file, int line)
{
	if (got != want) {
		char g[64], w[64];
		fmt_moment(g, sizeof g, got);
		fmt_moment(w, sizeof w, want);
		fail_msg("%s:%d: moment %s (%lld), want %s (%lld)", file, line, g,
			 (long long)got, w, (long long)want);
	}
}

/* One compiled regulation (through the session's entry point, without
 * the timing analysis: the reference is what these tests run). */
struct tunit {
	struct session s;
	struct cunit u;
	struct m_reg *reg;
	char *text;
};

/* Compile a regulation made of `fields` (metadata lines), `terms` (top-level
 * term lines) and the body of one route `r`; three actors: app (applicant),
 * s (staff), sys (system). */
static struct m_reg *build(struct tunit *u, const char *fields, const char *terms,
			   const char *body)
{
	const char *fmt = "regulation t\n"
			  "%s\n"
			  "actor app applicant \"a\"\n"
			  "actor s staff \"s\"\n"
			  "actor sys system \"y\"\n"
			  "%s\n"
			  "route r \"r\" {\n%s\n}\n";
	size_t n = strlen(fmt) + strlen(fields) + strlen(terms) + strlen(body) + 1;
	u->text = malloc(n);
	assert_non_null(u->text);
	snprintf(u->text, n, fmt, fields, terms, body);
	struct session_opts o = { .format = DF_TEXT, .no_timing = true };
	char err[128];
	if (!session_open(&u->s, &o, err, sizeof err))
		fail_msg("%s", err);
	u->s.d.quiet = true;
	session_compile(&u->s, "t.regl", u->text, strlen(u->text), &u->u);
	u->reg = u->u.reg;
	if (!u->u.structural) {
		for (size_t i = 0; i < u->s.d.n; i++)
			fprintf(stderr, "  %s: %s\n", diag_code_name(u->s.d.v[i]->code),
				u->s.d.v[i]->msg);
		fail_msg("the test's regulation does not compile:\n%s", u->text);
	}
	assert_non_null(u->reg);
	assert_true(u->reg->nroutes >= 1);
	return u->reg;
}

static void unit_free(struct tunit *u)
{
	unit_release(&u->u);
	session_close(&u->s);
	free(u->text);
}

static const struct m_route *R(const struct m_reg *reg)
{
	return reg->routes[0];
}

/* ref_deadline of route r for the result, submitted at t. */
static struct ref_deadline DL(const struct m_reg *reg, const struct calendar *cal, int64_t t)
{
	struct ref_deadline dl;
	assert_true(ref_deadline(reg, R(reg), OUT_RESULT, cal, t, &dl));
	return dl;
}

/* A small calendar [first, first + n): Monday–Friday working, except the
 * days in off[] (holidays) and those in on[] (worked by transfer). */
struct testcal {
	struct calendar c;
	char name[8];
};

static void make_cal(struct testcal *tc, int32_t first, int32_t n, const int32_t *off,
		     size_t noff, const int32_t *on, size_t non)
{
	memset(tc, 0, sizeof *tc);
	strcpy(tc->name, "test");
	tc->c.name = tc->name;
	tc->c.first = first;
	tc->c.last = first + n - 1;
	tc->c.kind = calloc((size_t)n, 1);
	tc->c.why = calloc((size_t)n, sizeof *tc->c.why);
	assert_non_null(tc->c.kind);
	assert_non_null(tc->c.why);
	for (int32_t i = 0; i < n; i++)
		tc->c.kind[i] = cal_weekday(first + i) < 5 ? CD_WORKING : CD_WEEKEND;
	for (size_t i = 0; i < noff; i++) {
		assert_true(off[i] >= first && off[i] < first + n);
		tc->c.kind[off[i] - first] = CD_HOLIDAY;
	}
	for (size_t i = 0; i < non; i++) {
		assert_true(on[i] >= first && on[i] < first + n);
		tc->c.kind[on[i] - first] = CD_TRANSFER_WORK;
	}
	/* the calendar reads as built */
	for (int32_t i = 0; i < n; i++) {
		bool w = tc->c.kind[i] == CD_WORKING || tc->c.kind[i] == CD_TRANSFER_WORK;
		assert_int_equal(cal_is_working(&tc->c, first + i), w);
	}
}

static void free_cal(struct testcal *tc)
{
	free(tc->c.kind);
	free(tc->c.why);
}

/* Days used below. */
static int32_t Dy(int y, int mo, int d)
{
	return cal_days_from_civil(y, mo, d);
}

/* ------------------------------------------------------------------ */
/* Section 2: adding time                                               */
/* ------------------------------------------------------------------ */

static void test_add_work_examples(void **state)
{
	(void)state;
	struct tunit u;
	struct m_reg *reg;

	/* "From 17:59, 1 min gives 18:00; from 18:00, 1 min gives 09:01 of
	   the next working day": Mon 2014-06-02. */
	reg = build(&u, "", "", "s \"x\" 1 min\nend result");
	expect_moment(DL(reg, &builtin, M(2014, 6, 2, 17, 59)).finish, M(2014, 6, 2, 18, 0));
	expect_moment(DL(reg, &builtin, M(2014, 6, 2, 18, 0)).finish, M(2014, 6, 3, 9, 1));
	/* Friday 18:00 + 1 min: Monday 09:01. */
	expect_moment(DL(reg, &builtin, M(2014, 6, 6, 18, 0)).finish, M(2014, 6, 9, 9, 1));
	unit_free(&u);

	/* "from 12:50, 15 min gives 14:05" */
	reg = build(&u, "", "", "s \"x\" 15 min\nend result");
	expect_moment(DL(reg, &builtin, M(2014, 6, 2, 12, 50)).finish, M(2014, 6, 2, 14, 5));
	unit_free(&u);

	/* "from 09:00, 1 wd gives 18:00 of the same day" */
	reg = build(&u, "", "", "s \"x\" 1 wd\nend result");
	expect_moment(DL(reg, &builtin, M(2014, 6, 2, 9, 0)).finish, M(2014, 6, 2, 18, 0));
	unit_free(&u);

	/* "Adding zero changes nothing": an automatic step and an
	   applicant's own step. */
	reg = build(&u, "", "", "sys \"x\" automatic\napp \"y\"\nend result");
	expect_moment(DL(reg, &builtin, M(2014, 6, 2, 10, 17)).finish, M(2014, 6, 2, 10, 17));
	unit_free(&u);

	/* Calendar days: the same clock time, whatever the days are: Fri
	   2014-06-06 10:00 + 2 cd = Sun 06-08 10:00. */
	reg = build(&u, "", "", "s \"x\" 2 cd\nend result");
	expect_moment(DL(reg, &builtin, M(2014, 6, 6, 10, 0)).finish, M(2014, 6, 8, 10, 0));
	unit_free(&u);

	/* Steps follow each other: 1 cd, then 1 min, from Fri 18:00: Sat
	   18:00, then the first working minute after it, Mon 09:00-09:01. */
	reg = build(&u, "", "", "s \"x\" 1 cd\ns \"y\" 1 min\nend result");
	expect_moment(DL(reg, &builtin, M(2014, 6, 6, 18, 0)).finish, M(2014, 6, 9, 9, 1));
	unit_free(&u);
}

/* ------------------------------------------------------------------ */
/* Section 3 and the section 8 question on submissions                  */
/* ------------------------------------------------------------------ */

static void test_acceptance(void **state)
{
	(void)state;
	struct tunit u;
	struct m_reg *reg = build(&u, "", "term result 1 wd",
				  "sys \"x\" automatic\nend result");
	/* Every minute of Mon 2014-06-02 that is an acceptance moment is
	   accepted as it is: 09:00..12:59 (240), 14:00..17:59 (240) and
	   18:00: 481 moments. */
	int fixed = 0;
	for (int m = 0; m < 1440; m++) {
		int64_t t = M(2014, 6, 2, 0, 0) + m;
		if (DL(reg, &builtin, t).accepted == t)
			fixed++;
	}
	assert_int_equal(fixed, 481);

	/* Before opening: 08:15 -> 09:00. */
	expect_moment(DL(reg, &builtin, M(2014, 6, 2, 8, 15)).accepted, M(2014, 6, 2, 9, 0));
	/* Lunch break: 13:30 -> 14:00 the same day; 13:00 -> 14:00. */
	expect_moment(DL(reg, &builtin, M(2014, 6, 2, 13, 30)).accepted, M(2014, 6, 2, 14, 0));
	expect_moment(DL(reg, &builtin, M(2014, 6, 2, 13, 0)).accepted, M(2014, 6, 2, 14, 0));
	/* 18:30 and 19:00 -> 09:00 of the next working day. */
	expect_moment(DL(reg, &builtin, M(2014, 6, 2, 18, 30)).accepted, M(2014, 6, 3, 9, 0));
	expect_moment(DL(reg, &builtin, M(2014, 6, 2, 19, 0)).accepted, M(2014, 6, 3, 9, 0));
	/* 18:00 exactly: the close of that day; the term (1 wd, next-day)
	   counts from that day: it ends at the close of Tue 06-03. */
	struct ref_deadline dl = DL(reg, &builtin, M(2014, 6, 2, 18, 0));
	expect_moment(dl.accepted, M(2014, 6, 2, 18, 0));
	expect_moment(dl.due, M(2014, 6, 3, 18, 0));
	/* Saturday 2014-06-07 -> Monday 06-09 09:00; the 1 wd term counts
	   from Monday: the close of Tuesday 06-10. */
	dl = DL(reg, &builtin, M(2014, 6, 7, 11, 0));
	expect_moment(dl.accepted, M(2014, 6, 9, 9, 0));
	expect_moment(dl.due, M(2014, 6, 10, 18, 0));
	assert_true(dl.has_term);
	assert_true(dl.checked);
	assert_false(dl.open);
	assert_false(dl.late);
	/* Friday 18:45 -> Monday 09:00. */
	expect_moment(DL(reg, &builtin, M(2014, 6, 6, 18, 45)).accepted, M(2014, 6, 9, 9, 0));
	/* Saturday 2013-12-28 was worked (transfer for Fri 2014-01-03):
	   08:00 -> 09:00 that Saturday. */
	assert_true(cal_is_working(&builtin, Dy(2013, 12, 28)));
	expect_moment(DL(reg, &builtin, M(2013, 12, 28, 8, 0)).accepted, M(2013, 12, 28, 9, 0));
	/* Fri 2014-01-03 was off (the transfer), Sat 4 and Sun 5 too: ->
	   Mon 2014-01-06 09:00. */
	assert_false(cal_is_working(&builtin, Dy(2014, 1, 3)));
	assert_true(cal_is_working(&builtin, Dy(2014, 1, 6)));
	expect_moment(DL(reg, &builtin, M(2014, 1, 3, 10, 0)).accepted, M(2014, 1, 6, 9, 0));
	unit_free(&u);
}

/* ------------------------------------------------------------------ */
/* Section 8: the convention table                                      */
/* ------------------------------------------------------------------ */

static void test_conventions_30cd(void **state)
{
	(void)state;
	/* 30 cd accepted Fri 2014-06-06: day 30 is Sun 07-06 (June has 30
	   days: 6 + 24 = June 30, + 6 = July 6); Capital Day (Sun 07-06)
	   moves its day off to Mon 07-07. */
	assert_false(cal_is_working(&builtin, Dy(2014, 7, 6)));
	assert_false(cal_is_working(&builtin, Dy(2014, 7, 7)));
	assert_true(cal_is_working(&builtin, Dy(2014, 7, 8)));
	static const struct {
		const char *fields;
		int64_t due;
	} rows[] = {
		/* Sun 06 -> Tue 08 (Mon 07 off) */
		{"counting: next-day\nclosing: next-working-day", 0},
		/* Sun 06, exact: its end, Mon 07 00:00 */
		{"counting: next-day\nclosing: exact", 0},
		/* Sat 05 -> Tue 08 */
		{"counting: same-day\nclosing: next-working-day", 0},
		/* Sat 05, exact: Sun 06 00:00 */
		{"counting: same-day\nclosing: exact", 0},
	};
	int64_t want[4] = {M(2014, 7, 8, 18, 0), M(2014, 7, 7, 0, 0), M(2014, 7, 8, 18, 0),
			   M(2014, 7, 6, 0, 0)};
	for (int i = 0; i < 4; i++) {
		struct tunit u;
		struct m_reg *reg = build(&u, rows[i].fields, "term result 30 cd",
					  "sys \"x\" automatic\nend result");
		/* any acceptance moment of that Friday has the same due */
		expect_moment(DL(reg, &builtin, M(2014, 6, 6, 9, 0)).due, want[i]);
		expect_moment(DL(reg, &builtin, M(2014, 6, 6, 18, 0)).due, want[i]);
		unit_free(&u);
	}
}

static void test_conventions_5wd(void **state)
{
	(void)state;
	struct tunit u;
	/* 5 wd accepted Mon 2014-06-02: next-day counts Tue..Fri and Mon:
	   close of Mon 06-09. */
	struct m_reg *reg = build(&u, "", "term result 5 wd", "sys \"x\" automatic\nend result");
	expect_moment(DL(reg, &builtin, M(2014, 6, 2, 11, 0)).due, M(2014, 6, 9, 18, 0));
	unit_free(&u);
	/* same-day counts Mon..Fri: close of Fri 06-06; closing does not
	   apply. */
	reg = build(&u, "counting: same-day\nclosing: exact", "term result 5 wd",
		    "sys \"x\" automatic\nend result");
	expect_moment(DL(reg, &builtin, M(2014, 6, 2, 11, 0)).due, M(2014, 6, 6, 18, 0));
	unit_free(&u);
}

/* "Which midnight?": closing exact, last day Sun 2014-07-06: due Mon
 * 2014-07-07 00:00, and a result ready at any moment of that Sunday is in
 * time. */
static void test_midnight(void **state)
{
	(void)state;
	struct tunit u;
	struct m_reg *reg = build(&u, "closing: exact", "term result 30 cd",
				  "s \"x\" 30 cd\nend result");
	/* Fri 06-06 17:59 + 30 cd = Sun 07-06 17:59 < Mon 07-07 00:00 */
	struct ref_deadline dl = DL(reg, &builtin, M(2014, 6, 6, 17, 59));
	expect_moment(dl.finish, M(2014, 7, 6, 17, 59));
	expect_moment(dl.due, M(2014, 7, 7, 0, 0));
	assert_false(dl.late);
	/* the close, 18:00: ready Sun 18:00, still in time */
	dl = DL(reg, &builtin, M(2014, 6, 6, 18, 0));
	expect_moment(dl.finish, M(2014, 7, 6, 18, 0));
	assert_false(dl.late);
	unit_free(&u);

	/* 31 cd from Fri 09:00: Mon 07-07 09:00, after midnight: late */
	reg = build(&u, "closing: exact", "term result 30 cd", "s \"x\" 31 cd\nend result");
	dl = DL(reg, &builtin, M(2014, 6, 6, 9, 0));
	expect_moment(dl.finish, M(2014, 7, 7, 9, 0));
	expect_moment(dl.due, M(2014, 7, 7, 0, 0));
	assert_true(dl.late);
	unit_free(&u);
}

/* "Is a result ready exactly at the due moment in time?"  A 1 wd step
 * accepted at the close of Monday ends at the close of Tuesday, when a 1
 * wd term ends. */
static void test_ready_at_due(void **state)
{
	(void)state;
	struct tunit u;
	struct m_reg *reg = build(&u, "", "term result 1 wd", "s \"x\" 1 wd\nend result");
	struct ref_deadline dl = DL(reg, &builtin, M(2014, 6, 2, 18, 0));
	expect_moment(dl.finish, M(2014, 6, 3, 18, 0));
	expect_moment(dl.due, M(2014, 6, 3, 18, 0));
	assert_false(dl.late);
	/* One kind: P = 480 = T', in time. */
	struct ref_outcome ro;
	ref_outcome(reg, R(reg), OUT_RESULT, &builtin, &ro);
	assert_int_equal(ro.verdict, REF_OK);
	assert_true(ro.checked);
	assert_true(ro.exact);
	assert_false(ro.days);
	assert_int_equal(ro.longest, 480);
	assert_int_equal(ro.term_eff, 480);
	/* no refusal path */
	ref_outcome(reg, R(reg), OUT_REFUSAL, &builtin, &ro);
	assert_int_equal(ro.verdict, REF_NONE);
	assert_false(ref_deadline(reg, R(reg), OUT_REFUSAL, &builtin, M(2014, 6, 2, 9, 0), &dl));
	unit_free(&u);
}

/* "What does a term of mixed units, 1 wd 2 h, mean?"  Accepted Monday,
 * next-day: Tuesday whole, then two hours: Wednesday 11:00. */
static void test_term_1wd_2h(void **state)
{
	(void)state;
	struct tunit u;
	struct m_reg *reg = build(&u, "", "term result 1 wd 2 h", "sys \"x\" automatic\nend result");
	expect_moment(DL(reg, &builtin, M(2014, 6, 2, 10, 0)).due, M(2014, 6, 4, 11, 0));
	expect_moment(DL(reg, &builtin, M(2014, 6, 2, 18, 0)).due, M(2014, 6, 4, 11, 0));
	/* Friday: Monday whole, then Tuesday 11:00. */
	expect_moment(DL(reg, &builtin, M(2014, 6, 6, 9, 0)).due, M(2014, 6, 10, 11, 0));
	unit_free(&u);
}

/* "A step of within 1 wd is eight working hours from its start; a term of
 * 1 wd is the whole next working day." */
static void test_step_vs_term_1wd(void **state)
{
	(void)state;
	struct tunit u;
	struct m_reg *reg = build(&u, "", "term result 1 wd", "s \"x\" within 1 wd\nend result");
	/* Mon 10:00: 10-13 (3 h), 14-18 (4 h), Tue 09-10 (1 h): Tue 10:00;
	   the term: the close of Tuesday, 8 hours to spare. */
	struct ref_deadline dl = DL(reg, &builtin, M(2014, 6, 2, 10, 0));
	expect_moment(dl.finish, M(2014, 6, 3, 10, 0));
	expect_moment(dl.due, M(2014, 6, 3, 18, 0));
	assert_false(dl.late);
	/* the worst moment, the close: they meet exactly */
	dl = DL(reg, &builtin, M(2014, 6, 2, 18, 0));
	expect_moment(dl.finish, M(2014, 6, 3, 18, 0));
	expect_moment(dl.due, M(2014, 6, 3, 18, 0));
	assert_false(dl.late);
	struct ref_outcome ro;
	ref_outcome(reg, R(reg), OUT_RESULT, &builtin, &ro);
	assert_int_equal(ro.verdict, REF_OK);
	assert_true(ro.exact);
	assert_int_equal(ro.longest, 480);
	assert_int_equal(ro.term_eff, 480);
	unit_free(&u);
}

/* "How do weekend days worked by a transfer order count?"  Saturday
 * 2013-12-28 was worked: 2 h from Fri 2013-12-27 17:00 ends at 10:00 on
 * Saturday; a 1 wd term for Friday ends at the close of that Saturday. */
static void test_transfer_saturday(void **state)
{
	(void)state;
	struct tunit u;
	struct m_reg *reg = build(&u, "", "term result 1 wd", "s \"x\" 2 h\nend result");
	struct ref_deadline dl = DL(reg, &builtin, M(2013, 12, 27, 17, 0));
	expect_moment(dl.accepted, M(2013, 12, 27, 17, 0));
	expect_moment(dl.finish, M(2013, 12, 28, 10, 0));
	expect_moment(dl.due, M(2013, 12, 28, 18, 0));
	assert_false(dl.late);
	unit_free(&u);
}

/* "Why was a path of 3 wd 1 min late by 1 min?"  From 2014-06-02T18:00:
 * Tue, Wed, Thu whole, then 09:00-09:01 Friday; the 3 wd term ran out at
 * the close of Thursday. */
static void test_3wd_1min(void **state)
{
	(void)state;
	struct tunit u;
	struct m_reg *reg = build(&u, "", "term result 3 wd", "s \"x\" 3 wd 1 min\nend result");
	struct ref_deadline dl = DL(reg, &builtin, M(2014, 6, 2, 18, 0));
	expect_moment(dl.accepted, M(2014, 6, 2, 18, 0));
	expect_moment(dl.finish, M(2014, 6, 6, 9, 1));
	expect_moment(dl.due, M(2014, 6, 5, 18, 0));
	assert_true(dl.late);
	/* 17:59 leaves a minute of Monday: ready Thu 18:00, in time */
	dl = DL(reg, &builtin, M(2014, 6, 2, 17, 59));
	expect_moment(dl.finish, M(2014, 6, 5, 18, 0));
	assert_false(dl.late);
	/* check: one kind, late by P - T' = 1441 - 1440 = 1 min */
	struct ref_outcome ro;
	ref_outcome(reg, R(reg), OUT_RESULT, &builtin, &ro);
	assert_int_equal(ro.verdict, REF_EXCEEDS);
	assert_true(ro.exact);
	assert_false(ro.days);
	assert_int_equal(ro.longest, 3 * 480 + 1);
	assert_int_equal(ro.term_eff, 3 * 480);
	unit_free(&u);
}

/* ------------------------------------------------------------------ */
/* The brief's cases                                                    */
/* ------------------------------------------------------------------ */

/* A calendar of two weeks without holidays, Mon 2014-06-02 .. Sun 06-15. */
static void two_weeks(struct testcal *tc)
{
	make_cal(tc, Dy(2014, 6, 2), 14, NULL, 0, NULL, 0);
}

static const char *loop_body(int max)
{
	static char buf[256];
	snprintf(buf, sizeof buf,
		 "check: s \"check\" 4 h\n"
		 "if s \"errors?\" yes {\n"
		 "  app \"fix\"\n"
		 "  goto check max %d\n"
		 "}\n"
		 "s \"issue\" 1 cd\n"
		 "end result",
		 max);
	return buf;
}

/* A loop taken twice is late on the ordinary week.  Paths: 4 h + 1 cd,
 * 8 h + 1 cd, 12 h + 1 cd; term 2 wd.
 *   Close of Mon 2001-01-01: 12 h = Tue 8 h + Wed 09:00-13:00; + 1 cd =
 *   Thu 13:00.  Due: the close of Wed (Tue, Wed).  Late by 19 h = 1140.
 *   The 8 h path: Tue 18:00 + 1 cd = Wed 18:00 = due: in time.
 *   Every close of the week is late by 19 h (Fri: Mon, Tue 09-13, + 1 cd
 *   Wed 13:00, due Tue 18:00); earlier moments of a day end no later
 *   against the same due.  So the worst: Monday's close.
 *   Worst elapsed: 12 h of work spans at most 3 d 19 h (from Thu 14:01 to
 *   Mon 09:01, ..., from Thu or Fri's close), + 1 cd: 4 d 19 h = 6900.
 *   Best elapsed (lower bounds, 4 h + 1 cd): at least 240 + 1440 = 1680,
 *   from 09:00. */
static void test_loop_twice_late(void **state)
{
	(void)state;
	struct testcal tc;
	two_weeks(&tc);
	struct tunit u;
	struct m_reg *reg = build(&u, "", "term result 2 wd", loop_body(2));
	struct ref_outcome ro;
	ref_outcome(reg, R(reg), OUT_RESULT, &tc.c, &ro);
	assert_int_equal(ro.verdict, REF_EXCEEDS);
	assert_true(ro.checked);
	assert_false(ro.exact);
	assert_true(ro.ordinary);
	expect_moment(ro.start, M(2001, 1, 1, 18, 0));
	expect_moment(ro.due, M(2001, 1, 3, 18, 0));
	expect_moment(ro.finish, M(2001, 1, 4, 13, 0));
	assert_int_equal(ro.worst_elapsed, 6900);
	assert_int_equal(ro.best_elapsed, 1680);
	unit_free(&u);

	/* max 1: paths 4 h + 1 cd and 8 h + 1 cd.  Closes: Mon -> Wed 18:00
	   (due Wed 18:00), Tue -> Thu/Thu, Wed -> Fri/Fri, Thu -> Fri 18:00
	   + 1 cd = Sat 18:00 (due Mon 18:00), Fri -> Mon 18:00 + 1 cd = Tue
	   18:00 (due Tue 18:00).  In time; the calendar's greatest lateness
	   is 0, first met at the close of Mon 2014-06-02. */
	reg = build(&u, "", "term result 2 wd", loop_body(1));
	ref_outcome(reg, R(reg), OUT_RESULT, &tc.c, &ro);
	assert_int_equal(ro.verdict, REF_OK);
	assert_false(ro.exact);
	assert_false(ro.ordinary);
	expect_moment(ro.start, M(2014, 6, 2, 18, 0));
	expect_moment(ro.due, M(2014, 6, 4, 18, 0));
	expect_moment(ro.finish, M(2014, 6, 4, 18, 0));

	/* A calendar with no working day in its years leaves the ordinary
	   week's: Monday 2001-01-01's close, lateness 0. */
	struct testcal empty;
	int32_t offs[7];
	for (int i = 0; i < 7; i++)
		offs[i] = Dy(2014, 6, 2) + i;
	make_cal(&empty, Dy(2014, 6, 2), 7, offs, 7, NULL, 0);
	ref_outcome(reg, R(reg), OUT_RESULT, &empty.c, &ro);
	assert_int_equal(ro.verdict, REF_OK);
	assert_true(ro.ordinary);
	expect_moment(ro.start, M(2001, 1, 1, 18, 0));
	expect_moment(ro.due, M(2001, 1, 3, 18, 0));
	expect_moment(ro.finish, M(2001, 1, 3, 18, 0));
	free_cal(&empty);
	unit_free(&u);

	/* Without a term: the calendar's greatest elapsed time, 6900, first
	   on Thu 2014-06-05 (from 14:01 to the close); the latest moment of
	   that day is its close: ready Fri 8 h + Mon 09-13, + 1 cd = Tue
	   06-10 13:00. */
	reg = build(&u, "", "", loop_body(2));
	ref_outcome(reg, R(reg), OUT_RESULT, &tc.c, &ro);
	assert_int_equal(ro.verdict, REF_NO_TERM);
	assert_false(ro.exact);
	assert_false(ro.ordinary);
	expect_moment(ro.start, M(2014, 6, 5, 18, 0));
	assert_int_equal(ro.due, -1);
	expect_moment(ro.finish, M(2014, 6, 10, 13, 0));
	assert_int_equal(ro.worst_elapsed, 6900);
	assert_int_equal(ro.best_elapsed, 1680);
	unit_free(&u);
	free_cal(&tc);
}

/* An open step on one branch, and the other branch over the term: the
 * checked path is still checked (section 4): EXCEEDS, not OPEN. */
static void test_open_branch(void **state)
{
	(void)state;
	struct tunit u;
	const char *body = "if s \"q?\" yes {\n"
			   "  s \"thinks\"\n"
			   "  end result\n"
			   "}\n"
			   "s \"works\" 2 wd\n"
			   "end result";
	struct m_reg *reg = build(&u, "", "term result 1 wd", body);
	struct ref_outcome ro;
	ref_outcome(reg, R(reg), OUT_RESULT, &builtin, &ro);
	assert_int_equal(ro.verdict, REF_EXCEEDS);
	assert_true(ro.checked);
	assert_true(ro.exact);
	assert_int_equal(ro.longest, 960);
	assert_int_equal(ro.term_eff, 480);
	/* deadline: the open path is not checked; the checked one ends Wed
	   18:00 from Mon 18:00, after Tue 18:00 */
	struct ref_deadline dl = DL(reg, &builtin, M(2014, 6, 2, 18, 0));
	assert_true(dl.open);
	assert_true(dl.checked);
	expect_moment(dl.finish, M(2014, 6, 4, 18, 0));
	assert_true(dl.late);
	unit_free(&u);

	/* Mixed: the other branch 1 cd + 1 h against 1 wd: from Mon 18:00,
	   Tue 18:00, then Wed 10:00 > Tue 18:00. */
	body = "if s \"q?\" yes {\n"
	       "  s \"thinks\"\n"
	       "  end result\n"
	       "}\n"
	       "s \"waits\" 1 cd\n"
	       "s \"works\" 1 h\n"
	       "end result";
	reg = build(&u, "", "term result 1 wd", body);
	ref_outcome(reg, R(reg), OUT_RESULT, &builtin, &ro);
	assert_int_equal(ro.verdict, REF_EXCEEDS);
	assert_true(ro.checked);
	assert_false(ro.exact);
	unit_free(&u);

	/* The other branch in time: OPEN. */
	body = "if s \"q?\" yes {\n"
	       "  s \"thinks\"\n"
	       "  end result\n"
	       "}\n"
	       "s \"works\" 1 h\n"
	       "end result";
	reg = build(&u, "", "term result 1 wd", body);
	ref_outcome(reg, R(reg), OUT_RESULT, &builtin, &ro);
	assert_int_equal(ro.verdict, REF_OPEN);
	assert_true(ro.checked);
	assert_int_equal(ro.longest, 60);
	unit_free(&u);

	/* Every path open: OPEN, nothing checked; deadline takes the open
	   steps as nothing: 1 h from Mon 10:00 is 11:00, never late. */
	body = "s \"thinks\"\n"
	       "s \"works\" 1 h\n"
	       "end result";
	reg = build(&u, "", "term result 1 min", body);
	ref_outcome(reg, R(reg), OUT_RESULT, &builtin, &ro);
	assert_int_equal(ro.verdict, REF_OPEN);
	assert_false(ro.checked);
	dl = DL(reg, &builtin, M(2014, 6, 2, 10, 0));
	assert_true(dl.open);
	assert_false(dl.checked);
	expect_moment(dl.finish, M(2014, 6, 2, 11, 0));
	expect_moment(dl.due, M(2014, 6, 2, 10, 1));
	assert_false(dl.late);
	unit_free(&u);

	/* An applicant's step without a duration is not open. */
	body = "app \"brings papers\"\n"
	       "s \"works\" 1 h\n"
	       "end result";
	reg = build(&u, "", "", body);
	ref_outcome(reg, R(reg), OUT_RESULT, &builtin, &ro);
	assert_int_equal(ro.verdict, REF_NO_TERM);
	assert_true(ro.exact);
	assert_int_equal(ro.longest, 60);
	assert_int_equal(ro.term_eff, 0);
	unit_free(&u);
}

/* Same-day counting, a 2 wd term, accepted Monday 17:59: the first
 * counted day is Monday itself; 960 working minutes from Monday's opening
 * end at the close of Tuesday. */
static void test_same_day_2wd(void **state)
{
	(void)state;
	struct tunit u;
	struct m_reg *reg = build(&u, "counting: same-day", "term result 2 wd",
				  "s \"x\" 1 wd 1 min\nend result");
	/* 1 wd 1 min from Mon 17:59: Monday's last minute, then Tuesday
	   whole: Tue 18:00, exactly the due moment. */
	struct ref_deadline dl = DL(reg, &builtin, M(2014, 6, 2, 17, 59));
	expect_moment(dl.due, M(2014, 6, 3, 18, 0));
	expect_moment(dl.finish, M(2014, 6, 3, 18, 0));
	assert_false(dl.late);
	/* from the close: Tuesday whole, then Wed 09:01: late */
	dl = DL(reg, &builtin, M(2014, 6, 2, 18, 0));
	expect_moment(dl.due, M(2014, 6, 3, 18, 0));
	expect_moment(dl.finish, M(2014, 6, 4, 9, 1));
	assert_true(dl.late);
	/* one kind: P = 481 > T' = 2 wd - 1 wd = 480: late by 1 min */
	struct ref_outcome ro;
	ref_outcome(reg, R(reg), OUT_RESULT, &builtin, &ro);
	assert_int_equal(ro.verdict, REF_EXCEEDS);
	assert_true(ro.exact);
	assert_int_equal(ro.longest, 481);
	assert_int_equal(ro.term_eff, 480);
	unit_free(&u);
}

/* A term in hours and a calendar-day step (section 6.2's example): 1 cd
 * accepted at 09:00 is ready at 09:00 the next day, 15 hours after a term
 * of 8 h that ran out at 18:00; at the close it meets the term exactly.
 * Hand count on the ordinary week, 8 h = 480 working minutes from a:
 *   09:00     -> due 18:00 the same day, ready next day 09:00: late 900;
 *   09:00 + x -> due next working day 09:00 + x, ready next day 09:00 + x:
 *                0 (Friday: due Monday, ready Saturday: early);
 *   14:00     -> due next day 13:00, ready 14:00: late 60 (Mon-Thu);
 *   14:00 + x -> due = ready: 0;  18:00 -> due = ready: 0.
 * Greatest lateness 900 on every day at 09:00: the earliest day, Monday
 * 2001-01-01 09:00.  Elapsed: always exactly 1 cd = 1440. */
static void test_hours_term_cd_step(void **state)
{
	(void)state;
	struct testcal tc;
	two_weeks(&tc);
	struct tunit u;
	struct m_reg *reg = build(&u, "", "term result 8 h", "s \"x\" 1 cd\nend result");
	struct ref_outcome ro;
	ref_outcome(reg, R(reg), OUT_RESULT, &tc.c, &ro);
	assert_int_equal(ro.verdict, REF_EXCEEDS);
	assert_false(ro.exact);
	assert_true(ro.ordinary);
	expect_moment(ro.start, M(2001, 1, 1, 9, 0));
	expect_moment(ro.due, M(2001, 1, 1, 18, 0));
	expect_moment(ro.finish, M(2001, 1, 2, 9, 0));
	assert_int_equal(ro.worst_elapsed, 1440);
	assert_int_equal(ro.best_elapsed, 1440);
	/* the moments of the count, one by one (the calendar of the test
	   has no holiday: Mon 2014-06-02 is an ordinary Monday) */
	struct {
		int h, m;
		int64_t late;
	} pts[] = {{9, 0, 900}, {9, 1, 0}, {12, 59, 0}, {14, 0, 60}, {14, 1, 0}, {18, 0, 0}};
	for (size_t i = 0; i < sizeof pts / sizeof pts[0]; i++) {
		struct ref_deadline dl = DL(reg, &tc.c, M(2014, 6, 2, pts[i].h, pts[i].m));
		assert_int_equal(dl.finish - dl.accepted, 1440);
		int64_t lateness = dl.finish - dl.due;
		if (pts[i].late > 0) {
			assert_int_equal(lateness, pts[i].late);
			assert_true(dl.late);
		} else {
			assert_true(lateness <= 0);
			assert_false(dl.late);
		}
	}
	/* Friday 2014-06-06 09:00: due Fri 18:00, ready Sat 09:00 */
	struct ref_deadline dl = DL(reg, &tc.c, M(2014, 6, 6, 9, 0));
	expect_moment(dl.due, M(2014, 6, 6, 18, 0));
	expect_moment(dl.finish, M(2014, 6, 7, 9, 0));
	unit_free(&u);
	free_cal(&tc);
}

/* One kind, same-day counting: the excess is P - T'. */
static void test_one_kind_same_day_excess(void **state)
{
	(void)state;
	struct tunit u;
	/* calendar days: 10 cd path, 10 cd term, same-day: T' = 9, excess
	   1 cd */
	struct m_reg *reg = build(&u, "counting: same-day", "term result 10 cd",
				  "s \"x\" 4 cd\ns \"y\" 6 cd\nend result");
	struct ref_outcome ro;
	ref_outcome(reg, R(reg), OUT_RESULT, &builtin, &ro);
	assert_int_equal(ro.verdict, REF_EXCEEDS);
	assert_true(ro.exact);
	assert_true(ro.days);
	assert_int_equal(ro.longest, 10);
	assert_int_equal(ro.term_eff, 9);
	/* On the calendar: accepted Mon 2014-06-02 18:00: last day 06-11
	   (Wed, working): due Wed 18:00, ready Thu 06-12 18:00: a day late. */
	struct ref_deadline dl = DL(reg, &builtin, M(2014, 6, 2, 18, 0));
	expect_moment(dl.due, M(2014, 6, 11, 18, 0));
	expect_moment(dl.finish, M(2014, 6, 12, 18, 0));
	assert_true(dl.late);
	/* Fri 06-06 18:00: last day Sun 06-15 -> Mon 06-16 18:00 = ready */
	dl = DL(reg, &builtin, M(2014, 6, 6, 18, 0));
	expect_moment(dl.due, M(2014, 6, 16, 18, 0));
	expect_moment(dl.finish, M(2014, 6, 16, 18, 0));
	assert_false(dl.late);
	unit_free(&u);

	/* working time: 2 wd 30 min + 1 h against 3 wd, same-day: P = 960 +
	   90 = 1050, T' = 1440 - 480 = 960: excess 90 min */
	reg = build(&u, "counting: same-day", "term result 3 wd",
		    "s \"x\" 2 wd 30 min\ns \"y\" 1 h\nend result");
	ref_outcome(reg, R(reg), OUT_RESULT, &builtin, &ro);
	assert_int_equal(ro.verdict, REF_EXCEEDS);
	assert_true(ro.exact);
	assert_false(ro.days);
	assert_int_equal(ro.longest, 1050);
	assert_int_equal(ro.term_eff, 960);
	assert_int_equal(ro.longest - ro.term_eff, 90);
	/* next-day, the same route: T' = 1440, in time */
	unit_free(&u);
	reg = build(&u, "", "term result 3 wd", "s \"x\" 2 wd 30 min\ns \"y\" 1 h\nend result");
	ref_outcome(reg, R(reg), OUT_RESULT, &builtin, &ro);
	assert_int_equal(ro.verdict, REF_OK);
	assert_int_equal(ro.term_eff, 1440);
	unit_free(&u);
}

/* Late only around holidays (W0602): a 2 wd step against a 5 cd term.
 * The ordinary week, closes: Mon -> Wed (due Sat -> Mon), Tue -> Thu (Sun
 * -> Mon), Wed -> Fri (Mon), Thu -> Mon (Tue), Fri -> Tue (Wed): in time.
 * Calendar Mon 2014-06-02 .. Sun 06-29 with holidays Thu 06-12, Fri 06-13
 * and Mon 06-16: accepted Wed 06-11 at its close, the work takes Tue
 * 06-17 and Wed 06-18: ready Wed 06-18 18:00; the last day 06-16 is a
 * holiday -> Tue 06-17 18:00.  Late by 1 d = 1440; every other day is in
 * time (the next-working-day rule catches up).  Greatest elapsed: 7 days
 * (06-11 18:00 -> 06-18 18:00); least: 2 wd from 09:00, the next day's
 * close = 33 h = 1980. */
static void test_holidays_verdict(void **state)
{
	(void)state;
	struct testcal tc;
	int32_t off[] = {Dy(2014, 6, 12), Dy(2014, 6, 13), Dy(2014, 6, 16)};
	make_cal(&tc, Dy(2014, 6, 2), 28, off, 3, NULL, 0);
	struct tunit u;
	struct m_reg *reg = build(&u, "", "term result 5 cd", "s \"x\" 2 wd\nend result");
	struct ref_outcome ro;
	ref_outcome(reg, R(reg), OUT_RESULT, &tc.c, &ro);
	assert_int_equal(ro.verdict, REF_HOLIDAYS);
	assert_false(ro.exact);
	assert_false(ro.ordinary);
	expect_moment(ro.start, M(2014, 6, 11, 18, 0));
	expect_moment(ro.due, M(2014, 6, 17, 18, 0));
	expect_moment(ro.finish, M(2014, 6, 18, 18, 0));
	assert_int_equal(ro.worst_elapsed, 7 * 1440);
	assert_int_equal(ro.best_elapsed, 1980);
	/* the ordinary week alone (a calendar with no years): in time, and
	   the worst acceptance is the ordinary week's least margin. */
	struct calendar ord;
	cal_ordinary(&ord);
	ref_outcome(reg, R(reg), OUT_RESULT, &ord, &ro);
	assert_int_equal(ro.verdict, REF_OK);
	assert_true(ro.ordinary);
	/* closes: Mon -> Wed 01-03 18:00 against Sat -> Mon 01-08 18:00:
	   -5 d; Tue -> Thu against Sun -> Mon: -4 d; Wed -> Fri against Mon:
	   -3 d; Thu -> Mon 01-08 against Tue 01-09: -1 d; Fri -> Tue against
	   Wed: -1 d.  Greatest: -1 d, earliest on Thu 2001-01-04, latest
	   moment of it: its close. */
	expect_moment(ro.start, M(2001, 1, 4, 18, 0));
	expect_moment(ro.due, M(2001, 1, 9, 18, 0));
	expect_moment(ro.finish, M(2001, 1, 8, 18, 0));
	cal_free(&ord);
	unit_free(&u);
	free_cal(&tc);
}

/* Other working hours: 08:30-17:30, break 12:00-13:00, so W = 8 h; and a
 * short day without a break. */
static void test_other_hours(void **state)
{
	(void)state;
	struct tunit u;
	struct m_reg *reg = build(&u, "hours: \"08:30-17:30\"\nbreak: \"12:00-13:00\"",
				  "term result 1 wd", "s \"x\" 4 h\nend result");
	assert_int_equal(reg->workday_min, 480);
	/* 11:00 + 4 h: 11-12 (1 h), 13-16 (3 h): 16:00 */
	struct ref_deadline dl = DL(reg, &builtin, M(2014, 6, 2, 11, 0));
	expect_moment(dl.finish, M(2014, 6, 2, 16, 0));
	/* accepted 17:30 (the close): Tue 08:30-12:00 (3.5 h) + 13:00-13:30 */
	dl = DL(reg, &builtin, M(2014, 6, 2, 17, 30));
	expect_moment(dl.accepted, M(2014, 6, 2, 17, 30));
	expect_moment(dl.finish, M(2014, 6, 3, 13, 30));
	expect_moment(dl.due, M(2014, 6, 3, 17, 30));
	/* 12:10 -> 13:00; 08:00 -> 08:30; 17:31 -> Tue 08:30 */
	expect_moment(DL(reg, &builtin, M(2014, 6, 2, 12, 10)).accepted, M(2014, 6, 2, 13, 0));
	expect_moment(DL(reg, &builtin, M(2014, 6, 2, 8, 0)).accepted, M(2014, 6, 2, 8, 30));
	expect_moment(DL(reg, &builtin, M(2014, 6, 2, 17, 31)).accepted, M(2014, 6, 3, 8, 30));
	unit_free(&u);

	/* 10:00-14:00, no break, workday 4 h: 1 wd 1 h from Mon 13:00 =
	   Mon 1 h, Tue 4 h -> Tue 14:00 */
	reg = build(&u, "hours: \"10:00-14:00\"\nbreak: none\nworkday: 4 h", "term result 1 wd",
		    "s \"x\" 1 wd 1 h\nend result");
	assert_int_equal(reg->workday_min, 240);
	dl = DL(reg, &builtin, M(2014, 6, 2, 13, 0));
	expect_moment(dl.finish, M(2014, 6, 3, 14, 0));
	expect_moment(dl.due, M(2014, 6, 3, 14, 0));
	assert_false(dl.late);
	struct ref_outcome ro;
	ref_outcome(reg, R(reg), OUT_RESULT, &builtin, &ro);
	assert_int_equal(ro.verdict, REF_EXCEEDS);
	assert_int_equal(ro.longest, 300);
	assert_int_equal(ro.term_eff, 240);
	unit_free(&u);
}

/* ------------------------------------------------------------------ */
/* Brute force: minute by minute, written here from the spec            */
/* ------------------------------------------------------------------ */

static uint64_t rng_state = 0x9e3779b97f4a7c15ULL;

static uint64_t rnd(void)
{
	rng_state ^= rng_state << 13;
	rng_state ^= rng_state >> 7;
	rng_state ^= rng_state << 17;
	return rng_state;
}

static int64_t rnd_in(int64_t lo, int64_t hi)
{
	return lo + (int64_t)(rnd() % (uint64_t)(hi - lo + 1));
}

static bool bf_working_minute(const struct calendar *c, const struct m_reg *reg, int64_t t)
{
	int64_t d = floor_div(t, 1440), mod = t - d * 1440;
	if (!cal_is_working(c, (int32_t)d))
		return false;
	if (mod < reg->work_start || mod >= reg->work_end)
		return false;
	if (reg->break_start < reg->break_end && mod >= reg->break_start && mod < reg->break_end)
		return false;
	return true;
}

static int64_t bf_add_work(const struct calendar *c, const struct m_reg *reg, int64_t t, int64_t m)
{
	if (m == 0)
		return t;
	for (int64_t s = t;; s++)
		if (bf_working_minute(c, reg, s) && --m == 0)
			return s + 1;
}

static int64_t bf_accept(const struct calendar *c, const struct m_reg *reg, int64_t t, int64_t *day)
{
	for (int64_t s = t;; s++) {
		int64_t d = floor_div(s, 1440);
		if (bf_working_minute(c, reg, s)) {
			*day = d;
			return s;
		}
		if (cal_is_working(c, (int32_t)d) && s - d * 1440 == reg->work_end) {
			*day = d;
			return s;
		}
	}
}

/* Working hours to try. */
static const struct {
	const char *fields;
} hours_sets[] = {
	{""},
	{"hours: \"08:30-17:30\"\nbreak: \"12:00-13:00\""},
	{"hours: \"10:00-14:00\"\nbreak: none\nworkday: 4 h"},
	{"hours: \"09:00-10:30\"\nbreak: \"09:20-09:50\"\nworkday: 1 h"},
};

/* A calendar with holidays and worked weekends, for the brute force:
 * 2014-05-01 .. 2014-07-31 with a few off days and two worked Saturdays. */
static void odd_cal(struct testcal *tc)
{
	int32_t off[] = {Dy(2014, 5, 1), Dy(2014, 5, 2), Dy(2014, 5, 7), Dy(2014, 5, 9),
			 Dy(2014, 6, 12), Dy(2014, 6, 13), Dy(2014, 6, 16), Dy(2014, 7, 7),
			 Dy(2014, 7, 8), Dy(2014, 7, 9), Dy(2014, 7, 10), Dy(2014, 7, 11)};
	int32_t on[] = {Dy(2014, 5, 10), Dy(2014, 6, 14)};
	make_cal(tc, Dy(2014, 5, 1), 92, off, sizeof off / sizeof off[0], on, 2);
}

static struct m_node *first_step(const struct m_route *r)
{
	for (size_t i = 0; i < r->nnodes; i++)
		if (r->nodes[i]->kind == N_STEP)
			return r->nodes[i];
	fail_msg("no step");
	return NULL;
}

/* Adding working time and acceptance, against the minute-by-minute loops,
 * on the built-in calendar and on a calendar with holidays, with working
 * times from 0 to 30 wd (and one of 10 000 wd). */
static void test_bruteforce_add_work(void **state)
{
	(void)state;
	struct testcal tc;
	odd_cal(&tc);
	const struct calendar *cals[] = {&builtin, &tc.c};
	for (size_t hs = 0; hs < sizeof hours_sets / sizeof hours_sets[0]; hs++) {
		struct tunit u;
		struct m_reg *reg = build(&u, hours_sets[hs].fields, "",
					  "s \"x\" 1 min\nend result");
		struct m_node *st = first_step(R(reg));
		for (int ci = 0; ci < 2; ci++) {
			const struct calendar *c = cals[ci];
			for (int k = 0; k < 600; k++) {
				int64_t t = M(2014, 4, 20, 0, 0) + rnd_in(0, 110 * 1440);
				int64_t m;
				switch (k % 4) {
				case 0: m = rnd_in(1, 60); break;
				case 1: m = rnd_in(1, 3 * reg->workday_min); break;
				case 2: m = rnd_in(1, 30 * reg->workday_min); break;
				default: m = rnd_in(0, 2); break;
				}
				st->dur.form = DF_EXACT;
				st->dur.hi = (struct qty){0, m / reg->workday_min, m % reg->workday_min, 0};
				st->dur.lo = st->dur.hi;
				int64_t day;
				int64_t a = bf_accept(c, reg, t, &day);
				struct ref_deadline dl = DL(reg, c, t);
				expect_moment(dl.accepted, a);
				expect_moment(dl.finish, bf_add_work(c, reg, a, m));
			}
			/* 10 000 working days */
			st->dur.hi = (struct qty){0, 10000, 7, 0};
			int64_t t = M(2014, 6, 11, 15, 0);
			struct ref_deadline dl = DL(reg, c, t);
			expect_moment(dl.finish, bf_add_work(c, reg, t, 10000 * reg->workday_min + 7));
		}
		unit_free(&u);
	}
	free_cal(&tc);
}

/* The due moment of section 5, written out here, minute by minute. */
static int64_t bf_due(const struct calendar *c, const struct m_reg *reg, struct qty T, int64_t a,
		      int64_t d)
{
	if (T.cd > 0) {
		int64_t last = reg->count_same_day ? d + T.cd - 1 : d + T.cd;
		if (!reg->close_exact)
			while (!cal_is_working(c, (int32_t)last))
				last++;
		if (cal_is_working(c, (int32_t)last))
			return last * 1440 + reg->work_end;
		return (last + 1) * 1440;
	}
	if (T.wd > 0) {
		int64_t first = d;
		if (!reg->count_same_day)
			do
				first++;
			while (!cal_is_working(c, (int32_t)first));
		return bf_add_work(c, reg, first * 1440 + reg->work_start,
				   T.wd * reg->workday_min + T.min);
	}
	return bf_add_work(c, reg, a, T.min);
}

static void test_bruteforce_due(void **state)
{
	(void)state;
	struct testcal tc;
	odd_cal(&tc);
	const struct calendar *cals[] = {&builtin, &tc.c};
	for (size_t hs = 0; hs < sizeof hours_sets / sizeof hours_sets[0]; hs++) {
		struct tunit u;
		struct m_reg *reg = build(&u, hours_sets[hs].fields, "term result 1 min",
					  "sys \"x\" automatic\nend result");
		for (int ci = 0; ci < 2; ci++) {
			const struct calendar *c = cals[ci];
			for (int k = 0; k < 800; k++) {
				struct qty T = {0, 0, 0, 0};
				switch (k % 3) {
				case 0: T.cd = rnd_in(1, 40); break;
				case 1: T.wd = rnd_in(1, 12); T.min = rnd_in(0, 1) ? rnd_in(1, 300) : 0; break;
				default: T.min = rnd_in(1, 2000); break;
				}
				reg->terms[OUT_RESULT].dur.hi = T;
				reg->count_same_day = rnd() & 1;
				reg->close_exact = rnd() & 1;
				int64_t t = M(2014, 4, 25, 0, 0) + rnd_in(0, 100 * 1440);
				int64_t day;
				int64_t a = bf_accept(c, reg, t, &day);
				struct ref_deadline dl = DL(reg, c, t);
				expect_moment(dl.accepted, a);
				assert_true(dl.has_term);
				expect_moment(dl.due, bf_due(c, reg, T, a, day));
			}
		}
		unit_free(&u);
	}
	free_cal(&tc);
}

/* Section 6.1's claim, checked by simulation: for routes of one kind, the
 * ordinary week is late for some acceptance moment exactly when P > T',
 * the greatest lateness at the close is P - T' in the kind's units
 * (working minutes: not clock minutes, so only late/in time is compared
 * for them), and the calendar (with holidays) is never late when the
 * ordinary week is not. */
static void test_exact_agrees_with_simulation(void **state)
{
	(void)state;
	struct testcal tc;
	odd_cal(&tc);
	struct calendar ord;
	cal_ordinary(&ord);
	const char *body = "s \"a\" 1 min\n"
			   "if s \"q?\" yes {\n"
			   "  s \"b\" 1 min\n"
			   "}\n"
			   "s \"c\" 1 min\n"
			   "end result";
	for (size_t hs = 0; hs < sizeof hours_sets / sizeof hours_sets[0]; hs++) {
		struct tunit u;
		struct m_reg *reg = build(&u, hours_sets[hs].fields, "term result 1 min", body);
		const struct m_route *r = R(reg);
		struct m_node *steps[3];
		size_t ns = 0;
		for (size_t i = 0; i < r->nnodes && ns < 3; i++)
			if (r->nodes[i]->kind == N_STEP)
				steps[ns++] = r->nodes[i];
		assert_int_equal(ns, 3);
		int64_t W = reg->workday_min;
		for (int k = 0; k < 60; k++) {
			bool days = k % 2;
			struct qty T = {0, 0, 0, 0};
			for (int s = 0; s < 3; s++) {
				struct qty q = {0, 0, 0, 0};
				if (days)
					q.cd = rnd_in(0, 4);
				else
					q.min = rnd_in(0, 2 * W);
				steps[s]->dur.form = (q.cd || q.min) ? DF_EXACT : DF_AUTOMATIC;
				steps[s]->dur.hi = steps[s]->dur.lo = q;
			}
			if (days)
				T.cd = rnd_in(1, 9);
			else if (k % 4 == 0)
				T.min = rnd_in(1, 3 * W);
			else {
				T.wd = rnd_in(1, 3);
				T.min = rnd_in(0, 2) ? 0 : rnd_in(1, W - 1);
			}
			reg->terms[OUT_RESULT].dur.hi = T;
			reg->count_same_day = rnd() & 1;
			reg->close_exact = rnd() & 1;

			struct ref_outcome ro;
			ref_outcome(reg, r, OUT_RESULT, &tc.c, &ro);
			assert_true(ro.exact);
			bool late_exact = ro.verdict == REF_EXCEEDS;
			assert_int_equal(late_exact, ro.longest > ro.term_eff);

			/* every acceptance moment of the ordinary week */
			bool late_ord = false;
			int64_t worst = INT64_MIN;
			int64_t mon = M(2001, 1, 1, 0, 0);
			for (int64_t t = mon; t < mon + 5 * 1440; t++) {
				int64_t mod = t % 1440;
				if (!bf_working_minute(&ord, reg, t) && mod != reg->work_end)
					continue; /* not an acceptance moment */
				struct ref_deadline dl = DL(reg, &ord, t);
				assert_int_equal(dl.accepted, t);
				late_ord |= dl.late;
				if (dl.finish - dl.due > worst)
					worst = dl.finish - dl.due;
			}
			assert_int_equal(late_ord, late_exact);
			if (days && late_exact)
				assert_int_equal(worst, (ro.longest - ro.term_eff) * 1440);
			/* the calendar's years: late only if late on the
			   ordinary week */
			if (!late_exact) {
				for (int64_t d = tc.c.first; d <= tc.c.last; d++) {
					if (!cal_is_working(&tc.c, (int32_t)d))
						continue;
					for (int64_t t = d * 1440 + reg->work_start;
					     t <= d * 1440 + reg->work_end; t += 13) {
						struct ref_deadline dl = DL(reg, &tc.c, t);
						assert_false(dl.late);
					}
					struct ref_deadline dl =
						DL(reg, &tc.c, d * 1440 + reg->work_end);
					assert_false(dl.late);
				}
			}
		}
		unit_free(&u);
	}
	cal_free(&ord);
	free_cal(&tc);
}

/* ------------------------------------------------------------------ */
/* Readings of the spec, pinned                                         */
/* ------------------------------------------------------------------ */

/* Section 7: outside the calendar's years Monday to Friday are working
 * days and nothing else.  The reference computes that rule itself beyond
 * its table; the calendar must agree. */
static void test_outside_calendar_mon_fri(void **state)
{
	(void)state;
	for (int32_t z = builtin.first - 800; z < builtin.first; z++)
		assert_int_equal(cal_is_working(&builtin, z), cal_weekday(z) < 5);
	for (int32_t z = builtin.last + 1; z < builtin.last + 800; z++)
		assert_int_equal(cal_is_working(&builtin, z), cal_weekday(z) < 5);
}

/* Section 4: "A bounded jump goto L max N is taken at most N times on one
 * path".  Nested loops, each jump max 1:
 *   a b                       2 h
 *   a b >inner b              3 h
 *   a b >outer a b            4 h
 *   a b >inner b >outer a b   5 h (the inner jump is spent: "no")
 *   a b >outer a b >inner b   5 h
 * so P = 5 h.  (Reading the "count is forgotten once the path has left
 * that loop" of section 10 as a rule would allow a b >inner b >outer a b
 * >inner b = 6 h.) */
static void test_nested_loops(void **state)
{
	(void)state;
	struct tunit u;
	struct m_reg *reg = build(&u, "", "",
				  "outer: s \"a\" 1 h\n"
				  "inner: s \"b\" 1 h\n"
				  "if s \"again inner?\" yes {\n"
				  "  goto inner max 1\n"
				  "}\n"
				  "if s \"again outer?\" yes {\n"
				  "  goto outer max 1\n"
				  "}\n"
				  "end result");
	struct ref_outcome ro;
	ref_outcome(reg, R(reg), OUT_RESULT, &builtin, &ro);
	assert_int_equal(ro.verdict, REF_NO_TERM);
	assert_true(ro.exact);
	assert_int_equal(ro.longest, 300);
	unit_free(&u);
}

/* Hours the spec's rules could not agree on are not hours a regulation
 * may state (docs/timing.md §1): a break that touches the start or the
 * end of the hours (the close would not end the last working minute, and
 * §5 rule 2 would end a 1 wd term before the close), hours ending at
 * 24:00 (the close of a day would be the next day's midnight), and a
 * `workday` that contradicts the default hours.  Each is E0008. */
static void rejected(const char *fields)
{
	char *text = NULL;
	size_t n = 0;
	FILE *f = open_memstream(&text, &n);
	assert_non_null(f);
	fprintf(f, "regulation t\n%s\nactor s staff \"s\"\n"
		   "route r \"r\" {\ns \"x\" 1 wd\nend result\n}\n", fields);
	fclose(f);
	struct session s;
	struct session_opts o = { .format = DF_TEXT, .no_timing = true };
	char err[128];
	if (!session_open(&s, &o, err, sizeof err))
		fail_msg("%s", err);
	s.d.quiet = true;
	struct cunit u;
	session_compile(&s, "t.regl", text, strlen(text), &u);
	bool e0008 = false;
	for (size_t i = 0; i < s.d.n; i++)
		e0008 |= s.d.v[i]->code == D_BAD_FIELD;
	if (!e0008)
		fail_msg("not rejected:\n%s", text);
	unit_release(&u);
	session_close(&s);
	free(text);
}

static void test_degenerate_hours_rejected(void **state)
{
	(void)state;
	rejected("break: \"17:00-18:00\"");
	rejected("break: \"09:00-10:00\"");
	rejected("hours: \"00:00-24:00\"\nbreak: none");
	rejected("workday: 6 h");
}

/* ------------------------------------------------------------------ */
/* The shortcuts change nothing                                         */
/* ------------------------------------------------------------------ */

static const char *rnd_dur(void)
{
	static const char *d[] = {"15 min", "2 h", "1 wd", "1 cd", "3 cd", "within 1 wd",
				  "1 h .. 3 h", "automatic", "2 cd .. 4 cd", "<= 45 min",
				  "1 wd 2 h", "30 min", "2 wd", "5 h"};
	return d[rnd() % (sizeof d / sizeof d[0])];
}

static void cat(char *buf, size_t n, const char *fmt, ...)
{
	size_t len = strlen(buf);
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(buf + len, n - len, fmt, ap);
	va_end(ap);
}

static void rnd_step(char *buf, size_t n)
{
	int k = (int)(rnd() % 10);
	if (k == 0)
		cat(buf, n, "  app \"own\"\n");
	else if (k == 1 && rnd() % 3 == 0)
		cat(buf, n, "  s \"open\"\n");
	else
		cat(buf, n, "  s \"x\" %s\n", rnd_dur());
}

/* A random route body: steps, decisions (a branch may end in a refusal),
 * loops. */
static void rnd_body(char *buf, size_t n)
{
	buf[0] = 0;
	int items = (int)rnd_in(2, 6), label = 0;
	for (int i = 0; i < items; i++) {
		int k = (int)(rnd() % 10);
		if (k < 5) {
			rnd_step(buf, n);
		} else if (k < 8) {
			cat(buf, n, "if s \"q\" yes {\n");
			rnd_step(buf, n);
			if (rnd() % 2)
				rnd_step(buf, n);
			if (rnd() % 3 == 0)
				cat(buf, n, "  end refusal\n");
			cat(buf, n, "}");
			if (rnd() % 2) {
				cat(buf, n, " no {\n");
				rnd_step(buf, n);
				cat(buf, n, "}");
			}
			cat(buf, n, "\n");
		} else {
			cat(buf, n, "L%d: s \"check\" %s\n", label, rnd_dur());
			cat(buf, n, "if s \"again?\" yes {\n");
			if (rnd() % 2)
				rnd_step(buf, n);
			cat(buf, n, "  goto L%d max %d\n}\n", label, (int)rnd_in(1, 2));
			label++;
		}
	}
	cat(buf, n, "end result");
}

static bool same_outcome(const struct ref_outcome *a, const struct ref_outcome *b)
{
	return a->verdict == b->verdict && a->checked == b->checked && a->exact == b->exact &&
	       a->days == b->days && a->longest == b->longest && a->term_eff == b->term_eff &&
	       a->ordinary == b->ordinary && a->start == b->start && a->due == b->due &&
	       a->finish == b->finish && a->worst_elapsed == b->worst_elapsed &&
	       a->best_elapsed == b->best_elapsed;
}

/* Random routes: the answers with the shortcuts and in literal mode (each
 * step added on its own, no path dropped) are the same. */
static void test_literal_mode_same_answers(void **state)
{
	(void)state;
	struct testcal tc;
	int32_t off[] = {Dy(2014, 6, 12), Dy(2014, 6, 13), Dy(2014, 6, 16)};
	int32_t on[] = {Dy(2014, 6, 14)};
	make_cal(&tc, Dy(2014, 6, 9), 14, off, 3, on, 1);
	static const char *terms[] = {"", "term result 5 wd\n", "term result 10 cd\n",
				      "term result 8 h\n", "term result 2 wd 3 h\n"};
	static const char *refusals[] = {"", "term refusal 1 wd\n", "term refusal 3 cd\n"};
	static const char *fields[] = {"", "counting: same-day", "closing: exact",
				       "counting: same-day\nclosing: exact",
				       "hours: \"10:00-14:00\"\nbreak: none\nworkday: 4 h"};
	int mixed = 0;
	for (int k = 0; k < 120; k++) {
		char body[4096], tt[128];
		rnd_body(body, sizeof body);
		snprintf(tt, sizeof tt, "%s%s", terms[rnd() % 5], refusals[rnd() % 3]);
		struct tunit u;
		struct m_reg *reg = build(&u, fields[rnd() % 5], tt, body);
		for (int o = 0; o < OUT__COUNT; o++) {
			struct ref_outcome fast, lit;
			ref_outcome(reg, R(reg), (enum outcome)o, &tc.c, &fast);
			setenv("REF_TIME_LITERAL", "1", 1);
			ref_outcome(reg, R(reg), (enum outcome)o, &tc.c, &lit);
			unsetenv("REF_TIME_LITERAL");
			if (!same_outcome(&fast, &lit))
				fail_msg("literal mode differs (outcome %d) on:\n%s", o, u.text);
			mixed += fast.checked && !fast.exact;
			/* and ref_deadline, from one moment */
			struct ref_deadline d1, d2;
			int64_t t = M(2014, 6, 11, 16, 30);
			bool h1 = ref_deadline(reg, R(reg), (enum outcome)o, &tc.c, t, &d1);
			setenv("REF_TIME_LITERAL", "1", 1);
			bool h2 = ref_deadline(reg, R(reg), (enum outcome)o, &tc.c, t, &d2);
			unsetenv("REF_TIME_LITERAL");
			assert_int_equal(h1, h2);
			if (h1) {
				assert_int_equal(d1.finish, d2.finish);
				assert_int_equal(d1.due, d2.due);
				assert_int_equal(d1.late, d2.late);
			}
		}
		unit_free(&u);
	}
	assert_true(mixed > 20);
	free_cal(&tc);
}


static int setup(void **state)
{
	(void)state;
	char err[256];
	if (cal_builtin(&builtin, err, sizeof err) != 0) {
		fprintf(stderr, "built-in calendar: %s\n", err);
		return -1;
	}
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	cal_free(&builtin);
	return 0;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_add_work_examples),
		cmocka_unit_test(test_acceptance),
		cmocka_unit_test(test_conventions_30cd),
		cmocka_unit_test(test_conventions_5wd),
		cmocka_unit_test(test_midnight),
		cmocka_unit_test(test_ready_at_due),
		cmocka_unit_test(test_term_1wd_2h),
		cmocka_unit_test(test_step_vs_term_1wd),
		cmocka_unit_test(test_transfer_saturday),
		cmocka_unit_test(test_3wd_1min),
		cmocka_unit_test(test_loop_twice_late),
		cmocka_unit_test(test_open_branch),
		cmocka_unit_test(test_same_day_2wd),
		cmocka_unit_test(test_hours_term_cd_step),
		cmocka_unit_test(test_one_kind_same_day_excess),
		cmocka_unit_test(test_holidays_verdict),
		cmocka_unit_test(test_other_hours),
		cmocka_unit_test(test_bruteforce_add_work),
		cmocka_unit_test(test_bruteforce_due),
		cmocka_unit_test(test_exact_agrees_with_simulation),
		cmocka_unit_test(test_outside_calendar_mon_fri),
		cmocka_unit_test(test_nested_loops),
		cmocka_unit_test(test_degenerate_hours_rejected),
		cmocka_unit_test(test_literal_mode_same_answers),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
