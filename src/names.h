/*
 * names.h — the names of actors as a legal text prints them, matched to
 * the actors of the model.
 *
 * A regulation prints a unit's name in a table's header cell ("Көрсетілетін
 * қызметті берушінің басшысы"), inside a hand-off ("құжаттарды көрсетілетін
 * қызметті берушінің басшысына ұсынады"), above a box of Appendix 3, in the
 * participants list of ¶7 — in any case ending, in capitals or not, and in
 * the seed letter-spaced by the PDF's conversion ("О р ы н д а у ш ы").
 * This module compares such a text with an actor's declared names.
 *
 * Words: runs of letters, lower-cased (Cyrillic, ё as е); a run of three
 * or more one-letter words is one letter-spaced word.  Two words are the
 * same word when, after a common beginning of at least three letters,
 * what is left of each is nothing or a chain of at most three endings of
 * Kazakh or Russian declension (басшы|сы ~ басшы|сына, беруші|нің ~
 * беруші|ге, руководител|ь ~ руководител|ю), so that "қызметті" (the
 * service) and "қызметкері" (an employee) stay apart.
 *
 * An actor's name matches a text at the place where the name's last word
 * (its head noun) is found, counting how many of its words, from the head
 * backwards, are found right before it in order.  The best actor is the
 * one with the most words matched (its whole name wins over a part);
 * names of one word must match whole, longer names by at least two words.
 *
 * Contract: pure functions of their arguments; nothing is allocated that
 * is not freed before they return; texts are UTF-8 (invalid bytes are
 * separators).
 */
#ifndef REGLC_NAMES_H
#define REGLC_NAMES_H

#include <stdbool.h>
#include <stddef.h>

/* How well one name matches a text. */
struct name_match {
	int words;   /* words of the name matched, from its head backwards */
	int of;      /* words in the name */
	size_t at;   /* where in the text the match ends: byte offset just past
			the head word's match (for quoting) */
};

/* The match of name in text (words == 0: the head noun is not there). */
struct name_match names_match(const char *text, const char *name);

/* Whether a match is good enough to say the text names the name. */
bool names_good(struct name_match m);

/*
 * The best of n names for a text: its index, or -1 when none is good
 * enough; *tie is set when two names match equally well and neither
 * wins (the text is ambiguous).  names[i] may be NULL (skipped);
 * alt[i], when alt is not NULL, is another name of the same actor (its
 * Russian form), and the better of the two counts.
 */
int names_best(const char *text, const char *const *names, const char *const *alt, size_t n,
	       bool *tie);

/* The name closest to text for a "did you mean" (the most words shared,
 * anywhere), or -1 when none shares a word. */
int names_closest(const char *text, const char *const *names, const char *const *alt,
		  size_t n);

/* Whether two texts are the same words (names_match both ways, whole). */
bool names_same(const char *a, const char *b);

/* A slice of a text, bytes [lo, hi). */
struct names_span {
	size_t lo, hi;
};

/*
 * Wording: whether a and b differ as words (letters compared exactly,
 * capitals, punctuation, spacing and letter-spacing ignored).  When they
 * do, *da and *db are the differing words of each (after the words they
 * share at the start, before those they share at the end); an empty span
 * where one text has words the other lacks.
 */
bool names_diff(const char *a, const char *b, struct names_span *da, struct names_span *db);

/*
 * Whether cell uses words that neither a nor b (either may be NULL) has,
 * in any case ending, conjunctions aside; *out spans them, from the first
 * to the last.
 * An appendix that repeats the object of two verbs, or moves a word
 * between the action and the completion, uses no foreign word.
 */
bool names_foreign(const char *cell, const char *a, const char *b, struct names_span *out);

/*
 * Whether cell has a word of a in another form only ("порталда" where a
 * says "порталға": the same word, another ending, a form neither a nor b
 * has); *cell_w spans the first such word of the cell, *body_w its form
 * in a.
 */
bool names_reformed(const char *cell, const char *a, const char *b, struct names_span *cell_w,
		    struct names_span *body_w);

/*
 * The words of a that cell leaves out (and other, the cell beside it,
 * when not NULL: a word moved from the action to the completion is not
 * left out), in any form, conjunctions aside, as a has them: adjacent
 * words joined by a space, runs by " … ".  NULL when it leaves out none;
 * else the caller's to free.
 */
char *names_omitted(const char *cell, const char *other, const char *a);

/*
 * How many words of a occur in b, conjunctions aside: in any case ending,
 * or one the cut-off beginning of the other, four letters at least
 * ("телнұ" of "телнұсқаны", as a damaged cell prints it); *na is set to
 * the number of a's words, conjunctions aside.  For proposing which step
 * a printed column shows (import_table.h): a score, not a verdict.
 */
int names_shared(const char *a, const char *b, int *na);

#endif
