/*
 * diag.c — the diagnostics sink and its printers (see diag.h).
 */
#include "diag.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "model.h"
#include "source.h"
#include "utf8.h"
#include "sb.h"

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
	va_list ap;
	va_start(ap, fmt);
	struct diag *g = diag_vemit(d, code, src, lo, hi, fmt, ap);
	va_end(ap);
	return g;
}

struct diag *diag_vemit(struct diags *d, enum diag_code code, const struct source *src,
			size_t lo, size_t hi, const char *fmt, va_list ap)
{
	struct diag *g = xcalloc(1, sizeof *g);
	g->code = code;
	g->sev = diag_code_sev(code);
	g->src = src;
	g->lo = lo;
	g->hi = hi < lo ? lo : hi;
	msg_vcapture(&g->m, fmt, ap);
	g->msg = msg_text(&g->m, d->lang);
	g->seq = d->seq++;
	if (d->n == d->cap) {
		d->cap = d->cap ? d->cap * 2 : 16;
		d->v = xrealloc(d->v, d->cap * sizeof *d->v);
	}
	d->v[d->n++] = g;
	if (g->sev == DIAG_ERROR)
		d->file_errors++;
	g->lang = d->lang;
	return g;
}

void diag_about(struct diag *g, const struct m_route *route, const struct m_node *node,
		const struct m_stated *stated)
{
	g->route = route;
	g->node = node;
	g->stated = stated;
	if (stated && stated->row && !g->apx.num)
		diag_in_appendix(g, stated->row->apx, stated->row, DC_TERM, NULL);
}

void diag_in_appendix(struct diag *g, unsigned num, const struct m_row *row,
		      enum diag_cell cell, const char *printed)
{
	g->apx.num = num;
	g->apx.row = row;
	g->apx.cell = cell;
	g->apx.printed = printed;
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
	msg_vcapture(&n->m, fmt, ap);
	va_end(ap);
	n->msg = msg_text(&n->m, g->lang);
}

void diag_hint(struct diag *g, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	if (g->hint) {
		free(g->hint);
		msg_free(&g->mhint);
	}
	msg_vcapture(&g->mhint, fmt, ap);
	va_end(ap);
	g->hint = msg_text(&g->mhint, g->lang);
}

static void diag_free(struct diag *g)
{
	for (size_t i = 0; i < g->nnotes; i++) {
		free(g->notes[i].msg);
		msg_free(&g->notes[i].m);
	}
	free(g->notes);
	free(g->msg);
	msg_free(&g->m);
	if (g->hint) {
		free(g->hint);
		msg_free(&g->mhint);
	}
	free(g);
}

