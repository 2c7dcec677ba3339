/*
 * regl.y — the grammar of the Regl language (docs/language.md §10).
 *
 * Contract: a pure, reentrant LALR(1) parser with byte-offset locations.
 * Actions only build syntax-tree nodes (ast.h) in the file's arena; names,
 * references and structure are checked later (sema.c).  Syntax errors are
 * reported by yyreport_syntax_error below ("unexpected X; expected Y"), and
 * recovery resynchronises at the next line that can start an item: see
 * parse_recover in parse.c.  %expect 0: any conflict fails the build.
 */
%require "3.6"
%define api.pure full
%define api.token.prefix {TOK_}
%define parse.error custom
%define parse.lac full
%define api.location.type {struct span}
%locations
%expect 0

%code requires {
#include "ast.h"
#include "parse.h"
typedef void *yyscan_t;
}

%code provides {
int yylex(YYSTYPE *lval, YYLTYPE *lloc, yyscan_t scanner);
/* Called from the error productions: resynchronise (parse.c). */
bool parse_recover(struct parse_ctx *ctx, int lookahead, const YYSTYPE *lval,
		   bool top);
}

%code {
#include <string.h>

#include "arena.h"
#include "diag.h"
#include "source.h"

#define YYLLOC_DEFAULT(Cur, Rhs, N)                       \
	do {                                              \
		if (N) {                                  \
			(Cur).lo = YYRHSLOC(Rhs, 1).lo;   \
			(Cur).hi = YYRHSLOC(Rhs, N).hi;   \
		} else {                                  \
			(Cur).lo = YYRHSLOC(Rhs, 0).hi;   \
			(Cur).hi = YYRHSLOC(Rhs, 0).hi;   \
		}                                         \
	} while (0)

/* Nodes come from the file's arena. */
#define NEW(T) ((T *)arena_alloc(ctx->arena, sizeof(T)))

static struct ident mkid(struct tok t, struct span at)
{
	return (struct ident){ t.s, at };
}

static struct text mktext(struct tok kk, struct span at)
{
	return (struct text){ kk.s, NULL, at, { 0, 0 } };
}

/* Recover after `error`: keep or drop the lookahead, then go on. */
#define RECOVER(top)                                          \
	do {                                                  \
		if (parse_recover(ctx, yychar, &yylval, (top))) \
			yyclearin;                            \
		if (yychar != TOK_YYEOF)                      \
			yyerrok; /* at the end: let bison stop */ \
	} while (0)

static void yyerror(const YYLTYPE *at, yyscan_t scanner, struct parse_ctx *ctx,
		    const char *msg);
}

%param {yyscan_t scanner}
%parse-param {struct parse_ctx *ctx}

%union {
	struct tok tok;
	struct text text;
	struct ast_qty *qty;
	struct ast_qterm *qterm;
	struct ast_dur *dur;
	struct ast_stated *stated;
	struct ast_item *item;
	struct ast_arm *arm;
	struct ast_block block;
	struct ast_value *value;
	struct ast_ref ref;
	struct ident ident;
	struct ast_cell cell;
	struct ast_label *label;
	struct ast_mark *mark;
	struct ast_row *row;
	struct ast_part *part;
	struct ast_doer doer;
}

%token <tok> ID "a name" STRING "a string" NUMBER "a number" UNIT "a unit"
%token <tok> REGULATION "`regulation`" ACTOR "`actor`" ROUTE "`route`"
%token <tok> TERM "`term`" USE "`use`" STATED "`stated`" END "`end`"
%token <tok> IF "`if`" YES "`yes`" NO "`no`" RU "`ru`" WITHIN "`within`"
%token <tok> AUTOMATIC "`automatic`" GOTO "`goto`" MAX "`max`"
%token <tok> UNCHECKED "`unchecked`" SILENT "`silent`" APPENDIX "`appendix`"
%token <tok> UNNAMED "`unnamed`"
%token <tok> PART "`part`" COLUMN "`column`" BOX "`box`" MARK "`mark`"
%token <tok> PARTICIPANTS "`participants`"
%token <tok> LBRACE "`{`" RBRACE "`}`" COLON "`:`" COMMA "`,`" DOT "`.`"
%token <tok> DOTDOT "`..`" ARROW "`->`" LE "`<=`"
%token <tok> DATE "a date"

