/*
 * strout.c — the snprintf-style text builder (see strout.h).
 */
#include "strout.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>

struct out out_start(char *buf, size_t n)
{
	if (n)
		buf[0] = '\0';
	return (struct out){ buf, n, 0 };
}

void put(struct out *o, const char *fmt, ...)
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
