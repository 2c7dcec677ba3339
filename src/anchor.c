/*
 * anchor.c — quotes against the legal text, and the text's durations
 * against the quotes (see anchor.h).
 *
 * The text is read as a converted PDF leaves it: lines, some of them
 * markdown ("## ...", "- 2) ..."), the appendices' tables as tab-separated
 * cells, boxes as HTML fragments.  One pass over the regulation's lines
 * indexes what a WHERE can name (index_build): its paragraphs ("6. ...")
 * with their sub-paragraphs ("2) ..."), and its appendices (a line that
 * ends in "N-қосымша") with the cells of their tables.  Quotes are found
 * with a plain byte search; only a quote that is not found costs more (the
 * closest text: Sellers' approximate match on the few lines that share
 * most of its trigrams).
 */
#include "anchor.h"

#include <stdio.h>
#include <stdlib.h>
#include <errno.h>
#include <string.h>

#include "arena.h"
#include "diag.h"
#include "model.h"
#include "phrase.h"
#include "session.h"
#include "source.h"
#include "utf8.h"

#define SPAN(s) (s).lo, (s).hi

/* ---- loading ------------------------------------------------------------------ */

/* Lines of t, not counting the empty one after a final line end. */
static uint32_t count_lines(const struct source *t)
{
	size_t n = t->nlines;
	if (n > 1 && t->lines[n - 1] == t->len)
		n--;
	return (uint32_t)n;
}

/* The bytes of lines first..last (0, 0: all) of t. */
static void line_range(const struct source *t, uint32_t first, uint32_t last, uint32_t *lo,
		       uint32_t *hi)
{
	if (first == 0) {
		*lo = (uint32_t)t->start;
		*hi = (uint32_t)t->len;
		return;
	}
	*lo = t->lines[first - 1];
	*hi = last < t->nlines ? t->lines[last] : (uint32_t)t->len;
}

struct source *anchor_load(const char *path, uint32_t first, uint32_t last,
			   struct anchor_why *why)
{
	memset(why, 0, sizeof *why);
	errno = 0;
	struct source *t = source_load(path, &why->sys);
	if (!t) {
		why->err = errno;
		why->fail = AF_READ;
		return NULL;
	}
	t->aux = true;
	for (size_t i = 0; i < t->len;) {
		uint32_t cp;
		size_t k = utf8_decode(t->text + i, t->len - i, &cp);
		if (k == 0) {
			why->fail = AF_UTF8;
			why->line = source_linecol(t, i).line;
			source_free(t);
			return NULL;
		}
		i += k;
	}
	uint32_t n = count_lines(t);
	if (first > n || last > n) {
		why->fail = AF_LINES;
		why->line = n;
		source_free(t);
		return NULL;
	}
	uint32_t lo, hi;
	line_range(t, first, last, &lo, &hi);
	if (hi - lo > ANCHOR_MAX_RANGE) {
		why->fail = AF_SIZE;
		source_free(t);
		return NULL;
	}
	return t;
}

void anchor_why_text(const struct anchor_why *why, char *buf, size_t n)
{
	switch (why->fail) {
	case AF_OK:
		snprintf(buf, n, "no error");
		break;
	case AF_READ:
		snprintf(buf, n, "%s", why->sys ? why->sys : "cannot be read");
		break;
	case AF_UTF8:
		snprintf(buf, n, "not valid UTF-8 (line %u)", why->line);
		break;
	case AF_LINES:
		snprintf(buf, n, "it has %u lines, fewer than the range names", why->line);
		break;
	case AF_SIZE:
		snprintf(buf, n, "the lines named hold more than %zu bytes (docs/limits.md)",
			 ANCHOR_MAX_RANGE);
		break;
	}
}

/* Digits at s[*i..n) as a number (at most 9 of them); false when none. */
static bool digits(const char *s, size_t n, size_t *i, uint32_t *v)
{
	size_t k = *i;
	uint32_t x = 0;
	while (k < n && s[k] >= '0' && s[k] <= '9' && k - *i < 9)
		x = x * 10 + (uint32_t)(s[k++] - '0');
	if (k == *i)
		return false;
	*i = k;
	*v = x;
	return true;
}

bool anchor_parse_arg(const char *arg, size_t *pathlen, uint32_t *first, uint32_t *last)
{
	size_t n = strlen(arg);
	*pathlen = n;
	*first = *last = 0;
	const char *colon = strrchr(arg, ':');
	if (!colon || colon == arg)
		return true;
	size_t i = (size_t)(colon - arg) + 1;
	uint32_t a, b;
	if (!digits(arg, n, &i, &a) || i >= n || arg[i] != '-')
		return true; /* no range: a colon of the name */
	i++;
	if (!digits(arg, n, &i, &b) || i != n)
		return true;
	*pathlen = (size_t)(colon - arg);
	*first = a;
	*last = b;
	return a >= 1 && a <= b;
}

/* ---- characters ----------------------------------------------------------------- */

/* Lower case of the letters a legal text uses: Latin, Russian, Kazakh. */
static uint32_t lower(uint32_t c)
{
	if (c >= 'A' && c <= 'Z')
		return c + 32;
	if (c >= 0x410 && c <= 0x42F)
		return c + 0x20;
	if (c >= 0x400 && c <= 0x40F)
		return c + 0x50;
	switch (c) {
	case 0x492: case 0x49A: case 0x4A2: case 0x4AE: case 0x4B0: case 0x4BA:
	case 0x4D8: case 0x4E8:
		return c + 1;
	default:
		return c;
	}
}

/* A letter or a digit (a rough rule: everything from Latin-1's letters
 * up, but not the general punctuation block). */
static bool alnum(uint32_t c)
{
	if (c < 0x80)
		return (c >= '0' && c <= '9') || ((c | 32) >= 'a' && (c | 32) <= 'z');
	return c >= 0xC0 && c != 0xD7 && c != 0xF7 && !(c >= 0x2000 && c <= 0x206F);
}

/* The character at s[i..n): its length (1 for a byte that is not UTF-8). */
static size_t char_at(const char *s, size_t n, size_t i, uint32_t *cp)
{
	size_t k = utf8_decode(s + i, n - i, cp);
	return k ? k : 1;
}

/* A space between words: ' ' or a no-break space. */
static size_t space_at(const char *s, size_t n, size_t i)
{
	if (s[i] == ' ')
		return 1;
	if (i + 1 < n && (unsigned char)s[i] == 0xC2 && (unsigned char)s[i + 1] == 0xA0)
		return 2;
	return 0;
}

/* Whether the character before t[at] (after lo) is a letter or a digit. */
static bool alnum_before(const char *t, uint32_t lo, uint32_t at)
{
	if (at <= lo)
		return false;
	uint32_t b = at - 1;
	while (b > lo && ((unsigned char)t[b] & 0xC0) == 0x80)
		b--;
	uint32_t cp;
	char_at(t, at, b, &cp);
	return alnum(cp);
}

static bool alnum_from(const char *t, uint32_t at, uint32_t hi)
{
	uint32_t cp;
	return at < hi && (char_at(t, hi, at, &cp), alnum(cp));
}

