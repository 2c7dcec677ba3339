/*
 * sema.c — from syntax tree to process model: names, durations, metadata,
 * and the structure of every route (see model.h).
 *
 * The passes, in order:
 *   1. metadata fields, actors, routes and route labels into tables
 *      (duplicates reported here);
 *   2. per route, lowering its blocks into a graph, back to front, so
 *      that every item knows where control goes after it; `use` ranges are
 *      expanded in place, gotos are linked once all nodes exist;
 *   3. per route, reachability, runs off the end, and unbounded loops.
 * Every diagnostic points at what the author wrote; a misspelt name gets
 * a "did you mean" hint.
 */
#include "model.h"

#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "ast.h"
#include "calendar.h"
#include "diag.h"
#include "show.h"
#include "source.h"

/* ---- a small string-keyed table ------------------------------------- */

/* One entry: a name and what it names. */
struct sym {
	const char *name;
	void *val;
};

/* Open addressing, power-of-two size; never shrinks. */
struct symtab {
	struct sym *v;
	size_t n, cap;
};

static uint64_t hash_str(const char *s)
{
	uint64_t h = 1469598103934665603ULL; /* FNV-1a */
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ULL;
	return h;
}

static void *sym_get(const struct symtab *t, const char *name)
{
	if (!t->cap)
		return NULL;
	for (size_t i = hash_str(name) & (t->cap - 1);; i = (i + 1) & (t->cap - 1)) {
		if (!t->v[i].name)
			return NULL;
		if (strcmp(t->v[i].name, name) == 0)
			return t->v[i].val;
	}
}

static void sym_put(struct symtab *t, const char *name, void *val)
{
	if (2 * (t->n + 1) > t->cap) {
		struct symtab old = *t;
		t->cap = t->cap ? 2 * t->cap : 16;
		t->v = xcalloc(t->cap, sizeof *t->v);
		t->n = 0;
		for (size_t i = 0; i < old.cap; i++)
			if (old.v[i].name)
				sym_put(t, old.v[i].name, old.v[i].val);
		free(old.v);
	}
	size_t i = hash_str(name) & (t->cap - 1);
	while (t->v[i].name)
		i = (i + 1) & (t->cap - 1);
	t->v[i].name = name;
	t->v[i].val = val;
	t->n++;
}

static void sym_free(struct symtab *t)
{
	free(t->v);
	memset(t, 0, sizeof *t);
}

/* ---- "did you mean" -------------------------------------------------- */

/* Edit distance of two short strings, bounded: above `limit` means far. */
static size_t edit_distance(const char *a, const char *b, size_t limit)
{
	size_t la = strlen(a), lb = strlen(b);
	if (la > 64 || lb > 64)
		return limit + 1;
	size_t d[65], prev;
	for (size_t j = 0; j <= lb; j++)
		d[j] = j;
	for (size_t i = 1; i <= la; i++) {
		prev = d[0];
		d[0] = i;
		size_t rowmin = d[0];
		for (size_t j = 1; j <= lb; j++) {
			size_t cur = d[j];
			size_t best = prev + (a[i - 1] != b[j - 1]);
			if (d[j] + 1 < best)
				best = d[j] + 1;
			if (d[j - 1] + 1 < best)
				best = d[j - 1] + 1;
			d[j] = best;
			prev = cur;
			if (best < rowmin)
				rowmin = best;
		}
		if (rowmin > limit)
			return limit + 1;
	}
	return d[lb];
}

/* The closest of names[0..n) to s, or NULL when none is close. */
static const char *closest(const char *s, const char *const *names, size_t n)
{
	size_t limit = strlen(s) / 3 + 1, best = limit + 1;
	const char *pick = NULL;
	for (size_t i = 0; i < n; i++) {
		size_t dist = edit_distance(s, names[i], limit);
		if (dist < best) {
			best = dist;
			pick = names[i];
		}
	}
	return pick;
}

static const char *closest_sym(const char *s, const struct symtab *t)
{
	const char **names = xmalloc((t->n + 1) * sizeof *names);
	size_t n = 0;
	for (size_t i = 0; i < t->cap; i++)
		if (t->v[i].name)
			names[n++] = t->v[i].name;
	/* Ties go to the alphabetically first name: deterministic. */
	for (size_t i = 1; i < n; i++)
		for (size_t j = i; j > 0 && strcmp(names[j - 1], names[j]) > 0; j--) {
			const char *tmp = names[j];
			names[j] = names[j - 1];
			names[j - 1] = tmp;
		}
	const char *pick = closest(s, names, n);
	free(names);
	return pick;
}

static void hint_closest(struct diag *g, const char *pick)
{
	if (pick)
		diag_hint(g, "did you mean `%s`?", pick);
}

/* ---- the state of one build ------------------------------------------ */

/* A label of a route: the item it names and the block it stands in. */
struct label {
	const struct ast_item *item;
	const struct ast_block *block;
	const struct ast_route *route;
};

/* A route's labels, and the nodes made for labelled items (for goto). */
struct route_info {
	const struct ast_route *ast;
	struct symtab labels;  /* name -> struct label */
	struct symtab targets; /* name -> struct m_node, filled while lowering */
};

struct sema {
	struct arena *arena;
	const struct source *src;
	struct diags *d;
	struct m_reg *reg;
	struct symtab actors;      /* id -> struct m_actor */
	struct symtab routes;      /* id -> struct route_info */
	struct route_info *infos;  /* per route, in source order */
	size_t ninfos;
	struct m_route *route;     /* the route being lowered */
	struct route_info *info;   /* its labels */
	struct m_node *fall;       /* the route's run-off node */
	struct vec use_stack;      /* `use` items being expanded */
	bool too_big;              /* a reuse made the route too large */
	struct vec gotos;          /* jump nodes to link */
	const struct ast_field *workday_field; /* the `workday` field, or NULL */
	const struct ast_field *hours_field; /* the last `hours`/`break` field */
	unsigned depth;            /* nesting of lowering */
};

#define SPAN(s) (s).lo, (s).hi

static struct diag *emit(struct sema *S, enum diag_code c, struct span at,
			 const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 4, 5)))
#endif
	;

static struct diag *emit(struct sema *S, enum diag_code c, struct span at,
			 const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	struct diag *g = diag_vemit(S->d, c, S->src, SPAN(at), fmt, ap);
	va_end(ap);
	return g;
}

static int outcome_of(struct sema *S, struct ident id)
{
	static const char *const names[] = { "result", "refusal" };
	for (int i = 0; i < OUT__COUNT; i++)
		if (strcmp(id.name, names[i]) == 0)
			return i;
	struct diag *g = emit(S, D_BAD_OUTCOME, id.at,
			      "unknown outcome `%s`; an end is `result` or `refusal`",
			      id.name);
	hint_closest(g, closest(id.name, names, 2));
	return -1;
}

/* ---- durations -------------------------------------------------------- */

static const struct {
	const char *name;
	enum unit unit;
} units[] = {
	{ "min", UNIT_MIN },     { "minute", UNIT_MIN }, { "minutes", UNIT_MIN },
	{ "h", UNIT_HOUR },      { "hour", UNIT_HOUR },  { "hours", UNIT_HOUR },
	{ "wd", UNIT_WD },       { "cd", UNIT_CD },
	{ "wk", UNIT_WEEK },     { "week", UNIT_WEEK },  { "weeks", UNIT_WEEK },
	{ "mo", UNIT_MONTH },    { "month", UNIT_MONTH }, { "months", UNIT_MONTH },
};

