/*
 * source.c — loading files, the line map, and encoding validation.
 */
#define _POSIX_C_SOURCE 200809L
#include "source.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "arena.h"
#include "diag.h"
#include "utf8.h"

/* Build the line map; LF, CRLF and a lone CR each end a line. */
static void build_lines(struct source *s)
{
	size_t cap = 64, n = 0;
	uint32_t *v = xmalloc(cap * sizeof *v);
	v[n++] = 0;
	if (!memchr(s->text, '\r', s->len)) {
		/* No CR at all (the usual file): only LF ends a line, and
		   memchr finds each one faster than a loop over the bytes. */
		const char *p = s->text, *end = s->text + s->len;
		while ((p = memchr(p, '\n', (size_t)(end - p))) != NULL) {
			p++;
			if (n == cap) {
				cap *= 2;
				v = xrealloc(v, cap * sizeof *v);
			}
			v[n++] = (uint32_t)(p - s->text);
		}
		s->lines = v;
		s->nlines = n;
		return;
	}
	for (size_t i = 0; i < s->len; i++) {
		char c = s->text[i];
		if (c == '\r' && i + 1 < s->len && s->text[i + 1] == '\n')
			continue;
		if (c == '\n' || c == '\r') {
			if (n == cap) {
				cap *= 2;
				v = xrealloc(v, cap * sizeof *v);
			}
			v[n++] = (uint32_t)(i + 1);
		}
	}
	s->lines = v;
	s->nlines = n;
}

static struct source *source_new(const char *path, char *buf, size_t n)
{
	struct source *s = xcalloc(1, sizeof *s);
	s->path = xstrdup(path);
	s->text = buf;
	s->len = n;
	s->text[n] = s->text[n + 1] = '\0';
	if (n >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0)
		s->start = 3;
	build_lines(s);
	return s;
}

struct source *source_from_memory(const char *path, const char *buf, size_t n)
{
	char *copy = xmalloc(n + 2);
	memcpy(copy, buf, n);
	return source_new(path, copy, n);
}

/*
 * One open, one fstat and, for a file that does not change while it is
 * read, one read of its size plus one that finds the end: the buffer has
 * room for a byte more than the file (and the two terminators), so a
 * file that grew is seen without a second allocation in the common case.
 * The limit is on what is read, not only on what fstat says.
 */
struct source *source_load(const char *path, const char **why)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		*why = strerror(errno);
		return NULL;
	}
	struct stat st;
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
		*why = S_ISDIR(st.st_mode) ? "is a directory" : "not a regular file";
		close(fd);
		return NULL;
	}
	static const char *const too_large = "file too large (the limit is 16 MiB; docs/limits.md)";
	if ((size_t)st.st_size > SOURCE_MAX_BYTES) {
		*why = too_large;
		close(fd);
		return NULL;
	}
	size_t cap = (size_t)st.st_size + 3, n = 0; /* + 1 spare, + 2 terminators */
	char *buf = xmalloc(cap);
	for (;;) {
		if (n == cap - 2) { /* the file grew while it was read */
			if (n > SOURCE_MAX_BYTES) {
				*why = too_large;
				free(buf);
				close(fd);
				return NULL;
			}
			cap = cap * 2;
			buf = xrealloc(buf, cap);
		}
		ssize_t got = read(fd, buf + n, cap - 2 - n);
		if (got < 0 && errno == EINTR)
			continue;
		if (got < 0) {
			*why = strerror(errno);
			free(buf);
			close(fd);
			return NULL;
		}
		if (got == 0)
			break;
		n += (size_t)got;
	}
	close(fd);
	if (n > SOURCE_MAX_BYTES) {
		*why = too_large;
		free(buf);
		return NULL;
	}
	return source_new(path, buf, n);
}

void source_free(struct source *s)
{
	if (!s)
		return;
	free(s->path);
	free(s->text);
	free(s->lines);
	free(s);
}


/*
 * One diagnostic per run of bad bytes, not per byte: a truncated file or a
 * Latin-1 paragraph would otherwise bury the real messages.
 */

#if defined(__SSE2__)
#include <emmintrin.h>

/*
 * How many of the 16 bytes at p need no second look, 0 if some do: text
 * of printable ASCII, line feeds and two-byte sequences with leads
 * 0xC3..0xDF (U+00C0..U+07FF: the Kazakh and Russian letters), starting
 * at a character boundary — 16, or 15 when the last byte is a lead whose
 * continuation is in the next block.  Anything else (other controls,
 * 0x7F, the leads 0xC0..0xC2, longer sequences, a stray continuation)
 * is for the byte loop, which reports or accepts it.  SSE2 is part of
 * x86-64; elsewhere the byte loop does everything.
 */
