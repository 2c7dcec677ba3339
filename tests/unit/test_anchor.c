/*
 * test_anchor.c — the legal text (anchor.h): the places a WHERE names, the
 * durations the scan finds, and the seed's quotes where their WHERE says.
 *
 * On the seed (examples/kyzylorda-700/resolution-700.txt) the scan must
 * find, regulation by regulation, exactly the durations the six
 * transcriptions quote (92: 5, 28, 13, 20, 16, 10), and every WHERE of
 * every statement must name a place reglc finds, narrow enough that the
 * quote is there and not merely somewhere in the regulation: a statement
 * that fell back to the whole range would pass unnoticed in
 * tests/golden, so it is checked here.  Run from the repository's root.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "anchor.h"
#include "model.h"
#include "session.h"
#include "source.h"

#define SEED "examples/kyzylorda-700/resolution-700.txt"
#define QUOTES "tests/anchor/quotes.txt"

static struct source *load(const char *path)
{
	struct anchor_why why;
	struct source *t = anchor_load(path, 0, 0, &why);
	assert_non_null(t);
	return t;
}

/* The bytes of lines first..last of t. */
static void lines(const struct source *t, uint32_t first, uint32_t last, uint32_t *lo,
		  uint32_t *hi)
{
	*lo = t->lines[first - 1];
	*hi = last < t->nlines ? t->lines[last] : (uint32_t)t->len;
}

/* The place where names in lines first..last: how many spans, and the
 * lines they cover. */
static size_t place(const struct source *t, uint32_t first, uint32_t last, const char *where,
		    uint32_t *l1, uint32_t *l2)
{
	uint32_t lo, hi;
	lines(t, first, last, &lo, &hi);
	size_t n;
	struct anchor_span *v = anchor_place(t, lo, hi, where, &n);
	*l1 = *l2 = 0;
	if (n) {
		*l1 = source_linecol(t, v[0].lo).line;
		*l2 = source_linecol(t, v[n - 1].hi - 1).line;
	}
	free(v);
	return n;
}

static void test_places(void **state)
{
	(void)state;
	struct source *t = load(QUOTES);
	uint32_t a, b;
	static const struct {
		const char *where;
		size_t n;
		uint32_t l1, l2;
	} cases[] = {
		{ "¶6.2", 1, 9, 10 },
		{ "6.3", 1, 11, 12 },
		{ "¶6", 1, 5, 16 },
		{ "6-тармақтың 4) тармақшасы", 1, 13, 14 },
		{ "6-тармақ 5)", 1, 15, 16 },
		{ "¶6.9", 1, 5, 16 },                   /* no such sub: the paragraph */
		{ "1-қосымша", 1, 19, 33 },
		/* a column: its cells in every row */
		{ "1-қосымша, 2-баған", 3, 24, 26 },
		{ "1-қосымша, 1-баған", 6, 24, 32 },     /* both tables */
		{ "1-қосымша (Орталық), 1-баған", 3, 30, 32 },
		{ "1-қосымша (орталық), 1-баған", 3, 30, 32 }, /* without case */
		{ "1-қосымша (нөмірі 1), 1-баған", 6, 24, 32 }, /* no heading holds it */
		{ "приложение 1, графа 3", 3, 24, 26 },
		{ "3-қосымша (Орталық)", 1, 34, 36 },
		{ "ru", 0, 0, 0 },
		{ "¶9.1", 0, 0, 0 },
		{ "2-қосымша", 0, 0, 0 },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		size_t n = place(t, 3, 36, cases[i].where, &a, &b);
		if (n != cases[i].n || a != cases[i].l1 || b != cases[i].l2)
			fail_msg("%s: %zu places, lines %u-%u; expected %zu, %u-%u", cases[i].where,
				 n, a, b, cases[i].n, cases[i].l1, cases[i].l2);
	}
	/* Only the range is searched: ¶7 (line 17) is not in lines 3-16. */
	assert_int_equal(place(t, 3, 36, "¶7", &a, &b), 1);
	assert_int_equal(a, 17);
	assert_int_equal(place(t, 3, 16, "¶7", &a, &b), 0);
	source_free(t);

	t = load("tests/anchor/ru.txt");
	assert_int_equal(place(t, 1, 17, "пункт 6, подпункт 2)", &a, &b), 1);
	assert_int_equal(a, 9);
	assert_int_equal(place(t, 1, 17, "подпункт 3) пункта 6", &a, &b), 1);
	assert_int_equal(a, 11);
	assert_int_equal(place(t, 1, 17, "Приложение 1, графа 2", &a, &b), 3);
	assert_int_equal(a, 15);
	assert_int_equal(b, 17);
	source_free(t);
}

static void test_durations(void **state)
{
	(void)state;
	struct source *t = load(QUOTES);
	uint32_t lo, hi;
	lines(t, 1, 38, &lo, &hi);
	size_t n;
	struct anchor_span *v = anchor_durations(t, lo, hi, &n);
	/* ¶6.2-¶6.5, three cells, one cell, two boxes, and line 38. */
	static const char *const want[] = {
		"он бес минуттан аспайды",
		"о т ы з м и н у т т а н а с п а й д ы",
		"2 жұмыс күні ішінде", /* without the context of its start */
		"тоқсан күнтізбелік күннен – бір жүз сексен күнтізбелік күнге дейін",
		"15 минуттан аспайды",
		"3 0 м и н у т т а н а с п а й д ы",
		"2 жұмыс күні ішінде",
		"15 минуттан аспайды",
		"15 минуттан аспайды",
		"30 минуттан аспайды",
		"бес минуттан аспайды",
	};
	assert_int_equal(n, sizeof want / sizeof want[0]);
	for (size_t i = 0; i < n; i++) {
		size_t len = v[i].hi - v[i].lo;
		if (len != strlen(want[i]) || memcmp(t->text + v[i].lo, want[i], len) != 0)
			fail_msg("duration %zu: \"%.*s\", expected \"%s\"", i, (int)len,
				 t->text + v[i].lo, want[i]);
	}
	free(v);
	source_free(t);
}

