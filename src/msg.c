/*
 * msg.c — captured messages, printed in any language (see msg.h).
 *
 * A format is read one conversion at a time (spec_read): the flags, the
 * width and precision (a number or `*`, which takes an int argument), the
 * length modifier and the conversion.  Capturing takes each argument with
 * the type its conversion and length say and widens it (long long for the
 * signed, unsigned long long for the unsigned), so that printing needs no
 * va_list: each conversion is printed on its own with snprintf, from a
 * spec rebuilt with the `ll` length.  Printing walks the translation's
 * format with the English arguments; a translation whose conversions do
 * not match them is not used.
 */
#include "msg.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"

/* One conversion of a format, as read. */
struct spec {
	char flags[8];   /* "-+ #0" as written, NUL-terminated */
	int width;       /* -1: none, -2: `*` */
	int prec;        /* -1: none, -2: `*` */
	char len;        /* 0, 'H' (hh), 'h', 'l', 'L' (ll), 'z', 'j', 't' */
	char conv;       /* d i u o x X c s p %, or 0 when not a conversion */
	size_t size;     /* bytes of the spec after the '%' */
};

/* Read the spec after the '%' at f. */
static struct spec spec_read(const char *f)
{
	struct spec s = { .width = -1, .prec = -1 };
	const char *p = f;
	size_t nf = 0;
	while (*p && strchr("-+ #0", *p) && nf < sizeof s.flags - 1)
		s.flags[nf++] = *p++;
	if (*p == '*') {
		s.width = -2;
		p++;
	} else if (*p >= '0' && *p <= '9') {
		s.width = 0;
		while (*p >= '0' && *p <= '9')
			s.width = s.width * 10 + (*p++ - '0');
	}
	if (*p == '.') {
		p++;
		if (*p == '*') {
			s.prec = -2;
			p++;
		} else {
			s.prec = 0;
			while (*p >= '0' && *p <= '9')
				s.prec = s.prec * 10 + (*p++ - '0');
		}
	}
	if (p[0] == 'h' && p[1] == 'h')
		s.len = 'H', p += 2;
	else if (p[0] == 'l' && p[1] == 'l')
		s.len = 'L', p += 2;
	else if (*p && strchr("hlzjt", *p))
		s.len = *p++;
	if (*p && strchr("diouxXcsp%", *p))
		s.conv = *p++;
	s.size = (size_t)(p - f);
	return s;
}

/* The kind of argument a conversion takes. */
static int kind_of(char conv)
{
	switch (conv) {
	case 'd': case 'i': case 'c': return MA_INT;
	case 'u': case 'o': case 'x': case 'X': case 'p': return MA_UINT;
	case 's': return MA_STR;
	}
	return -1;
}

static void push(struct msg *m, struct msg_arg a)
{
	m->a = xrealloc(m->a, (m->n + 1) * sizeof *m->a);
	m->a[m->n++] = a;
}

static long long take_int(char len, va_list *ap)
{
	switch (len) {
	case 'l': return va_arg(*ap, long);
	case 'L': return va_arg(*ap, long long);
	case 'z': return (long long)va_arg(*ap, size_t);
	case 'j': return va_arg(*ap, intmax_t);
	case 't': return va_arg(*ap, ptrdiff_t);
	}
	return va_arg(*ap, int);
}

static unsigned long long take_uint(char len, va_list *ap)
{
	switch (len) {
	case 'l': return va_arg(*ap, unsigned long);
	case 'L': return va_arg(*ap, unsigned long long);
	case 'z': return va_arg(*ap, size_t);
	case 'j': return va_arg(*ap, uintmax_t);
	case 't': return (unsigned long long)va_arg(*ap, ptrdiff_t);
	}
	return va_arg(*ap, unsigned);
}

/* Capture a string argument: a fragment, a message, or text (at most
 * prec bytes of it when a precision is given). */
