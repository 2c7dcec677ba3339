/*
 * handbook.c — the regulation handbook as a document tree (see
 * handbook.h); doc_html.c and doc_md.c write it.
 *
 * This file knows what the handbook says and in which order, and nothing
 * of any format: it builds blocks and inline runs (doc.h), and every text
 * it adds, its own or the regulation's, is text the writers escape.  A
 * route's entries (model.c: steps, reused runs, decisions with their
 * branches, ends, jumps, in source order) are numbered once: the body's
 * sub-paragraphs and Appendix 1's columns are both read off that list,
 * and so are the anchors the findings and the timing report link to.
 *
 * The legal phrasing follows the template of the seed's regulations
 * (section headings, paragraphs 1-10, the Appendix 1 row labels); its
 * words, durations, totals and counts are the language pack's (langpack.h:
 * phrases by id, templates that order their own arguments), so this file
 * holds no word of any language.  What reglc adds (the timing report, the
 * findings) is marked as reglc's.  Findings are the view's, printed in the
 * document's language.
 */
#include "handbook.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "arena.h"
#include "calendar.h"
#include "diag.h"
#include "doc.h"
#include "dur.h"
#include "gv.h"
#include "langpack.h"
#include "model.h"
#include "show.h"
#include "source.h"
#include "time.h"
#include "utf8.h"
#include "view.h"

/* Columns of an Appendix 1 table per printed part: what fits an A4
 * landscape page at a readable size (the seed's widest table has 7). */
#define A1_COLS_PER_PART 7

/* What the handbook knows about a route beyond the model's entries and
 * numbers. */
struct rinfo {
	const struct m_route *r;
	const char *name;    /* file-name form of its id: anchors */
	unsigned para;       /* its paragraph in the body */
};

/* The builder's state. */
struct hb {
	struct doc *d;        /* the document being built */
	const struct hb_input *in;
	const struct m_reg *reg;
	enum lang l;
	const struct langpack *lp; /* its words and grammar (langpack.h) */
	struct rinfo *ri;     /* per route */
	size_t nr;
	const struct view *v; /* what the handbook shows (view.h) */
	const struct view_finding *fs; /* the findings shown, numbered from 1 */
	size_t nfs;
	size_t nerrors, nwarnings;
};

/* A phrase of the document's language (langpack.h). */
static const char *say(const struct hb *h, enum lp_phrase id)
{
	return h->lp->phrase[id];
}

/*
 * A phrase with a link: its template formatted with the numbers it takes,
 * the words between '[' and ']' the link to `to`, the words around them
 * plain ("[%u) тармақшаға] көшеді", "переход к [подпункту %u)]").  The
 * templates that have one take numbers only, so no argument brings a
 * bracket of its own.
 */
SB_PRINTF(3, 4)
static void put_linked(struct doc_node *p, const char *to, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char buf[1024];
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	char *open = strchr(buf, '['), *close = open ? strchr(open, ']') : NULL;
	if (!open || !close) {
		doc_textf(p, "%s", buf);
		return;
	}
	*open = *close = '\0';
	if (open > buf)
		doc_textf(p, "%s", buf);
	doc_textf(doc_link(p, to), "%s", open + 1);
	if (close[1])
		doc_textf(p, "%s", close + 1);
}

/* A text of the model in the document's language (Kazakh when the
 * Russian is missing: lang_check reports that). */
static const char *txt(const struct hb *h, const struct m_text *t)
{
	const char *s = m_text_in(t, h->l == LANG_RU);
	return s ? s : "";
}

/* ---- names and anchors -------------------------------------------------------- */

/* Anchor ids are made in the document's arena: they live as long as the
 * tree that links to them. */
static const char *route_id(const struct hb *h, const struct rinfo *ri)
{
	return doc_strf(h->d, "r-%s", ri->name);
}

static const char *node_id(const struct hb *h, const struct rinfo *ri, const struct m_node *n)
{
	return doc_strf(h->d, "r-%s-n%u", ri->name, n->index);
}

/* The character at s (0 at the end of the string), its length in *len. */
static uint32_t char_at(const char *s, size_t *len)
{
	size_t n = strlen(s);
	uint32_t cp = 0;
	if (!n) {
		*len = 0;
		return 0;
	}
	size_t k = utf8_decode(s, n, &cp);
	*len = k ? k : 1;
	return cp;
}

static bool upper_letter(uint32_t c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 0x400 && c <= 0x42F) || c == 0x4D8 ||
	       c == 0x4E8 || c == 0x4B0 || c == 0x4AE || c == 0x492 || c == 0x49A ||
	       c == 0x4A2 || c == 0x4BA;
}

/*
 * A name (an actor, a route heading) inside a sentence, as the law writes
 * it: lower case
 * ("2) көрсетілетін қызметті берушінің кеңсе қызметкері ..."), except an
 * abbreviation ("ЭҮШ/ЭҮӨШ", "ЦОН") and "Орталық", which the template
 * defines as a proper name ("4) Орталық қызметкері").
 */
static void put_lc_first(struct doc_node *p, const char *name)
{
	size_t l1, l2;
	uint32_t c1 = char_at(name, &l1);
	uint32_t c2 = l1 ? char_at(name + l1, &l2) : 0;
	if (!upper_letter(c1) || upper_letter(c2) || c2 == 0 ||
	    strncmp(name, "Орталық", strlen("Орталық")) == 0) {
		doc_text(p, name);
		return;
	}
	uint32_t lc = c1 >= 'A' && c1 <= 'Z' ? c1 + 32
		      : c1 >= 0x410 && c1 <= 0x42F ? c1 + 0x20
		      : c1 >= 0x400 && c1 <= 0x40F ? c1 + 0x50 : c1 + 1;
	char first[4];
	if (lc < 0x80) {
		first[0] = (char)lc;
		first[1] = '\0';
	} else {
		first[0] = (char)(0xC0 | (lc >> 6));
		first[1] = (char)(0x80 | (lc & 0x3F));
		first[2] = '\0';
	}
	doc_textf(p, "%s%s", first, name + l1);
}

/* An actor's name in the document's language, its id when it has none. */
static const char *actor_name(const struct hb *h, const struct m_actor *a)
{
	if (!a)
		return "";
	const char *s = txt(h, &a->name);
	return *s ? s : a->id;
}

/* A metadata text in the document's language, or NULL when not stated. */
static const char *meta_text(const struct hb *h, const struct m_text *t)
{
	return t->kk ? txt(h, t) : NULL;
}

/* The service's name: the title block, the appendices' headings, the
 * page's title. */
static const char *reg_title(const struct hb *h)
{
	const char *t = meta_text(h, &h->reg->meta.title);
	return t ? t : h->reg->id;
}

/* ---- finding marks --------------------------------------------------------------- */

/* "f<k>": the anchor of the k-th finding (from 0), numbered from 1. */
static const char *finding_id(const struct hb *h, size_t k)
{
	return doc_strf(h->d, "f%zu", k + 1);
}

