/*
 * import_table.c — `reglc import-table` (see import_table.h and
 * docs/import-table.md).
 *
 * Three steps: read the tables (the lines "1\t..." to "5\t..." and the
 * headings above them), decide each table's route and each column's
 * steps, write the block.  Reading fails (exit 2) on a table that cannot
 * be copied faithfully; deciding never fails: what it cannot decide is
 * written `TODO` and reported.
 */
#include "import_table.h"

#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "anchor.h"
#include "arena.h"
#include "ast.h"
#include "cli.h"
#include "diag.h"
#include "model.h"
#include "msg.h"
#include "names.h"
#include "parse.h"
#include "sb.h"
#include "session.h"
#include "source.h"

#define IMP_ROWS 5
#define IMP_TODO "TODO"

/* A heading names a route when its words and the title's agree this
 * much (shared words over all words, both ways); a column shows a step
 * of the same actor when its action and completion agree with the step's
 * this much, of another actor (the unit misprinted) only this much. */
#define IMP_TITLE_MIN 0.6
#define IMP_SAME_ACTOR_MIN 0.2
#define IMP_OTHER_ACTOR_MIN 0.6
/* Two choices within this of each other are a tie: nothing decides. */
#define IMP_TIE 0.05
/* A neighbouring step joins a column's (two steps printed as one) when it
 * explains at least this many more of the column's words. */
#define IMP_MERGE_GAIN 2

/* A cell as printed: bytes of the text, where it starts. */
struct imp_cell {
	const char *s;
	size_t n;
	uint32_t off;
};

/* One table: its five rows, transposed back into columns. */
struct imp_table {
	uint32_t line;                    /* row 1's line */
	uint32_t row_off[IMP_ROWS];       /* where each row's line starts */
	struct imp_cell *cell[IMP_ROWS];  /* ncols cells a row */
	size_t ncols;
	uint32_t above_first, above_last; /* the lines above it that may hold
					     its heading (0: none) */
	char *heading;                    /* the heading written, or NULL */
	struct m_route *route;            /* its route; NULL: `TODO` */
	double score;                     /* how well the heading names it */
	bool failed;                      /* reported: the route is `TODO` */
};

/* What one column shows. */
struct imp_col {
	long lo, hi;   /* the steps (indexes of route->cols), lo > hi: none */
	bool todo;     /* reported: written `TODO` */
};

struct imp {
	const struct source *text; /* the table's text */
	uint32_t first, last;      /* the lines read */
	enum diag_lang lang;
	size_t errors, warnings;
	struct imp_table *t;
	size_t nt, capt;
};

/* ---- reporting -------------------------------------------------------------- */

#if defined(__GNUC__)
__attribute__((format(printf, 4, 5)))
#endif
static void say(struct imp *I, enum diag_sev sev, size_t off, const char *fmt, ...)
{
	struct linecol lc = source_linecol(I->text, off);
	fprintf(stderr, "%s:%u:%u: %s: ", I->text->path, lc.line, lc.col, diag_sev_name(sev));
	va_list ap;
	va_start(ap, fmt);
	vfprintf(stderr, msg_tr(I->lang, fmt), ap);
	va_end(ap);
	fputc('\n', stderr);
	if (sev == DIAG_ERROR)
		I->errors++;
	else if (sev == DIAG_WARNING)
		I->warnings++;
}

#if defined(__GNUC__)
__attribute__((format(printf, 2, 3)))
#endif
static void hint(struct imp *I, const char *fmt, ...)
{
	fputs("  = hint: ", stderr);
	va_list ap;
	va_start(ap, fmt);
	vfprintf(stderr, msg_tr(I->lang, fmt), ap);
	va_end(ap);
	fputc('\n', stderr);
}

/* ---- reading the tables ------------------------------------------------------- */

/* Line `line` without its line end. */
static const char *line_of(const struct imp *I, uint32_t line, size_t *n)
{
	const char *s = source_line(I->text, line, n);
	while (*n > 0 && (s[*n - 1] == '\r' || s[*n - 1] == '\n'))
		--*n;
	return s;
}

static bool is_blank(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] != ' ' && s[i] != '\t')
			return false;
	return true;
}

/* A rule the conversion draws between rows ("---\t------"). */
static bool is_rule(const char *s, size_t n)
{
	bool dash = false;
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '-')
			dash = true;
		else if (!strchr(" \t|:+=", s[i]))
			return false;
	}
	return dash;
}

/* The row a table line is ("3\t..." is row 3), or 0. */
static int row_of(const char *s, size_t n)
{
	if (n >= 2 && s[0] >= '1' && s[0] <= '0' + IMP_ROWS && s[1] == '\t')
		return s[0] - '0';
	return 0;
}

