/*
 * gv.c — route diagrams with libcgraph/libgvc (see gv.h).
 *
 * A diagram is built in three steps:
 *  1. flow_make walks the route's graph once (depth first, from the start,
 *     taking a decision's written branch first so that the walk follows
 *     the text) and records what every drawing needs: the visible nodes
 *     (start, steps, decisions, ends; a `goto` is not a node but a label on
 *     the edge it makes), the edges with their kind and whether they go
 *     back (a loop: drawn without constraining the ranks), a rank (longest
 *     path from the start), the lane of every node, and the main line.
 *  2. One builder per kind turns the flow into a cgraph graph.
 *  3. gv_write renders it.
 *
 * Labels that carry user text are wrapped at word boundaries and escaped
 * for their kind: HTML-like (boxes, headers, ends, the caption) by
 * html_text, plain escString (decisions: a diamond holds only its
 * question) by plain_text.  No tooltip carries user text: Graphviz 2.4x
 * expands \N in a tooltip twice, so no escaping keeps it literal there;
 * the one tooltip, a review mark's, holds finding codes and the pack's
 * words only.
 *
 * The words reglc adds (ИӘ/ЖОҚ, the captions, the legend, durations) are
 * the language pack's (langpack.h): phrases by id, durations and totals
 * by its grammar.
 */
#include "gv.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include "arena.h"
#include "langpack.h"
#include "model.h"
#include "sb.h"
#include "utf8.h"
#include "view.h"

/* ---- names ---------------------------------------------------------------- */

const char *gv_kind_name(enum gv_kind k)
{
	static const char *const names[GV__KINDS] = { "appendix-2", "appendix-3", "systems" };
	return (unsigned)k < GV__KINDS ? names[k] : "?";
}

const char *gv_format_name(enum gv_format f)
{
	static const char *const names[GV__FORMATS] = { "svg", "png", "pdf", "dot" };
	return (unsigned)f < GV__FORMATS ? names[f] : "?";
}

bool gv_route_has(const struct m_route *r, enum gv_kind k)
{
	if (k != GV_SYSTEMS)
		return true;
	for (size_t i = 0; i < r->nnodes; i++) {
		const struct m_node *n = r->nodes[i];
		if (n->reachable && n->actor && n->actor->kind == AK_SYSTEM &&
		    (n->kind == N_STEP || n->kind == N_DECISION))
			return true;
	}
	return false;
}

/* ---- strings -------------------------------------------------------------- */



/*
 * Append s[0..n) for an HTML-like label.  &, <, > and " become entities.
 * A backslash needs more: Graphviz expands \N, \G, \E, \H, \T, \L in the
 * text of HTML labels too, after the entities are decoded, so neither
 * "\\" nor "&#92;" keeps "\N" literal.  The expansion works within one
 * text item, so the character after a backslash goes into an item of its
 * own (an attribute-less <FONT>), and the backslash ends its item.
 */
static void html_text(struct sb *b, const char *s, size_t n)
{
	for (size_t i = 0; i < n;) {
		unsigned char c = (unsigned char)s[i];
		switch (c) {
		case '&': sb_puts(b, "&amp;"); i++; continue;
		case '<': sb_puts(b, "&lt;"); i++; continue;
		case '>': sb_puts(b, "&gt;"); i++; continue;
		case '"': sb_puts(b, "&quot;"); i++; continue;
		case '\\':
			sb_putn(b, "\\", 1);
			i++;
			if (i < n) {
				size_t k = utf8_lead_len((unsigned char)s[i]);
				if (k > n - i)
					k = n - i;
				sb_puts(b, "<FONT>");
				if (k == 1 && strchr("&<>\"", s[i]))
					html_text(b, s + i, 1);
				else
					sb_putn(b, s + i, k);
				sb_puts(b, "</FONT>");
				i += k;
			}
			continue;
		default:
			sb_putn(b, s + i, 1);
			i++;
		}
	}
}

/*
 * Append s for a plain (escString) label: a backslash is doubled, so \N,
 * \G, \l ... stay literal, and & becomes &amp;, because Graphviz decodes
 * HTML entities in plain labels too ("&amp;" would show as "&").  A quote
 * is left as it is: in memory it ends nothing, and agwrite writes it as \"
 * in the DOT file (escaping it here too would make agwrite write \\",
 * which ends the string early).
 */
static void plain_text(struct sb *b, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '&') {
			sb_puts(b, "&amp;");
			continue;
		}
		if (s[i] == '\\')
			sb_putn(b, "\\", 1);
		sb_putn(b, s + i, 1);
	}
}

char *gv_escape_html(const char *s)
{
	struct sb b = { 0 };
	html_text(&b, s, strlen(s));
	sb_str(&b);
	return b.s;
}

char *gv_escape_plain(const char *s)
{
	struct sb b = { 0 };
	plain_text(&b, s, strlen(s));
	sb_str(&b);
	return b.s;
}


/*
 * Append text wrapped at `width` code points a line, at spaces; a word
 * longer than a line is cut after its hyphens or slashes ("психологиялық-
 * медициналық-педагогикалық"), and left whole when it has none.  Lines are
 * escaped and joined for an HTML-like label (<BR/>) or, with html false,
 * for a plain one (\n).
 */
static void wrapped(struct sb *b, const char *text, size_t width, bool html)
{
	size_t line = 0; /* code points on the current line */
	const char *p = text;
	while (*p) {
		while (*p == ' ')
			p++;
		if (!*p)
			break;
		const char *w = p;
		while (*p && *p != ' ')
			p++;
		size_t wn = (size_t)(p - w), wlen = utf8_count(w, wn);
		/* pieces of the word: the whole word, or cut after - and / */
		const char *q = w;
		while (q < p) {
			const char *e = p;
			if (wlen > width) {
				/* the longest run of pieces that fits what is left */
				const char *best = NULL;
				for (const char *x = q; x < p; x++)
					if ((*x == '-' || *x == '/') && x + 1 < p) {
						size_t plen = utf8_count(q, (size_t)(x + 1 - q));
						size_t room = line ? (width > line + 1 ? width - line - 1 : 0)
								   : width;
						if (plen <= room || !best)
							best = x + 1;
						if (plen > room)
							break;
					}
				if (best)
					e = best;
			}
			size_t plen = utf8_count(q, (size_t)(e - q));
			bool first_piece = q == w;
			if (line && line + (first_piece ? 1 : 0) + plen > width) {
				sb_puts(b, html ? "<BR/>" : "\\n");
				line = 0;
			} else if (line && first_piece) {
				sb_puts(b, " ");
				line++;
			}
			if (html)
				html_text(b, q, (size_t)(e - q));
			else
				plain_text(b, q, (size_t)(e - q));
			line += plen;
			q = e;
		}
	}
}