static unsigned plain16(const unsigned char *p)
{
	const __m128i x = _mm_loadu_si128((const __m128i *)(const void *)p);
	/* signed: below 0x20, and every byte from 0x80 */
	unsigned low = (unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(x, _mm_set1_epi8(0x20)));
	unsigned high = (unsigned)_mm_movemask_epi8(x);
	unsigned lf = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(x, _mm_set1_epi8('\n')));
	unsigned del = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(x, _mm_set1_epi8(0x7F)));
	if (del || (low & ~high & ~lf))
		return 0;
	if (!high)
		return 16;
	const __m128i zero = _mm_setzero_si128();
	__m128i top3 = _mm_and_si128(x, _mm_set1_epi8((char)0xE0));
	unsigned lead = (unsigned)_mm_movemask_epi8(
				_mm_cmpeq_epi8(top3, _mm_set1_epi8((char)0xC0))) &
			(unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(
				_mm_subs_epu8(_mm_set1_epi8((char)0xC3), x), zero)); /* >= 0xC3 */
	unsigned cont = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(
		_mm_and_si128(x, _mm_set1_epi8((char)0xC0)), _mm_set1_epi8((char)0x80)));
	if (high != (lead | cont) || cont != ((lead << 1) & 0xFFFFu))
		return 0;
	return lead & 0x8000u ? 15 : 16;
}
#endif

void source_validate(struct source *s, struct diags *d)
{
	source_validate_with(s, d, true);
}

void source_validate_with(struct source *s, struct diags *d, bool blocks)
{
	unsigned char *p = (unsigned char *)s->text;
	const size_t n = s->len;
	size_t i = s->start;
#if defined(__SSE2__)
	/* after a block that failed, its bytes one by one */
	size_t slow_until = blocks ? i : n;
#else
	(void)blocks;
#endif
	while (i < n) {
#if defined(__SSE2__)
		if (i >= slow_until && n - i >= 16) {
			unsigned k = plain16(p + i);
			if (k) {
				i += k;
				continue;
			}
			slow_until = i + 16;
		}
#endif
		unsigned c = p[i];
		/* The common cases first: printable ASCII, and a two-byte
		   sequence from U+00A0 on (Cyrillic; below it are the C1
		   controls and the overlong forms). */
		if (c - 0x20u < 0x5Fu) { /* 0x20..0x7E, one unsigned comparison */
			i++;
			continue;
		}
		/* Leads 0xC3..0xDF (U+00C0..U+07FF) are valid with any
		   continuation byte; 0xC2 takes the careful path below. */
		if (c - 0xC3u < 0x1Du && i + 1 < n && (p[i + 1] & 0xC0) == 0x80) {
			i += 2;
			continue;
		}
		if (c >= 0x80) {
			uint32_t cp;
			int len = (int)utf8_decode((const char *)p + i, n - i, &cp);
			if (len > 0) {
				/* C1 controls U+0080..U+009F are controls too. */
				if (len == 2 && c == 0xC2 && p[i + 1] < 0xA0) {
					diag_emit(d, D_CONTROL_CHAR, s, i, i + 2,
						  "control character U+%04X in the text",
						  p[i + 1]);
					p[i] = p[i + 1] = ' ';
				}
				i += (size_t)len;
				continue;
			}
			size_t j = i;
			while (j < n && p[j] >= 0x80 &&
			       utf8_decode((const char *)p + j, n - j, &cp) == 0)
				p[j++] = ' ';
			/* One format per number: a translation has no use for an
			   English plural ending. */
			diag_emit(d, D_UTF8, s, i, j,
				  j - i == 1 ? N_("invalid UTF-8 (%zu byte); the file must be "
						  "saved as UTF-8")
					     : N_("invalid UTF-8 (%zu bytes); the file must be "
						  "saved as UTF-8"),
				  j - i);
			i = j;
			continue;
		}
		if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
			size_t j = i;
			while (j < n && ((p[j] < 0x20 && p[j] != '\t' && p[j] != '\n' &&
					  p[j] != '\r') || p[j] == 0x7F))
				p[j++] = ' ';
			if (c == 0)
				diag_emit(d, D_CONTROL_CHAR, s, i, j,
					  "NUL byte in the text; is this a binary file?");
			else
				diag_emit(d, D_CONTROL_CHAR, s, i, j,
					  "control character U+%04X in the text", c);
			i = j;
			continue;
		}
		i++;
	}
}

struct linecol source_linecol(const struct source *s, size_t off)
{
	if (off > s->len)
		off = s->len;
	size_t lo = 0, hi = s->nlines;
	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2;
		if (s->lines[mid] <= off)
			lo = mid;
		else
			hi = mid;
	}
	uint32_t col = 1;
	size_t from = lo == 0 ? s->start : s->lines[lo]; /* a BOM is not a column */
	col += (uint32_t)utf8_count(s->text + from, off - from);
	return (struct linecol){ (uint32_t)lo + 1, col };
}

const char *source_line(const struct source *s, uint32_t line, size_t *len)
{
	if (line < 1 || line > s->nlines) {
		*len = 0;
		return "";
	}
	size_t b = s->lines[line - 1], e = b;
	while (e < s->len && s->text[e] != '\n' && s->text[e] != '\r')
		e++;
	*len = e - b;
	return s->text + b;
}
