/*
 * output.h — what `reglc build` can write, as one table.
 *
 * Graphviz registers its renderers in tables (gvplugin_installed_t: a
 * type name, a quality, the functions); reglc does the same for its
 * outputs.  Each format is one entry: its -T name (also the file's
 * extension), whether it is written per drawing or per document, what it
 * needs from the build, and its writer.  cmd_build parses -T, chooses the
 * work and names the files from the table alone; `reglc build
 * --list-formats` prints it, and docs/output.md carries that text (a test
 * keeps them equal).  A new format is a writer in its own module and one
 * entry here (docs/architecture.md).
 *
 * Contract: a writer writes one whole file to `out` and returns false
 * when it cannot (a failed write, a drawing Graphviz refused); it never
 * prints.  Writers are deterministic: the same job gives the same bytes.
 */
#ifndef REGLC_OUTPUT_H
#define REGLC_OUTPUT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "gv.h"
#include "handbook.h"

struct view;

/* What one file of an output is about. */
enum output_scope {
	OUT_DRAWING,  /* one per route, diagram kind and language:
			 <kind>.<route>.<lang>.<ext> */
	OUT_DOCUMENT  /* one per regulation and language: handbook.<lang>.<ext> */
};

/* What an output needs the build to make first (bits). */
enum {
	OUT_NEEDS_DRAWING = 1u << 0, /* the diagram as a graph (gv_build) */
	OUT_NEEDS_LAYOUT = 1u << 1,  /* ... laid out (once per diagram) */
	OUT_NEEDS_FIGURES = 1u << 2, /* every diagram of the document as SVG */
	OUT_NEEDS_IMAGES = 1u << 3,  /* image files beside it (an SVG or PNG output) */
};

/* What a writer gets. */
struct output_job {
	const struct view *view;       /* the regulation in one language */
	/* OUT_DRAWING */
	size_t route;                  /* the view's route */
	enum gv_kind kind;
	struct gv_diagram *diagram;    /* built; laid out when needed */
	const struct hb_figure *svg;   /* its SVG, when the build made it */
	/* OUT_DOCUMENT */
	const struct hb_figure *figures; /* [route * GV__KINDS + kind], or NULL */
	const char *image_ext;         /* the image files beside it, or NULL */
};

struct output {
	const char *name;         /* -T name and file extension */
	enum output_scope scope;
	const char *what;         /* one line: what the file is */
	unsigned needs;           /* OUT_NEEDS_* */
	int renderer;             /* the gv_format Graphviz must render, or -1 */
	bool deflt;               /* built when -T names no format of its scope */
	bool (*write)(FILE *out, const struct output_job *job);
};

/* The table, in the order -T lists and the build writes them. */
extern const struct output output_table[];
extern const size_t output_count;

/* The entry named name[0..len), or NULL. */
const struct output *output_find(const char *name, size_t len);

/* The names, comma-separated ("svg, png, pdf, dot, html, md"), into
 * buf[0..n): for the usage text and error messages. */
void output_names(char *buf, size_t n);

/* The table as Markdown (`reglc build --list-formats`, docs/output.md). */
void output_list(FILE *out);

#endif