/* Sum the terms of a quantity; false (reported) when it is invalid. */
static bool resolve_qty(struct sema *S, const struct ast_qty *q, struct qty *out,
			enum unit *last_unit)
{
	memset(out, 0, sizeof *out);
	bool ok = true;
	for (const struct ast_qterm *t = q->first; t; t = t->next) {
		size_t k, nunits = sizeof units / sizeof units[0];
		for (k = 0; k < nunits; k++)
			if (strcmp(t->unit.name, units[k].name) == 0)
				break;
		if (k == nunits) {
			struct diag *g = emit(S, D_BAD_DURATION, t->unit.at,
					      "unknown unit `%s`", t->unit.name);
			const char *names[sizeof units / sizeof units[0]];
			for (size_t i = 0; i < nunits; i++)
				names[i] = units[i].name;
			const char *pick = closest(t->unit.name, names, nunits);
			if (pick)
				diag_hint(g, "did you mean `%s`?", pick);
			else if (strcmp(t->unit.name, "d") == 0 || strcmp(t->unit.name, "day") == 0 ||
				 strcmp(t->unit.name, "days") == 0)
				diag_hint(g, "say which day: `wd` (working day) or `cd` (calendar day)");
			else
				diag_hint(g, "the units are min, h, wd (working day), cd (calendar day), wk (week) and mo (month)");
			ok = false;
			continue;
		}
		struct qty one;
		if (t->overflow || t->n > (uint64_t)DUR_MAX ||
		    !qty_of((int64_t)t->n, units[k].unit, &one) || !qty_add(out, one)) {
			emit(S, D_BAD_DURATION, (struct span){ t->unit.at.lo, t->unit.at.hi },
			     "duration too large (the limit is %lld of a unit)",
			     (long long)DUR_MAX);
			ok = false;
			continue;
		}
		/* "1 wk 2 cd" echoes back in weeks, as "1 wd 2 h" does in hours */
		if (units[k].unit != UNIT_CD || *last_unit != UNIT_WEEK)
			*last_unit = units[k].unit;
	}
	if (ok && qty_kind(*out) == QK_MIXED) {
		struct diag *g = emit(S, D_BAD_DURATION, q->at,
				      "a duration mixes working time and calendar days");
		diag_hint(g, "working time (min, h, wd) and calendar time (cd, wk, mo) are "
			     "different kinds; write them as separate steps");
		ok = false;
	}
	return ok;
}

/* The duration of an item as written; DF_NONE when none or invalid. */
static struct dur resolve_dur(struct sema *S, const struct ast_dur *ad)
{
	struct dur d;
	memset(&d, 0, sizeof d);
	d.form = DF_NONE;
	if (!ad)
		return d;
	if (ad->form == AD_AUTOMATIC) {
		d.form = DF_AUTOMATIC;
		return d;
	}
	enum unit unit = UNIT_MIN;
	struct qty hi, lo;
	memset(&lo, 0, sizeof lo);
	if (!resolve_qty(S, ad->hi, &hi, &unit))
		return d;
	if (ad->form == AD_RANGE) {
		enum unit lu = unit;
		if (ad->lo) {
			if (!resolve_qty(S, ad->lo, &lo, &lu))
				return d;
		} else if (ad->bare_overflow || ad->bare_lo > (uint64_t)DUR_MAX ||
			   !qty_of((int64_t)ad->bare_lo, unit, &lo)) {
			emit(S, D_BAD_DURATION, ad->at, "duration too large");
			return d;
		}
		bool comparable = true;
		int c = qty_cmp(lo, hi, S->reg->workday_min, &comparable);
		if (!comparable && qty_kind(lo) != QK_WORK && qty_kind(hi) != QK_WORK) {
			struct diag *g = emit(S, D_BAD_DURATION, ad->at,
					      "the ends of a range in months and days cannot be "
					      "ordered without a calendar");
			diag_hint(g, "a month has 28 to 31 days; write both ends in months, "
				     "or both in days");
			return d;
		}
		if (!comparable) {
			struct diag *g = emit(S, D_BAD_DURATION, ad->at,
					      "the two ends of a range are of different kinds");
			diag_hint(g, "write both ends in working time or both in calendar days");
			return d;
		}
		if (c > 0) {
			struct msg_value a, b;
			show_arg_qty(&a, lo, lu, S->reg->workday_min, LP_AS_WRITTEN);
			show_arg_qty(&b, hi, unit, S->reg->workday_min, LP_AS_WRITTEN);
			emit(S, D_BAD_DURATION, ad->at,
			     "the range ends below its start (%s .. %s)", MSG_VALUE(&a),
			     MSG_VALUE(&b));
			return d;
		}
	}
	if (qty_is_zero(hi)) {
		struct diag *g = emit(S, D_BAD_DURATION, ad->at, "a duration of zero");
		diag_hint(g, "a step that takes no time is `automatic`");
		return d;
	}
	d.form = ad->form == AD_EXACT ? DF_EXACT : ad->form == AD_NOT_MORE ? DF_NOT_MORE
		 : ad->form == AD_WITHIN ? DF_WITHIN : DF_RANGE;
	d.hi = hi;
	d.lo = ad->form == AD_RANGE ? lo : ad->form == AD_EXACT ? hi : d.lo;
	d.unit = unit;
	return d;
}

static struct m_stated *new_stated(struct sema *S, const struct ast_stated *st);

static void resolve_term(struct sema *S, const struct ast_item *it,
			 struct m_term terms[OUT__COUNT])
{
	int o = outcome_of(S, it->u.term.outcome);
	struct dur d = resolve_dur(S, it->u.term.dur);
	if (o < 0)
		return;
	if (d.form == DF_AUTOMATIC) {
		emit(S, D_BAD_DURATION, it->u.term.dur->at, "a term cannot be `automatic`");
		return;
	}
	if (terms[o].set) {
		struct diag *g = emit(S, D_DUP_TERM, it->at, "the term for `%s` is given twice",
				      outcome_name((enum outcome)o));
		diag_note(g, S->src, SPAN(terms[o].ast->at), "first given here");
		return;
	}
	if (d.form == DF_NONE)
		return;
	terms[o].set = true;
	terms[o].dur = d;
	terms[o].ast = it;
	terms[o].at = it->at;
	for (const struct ast_stated *st = it->u.term.stated; st; st = st->next) {
		if (st->target.label.name) {
			emit(S, D_UNDEF_LABEL, st->target.at,
			     "a statement after a term is about the term; "
			     "name a step only after `use`");
			continue;
		}
		struct m_stated *m = new_stated(S, st);
		if (terms[o].stated_last)
			terms[o].stated_last->next = m;
		else
			terms[o].stated = m;
		terms[o].stated_last = m;
	}
}

/* ---- metadata ---------------------------------------------------------- */

enum field_shape {
	FS_TEXT,      /* one text */
	FS_TEXTS,     /* one or more texts */
	FS_FORM,      /* paper and/or electronic */
	FS_FEE,       /* `free` or a text */
	FS_WORKDAY,   /* a working-time quantity */
	FS_HOURS,     /* "09:00-18:00" */
	FS_BREAK,     /* "13:00-14:00" or `none` */
	FS_COUNTING,  /* `next-day` or `same-day` */
	FS_CLOSING,   /* `next-working-day` or `exact` */
	FS_FORCE,     /* a period of dates: 2014-10-24 .. 2014-11-13, or 2015-01-01 .. */
	FS_SOURCE     /* "PATH" [FIRST..LAST]: the legal text (anchor.h) */
};

