/*
 * cmd_time.c — `reglc explain` (the timing report of a regulation) and
 * `reglc deadline` (the due moment for one acceptance instant).
 *
 * Both compile the file like `check` (printing its findings to stderr)
 * and then print their report on stdout.  They refuse a file with errors
 * in structure: its paths are not known.  The reports are English, in
 * reglc's notation; durations in it are carried as the law writes them
 * (legal.h: "within 1 wd 2 h", totals "28 cd + 2 wd 1 h 15 min").  What
 * they print on stderr is in the message language (--messages).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "calendar.h"
#include "cli.h"
#include "legal.h"
#include "model.h"
#include "stated.h"
#include "msg.h"
#include "time.h"

static const char *verdict_text(enum time_verdict v)
{
	switch (v) {
	case TV_NONE: return "no path ends here";
	case TV_NO_TERM: return "no term stated: the total is reported, not checked";
	case TV_OK: return "every path meets the term";
	case TV_HOLIDAYS: return "exceeds the term around public holidays (warning)";
	case TV_EXCEEDS: return "exceeds the term (error)";
	case TV_OPEN: return "open-ended: a step has no duration, and the paths through it are "
			     "not checked (warning)";
	case TV_INFINITE: return "infinite: an unbounded loop (error)";
	}
	return "?";
}

/* A step's short name: its label, else its actor. */
static const char *step_name(const struct m_node *n, char *buf, size_t len)
{
	if (n->label)
		return n->label;
	snprintf(buf, len, "%s#%u", n->actor ? n->actor->id : "step", n->index);
	return buf;
}

static void print_path(FILE *f, const struct m_node *const *path, size_t n)
{
	bool first = true;
	for (size_t i = 0; i < n; i++) {
		const struct m_node *nd = path[i];
		char b[64];
		if (nd->kind == N_STEP) {
			fprintf(f, "%s%s", first ? "" : " -> ", step_name(nd, b, sizeof b));
			first = false;
		} else if (nd->kind == N_DECISION && i + 1 < n) {
			fprintf(f, "%s[%s]", first ? "" : " -> ", path[i + 1] == nd->yes ? "yes" : "no");
			first = false;
		}
	}
	if (first)
		fputs("(no steps)", f);
}

static void print_conventions(FILE *f, const struct m_reg *reg, const struct calendar *cal)
{
	char a[32], b[32];
	cal_format_date(a, sizeof a, cal->first);
	cal_format_date(b, sizeof b, cal->last);
	fprintf(f, "calendar: %s, %s to %s", cal->name, a, b);
	if (cal->settled < cal->last && cal->last >= cal->first) {
		cal_format_date(a, sizeof a, cal->settled + 1 > cal->first ? cal->settled + 1
									  : cal->first);
		fprintf(f, " (provisional from %s)", a);
	}
	fputc('\n', f);
	struct t_period per;
	time_period(reg, cal, &per);
	if (cal->last >= cal->first && per.last >= per.first) {
		cal_format_date(a, sizeof a, per.first);
		cal_format_date(b, sizeof b, per.last);
		fprintf(f, "judged on the calendar: documents accepted %s to %s (%s)\n", a, b,
			reg->in_force ? "the period of force"
			: cal->settled >= cal->first ? "the settled years"
						     : "every year: all are provisional");
	}
	fprintf(f, "working hours: %02d:%02d-%02d:%02d", reg->work_start / 60, reg->work_start % 60,
		reg->work_end / 60, reg->work_end % 60);
	if (reg->break_start != reg->break_end)
		fprintf(f, ", break %02d:%02d-%02d:%02d", reg->break_start / 60,
			reg->break_start % 60, reg->break_end / 60, reg->break_end % 60);
	char day[64];
	legal_notation_qty(day, sizeof day, (struct qty){ 0, 0, reg->workday_min, 0 }, UNIT_MIN,
			   reg->workday_min, LP_AS_WRITTEN);
	fprintf(f, " (1 wd = %s)\n", day);
	fprintf(f, "counting: the day of acceptance %s; a term ending on a non-working day %s\n",
		reg->count_same_day ? "is counted" : "is not counted",
		reg->close_exact ? "ends there" : "ends on the next working day");
}

