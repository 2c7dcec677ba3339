/*
 * output.c — the table of what `reglc build` writes (output.h).
 *
 * The drawing formats are Graphviz's renderers: the graph built once per
 * diagram (gv.c) is laid out once and rendered into each format asked
 * for; SVG is rendered once to memory and that text is both the .svg file
 * and the figure the HTML handbook shows.  A document is built once as a
 * tree (handbook.c) and written by its format's writer (doc.h).
 */
#include "output.h"

#include <string.h>

#include "arena.h"
#include "doc.h"
#include "view.h"

static bool write_svg(FILE *out, const struct output_job *j)
{
	if (j->svg)
		return j->svg->svg && fwrite(j->svg->svg, 1, j->svg->n, out) == j->svg->n;
	return gv_write(j->diagram, GV_SVG, out);
}

static bool write_png(FILE *out, const struct output_job *j)
{
	return gv_write(j->diagram, GV_PNG, out);
}

static bool write_pdf(FILE *out, const struct output_job *j)
{
	return gv_write(j->diagram, GV_PDF, out);
}

static bool write_dot(FILE *out, const struct output_job *j)
{
	return gv_write(j->diagram, GV_DOT, out);
}

/* The handbook of the job, built and written by w; the tree lives in an
 * arena of its own for the time of the write. */
static bool write_handbook(FILE *out, const struct output_job *j,
			   bool (*w)(FILE *, const struct doc *))
{
	struct arena a;
	arena_init(&a);
	struct hb_input in = { j->view, j->figures, j->image_ext };
	bool ok = w(out, hb_document(&in, &a));
	arena_free(&a);
	return ok;
}

static bool write_html(FILE *out, const struct output_job *j)
{
	return write_handbook(out, j, doc_write_html);
}

static bool write_md(FILE *out, const struct output_job *j)
{
	return write_handbook(out, j, doc_write_md);
}

const struct output output_table[] = {
	{ "svg", OUT_DRAWING, "the diagram as SVG (for reading; the handbook shows the same drawing)",
	  OUT_NEEDS_DRAWING | OUT_NEEDS_LAYOUT, GV_SVG, true, write_svg },
	{ "png", OUT_DRAWING, "the diagram as PNG",
	  OUT_NEEDS_DRAWING | OUT_NEEDS_LAYOUT, GV_PNG, false, write_png },
	{ "pdf", OUT_DRAWING, "the diagram as PDF (for print)",
	  OUT_NEEDS_DRAWING | OUT_NEEDS_LAYOUT, GV_PDF, false, write_pdf },
	{ "dot", OUT_DRAWING, "the graph as DOT, before layout (for reviewing changes as text)",
	  OUT_NEEDS_DRAWING, GV_DOT, false, write_dot },
	{ "html", OUT_DOCUMENT, "the handbook: the whole regulation, one printable self-contained file",
	  OUT_NEEDS_FIGURES, GV_SVG, true, write_html },
	{ "md", OUT_DOCUMENT, "the handbook in Markdown, the diagrams as links to the image files",
	  OUT_NEEDS_IMAGES, -1, true, write_md },
};

const size_t output_count = sizeof output_table / sizeof output_table[0];

const struct output *output_find(const char *name, size_t len)
{
	for (size_t i = 0; i < output_count; i++)
		if (strlen(output_table[i].name) == len && strncmp(output_table[i].name, name, len) == 0)
			return &output_table[i];
	return NULL;
}

void output_names(char *buf, size_t n)
{
	size_t k = 0;
	if (n)
		buf[0] = '\0';
	for (size_t i = 0; i < output_count && k < n; i++) {
		int w = snprintf(buf + k, n - k, "%s%s", i ? ", " : "", output_table[i].name);
		if (w < 0)
			break;
		k += (size_t)w;
	}
}

void output_list(FILE *out)
{
	fputs("| `-T` | file | what it is | default |\n|---|---|---|---|\n", out);
	for (size_t i = 0; i < output_count; i++) {
		const struct output *o = &output_table[i];
		if (o->scope == OUT_DRAWING)
			fprintf(out, "| `%s` | `<diagram>.<route>.<lang>.%s` | %s | %s |\n", o->name,
				o->name, o->what, o->deflt ? "yes" : "no");
		else
			fprintf(out, "| `%s` | `handbook.<lang>.%s` | %s | %s |\n", o->name, o->name,
				o->what, o->deflt ? "yes" : "no");
	}
}