static bool starts(const char *s, size_t n, size_t i, const char *w)
{
	size_t k = strlen(w);
	return i + k <= n && memcmp(s + i, w, k) == 0;
}

/* ---- the index of a regulation's text ---------------------------------------------- */

/* A paragraph, sub-paragraph, appendix or cell: bytes [lo, hi), its number. */
struct part {
	uint32_t num;
	uint32_t lo, hi;
	uint32_t in;          /* sub: its paragraph; cell: its appendix (index) */
	struct anchor_span head; /* sub, cell: the line its list or table is
				    under ("... тексеру жүргізген кезде:") */
};

struct parts {
	struct part *v;
	size_t n, cap;
};

/* What a WHERE can name in the regulation's lines. */
struct index {
	struct parts para, sub, app, cell;
};

static size_t add_part(struct parts *p, uint32_t num, uint32_t lo, uint32_t in)
{
	if (p->n == p->cap) {
		p->cap = p->cap ? 2 * p->cap : 32;
		p->v = xrealloc(p->v, p->cap * sizeof *p->v);
	}
	p->v[p->n] = (struct part){ num, lo, lo, in, { 0, 0 } };
	return p->n++;
}

static void index_free(struct index *x)
{
	free(x->para.v);
	free(x->sub.v);
	free(x->app.v);
	free(x->cell.v);
}

/* Where the words of a line begin: past spaces and a list mark "- ". */
static size_t lead(const char *s, size_t n)
{
	size_t i = 0, k;
	for (;;) {
		if (i < n && (k = space_at(s, n, i)) != 0)
			i += k;
		else if (i + 1 < n && (s[i] == '-' || s[i] == '*') && s[i + 1] == ' ')
			i += 2;
		else
			return i;
	}
}

/* "6. ..." (a paragraph) or "2) ..." (a sub-paragraph): its number, and
 * which of the two ('.' or ')'), or 0. */
static char numbered(const char *s, size_t n, uint32_t *num)
{
	if (n && s[0] == '#')
		return 0;
	size_t i = lead(s, n);
	if (!digits(s, n, &i, num) || i - lead(s, n) > 3 || i >= n)
		return 0;
	if (s[i] == ')')
		return ')';
	if (s[i] == '.' && (i + 1 == n || space_at(s, n, i + 1)))
		return '.';
	return 0;
}

/* An appendix heading: a line that ends in "N-қосымша" ("2- қосымша",
 * "2 -қосымша", "N-қосымша</p>"), or starts with "Приложение N" (after
 * tabs and an opening tag).  Its number, or 0. */
static uint32_t appendix(const char *s, size_t n)
{
	static const char kk[] = "қосымша";
	for (size_t i = 0; i + sizeof kk - 1 <= n; i++) {
		if (memcmp(s + i, kk, sizeof kk - 1) != 0)
			continue;
		size_t e = i + sizeof kk - 1, k;
		while (e < n && (k = space_at(s, n, e)) != 0)
			e += k;
		if (e < n && s[e] != '<')
			continue;
		size_t b = i;
		while (b > 0 && s[b - 1] == ' ')
			b--;
		if (b > 0 && s[b - 1] == '-')
			b--;
		while (b > 0 && s[b - 1] == ' ')
			b--;
		size_t d = b;
		while (d > 0 && s[d - 1] >= '0' && s[d - 1] <= '9' && b - d < 3)
			d--;
		uint32_t num;
		if (d < b && digits(s, b, &d, &num) && num > 0)
			return num;
	}
	size_t i = 0;
	while (i < n && (s[i] == '\t' || s[i] == ' '))
		i++;
	if (starts(s, n, i, "<p>"))
		i += 3;
	static const char ru[] = "Приложение ";
	if (!starts(s, n, i, ru))
		return 0;
	i += sizeof ru - 1;
	uint32_t num;
	return digits(s, n, &i, &num) ? num : 0;
}

/* A table row: "N<TAB>...". */
static bool is_row(const char *s, size_t n)
{
	size_t i = 0;
	uint32_t num;
	return digits(s, n, &i, &num) && i <= 2 && i < n && s[i] == '\t';
}

/* A line that holds no letter or digit (blank, or a markdown table rule
 * "---<TAB>---"): a heading is never one. */
static bool is_blank(const char *s, size_t n)
{
	for (size_t i = 0; i < n;) {
		uint32_t cp;
		i += char_at(s, n, i, &cp);
		if (alnum(cp))
			return false;
	}
	return true;
}

/* The cells of a table row "N<TAB>title<TAB>column 1<TAB>..." (in appendix
 * a, under head) into x->cell, column 1 being the third cell. */
static void row_cells(struct index *x, const char *s, size_t n, uint32_t at, uint32_t a,
		      struct anchor_span head)
{
	if (!is_row(s, n))
		return;
	uint32_t cell = 0;
	size_t from = 0;
	for (size_t k = 0; k <= n; k++) {
		if (k < n && s[k] != '\t')
			continue;
		if (cell >= 2) {
			size_t lo = from, hi = k;
			while (lo < hi && s[lo] == ' ')
				lo++;
			while (hi > lo && s[hi - 1] == ' ')
				hi--;
			size_t c = add_part(&x->cell, cell - 1, at + (uint32_t)lo, a);
			x->cell.v[c].hi = at + (uint32_t)hi;
			x->cell.v[c].head = head;
		}
		cell++;
		from = k + 1;
	}
}

/*
 * Index the lines of text[lo, hi): a paragraph runs from its line to the
 * next paragraph, heading ('#') or appendix; a sub-paragraph from its line
 * to the next one or the end of its paragraph; an appendix from its
 * heading to the next appendix or paragraph.  Table rows are read only
 * inside an appendix.  A list of sub-paragraphs (numbers rising) is under
 * the last line before it that is not one of them, a table (rows with
 * nothing but blank lines and rules between them) under the last line
 * before it that is not a row: a WHERE's qualifier picks among them.
 */
static void index_build(struct index *x, const struct source *t, uint32_t lo, uint32_t hi)
{
	memset(x, 0, sizeof *x);
	long para = -1, sub = -1, app = -1;
	uint32_t first = source_linecol(t, lo).line;
	struct anchor_span not_sub = { 0, 0 }, not_row = { 0, 0 }, list = { 0, 0 }, table = { 0, 0 };
	bool after_row = false;
	uint32_t last_sub = 0;
	for (uint32_t l = first; l <= t->nlines && t->lines[l - 1] < hi; l++) {
		uint32_t at = t->lines[l - 1];
		size_t n;
		const char *s = source_line(t, l, &n);
		uint32_t num = 0;
		uint32_t a = appendix(s, n);
		char kind = a ? 0 : numbered(s, n, &num);
		bool closes_para = a || kind == '.' || (n && s[0] == '#');
		if (closes_para || kind == ')') {
			if (sub >= 0)
				x->sub.v[sub].hi = at;
			sub = -1;
		}
		if (closes_para && para >= 0) {
			x->para.v[para].hi = at;
			para = -1;
		}
		if ((a || kind == '.') && app >= 0) {
			x->app.v[app].hi = at;
			app = -1;
		}
		if (a)
			app = (long)add_part(&x->app, a, at, 0);
		else if (kind == '.')
			para = (long)add_part(&x->para, num, at, 0);
		else if (kind == ')' && para >= 0) {
			if (!(last_sub && num > last_sub))
				list = not_sub;
			last_sub = num;
			sub = (long)add_part(&x->sub, num, at, (uint32_t)para);
			x->sub.v[sub].head = list;
		}
		if (kind == '.' || a)
			last_sub = 0;
		bool row = is_row(s, n);
		if (row && !after_row)
			table = not_row;
		if (app >= 0)
			row_cells(x, s, n, at, (uint32_t)app, table);
		if (!is_blank(s, n)) {
			struct anchor_span line = { at, at + (uint32_t)n };
			if (kind != ')')
				not_sub = line;
			if (!row)
				not_row = line;
			after_row = row;
		}
	}
	if (sub >= 0)
		x->sub.v[sub].hi = hi;
	if (para >= 0)
		x->para.v[para].hi = hi;
	if (app >= 0)
		x->app.v[app].hi = hi;
}