static int cmp_diag(const void *a, const void *b)
{
	const struct diag *x = *(const struct diag *const *)a;
	const struct diag *y = *(const struct diag *const *)b;
	bool xa = x->src && x->src->aux, ya = y->src && y->src->aux;
	if (xa != ya)
		return xa ? 1 : -1;
	if (x->lo != y->lo)
		return x->lo < y->lo ? -1 : 1;
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

static bool same_diag(const struct diag *x, const struct diag *y)
{
	return x->code == y->code && x->src == y->src && x->lo == y->lo && x->hi == y->hi &&
	       msg_equal(&x->m, &y->m);
}

void diag_settle(struct diags *d)
{
	if (d->n > 1)
		qsort(d->v, d->n, sizeof *d->v, cmp_diag);
	size_t w = 0;
	for (size_t i = 0; i < d->n; i++) {
		if ((w > 0 && same_diag(d->v[w - 1], d->v[i])) || d->disabled[d->v[i]->code]) {
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

const char *diag_sev_name(enum diag_sev s)
{
	return s == DIAG_ERROR ? "error" : s == DIAG_WARNING ? "warning" : "note";
}

/* ANSI colours of the text format, as clang uses them: bold places and
 * messages, red errors, magenta warnings, cyan notes, green carets. */
#define C_BOLD "\033[1m"
#define C_RED "\033[1;31m"
#define C_MAGENTA "\033[1;35m"
#define C_CYAN "\033[1;36m"
#define C_GREEN "\033[1;32m"
#define C_RESET "\033[0m"

/* Characters of a long line of a legal text shown on either side of the
 * place (its table rows run to thousands of characters). */
#define EXCERPT_AROUND 60

/* The source line with an underline under [lo, hi) (first line only).  A
 * line of a second file (source.aux: a legal text) longer than shows well
 * is cut to the place and EXCERPT_AROUND characters on either side, the
 * cuts marked "...". */
static void print_excerpt(FILE *f, const struct source *src, size_t lo, size_t hi,
			  bool color)
{
	struct linecol a = source_linecol(src, lo);
	size_t len;
	const char *line = source_line(src, a.line, &len);
	size_t lstart = (size_t)(line - src->text);
	char num[16];
	int w = snprintf(num, sizeof num, "%u", a.line);
	size_t b = lo - lstart, e = (hi > lstart + len ? len : hi - lstart);
	const char *pre = "", *post = "";
	if (src->aux && len > 4 * EXCERPT_AROUND) {
		size_t from = b, to = e;
		for (int k = 0; k < EXCERPT_AROUND && from > 0; k++)
			while (from > 0 && utf8_is_cont((unsigned char)line[--from]))
				;
		for (int k = 0; k < EXCERPT_AROUND && to < len; k++)
			while (++to < len && utf8_is_cont((unsigned char)line[to]))
				;
		pre = from > 0 ? "..." : "";
		post = to < len ? "..." : "";
		line += from;
		len = to - from;
		b -= from;
		e -= from;
	}
	fprintf(f, " %s | %s%.*s%s\n", num, pre, (int)len, line, post);
	fprintf(f, " %*s | %s", w, "", *pre ? "   " : "");
	for (size_t i = 0; i < b && i < len; i++) {
		unsigned char c = (unsigned char)line[i];
		if (c == '\t')
			fputc('\t', f);
		else if (!utf8_is_cont(c))
			fputc(' ', f);
	}
	if (color)
		fputs(C_GREEN, f);
	fputc('^', f);
	bool first = true;
	for (size_t i = b; i < e; i++) {
		unsigned char c = (unsigned char)line[i];
		if (utf8_is_cont(c))
			continue;
		if (first) {
			first = false;
			continue;
		}
		fputc(c == '\t' ? '\t' : '~', f);
	}
	if (color)
		fputs(C_RESET, f);
	fputc('\n', f);
}

static const char *sev_color(enum diag_sev s)
{
	return s == DIAG_ERROR ? C_RED : s == DIAG_WARNING ? C_MAGENTA : C_CYAN;
}

static void print_text(struct diags *d, const struct diag *g)
{
	FILE *f = d->out;
	bool c = d->color;
	struct linecol a = source_linecol(g->src, g->lo);
	fprintf(f, "%s%s:%u:%u: %s%s[%s]:%s %s%s\n", c ? C_BOLD : "", g->src->path, a.line,
		a.col, c ? sev_color(g->sev) : "", diag_sev_name(g->sev), diag_code_name(g->code),
		c ? C_RESET C_BOLD : "", g->msg, c ? C_RESET : "");
	print_excerpt(f, g->src, g->lo, g->hi, c);
	for (size_t i = 0; i < g->nnotes; i++) {
		const struct diag_note *n = &g->notes[i];
		if (!n->src) {
			fprintf(f, "  = %snote:%s %s\n", c ? C_CYAN : "", c ? C_RESET : "", n->msg);
			continue;
		}
		struct linecol b = source_linecol(n->src, n->lo);
		fprintf(f, "%s%s:%u:%u: %snote:%s %s\n", c ? C_BOLD : "", n->src->path, b.line,
			b.col, c ? C_CYAN : "", c ? C_RESET : "", n->msg);
		print_excerpt(f, n->src, n->lo, n->hi, c);
	}
	if (g->hint)
		fprintf(f, "  = %shint:%s %s\n", c ? C_GREEN : "", c ? C_RESET : "", g->hint);
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
		diag_sev_name(g->sev), diag_code_name(g->code));
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

/* ---- SARIF 2.1.0 ---------------------------------------------------------- */

/* A path as a URI reference: unreserved bytes and `/` kept, the rest
 * percent-encoded (so Cyrillic names and spaces stay valid). */
static void sarif_uri(FILE *f, const char *path)
{
	fputc('"', f);
	for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
		if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
		    (*p >= '0' && *p <= '9') || strchr("-._~/", *p))
			fputc(*p, f);
		else
			fprintf(f, "%%%02X", *p);
	}
	fputc('"', f);
}

/* A location: the file and region of [lo, hi), and a message if any. */
static void sarif_location(FILE *f, const struct source *src, size_t lo, size_t hi,
			   const char *msg)
{
	fputc('{', f);
	if (src) {
		struct linecol a = source_linecol(src, lo), b = source_linecol(src, hi);
		fputs("\"physicalLocation\": {\"artifactLocation\": {\"uri\": ", f);
		sarif_uri(f, src->path);
		fprintf(f, "}, \"region\": {\"startLine\": %u, \"startColumn\": %u, "
			   "\"endLine\": %u, \"endColumn\": %u}}",
			a.line, a.col, b.line, b.col);
	}
	if (msg) {
		fputs(src ? ", \"message\": {\"text\": " : "\"message\": {\"text\": ", f);
		json_str(f, msg);
		fputc('}', f);
	}
	fputc('}', f);
}

/* The log up to the results: one run, the tool with a rule per code. */
static void sarif_open(struct diags *d)
{
	FILE *f = d->out;
	fputs("{\n  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n"
	      "  \"version\": \"2.1.0\",\n"
	      "  \"runs\": [{\n"
	      "    \"tool\": {\"driver\": {\"name\": \"reglc\", \"version\": \"" REGLC_VERSION "\",\n"
	      "      \"informationUri\": \"file://" REGLC_DOCDIR "/diagnostics.md\",\n"
	      "      \"rules\": [", f);
	for (int i = 0; i < D__COUNT; i++) {
		fprintf(f, "%s\n        {\"id\": \"%s\", \"shortDescription\": {\"text\": ",
			i ? "," : "", catalogue[i].code);
		json_str(f, msg_tr(d->lang, catalogue[i].summary));
		fprintf(f, "}, \"defaultConfiguration\": {\"level\": \"%s\"}}",
			catalogue[i].sev == DIAG_ERROR ? "error" : "warning");
	}
	fputs("]}},\n    \"columnKind\": \"unicodeCodePoints\",\n    \"results\": [", f);
	d->sarif_open = true;
}

static void print_sarif(struct diags *d, const struct diag *g)
{
	FILE *f = d->out;
	if (!d->sarif_open)
		sarif_open(d);
	fputs(d->json_first ? "\n      {" : ",\n      {", f);
	d->json_first = false;
	fprintf(f, "\"ruleId\": \"%s\", \"ruleIndex\": %d, \"level\": \"%s\", "
		   "\"message\": {\"text\": ",
		diag_code_name(g->code), (int)g->code, g->sev == DIAG_ERROR ? "error" : "warning");
	json_str(f, g->msg);
	fputs("},\n       \"locations\": [", f);
	sarif_location(f, g->src, g->lo, g->hi, NULL);
	fputc(']', f);
	if (g->nnotes) {
		fputs(",\n       \"relatedLocations\": [", f);
		for (size_t i = 0; i < g->nnotes; i++) {
			const struct diag_note *n = &g->notes[i];
			if (i)
				fputs(", ", f);
			sarif_location(f, n->src, n->lo, n->hi, n->msg);
		}
		fputc(']', f);
	}
	if (g->hint) {
		fputs(",\n       \"properties\": {\"hint\": ", f);
		json_str(f, g->hint);
		fputc('}', f);
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
		/* --max-errors: once N errors are out, the rest is only counted. */
		if (d->max_errors && d->errors - (g->sev == DIAG_ERROR) >= d->max_errors) {
			d->suppressed++;
			continue;
		}
		if (d->format == DF_JSON)
			print_json(d, g);
		else if (d->format == DF_SARIF)
			print_sarif(d, g);
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
	if (d->format == DF_SARIF && !d->quiet) {
		if (!d->sarif_open)
			sarif_open(d);
		fputs(d->json_first ? "]\n  }]\n}\n" : "\n    ]\n  }]\n}\n", d->out);
	}
}

void diag_summary(const struct diags *d)
{
	if (d->quiet)
		return;
	if (d->suppressed)
		fprintf(stderr, msg_tr(d->lang, "reglc: %zu more diagnostics not shown (--max-errors %zu)\n"),
			d->suppressed, d->max_errors);
	if (d->format != DF_TEXT || (!d->errors && !d->warnings))
		return;
	static const char *const forms[2][2] = {
		{ N_("%zu error, %zu warning\n"), N_("%zu error, %zu warnings\n") },
		{ N_("%zu errors, %zu warning\n"), N_("%zu errors, %zu warnings\n") },
	};
	fprintf(stderr, msg_tr(d->lang, forms[d->errors != 1][d->warnings != 1]), d->errors,
		d->warnings);
}
