/*
 * doc_md.c — a document tree as Markdown (doc.h).
 *
 * GitHub-flavoured Markdown with the few HTML elements it allows for what
 * it has no syntax for: anchors are empty <a id> elements before what they
 * name, and a line break in a table cell is <br>.  A branch of a decision
 * is a blockquote, one level deeper per nested branch; a section that
 * starts a page begins with a thematic break; a figure is an image link to
 * its file beside the document.  Styles, languages and the print layout
 * (landscape pages, parts of wide tables, groups kept on one page) have no
 * Markdown and are left out.  Every text of the tree is escaped here: a
 * backslash before every character that could start markup.
 */
#include "doc.h"

#include <string.h>

#include "arena.h"

/* The writer's state. */
struct mw {
	FILE *f;
	int depth;    /* blockquote depth: the branches the text is in */
};

/* ---- escaping -------------------------------------------------------------------- */

/*
 * A backslash before every ASCII character that could open markup
 * anywhere in a line (emphasis, code, links, images, autolinks and raw
 * HTML, entities, table cells, headings' closing #, strike-through); line
 * breaks and tabs become spaces, so a text never starts a line (the
 * writer always writes something of its own first).
 */
static void put_md(FILE *f, const char *s)
{
	for (;;) {
		size_t n = strcspn(s, "\\`*_[]<>|#&~!\n\r\t");
		fwrite(s, 1, n, f);
		s += n;
		switch (*s) {
		case '\0':
			return;
		case '\n': case '\r': case '\t':
			fputc(' ', f);
			break;
		default:
			fputc('\\', f);
			fputc(*s, f);
		}
		s++;
	}
}

char *doc_md_escape(const char *s)
{
	char *buf = NULL;
	size_t n = 0;
	FILE *m = open_memstream(&buf, &n);
	if (!m)
		return xstrdup("");
	put_md(m, s);
	fclose(m);
	return buf ? buf : xstrdup("");
}

/* The start of a line in the current branches ("> > "). */
static void quote(struct mw *w)
{
	for (int i = 0; i < w->depth; i++)
		fputs("> ", w->f);
}

/* The end of a paragraph: its line, and an empty one (quoted, in a
 * branch, so the quote goes on). */
static void para_end(struct mw *w)
{
	fputs("\n", w->f);
	for (int i = 0; i < w->depth; i++)
		fputs(i ? " >" : ">", w->f);
	fputs("\n", w->f);
}

static void anchor(struct mw *w, const char *id)
{
	fprintf(w->f, "<a id=\"%s\"></a>", id);
}

/* ---- inline ---------------------------------------------------------------------------- */

/* The inline kids of p; in a table cell a line break is <br>, elsewhere
 * a hard break (two spaces) that goes on in the same branches. */
static void inlines(struct mw *w, const struct doc_node *p, bool cell)
{
	FILE *f = w->f;
	for (const struct doc_node *n = p->kids; n; n = n->next) {
		switch (n->kind) {
		case DOC_TEXT:
			put_md(f, n->text);
			break;
		case DOC_BOLD:
			fputs("**", f);
			inlines(w, n, cell);
			fputs("**", f);
			break;
		case DOC_ITALIC:
			fputs("*", f);
			inlines(w, n, cell);
			fputs("*", f);
			break;
		case DOC_LINK:
			fputs("[", f);
			inlines(w, n, cell);
			fprintf(f, "](#%s)", n->id);
			break;
		case DOC_ANCHOR:
			anchor(w, n->id);
			break;
		case DOC_BREAK:
			if (cell) {
				fputs("<br>", f);
			} else {
				fputs("  \n", f);
				quote(w);
			}
			break;
		case DOC_MARK:
			fputs(" [⚠ ", f);
			put_md(f, n->text);
			fprintf(f, "](#%s)", n->id);
			break;
		case DOC_SPAN:
			inlines(w, n, cell);
			break;
		default:
			break;
		}
	}
}

/* ---- tables ------------------------------------------------------------------------------ */

/* The delimiter row after a table's first row, which Markdown takes for
 * the columns' headings. */
static void delimiter(struct mw *w, size_t ncols)
{
	quote(w);
	fputs("|", w->f);
	for (size_t i = 0; i < ncols; i++)
		fputs("---|", w->f);
	fputs("\n", w->f);
}