%type <text> text handoff_opt
%type <qty> qty
%type <qterm> qterm
%type <dur> duration dur_opt
%type <stated> stated stated_list
%type <item> step decision use end goto term_item ritem
%type <arm> arm arms
%type <block> body
%type <value> value values
%type <ref> ref
%type <ident> actor_opt unchecked_opt
%type <cell> cell
%type <label> labels label_list
%type <mark> marks cells
%type <row> row rows
%type <part> part parts
%type <doer> doer

%%

file
	: header items
	;

header
	: %empty
	| REGULATION ID
		{ ctx->file->id = mkid($2, @2); ctx->file->header_at = @$; }
	;

items
	: %empty
	| items item
	;

item
	: field
	| actor
	| term_item
		{
			if (ctx->file->terms_last)
				ctx->file->terms_last->next = $1;
			else
				ctx->file->terms = $1;
			ctx->file->terms_last = $1;
		}
	| route
	| appendix
	| participants
	| error
		{ RECOVER(true); }
	;

/* ---- what the appendices print (docs/language.md §9) ---- */

appendix
	: APPENDIX NUMBER cell LBRACE parts RBRACE
		{
			struct ast_appendix *a = NEW(struct ast_appendix);
			a->num = $2.num;
			a->num_at = @2;
			a->where = $3;
			a->parts = $5;
			a->at = @$;
			if (ctx->file->appendices_last)
				ctx->file->appendices_last->next = a;
			else
				ctx->file->appendices = a;
			ctx->file->appendices_last = a;
		}
	;

parts
	: %empty                { $$ = NULL; }
	| parts part
		{
			if ($1) {
				struct ast_part *p = $1;
				while (p->next)
					p = p->next;
				p->next = $2;
				$$ = $1;
			} else {
				$$ = $2;
			}
		}
	| parts error           { $$ = $1; RECOVER(false); }
	;

part
	: PART ID cell LBRACE rows RBRACE
		{
			$$ = NEW(struct ast_part);
			$$->route = mkid($2, @2);
			$$->title = $3;
			$$->rows = $5;
			$$->at = @$;
		}
	| PART ID LBRACE rows RBRACE
		{
			$$ = NEW(struct ast_part);
			$$->route = mkid($2, @2);
			$$->rows = $4;
			$$->at = @$;
		}
	;

rows
	: %empty                { $$ = NULL; }
	| rows row
		{
			if ($1) {
				struct ast_row *r = $1;
				while (r->next)
					r = r->next;
				r->next = $2;
				$$ = $1;
			} else {
				$$ = $2;
			}
		}
	| rows error            { $$ = $1; RECOVER(false); }
	;

row
	: COLUMN cell labels cell cell cell cell
		{
			$$ = NEW(struct ast_row);
			$$->num = $2;
			$$->labels = $3;
			$$->unit = $4;
			$$->action = $5;
			$$->handoff = $6;
			$$->term = $7;
			$$->at = @$;
		}
	| BOX labels cell cell cell marks
		{
			$$ = NEW(struct ast_row);
			$$->box = true;
			$$->labels = $2;
			$$->unit = $3;
			$$->action = $4;
			$$->term = $5;
			$$->marks = $6;
			$$->at = @$;
		}
	;

labels
	: %empty                { $$ = NULL; }
	| label_list            { $$ = $1; }
	;

label_list
	: ID
		{ $$ = NEW(struct ast_label); $$->id = mkid($1, @1); }
	| label_list COMMA ID
		{
			struct ast_label *l = $1;
			while (l->next)
				l = l->next;
			l->next = NEW(struct ast_label);
			l->next->id = mkid($3, @3);
			$$ = $1;
		}
	;

marks
	: %empty                { $$ = NULL; }
	| marks MARK cell
		{
			struct ast_mark *m = NEW(struct ast_mark);
			m->text = $3;
			if ($1) {
				struct ast_mark *x = $1;
				while (x->next)
					x = x->next;
				x->next = m;
				$$ = $1;
			} else {
				$$ = m;
			}
		}
	;

participants
	: PARTICIPANTS cell LBRACE cells RBRACE
		{
			struct ast_participants *p = NEW(struct ast_participants);
			p->where = $2;
			p->names = $4;
			p->at = @$;
			if (ctx->file->participants_last)
				ctx->file->participants_last->next = p;
			else
				ctx->file->participants = p;
			ctx->file->participants_last = p;
		}
	;

