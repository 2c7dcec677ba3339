/*
 * lang.h — the output languages (Kazakh, Russian) and the choice of a
 * text's form for one of them.
 *
 * Contract: every human-readable text has a Kazakh form and may have a
 * Russian one (ast.h, struct text).  Output in Russian takes the Russian
 * form and falls back to the Kazakh one when there is none; lang_check
 * reports every such text once (W0502) so that the fallback is never
 * silent.  Kazakh output never falls back: the Kazakh form always exists.
 * A language's code, words and grammar are its pack's (langpack.h, which
 * also says how to add a language).
 */
#ifndef REGLC_LANG_H
#define REGLC_LANG_H

#include <stdbool.h>
#include <stddef.h>

struct ast_file;
struct diags;
struct source;
struct text;

enum lang {
	LANG_KK,   /* Kazakh: the language every text is written in */
	LANG_RU,   /* Russian: optional second form */
	LANG__COUNT
};

/* "kk" or "ru" (the pack's code): the code used in --lang and in output
 * file names. */
const char *lang_code(enum lang l);

/*
 * Parse a comma-separated list of language codes ("kk,ru") into a bit mask
 * (bit l set for enum lang l).  Returns false, with the offending code in
 * bad[0..badn), on an unknown or empty code.
 */
bool lang_parse_list(const char *s, unsigned *mask, char *bad, size_t badn);

/*
 * The form of t for l: the Russian one when asked for and present, else
 * the Kazakh one.  *fell_back (when not NULL) tells whether Russian was
 * asked for and missing.  NULL when t itself is absent (t->kk NULL).
 */
const char *lang_text(const struct text *t, enum lang l, bool *fell_back);

/*
 * Report W0502 for every text of file that has no form in l: metadata
 * values, actor names, route headings, actions, hand-offs, questions and
 * ends.  Kazakh always has a form, so only LANG_RU can report.
 */
void lang_check(const struct ast_file *file, const struct source *src,
		enum lang l, struct diags *d);

#endif
