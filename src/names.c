/*
 * names.c — printed names of actors against the model's (see names.h).
 */
#include "names.h"
#include "sb.h"
#include "utf8.h"

#include <stdint.h>
#include <string.h>

/* Most words of a text, and most letters of a word, that are compared. */
#define NM_WORDS 128
#define NM_LETTERS 64

/* A word: its letters (code points, lower case) and where it ends. */
struct nm_word {
	uint32_t c[NM_LETTERS];
	int n;
	size_t start, end; /* its bytes [start, end) in the text */
};

struct nm_text {
	struct nm_word w[NM_WORDS];
	int n;
};

static bool nm_letter(uint32_t c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 0x400 && c <= 0x4FF);
}

/*
 * Split s into words; a run of three or more one-letter words separated
 * by single spaces is joined into one ("О р ы н д а у ш ы").
 */
static void nm_split(const char *s, struct nm_text *t)
{
	size_t i = 0, n = s ? strlen(s) : 0;
	struct nm_text raw;
	size_t gap[NM_WORDS]; /* bytes of non-letters before raw word k */
	raw.n = 0;
	while (i < n && raw.n < NM_WORDS) {
		uint32_t cp;
		size_t start = i, k;
		while (i < n && ((k = utf8_decode(s + i, n - i, &cp)) == 0 || !nm_letter(cp)))
			i += k ? k : 1;
		if (i >= n)
			break;
		gap[raw.n] = i - start;
		struct nm_word *w = &raw.w[raw.n++];
		w->n = 0;
		w->start = i;
		while (i < n && (k = utf8_decode(s + i, n - i, &cp)) != 0 && nm_letter(cp)) {
			if (w->n < NM_LETTERS)
				w->c[w->n++] = utf8_lower(cp);
			i += k;
		}
		w->end = i;
	}
	t->n = 0;
	for (int k = 0; k < raw.n; k++) {
		int run = k;
		while (run < raw.n && raw.w[run].n == 1 && (run == k || gap[run] == 1))
			run++;
		if (run - k >= 3) {
			struct nm_word *w = &t->w[t->n++];
			w->n = 0;
			for (int j = k; j < run; j++)
				if (w->n < NM_LETTERS)
					w->c[w->n++] = raw.w[j].c[0];
			w->start = raw.w[k].start;
			w->end = raw.w[run - 1].end;
			k = run - 1;
		} else {
			t->w[t->n++] = raw.w[k];
		}
	}
}

/* The endings of Kazakh and Russian declension (case, possession,
 * number), written in lower case. */
static const char *const nm_endings[] = {
	/* Kazakh */
	"ның", "нің", "дың", "дің", "тың", "тің", "ға", "ге", "қа", "ке", "на", "не",
	"ны", "ні", "ды", "ді", "ты", "ті", "да", "де", "та", "те", "нда", "нде",
	"нан", "нен", "дан", "ден", "тан", "тен", "мен", "бен", "пен", "сы", "сі",
	"ы", "і", "н", "ң", "а", "е", "лар", "лер", "дар", "дер", "тар", "тер",
	/* Russian */
	"я", "у", "ю", "ом", "ем", "ой", "ей", "ою", "ею", "и", "ь", "ого", "его",
	"ому", "ему", "ым", "им", "ах", "ях", "ам", "ям", "ами", "ями", "ов", "ев",
	"ия", "ию", "ии", "ие", "ий", "ую", "ая", "ое", "ые", "ых", "их", "ам",
	NULL
};

/* Whether c[0..n) is a chain of at most `depth` endings. */
static bool nm_endings_chain(const uint32_t *c, int n, int depth)
{
	if (n == 0)
		return true;
	if (depth == 0)
		return false;
	for (const char *const *e = nm_endings; *e; e++) {
		uint32_t ec[8];
		int m = 0;
		size_t len = strlen(*e);
		for (size_t i = 0; i < len && m < 8;) {
			size_t k = utf8_decode(*e + i, len - i, &ec[m]);
			if (!k)
				break;
			i += k;
			m++;
		}
		if (m <= n && !memcmp(c, ec, (size_t)m * sizeof *c) &&
		    nm_endings_chain(c + m, n - m, depth - 1))
			return true;
	}
	return false;
}