static void html_wrapped(struct sb *b, const char *text, size_t width)
{
	wrapped(b, text, width, true);
}

/* Lines text takes wrapped at width (for the HTML-like form). */
static size_t html_lines(const char *text, size_t width)
{
	struct sb t = { 0 };
	wrapped(&t, text, width, true);
	size_t lines = 1;
	for (const char *p = strstr(sb_str(&t), "<BR/>"); p; p = strstr(p + 1, "<BR/>"))
		lines++;
	sb_free(&t);
	return lines;
}

/* Wrapped at most `width` wide, but balanced: the narrowest width that
 * still needs no more lines, so a title does not end in one orphan word. */
static void html_balanced(struct sb *b, const char *text, size_t width)
{
	size_t lines = html_lines(text, width);
	if (lines > 1) {
		size_t w = utf8_count(text, strlen(text)) / lines;
		while (w < width && html_lines(text, w) > lines)
			w++;
		width = w;
	}
	wrapped(b, text, width, true);
}

/* ---- the library's messages ----------------------------------------------- */

/* What agerr printed since gv_messages was last called (one GVC_t per
 * process, and cgraph's handler takes no context: so a static). */
static struct sb gv_msgs;
static char *gv_msgs_out;

/* agseterrf handler: keep the text instead of printing it.  cgraph calls
 * it in pieces ("Warning", ": ", the message with its newline). */
static int gv_collect(char *msg)
{
	sb_puts(&gv_msgs, msg);
	return 0;
}

const char *gv_messages(struct gv *gv)
{
	(void)gv;
	free(gv_msgs_out);
	gv_msgs_out = NULL;
	while (gv_msgs.n && (gv_msgs.s[gv_msgs.n - 1] == '\n' || gv_msgs.s[gv_msgs.n - 1] == ' '))
		gv_msgs.s[--gv_msgs.n] = '\0';
	if (!gv_msgs.n) {
		sb_free(&gv_msgs);
		return NULL;
	}
	gv_msgs_out = gv_msgs.s;
	memset(&gv_msgs, 0, sizeof gv_msgs);
	return gv_msgs_out;
}

/* ---- the context ------------------------------------------------------------ */

struct gv {
	GVC_t *gvc; /* the process's one context */
};

/* Whether plugin `name` of `kind` ("layout", "render", "device",
 * "textlayout") is registered in the context's configuration. */
static bool has_plugin(GVC_t *gvc, const char *kind, const char *name)
{
	int n = 0;
	char **list = gvPluginList(gvc, kind, &n, NULL);
	bool found = false;
	for (int i = 0; i < n; i++) {
		if (strcmp(list[i], name) == 0)
			found = true;
		free(list[i]);
	}
	free(list);
	return found;
}

/*
 * The width dot gives a plaintext node labelled s in DejaVu Sans, in
 * inches; negative when the layout fails.
 */
static double text_width(GVC_t *gvc, const char *s)
{
	Agraph_t *g = agopen((char *)"probe", Agdirected, NULL);
	if (!g)
		return -1;
	Agnode_t *n = agnode(g, (char *)"n", 1);
	agsafeset(n, (char *)"shape", (char *)"plaintext", (char *)"");
	agsafeset(n, (char *)"margin", (char *)"0", (char *)"");
	agsafeset(n, (char *)"width", (char *)"0", (char *)"");
	agsafeset(n, (char *)"fontname", (char *)"DejaVu Sans", (char *)"");
	agsafeset(n, (char *)"label", (char *)s, (char *)"");
	double w = -1;
	if (gvLayout(gvc, g, "dot") == 0) {
		w = ND_width(n);
		gvFreeLayout(gvc, g);
	}
	agclose(g);
	return w;
}

/*
 * Start Graphviz and check that the pictures will be right: the dot
 * layout exists, the renderers for the formats asked for exist, and text
 * is measured by a real text layout.  Without one (no pango plugin),
 * Graphviz estimates widths byte by byte from Latin-1 tables, so every
 * two-byte Kazakh letter counts about twice: boxes come out twice too
 * wide.  The probe compares ten Kazakh "і" (U+0456, two bytes) with ten
 * Latin "i": a real layout gives them the same width.  The configuration
 * ranks pango's text layout (quality 10) above gd's (2), so pango is the
 * one measured when installed.
 */
struct gv *gv_open(unsigned formats, char *err, size_t errn)
{
	agseterrf(gv_collect);
	GVC_t *gvc = gvContext();
	if (!gvc) {
		snprintf(err, errn, "cannot start Graphviz (gvContext failed)");
		return NULL;
	}
	const char *missing = NULL;
	if (!has_plugin(gvc, "layout", "dot"))
		missing = "the dot layout plugin";
	else if (!has_plugin(gvc, "textlayout", "textlayout"))
		missing = "a text layout plugin (pango)";
	for (int f = 0; f < GV__FORMATS && !missing; f++)
		if ((formats & (1u << f)) && f != GV_DOT &&
		    !has_plugin(gvc, "device", gv_format_name((enum gv_format)f)))
			missing = f == GV_SVG ? "the SVG renderer" : f == GV_PNG
				? "the PNG renderer (cairo)" : "the PDF renderer (cairo)";
	if (!missing) {
		double kk = text_width(gvc, "іііііііііі"), la = text_width(gvc, "iiiiiiiiii");
		if (kk < 0 || la < 0)
			missing = "a working dot layout";
		else if (kk > la * 1.3)
			missing = "a text layout that measures Kazakh letters (pango)";
	}
	if (missing) {
		snprintf(err, errn, "Graphviz has no %s; install the graphviz package "
			 "with its pango/cairo plugins (libgvplugin-pango or graphviz)", missing);
		gvFreeContext(gvc);
		return NULL;
	}
	sb_free(&gv_msgs); /* the probes' chatter, if any */
	struct gv *gv = xcalloc(1, sizeof *gv);
	gv->gvc = gvc;
	return gv;
}

