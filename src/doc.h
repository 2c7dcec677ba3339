/*
 * doc.h — a document as a tree, whatever format it is written in.
 *
 * The handbook (handbook.h) is built once as a tree of blocks (sections,
 * headings, paragraphs, branches, lists, tables, figures, findings) and
 * inline runs (text, bold, italic, links, anchors, line breaks, finding
 * marks); a writer walks the tree and writes one format (doc_html.c,
 * doc_md.c).  A writer is the only place that knows its format's syntax
 * and escaping, and what it adds of its own (the HTML head and CSS, the
 * Markdown quote markers of a branch); a new format is a new writer.
 *
 * Contract:
 *  - Nodes live in the arena given to doc_new and are freed with it.  The
 *    tree borrows every string it is given (texts, ids, class names,
 *    the SVG of a figure): each must live as long as the tree — a
 *    literal, a text of the model, or a copy made by doc_strf.
 *  - Text is text: a writer escapes every DOC_TEXT (and a label, a title,
 *    a code) for its format, so no text can become markup; nothing in the
 *    tree is markup of any format.  Anchor ids ("r-<route>-n3") and file
 *    names are ASCII names a writer prints as they are.
 *  - Class names (`cls`) are style names, space-separated ("appendix
 *    wide"): the HTML writer's stylesheet knows those the handbook uses;
 *    a format without styles ignores them.  What a node means for the page
 *    (a section that starts a page, a landscape section, a table split into
 *    parts, a group kept on one page) is said by fields, not by classes.
 *  - Each builder appends a new node as the last child of its parent and
 *    returns it; what a parent may hold is written at each kind below
 *    (a builder called on a wrong parent is a bug: it asserts).
 *  - Writers are deterministic and return false when a write fails or the
 *    document is incomplete (a figure Graphviz could not draw).
 */
#ifndef REGLC_DOC_H
#define REGLC_DOC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "sb.h"

struct arena;

/* What a node is. */
enum doc_kind {
	DOC_DOCUMENT, /* the root (kids: blocks) */
	/* blocks */
	DOC_SECTION,  /* a part of the document (kids: blocks) */
	DOC_HEADING,  /* a heading (kids: inline) */
	DOC_PARA,     /* a paragraph (kids: inline) */
	DOC_BRANCH,   /* a branch of a decision, set off from the text
			 around it (kids: blocks) */
	DOC_GROUP,    /* blocks printed together, on one page (kids: blocks) */
	DOC_LIST,     /* a bulleted list (kids: DOC_ITEM) */
	DOC_TOC,      /* the table of contents (kids: DOC_ITEM) */
	DOC_TABLE,    /* a table (kids: DOC_ROW) */
	DOC_KV,       /* a table of labels and their values (kids: DOC_KV_ROW) */
	DOC_FIGURE,   /* a diagram (no kids) */
	DOC_FINDING,  /* a numbered finding: its head line (kids: inline) and
			 its notes (as.finding.notes) */
	/* the parts of blocks */
	DOC_ITEM,     /* an item of a list or of the contents (kids: inline),
			 with its own list (as.item.sub) */
	DOC_ROW,      /* a row of a table (kids: DOC_CELL) */
	DOC_CELL,     /* a cell (kids: inline) */
	DOC_KV_ROW,   /* a label (text) and its value (kids: inline) */
	/* inline */
	DOC_TEXT,     /* text (text) */
	DOC_BOLD,     /* (kids: inline) */
	DOC_ITALIC,   /* (kids: inline) */
	DOC_LINK,     /* a link to the anchor id (kids: inline) */
	DOC_ANCHOR,   /* an anchor id inside a text (no kids) */
	DOC_BREAK,    /* a line break (no kids) */
	DOC_MARK,     /* a finding's mark after what it is about: the code
			 (text, "E0401") linking to the finding (id) */
	DOC_SPAN      /* text with a style or a language (kids: inline) */
};

/* What a section is in the document. */
enum doc_role {
	DOC_FRONT, /* the front matter: the title block */
	DOC_BODY,  /* the text proper, holding its numbered sections */
	DOC_PART   /* a section, an appendix, a report */
};

/* Section flags (doc_section). */
enum {
	DOC_PAGE_BREAK = 1u << 0, /* starts a new page (a rule in Markdown) */
	DOC_LANDSCAPE = 1u << 1   /* printed on landscape pages */
};

/* A diagram, as given to doc_figure. */
struct doc_figure {
	const char *kind;   /* its kind, as a style ("appendix-2", gv.h) */
	const char *file;   /* the stem of its image file beside the document
			       ("appendix-2.<route>.<lang>") */
	const char *ext;    /* that file's extension ("svg", "png"), or NULL
			       when no image file is built */
	const char *alt;    /* what it shows, in words (the route's title) */
	const char *svg;    /* the drawing as SVG text, or NULL */
	size_t nsvg;        /* its length */
	const char *idpfx;  /* a prefix for the ids inside the SVG, so that no
			       id appears twice in a document */
	bool failed;        /* Graphviz could not draw it: a format that shows
			       the drawing itself is incomplete */
};

struct doc;

