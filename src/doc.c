/*
 * doc.c — building a document tree (see doc.h).
 *
 * Every builder is one allocation in the document's arena and one append
 * to a child list kept with its last element, so building costs about
 * what printing the same text did.  The writers are in doc_html.c and
 * doc_md.c.
 */
#include "doc.h"

#include <assert.h>
#include <stdarg.h>

#include "arena.h"

#ifndef NDEBUG
/* What a node of kind k may hold: the kind of its kids (a block, an
 * inline run, an item, a row, a cell, a label and value). */
enum holds { H_NOTHING, H_BLOCKS, H_INLINE, H_ITEMS, H_ROWS, H_CELLS, H_KV_ROWS };

static enum holds holds(enum doc_kind k)
{
	switch (k) {
	case DOC_DOCUMENT: case DOC_SECTION: case DOC_BRANCH: case DOC_GROUP:
		return H_BLOCKS;
	case DOC_HEADING: case DOC_PARA: case DOC_FINDING: case DOC_ITEM: case DOC_CELL:
	case DOC_KV_ROW: case DOC_BOLD: case DOC_ITALIC: case DOC_LINK: case DOC_SPAN:
		return H_INLINE;
	case DOC_LIST: case DOC_TOC:
		return H_ITEMS;
	case DOC_TABLE:
		return H_ROWS;
	case DOC_ROW:
		return H_CELLS;
	case DOC_KV:
		return H_KV_ROWS;
	case DOC_FIGURE: case DOC_TEXT: case DOC_ANCHOR: case DOC_BREAK: case DOC_MARK:
		return H_NOTHING;
	}
	return H_NOTHING;
}

/* What a node of kind k is, as a kid: the parent's holds() it needs. */
static enum holds is(enum doc_kind k)
{
	switch (k) {
	case DOC_ITEM: return H_ITEMS;
	case DOC_ROW: return H_ROWS;
	case DOC_CELL: return H_CELLS;
	case DOC_KV_ROW: return H_KV_ROWS;
	case DOC_TEXT: case DOC_BOLD: case DOC_ITALIC: case DOC_LINK: case DOC_ANCHOR:
	case DOC_BREAK: case DOC_MARK: case DOC_SPAN:
		return H_INLINE;
	default:
		return H_BLOCKS;
	}
}

#endif

/* A new node of kind k, the last kid of p.  The assertion is the tree's
 * grammar: a writer may rely on every node holding what doc.h says. */
static struct doc_node *add(struct doc_node *p, enum doc_kind k)
{
	assert(holds(p->kind) == is(k));
	struct doc_node *n = arena_alloc(p->doc->arena, sizeof *n);
	n->kind = k;
	n->doc = p->doc;
	if (p->last)
		p->last->next = n;
	else
		p->kids = n;
	p->last = n;
	return n;
}

/* A node that is no kid of any (a nested list, a finding's notes). */
static struct doc_node *alone(struct doc *d, enum doc_kind k)
{
	struct doc_node *n = arena_alloc(d->arena, sizeof *n);
	n->kind = k;
	n->doc = d;
	return n;
}

/* The document and its root in the arena: nothing to free but the arena. */
struct doc *doc_new(struct arena *a, const char *lang, const char *title)
{
	struct doc *d = arena_alloc(a, sizeof *d);
	d->arena = a;
	d->lang = lang;
	d->title = title;
	d->root.kind = DOC_DOCUMENT;
	d->root.doc = d;
	return d;
}

/* vsnprintf into the arena: once when the text fits a small buffer (most
 * do), twice otherwise. */
static char *vstrf(struct doc *d, const char *fmt, va_list ap)
{
	char small[256];
	va_list ap2;
	va_copy(ap2, ap);
	int n = vsnprintf(small, sizeof small, fmt, ap2);
	va_end(ap2);
	if (n < 0)
		n = 0;
	if ((size_t)n < sizeof small)
		return arena_strndup(d->arena, small, (size_t)n);
	char *s = arena_alloc(d->arena, (size_t)n + 1);
	vsnprintf(s, (size_t)n + 1, fmt, ap);
	return s;
}

char *doc_strf(struct doc *d, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *s = vstrf(d, fmt, ap);
	va_end(ap);
	return s;
}

/* ---- blocks ---- */

struct doc_node *doc_section(struct doc_node *p, enum doc_role role, const char *cls,
			     const char *id, unsigned flags)
{
	struct doc_node *n = add(p, DOC_SECTION);
	n->as.section.role = role;
	n->as.section.flags = flags;
	n->cls = cls;
	n->id = id;
	return n;
}

struct doc_node *doc_heading(struct doc_node *p, int level, const char *id)
{
	struct doc_node *n = add(p, DOC_HEADING);
	n->as.heading.level = level;
	n->id = id;
	return n;
}

struct doc_node *doc_para(struct doc_node *p, const char *cls, const char *id)
{
	struct doc_node *n = add(p, DOC_PARA);
	n->cls = cls;
	n->id = id;
	return n;
}

struct doc_node *doc_branch(struct doc_node *p)
{
	return add(p, DOC_BRANCH);
}

