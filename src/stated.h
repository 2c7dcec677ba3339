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
 * node at once, the unreadable ones marked, so that a finding can cite
 * the statements that agree.
 */
#ifndef REGLC_STATED_H
#define REGLC_STATED_H

#include <stdbool.h>

struct m_node;
struct m_reg;
struct m_stated;
struct session;

/* The kinds of statement. */
enum stated_kind {
	SK_DURATION, /* a step's duration: "он бес минуттан аспайды" */
	SK__COUNT
};

/* What a statement attaches to. */
enum stated_target {
	STT_STEP /* the step it follows, or a step of the `use` it follows
		    (named by its label when the run has several) */
};

/* One kind of statement. */
struct stated_class {
	enum stated_kind kind;
	const char *name;           /* "duration": for docs and dumps */
	const char *syntax;         /* how it is written (docs/language.md) */
	enum stated_target target;  /* where sema attaches it */
	/* Read st's quoted phrase into st->value; false (reported, n marked)
	 * when it cannot be read. */
	bool (*read)(struct session *S, const struct m_reg *reg, struct m_node *n,
		     struct m_stated *st);
	/* Check the statements of this kind about n (those read are marked
	 * st->read) against the model. */
	void (*check)(struct session *S, const struct m_reg *reg, struct m_node *n);
};

/* The table, indexed by enum stated_kind. */
extern const struct stated_class stated_classes[SK__COUNT];

#endif