void gv_version(char *buf, size_t n)
{
	GVC_t *gvc = gvContext();
	const char *s = gvc ? gvcVersion(gvc) : NULL;
	snprintf(buf, n, "%s", s ? s : "(unknown)");
	if (gvc)
		gvFreeContext(gvc);
}

void gv_close(struct gv *gv)
{
	if (!gv)
		return;
	gvFreeContext(gv->gvc);
	free(gv);
	free(gv_msgs_out);
	gv_msgs_out = NULL;
	sb_free(&gv_msgs);
}

/* ---- the flow of a route --------------------------------------------------- */

/* What the builders read: the view (texts, lanes, the walk) and the route. */
struct flow {
	const struct view *v;      /* what is drawn, in one language */
	const struct m_reg *reg;   /* the regulation */
	const struct m_route *r;   /* the route drawn */
	enum lang lang;            /* the view's language */
	const struct langpack *lp; /* its words and grammar (langpack.h) */
	const struct vflow *w;     /* the route's walk (view.h) */
};

static bool edge_critical(const struct flow *f, const struct vf_edge *e)
{
	return vflow_edge_critical(f->w, f->r, e);
}

/* ---- texts ------------------------------------------------------------------ */

/* A phrase of the view's language (langpack.h). */
static const char *say(const struct flow *f, enum lp_phrase p)
{
	return f->lp->phrase[p];
}

/* The text t in the view's language, or NULL when the model has none. */
static const char *tx(const struct flow *f, const struct m_text *t)
{
	return m_text_in(t, f->lang == LANG_RU);
}

static const char *actor_name(const struct flow *f, const struct m_actor *a)
{
	return view_actor(f->v, a);
}

/* ---- graph helpers ------------------------------------------------------------ */

/* Set a plain attribute (cgraph's API predates const). */
static void set(void *obj, const char *name, const char *value)
{
	agsafeset(obj, (char *)name, (char *)value, (char *)"");
}

/* Set an HTML-like attribute; html is the text between < and >. */
static void set_html(void *obj, const char *name, const char *html)
{
	Agraph_t *root = agroot(obj);
	char *s = agstrdup_html(root, (char *)html);
	agsafeset(obj, (char *)name, s, (char *)"");
	agstrfree(root, s);
}

/*
 * Declare every attribute the builders use, with its default, in one fixed
 * order: the order they are declared is the order the DOT output lists
 * them, so a diagram's text never depends on which attribute its first
 * node happened to set.
 */
static void declare(Agraph_t *g)
{
	static const char *const graph_attrs[][2] = {
		{ "charset", "UTF-8" }, { "fontname", "DejaVu Sans" }, { "fontsize", "11" },
		{ "newrank", "true" }, { "rankdir", "TB" }, { "nodesep", "0.3" },
		{ "ranksep", "0.35" }, { "pad", "0.3" }, { "labelloc", "t" },
		{ "labeljust", "c" }, { "splines", "spline" }, { "label", "" },
		{ "rank", "" }, { "style", "" }, { "color", "" }, { "fillcolor", "" },
		{ "penwidth", "" }, { "class", "" },
	};
	static const char *const node_attrs[][2] = {
		{ "fontname", "DejaVu Sans" }, { "fontsize", "10" }, { "shape", "box" },
		{ "style", "" }, { "margin", "0.1,0.06" }, { "width", "" }, { "height", "" },
		{ "group", "" }, { "color", "" }, { "fillcolor", "" },
		{ "penwidth", "" }, { "peripheries", "" }, { "label", "" },
		{ "class", "" }, { "tooltip", "" },
	};
	static const char *const edge_attrs[][2] = {
		{ "fontname", "DejaVu Sans" }, { "fontsize", "9" }, { "arrowsize", "0.7" },
		{ "style", "" }, { "constraint", "" },
		{ "penwidth", "" }, { "color", "" }, { "label", "" }, { "tailport", "" },
		{ "headport", "" }, { "class", "" },
	};
	for (size_t i = 0; i < sizeof graph_attrs / sizeof graph_attrs[0]; i++)
		agattr(g, AGRAPH, (char *)graph_attrs[i][0], (char *)graph_attrs[i][1]);
	for (size_t i = 0; i < sizeof node_attrs / sizeof node_attrs[0]; i++)
		agattr(g, AGNODE, (char *)node_attrs[i][0], (char *)node_attrs[i][1]);
	for (size_t i = 0; i < sizeof edge_attrs / sizeof edge_attrs[0]; i++)
		agattr(g, AGEDGE, (char *)edge_attrs[i][0], (char *)edge_attrs[i][1]);
}

static Agnode_t *mknode(Agraph_t *g, const char *fmt, unsigned long v)
{
	char name[48];
	snprintf(name, sizeof name, fmt, v);
	return agnode(g, name, 1);
}

/* ---- labels -------------------------------------------------------------------- */

/* Line widths, in characters, of the texts in each kind of box. */
enum {
	W_BLOCK = 36,    /* a step of the block diagram */
	W_LANE = 30,     /* a step in a lane */
	W_QUESTION = 24, /* a decision */
	W_HEADER = 26,   /* a lane's header */
	W_CAPTION = 100  /* the caption */
};

/* The duration line of a step: legal phrase, or a note that there is none
 * (except for the applicant's own time and information systems). */
static void put_duration(struct sb *b, const struct flow *f, const struct m_node *n)
{
	char buf[256];
	if (n->dur.form == DF_NONE) {
		if (n->actor && n->actor->kind == AK_APPLICANT)
			return;
		snprintf(buf, sizeof buf, "%s", say(f, LP_NO_TERM_STEP));
	} else {
		f->lp->dur(buf, sizeof buf, &n->dur, LPS_DIGITS, f->reg->workday_min);
	}
	sb_puts(b, "<TR><TD><FONT POINT-SIZE=\"9\"><I>");
	html_text(b, buf, strlen(buf));
	sb_puts(b, "</I></FONT></TD></TR>");
}

/* Whether n is drawn with a finding's mark (view.h: only in a review
 * build, the default). */
static bool marked(const struct flow *f, const struct m_node *n)
{
	return view_marked(f->v, f->w, n);
}

/* The warning marker of a node with a finding: survives grey printing. */
static const char *finding_mark(const struct flow *f, const struct m_node *n)
{
	return marked(f, n) ? "⚠ " : "";
}

