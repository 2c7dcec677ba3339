/*
 * check.c — checks on a built model that are not about structure: what
 * the legal text states against the model's durations, and actors that
 * no step uses.  (The timing of whole paths is the time module's.)
 *
 * A statement that disagrees is reported at the statement, because the
 * statement is what a reviewer must go and fix in the text; the notes
 * point at the step's own duration and at the statements that agree.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "ast.h"
#include "diag.h"
#include "model.h"
#include "phrase.h"
#include "session.h"
#include "show.h"
#include "source.h"
#include "stated.h"
#include "structure.h"

#define SPAN(s) (s).lo, (s).hi

/*
 * What phrase_read said about a phrase, remembered for the rest of the
 * session: the function is pure (its reason is a message of msg.h,
 * printed in whatever language later), and the law repeats itself — the six
 * regulations of the seed state 93 durations in 28 distinct phrases, and
 * a ministry's files share the same few hundred.  Open addressing, FNV-1a;
 * at most PHRASE_MEMO_MAX phrases of at most PHRASE_MEMO_LEN bytes, then
 * new ones are parsed each time.  Freed with the session.
 */
#define PHRASE_MEMO_MAX 16384
#define PHRASE_MEMO_LEN 256

struct phrase_memo {
	char *key;             /* the phrase; NULL: an empty slot */
	size_t n;
	int rc;                /* phrase_read's result */
	struct phrase_reading r;
	struct msg why;        /* its reason, when rc != 0 */
};

/* The memo of a session (session.h: memo, memo_cap, memo_used). */
void check_memo_free(struct session *S)
{
	for (size_t i = 0; i < S->memo_cap; i++) {
		free(S->memo[i].key);
		msg_free(&S->memo[i].why);
	}
	free(S->memo);
	S->memo = NULL;
	S->memo_cap = S->memo_used = 0;
}

static uint64_t memo_hash(const char *s, size_t n)
{
	uint64_t h = 0xcbf29ce484222325u;
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 0x100000001b3u;
	return h;
}

/* The slot of s[0..n) in a table of cap (a power of two) slots. */
static struct phrase_memo *memo_slot(struct phrase_memo *t, size_t cap, const char *s,
				     size_t n)
{
	size_t i = (size_t)memo_hash(s, n) & (cap - 1);
	while (t[i].key && !(t[i].n == n && memcmp(t[i].key, s, n) == 0))
		i = (i + 1) & (cap - 1);
	return &t[i];
}

/* phrase_read, through the memo; *why is the memo's (do not free it) or
 * the caller's scratch (free it) as *owned says. */
static int parse_phrase(struct session *S, const char *s, size_t n, struct phrase_reading *out,
			struct msg *why, bool *owned)
{
	*owned = true;
	if (n > PHRASE_MEMO_LEN)
		return phrase_read(s, n, out, why);
	if (!S->memo) {
		S->memo_cap = 256;
		S->memo = xcalloc(S->memo_cap, sizeof *S->memo);
	}
	struct phrase_memo *m = memo_slot(S->memo, S->memo_cap, s, n);
	if (m->key) {
		*out = m->r;
		if (m->rc != 0) {
			*why = m->why;
			*owned = false;
		}
		return m->rc;
	}
	int rc = phrase_read(s, n, out, why);
	if (S->memo_used >= PHRASE_MEMO_MAX)
		return rc;
	if (2 * (S->memo_used + 1) > S->memo_cap) { /* keep it at most half full */
		size_t cap = 2 * S->memo_cap;
		struct phrase_memo *t = xcalloc(cap, sizeof *t);
		for (size_t i = 0; i < S->memo_cap; i++)
			if (S->memo[i].key)
				*memo_slot(t, cap, S->memo[i].key, S->memo[i].n) = S->memo[i];
		free(S->memo);
		S->memo = t;
		S->memo_cap = cap;
		m = memo_slot(S->memo, S->memo_cap, s, n);
	}
	m->key = xmalloc(n + 1);
	memcpy(m->key, s, n);
	m->key[n] = '\0';
	m->n = n;
	m->rc = rc;
	m->r = *out;
	if (rc != 0) {
		m->why = *why; /* the memo keeps it */
		*owned = false;
	}
	S->memo_used++;
	return rc;
}

