/*
 * diag.h — diagnostics: the catalogue of codes, the sink every phase
 * reports into, and the printers (text in the gcc/clang style, JSON,
 * SARIF 2.1.0), with colour, -Wno-CODE, --max-errors and the kk/ru
 * message catalogues.
 *
 * Contract: a phase calls diag_emit with a code and a byte range of a
 * source; the code fixes the severity.  The sink keeps a file's
 * diagnostics until diag_flush, which sorts them by position (stable, so
 * the output is deterministic), drops exact duplicates, applies -Werror,
 * and prints them.  Messages are plain English a civil servant can read,
 * printed in the sink's language (data/messages.kk, .ru) and kept for any
 * other (msg.h: a handbook prints its findings in its own language);
 * notes point at related places.
 */
#ifndef REGLC_DIAG_H
#define REGLC_DIAG_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "msg.h"

struct source;

enum diag_sev {
	DIAG_ERROR,
	DIAG_WARNING,
	DIAG_NOTE
};

/*
 * The catalogue: X(enum, code, severity, summary).  Codes are stable: a
 * code is never reused for another meaning.  docs/diagnostics.md lists them.
 */
#define DIAG_CODES(X)                                                               \
	X(D_SYNTAX, "E0001", DIAG_ERROR, "syntax error")                              \
	X(D_UTF8, "E0002", DIAG_ERROR, "invalid UTF-8")                               \
	X(D_CONTROL_CHAR, "E0003", DIAG_ERROR, "control character in the text")       \
	X(D_UNTERMINATED, "E0004", DIAG_ERROR, "unterminated string")                 \
	X(D_BAD_ESCAPE, "E0005", DIAG_ERROR, "unknown escape sequence")               \
	X(D_NO_HEADER, "E0006", DIAG_ERROR, "missing `regulation ID` header")         \
	X(D_BAD_ID, "E0007", DIAG_ERROR, "invalid regulation id")                     \
	X(D_BAD_FIELD, "E0008", DIAG_ERROR, "unknown or invalid metadata field")      \
	X(D_DUP_FIELD, "E0009", DIAG_ERROR, "metadata field given twice")             \
	X(D_UNDEF_ACTOR, "E0101", DIAG_ERROR, "undefined actor")                      \
	X(D_DUP_ACTOR, "E0102", DIAG_ERROR, "duplicate actor")                        \
	X(D_BAD_KIND, "E0103", DIAG_ERROR, "unknown actor kind")                      \
	X(D_UNDEF_ROUTE, "E0104", DIAG_ERROR, "undefined route")                      \
	X(D_DUP_ROUTE, "E0105", DIAG_ERROR, "duplicate route")                        \
	X(D_UNDEF_LABEL, "E0106", DIAG_ERROR, "undefined label")                      \
	X(D_DUP_LABEL, "E0107", DIAG_ERROR, "duplicate label")                        \
	X(D_BAD_OUTCOME, "E0108", DIAG_ERROR, "unknown outcome")                      \
	X(D_BAD_REUSE, "E0109", DIAG_ERROR, "invalid reuse range")                    \
	X(D_REUSE_CYCLE, "E0110", DIAG_ERROR, "reuse refers back to itself")          \
	X(D_DUP_TERM, "E0111", DIAG_ERROR, "term given twice")                        \
	X(D_BAD_DECISION, "E0201", DIAG_ERROR, "decision without both branches")      \
	X(D_DANGLING, "E0202", DIAG_ERROR, "branch neither rejoins nor ends")         \
	X(D_UNREACHABLE, "E0203", DIAG_ERROR, "unreachable step")                     \
	X(D_NO_END, "E0204", DIAG_ERROR, "route without an end")                      \
	X(D_LOOP, "E0205", DIAG_ERROR, "unbounded loop")                              \
	X(D_BAD_DURATION, "E0301", DIAG_ERROR, "invalid duration")                    \
	X(D_STATED_MISMATCH, "E0401", DIAG_ERROR, "statement disagrees with the model") \
	X(D_STATED_UNPARSED, "E0402", DIAG_ERROR, "statement cannot be read")         \
	X(D_STATED_DIGITS, "E0403", DIAG_ERROR, "a phrase's figure and words disagree") \
	X(D_STATED_UNCHECKED, "N0404", DIAG_NOTE, "statement kept unchecked")         \
	X(D_UNUSED_ACTOR, "W0501", DIAG_WARNING, "actor declared and never used")     \
	X(D_TEXT_LANG, "W0502", DIAG_WARNING, "text missing in language")             \
	X(D_TERM_EXCEEDED, "E0601", DIAG_ERROR, "a path exceeds the term")            \
	X(D_TERM_HOLIDAYS, "W0602", DIAG_WARNING, "a path exceeds the term around holidays") \
	X(D_OPEN_TOTAL, "W0603", DIAG_WARNING, "a step without a duration")          \
	X(D_CAL_RANGE, "E0604", DIAG_ERROR, "timing reaches outside the calendar's years") \
	X(D_CAL_PROVISIONAL, "W0605", DIAG_WARNING, "timing reaches a provisional year of the calendar") \
	X(D_SOURCE_TEXT, "E0701", DIAG_ERROR, "the legal text cannot be read")        \
	X(D_QUOTE_MISSING, "E0702", DIAG_ERROR, "a quote is not in the legal text")   \
	X(D_UNQUOTED, "W0703", DIAG_WARNING, "a duration of the legal text is not quoted") \
	X(D_APX_MISSING, "E0801", DIAG_ERROR, "a step the appendix does not show")      \
	X(D_APX_EXTRA, "E0802", DIAG_ERROR, "an appendix column or box that shows no step") \
	X(D_APX_ORDER, "E0803", DIAG_ERROR, "steps in another order in the appendix")  \
	X(D_APX_MERGED, "E0804", DIAG_ERROR, "two steps in one column or box")          \
	X(D_APX_ACTOR, "E0805", DIAG_ERROR, "the appendix names another unit, or none") \
	X(D_HANDOFF, "E0806", DIAG_ERROR, "a hand-off to another actor than the next step's") \
	X(D_APX_NUMBER, "W0807", DIAG_WARNING, "columns numbered out of sequence")       \
	X(D_APX_MARK, "W0808", DIAG_WARNING, "a stray mark in a box")                   \
	X(D_SILENT, "E0809", DIAG_ERROR, "the body is silent where another place states a duration") \
	X(D_APX_COVER, "E0810", DIAG_ERROR, "a route the appendix has no part for")     \
	X(D_WORDING, "W0811", DIAG_WARNING, "wording differs between the body and an appendix") \
	X(D_PARTICIPANT, "E0812", DIAG_ERROR, "a listed participant that is no actor")  \
	X(D_UNLISTED, "E0813", DIAG_ERROR, "an actor who acts and is not listed")       \
	X(D_APX_BAD, "E0814", DIAG_ERROR, "an appendix reglc does not know, or a part given twice")