/*
 * The codes of the structural findings about n, once each, a line per
 * appendix they are at ("1-қосымша: E0801, E0804"), the body's last
 * (codes alone), the lines joined by sep; nothing when there are none or
 * the build is not a review build.  Only codes and the pack's words: no
 * user text, so the same string is safe in a label and a tooltip.
 */
static void review_codes(struct sb *b, const struct flow *f, const struct m_node *n,
			 const char *sep)
{
	if (!f->v->review || !f->w->review[n->index])
		return;
	static const unsigned apxs[] = { 1, 3, 0 };
	size_t lines = 0;
	for (size_t a = 0; a < sizeof apxs / sizeof apxs[0]; a++) {
		struct sb line = { 0 };
		for (size_t k = 0; k < f->v->nfindings; k++) {
			const struct view_finding *x = &f->v->findings[k];
			if (x->apx.num != apxs[a] || !view_structural(x->code) ||
			    !view_finding_about(x, n))
				continue;
			const char *code = diag_code_name(x->code);
			if (line.n && strstr(sb_str(&line), code))
				continue;
			sb_printf(&line, "%s%s", line.n ? ", " : "", code);
		}
		if (line.n) {
			if (lines++)
				sb_puts(b, sep);
			if (apxs[a]) {
				sb_printf(b, say(f, LP_REVIEW_APX), apxs[a]);
				sb_puts(b, ": ");
			}
			sb_puts(b, sb_str(&line));
		}
		sb_free(&line);
	}
}

/* The codes' lines under a box's texts (an HTML-like label). */
static void put_review(struct sb *b, const struct flow *f, const struct m_node *n)
{
	struct sb c = { 0 };
	review_codes(&c, f, n, "\n");
	for (const char *p = sb_str(&c), *e; c.n && *p; p = *e ? e + 1 : e) {
		e = strchr(p, '\n');
		if (!e)
			e = p + strlen(p);
		sb_puts(b, "<TR><TD><FONT POINT-SIZE=\"8\" COLOR=\"#c0392b\"><B>⚠ ");
		html_text(b, p, (size_t)(e - p));
		sb_puts(b, "</B></FONT></TD></TR>");
	}
	sb_free(&c);
}

/* A step of the block diagram: actor, action, duration. */
static void label_block_step(struct sb *b, const struct flow *f, const struct m_node *n)
{
	sb_puts(b, "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"1\">");
	sb_puts(b, "<TR><TD><FONT POINT-SIZE=\"9\"><B>");
	sb_puts(b, finding_mark(f, n));
	html_balanced(b, actor_name(f, n->actor), W_BLOCK + 6);
	sb_puts(b, "</B></FONT></TD></TR><HR/><TR><TD>");
	html_wrapped(b, tx(f, &n->action), W_BLOCK);
	sb_puts(b, "</TD></TR>");
	put_duration(b, f, n);
	put_review(b, f, n);
	sb_puts(b, "</TABLE>");
}

/* A step in a lane: action, hand-off, duration; numbered in the systems
 * diagram. */
static void label_lane_step(struct sb *b, const struct flow *f, const struct m_node *n,
			    int number)
{
	sb_puts(b, "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"1\">");
	sb_puts(b, "<TR><TD>");
	if (number > 0)
		sb_printf(b, "<B>%d.</B> ", number);
	if (marked(f, n))
		sb_puts(b, "<B>⚠</B>&#160;");
	html_wrapped(b, tx(f, &n->action), W_LANE);
	sb_puts(b, "</TD></TR>");
	const char *handoff = tx(f, &n->handoff);
	if (handoff) {
		sb_puts(b, "<TR><TD><FONT POINT-SIZE=\"9\">→ ");
		html_wrapped(b, handoff, W_LANE);
		sb_puts(b, "</FONT></TD></TR>");
	}
	if (number <= 0 || (n->dur.form != DF_AUTOMATIC && n->dur.form != DF_NONE))
		put_duration(b, f, n);
	put_review(b, f, n);
	sb_puts(b, "</TABLE>");
}

/* A decision: its question, in a plain label (escString): a diamond
 * needs no table, and so the plain escaping is exercised too. */
static void label_decision(struct sb *b, const struct flow *f, const struct m_node *n,
			   int number, bool wide)
{
	if (number > 0)
		sb_printf(b, "%d. ", number);
	if (marked(f, n))
		sb_puts(b, "⚠ ");
	/* A diamond is about twice as wide as its text: wrap the question into
	 * a block about as tall as wide (lines of len/rows characters), so it
	 * stays within a lane; the block diagram has room for wider lines. */
	const char *q = tx(f, &n->question);
	size_t len = utf8_count(q, strlen(q)), rows = 1;
	while (rows * rows * (wide ? 9 : 7) < len)
		rows++;
	/* the narrowest lines that give that many rows: balanced, no orphan */
	size_t max = wide ? W_QUESTION + 6 : W_QUESTION, width = (len + rows - 1) / rows;
	if (width < 12)
		width = 12;
	for (; width < max; width++) {
		struct sb t = { 0 };
		wrapped(&t, q, width, false);
		size_t lines = 1;
		for (const char *p = strstr(sb_str(&t), "\\n"); p; p = strstr(p + 2, "\\n"))
			lines++;
		sb_free(&t);
		if (lines <= rows)
			break;
	}
	wrapped(b, q, width, false);
	struct sb c = { 0 };
	review_codes(&c, f, n, "\\n⚠ ");
	if (c.n) /* codes and the pack's words: nothing to escape */
		sb_printf(b, "\\n⚠ %s", sb_str(&c));
	sb_free(&c);
}

/* An end: its outcome in bold, then what is handed out, if the text says. */
static void label_end(struct sb *b, const struct flow *f, const struct m_node *n, size_t width)
{
	sb_printf(b, "<B>%s</B>", say(f, n->outcome == OUT_REFUSAL ? LP_REFUSAL : LP_RESULT));
	const char *what = tx(f, &n->what);
	if (what) {
		sb_puts(b, "<BR/>");
		html_wrapped(b, what, width);
	}
}

/* One caption line per outcome the route can end in: the worst total, the
 * term and the verdict. */