/* A table, never split: its rows as they come, the first one heading. */
static void table(struct mw *w, const struct doc_node *t)
{
	for (const struct doc_node *r = t->kids; r; r = r->next) {
		quote(w);
		fputs("|", w->f);
		for (const struct doc_node *c = r->kids; c; c = c->next) {
			fputs(" ", w->f);
			inlines(w, c, true);
			fputs(" |", w->f);
		}
		fputs("\n", w->f);
		if (r == t->kids)
			delimiter(w, t->as.table.ncols);
	}
	fputs("\n", w->f);
}

/* A table of labels and values, under the headings Markdown needs. */
static void kv(struct mw *w, const struct doc_node *t)
{
	quote(w);
	fputs("| ", w->f);
	put_md(w->f, t->as.kv.key);
	fputs(" | ", w->f);
	put_md(w->f, t->as.kv.value);
	fputs(" |\n", w->f);
	delimiter(w, 2);
	for (const struct doc_node *r = t->kids; r; r = r->next) {
		quote(w);
		fputs("| ", w->f);
		put_md(w->f, r->text);
		fputs(" | ", w->f);
		inlines(w, r, true);
		fputs(" |\n", w->f);
	}
	fputs("\n", w->f);
}

/* ---- blocks ------------------------------------------------------------------------------- */

/* The items of a list, a nested list indented under its item. */
static void items(struct mw *w, const struct doc_node *l, int indent)
{
	for (const struct doc_node *i = l->kids; i; i = i->next) {
		quote(w);
		fprintf(w->f, "%*s- ", indent, "");
		inlines(w, i, false);
		fputs("\n", w->f);
		if (i->as.item.sub)
			items(w, i->as.item.sub, indent + 2);
	}
}

/* A list, with the empty line that ends it. */
static void list(struct mw *w, const struct doc_node *l)
{
	items(w, l, 0);
	fputs("\n", w->f);
}

/* An image link to the figure's file, or its name when no image is built. */
static void figure(struct mw *w, const struct doc_figure *g)
{
	quote(w);
	if (g->ext) {
		fputs("![", w->f);
		put_md(w->f, g->alt);
		fprintf(w->f, "](%s.%s)", g->file, g->ext);
	} else {
		fprintf(w->f, "`%s`", g->file);
	}
	para_end(w);
}

/*
 * The block kids of p.  An anchor with an id goes before what it names:
 * on a line of its own before a section, heading or finding, at the
 * start of a paragraph.  A branch ends with an empty line, which closes
 * its quote.
 */
static void blocks(struct mw *w, const struct doc_node *p)
{
	FILE *f = w->f;
	for (const struct doc_node *n = p->kids; n; n = n->next) {
		switch (n->kind) {
		case DOC_SECTION:
			if (n->id) {
				anchor(w, n->id);
				fputs("\n\n", f);
			}
			if (n->as.section.flags & DOC_PAGE_BREAK)
				fputs("---\n\n", f);
			blocks(w, n);
			break;
		case DOC_HEADING:
			if (n->id) {
				anchor(w, n->id);
				fputs("\n\n", f);
			}
			for (int i = 0; i < n->as.heading.level; i++)
				fputs("#", f);
			fputs(" ", f);
			inlines(w, n, false);
			fputs("\n\n", f);
			break;
		case DOC_PARA:
			quote(w);
			if (n->id)
				anchor(w, n->id);
			inlines(w, n, false);
			para_end(w);
			break;
		case DOC_BRANCH:
			w->depth++;
			blocks(w, n);
			w->depth--;
			fputs("\n", f);
			break;
		case DOC_GROUP:
			blocks(w, n);
			break;
		case DOC_LIST:
			list(w, n);
			break;
		case DOC_TOC:
			quote(w);
			fputs("**", f);
			put_md(f, n->text);
			fputs("**", f);
			para_end(w);
			list(w, n);
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
			/* The number escaped: the line is no ordered list. */
			if (n->id) {
				anchor(w, n->id);
				fputs("\n\n", f);
			}
			quote(w);
			fprintf(f, "%zu\\. ", n->as.finding.num);
			inlines(w, n, false);
			para_end(w);
			if (n->as.finding.notes)
				list(w, n->as.finding.notes);
			break;
		default:
			break;
		}
	}
}

/* Markdown has no head: the document starts with its front matter. */
bool doc_write_md(FILE *f, const struct doc *d)
{
	struct mw w = { f, 0 };
	blocks(&w, &d->root);
	return !ferror(f);
}
