/*
 * verify.h — `reglc check --verify`: compare the diagnostics of a file with
 * the expectations written in its comments, in the spirit of clang -verify.
 *
 * An expectation is a comment on the line the diagnostic is about:
 *     # expect-error[E0101]: undefined actor
 *     # expect-warning[W0501]
 *     # expect-error@+1[E0001]: unexpected      (the next line; @-2, @7 too)
 *     # expect-warning@quotes.txt:12[W0703]     (line 12 of another file the
 *                                                compilation reads: a legal
 *                                                text, named by its path's end)
 * The text after the colon must occur in the message.  Every expectation
 * must be met and every error and warning must be expected; notes are not
 * checked.  Mismatches are printed as `file:line: ...`.
 */
#ifndef REGLC_VERIFY_H
#define REGLC_VERIFY_H

#include <stdio.h>

struct diags;
struct source;

/* Compare the pending diagnostics of d with src's expectations; print the
 * differences to out; return the number of differences. */
size_t verify_file(const struct source *src, struct diags *d, FILE *out);

#endif