static void caption_timing(struct sb *b, const struct flow *f)
{
	for (int o = 0; o < OUT__COUNT; o++) {
		bool has_end = false;
		for (size_t i = 0; i < f->w->nseq; i++) {
			const struct m_node *n = f->r->nodes[f->w->seq[i]];
			has_end |= n->kind == N_END && n->outcome == (enum outcome)o;
		}
		if (!has_end)
			continue;
		const struct m_timing *t = &f->r->timing[o];
		const struct m_term *term = t->term;
		if (!term || !term->set)
			term = f->r->terms[o].set ? &f->r->terms[o]
			       : f->reg->terms[o].set ? &f->reg->terms[o] : NULL;
		char total[256], tbuf[256];
		switch (t->verdict) {
		case TV_NONE:
			snprintf(total, sizeof total, "%s", say(f, LP_NOT_ANALYSED));
			break;
		case TV_OPEN:
			snprintf(total, sizeof total, "%s", say(f, LP_OPEN));
			break;
		case TV_INFINITE:
			snprintf(total, sizeof total, "%s", say(f, LP_INFINITE));
			break;
		default:
			f->lp->qty(total, sizeof total, t->worst, UNIT_MIN, f->reg->workday_min,
				   LP_AS_SUM);
		}
		sb_puts(b, "<TR><TD>");
		sb_printf(b, "<B>%s:</B> %s — ", say(f, o == OUT_RESULT ? LP_RESULT : LP_REFUSAL),
			  say(f, LP_PATH_TOTAL));
		html_text(b, total, strlen(total));
		if (term) {
			f->lp->dur(tbuf, sizeof tbuf, &term->dur, LPS_DIGITS, f->reg->workday_min);
			sb_printf(b, "; %s — ", say(f, LP_TERM));
			html_text(b, tbuf, strlen(tbuf));
		} else {
			sb_printf(b, "; %s", say(f, LP_NO_TERM));
		}
		if (t->verdict == TV_EXCEEDS || t->verdict == TV_HOLIDAYS)
			sb_printf(b, " — <B>⚠ %s</B>",
				  say(f, t->verdict == TV_EXCEEDS ? LP_EXCEEDS : LP_HOLIDAYS));
		sb_puts(b, "</TD></TR>");
	}
}

/* The caption: appendix, title, route heading, timing, legend. */
static void caption(Agraph_t *g, const struct flow *f, enum gv_kind k)
{
	struct sb b = { 0 };
	sb_puts(&b, "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"2\">");
	if (k != GV_SYSTEMS)
		sb_printf(&b, "<TR><TD ALIGN=\"RIGHT\"><FONT POINT-SIZE=\"9\">%s</FONT></TD></TR>",
			  say(f, k == GV_BLOCK ? LP_APPENDIX2 : LP_APPENDIX3));
	sb_puts(&b, "<TR><TD><FONT POINT-SIZE=\"12\"><B>");
	if (k == GV_BLOCK) {
		html_balanced(&b, say(f, LP_TITLE2), W_CAPTION);
	} else if (k == GV_LANES) {
		const char *t = f->reg->meta.title.kk ? tx(f, &f->reg->meta.title) : f->reg->id;
		size_t need = strlen(say(f, LP_TITLE3)) + strlen(t) + 1;
		char *s = xmalloc(need);
		snprintf(s, need, say(f, LP_TITLE3), t);
		html_balanced(&b, s, W_CAPTION);
		free(s);
	} else {
		html_balanced(&b, say(f, LP_TITLE_SYS), W_CAPTION);
	}
	sb_puts(&b, "</B></FONT></TD></TR><TR><TD>");
	const char *heading = tx(f, &f->r->title);
	html_balanced(&b, heading ? heading : f->r->id, W_CAPTION);
	sb_puts(&b, "</TD></TR>");
	caption_timing(&b, f);
	bool refusal = false;
	for (size_t i = 0; i < f->w->nseq; i++) {
		const struct m_node *n = f->r->nodes[f->w->seq[i]];
		refusal |= n->kind == N_END && n->outcome == OUT_REFUSAL;
	}
	bool any_mark = f->v->review && (f->w->any_finding || f->w->any_review);
	if (f->w->any_crit || any_mark || refusal) {
		sb_puts(&b, "<TR><TD><FONT POINT-SIZE=\"9\">");
		const char *sep = "";
		if (f->w->any_crit) {
			sb_puts(&b, say(f, LP_LEGEND_CRIT));
			sep = "; ";
		}
		if (any_mark) {
			sb_printf(&b, "%s%s", sep, say(f, LP_LEGEND_FINDING));
			sep = "; ";
		}
		if (f->v->review && f->w->any_review) {
			sb_printf(&b, "%s%s", sep, say(f, LP_LEGEND_REVIEW));
			sep = "; ";
		}
		if (refusal)
			sb_printf(&b, "%s%s", sep, say(f, LP_LEGEND_REFUSAL));
		sb_puts(&b, "</FONT></TD></TR>");
	}
	sb_puts(&b, "</TABLE>");
	set_html(g, "label", sb_str(&b));
	sb_free(&b);
}

/* Styles shared by the kinds: terminals, decisions, marks. */
static void style_node(Agnode_t *an, const struct flow *f, const struct m_node *n)
{
	const char *style = NULL;
	switch (n->kind) {
	case N_START:
		style = "rounded,filled";
		set(an, "fillcolor", "#eeeeee");
		break;
	case N_END:
		style = "rounded,filled";
		if (n->outcome == OUT_REFUSAL) {
			set(an, "fillcolor", "#f6dcdc");
			set(an, "peripheries", "2");
		} else {
			set(an, "fillcolor", "#dcefdc");
		}
		break;
	case N_DECISION:
		set(an, "shape", "diamond");
		style = marked(f, n) ? "filled,dashed" : "filled";
		set(an, "fillcolor", "#fff7d6");
		break;
	default:
		style = marked(f, n) ? "dashed" : NULL;
	}
	if (style)
		set(an, "style", style);
	if (marked(f, n))
		set(an, "color", "#c0392b");
	struct sb tip = { 0 };
	review_codes(&tip, f, n, "; ");
	if (tip.n) {
		struct sb t = { 0 };
		sb_printf(&t, "reglc: %s", sb_str(&tip));
		set(an, "tooltip", sb_str(&t));
		sb_free(&t);
	}
	sb_free(&tip);
	if (f->w->crit[n->index])
		set(an, "penwidth", "2.2");
	/* classes name what a node is, for the SVG's readers and the tests */
	static const char *const kinds[] = {
		[N_START] = "start", [N_STEP] = "step", [N_DECISION] = "decision",
		[N_JUMP] = "jump", [N_END] = "end", [N_FALL] = "fall",
	};
	struct sb c = { 0 };
	sb_puts(&c, kinds[n->kind]);
	if (n->kind == N_END)
		sb_puts(&c, n->outcome == OUT_REFUSAL ? " refusal" : " result");
	const struct m_actor *a = f->w->lane[n->index] >= 0 ? f->w->lanes[f->w->lane[n->index]] : NULL;
	if ((n->kind == N_STEP || n->kind == N_DECISION) && n->actor)
		a = n->actor;
	if (a)
		sb_printf(&c, " actor-%s", a->id);
	if (f->w->crit[n->index])
		sb_puts(&c, " critical");
	if (marked(f, n))
		sb_puts(&c, " finding");
	if (f->v->review && f->w->review[n->index])
		sb_puts(&c, " review");
	set(an, "class", sb_str(&c));
	sb_free(&c);
}

