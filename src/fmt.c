/*
 * fmt.c — `reglc fmt`: the canonical layout of a .regl file.
 *
 * Contract: fmt_format lays out one source that parsed without errors and
 * returns the new text.  It keeps every token in order and every comment
 * (an own-line comment stays on its own line, a trailing one on the line of
 * the token before it), so the syntax tree is the same before and after;
 * `--dump-ast` prints that tree without positions so that tests can compare
 * it.  The layout is a function of the tokens, the tree and where the
 * author broke lines inside an item, so fmt(fmt(x)) == fmt(x):
 *   - every item (header, field, actor, term, route, step, decision, arm,
 *     use, end, goto, stated) starts a line, indented two spaces per block;
 *     `stated` one level under its step, `}` at the level of its opener;
 *   - a line break the author made inside an item is kept, the continuation
 *     indented so that `ru` and `->` put their string under the item's first
 *     string, other continuations at the column of that `ru`;
 *   - consecutive fields, actors, terms and a step's statements (a run ends
 *     at a blank line) have their columns aligned; so do durations written
 *     at the end of the line of consecutive steps, and trailing comments of
 *     adjacent lines;
 *   - one space between tokens except around `.` and a `N..` range, none
 *     before `:` and `,`; blank lines kept, collapsed to one, except after
 *     `{` and before `}`; no trailing blanks; LF line ends; a final newline.
 * The tokenizer repeats the rules of grammar/regl.l; it only ever sees files
 * the real scanner accepted.
 */
#include <errno.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "arena.h"
#include "ast.h"
#include "diag.h"
#include "cli.h"
#include "parse.h"
#include "source.h"
#include "utf8.h"

enum fmt_kind {
	FT_ID,      /* identifier or keyword */
	FT_NUMBER,  /* digits */
	FT_DATE,    /* YYYY-MM-DD */
	FT_STRING,  /* "..." */
	FT_COMMENT, /* # to the end of the line */
	FT_PUNCT,   /* { } : , . .. -> <= ≤ */
	FT_OTHER    /* anything else (never in a file without errors) */
};

static bool fmt_digit(unsigned char c)
{
	return c >= '0' && c <= '9';
}

/* The role of a token that starts an item. */
enum fmt_unit {
	FU_NONE,
	FU_HEADER,
	FU_FIELD,
	FU_ACTOR,
	FU_TERM,
	FU_ROUTE,
	FU_ITEM,
	FU_ARM,
	FU_STATED
};

/* One token, a slice of the source. */
struct fmt_tok {
	const char *s;       /* its bytes */
	size_t len;          /* their number */
	uint32_t off;        /* offset in the source */
	enum fmt_kind kind;
	unsigned nl;         /* line breaks between it and the token before */
	enum fmt_unit unit;  /* the item it starts, or FU_NONE */
	int depth;           /* block depth of that item */
	int padto;           /* when > 0: the column the next token starts at */
	int dur_run;         /* > 0: it starts a trailing duration of this run */
};

/* One output line and its alignment marks. */
struct fmt_line {
	char *s;         /* the text, without its newline */
	size_t len, cap;
	long dur_at;     /* byte where a trailing duration starts, or -1 */
	int dur_run;     /* its run */
	long cmt_at;     /* byte where a trailing comment starts, or -1 */
	size_t item;     /* 1 + the token that starts its item; 0: none */
	bool single;     /* its item is on this line alone */
};

/* The whole state of one formatting. */
struct fmt {
	const struct source *src;
	struct fmt_tok *t;
	size_t nt, capt;
	struct fmt_line *l;
	size_t nl, capl;
};

/* Columns are code points, as in diagnostics. */
static int fmt_width(const char *s, size_t n)
{
	return (int)utf8_count(s, n);
}

static bool fmt_is(const struct fmt_tok *t, const char *s)
{
	return t->len == strlen(s) && memcmp(t->s, s, t->len) == 0;
}

static bool fmt_letter(const unsigned char *p, size_t *n)
{
	if ((p[0] >= 'A' && p[0] <= 'Z') || (p[0] >= 'a' && p[0] <= 'z') || p[0] == '_') {
		*n = 1;
		return true;
	}
	if (p[0] >= 0xC3 && p[0] <= 0xD4 && p[1] >= 0x80 && p[1] <= 0xBF) {
		*n = 2;
		return true;
	}
	return false;
}

static void fmt_push(struct fmt *f, enum fmt_kind k, const char *s, size_t n, unsigned nl)
{
	if (f->nt == f->capt) {
		f->capt = f->capt ? 2 * f->capt : 256;
		f->t = xrealloc(f->t, f->capt * sizeof *f->t);
	}
	struct fmt_tok *t = &f->t[f->nt++];
	memset(t, 0, sizeof *t);
	t->s = s;
	t->len = n;
	t->off = (uint32_t)(s - f->src->text);
	t->kind = k;
	t->nl = nl;
}