/* "⚠ E0401" links after a step, one per finding about any of nodes (a
 * finding at a column that shows two steps is about both); none when the
 * build is not a review build (view.h). */
static void marks(const struct hb *h, struct doc_node *p, const struct m_node *const *nodes,
		  size_t n)
{
	if (!h->v->review)
		return;
	for (size_t k = 0; k < h->nfs; k++) {
		bool hit = false;
		for (size_t i = 0; i < n && !hit; i++)
			hit = view_finding_about(&h->fs[k], nodes[i]);
		if (hit)
			doc_mark(p, diag_code_name(h->fs[k].code), finding_id(h, k));
	}
}

static void mark1(const struct hb *h, struct doc_node *p, const struct m_node *n)
{
	marks(h, p, &n, 1);
}

/* ---- durations --------------------------------------------------------------------- */

/* A duration in words, as the body writes it ("он бес минуттан
 * аспайды"); put_legal: with digits, as Appendix 1 and the report do. */
static void put_words(const struct hb *h, struct doc_node *p, const struct dur *d)
{
	char buf[1024];
	h->lp->dur(buf, sizeof buf, d, LPS_WORDS, h->reg->workday_min);
	doc_textf(p, "%s", buf);
}

static void put_legal(const struct hb *h, struct doc_node *p, const struct dur *d)
{
	char buf[512];
	h->lp->dur(buf, sizeof buf, d, LPS_DIGITS, h->reg->workday_min);
	doc_textf(p, "%s", buf);
}

/* ---- the body ------------------------------------------------------------------------ */

/* "2-тармақтың 3) тармақшасы" / "подпункт 3) пункта 2". */
static void put_subref(const struct hb *h, struct doc_node *p, unsigned para, unsigned sub)
{
	doc_textf(p, say(h, LP_SUBREF), para, sub);
}

/* The route of the handbook that is r (a reused run's source). */
static const struct rinfo *rinfo_of(const struct hb *h, const struct m_route *r)
{
	for (size_t i = 0; i < h->nr; i++)
		if (h->ri[i].r == r)
			return &h->ri[i];
	return NULL;
}

/* How an end reads: the outcome, and what the end says when it says it. */
static void put_end_line(const struct hb *h, struct doc_node *p, const struct m_node *end)
{
	const struct m_text *what = &end->what;
	doc_text(p, say(h, end->outcome == OUT_RESULT ? LP_END_RESULT : LP_END_REFUSAL));
	if (what->kk) {
		doc_text(p, ": ");
		doc_text(p, txt(h, what));
	}
}

/* Where a route goes when a branch is not written. */
static void put_goes_to(const struct hb *h, struct doc_node *p, const struct rinfo *ri,
			const struct m_node *t)
{
	while (t && t->kind == N_JUMP)
		t = t->next;
	if (t && t->kind == N_END) {
		put_end_line(h, p, t);
		return;
	}
	if (t && t->sub) {
		put_linked(p, node_id(h, ri, t), say(h, LP_GOTO_SUB), t->sub);
		return;
	}
	doc_text(p, say(h, LP_GOTO_NEXT));
}

/* The head of a branch: «ИӘ»/«ЖОҚ» болған жағдайда. */
static const char *arm_head(const struct hb *h, bool yes)
{
	return say(h, yes ? LP_IF_YES : LP_IF_NO);
}

/*
 * A step as the law writes it: the actor in lower case, the action, the
 * hand-off ("... құжаттарды тіркейді және ... ұсынады"), the duration in
 * words in parentheses.
 */
static void put_step_sentence(const struct hb *h, struct doc_node *p, const struct m_node *n)
{
	put_lc_first(p, actor_name(h, n->actor));
	doc_text(p, " ");
	doc_text(p, txt(h, &n->action));
	if (n->handoff.kk) {
		doc_text(p, say(h, LP_AND));
		doc_text(p, txt(h, &n->handoff));
	}
	if (n->dur.form != DF_NONE) {
		doc_text(p, " (");
		put_words(h, p, &n->dur);
		doc_text(p, ")");
	}
}

/* A reused run: one sub-paragraph that refers to the sub-paragraphs it
 * repeats, carrying the anchors of the steps it stands for. */
static void use_entry(const struct hb *h, struct doc_node *sec, const struct rinfo *ri,
		      const struct m_entry *e, const char *punct)
{
	struct doc_node *p = doc_para(sec, "sub", node_id(h, ri, e->node));
	for (size_t j = 1; j < e->nrun; j++)
		doc_anchor(p, node_id(h, ri, e->run[j]));
	doc_textf(p, "%u) ", e->sub);
	const struct rinfo *o = e->from ? rinfo_of(h, e->from) : NULL;
	unsigned a = o ? number_sub_in(o->r, e->run[0]) : 0;
	unsigned b = o ? number_sub_in(o->r, e->run[e->nrun - 1]) : 0;
	const char *oid = NULL;
	if (o && a) {
		const struct m_node *first = NULL;
		for (size_t k = 0; k < o->r->nnodes && !first; k++)
			if (o->r->nodes[k]->sub == a)
				first = o->r->nodes[k];
		oid = node_id(h, o, first);
	}
	if (!o || !a)
		doc_text(p, say(h, LP_REPEATS));
	else if (a == b)
		put_linked(p, oid, say(h, LP_USE_ONE), o->para, a);
	else
		put_linked(p, oid, say(h, LP_USE_RANGE), o->para, a, b);
	doc_text(p, punct);
	marks(h, p, e->run, e->nrun);
}

/* A decision's sub-paragraph, and a branch for each branch that is not
 * written: it goes on after the decision. */
static void decision_entry(const struct hb *h, struct doc_node *sec, const struct rinfo *ri,
			   size_t i)
{
	const struct m_entry *e = &ri->r->entries[i];
	struct doc_node *p = doc_para(sec, "sub", node_id(h, ri, e->node));
	doc_textf(p, "%u) ", e->sub);
	if (e->node->actor) {
		put_lc_first(p, actor_name(h, e->node->actor));
		doc_text(p, say(h, LP_DECIDES));
	} else {
		doc_text(p, say(h, LP_DECIDED));
	}
	doc_text(p, "«");
	doc_text(p, txt(h, &e->node->question));
	doc_text(p, "»");
	doc_text(p, e->sub == ri->r->last_sub ? "." : ";");
	mark1(h, p, e->node);
	bool has[2] = { false, false };
	for (size_t j = i + 1; j < ri->r->nentries && ri->r->entries[j].depth >= e->depth; j++)
		if (ri->r->entries[j].kind == ME_ARM && ri->r->entries[j].node == e->node)
			has[ri->r->entries[j].yes] = true;
	for (int y = 1; y >= 0; y--) {
		if (has[y] || (!has[0] && !has[1]))
			continue;
		struct doc_node *q = doc_para(doc_branch(sec), "arm-h", NULL);
		doc_text(q, arm_head(h, y));
		doc_text(q, " – ");
		put_goes_to(h, q, ri, y ? e->node->yes : e->node->no);
		doc_text(q, ".");
	}
}