/* Whether two words are one word in two forms (names.h). */
static bool nm_same_word(const struct nm_word *a, const struct nm_word *b)
{
	int p = 0;
	while (p < a->n && p < b->n && a->c[p] == b->c[p])
		p++;
	if (p == a->n && p == b->n)
		return true;
	for (int q = p; q >= 3 && q >= p - 3; q--)
		if (nm_endings_chain(a->c + q, a->n - q, 3) &&
		    nm_endings_chain(b->c + q, b->n - q, 3))
			return true;
	return false;
}

/* For a "did you mean" only: words that share all but their last two
 * letters, at least four ("орындаушв" for "орындаушы"). */
static bool nm_near_word(const struct nm_word *a, const struct nm_word *b)
{
	int p = 0, m = a->n < b->n ? a->n : b->n;
	while (p < m && a->c[p] == b->c[p])
		p++;
	return p >= 4 && p >= m - 2;
}

static struct name_match nm_match(const struct nm_text *t, const struct nm_text *nm)
{
	struct name_match best = { 0, nm->n, 0 };
	if (nm->n == 0)
		return best;
	const struct nm_word *head = &nm->w[nm->n - 1];
	for (int j = 0; j < t->n; j++) {
		if (!nm_same_word(&t->w[j], head))
			continue;
		int k = 1;
		while (k < nm->n && j - k >= 0 &&
		       nm_same_word(&t->w[j - k], &nm->w[nm->n - 1 - k]))
			k++;
		if (k > best.words) {
			best.words = k;
			best.at = t->w[j].end;
		}
	}
	return best;
}

/* names_match of a text already split into words. */
static struct name_match nm_match_text(const struct nm_text *tp, const char *name)
{
	struct nm_text nm; /* 34 KiB, on the stack */
	nm_split(name, &nm);
	struct name_match m = nm_match(tp, &nm);
	if (names_good(m) || nm.n < 2)
		return m;
	/* a name letter-spaced as a whole ("О р т а л ы қ қ ы з м е т к е р і")
	   is one word of the text: the name's words joined */
	struct nm_word j = { .n = 0 };
	for (int i = 0; i < nm.n; i++)
		for (int k = 0; k < nm.w[i].n && j.n < NM_LETTERS; k++)
			j.c[j.n++] = nm.w[i].c[k];
	for (int i = 0; i < tp->n; i++)
		if (tp->w[i].n >= j.n - 3 && nm_same_word(&tp->w[i], &j))
			return (struct name_match){ nm.n, nm.n, tp->w[i].end };
	return m;
}

struct name_match names_match(const char *text, const char *name)
{
	struct nm_text t;
	nm_split(text, &t);
	return nm_match_text(&t, name);
}

bool names_good(struct name_match m)
{
	if (m.words == 0)
		return false;
	return m.words == m.of || m.words >= 2;
}

static struct name_match nm_better(const struct nm_text *t, const char *a, const char *b)
{
	struct name_match x = { 0, 0, 0 }, y = { 0, 0, 0 };
	if (a)
		x = nm_match_text(t, a);
	if (b)
		y = nm_match_text(t, b);
	bool gx = names_good(x), gy = names_good(y);
	if (gx != gy)
		return gx ? x : y;
	return y.words > x.words ? y : x;
}

int names_best(const char *text, const char *const *names, const char *const *alt, size_t n,
	       bool *tie)
{
	struct nm_text t; /* the text split once for every name */
	nm_split(text, &t);
	int best = -1;
	struct name_match bm = { 0, 0, 0 };
	*tie = false;
	for (size_t i = 0; i < n; i++) {
		if (!names[i])
			continue;
		struct name_match m = nm_better(&t, names[i], alt ? alt[i] : NULL);
		if (!names_good(m))
			continue;
		/* more words matched wins; then a whole name over a part */
		bool whole = m.words == m.of, bwhole = best >= 0 && bm.words == bm.of;
		if (best < 0 || m.words > bm.words || (m.words == bm.words && whole && !bwhole)) {
			best = (int)i;
			bm = m;
			*tie = false;
		} else if (m.words == bm.words && whole == bwhole) {
			*tie = true;
		}
	}
	return *tie ? -1 : best;
}

