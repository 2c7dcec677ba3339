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
	int rc;                /* phrase_parse's result */
	struct dur dur;
	enum phrase_lang lang;
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
static int parse_phrase(struct session *S, const char *s, size_t n, struct dur *out,
			enum phrase_lang *lang, struct msg *why, bool *owned)
{
	*owned = true;
	if (n > PHRASE_MEMO_LEN)
		return phrase_read(s, n, out, lang, why);
	if (!S->memo) {
		S->memo_cap = 256;
		S->memo = xcalloc(S->memo_cap, sizeof *S->memo);
	}
	struct phrase_memo *m = memo_slot(S->memo, S->memo_cap, s, n);
	if (m->key) {
		if (m->rc == 0) {
			*out = m->dur;
			*lang = m->lang;
		} else {
			*why = m->why;
			*owned = false;
		}
		return m->rc;
	}
	int rc = phrase_read(s, n, out, lang, why);
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
	if (rc == 0) {
		m->dur = *out;
		m->lang = *lang;
	} else {
		m->why = *why; /* the memo keeps it */
		*owned = false;
	}
	S->memo_used++;
	return rc;
}

static bool same_bounds(const struct dur *a, const struct dur *b, int64_t wd,
			bool *lo_ok, bool *hi_ok, bool *kinds_ok)
{
	bool c1 = true, c2 = true;
	*lo_ok = qty_cmp(a->lo, b->lo, wd, &c1) == 0 && c1;
	*hi_ok = qty_cmp(a->hi, b->hi, wd, &c2) == 0 && c2;
	*kinds_ok = c1 && c2;
	return *lo_ok && *hi_ok;
}

/* SK_DURATION's read: the phrase through the phrase reader (phrase.h)
 * and the session's memo. */
static bool read_duration(struct session *S, const struct m_reg *reg, struct m_node *n,
			  struct m_stated *st)
{
	enum phrase_lang lang;
	struct msg why = { 0 };
	bool owned;
	int rc = parse_phrase(S, st->phrase, strlen(st->phrase), &st->value.dur, &lang, &why,
			      &owned);
	if (rc == 0)
		return true;
	n->finding = true;
	struct diag *g = diag_emit(&S->d, D_STATED_UNPARSED, reg->src, SPAN(st->phrase_at),
				   "cannot read a duration in what %s states: %s", st->where,
				   MSG_ARG(&why));
	diag_about(g, n->route, n, st);
	if (owned)
		msg_free(&why);
	diag_hint(g, "quote the phrase as the text writes it, e.g. "
		     "\"он бес минуттан аспайды\" or \"не более 15 минут\"");
	return false;
}

/* SK_DURATION's check: each statement read against the step's duration;
 * one that disagrees is reported at the statement, with notes at the
 * step's duration, the `use` that reuses it and the statements that
 * agree. */
static void check_duration(struct session *S, const struct m_reg *reg, struct m_node *n)
{
	struct diags *d = &S->d;
	const struct source *src = reg->src;
	const struct ast_item *step = n->item;
	bool timed = n->dur.form != DF_NONE && n->dur.form != DF_AUTOMATIC;
	for (const struct m_stated *st = n->stated; st; st = st->next) {
		if (st->kind != SK_DURATION || !st->read)
			continue;
		bool lo_ok, hi_ok, kinds_ok;
		if (timed && same_bounds(&st->value.dur, &n->dur, reg->workday_min, &lo_ok, &hi_ok,
					 &kinds_ok))
			continue;
		/* Both durations as message values, written in the message's
		   language when it is printed (show.h). */
		struct msg_value vsaid, vhas;
		const char *said = show_arg_dur(&vsaid, &st->value.dur, reg->workday_min);
		const char *has = show_arg_dur(&vhas, &n->dur, reg->workday_min);
		struct diag *g = NULL;
		if (!timed) {
			g = diag_emit(d, D_STATED_MISMATCH, src, SPAN(st->phrase_at),
				      "%s states \"%s\" (%s), but the step %s",
				      st->where, st->phrase, said,
				      n->dur.form == DF_NONE ? FRAG("has no duration")
							     : FRAG("is automatic"));
		} else {
			const char *what = !kinds_ok ? FRAG("a different kind of time")
					   : !hi_ok && !lo_ok ? FRAG("both bounds differ")
					   : !hi_ok ? FRAG("the upper bound differs")
						    : FRAG("the lower bound differs");
			g = diag_emit(d, D_STATED_MISMATCH, src, SPAN(st->phrase_at),
				      "%s states \"%s\" (%s), but the step takes %s: %s",
				      st->where, st->phrase, said, has, what);
		}
		n->finding = true;
		diag_about(g, n->route, n, st);
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
		for (const struct m_stated *o = n->stated; o; o = o->next) {
			if (o == st || o->kind != SK_DURATION || !o->read)
				continue;
			bool jlo_ok, jhi_ok, jkinds_ok;
			if (n->dur.form != DF_NONE &&
			    same_bounds(&o->value.dur, &n->dur, reg->workday_min, &jlo_ok, &jhi_ok,
					&jkinds_ok))
				diag_note(g, src, SPAN(o->phrase_at), "%s agrees with the step: \"%s\"",
					  o->where, o->phrase);
		}
	}
}

const struct stated_class stated_classes[SK__COUNT] = {
	[SK_DURATION] = {
		.kind = SK_DURATION,
		.name = "duration",
		.syntax = "stated [LABEL] \"where\" \"phrase\"  (after a step or a `use`)",
		.target = STT_STEP,
		.read = read_duration,
		.check = check_duration,
	},
};

/* Every statement about n read by its class, then each kind that has
 * statements there checked once. */
static void check_statements(struct session *S, const struct m_reg *reg, struct m_node *n)
{
	bool has[SK__COUNT] = { false };
	for (struct m_stated *st = n->stated; st; st = st->next) {
		const struct stated_class *c = &stated_classes[st->kind];
		st->read = c->read(S, reg, n, st);
		has[st->kind] = true;
	}
	for (int k = 0; k < SK__COUNT; k++)
		if (has[k])
			stated_classes[k].check(S, reg, n);
}

void check_model(struct session *S, struct m_reg *reg)
{
	struct diags *d = &S->d;
	for (size_t r = 0; r < reg->nroutes; r++) {
		const struct m_route *route = reg->routes[r];
		for (size_t i = 0; i < route->nnodes; i++) {
			struct m_node *n = route->nodes[i];
			if (n->stated)
				check_statements(S, reg, n);
		}
	}
	for (size_t i = 0; i < reg->nactors; i++) {
		const struct m_actor *a = reg->actors[i];
		if (!a->used) {
			struct diag *g = diag_emit(d, D_UNUSED_ACTOR, reg->src, SPAN(a->ast->id.at),
						   "actor `%s` is declared but no step uses it",
						   a->id);
			diag_hint(g, "remove the declaration, or give the actor its steps");
		}
	}
}