static const struct {
	const char *name;
	enum field_shape shape;
} fields[] = {
	{ "title", FS_TEXT },      { "act", FS_TEXT },      { "standard", FS_TEXT },
	{ "provider", FS_TEXT },   { "accepts", FS_TEXTS }, { "form", FS_FORM },
	{ "result", FS_TEXT },     { "fee", FS_FEE },       { "workday", FS_WORKDAY },
	{ "hours", FS_HOURS },     { "break", FS_BREAK },   { "counting", FS_COUNTING },
	{ "closing", FS_CLOSING }, { "in-force", FS_FORCE }, { "source", FS_SOURCE },
};

/* "HH:MM-HH:MM" into minutes of the day; false when malformed. */
static bool parse_hours(const char *s, int *from, int *to)
{
	int h1, m1, h2, m2;
	char tail;
	if (sscanf(s, "%2d:%2d-%2d:%2d%c", &h1, &m1, &h2, &m2, &tail) != 4)
		return false;
	if (h1 < 0 || h1 > 24 || m1 < 0 || m1 > 59 || h2 < 0 || h2 > 24 || m2 < 0 || m2 > 59)
		return false;
	*from = h1 * 60 + m1;
	*to = h2 * 60 + m2;
	return *from < *to && *to <= 24 * 60;
}

/* One of two identifiers, or a diagnostic. */
static int pick_word(struct sema *S, const struct ast_field *f, const char *a,
		     const char *b)
{
	const struct ast_value *v = f->values;
	if (v->next || v->kind != AV_IDENT ||
	    (strcmp(v->id.name, a) != 0 && strcmp(v->id.name, b) != 0)) {
		emit(S, D_BAD_FIELD, v->at, "`%s` is `%s` or `%s`", f->name.name, a, b);
		return -1;
	}
	return strcmp(v->id.name, b) == 0;
}

static void check_field(struct sema *S, const struct ast_field *f, size_t k)
{
	const struct ast_value *v = f->values;
	size_t n = 0;
	for (const struct ast_value *w = v; w; w = w->next) {
		n++;
		if (w->kind == AV_TEXT && w->lines.set && fields[k].shape != FS_SOURCE) {
			emit(S, D_BAD_FIELD, w->lines.at, "`%s` takes no line range (only `source` does)",
			     f->name.name);
			return;
		}
	}
	switch (fields[k].shape) {
	case FS_TEXT:
	case FS_TEXTS:
		for (const struct ast_value *w = v; w; w = w->next)
			if (w->kind != AV_TEXT) {
				emit(S, D_BAD_FIELD, w->at, "`%s` takes a quoted text",
				     f->name.name);
				return;
			}
		if (fields[k].shape == FS_TEXT && n > 1)
			emit(S, D_BAD_FIELD, v->next->at, "`%s` takes one text", f->name.name);
		return;
	case FS_FORM:
		for (const struct ast_value *w = v; w; w = w->next)
			if (w->kind != AV_IDENT || (strcmp(w->id.name, "paper") != 0 &&
						    strcmp(w->id.name, "electronic") != 0)) {
				emit(S, D_BAD_FIELD, w->at,
				     "`form` is `paper`, `electronic`, or both");
				return;
			}
		return;
	case FS_FEE:
		if (n != 1 || (v->kind == AV_IDENT && strcmp(v->id.name, "free") != 0) ||
		    (v->kind != AV_IDENT && v->kind != AV_TEXT))
			emit(S, D_BAD_FIELD, v->at, "`fee` is `free` or a quoted text");
		return;
	case FS_WORKDAY: {
		struct qty q;
		enum unit u = UNIT_MIN;
		if (n != 1 || v->kind != AV_QTY) {
			emit(S, D_BAD_FIELD, v->at, "`workday` is a length of time, e.g. `8 h`");
			return;
		}
		if (!resolve_qty(S, v->qty, &q, &u))
			return;
		if (qty_kind(q) != QK_WORK || q.wd != 0 || q.min < 60 || q.min > 24 * 60) {
			emit(S, D_BAD_FIELD, v->at,
			     "`workday` must be between 1 h and 24 h of working time");
			return;
		}
		S->reg->workday_min = q.min;
		S->workday_field = f;
		return;
	}
	case FS_HOURS:
	case FS_BREAK: {
		int from = 0, to = 0;
		bool none = fields[k].shape == FS_BREAK && n == 1 && v->kind == AV_IDENT &&
			    strcmp(v->id.name, "none") == 0;
		if (!none && (n != 1 || v->kind != AV_TEXT || !parse_hours(v->text.kk, &from, &to))) {
			emit(S, D_BAD_FIELD, v->at, "`%s` is a time span like \"%s\"%s",
			     f->name.name, fields[k].shape == FS_HOURS ? "09:00-18:00" : "13:00-14:00",
			     fields[k].shape == FS_BREAK ? " or `none`" : "");
			return;
		}
		if (!none && to >= 24 * 60) {
			emit(S, D_BAD_FIELD, v->at, "`%s` must end by 23:59: a working day closes "
			     "on the day it opens", f->name.name);
			return;
		}
		if (fields[k].shape == FS_HOURS) {
			S->reg->work_start = from;
			S->reg->work_end = to;
		} else {
			S->reg->break_start = none ? 0 : from;
			S->reg->break_end = none ? 0 : to;
		}
		S->hours_field = f;
		return;
	}
	case FS_COUNTING: {
		int w = pick_word(S, f, "next-day", "same-day");
		if (w >= 0)
			S->reg->count_same_day = w;
		return;
	}
	case FS_CLOSING: {
		int w = pick_word(S, f, "next-working-day", "exact");
		if (w >= 0)
			S->reg->close_exact = w;
		return;
	}
	case FS_FORCE: {
		int32_t from, to = INT32_MAX;
		if (n != 1 || v->kind != AV_PERIOD) {
			struct diag *g = emit(S, D_BAD_FIELD, v->at,
					      "`in-force` is a period of dates: its first day, "
					      "`..`, and its last day");
			diag_hint(g, "e.g. `in-force: 2014-10-24 .. 2014-11-13`, or "
				     "`in-force: 2015-01-01 ..` while it is in force");
			return;
		}
		if (!cal_parse_date(v->date, strlen(v->date), &from)) {
			emit(S, D_BAD_FIELD, v->date_at, "`%s` is not a date", v->date);
			return;
		}
		if (v->date_to && !cal_parse_date(v->date_to, strlen(v->date_to), &to)) {
			emit(S, D_BAD_FIELD, v->date_to_at, "`%s` is not a date", v->date_to);
			return;
		}
		if (to < from) {
			emit(S, D_BAD_FIELD, v->at, "the period of force ends (%s) before it "
			     "begins (%s)", v->date_to, v->date);
			return;
		}
		S->reg->in_force = true;
		S->reg->force_from = from;
		S->reg->force_to = to;
		S->reg->force_at = v->at;
		return;
	}
	case FS_SOURCE: {
		const struct ast_lines *l = &v->lines;
		if (n != 1 || v->kind != AV_TEXT || v->text.ru || !*v->text.kk) {
			emit(S, D_BAD_FIELD, v->at, "`source` is the path of the legal text and "
			     "the lines of the regulation in it: \"resolution-700.txt\" 182..333");
			return;
		}
		if (l->set && (l->overflow || l->first == 0 || l->last < l->first ||
			       l->last > UINT32_MAX)) {
			emit(S, D_BAD_FIELD, l->at, "the lines of `source` are `FIRST..LAST`, "
			     "counted from 1, `FIRST` not after `LAST`");
			return;
		}
		S->reg->meta.source = (struct m_source){
			.path = v->text.kk, .at = v->at,
			.first = l->set ? (uint32_t)l->first : 0, .last = l->set ? (uint32_t)l->last : 0,
		};
		return;
	}
	}
}

