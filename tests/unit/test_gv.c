/*
 * test_gv.c — unit tests of the diagrams (gv.c): escaping of user text,
 * the timing marks (critical path, findings), the caption's total and
 * term, lanes, yes/no labels, the language fallback and determinism.
 *
 * Contract: one cmocka program.  Each test compiles a small regulation
 * (written to a temporary file) without the timing analysis, sets the
 * marks the analysis would set by hand, builds a diagram and reads its DOT
 * back with cgraph (agmemread) to look at attributes, so the tests do not
 * depend on how agwrite lays out the text.  Node names are n<index of the
 * model node>, as gv.h promises.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include <graphviz/cgraph.h>

#include "diag.h"
#include "session.h"
#include "gv.h"
#include "model.h"
#include "view.h"

/* A small regulation: a decision with a refusal branch, a loop, texts
 * that need escaping, and one text without its Russian form. */
static const char *const source =
	"regulation gvtest\n"
	"actor applicant applicant \"Алушы\" ru \"Услугополучатель\"\n"
	"actor office staff \"Кеңсе \\\"]; <script> \\\\N \\\\G \\\\l &amp;\" ru \"Канцелярия\"\n"
	"actor portal system \"Портал\" ru \"Портал\"\n"
	"term refusal <= 1 h\n"
	"route main \"Негізгі жол\" ru \"Основной путь\" {\n"
	"  applicant \"құжаттарды ұсынады\" ru \"подаёт документы\"\n"
	"  check: office \"тексереді\" ru \"проверяет\" <= 15 min\n"
	"  if office \"толық па?\" ru \"полные?\"\n"
	"    no {\n"
	"      office \"бас тартады\" ru \"отказывает\" <= 5 min\n"
	"      end refusal \"қолхат\" ru \"расписка\"\n"
	"    }\n"
	"  fix: portal \"тіркейді\" automatic\n" /* no ru: falls back */
	"  if office \"\\\"]; <script> \\\\N \\\\G \\\\l &amp;?\" ru \"есть ошибки?\"\n"
	"    yes { goto check max 2 }\n"
	"  office \"береді\" ru \"выдаёт\" within 1 wd\n"
	"  end result\n"
	"}\n";

/* What every test works on. */
struct fixture {
	struct session s;  /* compiled without the timing analysis */
	struct cunit u;
	struct gv *gv;
};

static int setup(void **state)
{
	struct fixture *fx = calloc(1, sizeof *fx);
	struct session_opts o = { .format = DF_TEXT, .no_timing = true, .outputs = true };
	char err[256];
	if (!session_open(&fx->s, &o, err, sizeof err))
		return -1;
	fx->s.d.quiet = true;
	session_compile(&fx->s, "test-gv.regl", source, strlen(source), &fx->u);
	if (!fx->u.structural)
		return -1;
	diag_clear(&fx->s.d);
	fx->gv = gv_open(1u << GV_SVG, err, sizeof err);
	if (!fx->gv) {
		fprintf(stderr, "%s\n", err);
		return -1;
	}
	*state = fx;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *fx = *state;
	gv_close(fx->gv);
	unit_release(&fx->u);
	session_close(&fx->s);
	free(fx);
	return 0;
}

static struct m_route *route0(struct fixture *fx)
{
	return fx->u.reg->routes[0];
}

/* The route's node whose step action (Kazakh) is `action`. */
static struct m_node *step(struct fixture *fx, const char *action)
{
	struct m_route *r = route0(fx);
	for (size_t i = 0; i < r->nnodes; i++) {
		struct m_node *n = r->nodes[i];
		if (n->kind == N_STEP && strcmp(n->action.kk, action) == 0)
			return n;
	}
	fail_msg("no step \"%s\"", action);
	return NULL;
}

/* Every decision node, in index order. */
static size_t decisions(struct fixture *fx, struct m_node **out, size_t max)
{
	struct m_route *r = route0(fx);
	size_t k = 0;
	for (size_t i = 0; i < r->nnodes && k < max; i++)
		if (r->nodes[i]->kind == N_DECISION)
			out[k++] = r->nodes[i];
	return k;
}

