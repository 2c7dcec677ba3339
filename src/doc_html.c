/*
 * doc_html.c — a document tree as one self-contained HTML page (doc.h).
 *
 * The page loads nothing: the stylesheet below is inline, the diagrams
 * are inline SVG (their ids prefixed per figure, so that no id appears
 * twice in the page), and a Content-Security-Policy forbids every fetch.
 * Every text of the tree is escaped here (& < > " '), attribute values
 * too.  The stylesheet prints the handbook on A4: sections with a page
 * break start a page, landscape sections get landscape pages ("wide"),
 * table rows, sub-paragraphs and findings never split, a group (a diagram
 * and its heading) is a page of its own.  Its class names are the ones the
 * handbook's builder gives (handbook.c), and the ones this writer gives
 * the kinds it draws itself: "arm" (a branch), "toc", "part" (a printed
 * part of a split table), "kv", "diagram", "missing", "finding" with
 * "error" or "warning", "mark".
 */
#include "doc.h"

#include <string.h>

#include "arena.h"

/* The writer's state. */
struct hw {
	FILE *f;
	bool failed;   /* a figure could not be drawn */
};

/* ---- escaping -------------------------------------------------------------------- */

/* s, escaped; the runs between special characters in one write each. */
static void put_html(FILE *f, const char *s)
{
	for (;;) {
		size_t n = strcspn(s, "&<>\"'");
		fwrite(s, 1, n, f);
		s += n;
		switch (*s) {
		case '\0': return;
		case '&': fputs("&amp;", f); break;
		case '<': fputs("&lt;", f); break;
		case '>': fputs("&gt;", f); break;
		case '"': fputs("&quot;", f); break;
		default: fputs("&#39;", f); break;
		}
		s++;
	}
}

char *doc_html_escape(const char *s)
{
	char *buf = NULL;
	size_t n = 0;
	FILE *m = open_memstream(&buf, &n);
	if (!m)
		return xstrdup("");
	put_html(m, s);
	fclose(m);
	return buf ? buf : xstrdup("");
}

/* ` name="value"` when value is not NULL. */
static void attr(struct hw *w, const char *name, const char *value)
{
	if (!value)
		return;
	fprintf(w->f, " %s=\"", name);
	put_html(w->f, value);
	fputc('"', w->f);
}

/* ---- inline ---------------------------------------------------------------------------- */

/*
 * The inline kids of p.  In a table cell a line break is <br> alone; in a
 * paragraph the text goes on on the next line of the file too.
 */
static void inlines(struct hw *w, const struct doc_node *p, bool cell)
{
	FILE *f = w->f;
	for (const struct doc_node *n = p->kids; n; n = n->next) {
		switch (n->kind) {
		case DOC_TEXT:
			put_html(f, n->text);
			break;
		case DOC_BOLD:
			fputs("<b>", f);
			inlines(w, n, cell);
			fputs("</b>", f);
			break;
		case DOC_ITALIC:
			fputs("<i>", f);
			inlines(w, n, cell);
			fputs("</i>", f);
			break;
		case DOC_LINK:
			fputs("<a href=\"#", f);
			put_html(f, n->id);
			fputs("\">", f);
			inlines(w, n, cell);
			fputs("</a>", f);
			break;
		case DOC_ANCHOR:
			fputs("<span", f);
			attr(w, "id", n->id);
			fputs("></span>", f);
			break;
		case DOC_BREAK:
			fputs(cell ? "<br>" : "<br>\n", f);
			break;
		case DOC_MARK:
			/* No-break spaces: the mark never starts a line on its own. */
			fputs("&#160;<a class=\"mark\" href=\"#", f);
			put_html(f, n->id);
			fputs("\">⚠&#160;", f);
			put_html(f, n->text);
			fputs("</a>", f);
			break;
		case DOC_SPAN:
			fputs("<span", f);
			attr(w, "class", n->cls);
			attr(w, "lang", n->lang);
			fputs(">", f);
			inlines(w, n, cell);
			fputs("</span>", f);
			break;
		default:
			break;
		}
	}
}

/* ---- tables ----------------------------------------------------------------------------- */

/* A cell: <th> for a heading cell (a label, a column's heading), <td>
 * for a value. */
