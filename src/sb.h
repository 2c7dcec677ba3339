/*
 * sb.h — building text: the string builders of reglc, in one module.
 *
 * Contract:
 *  - struct sb is a growing string (the writers, the diagram labels, the
 *    messages): appended to piece by piece, NUL-terminated once anything
 *    was added, owned by the builder until sb_take hands it over.  Memory
 *    comes from xmalloc (arena.h), which does not return on failure.
 *  - struct out prints into a caller's fixed buffer with snprintf's
 *    contract: the buffer is always NUL-terminated (when it has room for
 *    anything), and the result is the length the whole text needs, so a
 *    caller can tell truncation.  The language packs (lang_kk.c,
 *    lang_ru.c) build one phrase from many parts with it.
 *  - xvformat is vsnprintf into a new allocation.
 */
#ifndef REGLC_SB_H
#define REGLC_SB_H

#include <stdarg.h>
#include <stddef.h>

#if defined(__GNUC__)
#define SB_PRINTF(f, a) __attribute__((format(printf, f, a)))
#else
#define SB_PRINTF(f, a)
#endif

/* A growing string. */
struct sb {
	char *s;    /* NUL-terminated once anything was added; NULL before */
	size_t n;   /* length */
	size_t cap; /* allocated */
};

void sb_putn(struct sb *b, const char *s, size_t n);
void sb_puts(struct sb *b, const char *s);
void sb_putc(struct sb *b, char c);
SB_PRINTF(2, 3) void sb_printf(struct sb *b, const char *fmt, ...);
void sb_vprintf(struct sb *b, const char *fmt, va_list ap);
/* The string built so far ("" when empty), still owned by b. */
const char *sb_str(struct sb *b);
/* The string, now the caller's to free; b is empty again. */
char *sb_take(struct sb *b);
void sb_free(struct sb *b);

/* Text being printed into a caller's buffer. */
struct out {
	char *buf;  /* destination (may be NULL when n is 0) */
	size_t n;   /* its capacity */
	size_t len; /* bytes the whole text needs so far */
};

/* An empty text over buf[0..n). */
struct out out_start(char *buf, size_t n);
/* Append, printf-style. */
SB_PRINTF(2, 3) void out_printf(struct out *o, const char *fmt, ...);
/* The length the whole text needs, as snprintf returns it. */
int out_end(const struct out *o);

/* vsnprintf into a new allocation (the caller frees it). */
char *xvformat(const char *fmt, va_list ap);

#endif