/* What the timing analysis found of outcome o of route r: the
 * compilation's own (a session for explain analyses in full). */
static void explain_outcome(FILE *f, const struct m_reg *reg, const struct m_route *r,
			    enum outcome o)
{
	int64_t wdlen = reg->workday_min;
	const struct m_timing rep = r->timing[o];
	if (rep.verdict == TV_NONE)
		return;
	fprintf(f, "  %s:\n", outcome_name(o));
	struct path_set ps;
	time_paths(r, o, 16, &ps);
	for (size_t i = 0; i < ps.n; i++) {
		char lo[96], hi[96];
		legal_notation_qty(lo, sizeof lo, time_path_total(ps.v[i], ps.len[i], false),
				   UNIT_MIN, wdlen, LP_AS_SUM);
		legal_notation_qty(hi, sizeof hi, time_path_total(ps.v[i], ps.len[i], true),
				   UNIT_MIN, wdlen, LP_AS_SUM);
		fprintf(f, "    path %zu: ", i + 1);
		print_path(f, ps.v[i], ps.len[i]);
		fprintf(f, "\n      total %s .. %s\n", lo, hi);
	}
	if (ps.capped)
		fputs("    (more paths: only the first 16 are listed; the verdict covers all)\n", f);
	time_paths_free(&ps);
	char worst[96], best[96], term[96];
	legal_notation_qty(worst, sizeof worst, rep.worst, UNIT_MIN, wdlen, LP_AS_SUM);
	legal_notation_qty(best, sizeof best, rep.best, UNIT_MIN, wdlen, LP_AS_SUM);
	fprintf(f, "    worst total: %s; best total: %s\n", worst, best);
	if (rep.term) {
		legal_notation_qty(term, sizeof term, rep.term->dur.hi, rep.term->dur.unit, wdlen,
				   LP_AS_WRITTEN);
		fprintf(f, "    term: %s\n", term);
	} else {
		fputs("    term: not stated\n", f);
	}
	if (rep.paths_capped) {
		fputs("    verdict: not analysed: its loops make too many paths to check every one "
		      "(error)\n", f);
		return;
	}
	fprintf(f, "    verdict: %s%s\n", verdict_text(rep.verdict),
		!rep.simulated ? "" : rep.dated ? " [months: simulated on the calendar]"
					       : " [mixed kinds: simulated on the calendar]");
	if (rep.unchecked)
		fputs("    (no path is checked: the figures count the steps without a duration "
		      "as taking no time)\n", f);
	if (rep.simulated) {
		char a[48], due[48], fin[48], el[48], bel[48];
		if (rep.ordinary && !rep.dated) {
			time_format_rel(a, sizeof a, rep.worst_start, rep.worst_start);
			time_format_rel(fin, sizeof fin, rep.worst_finish, rep.worst_start);
			time_format_rel(due, sizeof due, rep.worst_due, rep.worst_start);
		} else {
			time_format(a, sizeof a, rep.worst_start);
			time_format(fin, sizeof fin, rep.worst_finish);
			time_format(due, sizeof due, rep.worst_due);
		}
		time_format_elapsed(el, sizeof el, rep.worst_elapsed);
		time_format_elapsed(bel, sizeof bel, rep.best_elapsed);
		if (rep.term) {
			fprintf(f, "    worst start%s: accepted %s, due %s, ready %s\n",
				!rep.ordinary ? "" : rep.dated ? " (ordinary calendar)"
							       : " (ordinary week)", a, due, fin);
		} else {
			fprintf(f, "    worst start: accepted %s, ready %s\n", a, fin);
		}
		fprintf(f, "    elapsed from acceptance: worst %s, best %s\n", el, bel);
	}
	fputs("    critical path:\n", f);
	for (size_t i = 0; i < rep.npath; i++) {
		const struct m_node *nd = rep.path[i].node;
		if (nd->kind != N_STEP)
			continue;
		char b[64], d[96];
		legal_notation_dur(d, sizeof d, &nd->dur, wdlen);
		fprintf(f, "      %-12s %-10s %-14s", step_name(nd, b, sizeof b),
			nd->actor ? nd->actor->id : "", d);
		if (rep.path[i].from >= 0) {
			char x[48], y[48];
			if (rep.ordinary && !rep.dated) {
				time_format_rel(x, sizeof x, rep.path[i].from, rep.worst_start);
				time_format_rel(y, sizeof y, rep.path[i].to, rep.worst_start);
			} else {
				time_format(x, sizeof x, rep.path[i].from);
				time_format(y, sizeof y, rep.path[i].to);
			}
			fprintf(f, " %s -> %s", x, y);
		}
		fputc('\n', f);
	}
}