int names_closest(const char *text, const char *const *names, const char *const *alt,
		  size_t n)
{
	struct nm_text t, nm;
	nm_split(text, &t);
	int best = -1, bn = 0;
	for (size_t i = 0; i < n; i++) {
		for (int pass = 0; pass < 2; pass++) {
			const char *s = pass ? (alt ? alt[i] : NULL) : names[i];
			if (!s)
				continue;
			nm_split(s, &nm);
			int shared = 0;
			for (int a = 0; a < nm.n; a++)
				for (int b = 0; b < t.n; b++)
					if (nm_same_word(&nm.w[a], &t.w[b]) ||
					    nm_near_word(&nm.w[a], &t.w[b])) {
						shared++;
						break;
					}
			if (shared > bn) {
				bn = shared;
				best = (int)i;
			}
		}
	}
	return best;
}

bool names_same(const char *a, const char *b)
{
	struct nm_text x, y;
	nm_split(a, &x);
	nm_split(b, &y);
	if (x.n != y.n)
		return false;
	for (int i = 0; i < x.n; i++)
		if (!nm_same_word(&x.w[i], &y.w[i]))
			return false;
	return true;
}

static bool nm_equal(const struct nm_word *a, const struct nm_word *b)
{
	return a->n == b->n && !memcmp(a->c, b->c, (size_t)a->n * sizeof *a->c);
}

bool names_diff(const char *a, const char *b, struct names_span *da, struct names_span *db)
{
	struct nm_text x, y;
	nm_split(a, &x);
	nm_split(b, &y);
	int k = 0, m = 0;
	while (k < x.n && k < y.n && nm_equal(&x.w[k], &y.w[k]))
		k++;
	if (k == x.n && k == y.n)
		return false;
	while (m < x.n - k && m < y.n - k && nm_equal(&x.w[x.n - 1 - m], &y.w[y.n - 1 - m]))
		m++;
	/* the differing words, or the place between words where the other
	   text has more */
	da->lo = k < x.n - m ? x.w[k].start : k > 0 ? x.w[k - 1].end : 0;
	da->hi = k < x.n - m ? x.w[x.n - 1 - m].end : da->lo;
	db->lo = k < y.n - m ? y.w[k].start : k > 0 ? y.w[k - 1].end : 0;
	db->hi = k < y.n - m ? y.w[y.n - 1 - m].end : db->lo;
	return true;
}

static bool nm_conjunction(const struct nm_word *w)
{
	static struct nm_text conj;
	static bool ready;
	if (!ready) {
		nm_split("және мен немесе и или", &conj);
		ready = true;
	}
	for (int j = 0; j < conj.n; j++)
		if (nm_equal(w, &conj.w[j]))
			return true;
	return false;
}

static bool nm_has_same(const struct nm_text *t, const struct nm_word *w)
{
	for (int j = 0; j < t->n; j++)
		if (nm_same_word(w, &t->w[j]))
			return true;
	return false;
}

static bool nm_has_equal(const struct nm_text *t, const struct nm_word *w)
{
	for (int j = 0; j < t->n; j++)
		if (nm_equal(w, &t->w[j]))
			return true;
	return false;
}

