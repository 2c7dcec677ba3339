/*
 * parse.c — the front end's driver (see parse.h): the token filter
 * between flex and bison, and error recovery.
 *
 * Recovery works by lines, because authors write one item per line: after
 * a syntax error the parser pops to the innermost list of items (the
 * `error` productions of regl.y), and parse_recover decides what to do
 * with the token that caused the error.  If that token begins a line and
 * can begin an item, parsing resumes at it; otherwise the scanner drops
 * tokens until such a line (skipping whole `{...}` blocks it meets on the
 * way), so that one mistake gives one message.
 */
#include "parse.h"

#include <string.h>

#include "arena.h"
#include "diag.h"
#include "regl.tab.h"
#include "regl.lex.h"
#include "source.h"

int lex_raw(YYSTYPE *lval, YYLTYPE *lloc, yyscan_t scanner);

/* Deep nesting is reported, not recursed into without bound. */
#define PARSE_MAX_DEPTH 1000
/* Sizes no regulation comes near (docs/limits.md): past them the later
 * phases and the diagrams would only burn time and memory. */
#define PARSE_MAX_ROUTES 1000
#define PARSE_MAX_ITEMS 10000

/* Can this token begin an item at this level? */
static bool starts_item(int t, bool top)
{
	switch (t) {
	case TOK_ID:
	case TOK_TERM:
		return true;
	case TOK_ACTOR:
	case TOK_ROUTE:
	case TOK_REGULATION:
	case TOK_APPENDIX:
	case TOK_PARTICIPANTS:
		return top;
	case TOK_PART:
	case TOK_COLUMN:
	case TOK_BOX:
		return !top;
	case TOK_IF:
	case TOK_USE:
	case TOK_END:
	case TOK_GOTO:
	case TOK_RBRACE:
		return !top;
	default:
		return false;
	}
}

static void push_brace(struct parse_ctx *ctx, uint32_t off)
{
	if (ctx->nbraces == ctx->capbraces) {
		ctx->capbraces = ctx->capbraces ? 2 * ctx->capbraces : 16;
		ctx->braces = xrealloc(ctx->braces, ctx->capbraces * sizeof *ctx->braces);
		ctx->brace_errs = xrealloc(ctx->brace_errs,
					   ctx->capbraces * sizeof *ctx->brace_errs);
	}
	ctx->braces[ctx->nbraces] = off;
	ctx->brace_errs[ctx->nbraces] = ctx->nsyntax;
	ctx->nbraces++;
}

/*
 * The scanner as the parser sees it: drops tokens while recovering, keeps
 * the stack of open braces for messages, and refuses absurd nesting.
 */
int yylex(YYSTYPE *lval, YYLTYPE *lloc, yyscan_t scanner)
{
	struct parse_ctx *ctx = regl_get_extra(scanner);
	for (;;) {
		memset(lval, 0, sizeof *lval);
		int t = lex_raw(lval, lloc, scanner);
		if (t == TOK_YYEOF) /* flex leaves the last match's place */
			lloc->lo = lloc->hi = (uint32_t)ctx->off;
		/* A name after a number on the same line is its unit; on the
		 * next line it is the next step's actor, and a missing unit
		 * must not swallow it. */
		if (t == TOK_ID && ctx->last_tok == TOK_NUMBER && !lval->tok.bol)
			t = TOK_UNIT;
		if (ctx->skipping && t != TOK_YYEOF) {
			if (t == TOK_LBRACE) {
				ctx->skip_depth++;
				continue;
			}
			if (t == TOK_RBRACE && ctx->skip_depth > 0) {
				ctx->skip_depth--;
				continue;
			}
			bool resume = ctx->skip_depth == 0 &&
				      ((lval->tok.bol && starts_item(t, ctx->skip_top)) ||
				       (t == TOK_RBRACE && !ctx->skip_top));
			if (!resume)
				continue;
		}
		ctx->skipping = false;
		if (t == TOK_LBRACE) {
			if (ctx->nbraces >= PARSE_MAX_DEPTH) {
				diag_emit(ctx->diags, D_SYNTAX, ctx->src, lloc->lo, lloc->hi,
					  "blocks nested deeper than %d levels",
					  PARSE_MAX_DEPTH);
				ctx->nsyntax++;
				ctx->skipping = true;
				ctx->skip_top = true;
				ctx->skip_depth = 1;
				continue;
			}
			push_brace(ctx, lloc->lo);
		} else if (t == TOK_RBRACE && ctx->nbraces > 0) {
			ctx->nbraces--;
		}
		ctx->prev_tok = ctx->last_tok;
		ctx->last_tok = t;
		return t;
	}
}

