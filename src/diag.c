/*
 * diag.c — the diagnostics sink and its printers (see diag.h).
 */
#include "diag.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "source.h"

static const struct {
	const char *code;
	enum diag_sev sev;
	const char *summary;
} catalogue[] = {
#define X(e, c, s, m) { c, s, m },
	DIAG_CODES(X)
#undef X
};

const char *diag_code_name(enum diag_code c) { return catalogue[c].code; }
enum diag_sev diag_code_sev(enum diag_code c) { return catalogue[c].sev; }
const char *diag_code_summary(enum diag_code c) { return catalogue[c].summary; }

int diag_code_lookup(const char *s)
{
	for (int i = 0; i < D__COUNT; i++)
		if (strcmp(catalogue[i].code, s) == 0)
			return i;
	return -1;
}

static char *vformat(const char *fmt, va_list ap)
{
	va_list ap2;
	va_copy(ap2, ap);
	int n = vsnprintf(NULL, 0, fmt, ap2);
	va_end(ap2);
	if (n < 0)
		n = 0;
	char *s = xmalloc((size_t)n + 1);
	vsnprintf(s, (size_t)n + 1, fmt, ap);
	return s;
}

void diag_init(struct diags *d, enum diag_format fmt, FILE *out)
{
	memset(d, 0, sizeof *d);
	d->format = fmt;
	d->out = out;
	d->json_first = true;
}

struct diag *diag_emit(struct diags *d, enum diag_code code,
		       const struct source *src, size_t lo, size_t hi,
		       const char *fmt, ...)
{
	struct diag *g = xcalloc(1, sizeof *g);
	g->code = code;
	g->sev = diag_code_sev(code);
	g->src = src;
	g->lo = lo;
	g->hi = hi < lo ? lo : hi;
	va_list ap;
	va_start(ap, fmt);
	g->msg = vformat(fmt, ap);
	va_end(ap);
	g->seq = d->seq++;
	if (d->n == d->cap) {
		d->cap = d->cap ? d->cap * 2 : 16;
		d->v = xrealloc(d->v, d->cap * sizeof *d->v);
	}
	d->v[d->n++] = g;
	if (g->sev == DIAG_ERROR)
		d->file_errors++;
	return g;
}

void diag_note(struct diag *g, const struct source *src, size_t lo, size_t hi,
	       const char *fmt, ...)
{
	g->notes = xrealloc(g->notes, (g->nnotes + 1) * sizeof *g->notes);
	struct diag_note *n = &g->notes[g->nnotes++];
	n->src = src;
	n->lo = lo;
	n->hi = hi < lo ? lo : hi;
	va_list ap;
	va_start(ap, fmt);
	n->msg = vformat(fmt, ap);
	va_end(ap);
}

void diag_hint(struct diag *g, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	free(g->hint);
	g->hint = vformat(fmt, ap);
	va_end(ap);
}

static void diag_free(struct diag *g)
{
	for (size_t i = 0; i < g->nnotes; i++)
		free(g->notes[i].msg);
	free(g->notes);
	free(g->msg);
	free(g->hint);
	free(g);
}