/* ---- where ---------------------------------------------------------------------- */

/* What a WHERE names; 0: nothing of that kind. */
struct where {
	uint32_t para, sub, app, col;
	char qual[64];   /* the words in parentheses: "Орталық", "тексеру" */
};

/* The number after the word at s[i..) (past letters, spaces, "№"). */
static uint32_t number_after(const char *s, size_t n, size_t i)
{
	for (size_t k = 0; i < n && k < 24 && !(s[i] >= '0' && s[i] <= '9'); k++)
		i++;
	uint32_t v = 0;
	return digits(s, n, &i, &v) ? v : 0;
}

/* The number before s[i] ("5-баған": before "баған"), or 0. */
static uint32_t number_before(const char *s, size_t i)
{
	while (i > 0 && (s[i - 1] == ' ' || s[i - 1] == '-'))
		i--;
	size_t e = i;
	while (i > 0 && s[i - 1] >= '0' && s[i - 1] <= '9' && e - i < 3)
		i--;
	uint32_t v = 0;
	return i < e && digits(s, e, &i, &v) ? v : 0;
}

/* The first place of w[from..) where word occurs, or n. */
static size_t find_word(const char *w, size_t n, size_t from, const char *word)
{
	size_t k = strlen(word);
	for (size_t i = from; i + k <= n; i++)
		if (memcmp(w + i, word, k) == 0)
			return i;
	return n;
}

/*
 * Read a WHERE (docs/language.md §4.1): "¶6.2", "6.2", "¶6", "6-тармақ 2)",
 * "6-тармақтың 2) тармақшасы", "1-қосымша, 3-баған", "3-қосымша (Орталық)",
 * "пункт 6, подпункт 2)", "подпункт 2) пункта 6", "приложение 1, графа 3".
 * What follows the numbers ("(Орталық)", "(тексеру)") is not read.
 */
static void where_read(const char *w, struct where *o)
{
	memset(o, 0, sizeof *o);
	size_t n = strlen(w), i = 0;
	const char *op = strchr(w, '('), *cp = op ? strchr(op, ')') : NULL;
	if (cp && (size_t)(cp - op - 1) < sizeof o->qual) {
		memcpy(o->qual, op + 1, (size_t)(cp - op - 1));
		o->qual[cp - op - 1] = '\0';
	}
	while (i < n && w[i] == ' ')
		i++;
	bool mark = starts(w, n, i, "¶") || starts(w, n, i, "§");
	if (mark) {
		i += 2;
		while (i < n && w[i] == ' ')
			i++;
	}
	uint32_t num;
	if (digits(w, n, &i, &num)) {
		if (i + 1 < n && w[i] == '.' && w[i + 1] >= '0' && w[i + 1] <= '9') {
			i++;
			o->para = num;
			digits(w, n, &i, &o->sub);
			return;
		}
		size_t k = i;
		while (k < n && (w[k] == ' ' || w[k] == '-'))
			k++;
		if (starts(w, n, k, "қосымша")) {
			o->app = num;
			size_t c = find_word(w, n, k, "баған");
			if (c < n)
				o->col = number_before(w, c);
			return;
		}
		if (starts(w, n, k, "тармақ")) {
			o->para = num;
			for (size_t j = k; j < n; j++) {
				size_t d = j;
				uint32_t v;
				if ((j == 0 || w[j - 1] < '0' || w[j - 1] > '9') &&
				    digits(w, n, &d, &v) && d < n && w[d] == ')') {
					o->sub = v;
					break;
				}
			}
			return;
		}
		if (mark)
			o->para = num;
		return;
	}
	/* Russian: the words, in any order. */
	for (size_t j = 0; (j = find_word(w, n, j, "ункт")) < n; j++) {
		static const char sp[] = "подп", SP[] = "Подп";
		size_t k = sizeof sp - 1; /* "подп" before "ункт": a sub-paragraph */
		bool sub = j >= k && (memcmp(w + j - k, sp, k) == 0 || memcmp(w + j - k, SP, k) == 0);
		uint32_t v = number_after(w, n, j);
		if (sub)
			o->sub = v;
		else
			o->para = v;
	}
	size_t j = find_word(w, n, 0, "риложени");
	if (j < n)
		o->app = number_after(w, n, j);
	j = find_word(w, n, 0, "граф");
	if (j == n)
		j = find_word(w, n, 0, "столб");
	if (j < n && o->app)
		o->col = number_after(w, n, j);
}

/* s[0..n) in lower case, into buf (cut at cap). */
static size_t fold(const char *s, size_t n, char *buf, size_t cap)
{
	size_t k = 0;
	for (size_t i = 0; i < n;) {
		uint32_t cp;
		i += char_at(s, n, i, &cp);
		if (k + 4 > cap)
			break;
		k += utf8_encode(lower(cp), buf + k);
	}
	return k;
}

/* Whether the line head holds the qualifier qual, without case. */
static bool heads(const char *t, struct anchor_span head, const char *qual)
{
	char q[128], h[1024];
	size_t qn = fold(qual, strlen(qual), q, sizeof q);
	size_t hn = fold(t + head.lo, head.hi - head.lo, h, sizeof h);
	for (size_t i = 0; qn && i + qn <= hn; i++)
		if (memcmp(h + i, q, qn) == 0)
			return true;
	return false;
}

/* The parts of kind p with number num (and inside one of the chosen
 * parts `in`, when in is not NULL; under a line that holds qual, when
 * some are), appended to out. */
static size_t pick(const char *t, const struct parts *p, uint32_t num, const bool *in,
		   const char *qual, struct anchor_span **out, size_t *n, size_t *cap, bool *chosen)
{
	bool any = false;
	for (size_t i = 0; qual && i < p->n && !any; i++)
		any = p->v[i].num == num && (!in || in[p->v[i].in]) &&
		      heads(t, p->v[i].head, qual);
	size_t k = 0;
	for (size_t i = 0; i < p->n; i++) {
		if (p->v[i].num != num || (in && !in[p->v[i].in]) ||
		    (any && !heads(t, p->v[i].head, qual)))
			continue;
		if (chosen)
			chosen[i] = true;
		if (*n == *cap) {
			*cap = *cap ? 2 * *cap : 8;
			*out = xrealloc(*out, *cap * sizeof **out);
		}
		(*out)[(*n)++] = (struct anchor_span){ p->v[i].lo, p->v[i].hi };
		k++;
	}
	return k;
}

