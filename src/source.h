/*
 * source.h — a loaded input file: its bytes, its line map, and the
 * validation of its encoding.
 *
 * Contract: source_load reads a whole file into memory.  source_validate
 * reports invalid UTF-8 (E0002) and control characters (E0003) once each and
 * replaces the offending bytes in `text` by spaces, so that the lexer sees
 * only valid UTF-8 and never reports the same mistake twice.  Offsets are
 * byte offsets into `text`; lines and columns are computed only when a
 * diagnostic is printed (columns count code points, from 1).
 */
#ifndef REGLC_SOURCE_H
#define REGLC_SOURCE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct diags;

/* A byte range [lo, hi) of a source: where something is written. */
struct span {
	uint32_t lo;
	uint32_t hi;
};

/* One input file. */
struct source {
	char *path;       /* the name as given on the command line */
	char *text;       /* the bytes, sanitized, followed by two NULs */
	size_t len;       /* bytes in text, without the NULs */
	size_t start;     /* 3 when the file starts with a BOM, else 0 */
	uint32_t *lines;  /* offset of the first byte of each line */
	size_t nlines;    /* number of lines (at least 1) */
	bool aux;         /* a second file a compilation reads (a legal text,
			     anchor.h): its diagnostics sort after the file's */
};

/* A line and column, both from 1. */
struct linecol {
	uint32_t line;
	uint32_t col;
};

/*
 * Read path into a new source.  Returns NULL and sets *why (a static
 * string) when the file cannot be read or is not a regular file or is
 * larger than SOURCE_MAX_BYTES.
 */
/* 16 MiB: a regulation is tens of kilobytes (docs/limits.md). */
#define SOURCE_MAX_BYTES ((size_t)16 * 1024 * 1024)
struct source *source_load(const char *path, const char **why);
/* A source over a copy of buf[0..n), named path (for tests and fuzzing). */
struct source *source_from_memory(const char *path, const char *buf, size_t n);
void source_free(struct source *s);

/* Report and neutralize invalid UTF-8 and control characters. */
void source_validate(struct source *s, struct diags *d);
/* The same, passing 16 clean bytes at a time (SSE2) before its byte loop
   when blocks is true (source_validate's way), or byte by byte: the tests
   compare the two. */
void source_validate_with(struct source *s, struct diags *d, bool blocks);

/* Line and column of a byte offset. */
struct linecol source_linecol(const struct source *s, size_t off);
/* The bytes of line `line` (from 1), without its terminator. */
const char *source_line(const struct source *s, uint32_t line, size_t *len);


#endif