/*
 * The working day's length follows from the hours and the break (given or
 * default); a `workday` field that says otherwise is a contradiction, not
 * a choice.  A break must lie strictly inside the hours: one at their
 * start or end is shorter hours, and the day's close (docs/timing.md §2)
 * would not be the end of its last working minute.
 */
static void check_hours(struct sema *S)
{
	struct m_reg *r = S->reg;
	bool no_break = r->break_start == r->break_end;
	if (!no_break && (r->break_start <= r->work_start || r->break_end >= r->work_end)) {
		if (S->hours_field)
			emit(S, D_BAD_FIELD, S->hours_field->at,
			     "the break is not inside the working hours (a break at their start or "
			     "end is shorter hours: write those instead)");
		r->break_start = r->break_end = 0;
		no_break = true;
	}
	int64_t len = (r->work_end - r->work_start) -
		      (no_break ? 0 : r->break_end - r->break_start);
	if (!S->workday_field) {
		r->workday_min = len;
		return;
	}
	if (len == r->workday_min)
		return;
	if (S->hours_field)
		emit(S, D_BAD_FIELD, S->hours_field->at,
		     "the working hours give a %lld-minute day, but `workday` says %lld",
		     (long long)len, (long long)r->workday_min);
	else
		emit(S, D_BAD_FIELD, S->workday_field->values->at,
		     "`workday` says %lld minutes, but the default working hours (09:00-18:00, "
		     "break 13:00-14:00) give %lld: write `hours` and `break` to match",
		     (long long)r->workday_min, (long long)len);
	r->workday_min = len; /* the hours decide, so that nothing after disagrees */
}

static void check_fields(struct sema *S)
{
	struct symtab seen = { 0 };
	for (const struct ast_field *f = S->reg->ast->fields; f; f = f->next) {
		size_t k, nfields = sizeof fields / sizeof fields[0];
		for (k = 0; k < nfields; k++)
			if (strcmp(f->name.name, fields[k].name) == 0)
				break;
		if (k == nfields) {
			struct diag *g = emit(S, D_BAD_FIELD, f->name.at,
					      "unknown field `%s`", f->name.name);
			const char *names[sizeof fields / sizeof fields[0]];
			for (size_t i = 0; i < nfields; i++)
				names[i] = fields[i].name;
			hint_closest(g, closest(f->name.name, names, nfields));
			continue;
		}
		const struct ast_field *prev = sym_get(&seen, f->name.name);
		if (prev) {
			struct diag *g = emit(S, D_DUP_FIELD, f->name.at,
					      "`%s` is given twice", f->name.name);
			diag_note(g, S->src, SPAN(prev->name.at), "first given here");
			continue;
		}
		sym_put(&seen, f->name.name, (void *)f);
		check_field(S, f, k);
	}
	sym_free(&seen);
}

/* A text of the syntax tree as the model keeps it. */
static struct m_text mtext(const struct text *t)
{
	return (struct m_text){ t->kk, t->ru, t->at, t->ru_at };
}

/*
 * The metadata as the outputs read it: for each field the first time it
 * is given (a second is E0009), its text values; `form` and `fee` as
 * their words say.
 */
static void collect_meta(struct sema *S)
{
	struct m_meta *m = &S->reg->meta;
	for (const struct ast_field *f = S->reg->ast->fields; f; f = f->next) {
		const char *n = f->name.name;
		const struct ast_value *v = f->values;
		struct m_text *one = strcmp(n, "title") == 0 ? &m->title
				     : strcmp(n, "act") == 0 ? &m->act
				     : strcmp(n, "standard") == 0 ? &m->standard
				     : strcmp(n, "provider") == 0 ? &m->provider
				     : strcmp(n, "result") == 0 ? &m->result : NULL;
		if (one) {
			if (one->kk)
				continue;
			for (; v; v = v->next)
				if (v->kind == AV_TEXT) {
					*one = mtext(&v->text);
					break;
				}
		} else if (strcmp(n, "accepts") == 0 && !m->accepts) {
			size_t k = 0;
			for (const struct ast_value *x = v; x; x = x->next)
				k += x->kind == AV_TEXT;
			m->accepts = arena_alloc(S->arena, (k + 1) * sizeof *m->accepts);
			for (; v; v = v->next)
				if (v->kind == AV_TEXT)
					m->accepts[m->naccepts++] = mtext(&v->text);
		} else if (strcmp(n, "form") == 0 && !m->form) {
			size_t k = 0;
			for (const struct ast_value *x = v; x; x = x->next)
				k++;
			m->form = arena_alloc(S->arena, (k + 1) * sizeof *m->form);
			for (; v; v = v->next) {
				struct m_form *x = &m->form[m->nform++];
				const char *w = v->kind == AV_IDENT ? v->id.name : v->text.kk;
				x->kind = w && strcmp(w, "paper") == 0 ? MF_PAPER
					  : w && strcmp(w, "electronic") == 0 ? MF_ELECTRONIC : MF_OTHER;
				if (v->kind == AV_IDENT)
					x->text.kk = v->id.name;
				else
					x->text = mtext(&v->text);
			}
		} else if (strcmp(n, "fee") == 0 && !m->fee_set && v) {
			m->fee_set = true;
			m->fee_free = v->kind == AV_IDENT && v->id.name &&
				      strcmp(v->id.name, "free") == 0;
			if (v->kind == AV_TEXT)
				m->fee = mtext(&v->text);
			else if (v->kind == AV_IDENT)
				m->fee.kk = v->id.name;
			else
				m->fee.kk = "";
		}
	}
}

/* ---- pass 1: tables ---------------------------------------------------- */

static void collect_labels(struct sema *S, struct route_info *ri,
			   const struct ast_block *b, unsigned depth)
{
	if (depth > 2000)
		return; /* the parser limits nesting far below this */
	for (const struct ast_item *it = b->first; it; it = it->next) {
		if (it->label.name) {
			struct label *prev = sym_get(&ri->labels, it->label.name);
			if (prev) {
				struct diag *g = emit(S, D_DUP_LABEL, it->label.at,
						      "label `%s` is used twice in route `%s`",
						      it->label.name, ri->ast->id.name);
				diag_note(g, S->src, SPAN(prev->item->label.at), "first used here");
			} else {
				struct label *l = arena_alloc(S->arena, sizeof *l);
				l->item = it;
				l->block = b;
				l->route = ri->ast;
				sym_put(&ri->labels, it->label.name, l);
			}
		}
		if (it->kind == AST_IF)
			for (const struct ast_arm *a = it->u.dec.arms; a; a = a->next)
				collect_labels(S, ri, &a->body, depth + 1);
	}
}

