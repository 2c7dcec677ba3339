/*
 * strout.h — text printed piece by piece into a caller's buffer, with
 * snprintf's contract: the buffer is always NUL-terminated (when it has
 * room for anything), and the result is the length the whole text needs,
 * so a caller can tell truncation.  Used by the phrasing modules (legal.c,
 * numwords.c), which build one phrase from many parts.
 */
#ifndef REGLC_STROUT_H
#define REGLC_STROUT_H

#include <stddef.h>

/* Text being printed into a caller's buffer. */
struct out {
	char *buf;  /* destination (may be NULL when n is 0) */
	size_t n;   /* its capacity */
	size_t len; /* bytes the whole text needs so far */
};

/* An empty text over buf[0..n). */
struct out out_start(char *buf, size_t n);
/* Append, printf-style. */
#if defined(__GNUC__)
__attribute__((format(printf, 2, 3)))
#endif
void put(struct out *o, const char *fmt, ...);
/* The length the whole text needs, as snprintf returns it. */
int out_end(const struct out *o);

#endif
