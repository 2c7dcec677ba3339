/*
 * handbook.c — the regulation handbook in HTML and Markdown (see
 * handbook.h).
 *
 * One generator writes both formats through a handful of primitives
 * (headings, paragraphs, links, table cells), so the two documents always
 * say the same thing.  A route is first flattened into entries in source
 * order (steps, reused runs, decisions with their branches, ends, jumps)
 * and numbered once: the body's sub-paragraphs and Appendix 1's columns
 * are both read off that list, and so are the anchors the findings and the
 * timing report link to.
 *
 * The legal phrasing follows the template of the seed's regulations
 * (section headings, paragraphs 1-10, the Appendix 1 row labels); the
 * Russian is the template's official Russian.  What reglc adds (the timing
 * report, the findings) is marked as reglc's.  Diagnostic messages stay in
 * English, as `reglc check` prints them: the code and the place are what a
 * reader looks up.
 */
#include "handbook.h"

#include <inttypes.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "calendar.h"
#include "diag.h"
#include "dur.h"
#include "gv.h"
#include "legal.h"
#include "model.h"
#include "numwords.h"
#include "source.h"
#include "time.h"
#include "utf8.h"
#include "view.h"

/* Columns of an Appendix 1 table per printed part: what fits an A4
 * landscape page at a readable size (the seed's widest table has 7). */
#define A1_COLS_PER_PART 7

/* ---- escaping ------------------------------------------------------------------ */

static void put_html(FILE *f, const char *s)
{
	for (; *s; s++) {
		switch (*s) {
		case '&': fputs("&amp;", f); break;
		case '<': fputs("&lt;", f); break;
		case '>': fputs("&gt;", f); break;
		case '"': fputs("&quot;", f); break;
		case '\'': fputs("&#39;", f); break;
		default: fputc(*s, f);
		}
	}
}

/*
 * Markdown: a backslash before every ASCII character that could open
 * markup anywhere in a line (emphasis, code, links, images, autolinks and
 * raw HTML, entities, table cells, headings' closing #, strike-through);
 * line breaks and tabs become spaces, so a text never starts a line (the
 * generator always writes something of its own first).
 */
static void put_md(FILE *f, const char *s)
{
	for (; *s; s++) {
		switch (*s) {
		case '\\': case '`': case '*': case '_': case '[': case ']': case '<':
		case '>': case '|': case '#': case '&': case '~': case '!':
			fputc('\\', f);
			fputc(*s, f);
			break;
		case '\n': case '\r': case '\t':
			fputc(' ', f);
			break;
		default:
			fputc(*s, f);
		}
	}
}

static char *escape_with(void (*put)(FILE *, const char *), const char *s)
{
	char *buf = NULL;
	size_t n = 0;
	FILE *m = open_memstream(&buf, &n);
	if (!m)
		return xstrdup("");
	put(m, s);
	fclose(m);
	return buf ? buf : xstrdup("");
}

char *hb_escape_html(const char *s) { return escape_with(put_html, s); }
char *hb_escape_md(const char *s) { return escape_with(put_md, s); }

/* ---- a route as the law lists it ------------------------------------------------ */


/* What the handbook knows about a route beyond the model's entries and
 * numbers (number.c). */
struct rinfo {
	const struct m_route *r;
	const char *name;    /* file-name form of its id: anchors */
	unsigned para;       /* its paragraph in the body */
};

/* ---- the writer ------------------------------------------------------------------ */

struct hb {
	FILE *f;
	enum hb_format fmt;
	const struct hb_input *in;
	const struct m_reg *reg;
	enum lang l;
	int depth;            /* Markdown: blockquote depth of a branch */
	struct rinfo *ri;     /* per route */
	size_t nr;
	const struct view *v; /* what the handbook shows (view.h) */
	const struct view_finding *fs; /* the findings shown, numbered from 1 */
	size_t nfs;
	size_t nerrors, nwarnings;
	bool failed;          /* a diagram could not be drawn */
};

/* The Kazakh or the Russian of a phrase of the template. */
static const char *tr(const struct hb *h, const char *kk, const char *ru)
{
	return h->l == LANG_RU ? ru : kk;
}

#if defined(__GNUC__)
__attribute__((format(printf, 2, 3)))
#endif
static void out(struct hb *h, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vfprintf(h->f, fmt, ap);
	va_end(ap);
}

static void outs(struct hb *h, const char *s) { fputs(s, h->f); }

/* User text (or anything not ours), escaped for the format. */
static void esc(struct hb *h, const char *s)
{
	if (h->fmt == HB_HTML)
		put_html(h->f, s);
	else
		put_md(h->f, s);
}

#if defined(__GNUC__)
__attribute__((format(printf, 2, 3)))
#endif
static void escf(struct hb *h, const char *fmt, ...)
{
	char buf[2048];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	esc(h, buf);
}

/* A text of the model in the document's language (Kazakh when the
 * Russian is missing: lang_check reports that). */
static const char *txt(const struct hb *h, const struct m_text *t)
{
	const char *s = m_text_in(t, h->l == LANG_RU);
	return s ? s : "";
}

static bool html(const struct hb *h) { return h->fmt == HB_HTML; }

static void md_quote(struct hb *h)
{
	for (int i = 0; i < h->depth; i++)
		outs(h, "> ");
}

static void h_open(struct hb *h, int level, const char *id)
{
	if (html(h)) {
		out(h, "<h%d", level);
		if (id)
			out(h, " id=\"%s\"", id);
		outs(h, ">");
	} else {
		if (id)
			out(h, "<a id=\"%s\"></a>\n\n", id);
		for (int i = 0; i < level; i++)
			outs(h, "#");
		outs(h, " ");
	}
}

static void h_close(struct hb *h, int level)
{
	if (html(h))
		out(h, "</h%d>\n", level);
	else
		outs(h, "\n\n");
}

static void p_open(struct hb *h, const char *cls, const char *id)
{
	if (html(h)) {
		outs(h, "<p");
		if (cls)
			out(h, " class=\"%s\"", cls);
		if (id)
			out(h, " id=\"%s\"", id);
		outs(h, ">");
	} else {
		md_quote(h);
		if (id)
			out(h, "<a id=\"%s\"></a>", id);
	}
}

static void p_close(struct hb *h)
{
	if (html(h)) {
		outs(h, "</p>\n");
	} else {
		outs(h, "\n");
		for (int i = 0; i < h->depth; i++)
			outs(h, i ? " >" : ">");
		outs(h, "\n");
	}
}

static void a_open(struct hb *h, const char *id)
{
	if (html(h))
		out(h, "<a href=\"#%s\">", id);
	else
		outs(h, "[");
}

static void a_close(struct hb *h, const char *id)
{
	if (html(h))
		outs(h, "</a>");
	else
		out(h, "](#%s)", id);
}

static void b_open(struct hb *h) { outs(h, html(h) ? "<b>" : "**"); }
static void b_close(struct hb *h) { outs(h, html(h) ? "</b>" : "**"); }
static void i_open(struct hb *h) { outs(h, html(h) ? "<i>" : "*"); }
static void i_close(struct hb *h) { outs(h, html(h) ? "</i>" : "*"); }
static void br(struct hb *h) { outs(h, "<br>"); }

/* ---- names and anchors -------------------------------------------------------- */

#define ID_MAX 128

static void route_id(char *buf, const struct rinfo *ri)
{
	snprintf(buf, ID_MAX, "r-%s", ri->name);
}

