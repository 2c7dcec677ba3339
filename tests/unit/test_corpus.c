/*
 * test_corpus.c — the phrase reader against the corpus of duration
 * phrases in tests/phrases/ (README there): every phrase of kk.tsv and
 * ru.tsv read as its line says, every refused one refused (a figure and
 * words that disagree as PR_DISAGREE), every context that states the start
 * found exactly; and the 93 statements of the seed (seed.txt) read as the
 * reader before the corpus read them (seed.expected).
 *
 * Contract: one cmocka program; each line of a corpus file is a test of
 * its own, named "file:line phrase", so a failure names the phrase.  The
 * readings are written in reglc's notation (`<= 15 min`, `within 1 h 30
 * min`, `2..8 cd`, `1 mo`) and parsed here by a reader of that notation
 * alone, which shares no code with the phrase reader.  The directory is
 * tests/phrases, or $CORPUS_DIR.
 *
 *   test_corpus --print FILE   print each line of FILE (one phrase per
 *                              line) with its reading, as seed.expected is
 *                              written: the reading in the notation, or
 *                              "!" when the phrase is refused.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "phrase.h"

/* One line of a corpus file. */
struct line {
	char name[512];      /* "kk.tsv:12 phrase" */
	char *phrase;
	char *reading;       /* notation, or "!key" */
	char *start;         /* the context, or NULL */
	enum phrase_lang lang;
	bool seed;           /* seed.txt: reading is seed.expected's */
};

/* ---- the notation -------------------------------------------------------- */

static bool unit_of(const char *w, struct qty *q, int64_t n)
{
	if (!strcmp(w, "min"))
		q->min += n;
	else if (!strcmp(w, "h"))
		q->min += 60 * n;
	else if (!strcmp(w, "wd"))
		q->wd += n;
	else if (!strcmp(w, "cd"))
		q->cd += n;
	else if (!strcmp(w, "wk"))
		q->cd += 7 * n;
	else if (!strcmp(w, "mo"))
		q->mon += n;
	else
		return false;
	return true;
}

/* "N unit { N unit }" or a bare "N" (*bare set) into q. */
static bool notation_qty(char *s, struct qty *q, int64_t *bare)
{
	char *save = NULL, *w;
	memset(q, 0, sizeof *q);
	*bare = -1;
	int parts = 0;
	while ((w = strtok_r(s, " ", &save))) {
		s = NULL;
		char *end;
		long long n = strtoll(w, &end, 10);
		if (*end)
			return false;
		char *u = strtok_r(NULL, " ", &save);
		if (!u) {
			if (parts)
				return false;
			*bare = n;
			return true;
		}
		if (!unit_of(u, q, n))
			return false;
		parts++;
	}
	return parts > 0;
}

/* The notation into *d (form, lo, hi). */
static bool notation(const char *text, struct dur *d)
{
	char buf[256];
	snprintf(buf, sizeof buf, "%s", text);
	char *s = buf;
	memset(d, 0, sizeof *d);
	d->form = DF_EXACT;
	if (!strncmp(s, "<= ", 3)) {
		d->form = DF_NOT_MORE;
		s += 3;
	} else if (!strncmp(s, "within ", 7)) {
		d->form = DF_WITHIN;
		s += 7;
	}
	char *dots = strstr(s, "..");
	char right[128] = "";
	if (dots)
		snprintf(right, sizeof right, "%s", dots + 2);
	int64_t bare;
	if (!dots) {
		if (!notation_qty(s, &d->hi, &bare) || bare >= 0)
			return false;
		if (d->form == DF_EXACT)
			d->lo = d->hi;
		return true;
	}
	*dots = '\0';
	d->form = DF_RANGE;
	int64_t b2;
	if (!notation_qty(dots + 2, &d->hi, &b2) || b2 >= 0)
		return false;
	if (!notation_qty(s, &d->lo, &bare))
		return false;
	if (bare >= 0) { /* "2..8 cd": the lower bound in the upper's unit */
		struct qty one;
		int64_t x;
		char u[16];
		const char *sp = strrchr(right, ' ');
		snprintf(u, sizeof u, "%s", sp ? sp + 1 : "");
		char tmp[64];
		snprintf(tmp, sizeof tmp, "%lld %s", (long long)bare, u);
		if (!notation_qty(tmp, &one, &x))
			return false;
		d->lo = one;
	}
	return true;
}