static void cell(struct hw *w, const struct doc_node *c)
{
	const char *tag = c->as.cell.head ? "th" : "td";
	fprintf(w->f, "<%s", tag);
	attr(w, "class", c->cls);
	fputs(">", w->f);
	inlines(w, c, true);
	fprintf(w->f, "</%s>", tag);
}

/* Row r with the cells of columns [0, keep) and [from, to). */
static void row(struct hw *w, const struct doc_node *r, size_t keep, size_t from, size_t to)
{
	fputs("<tr", w->f);
	attr(w, "class", r->cls);
	fputs(">", w->f);
	size_t i = 0;
	for (const struct doc_node *c = r->kids; c; c = c->next, i++)
		if (i < keep || (i >= from && i < to))
			cell(w, c);
	fputs("</tr>", w->f);
}

/* The <colgroup> of columns [0, keep) and [from, to), when the table
 * styles its columns. */
static void colgroup(struct hw *w, const struct doc_node *t, size_t keep, size_t from, size_t to)
{
	if (!t->as.table.colcls)
		return;
	fputs("<colgroup>", w->f);
	for (size_t i = 0; i < t->as.table.ncols; i++) {
		if (i >= keep && (i < from || i >= to))
			continue;
		fputs("<col", w->f);
		attr(w, "class", t->as.table.colcls[i]);
		fputs(">", w->f);
	}
	fputs("</colgroup>", w->f);
}

/*
 * A table that may be split (per_part): printed parts of equal width,
 * each repeating the leading columns — 9 columns print as 5 + 4, not
 * 7 + 2 — each part a <div class="part"> that never breaks across pages.
 */
static void table_parts(struct hw *w, const struct doc_node *t)
{
	size_t keep = t->as.table.keep, n = t->as.table.ncols - keep;
	size_t per_part = t->as.table.per_part;
	size_t parts = n ? (n + per_part - 1) / per_part : 1;
	size_t per = n ? (n + parts - 1) / parts : 0;
	for (size_t from = 0;; from += per) {
		size_t to = from + per < n ? from + per : n;
		fputs("<div class=\"part\">\n<table", w->f);
		attr(w, "class", t->cls);
		fputs(">\n", w->f);
		colgroup(w, t, keep, keep + from, keep + to);
		if (t->as.table.colcls)
			fputs("\n", w->f);
		bool head = false;
		for (const struct doc_node *r = t->kids; r; r = r->next) {
			if (!r->as.row.head)
				continue;
			fputs(head ? "" : "<thead>\n", w->f);
			head = true;
			row(w, r, keep, keep + from, keep + to);
			fputs("\n", w->f);
		}
		fputs(head ? "</thead>\n<tbody>\n" : "<tbody>\n", w->f);
		for (const struct doc_node *r = t->kids; r; r = r->next) {
			if (r->as.row.head)
				continue;
			row(w, r, keep, keep + from, keep + to);
			fputs("\n", w->f);
		}
		fputs("</tbody>\n</table>\n</div>\n", w->f);
		if (to >= n)
			break;
	}
}

/* A table that is never split: its heading rows in <thead>. */
static void table(struct hw *w, const struct doc_node *t)
{
	if (t->as.table.per_part) {
		table_parts(w, t);
		return;
	}
	size_t all = t->as.table.ncols;
	fputs("<table", w->f);
	attr(w, "class", t->cls);
	fputs(">", w->f);
	colgroup(w, t, all, all, all);
	bool head = false;
	for (const struct doc_node *r = t->kids; r; r = r->next) {
		if (!r->as.row.head)
			continue;
		fputs(head ? "" : "<thead>", w->f);
		head = true;
		row(w, r, all, all, all);
	}
	fputs(head ? "</thead><tbody>\n" : "<tbody>\n", w->f);
	for (const struct doc_node *r = t->kids; r; r = r->next) {
		if (r->as.row.head)
			continue;
		row(w, r, all, all, all);
		fputs("\n", w->f);
	}
	fputs("</tbody></table>\n", w->f);
}

/* A table of labels and values: a label is a heading cell of its row;
 * HTML needs no heading row above them. */