/* The DOT text of a diagram (malloc'd). */
static char *dot_of(struct fixture *fx, enum gv_kind k, enum lang l)
{
	struct view *v = view_build(fx->u.reg, l, NULL, NULL, NULL);
	struct gv_diagram *dg = gv_build(fx->gv, v, 0, k);
	assert_non_null(dg);
	char *text = NULL;
	size_t len = 0;
	FILE *m = open_memstream(&text, &len);
	assert_non_null(m);
	assert_true(gv_write(dg, GV_DOT, m));
	assert_int_equal(fclose(m), 0);
	gv_free(dg);
	view_free(v);
	return text;
}

/* The diagram read back by cgraph. */
static Agraph_t *graph_of(struct fixture *fx, enum gv_kind k, enum lang l)
{
	char *text = dot_of(fx, k, l);
	Agraph_t *g = agmemread(text);
	free(text);
	assert_non_null(g);
	return g;
}

static Agnode_t *node_of(Agraph_t *g, const struct m_node *n)
{
	char name[32];
	snprintf(name, sizeof name, "n%u", n->index);
	Agnode_t *x = agnode(g, name, 0);
	if (!x)
		fail_msg("node %s is not drawn", name);
	return x;
}

/* Attribute of an object, "" when not set. */
static const char *attr(void *obj, const char *name)
{
	const char *v = agget(obj, (char *)name);
	return v ? v : "";
}

static void test_escape(void **state)
{
	(void)state;
	char *h = gv_escape_html("a\"b<c>&amp;\\N\\G\\l\\\\x]; \\");
	assert_string_equal(h, "a&quot;b&lt;c&gt;&amp;amp;\\<FONT>N</FONT>\\<FONT>G</FONT>"
			       "\\<FONT>l</FONT>\\<FONT>\\</FONT>x]; \\");
	free(h);
	h = gv_escape_html("\\&");
	assert_string_equal(h, "\\<FONT>&amp;</FONT>");
	free(h);
	char *p = gv_escape_plain("a\"b\\N\\G\\l<&>");
	assert_string_equal(p, "a\"b\\\\N\\\\G\\\\l<&amp;>");
	free(p);
}

/* The critical path is heavier and the finding marked in colour, with a
 * dashed border and a glyph that survive grey printing. */
static void test_marks(void **state)
{
	struct fixture *fx = *state;
	struct m_node *check = step(fx, "тексереді"), *refuse = step(fx, "бас тартады");
	struct m_node *issue = step(fx, "береді");
	check->critical = issue->critical = true;
	refuse->finding = true;
	for (int k = GV_BLOCK; k <= GV_LANES; k++) {
		Agraph_t *g = graph_of(fx, (enum gv_kind)k, LANG_KK);
		Agnode_t *c = node_of(g, check), *r = node_of(g, refuse), *i = node_of(g, issue);
		assert_string_equal(attr(c, "penwidth"), "2.2");
		assert_non_null(strstr(attr(c, "class"), "critical"));
		assert_string_equal(attr(r, "penwidth"), "");
		assert_string_equal(attr(r, "color"), "#c0392b");
		assert_non_null(strstr(attr(r, "style"), "dashed"));
		assert_non_null(strstr(attr(r, "label"), "⚠"));
		assert_non_null(strstr(attr(r, "class"), "finding"));
		assert_null(strstr(attr(c, "label"), "⚠"));
		assert_string_equal(attr(i, "penwidth"), "2.2");
		/* the legend says what the marks mean */
		assert_non_null(strstr(attr(g, "label"), "ең ұзақ жол"));
		assert_non_null(strstr(attr(g, "label"), "ескерту"));
		agclose(g);
	}
	check->critical = issue->critical = false;
	refuse->finding = false;
}