static void node_id(char *buf, const struct rinfo *ri, const struct m_node *n)
{
	snprintf(buf, ID_MAX, "r-%s-n%u", ri->name, n->index);
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
static void put_lc_first(struct hb *h, const char *name)
{
	size_t l1, l2;
	uint32_t c1 = char_at(name, &l1);
	uint32_t c2 = l1 ? char_at(name + l1, &l2) : 0;
	if (!upper_letter(c1) || upper_letter(c2) || c2 == 0 ||
	    strncmp(name, "Орталық", strlen("Орталық")) == 0) {
		esc(h, name);
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
	esc(h, first);
	esc(h, name + l1);
}

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

static const char *reg_title(const struct hb *h)
{
	const char *t = meta_text(h, &h->reg->meta.title);
	return t ? t : h->reg->id;
}

/* ---- finding marks --------------------------------------------------------------- */

static void finding_id(char *buf, size_t k)
{
	snprintf(buf, ID_MAX, "f%zu", k + 1);
}

/* "⚠ E0401" links after a step, one per finding about any of nodes. */
static void marks(struct hb *h, const struct m_node *const *nodes, size_t n)
{
	for (size_t k = 0; k < h->nfs; k++) {
		bool hit = false;
		for (size_t i = 0; i < n && !hit; i++)
			hit = h->fs[k].node == nodes[i];
		if (!hit)
			continue;
		char id[ID_MAX];
		finding_id(id, k);
		/* A no-break space: the mark never starts a line on its own. */
		if (html(h))
			out(h, "&#160;<a class=\"mark\" href=\"#%s\">⚠&#160;%s</a>", id,
			    diag_code_name(h->fs[k].code));
		else
			out(h, " [⚠ %s](#%s)", diag_code_name(h->fs[k].code), id);
	}
}

static void mark1(struct hb *h, const struct m_node *n)
{
	marks(h, &n, 1);
}

/* ---- durations --------------------------------------------------------------------- */

static void put_words(struct hb *h, const struct dur *d)
{
	char buf[1024];
	legal_words(buf, sizeof buf, d, h->l);
	esc(h, buf);
}

static void put_legal(struct hb *h, const struct dur *d)
{
	char buf[512];
	legal_dur(buf, sizeof buf, d, h->l);
	esc(h, buf);
}

/* ---- the body ------------------------------------------------------------------------ */

/* "2-тармақтың 3) тармақшасы" / "подпункт 3) пункта 2". */
static void put_subref(struct hb *h, unsigned para, unsigned sub)
{
	if (h->l == LANG_RU)
		out(h, "подпункт %u) пункта %u", sub, para);
	else
		out(h, "%u-тармақтың %u) тармақшасы", para, sub);
}

static const struct rinfo *rinfo_of(const struct hb *h, const struct m_route *r)
{
	for (size_t i = 0; i < h->nr; i++)
		if (h->ri[i].r == r)
			return &h->ri[i];
	return NULL;
}

static void put_end_line(struct hb *h, const struct m_node *end)
{
	const struct m_text *what = &end->what;
	if (end->outcome == OUT_RESULT)
		outs(h, tr(h, "Рәсім аяқталады (нәтиже)", "Процедура завершается (результат)"));
	else
		outs(h, tr(h, "Рәсім аяқталады (бас тарту)", "Процедура завершается (отказ)"));
	if (what->kk) {
		outs(h, ": ");
		esc(h, txt(h, what));
	}
}

/* Where a route goes when a branch is not written. */
static void put_goes_to(struct hb *h, const struct rinfo *ri, const struct m_node *t)
{
	while (t && t->kind == N_JUMP)
		t = t->next;
	if (t && t->kind == N_END) {
		put_end_line(h, t);
		return;
	}
	if (t && t->sub) {
		char id[ID_MAX];
		node_id(id, ri, t);
		outs(h, tr(h, "", "переход к "));
		a_open(h, id);
		out(h, tr(h, "%u) тармақшаға", "подпункту %u)"), t->sub);
		a_close(h, id);
		outs(h, tr(h, " көшеді", ""));
		return;
	}
	outs(h, tr(h, "келесі рәсімге көшеді", "переход к следующей процедуре"));
}

static void arm_open(struct hb *h)
{
	if (html(h))
		outs(h, "<div class=\"arm\">\n");
	else
		h->depth++;
}

static void arm_close(struct hb *h)
{
	if (html(h)) {
		outs(h, "</div>\n");
	} else {
		h->depth--;
		outs(h, "\n");
	}
}

static const char *arm_head(const struct hb *h, bool yes)
{
	return yes ? tr(h, "«ИӘ» болған жағдайда", "В случае ответа «ДА»")
		   : tr(h, "«ЖОҚ» болған жағдайда", "В случае ответа «НЕТ»");
}

static void put_step_sentence(struct hb *h, const struct m_node *n)
{
	put_lc_first(h, actor_name(h, n->actor));
	outs(h, " ");
	esc(h, txt(h, &n->action));
	if (n->handoff.kk) {
		outs(h, tr(h, " және ", " и "));
		esc(h, txt(h, &n->handoff));
	}
	if (n->dur.form != DF_NONE) {
		outs(h, " (");
		put_words(h, &n->dur);
		outs(h, ")");
	}
}

/* The sub-paragraphs of one route. */
static void body_route(struct hb *h, const struct rinfo *ri)
{
	int open = 0;
	for (size_t i = 0; i < ri->r->nentries; i++) {
		const struct m_entry *e = &ri->r->entries[i];
		while (open > e->depth) {
			arm_close(h);
			open--;
		}
		char id[ID_MAX];
		const char *punct = e->sub == ri->r->last_sub ? "." : ";";
		switch (e->kind) {
		case ME_STEP:
			node_id(id, ri, e->node);
			p_open(h, "sub", id);
			out(h, "%u) ", e->sub);
			put_step_sentence(h, e->node);
			outs(h, punct);
			mark1(h, e->node);
			p_close(h);
			break;
		case ME_USE: {
			node_id(id, ri, e->node);
			p_open(h, "sub", id);
			for (size_t j = 1; j < e->nrun; j++) {
				char rid[ID_MAX];
				node_id(rid, ri, e->run[j]);
				out(h, html(h) ? "<span id=\"%s\"></span>" : "<a id=\"%s\"></a>", rid);
			}
			out(h, "%u) ", e->sub);
			const struct rinfo *o = e->from ? rinfo_of(h, e->from) : NULL;
			unsigned a = o ? number_sub_in(o->r, e->run[0]) : 0;
			unsigned b = o ? number_sub_in(o->r, e->run[e->nrun - 1]) : 0;
			char oid[ID_MAX];
			if (o && a) {
				const struct m_node *first = NULL;
				for (size_t k = 0; k < o->r->nnodes && !first; k++)
					if (o->r->nodes[k]->sub == a)
						first = o->r->nodes[k];
				node_id(oid, o, first);
			}
			if (!o || !a) {
				outs(h, tr(h, "алдыңғы рәсімдер қайталанады",
					   "повторяются предыдущие процедуры"));
			} else if (h->l == LANG_RU) {
				outs(h, "взаимодействие структурных подразделений (работников) "
					"осуществляется в соответствии с ");
				a_open(h, oid);
				if (a == b)
					out(h, "подпунктом %u) пункта %u", a, o->para);
				else
					out(h, "подпунктами %u)–%u) пункта %u", a, b, o->para);
				a_close(h, oid);
				outs(h, " настоящего регламента");
			} else {
				outs(h, "құрылымдық бөлімшелердің (қызметкерлердің) өзара іс-қимылы "
					"осы регламенттің ");
				a_open(h, oid);
				if (a == b)
					out(h, "%u-тармағының %u) тармақшасына", o->para, a);
				else
					out(h, "%u-тармағының %u)–%u) тармақшаларына", o->para, a, b);
				a_close(h, oid);
				outs(h, " сәйкес жүзеге асырылады");
			}
			outs(h, punct);
			marks(h, e->run, e->nrun);
			p_close(h);
			break;
		}
		case ME_DECISION: {
			node_id(id, ri, e->node);
			p_open(h, "sub", id);
			out(h, "%u) ", e->sub);
			if (e->node->actor) {
				put_lc_first(h, actor_name(h, e->node->actor));
				outs(h, tr(h, " шешім қабылдайды: ", " принимает решение: "));
			} else {
				outs(h, tr(h, "шешім қабылданады: ", "принимается решение: "));
			}
			outs(h, "«");
			esc(h, txt(h, &e->node->question));
			outs(h, "»");
			outs(h, e->sub == ri->r->last_sub ? "." : ";");
			mark1(h, e->node);
			p_close(h);
			/* A branch that is not written goes on after the decision. */
			bool has[2] = { false, false };
			for (size_t j = i + 1; j < ri->r->nentries && ri->r->entries[j].depth >= e->depth;
			     j++)
				if (ri->r->entries[j].kind == ME_ARM && ri->r->entries[j].node == e->node)
					has[ri->r->entries[j].yes] = true;
			for (int y = 1; y >= 0; y--) {
				if (has[y] || (!has[0] && !has[1]))
					continue;
				arm_open(h);
				p_open(h, "arm-h", NULL);
				outs(h, arm_head(h, y));
				outs(h, " – ");
				put_goes_to(h, ri, y ? e->node->yes : e->node->no);
				outs(h, ".");
				p_close(h);
				arm_close(h);
			}
			break;
		}
		case ME_ARM:
			arm_open(h);
			open = e->depth + 1;
			p_open(h, "arm-h", NULL);
			outs(h, arm_head(h, e->yes));
			outs(h, ":");
			p_close(h);
			break;
		case ME_END:
			p_open(h, "end", NULL);
			put_end_line(h, e->node);
			outs(h, ".");
			p_close(h);
			break;
		case ME_JUMP: {
			const struct m_node *t = e->node->next;
			p_open(h, "end", NULL);
			if (t && t->sub) {
				char tid[ID_MAX];
				node_id(tid, ri, t);
				outs(h, tr(h, "", "Возврат к "));
				a_open(h, tid);
				out(h, tr(h, "%u) тармақшаға", "подпункту %u)"), t->sub);
				a_close(h, tid);
				outs(h, tr(h, " қайта оралады", ""));
			} else {
				outs(h, tr(h, "Алдыңғы рәсімге қайта оралады",
					   "Возврат к предыдущей процедуре"));
			}
			if (e->node->bounded) {
				unsigned long long m = (unsigned long long)e->node->max;
				if (h->l == LANG_RU)
					out(h, " (не более %llu %s)", m,
					    ru_noun_slot(m, RU_GEN) == RS_SING ? "раза" : "раз");
				else
					out(h, " (ең көбі %llu рет)", m);
			}
			outs(h, ".");
			p_close(h);
			break;
		}
		}
	}
	while (open > 0) {
		arm_close(h);
		open--;
	}
}

static void section_head(struct hb *h, int no, const char *id, const char *kk,
			 const char *ru)
{
	h_open(h, 2, id);
	out(h, "%d. %s", no, tr(h, kk, ru));
	h_close(h, 2);
}

/* The heading of a route's part of the body, with its anchor. */
static void route_head(struct hb *h, int level, const char *id, const struct rinfo *ri)
{
	h_open(h, level, id);
	esc(h, txt(h, &ri->r->title));
	h_close(h, level);
}

static void para_route(struct hb *h, unsigned *para, struct rinfo *ri)
{
	char id[ID_MAX];
	route_id(id, ri);
	route_head(h, 3, id, ri);
	ri->para = ++*para;
	p_open(h, "para", NULL);
	out(h, "%u. %s", ri->para,
	    tr(h, "Мемлекеттік қызмет көрсету процесінің құрамына кіретін әрбір рәсімнің "
		  "(іс-қимылдың) мазмұны, оны орындаудың ұзақтығы:",
	       "Содержание каждой процедуры (действия), входящей в состав процесса "
	       "оказания государственной услуги, длительность ее выполнения:"));
	p_close(h);
	body_route(h, ri);
}

static void general(struct hb *h, unsigned *para)
{
	section_head(h, 1, "s1", "Жалпы ережелер", "Общие положения");
	const struct m_meta *m = &h->reg->meta;
	const char *provider = meta_text(h, &m->provider);
	if (provider) {
		p_open(h, "para", NULL);
		out(h, "%u. ", ++*para);
		outs(h, tr(h, "Көрсетілетін қызметті берушінің атауы: ",
			   "Наименование услугодателя: "));
		esc(h, provider);
		outs(h, tr(h, " (бұдан әрі – көрсетілетін қызметті беруші).",
			   " (далее – услугодатель)."));
		p_close(h);
	}
	size_t nacc = m->naccepts;
	if (nacc) {
		p_open(h, "para", NULL);
		if (!provider)
			out(h, "%u. ", ++*para);
		outs(h, tr(h, "Өтініштерді қабылдау және мемлекеттік көрсетілетін қызмет "
			      "нәтижелерін беру:",
			   "Места приема заявлений и выдачи результатов оказания "
			   "государственной услуги:"));
		p_close(h);
		size_t k = 0;
		for (size_t a = 0; a < m->naccepts; a++) {
			p_open(h, "sub", NULL);
			out(h, "%zu) ", ++k);
			esc(h, txt(h, &m->accepts[a]));
			outs(h, k < nacc ? ";" : tr(h, " арқылы жүзеге асырылады.", "."));
			p_close(h);
		}
	}
	if (m->form) {
		p_open(h, "para", NULL);
		out(h, "%u. ", ++*para);
		outs(h, tr(h, "Мемлекеттік қызметті көрсету нысаны: ",
			   "Форма оказания государственной услуги: "));
		bool first = true;
		for (size_t v = 0; v < m->nform; v++) {
			if (!first)
				outs(h, tr(h, "/", " и (или) "));
			first = false;
			if (m->form[v].kind == MF_PAPER)
				outs(h, tr(h, "қағаз", "бумажная"));
			else if (m->form[v].kind == MF_ELECTRONIC)
				outs(h, tr(h, "электронды", "электронная"));
			else
				esc(h, txt(h, &m->form[v].text));
		}
		outs(h, tr(h, " түрінде.", "."));
		p_close(h);
	}
	const char *result = meta_text(h, &m->result);
	if (result) {
		p_open(h, "para", NULL);
		out(h, "%u. ", ++*para);
		outs(h, tr(h, "Мемлекеттік қызмет көрсету нәтижесі – ",
			   "Результат оказания государственной услуги – "));
		esc(h, result);
		outs(h, ".");
		p_close(h);
	}
	if (m->fee_set) {
		p_open(h, "para", NULL);
		out(h, "%u. ", ++*para);
		if (m->fee_free) {
			outs(h, tr(h, "Мемлекеттік қызмет тегін көрсетіледі.",
				   "Государственная услуга оказывается бесплатно."));
		} else {
			outs(h, tr(h, "Мемлекеттік қызмет ақылы негізде көрсетіледі: ",
				   "Государственная услуга оказывается на платной основе: "));
			esc(h, txt(h, &m->fee));
			outs(h, ".");
		}
		p_close(h);
	}
	/* The terms, when the regulation states them. */
	size_t nterms = 0;
	for (int o = 0; o < OUT__COUNT; o++) {
		nterms += h->reg->terms[o].set;
		for (size_t r = 0; r < h->nr; r++)
			nterms += h->ri[r].r->terms[o].set;
	}
	if (nterms) {
		p_open(h, "para", NULL);
		out(h, "%u. ", ++*para);
		outs(h, tr(h, "Мемлекеттік қызмет көрсету мерзімі:",
			   "Срок оказания государственной услуги:"));
		p_close(h);
		size_t k = 0;
		for (int pass = 0; pass <= (int)h->nr; pass++) {
			for (int o = 0; o < OUT__COUNT; o++) {
				const struct m_term *t = pass == 0 ? &h->reg->terms[o]
								   : &h->ri[pass - 1].r->terms[o];
				if (!t->set)
					continue;
				p_open(h, "sub", NULL);
				out(h, "%zu) ", ++k);
				if (pass > 0) {
					put_lc_first(h, txt(h, &h->ri[pass - 1].r->title));
					outs(h, ", ");
				}
				outs(h, o == OUT_RESULT
					? tr(h, "мемлекеттік қызмет көрсету нәтижесі",
					     "результат оказания государственной услуги")
					: tr(h, "бас тарту", "отказ"));
				outs(h, " – ");
				put_words(h, &t->dur);
				outs(h, k < nterms ? ";" : ".");
				p_close(h);
			}
		}
	}
}

static void units(struct hb *h, unsigned *para)
{
	size_t n = 0;
	for (size_t i = 0; i < h->reg->nactors; i++)
		n += h->reg->actors[i]->kind == AK_STAFF && h->reg->actors[i]->used;
	if (n) {
		p_open(h, "para", NULL);
		out(h, "%u. ", ++*para);
		outs(h, tr(h, "Мемлекеттік көрсетілетін қызмет процесіне қатысатын көрсетілетін "
			      "қызметті беруші мен құрылымдық бөлімшелердің (қызметкерлердің) "
			      "тізбесі:",
			   "Перечень структурных подразделений (работников) услугодателя, "
			   "которые участвуют в процессе оказания государственной услуги:"));
		p_close(h);
		size_t k = 0;
		for (size_t i = 0; i < h->reg->nactors; i++) {
			const struct m_actor *a = h->reg->actors[i];
			if (a->kind != AK_STAFF || !a->used)
				continue;
			p_open(h, "sub", NULL);
			out(h, "%zu) ", ++k);
			put_lc_first(h, actor_name(h, a));
			outs(h, k < n ? ";" : ".");
			p_close(h);
		}
	}
	static const struct {
		const char *id, *kk, *ru;
	} refs[3] = {
		{ "app1",
		  "Құрылымдық бөлімшелер (қызметкерлер) арасындағы әрбір рәсімнің "
		  "(іс-қимылдың) реттілігі мен ұзақтығы көрсетілген рәсімдер (іс-қимылдар) "
		  "сипаттамасы осы регламенттің 1-қосымшасында келтірілген.",
		  "Описание последовательности процедур (действий) между структурными "
		  "подразделениями (работниками) с указанием длительности каждой процедуры "
		  "(действия) приведено в приложении 1 к настоящему регламенту." },
		{ "app2",
		  "Әрбір іс-қимылдың (рәсімдердің) өтуіндегі әрбір рәсімнің (іс-қимылдың) "
		  "ұзақтығы көрсетіле отырып, рәсімдердің (іс-қимылдардың) реттілігі "
		  "сипаттамасының блок-схемасы осы регламенттің 2-қосымшасында келтірілген.",
		  "Блок-схема прохождения каждого действия (процедуры) с указанием "
		  "длительности каждой процедуры (действия) приведена в приложении 2 к "
		  "настоящему регламенту." },
		{ "app3",
		  "Мемлекеттік қызмет көрсету процесіндегі көрсетілетін қызметті берушінің "
		  "құрылымдық бөлімшелері (қызметкерлері) рәсімдерінің (іс-қимылдарының), "
		  "өзара іс-қимылдары реттілігінің толық сипаттамасы, сонымен қатар өзге де "
		  "көрсетілетін қызметті берушілермен және (немесе) халыққа қызмет көрсету "
		  "орталықтарымен өзара іс-қимыл тәртібінің және мемлекеттік қызмет көрсету "
		  "процесінде ақпараттық жүйелерді қолдану тәртібінің сипаттамасы осы "
		  "регламенттің 3-қосымшасына сәйкес мемлекеттік қызмет көрсетудің "
		  "бизнес-процестерінің анықтамалығында көрсетілген.",
		  "Подробное описание последовательности процедур (действий), "
		  "взаимодействий структурных подразделений (работников) услугодателя в "
		  "процессе оказания государственной услуги, а также описание порядка "
		  "взаимодействия с иными услугодателями и (или) центром обслуживания "
		  "населения и порядка использования информационных систем в процессе "
		  "оказания государственной услуги отражается в справочнике "
		  "бизнес-процессов оказания государственной услуги согласно приложению 3 к "
		  "настоящему регламенту." },
	};
	for (int i = 0; i < 3; i++) {
		p_open(h, "para", NULL);
		out(h, "%u. ", ++*para);
		a_open(h, refs[i].id);
		outs(h, tr(h, refs[i].kk, refs[i].ru));
		a_close(h, refs[i].id);
		p_close(h);
	}
}

/* ---- Appendix 1 ------------------------------------------------------------------------ */

static void app_of(struct hb *h, int no)
{
	p_open(h, "app-of", NULL);
	if (h->l == LANG_RU) {
		out(h, "Приложение %d к регламенту государственной услуги «", no);
		esc(h, reg_title(h));
		outs(h, "»");
	} else {
		outs(h, "«");
		esc(h, reg_title(h));
		out(h, "» мемлекеттік көрсетілетін қызмет регламентіне %d-қосымша", no);
	}
	p_close(h);
}

static const char *const a1_rows_kk[5] = {
	"Іс-әрекеттің (барысы, жұмыстар ағыны) нөмірі",
	"Құрылымдық бөлімшелердің атауы",
	"Іс-әрекеттердің (үдерістің, операция, рәсімнің) атауы және олардың сипаттамасы",
	"Аяқталу нысаны (деректер, құжат, ұйымдастыру-өкімдік шешім)",
	"Орындалу мерзімі",
};
static const char *const a1_rows_ru[5] = {
	"Номер действия (хода, потока работ)",
	"Наименование структурных подразделений",
	"Наименование действия (процесса, процедуры, операции) и их описание",
	"Форма завершения (данные, документ, организационно-распорядительное решение)",
	"Сроки исполнения",
};

/* One cell of Appendix 1: row `row` of column c. */
static void a1_cell(struct hb *h, const struct rinfo *ri, const struct m_col *c, int row)
{
	const struct m_node *n = c->node;
	switch (row) {
	case 0: {
		char id[ID_MAX];
		snprintf(id, sizeof id, "a1-%s-%u", ri->name, n->col);
		if (html(h))
			out(h, "<span id=\"%s\"></span>", id);
		else
			out(h, "<a id=\"%s\"></a>", id);
		out(h, "%u", n->col);
		break;
	}
	case 1:
		esc(h, actor_name(h, n->actor));
		break;
	case 2:
		if (c->dec) {
			i_open(h);
			outs(h, "«");
			esc(h, txt(h, &c->dec->question));
			out(h, "» – %s:", c->yes ? tr(h, "ИӘ", "ДА") : tr(h, "ЖОҚ", "НЕТ"));
			i_close(h);
			br(h);
		}
		esc(h, txt(h, &n->action));
		break;
	case 3: {
		bool any = n->handoff.kk != NULL;
		if (any)
			esc(h, txt(h, &n->handoff));
		const struct m_node *t = n->next;
		if (t && t->kind == N_END) {
			if (any)
				br(h);
			outs(h, "→ ");
			put_end_line(h, t);
			any = true;
		} else if (t && t->kind == N_JUMP && t->next && t->next->col) {
			if (any)
				br(h);
			out(h, tr(h, "→ %u-іс-әрекетке қайта оралады", "→ возврат к действию %u"),
			    t->next->col);
			any = true;
		}
		if (!any)
			outs(h, "–");
		break;
	}
	case 4:
		if (n->dur.form == DF_NONE)
			outs(h, "–");
		else
			put_legal(h, &n->dur);
		mark1(h, n);
		break;
	}
}

static void a1_table(struct hb *h, const struct rinfo *ri)
{
	const char *const *rows = h->l == LANG_RU ? a1_rows_ru : a1_rows_kk;
	if (!html(h)) {
		for (int row = 0; row < 5; row++) {
			out(h, "| %d | %s |", row + 1, rows[row]);
			for (size_t c = 0; c < ri->r->ncols; c++) {
				outs(h, " ");
				a1_cell(h, ri, &ri->r->cols[c], row);
				outs(h, " |");
			}
			outs(h, "\n");
			if (row == 0) {
				outs(h, "|---|---|");
				for (size_t c = 0; c < ri->r->ncols; c++)
					outs(h, "---|");
				outs(h, "\n");
			}
		}
		outs(h, "\n");
		return;
	}
	/* Parts of equal width: 9 columns print as 5 + 4, not 7 + 2. */
	size_t parts = (ri->r->ncols + A1_COLS_PER_PART - 1) / A1_COLS_PER_PART;
	size_t per = (ri->r->ncols + parts - 1) / parts;
	for (size_t from = 0; from < ri->r->ncols; from += per) {
		size_t to = from + per < ri->r->ncols ? from + per : ri->r->ncols;
		outs(h, "<div class=\"part\">\n<table class=\"a1\">\n"
			"<colgroup><col class=\"rn\"><col class=\"rl\">");
		for (size_t c = from; c < to; c++)
			outs(h, "<col>");
		outs(h, "</colgroup>\n<tbody>\n");
		for (int row = 0; row < 5; row++) {
			out(h, "<tr class=\"r%d\"><th class=\"rn\">%d</th><th class=\"rl\">%s</th>",
			    row + 1, row + 1, rows[row]);
			for (size_t c = from; c < to; c++) {
				outs(h, row == 0 ? "<th>" : "<td>");
				a1_cell(h, ri, &ri->r->cols[c], row);
				outs(h, row == 0 ? "</th>" : "</td>");
			}
			outs(h, "</tr>\n");
		}
		outs(h, "</tbody>\n</table>\n</div>\n");
	}
}

static void appendix_open(struct hb *h, int no, bool wide)
{
	if (html(h))
		out(h, "<section class=\"appendix%s%s\" id=\"app%d\">\n", wide ? " wide" : "",
		    no > 1 ? " diagrams" : "", no);
	else
		out(h, "<a id=\"app%d\"></a>\n\n---\n\n", no);
	app_of(h, no);
}

static void appendix_close(struct hb *h)
{
	if (html(h))
		outs(h, "</section>\n");
}

static void appendix1(struct hb *h)
{
	appendix_open(h, 1, true);
	h_open(h, 2, NULL);
	outs(h, tr(h, "Құрылымдық бөлімшелер (қызметкерлер) арасындағы әрбір рәсімнің "
		      "(іс-қимылдың) реттілігі мен ұзақтығы көрсетілген рәсімдер "
		      "(іс-қимылдар) сипаттамасы",
		   "Описание последовательности процедур (действий) между структурными "
		   "подразделениями (работниками) с указанием длительности каждой "
		   "процедуры (действия)"));
	h_close(h, 2);
	for (size_t r = 0; r < h->nr; r++) {
		const struct rinfo *ri = &h->ri[r];
		char id[ID_MAX];
		snprintf(id, sizeof id, "a1-%s", ri->name);
		h_open(h, 3, id);
		esc(h, txt(h, &ri->r->title));
		outs(h, ":");
		h_close(h, 3);
		if (ri->r->ncols == 0) {
			p_open(h, "para", NULL);
			outs(h, tr(h, "Бұл жолда құрылымдық бөлімшелердің рәсімдері жоқ.",
				   "На этом пути нет процедур структурных подразделений."));
			p_close(h);
			continue;
		}
		a1_table(h, ri);
	}
	appendix_close(h);
}

/* ---- Appendices 2 and 3: the diagrams ------------------------------------------------- */

/*
 * Copy Graphviz's SVG into the page: from the <svg> element on (no XML
 * prolog, doctype or comments, which would carry the Graphviz version),
 * with every id and reference to one prefixed, so that several diagrams
 * in one page never share an id.
 */
static void put_svg(struct hb *h, const char *s, size_t n, const char *pfx)
{
	const char *p = strstr(s, "<svg");
	if (!p)
		return;
	const char *end = s + n;
	while (end > p && (end[-1] == '\n' || end[-1] == ' '))
		end--;
	while (p < end) {
		if (strncmp(p, "<!--", 4) == 0) {
			const char *q = strstr(p + 4, "-->");
			p = q ? q + 3 : end;
			if (p < end && *p == '\n')
				p++;
			continue;
		}
		static const char *const refs[] = { " id=\"", "url(#", "href=\"#" };
		bool hit = false;
		for (size_t i = 0; i < sizeof refs / sizeof refs[0] && !hit; i++) {
			size_t k = strlen(refs[i]);
			if ((size_t)(end - p) >= k && strncmp(p, refs[i], k) == 0) {
				fwrite(p, 1, k, h->f);
				outs(h, pfx);
				p += k;
				hit = true;
			}
		}
		if (!hit)
			fputc(*p++, h->f);
	}
	outs(h, "\n");
}

static void diagram(struct hb *h, const struct rinfo *ri, enum gv_kind k)
{
	char file[ID_MAX * 2];
	snprintf(file, sizeof file, "%s.%s.%s", gv_kind_name(k), ri->name, lang_code(h->l));
	if (!html(h)) {
		p_open(h, NULL, NULL);
		if (h->in->image_ext) {
			outs(h, "![");
			esc(h, txt(h, &ri->r->title));
			out(h, "](%s.%s)", file, h->in->image_ext);
		} else {
			out(h, "`%s`", file);
		}
		p_close(h);
		return;
	}
	if (!h->in->figures) {
		out(h, "<figure class=\"diagram\"><p class=\"missing\">%s</p></figure>\n", file);
		return;
	}
	const struct hb_figure *fig =
		&h->in->figures[(size_t)(ri - h->ri) * GV__KINDS + (size_t)k];
	if (fig->svg) {
		char pfx[ID_MAX];
		snprintf(pfx, sizeof pfx, "%s-%s-", k == GV_BLOCK ? "b" : k == GV_LANES ? "l" : "s",
			 ri->name);
		out(h, "<figure class=\"diagram %s\">\n", gv_kind_name(k));
		put_svg(h, fig->svg, fig->n, pfx);
		outs(h, "</figure>\n");
	} else {
		h->failed = true;
	}
}

/* A diagram with its heading: one printed page (the picture carries its
 * own caption there, so the page shows only it). */
static void fig_open(struct hb *h)
{
	if (html(h))
		outs(h, "<div class=\"fig\">\n");
}

static void fig_close(struct hb *h)
{
	if (html(h))
		outs(h, "</div>\n");
}

static void appendix_diagrams(struct hb *h, int no)
{
	appendix_open(h, no, no == 3);
	h_open(h, 2, NULL);
	if (no == 2) {
		outs(h, tr(h, "Әрбір іс-қимылдың (рәсімдердің) өтуіндегі әрбір рәсімнің "
			      "(іс-қимылдың) ұзақтығы көрсетіле отырып, рәсімдердің "
			      "(іс-қимылдардың) реттілігі сипаттамасының блок-схемасы",
			   "Блок-схема прохождения каждого действия (процедуры) с указанием "
			   "длительности каждой процедуры (действия)"));
	} else if (h->l == LANG_RU) {
		outs(h, "Справочник бизнес-процессов оказания государственной услуги «");
		esc(h, reg_title(h));
		outs(h, "»");
	} else {
		outs(h, "«");
		esc(h, reg_title(h));
		outs(h, "» мемлекеттік қызмет көрсетудің бизнес-процестерінің анықтамалығы");
	}
	h_close(h, 2);
	for (size_t r = 0; r < h->nr; r++) {
		const struct rinfo *ri = &h->ri[r];
		char id[ID_MAX];
		snprintf(id, sizeof id, "a%d-%s", no, ri->name);
		fig_open(h);
		h_open(h, 3, id);
		esc(h, txt(h, &ri->r->title));
		outs(h, ":");
		h_close(h, 3);
		diagram(h, ri, no == 2 ? GV_BLOCK : GV_LANES);
		fig_close(h);
	}
	if (no == 3) {
		for (size_t r = 0; r < h->nr; r++) {
			const struct rinfo *ri = &h->ri[r];
			if (!gv_route_has(ri->r, GV_SYSTEMS))
				continue;
			char id[ID_MAX];
			snprintf(id, sizeof id, "sys-%s", ri->name);
			fig_open(h);
			h_open(h, 3, id);
			outs(h, tr(h, "Мемлекеттік қызмет көрсетуге тартылған ақпараттық жүйелердің "
				      "функционалдық өзара іс-қимыл диаграммасы",
				   "Диаграмма функционального взаимодействия информационных "
				   "систем, задействованных в оказании государственной услуги"));
			outs(h, " (");
			esc(h, txt(h, &ri->r->title));
			outs(h, ")");
			h_close(h, 3);
			diagram(h, ri, GV_SYSTEMS);
			fig_close(h);
		}
	}
	appendix_close(h);
}

/* ---- the timing report ------------------------------------------------------------------ */

/* Instants saturate far past any date (time_int.h); this is "never". */
#define NEVER ((int64_t)1 << 59)

static const char *weekday(const struct hb *h, int32_t day)
{
	static const char *const kk[7] = { "дүйсенбі", "сейсенбі", "сәрсенбі", "бейсенбі",
					   "жұма", "сенбі", "жексенбі" };
	static const char *const ru[7] = { "понедельник", "вторник", "среда", "четверг",
					   "пятница", "суббота", "воскресенье" };
	int w = cal_weekday(day);
	return h->l == LANG_RU ? ru[w] : kk[w];
}

static int32_t day_of(int64_t t)
{
	return (int32_t)(t >= 0 ? t / 1440 : -((-t + 1439) / 1440));
}

/* An instant: a date on the real calendar, a day number on the ordinary
 * week (counted from the start's day). */
static void put_instant(struct hb *h, int64_t t, int64_t start, bool ordinary)
{
	if (t >= NEVER) {
		outs(h, tr(h, "ешқашан", "никогда"));
		return;
	}
	int32_t d = day_of(t);
	int m = (int)(t - (int64_t)d * 1440);
	if (ordinary) {
		int32_t d0 = day_of(start);
		if (d != d0)
			out(h, tr(h, "%d-күн, ", "день %d, "), (int)(d - d0));
		out(h, "%s %02d:%02d", weekday(h, d), m / 60, m % 60);
		return;
	}
	int y, mo, da;
	cal_civil_from_days(d, &y, &mo, &da);
	out(h, "%04d-%02d-%02d (%s) %02d:%02d", y, mo, da, weekday(h, d), m / 60, m % 60);
}

static void put_elapsed(struct hb *h, int64_t minutes)
{
	if (minutes < 0) {
		outs(h, "–");
		return;
	}
	if (minutes >= NEVER / 2) {
		outs(h, "∞");
		return;
	}
	long long days = (long long)(minutes / 1440);
	int rest = (int)(minutes % 1440);
	if (days)
		out(h, tr(h, "%lld күн ", "%lld сут. "), days);
	out(h, tr(h, "%d сағ %02d мин", "%d ч %02d мин"), rest / 60, rest % 60);
}

static const char *verdict_text(const struct hb *h, enum time_verdict v)
{
	switch (v) {
	case TV_NONE:
	case TV_NO_TERM:
		return tr(h, "мерзім белгіленбеген: жиынтық уақыт есептелді, тексерілмеді",
			  "срок не установлен: общая продолжительность рассчитана, но не проверена");
	case TV_OK:
		return tr(h, "мерзім барлық жолда сақталады", "срок соблюдается на всех путях");
	case TV_HOLIDAYS:
		return tr(h, "мереке күндері мерзімнен асып кетеді (ескерту)",
			  "в праздничные дни срок превышается (предупреждение)");
	case TV_EXCEEDS:
		return tr(h, "мерзімнен асып кетеді (қате)", "срок превышается (ошибка)");
	case TV_OPEN:
		return tr(h, "жиынтық уақыт шектелмеген: ұзақтығы жазылмаған рәсім бар (ескерту)",
			  "продолжительность не ограничена: у процедуры не указан срок "
			  "(предупреждение)");
	case TV_INFINITE:
		return tr(h, "жиынтық уақыт шексіз: шектелмеген цикл (қате)",
			  "продолжительность бесконечна: неограниченный цикл (ошибка)");
	}
	return "";
}

/* A two-column table (label, value) in both formats. */
static void kv_open(struct hb *h)
{
	if (html(h))
		outs(h, "<table class=\"kv\"><tbody>\n");
	else
		out(h, "| %s | %s |\n|---|---|\n", tr(h, "Көрсеткіш", "Показатель"),
		    tr(h, "Мәні", "Значение"));
}

static void kv_row(struct hb *h, const char *label)
{
	if (html(h))
		out(h, "<tr><th>%s</th><td>", label);
	else
		out(h, "| %s | ", label);
}

static void kv_end_row(struct hb *h)
{
	outs(h, html(h) ? "</td></tr>\n" : " |\n");
}

static void kv_close(struct hb *h)
{
	outs(h, html(h) ? "</tbody></table>\n" : "\n");
}

static void timing_outcome(struct hb *h, const struct rinfo *ri, enum outcome o)
{
	const struct m_timing rep = ri->r->timing[o]; /* the compilation's */
	if (rep.verdict == TV_NONE)
		return;
	h_open(h, 4, NULL);
	outs(h, o == OUT_RESULT ? tr(h, "Нәтиже", "Результат") : tr(h, "Бас тарту", "Отказ"));
	h_close(h, 4);
	char buf[512];
	kv_open(h);
	kv_row(h, tr(h, "Ең ұзақ жол бойынша жиынтық уақыт",
		     "Общая продолжительность по наиболее длительному пути"));
	legal_total(buf, sizeof buf, rep.worst, h->l);
	esc(h, buf);
	kv_end_row(h);
	kv_row(h, tr(h, "Ең қысқа жол бойынша", "По наиболее короткому пути"));
	legal_total(buf, sizeof buf, rep.best, h->l);
	esc(h, buf);
	kv_end_row(h);
	kv_row(h, tr(h, "Мерзім", "Срок"));
	if (rep.term)
		put_legal(h, &rep.term->dur);
	else
		outs(h, tr(h, "белгіленбеген", "не установлен"));
	kv_end_row(h);
	kv_row(h, tr(h, "Қорытынды", "Вывод"));
	bool bad = rep.verdict == TV_EXCEEDS || rep.verdict == TV_INFINITE;
	if (bad)
		b_open(h);
	outs(h, verdict_text(h, rep.verdict));
	if (bad)
		b_close(h);
	if (rep.simulated)
		outs(h, tr(h, " (жұмыс және күнтізбелік уақыт аралас: күнтізбе бойынша есептелді)",
			   " (рабочее и календарное время вместе: рассчитано по календарю)"));
	kv_end_row(h);
	if (rep.simulated) {
		kv_row(h, tr(h, "Ең нашар жағдай", "Наихудший случай"));
		outs(h, tr(h, "қабылданды ", "принято "));
		put_instant(h, rep.worst_start, rep.worst_start, rep.ordinary);
		if (rep.term) {
			outs(h, tr(h, "; мерзімі ", "; срок истекает "));
			put_instant(h, rep.worst_due, rep.worst_start, rep.ordinary);
		}
		outs(h, tr(h, "; дайын ", "; готово "));
		put_instant(h, rep.worst_finish, rep.worst_start, rep.ordinary);
		if (rep.ordinary)
			outs(h, tr(h, " (қарапайым апта)", " (обычная неделя)"));
		kv_end_row(h);
		kv_row(h, tr(h, "Қабылдаудан бастап өткен уақыт", "Время с момента приема"));
		outs(h, tr(h, "ең көбі ", "не более "));
		put_elapsed(h, rep.worst_elapsed);
		outs(h, tr(h, ", ең азы ", ", не менее "));
		put_elapsed(h, rep.best_elapsed);
		kv_end_row(h);
	}
	kv_close(h);
	/* The critical path, step by step. */
	p_open(h, "para", NULL);
	outs(h, tr(h, "Сындарлы жол (ең ұзақ жол):", "Критический путь (наиболее длительный):"));
	p_close(h);
	bool times = rep.simulated;
	if (html(h)) {
		out(h, "<table class=\"path\"><thead><tr><th>№</th><th>%s</th><th>%s</th><th>%s</th>",
		    tr(h, "Рәсім", "Процедура"), tr(h, "Орындаушы", "Исполнитель"),
		    tr(h, "Ұзақтығы", "Продолжительность"));
		if (times)
			out(h, "<th>%s</th>", tr(h, "Басталуы – аяқталуы", "Начало – окончание"));
		outs(h, "</tr></thead><tbody>\n");
	} else {
		out(h, "| № | %s | %s | %s |%s\n|---|---|---|---|%s\n",
		    tr(h, "Рәсім", "Процедура"), tr(h, "Орындаушы", "Исполнитель"),
		    tr(h, "Ұзақтығы", "Продолжительность"),
		    times ? tr(h, " Басталуы – аяқталуы |", " Начало – окончание |") : "",
		    times ? "---|" : "");
	}
	size_t k = 0;
	for (size_t i = 0; i < rep.npath; i++) {
		const struct m_node *n = rep.path[i].node;
		if (n->kind != N_STEP)
			continue;
		char id[ID_MAX];
		node_id(id, ri, n);
		outs(h, html(h) ? "<tr><td>" : "| ");
		out(h, "%zu", ++k);
		outs(h, html(h) ? "</td><td>" : " | ");
		a_open(h, id);
		out(h, "%u)", n->sub);
		a_close(h, id);
		outs(h, " ");
		esc(h, txt(h, &n->action));
		outs(h, html(h) ? "</td><td>" : " | ");
		esc(h, actor_name(h, n->actor));
		outs(h, html(h) ? "</td><td>" : " | ");
		if (n->dur.form == DF_NONE)
			outs(h, "–");
		else
			put_legal(h, &n->dur);
		mark1(h, n);
		if (times) {
			outs(h, html(h) ? "</td><td>" : " | ");
			if (rep.path[i].from >= 0) {
				put_instant(h, rep.path[i].from, rep.worst_start, rep.ordinary);
				outs(h, " – ");
				put_instant(h, rep.path[i].to, rep.worst_start, rep.ordinary);
			}
		}
		outs(h, html(h) ? "</td></tr>\n" : " |\n");
	}
	outs(h, html(h) ? "</tbody></table>\n" : "\n");
}

static void report(struct hb *h)
{
	if (html(h))
		outs(h, "<section class=\"report\" id=\"report\">\n");
	else
		outs(h, "<a id=\"report\"></a>\n\n---\n\n");
	h_open(h, 2, NULL);
	outs(h, tr(h, "reglc: мерзімдерді тексеру", "reglc: проверка сроков"));
	h_close(h, 2);
	const struct m_reg *reg = h->reg;
	p_open(h, "note", NULL);
	outs(h, tr(h, "Бұл бөлімді және келесі бөлімді reglc жасады; олар регламент мәтінінің "
		      "бөлігі емес. ",
		   "Этот и следующий разделы составлены reglc и не входят в текст "
		   "регламента. "));
	out(h, tr(h, "Жұмыс уақыты: %02d:%02d–%02d:%02d", "Рабочее время: %02d:%02d–%02d:%02d"),
	    reg->work_start / 60, reg->work_start % 60, reg->work_end / 60, reg->work_end % 60);
	if (reg->break_start != reg->break_end)
		out(h, tr(h, ", үзіліс %02d:%02d–%02d:%02d", ", перерыв %02d:%02d–%02d:%02d"),
		    reg->break_start / 60, reg->break_start % 60, reg->break_end / 60,
		    reg->break_end % 60);
	out(h, tr(h, " (1 жұмыс күні = %lld минут). ", " (1 рабочий день = %lld минут). "),
	    (long long)reg->workday_min);
	outs(h, reg->count_same_day
		? tr(h, "Құжаттар қабылданған күн мерзімге есептеледі; ",
		     "День приема документов засчитывается в срок; ")
		: tr(h, "Құжаттар қабылданған күн мерзімге есептелмейді; ",
		     "День приема документов в срок не засчитывается; "));
	outs(h, reg->close_exact
		? tr(h, "мерзім жұмыс емес күні де аяқтала алады.",
		     "срок может истечь и в нерабочий день.")
		: tr(h, "жұмыс емес күні аяқталатын мерзім келесі жұмыс күні аяқталады.",
		     "срок, истекающий в нерабочий день, переносится на следующий рабочий день."));
	if (h->v->cal) {
		int y0, y1, m, d;
		cal_civil_from_days(h->v->cal->first, &y0, &m, &d);
		cal_civil_from_days(h->v->cal->last, &y1, &m, &d);
		out(h, tr(h, " Күнтізбе: %d–%d жылдар", " Календарь: %d–%d годы"), y0, y1);
		if (strcmp(h->v->cal->name, "built-in") == 0)
			outs(h, tr(h, " (кіріктірілген).", " (встроенный)."));
		else {
			outs(h, " (");
			esc(h, h->v->cal->name);
			outs(h, ").");
		}
	}
	p_close(h);
	for (size_t r = 0; r < h->nr; r++) {
		const struct rinfo *ri = &h->ri[r];
		char id[ID_MAX];
		snprintf(id, sizeof id, "t-%s", ri->name);
		route_head(h, 3, id, ri);
		for (int o = 0; o < OUT__COUNT; o++)
			timing_outcome(h, ri, (enum outcome)o);
	}
	if (html(h))
		outs(h, "</section>\n");
}

/* ---- findings ------------------------------------------------------------------------------ */

/* The view's findings (a missing Russian text is no finding of the
 * Kazakh document: the view leaves it out). */
static void findings_prepare(struct hb *h)
{
	h->fs = h->v->findings;
	h->nfs = h->v->nfindings;
	h->nerrors = h->v->nerrors;
	h->nwarnings = h->v->nwarnings;
}

/* "1 ошибка", "2 ошибки", "5 ошибок"; Kazakh does not inflect. */
static void put_count(struct hb *h, size_t n, bool errors)
{
	if (h->l == LANG_KK) {
		out(h, "%zu %s", n, errors ? "қате" : "ескерту");
		return;
	}
	static const char *const err[3] = { "ошибка", "ошибки", "ошибок" };
	static const char *const warn[3] = { "предупреждение", "предупреждения",
					     "предупреждений" };
	enum ru_slot s = ru_noun_slot(n, RU_NOM);
	int k = s == RS_SING ? 0 : s == RS_GEN_SING ? 1 : 2;
	out(h, "%zu %s", n, errors ? err[k] : warn[k]);
}

static void findings(struct hb *h)
{
	if (html(h))
		outs(h, "<section class=\"findings\" id=\"findings\">\n");
	else
		outs(h, "<a id=\"findings\"></a>\n\n");
	h_open(h, 2, NULL);
	outs(h, tr(h, "reglc: табылған сәйкессіздіктер", "reglc: найденные несоответствия"));
	h_close(h, 2);
	p_open(h, "para", NULL);
	if (h->nfs == 0) {
		outs(h, tr(h, "reglc ешқандай сәйкессіздік тапқан жоқ.",
			   "reglc не нашел несоответствий."));
	} else {
		put_count(h, h->nerrors, true);
		outs(h, ", ");
		put_count(h, h->nwarnings, false);
		outs(h, ".");
	}
	p_close(h);
	const char *path = h->reg->src ? h->reg->src->path : "";
	for (size_t k = 0; k < h->nfs; k++) {
		const struct view_finding *x = &h->fs[k];
		char id[ID_MAX];
		finding_id(id, k);
		bool err = x->sev == DIAG_ERROR;
		if (html(h))
			out(h, "<div class=\"finding %s\" id=\"%s\">\n<p>", err ? "error" : "warning", id);
		else
			out(h, "<a id=\"%s\"></a>\n\n", id);
		if (!html(h))
			out(h, "%zu\\. ", k + 1);
		else
			out(h, "%zu. ", k + 1);
		b_open(h);
		outs(h, err ? tr(h, "Қате", "Ошибка") : tr(h, "Ескерту", "Предупреждение"));
		escf(h, " [%s]", diag_code_name(x->code));
		b_close(h);
		outs(h, " — ");
		if (x->node && x->route >= 0) {
			const struct rinfo *ri = &h->ri[x->route];
			char nid[ID_MAX];
			node_id(nid, ri, x->node);
			esc(h, txt(h, &ri->r->title));
			outs(h, ", ");
			a_open(h, nid);
			put_subref(h, ri->para, x->node->sub);
			a_close(h, nid);
		} else if (x->route >= 0) {
			const struct rinfo *ri = &h->ri[x->route];
			char tid[ID_MAX];
			snprintf(tid, sizeof tid, "t-%s", ri->name);
			a_open(h, tid);
			esc(h, txt(h, &ri->r->title));
			a_close(h, tid);
		} else {
			outs(h, tr(h, "регламент", "регламент"));
		}
		if (html(h))
			out(h, "<br>\n<span lang=\"%s\">", lang_code(h->l));
		else
			outs(h, "  \n");
		esc(h, x->msg);
		if (html(h))
			outs(h, "</span>");
		outs(h, " ");
		if (html(h))
			outs(h, "<span class=\"loc\">");
		outs(h, "(");
		escf(h, "%s:%u:%u", path, x->at.line, x->at.col);
		outs(h, ")");
		if (html(h))
			outs(h, "</span></p>\n");
		else
			outs(h, "\n\n");
		if (x->nnotes || x->hint) {
			if (html(h))
				out(h, "<ul class=\"notes\" lang=\"%s\">\n", lang_code(h->l));
			for (size_t i = 0; i < x->nnotes; i++) {
				outs(h, html(h) ? "<li>" : "- ");
				esc(h, x->notes[i].msg);
				if (x->notes[i].placed)
					escf(h, " (%u:%u)", x->notes[i].at.line, x->notes[i].at.col);
				outs(h, html(h) ? "</li>\n" : "\n");
			}
			if (x->hint) {
				outs(h, html(h) ? "<li>" : "- ");
				outs(h, tr(h, "кеңес: ", "подсказка: "));
				esc(h, x->hint);
				outs(h, html(h) ? "</li>\n" : "\n");
			}
			outs(h, html(h) ? "</ul>\n" : "\n");
		}
		if (html(h))
			outs(h, "</div>\n");
	}
	if (html(h))
		outs(h, "</section>\n");
}

/* ---- the document ------------------------------------------------------------------------- */

static const char css[] =
	"body{font-family:\"DejaVu Serif\",\"Times New Roman\",serif;font-size:12pt;"
	"line-height:1.4;color:#000;background:#fff;max-width:62em;margin:1.5em auto;"
	"padding:0 1.5em}\n"
	"h1{font-size:15pt;text-align:center;margin:.6em 0}\n"
	"h2{font-size:13pt;text-align:center;margin:1.4em 0 .6em}\n"
	"h3{font-size:12pt;margin:1.2em 0 .4em}\n"
	"h4{font-size:11pt;margin:.8em 0 .3em}\n"
	"h1,h2,h3,h4{break-after:avoid;page-break-after:avoid}\n"
	"p{margin:.25em 0}\n"
	"p.para,p.sub{text-indent:1.25cm;text-align:justify}\n"
	"p.end{text-indent:1.25cm;font-style:italic}\n"
	"p.arm-h{font-weight:bold}\n"
	".arm{margin:.2em 0 .2em 1.25cm;padding-left:.6em;border-left:2px solid #000}\n"
	".arm p.para,.arm p.sub,.arm p.end{text-indent:0}\n"
	".approved,.app-of{text-align:right;font-size:10pt;margin-left:45%}\n"
	".standard,.source{font-size:10pt;text-align:center}\n"
	".summary{border:2px solid #000;padding:.4em .8em;margin:1em 0}\n"
	".note{font-size:10pt;font-style:italic}\n"
	"table{border-collapse:collapse;width:100%;margin:.5em 0 1em;font-size:10pt}\n"
	"th,td{border:1px solid #000;padding:3px 5px;vertical-align:top;text-align:left}\n"
	"tr,li,.finding,p.sub,.part{break-inside:avoid;page-break-inside:avoid}\n"
	"table.a1{table-layout:fixed;font-size:9.5pt}\n"
	"table.a1 col.rn{width:2em}table.a1 col.rl{width:13em}\n"
	"table.a1 th.rl{font-weight:normal}\n"
	"table.a1 tr.r1 th{text-align:center}\n"
	"table.kv th{width:40%;font-weight:normal}\n"
	"a{color:#000}\n"
	"a.mark{font-weight:bold;text-decoration:none;border:1px solid #000;padding:0 2px;"
	"white-space:nowrap;font-size:9pt}\n"
	".finding{margin:.6em 0;padding:.3em .6em;border-left:4px solid #000}\n"
	".finding.warning{border-left-style:dashed}\n"
	".finding .loc{font-family:\"DejaVu Sans Mono\",monospace;font-size:9pt}\n"
	"ul.notes{margin:.2em 0;font-size:10pt}\n"
	"figure.diagram{margin:.5em 0 1.5em}\n"
	".fig{break-inside:avoid;page-break-inside:avoid}\n"
	"figure.diagram svg{display:block;max-width:100%;height:auto;margin:0 auto}\n"
	"nav.toc{border:1px solid #000;padding:.3em 1em;margin:1em 0;font-size:11pt}\n"
	"nav.toc ul{margin:.2em 0;padding-left:1.4em}\n"
	"@page{size:A4;margin:18mm 15mm 18mm 22mm}\n"
	"@page wide{size:A4 landscape;margin:14mm 14mm}\n"
	"@media print{\n"
	"body{max-width:none;margin:0;padding:0;font-size:11pt}\n"
	"nav.toc{display:none}\n"
	"a{text-decoration:none}\n"
	".appendix,.report{break-before:page;page-break-before:always}\n"
	".wide{page:wide}\n"
	".diagrams h2,.fig h3{display:none}\n"
	".fig+.fig{break-before:page;page-break-before:always}\n"
	"figure.diagram{margin:0}\n"
	"figure.diagram svg{max-height:235mm}\n"
	".wide figure.diagram svg{max-height:165mm}\n"
	"}\n";

static void toc(struct hb *h)
{
	bool H = html(h);
	if (H)
		out(h, "<nav class=\"toc\">\n<p><b>%s</b></p>\n<ul>\n", tr(h, "Мазмұны", "Содержание"));
	else
		out(h, "**%s**\n\n", tr(h, "Мазмұны", "Содержание"));
	struct item {
		const char *id, *kk, *ru;
		int routes; /* 0 none; 1 body route 0; 2 body routes 1..; 3 a1; 4 t */
	} items[] = {
		{ "s1", "1. Жалпы ережелер", "1. Общие положения", 0 },
		{ "s2", "2. Құрылымдық бөлімшелердің іс-қимыл тәртібі",
		  "2. Порядок действий структурных подразделений", 1 },
		{ "s3", "3. Құрылымдық бөлімшелердің өзара іс-қимыл тәртібі",
		  "3. Порядок взаимодействия структурных подразделений", 0 },
		{ "s4", "4. Орталықпен және ақпараттық жүйелермен өзара іс-қимыл",
		  "4. Взаимодействие с ЦОН и информационными системами", 2 },
		{ "app1", "1-қосымша: рәсімдердің сипаттамасы",
		  "Приложение 1: описание процедур", 3 },
		{ "app2", "2-қосымша: блок-схемалар", "Приложение 2: блок-схемы", 0 },
		{ "app3", "3-қосымша: бизнес-процестердің анықтамалығы",
		  "Приложение 3: справочник бизнес-процессов", 0 },
		{ "report", "reglc: мерзімдерді тексеру", "reglc: проверка сроков", 4 },
		{ "findings", "reglc: табылған сәйкессіздіктер", "reglc: найденные несоответствия", 0 },
	};
	for (size_t i = 0; i < sizeof items / sizeof items[0]; i++) {
		if (items[i].routes == 2 && h->nr < 2)
			continue;
		outs(h, H ? "<li>" : "- ");
		a_open(h, items[i].id);
		outs(h, tr(h, items[i].kk, items[i].ru));
		a_close(h, items[i].id);
		size_t from = items[i].routes == 2 ? 1 : 0;
		size_t to = items[i].routes == 0 ? 0 : items[i].routes == 1 ? (h->nr ? 1 : 0) : h->nr;
		outs(h, H && from < to ? "\n<ul>\n" : "\n");
		for (size_t r = from; r < to; r++) {
			char id[ID_MAX];
			const struct rinfo *ri = &h->ri[r];
			if (items[i].routes == 3)
				snprintf(id, sizeof id, "a1-%s", ri->name);
			else if (items[i].routes == 4)
				snprintf(id, sizeof id, "t-%s", ri->name);
			else
				route_id(id, ri);
			outs(h, H ? "<li>" : "  - ");
			a_open(h, id);
			esc(h, txt(h, &ri->r->title));
			a_close(h, id);
			outs(h, H ? "</li>\n" : "\n");
		}
		if (H)
			outs(h, from < to ? "</ul>\n</li>\n" : "</li>\n");
	}
	outs(h, H ? "</ul>\n</nav>\n" : "\n");
}

static void title_block(struct hb *h)
{
	const char *act = meta_text(h, &h->reg->meta.act);
	if (act) {
		p_open(h, "approved", NULL);
		outs(h, tr(h, "Бекітілген: ", "Утвержден: "));
		esc(h, act);
		p_close(h);
	}
	h_open(h, 1, NULL);
	if (h->l == LANG_RU) {
		outs(h, "Регламент государственной услуги «");
		esc(h, reg_title(h));
		outs(h, "»");
	} else {
		outs(h, "«");
		esc(h, reg_title(h));
		outs(h, "» мемлекеттік көрсетілетін қызмет регламенті");
	}
	h_close(h, 1);
	const char *standard = meta_text(h, &h->reg->meta.standard);
	if (standard) {
		p_open(h, "standard", NULL);
		outs(h, tr(h, "Стандарт: ", "Стандарт: "));
		esc(h, standard);
		p_close(h);
	}
	p_open(h, "summary", NULL);
	if (h->nfs == 0) {
		outs(h, tr(h, "reglc тексеруі: сәйкессіздік табылған жоқ.",
			   "Проверка reglc: несоответствий не найдено."));
	} else {
		outs(h, tr(h, "reglc тексеруі: ", "Проверка reglc: "));
		put_count(h, h->nerrors, true);
		outs(h, ", ");
		put_count(h, h->nwarnings, false);
		outs(h, " – ");
		a_open(h, "findings");
		outs(h, tr(h, "табылған сәйкессіздіктер", "найденные несоответствия"));
		a_close(h, "findings");
		outs(h, ".");
	}
	p_close(h);
	p_open(h, "source", NULL);
	outs(h, tr(h, "reglc жасаған құжат, дереккөзі: ", "Документ сформирован reglc из файла "));
	esc(h, h->reg->src ? h->reg->src->path : "");
	p_close(h);
}

bool hb_write(FILE *f, enum hb_format fmt, const struct hb_input *in)
{
	struct hb H;
	memset(&H, 0, sizeof H);
	struct hb *h = &H;
	h->f = f;
	h->fmt = fmt;
	h->in = in;
	h->v = in->view;
	h->reg = in->view->reg;
	h->l = in->view->lang;
	h->nr = h->reg->nroutes;
	h->ri = xcalloc(h->nr + 1, sizeof *h->ri);
	for (size_t r = 0; r < h->nr; r++) {
		struct rinfo *ri = &h->ri[r];
		ri->r = h->v->routes[r].r;
		ri->name = h->v->routes[r].name;
	}
	findings_prepare(h);

	if (html(h)) {
		out(h, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n",
		    lang_code(h->l));
		outs(h, "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
			"style-src 'unsafe-inline'; img-src data:\">\n");
		outs(h, "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
		outs(h, "<meta name=\"generator\" content=\"reglc\">\n<title>");
		esc(h, reg_title(h));
		out(h, "</title>\n<style>\n%s</style>\n</head>\n<body>\n<header>\n", css);
	}
	title_block(h);
	if (html(h))
		outs(h, "</header>\n");
	toc(h);

	unsigned para = 0;
	if (html(h))
		outs(h, "<main>\n<section>\n");
	general(h, &para);
	if (html(h))
		outs(h, "</section>\n<section>\n");
	section_head(h, 2, "s2",
		     "Мемлекеттік қызмет көрсету процесінде көрсетілетін қызметті берушінің "
		     "құрылымдық бөлімшелерінің (қызметкерлерінің) іс-қимыл тәртібінің сипаттамасы",
		     "Описание порядка действий структурных подразделений (работников) "
		     "услугодателя в процессе оказания государственной услуги");
	if (h->nr)
		para_route(h, &para, &h->ri[0]);
	if (html(h))
		outs(h, "</section>\n<section>\n");
	section_head(h, 3, "s3",
		     "Мемлекеттік қызмет көрсету процесінде көрсетілетін қызметті беруші мен "
		     "құрылымдық бөлімшелердің (қызметкерлердің) өзара іс-қимыл тәртібінің "
		     "сипаттамасы",
		     "Описание порядка взаимодействия структурных подразделений (работников) "
		     "услугодателя в процессе оказания государственной услуги");
	units(h, &para);
	if (html(h))
		outs(h, "</section>\n");
	if (h->nr > 1) {
		if (html(h))
			outs(h, "<section>\n");
		section_head(h, 4, "s4",
			     "Халыққа қызмет көрсету орталығымен және (немесе) өзге де "
			     "көрсетілетін қызметті берушілермен өзара іс-қимыл тәртібінің, "
			     "сондай-ақ мемлекеттік қызмет көрсету процесінде ақпараттық "
			     "жүйелерді пайдалану тәртібінің сипаттамасы",
			     "Описание порядка взаимодействия с центром обслуживания населения "
			     "и (или) иными услугодателями, а также порядка использования "
			     "информационных систем в процессе оказания государственной услуги");
		for (size_t r = 1; r < h->nr; r++)
			para_route(h, &para, &h->ri[r]);
		if (html(h))
			outs(h, "</section>\n");
	}
	if (html(h))
		outs(h, "</main>\n");
	appendix1(h);
	appendix_diagrams(h, 2);
	appendix_diagrams(h, 3);
	report(h);
	findings(h);
	if (html(h))
		outs(h, "</body>\n</html>\n");

	free(h->ri);
	return !ferror(f) && !h->failed;
}
