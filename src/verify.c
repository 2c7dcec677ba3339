/*
 * verify.c — expectations in comments against reported diagnostics
 * (see verify.h).
 */
#include "verify.h"

#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "diag.h"
#include "source.h"

/* One expectation. */
struct expect {
	uint32_t line;      /* the line it is about */
	char file[128];     /* ... of this other file (its name, or the end of
			       its path: a legal text, anchor.h); "": the
			       file checked */
	enum diag_sev sev;  /* error, warning or note */
	char code[8];       /* "E0101" */
	char *text;         /* substring of the message, or "" */
	uint32_t at;        /* the line of the comment */
	bool met;
};

/* Parse the expectation starting at p ("expect-..."); false if malformed. */
static bool parse_expect(const char *p, const char *end, uint32_t line,
			 struct expect *e)
{
	memset(e, 0, sizeof *e);
	e->at = line;
	e->line = line;
	p += strlen("expect-");
	if (end - p >= 5 && strncmp(p, "error", 5) == 0) {
		e->sev = DIAG_ERROR;
		p += 5;
	} else if (end - p >= 7 && strncmp(p, "warning", 7) == 0) {
		e->sev = DIAG_WARNING;
		p += 7;
	} else if (end - p >= 4 && strncmp(p, "note", 4) == 0) {
		e->sev = DIAG_NOTE;
		p += 4;
	} else {
		return false;
	}
	if (p < end && *p == '@') {
		p++;
		/* @FILE:N: a line of another file the compilation reads. */
		const char *colon = memchr(p, ':', (size_t)(end - p));
		const char *br = memchr(p, '[', (size_t)(end - p));
		if (colon && br && colon < br && colon > p) {
			if ((size_t)(colon - p) >= sizeof e->file)
				return false;
			memcpy(e->file, p, (size_t)(colon - p));
			e->file[colon - p] = '\0';
			p = colon + 1;
			if (p >= end || *p < '0' || *p > '9')
				return false;
		}
		int sign = 0;
		if (p < end && (*p == '+' || *p == '-'))
			sign = *p++ == '+' ? 1 : -1;
		long v = 0;
		if (p >= end || *p < '0' || *p > '9')
			return false;
		while (p < end && *p >= '0' && *p <= '9')
			v = v * 10 + (*p++ - '0');
		long l = sign ? (long)line + sign * v : v;
		if (l < 1)
			return false;
		e->line = (uint32_t)l;
	}
	if (p >= end || *p != '[')
		return false;
	p++;
	size_t k = 0;
	while (p < end && *p != ']' && k < sizeof e->code - 1)
		e->code[k++] = *p++;
	if (p >= end || *p != ']')
		return false;
	p++;
	const char *t = p;
	if (t < end && *t == ':') {
		t++;
		while (t < end && *t == ' ')
			t++;
	} else {
		t = end;
	}
	const char *te = end;
	while (te > t && (te[-1] == ' ' || te[-1] == '\t'))
		te--;
	e->text = xmalloc((size_t)(te - t) + 1);
	memcpy(e->text, t, (size_t)(te - t));
	e->text[te - t] = '\0';
	return true;
}

/* Whether path names the file `name` (all of it, or its last part). */
static bool names(const char *path, const char *name)
{
	size_t p = strlen(path), n = strlen(name);
	return p == n ? strcmp(path, name) == 0
		      : p > n && path[p - n - 1] == '/' && strcmp(path + p - n, name) == 0;
}

size_t verify_file(const struct source *src, struct diags *d, FILE *out)
{
	struct expect *ex = NULL;
	size_t nex = 0, cap = 0, bad = 0;
	for (uint32_t line = 1; line <= src->nlines; line++) {
		size_t len;
		const char *s = source_line(src, line, &len);
		const char *end = s + len;
		for (const char *p = s; p < end; p++) {
			if (*p != '#')
				continue;
			const char *q = p + 1;
			while (q < end && *q == ' ')
				q++;
			if (end - q < 7 || strncmp(q, "expect-", 7) != 0)
				break;
			if (nex == cap) {
				cap = cap ? 2 * cap : 16;
				ex = xrealloc(ex, cap * sizeof *ex);
			}
			if (!parse_expect(q, end, line, &ex[nex])) {
				fprintf(out, "%s:%u: malformed expectation\n", src->path, line);
				bad++;
				break;
			}
			nex++;
			break;
		}
	}
	diag_settle(d);
	for (size_t i = 0; i < d->n; i++) {
		const struct diag *g = d->v[i];
		struct linecol lc = source_linecol(g->src, g->lo);
		bool ok = false;
		for (size_t k = 0; k < nex && !ok; k++) {
			struct expect *e = &ex[k];
			if (e->met || e->line != lc.line || e->sev != g->sev ||
			    (e->file[0] ? !names(g->src->path, e->file) : g->src != src) ||
			    strcmp(e->code, diag_code_name(g->code)) != 0 ||
			    !strstr(g->msg, e->text))
				continue;
			e->met = ok = true;
		}
		if (!ok) {
			fprintf(out, "%s:%u:%u: unexpected %s[%s]: %s\n", g->src->path, lc.line,
				lc.col, diag_sev_name(g->sev),
				diag_code_name(g->code), g->msg);
			bad++;
		}
	}
	for (size_t k = 0; k < nex; k++) {
		if (!ex[k].met) {
			fprintf(out, "%s:%u: expected %s[%s]%s%s was not reported\n",
				ex[k].file[0] ? ex[k].file : src->path, ex[k].line,
				diag_sev_name(ex[k].sev),
				ex[k].code, ex[k].text[0] ? ": " : "", ex[k].text);
			bad++;
		}
		free(ex[k].text);
	}
	free(ex);
	return bad;
}