/* A `goto`: back to the sub-paragraph it returns to, with the bound on
 * the repetitions when the loop has one. */
static void jump_entry(const struct hb *h, struct doc_node *sec, const struct rinfo *ri,
		       const struct m_entry *e)
{
	const struct m_node *t = e->node->next;
	struct doc_node *p = doc_para(sec, "end", NULL);
	if (t && t->sub)
		put_linked(p, node_id(h, ri, t), say(h, LP_BACK_SUB), t->sub);
	else
		doc_text(p, say(h, LP_BACK_PREV));
	if (e->node->bounded) {
		/* "ең көбі 3 рет", "не более 3 раз" */
		char times[64];
		h->lp->count(times, sizeof times, (uint64_t)e->node->max, LPN_TIMES,
			     h->lp->after_bound, LPS_DIGITS);
		doc_text(p, " (");
		doc_textf(p, say(h, LP_AT_MOST), times);
		doc_text(p, ")");
	}
	doc_text(p, ".");
}

/*
 * The sub-paragraphs of one route, into sec.  A branch (ME_ARM) opens a
 * DOC_BRANCH that holds the entries nested deeper than it; open[k] is
 * what the entries at depth k go into.
 */
static void body_route(const struct hb *h, struct doc_node *sec, const struct rinfo *ri)
{
	int maxd = 0;
	for (size_t i = 0; i < ri->r->nentries; i++)
		if (ri->r->entries[i].depth > maxd)
			maxd = ri->r->entries[i].depth;
	struct doc_node **open = arena_alloc(h->d->arena, ((size_t)maxd + 2) * sizeof *open);
	int depth = 0;
	open[0] = sec;
	for (size_t i = 0; i < ri->r->nentries; i++) {
		const struct m_entry *e = &ri->r->entries[i];
		if (depth > e->depth)
			depth = e->depth;
		struct doc_node *in = open[depth];
		const char *punct = e->sub == ri->r->last_sub ? "." : ";";
		struct doc_node *p;
		switch (e->kind) {
		case ME_STEP:
			p = doc_para(in, "sub", node_id(h, ri, e->node));
			doc_textf(p, "%u) ", e->sub);
			put_step_sentence(h, p, e->node);
			doc_text(p, punct);
			mark1(h, p, e->node);
			break;
		case ME_USE:
			use_entry(h, in, ri, e, punct);
			break;
		case ME_DECISION:
			decision_entry(h, in, ri, i);
			break;
		case ME_ARM:
			open[depth + 1] = doc_branch(in);
			depth++;
			p = doc_para(open[depth], "arm-h", NULL);
			doc_text(p, arm_head(h, e->yes));
			doc_text(p, ":");
			break;
		case ME_END:
			p = doc_para(in, "end", NULL);
			put_end_line(h, p, e->node);
			doc_text(p, ".");
			break;
		case ME_JUMP:
			jump_entry(h, in, ri, e);
			break;
		}
	}
}

/* A numbered section's heading ("1. Жалпы ережелер"). */
static void section_head(const struct hb *h, struct doc_node *sec, int no, const char *id,
			 enum lp_phrase title)
{
	doc_textf(doc_heading(sec, 2, id), "%d. %s", no, say(h, title));
}

/* The heading of a route's part, with its anchor. */
static void route_head(const struct hb *h, struct doc_node *sec, int level, const char *id,
		       const struct rinfo *ri)
{
	doc_text(doc_heading(sec, level, id), txt(h, &ri->r->title));
}

/* A route's part of the body: its heading, its numbered paragraph and
 * the sub-paragraphs; the paragraph's number is what reused runs and
 * findings refer to later. */
static void para_route(const struct hb *h, struct doc_node *sec, unsigned *para,
		       struct rinfo *ri)
{
	route_head(h, sec, 3, route_id(h, ri), ri);
	ri->para = ++*para;
	doc_textf(doc_para(sec, "para", NULL), "%u. %s", ri->para, say(h, LP_PARA_CONTENT));
	body_route(h, sec, ri);
}

/*
 * Section 1, the general provisions, from the metadata: each paragraph
 * only when the file states it (the numbering closes up), the places of
 * acceptance and the terms as sub-paragraphs, the last one ending the
 * sentence.
 */
static void general(const struct hb *h, struct doc_node *sec, unsigned *para)
{
	section_head(h, sec, 1, "s1", LP_S1);
	const struct m_meta *m = &h->reg->meta;
	struct doc_node *p;
	const char *provider = meta_text(h, &m->provider);
	if (provider) {
		p = doc_para(sec, "para", NULL);
		doc_textf(p, "%u. ", ++*para);
		doc_textf(p, say(h, LP_PROVIDER), provider);
	}
	size_t nacc = m->naccepts;
	if (nacc) {
		p = doc_para(sec, "para", NULL);
		if (!provider)
			doc_textf(p, "%u. ", ++*para);
		doc_text(p, say(h, LP_ACCEPTS));
		size_t k = 0;
		for (size_t a = 0; a < m->naccepts; a++) {
			p = doc_para(sec, "sub", NULL);
			doc_textf(p, "%zu) ", ++k);
			doc_text(p, txt(h, &m->accepts[a]));
			doc_text(p, k < nacc ? ";" : say(h, LP_ACCEPTS_END));
		}
	}
	if (m->form) {
		p = doc_para(sec, "para", NULL);
		doc_textf(p, "%u. ", ++*para);
		doc_text(p, say(h, LP_FORM));
		bool first = true;
		for (size_t v = 0; v < m->nform; v++) {
			if (!first)
				doc_text(p, say(h, LP_FORM_OR));
			first = false;
			if (m->form[v].kind == MF_PAPER)
				doc_text(p, say(h, LP_FORM_PAPER));
			else if (m->form[v].kind == MF_ELECTRONIC)
				doc_text(p, say(h, LP_FORM_ELECTRONIC));
			else
				doc_text(p, txt(h, &m->form[v].text));
		}
		doc_text(p, say(h, LP_FORM_END));
	}
	const char *result = meta_text(h, &m->result);
	if (result) {
		p = doc_para(sec, "para", NULL);
		doc_textf(p, "%u. ", ++*para);
		doc_textf(p, say(h, LP_RESULT_IS), result);
	}
	if (m->fee_set) {
		p = doc_para(sec, "para", NULL);
		doc_textf(p, "%u. ", ++*para);
		if (m->fee_free) {
			doc_text(p, say(h, LP_FEE_FREE));
		} else {
			doc_textf(p, say(h, LP_FEE_PAID), txt(h, &m->fee));
		}
	}
	/* The terms, when the regulation states them. */
	size_t nterms = 0;
	for (int o = 0; o < OUT__COUNT; o++) {
		nterms += h->reg->terms[o].set;
		for (size_t r = 0; r < h->nr; r++)
			nterms += h->ri[r].r->terms[o].set;
	}
	if (!nterms)
		return;
	p = doc_para(sec, "para", NULL);
	doc_textf(p, "%u. ", ++*para);
	doc_text(p, say(h, LP_TERMS));
	size_t k = 0;
	for (int pass = 0; pass <= (int)h->nr; pass++) {
		for (int o = 0; o < OUT__COUNT; o++) {
			const struct m_term *t = pass == 0 ? &h->reg->terms[o]
							   : &h->ri[pass - 1].r->terms[o];
			if (!t->set)
				continue;
			p = doc_para(sec, "sub", NULL);
			doc_textf(p, "%zu) ", ++k);
			if (pass > 0) {
				put_lc_first(p, txt(h, &h->ri[pass - 1].r->title));
				doc_text(p, ", ");
			}
			doc_text(p, say(h, o == OUT_RESULT ? LP_TERM_RESULT : LP_TERM_REFUSAL));
			doc_text(p, " – ");
			put_words(h, p, &t->dur);
			doc_text(p, k < nterms ? ";" : ".");
		}
	}
}