cells
	: %empty                { $$ = NULL; }
	| cells cell
		{
			struct ast_mark *m = NEW(struct ast_mark);
			m->text = $2;
			if ($1) {
				struct ast_mark *x = $1;
				while (x->next)
					x = x->next;
				x->next = m;
				$$ = $1;
			} else {
				$$ = m;
			}
		}
	;

cell
	: STRING                { $$.s = $1.s; $$.at = @1; }
	;

field
	: ID COLON values
		{
			struct ast_field *f = NEW(struct ast_field);
			f->name = mkid($1, @1);
			f->values = $3;
			f->at = @$;
			if (ctx->file->fields_last)
				ctx->file->fields_last->next = f;
			else
				ctx->file->fields = f;
			ctx->file->fields_last = f;
		}
	;

values
	: value                 { $$ = $1; }
	| values COMMA value    { $$ = ast_value_append($1, $3); }
	;

value
	: text
		{ $$ = NEW(struct ast_value); $$->kind = AV_TEXT; $$->text = $1; $$->at = @$; }
	| text NUMBER DOTDOT NUMBER
		{
			$$ = NEW(struct ast_value);
			$$->kind = AV_TEXT;
			$$->text = $1;
			$$->lines = (struct ast_lines){ true, $2.num, $4.num,
							$2.overflow || $4.overflow,
							{ @2.lo, @4.hi } };
			$$->at = @$;
		}
	| ID
		{ $$ = NEW(struct ast_value); $$->kind = AV_IDENT; $$->id = mkid($1, @1); $$->at = @$; }
	| qty
		{ $$ = NEW(struct ast_value); $$->kind = AV_QTY; $$->qty = $1; $$->at = @$; }
	| DATE
		{
			$$ = NEW(struct ast_value); $$->kind = AV_DATE; $$->at = @$;
			$$->date = $1.s; $$->date_at = @1;
		}
	| DATE DOTDOT DATE
		{
			$$ = NEW(struct ast_value); $$->kind = AV_PERIOD; $$->at = @$;
			$$->date = $1.s; $$->date_at = @1;
			$$->date_to = $3.s; $$->date_to_at = @3;
		}
	| DATE DOTDOT
		{
			$$ = NEW(struct ast_value); $$->kind = AV_PERIOD; $$->at = @$;
			$$->date = $1.s; $$->date_at = @1;
		}
	;

actor
	: ACTOR ID ID text
		{
			struct ast_actor *a = NEW(struct ast_actor);
			a->id = mkid($2, @2);
			a->kind = mkid($3, @3);
			a->name = $4;
			a->at = @$;
			if (ctx->file->actors_last)
				ctx->file->actors_last->next = a;
			else
				ctx->file->actors = a;
			ctx->file->actors_last = a;
		}
	;

term_item
	: TERM ID duration stated_list
		{
			$$ = ast_item_new(ctx->arena, AST_TERM, @$);
			$$->u.term.outcome = mkid($2, @2);
			$$->u.term.dur = $3;
			$$->u.term.stated = $4;
			for (struct ast_stated *s = $4; s; s = s->next)
				s->kind = SK_TERM;
		}
	;

route
	: ROUTE ID text LBRACE body RBRACE
		{
			struct ast_route *r = NEW(struct ast_route);
			r->id = mkid($2, @2);
			r->title = $3;
			r->body = $5;
			r->body.at = (struct span){ @4.lo, @6.hi };
			r->at = @$;
			if (ctx->file->routes_last)
				ctx->file->routes_last->next = r;
			else
				ctx->file->routes = r;
			ctx->file->routes_last = r;
		}
	;

body
	: %empty            { memset(&$$, 0, sizeof $$); }
	| body ritem        { $$ = $1; ast_block_append(&$$, $2); }
	;

ritem
	: step
	| decision
	| use
	| end
	| goto
	| term_item
	| error             { $$ = NULL; RECOVER(false); }
	;