/* The cells of a row: the fields after the number and the row's header. */
static struct imp_cell *cells_of(const struct imp *I, uint32_t line, size_t *ncells)
{
	size_t n;
	const char *s = line_of(I, line, &n);
	size_t cap = 1, k = 0;
	for (size_t i = 0; i < n; i++)
		cap += s[i] == '\t';
	struct imp_cell *c = xcalloc(cap, sizeof *c);
	size_t field = 0, start = 0;
	for (size_t i = 0; i <= n; i++) {
		if (i < n && s[i] != '\t')
			continue;
		if (field >= 2)
			c[k++] = (struct imp_cell){ s + start, i - start,
						    (uint32_t)(s + start - I->text->text) };
		field++;
		start = i + 1;
	}
	*ncells = k;
	return c;
}

static void table_free(struct imp_table *t)
{
	for (int r = 0; r < IMP_ROWS; r++)
		free(t->cell[r]);
	free(t->heading);
}

/*
 * Read the tables of lines I->first..I->last.  False (reported) when one
 * cannot be copied faithfully: a row missing, rows of different lengths,
 * no column.
 */
static bool read_tables(struct imp *I)
{
	uint32_t after = I->first; /* the first line after the last table */
	for (uint32_t l = I->first; l <= I->last; l++) {
		size_t n;
		const char *s = line_of(I, l, &n);
		int row = row_of(s, n);
		if (row == 0)
			continue;
		if (row != 1) {
			say(I, DIAG_WARNING, (size_t)(s - I->text->text),
			    N_("row %d outside a table (a table starts with row 1): not imported"),
			    row);
			continue;
		}
		if (I->nt == I->capt) {
			I->capt = I->capt ? 2 * I->capt : 4;
			I->t = xrealloc(I->t, I->capt * sizeof *I->t);
		}
		struct imp_table *t = &I->t[I->nt++];
		memset(t, 0, sizeof *t);
		t->line = l;
		uint32_t at[IMP_ROWS] = { l };
		int want = 2;
		uint32_t j = l + 1;
		for (; j <= I->last && want <= IMP_ROWS; j++) {
			size_t m;
			const char *x = line_of(I, j, &m);
			if (is_blank(x, m) || is_rule(x, m))
				continue;
			if (row_of(x, m) != want)
				break;
			at[want++ - 1] = j;
		}
		if (want <= IMP_ROWS) {
			/* at the line where the row should be, or at row 1 when
			   the text ends first */
			size_t m;
			const char *x = j <= I->last ? line_of(I, j, &m) : s;
			say(I, DIAG_ERROR, (size_t)(x - I->text->text),
			    N_("the table has no row %d after row %d: a table of Appendix 1 has "
			       "five rows (number, unit, action, completion, term)"),
			    want, want - 1);
			return false;
		}
		size_t nc[IMP_ROWS];
		for (int r = 0; r < IMP_ROWS; r++) {
			t->row_off[r] = I->text->lines[at[r] - 1];
			t->cell[r] = cells_of(I, at[r], &nc[r]);
		}
		t->ncols = nc[0];
		for (int r = 0; r < IMP_ROWS; r++)
			for (size_t i = 0; i < nc[r]; i++)
				for (size_t k = 0; k < t->cell[r][i].n; k++) {
					unsigned char c = (unsigned char)t->cell[r][i].s[k];
					if (c >= 0x20 && c != 0x7f)
						continue;
					say(I, DIAG_ERROR, t->cell[r][i].off + k,
					    N_("a cell holds the control character U+%04X, which a "
					       "string of a .regl file cannot hold"),
					    (unsigned)c);
					return false;
				}
		if (nc[0] == 0) {
			size_t m;
			const char *x = line_of(I, l, &m);
			say(I, DIAG_ERROR, (size_t)(x + m - I->text->text),
			    N_("the table has no columns: row 1 has no cell after its header"));
			return false;
		}
		for (int r = 1; r < IMP_ROWS; r++) {
			if (nc[r] == nc[0])
				continue;
			size_t m;
			const char *x = line_of(I, at[r], &m);
			size_t off = nc[r] > nc[0] ? t->cell[r][nc[0]].off
						   : (size_t)(x + m - I->text->text);
			say(I, DIAG_ERROR, off,
			    N_("row %d has another number of cells (%zu) than row 1 (%zu): the "
			       "table is ragged, and its columns cannot be told apart"),
			    r + 1, nc[r], nc[0]);
			return false;
		}
		/* the lines above, up to a line with a tab (a table, the
		   appendix's own heading, a rule) or the last table */
		for (uint32_t k = l; k > after; k--) {
			size_t m;
			const char *x = line_of(I, k - 1, &m);
			if (memchr(x, '\t', m))
				break;
			t->above_first = k - 1;
			if (!t->above_last)
				t->above_last = k - 1;
		}
		/* a row without a number right under the table: the act's
		   afterthought, not a column */
		uint32_t end = at[IMP_ROWS - 1];
		if (end + 1 <= I->last) {
			size_t m;
			const char *x = line_of(I, end + 1, &m);
			if (m > 0 && x[0] == '\t' && !is_blank(x, m) && !is_rule(x, m)) {
				size_t i = 0;
				while (i < m && (x[i] == '\t' || x[i] == ' '))
					i++;
				say(I, DIAG_WARNING, (size_t)(x + i - I->text->text),
				    N_("a row without a number under the table is no column of it: "
				       "not imported"));
			}
		}
		after = end;
		l = end;
	}
	return true;
}