static struct msg_arg take_str(const char *s, long long prec)
{
	struct msg_arg a = { .kind = MA_STR };
	if (!s)
		s = "(null)";
	/* With a precision the text need not be terminated: read no byte
	 * past prec (a "%.*s" of a slice of the input). */
	if (prec == 0)
		s = "";
	if (prec < 0 && s[0] == MSG_TAG) {
		a.kind = MA_MSG;
		a.v.m = xcalloc(1, sizeof *a.v.m);
		msg_copy(a.v.m, (const struct msg *)(const void *)s);
		return a;
	}
	if (prec < 0 && s[0] == MSG_VALUE_TAG) {
		a.kind = MA_VALUE;
		a.v.val = xmalloc(sizeof *a.v.val);
		memcpy(a.v.val, s, sizeof *a.v.val);
		return a;
	}
	if (prec < 0 && (s[0] == MSG_FRAG_MARK || s[0] == MSG_EN_ONLY_MARK)) {
		a.kind = s[0] == MSG_FRAG_MARK ? MA_FRAG : MA_EN;
		s++;
	}
	size_t n = prec >= 0 ? strnlen(s, (size_t)prec) : strlen(s);
	a.v.s = xmalloc(n + 1);
	memcpy(a.v.s, s, n);
	a.v.s[n] = '\0';
	return a;
}

void msg_vcapture(struct msg *m, const char *fmt, va_list ap)
{
	memset(m, 0, sizeof *m);
	m->tag = MSG_TAG;
	m->fmt = fmt;
	va_list aq;
	va_copy(aq, ap);
	for (const char *p = fmt; *p; p++) {
		if (*p != '%')
			continue;
		struct spec s = spec_read(p + 1);
		p += s.size;
		if (!s.conv || s.conv == '%')
			continue;
		long long prec = s.prec;
		if (s.width == -2)
			push(m, (struct msg_arg){ .kind = MA_INT, .v.i = va_arg(aq, int) });
		if (s.prec == -2) {
			prec = va_arg(aq, int);
			push(m, (struct msg_arg){ .kind = MA_INT, .v.i = prec });
		}
		switch (kind_of(s.conv)) {
		case MA_INT:
			push(m, (struct msg_arg){ .kind = MA_INT, .v.i = take_int(s.len, &aq) });
			break;
		case MA_UINT:
			if (s.conv == 'p')
				push(m, (struct msg_arg){ .kind = MA_UINT,
							  .v.u = (uintptr_t)va_arg(aq, void *) });
			else
				push(m, (struct msg_arg){ .kind = MA_UINT,
							  .v.u = take_uint(s.len, &aq) });
			break;
		case MA_STR:
			push(m, take_str(va_arg(aq, const char *), prec));
			break;
		}
	}
	va_end(aq);
}

void msg_capture(struct msg *m, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	msg_vcapture(m, fmt, ap);
	va_end(ap);
}

void msg_copy(struct msg *dst, const struct msg *src)
{
	*dst = *src;
	dst->a = src->n ? xmalloc(src->n * sizeof *dst->a) : NULL;
	for (unsigned i = 0; i < src->n; i++) {
		struct msg_arg a = src->a[i];
		if (a.kind == MA_STR || a.kind == MA_FRAG || a.kind == MA_EN) {
			a.v.s = xstrdup(a.v.s);
		} else if (a.kind == MA_MSG) {
			a.v.m = xcalloc(1, sizeof *a.v.m);
			msg_copy(a.v.m, src->a[i].v.m);
		} else if (a.kind == MA_VALUE) {
			a.v.val = xmalloc(sizeof *a.v.val);
			memcpy(a.v.val, src->a[i].v.val, sizeof *a.v.val);
		}
		dst->a[i] = a;
	}
}

void msg_free(struct msg *m)
{
	for (unsigned i = 0; i < m->n; i++) {
		if (m->a[i].kind == MA_STR || m->a[i].kind == MA_FRAG || m->a[i].kind == MA_EN)
			free(m->a[i].v.s);
		else if (m->a[i].kind == MA_MSG) {
			msg_free(m->a[i].v.m);
			free(m->a[i].v.m);
		} else if (m->a[i].kind == MA_VALUE) {
			free(m->a[i].v.val);
		}
	}
	free(m->a);
	m->a = NULL;
	m->n = 0;
}

bool msg_equal(const struct msg *a, const struct msg *b)
{
	if (a->fmt != b->fmt && strcmp(a->fmt, b->fmt) != 0)
		return false;
	if (a->n != b->n)
		return false;
	for (unsigned i = 0; i < a->n; i++) {
		const struct msg_arg *x = &a->a[i], *y = &b->a[i];
		if (x->kind != y->kind)
			return false;
		switch (x->kind) {
		case MA_INT:
			if (x->v.i != y->v.i)
				return false;
			break;
		case MA_UINT:
			if (x->v.u != y->v.u)
				return false;
			break;
		case MA_MSG:
			if (!msg_equal(x->v.m, y->v.m))
				return false;
			break;
		case MA_VALUE:
			if (memcmp(x->v.val, y->v.val, sizeof *x->v.val) != 0)
				return false;
			break;
		default:
			if (strcmp(x->v.s, y->v.s) != 0)
				return false;
		}
	}
	return true;
}