/* The place w names in the index: the narrowest parts found (see
 * where_read; a sub-paragraph or column not found leaves its paragraph or
 * appendix), *n of them; 0 when none. */
static struct anchor_span *place_of(const char *t, const struct index *x, const struct where *w,
				    size_t *n)
{
	struct anchor_span *v = NULL;
	size_t cap = 0;
	*n = 0;
	const struct parts *outer = w->para ? &x->para : w->app ? &x->app : NULL;
	if (!outer)
		return NULL;
	const struct parts *inner = w->para ? &x->sub : &x->cell;
	uint32_t num = w->para ? w->para : w->app, in = w->para ? w->sub : w->col;
	bool *chosen = xcalloc(outer->n + 1, sizeof *chosen);
	struct anchor_span *tmp = NULL;
	size_t nt = 0, ct = 0;
	pick(t, outer, num, NULL, NULL, &tmp, &nt, &ct, chosen);
	if (nt && in && pick(t, inner, in, chosen, w->qual[0] ? w->qual : NULL, &v, n, &cap, NULL)) {
		free(tmp);
	} else {
		free(v);
		v = tmp;
		*n = nt;
	}
	free(chosen);
	return v;
}

struct anchor_span *anchor_place(const struct source *text, uint32_t lo, uint32_t hi,
				 const char *where, size_t *n)
{
	struct index x;
	index_build(&x, text, lo, hi);
	struct where w;
	where_read(where, &w);
	struct anchor_span *v = place_of(text->text, &x, &w, n);
	index_free(&x);
	return v;
}

/* The WHERE of what is written at byte at, as a hint writes it: "¶6.2",
 * "1-қосымша, 3-баған", "3-қосымша"; empty when none. */
static void where_of(const struct index *x, uint32_t at, char *buf, size_t n)
{
	buf[0] = '\0';
	for (size_t i = 0; i < x->sub.n; i++)
		if (x->sub.v[i].lo <= at && at < x->sub.v[i].hi) {
			snprintf(buf, n, "¶%u.%u", x->para.v[x->sub.v[i].in].num, x->sub.v[i].num);
			return;
		}
	for (size_t i = 0; i < x->para.n; i++)
		if (x->para.v[i].lo <= at && at < x->para.v[i].hi) {
			snprintf(buf, n, "¶%u", x->para.v[i].num);
			return;
		}
	for (size_t i = 0; i < x->cell.n; i++)
		if (x->cell.v[i].lo <= at && at < x->cell.v[i].hi) {
			snprintf(buf, n, "%u-қосымша, %u-баған", x->app.v[x->cell.v[i].in].num,
				 x->cell.v[i].num);
			return;
		}
	for (size_t i = 0; i < x->app.n; i++)
		if (x->app.v[i].lo <= at && at < x->app.v[i].hi) {
			snprintf(buf, n, "%u-қосымша", x->app.v[i].num);
			return;
		}
}

/* ---- duration phrases in running text ------------------------------------------------ */

/* A word of running text; letter-spaced runs ("а с п а й д ы") are one. */
struct word {
	uint32_t lo, hi;
};

/* A duration phrase found: bytes [lo, hi) and what it reads as. */
struct found {
	uint32_t lo, hi;
	struct dur dur;
};

struct founds {
	struct found *v;
	size_t n, cap;
};

/* The most words a phrase may have: "тоқсан күнтізбелік күннен – бір жүз
 * сексен күнтізбелік күнге дейін" has 10. */
#define SCAN_WORDS 12

/* Markers that end a Kazakh duration phrase, and the beginnings of unit
 * words in Kazakh and Russian (lower case, letters only). */
static const char *const scan_marks[] = {
	"аспайды", "аспайтын", "аспауы", "кешіктірмей", "ішінде", "бойы", "дейін",
	"дейінгі", "емес", "мерзімде", "тиіс", NULL,
};
static const char *const scan_units[] = {
	"минут", "сағат", "күн", "апта", "ай", "час", "дн", "день", "сут", "недел", "месяц", NULL,
};

/* Whether a word can end a duration phrase: it ends in a marker or begins
 * with a unit word, read without case, spaces and punctuation. */
static bool ends_phrase(const char *s, size_t n)
{
	char buf[256];
	size_t k = 0;
	for (size_t i = 0; i < n;) {
		uint32_t cp;
		i += char_at(s, n, i, &cp);
		if (!alnum(cp))
			continue;
		if (k + 4 >= sizeof buf)
			return false;
		k += utf8_encode(lower(cp), buf + k);
	}
	for (const char *const *m = scan_marks; *m; m++) {
		size_t l = strlen(*m);
		if (k >= l && memcmp(buf + k - l, *m, l) == 0)
			return true;
	}
	for (const char *const *u = scan_units; *u; u++)
		if (k >= strlen(*u) && memcmp(buf, *u, strlen(*u)) == 0)
			return true;
	return false;
}

/* [lo, hi) without the punctuation at its ends ("(он", "аспайды);"). */
static void trim(const char *t, uint32_t *lo, uint32_t *hi)
{
	while (*lo < *hi) {
		uint32_t cp;
		size_t k = char_at(t, *hi, *lo, &cp);
		if (alnum(cp))
			break;
		*lo += (uint32_t)k;
	}
	while (*hi > *lo) {
		uint32_t b = *hi - 1;
		while (b > *lo && ((unsigned char)t[b] & 0xC0) == 0x80)
			b--;
		uint32_t cp;
		char_at(t, *hi, b, &cp);
		if (alnum(cp))
			break;
		*hi = b;
	}
}

/* One word of one character, a letter or a digit: a piece of letter-spacing. */
static bool single(const char *t, uint32_t lo, uint32_t hi)
{
	uint32_t cp;
	return char_at(t, hi, lo, &cp) == hi - lo && alnum(cp);
}

/* The phrases of one run of text without tabs or tags, t[lo, hi). */
static void scan_run(const char *t, uint32_t lo, uint32_t hi, struct founds *f)
{
	struct word *w = NULL;
	size_t nw = 0, cap = 0;
	bool prev_single = false;
	for (uint32_t i = lo; i < hi;) {
		size_t k;
		if ((k = space_at(t, hi, i)) != 0) {
			i += (uint32_t)k;
			continue;
		}
		uint32_t b = i;
		while (i < hi && !space_at(t, hi, i))
			i++;
		bool one = single(t, b, i);
		/* A one-letter word right after another joins it: "а с п а й д ы". */
		if (one && prev_single && b - w[nw - 1].hi <= 2) {
			w[nw - 1].hi = i;
			continue;
		}
		prev_single = one;
		if (nw == cap) {
			cap = cap ? 2 * cap : 64;
			w = xrealloc(w, cap * sizeof *w);
		}
		w[nw++] = (struct word){ b, i };
	}
	for (size_t j = 0; j < nw; j++) {
		if (!ends_phrase(t + w[j].lo, w[j].hi - w[j].lo))
			continue;
		/* The longest window ending here that reads. */
		bool got = false;
		struct found best = { 0 };
		for (size_t a = j + 1; a-- > 0 && j - a < SCAN_WORDS;) {
			uint32_t plo = w[a].lo, phi = w[j].hi;
			trim(t, &plo, &phi);
			if (plo >= phi)
				continue;
			struct phrase_reading r;
			if (phrase_read(t + plo, phi - plo, &r, NULL) == 0 && r.from_lo == r.from_hi) {
				best = (struct found){ plo, phi, r.dur };
				got = true;
			}
		}
		if (!got)
			continue;
		if (f->n == f->cap) {
			f->cap = f->cap ? 2 * f->cap : 32;
			f->v = xrealloc(f->v, f->cap * sizeof *f->v);
		}
		f->v[f->n++] = best;
	}
	free(w);
}