/* ---- deciding the routes ------------------------------------------------------ */

/* How much two texts are the same words: the words of each found in the
 * other, over all their words. */
static double overlap(const char *a, const char *b)
{
	if (!a || !b)
		return 0;
	int na, nb;
	int x = names_shared(a, b, &na), y = names_shared(b, a, &nb);
	return na + nb ? (double)(x + y) / (na + nb) : 0;
}

static double title_score(const char *h, const struct m_route *r)
{
	double k = overlap(h, r->title.kk), u = overlap(h, r->title.ru);
	return k > u ? k : u;
}

/* A heading line as the act prints it, without the conversion's marks
 * ("#### **...**"). */
static char *heading_of(const struct imp *I, uint32_t line)
{
	size_t n;
	const char *s = line_of(I, line, &n);
	size_t lo = 0, hi = n;
	while (lo < hi && (s[lo] == ' ' || s[lo] == '#'))
		lo++;
	while (hi > lo && s[hi - 1] == ' ')
		hi--;
	if (hi - lo >= 4 && !strncmp(s + lo, "**", 2) && !strncmp(s + hi - 2, "**", 2)) {
		lo += 2;
		hi -= 2;
	}
	while (lo < hi && s[lo] == ' ')
		lo++;
	while (hi > lo && s[hi - 1] == ' ')
		hi--;
	if (hi == lo)
		return NULL;
	char *h = xmalloc(hi - lo + 1);
	memcpy(h, s + lo, hi - lo);
	h[hi - lo] = '\0';
	return h;
}

/* The routes' ids, for a hint: "`a`, `b`". */
static char *route_list(const struct m_reg *reg)
{
	struct sb b = { 0 };
	for (size_t i = 0; i < reg->nroutes; i++)
		sb_printf(&b, "%s`%s`", i ? ", " : "", reg->routes[i]->id);
	return sb_take(&b);
}

static void decide_routes(struct imp *I, const struct m_reg *reg)
{
	for (size_t k = 0; k < I->nt; k++) {
		struct imp_table *t = &I->t[k];
		double best = 0, second = 0;
		const struct m_route *br = NULL, *sr = NULL;
		uint32_t bl = 0;
		for (uint32_t l = t->above_first; l && l <= t->above_last; l++) {
			char *h = heading_of(I, l);
			if (!h)
				continue;
			double b1 = 0, b2 = 0;
			const struct m_route *r1 = NULL, *r2 = NULL;
			for (size_t r = 0; r < reg->nroutes; r++) {
				double s = title_score(h, reg->routes[r]);
				if (s > b1) {
					b2 = b1, r2 = r1;
					b1 = s, r1 = reg->routes[r];
				} else if (s > b2) {
					b2 = s, r2 = reg->routes[r];
				}
			}
			free(h);
			if (b1 >= best && b1 > 0) { /* on a tie, the nearer line */
				best = b1, second = b2, br = r1, sr = r2, bl = l;
			}
		}
		if (best < IMP_TITLE_MIN)
			continue;
		t->heading = heading_of(I, bl);
		t->score = best;
		if (best - second < IMP_TIE) {
			say(I, DIAG_ERROR, I->text->lines[bl - 1],
			    N_("the heading «%s» names routes `%s` and `%s` alike: its part is "
			       "written `TODO`"),
			    t->heading, br->id, sr->id);
			t->failed = true;
			continue;
		}
		t->route = (struct m_route *)br;
	}
	/* two tables for one route: the one whose heading names it better */
	for (size_t a = 0; a < I->nt; a++)
		for (size_t b = 0; b < I->nt; b++) {
			struct imp_table *x = &I->t[a], *y = &I->t[b];
			if (a == b || !x->route || x->route != y->route ||
			    y->score > x->score || (y->score == x->score && b < a))
				continue;
			say(I, DIAG_ERROR, y->row_off[0],
			    N_("route `%s` has a table already (line %u): this table's part is "
			       "written `TODO`"),
			    x->route->id, x->line);
			y->route = NULL;
			y->failed = true;
		}
	/* the tables whose headings name no route: by elimination when one
	   table and one route are left */
	size_t nleft = 0, nfree = 0;
	struct imp_table *left = NULL;
	struct m_route *free_route = NULL;
	for (size_t k = 0; k < I->nt; k++)
		if (!I->t[k].route && !I->t[k].failed) {
			nleft++;
			left = &I->t[k];
		}
	for (size_t r = 0; r < reg->nroutes; r++) {
		bool taken = false;
		for (size_t k = 0; k < I->nt && !taken; k++)
			taken = I->t[k].route == reg->routes[r];
		if (!taken && reg->routes[r]->ncols > 0) {
			nfree++;
			free_route = reg->routes[r];
		}
	}
	if (nleft == 1 && nfree == 1) {
		left->route = free_route;
		if (reg->nroutes > 1)
			say(I, DIAG_WARNING, left->row_off[0],
			    N_("no heading above the table names a route: it is taken for `%s`, "
			       "the only route left without a table"),
			    free_route->id);
		return;
	}
	char *list = route_list(reg);
	for (size_t k = 0; k < I->nt; k++) {
		struct imp_table *t = &I->t[k];
		if (t->route || t->failed)
			continue;
		say(I, DIAG_ERROR, t->row_off[0],
		    N_("no heading above the table names a route: its part is written `TODO`"));
		hint(I, N_("the routes are %s; write the one this table is for"), list);
		t->failed = true;
	}
	free(list);
}