static int cmp_pair(const void *key, const void *elt)
{
	return strcmp((const char *)key, ((const struct msg_pair *)elt)->id);
}

const char *msg_tr(enum diag_lang l, const char *s)
{
	const struct msg_pair *t = l == DIAG_LANG_KK ? msg_cat_kk : l == DIAG_LANG_RU ? msg_cat_ru
										 : NULL;
	size_t n = l == DIAG_LANG_KK ? msg_cat_kk_n : l == DIAG_LANG_RU ? msg_cat_ru_n : 0;
	if (!t || !n)
		return s;
	const struct msg_pair *p = bsearch(s, t, n, sizeof *t, cmp_pair);
	return p ? p->str : s;
}

/* Whether format f takes exactly the arguments m captured. */
static bool fits(const char *f, const struct msg *m)
{
	unsigned k = 0;
	for (const char *p = f; *p; p++) {
		if (*p != '%')
			continue;
		struct spec s = spec_read(p + 1);
		p += s.size;
		if (!s.conv || s.conv == '%')
			continue;
		if (s.width == -2 && (k >= m->n || m->a[k++].kind != MA_INT))
			return false;
		if (s.prec == -2 && (k >= m->n || m->a[k++].kind != MA_INT))
			return false;
		int want = kind_of(s.conv);
		if (k >= m->n)
			return false;
		int have = m->a[k++].kind;
		if (have == MA_FRAG || have == MA_MSG || have == MA_VALUE || have == MA_EN)
			have = MA_STR;
		if (have != want)
			return false;
	}
	return k == m->n;
}

void msg_render(const struct msg *m, enum diag_lang l, struct sb *out)
{
	const char *f = msg_tr(l, m->fmt);
	if (f != m->fmt && !fits(f, m))
		f = m->fmt;
	unsigned k = 0;
	for (const char *p = f; *p; p++) {
		if (*p != '%') {
			const char *q = strchr(p, '%');
			size_t n = q ? (size_t)(q - p) : strlen(p);
			sb_putn(out, p, n);
			p += n - 1;
			continue;
		}
		struct spec s = spec_read(p + 1);
		p += s.size;
		if (!s.conv) {
			sb_putc(out, '%');
			continue;
		}
		if (s.conv == '%') {
			sb_putc(out, '%');
			continue;
		}
		if (k >= m->n)
			break;
		/* The spec again, widths as numbers, the length as ll. */
		char spec[48];
		struct out o = out_start(spec, sizeof spec);
		out_printf(&o, "%%%s", s.flags);
		if (s.width == -2)
			out_printf(&o, "%lld", m->a[k++].v.i);
		else if (s.width >= 0)
			out_printf(&o, "%d", s.width);
		if (s.prec == -2)
			out_printf(&o, ".%lld", m->a[k++].v.i);
		else if (s.prec >= 0)
			out_printf(&o, ".%d", s.prec);
		const struct msg_arg *a = &m->a[k++];
		switch (a->kind) {
		case MA_INT:
			out_printf(&o, s.conv == 'c' ? "c" : "ll%c", s.conv);
			sb_printf(out, spec, s.conv == 'c' ? (int)a->v.i : a->v.i);
			break;
		case MA_UINT:
			out_printf(&o, "ll%c", s.conv == 'p' ? 'x' : s.conv);
			sb_printf(out, spec, a->v.u);
			break;
		case MA_MSG:
		case MA_VALUE: {
			struct sb inner = { 0 };
			if (a->kind == MA_MSG)
				msg_render(a->v.m, l, &inner);
			else
				a->v.val->render(a->v.val, l, &inner);
			out_printf(&o, "s");
			sb_printf(out, spec, sb_str(&inner));
			sb_free(&inner);
			break;
		}
		default:
			out_printf(&o, "s");
			sb_printf(out, spec, a->kind == MA_FRAG ? msg_tr(l, a->v.s)
					     : a->kind == MA_EN && l != DIAG_LANG_EN ? "" : a->v.s);
		}
	}
}

char *msg_text(const struct msg *m, enum diag_lang l)
{
	struct sb b = { 0 };
	msg_render(m, l, &b);
	return sb_take(&b);
}