step
	: doer text handoff_opt dur_opt stated_list
		{
			$$ = ast_item_new(ctx->arena, AST_STEP, @$);
			$$->u.step.actor = $1.id;
			$$->u.step.unnamed = $1.unnamed;
			$$->u.step.unnamed_at = $1.at;
			$$->u.step.action = $2;
			$$->u.step.handoff = $3;
			$$->u.step.dur = $4;
			$$->u.step.stated = $5;
		}
	| ID COLON doer text handoff_opt dur_opt stated_list
		{
			$$ = ast_item_new(ctx->arena, AST_STEP, @$);
			$$->label = mkid($1, @1);
			$$->u.step.actor = $3.id;
			$$->u.step.unnamed = $3.unnamed;
			$$->u.step.unnamed_at = $3.at;
			$$->u.step.action = $4;
			$$->u.step.handoff = $5;
			$$->u.step.dur = $6;
			$$->u.step.stated = $7;
		}
	;

/* Who does a step: an actor, or `unnamed ACTOR` when the text names no
 * one (a passive sentence) and ACTOR is the transcriber's reading. */
doer
	: ID                { $$.id = mkid($1, @1); $$.unnamed = false; $$.at = @1; }
	| UNNAMED ID        { $$.id = mkid($2, @2); $$.unnamed = true; $$.at = @1; }
	;

handoff_opt
	: %empty            { memset(&$$, 0, sizeof $$); }
	| ARROW text        { $$ = $2; }
	;

dur_opt
	: %empty            { $$ = NULL; }
	| duration          { $$ = $1; }
	;

duration
	: AUTOMATIC
		{ $$ = NEW(struct ast_dur); $$->form = AD_AUTOMATIC; $$->at = @$; }
	| LE qty
		{ $$ = NEW(struct ast_dur); $$->form = AD_NOT_MORE; $$->hi = $2; $$->at = @$; }
	| WITHIN qty
		{ $$ = NEW(struct ast_dur); $$->form = AD_WITHIN; $$->hi = $2; $$->at = @$; }
	| qty
		{ $$ = NEW(struct ast_dur); $$->form = AD_EXACT; $$->hi = $1; $$->at = @$; }
	| qty DOTDOT qty
		{
			$$ = NEW(struct ast_dur);
			$$->form = AD_RANGE;
			$$->lo = $1;
			$$->hi = $3;
			$$->at = @$;
		}
	| NUMBER DOTDOT qty
		{
			$$ = NEW(struct ast_dur);
			$$->form = AD_RANGE;
			$$->bare_lo = $1.num;
			$$->bare_overflow = $1.overflow;
			$$->hi = $3;
			$$->at = @$;
		}
	;

qty
	: qterm
		{ $$ = NEW(struct ast_qty); $$->first = $1; $$->at = @$; }
	| qty qterm
		{ $$ = $1; ast_qterm_append($$->first, $2); $$->at.hi = @2.hi; }
	;

qterm
	: NUMBER UNIT
		{
			$$ = NEW(struct ast_qterm);
			$$->n = $1.num;
			$$->overflow = $1.overflow;
			$$->unit = mkid($2, @2);
		}
	;

stated_list
	: %empty                { $$ = NULL; }
	| stated_list stated    { $$ = ast_stated_append($1, $2); }
	;

stated
	: STATED STRING STRING unchecked_opt
		{
			$$ = NEW(struct ast_stated);
			$$->kind = SK_DURATION;
			$$->where = $2.s;
			$$->where_at = @2;
			$$->phrase = $3.s;
			$$->phrase_at = @3;
			$$->unchecked = $4.name;
			$$->unchecked_at = $4.at;
			$$->at = @$;
		}
	| STATED STRING SILENT
		{
			$$ = NEW(struct ast_stated);
			$$->kind = SK_SILENT;
			$$->where = $2.s;
			$$->where_at = @2;
			$$->silent = true;
			$$->phrase_at = @3;
			$$->at = @$;
		}
	| STATED ref STRING SILENT
		{
			$$ = NEW(struct ast_stated);
			$$->kind = SK_SILENT;
			$$->target = $2;
			$$->where = $3.s;
			$$->where_at = @3;
			$$->silent = true;
			$$->phrase_at = @4;
			$$->at = @$;
		}
	| STATED ref STRING STRING unchecked_opt
		{
			$$ = NEW(struct ast_stated);
			$$->kind = SK_DURATION;
			$$->target = $2;
			$$->where = $3.s;
			$$->where_at = @3;
			$$->phrase = $4.s;
			$$->phrase_at = @4;
			$$->unchecked = $5.name;
			$$->unchecked_at = $5.at;
			$$->at = @$;
		}
	;