static int cmp_diag(const void *a, const void *b)
{
	const struct diag *x = *(const struct diag *const *)a;
	const struct diag *y = *(const struct diag *const *)b;
	if (x->lo != y->lo)
		return x->lo < y->lo ? -1 : 1;
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

static bool same_diag(const struct diag *x, const struct diag *y)
{
	return x->code == y->code && x->lo == y->lo && x->hi == y->hi &&
	       strcmp(x->msg, y->msg) == 0;
}

void diag_settle(struct diags *d)
{
	if (d->n > 1)
		qsort(d->v, d->n, sizeof *d->v, cmp_diag);
	size_t w = 0;
	for (size_t i = 0; i < d->n; i++) {
		if (w > 0 && same_diag(d->v[w - 1], d->v[i])) {
			diag_free(d->v[i]);
			continue;
		}
		d->v[w++] = d->v[i];
	}
	d->n = w;
	for (size_t i = 0; i < d->n; i++)
		if (d->werror && d->v[i]->sev == DIAG_WARNING)
			d->v[i]->sev = DIAG_ERROR;
}

static const char *sev_name(enum diag_sev s)
{
	return s == DIAG_ERROR ? "error" : s == DIAG_WARNING ? "warning" : "note";
}

/* The source line with an underline under [lo, hi) (first line only). */
static void print_excerpt(FILE *f, const struct source *src, size_t lo, size_t hi)
{
	struct linecol a = source_linecol(src, lo);
	size_t len;
	const char *line = source_line(src, a.line, &len);
	size_t lstart = (size_t)(line - src->text);
	char num[16];
	int w = snprintf(num, sizeof num, "%u", a.line);
	fprintf(f, " %s | %.*s\n", num, (int)len, line);
	fprintf(f, " %*s | ", w, "");
	size_t b = lo - lstart, e = (hi > lstart + len ? len : hi - lstart);
	for (size_t i = 0; i < b && i < len; i++) {
		unsigned char c = (unsigned char)line[i];
		if (c == '\t')
			fputc('\t', f);
		else if ((c & 0xC0) != 0x80)
			fputc(' ', f);
	}
	fputc('^', f);
	bool first = true;
	for (size_t i = b; i < e; i++) {
		unsigned char c = (unsigned char)line[i];
		if ((c & 0xC0) == 0x80)
			continue;
		if (first) {
			first = false;
			continue;
		}
		fputc(c == '\t' ? '\t' : '~', f);
	}
	fputc('\n', f);
}

static void print_text(struct diags *d, const struct diag *g)
{
	FILE *f = d->out;
	struct linecol a = source_linecol(g->src, g->lo);
	fprintf(f, "%s:%u:%u: %s[%s]: %s\n", g->src->path, a.line, a.col,
		sev_name(g->sev), diag_code_name(g->code), g->msg);
	print_excerpt(f, g->src, g->lo, g->hi);
	for (size_t i = 0; i < g->nnotes; i++) {
		const struct diag_note *n = &g->notes[i];
		if (!n->src) {
			fprintf(f, "  = note: %s\n", n->msg);
			continue;
		}
		struct linecol b = source_linecol(n->src, n->lo);
		fprintf(f, "%s:%u:%u: note: %s\n", n->src->path, b.line, b.col, n->msg);
		print_excerpt(f, n->src, n->lo, n->hi);
	}
	if (g->hint)
		fprintf(f, "  = hint: %s\n", g->hint);
}

static void json_str(FILE *f, const char *s)
{
	fputc('"', f);
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		switch (c) {
		case '"': fputs("\\\"", f); break;
		case '\\': fputs("\\\\", f); break;
		case '\n': fputs("\\n", f); break;
		case '\t': fputs("\\t", f); break;
		case '\r': fputs("\\r", f); break;
		default:
			if (c < 0x20)
				fprintf(f, "\\u%04x", c);
			else
				fputc(c, f);
		}
	}
	fputc('"', f);
}

static void json_place(FILE *f, const struct source *src, size_t lo, size_t hi)
{
	if (!src) {
		fputs("\"file\": null, \"line\": null, \"column\": null, "
		      "\"end_line\": null, \"end_column\": null", f);
		return;
	}
	struct linecol a = source_linecol(src, lo), b = source_linecol(src, hi);
	fputs("\"file\": ", f);
	json_str(f, src->path);
	fprintf(f, ", \"line\": %u, \"column\": %u, \"end_line\": %u, \"end_column\": %u",
		a.line, a.col, b.line, b.col);
}

static void print_json(struct diags *d, const struct diag *g)
{
	FILE *f = d->out;
	fputs(d->json_first ? "[\n  {" : ",\n  {", f);
	d->json_first = false;
	json_place(f, g->src, g->lo, g->hi);
	fprintf(f, ", \"severity\": \"%s\", \"code\": \"%s\", \"message\": ",
		sev_name(g->sev), diag_code_name(g->code));
	json_str(f, g->msg);
	fputs(", \"notes\": [", f);
	for (size_t i = 0; i < g->nnotes; i++) {
		fputs(i ? ", {" : "{", f);
		json_place(f, g->notes[i].src, g->notes[i].lo, g->notes[i].hi);
		fputs(", \"severity\": \"note\", \"message\": ", f);
		json_str(f, g->notes[i].msg);
		fputc('}', f);
	}
	fputs("]", f);
	if (g->hint) {
		fputs(", \"hint\": ", f);
		json_str(f, g->hint);
	}
	fputc('}', f);
}

void diag_clear(struct diags *d)
{
	for (size_t i = 0; i < d->n; i++)
		diag_free(d->v[i]);
	d->n = 0;
	d->file_errors = 0;
}

void diag_flush(struct diags *d)
{
	diag_settle(d);
	for (size_t i = 0; i < d->n; i++) {
		const struct diag *g = d->v[i];
		if (g->sev == DIAG_ERROR)
			d->errors++;
		else if (g->sev == DIAG_WARNING)
			d->warnings++;
		if (d->quiet)
			continue;
		if (d->format == DF_JSON)
			print_json(d, g);
		else
			print_text(d, g);
	}
	diag_clear(d);
	free(d->v);
	d->v = NULL;
	d->cap = 0;
}

void diag_finish(struct diags *d)
{
	diag_clear(d);
	free(d->v);
	d->v = NULL;
	d->cap = 0;
	if (d->format == DF_JSON && !d->quiet)
		fputs(d->json_first ? "[]\n" : "\n]\n", d->out);
}
