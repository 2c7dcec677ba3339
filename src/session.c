/*
 * session.c — the compile session and its one entry point (session.h).
 */
#include "session.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "anchor.h"
#include "lang.h"
#include "model.h"
#include "parse.h"
#include "source.h"

bool session_open(struct session *s, const struct session_opts *o, char *err, size_t errn)
{
	memset(s, 0, sizeof *s);
	s->o = *o;
	FILE *out = o->out ? o->out : o->format == DF_TEXT ? stderr : stdout;
	diag_init(&s->d, o->format, out);
	s->d.werror = o->werror;
	s->d.max_errors = o->max_errors;
	s->d.color = o->color && o->format == DF_TEXT;
	s->d.lang = o->messages;
	memcpy(s->d.disabled, o->wno, sizeof s->d.disabled);
	char why[256];
	if (o->source) {
		struct anchor_why aw;
		s->text = anchor_load(o->source, o->source_first, o->source_last, &aw);
		if (!s->text) {
			anchor_why_text(&aw, why, sizeof why);
			snprintf(err, errn, "cannot read the legal text '%s': %s", o->source, why);
			return false;
		}
	}
	if (!o->calendar) {
		if (cal_builtin(&s->cal, why, sizeof why) != 0) {
			snprintf(err, errn, "the built-in calendar: %s", why);
			return false;
		}
		return true;
	}
	const char *rwhy = NULL;
	struct source *src = source_load(o->calendar, &rwhy);
	if (!src) {
		snprintf(err, errn, "cannot read calendar '%s': %s", o->calendar, rwhy);
		return false;
	}
	int rc = cal_parse(&s->cal, src->text, src->len, o->calendar, why, sizeof why);
	source_free(src);
	if (rc != 0) {
		snprintf(err, errn, "%s:%s", o->calendar, why);
		return false;
	}
	return true;
}

void session_close(struct session *s)
{
	diag_clear(&s->d);
	free(s->d.v);
	s->d.v = NULL;
	check_memo_free(s);
	cal_free(&s->cal);
	source_free(s->text);
	s->text = NULL;
}

/* Say what each finding of the file that does not say it is about: the
 * statement, step or route written where it points (model_locate). */
static void anchor(struct cunit *u)
{
	struct diags *d = &u->s->d;
	for (size_t i = 0; i < d->n; i++) {
		struct diag *g = d->v[i];
		if (g->src != u->src || g->route || g->node)
			continue;
		const struct m_route *r;
		const struct m_node *n;
		const struct m_stated *st;
		model_locate(u->reg, g->lo, &r, &n, &st);
		diag_about(g, r, n, st);
	}
}

/* The phases, in order, each run only when the ones before found no
 * error that would make it meaningless; then the language checks, on
 * whatever was read. */
static void compile(struct session *s, struct cunit *u)
{
	struct diags *d = &s->d;
	source_validate(u->src, d);
	u->ast = parse_file(&u->arena, u->src, d);
	if (s->o.parse_only)
		return;
	if (!d->file_errors)
		u->reg = sema_build(&u->arena, u->src, u->ast, d);
	if (u->reg && !d->file_errors) {
		u->structural = true;
		if (s->o.outputs)
			number_routes(u->reg);
		check_model(s, u->reg);
		if (!s->o.no_timing)
			time_analyze(s, u->reg);
		anchor_check(s, u);
	}
	for (int l = 0; l < LANG__COUNT; l++)
		if (s->o.langs & (1u << l))
			lang_check(u->ast, u->src, (enum lang)l, d);
	if (u->structural)
		anchor(u);
}

void session_compile(struct session *s, const char *name, const char *text, size_t len,
		     struct cunit *u)
{
	memset(u, 0, sizeof *u);
	u->s = s;
	arena_init(&u->arena);
	u->src = source_from_memory(name, text, len);
	compile(s, u);
}

bool session_compile_file(struct session *s, const char *path, struct cunit *u,
			  const char **why)
{
	memset(u, 0, sizeof *u);
	u->s = s;
	arena_init(&u->arena);
	u->src = source_load(path, why);
	if (!u->src)
		return false;
	compile(s, u);
	return true;
}

void unit_release(struct cunit *u)
{
	arena_free(&u->arena);
	source_free(u->src);
	source_free(u->text);
	memset(u, 0, sizeof *u);
}
