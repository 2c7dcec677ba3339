/*
 * ast.c — node constructors for the grammar's actions (see ast.h).
 * Lists are short (a handful of arms, statements, values) except blocks,
 * which keep a tail pointer, so appending by walking is fine here.
 */
#include "ast.h"

#include "arena.h"

struct ast_item *ast_item_new(struct arena *a, enum ast_kind k, struct span at)
{
	struct ast_item *it = arena_alloc(a, sizeof *it);
	it->kind = k;
	it->at = at;
	return it;
}

void ast_block_append(struct ast_block *b, struct ast_item *it)
{
	if (!it)
		return;
	if (b->last)
		b->last->next = it;
	else
		b->first = it;
	b->last = it;
}

#define APPEND(T, list, x)                  \
	do {                                \
		if (!(list))                \
			return (x);         \
		T *p_ = (list);             \
		while (p_->next)            \
			p_ = p_->next;      \
		p_->next = (x);             \
		return (list);              \
	} while (0)

struct ast_stated *ast_stated_append(struct ast_stated *list, struct ast_stated *s)
{
	APPEND(struct ast_stated, list, s);
}

struct ast_arm *ast_arm_append(struct ast_arm *list, struct ast_arm *arm)
{
	APPEND(struct ast_arm, list, arm);
}

struct ast_value *ast_value_append(struct ast_value *list, struct ast_value *v)
{
	APPEND(struct ast_value, list, v);
}

struct ast_qterm *ast_qterm_append(struct ast_qterm *list, struct ast_qterm *t)
{
	APPEND(struct ast_qterm, list, t);
}
