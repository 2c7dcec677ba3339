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
 *  - The model must be structurally valid (driver: unit.structural).  The
 *    findings are copied from the diagnostics sink before they are printed
 *    (hb_findings_take), so the handbook shows exactly what `check` says.
 */
#ifndef REGLC_HANDBOOK_H
#define REGLC_HANDBOOK_H

#include <stdbool.h>
#include <stdio.h>

#include "lang.h"

struct calendar;
struct diags;
struct gv;
struct m_reg;

/* The findings of one file, copied out of the sink. */
struct hb_findings;

/* Copy the pending diagnostics of d (call diag_settle first, so they are
 * sorted and without duplicates); d is not changed. */
struct hb_findings *hb_findings_take(const struct diags *d);
void hb_findings_free(struct hb_findings *f);

enum hb_format {
	HB_HTML, /* one self-contained, printable HTML file */
	HB_MD    /* Markdown, diagrams as links to the files beside it */
};

/* What one handbook is made of. */
struct hb_input {
	const struct m_reg *reg;             /* structurally valid */
	const struct calendar *cal;          /* for the timing report */
	const struct hb_findings *findings;  /* NULL: none */
	const char *const *route_names;      /* file-name form of each route id,
						as cmd_build names the diagrams */
	struct gv *gv;                       /* HTML: draws the diagrams inline;
						NULL leaves them out */
	const char *image_ext;               /* Markdown: the extension of the
						diagram files beside it ("svg",
						"png"), or NULL for no images */
	enum lang lang;
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
