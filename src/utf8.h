/*
 * utf8.h — the one UTF-8 decoder of reglc.
 *
 * Contract: strict decoding as RFC 3629 defines it — no overlong forms, no
 * surrogates (U+D800..U+DFFF), nothing above U+10FFFF, no sequence cut
 * short by the end of the buffer.  Every module that reads characters
 * (source validation, the phrase reader, the calendar file, columns in
 * diagnostics, the writers' letter case and line breaking) goes through
 * these functions, all inline: the phrase reader and the column counter
 * call them once per character of a file, and every module and unit test
 * gets them without linking anything.
 */
#ifndef REGLC_UTF8_H
#define REGLC_UTF8_H

#include <stddef.h>
#include <stdint.h>

/*
 * Decode the character at s[0..n) (n >= 1).  Returns its length in bytes
 * (1..4) with the code point in *cp, or 0 when the bytes there are not
 * valid UTF-8 (then *cp is the first byte).
 */
static inline size_t utf8_decode(const char *s, size_t n, uint32_t *cp)
{
	const unsigned char *u = (const unsigned char *)s;
	uint32_t c = u[0], v, min;
	size_t len;
	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	*cp = c;
	if (c >= 0xC2 && c <= 0xDF)
		len = 2, v = c & 0x1F, min = 0x80;
	else if (c >= 0xE0 && c <= 0xEF)
		len = 3, v = c & 0x0F, min = 0x800;
	else if (c >= 0xF0 && c <= 0xF4)
		len = 4, v = c & 0x07, min = 0x10000;
	else
		return 0;
	if (n < len)
		return 0;
	for (size_t k = 1; k < len; k++) {
		if ((u[k] & 0xC0) != 0x80)
			return 0;
		v = v << 6 | (u[k] & 0x3F);
	}
	if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
		return 0;
	*cp = v;
	return len;
}

/* Encode cp (at most U+10FFFF, not a surrogate) into b[0..4); returns
 * its length. */
static inline size_t utf8_encode(uint32_t cp, char *b)
{
	if (cp < 0x80) {
		b[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		b[0] = (char)(0xC0 | (cp >> 6));
		b[1] = (char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		b[0] = (char)(0xE0 | (cp >> 12));
		b[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		b[2] = (char)(0x80 | (cp & 0x3F));
		return 3;
	}
	b[0] = (char)(0xF0 | (cp >> 18));
	b[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
	b[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
	b[3] = (char)(0x80 | (cp & 0x3F));
	return 4;
}

/*
 * Lower-case a letter of Kazakh, Russian or ASCII text, ё read as е (the
 * readers of legal text compare words so).  Cyrillic capitals sit at fixed
 * distances from their small letters, except in U+0460..U+04FF where most
 * pairs are (even, odd) and U+04C1..U+04CE where they are (odd, even).
 */
static inline uint32_t utf8_lower(uint32_t c)
{
	if (c >= 'A' && c <= 'Z')
		return c + ('a' - 'A');
	if (c >= 0x410 && c <= 0x42F)
		c += 0x20;
	else if (c >= 0x400 && c <= 0x40F)
		c += 0x50;
	else if (((c >= 0x460 && c <= 0x481) || (c >= 0x48A && c <= 0x4BF) ||
		  (c >= 0x4D0 && c <= 0x4FF)) && c % 2 == 0)
		c += 1;
	else if (c >= 0x4C1 && c <= 0x4CE && c % 2 == 1)
		c += 1;
	else if (c == 0x4C0)
		c = 0x4CF;
	return c == 0x451 ? 0x435 : c;
}

/* Whether byte b continues a multi-byte sequence (10xxxxxx). */
static inline int utf8_is_cont(unsigned char b)
{
	return (b & 0xC0) == 0x80;
}

/* The length of the sequence a lead byte announces (1 for ASCII and for a
 * byte that cannot lead), for skipping over text already validated. */
static inline size_t utf8_lead_len(unsigned char b)
{
	return b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
}

/* Characters in s[0..n): every byte that does not continue a sequence
 * starts one (an invalid byte counts as one character). */
static inline size_t utf8_count(const char *s, size_t n)
{
	size_t k = 0;
	for (size_t i = 0; i < n; i++)
		k += !utf8_is_cont((unsigned char)s[i]);
	return k;
}

/* The start of the character that ends just before s[i] (i > 0). */
static inline size_t utf8_prev(const char *s, size_t i)
{
	while (i > 0 && utf8_is_cont((unsigned char)s[--i]))
		;
	return i;
}

#endif