/*
 * Whether what a statement says agrees with the model's duration.  A
 * figure states a maximum unless the phrase gives a lower bound itself:
 * "бір жұмыс күні" in a term cell, like "не более одного рабочего дня",
 * agrees with `within 1 wd` and with `1 wd` — the law sets how long a step
 * may take, not that it must take all of it, and Appendix 1's cells print
 * a bare figure for the same limit the body writes with "аспайды".  Only
 * a phrase with two bounds ("от 90 до 180 календарных дней") states its
 * lower bound, and only then is the lower bound compared.
 */
static bool agrees(const struct dur *said, const struct dur *model, int64_t wd, bool *lo_ok,
		   bool *hi_ok, bool *kinds_ok)
{
	bool c1 = true, c2 = true;
	*hi_ok = qty_cmp(said->hi, model->hi, wd, &c2) == 0 && c2;
	if (said->form == DF_RANGE)
		*lo_ok = qty_cmp(said->lo, model->lo, wd, &c1) == 0 && c1;
	else
		*lo_ok = true;
	*kinds_ok = c1 && c2;
	return *lo_ok && *hi_ok;
}

bool stated_agrees(const struct m_stated *st, const struct dur *model, int64_t workday_min)
{
	bool lo_ok, hi_ok, kinds_ok;
	if (!st->read || model->form == DF_NONE ||
	    (model->form == DF_AUTOMATIC && st->kind == SK_DURATION))
		return false;
	return agrees(&st->value.dur, model, workday_min, &lo_ok, &hi_ok, &kinds_ok);
}

/* The node or route a finding about a is placed at. */
static void about(struct diag *g, const struct stated_about *a, const struct m_stated *st)
{
	diag_about(g, a->node ? a->node->route : a->route, a->node, st);
	if (a->node)
		a->node->finding = true;
}

/* The read of SK_DURATION and SK_TERM: the phrase through the phrase
 * reader (phrase.h) and the session's memo. */
static bool read_phrase(struct session *S, const struct m_reg *reg, const struct stated_about *a,
			struct m_stated *st)
{
	if (st->unchecked) {
		struct diag *g = diag_emit(&S->d, D_STATED_UNCHECKED, reg->src,
					   SPAN(st->phrase_at),
					   "what %s states is kept unchecked: %s", st->where,
					   st->unchecked);
		diag_about(g, a->node ? a->node->route : a->route, a->node, st);
		return false;
	}
	struct phrase_reading r;
	struct msg why = { 0 };
	bool owned;
	int rc = parse_phrase(S, st->phrase, strlen(st->phrase), &r, &why, &owned);
	if (rc == 0) {
		st->value.dur = r.dur;
		st->from_lo = r.from_lo;
		st->from_hi = r.from_hi;
		return true;
	}
	struct diag *g;
	if (r.fail == PR_DISAGREE) {
		g = diag_emit(&S->d, D_STATED_DIGITS, reg->src, SPAN(st->phrase_at),
			      "what %s states disagrees with itself: %s", st->where,
			      MSG_ARG(&why));
		diag_hint(g, "correct the figure or the words to what the act says; "
			     "if the act itself prints them so, report it to its author");
	} else {
		g = diag_emit(&S->d, D_STATED_UNPARSED, reg->src, SPAN(st->phrase_at),
			      "cannot read a duration in what %s states: %s", st->where,
			      MSG_ARG(&why));
		diag_hint(g, "a statement that is not read is not checked; if the act "
			     "words it so, keep it with `unchecked \"why\"` after the phrase");
	}
	about(g, a, st);
	if (owned)
		msg_free(&why);
	return false;
}

/* One statement against the model's duration has: a finding at the
 * statement when it disagrees, or NULL. */
