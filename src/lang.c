/*
 * lang.c — output languages and the missing-translation check (see lang.h).
 * A language's code is its pack's (langpack.h).
 */
#include "lang.h"

#include <string.h>

#include "ast.h"
#include "diag.h"
#include "langpack.h"

const char *lang_code(enum lang l)
{
	return (unsigned)l < LANG__COUNT ? langpack(l)->code : "?";
}

bool lang_parse_list(const char *s, unsigned *mask, char *bad, size_t badn)
{
	*mask = 0;
	for (;;) {
		const char *comma = strchr(s, ',');
		size_t len = comma ? (size_t)(comma - s) : strlen(s);
		int hit = -1;
		for (int l = 0; l < LANG__COUNT; l++) {
			const char *code = lang_code((enum lang)l);
			if (len == strlen(code) && strncmp(s, code, len) == 0)
				hit = l;
		}
		if (hit < 0) {
			if (badn) {
				size_t k = len < badn - 1 ? len : badn - 1;
				memcpy(bad, s, k);
				bad[k] = '\0';
			}
			return false;
		}
		*mask |= 1u << hit;
		if (!comma)
			return true;
		s = comma + 1;
	}
}

const char *lang_text(const struct text *t, enum lang l, bool *fell_back)
{
	if (fell_back)
		*fell_back = false;
	if (!t || !t->kk)
		return NULL;
	if (l == LANG_RU) {
		if (t->ru)
			return t->ru;
		if (fell_back)
			*fell_back = true;
	}
	return t->kk;
}

/* The walk's state: where to report and in which language. */
struct walk {
	const struct source *src;
	enum lang lang;
	struct diags *d;
};

/* Report t when it is present and has no form in the walk's language;
 * `what` names the text for the message ("the action", "the title"). */
static void need(const struct walk *w, const struct text *t, const char *what)
{
	bool missing;
	if (!lang_text(t, w->lang, &missing) || !missing)
		return;
	struct diag *g = diag_emit(w->d, D_TEXT_LANG, w->src, t->at.lo, t->at.hi,
				   "%s has no %s form: the Kazakh text is used in the %s output",
				   what, w->lang == LANG_RU ? FRAG("Russian") : lang_code(w->lang),
				   lang_code(w->lang));
	diag_hint(g, "add the translation after the text: \"...\" %s \"...\"",
		  lang_code(w->lang));
}

static void walk_block(const struct walk *w, const struct ast_block *b);

/* The texts of one route item; decisions recurse into their branches. */
static void walk_item(const struct walk *w, const struct ast_item *it)
{
	switch (it->kind) {
	case AST_STEP:
		need(w, &it->u.step.action, "the action");
		need(w, &it->u.step.handoff, "the hand-off");
		break;
	case AST_IF:
		need(w, &it->u.dec.question, "the question");
		for (const struct ast_arm *a = it->u.dec.arms; a; a = a->next)
			walk_block(w, &a->body);
		break;
	case AST_END:
		need(w, &it->u.end.what, "the end's text");
		break;
	case AST_USE:
	case AST_GOTO:
	case AST_TERM:
		break; /* no text of their own: a use shows the texts it takes */
	}
}

static void walk_block(const struct walk *w, const struct ast_block *b)
{
	for (const struct ast_item *it = b->first; it; it = it->next)
		walk_item(w, it);
}

/* Whether a metadata field holds text for people (and so is translated);
 * `hours: "09:00-18:00"` and the like are notation, the same in every
 * language. */
static bool human_field(const char *name)
{
	static const char *const names[] = {
		"title", "act", "standard", "provider", "accepts", "result", "fee",
	};
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
		if (strcmp(name, names[i]) == 0)
			return true;
	return false;
}

/*
 * Walk the syntax tree, not the model: a step reused by `use` appears in
 * several routes but is written (and must be translated) once, and the
 * tree exists even when sema found errors.
 */
void lang_check(const struct ast_file *file, const struct source *src,
		enum lang l, struct diags *d)
{
	if (!file || l == LANG_KK)
		return;
	struct walk w = { src, l, d };
	for (const struct ast_field *f = file->fields; f; f = f->next)
		if (f->name.name && human_field(f->name.name))
			for (const struct ast_value *v = f->values; v; v = v->next)
				if (v->kind == AV_TEXT)
					need(&w, &v->text, "this value");
	for (const struct ast_actor *a = file->actors; a; a = a->next)
		need(&w, &a->name, "the actor's name");
	for (const struct ast_route *r = file->routes; r; r = r->next) {
		need(&w, &r->title, "the route's heading");
		walk_block(&w, &r->body);
	}
}