/* ---- deciding the columns -------------------------------------------------------- */

/* s and t joined by a space (either may be NULL); the caller frees. */
static char *join(const char *s, size_t sn, const char *t, size_t tn)
{
	char *r = xmalloc(sn + tn + 2);
	memcpy(r, s ? s : "", s ? sn : 0);
	r[s ? sn : 0] = ' ';
	memcpy(r + (s ? sn : 0) + 1, t ? t : "", t ? tn : 0);
	r[(s ? sn : 0) + 1 + (t ? tn : 0)] = '\0';
	return r;
}

/* A step's action and hand-off in one language (ru: the Russian, NULL
 * when the step has none). */
static char *step_text(const struct m_node *n, bool ru)
{
	const char *a = ru ? n->action.ru : n->action.kk;
	const char *h = ru ? n->handoff.ru : n->handoff.kk;
	if (!a)
		return NULL;
	return join(a, strlen(a), h, h ? strlen(h) : 0);
}

/* The steps lo..hi of a route's columns, their texts joined. */
static char *steps_text(const struct m_route *r, long lo, long hi, bool ru)
{
	struct sb b = { 0 };
	for (long j = lo; j <= hi; j++) {
		char *s = step_text(r->cols[j].node, ru);
		if (s) {
			sb_puts(&b, s);
			sb_putc(&b, ' ');
		}
		free(s);
	}
	return b.s ? sb_take(&b) : NULL;
}

/* How many of the column's words the steps lo..hi explain. */
static int explained(const char *cell, const struct m_route *r, long lo, long hi)
{
	int best = 0, n;
	for (int ru = 0; ru < 2; ru++) {
		char *s = steps_text(r, lo, hi, ru);
		if (!s)
			continue;
		int k = names_shared(cell, s, &n);
		if (k > best)
			best = k;
		free(s);
	}
	return best;
}

/* The best total of columns i.. against steps j.. (sc[i*n+j] < 0: no
 * match), every column showing at most one step, in order; into dp. */
static void align(const double *sc, size_t m, size_t n, double *dp)
{
#define DP(i, j) dp[(i) * (n + 1) + (j)]
	for (size_t i = m + 1; i-- > 0;)
		for (size_t j = n + 1; j-- > 0;) {
			if (i == m || j == n) {
				DP(i, j) = 0;
				continue;
			}
			double v = DP(i + 1, j);
			if (DP(i, j + 1) > v)
				v = DP(i, j + 1);
			if (sc[i * n + j] >= 0 && sc[i * n + j] + DP(i + 1, j + 1) > v)
				v = sc[i * n + j] + DP(i + 1, j + 1);
			DP(i, j) = v;
		}
}

/* Each column's step (or -1) along the best total. */
static void trace(const double *sc, size_t m, size_t n, const double *dp, long *pick)
{
	size_t i = 0, j = 0;
	for (size_t k = 0; k < m; k++)
		pick[k] = -1;
	while (i < m && j < n) {
		double v = DP(i, j);
		if (sc[i * n + j] >= 0 && v - (sc[i * n + j] + DP(i + 1, j + 1)) < 1e-9) {
			pick[i++] = (long)j++;
		} else if (v - DP(i, j + 1) < 1e-9) {
			j++;
		} else {
			i++;
		}
	}
#undef DP
}

/* A step as a message names it: its label, or its action. */
static const char *step_name(const struct m_node *n)
{
	return n->label ? n->label : n->action.kk ? n->action.kk : "";
}