static void kv(struct hw *w, const struct doc_node *t)
{
	fputs("<table class=\"kv\"><tbody>\n", w->f);
	for (const struct doc_node *r = t->kids; r; r = r->next) {
		fputs("<tr><th>", w->f);
		put_html(w->f, r->text);
		fputs("</th><td>", w->f);
		inlines(w, r, true);
		fputs("</td></tr>\n", w->f);
	}
	fputs("</tbody></table>\n", w->f);
}

/* ---- figures ------------------------------------------------------------------------------ */

/*
 * Copy Graphviz's SVG into the page: from the <svg> element on (no XML
 * prolog, doctype or comments, which would carry the Graphviz version),
 * with every id and reference to one prefixed, so that several diagrams
 * in one page never share an id.  The text between two changes is written
 * at once.
 */
static void put_svg(FILE *f, const char *s, size_t n, const char *pfx)
{
	static const char *const refs[] = { " id=\"", "url(#", "href=\"#" };
	const char *p = strstr(s, "<svg");
	if (!p)
		return;
	const char *end = s + n;
	while (end > p && (end[-1] == '\n' || end[-1] == ' '))
		end--;
	const char *run = p;
	while (p < end) {
		const char *ref = NULL;
		switch (*p) {
		case '<': ref = "<!--"; break;
		case ' ': ref = refs[0]; break;
		case 'u': ref = refs[1]; break;
		case 'h': ref = refs[2]; break;
		default: break;
		}
		size_t k = ref ? strlen(ref) : 0;
		if (!ref || (size_t)(end - p) < k || memcmp(p, ref, k) != 0) {
			p++;
			continue;
		}
		fwrite(run, 1, (size_t)(p - run), f);
		if (*p == '<') {
			const char *q = strstr(p + 4, "-->");
			p = q ? q + 3 : end;
			if (p < end && *p == '\n')
				p++;
		} else {
			fwrite(p, 1, k, f);
			fputs(pfx, f);
			p += k;
		}
		run = p;
	}
	if (run < end)
		fwrite(run, 1, (size_t)(end - run), f);
	fputs("\n", f);
}

/*
 * A figure: the drawing inline, styled by its kind.  Without drawings
 * (none was built) the page names the file instead; a drawing Graphviz
 * could not make leaves nothing, and the page is reported incomplete.
 */
static void figure(struct hw *w, const struct doc_figure *g)
{
	if (g->failed) {
		w->failed = true;
		return;
	}
	if (!g->svg) {
		fputs("<figure class=\"diagram\"><p class=\"missing\">", w->f);
		put_html(w->f, g->file);
		fputs("</p></figure>\n", w->f);
		return;
	}
	fputs("<figure class=\"diagram ", w->f);
	put_html(w->f, g->kind);
	fputs("\">\n", w->f);
	put_svg(w->f, g->svg, g->nsvg, g->idpfx);
	fputs("</figure>\n", w->f);
}

/* ---- blocks ------------------------------------------------------------------------------- */

/* A list: an item with a list of its own ends its line first. */
static void list(struct hw *w, const struct doc_node *l)
{
	fputs("<ul", w->f);
	attr(w, "class", l->cls);
	attr(w, "lang", l->lang);
	fputs(">\n", w->f);
	for (const struct doc_node *i = l->kids; i; i = i->next) {
		fputs("<li>", w->f);
		inlines(w, i, false);
		if (i->as.item.sub) {
			fputs("\n", w->f);
			list(w, i->as.item.sub);
		}
		fputs("</li>\n", w->f);
	}
	fputs("</ul>\n", w->f);
}

/* The contents: on screen only (the stylesheet hides it in print); an
 * entry's sub-entries on lines of their own. */
static void toc(struct hw *w, const struct doc_node *t)
{
	fputs("<nav class=\"toc\">\n<p><b>", w->f);
	put_html(w->f, t->text);
	fputs("</b></p>\n<ul>\n", w->f);
	for (const struct doc_node *i = t->kids; i; i = i->next) {
		fputs("<li>", w->f);
		inlines(w, i, false);
		fputs("\n", w->f);
		if (i->as.item.sub)
			list(w, i->as.item.sub);
		fputs("</li>\n", w->f);
	}
	fputs("</ul>\n</nav>\n", w->f);
}