static void collect(struct sema *S)
{
	const struct ast_file *f = S->reg->ast;
	size_t n = 0;
	for (const struct ast_actor *a = f->actors; a; a = a->next)
		n++;
	S->reg->actors = arena_alloc(S->arena, (n + 1) * sizeof *S->reg->actors);
	for (const struct ast_actor *a = f->actors; a; a = a->next) {
		struct m_actor *prev = sym_get(&S->actors, a->id.name);
		if (prev) {
			struct diag *g = emit(S, D_DUP_ACTOR, a->id.at,
					      "actor `%s` is declared twice", a->id.name);
			diag_note(g, S->src, SPAN(prev->ast->id.at), "first declared here");
			continue;
		}
		struct m_actor *m = arena_alloc(S->arena, sizeof *m);
		m->ast = a;
		m->id = a->id.name;
		m->id_at = a->id.at;
		m->name = mtext(&a->name);
		static const char *const kinds[] = { "applicant", "staff", "system" };
		int k;
		for (k = 0; k < 3; k++)
			if (strcmp(a->kind.name, kinds[k]) == 0)
				break;
		if (k == 3) {
			struct diag *g = emit(S, D_BAD_KIND, a->kind.at,
					      "unknown actor kind `%s`; it is `applicant`, "
					      "`staff` or `system`", a->kind.name);
			hint_closest(g, closest(a->kind.name, kinds, 3));
			k = 1;
		}
		m->kind = (enum actor_kind)k;
		sym_put(&S->actors, m->id, m);
		S->reg->actors[S->reg->nactors++] = m;
	}

	n = 0;
	for (const struct ast_route *r = f->routes; r; r = r->next)
		n++;
	S->infos = xcalloc(n + 1, sizeof *S->infos);
	S->reg->routes = arena_alloc(S->arena, (n + 1) * sizeof *S->reg->routes);
	for (const struct ast_route *r = f->routes; r; r = r->next) {
		struct route_info *prev = sym_get(&S->routes, r->id.name);
		if (prev) {
			struct diag *g = emit(S, D_DUP_ROUTE, r->id.at,
					      "route `%s` is defined twice", r->id.name);
			diag_note(g, S->src, SPAN(prev->ast->id.at), "first defined here");
			continue;
		}
		struct route_info *ri = &S->infos[S->ninfos++];
		ri->ast = r;
		sym_put(&S->routes, r->id.name, ri);
		collect_labels(S, ri, &r->body, 0);
	}
}

/* ---- pass 2: lowering -------------------------------------------------- */

/* What a node carries of the item it is lowered from, for the outputs
 * and the messages (they never look into the syntax tree). */
static void node_texts(struct m_node *n, const struct ast_item *it)
{
	n->label = it->label.name;
	n->at = it->at;
	switch (it->kind) {
	case AST_STEP:
		n->action = mtext(&it->u.step.action);
		n->unnamed = it->u.step.unnamed;
		n->handoff = mtext(&it->u.step.handoff);
		if (it->u.step.dur) {
			n->dur_at = it->u.step.dur->at;
			n->has_dur_at = true;
		}
		break;
	case AST_IF:
		n->question = mtext(&it->u.dec.question);
		n->no_first = it->u.dec.arms && !it->u.dec.arms->yes;
		break;
	case AST_END:
		n->what = mtext(&it->u.end.what);
		break;
	default:
		break;
	}
}

static struct m_stated *new_stated(struct sema *S, const struct ast_stated *st)
{
	struct m_stated *m = arena_alloc(S->arena, sizeof *m);
	m->kind = st->kind;
	m->ast = st;
	m->where = st->where;
	m->where_at = st->where_at;
	m->phrase = st->phrase;
	m->at = st->at;
	m->phrase_at = st->phrase_at;
	m->unchecked = st->unchecked;
	return m;
}

static struct m_node *new_node(struct sema *S, enum node_kind k,
			       const struct ast_item *it)
{
	struct m_route *r = S->route;
	struct m_node *n = arena_alloc(S->arena, sizeof *n);
	n->kind = k;
	n->item = it;
	n->route = r;
	if (it)
		node_texts(n, it);
	if (r->nnodes == r->capnodes) {
		r->capnodes = r->capnodes ? 2 * r->capnodes : 16;
		struct m_node **v = arena_alloc(S->arena, r->capnodes * sizeof *v);
		if (r->nnodes)
			memcpy(v, r->nodes, r->nnodes * sizeof *v);
		r->nodes = v;
	}
	n->index = (uint32_t)r->nnodes;
	r->nodes[r->nnodes++] = n;
	return n;
}

static struct m_actor *lookup_actor(struct sema *S, struct ident id)
{
	struct m_actor *a = sym_get(&S->actors, id.name);
	if (!a) {
		struct diag *g = emit(S, D_UNDEF_ACTOR, id.at, "undefined actor `%s`", id.name);
		hint_closest(g, closest_sym(id.name, &S->actors));
		if (!g->hint)
			diag_hint(g, "declare it: actor %s staff \"...\"", id.name);
		return NULL;
	}
	a->used = true;
	return a;
}

static void add_stated(struct m_node *n, struct m_stated *s)
{
	if (n->stated_last)
		n->stated_last->next = s;
	else
		n->stated = s;
	n->stated_last = s;
}

/* The statements after step n: each about n, as its class says
 * (stated.h: every kind so far attaches to a step). */
static void attach_stated(struct sema *S, struct m_node *n, const struct ast_stated *list)
{
	for (const struct ast_stated *st = list; st; st = st->next) {
		if (stated_classes[st->kind].target != STT_STEP)
			continue; /* no such kind yet: a new target attaches here */
		if (st->target.label.name) {
			struct diag *g = emit(S, D_UNDEF_LABEL, st->target.at,
					      "a statement after a step is about that step; "
					      "name a step only after `use`");
			(void)g;
			continue;
		}
		add_stated(n, new_stated(S, st));
	}
}

static struct m_node *lower_block(struct sema *S, const struct ast_block *b,
				  struct m_node *cont);

/* The route_info and label named by ref, or NULL (reported). */
static const struct label *resolve_ref(struct sema *S, const struct ast_ref *ref)
{
	struct route_info *ri = S->info;
	if (ref->route.name) {
		ri = sym_get(&S->routes, ref->route.name);
		if (!ri) {
			struct diag *g = emit(S, D_UNDEF_ROUTE, ref->route.at,
					      "undefined route `%s`", ref->route.name);
			hint_closest(g, closest_sym(ref->route.name, &S->routes));
			return NULL;
		}
	}
	const struct label *l = sym_get(&ri->labels, ref->label.name);
	if (!l) {
		struct diag *g = emit(S, D_UNDEF_LABEL, ref->label.at,
				      "route `%s` has no step labelled `%s`",
				      ri->ast->id.name, ref->label.name);
		hint_closest(g, closest_sym(ref->label.name, &ri->labels));
	}
	return l;
}

/* Nodes made by one `use`, in order, so that statements can find them. */
struct use_run {
	struct m_node **v;
	size_t n, cap;
};

static void run_push(struct use_run *r, struct m_node *n)
{
	if (r->n == r->cap) {
		r->cap = r->cap ? 2 * r->cap : 8;
		r->v = xrealloc(r->v, r->cap * sizeof *r->v);
	}
	r->v[r->n++] = n;
}

/*
 * Expand `use from .. to` into copies of the steps of that run, linked to
 * each other and to cont; returns the first (or cont when the run is
 * invalid).  Nested uses inside the run expand recursively; a use met again
 * while it is being expanded is a cycle.
 */
/* Nodes one route may have once its reuse is expanded: a reuse of a
 * reuse doubles a route at each level, so forty lines could ask for 2^40
 * (docs/limits.md).  Ten times the steps a route may be written with. */
#define SEMA_MAX_NODES 100000