/*
 * Section 3: the structural units that act (staff actors that have a
 * step), then the three paragraphs that point to the appendices, each a
 * link to its appendix.
 */
static void units(const struct hb *h, struct doc_node *sec, unsigned *para)
{
	struct doc_node *p;
	size_t n = 0;
	for (size_t i = 0; i < h->reg->nactors; i++)
		n += h->reg->actors[i]->kind == AK_STAFF && h->reg->actors[i]->used;
	if (n) {
		p = doc_para(sec, "para", NULL);
		doc_textf(p, "%u. ", ++*para);
		doc_text(p, say(h, LP_UNITS));
		size_t k = 0;
		for (size_t i = 0; i < h->reg->nactors; i++) {
			const struct m_actor *a = h->reg->actors[i];
			if (a->kind != AK_STAFF || !a->used)
				continue;
			p = doc_para(sec, "sub", NULL);
			doc_textf(p, "%zu) ", ++k);
			put_lc_first(p, actor_name(h, a));
			doc_text(p, k < n ? ";" : ".");
		}
	}
	static const struct {
		const char *id;
		enum lp_phrase text;
	} refs[3] = {
		{ "app1", LP_REF_APP1 },
		{ "app2", LP_REF_APP2 },
		{ "app3", LP_REF_APP3 },
	};
	for (int i = 0; i < 3; i++) {
		p = doc_para(sec, "para", NULL);
		doc_textf(p, "%u. ", ++*para);
		doc_text(doc_link(p, refs[i].id), say(h, refs[i].text));
	}
}

/* ---- Appendix 1 ------------------------------------------------------------------------ */

/* The "Appendix N to the regulation «...»" line at the top of an
 * appendix, right-aligned in print. */
static void app_of(const struct hb *h, struct doc_node *sec, int no)
{
	doc_textf(doc_para(sec, "app-of", NULL), say(h, LP_APP_OF), no, reg_title(h));
}

/* The rows' labels. */
static const enum lp_phrase a1_rows[5] = {
	LP_A1_ROW1, LP_A1_ROW2, LP_A1_ROW3, LP_A1_ROW4, LP_A1_ROW5,
};
/* The rows' styles. */
static const char *const a1_row_cls[5] = { "r1", "r2", "r3", "r4", "r5" };

/*
 * Where the generated table marks finding x for the step n of a column:
 * the row (0-4) of the cell it is about, or -1 when it is not about n or
 * not about this table.  Read off the finding (diag.h: diag_apx), never
 * off its message: a finding at the act's Appendix 1 marks the cell it
 * names (the column as a whole: its number); a hand-off of the body marks
 * the completion, which the table prints from the body; any other finding
 * about the step (a duration, a quote) the term, as before; Appendix 3's
 * are marked in its diagram, not here.
 */
static int a1_row_of(const struct view_finding *x, const struct m_node *n)
{
	if (!view_finding_about(x, n))
		return -1;
	static const int rows[] = {
		[DC_NONE] = 0, [DC_NUMBER] = 0, [DC_UNIT] = 1,
		[DC_ACTION] = 2, [DC_HANDOFF] = 3, [DC_TERM] = 4,
	};
	switch (x->apx.num) {
	case 0:
		return x->apx.cell == DC_HANDOFF ? 3 : 4;
	case 1:
		return rows[x->apx.cell];
	default:
		return -1;
	}
}

/* Whether the act's Appendix 1 has no column for the step of c (E0801). */
static bool a1_gap(const struct hb *h, const struct m_col *c)
{
	for (size_t k = 0; k < h->nfs && h->v->review; k++)
		if (h->fs[k].code == D_APX_MISSING && h->fs[k].apx.num == 1 &&
		    h->fs[k].node == c->node)
			return true;
	return false;
}

/* The style of row `row`'s cell of column c: "gap" for every cell of a
 * column the act lacks, "review" for a cell a finding is marked in. */
static const char *a1_cell_cls(const struct hb *h, const struct m_col *c, int row)
{
	bool gap = a1_gap(h, c), mark = false;
	for (size_t k = 0; k < h->nfs && h->v->review && !mark; k++)
		mark = a1_row_of(&h->fs[k], c->node) == row;
	return gap && mark ? "gap review" : gap ? "gap" : mark ? "review" : NULL;
}

/* A review note after a mark: what the act's Appendix 1 prints. */
static struct doc_node *a1_note(const struct hb *h, struct doc_node *p)
{
	(void)h;
	doc_break(p);
	return doc_italic(doc_span(p, "review", NULL));
}

/* A note of what the act's cell prints instead: "...: «...»". */
static void a1_prints(const struct hb *h, struct doc_node *p, const char *printed)
{
	struct doc_node *q = a1_note(h, p);
	doc_text(q, say(h, LP_A1_PRINTS));
	doc_text(q, "«");
	doc_text(q, printed);
	doc_text(q, "»");
}

/*
 * The marks of row `row`'s cell of column c: "⚠ E0805" linking to each
 * finding marked there (a1_row_of), and for the findings that say what the
 * act prints instead, a note of it: no column for the step (E0801), the
 * step in one column with another (E0804), another unit or none (E0805),
 * the act's words of a hand-off or wording that differ (E0806, W0811).
 */
static void a1_marks(const struct hb *h, struct doc_node *p, const struct m_col *c, int row)
{
	if (!h->v->review)
		return;
	const struct m_node *n = c->node;
	for (size_t k = 0; k < h->nfs; k++) {
		const struct view_finding *x = &h->fs[k];
		if (a1_row_of(x, n) != row)
			continue;
		/* each mark on a line of its own: a narrow column keeps them */
		doc_break(p);
		doc_mark(p, diag_code_name(x->code), finding_id(h, k));
		if (x->apx.num != 1)
			continue;
		switch (x->code) {
		case D_APX_MISSING:
			doc_text(a1_note(h, p), say(h, LP_A1_GAP));
			break;
		case D_APX_MERGED:
			for (size_t i = 0; x->apx.row && i < x->apx.row->nnodes; i++) {
				const struct m_node *m = x->apx.row->nodes[i];
				if (m != n && m->col)
					doc_textf(a1_note(h, p), say(h, LP_A1_MERGED), m->col);
			}
			break;
		case D_APX_ACTOR:
			if (!x->apx.printed || !*x->apx.printed)
				doc_text(a1_note(h, p), say(h, LP_A1_NO_UNIT));
			else
				a1_prints(h, p, x->apx.printed);
			break;
		default:
			if (x->apx.printed && *x->apx.printed)
				a1_prints(h, p, x->apx.printed);
			break;
		}
	}
}

