/*
 * stated.h — statements: what the legal text says about the model, as
 * kinds in one table.
 *
 * A statement quotes the text (`stated "¶6.2" "он бес минуттан аспайды"`):
 * where it says it and what it says.  Each kind of statement is one entry
 * of stated_classes (pikchr's object classes, Graphviz's plugin rows): its
 * name, the syntax that makes it, what it attaches to, how its quoted
 * phrase is read, and how it is checked against the model.  The grammar
 * tags each statement with its kind (ast.h: ast_stated.kind), sema
 * attaches it where its class says (model.h: m_stated), check.c (which
 * holds the table beside the functions it names) reads and
 * checks every statement through its class, `reglc fmt` writes every kind
 * the same way (the keyword, the target, the columns of where and
 * phrase), and the outputs find a statement's findings through the model
 * (diag_about).  docs/architecture.md says how to add a kind.
 *
 * Contract: a class's read and check report through the session's sink
 * and never print; read fills the statement's value (m_stated.value) or
 * reports why it cannot; check sees all statements of its kind about one
 * subject (a step, a term) at once, the unreadable ones marked, so that a
 * finding can cite the statements that agree.
 *
 * A statement the author marks `unchecked "why"` is not read: it is a
 * quote reglc cannot read that the author keeps on purpose, listed in the
 * report with its reason (N0404) instead of failing as unreadable (E0402).
 */
#ifndef REGLC_STATED_H
#define REGLC_STATED_H

#include <stdbool.h>
#include <stdint.h>

struct m_node;
struct m_reg;
struct m_route;
struct m_stated;
struct m_term;
struct session;

/* The kinds of statement. */
enum stated_kind {
	SK_DURATION, /* a step's duration: "он бес минуттан аспайды" */
	SK_TERM,     /* the term of an outcome: "күнтізбелік отыз күн" */
	SK_SILENT,   /* that the text states no duration for a step */
	SK__COUNT
};

/* What a statement attaches to. */
enum stated_target {
	STT_STEP, /* the step it follows, or a step of the `use` it follows
		     (named by its label when the run has several) */
	STT_TERM  /* the term it follows (of the regulation or of a route) */
};

/* What a statement is about: one of node and term. */
struct stated_about {
	struct m_node *node;         /* STT_STEP: the step */
	struct m_term *term;         /* STT_TERM: the term */
	struct m_route *route;       /* the route, or NULL for a term of the
					whole regulation */
	struct m_stated *list;       /* the statements about it */
};

/* One kind of statement. */
struct stated_class {
	enum stated_kind kind;
	const char *name;           /* "duration": for docs and dumps */
	const char *syntax;         /* how it is written (docs/language.md) */
	enum stated_target target;  /* where sema attaches it */
	/* Read st's quoted phrase into st->value; false (reported, the node
	 * marked) when it cannot be read or is kept unchecked. */
	bool (*read)(struct session *S, const struct m_reg *reg,
		     const struct stated_about *a, struct m_stated *st);
	/* Check the statements of this kind about a (those read are marked
	 * st->read) against the model. */
	void (*check)(struct session *S, const struct m_reg *reg,
		      const struct stated_about *a);
};

/* Whether a statement that was read agrees with the model's duration
 * (the rule of check.c: a figure states a maximum, a lower bound is
 * compared only when the phrase states one). */
struct dur;
bool stated_agrees(const struct m_stated *st, const struct dur *model, int64_t workday_min);

/* The table, indexed by enum stated_kind. */
extern const struct stated_class stated_classes[SK__COUNT];

#endif