static void blocks(struct hw *w, const struct doc_node *p);

/* A section by its role: the front matter is the page's <header>, the
 * text proper its <main>, a part a <section>. */
static void section(struct hw *w, const struct doc_node *s)
{
	const char *tag = s->as.section.role == DOC_FRONT ? "header"
			  : s->as.section.role == DOC_BODY ? "main" : "section";
	fprintf(w->f, "<%s", tag);
	attr(w, "class", s->cls);
	attr(w, "id", s->id);
	fputs(">\n", w->f);
	blocks(w, s);
	fprintf(w->f, "</%s>\n", tag);
}

/* A finding: a box (dashed for a warning), its number before its head
 * line, its notes below. */
static void finding(struct hw *w, const struct doc_node *x)
{
	fprintf(w->f, "<div class=\"finding %s\"", x->as.finding.error ? "error" : "warning");
	attr(w, "id", x->id);
	fprintf(w->f, ">\n<p>%zu. ", x->as.finding.num);
	inlines(w, x, false);
	fputs("</p>\n", w->f);
	if (x->as.finding.notes)
		list(w, x->as.finding.notes);
	fputs("</div>\n", w->f);
}

/* The block kids of p, one element (or more: a split table) each. */
static void blocks(struct hw *w, const struct doc_node *p)
{
	FILE *f = w->f;
	for (const struct doc_node *n = p->kids; n; n = n->next) {
		switch (n->kind) {
		case DOC_SECTION:
			section(w, n);
			break;
		case DOC_HEADING:
			fprintf(f, "<h%d", n->as.heading.level);
			attr(w, "id", n->id);
			fputs(">", f);
			inlines(w, n, false);
			fprintf(f, "</h%d>\n", n->as.heading.level);
			break;
		case DOC_PARA:
			fputs("<p", f);
			attr(w, "class", n->cls);
			attr(w, "id", n->id);
			fputs(">", f);
			inlines(w, n, false);
			fputs("</p>\n", f);
			break;
		case DOC_BRANCH:
			fputs("<div class=\"arm\">\n", f);
			blocks(w, n);
			fputs("</div>\n", f);
			break;
		case DOC_GROUP:
			fputs("<div", f);
			attr(w, "class", n->cls);
			fputs(">\n", f);
			blocks(w, n);
			fputs("</div>\n", f);
			break;
		case DOC_LIST:
			list(w, n);
			break;
		case DOC_TOC:
			toc(w, n);
			break;
		case DOC_TABLE:
			table(w, n);
			break;
		case DOC_KV:
			kv(w, n);
			break;
		case DOC_FIGURE:
			figure(w, &n->as.figure);
			break;
		case DOC_FINDING:
			finding(w, n);
			break;
		default:
			break;
		}
	}
}

/* ---- the page -------------------------------------------------------------------------------- */

/* The stylesheet: the page on screen, then print (A4, landscape pages
 * for "wide" sections, a page per appendix, report and diagram). */
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
	/* review marks (handbook.c): a column the act lacks, a cell a
	   finding is about, the note of what the act prints */
	"table.a1 .gap{background:#ececec;border-style:dashed}\n"
	"table.a1 td.review,table.a1 th.review{border:2px dashed #000}\n"
	"span.review{font-size:9pt;font-weight:normal}\n"
	"p.review{margin:.2em 0 .8em;padding-left:.5em;border-left:2px dashed #000}\n"
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

/* The page: the head (language, policy, title, stylesheet), then the
 * tree as its body. */
bool doc_write_html(FILE *f, const struct doc *d)
{
	struct hw w = { f, false };
	fputs("<!DOCTYPE html>\n<html", f);
	attr(&w, "lang", d->lang);
	fputs(">\n<head>\n<meta charset=\"utf-8\">\n"
	      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
	      "style-src 'unsafe-inline'; img-src data:\">\n"
	      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
	      "<meta name=\"generator\" content=\"reglc\">\n<title>", f);
	put_html(f, d->title);
	fputs("</title>\n<style>\n", f);
	fputs(css, f);
	fputs("</style>\n</head>\n<body>\n", f);
	blocks(&w, &d->root);
	fputs("</body>\n</html>\n", f);
	return !ferror(f) && !w.failed;
}