static struct m_node *expand_use(struct sema *S, const struct ast_item *use,
				 const struct ast_item *outer, struct m_node *cont,
				 struct use_run *run)
{
	if (S->too_big)
		return NULL;
	if (S->route->nnodes > SEMA_MAX_NODES) {
		S->too_big = true;
		emit(S, D_BAD_REUSE, S->use_stack.n ? ((const struct ast_item *)
						       S->use_stack.v[0])->at : use->at,
		     "this reuse makes the route longer than %d steps (docs/limits.md)",
		     SEMA_MAX_NODES);
		return NULL;
	}
	for (size_t i = 0; i < S->use_stack.n; i++)
		if (S->use_stack.v[i] == use) {
			const struct ast_item *first = S->use_stack.v[0];
			struct diag *g = emit(S, D_REUSE_CYCLE, first->at,
					      "this reuse takes in itself: the steps it names "
					      "include this `use`");
			if (use != first)
				diag_note(g, S->src, SPAN(use->at), "through this `use`");
			return NULL;
		}
	const struct label *a = resolve_ref(S, &use->u.use.from);
	const struct label *b = use->u.use.to.label.name ? resolve_ref(S, &use->u.use.to) : a;
	if (!a || !b)
		return cont;
	if (a->route != b->route || a->block != b->block) {
		struct diag *g = emit(S, D_BAD_REUSE, use->at,
				      "`%s` and `%s` are not in the same sequence of steps",
				      use->u.use.from.label.name, use->u.use.to.label.name);
		diag_hint(g, "a reused run is consecutive steps of one route, "
			     "outside any decision");
		return cont;
	}
	/* Collect the run; it must be steps and uses, first to last. */
	struct vec items = { 0 };
	const struct ast_item *it = a->item;
	for (; it; it = it->next) {
		vec_push(&items, (void *)it);
		if (it == b->item)
			break;
	}
	if (!it) {
		emit(S, D_BAD_REUSE, use->at, "`%s` comes after `%s`: the range is reversed",
		     use->u.use.from.label.name, use->u.use.to.label.name);
		vec_free(&items);
		return cont;
	}
	for (size_t i = 0; i < items.n; i++) {
		const struct ast_item *x = items.v[i];
		if (x->kind != AST_STEP && x->kind != AST_USE) {
			static const char *const what[] = {
				[AST_IF] = FRAG("a decision"), [AST_END] = FRAG("an end"),
				[AST_GOTO] = FRAG("a `goto`"), [AST_TERM] = FRAG("a term"),
			};
			struct diag *g = emit(S, D_BAD_REUSE, use->at,
					      "the reused run crosses %s", what[x->kind]);
			diag_note(g, S->src, SPAN(x->at), "here");
			vec_free(&items);
			return cont;
		}
	}
	vec_push(&S->use_stack, (void *)use);
	struct m_node *next = cont;
	/* Back to front, like lower_block; the run is collected front to back
	 * afterwards by reversing. */
	for (size_t i = items.n; i-- > 0;) {
		const struct ast_item *x = items.v[i];
		if (x->kind == AST_USE) {
			struct m_node *first = expand_use(S, x, outer, next, run);
			if (!first) { /* a cycle: abandon the whole expansion */
				S->use_stack.n--;
				vec_free(&items);
				return NULL;
			}
			next = first;
			continue;
		}
		struct m_node *n = new_node(S, N_STEP, x);
		n->via = outer;
		n->via_at = (struct span){ outer->at.lo, outer->u.use.to.label.name
							  ? outer->u.use.to.at.hi
							  : outer->u.use.from.at.hi };
		n->actor = lookup_actor(S, x->u.step.actor);
		n->dur = resolve_dur(S, x->u.step.dur);
		n->next = next;
		run_push(run, n);
		next = n;
	}
	S->use_stack.n--;
	vec_free(&items);
	return next;
}

static struct m_node *lower_use(struct sema *S, const struct ast_item *it,
				struct m_node *cont)
{
	struct use_run run = { 0 };
	size_t mark = S->route->nnodes;
	struct m_node *first = expand_use(S, it, it, cont, &run);
	if (!first) {
		/* A cycle: forget the copies made before it was found. */
		for (size_t i = mark; i < S->route->nnodes; i++) {
			struct m_node *n = S->route->nodes[i];
			n->kind = N_FALL;
			n->item = n->via = NULL;
			n->dec = NULL;
			n->next = NULL;
		}
		run.n = 0;
		first = cont;
	}
	/* An invalid run was reported; its statements have nothing to name. */
	for (const struct ast_stated *st = run.n ? it->u.use.stated : NULL; st;
	     st = st->next) {
		if (!st->target.label.name) {
			if (run.n == 1) {
				add_stated(run.v[0], new_stated(S, st));
			} else if (run.n > 1) {
				emit(S, D_UNDEF_LABEL, st->at,
				     "this `use` takes %zu steps: say which one the statement "
				     "is about (`stated LABEL \"where\" \"phrase\"`)", run.n);
			}
			continue;
		}
		struct m_node *hit = NULL;
		for (size_t i = 0; i < run.n && !hit; i++) {
			const struct ast_item *x = run.v[i]->item;
			if (x->label.name && strcmp(x->label.name, st->target.label.name) == 0)
				hit = run.v[i];
		}
		if (!hit) {
			struct diag *g = emit(S, D_UNDEF_LABEL, st->target.label.at,
					      "no step labelled `%s` in the reused run",
					      st->target.label.name);
			const char **names = xmalloc((run.n + 1) * sizeof *names);
			size_t k = 0;
			for (size_t i = 0; i < run.n; i++)
				if (run.v[i]->item->label.name)
					names[k++] = run.v[i]->item->label.name;
			hint_closest(g, closest(st->target.label.name, names, k));
			free(names);
			continue;
		}
		struct m_stated *m = new_stated(S, st);
		add_stated(hit, m);
	}
	free(run.v);
	return first;
}

/* The run-off node for a branch that continues where the route ends. */
static struct m_node *arm_fall(struct sema *S, const struct ast_item *dec,
			       const struct ast_arm *arm, struct m_node *cont)
{
	if (cont != S->fall)
		return cont;
	struct m_node *f = new_node(S, N_FALL, dec);
	f->arm = arm;
	f->dec = dec;
	return f;
}

static struct m_node *lower_item(struct sema *S, const struct ast_item *it,
				 struct m_node *cont)
{
	struct m_node *n = NULL;
	switch (it->kind) {
	case AST_STEP:
		n = new_node(S, N_STEP, it);
		n->actor = lookup_actor(S, it->u.step.actor);
		n->dur = resolve_dur(S, it->u.step.dur);
		n->next = cont;
		attach_stated(S, n, it->u.step.stated);
		break;
	case AST_IF: {
		n = new_node(S, N_DECISION, it);
		if (it->u.dec.actor.name)
			n->actor = lookup_actor(S, it->u.dec.actor);
		const struct ast_arm *yes = NULL, *no = NULL;
		for (const struct ast_arm *a = it->u.dec.arms; a; a = a->next) {
			const struct ast_arm **slot = a->yes ? &yes : &no;
			if (*slot) {
				struct diag *g = emit(S, D_BAD_DECISION, a->kw_at,
						      "a second `%s` branch", a->yes ? "yes" : "no");
				diag_note(g, S->src, SPAN((*slot)->kw_at), "the first one");
				continue;
			}
			*slot = a;
		}
		if (!yes && !no) {
			struct diag *g = emit(S, D_BAD_DECISION, it->at,
					      "a decision without branches decides nothing");
			diag_hint(g, "give it a `yes { ... }` or a `no { ... }` branch; "
				     "the other one continues after the decision");
		}
		S->depth++;
		n->yes = yes ? lower_block(S, &yes->body, arm_fall(S, it, yes, cont))
			     : arm_fall(S, it, NULL, cont);
		n->no = no ? lower_block(S, &no->body, arm_fall(S, it, no, cont))
			   : arm_fall(S, it, NULL, cont);
		S->depth--;
		break;
	}
	case AST_USE:
		return lower_use(S, it, cont);
	case AST_END: {
		n = new_node(S, N_END, it);
		int o = outcome_of(S, it->u.end.outcome);
		n->outcome = o < 0 ? OUT_RESULT : (enum outcome)o;
		break;
	}
	case AST_GOTO:
		n = new_node(S, N_JUMP, it);
		n->bounded = it->u.go.has_max;
		n->max = it->u.go.max;
		if (n->bounded && (it->u.go.max_overflow || it->u.go.max == 0 ||
				   it->u.go.max > 1000000)) {
			emit(S, D_BAD_DURATION, it->u.go.max_at,
			     "a loop bound must be between 1 and 1000000");
			n->max = 1; /* reported: do not call the loop unbounded too */
		}
		vec_push(&S->gotos, n);
		break;
	case AST_TERM:
		resolve_term(S, it, S->route->terms);
		return cont;
	}
	if (it->label.name)
		sym_put(&S->info->targets, it->label.name, n);
	return n;
}

