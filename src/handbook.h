/*
 * handbook.h — the printable regulation handbook (DESIGN.md §5): the whole
 * regulation as the law prints it, generated from the model, in Kazakh or
 * Russian, as one self-contained HTML file or as Markdown.
 *
 * Contract:
 *  - hb_write writes one document: the title block; the general provisions
 *    from the metadata; the procedure in legal style (numbered paragraphs
 *    and sub-paragraphs, durations in words, decisions as branches, a
 *    reused run as a reference to the sub-paragraphs it repeats); the list
 *    of participating units; Appendix 1 (per route, the step table in the
 *    legal layout: rows 1 number, 2 structural unit, 3 action, 4 completion
 *    form, 5 term, one column per step of a structural unit); Appendices
 *    2 and 3 (the diagrams of gv.h, inline SVG in HTML, image links to the
 *    files beside it in Markdown); the timing report per route; and every
 *    finding of the file, each linking to the step it concerns.
 *  - Every user text is escaped for the format (hb_escape_html,
 *    hb_escape_md): it can never become markup.  The HTML loads nothing:
 *    CSS is inline, diagrams are inline SVG, and a Content-Security-Policy
 *    forbids every fetch.
 *  - Output is deterministic: the same model, findings and Graphviz give
 *    the same bytes.  Anchors are stable: "r-<route>" for a route,
 *    "r-<route>-n<node index>" for a step or decision, "a1-<route>-<col>"
 *    for an Appendix 1 column, "t-<route>" for its timing report, "f<k>"
 *    for the k-th finding.
 *  - It reads one view (view.h): the numbering, texts, timing and findings
 *    every other output shows too, so the handbook says what the diagrams
 *    and `check` say; its findings are in the document's language.
 */
#ifndef REGLC_HANDBOOK_H
#define REGLC_HANDBOOK_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "lang.h"

struct view;

enum hb_format {
	HB_HTML, /* one self-contained, printable HTML file */
	HB_MD    /* Markdown, diagrams as links to the files beside it */
};

/* A drawing of a route, as SVG (gv.h): laid out once per build, written
 * to its file and shown inline in the HTML handbook. */
struct hb_figure {
	const char *svg;  /* NULL: Graphviz could not draw it */
	size_t n;
};

/* What one handbook is made of. */
struct hb_input {
	const struct view *view;             /* the regulation in the document's
						language: texts, numbering,
						timing, findings */
	const struct hb_figure *figures;     /* HTML: [route * GV__KINDS + kind]
						(only the kinds the route has);
						NULL leaves the drawings out */
	const char *image_ext;               /* Markdown: the extension of the
						diagram files beside it ("svg",
						"png"), or NULL for no images */
};

/* Write the handbook; false when a write to out fails or Graphviz cannot
 * draw a diagram (the document is then incomplete). */
bool hb_write(FILE *out, enum hb_format f, const struct hb_input *in);

/* The escapers (malloc'd results), exported for tests: HTML text and
 * attribute values (& < > " '), and Markdown inline text (every character
 * Markdown could read as markup is backslash-escaped; `|` too, so a table
 * cell stays one cell; line breaks become spaces). */
char *hb_escape_html(const char *s);
char *hb_escape_md(const char *s);

#endif
