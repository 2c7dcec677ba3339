/*
 * sb.c — the string builders (see sb.h).
 */
#include "sb.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"

void sb_putn(struct sb *b, const char *s, size_t n)
{
	if (b->n + n + 1 > b->cap) {
		size_t cap = b->cap ? b->cap : 256;
		while (b->n + n + 1 > cap)
			cap *= 2;
		b->s = xrealloc(b->s, cap);
		b->cap = cap;
	}
	if (n)
		memcpy(b->s + b->n, s, n);
	b->n += n;
	b->s[b->n] = '\0';
}

void sb_puts(struct sb *b, const char *s)
{
	sb_putn(b, s, strlen(s));
}

void sb_putc(struct sb *b, char c)
{
	sb_putn(b, &c, 1);
}

void sb_vprintf(struct sb *b, const char *fmt, va_list ap)
{
	char small[512];
	va_list ap2;
	va_copy(ap2, ap);
	int k = vsnprintf(small, sizeof small, fmt, ap2);
	va_end(ap2);
	if (k < 0)
		return;
	if ((size_t)k < sizeof small) {
		sb_putn(b, small, (size_t)k);
		return;
	}
	char *big = xmalloc((size_t)k + 1);
	vsnprintf(big, (size_t)k + 1, fmt, ap);
	sb_putn(b, big, (size_t)k);
	free(big);
}

void sb_printf(struct sb *b, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	sb_vprintf(b, fmt, ap);
	va_end(ap);
}

const char *sb_str(struct sb *b)
{
	if (!b->s)
		sb_putn(b, "", 0);
	return b->s;
}

char *sb_take(struct sb *b)
{
	sb_str(b);
	char *s = b->s;
	memset(b, 0, sizeof *b);
	return s;
}

void sb_free(struct sb *b)
{
	free(b->s);
	memset(b, 0, sizeof *b);
}

struct out out_start(char *buf, size_t n)
{
	if (n)
		buf[0] = '\0';
	return (struct out){ buf, n, 0 };
}

void out_printf(struct out *o, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *at = o->len < o->n ? o->buf + o->len : NULL;
	size_t room = o->len < o->n ? o->n - o->len : 0;
	int k = vsnprintf(at, room, fmt, ap);
	va_end(ap);
	if (k > 0)
		o->len += (size_t)k;
}

int out_end(const struct out *o)
{
	return o->len > INT32_MAX ? INT32_MAX : (int)o->len;
}

char *xvformat(const char *fmt, va_list ap)
{
	va_list ap2;
	va_copy(ap2, ap);
	int n = vsnprintf(NULL, 0, fmt, ap2);
	va_end(ap2);
	if (n < 0)
		n = 0;
	char *s = xmalloc((size_t)n + 1);
	vsnprintf(s, (size_t)n + 1, fmt, ap);
	return s;
}