/*
 * The findings of the act's Appendix 1 about route r that no column of the
 * generated table can hold, under the table: a column the act prints that
 * shows no step (E0802, with its action as printed), no part of the act's
 * table for the route at all (E0810).
 */
static void a1_route_marks(const struct hb *h, struct doc_node *sec, size_t r)
{
	for (size_t k = 0; k < h->nfs && h->v->review; k++) {
		const struct view_finding *x = &h->fs[k];
		if (x->apx.num != 1 || x->route != (int)r || x->node ||
		    (x->code != D_APX_EXTRA && x->code != D_APX_COVER))
			continue;
		struct doc_node *p = doc_para(sec, "review", NULL);
		struct doc_node *q = doc_italic(doc_span(p, "review", NULL));
		if (x->code == D_APX_COVER) {
			doc_text(q, say(h, LP_A1_NO_PART));
		} else {
			doc_textf(q, say(h, LP_A1_EXTRA), x->apx.row ? x->apx.row->index : 0);
			doc_text(q, "«");
			doc_text(q, x->apx.printed ? x->apx.printed : "");
			doc_text(q, "»");
		}
		doc_mark(p, diag_code_name(x->code), finding_id(h, k));
	}
}

/* One cell of Appendix 1: row `row` of column c. */
static void a1_cell(const struct hb *h, struct doc_node *p, const struct rinfo *ri,
		    const struct m_col *c, int row)
{
	const struct m_node *n = c->node;
	switch (row) {
	case 0:
		doc_anchor(p, doc_strf(h->d, "a1-%s-%u", ri->name, n->col));
		doc_textf(p, "%u", n->col);
		break;
	case 1:
		doc_text(p, actor_name(h, n->actor));
		break;
	case 2:
		if (c->dec) {
			struct doc_node *q = doc_italic(p);
			doc_text(q, "«");
			doc_text(q, txt(h, &c->dec->question));
			doc_textf(q, "» – %s:", say(h, c->yes ? LP_YES : LP_NO));
			doc_break(p);
		}
		doc_text(p, txt(h, &n->action));
		break;
	case 3: {
		bool any = n->handoff.kk != NULL;
		if (any)
			doc_text(p, txt(h, &n->handoff));
		const struct m_node *t = n->next;
		if (t && t->kind == N_END) {
			if (any)
				doc_break(p);
			doc_text(p, "→ ");
			put_end_line(h, p, t);
			any = true;
		} else if (t && t->kind == N_JUMP && t->next && t->next->col) {
			if (any)
				doc_break(p);
			doc_textf(p, say(h, LP_A1_BACK), t->next->col);
			any = true;
		}
		if (!any)
			doc_text(p, "–");
		break;
	}
	case 4:
		if (n->dur.form == DF_NONE)
			doc_text(p, "–");
		else
			put_legal(h, p, &n->dur);
		break;
	}
	a1_marks(h, p, c, row);
}

/* A route's step table: rows 1-5 labelled, a column per step of a
 * structural unit; in print split into parts that repeat the labels. */
static void a1_table(const struct hb *h, struct doc_node *sec, const struct rinfo *ri)
{
	struct doc_node *t = doc_table(sec, "a1", 2 + ri->r->ncols);
	doc_table_col(t, 0, "rn");
	doc_table_col(t, 1, "rl");
	doc_table_parts(t, 2, A1_COLS_PER_PART);
	for (int row = 0; row < 5; row++) {
		struct doc_node *rw = doc_row(t, a1_row_cls[row], false);
		doc_textf(doc_cell(rw, "rn", true), "%d", row + 1);
		doc_text(doc_cell(rw, "rl", true), say(h, a1_rows[row]));
		for (size_t c = 0; c < ri->r->ncols; c++)
			a1_cell(h, doc_cell(rw, a1_cell_cls(h, &ri->r->cols[c], row), row == 0),
				ri, &ri->r->cols[c], row);
	}
}

/* An appendix: a section that starts a page, its "Appendix N to the
 * regulation" line.  Appendices 1 and 3 are printed landscape. */
static struct doc_node *appendix_open(const struct hb *h, int no, bool wide)
{
	static const char *const cls[2][2] = {
		{ "appendix", "appendix diagrams" },
		{ "appendix wide", "appendix wide diagrams" },
	};
	struct doc_node *sec = doc_section(&h->d->root, DOC_PART, cls[wide][no > 1],
					   doc_strf(h->d, "app%d", no),
					   DOC_PAGE_BREAK | (wide ? DOC_LANDSCAPE : 0u));
	app_of(h, sec, no);
	return sec;
}

/* Appendix 1: per route, its step table; a route whose steps are all
 * the applicant's has none, and says so. */
static void appendix1(const struct hb *h)
{
	struct doc_node *sec = appendix_open(h, 1, true);
	doc_text(doc_heading(sec, 2, NULL), say(h, LP_APP1_TITLE));
	for (size_t r = 0; r < h->nr; r++) {
		const struct rinfo *ri = &h->ri[r];
		struct doc_node *hd = doc_heading(sec, 3, doc_strf(h->d, "a1-%s", ri->name));
		doc_text(hd, txt(h, &ri->r->title));
		doc_text(hd, ":");
		if (ri->r->ncols == 0) {
			doc_text(doc_para(sec, "para", NULL), say(h, LP_A1_NONE));
			a1_route_marks(h, sec, r);
			continue;
		}
		a1_table(h, sec, ri);
		a1_route_marks(h, sec, r);
	}
}

/* ---- Appendices 2 and 3: the diagrams ------------------------------------------------- */

/* A route's diagram of kind k: the drawing the build made (the SVG file's
 * text), and the file beside the document that shows it too. */
static void diagram(const struct hb *h, struct doc_node *p, const struct rinfo *ri,
		    enum gv_kind k)
{
	struct doc_figure f = {
		.kind = gv_kind_name(k),
		.file = doc_strf(h->d, "%s.%s.%s", gv_kind_name(k), ri->name, lang_code(h->l)),
		.ext = h->in->image_ext,
		.alt = txt(h, &ri->r->title),
		.idpfx = doc_strf(h->d, "%s-%s-",
				  k == GV_BLOCK ? "b" : k == GV_LANES ? "l" : "s", ri->name),
	};
	if (h->in->figures) {
		const struct hb_figure *fig =
			&h->in->figures[(size_t)(ri - h->ri) * GV__KINDS + (size_t)k];
		f.svg = fig->svg;
		f.nsvg = fig->n;
		f.failed = !fig->svg;
	}
	doc_figure(p, &f);
}