/* An edge is heavy when it lies on the critical path: both ends marked. */
static void test_critical_edges(void **state)
{
	struct fixture *fx = *state;
	struct m_route *r = route0(fx);
	for (size_t i = 0; i < r->nnodes; i++)
		r->nodes[i]->critical = r->nodes[i]->kind != N_END ||
					r->nodes[i]->outcome == OUT_RESULT;
	struct m_node *refuse = step(fx, "бас тартады");
	refuse->critical = false;
	Agraph_t *g = graph_of(fx, GV_BLOCK, LANG_KK);
	size_t heavy = 0, light = 0;
	for (Agnode_t *n = agfstnode(g); n; n = agnxtnode(g, n))
		for (Agedge_t *e = agfstout(g, n); e; e = agnxtout(g, e)) {
			bool h = strcmp(attr(e, "penwidth"), "2.2") == 0;
			if (strcmp(agnameof(aghead(e)), agnameof(node_of(g, refuse))) == 0 ||
			    strcmp(agnameof(agtail(e)), agnameof(node_of(g, refuse))) == 0)
				assert_false(h);
			heavy += h;
			light += !h;
		}
	assert_true(heavy >= 6);
	assert_true(light >= 2);
	agclose(g);
	for (size_t i = 0; i < r->nnodes; i++)
		r->nodes[i]->critical = false;
}

/* The caption: the worst total and the term, or a clear "not stated". */
static void test_caption(void **state)
{
	struct fixture *fx = *state;
	struct m_route *r = route0(fx);
	r->timing[OUT_RESULT] = (struct m_timing){ .verdict = TV_NO_TERM,
						   .worst = { 0, 1, 20 } };
	r->timing[OUT_REFUSAL] = (struct m_timing){ .verdict = TV_EXCEEDS,
						    .worst = { 0, 0, 75 },
						    .term = &fx->u.reg->terms[OUT_REFUSAL] };
	Agraph_t *g = graph_of(fx, GV_BLOCK, LANG_KK);
	const char *cap = attr(g, "label");
	assert_non_null(strstr(cap, "1 жұмыс күні 20 минут; мерзімі көрсетілмеген"));
	assert_non_null(strstr(cap, "1 сағат 15 минут; мерзімі — 1 сағаттан аспайды"));
	assert_non_null(strstr(cap, "⚠ мерзімнен асады"));
	agclose(g);
	g = graph_of(fx, GV_LANES, LANG_RU);
	cap = attr(g, "label");
	assert_non_null(strstr(cap, "1 рабочий день и 20 минут; срок не указан"));
	assert_non_null(strstr(cap, "срок — не более 1 часа"));
	agclose(g);
	memset(r->timing, 0, sizeof r->timing);
}

/* Every step and decision in the cluster of its actor's lane; lanes in
 * order of first appearance; headers and footers in every lane. */
static void test_lanes(void **state)
{
	struct fixture *fx = *state;
	Agraph_t *g = graph_of(fx, GV_LANES, LANG_KK);
	static const char *const order[] = { "applicant", "office", "portal" };
	size_t k = 0;
	for (;; k++) {
		/* by name: a graph read back keeps its subgraphs in no fixed order */
		char name[32];
		snprintf(name, sizeof name, "cluster_lane%zu", k);
		Agraph_t *sg = agsubg(g, name, 0);
		if (!sg)
			break;
		assert_true(k < 3);
		char cls[64];
		snprintf(cls, sizeof cls, "lane actor-%s", order[k]);
		assert_string_equal(attr(sg, "class"), cls);
		char h[8], f[8];
		snprintf(h, sizeof h, "h%zu", k);
		snprintf(f, sizeof f, "f%zu", k);
		assert_non_null(agnode(sg, h, 0));
		assert_non_null(agnode(sg, f, 0));
		struct m_route *r = route0(fx);
		for (size_t i = 0; i < r->nnodes; i++) {
			const struct m_node *n = r->nodes[i];
			if (n->kind != N_STEP && n->kind != N_DECISION)
				continue;
			char nn[16];
			snprintf(nn, sizeof nn, "n%u", n->index);
			bool inside = agnode(sg, nn, 0) != NULL;
			assert_int_equal(inside, strcmp(n->actor->id, order[k]) == 0);
		}
	}
	assert_int_equal(k, 3);
	agclose(g);
}

/* A decision's branches carry ИӘ/ЖОҚ, or ДА/НЕТ in Russian; the loop its
 * bound. */