/* A node of the tree. */
struct doc_node {
	enum doc_kind kind;
	struct doc *doc;           /* the document it belongs to */
	struct doc_node *next;     /* the next sibling, or NULL */
	struct doc_node *kids;     /* the first child, or NULL */
	struct doc_node *last;     /* the last child (for appending) */
	const char *text;          /* TEXT: the text; KV_ROW: the label; MARK:
				      the code; TOC: the title */
	const char *id;            /* the anchor the node is (SECTION, HEADING,
				      PARA, FINDING, ANCHOR) or links to (LINK,
				      MARK); NULL for none */
	const char *cls;           /* style names, or NULL */
	const char *lang;          /* LIST, SPAN: the language code of its text,
				      or NULL for the document's */
	union {
		struct {
			enum doc_role role;
			unsigned flags;    /* DOC_PAGE_BREAK, DOC_LANDSCAPE */
		} section;
		struct {
			int level;         /* 1 the title, 2 a section, 3, 4 */
		} heading;
		struct {
			size_t ncols;      /* columns of every row */
			const char **colcls; /* a style per column, or NULL when
						the columns have none */
			size_t keep;       /* leading columns (labels) repeated in
					      every printed part */
			size_t per_part;   /* at most this many of the other
					      columns per printed part (0: the
					      table is never split) */
		} table;
		struct {
			bool head;         /* the columns' headings (repeated on
					      each page) */
		} row;
		struct {
			bool head;         /* a heading cell (a label) */
		} cell;
		struct {
			const char *key, *value; /* the column headings, for the
						    formats whose tables need
						    them */
		} kv;
		struct {
			struct doc_node *sub; /* its own list (DOC_LIST), or NULL */
		} item;
		struct {
			size_t num;        /* its number, from 1 */
			bool error;        /* an error, else a warning */
			struct doc_node *notes; /* its notes (DOC_LIST), or NULL */
		} finding;
		struct doc_figure figure;
	} as;                      /* what only some kinds have */
};

/* A document. */
struct doc {
	struct arena *arena;   /* where its nodes and strings live */
	const char *lang;      /* the language code of its text ("kk", "ru") */
	const char *title;     /* its title (what a window or file shows) */
	struct doc_node root;  /* DOC_DOCUMENT: the blocks, in order */
};

/* A new, empty document in arena a. */
struct doc *doc_new(struct arena *a, const char *lang, const char *title);

/* printf into the document's arena: a string that lives as long as it. */
SB_PRINTF(2, 3) char *doc_strf(struct doc *d, const char *fmt, ...);

/* ---- blocks (parent: the root, a section, a branch or a group) ---- */

struct doc_node *doc_section(struct doc_node *p, enum doc_role role, const char *cls,
			     const char *id, unsigned flags);
struct doc_node *doc_heading(struct doc_node *p, int level, const char *id);
struct doc_node *doc_para(struct doc_node *p, const char *cls, const char *id);
struct doc_node *doc_branch(struct doc_node *p);
struct doc_node *doc_group(struct doc_node *p, const char *cls);
struct doc_node *doc_list(struct doc_node *p, const char *cls, const char *lang);
struct doc_node *doc_toc(struct doc_node *p, const char *title);
/* A table of ncols columns; rows are added with doc_row, cells with doc_cell. */
struct doc_node *doc_table(struct doc_node *p, const char *cls, size_t ncols);
/* The style of column i of table t. */
void doc_table_col(struct doc_node *t, size_t i, const char *cls);
/* In print, table t is split into parts of at most per_part columns
 * after its first keep columns, which every part repeats. */
void doc_table_parts(struct doc_node *t, size_t keep, size_t per_part);
struct doc_node *doc_kv(struct doc_node *p, const char *key, const char *value);
struct doc_node *doc_figure(struct doc_node *p, const struct doc_figure *f);
struct doc_node *doc_finding(struct doc_node *p, size_t num, bool error, const char *id);

/* ---- the parts of blocks ---- */

/* An item of a list or of the contents. */
struct doc_node *doc_item(struct doc_node *list);
/* The list nested in an item (made on the first call). */
struct doc_node *doc_sublist(struct doc_node *item);
struct doc_node *doc_row(struct doc_node *table, const char *cls, bool head);
struct doc_node *doc_cell(struct doc_node *row, const char *cls, bool head);
/* A row of a DOC_KV: the label; its value is the row's inline kids. */
struct doc_node *doc_kv_row(struct doc_node *kv, const char *label);
/* The notes of a finding (made on the first call). */
struct doc_node *doc_notes(struct doc_node *finding, const char *cls, const char *lang);

/* ---- inline (parent: a heading, paragraph, item, cell, value, finding
 * or an inline node with kids) ---- */

void doc_text(struct doc_node *p, const char *s);
/* Formatted text, copied into the document's arena. */
SB_PRINTF(2, 3) void doc_textf(struct doc_node *p, const char *fmt, ...);
struct doc_node *doc_bold(struct doc_node *p);
struct doc_node *doc_italic(struct doc_node *p);
struct doc_node *doc_link(struct doc_node *p, const char *id);
struct doc_node *doc_span(struct doc_node *p, const char *cls, const char *lang);
void doc_anchor(struct doc_node *p, const char *id);
void doc_break(struct doc_node *p);
void doc_mark(struct doc_node *p, const char *code, const char *id);

/* ---- writers ---- */

/* One self-contained HTML page: inline CSS, inline SVG, a
 * Content-Security-Policy that forbids every fetch (doc_html.c). */
bool doc_write_html(FILE *out, const struct doc *d);
/* Markdown, the diagrams as image links to the files beside it (doc_md.c). */
bool doc_write_md(FILE *out, const struct doc *d);

/* The writers' escapers, exported for tests (malloc'd results): HTML text
 * and attribute values (& < > " '), and Markdown inline text (every
 * character Markdown could read as markup is backslash-escaped; `|` too,
 * so a table cell stays one cell; line breaks become spaces). */
char *doc_html_escape(const char *s);
char *doc_md_escape(const char *s);

#endif