/* A diagram with its heading: one printed page (the picture carries its
 * own caption there, so the page shows only it). */
static struct doc_node *fig_head(struct doc_node *sec, const char *id)
{
	return doc_heading(doc_group(sec, "fig"), 3, id);
}

/*
 * Appendix 2 (the block diagrams) or 3 (the swimlane handbook, then the
 * information systems diagrams of the routes that have one): per route a
 * group of its heading and its drawing.
 */
static void appendix_diagrams(const struct hb *h, int no)
{
	struct doc_node *sec = appendix_open(h, no, no == 3);
	struct doc_node *hd = doc_heading(sec, 2, NULL);
	if (no == 2)
		doc_text(hd, say(h, LP_APP2_TITLE));
	else
		doc_textf(hd, say(h, LP_TITLE3), reg_title(h));
	for (size_t r = 0; r < h->nr; r++) {
		const struct rinfo *ri = &h->ri[r];
		hd = fig_head(sec, doc_strf(h->d, "a%d-%s", no, ri->name));
		doc_text(hd, txt(h, &ri->r->title));
		doc_text(hd, ":");
		diagram(h, sec->last, ri, no == 2 ? GV_BLOCK : GV_LANES);
	}
	if (no != 3)
		return;
	for (size_t r = 0; r < h->nr; r++) {
		const struct rinfo *ri = &h->ri[r];
		if (!gv_route_has(ri->r, GV_SYSTEMS))
			continue;
		hd = fig_head(sec, doc_strf(h->d, "sys-%s", ri->name));
		doc_text(hd, say(h, LP_TITLE_SYS));
		doc_text(hd, " (");
		doc_text(hd, txt(h, &ri->r->title));
		doc_text(hd, ")");
		diagram(h, sec->last, ri, GV_SYSTEMS);
	}
}

/* ---- the timing report ------------------------------------------------------------------ */

static void put_instant(const struct hb *h, struct doc_node *p, int64_t t, int64_t start,
			bool ordinary)
{
	char buf[128];
	show_instant(buf, sizeof buf, h->lp, t, start, ordinary);
	doc_textf(p, "%s", buf);
}

/* The verdict of the timing check in a sentence (the compilation's, time.h). */
static const char *verdict_text(const struct hb *h, enum time_verdict v)
{
	switch (v) {
	case TV_NONE:
	case TV_NO_TERM:
		return say(h, LP_V_NO_TERM);
	case TV_OK:
		return say(h, LP_V_OK);
	case TV_HOLIDAYS:
		return say(h, LP_V_HOLIDAYS);
	case TV_EXCEEDS:
		return say(h, LP_V_EXCEEDS);
	case TV_OPEN:
		return say(h, LP_V_OPEN);
	case TV_INFINITE:
		return say(h, LP_V_INFINITE);
	}
	return "";
}

/* The critical path of one outcome, step by step, each linking to its
 * sub-paragraph; with the moments when the report is simulated. */
static void path_table(const struct hb *h, struct doc_node *sec, const struct rinfo *ri,
		       const struct m_timing *rep)
{
	bool times = rep->simulated;
	struct doc_node *t = doc_table(sec, "path", times ? 5 : 4);
	struct doc_node *row = doc_row(t, NULL, true);
	doc_text(doc_cell(row, NULL, true), "№");
	doc_text(doc_cell(row, NULL, true), say(h, LP_COL_STEP));
	doc_text(doc_cell(row, NULL, true), say(h, LP_COL_ACTOR));
	doc_text(doc_cell(row, NULL, true), say(h, LP_COL_DUR));
	if (times)
		doc_text(doc_cell(row, NULL, true), say(h, LP_COL_TIMES));
	size_t k = 0;
	for (size_t i = 0; i < rep->npath; i++) {
		const struct m_node *n = rep->path[i].node;
		if (n->kind != N_STEP)
			continue;
		row = doc_row(t, NULL, false);
		doc_textf(doc_cell(row, NULL, false), "%zu", ++k);
		struct doc_node *c = doc_cell(row, NULL, false);
		doc_textf(doc_link(c, node_id(h, ri, n)), "%u)", n->sub);
		doc_text(c, " ");
		doc_text(c, txt(h, &n->action));
		doc_text(doc_cell(row, NULL, false), actor_name(h, n->actor));
		c = doc_cell(row, NULL, false);
		if (n->dur.form == DF_NONE)
			doc_text(c, "–");
		else
			put_legal(h, c, &n->dur);
		mark1(h, c, n);
		if (times) {
			c = doc_cell(row, NULL, false);
			if (rep->path[i].from >= 0) {
				put_instant(h, c, rep->path[i].from, rep->worst_start,
					    rep->ordinary && !rep->dated);
				doc_text(c, " – ");
				put_instant(h, c, rep->path[i].to, rep->worst_start,
					    rep->ordinary && !rep->dated);
			}
		}
	}
}

/*
 * The timing of one outcome of a route (result or refusal), when the
 * route has it: the totals on the longest and the shortest path, the
 * term and the verdict (bold when it is an error), on a calendar the
 * worst case's moments; then the critical path.
 */
static void timing_outcome(const struct hb *h, struct doc_node *sec, const struct rinfo *ri,
			   enum outcome o)
{
	const struct m_timing rep = ri->r->timing[o]; /* the compilation's */
	if (rep.verdict == TV_NONE)
		return;
	doc_text(doc_heading(sec, 4, NULL), say(h, o == OUT_RESULT ? LP_RESULT : LP_REFUSAL));
	char buf[512];
	struct doc_node *kv = doc_kv(sec, say(h, LP_INDICATOR), say(h, LP_VALUE));
	struct doc_node *v = doc_kv_row(kv, say(h, LP_TOTAL_WORST));
	h->lp->qty(buf, sizeof buf, rep.worst, UNIT_MIN, h->reg->workday_min, LP_AS_SUM);
	doc_textf(v, "%s", buf);
	v = doc_kv_row(kv, say(h, LP_TOTAL_BEST));
	h->lp->qty(buf, sizeof buf, rep.best, UNIT_MIN, h->reg->workday_min, LP_AS_SUM);
	doc_textf(v, "%s", buf);
	v = doc_kv_row(kv, say(h, LP_TERM_ROW));
	if (rep.term)
		put_legal(h, v, &rep.term->dur);
	else
		doc_text(v, say(h, LP_NOT_SET));
	v = doc_kv_row(kv, say(h, LP_CONCLUSION));
	bool bad = rep.verdict == TV_EXCEEDS || rep.verdict == TV_INFINITE;
	doc_text(bad ? doc_bold(v) : v, verdict_text(h, rep.verdict));
	if (rep.simulated) {
		doc_text(v, say(h, rep.dated ? LP_SIMULATED_MONTHS : LP_SIMULATED));
		char at[128], worst[128], best[128];
		v = doc_kv_row(kv, say(h, LP_WORST_CASE));
		show_instant(at, sizeof at, h->lp, rep.worst_start, rep.worst_start, rep.ordinary && !rep.dated);
		doc_textf(v, say(h, LP_ACCEPTED_AT), at);
		if (rep.term) {
			show_instant(at, sizeof at, h->lp, rep.worst_due, rep.worst_start,
				     rep.ordinary && !rep.dated);
			doc_textf(v, say(h, LP_DUE_AT), at);
		}
		show_instant(at, sizeof at, h->lp, rep.worst_finish, rep.worst_start,
			     rep.ordinary && !rep.dated);
		doc_textf(v, say(h, LP_READY_AT), at);
		if (rep.ordinary)
			doc_text(v, say(h, rep.dated ? LP_ORDINARY_CALENDAR : LP_ORDINARY));
		v = doc_kv_row(kv, say(h, LP_ELAPSED));
		show_elapsed(worst, sizeof worst, h->lp, rep.worst_elapsed);
		show_elapsed(best, sizeof best, h->lp, rep.best_elapsed);
		doc_textf(v, say(h, LP_ELAPSED_RANGE), worst, best);
	}
	doc_text(doc_para(sec, "para", NULL), say(h, LP_CRITICAL));
	path_table(h, sec, ri, &rep);
}