/*
 * Lower a block back to front: each item is built knowing its successor.
 * Returns the block's entry (cont for an empty block).
 */
static struct m_node *lower_block(struct sema *S, const struct ast_block *b,
				  struct m_node *cont)
{
	struct vec items = { 0 };
	for (const struct ast_item *it = b->first; it; it = it->next)
		vec_push(&items, (void *)it);
	struct m_node *next = cont;
	for (size_t i = items.n; i-- > 0;)
		next = lower_item(S, items.v[i], next);
	vec_free(&items);
	return next;
}

static void link_gotos(struct sema *S)
{
	for (size_t i = 0; i < S->gotos.n; i++) {
		struct m_node *j = S->gotos.v[i];
		struct ident t = j->item->u.go.target;
		struct m_node *target = sym_get(&S->info->targets, t.name);
		if (!target) {
			struct diag *g = emit(S, D_UNDEF_LABEL, t.at,
					      "route `%s` has no item labelled `%s`",
					      S->route->id, t.name);
			hint_closest(g, closest_sym(t.name, &S->info->labels));
			j->next = NULL;
			continue;
		}
		j->next = target;
	}
	S->gotos.n = 0;
}

/* ---- pass 3: structure -------------------------------------------------- */

static void mark_reachable(struct m_route *r)
{
	struct m_node **stack = xmalloc((r->nnodes + 1) * sizeof *stack);
	size_t sp = 0;
	stack[sp++] = r->start;
	r->start->reachable = true;
	while (sp) {
		struct m_node *n = stack[--sp];
		struct m_node *succ[2] = { n->kind == N_DECISION ? n->yes : n->next,
					   n->kind == N_DECISION ? n->no : NULL };
		for (int k = 0; k < 2; k++)
			if (succ[k] && !succ[k]->reachable) {
				succ[k]->reachable = true;
				stack[sp++] = succ[k];
			}
	}
	free(stack);
}

/* Whether each written item is live: a sorted table, searched per item. */
struct live {
	const struct ast_item *item; /* a step, decision, end, goto or use */
	bool reachable;              /* some node of it is reachable */
};

static int cmp_live(const void *a, const void *b)
{
	const struct live *x = a, *y = b;
	return x->item < y->item ? -1 : x->item > y->item;
}

static struct live *live_table(const struct m_route *r, size_t *count)
{
	struct live *v = xmalloc((r->nnodes + 1) * sizeof *v);
	size_t n = 0;
	for (size_t i = 0; i < r->nnodes; i++) {
		const struct m_node *nd = r->nodes[i];
		if (nd->kind == N_FALL || nd->kind == N_START || !nd->item)
			continue;
		v[n].item = nd->via ? nd->via : nd->item;
		v[n].reachable = nd->reachable;
		n++;
	}
	qsort(v, n, sizeof *v, cmp_live);
	size_t w = 0; /* merge: an item is live when any of its nodes is */
	for (size_t i = 0; i < n; i++) {
		if (w && v[w - 1].item == v[i].item) {
			v[w - 1].reachable |= v[i].reachable;
			continue;
		}
		v[w++] = v[i];
	}
	*count = w;
	return v;
}

static bool item_reachable(const struct live *v, size_t n, const struct ast_item *it,
			   bool *found)
{
	struct live key = { it, false };
	const struct live *hit = bsearch(&key, v, n, sizeof *v, cmp_live);
	*found = hit != NULL;
	return hit && hit->reachable;
}

/*
 * Report the first unreachable item of every run of them, walking the
 * blocks in source order, so that a dead tail of five steps is one error.
 */
static void report_unreachable(struct sema *S, const struct live *lv, size_t nlv,
			       const struct ast_block *b, bool parent_dead, unsigned depth)
{
	if (depth > 2000)
		return;
	bool prev_dead = parent_dead;
	for (const struct ast_item *it = b->first; it; it = it->next) {
		if (it->kind == AST_TERM)
			continue;
		bool found;
		bool live = item_reachable(lv, nlv, it, &found);
		if (!found)
			live = !prev_dead; /* an invalid use: judge by its place */
		if (!live && !prev_dead) {
			struct diag *g = emit(S, D_UNREACHABLE, it->at,
					      "this %s can never be reached",
					      it->kind == AST_STEP ? FRAG("step") : FRAG("item"));
			diag_hint(g, "nothing leads here: the items before it end the path "
				     "or jump elsewhere");
		}
		if (it->kind == AST_IF)
			for (const struct ast_arm *a = it->u.dec.arms; a; a = a->next)
				report_unreachable(S, lv, nlv, &a->body, !live, depth + 1);
		prev_dead = !live;
	}
}

static void report_falls(struct sema *S)
{
	struct m_route *r = S->route;
	for (size_t i = 0; i < r->nnodes; i++) {
		struct m_node *f = r->nodes[i];
		if (f->kind != N_FALL || !f->reachable)
			continue;
		if (f->dec) {
			const char *which = f->arm ? (f->arm->yes ? "yes" : "no")
					    : "implicit";
			struct span at = f->arm ? f->arm->kw_at : f->dec->at;
			struct diag *g;
			if (f->arm)
				g = emit(S, D_DANGLING, at,
					 "the `%s` branch neither rejoins nor ends: the route "
					 "stops after it without an `end`", which);
			else
				g = emit(S, D_DANGLING, at,
					 "the branch left out of this decision continues after "
					 "it, but the route stops there without an `end`");
			diag_hint(g, "end the branch with `end result` or `end refusal`, or "
				     "add the steps that follow the decision");
			continue;
		}
		/* The route itself runs off: point at its last item or its braces. */
		const struct ast_item *last = r->ast->body.last;
		struct span at = last ? last->at : r->ast->body.at;
		struct diag *g = emit(S, D_NO_END, at,
				      last ? N_("route `%s` has no end: the path runs past its "
						"last item")
					   : N_("route `%s` is empty: it has no steps and no end"),
				      r->id);
		diag_hint(g, "finish the route with `end result` (or `end refusal`)");
	}
}

/*
 * Loops: strongly connected components of the graph without the edges of
 * bounded jumps; any cycle left is unbounded.  Iterative Tarjan, so a deep
 * route cannot overflow the stack.
 */