/* One statement: what it quotes, what reglc reads it as, and whether that
 * agrees with the model (model NULL: not compared). */
static void explain_stated(FILE *f, const char *who, const struct m_stated *st,
			   const struct dur *model, int64_t workday_min)
{
	if (st->kind == SK_SILENT) {
		fprintf(f, "      %-12s %s: states no duration\n", who, st->where);
		return;
	}
	fprintf(f, "      %-12s %s \"%s\"", who, st->where, st->phrase);
	if (st->unchecked) {
		fprintf(f, ": kept unchecked (%s)\n", st->unchecked);
		return;
	}
	if (!st->read) {
		fputs(": not read\n", f);
		return;
	}
	char d[96];
	legal_notation_dur(d, sizeof d, &st->value.dur, workday_min);
	fprintf(f, " reads %s", d);
	if (st->from_hi > st->from_lo)
		fprintf(f, ", from \"%.*s\"", (int)(st->from_hi - st->from_lo),
			st->phrase + st->from_lo);
	fprintf(f, ": %s\n", stated_agrees(st, model, workday_min) ? "agrees" : "differs");
}

/* A statement with what it is about, for listing in source order. */
struct said {
	const struct m_stated *st;
	const struct dur *model;
	char who[64];
};

/* v with room for its n + 1st element. */
static struct said *said_room(struct said *v, size_t n, size_t *cap)
{
	if (n == *cap)
		v = xrealloc(v, (*cap = *cap ? 2 * *cap : 16) * sizeof *v);
	return v;
}

static int said_cmp(const void *a, const void *b)
{
	const struct said *x = a, *y = b;
	return (x->st->at.lo > y->st->at.lo) - (x->st->at.lo < y->st->at.lo);
}

/* The statements about a route's steps and terms (or, r NULL, about the
 * regulation's terms) in the order the file has them, when there are
 * any. */
static void explain_statements(FILE *f, const struct m_reg *reg, const struct m_route *r)
{
	const struct m_term *terms = r ? r->terms : reg->terms;
	struct said *v = NULL;
	size_t n = 0, cap = 0;
	for (size_t i = 0; r && i <= r->nnodes; i++) {
		const struct m_node *nd = i < r->nnodes ? r->nodes[i] : NULL;
		for (const struct m_stated *st = nd ? nd->stated : NULL; st; st = st->next) {
			v = said_room(v, n, &cap);
			v[n].st = st;
			v[n].model = &nd->dur;
			char b[64];
			snprintf(v[n].who, sizeof v[n].who, "%s", step_name(nd, b, sizeof b));
			n++;
		}
	}
	for (int o = 0; o < OUT__COUNT; o++)
		for (const struct m_stated *st = terms[o].stated; st; st = st->next) {
			v = said_room(v, n, &cap);
			v[n].st = st;
			v[n].model = &terms[o].dur;
			snprintf(v[n].who, sizeof v[n].who, "term %s", outcome_name((enum outcome)o));
			n++;
		}
	if (n) {
		qsort(v, n, sizeof *v, said_cmp);
		fputs(r ? "  statements:\n" : "\nstatements:\n", f);
		for (size_t i = 0; i < n; i++)
			explain_stated(f, v[i].who, v[i].st, v[i].model, reg->workday_min);
	}
	free(v);
}

/* Options of explain and deadline; positional FILE. */
struct time_opts {
	struct common_opts common;
	const char *route, *from, *file;
	enum outcome outcome;
};