static struct diag *compare(struct session *S, const struct m_reg *reg,
			    const struct m_stated *st, const struct dur *has, bool timed)
{
	bool lo_ok, hi_ok, kinds_ok;
	if (timed && agrees(&st->value.dur, has, reg->workday_min, &lo_ok, &hi_ok, &kinds_ok))
		return NULL;
	/* Both durations as message values, written in the message's
	   language when it is printed (show.h). */
	struct msg_value vsaid, vhas;
	const char *said = show_arg_dur(&vsaid, &st->value.dur, reg->workday_min);
	const char *hs = show_arg_dur(&vhas, has, reg->workday_min);
	if (!timed)
		return diag_emit(&S->d, D_STATED_MISMATCH, reg->src, SPAN(st->phrase_at),
				 "%s states \"%s\" (%s), but the step %s", st->where, st->phrase,
				 said, has->form == DF_NONE ? FRAG("has no duration")
							    : FRAG("is automatic"));
	const char *what = !kinds_ok ? FRAG("a different kind of time")
			   : !hi_ok && !lo_ok ? FRAG("both bounds differ")
			   : !hi_ok ? FRAG("the upper bound differs")
				    : FRAG("the lower bound differs");
	if (st->kind == SK_TERM)
		return diag_emit(&S->d, D_STATED_MISMATCH, reg->src, SPAN(st->phrase_at),
				 "%s states \"%s\" (%s), but the term is %s: %s", st->where,
				 st->phrase, said, hs, what);
	return diag_emit(&S->d, D_STATED_MISMATCH, reg->src, SPAN(st->phrase_at),
			 "%s states \"%s\" (%s), but the step takes %s: %s", st->where,
			 st->phrase, said, hs, what);
}

/* The statements of kind k in a's list that agree with has, as notes of g. */
static void note_agreeing(struct diag *g, const struct m_reg *reg, const struct stated_about *a,
			  const struct m_stated *st, const struct dur *has)
{
	for (const struct m_stated *o = a->list; o; o = o->next) {
		if (o == st || o->kind != st->kind || !o->read)
			continue;
		bool lo_ok, hi_ok, kinds_ok;
		if (has->form != DF_NONE &&
		    agrees(&o->value.dur, has, reg->workday_min, &lo_ok, &hi_ok, &kinds_ok))
			diag_note(g, reg->src, SPAN(o->phrase_at), "%s agrees with the step: \"%s\"",
				  o->where, o->phrase);
	}
}

/* SK_DURATION's check: each statement read against the step's duration;
 * one that disagrees is reported at the statement, with notes at the
 * step's duration, the `use` that reuses it and the statements that
 * agree. */
static void check_duration(struct session *S, const struct m_reg *reg,
			   const struct stated_about *a)
{
	struct m_node *n = a->node;
	const struct source *src = reg->src;
	const struct ast_item *step = n->item;
	bool timed = n->dur.form != DF_NONE && n->dur.form != DF_AUTOMATIC;
	for (const struct m_stated *st = a->list; st; st = st->next) {
		if (st->kind != SK_DURATION || !st->read)
			continue;
		struct diag *g = compare(S, reg, st, &n->dur, timed);
		if (!g)
			continue;
		about(g, a, st);
		struct msg_value vhas;
		const char *has = show_arg_dur(&vhas, &n->dur, reg->workday_min);
		if (step->u.step.dur)
			diag_note(g, src, SPAN(step->u.step.dur->at), "the step's duration is %s",
				  has);
		else
			diag_note(g, src, SPAN(step->u.step.action.at), "the step");
		if (n->via) {
			const struct ast_item *u = n->via;
			uint32_t hi = u->u.use.to.label.name ? u->u.use.to.at.hi
							     : u->u.use.from.at.hi;
			diag_note(g, src, u->at.lo, hi, "the step is reused here");
		}
		note_agreeing(g, reg, a, st, &n->dur);
	}
}

/* SK_TERM's check: each quote of a term against the term. */
static void check_term(struct session *S, const struct m_reg *reg, const struct stated_about *a)
{
	const struct m_term *t = a->term;
	for (const struct m_stated *st = a->list; st; st = st->next) {
		if (st->kind != SK_TERM || !st->read)
			continue;
		struct diag *g = compare(S, reg, st, &t->dur, true);
		if (!g)
			continue;
		about(g, a, st);
		struct msg_value vhas;
		const char *has = show_arg_dur(&vhas, &t->dur, reg->workday_min);
		diag_note(g, reg->src, SPAN(t->ast->u.term.dur->at), "the term is %s", has);
	}
}