static void test_branches(void **state)
{
	struct fixture *fx = *state;
	struct m_node *dec[4];
	size_t nd = decisions(fx, dec, 4);
	assert_int_equal(nd, 2);
	for (int l = 0; l < LANG__COUNT; l++) {
		Agraph_t *g = graph_of(fx, GV_BLOCK, (enum lang)l);
		for (size_t i = 0; i < nd; i++) {
			Agnode_t *x = node_of(g, dec[i]);
			assert_string_equal(attr(x, "shape"), "diamond");
			bool yes = false, no = false;
			for (Agedge_t *e = agfstout(g, x); e; e = agnxtout(g, e)) {
				const char *lab = attr(e, "label");
				yes |= strstr(lab, l == LANG_KK ? "ИӘ" : "ДА") != NULL;
				no |= strstr(lab, l == LANG_KK ? "ЖОҚ" : "НЕТ") != NULL;
			}
			assert_true(yes && no);
		}
		char *text = dot_of(fx, GV_BLOCK, (enum lang)l);
		assert_non_null(strstr(text, l == LANG_KK ? "ең көбі 2 рет" : "не более 2 раз"));
		free(text);
		agclose(g);
	}
}

/* User text reaches the label escaped, and Russian falls back to Kazakh
 * where a text has no Russian form. */
static void test_texts(void **state)
{
	struct fixture *fx = *state;
	char *kk = dot_of(fx, GV_LANES, LANG_KK);
	/* piece by piece: where the header wraps is not the point here */
	static const char *const pieces[] = {
		"Кеңсе &quot;];", "&lt;script&gt;", "\\<FONT>N</FONT>",
		"\\<FONT>G</FONT>", "\\<FONT>l</FONT>", "&amp;amp;",
	};
	for (size_t i = 0; i < sizeof pieces / sizeof pieces[0]; i++)
		if (!strstr(kk, pieces[i]))
			fail_msg("no %s in the DOT", pieces[i]);
	/* a decision (plain label): backslashes doubled, & as &amp;, the quote
	 * escaped by agwrite; lines end in \n wherever the question wraps */
	const char *q = strstr(kk, "label=\"\\\"];");
	assert_non_null(q);
	static const char *const plain[] = { "<script>", "\\\\N", "\\\\G", "\\\\l",
					     "&amp;amp;?\"" };
	for (size_t i = 0; i < sizeof plain / sizeof plain[0]; i++) {
		const char *at = strstr(q, plain[i]);
		if (!at || at - q > 80)
			fail_msg("the decision's label has no %s", plain[i]);
	}
	free(kk);
	char *ru = dot_of(fx, GV_LANES, LANG_RU);
	assert_non_null(strstr(ru, "Канцелярия"));
	assert_non_null(strstr(ru, "тіркейді"));     /* no ru: the Kazakh text */
	assert_non_null(strstr(ru, "автоматически"));
	assert_non_null(strstr(ru, "ДА"));
	free(ru);
}

/* The same model gives the same bytes, every kind and language. */
static void test_deterministic(void **state)
{
	struct fixture *fx = *state;
	for (int k = 0; k < GV__KINDS; k++)
		for (int l = 0; l < LANG__COUNT; l++) {
			char *a = dot_of(fx, (enum gv_kind)k, (enum lang)l);
			char *b = dot_of(fx, (enum gv_kind)k, (enum lang)l);
			assert_string_equal(a, b);
			free(a);
			free(b);
		}
}

/* The systems diagram exists for a route through a system, numbers its
 * steps, and shows system lanes as such. */
static void test_systems(void **state)
{
	struct fixture *fx = *state;
	assert_true(gv_route_has(route0(fx), GV_SYSTEMS));
	char *text = dot_of(fx, GV_SYSTEMS, LANG_KK);
	assert_non_null(strstr(text, "<B>1.</B>"));
	assert_non_null(strstr(text, "ақпараттық жүйе"));
	free(text);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_escape),
		cmocka_unit_test(test_marks),
		cmocka_unit_test(test_critical_edges),
		cmocka_unit_test(test_caption),
		cmocka_unit_test(test_lanes),
		cmocka_unit_test(test_branches),
		cmocka_unit_test(test_texts),
		cmocka_unit_test(test_deterministic),
		cmocka_unit_test(test_systems),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