static int parse_time_opts(int argc, char **argv, struct time_opts *t, bool deadline)
{
	memset(t, 0, sizeof *t);
	t->common.format = DF_TEXT;
	t->outcome = OUT_RESULT;
	for (int i = 0; i < argc; i++) {
		const char *a = argv[i];
		int r = cli_option(argc, argv, &i, &t->common);
		if (r < 0)
			return 2;
		if (r > 0)
			continue;
		const char **slot = NULL;
		if (strcmp(a, "--route") == 0)
			slot = &t->route;
		else if (deadline && strcmp(a, "--from") == 0)
			slot = &t->from;
		if (slot) {
			if (i + 1 >= argc) {
				fprintf(stderr, "reglc: error: %s takes a value\n", a);
				return 2;
			}
			*slot = argv[++i];
			continue;
		}
		if (deadline && strcmp(a, "--outcome") == 0 && i + 1 < argc) {
			const char *v = argv[++i];
			if (strcmp(v, "result") == 0)
				t->outcome = OUT_RESULT;
			else if (strcmp(v, "refusal") == 0)
				t->outcome = OUT_REFUSAL;
			else {
				fprintf(stderr, "reglc: error: --outcome is result or refusal\n");
				return 2;
			}
			continue;
		}
		if (a[0] == '-' && a[1]) {
			fprintf(stderr, "reglc: error: unknown option '%s'\n", a);
			return 2;
		}
		if (t->file) {
			fprintf(stderr, "reglc: error: one file at a time\n");
			return 2;
		}
		t->file = a;
	}
	if (!t->file) {
		fprintf(stderr, "reglc: error: no input file\n");
		return 2;
	}
	if (deadline && (!t->route || !t->from)) {
		fprintf(stderr, "reglc: error: deadline needs --route R and --from "
				"YYYY-MM-DDTHH:MM\n");
		return 2;
	}
	return 0;
}

/* Open the session, compile the file, print its findings; NULL model when
 * it cannot be timed.  *status gets the exit status so far. */
static struct m_reg *compile_for_time(const struct time_opts *t, struct session *S,
				      struct cunit *u, int *status)
{
	*status = 0;
	memset(u, 0, sizeof *u);
	if (!cli_session(S, &t->common, TN_FULL, 0)) {
		*status = 2;
		return NULL;
	}
	struct diags *d = &S->d;
	d->quiet = t->common.format != DF_TEXT; /* stdout carries the report */
	if (!cli_compile(S, t->file, u)) {
		*status = 2;
		return NULL;
	}
	bool ok = u->structural;
	diag_flush(d);
	if (!ok) {
		fprintf(stderr, msg_tr(d->lang, N_("reglc: error: '%s' has errors in structure; "
						   "no timing report\n")),
			t->file);
		*status = 1;
		return NULL;
	}
	if (d->errors)
		*status = 1;
	return u->reg;
}

static const struct m_route *find_route(const struct m_reg *reg, const char *id)
{
	for (size_t i = 0; i < reg->nroutes; i++)
		if (strcmp(reg->routes[i]->id, id) == 0)
			return reg->routes[i];
	fprintf(stderr, "reglc: error: no route '%s'; the routes are:", id);
	for (size_t i = 0; i < reg->nroutes; i++)
		fprintf(stderr, " %s", reg->routes[i]->id);
	fputc('\n', stderr);
	return NULL;
}

int cmd_explain(int argc, char **argv)
{
	struct time_opts t;
	if (parse_time_opts(argc, argv, &t, false))
		return 2;
	struct session S;
	struct cunit u;
	int status;
	struct m_reg *reg = compile_for_time(&t, &S, &u, &status);
	const struct calendar *cal = &S.cal;
	if (reg) {
		printf("regulation %s (%s)\n", reg->id ? reg->id : "?", t.file);
		print_conventions(stdout, reg, cal);
		explain_statements(stdout, reg, NULL);
		bool any = false;
		for (size_t i = 0; i < reg->nroutes; i++) {
			const struct m_route *r = reg->routes[i];
			if (t.route && strcmp(r->id, t.route) != 0)
				continue;
			any = true;
			printf("\nroute %s: %s\n", r->id, r->title.kk);
			for (int o = 0; o < OUT__COUNT; o++)
				explain_outcome(stdout, reg, r, (enum outcome)o);
			explain_statements(stdout, reg, r);
		}
		if (t.route && !any) {
			find_route(reg, t.route);
			status = 2;
		}
	}
	unit_release(&u);
	session_close(&S);
	return status;
}