/* SK_SILENT's read: nothing to read, the text states no duration. */
static bool read_silent(struct session *S, const struct m_reg *reg,
			const struct stated_about *a, struct m_stated *st)
{
	(void)S, (void)reg, (void)a, (void)st;
	return true;
}

/* SK_SILENT's check: where the body is silent, another place (an
 * appendix's term cell, another quote) that states a duration is a
 * finding at that place. */
static void check_silent(struct session *S, const struct m_reg *reg, const struct stated_about *a)
{
	for (const struct m_stated *st = a->list; st; st = st->next) {
		if (st->kind != SK_SILENT)
			continue;
		for (const struct m_stated *o = a->list; o; o = o->next) {
			if (o->kind != SK_DURATION || !o->read)
				continue;
			struct diag *g = diag_emit(&S->d, D_SILENT, reg->src, SPAN(o->phrase_at),
						   "%s states \"%s\" for the step, but %s states no "
						   "duration for it", o->where, o->phrase, st->where);
			about(g, a, o);
			diag_note(g, reg->src, SPAN(st->at), "%s is silent", st->where);
		}
	}
}

const struct stated_class stated_classes[SK__COUNT] = {
	[SK_DURATION] = {
		.kind = SK_DURATION,
		.name = "duration",
		.syntax = "stated [LABEL] \"where\" \"phrase\" [unchecked \"why\"]  "
			  "(after a step or a `use`)",
		.target = STT_STEP,
		.read = read_phrase,
		.check = check_duration,
	},
	[SK_TERM] = {
		.kind = SK_TERM,
		.name = "term",
		.syntax = "stated \"where\" \"phrase\" [unchecked \"why\"]  (after a `term`)",
		.target = STT_TERM,
		.read = read_phrase,
		.check = check_term,
	},
	[SK_SILENT] = {
		.kind = SK_SILENT,
		.name = "silent",
		.syntax = "stated [LABEL] \"where\" silent  (after a step or a `use`)",
		.target = STT_STEP,
		.read = read_silent,
		.check = check_silent,
	},
};

/* Every statement about a read by its class, then each kind that has
 * statements there checked once. */
static void check_statements(struct session *S, const struct m_reg *reg,
			     const struct stated_about *a)
{
	bool has[SK__COUNT] = { false };
	for (struct m_stated *st = a->list; st; st = st->next) {
		const struct stated_class *c = &stated_classes[st->kind];
		st->read = c->read(S, reg, a, st);
		has[st->kind] = true;
	}
	for (int k = 0; k < SK__COUNT; k++)
		if (has[k])
			stated_classes[k].check(S, reg, a);
}

/* The quotes of the terms of one level (the regulation's, or a route's). */
static void check_terms(struct session *S, struct m_reg *reg, struct m_route *route,
			struct m_term *terms)
{
	for (int o = 0; o < OUT__COUNT; o++) {
		if (!terms[o].set || !terms[o].stated)
			continue;
		struct stated_about a = { .term = &terms[o], .route = route,
					  .list = terms[o].stated };
		check_statements(S, reg, &a);
	}
}

void check_model(struct session *S, struct m_reg *reg)
{
	structure_attach(S, reg);
	struct diags *d = &S->d;
	for (size_t r = 0; r < reg->nroutes; r++) {
		struct m_route *route = reg->routes[r];
		for (size_t i = 0; i < route->nnodes; i++) {
			struct m_node *n = route->nodes[i];
			if (n->stated) {
				struct stated_about a = { .node = n, .route = n->route,
							  .list = n->stated };
				check_statements(S, reg, &a);
			}
		}
		check_terms(S, reg, reg->routes[r], reg->routes[r]->terms);
	}
	check_terms(S, reg, NULL, reg->terms);
	for (size_t i = 0; i < reg->nactors; i++) {
		const struct m_actor *a = reg->actors[i];
		if (!a->used) {
			struct diag *g = diag_emit(d, D_UNUSED_ACTOR, reg->src, SPAN(a->ast->id.at),
						   "actor `%s` is declared but no step uses it",
						   a->id);
			diag_hint(g, "remove the declaration, or give the actor its steps");
		}
	}
	structure_check(S, reg);
}