/*
 * reglc's timing report, a section of its own on a new page: the
 * working hours and the counting rules the check used, the calendar, then
 * each route's outcomes.
 */
static void report(const struct hb *h)
{
	struct doc_node *sec = doc_section(&h->d->root, DOC_PART, "report", "report",
					   DOC_PAGE_BREAK);
	doc_text(doc_heading(sec, 2, NULL), say(h, LP_REPORT));
	const struct m_reg *reg = h->reg;
	struct doc_node *p = doc_para(sec, "note", NULL);
	doc_text(p, say(h, LP_REPORT_NOTE));
	doc_textf(p, say(h, LP_WORK_HOURS), reg->work_start / 60, reg->work_start % 60,
		  reg->work_end / 60, reg->work_end % 60);
	if (reg->break_start != reg->break_end)
		doc_textf(p, say(h, LP_WORK_BREAK), reg->break_start / 60, reg->break_start % 60,
			  reg->break_end / 60, reg->break_end % 60);
	char day[64];
	h->lp->qty(day, sizeof day, (struct qty){ 0, 0, reg->workday_min, 0 }, UNIT_MIN,
		   reg->workday_min, LP_AS_WRITTEN);
	doc_textf(p, say(h, LP_WORKDAY_LEN), day);
	doc_text(p, say(h, reg->count_same_day ? LP_SAME_DAY : LP_NEXT_DAY));
	doc_text(p, say(h, reg->close_exact ? LP_CLOSE_EXACT : LP_CLOSE_NEXT));
	if (h->v->cal) {
		int y0, y1, m, d;
		cal_civil_from_days(h->v->cal->first, &y0, &m, &d);
		cal_civil_from_days(h->v->cal->last, &y1, &m, &d);
		doc_textf(p, say(h, LP_CAL_YEARS), y0, y1);
		if (strcmp(h->v->cal->name, "built-in") == 0) {
			doc_text(p, say(h, LP_CAL_BUILTIN));
		} else {
			doc_text(p, " (");
			doc_text(p, h->v->cal->name);
			doc_text(p, ").");
		}
		/* Its provisional years and the days judged (docs/timing.md §7). */
		const struct calendar *cal = h->v->cal;
		if (cal->settled < cal->last && cal->last >= cal->first) {
			cal_civil_from_days(cal->settled + 1 > cal->first ? cal->settled + 1
									: cal->first, &y0, &m, &d);
			doc_textf(p, say(h, LP_CAL_PROVISIONAL), y0, y1);
		}
		struct t_period per;
		time_period(reg, cal, &per);
		if (per.last >= per.first) {
			int ya, ma, da, yb, mb, db;
			cal_civil_from_days(per.first, &ya, &ma, &da);
			cal_civil_from_days(per.last, &yb, &mb, &db);
			doc_textf(p, say(h, LP_CAL_JUDGED), ya, ma, da, yb, mb, db);
		}
	}
	for (size_t r = 0; r < h->nr; r++) {
		const struct rinfo *ri = &h->ri[r];
		route_head(h, sec, 3, doc_strf(h->d, "t-%s", ri->name), ri);
		for (int o = 0; o < OUT__COUNT; o++)
			timing_outcome(h, sec, ri, (enum outcome)o);
	}
}

/* ---- findings ------------------------------------------------------------------------------ */

/* "1 ошибка", "2 ошибки", "5 ошибок"; "3 қате". */
static void put_count(const struct hb *h, struct doc_node *p, size_t n, bool errors)
{
	char buf[64];
	h->lp->count(buf, sizeof buf, n, errors ? LPN_ERROR : LPN_WARNING, LPC_NOM, LPS_DIGITS);
	doc_textf(p, "%s", buf);
}

/* Where a finding is in the file, as `check` prints it: the text is cut at
 * 2047 bytes, as the handbook has always printed it. */
static void put_place(struct doc_node *p, const char *path, const struct linecol *at)
{
	doc_textf(p, "%s:%u:%u", path, at->line, at->col);
}

/* One finding: its number, severity and code, what it is about (a link to
 * the step or the route's timing), the message in the document's
 * language and the place; its notes and hint below. */
static void finding(const struct hb *h, struct doc_node *sec, size_t k, const char *path)
{
	const struct view_finding *x = &h->fs[k];
	const char *lang = lang_code(h->l);
	bool err = x->sev == DIAG_ERROR;
	struct doc_node *f = doc_finding(sec, k + 1, err, finding_id(h, k));
	struct doc_node *b = doc_bold(f);
	doc_text(b, say(h, err ? LP_ERROR : LP_WARNING));
	doc_textf(b, " [%s]", diag_code_name(x->code));
	doc_text(f, " — ");
	if (x->node && x->route >= 0) {
		const struct rinfo *ri = &h->ri[x->route];
		doc_text(f, txt(h, &ri->r->title));
		doc_text(f, ", ");
		put_subref(h, doc_link(f, node_id(h, ri, x->node)), ri->para, x->node->sub);
	} else if (x->route >= 0) {
		const struct rinfo *ri = &h->ri[x->route];
		doc_text(doc_link(f, doc_strf(h->d, "t-%s", ri->name)), txt(h, &ri->r->title));
	} else {
		doc_text(f, say(h, LP_ABOUT_REG));
	}
	doc_break(f);
	doc_text(doc_span(f, NULL, lang), x->msg);
	doc_text(f, " ");
	struct doc_node *loc = doc_span(f, "loc", NULL);
	doc_text(loc, "(");
	put_place(loc, x->file ? x->file : path, &x->at);
	doc_text(loc, ")");
	for (size_t i = 0; i < x->nnotes; i++) {
		struct doc_node *it = doc_item(doc_notes(f, "notes", lang));
		doc_text(it, x->notes[i].msg);
		if (x->notes[i].placed && x->notes[i].file)
			doc_textf(it, " (%s:%u:%u)", x->notes[i].file, x->notes[i].at.line,
				  x->notes[i].at.col);
		else if (x->notes[i].placed)
			doc_textf(it, " (%u:%u)", x->notes[i].at.line, x->notes[i].at.col);
	}
	if (x->hint) {
		struct doc_node *it = doc_item(doc_notes(f, "notes", lang));
		doc_text(it, say(h, LP_HINT));
		doc_text(it, x->hint);
	}
}