/* The tokens of the source, comments included (grammar/regl.l's rules). */
static void fmt_scan(struct fmt *f)
{
	const unsigned char *p = (const unsigned char *)f->src->text + f->src->start;
	const unsigned char *end = (const unsigned char *)f->src->text + f->src->len;
	unsigned nl = 0;
	while (p < end) {
		const char *s = (const char *)p;
		size_t n;
		if (*p == ' ' || *p == '\t') {
			p++;
		} else if (*p == '\r' || *p == '\n') {
			p += (p[0] == '\r' && p + 1 < end && p[1] == '\n') ? 2 : 1;
			nl++;
		} else if (*p == '#') {
			while (p < end && *p != '\r' && *p != '\n')
				p++;
			fmt_push(f, FT_COMMENT, s, (size_t)((const char *)p - s), nl);
			nl = 0;
		} else if (*p == '"') {
			p++;
			while (p < end && *p != '"' && *p != '\r' && *p != '\n') {
				if (*p == '\\' && p + 1 < end && p[1] != '\r' && p[1] != '\n')
					p++;
				p++;
			}
			if (p < end && *p == '"')
				p++;
			fmt_push(f, FT_STRING, s, (size_t)((const char *)p - s), nl);
			nl = 0;
		} else if (*p >= '0' && *p <= '9') {
			while (p < end && *p >= '0' && *p <= '9')
				p++;
			enum fmt_kind k = FT_NUMBER;
			/* YYYY-MM-DD, as the scanner reads it: one token */
			if ((const char *)p - s == 4 && end - p >= 6 && p[0] == '-' && fmt_digit(p[1]) &&
			    fmt_digit(p[2]) && p[3] == '-' && fmt_digit(p[4]) && fmt_digit(p[5]) &&
			    (end - p == 6 || !fmt_digit(p[6]))) {
				p += 6;
				k = FT_DATE;
			}
			fmt_push(f, k, s, (size_t)((const char *)p - s), nl);
			nl = 0;
		} else if (fmt_letter(p, &n)) {
			/* LETTER (IDCHAR|-)* IDCHAR: a trailing '-' is not taken. */
			const unsigned char *q = p + n, *last = q;
			for (;;) {
				if (q < end && *q == '-') {
					q++;
				} else if (q < end && (fmt_letter(q, &n) || (*q >= '0' && *q <= '9'))) {
					q += (*q >= '0' && *q <= '9') ? 1 : n;
					last = q;
				} else {
					break;
				}
			}
			p = last;
			fmt_push(f, FT_ID, s, (size_t)((const char *)p - s), nl);
			nl = 0;
		} else {
			static const char *const punct[] = {
				"..", "->", "<=", "\xE2\x89\xA4", "{", "}", ":", ",", ".",
			};
			size_t len = 0;
			for (size_t i = 0; i < sizeof punct / sizeof punct[0]; i++) {
				size_t pl = strlen(punct[i]);
				if ((size_t)(end - p) >= pl && memcmp(p, punct[i], pl) == 0) {
					len = pl;
					break;
				}
			}
			enum fmt_kind k = FT_PUNCT;
			if (len == 0) {
				uint32_t cp;
				size_t sl = utf8_decode((const char *)p, (size_t)(end - p), &cp);
				len = sl > 0 ? sl : 1;
				k = FT_OTHER;
			}
			p += len;
			fmt_push(f, k, s, len, nl);
			nl = 0;
		}
	}
}

