/*
 * msg.h — messages that can be printed in any language, after the fact.
 *
 * Contract: a message is kept as its English printf format and the
 * arguments it was given, captured (strings copied), so that it can be
 * printed in English, Kazakh or Russian whenever an output asks: `check`
 * prints it in the message language (--messages) while a handbook prints
 * the same finding in the document's language.  The translations are the
 * catalogues data/messages.kk and data/messages.ru, compiled into
 * constant tables at build time (tools/msgcat.c): looking one up reads
 * nothing but constants, so no module keeps catalogue state.
 *
 * A translation has the same printf conversions in the same order as its
 * English format (tests/messages/check.js keeps it so); one that does not
 * is ignored and the English printed.  Three kinds of string argument
 * are translated with the message:
 *  - a fragment, FRAG("on an ordinary week"): a phrase of the catalogue
 *    that a message takes as an argument;
 *  - a message inside a message, MSG_ARG(&m): the reason the phrase
 *    reader gives, say, inside "cannot read a duration ...: %s";
 *  - a value, MSG_VALUE(&v): a duration, a quantity, a moment or a date,
 *    kept as data and written by its own render function in the language
 *    the message is printed in ("<= 1 h 15 min", "1 сағат 15 минуттан
 *    аспайды", "не более 1 часа 15 минут"; show.h makes them).
 * All three are recognised by their first byte (U+0001, U+0002, U+0003),
 * which no source text can contain (control characters are E0003).  A
 * fourth mark, MSG_EN_ONLY (U+0004) before a string argument, is English
 * prose that has no translation (the calendar's account of a transfer
 * order): English prints it, every other language leaves it out.
 */
#ifndef REGLC_MSG_H
#define REGLC_MSG_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>

#include "dur.h"
#include "sb.h"

/* The languages of messages: English is the text in the code. */
enum diag_lang {
	DIAG_LANG_EN,
	DIAG_LANG_KK,
	DIAG_LANG_RU,
	DIAG__LANGS
};

/* A catalogue entry (tools/msgcat.c writes the tables). */
struct msg_pair {
	const char *id;  /* the English format or fragment */
	const char *str; /* its translation */
};

/* A fragment: a catalogue phrase given as a %s argument. */
#define FRAG(s) "\001" s
#define MSG_FRAG_MARK '\001'
#define MSG_TAG '\002'
#define MSG_VALUE_TAG '\003'
#define MSG_EN_ONLY "\004"
#define MSG_EN_ONLY_MARK '\004'

/* Marks a format or fragment for the catalogues where it is not the
 * literal argument of a message function. */
#define N_(s) s

struct msg;

/*
 * A value a message shows in the language it is printed in.  Made whole
 * by its maker (show.h: zeroed first, so it is copied and compared as
 * bytes); msg.c knows only that render writes it.
 */
struct msg_value {
	char tag; /* MSG_VALUE_TAG: MSG_VALUE(&v) is recognised by it */
	/* Write v in language l. */
	void (*render)(const struct msg_value *v, enum diag_lang l, struct sb *out);
	union {
		struct {
			struct dur d;    /* a duration as written */
			int64_t workday; /* the regulation's working day, minutes */
		} dur;
		struct {
			struct qty q;    /* a quantity */
			int64_t workday; /* the regulation's working day, minutes */
			int unit;        /* enum unit it was written in */
			int how;         /* enum lp_carry: how far it carries */
		} qty;
		struct {
			int64_t t, start; /* a moment, and the acceptance it is
					     counted from on the ordinary week */
			bool ordinary;   /* on the ordinary week: days from start */
		} at;
		int64_t minutes;    /* an elapsed time */
		int32_t day;        /* a date: days since 1970-01-01 */
	} u;
};

/* Pass a value as the %s argument of a message. */
#define MSG_VALUE(v) ((const char *)(v))

/* One captured argument. */
struct msg_arg {
	unsigned char kind; /* MA_INT, MA_UINT, MA_STR, MA_FRAG, MA_MSG, MA_VALUE,
			       MA_EN */
	union {
		long long i;        /* d, i, c, and * widths */
		unsigned long long u; /* u, o, x, X, p */
		char *s;            /* s (a fragment's or MA_EN's English without
				       its mark) */
		struct msg *m;      /* a message inside this one */
		struct msg_value *val; /* a value, copied */
	} v;
};

enum { MA_INT, MA_UINT, MA_STR, MA_FRAG, MA_MSG, MA_VALUE, MA_EN };

/* A message: its English format and its arguments. */
struct msg {
	char tag;           /* MSG_TAG: MSG_ARG(&m) is recognised by it */
	const char *fmt;    /* the English format (static: a literal) */
	struct msg_arg *a;  /* the arguments, in order */
	unsigned n;
};

/* Pass a captured message as the %s argument of another. */
#define MSG_ARG(m) ((const char *)(m))

#if defined(__GNUC__)
__attribute__((format(printf, 2, 0)))
#endif
void msg_vcapture(struct msg *m, const char *fmt, va_list ap);
#if defined(__GNUC__)
__attribute__((format(printf, 2, 3)))
#endif
void msg_capture(struct msg *m, const char *fmt, ...);
void msg_copy(struct msg *dst, const struct msg *src);
void msg_free(struct msg *m);
bool msg_equal(const struct msg *a, const struct msg *b);

/* Print m in language l. */
void msg_render(const struct msg *m, enum diag_lang l, struct sb *out);
/* The same, as a malloc'd string. */
char *msg_text(const struct msg *m, enum diag_lang l);

/* The translation of an English format or fragment in l (s itself when
 * the catalogue has none, and for English). */
const char *msg_tr(enum diag_lang l, const char *s);

/* The compiled catalogues (build/msg_kk.c, build/msg_ru.c). */
extern const struct msg_pair msg_cat_kk[], msg_cat_ru[];
extern const size_t msg_cat_kk_n, msg_cat_ru_n;

#endif