static void decide_columns(struct imp *I, const struct m_reg *reg, struct imp_table *t,
			   struct imp_col *col)
{
	const struct m_route *r = t->route;
	size_t m = t->ncols, n = r->ncols;
	for (size_t i = 0; i < m; i++)
		col[i] = (struct imp_col){ 0, -1, false };
	const char **kk = xcalloc(reg->nactors + 1, sizeof *kk);
	const char **ru = xcalloc(reg->nactors + 1, sizeof *ru);
	for (size_t a = 0; a < reg->nactors; a++) {
		kk[a] = reg->actors[a]->name.kk;
		ru[a] = reg->actors[a]->name.ru;
	}
	double *sc = xcalloc(m * n + 1, sizeof *sc);
	double *raw = xcalloc(m * n + 1, sizeof *raw); /* the score, matched or not */
	char **cell = xcalloc(m + 1, sizeof *cell);
	for (size_t i = 0; i < m; i++) {
		const struct imp_cell *u = &t->cell[1][i], *a = &t->cell[2][i], *h = &t->cell[3][i];
		cell[i] = join(a->s, a->n, h->s, h->n);
		char *unit = join(u->s, u->n, NULL, 0);
		bool tie;
		int who = names_best(unit, kk, ru, reg->nactors, &tie);
		free(unit);
		for (size_t j = 0; j < n; j++) {
			const struct m_node *s = r->cols[j].node;
			bool same = who >= 0 && reg->actors[who] == s->actor;
			double o = 0;
			for (int l = 0; l < 2; l++) {
				char *x = step_text(s, l);
				double v = x ? overlap(cell[i], x) : 0;
				if (v > o)
					o = v;
				free(x);
			}
			raw[i * n + j] = (same ? 1 : 0) + o;
			sc[i * n + j] = o >= (same ? IMP_SAME_ACTOR_MIN : IMP_OTHER_ACTOR_MIN)
						? raw[i * n + j] : -1;
		}
	}
	double *dp = xcalloc((m + 1) * (n + 1), sizeof *dp);
	long *pick = xcalloc(m + 1, sizeof *pick), *alt = xcalloc(m + 1, sizeof *alt);
	align(sc, m, n, dp);
	double total = dp[0];
	trace(sc, m, n, dp, pick);
	/* a tie: forbidding a column's step costs (almost) nothing */
	bool *tied = xcalloc(m + 1, sizeof *tied);
	for (size_t i = 0; i < m; i++) {
		if (pick[i] < 0 || tied[i])
			continue;
		size_t j = (size_t)pick[i];
		double keep = sc[i * n + j];
		sc[i * n + j] = -1;
		align(sc, m, n, dp);
		if (dp[0] >= total - IMP_TIE) {
			trace(sc, m, n, dp, alt);
			size_t other = 0;
			for (size_t k = 0; k < m; k++)
				if (alt[k] == (long)j)
					other = k + 1;
			const struct imp_cell *u = &t->cell[1][i];
			/* neither: the column and another one print steps out of
			   the body's order, and only one can be in order (the
			   other is placed below) */
			if (alt[i] >= 0) {
				tied[i] = true;
				say(I, DIAG_ERROR, u->off,
				    N_("column %zu fits the steps `%s` and `%s` of route `%s` alike: "
				       "written `TODO`"),
				    i + 1, step_name(r->cols[j].node), step_name(r->cols[alt[i]].node),
				    r->id);
			} else if (other) {
				tied[i] = tied[other - 1] = true; /* one message for both */
				say(I, DIAG_ERROR, u->off,
				    N_("column %zu and column %zu fit the step `%s` of route `%s` alike: "
				       "written `TODO`"),
				    i + 1, other, step_name(r->cols[j].node), r->id);
			}
		}
		sc[i * n + j] = keep;
	}
	for (size_t i = 0; i < m; i++)
		if (pick[i] >= 0 && !tied[i])
			col[i].lo = col[i].hi = pick[i];
		else
			col[i].todo = true;
	/* two steps printed as one: a neighbour no other column shows joins
	   when it explains more of the column's words */
	for (size_t i = 0; i < m; i++) {
		if (col[i].lo > col[i].hi)
			continue;
		long prev = -1, next = (long)n;
		for (size_t k = i; k-- > 0;)
			if (pick[k] >= 0) {
				prev = pick[k];
				break;
			}
		for (size_t k = i + 1; k < m; k++)
			if (pick[k] >= 0) {
				next = pick[k];
				break;
			}
		for (bool grew = true; grew;) {
			grew = false;
			int now = explained(cell[i], r, col[i].lo, col[i].hi);
			long lo = col[i].lo - 1, hi = col[i].hi + 1;
			if (lo > prev && sc[i * n + (size_t)lo] >= 0 &&
			    explained(cell[i], r, lo, col[i].hi) - now >= IMP_MERGE_GAIN) {
				col[i].lo = lo;
				grew = true;
			} else if (hi < next && sc[i * n + (size_t)hi] >= 0 &&
				   explained(cell[i], r, col[i].lo, hi) - now >= IMP_MERGE_GAIN) {
				col[i].hi = hi;
				grew = true;
			}
		}
	}
	/* a column no step fits in order: the one step left that fits it,
	   out of order (the act's drift, E0803 for `reglc check`) */
	bool *used = xcalloc(n + 1, sizeof *used);
	for (size_t i = 0; i < m; i++)
		for (long j = col[i].lo; j <= col[i].hi; j++)
			used[j] = true;
	for (size_t i = 0; i < m; i++) {
		if (tied[i] || col[i].lo <= col[i].hi)
			continue;
		long best = -1, second = -1;
		for (size_t j = 0; j < n; j++) {
			if (used[j] || sc[i * n + j] < 0)
				continue;
			if (best < 0 || sc[i * n + j] > sc[i * n + (size_t)best]) {
				second = best;
				best = (long)j;
			} else if (second < 0 || sc[i * n + j] > sc[i * n + (size_t)second]) {
				second = (long)j;
			}
		}
		if (best < 0)
			continue;
		const struct imp_cell *u = &t->cell[1][i];
		if (second >= 0 && sc[i * n + (size_t)best] - sc[i * n + (size_t)second] < IMP_TIE) {
			tied[i] = true;
			say(I, DIAG_ERROR, u->off,
			    N_("column %zu fits the steps `%s` and `%s` of route `%s` alike: "
			       "written `TODO`"),
			    i + 1, step_name(r->cols[best].node), step_name(r->cols[second].node),
			    r->id);
			continue;
		}
		col[i].lo = col[i].hi = best;
		col[i].todo = false;
		used[best] = true;
		say(I, DIAG_WARNING, u->off,
		    N_("column %zu shows `%s` out of the body's order: `reglc check` will "
		       "report it (E0803)"),
		    i + 1, step_name(r->cols[best].node));
	}
	free(used);
	/* what cannot be written: no step, a step without a label */
	for (size_t i = 0; i < m; i++) {
		const struct imp_cell *u = &t->cell[1][i];
		if (tied[i])
			continue;
		if (col[i].lo > col[i].hi) {
			say(I, DIAG_ERROR, u->off,
			    N_("column %zu shows no step of route `%s` that reglc can tell: "
			       "written `TODO`"),
			    i + 1, r->id);
			long best = -1;
			for (size_t j = 0; j < n; j++)
				if (raw[i * n + j] > 0 && (best < 0 || raw[i * n + j] > raw[i * n + (size_t)best]))
					best = (long)j;
			if (best >= 0)
				hint(I, N_("the closest is `%s` («%s»); label the column by hand"),
				     step_name(r->cols[best].node),
				     r->cols[best].node->action.kk ? r->cols[best].node->action.kk : "");
			continue;
		}
		for (long j = col[i].lo; j <= col[i].hi; j++) {
			const struct m_node *s = r->cols[j].node;
			if (s->label)
				continue;
			say(I, DIAG_ERROR, u->off,
			    N_("column %zu shows the step «%s» of route `%s`, which has no label: "
			       "written `TODO`"),
			    i + 1, s->action.kk ? s->action.kk : "", r->id);
			hint(I, N_("label the step in the body (`LABEL: actor \"...\"`) and run "
				   "`import-table` again"));
			col[i].todo = true;
			break;
		}
	}
	for (size_t i = 0; i < m; i++)
		free(cell[i]);
	free(cell);
	free(tied);
	free(pick);
	free(alt);
	free(dp);
	free(sc);
	free(raw);
	free(kk);
	free(ru);
}