static int cmp_found(const void *a, const void *b)
{
	const struct found *x = a, *y = b;
	if (x->lo != y->lo)
		return x->lo < y->lo ? -1 : 1;
	return x->hi > y->hi ? -1 : x->hi < y->hi;
}

/*
 * The duration phrases of t[lo, hi).  The rule: the text is cut into runs
 * at line ends, tabs (table cells) and HTML tags (boxes); a run into words
 * at spaces, a letter-spaced run of one-letter words being one word.  A
 * word that ends in a Kazakh marker (аспайды, ішінде, дейін, кешіктірмей,
 * бойы, артық емес, ...) or begins with a unit word (минут, сағат, күн,
 * апта, ай; минут, час, день/дня/дней, сутки, неделя, месяц) may end a
 * phrase: the windows of up to SCAN_WORDS words that end there are read
 * by the phrase reader (phrase.h), and the longest that reads without a
 * context of the start is a phrase (a context is open text: "4)
 * орындаушы құжаттарды алған сәттен бастап" reads as one, so it is left
 * out).  Phrases that overlap are one, read as the longest.  So every
 * phrase the reader reads is found when it ends in a marker or a unit
 * (Kazakh puts the marker last; a Russian phrase "не более 15 минут" ends
 * in its unit), without the context that says from when it runs; one
 * split by a line end or a tab is not found.
 */
static void scan(const struct source *src, uint32_t lo, uint32_t hi, struct founds *f)
{
	const char *t = src->text;
	uint32_t i = lo;
	while (i < hi) {
		uint32_t b = i;
		while (i < hi && t[i] != '\n' && t[i] != '\r' && t[i] != '\t' && t[i] != '<')
			i++;
		if (i > b)
			scan_run(t, b, i, f);
		if (i < hi && t[i] == '<') { /* a tag, to its '>' on the line */
			uint32_t k = i + 1;
			while (k < hi && t[k] != '>' && t[k] != '\n')
				k++;
			i = k < hi && t[k] == '>' ? k + 1 : i + 1;
			continue;
		}
		if (i < hi)
			i++;
	}
	if (f->n > 1)
		qsort(f->v, f->n, sizeof *f->v, cmp_found);
	/* Overlapping phrases are one, read as the longest of them. */
	size_t w = 0;
	for (size_t k = 0; k < f->n; k++) {
		if (w && f->v[k].lo < f->v[w - 1].hi) {
			struct found *o = &f->v[w - 1];
			if (f->v[k].hi - f->v[k].lo > o->hi - o->lo)
				o->dur = f->v[k].dur;
			if (f->v[k].hi > o->hi)
				o->hi = f->v[k].hi;
			continue;
		}
		f->v[w++] = f->v[k];
	}
	f->n = w;
}

struct anchor_span *anchor_durations(const struct source *text, uint32_t lo, uint32_t hi,
				     size_t *n)
{
	struct founds f = { 0 };
	scan(text, lo, hi, &f);
	struct anchor_span *v = xcalloc(f.n + 1, sizeof *v);
	for (size_t i = 0; i < f.n; i++)
		v[i] = (struct anchor_span){ f.v[i].lo, f.v[i].hi };
	*n = f.n;
	free(f.v);
	return v;
}

/* ---- the closest text ---------------------------------------------------------------- */

/* Lines compared closely, and their length and the quote's, in characters. */
#define NEAR_LINES 4
#define NEAR_LINE_CP 8192
#define NEAR_QUOTE_CP 256

static unsigned tri(const unsigned char *p)
{
	return ((unsigned)p[0] * 31u * 31u + (unsigned)p[1] * 31u + p[2]) & 4095u;
}

/* Decode s[0..n) into at most max code points without the spaces (the
 * letter-spacing a PDF leaves is no difference worth counting), with the
 * byte offset where each begins and ends. */
static size_t decode(const char *s, size_t n, uint32_t *cp, uint32_t *off, uint32_t *end,
		     size_t max)
{
	size_t k = 0;
	for (size_t i = 0; i < n && k < max;) {
		size_t sp = space_at(s, n, i);
		if (sp) {
			i += sp;
			continue;
		}
		off[k] = (uint32_t)i;
		i += char_at(s, n, i, &cp[k]);
		end[k] = (uint32_t)i;
		k++;
	}
	return k;
}

/*
 * Sellers' approximate match of q (m code points) in line t[lo, hi): the
 * substring of the line at the least edit distance from q, as bytes.
 */
static unsigned sellers(const uint32_t *q, size_t m, const char *t, uint32_t lo, uint32_t hi,
			uint32_t *blo, uint32_t *bhi)
{
	uint32_t *cp = xmalloc((NEAR_LINE_CP + 1) * sizeof *cp);
	uint32_t *off = xmalloc((NEAR_LINE_CP + 1) * sizeof *off);
	uint32_t *end = xmalloc((NEAR_LINE_CP + 1) * sizeof *end);
	size_t n = decode(t + lo, hi - lo, cp, off, end, NEAR_LINE_CP);
	unsigned *prev = xmalloc((m + 1) * sizeof *prev), *cur = xmalloc((m + 1) * sizeof *cur);
	size_t *ps = xmalloc((m + 1) * sizeof *ps), *cs = xmalloc((m + 1) * sizeof *cs);
	for (size_t i = 0; i <= m; i++) {
		prev[i] = (unsigned)i;
		ps[i] = 0;
	}
	unsigned best = prev[m];
	size_t bs = 0, be = 0;
	for (size_t j = 1; j <= n; j++) {
		cur[0] = 0;
		cs[0] = j;
		for (size_t i = 1; i <= m; i++) {
			unsigned d = prev[i - 1] + (q[i - 1] != cp[j - 1]);
			size_t s = ps[i - 1];
			if (prev[i] + 1 < d) {
				d = prev[i] + 1;
				s = ps[i];
			}
			if (cur[i - 1] + 1 < d) {
				d = cur[i - 1] + 1;
				s = cs[i - 1];
			}
			cur[i] = d;
			cs[i] = s;
		}
		if (cur[m] < best) {
			best = cur[m];
			bs = cs[m];
			be = j;
		}
		unsigned *x = prev;
		prev = cur;
		cur = x;
		size_t *y = ps;
		ps = cs;
		cs = y;
	}
	*blo = be > bs ? lo + off[bs] : lo;
	*bhi = be > bs ? lo + end[be - 1] : lo;
	free(cp);
	free(off);
	free(end);
	free(prev);
	free(cur);
	free(ps);
	free(cs);
	return best;
}

