/*
 * calgen.c — compute the built-in calendar at build time.
 *
 *   calgen data/kz.cal >build/kz_days.c
 *
 * Reads the calendar file with cal_parse, the same code that reads a
 * --calendar file, and writes what it computed as C tables: the covered
 * days, the kind of each day, the reasons and the days they belong to.
 * cal_builtin (src/cal_builtin.c) copies these tables instead of parsing
 * and computing the calendar at every start of reglc.  An error in the
 * file stops the build with "FILE:LINE: reason".  The output depends only
 * on the file.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calendar.h"

static char *slurp(const char *path, size_t *n)
{
	FILE *f = fopen(path, "rb");
	char *buf = NULL;
	size_t cap = 0, len = 0, got;

	if (!f)
		return NULL;
	do {
		if (len == cap) {
			cap = cap ? 2 * cap : 65536;
			buf = realloc(buf, cap);
			if (!buf) {
				fclose(f);
				return NULL;
			}
		}
		got = fread(buf + len, 1, cap - len, f);
		len += got;
	} while (got > 0);
	if (ferror(f)) {
		free(buf);
		buf = NULL;
	}
	fclose(f);
	*n = len;
	return buf;
}

/* A byte array, sixteen values a line. */
static void put_bytes(const unsigned char *b, size_t n)
{
	for (size_t i = 0; i < n; i++)
		printf("%s0x%02x,%s", i % 16 ? " " : "\t", b[i],
		       i % 16 == 15 || i + 1 == n ? "\n" : "");
}

int main(int argc, char **argv)
{
	struct calendar c;
	char err[256];
	size_t n = 0, nc, nwhy = 0, size = 1;
	char *text;

	if (argc != 2) {
		fputs("usage: calgen FILE\n", stderr);
		return 2;
	}
	text = slurp(argv[1], &n);
	if (!text) {
		perror(argv[1]);
		return 2;
	}
	if (cal_parse(&c, text, n, "built-in", err, sizeof err) != 0) {
		fprintf(stderr, "%s:%s\n", argv[1], err);
		free(text);
		return 1;
	}
	free(text);
	nc = (size_t)(c.last - c.first) + 1;
	/* The reasons' storage up to the end of the last one in use. */
	for (size_t i = 0; i < nc; i++)
		if (c.why[i]) {
			size_t end = (size_t)(c.why[i] - c.strings) + strlen(c.why[i]) + 1;
			if (end > size)
				size = end;
			nwhy++;
		}
	printf("/* Generated from %s by tools/calgen.c (the Makefile); do not edit. */\n",
	       argv[1]);
	puts("#include <stddef.h>\n"
	     "#include <stdint.h>\n"
	     "extern const int32_t cal_kz_first, cal_kz_last, cal_kz_settled;\n"
	     "extern const unsigned char cal_kz_kind[];\n"
	     "extern const unsigned char cal_kz_strings[];\n"
	     "extern const size_t cal_kz_strings_size;\n"
	     "extern const uint32_t cal_kz_why[][2];\n"
	     "extern const size_t cal_kz_nwhy;");
	printf("const int32_t cal_kz_first = %ld, cal_kz_last = %ld, cal_kz_settled = %ld;\n",
	       (long)c.first, (long)c.last, (long)c.settled);
	puts("const unsigned char cal_kz_kind[] = {");
	put_bytes(c.kind, nc);
	puts("};");
	puts("const unsigned char cal_kz_strings[] = {");
	put_bytes((const unsigned char *)c.strings, size);
	puts("};");
	puts("const size_t cal_kz_strings_size = sizeof cal_kz_strings;");
	/* Day index and offset of each reason; days may share one. */
	puts("const uint32_t cal_kz_why[][2] = {");
	for (size_t i = 0; i < nc; i++)
		if (c.why[i])
			printf("\t{ %zu, %zu },\n", i, (size_t)(c.why[i] - c.strings));
	if (!nwhy)
		puts("\t{ 0, 0 },");
	puts("};");
	printf("const size_t cal_kz_nwhy = %zu;\n", nwhy);
	cal_free(&c);
	return fflush(stdout) == 0 ? 0 : 2;
}