/*
 * Called when the parser has reduced an `error` production.  Returns true
 * when the lookahead must be dropped.  A token that begins a line and can
 * begin an item is kept; anything else starts a skip to the next such
 * line.  The same offset twice means no progress: drop it.
 */
bool parse_recover(struct parse_ctx *ctx, int lookahead, const YYSTYPE *lval,
		   bool top)
{
	if (lookahead == TOK_YYEMPTY || lookahead == TOK_YYEOF)
		return false;
	uint32_t here = (uint32_t)ctx->off + 1;
	bool stuck = ctx->last_recover == here;
	ctx->last_recover = here;
	if (!stuck && lval->tok.bol && starts_item(lookahead, top))
		return false;
	if (!stuck && lookahead == TOK_RBRACE && !top)
		return false;
	ctx->skipping = true;
	ctx->skip_top = top;
	ctx->skip_depth = 0;
	if (lookahead == TOK_LBRACE)
		ctx->skip_depth = 1;
	/* The dropped `{` or `}` was already counted by yylex. */
	if (lookahead == TOK_LBRACE && ctx->nbraces > 0)
		ctx->nbraces--;
	return true;
}

int yyparse(yyscan_t scanner, struct parse_ctx *ctx);

/* Items in b and the branches under it (depth is bounded by
 * PARSE_MAX_DEPTH, so the recursion is too); stops counting past max. */
static size_t count_items(const struct ast_block *b, size_t n, size_t max)
{
	for (const struct ast_item *it = b->first; it && n <= max; it = it->next) {
		n++;
		if (it->kind == AST_IF)
			for (const struct ast_arm *a = it->u.dec.arms; a; a = a->next)
				n = count_items(&a->body, n, max);
	}
	return n;
}

/* Report a file past the limits on routes and on items per route. */
static void check_limits(const struct ast_file *f, const struct source *src,
			 struct diags *d)
{
	size_t nroutes = 0;
	for (const struct ast_route *r = f->routes; r; r = r->next) {
		if (++nroutes == PARSE_MAX_ROUTES + 1)
			diag_emit(d, D_SYNTAX, src, r->at.lo, r->id.at.hi,
				  "more than %d routes in one file (docs/limits.md)",
				  PARSE_MAX_ROUTES);
		if (count_items(&r->body, 0, PARSE_MAX_ITEMS) > PARSE_MAX_ITEMS)
			diag_emit(d, D_SYNTAX, src, r->at.lo, r->id.at.hi,
				  "route `%s` has more than %d steps, decisions and other "
				  "items (docs/limits.md)", r->id.name ? r->id.name : "?",
				  PARSE_MAX_ITEMS);
	}
}

struct ast_file *parse_file(struct arena *a, const struct source *src,
			    struct diags *d)
{
	struct parse_ctx ctx;
	memset(&ctx, 0, sizeof ctx);
	ctx.arena = a;
	ctx.src = src;
	ctx.diags = d;
	ctx.file = arena_alloc(a, sizeof *ctx.file);
	ctx.off = src->start;
	ctx.bol = true;

	yyscan_t scanner;
	if (regl_lex_init_extra(&ctx, &scanner) != 0) {
		diag_emit(d, D_SYNTAX, src, 0, 0, "cannot start the scanner");
		return ctx.file;
	}
	/* The buffer ends in two NULs, so flex scans it in place. */
	YY_BUFFER_STATE buf = regl__scan_buffer(src->text + src->start,
						src->len - src->start + 2, scanner);
	if (!buf) {
		diag_emit(d, D_SYNTAX, src, 0, 0, "cannot start the scanner");
		regl_lex_destroy(scanner);
		return ctx.file;
	}
	yyparse(scanner, &ctx);
	check_limits(ctx.file, src, d);
	regl__delete_buffer(buf, scanner);
	regl_lex_destroy(scanner);
	free(ctx.braces);
	free(ctx.brace_errs);
	return ctx.file;
}