/* The text closest to quote in the spans (lines cut to them): the
 * NEAR_LINES lines sharing most trigrams with it, matched closely.  False
 * when the spans hold no text. */
static bool closest(const struct source *src, const struct anchor_span *sp, size_t nsp,
		    const char *quote, uint32_t *lo, uint32_t *hi)
{
	const char *t = src->text;
	size_t qn = strlen(quote);
	uint8_t bits[512] = { 0 };
	for (size_t i = 0; i + 3 <= qn; i++) {
		unsigned h = tri((const unsigned char *)quote + i);
		bits[h >> 3] |= (uint8_t)(1u << (h & 7));
	}
	struct { uint32_t lo, hi; size_t score; } top[NEAR_LINES];
	size_t ntop = 0;
	for (size_t s = 0; s < nsp; s++) {
		uint32_t l = source_linecol(src, sp[s].lo).line;
		for (; l <= src->nlines && src->lines[l - 1] < sp[s].hi; l++) {
			size_t len;
			const char *line = source_line(src, l, &len);
			uint32_t a = (uint32_t)(line - t), b = a + (uint32_t)len;
			if (a < sp[s].lo)
				a = sp[s].lo;
			if (b > sp[s].hi)
				b = sp[s].hi;
			if (a >= b)
				continue;
			size_t score = 0;
			for (uint32_t i = a; i + 3 <= b; i++) {
				unsigned h = tri((const unsigned char *)t + i);
				score += (bits[h >> 3] >> (h & 7)) & 1;
			}
			size_t k = ntop < NEAR_LINES ? ntop++ : NEAR_LINES;
			if (k == NEAR_LINES) {
				if (score <= top[NEAR_LINES - 1].score)
					continue;
				k = NEAR_LINES - 1;
			}
			while (k > 0 && top[k - 1].score < score) {
				top[k] = top[k - 1];
				k--;
			}
			top[k].lo = a;
			top[k].hi = b;
			top[k].score = score;
		}
	}
	if (!ntop)
		return false;
	uint32_t *q = xmalloc((NEAR_QUOTE_CP + 1) * sizeof *q);
	uint32_t *qo = xmalloc((NEAR_QUOTE_CP + 1) * sizeof *qo);
	uint32_t *qe = xmalloc((NEAR_QUOTE_CP + 1) * sizeof *qe);
	size_t m = decode(quote, qn, q, qo, qe, NEAR_QUOTE_CP);
	unsigned best = ~0u;
	for (size_t k = 0; k < ntop; k++) {
		uint32_t a, b;
		unsigned d = sellers(q, m, t, top[k].lo, top[k].hi, &a, &b);
		if (d < best || (d == best && a < *lo)) {
			best = d;
			*lo = a;
			*hi = b;
		}
	}
	free(q);
	free(qo);
	free(qe);
	/* Whole words: "аспайд" is shown as the "аспайды" it is cut from. */
	while (alnum_before(t, 0, *lo) && alnum_from(t, *lo, (uint32_t)src->len)) {
		uint32_t b = *lo - 1;
		while (b > 0 && ((unsigned char)t[b] & 0xC0) == 0x80)
			b--;
		*lo = b;
	}
	while (*hi > *lo && alnum_before(t, 0, *hi) && alnum_from(t, *hi, (uint32_t)src->len)) {
		uint32_t cp;
		*hi += (uint32_t)char_at(t, src->len, *hi, &cp);
	}
	return *hi > *lo;
}

/* ---- the check ---------------------------------------------------------------------- */

/* A quote as the check sees it. */
struct quote {
	const struct m_quote *q;
	struct anchor_span *place;  /* what its WHERE names; NULL: the range */
	size_t nplace;
	size_t size;                /* bytes of the place: the narrowest claim first */
	bool found;                 /* it occurs in its place */
	uint32_t lo, hi;            /* the occurrence it claims (lo == hi: none) */
};

/*
 * The next occurrence of q (n bytes) in t[from, hi) as whole words, or
 * hi: byte for byte, and neither right after nor right before a letter or
 * a digit of the text, so that "бес минуттан аспайды" is not found in "он
 * бес минуттан аспайды", nor "аспайд" in "аспайды", nor " жұмыс күні" in
 * "1 жұмыс күні".
 */
static uint32_t search(const char *t, uint32_t from, uint32_t hi, const char *q, size_t n)
{
	if (n == 0)
		return hi;
	for (uint32_t i = from; i + n <= hi; i++) {
		const char *p = memchr(t + i, q[0], hi - n + 1 - i);
		if (!p)
			return hi;
		i = (uint32_t)(p - t);
		if (memcmp(p, q, n) == 0 && !alnum_before(t, 0, i) &&
		    !alnum_from(t, i + (uint32_t)n, hi))
			return i;
	}
	return hi;
}

/* The span of lines a place covers. */
static void place_lines(const struct source *t, const struct anchor_span *sp, size_t n,
			uint32_t *l1, uint32_t *l2)
{
	uint32_t lo = sp[0].lo, hi = sp[0].hi;
	for (size_t i = 1; i < n; i++) {
		if (sp[i].lo < lo)
			lo = sp[i].lo;
		if (sp[i].hi > hi)
			hi = sp[i].hi;
	}
	while (hi > lo && (t->text[hi - 1] == '\n' || t->text[hi - 1] == '\r' ||
			   t->text[hi - 1] == ' ' || t->text[hi - 1] == '\t'))
		hi--;
	*l1 = source_linecol(t, lo).line;
	*l2 = source_linecol(t, hi > lo ? hi - 1 : lo).line;
}

/* A quote not found: the error, and notes at where it occurs instead
 * or the closest text. */
static void report_missing(struct session *s, const struct cunit *u, const struct source *t,
			   const struct quote *x, uint32_t rlo, uint32_t rhi)
{
	const struct m_quote *q = x->q;
	struct anchor_span range = { rlo, rhi };
	const struct anchor_span *sp = x->nplace ? x->place : &range;
	size_t nsp = x->nplace ? x->nplace : 1;
	uint32_t l1, l2;
	place_lines(t, sp, nsp, &l1, &l2);
	char lines[64];
	if (l1 == l2)
		snprintf(lines, sizeof lines, "%u", l1);
	else
		snprintf(lines, sizeof lines, "%u-%u", l1, l2);
	struct diag *g;
	if (x->nplace)
		g = diag_emit(&s->d, D_QUOTE_MISSING, u->src, SPAN(q->at),
			      "this quote does not occur in %s of the legal text (%s:%s)",
			      q->where, t->path, lines);
	else
		g = diag_emit(&s->d, D_QUOTE_MISSING, u->src, SPAN(q->at),
			      "this quote does not occur in the regulation's lines of the legal "
			      "text (%s:%s)", t->path, lines);
	diag_about(g, q->route, q->node, q->stated);
	if (q->node)
		q->node->finding = true;
	size_t n = strlen(q->text);
	uint32_t at = x->nplace ? search(t->text, rlo, rhi, q->text, n) : rhi;
	if (at < rhi)
		diag_note(g, t, at, at + (uint32_t)n, "it occurs here, outside what %s names",
			  q->where);
	uint32_t lo = 0, hi = 0;
	if (closest(t, sp, nsp, q->text, &lo, &hi))
		diag_note(g, t, lo, hi, "the closest text there: \"%.*s\"", (int)(hi - lo),
			  t->text + lo);
	diag_hint(g, "a quote is copied from the legal text byte for byte, letter-spacing "
		     "and damage included");
}