/* A duration in the notation (for --print and messages). */
static void put_qty(char *b, size_t n, struct qty q)
{
	size_t o = 0;
	b[0] = '\0';
#define PART(v, u) \
	if (v) o += (size_t)snprintf(b + o, o < n ? n - o : 0, "%s%lld %s", o ? " " : "", (long long)(v), u)
	PART(q.mon, "mo");
	PART(q.cd, "cd");
	PART(q.wd, "wd");
	if (q.min % 60 == 0) {
		PART(q.min / 60, "h");
	} else {
		PART(q.min / 60, "h");
		PART(q.min % 60, "min");
	}
#undef PART
}

static void put_dur(char *b, size_t n, const struct dur *d)
{
	char lo[96], hi[96];
	put_qty(lo, sizeof lo, d->lo);
	put_qty(hi, sizeof hi, d->hi);
	switch (d->form) {
	case DF_NOT_MORE: snprintf(b, n, "<= %s", hi); break;
	case DF_WITHIN: snprintf(b, n, "within %s", hi); break;
	case DF_RANGE: snprintf(b, n, "%s .. %s", lo, hi); break;
	default: snprintf(b, n, "%s", hi); break;
	}
}

/* Whether s has a letter of Kazakh's alphabet that Russian's lacks. */
static bool has_kk_letter(const char *s)
{
	static const char *const kk[] = { "ә", "ғ", "қ", "ң", "ө", "ұ", "ү", "һ", "і",
					  "Ә", "Ғ", "Қ", "Ң", "Ө", "Ұ", "Ү", "Һ", "І", NULL };
	for (const char *const *k = kk; *k; k++)
		if (strstr(s, *k))
			return true;
	return false;
}

static bool same_qty(struct qty a, struct qty b)
{
	return a.cd == b.cd && a.wd == b.wd && a.min == b.min && a.mon == b.mon;
}

/* ---- the tests ----------------------------------------------------------- */

static void test_line(void **state)
{
	const struct line *l = *state;
	struct phrase_reading r;
	size_t n = strlen(l->phrase);
	/* a heap copy of exactly the phrase, so a read past it is caught */
	char *copy = malloc(n ? n : 1);
	assert_non_null(copy);
	memcpy(copy, l->phrase, n);
	int rc = phrase_read(copy, n, &r, NULL);
	free(copy);
	if (l->reading[0] == '!') {
		if (rc == 0) {
			char got[200];
			put_dur(got, sizeof got, &r.dur);
			fail_msg("'%s' must be refused (%s), reads as %s", l->phrase, l->reading,
				 got);
		}
		if (!strcmp(l->reading, "!disagree") && r.fail != PR_DISAGREE)
			fail_msg("'%s': refused, but not as a figure and words that disagree",
				 l->phrase);
		return;
	}
	char err[200] = "";
	if (rc != 0) {
		struct dur d;
		phrase_parse(l->phrase, n, &d, NULL, err, sizeof err);
		fail_msg("'%s' must read as %s: %s", l->phrase, l->reading, err);
	}
	struct dur want;
	if (!notation(l->reading, &want))
		fail_msg("'%s': the corpus's reading '%s' is not in the notation", l->phrase,
			 l->reading);
	char got[200];
	put_dur(got, sizeof got, &r.dur);
	bool form_ok = r.dur.form == want.form ||
		       /* "within" and "not more than" state the same interval */
		       ((r.dur.form == DF_WITHIN || r.dur.form == DF_NOT_MORE) &&
			(want.form == DF_WITHIN || want.form == DF_NOT_MORE) && !l->seed);
	if (!form_ok || !same_qty(r.dur.hi, want.hi) || !same_qty(r.dur.lo, want.lo))
		fail_msg("'%s': reads as %s, the corpus says %s", l->phrase, got, l->reading);
	/* A phrase of words both languages share ("15 минут") may read as
	   either. */
	if (!l->seed && r.lang != l->lang && !(l->lang == PL_RU && !has_kk_letter(l->phrase)))
		fail_msg("'%s': read as %s", l->phrase, r.lang == PL_KK ? "Kazakh" : "Russian");
	size_t cl = r.from_hi - r.from_lo;
	if (l->start) {
		if (cl != strlen(l->start) || memcmp(l->phrase + r.from_lo, l->start, cl))
			fail_msg("'%s': the start is '%.*s', the corpus says '%s'", l->phrase,
				 (int)cl, l->phrase + r.from_lo, l->start);
	} else if (cl) {
		fail_msg("'%s': a start '%.*s' found where the corpus has none", l->phrase,
			 (int)cl, l->phrase + r.from_lo);
	}
}

/* ---- the files ------------------------------------------------------------ */

