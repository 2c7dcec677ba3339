/*
 * gv.h — the diagrams of a route (DESIGN.md §5), built with libcgraph and
 * laid out and rendered in-process with libgvc.  The only module that
 * includes Graphviz headers.
 *
 * Contract:
 *  - One struct gv per process (gv_open ... gv_close): it owns the one
 *    GVC_t, routes the library's messages into gv_messages instead of
 *    stderr, and refuses to start without the dot layout and a text
 *    layout that measures real glyphs (pango), so Kazakh letters get the
 *    width they are drawn with.
 *  - gv_build makes one diagram of one route of a view (view.h: one
 *    language, the walk, the lanes and what is critical, computed once
 *    for every output); it reads the model's timing (route->timing[])
 *    but never changes the model or the view.  gv_write renders it: DOT is the graph as
 *    built (no layout attributes, so it is stable across fonts and
 *    Graphviz versions and `dot -Tsvg` reproduces the picture); SVG, PNG
 *    and PDF share one layout, made on the first of them.
 *  - Output is deterministic: nodes are named n<index of the model node>,
 *    lanes h<k>/f<k> in lane order, attributes declared in one fixed order,
 *    objects created in one fixed order.
 *  - User text is escaped for the label kind it goes into (HTML-like or
 *    plain escString): quotes, `&`, `<`, and backslash sequences such as
 *    `\N` and `\G` appear literally.
 */
#ifndef REGLC_GV_H
#define REGLC_GV_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "lang.h"

struct m_reg;
struct m_route;
struct view;

/* The diagrams. */
enum gv_kind {
	GV_BLOCK,   /* Appendix 2: the block diagram */
	GV_LANES,   /* Appendix 3: the swimlane handbook of business processes */
	GV_SYSTEMS, /* the information systems interaction diagram */
	GV__KINDS
};

/* The output formats. */
enum gv_format {
	GV_SVG,
	GV_PNG,
	GV_PDF,
	GV_DOT,
	GV__FORMATS
};

/* "appendix-2", "appendix-3", "systems": the file name stem of a kind. */
const char *gv_kind_name(enum gv_kind k);
/* "svg", "png", "pdf", "dot": the extension and the -T name. */
const char *gv_format_name(enum gv_format f);
/* Whether route r has a diagram of kind k (systems: a step or decision of
 * a system actor). */
bool gv_route_has(const struct m_route *r, enum gv_kind k);

struct gv;

/*
 * Start Graphviz for a process that will write the formats in the bit mask
 * `formats` (bit f for enum gv_format f).  NULL, with the reason in
 * err[0..errn), when the dot layout, the pango text layout or a renderer
 * for a requested format is missing.
 */
struct gv *gv_open(unsigned formats, char *err, size_t errn);
void gv_close(struct gv *gv);
/* The version of the Graphviz library reglc runs with (gvcVersion), for
 * `reglc --version`, into buf[0..n). */
void gv_version(char *buf, size_t n);

/*
 * What Graphviz reported since the last call (warnings and errors, one per
 * line, without a trailing newline), or NULL when nothing.  The text lives
 * until the next call into this module.
 */
const char *gv_messages(struct gv *gv);

struct gv_diagram;

/* Build diagram k of the view's route number `route` (view.h: the view's
 * language, texts, walk and lanes); NULL (and a message in gv_messages)
 * when Graphviz refuses the graph. */
struct gv_diagram *gv_build(struct gv *gv, const struct view *v, size_t route,
			    enum gv_kind k);
/* Render d as f into out; false when Graphviz or the stream fails. */
bool gv_write(struct gv_diagram *d, enum gv_format f, FILE *out);
void gv_free(struct gv_diagram *d);

/*
 * The escapers, for tests: a malloc'd copy of s escaped for an HTML-like
 * label (&, <, >, " as entities; a backslash kept out of reach of
 * Graphviz's \N-style expansion) or for a plain escString label (a
 * backslash doubled, & as &amp;; agwrite escapes quotes when it writes).
 */
char *gv_escape_html(const char *s);
char *gv_escape_plain(const char *s);

#endif