static int cmp_claim(const void *a, const void *b)
{
	const struct quote *x = *(const struct quote *const *)a;
	const struct quote *y = *(const struct quote *const *)b;
	if (x->size != y->size)
		return x->size < y->size ? -1 : 1;
	uint32_t xl = x->nplace ? x->place[0].lo : 0, yl = y->nplace ? y->place[0].lo : 0;
	if (xl != yl)
		return xl < yl ? -1 : 1;
	return x->q->at.lo < y->q->at.lo ? -1 : x->q->at.lo > y->q->at.lo;
}

static bool same_place(const struct quote *a, const struct quote *b)
{
	if (a->nplace != b->nplace)
		return false;
	for (size_t i = 0; i < a->nplace; i++)
		if (a->place[i].lo != b->place[i].lo || a->place[i].hi != b->place[i].hi)
			return false;
	return true;
}

/* An occurrence in a place of one of its quotes' strings. */
struct occ {
	uint32_t at;
	const char *text;
};

static int cmp_occ(const void *a, const void *b)
{
	const struct occ *x = a, *y = b;
	return x->at < y->at ? -1 : x->at > y->at;
}

/* The most cells of the alignment of one place's quotes with their
 * occurrences; past it they claim in turn, the first free occurrence. */
#define CLAIM_CELLS ((size_t)4 << 20)

/*
 * The k quotes of g, of one place (sp, nsp), in the order they are
 * written, claim occurrences there that `taken` does not mark: the longest
 * common subsequence of their strings and the occurrences in the text's
 * order, so that when the place repeats a phrase (a box per step, each
 * "15 минуттан аспайды") the one left unclaimed is the one whose quote is
 * missing from the sequence; a quote out of the sequence then takes the
 * first free occurrence of its string.  A quote left without one repeats
 * another (the same phrase quoted under two steps) and claims nothing.
 */
static void claim_group(const struct source *t, struct quote **g, size_t k,
			const struct anchor_span *sp, size_t nsp, uint8_t *taken, uint32_t rlo)
{
	struct occ *o = NULL;
	size_t m = 0, cap = 0;
	for (size_t i = 0; i < k; i++) {
		const char *q = g[i]->q->text;
		bool seen = false;
		for (size_t j = 0; j < i && !seen; j++)
			seen = strcmp(g[j]->q->text, q) == 0;
		if (seen)
			continue;
		size_t len = strlen(q);
		for (size_t p = 0; p < nsp; p++)
			for (uint32_t at = search(t->text, sp[p].lo, sp[p].hi, q, len); at < sp[p].hi;
			     at = search(t->text, at + 1, sp[p].hi, q, len)) {
				uint32_t bit = at - rlo;
				if (taken[bit >> 3] >> (bit & 7) & 1)
					continue;
				if (m == cap) {
					cap = cap ? 2 * cap : 16;
					o = xrealloc(o, cap * sizeof *o);
				}
				o[m++] = (struct occ){ at, q };
			}
	}
	if (m > 1)
		qsort(o, m, sizeof *o, cmp_occ);
	uint32_t *L = (k + 1) * (m + 1) <= CLAIM_CELLS
		      ? xcalloc((k + 1) * (m + 1), sizeof *L) : NULL;
#define AT(i, j) L[(i) * (m + 1) + (j)]
	bool *use = xcalloc(m + 1, sizeof *use);
	if (L) {
		for (size_t i = 1; i <= k; i++)
			for (size_t j = 1; j <= m; j++)
				AT(i, j) = strcmp(g[i - 1]->q->text, o[j - 1].text) == 0
					   ? AT(i - 1, j - 1) + 1
					   : AT(i - 1, j) >= AT(i, j - 1) ? AT(i - 1, j) : AT(i, j - 1);
		/* Back from the end, leaving out a later occurrence rather than an
		   earlier one: the quotes take the first they can. */
		for (size_t i = k, j = m; i > 0 && j > 0;) {
			if (AT(i, j - 1) == AT(i, j)) {
				j--;
			} else if (strcmp(g[i - 1]->q->text, o[j - 1].text) == 0 &&
				   AT(i, j) == AT(i - 1, j - 1) + 1) {
				g[i - 1]->lo = o[j - 1].at;
				g[i - 1]->hi = o[j - 1].at + (uint32_t)strlen(o[j - 1].text);
				use[j - 1] = true;
				i--, j--;
			} else if (AT(i - 1, j) >= AT(i, j - 1)) {
				i--;
			} else {
				j--;
			}
		}
	}
#undef AT
	/* Out of the sequence (a branch written before the step the text
	   states first, or too many to align): the first free occurrence. */
	for (size_t i = 0; i < k; i++)
		for (size_t j = 0; j < m && g[i]->lo == g[i]->hi; j++)
			if (!use[j] && strcmp(g[i]->q->text, o[j].text) == 0) {
				g[i]->lo = o[j].at;
				g[i]->hi = o[j].at + (uint32_t)strlen(o[j].text);
				use[j] = true;
			}
	for (size_t j = 0; j < m; j++)
		if (use[j]) {
			uint32_t bit = o[j].at - rlo;
			taken[bit >> 3] |= (uint8_t)(1u << (bit & 7));
		}
	free(use);
	free(L);
	free(o);
}

/*
 * Each quote found claims one occurrence in its place (claim_group), the
 * narrowest places first, so that a quote of a whole appendix does not
 * take the cell a column's quote needs.
 */
static void claim(const struct source *t, struct quote *v, size_t n, uint32_t rlo, uint32_t rhi)
{
	struct quote **order = xcalloc(n + 1, sizeof *order);
	size_t k = 0;
	for (size_t i = 0; i < n; i++)
		if (v[i].found && v[i].q->kind != MQ_MARK)
			order[k++] = &v[i];
	if (k > 1)
		qsort(order, k, sizeof *order, cmp_claim);
	/* The occurrences claimed, by where they start in the range. */
	uint8_t *taken = xcalloc((rhi - rlo) / 8 + 1, 1);
	struct anchor_span range = { rlo, rhi };
	for (size_t i = 0, j; i < k; i = j) {
		for (j = i + 1; j < k && same_place(order[i], order[j]); j++)
			;
		const struct quote *x = order[i];
		claim_group(t, order + i, j - i, x->nplace ? x->place : &range,
			    x->nplace ? x->nplace : 1, taken, rlo);
	}
	free(taken);
	free(order);
}