static char *slurp(const char *path)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	size_t cap = 1 << 16, len = 0;
	char *b = malloc(cap);
	size_t k;
	while (b && (k = fread(b + len, 1, cap - len - 1, f)) > 0) {
		len += k;
		if (cap - len < 2) {
			cap *= 2;
			b = realloc(b, cap);
		}
	}
	fclose(f);
	if (b)
		b[len] = '\0';
	return b;
}

static struct line *lines;
static size_t nlines, caplines;

static struct line *add_line(void)
{
	if (nlines == caplines) {
		caplines = caplines ? 2 * caplines : 512;
		lines = realloc(lines, caplines * sizeof *lines);
		if (!lines)
			abort();
	}
	struct line *l = &lines[nlines++];
	memset(l, 0, sizeof *l);
	return l;
}

/* kk.tsv, ru.tsv: PHRASE<TAB>READING[<TAB>START]; '#' comments. */
static size_t load_tsv(const char *dir, const char *file, enum phrase_lang lang)
{
	char path[1024];
	snprintf(path, sizeof path, "%s/%s", dir, file);
	char *text = slurp(path);
	if (!text) {
		fprintf(stderr, "test_corpus: cannot read %s\n", path);
		exit(1);
	}
	size_t count = 0;
	int no = 0;
	for (char *s = text, *nl; *s; s = nl) {
		nl = strchr(s, '\n');
		if (nl)
			*nl++ = '\0';
		else
			nl = s + strlen(s);
		no++;
		if (!*s || *s == '#')
			continue;
		char *t1 = strchr(s, '\t');
		if (!t1) {
			fprintf(stderr, "%s:%d: no reading\n", path, no);
			exit(1);
		}
		*t1 = '\0';
		char *t2 = strchr(t1 + 1, '\t');
		if (t2)
			*t2 = '\0';
		struct line *l = add_line();
		l->phrase = s;
		l->reading = t1 + 1;
		l->start = t2 ? t2 + 1 : NULL;
		l->lang = lang;
		snprintf(l->name, sizeof l->name, "%s:%d %s", file, no, s);
		count++;
	}
	return count;
}

/* seed.txt with seed.expected: the same lines, "PHRASE<TAB>READING". */
static size_t load_seed(const char *dir)
{
	char path[1024];
	snprintf(path, sizeof path, "%s/seed.expected", dir);
	char *text = slurp(path);
	if (!text) {
		fprintf(stderr, "test_corpus: cannot read %s\n", path);
		exit(1);
	}
	size_t count = 0;
	int no = 0;
	for (char *s = text, *nl; *s; s = nl) {
		nl = strchr(s, '\n');
		if (nl)
			*nl++ = '\0';
		else
			nl = s + strlen(s);
		no++;
		char *t1 = strchr(s, '\t');
		if (!t1)
			continue;
		*t1 = '\0';
		struct line *l = add_line();
		l->phrase = s;
		l->reading = t1 + 1;
		l->seed = true;
		snprintf(l->name, sizeof l->name, "seed:%d %s", no, s);
		count++;
	}
	return count;
}

static int print(const char *path)
{
	char *text = slurp(path);
	if (!text)
		return 1;
	for (char *s = text, *nl; *s; s = nl) {
		nl = strchr(s, '\n');
		if (nl)
			*nl++ = '\0';
		else
			nl = s + strlen(s);
		if (!*s || *s == '#')
			continue;
		struct dur d;
		char got[200] = "!";
		if (phrase_parse(s, strlen(s), &d, NULL, NULL, 0) == 0)
			put_dur(got, sizeof got, &d);
		printf("%s\t%s\n", s, got);
	}
	return 0;
}

int main(int argc, char **argv)
{
	if (argc == 3 && !strcmp(argv[1], "--print"))
		return print(argv[2]);
	const char *dir = getenv("CORPUS_DIR");
	if (!dir)
		dir = "tests/phrases";
	size_t kk = load_tsv(dir, "kk.tsv", PL_KK);
	size_t ru = load_tsv(dir, "ru.tsv", PL_RU);
	size_t seed = load_seed(dir);
	/* The floor: at least 300 phrases, both languages, and the
	   seed's 93 statements. */
	if (kk + ru < 300 || kk < 100 || ru < 100 || seed != 93) {
		fprintf(stderr, "test_corpus: %zu kk, %zu ru, %zu seed lines: too few\n", kk, ru,
			seed);
		return 1;
	}
	struct CMUnitTest *tests = calloc(nlines, sizeof *tests);
	for (size_t i = 0; i < nlines; i++) {
		tests[i].name = lines[i].name;
		tests[i].test_func = test_line;
		tests[i].initial_state = &lines[i];
	}
	return _cmocka_run_group_tests("test_corpus", tests, nlines, NULL, NULL);
}