/*
 * An edge: ИӘ/ЖОҚ (ДА/НЕТ) on a decision's branches, the bound on a loop;
 * a loop closes on the right-hand side (ports e) without pulling the
 * ranks, so the main flow stays top to bottom.
 */
static void style_edge(Agedge_t *ae, const struct flow *f, const struct vf_edge *e)
{
	struct sb b = { 0 };
	if (e->kind == VF_YES || e->kind == VF_NO)
		sb_printf(&b, "<B>%s</B>", say(f, e->kind == VF_YES ? LP_YES : LP_NO));
	if (e->jump && e->jump->bounded) {
		if (b.n)
			sb_puts(&b, "<BR/>");
		sb_printf(&b, say(f, LP_MAX_TIMES), (unsigned long long)e->jump->max);
	}
	if (b.n)
		set_html(ae, "label", sb_str(&b));
	sb_free(&b);
	set(ae, "class", e->back ? "loop" : e->kind == VF_YES ? "yes" : e->kind == VF_NO ? "no"
			 : "next");
	if (e->back) {
		set(ae, "constraint", "false");
		set(ae, "style", "dashed");
		set(ae, "tailport", "e");
		set(ae, "headport", "e");
	}
	if (edge_critical(f, e)) {
		set(ae, "penwidth", "2.2");
		set(ae, "class", e->back ? "loop critical" : e->kind == VF_YES ? "yes critical"
				 : e->kind == VF_NO ? "no critical" : "next critical");
	}
}

/*
 * The flow's edges, created grouped by their tail in the order the tails
 * were created (made[index]), each tail's in walk order.  That is the
 * order agwrite lists them in, so `dot` reading the DOT output starts
 * from the same edge order as the layout made here.
 */
static void draw_edges(Agraph_t *g, const struct flow *f, Agnode_t *const *an,
		       const int32_t *made)
{
	size_t *order = xmalloc((f->w->ne + 1) * sizeof *order);
	for (size_t k = 0; k < f->w->ne; k++) {
		size_t j = k;
		while (j && made[f->w->e[order[j - 1]].from] > made[f->w->e[k].from]) {
			order[j] = order[j - 1];
			j--;
		}
		order[j] = k;
	}
	for (size_t k = 0; k < f->w->ne; k++) {
		const struct vf_edge *e = &f->w->e[order[k]];
		Agedge_t *ae = agedge(g, an[e->from], an[e->to], NULL, 1);
		style_edge(ae, f, e);
	}
	free(order);
}

/* ---- Appendix 2: the block diagram ------------------------------------------------ */

/* Appendix 2: nodes in walk order (the order dot starts from), the main
 * line in one `group` so that it runs straight down. */
static void build_block(Agraph_t *g, const struct flow *f)
{
	set(g, "nodesep", "0.5");
	set(g, "ranksep", "0.4");
	caption(g, f, GV_BLOCK);
	Agnode_t **an = xcalloc(f->w->n + 1, sizeof *an);
	struct sb b = { 0 };
	for (size_t i = 0; i < f->w->nseq; i++) {
		const struct m_node *n = f->r->nodes[f->w->seq[i]];
		Agnode_t *x = an[n->index] = mknode(g, "n%lu", n->index);
		b.n = 0;
		switch (n->kind) {
		case N_START:
			sb_printf(&b, "<B>%s</B>", say(f, LP_START));
			break;
		case N_STEP:
			label_block_step(&b, f, n);
			set(x, "width", "3.2");
			break;
		case N_DECISION:
			label_decision(&b, f, n, 0, true);
			break;
		default:
			label_end(&b, f, n, W_BLOCK);
		}
		if (n->kind == N_DECISION)
			set(x, "label", sb_str(&b)); /* plain: see label_decision */
		else
			set_html(x, "label", sb_str(&b));
		style_node(x, f, n);
		if (f->w->main[n->index])
			set(x, "group", "main");
	}
	draw_edges(g, f, an, f->w->pre);
	sb_free(&b);
	free(an);
}

/* ---- Appendix 3 and the systems diagram: lanes ------------------------------------- */

/* Lane nodes sorted by (rank, preorder): the lane's top-to-bottom order. */
static int cmp_lane_pos(const void *a, const void *b, const struct flow *f)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
	if (f->w->rank[x] != f->w->rank[y])
		return f->w->rank[x] < f->w->rank[y] ? -1 : 1;
	return f->w->pre[x] < f->w->pre[y] ? -1 : f->w->pre[x] > f->w->pre[y];
}

static void sort_lane(uint32_t *v, size_t n, const struct flow *f)
{
	for (size_t i = 1; i < n; i++) {
		uint32_t x = v[i];
		size_t j = i;
		while (j && cmp_lane_pos(&v[j - 1], &x, f) > 0) {
			v[j] = v[j - 1];
			j--;
		}
		v[j] = x;
	}
}

/*
 * Chain a lane top to bottom with invisible edges: its top, then its nodes
 * rank by rank, then footer.  Nodes of one rank are not chained to each
 * other (a decision's two branches may stand side by side in one lane);
 * every node of a rank is chained to every node of the next, so nothing
 * of the lane can slip above its top or below its footer.
 */