enum diag_code {
#define X(e, c, s, m) e,
	DIAG_CODES(X)
#undef X
	D__COUNT
};

/* The stable code ("E0101") and default severity of a diagnostic code. */
const char *diag_code_name(enum diag_code c);
enum diag_sev diag_code_sev(enum diag_code c);
/* "error", "warning", "note". */
const char *diag_sev_name(enum diag_sev s);
const char *diag_code_summary(enum diag_code c);
/* The code named s ("E0101" or "W0501"), or -1. */
int diag_code_lookup(const char *s);

struct m_node;
struct m_route;
struct m_row;
struct m_stated;

/* Which cell of an appendix's column or box a finding is about (the rows
 * of Appendix 1: number, unit, action, completion, term). */
enum diag_cell {
	DC_NONE,    /* the column or box as a whole, or a step it lacks */
	DC_NUMBER,  /* its number */
	DC_UNIT,    /* its unit (Appendix 1) or lane (Appendix 3) */
	DC_ACTION,  /* its action (or question) */
	DC_HANDOFF, /* its completion form: what it hands on */
	DC_TERM     /* its term */
};

/* Where in an appendix as printed a finding is (structure.c, and a
 * statement that is an appendix's term cell), so that an output marks it
 * there without reading the message. */
struct diag_apx {
	unsigned num;             /* the appendix: 1 or 3; 0: none (a finding
				     of the body, or of no appendix) */
	const struct m_row *row;  /* its column or box (the steps it shows:
				     row->nodes), or NULL: a step it lacks */
	enum diag_cell cell;      /* which cell of it */
	const char *printed;      /* what that cell prints, when the finding
				     is about what it prints (another unit:
				     E0805; a hand-off: E0806; wording:
				     W0811), or NULL */
};

/* A note: a related place (src may be NULL for a note without place). */
struct diag_note {
	const struct source *src; /* file of the place, or NULL */
	size_t lo, hi;            /* byte range */
	char *msg;                /* the note's text, in the sink's language */
	struct msg m;             /* ... kept for any other language (msg.h) */
};