static int cmp_claimed(const void *a, const void *b)
{
	const struct quote *x = *(const struct quote *const *)a;
	const struct quote *y = *(const struct quote *const *)b;
	return x->lo < y->lo ? -1 : x->lo > y->lo;
}

/* Every duration phrase of the range that no claimed quote covers: a
 * quote covers a phrase when it holds it, or lies in it and reads as the
 * same duration (it leaves out words that state no time). */
static void report_uncovered(struct session *s, const struct cunit *u, const struct source *t,
			     const struct index *ix, const struct quote *v, size_t nq,
			     uint32_t rlo, uint32_t rhi)
{
	struct founds f = { 0 };
	scan(t, rlo, rhi, &f);
	/* The claims by place in the text, and the longest: a claim that
	   starts more than that before a phrase cannot reach it. */
	const struct quote **c = xcalloc(nq + 1, sizeof *c);
	size_t nc = 0;
	uint32_t longest = 0;
	for (size_t k = 0; k < nq; k++)
		if (v[k].lo < v[k].hi) {
			c[nc++] = &v[k];
			if (v[k].hi - v[k].lo > longest)
				longest = v[k].hi - v[k].lo;
		}
	if (nc > 1)
		qsort(c, nc, sizeof *c, cmp_claimed);
	for (size_t i = 0; i < f.n; i++) {
		const struct found *p = &f.v[i];
		const struct quote *part = NULL;
		bool covered = false;
		size_t e = 0, b = nc; /* the first claim that starts at or after p's end */
		while (e < b) {
			size_t m = e + (b - e) / 2;
			if (c[m]->lo < p->hi)
				e = m + 1;
			else
				b = m;
		}
		for (size_t k = e; k-- > 0 && !covered && c[k]->lo + longest > p->lo;) {
			const struct quote *x = c[k];
			if (x->hi <= p->lo)
				continue;
			if (x->lo <= p->lo && p->hi <= x->hi) {
				covered = true;
				break;
			}
			struct phrase_reading r;
			if (p->lo <= x->lo && x->hi <= p->hi &&
			    phrase_read(x->q->text, strlen(x->q->text), &r, NULL) == 0 &&
			    r.dur.form == p->dur.form &&
			    dur_same_interval(&r.dur, &p->dur, u->reg->workday_min))
				covered = true;
			else
				part = x;
		}
		if (covered)
			continue;
		char where[64];
		where_of(ix, p->lo, where, sizeof where);
		struct diag *g;
		if (part) {
			g = diag_emit(&s->d, D_UNQUOTED, t, p->lo, p->hi,
				      "the text states a duration here that the model quotes only in "
				      "part");
			diag_note(g, u->src, SPAN(part->q->at), "quoted here");
		} else {
			g = diag_emit(&s->d, D_UNQUOTED, t, p->lo, p->hi,
				      "the text states a duration here that the model does not quote");
		}
		diag_hint(g, "quote it under its step: `stated \"%s\" \"%.*s\"`",
			  where[0] ? where : "WHERE", (int)(p->hi - p->lo), t->text + p->lo);
	}
	free(c);
	free(f.v);
}

/* The text u is checked against: its field's (loaded into u->text) or the
 * session's; NULL when none or when it cannot be read (reported). */
static const struct source *text_of(struct session *s, struct cunit *u, uint32_t *first,
				    uint32_t *last)
{
	const struct m_source *f = &u->reg->meta.source;
	if (!f->path) {
		*first = s->o.source_first;
		*last = s->o.source_last;
		return s->text;
	}
	const char *base = u->src->path;
	const char *slash = strrchr(base, '/');
	char *path;
	if (f->path[0] == '/' || !slash) {
		path = xstrdup(f->path);
	} else {
		size_t dn = (size_t)(slash - base) + 1, pn = strlen(f->path);
		path = xmalloc(dn + pn + 1);
		memcpy(path, base, dn);
		memcpy(path + dn, f->path, pn + 1);
	}
	struct anchor_why why;
	u->text = anchor_load(path, f->first, f->last, &why);
	if (!u->text) {
		switch (why.fail) {
		case AF_READ:
		case AF_OK:
			diag_emit(&s->d, D_SOURCE_TEXT, u->src, SPAN(f->at),
				  "cannot read the legal text '%s': %s", path,
				  /* in the message's language, not the system's */
				  why.err == ENOENT ? FRAG("no such file")
				  : why.err == EACCES || why.err == EPERM ? FRAG("permission denied")
				  : why.sys && !strcmp(why.sys, "is a directory") ? FRAG("it is a folder")
				  : FRAG("it cannot be read"));
			break;
		case AF_UTF8:
			diag_emit(&s->d, D_SOURCE_TEXT, u->src, SPAN(f->at),
				  "the legal text '%s' is not valid UTF-8 (line %u)", path, why.line);
			break;
		case AF_LINES:
			diag_emit(&s->d, D_SOURCE_TEXT, u->src, SPAN(f->at),
				  "the legal text '%s' has %u lines, fewer than `source` names",
				  path, why.line);
			break;
		case AF_SIZE:
			diag_emit(&s->d, D_SOURCE_TEXT, u->src, SPAN(f->at),
				  "the lines `source` names hold more than %zu bytes (docs/limits.md)",
				  ANCHOR_MAX_RANGE);
			break;
		}
	}
	free(path);
	*first = f->first;
	*last = f->last;
	return u->text;
}

void anchor_check(struct session *s, struct cunit *u)
{
	if (!u->reg)
		return;
	uint32_t first, last, rlo, rhi;
	const struct source *t = text_of(s, u, &first, &last);
	if (!t)
		return;
	line_range(t, first, last, &rlo, &rhi);
	struct index ix;
	index_build(&ix, t, rlo, rhi);
	size_t nq;
	struct m_quote *mq = model_quotes(u->reg, &nq);
	struct quote *v = xcalloc(nq + 1, sizeof *v);
	for (size_t i = 0; i < nq; i++) {
		struct quote *x = &v[i];
		x->q = &mq[i];
		if (mq[i].where) {
			struct where w;
			where_read(mq[i].where, &w);
			x->place = place_of(t->text, &ix, &w, &x->nplace);
		}
		x->size = 0;
		for (size_t p = 0; p < x->nplace; p++)
			x->size += x->place[p].hi - x->place[p].lo;
		if (!x->nplace)
			x->size = rhi - rlo;
		size_t n = strlen(mq[i].text);
		if (x->nplace) {
			for (size_t p = 0; p < x->nplace && !x->found; p++) {
				uint32_t at = search(t->text, x->place[p].lo, x->place[p].hi,
						     mq[i].text, n);
				x->found = at < x->place[p].hi;
			}
		} else {
			x->found = search(t->text, rlo, rhi, mq[i].text, n) < rhi;
		}
		if (!x->found && n > 0)
			report_missing(s, u, t, x, rlo, rhi);
	}
	claim(t, v, nq, rlo, rhi);
	report_uncovered(s, u, t, &ix, v, nq, rlo, rhi);
	for (size_t i = 0; i < nq; i++)
		free(v[i].place);
	free(v);
	free(mq);
	index_free(&ix);
}
