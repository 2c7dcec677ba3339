/*
 * anchor.h — the legal text as the source of record: the quotes of a
 * regulation checked byte for byte against the text they come from, and
 * the durations of that text that no quote covers.
 *
 * Contract: a regulation names its text with the `source` field (the
 * path relative to the .regl file, and the lines of the regulation in it)
 * or the command line names one for every file without the field
 * (--source FILE[:A-B], loaded once by the session).  With a text,
 * anchor_check, run after the model checks:
 *  - finds every quote the model lists (model_quotes, model.h) byte for
 *    byte in the regulation's lines, at the place its WHERE names when
 *    reglc can find that place (a paragraph and sub-paragraph of the body,
 *    an appendix and a column of its table: docs/language.md §4.1 gives the
 *    rule), else anywhere in those lines; a quote not there is E0702, with
 *    the closest text there as a note;
 *  - scans those lines for duration phrases (anchor_durations: the rule is
 *    above the function) and reports each that no quote covers, W0703, in
 *    the text file itself (the diagnostic's file is the text);
 *  - reports a text that cannot be read, is not UTF-8, or lacks the lines,
 *    E0701 at the field.
 * It reports through the session's sink and never prints.  The text is
 * read whole (source_load's limit, 16 MiB); the regulation's lines may
 * hold at most ANCHOR_MAX_RANGE bytes; the search for the closest text
 * costs at most a few million steps per quote not found.
 */
#ifndef REGLC_ANCHOR_H
#define REGLC_ANCHOR_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct cunit;
struct session;
struct source;

/* The most bytes the regulation's lines may hold: a regulation is tens of
 * kilobytes (docs/limits.md). */
#define ANCHOR_MAX_RANGE ((size_t)2 * 1024 * 1024)

/* Why a legal text cannot be used. */
enum anchor_fail {
	AF_OK,
	AF_READ,  /* it cannot be read: sys says why */
	AF_UTF8,  /* it is not valid UTF-8: line is the first bad line */
	AF_LINES, /* it has fewer lines than named: line is how many it has */
	AF_SIZE   /* the lines named hold more than ANCHOR_MAX_RANGE bytes */
};

struct anchor_why {
	enum anchor_fail fail;
	const char *sys;  /* AF_READ: the system's reason (static) */
	int err;          /* AF_READ: errno when the system refused */
	uint32_t line;    /* AF_UTF8, AF_LINES: see above */
};

/*
 * Read the legal text at path and check that lines first..last (both 0:
 * the whole text) are in it.  NULL, with why, when it cannot be used;
 * source_free the result.
 */
struct source *anchor_load(const char *path, uint32_t first, uint32_t last,
			   struct anchor_why *why);
/* The reason, in English, for the command line. */
void anchor_why_text(const struct anchor_why *why, char *buf, size_t n);

/*
 * Split an argument "FILE[:A-B]" of --source: the length of FILE, and the
 * lines (0, 0 without a range).  False when A-B is there but malformed
 * (A is 0 or after B).
 */
bool anchor_parse_arg(const char *arg, size_t *pathlen, uint32_t *first, uint32_t *last);

/* Check u's quotes against its legal text, if it has one (see above). */
void anchor_check(struct session *s, struct cunit *u);

/* A byte range [lo, hi) of a legal text. */
struct anchor_span {
	uint32_t lo, hi;
};

/*
 * The duration phrases stated in text[lo, hi): *n spans in order, in an
 * array the caller frees (for tests; anchor_check scans the same way).
 */
struct anchor_span *anchor_durations(const struct source *text, uint32_t lo, uint32_t hi,
				     size_t *n);

/*
 * The place `where` names in text[lo, hi) (lo at a line start): *n byte
 * ranges, their union the place, in an array the caller frees; *n is 0
 * when reglc cannot find it (the whole range then applies).
 */
struct anchor_span *anchor_place(const struct source *text, uint32_t lo, uint32_t hi,
				 const char *where, size_t *n);

#endif