struct doc_node *doc_group(struct doc_node *p, const char *cls)
{
	struct doc_node *n = add(p, DOC_GROUP);
	n->cls = cls;
	return n;
}

struct doc_node *doc_list(struct doc_node *p, const char *cls, const char *lang)
{
	struct doc_node *n = add(p, DOC_LIST);
	n->cls = cls;
	n->lang = lang;
	return n;
}

struct doc_node *doc_toc(struct doc_node *p, const char *title)
{
	struct doc_node *n = add(p, DOC_TOC);
	n->text = title;
	return n;
}

struct doc_node *doc_table(struct doc_node *p, const char *cls, size_t ncols)
{
	struct doc_node *n = add(p, DOC_TABLE);
	n->cls = cls;
	n->as.table.ncols = ncols;
	return n;
}

/* The columns' styles are made on the first call: a table none of whose
 * columns has a style keeps colcls NULL, and writers declare no columns. */
void doc_table_col(struct doc_node *t, size_t i, const char *cls)
{
	assert(t->kind == DOC_TABLE && i < t->as.table.ncols);
	if (!t->as.table.colcls)
		t->as.table.colcls =
			arena_alloc(t->doc->arena, t->as.table.ncols * sizeof *t->as.table.colcls);
	t->as.table.colcls[i] = cls;
}

void doc_table_parts(struct doc_node *t, size_t keep, size_t per_part)
{
	assert(t->kind == DOC_TABLE && keep <= t->as.table.ncols);
	t->as.table.keep = keep;
	t->as.table.per_part = per_part;
}

struct doc_node *doc_kv(struct doc_node *p, const char *key, const char *value)
{
	struct doc_node *n = add(p, DOC_KV);
	n->as.kv.key = key;
	n->as.kv.value = value;
	return n;
}

struct doc_node *doc_figure(struct doc_node *p, const struct doc_figure *f)
{
	struct doc_node *n = add(p, DOC_FIGURE);
	n->as.figure = *f;
	return n;
}

struct doc_node *doc_finding(struct doc_node *p, size_t num, bool error, const char *id)
{
	struct doc_node *n = add(p, DOC_FINDING);
	n->as.finding.num = num;
	n->as.finding.error = error;
	n->id = id;
	return n;
}

/* ---- the parts of blocks ---- */

struct doc_node *doc_item(struct doc_node *list)
{
	return add(list, DOC_ITEM);
}

/* A nested list is no kid of its item (an item holds inline runs): it
 * hangs from the item, and the writers put it after the item's text. */
struct doc_node *doc_sublist(struct doc_node *item)
{
	assert(item->kind == DOC_ITEM);
	if (!item->as.item.sub)
		item->as.item.sub = alone(item->doc, DOC_LIST);
	return item->as.item.sub;
}

struct doc_node *doc_row(struct doc_node *table, const char *cls, bool head)
{
	struct doc_node *n = add(table, DOC_ROW);
	n->cls = cls;
	n->as.row.head = head;
	return n;
}

struct doc_node *doc_cell(struct doc_node *row, const char *cls, bool head)
{
	struct doc_node *n = add(row, DOC_CELL);
	n->cls = cls;
	n->as.cell.head = head;
	return n;
}

struct doc_node *doc_kv_row(struct doc_node *kv, const char *label)
{
	struct doc_node *n = add(kv, DOC_KV_ROW);
	n->text = label;
	return n;
}

/* A finding's notes hang from it like a nested list from its item; cls
 * and lang are those of the first call. */
struct doc_node *doc_notes(struct doc_node *finding, const char *cls, const char *lang)
{
	assert(finding->kind == DOC_FINDING);
	struct doc_node *n = finding->as.finding.notes;
	if (!n) {
		n = finding->as.finding.notes = alone(finding->doc, DOC_LIST);
		n->cls = cls;
		n->lang = lang;
	}
	return n;
}

/* ---- inline ---- */

/* The text is borrowed (doc.h): most are literals or the model's. */
void doc_text(struct doc_node *p, const char *s)
{
	add(p, DOC_TEXT)->text = s;
}

void doc_textf(struct doc_node *p, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *s = vstrf(p->doc, fmt, ap);
	va_end(ap);
	add(p, DOC_TEXT)->text = s;
}

struct doc_node *doc_bold(struct doc_node *p)
{
	return add(p, DOC_BOLD);
}

struct doc_node *doc_italic(struct doc_node *p)
{
	return add(p, DOC_ITALIC);
}

struct doc_node *doc_link(struct doc_node *p, const char *id)
{
	struct doc_node *n = add(p, DOC_LINK);
	n->id = id;
	return n;
}

struct doc_node *doc_span(struct doc_node *p, const char *cls, const char *lang)
{
	struct doc_node *n = add(p, DOC_SPAN);
	n->cls = cls;
	n->lang = lang;
	return n;
}

void doc_anchor(struct doc_node *p, const char *id)
{
	add(p, DOC_ANCHOR)->id = id;
}

void doc_break(struct doc_node *p)
{
	add(p, DOC_BREAK);
}

void doc_mark(struct doc_node *p, const char *code, const char *id)
{
	struct doc_node *n = add(p, DOC_MARK);
	n->text = code;
	n->id = id;
}