/* One diagnostic. */
struct diag {
	enum diag_code code;      /* what */
	enum diag_sev sev;        /* error or warning (after -Werror) */
	const struct source *src; /* where: file */
	size_t lo, hi;            /* where: byte range [lo, hi) */
	char *msg;                /* the message, in the sink's language */
	struct msg m;             /* ... kept for any other language */
	char *hint;               /* "did you mean ...", or NULL */
	struct msg mhint;         /* ... kept (when hint is not NULL) */
	struct diag_note *notes;  /* related places */
	size_t nnotes;
	size_t seq;               /* emission order, the sort's tie-break */
	enum diag_lang lang;      /* the language msg, hint and notes are in */
	/* What the finding is about in the model (diag_about), so that an
	 * output places it without searching text; NULL when nothing. */
	const struct m_route *route;   /* the route */
	const struct m_node *node;     /* the step, decision or end */
	const struct m_stated *stated; /* the statement */
	struct diag_apx apx;           /* the appendix cell it is at, if any */
};

enum diag_format {
	DF_TEXT,
	DF_JSON,
	DF_SARIF
};

#ifndef REGLC_VERSION
#define REGLC_VERSION "0.1.0"
#endif
/* Where the installed documentation is (make install; the Makefile sets
 * it from PREFIX): SARIF's informationUri points at it. */
#ifndef REGLC_DOCDIR
#define REGLC_DOCDIR "/usr/local/share/doc/reglc"
#endif

/* The sink. */
struct diags {
	struct diag **v;         /* pending diagnostics of the current file */
	size_t n, cap;
	size_t seq;              /* next emission number */
	size_t errors;           /* errors printed so far, in all files */
	size_t warnings;         /* warnings printed so far */
	size_t file_errors;      /* errors pending in the current file */
	enum diag_format format; /* how to print */
	bool werror;             /* warnings count as errors */
	bool json_first;         /* no JSON element printed yet */
	FILE *out;               /* where text/JSON goes */
	bool quiet;              /* collect only (for --verify) */
	bool color;              /* text: ANSI colours (--color) */
	bool disabled[D__COUNT]; /* -Wno-CODE: warnings dropped when emitted */
	size_t max_errors;       /* --max-errors N: 0 means no limit */
	size_t suppressed;       /* diagnostics not printed after the limit */
	bool sarif_open;         /* the SARIF header has been printed */
	enum diag_lang lang;     /* the language messages are printed in
				    (--messages); every diagnostic keeps its
				    message for the others too */
};

void diag_init(struct diags *d, enum diag_format fmt, FILE *out);
/* Report code over [lo, hi) of src.  Returns the diagnostic, for notes. */
#if defined(__GNUC__)
__attribute__((format(printf, 6, 7)))
#endif
struct diag *diag_emit(struct diags *d, enum diag_code code,
		       const struct source *src, size_t lo, size_t hi,
		       const char *fmt, ...);
#if defined(__GNUC__)
__attribute__((format(printf, 6, 0)))
#endif
struct diag *diag_vemit(struct diags *d, enum diag_code code, const struct source *src,
			size_t lo, size_t hi, const char *fmt, va_list ap);
#if defined(__GNUC__)
__attribute__((format(printf, 5, 6)))
#endif
void diag_note(struct diag *g, const struct source *src, size_t lo, size_t hi,
	       const char *fmt, ...);
#if defined(__GNUC__)
__attribute__((format(printf, 2, 3)))
#endif
void diag_hint(struct diag *g, const char *fmt, ...);

/* Sort, deduplicate and print the pending diagnostics, then drop them. */
void diag_flush(struct diags *d);
/* Sort and deduplicate the pending diagnostics without printing. */
void diag_settle(struct diags *d);
/* Drop pending diagnostics without printing them. */
void diag_clear(struct diags *d);
/* Print what ends the output: "]" for JSON, the log's end for SARIF,
 * nothing for text. */
void diag_finish(struct diags *d);
/* Text: the one summary line of a run ("2 errors, 1 warning") and how many
 * diagnostics --max-errors held back, on stderr; nothing when clean. */
void diag_summary(const struct diags *d);

/* Say what g is about in the model: its route, and the step, decision
 * or end (node) and the statement, when there is one. */
void diag_about(struct diag *g, const struct m_route *route, const struct m_node *node,
		const struct m_stated *stated);

/* Say which appendix (1, 3; 0: the body) and which of its columns or
 * boxes (NULL: one it lacks) and cell g is about, and what that cell
 * prints (or NULL).  diag_about does it for a statement that is an
 * appendix's term cell. */
void diag_in_appendix(struct diag *g, unsigned num, const struct m_row *row,
		      enum diag_cell cell, const char *printed);

#endif