static void chain_lane(Agraph_t *g, const struct flow *f, Agnode_t *head,
		       Agnode_t *const *an, const uint32_t *m, size_t nm, Agnode_t *foot)
{
	size_t prev_lo = 0, prev_hi = 0; /* the previous rank's members [lo, hi) */
	bool first = true;
	for (size_t i = 0; i <= nm;) {
		size_t j = i;
		while (j < nm && f->w->rank[m[j]] == f->w->rank[m[i]])
			j++;
		/* members [i, j) share a rank; i == nm: the footer */
		for (size_t y = i; y < (i < nm ? j : i + 1); y++) {
			Agnode_t *to = y < nm ? an[m[y]] : foot;
			if (first) {
				Agedge_t *ce = agedge(g, head, to, NULL, 1);
				set(ce, "style", "invis");
				continue;
			}
			for (size_t x = prev_lo; x < prev_hi; x++) {
				Agedge_t *ce = agedge(g, an[m[x]], to, NULL, 1);
				set(ce, "style", "invis");
			}
		}
		if (i == nm)
			break;
		first = false;
		prev_lo = i;
		prev_hi = j;
		i = j;
	}
}

/*
 * Swimlanes: one cluster per actor, in order of first appearance, labelled
 * with the actor's name (the lane header) and holding an invisible top
 * node h<k>, its nodes and an invisible footer f<k>.  The tops share the
 * first rank and the footers the last one (newrank lets rank=same span
 * clusters), so every lane runs the whole height; invisible edges chain
 * each lane top to bottom (with `group`, its boxes stand in one column)
 * and the tops left to right (the lane order).  The flow's nodes are
 * ranked along their paths, so an edge from lane to lane runs between
 * ranks and never through a box.
 */
static void build_lanes(Agraph_t *g, const struct flow *f, enum gv_kind k)
{
	set(g, "nodesep", "0.25");
	set(g, "ranksep", "0.3");
	caption(g, f, k);
	Agnode_t **an = xcalloc(f->w->n + 1, sizeof *an);
	Agnode_t **head = xcalloc(f->w->nlanes, sizeof *head);
	Agnode_t **foot = xcalloc(f->w->nlanes, sizeof *foot);
	uint32_t *members = xmalloc((f->w->nseq + 1) * sizeof *members);
	int *number = xcalloc(f->w->n + 1, sizeof *number);
	int32_t *made = xcalloc(f->w->n + 1, sizeof *made); /* creation order */
	int32_t nmade = 0;
	/* The systems diagram numbers its boxes as the body numbers its
	 * sub-paragraphs (number.c: the steps of a `use` share its number),
	 * so that "4." here is "4)" there and in Appendix 1's references. */
	if (k == GV_SYSTEMS)
		for (size_t i = 0; i < f->w->nseq; i++) {
			const struct m_node *n = f->r->nodes[f->w->seq[i]];
			if (n->kind == N_STEP || n->kind == N_DECISION)
				number[n->index] = (int)n->sub;
		}
	struct sb b = { 0 };
	const char *width = k == GV_SYSTEMS ? "2.6" : "2.7";
	/*
	 * Lane headers are the clusters' labels, so each is centred over the
	 * whole width of its lane however wide the lane grows; all of one
	 * height (the tallest name), so that the lanes' tops line up.
	 */
	char **headers = xcalloc(f->w->nlanes, sizeof *headers);
	size_t header_lines = 1;
	for (size_t l = 0; l < f->w->nlanes; l++) {
		const struct m_actor *a = f->w->lanes[l];
		b.n = 0;
		sb_puts(&b, "<B>");
		html_balanced(&b, actor_name(f, a), W_HEADER);
		sb_puts(&b, "</B>");
		if (a && a->kind == AK_SYSTEM) {
			sb_puts(&b, "<BR/><FONT POINT-SIZE=\"8\"><I>");
			html_text(&b, say(f, LP_SYSTEM), strlen(say(f, LP_SYSTEM)));
			sb_puts(&b, "</I></FONT>");
		}
		size_t lines = 1;
		for (const char *p = strstr(sb_str(&b), "<BR/>"); p; p = strstr(p + 1, "<BR/>"))
			lines++;
		if (lines > header_lines)
			header_lines = lines;
		headers[l] = xstrdup(sb_str(&b));
	}
	for (size_t l = 0; l < f->w->nlanes; l++) {
		char name[48];
		snprintf(name, sizeof name, "cluster_lane%zu", l);
		Agraph_t *sg = agsubg(g, name, 1);
		const struct m_actor *a = f->w->lanes[l];
		bool system = a && a->kind == AK_SYSTEM;
		b.n = 0;
		sb_printf(&b, "<TABLE BORDER=\"1\" CELLBORDER=\"0\" CELLPADDING=\"4\" "
			  "COLOR=\"#555555\" BGCOLOR=\"%s\"><TR>"
			  "<TD WIDTH=\"%d\" HEIGHT=\"%d\">%s</TD></TR></TABLE>",
			  system ? "#d6e4f5" : "#dddddd", k == GV_SYSTEMS ? 180 : 187,
			  (int)(14 + 13 * header_lines), headers[l]);
		set_html(sg, "label", sb_str(&b));
		if (a) {
			char cls[160];
			snprintf(cls, sizeof cls, "lane actor-%s", a->id);
			set(sg, "class", cls);
		}
		set(sg, "style", "filled");
		set(sg, "color", "#9a9a9a");
		set(sg, "fillcolor", l % 2 ? "#f4f4f4" : "#fbfbfb");
		/* the top of the lane: invisible, on the first rank, lane-wide */
		Agnode_t *h = head[l] = mknode(sg, "h%lu", l);
		set(h, "class", "lane-top");
		set(h, "style", "invis");
		set(h, "width", width);
		set(h, "height", "0.02");
		/* the lane's nodes, top to bottom */
		size_t nm = 0;
		for (size_t i = 0; i < f->w->nseq; i++)
			if (f->w->lane[f->w->seq[i]] == (int32_t)l)
				members[nm++] = f->w->seq[i];
		sort_lane(members, nm, f);
		for (size_t i = 0; i < nm; i++) {
			const struct m_node *n = f->r->nodes[members[i]];
			Agnode_t *x = an[n->index] = mknode(sg, "n%lu", n->index);
			made[n->index] = nmade++;
			b.n = 0;
			switch (n->kind) {
			case N_START:
				sb_printf(&b, "<B>%s</B>", say(f, LP_START));
				break;
			case N_STEP:
				label_lane_step(&b, f, n, number[n->index]);
				set(x, "width", width);
				break;
			case N_DECISION:
				label_decision(&b, f, n, number[n->index], false);
				break;
			default:
				label_end(&b, f, n, W_LANE);
			}
			if (n->kind == N_DECISION)
				set(x, "label", sb_str(&b));
			else
				set_html(x, "label", sb_str(&b));
			style_node(x, f, n);
			set(x, "group", name + 8);
			}
		Agnode_t *ft = foot[l] = mknode(sg, "f%lu", l);
		set(ft, "style", "invis");
		set(ft, "shape", "point");
		set(ft, "width", "0.01");
		set(ft, "group", name + 8);
		chain_lane(g, f, h, an, members, nm, ft);
	}
	for (size_t l = 0; l < f->w->nlanes; l++)
		free(headers[l]);
	free(headers);
	/* lane tops on the first rank in lane order, footers on the last */
	Agraph_t *top = agsubg(g, (char *)"lane_headers", 1);
	Agraph_t *bottom = agsubg(g, (char *)"lane_footers", 1);
	set(top, "rank", "same");
	set(bottom, "rank", "same");
	for (size_t l = 0; l < f->w->nlanes; l++) {
		agsubnode(top, head[l], 1);
		agsubnode(bottom, foot[l], 1);
		if (l) {
			Agedge_t *oe = agedge(g, head[l - 1], head[l], NULL, 1);
			set(oe, "style", "invis");
			oe = agedge(g, foot[l - 1], foot[l], NULL, 1);
			set(oe, "style", "invis");
		}
	}
	draw_edges(g, f, an, made);
	sb_free(&b);
	free(number);
	free(made);
	free(members);
	free(head);
	free(foot);
	free(an);
}