/* ---- writing ------------------------------------------------------------------- */

static void put_string(struct sb *b, const char *s, size_t n)
{
	sb_putc(b, '"');
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '"' || s[i] == '\\')
			sb_putc(b, '\\');
		sb_putc(b, s[i]);
	}
	sb_putc(b, '"');
}

static void write_block(struct sb *b, const struct imp *I, const char *where,
			struct imp_col *const *cols)
{
	sb_puts(b, "appendix 1 ");
	put_string(b, where, strlen(where));
	sb_puts(b, " {\n");
	for (size_t k = 0; k < I->nt; k++) {
		const struct imp_table *t = &I->t[k];
		sb_printf(b, "  part %s ", t->route ? t->route->id : IMP_TODO);
		if (t->heading) {
			put_string(b, t->heading, strlen(t->heading));
			sb_putc(b, ' ');
		}
		sb_puts(b, "{\n");
		for (size_t i = 0; i < t->ncols; i++) {
			const struct imp_col *c = &cols[k][i];
			sb_puts(b, "    column ");
			put_string(b, t->cell[0][i].s, t->cell[0][i].n);
			if (!t->route || c->todo) {
				sb_puts(b, " " IMP_TODO);
			} else {
				for (long j = c->lo; j <= c->hi; j++)
					sb_printf(b, "%s%s", j > c->lo ? ", " : " ",
						  t->route->cols[j].node->label);
			}
			for (int r = 1; r < IMP_ROWS; r++) {
				sb_putc(b, ' ');
				put_string(b, t->cell[r][i].s, t->cell[r][i].n);
			}
			sb_putc(b, '\n');
		}
		sb_puts(b, "  }\n");
	}
	sb_puts(b, "}\n");
}

/* A cell of the block read back is the table's cell, byte for byte. */
static bool same_cell(const struct ast_cell *a, const struct imp_cell *c)
{
	return a->s && strlen(a->s) == c->n && !memcmp(a->s, c->s, c->n);
}

/* The block reads back as written: it is valid text (a cell that broke
 * the quoting, or held a control character, would not be) and every
 * string in it is its cell. */
static bool reads_back(const char *text, size_t n, const struct imp *I)
{
	struct arena a;
	arena_init(&a);
	struct diags d;
	diag_init(&d, DF_TEXT, stderr);
	d.quiet = true;
	struct source *s = source_from_memory("<import-table>", text, n);
	source_validate(s, &d);
	struct ast_file *f = parse_file(&a, s, &d);
	bool ok = d.file_errors == 0 && f && f->appendices && !f->appendices->next;
	const struct ast_part *p = ok ? f->appendices->parts : NULL;
	for (size_t k = 0; ok && k < I->nt; k++, p = p->next) {
		const struct imp_table *t = &I->t[k];
		ok = p != NULL;
		const struct ast_row *r = ok ? p->rows : NULL;
		for (size_t i = 0; ok && i < t->ncols; i++, r = r->next)
			ok = r && same_cell(&r->num, &t->cell[0][i]) &&
			     same_cell(&r->unit, &t->cell[1][i]) &&
			     same_cell(&r->action, &t->cell[2][i]) &&
			     same_cell(&r->handoff, &t->cell[3][i]) &&
			     same_cell(&r->term, &t->cell[4][i]);
		ok = ok && !r;
	}
	ok = ok && !p;
	diag_clear(&d);
	free(d.v);
	source_free(s);
	arena_free(&a);
	return ok;
}