unchecked_opt
	: %empty                { $$.name = NULL; $$.at = (struct span){ 0, 0 }; }
	| UNCHECKED STRING      { $$.name = $2.s; $$.at = @2; }
	;

ref
	: ID
		{ memset(&$$, 0, sizeof $$); $$.label = mkid($1, @1); $$.at = @$; }
	| ID DOT ID
		{ $$.route = mkid($1, @1); $$.label = mkid($3, @3); $$.at = @$; }
	;

decision
	: IF actor_opt text arms
		{
			$$ = ast_item_new(ctx->arena, AST_IF, @$);
			$$->u.dec.actor = $2;
			$$->u.dec.question = $3;
			$$->u.dec.arms = $4;
		}
	| ID COLON IF actor_opt text arms
		{
			$$ = ast_item_new(ctx->arena, AST_IF, @$);
			$$->label = mkid($1, @1);
			$$->u.dec.actor = $4;
			$$->u.dec.question = $5;
			$$->u.dec.arms = $6;
		}
	;

actor_opt
	: %empty            { memset(&$$, 0, sizeof $$); }
	| ID                { $$ = mkid($1, @1); }
	;

arms
	: %empty            { $$ = NULL; }
	| arms arm          { $$ = ast_arm_append($1, $2); }
	;

arm
	: YES LBRACE body RBRACE
		{
			$$ = NEW(struct ast_arm);
			$$->yes = true;
			$$->kw_at = @1;
			$$->body = $3;
			$$->body.at = (struct span){ @2.lo, @4.hi };
		}
	| NO LBRACE body RBRACE
		{
			$$ = NEW(struct ast_arm);
			$$->yes = false;
			$$->kw_at = @1;
			$$->body = $3;
			$$->body.at = (struct span){ @2.lo, @4.hi };
		}
	;

use
	: USE ref stated_list
		{
			$$ = ast_item_new(ctx->arena, AST_USE, @$);
			$$->u.use.from = $2;
			$$->u.use.stated = $3;
		}
	| USE ref DOTDOT ref stated_list
		{
			$$ = ast_item_new(ctx->arena, AST_USE, @$);
			$$->u.use.from = $2;
			$$->u.use.to = $4;
			$$->u.use.stated = $5;
		}
	;

end
	: END ID
		{
			$$ = ast_item_new(ctx->arena, AST_END, @$);
			$$->u.end.outcome = mkid($2, @2);
		}
	| END ID text
		{
			$$ = ast_item_new(ctx->arena, AST_END, @$);
			$$->u.end.outcome = mkid($2, @2);
			$$->u.end.what = $3;
		}
	;

goto
	: GOTO ID
		{
			$$ = ast_item_new(ctx->arena, AST_GOTO, @$);
			$$->u.go.target = mkid($2, @2);
		}
	| GOTO ID MAX NUMBER
		{
			$$ = ast_item_new(ctx->arena, AST_GOTO, @$);
			$$->u.go.target = mkid($2, @2);
			$$->u.go.has_max = true;
			$$->u.go.max = $4.num;
			$$->u.go.max_overflow = $4.overflow;
			$$->u.go.max_at = @4;
		}
	;

text
	: STRING
		{ $$ = mktext($1, @1); }
	| STRING RU STRING
		{ $$ = mktext($1, @$); $$.ru = $3.s; $$.ru_at = @3; }
	;

%%

/*
 * "unexpected `}`; expected a string" — the expected set is exact thanks to
 * LAC.  A name right after a number is a unit, so say so; at the end of
 * the file, point at the `{` that is still open.
 */
static int yyreport_syntax_error(const yypcontext_t *yyctx, yyscan_t scanner,
				 struct parse_ctx *ctx)
{
	(void)scanner;
	yysymbol_kind_t got = yypcontext_token(yyctx);
	const YYLTYPE *at = yypcontext_location(yyctx);
	enum { NEXP = 6 };
	yysymbol_kind_t exp[NEXP];
	int n = yypcontext_expected_tokens(yyctx, exp, NEXP);