bool names_reformed(const char *cell, const char *a, const char *b, struct names_span *cell_w,
		    struct names_span *body_w)
{
	struct nm_text c, x, y;
	nm_split(cell, &c);
	nm_split(a, &x);
	nm_split(b, &y);
	for (int i = 0; i < c.n; i++) {
		/* a form b has is the word in the case another verb takes */
		if (nm_has_equal(&x, &c.w[i]) || nm_has_equal(&y, &c.w[i]))
			continue;
		for (int j = 0; j < x.n; j++) {
			/* a form the cell also has elsewhere is a word it
			   repeats, not a changed one */
			if (!nm_same_word(&c.w[i], &x.w[j]) || nm_has_equal(&c, &x.w[j]))
				continue;
			cell_w->lo = c.w[i].start;
			cell_w->hi = c.w[i].end;
			body_w->lo = x.w[j].start;
			body_w->hi = x.w[j].end;
			return true;
		}
	}
	return false;
}

/* Append the words of t that the cell lacks to out, each run of adjacent
 * ones as the text has it (with the figures and signs between them). */
static void nm_lacks(const struct nm_text *c, const struct nm_text *t, const char *s,
		     struct sb *out)
{
	int lo = -1, hi = -1;
	for (int j = 0; j <= t->n; j++) {
		bool lacks = j < t->n && !nm_conjunction(&t->w[j]) && !nm_has_same(c, &t->w[j]);
		if (lacks && lo >= 0 && hi == j - 1) {
			hi = j;
			continue;
		}
		if (lo >= 0) {
			if (out->n)
				sb_puts(out, " … ");
			sb_putn(out, s + t->w[lo].start, t->w[hi].end - t->w[lo].start);
			lo = -1;
		}
		if (lacks)
			lo = hi = j;
	}
}

char *names_omitted(const char *cell, const char *other, const char *a)
{
	struct nm_text c, x;
	struct sb both = { 0 };
	sb_puts(&both, cell ? cell : "");
	sb_puts(&both, " ");
	sb_puts(&both, other ? other : "");
	nm_split(sb_str(&both), &c);
	nm_split(a, &x);
	struct sb o = { 0 };
	nm_lacks(&c, &x, a ? a : "", &o);
	sb_free(&both);
	return o.n ? sb_take(&o) : NULL;
}

bool names_foreign(const char *cell, const char *a, const char *b, struct names_span *out)
{
	struct nm_text c, x, y;
	nm_split(cell, &c);
	nm_split(a, &x);
	nm_split(b, &y);
	struct nm_text conj;
	nm_split("және мен немесе и или", &conj);
	int first = -1, last = -1;
	for (int i = 0; i < c.n; i++) {
		bool found = false;
		for (int j = 0; j < conj.n && !found; j++)
			found = nm_equal(&c.w[i], &conj.w[j]);
		for (int j = 0; j < x.n && !found; j++)
			found = nm_same_word(&c.w[i], &x.w[j]);
		for (int j = 0; j < y.n && !found; j++)
			found = nm_same_word(&c.w[i], &y.w[j]);
		if (!found) {
			if (first < 0)
				first = i;
			last = i;
		}
	}
	if (first < 0)
		return false;
	out->lo = c.w[first].start;
	out->hi = c.w[last].end;
	return true;
}

/* A word cut off at its beginning: the shorter, four letters at least, is
 * the start of the longer. */
static bool nm_cut_word(const struct nm_word *a, const struct nm_word *b)
{
	const struct nm_word *s = a->n <= b->n ? a : b, *l = s == a ? b : a;
	return s->n >= 4 && s->n < NM_LETTERS && !memcmp(s->c, l->c, (size_t)s->n * sizeof *s->c);
}

int names_shared(const char *a, const char *b, int *na)
{
	struct nm_text x, y, conj;
	nm_split(a, &x);
	nm_split(b, &y);
	nm_split("және мен немесе и или", &conj);
	int n = 0, found = 0;
	for (int i = 0; i < x.n; i++) {
		bool skip = false;
		for (int j = 0; j < conj.n && !skip; j++)
			skip = nm_equal(&x.w[i], &conj.w[j]);
		if (skip)
			continue;
		n++;
		for (int j = 0; j < y.n; j++)
			if (nm_same_word(&x.w[i], &y.w[j]) || nm_cut_word(&x.w[i], &y.w[j])) {
				found++;
				break;
			}
	}
	*na = n;
	return found;
}