/* "2014-12-31T17:30" (or a space) into minutes since the epoch. */
static bool parse_instant(const char *s, int64_t *t)
{
	size_t n = strlen(s);
	int32_t day;
	int hh, mm;
	char tail;
	if (n < 16 || (s[10] != 'T' && s[10] != ' ') || !cal_parse_date(s, 10, &day) ||
	    sscanf(s + 11, "%2d:%2d%c", &hh, &mm, &tail) != 2 || hh > 23 || mm > 59 ||
	    hh < 0 || mm < 0)
		return false;
	*t = (int64_t)day * 1440 + hh * 60 + mm;
	return true;
}

int cmd_deadline(int argc, char **argv)
{
	struct time_opts t;
	if (parse_time_opts(argc, argv, &t, true))
		return 2;
	int64_t from;
	if (!parse_instant(t.from, &from)) {
		fprintf(stderr, "reglc: error: --from '%s' is not YYYY-MM-DDTHH:MM\n", t.from);
		return 2;
	}
	struct session S;
	struct cunit u;
	int status;
	struct m_reg *reg = compile_for_time(&t, &S, &u, &status);
	const struct calendar *cal = &S.cal;
	if (!reg) {
		unit_release(&u);
		session_close(&S);
		return status;
	}
	/* The exit status is the schedule's (docs/timing.md §9): the file's
	 * own findings are printed above, and `check` is their judge. */
	status = 0;
	const struct m_route *r = find_route(reg, t.route);
	struct m_timing rep;
	if (!r) {
		status = 2;
	} else if (!time_deadline(reg, r, t.outcome, cal, from, &rep)) {
		fprintf(stderr, msg_tr(S.d.lang, t.outcome == OUT_RESULT
				       ? N_("reglc: error: no path of route '%s' ends in a result\n")
				       : N_("reglc: error: no path of route '%s' ends in a refusal\n")),
			r->id);
		status = 2;
	} else if (rep.paths_capped) {
		fprintf(stderr, msg_tr(S.d.lang, N_("reglc: error: route '%s': its loops make too "
						    "many paths to check every one\n")),
			r->id);
		status = 1;
		free(rep.path);
	} else if (!time_deadline_range(&S.d, reg, r, cal, from, &rep)) {
		diag_flush(&S.d);
		status = 1;
		free(rep.path);
	} else {
		diag_flush(&S.d);
		char a[48], b[48], el[48];
		time_format(a, sizeof a, from);
		time_format(b, sizeof b, rep.worst_start);
		printf("route %s, %s, submitted %s\n", r->id, outcome_name(t.outcome), a);
		if (rep.worst_start != from)
			printf("accepted %s (the next acceptance moment: a working minute or the close of a working day)\n", b);
		for (size_t i = 0; i < rep.npath; i++) {
			const struct m_node *nd = rep.path[i].node;
			if (nd->kind != N_STEP)
				continue;
			char nb[64], dd[96], x[48], y[48];
			legal_notation_dur(dd, sizeof dd, &nd->dur, reg->workday_min);
			time_format(x, sizeof x, rep.path[i].from);
			time_format(y, sizeof y, rep.path[i].to);
			printf("  %-12s %-10s %-14s %s -> %s\n", step_name(nd, nb, sizeof nb),
			       nd->actor ? nd->actor->id : "", dd, x, y);
		}
		time_format(b, sizeof b, rep.worst_finish);
		time_format_elapsed(el, sizeof el, rep.worst_elapsed);
		printf("ready by %s (%s after acceptance)\n", b, el);
		if (rep.term) {
			char term[96];
			legal_notation_qty(term, sizeof term, rep.term->dur.hi, rep.term->dur.unit,
					   reg->workday_min, LP_AS_WRITTEN);
			time_format(b, sizeof b, rep.worst_due);
			printf("due %s (term %s): %s\n", b, term,
			       rep.verdict == TV_EXCEEDS ? "LATE"
			       : rep.unchecked ? "open-ended (every path has a step without a duration)"
						: "in time");
			if (rep.verdict == TV_EXCEEDS)
				status = 1;
		} else {
			puts("no term stated");
		}
		if (rep.verdict == TV_OPEN && !rep.unchecked)
			puts("(paths through a step without a duration are not checked)");
		free(rep.path);
	}
	unit_release(&u);
	session_close(&S);
	return status;
}