	if (got == YYSYMBOL_YYEOF && ctx->nbraces > 0 &&
	    ctx->brace_errs[ctx->nbraces - 1] < ctx->nsyntax)
		return 0; /* the earlier error already explains the open `{` */

	/* What was found and what was expected, as messages of their own,
	   so that both are printed in the message's language (msg.h). */
	struct msg found, expected;
	int len0 = (int)(at->hi - at->lo > 60 ? 60 : at->hi - at->lo);
	const char *text = ctx->src->text + at->lo;
	if (got == YYSYMBOL_YYEOF)
		msg_capture(&found, N_("end of file"));
	else if (got == YYSYMBOL_YYUNDEF)
		msg_capture(&found, N_("an invalid token"));
	else if (got == YYSYMBOL_ID)
		msg_capture(&found, N_("name `%.*s`"), len0, text);
	else if (got == YYSYMBOL_UNIT)
		msg_capture(&found, N_("unit `%.*s`"), len0, text);
	else if (got == YYSYMBOL_NUMBER)
		msg_capture(&found, N_("number `%.*s`"), len0, text);
	else if (got == YYSYMBOL_DATE)
		msg_capture(&found, N_("date `%.*s`"), len0, text);
	else if (got == YYSYMBOL_STRING)
		msg_capture(&found, N_("string %.*s"), len0, text);
	else
		msg_capture(&found, "%s", yysymbol_name(got));

	/* The expected tokens: the keywords and punctuation by their names
	   (in backquotes, the same in every language), the others as
	   fragments; joined as the language joins a list. */
	static const char *const lists[NEXP] = {
		"%s", N_("%s or %s"), N_("%s, %s or %s"), N_("%s, %s, %s or %s"),
		N_("%s, %s, %s, %s or %s"), N_("%s, %s, %s, %s, %s or %s"),
	};
	const char *item[NEXP] = { "", "", "", "", "", "" };
	bool listed = n > 0 && n <= NEXP;
	if (listed) {
		for (int i = 0; i < n; i++)
			item[i] = exp[i] == YYSYMBOL_ID ? FRAG("a name")
				  : exp[i] == YYSYMBOL_STRING ? FRAG("a string")
				  : exp[i] == YYSYMBOL_NUMBER ? FRAG("a number")
				  : exp[i] == YYSYMBOL_UNIT ? FRAG("a unit (min, h, wd, cd)")
				  : yysymbol_name(exp[i]);
		msg_capture(&expected, lists[n - 1], item[0], item[1], item[2], item[3], item[4],
			    item[5]);
	}
	struct diag *g;
	if (got == YYSYMBOL_YYEOF && ctx->nbraces > 0)
		g = diag_emit(ctx->diags, D_SYNTAX, ctx->src, at->lo, at->hi,
			      "unexpected end of file; expected `}`");
	else if (listed)
		g = diag_emit(ctx->diags, D_SYNTAX, ctx->src, at->lo, at->hi,
			      "unexpected %s; expected %s", MSG_ARG(&found), MSG_ARG(&expected));
	else
		g = diag_emit(ctx->diags, D_SYNTAX, ctx->src, at->lo, at->hi,
			      "unexpected %s", MSG_ARG(&found));
	msg_free(&found);
	if (listed)
		msg_free(&expected);
	if (got == YYSYMBOL_YYEOF && ctx->nbraces > 0) {
		uint32_t b = ctx->braces[ctx->nbraces - 1];
		diag_note(g, ctx->src, b, b + 1, "the `{` opened here is not closed");
	}
	for (int i = 0; i < n && i < NEXP; i++)
		if (exp[i] == YYSYMBOL_UNIT) {
			diag_hint(g, "a duration is a number and a unit on the same line: "
				     "`15 min`, `1 wd`, `28 cd`");
			break;
		}
	ctx->nsyntax++;
	return 0;
}

/* Only bison's own failures come here ("memory exhausted": nesting). */
static void yyerror(const YYLTYPE *at, yyscan_t scanner, struct parse_ctx *ctx,
		    const char *msg)
{
	(void)scanner;
	diag_emit(ctx->diags, D_SYNTAX, ctx->src, at->lo, at->hi,
		  "the parser gave up here: %s (the file nests too deeply)", msg);
	ctx->nsyntax++;
}
