/*
 * test_source.c — source_validate: the 16-byte block path (SSE2) must
 * accept, report and blank exactly what the byte loop does, on text of
 * every kind: Kazakh and Russian letters, ASCII, line ends, tabs, the
 * C1 controls and U+00A0.. (lead 0xC2), NUL, 0x7F, overlong and
 * truncated sequences, stray continuation bytes, 3- and 4-byte letters,
 * at every alignment.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "arena.h"
#include "diag.h"
#include "source.h"

static uint64_t rng = 0x2545F4914F6CDD1DULL;

static unsigned rnd(unsigned n)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (unsigned)(rng % n);
}

/* Pieces text is made of, weighted towards what regulations hold. */
static const char *const piece[] = {
	"қызмет", "көрсетілетін", "Орталық", "услугодатель", "ә", "ң", "ғ", "ү",
	"ұ", "і", "һ", "ө", " ", "  ", "\n", "\r\n", "\t", "\"", "abc", "route r",
	"<= 15 min", "¶6.2", "\xC2\xA0", "\xC2\x85", "\xC2", "\x80", "\xBF",
	"\xC0\xAF", "\xC1\xBF", "\xE2\x80\x94", "\xE2\x89\xA4", "\xF0\x9F\x98\x80",
	"\xE2\x80", "\xF0\x9F", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\x7F", "\x01",
	"", "\x1B", "\xFF", "\xFE", "\xDF\xBF", "\xC3\x80", "\xD0", "\xD0\xD0",
};

/* Validate a copy of buf with or without blocks; the text afterwards and
 * every diagnostic, as one string. */
static char *run(const char *buf, size_t n, bool blocks)
{
	struct source *s = source_from_memory("t.regl", buf, n);
	char *out = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&out, &len);
	struct diags d;
	diag_init(&d, DF_TEXT, f);
	source_validate_with(s, &d, blocks);
	for (size_t i = 0; i < d.n; i++)
		fprintf(f, "%s %zu %zu %s\n", diag_code_name(d.v[i]->code), d.v[i]->lo,
			d.v[i]->hi, d.v[i]->msg);
	fwrite(s->text, 1, s->len, f);
	diag_clear(&d);
	free(d.v);
	fclose(f);
	source_free(s);
	return out;
}

static void test_blocks_agree(void **state)
{
	(void)state;
	size_t nbad = 0;
	for (int k = 0; k < 4000; k++) {
		char buf[1024];
		size_t n = 0;
		/* mostly clean text, now and then a piece that needs a look */
		unsigned clean = 1 + rnd(k % 3 == 0 ? 3 : 40);
		while (n < 900) {
			unsigned which = rnd(clean) ? rnd(22) : rnd(sizeof piece / sizeof *piece);
			const char *p = piece[which];
			size_t l = which == 38 ? 1 : strlen(p); /* piece 38 is a NUL */
			memcpy(buf + n, p, l);
			n += l;
		}
		n -= rnd(16); /* end anywhere, also inside a sequence */
		char *a = run(buf, n, true), *b = run(buf, n, false);
		if (strcmp(a, b) != 0) {
			nbad++;
			if (nbad == 1)
				print_message("first difference, block path then byte loop:\n%s\n"
					      "----\n%s\n", a, b);
		}
		free(a);
		free(b);
	}
	assert_int_equal(nbad, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_blocks_agree),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