/* ---- the command ------------------------------------------------------------------ */

static void usage(FILE *f)
{
	fputs("usage: reglc import-table [options] FILE.regl [TABLE.txt]\n"
	      "\n"
	      "Write Appendix 1 of FILE.regl's act as the `appendix 1` block, every cell\n"
	      "copied from the converted text, the routes and labels proposed from the\n"
	      "model (docs/import-table.md).  The table is read from TABLE.txt, or else\n"
	      "from the lines of the legal text FILE.regl's `source` field names.\n"
	      "\n"
	      "options:\n"
	      "  --lines A..B              read only lines A to B of the text\n"
	      "  --where TEXT              the appendix's WHERE (\"1-қосымша\", or the one\n"
	      "                            FILE.regl's own `appendix 1` gives)\n"
	      "  --messages en|kk|ru       the language of the messages (en)\n"
	      "\n"
	      "exit status: 0 every route and label decided, 1 a `TODO` written (or\n"
	      "FILE.regl has errors), 2 bad usage or a table that cannot be read\n",
	      f);
}

/* "A..B" or "A-B", lines from 1. */
static bool parse_lines(const char *v, uint32_t *a, uint32_t *b)
{
	char *end;
	unsigned long x = strtoul(v, &end, 10);
	if (end == v || *v == '-' || *v == '+')
		return false;
	const char *p = end;
	if (!strncmp(p, "..", 2))
		p += 2;
	else if (*p == '-')
		p++;
	else
		return false;
	if (*p == '-' || *p == '+')
		return false;
	unsigned long y = strtoul(p, &end, 10);
	if (end == p || *end || x == 0 || y < x || y > UINT32_MAX)
		return false;
	*a = (uint32_t)x;
	*b = (uint32_t)y;
	return true;
}

/* The legal text the .regl names, its path relative to the .regl. */
static char *source_path(const char *regl, const char *path)
{
	const char *slash = strrchr(regl, '/');
	if (path[0] == '/' || !slash)
		return xstrdup(path);
	size_t dn = (size_t)(slash - regl) + 1, pn = strlen(path);
	char *p = xmalloc(dn + pn + 1);
	memcpy(p, regl, dn);
	memcpy(p + dn, path, pn + 1);
	return p;
}

