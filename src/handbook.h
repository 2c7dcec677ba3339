/*
 * handbook.h — the printable regulation handbook (DESIGN.md §5): the whole
 * regulation as the law prints it, generated from the model, in Kazakh or
 * Russian, as a document tree (doc.h) that doc_write_html makes one
 * self-contained HTML file of and doc_write_md Markdown.
 *
 * Contract:
 *  - hb_document builds one document: the title block; the contents; the
 *    general provisions from the metadata; the procedure in legal style
 *    (numbered paragraphs and sub-paragraphs, durations in words,
 *    decisions as branches, a reused run as a reference to the
 *    sub-paragraphs it repeats); the list of participating units; Appendix
 *    1 (per route, the step table in the legal layout: rows 1 number, 2
 *    structural unit, 3 action, 4 completion form, 5 term, one column per
 *    step of a structural unit, split into parts of at most 7 columns in
 *    print); Appendices 2 and 3 (the diagrams of gv.h: the SVG the build
 *    drew, and the image files beside the document); the timing report
 *    per route; and every finding of the file, each linking to the step it
 *    concerns.
 *  - It knows no format: every text, the regulation's and its own, is a
 *    text node the writers escape (doc.h), so no user text can become
 *    markup.
 *  - The tree is deterministic: the same model, findings and drawings give
 *    the same tree, and the writers the same bytes.  Anchors are stable:
 *    "r-<route>" for a route, "r-<route>-n<node index>" for a step or
 *    decision, "a1-<route>-<col>" for an Appendix 1 column, "t-<route>"
 *    for its timing report, "f<k>" for the k-th finding.
 *  - It reads one view (view.h): the numbering, texts, timing and findings
 *    every other output shows too, so the handbook says what the diagrams
 *    and `check` say; its findings are in the document's language.
 */
#ifndef REGLC_HANDBOOK_H
#define REGLC_HANDBOOK_H

#include <stddef.h>

struct arena;
struct doc;
struct view;

/* A drawing of a route, as SVG (gv.h): laid out once per build, written
 * to its file and shown by the formats that show drawings (HTML). */
struct hb_figure {
	const char *svg;  /* NULL: Graphviz could not draw it */
	size_t n;
};

/* What one handbook is made of. */
struct hb_input {
	const struct view *view;             /* the regulation in the document's
						language: texts, numbering,
						timing, findings */
	const struct hb_figure *figures;     /* the drawings, [route * GV__KINDS
						+ kind] (only the kinds the route
						has); NULL: none were drawn */
	const char *image_ext;               /* the extension of the diagram
						files beside the document ("svg",
						"png"), or NULL when none is
						built */
};

/* The handbook of in, allocated in a (it lives until arena_free; it
 * borrows the view's texts and the figures' SVG, which must outlive it).
 * A figure Graphviz could not draw is marked failed in the tree: a writer
 * that shows drawings then reports the document incomplete. */
struct doc *hb_document(const struct hb_input *in, struct arena *a);

#endif