static void report_loops(struct sema *S)
{
	struct m_route *r = S->route;
	size_t n = r->nnodes;
	uint32_t *index = xmalloc(n * sizeof *index), *low = xmalloc(n * sizeof *low);
	bool *on = xcalloc(n, sizeof *on);
	uint32_t *stack = xmalloc(n * sizeof *stack), *call = xmalloc(n * sizeof *call);
	uint8_t *edge = xcalloc(n, sizeof *edge);
	size_t sp = 0, cp = 0;
	uint32_t counter = 0;
	const uint32_t UNSEEN = UINT32_MAX;
	for (size_t i = 0; i < n; i++)
		index[i] = UNSEEN;

#define SUCC(nd, k)                                                                \
	((nd)->kind == N_DECISION ? ((k) == 0 ? (nd)->yes : (k) == 1 ? (nd)->no : NULL) \
	 : ((k) == 0 && !((nd)->kind == N_JUMP && (nd)->bounded) ? (nd)->next : NULL))

	for (size_t root = 0; root < n; root++) {
		if (index[root] != UNSEEN || !r->nodes[root]->reachable)
			continue;
		call[cp++] = (uint32_t)root;
		index[root] = low[root] = counter++;
		stack[sp++] = (uint32_t)root;
		on[root] = true;
		while (cp) {
			uint32_t v = call[cp - 1];
			struct m_node *nv = r->nodes[v];
			if (edge[v] < 2) {
				struct m_node *w = SUCC(nv, edge[v]);
				edge[v]++;
				if (!w)
					continue;
				if (index[w->index] == UNSEEN) {
					index[w->index] = low[w->index] = counter++;
					stack[sp++] = w->index;
					on[w->index] = true;
					call[cp++] = w->index;
				} else if (on[w->index] && index[w->index] < low[v]) {
					low[v] = index[w->index];
				}
				continue;
			}
			cp--;
			if (cp) {
				uint32_t u = call[cp - 1];
				if (low[v] < low[u])
					low[u] = low[v];
			}
			if (low[v] != index[v])
				continue;
			/* v roots a component: pop it, and find a jump in it. */
			size_t size = 0;
			struct m_node *jump = NULL, *any = NULL;
			bool self = false;
			uint32_t w;
			do {
				w = stack[--sp];
				on[w] = false;
				size++;
				struct m_node *nw = r->nodes[w];
				if (nw->kind == N_JUMP && (!jump || nw->item->at.lo > jump->item->at.lo))
					jump = nw;
				if (!any || (nw->item && any->item && nw->item->at.lo < any->item->at.lo))
					any = nw;
				if (SUCC(nw, 0) == nw || SUCC(nw, 1) == nw)
					self = true;
			} while (w != v);
			if (size > 1 || self) {
				const struct ast_item *at = jump ? jump->item : any->item;
				struct diag *g = emit(S, D_LOOP, at->at,
						      "this loop has no bound: the total time "
						      "of the route is infinite");
				diag_hint(g, "bound it: `goto LABEL max N`, where N is the "
					     "most times the jump can be taken");
			}
		}
	}
#undef SUCC
	free(index);
	free(low);
	free(on);
	free(stack);
	free(call);
	free(edge);
}

static void build_route(struct sema *S, struct route_info *ri)
{
	struct m_route *r = arena_alloc(S->arena, sizeof *r);
	r->ast = ri->ast;
	r->id = ri->ast->id.name;
	r->id_at = ri->ast->id.at;
	r->at = ri->ast->at;
	r->title = mtext(&ri->ast->title);
	S->route = r;
	S->info = ri;
	r->start = new_node(S, N_START, NULL);
	S->fall = new_node(S, N_FALL, NULL);
	r->start->next = lower_block(S, &ri->ast->body, S->fall);
	link_gotos(S);
	mark_reachable(r);
	report_falls(S);
	size_t nlv;
	struct live *lv = live_table(r, &nlv);
	report_unreachable(S, lv, nlv, &ri->ast->body, false, 0);
	free(lv);
	report_loops(S);
	S->reg->routes[S->reg->nroutes++] = r;
}

/*
 * Point every copy a `use` made at the step it copies: the node lowered
 * from the same item, not through a use, in the route that writes it.
 * Items are found by address in one open-addressing table.
 */
static void link_copies(struct m_reg *reg)
{
	size_t n = 0;
	for (size_t r = 0; r < reg->nroutes; r++)
		n += reg->routes[r]->nnodes;
	size_t cap = 16;
	while (cap < 2 * n + 2)
		cap *= 2;
	struct m_node **t = xcalloc(cap, sizeof *t);
	for (size_t r = 0; r < reg->nroutes; r++)
		for (size_t i = 0; i < reg->routes[r]->nnodes; i++) {
			struct m_node *x = reg->routes[r]->nodes[i];
			if (x->via || !x->item || x->kind != N_STEP)
				continue;
			size_t h = ((uintptr_t)x->item >> 4) * 0x9E3779B97F4A7C15ull & (cap - 1);
			while (t[h])
				h = (h + 1) & (cap - 1);
			t[h] = x;
		}
	for (size_t r = 0; r < reg->nroutes; r++)
		for (size_t i = 0; i < reg->routes[r]->nnodes; i++) {
			struct m_node *x = reg->routes[r]->nodes[i];
			if (!x->via || !x->item)
				continue;
			size_t h = ((uintptr_t)x->item >> 4) * 0x9E3779B97F4A7C15ull & (cap - 1);
			while (t[h] && t[h]->item != x->item)
				h = (h + 1) & (cap - 1);
			x->orig = t[h];
		}
	free(t);
}

/* ---- the header --------------------------------------------------------- */

static void check_header(struct sema *S)
{
	const struct ast_file *f = S->reg->ast;
	if (!f->id.name) {
		/* Point at the first thing written, where the header belongs. */
		uint32_t at = UINT32_MAX;
		if (f->fields && f->fields->at.lo < at)
			at = f->fields->at.lo;
		if (f->actors && f->actors->at.lo < at)
			at = f->actors->at.lo;
		if (f->terms && f->terms->at.lo < at)
			at = f->terms->at.lo;
		if (f->routes && f->routes->at.lo < at)
			at = f->routes->at.lo;
		if (at == UINT32_MAX)
			at = (uint32_t)S->src->start;
		struct diag *g = diag_emit(S->d, D_NO_HEADER, S->src, at, at,
					   "the file does not begin with `regulation ID`");
		diag_hint(g, "start the file with a line like `regulation duplicates`");
		return;
	}
	const char *p = f->id.name;
	bool ok = *p != '\0';
	for (; *p; p++)
		if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '_' ||
		      *p == '-'))
			ok = false;
	if (!ok) {
		struct diag *g = emit(S, D_BAD_ID, f->id.at,
				      "the regulation id `%s` is not a file name of "
				      "[a-z0-9_-]", f->id.name);
		diag_hint(g, "use lower-case Latin letters, digits, `_` and `-`");
	}
	S->reg->id = f->id.name;
}

struct m_reg *sema_build(struct arena *a, const struct source *src,
			 const struct ast_file *file, struct diags *d)
{
	struct sema S;
	memset(&S, 0, sizeof S);
	S.arena = a;
	S.src = src;
	S.d = d;
	S.reg = arena_alloc(a, sizeof *S.reg);
	S.reg->ast = file;
	S.reg->src = src;
	S.reg->arena = a;
	S.reg->workday_min = 8 * 60;
	S.reg->work_start = 9 * 60;
	S.reg->work_end = 18 * 60;
	S.reg->break_start = 13 * 60;
	S.reg->break_end = 14 * 60;

	check_header(&S);
	check_fields(&S);
	collect_meta(&S);
	check_hours(&S);
	collect(&S);
	for (const struct ast_item *t = file->terms; t; t = t->next)
		resolve_term(&S, t, S.reg->terms);
	for (size_t i = 0; i < S.ninfos; i++)
		build_route(&S, &S.infos[i]);
	link_copies(S.reg);

	for (size_t i = 0; i < S.ninfos; i++) {
		sym_free(&S.infos[i].labels);
		sym_free(&S.infos[i].targets);
	}
	free(S.infos);
	sym_free(&S.actors);
	sym_free(&S.routes);
	vec_free(&S.use_stack);
	vec_free(&S.gotos);
	return S.reg;
}