/* The findings section: the counts, then every finding, numbered. */
static void findings(const struct hb *h)
{
	struct doc_node *sec = doc_section(&h->d->root, DOC_PART, "findings", "findings", 0);
	doc_text(doc_heading(sec, 2, NULL), say(h, LP_FINDINGS));
	struct doc_node *p = doc_para(sec, "para", NULL);
	if (h->nfs == 0) {
		doc_text(p, say(h, LP_NO_FINDINGS));
	} else {
		put_count(h, p, h->nerrors, true);
		doc_text(p, ", ");
		put_count(h, p, h->nwarnings, false);
		doc_text(p, ".");
	}
	const char *path = h->reg->src ? h->reg->src->path : "";
	for (size_t k = 0; k < h->nfs; k++)
		finding(h, sec, k, path);
}

/* ---- the document ------------------------------------------------------------------------- */

/*
 * The contents: the sections and appendices, with the routes under the
 * items that have one part per route (section 4 lists the routes after
 * the first and only appears when there are such routes).
 */
static void toc(const struct hb *h)
{
	struct doc_node *t = doc_toc(&h->d->root, say(h, LP_CONTENTS));
	static const struct item {
		const char *id;
		enum lp_phrase text;
		int routes; /* 0 none; 1 body route 0; 2 body routes 1..; 3 a1; 4 t */
	} items[] = {
		{ "s1", LP_TOC_S1, 0 },
		{ "s2", LP_TOC_S2, 1 },
		{ "s3", LP_TOC_S3, 0 },
		{ "s4", LP_TOC_S4, 2 },
		{ "app1", LP_TOC_APP1, 3 },
		{ "app2", LP_TOC_APP2, 0 },
		{ "app3", LP_TOC_APP3, 0 },
		{ "report", LP_REPORT, 4 },
		{ "findings", LP_FINDINGS, 0 },
	};
	for (size_t i = 0; i < sizeof items / sizeof items[0]; i++) {
		if (items[i].routes == 2 && h->nr < 2)
			continue;
		struct doc_node *it = doc_item(t);
		doc_text(doc_link(it, items[i].id), say(h, items[i].text));
		size_t from = items[i].routes == 2 ? 1 : 0;
		size_t to = items[i].routes == 0 ? 0 : items[i].routes == 1 ? (h->nr ? 1 : 0) : h->nr;
		for (size_t r = from; r < to; r++) {
			const struct rinfo *ri = &h->ri[r];
			const char *id = items[i].routes == 3   ? doc_strf(h->d, "a1-%s", ri->name)
					 : items[i].routes == 4 ? doc_strf(h->d, "t-%s", ri->name)
								: route_id(h, ri);
			doc_text(doc_link(doc_item(doc_sublist(it)), id), txt(h, &ri->r->title));
		}
	}
}

/*
 * The front matter: the approving act, the regulation's title, the
 * standard, a one-line summary of the findings (linking to them) and the
 * file the document was made from.
 */
static void title_block(const struct hb *h)
{
	struct doc_node *sec = doc_section(&h->d->root, DOC_FRONT, NULL, NULL, 0);
	struct doc_node *p;
	const char *act = meta_text(h, &h->reg->meta.act);
	if (act) {
		p = doc_para(sec, "approved", NULL);
		doc_text(p, say(h, LP_APPROVED));
		doc_text(p, act);
	}
	doc_textf(doc_heading(sec, 1, NULL), say(h, LP_REG_TITLE), reg_title(h));
	const char *standard = meta_text(h, &h->reg->meta.standard);
	if (standard) {
		p = doc_para(sec, "standard", NULL);
		doc_text(p, say(h, LP_STANDARD));
		doc_text(p, standard);
	}
	p = doc_para(sec, "summary", NULL);
	if (h->nfs == 0) {
		doc_text(p, say(h, LP_CHECK_CLEAN));
	} else {
		doc_text(p, say(h, LP_CHECK_FOUND));
		put_count(h, p, h->nerrors, true);
		doc_text(p, ", ");
		put_count(h, p, h->nwarnings, false);
		doc_text(p, " – ");
		doc_text(doc_link(p, "findings"), say(h, LP_FOUND_LINK));
		doc_text(p, ".");
	}
	p = doc_para(sec, "source", NULL);
	doc_text(p, say(h, LP_SOURCE));
	doc_text(p, h->reg->src ? h->reg->src->path : "");
}

/* The body: sections 1-4 and their numbered paragraphs (2 the first
 * route's procedure, 4 the others'). */
static void body(struct hb *h)
{
	struct doc_node *text = doc_section(&h->d->root, DOC_BODY, NULL, NULL, 0);
	unsigned para = 0;
	general(h, doc_section(text, DOC_PART, NULL, NULL, 0), &para);
	struct doc_node *sec = doc_section(text, DOC_PART, NULL, NULL, 0);
	section_head(h, sec, 2, "s2", LP_S2);
	if (h->nr)
		para_route(h, sec, &para, &h->ri[0]);
	sec = doc_section(text, DOC_PART, NULL, NULL, 0);
	section_head(h, sec, 3, "s3", LP_S3);
	units(h, sec, &para);
	if (h->nr > 1) {
		sec = doc_section(text, DOC_PART, NULL, NULL, 0);
		section_head(h, sec, 4, "s4", LP_S4);
		for (size_t r = 1; r < h->nr; r++)
			para_route(h, sec, &para, &h->ri[r]);
	}
}

struct doc *hb_document(const struct hb_input *in, struct arena *a)
{
	struct hb H;
	memset(&H, 0, sizeof H);
	struct hb *h = &H;
	h->in = in;
	h->v = in->view;
	h->reg = in->view->reg;
	h->l = in->view->lang;
	h->lp = langpack(h->l);
	h->nr = h->reg->nroutes;
	h->ri = arena_alloc(a, (h->nr + 1) * sizeof *h->ri);
	for (size_t r = 0; r < h->nr; r++) {
		h->ri[r].r = h->v->routes[r].r;
		h->ri[r].name = h->v->routes[r].name;
	}
	/* The view's findings: a missing Russian text is no finding of the
	 * Kazakh document (the view leaves it out). */
	h->fs = h->v->findings;
	h->nfs = h->v->nfindings;
	h->nerrors = h->v->nerrors;
	h->nwarnings = h->v->nwarnings;
	h->d = doc_new(a, lang_code(h->l), reg_title(h));

	title_block(h);
	toc(h);
	body(h);
	appendix1(h);
	appendix_diagrams(h, 2);
	appendix_diagrams(h, 3);
	report(h);
	findings(h);
	return h->d;
}