int cmd_import_table(int argc, char **argv)
{
	struct common_opts o = { .format = DF_TEXT };
	const char *files[2] = { NULL, NULL };
	int nfiles = 0;
	bool lines_set = false, opts_done = false;
	uint32_t lfirst = 0, llast = 0;
	const char *where = NULL;
	for (int i = 0; i < argc; i++) {
		const char *a = argv[i];
		if (!opts_done && a[0] == '-' && a[1] != '\0') {
			if (!strcmp(a, "--")) {
				opts_done = true;
				continue;
			}
			if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
				usage(stdout);
				return 0;
			}
			if (!strcmp(a, "--lines") || !strncmp(a, "--lines=", 8)) {
				const char *v = a[7] == '=' ? a + 8 : i + 1 < argc ? argv[++i] : "";
				if (!parse_lines(v, &lfirst, &llast)) {
					fprintf(stderr, "reglc: error: --lines takes A..B, lines from 1 "
							"(A at most B), not '%s'\n", v);
					return 2;
				}
				lines_set = true;
				continue;
			}
			if (!strcmp(a, "--where") || !strncmp(a, "--where=", 8)) {
				if (a[7] != '=' && i + 1 >= argc) {
					fputs("reglc: error: --where takes the appendix's WHERE\n", stderr);
					return 2;
				}
				where = a[7] == '=' ? a + 8 : argv[++i];
				continue;
			}
			int r = cli_option(argc, argv, &i, &o);
			if (r == 1)
				continue;
			if (r == 0)
				fprintf(stderr, "reglc: error: unknown option '%s'\n", a);
			usage(stderr);
			return 2;
		}
		if (nfiles == 2) {
			fprintf(stderr, "reglc: error: import-table takes FILE.regl and at most one "
					"TABLE.txt, not '%s' too\n", a);
			usage(stderr);
			return 2;
		}
		files[nfiles++] = a;
	}
	if (nfiles == 0) {
		fputs("reglc: error: no input file: import-table takes FILE.regl [TABLE.txt]\n",
		      stderr);
		usage(stderr);
		return 2;
	}
	if (o.format != DF_TEXT) {
		/* its findings are about a helper's input, not a regulation:
		   they have no codes for JSON or SARIF (docs/import-table.md) */
		fputs("reglc: error: import-table prints its findings as text only\n", stderr);
		return 2;
	}
	struct session S;
	if (!cli_session(&S, &o, TN_VERDICT, 0))
		return 2;
	S.o.no_timing = true;
	S.o.outputs = true; /* the routes numbered: their Appendix 1 columns */
	struct diags *d = &S.d;
	struct cunit u;
	if (!cli_compile(&S, files[0], &u)) {
		unit_release(&u);
		session_close(&S);
		return 2;
	}
	if (!u.structural) {
		diag_flush(d);
		fprintf(stderr, msg_tr(d->lang, N_("reglc: error: '%s' has errors in structure; "
						   "`import-table` needs its routes and steps\n")),
			files[0]);
		unit_release(&u);
		session_close(&S);
		return 1;
	}
	diag_clear(d); /* the file's own findings are `reglc check`'s to report */
	struct m_reg *reg = u.reg;
	number_routes(reg);
	/* the table's text: TABLE.txt, or the `source` field's */
	char *path;
	uint32_t first = lfirst, last = llast;
	if (files[1]) {
		path = xstrdup(files[1]);
	} else if (reg->meta.source.path) {
		path = source_path(files[0], reg->meta.source.path);
		if (!lines_set) {
			first = reg->meta.source.first;
			last = reg->meta.source.last;
		}
	} else if (o.source) {
		path = xstrdup(o.source);
		if (!lines_set) {
			first = o.source_first;
			last = o.source_last;
		}
	} else {
		fprintf(stderr, msg_tr(d->lang, N_("reglc: error: '%s' has no `source` field: name "
						   "the table's text, `reglc import-table %s "
						   "TABLE.txt`\n")),
			files[0], files[0]);
		unit_release(&u);
		session_close(&S);
		return 2;
	}
	struct anchor_why why;
	struct source *text = anchor_load(path, first, last, &why);
	if (!text) {
		if (why.fail == AF_LINES) {
			fprintf(stderr, msg_tr(d->lang, N_("reglc: error: '%s' has %u lines; lines "
							   "%u..%u are past its end\n")),
				path, why.line, first, last);
		} else {
			char buf[256];
			anchor_why_text(&why, buf, sizeof buf);
			fprintf(stderr, "reglc: error: cannot read '%s': %s\n", path, buf);
		}
		free(path);
		unit_release(&u);
		session_close(&S);
		return 2;
	}
	struct imp I = { .text = text, .lang = d->lang };
	I.first = first ? first : 1;
	I.last = last ? last : (uint32_t)text->nlines;
	if (I.last > text->nlines)
		I.last = (uint32_t)text->nlines;
	int rc = 0;
	if (!read_tables(&I)) {
		rc = 2;
	} else if (I.nt == 0) {
		fprintf(stderr, msg_tr(d->lang, N_("reglc: error: no table of Appendix 1 in lines "
						   "%u..%u of '%s' (five rows, numbered 1 to 5, "
						   "their cells separated by tabs)\n")),
			I.first, I.last, path);
		rc = 2;
	} else {
		decide_routes(&I, reg);
		struct imp_col **cols = xcalloc(I.nt + 1, sizeof *cols);
		for (size_t k = 0; k < I.nt; k++) {
			cols[k] = xcalloc(I.t[k].ncols + 1, sizeof *cols[k]);
			if (I.t[k].route)
				decide_columns(&I, reg, &I.t[k], cols[k]);
		}
		for (size_t r = 0; r < reg->nroutes; r++) {
			bool has = false;
			for (size_t k = 0; k < I.nt && !has; k++)
				has = I.t[k].route == reg->routes[r];
			if (!has && reg->routes[r]->ncols > 0) {
				fprintf(stderr, msg_tr(d->lang, N_("reglc: warning: route `%s` has no "
								   "table in lines %u..%u of '%s'\n")),
					reg->routes[r]->id, I.first, I.last, path);
				I.warnings++;
			}
		}
		if (!where) {
			where = "1-қосымша";
			for (const struct ast_appendix *a = u.ast->appendices; a; a = a->next)
				if (a->num == 1 && a->where.s) {
					where = a->where.s;
					break;
				}
		}
		struct sb b = { 0 };
		write_block(&b, &I, where, cols);
		if (!reads_back(sb_str(&b), b.n, &I)) {
			fputs("reglc: error: the block written does not read back as the table's "
			      "cells (a cell holds what a string of a .regl file cannot)\n", stderr);
			rc = 2;
		} else {
			fwrite(sb_str(&b), 1, b.n, stdout);
			rc = I.errors ? 1 : 0;
		}
		sb_free(&b);
		for (size_t k = 0; k < I.nt; k++)
			free(cols[k]);
		free(cols);
	}
	if (fflush(stdout) != 0 && rc == 0) {
		fputs("reglc: error: cannot write the block\n", stderr);
		rc = 2;
	}
	for (size_t k = 0; k < I.nt; k++)
		table_free(&I.t[k]);
	free(I.t);
	source_free(text);
	free(path);
	unit_release(&u);
	session_close(&S);
	return rc;
}