/* ---- deterministic object ids ------------------------------------------------ */

/*
 * cgraph's default id discipline uses the address of an object's interned
 * name as its id, and keeps subgraphs in id order: the order of clusters in
 * the DOT and SVG output, and even the layout, then depend on where malloc
 * put the names.  This discipline refuses to map names (cgraph then keeps
 * the name in its internal map) and hands out ids from a counter, so every
 * object's id is its creation order.  Odd numbers, as cgraph expects of ids
 * it did not get from a name.
 */
static void *seq_open(Agraph_t *g, Agdisc_t *disc)
{
	(void)g;
	(void)disc;
	IDTYPE *next = xmalloc(sizeof *next);
	*next = 1;
	return next;
}

static long seq_map(void *state, int objtype, char *str, IDTYPE *id, int createflag)
{
	(void)objtype;
	if (str || !createflag)
		return 0; /* names live in cgraph's internal map */
	IDTYPE *next = state;
	*id = *next;
	*next += 2;
	return 1;
}

static long seq_alloc(void *state, int objtype, IDTYPE id)
{
	(void)state;
	(void)objtype;
	(void)id;
	return 0; /* no ids chosen by the caller */
}

static void seq_free(void *state, int objtype, IDTYPE id)
{
	(void)state;
	(void)objtype;
	(void)id;
}

static char *seq_print(void *state, int objtype, IDTYPE id)
{
	(void)state;
	(void)objtype;
	(void)id;
	return NULL; /* the internal map knows the names */
}

static void seq_close(void *state)
{
	free(state);
}

static void seq_register(void *state, int objtype, void *obj)
{
	(void)state;
	(void)objtype;
	(void)obj;
}

static Agiddisc_t seq_id_disc = {
	seq_open, seq_map, seq_alloc, seq_free, seq_print, seq_close, seq_register,
};

/* ---- diagrams ------------------------------------------------------------------------ */

struct gv_diagram {
	struct gv *gv;
	Agraph_t *g;
	char *dot;       /* the graph as built (agwrite before layout) */
	size_t ndot;
	bool laid_out;   /* gvLayout done */
	bool layout_failed;
};

struct gv_diagram *gv_build(struct gv *gv, const struct view *v, size_t route,
			    enum gv_kind k)
{
	const struct m_reg *reg = v->reg;
	const struct m_route *r = v->routes[route].r;
	char name[256];
	snprintf(name, sizeof name, "%s.%s.%s", reg->id ? reg->id : "regulation",
		 gv_kind_name(k), r->id);
	static Agdisc_t disc = { &AgMemDisc, &seq_id_disc, &AgIoDisc };
	Agraph_t *g = agopen(name, Agdirected, &disc);
	if (!g)
		return NULL;
	declare(g);
	struct flow f = {
		.v = v, .reg = reg, .r = r, .lang = v->lang, .lp = langpack(v->lang),
		.w = &v->routes[route].flow,
	};
	if (k == GV_BLOCK)
		build_block(g, &f);
	else
		build_lanes(g, &f, k);
	struct gv_diagram *d = xcalloc(1, sizeof *d);
	d->gv = gv;
	d->g = g;
	/* The DOT text is taken now: layout adds positions to the graph. */
	FILE *m = open_memstream(&d->dot, &d->ndot);
	if (!m) {
		gv_free(d);
		return NULL;
	}
	int wrote = agwrite(g, m);
	if (fclose(m) != 0 || wrote != 0) {
		gv_free(d);
		return NULL;
	}
	return d;
}

/* DOT is the text taken at build time; the other formats share one layout,
 * made on the first of them.  agerrors() catches what the return values
 * of 2.4x do not always say. */
bool gv_write(struct gv_diagram *d, enum gv_format f, FILE *out)
{
	if (f == GV_DOT)
		return fwrite(d->dot, 1, d->ndot, out) == d->ndot;
	if (d->layout_failed)
		return false;
	if (!d->laid_out) {
		agreseterrors();
		/* gvLayout returns 0 once the layout exists, even when it
		 * reported an error on the way: gv_free must free it then. */
		if (gvLayout(d->gv->gvc, d->g, "dot") == 0)
			d->laid_out = true;
		if (!d->laid_out || agerrors() >= AGERR) {
			d->layout_failed = true;
			return false;
		}
	}
	agreseterrors();
	if (gvRender(d->gv->gvc, d->g, gv_format_name(f), out) != 0 || agerrors() >= AGERR)
		return false;
	return true;
}

void gv_free(struct gv_diagram *d)
{
	if (!d)
		return;
	if (d->laid_out)
		gvFreeLayout(d->gv->gvc, d->g);
	if (d->g)
		agclose(d->g);
	free(d->dot);
	free(d);
}