/* The seed's regulations, their lines, and the durations they state. */
static const struct {
	const char *file;
	uint32_t first, last;
	size_t durations;
} seed[] = {
	{ "examples/kyzylorda-700/preschool-queue.regl", 32, 181, 5 },
	{ "examples/kyzylorda-700/duplicates.regl", 182, 333, 28 },
	{ "examples/kyzylorda-700/externat.regl", 335, 425, 13 },
	{ "examples/kyzylorda-700/pmpk.regl", 427, 564, 20 },
	{ "examples/kyzylorda-700/rehabilitation.regl", 566, 659, 16 },
	{ "examples/kyzylorda-700/family-consultation.regl", 661, 752, 10 },
};

static void test_seed_durations(void **state)
{
	(void)state;
	struct source *t = load(SEED);
	size_t total = 0;
	for (size_t k = 0; k < sizeof seed / sizeof seed[0]; k++) {
		uint32_t lo, hi;
		lines(t, seed[k].first, seed[k].last, &lo, &hi);
		size_t n;
		free(anchor_durations(t, lo, hi, &n));
		if (n != seed[k].durations)
			fail_msg("%s: %zu durations, expected %zu", seed[k].file, n,
				 seed[k].durations);
		total += n;
	}
	assert_int_equal(total, 92);
	source_free(t);
}

/* Every quote of the seed is inside the place its WHERE names, and that
 * place is found: no statement of the examples falls back to the range. */
static void test_seed_places(void **state)
{
	(void)state;
	struct source *t = load(SEED);
	struct session S;
	struct session_opts o = { .format = DF_TEXT, .no_timing = true };
	char err[256];
	assert_true(session_open(&S, &o, err, sizeof err));
	S.d.quiet = true;
	size_t quotes = 0;
	for (size_t k = 0; k < sizeof seed / sizeof seed[0]; k++) {
		struct cunit u;
		const char *why;
		assert_true(session_compile_file(&S, seed[k].file, &u, &why));
		assert_non_null(u.reg);
		assert_int_equal(u.reg->meta.source.first, seed[k].first);
		assert_int_equal(u.reg->meta.source.last, seed[k].last);
		uint32_t lo, hi;
		lines(t, seed[k].first, seed[k].last, &lo, &hi);
		size_t nq;
		struct m_quote *q = model_quotes(u.reg, &nq);
		for (size_t i = 0; i < nq; i++) {
			size_t n;
			struct anchor_span *v = anchor_place(t, lo, hi, q[i].where, &n);
			size_t len = strlen(q[i].text);
			bool in = false;
			for (size_t p = 0; p < n && !in; p++)
				for (uint32_t at = v[p].lo; at + len <= v[p].hi && !in; at++)
					in = memcmp(t->text + at, q[i].text, len) == 0;
			if (!in)
				fail_msg("%s: \"%s\" \"%s\": %zu places, the quote not in them",
					 seed[k].file, q[i].where, q[i].text, n);
			free(v);
		}
		quotes += nq;
		free(q);
		diag_clear(&S.d);
		unit_release(&u);
	}
	/* the seed's quotes: its statements (93 before its appendices were
	   transcribed, the term cells now stated by their columns), the
	   other cells of the transcribed appendices (241 with them), and the
	   parts' headings, the columns' numbers, the boxes' marks, the term
	   cells that show two steps and the names of the ¶7 lists */
	assert_int_equal(quotes, 313);
	session_close(&S);
	source_free(t);
}

static void test_parse_arg(void **state)
{
	(void)state;
	size_t n;
	uint32_t a, b;
	assert_true(anchor_parse_arg("text.txt", &n, &a, &b));
	assert_int_equal(n, 8);
	assert_int_equal(a, 0);
	assert_true(anchor_parse_arg("text.txt:182-333", &n, &a, &b));
	assert_int_equal(n, 8);
	assert_int_equal(a, 182);
	assert_int_equal(b, 333);
	assert_true(anchor_parse_arg("a:b.txt", &n, &a, &b)); /* a colon of the name */
	assert_int_equal(n, 7);
	assert_true(anchor_parse_arg("t.txt:12", &n, &a, &b)); /* no range: a name */
	assert_int_equal(n, 8);
	assert_false(anchor_parse_arg("t.txt:0-5", &n, &a, &b));
	assert_false(anchor_parse_arg("t.txt:9-3", &n, &a, &b));
}

static void test_load(void **state)
{
	(void)state;
	struct anchor_why why;
	assert_null(anchor_load("tests/anchor/no-such-text.txt", 0, 0, &why));
	assert_int_equal(why.fail, AF_READ);
	assert_null(anchor_load("tests/anchor/bad-utf8.txt", 0, 0, &why));
	assert_int_equal(why.fail, AF_UTF8);
	assert_int_equal(why.line, 2);
	assert_null(anchor_load(QUOTES, 30, 39, &why));
	assert_int_equal(why.fail, AF_LINES);
	assert_int_equal(why.line, 38);
	struct source *t = anchor_load(QUOTES, 38, 38, &why);
	assert_non_null(t);
	assert_true(t->aux);
	source_free(t);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_places),
		cmocka_unit_test(test_durations),
		cmocka_unit_test(test_seed_durations),
		cmocka_unit_test(test_seed_places),
		cmocka_unit_test(test_parse_arg),
		cmocka_unit_test(test_load),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