/* The token at byte offset off (every node starts at a token). */
static struct fmt_tok *fmt_at(struct fmt *f, uint32_t off)
{
	size_t lo = 0, hi = f->nt;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (f->t[mid].off < off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < f->nt && f->t[lo].off == off ? &f->t[lo] : NULL;
}

static struct fmt_tok *fmt_mark(struct fmt *f, uint32_t off, enum fmt_unit u, int depth)
{
	struct fmt_tok *t = fmt_at(f, off);
	if (t) {
		t->unit = u;
		t->depth = depth;
	}
	return t;
}

/* True when a blank line lies between tokens a and b (a before b). */
static bool fmt_blank_between(const struct fmt_tok *a, const struct fmt_tok *b)
{
	for (const struct fmt_tok *t = a + 1; t <= b; t++)
		if (t->nl >= 2)
			return true;
	return false;
}

/*
 * The statements of one item, aligned as a run per blank-line-free group:
 * target, then where, then phrase.
 */
static void fmt_stated(struct fmt *f, struct ast_stated *st, int depth)
{
	while (st) {
		struct ast_stated *first = st, *s;
		struct fmt_tok *prev = NULL;
		int tw = 0;
		for (s = first; s; s = s->next) {
			struct fmt_tok *t = fmt_mark(f, s->at.lo, FU_STATED, depth);
			if (!t || (prev && fmt_blank_between(prev, t)))
				break;
			prev = t;
			/* The reference as it will be written, without blanks. */
			int w = 0;
			if (s->target.route.name)
				w += fmt_width(s->target.route.name, strlen(s->target.route.name)) + 1;
			if (s->target.label.name)
				w += fmt_width(s->target.label.name, strlen(s->target.label.name));
			if (w > tw)
				tw = w;
		}
		struct ast_stated *stop = s;
		int base = depth * 2 + 7, pc = 0;
		for (s = first; s != stop; s = s->next) {
			int wc = base;
			if (s->target.label.name) {
				/* pad after the last token of the reference */
				struct fmt_tok *w = fmt_at(f, s->where_at.lo);
				if (w && w > f->t)
					(w - 1)->padto = base + tw + 1;
				wc = base + tw + 1;
			}
			int end = wc + fmt_width(f->src->text + s->where_at.lo,
						 s->where_at.hi - s->where_at.lo);
			if (end + 1 > pc)
				pc = end + 1;
		}
		for (s = first; s != stop; s = s->next) {
			struct fmt_tok *w = fmt_at(f, s->where_at.lo);
			if (w)
				w->padto = pc;
		}
		if (stop == first) /* a statement that could not be found */
			stop = first->next;
		st = stop;
	}
}

static void fmt_block(struct fmt *f, struct ast_block *b, int depth, int *runs);

/* Mark one item of a route body and what it contains. */
static void fmt_item(struct fmt *f, struct ast_item *it, int depth, int *runs)
{
	fmt_mark(f, it->at.lo, FU_ITEM, depth);
	switch (it->kind) {
	case AST_STEP:
		fmt_stated(f, it->u.step.stated, depth + 1);
		break;
	case AST_USE:
		fmt_stated(f, it->u.use.stated, depth + 1);
		break;
	case AST_TERM:
		fmt_stated(f, it->u.term.stated, depth + 1);
		break;
	case AST_IF:
		for (struct ast_arm *a = it->u.dec.arms; a; a = a->next) {
			fmt_mark(f, a->kw_at.lo, FU_ARM, depth + 1);
			fmt_block(f, &a->body, depth + 2, runs);
		}
		break;
	default:
		break;
	}
}

/*
 * A trailing duration: on the line of the token before it, which is not a
 * comment (a comment forces a line break).
 */
static struct fmt_tok *fmt_trailing_dur(struct fmt *f, const struct ast_item *it)
{
	if (it->kind != AST_STEP || !it->u.step.dur)
		return NULL;
	struct fmt_tok *t = fmt_at(f, it->u.step.dur->at.lo);
	if (!t || t == f->t || t->nl > 0 || t[-1].kind == FT_COMMENT)
		return NULL;
	return t;
}

/* Mark a block's items; number the runs of steps with trailing durations. */
static void fmt_block(struct fmt *f, struct ast_block *b, int depth, int *runs)
{
	struct fmt_tok *prev_start = NULL;
	bool prev_trailing = false;
	for (struct ast_item *it = b->first; it; it = it->next) {
		fmt_item(f, it, depth, runs);
		struct fmt_tok *start = fmt_at(f, it->at.lo);
		struct fmt_tok *d = fmt_trailing_dur(f, it);
		if (d) {
			if (!(prev_trailing && prev_start && start &&
			      !fmt_blank_between(prev_start, start)))
				++*runs;
			d->dur_run = *runs;
		}
		prev_trailing = d != NULL;
		prev_start = start;
	}
}

/*
 * Align the columns of runs of top-level items of one kind (fields,
 * actors, terms): a run ends at a blank line or at an item of another kind.
 */
static void fmt_top_align(struct fmt *f)
{
	size_t i = 0;
	while (i < f->nt) {
		struct fmt_tok *t = &f->t[i];
		if (t->depth != 0 || (t->unit != FU_FIELD && t->unit != FU_ACTOR &&
				      t->unit != FU_TERM)) {
			i++;
			continue;
		}
		/* The run: unit starts of the same kind until another item starts. */
		size_t run[4096];
		size_t nrun = 0;
		size_t j = i;
		run[nrun++] = i;
		for (j = i + 1; j < f->nt && nrun < sizeof run / sizeof run[0]; j++) {
			if (f->t[j].unit == FU_NONE)
				continue;
			if (f->t[j].unit != t->unit || f->t[j].depth != 0 ||
			    fmt_blank_between(&f->t[run[nrun - 1]], &f->t[j]))
				break;
			run[nrun++] = j;
		}
		int w1 = 0, w2 = 0;
		for (size_t k = 0; k < nrun; k++) {
			struct fmt_tok *u = &f->t[run[k]];
			if (run[k] + 2 >= f->nt)
				continue;
			int a = fmt_width(u[0].s, u[0].len) + 1; /* name: */
			if (t->unit != FU_FIELD)
				a = fmt_width(u[1].s, u[1].len);
			if (a > w1)
				w1 = a;
			if (t->unit == FU_ACTOR && fmt_width(u[2].s, u[2].len) > w2)
				w2 = fmt_width(u[2].s, u[2].len);
		}
		for (size_t k = 0; k < nrun; k++) {
			struct fmt_tok *u = &f->t[run[k]];
			if (run[k] + 2 >= f->nt)
				continue;
			if (t->unit == FU_FIELD) {
				u[1].padto = w1 + 1;
			} else if (t->unit == FU_TERM) {
				u[1].padto = 5 + w1 + 1;
			} else {
				u[1].padto = 6 + w1 + 1;
				u[2].padto = 6 + w1 + 1 + w2 + 1;
			}
		}
		i = j;
	}
}

/* Mark every token that starts an item, from the tree. */
static void fmt_structure(struct fmt *f, struct ast_file *file)
{
	int runs = 0;
	if (file->id.name)
		fmt_mark(f, file->header_at.lo, FU_HEADER, 0);
	for (struct ast_field *x = file->fields; x; x = x->next)
		fmt_mark(f, x->at.lo, FU_FIELD, 0);
	for (struct ast_actor *x = file->actors; x; x = x->next)
		fmt_mark(f, x->at.lo, FU_ACTOR, 0);
	for (struct ast_item *x = file->terms; x; x = x->next) {
		fmt_mark(f, x->at.lo, FU_TERM, 0);
		fmt_stated(f, x->u.term.stated, 1);
	}
	for (struct ast_route *r = file->routes; r; r = r->next) {
		fmt_mark(f, r->at.lo, FU_ROUTE, 0);
		fmt_block(f, &r->body, 1, &runs);
		for (struct ast_item *it = r->body.first; it; it = it->next)
			if (it->kind == AST_TERM)
				fmt_mark(f, it->at.lo, FU_TERM, 1);
	}
	/* the appendices as printed: a block like a route's, its parts one
	   level in, their rows two; the participants one a line */
	for (struct ast_participants *p = file->participants; p; p = p->next) {
		fmt_mark(f, p->at.lo, FU_ROUTE, 0);
		for (struct ast_mark *m = p->names; m; m = m->next)
			fmt_mark(f, m->text.at.lo, FU_ITEM, 1);
	}
	for (struct ast_appendix *a = file->appendices; a; a = a->next) {
		fmt_mark(f, a->at.lo, FU_ROUTE, 0);
		for (struct ast_part *p = a->parts; p; p = p->next) {
			fmt_mark(f, p->at.lo, FU_ITEM, 1);
			for (struct ast_row *r = p->rows; r; r = r->next)
				fmt_mark(f, r->at.lo, FU_ITEM, 2);
		}
	}
	fmt_top_align(f);
	/* Terms of a route: aligned among themselves, like the top-level ones. */
	for (size_t i = 0; i < f->nt; i++) {
		if (f->t[i].unit != FU_TERM || f->t[i].depth != 1)
			continue;
		size_t j = i, last = i;
		int w = 0;
		for (j = i; j < f->nt; j++) {
			if (f->t[j].unit == FU_NONE)
				continue;
			if (f->t[j].unit != FU_TERM || f->t[j].depth != 1 ||
			    (j > i && fmt_blank_between(&f->t[last], &f->t[j])))
				break;
			last = j;
			if (j + 1 < f->nt && fmt_width(f->t[j + 1].s, f->t[j + 1].len) > w)
				w = fmt_width(f->t[j + 1].s, f->t[j + 1].len);
		}
		for (size_t k = i; k <= last; k++)
			if (f->t[k].unit == FU_TERM && k + 1 < f->nt)
				f->t[k + 1].padto = 2 + 5 + w + 1;
		i = last;
	}
}

/* ---- output ------------------------------------------------------------ */

static void fmt_newline(struct fmt *f)
{
	if (f->nl == f->capl) {
		f->capl = f->capl ? 2 * f->capl : 256;
		f->l = xrealloc(f->l, f->capl * sizeof *f->l);
	}
	struct fmt_line *l = &f->l[f->nl++];
	memset(l, 0, sizeof *l);
	l->dur_at = -1;
	l->cmt_at = -1;
}

static void fmt_append(struct fmt_line *l, const char *s, size_t n)
{
	if (l->len + n + 1 > l->cap) {
		l->cap = (l->len + n + 1) * 2;
		l->s = xrealloc(l->s, l->cap);
	}
	memcpy(l->s + l->len, s, n);
	l->len += n;
	l->s[l->len] = '\0';
}

static void fmt_spaces(struct fmt_line *l, int n)
{
	for (int i = 0; i < n; i++)
		fmt_append(l, " ", 1);
}

static int fmt_col(const struct fmt_line *l)
{
	return fmt_width(l->s ? l->s : "", l->len);
}

/* Tokens that never start a line: they join the line before. */
static bool fmt_joins(const struct fmt_tok *t, const struct fmt_tok *prev)
{
	if (prev && prev->kind == FT_PUNCT && fmt_is(prev, "."))
		return true;
	return t->kind == FT_PUNCT && (fmt_is(t, ":") || fmt_is(t, ",") || fmt_is(t, ".") ||
				       fmt_is(t, "{") || fmt_is(t, ".."));
}

/* Spaces between prev and t on one line. */
static int fmt_gap(const struct fmt *f, const struct fmt_tok *t)
{
	const struct fmt_tok *prev = t - 1;
	if (fmt_is(t, ":") || fmt_is(t, ",") || fmt_is(t, ".") || fmt_is(prev, "."))
		return 0;
	if (fmt_is(t, "..") && prev->kind == FT_NUMBER)
		return 0;
	if (prev > f->t && fmt_is(prev, "..") && prev[-1].kind == FT_NUMBER)
		return 0;
	return 1;
}

/*
 * Durations at the ends of lines of one run start at the run's widest
 * column (a trailing comment after them moves along).  Linear: runs are
 * numbered, so one pass finds each run's column and one pads.
 */
static void fmt_align_durations(struct fmt *f)
{
	int nruns = 0;
	for (size_t i = 0; i < f->nl; i++)
		if (f->l[i].dur_at >= 0 && f->l[i].dur_run > nruns)
			nruns = f->l[i].dur_run;
	if (nruns == 0)
		return;
	int *maxc = xcalloc((size_t)nruns + 1, sizeof *maxc);
	for (size_t i = 0; i < f->nl; i++) {
		struct fmt_line *l = &f->l[i];
		if (l->dur_at < 0)
			continue;
		int c = fmt_width(l->s, (size_t)l->dur_at);
		if (c > maxc[l->dur_run])
			maxc[l->dur_run] = c;
	}
	for (size_t i = 0; i < f->nl; i++) {
		struct fmt_line *l = &f->l[i];
		if (l->dur_at < 0)
			continue;
		int pad = maxc[l->dur_run] - fmt_width(l->s, (size_t)l->dur_at);
		if (pad > 0) {
			char *tail = xstrdup(l->s + l->dur_at);
			l->len = (size_t)l->dur_at;
			fmt_spaces(l, pad);
			fmt_append(l, tail, strlen(tail));
			free(tail);
			if (l->cmt_at >= 0)
				l->cmt_at += pad;
		}
	}
	free(maxc);
}

/* Trailing comments of adjacent lines start at one column. */
static void fmt_align_comments(struct fmt *f)
{
	size_t i = 0;
	while (i < f->nl) {
		if (f->l[i].cmt_at < 0) {
			i++;
			continue;
		}
		size_t j = i;
		int maxc = 0;
		/* A run stays within one item, or joins one-line items. */
		while (j < f->nl && f->l[j].cmt_at >= 0 &&
		       (j == i || f->l[j].item == f->l[j - 1].item ||
			(f->l[j].single && f->l[j - 1].single))) {
			int c = fmt_width(f->l[j].s, (size_t)f->l[j].cmt_at);
			if (c > maxc)
				maxc = c;
			j++;
		}
		for (size_t k = i; k < j; k++) {
			struct fmt_line *l = &f->l[k];
			int pad = maxc - fmt_width(l->s, (size_t)l->cmt_at);
			if (pad > 0) {
				char *tail = xstrdup(l->s + l->cmt_at);
				l->len = (size_t)l->cmt_at;
				fmt_spaces(l, pad);
				fmt_append(l, tail, strlen(tail));
				free(tail);
			}
		}
		i = j;
	}
}

/*
 * Lay the tokens out.  A line starts at every item, every `}`, every
 * own-line comment, after every comment, and where the author broke an
 * item (except before a token that joins the line before).
 */
static void fmt_layout(struct fmt *f)
{
	int braces[512];     /* depth of the item that opened each `{` */
	int nbr = 0;
	int indent = 0;      /* of the current item */
	int anchor = -1;     /* column of the item's first string on its line */
	size_t item_line = 0;
	size_t item = 0;     /* 1 + the token that starts the current item */
	size_t next_nc = 0;  /* the first token after the current comments */
	for (size_t i = 0; i < f->nt; i++) {
		struct fmt_tok *t = &f->t[i];
		struct fmt_tok *prev = i ? t - 1 : NULL;
		bool start = t->unit != FU_NONE || fmt_is(t, "}") || !prev ||
			     prev->kind == FT_COMMENT ||
			     (t->nl > 0 && !fmt_joins(t, prev));
		bool own_cmt = t->kind == FT_COMMENT && (t->nl > 0 || !prev);
		int col;
		if (t->unit != FU_NONE) {
			item = i + 1;
			indent = t->depth * 2;
			anchor = -1;
			col = indent;
		} else if (t->kind == FT_PUNCT && fmt_is(t, "}")) {
			col = nbr > 0 ? braces[nbr - 1] * 2 : 0;
		} else if (own_cmt) {
			/* An own-line comment: indented like what follows it. */
			if (next_nc <= i) { /* once per block of comments */
				next_nc = i + 1;
				while (next_nc < f->nt && f->t[next_nc].kind == FT_COMMENT)
					next_nc++;
			}
			size_t k = next_nc;
			if (k == f->nt)
				col = 0;
			else if (f->t[k].unit != FU_NONE)
				col = f->t[k].depth * 2;
			else if (fmt_is(&f->t[k], "}"))
				col = nbr > 0 ? braces[nbr - 1] * 2 + 2 : 0;
			else
				col = anchor >= 3 ? anchor - 3 : indent + 4;
		} else if (t->kind == FT_STRING) {
			col = anchor >= 0 ? anchor : indent + 4;
		} else {
			col = anchor >= 3 ? anchor - 3 : indent + 4;
		}
		if (col < indent + 2 && t->unit == FU_NONE && !fmt_is(t, "}") &&
		    !own_cmt)
			col = indent + 2;
		if (t->kind == FT_COMMENT && t->nl == 0 && prev) {
			start = false; /* a trailing comment stays on its line */
		}
		if (start) {
			/* Blank lines are kept, but not at the edges of a block. */
			if (t->nl >= 2 && f->nl > 0 && !fmt_is(prev, "{") &&
			    !(t->kind == FT_PUNCT && fmt_is(t, "}")))
				fmt_newline(f);
			fmt_newline(f);
			fmt_spaces(&f->l[f->nl - 1], col);
			f->l[f->nl - 1].item = own_cmt || fmt_is(t, "}") ? 0 : item;
			if (t->unit != FU_NONE)
				item_line = f->nl - 1;
		} else {
			struct fmt_line *l = &f->l[f->nl - 1];
			int gap = fmt_gap(f, t);
			if (prev->padto > 0 && prev->padto - fmt_col(l) > gap)
				gap = prev->padto - fmt_col(l);
			if (t->kind == FT_COMMENT)
				gap = 1;
			fmt_spaces(l, gap);
		}
		struct fmt_line *l = &f->l[f->nl - 1];
		if (t->kind == FT_COMMENT && !start)
			l->cmt_at = (long)l->len;
		if (t->dur_run > 0 && !start) {
			l->dur_at = (long)l->len;
			l->dur_run = t->dur_run;
		}
		if (t->kind == FT_STRING && anchor < 0 && f->nl - 1 == item_line)
			anchor = fmt_col(l);
		fmt_append(l, t->s, t->len);
		if (fmt_is(t, "{") && t->kind == FT_PUNCT && nbr < (int)(sizeof braces / sizeof braces[0]))
			braces[nbr++] = indent / 2;
		else if (fmt_is(t, "}") && t->kind == FT_PUNCT && nbr > 0)
			nbr--;
	}
	for (size_t k = 0; k < f->nl; k++)
		f->l[k].single = f->l[k].item != 0 &&
				 (k == 0 || f->l[k - 1].item != f->l[k].item) &&
				 (k + 1 == f->nl || f->l[k + 1].item != f->l[k].item);
	fmt_align_durations(f);
	fmt_align_comments(f);
}

/*
 * The formatted text of src (its tree is file), malloc'd, NUL-terminated.
 */
static char *fmt_format(const struct source *src, struct ast_file *file, size_t *outlen)
{
	struct fmt f;
	memset(&f, 0, sizeof f);
	f.src = src;
	fmt_scan(&f);
	fmt_structure(&f, file);
	fmt_layout(&f);
	size_t n = src->start, cap = n + 1;
	for (size_t i = 0; i < f.nl; i++)
		cap += f.l[i].len + 1;
	char *out = xmalloc(cap + 1);
	memcpy(out, src->text, src->start); /* a byte-order mark stays */
	for (size_t i = 0; i < f.nl; i++) {
		struct fmt_line *l = &f.l[i];
		while (l->len > 0 && (l->s[l->len - 1] == ' ' || l->s[l->len - 1] == '\t'))
			l->len--;
		if (l->len)
			memcpy(out + n, l->s, l->len);
		n += l->len;
		out[n++] = '\n';
		free(l->s);
	}
	out[n] = '\0';
	free(f.l);
	free(f.t);
	*outlen = n;
	return out;
}

/* ---- the tree without positions (--dump-ast) ---------------------------- */

static void fmt_dump_str(FILE *o, const char *s)
{
	if (!s) {
		fputs("-", o);
		return;
	}
	fputc('"', o);
	for (; *s; s++) {
		if (*s == '"' || *s == '\\')
			fputc('\\', o);
		fputc(*s, o);
	}
	fputc('"', o);
}

static void fmt_dump_text(FILE *o, const struct text *t)
{
	fmt_dump_str(o, t->kk);
	fputs(" ru ", o);
	fmt_dump_str(o, t->ru);
}

static void fmt_dump_qty(FILE *o, const struct ast_qty *q)
{
	if (!q) {
		fputs("-", o);
		return;
	}
	for (const struct ast_qterm *t = q->first; t; t = t->next)
		fprintf(o, "%s%llu%s %s", t == q->first ? "" : " ", (unsigned long long)t->n,
			t->overflow ? "!" : "", t->unit.name ? t->unit.name : "-");
}

static void fmt_dump_dur(FILE *o, const struct ast_dur *d)
{
	if (!d) {
		fputs("dur -", o);
		return;
	}
	static const char *const form[] = { "exact", "not-more", "within", "range", "automatic" };
	fprintf(o, "dur %s ", form[d->form]);
	fmt_dump_qty(o, d->lo);
	fprintf(o, " bare %llu%s ", (unsigned long long)d->bare_lo, d->bare_overflow ? "!" : "");
	fmt_dump_qty(o, d->hi);
}

static void fmt_dump_ref(FILE *o, const struct ast_ref *r)
{
	fprintf(o, "%s.%s", r->route.name ? r->route.name : "-",
		r->label.name ? r->label.name : "-");
}

static void fmt_dump_stated(FILE *o, const struct ast_stated *s, int ind)
{
	for (; s; s = s->next) {
		fprintf(o, "%*sstated %s ", ind, "", stated_classes[s->kind].name);
		fmt_dump_ref(o, &s->target);
		fputc(' ', o);
		fmt_dump_str(o, s->where);
		fputc(' ', o);
		if (s->silent)
			fputs("silent", o);
		else
			fmt_dump_str(o, s->phrase);
		fputc('\n', o);
	}
}

static void fmt_dump_block(FILE *o, const struct ast_block *b, int ind);

static void fmt_dump_item(FILE *o, const struct ast_item *it, int ind)
{
	static const char *const kind[] = { "step", "if", "use", "end", "goto", "term" };
	fprintf(o, "%*s%s label=%s", ind, "", kind[it->kind],
		it->label.name ? it->label.name : "-");
	switch (it->kind) {
	case AST_STEP:
		fprintf(o, " actor=%s%s ", it->u.step.unnamed ? "unnamed:" : "",
			it->u.step.actor.name ? it->u.step.actor.name : "-");
		fmt_dump_text(o, &it->u.step.action);
		fputs(" -> ", o);
		fmt_dump_text(o, &it->u.step.handoff);
		fputc(' ', o);
		fmt_dump_dur(o, it->u.step.dur);
		fputc('\n', o);
		fmt_dump_stated(o, it->u.step.stated, ind + 2);
		break;
	case AST_IF:
		fprintf(o, " actor=%s ", it->u.dec.actor.name ? it->u.dec.actor.name : "-");
		fmt_dump_text(o, &it->u.dec.question);
		fputc('\n', o);
		for (const struct ast_arm *a = it->u.dec.arms; a; a = a->next) {
			fprintf(o, "%*s%s\n", ind + 2, "", a->yes ? "yes" : "no");
			fmt_dump_block(o, &a->body, ind + 4);
		}
		break;
	case AST_USE:
		fputc(' ', o);
		fmt_dump_ref(o, &it->u.use.from);
		fputs(" .. ", o);
		fmt_dump_ref(o, &it->u.use.to);
		fputc('\n', o);
		fmt_dump_stated(o, it->u.use.stated, ind + 2);
		break;
	case AST_END:
		fprintf(o, " %s ", it->u.end.outcome.name ? it->u.end.outcome.name : "-");
		fmt_dump_text(o, &it->u.end.what);
		fputc('\n', o);
		break;
	case AST_GOTO:
		fprintf(o, " %s max=%d:%llu%s\n",
			it->u.go.target.name ? it->u.go.target.name : "-", it->u.go.has_max,
			(unsigned long long)it->u.go.max, it->u.go.max_overflow ? "!" : "");
		break;
	case AST_TERM:
		fprintf(o, " %s ", it->u.term.outcome.name ? it->u.term.outcome.name : "-");
		fmt_dump_dur(o, it->u.term.dur);
		fputc('\n', o);
		fmt_dump_stated(o, it->u.term.stated, ind + 2);
		break;
	}
}

static void fmt_dump_block(FILE *o, const struct ast_block *b, int ind)
{
	for (const struct ast_item *it = b->first; it; it = it->next)
		fmt_dump_item(o, it, ind);
}

/* The tree, one node a line, without positions: equal trees print equal. */
static void fmt_dump(FILE *o, const struct ast_file *file)
{
	fprintf(o, "regulation %s\n", file->id.name ? file->id.name : "-");
	for (const struct ast_field *x = file->fields; x; x = x->next) {
		fprintf(o, "field %s:", x->name.name ? x->name.name : "-");
		for (const struct ast_value *v = x->values; v; v = v->next) {
			fputc(' ', o);
			if (v->kind == AV_TEXT) {
				fmt_dump_text(o, &v->text);
				if (v->lines.set)
					fprintf(o, " lines %llu..%llu",
						(unsigned long long)v->lines.first,
						(unsigned long long)v->lines.last);
			} else if (v->kind == AV_IDENT)
				fprintf(o, "id %s", v->id.name ? v->id.name : "-");
			else if (v->kind == AV_DATE)
				fprintf(o, "date %s", v->date);
			else if (v->kind == AV_PERIOD)
				fprintf(o, "period %s .. %s", v->date, v->date_to ? v->date_to : "");
			else
				fmt_dump_qty(o, v->qty);
			fputc(';', o);
		}
		fputc('\n', o);
	}
	for (const struct ast_actor *x = file->actors; x; x = x->next) {
		fprintf(o, "actor %s %s ", x->id.name ? x->id.name : "-",
			x->kind.name ? x->kind.name : "-");
		fmt_dump_text(o, &x->name);
		fputc('\n', o);
	}
	for (const struct ast_item *x = file->terms; x; x = x->next)
		fmt_dump_item(o, x, 0);
	for (const struct ast_route *r = file->routes; r; r = r->next) {
		fprintf(o, "route %s ", r->id.name ? r->id.name : "-");
		fmt_dump_text(o, &r->title);
		fputc('\n', o);
		fmt_dump_block(o, &r->body, 2);
	}
	for (const struct ast_participants *p = file->participants; p; p = p->next) {
		fputs("participants ", o);
		fmt_dump_str(o, p->where.s);
		fputc('\n', o);
		for (const struct ast_mark *m = p->names; m; m = m->next) {
			fputs("  ", o);
			fmt_dump_str(o, m->text.s);
			fputc('\n', o);
		}
	}
	for (const struct ast_appendix *a = file->appendices; a; a = a->next) {
		fprintf(o, "appendix %llu ", (unsigned long long)a->num);
		fmt_dump_str(o, a->where.s);
		fputc('\n', o);
		for (const struct ast_part *p = a->parts; p; p = p->next) {
			fprintf(o, "  part %s ", p->route.name ? p->route.name : "-");
			fmt_dump_str(o, p->title.s ? p->title.s : "");
			fputc('\n', o);
			for (const struct ast_row *r = p->rows; r; r = r->next) {
				fputs(r->box ? "    box" : "    column ", o);
				if (!r->box)
					fmt_dump_str(o, r->num.s);
				for (const struct ast_label *l = r->labels; l; l = l->next)
					fprintf(o, " %s", l->id.name);
				const struct ast_cell *c[] = { &r->unit, &r->action, &r->handoff,
							       &r->term };
				for (size_t k = 0; k < 4; k++) {
					if (r->box && k == 2)
						continue;
					fputc(' ', o);
					fmt_dump_str(o, c[k]->s ? c[k]->s : "");
				}
				for (const struct ast_mark *m = r->marks; m; m = m->next) {
					fputs(" mark ", o);
					fmt_dump_str(o, m->text.s);
				}
				fputc('\n', o);
			}
		}
	}
}

/* ---- the command ------------------------------------------------------- */

/*
 * Through symbolic links: the file they point at, which is what -w must
 * replace (renaming over the link would turn it into a file).  NULL when
 * given is not a link.  realpath is not POSIX.1 without XSI, so readlink.
 */
static char *fmt_follow(const char *given)
{
	char *cur = NULL;
	for (int hops = 0; hops < 16; hops++) {
		const char *p = cur ? cur : given;
		struct stat ls;
		char buf[4096];
		if (lstat(p, &ls) != 0 || !S_ISLNK(ls.st_mode))
			break;
		ssize_t k = readlink(p, buf, sizeof buf - 1);
		if (k <= 0)
			break;
		buf[k] = '\0';
		const char *slash = strrchr(p, '/');
		size_t dl = buf[0] == '/' || !slash ? 0 : (size_t)(slash - p) + 1;
		char *next = xmalloc(dl + (size_t)k + 1);
		memcpy(next, p, dl);
		memcpy(next + dl, buf, (size_t)k + 1);
		free(cur);
		cur = next;
	}
	return cur;
}

/*
 * Replace path by text without ever leaving a half-written file: a
 * temporary file in the same folder (so rename is atomic), then rename.
 */
static bool fmt_write(const char *given, const char *text, size_t n)
{
	char *real = fmt_follow(given);
	const char *path = real ? real : given;
	size_t pl = strlen(path);
	char *tmp = xmalloc(pl + 16);
	snprintf(tmp, pl + 16, "%s.fmtXXXXXX", path);
	int fd = mkstemp(tmp);
	if (fd < 0) {
		fprintf(stderr, "reglc: error: %s: cannot create a temporary file: %s\n", given,
			strerror(errno));
		free(tmp);
		free(real);
		return false;
	}
	struct stat st;
	if (stat(path, &st) == 0)
		(void)fchmod(fd, st.st_mode & 07777);
	FILE *o = fdopen(fd, "wb");
	bool ok = o && fwrite(text, 1, n, o) == n;
	if (o) {
		ok = fflush(o) == 0 && ok;
		ok = fsync(fileno(o)) == 0 && ok;
		ok = fclose(o) == 0 && ok;
	} else {
		close(fd);
	}
	if (ok && rename(tmp, path) != 0)
		ok = false;
	if (!ok) {
		fprintf(stderr, "reglc: error: %s: cannot write: %s\n", given, strerror(errno));
		unlink(tmp);
	}
	free(tmp);
	free(real);
	return ok;
}

static void fmt_usage(FILE *o)
{
	fputs("usage: reglc fmt [-w | --check] FILE...\n"
	      "  (no option)  print the formatted files to stdout\n"
	      "  -w           rewrite the files that are not formatted\n"
	      "  --check      name the files that are not formatted; exit 1 if any\n",
	      o);
}

int cmd_fmt(int argc, char **argv)
{
	enum { M_PRINT, M_WRITE, M_CHECK, M_DUMP } mode = M_PRINT;
	bool opts_done = false;
	int nfiles = 0;
	for (int i = 0; i < argc; i++) {
		const char *a = argv[i];
		if (!opts_done && a[0] == '-' && a[1] != '\0') {
			if (strcmp(a, "-w") == 0 || strcmp(a, "--write") == 0) {
				mode = M_WRITE;
			} else if (strcmp(a, "--check") == 0) {
				mode = M_CHECK;
			} else if (strcmp(a, "--dump-ast") == 0) {
				mode = M_DUMP; /* hidden: the tree without positions */
			} else if (strcmp(a, "--") == 0) {
				opts_done = true;
			} else if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
				fmt_usage(stdout);
				return 0;
			} else {
				fprintf(stderr, "reglc: error: unknown option '%s'\n", a);
				fmt_usage(stderr);
				return 2;
			}
			continue;
		}
		nfiles++;
	}
	if (nfiles == 0) {
		fputs("reglc: error: no input files\n", stderr);
		fmt_usage(stderr);
		return 2;
	}
	/* The files are only parsed: the formatter needs the syntax tree. */
	struct session S;
	struct session_opts so = { .format = DF_TEXT, .out = stderr, .no_timing = true,
				   .parse_only = true };
	char err[256];
	if (!session_open(&S, &so, err, sizeof err)) {
		fprintf(stderr, "reglc: error: %s\n", err);
		return 2;
	}
	int status = 0;
	opts_done = false;
	for (int i = 0; i < argc; i++) {
		const char *path = argv[i];
		if (!opts_done && path[0] == '-' && path[1] != '\0') {
			if (strcmp(path, "--") == 0)
				opts_done = true;
			continue;
		}
		const char *why = NULL;
		struct cunit u;
		if (!session_compile_file(&S, path, &u, &why)) {
			fprintf(stderr, "reglc: error: %s: %s\n", path, why ? why : "cannot read");
			status = 2;
			unit_release(&u);
			continue;
		}
		const struct source *src = u.src;
		struct ast_file *file = u.ast;
		if (S.d.file_errors > 0 || !file) {
			diag_flush(&S.d);
			fprintf(stderr, "reglc: %s: not formatted: it has syntax errors\n", path);
			if (status == 0)
				status = 1;
		} else if (mode == M_DUMP) {
			fmt_dump(stdout, file);
		} else {
			size_t n;
			char *out = fmt_format(src, file, &n);
			bool same = n == src->len && memcmp(out, src->text, n) == 0;
			if (mode == M_PRINT) {
				fwrite(out, 1, n, stdout);
			} else if (mode == M_CHECK) {
				if (!same) {
					printf("%s\n", path);
					if (status == 0)
						status = 1;
				}
			} else if (!same && !fmt_write(path, out, n)) {
				status = 2;
			}
			free(out);
		}
		diag_clear(&S.d);
		unit_release(&u);
	}
	session_close(&S);
	fflush(stdout);
	return status;
}
