/*
 * test_doc.c — unit tests of the document tree (doc.c) and its two
 * writers (doc_html.c, doc_md.c): each test builds a small tree, writes
 * it in both formats and compares the bytes; the handbooks' goldens
 * (tests/handbook/) check the whole documents.  What a new writer must
 * render is here in small: nested branches, a table split into printed
 * parts, a table of labels and values, a finding with its notes, the
 * contents, figures (drawn, not built, not drawable), every escape.
 *
 * Contract: one cmocka program; each test builds its own tree in its own
 * arena, so the tests run in any order.  Exit status is the number of
 * failed tests.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "arena.h"
#include "doc.h"

/* What a writer made of d, and whether it succeeded. */
struct written {
	char *text; /* malloc'd */
	bool ok;
};

static struct written write_with(bool (*w)(FILE *, const struct doc *), const struct doc *d)
{
	struct written r = { NULL, false };
	size_t n = 0;
	FILE *m = open_memstream(&r.text, &n);
	assert_non_null(m);
	r.ok = w(m, d);
	fclose(m);
	return r;
}

/* The HTML page of d without its head (the part before <body>). */
static void expect_html(const struct doc *d, const char *want, bool ok)
{
	struct written r = write_with(doc_write_html, d);
	const char *body = strstr(r.text, "<body>\n");
	assert_non_null(body);
	body += strlen("<body>\n");
	assert_string_equal(body, want);
	assert_int_equal(r.ok, ok);
	free(r.text);
}

static void expect_md(const struct doc *d, const char *want)
{
	struct written r = write_with(doc_write_md, d);
	assert_string_equal(r.text, want);
	assert_true(r.ok);
	free(r.text);
}

static void test_escape(void **state)
{
	(void)state;
	char *h = doc_html_escape("<a href='x'>&\"ok");
	assert_string_equal(h, "&lt;a href=&#39;x&#39;&gt;&amp;&quot;ok");
	free(h);
	char *m = doc_md_escape("*a* _b_ `c` [d](e) <f> |g| #h &i ~j~ !k \\l\nm\tn.");
	assert_string_equal(m, "\\*a\\* \\_b\\_ \\`c\\` \\[d\\](e) \\<f\\> \\|g\\| \\#h \\&i "
			       "\\~j\\~ \\!k \\\\l m n.");
	free(m);
	m = doc_md_escape("");
	assert_string_equal(m, "");
	free(m);
}

/* The head: language, title escaped, the policy, the stylesheet. */
static void test_head(void **state)
{
	(void)state;
	struct arena a;
	arena_init(&a);
	struct doc *d = doc_new(&a, "ru", "«<T>»");
	struct written r = write_with(doc_write_html, d);
	assert_true(r.ok);
	assert_non_null(strstr(r.text, "<!DOCTYPE html>\n<html lang=\"ru\">\n<head>\n"));
	assert_non_null(strstr(r.text, "<title>«&lt;T&gt;»</title>\n<style>\n"));
	assert_non_null(strstr(r.text, "content=\"default-src 'none'; style-src 'unsafe-inline'; "
				       "img-src data:\">"));
	assert_non_null(strstr(r.text, "</style>\n</head>\n<body>\n</body>\n</html>\n"));
	free(r.text);
	expect_md(d, "");
	arena_free(&a);
}

/* Sections, headings, paragraphs with anchors and marks, nested branches. */
static void test_blocks(void **state)
{
	(void)state;
	struct arena a;
	arena_init(&a);
	struct doc *d = doc_new(&a, "kk", "t");
	struct doc_node *front = doc_section(&d->root, DOC_FRONT, NULL, NULL, 0);
	doc_text(doc_heading(front, 1, NULL), "Title");
	struct doc_node *s = doc_section(&d->root, DOC_PART, "appendix wide", "app1",
					 DOC_PAGE_BREAK | DOC_LANDSCAPE);
	doc_text(doc_heading(s, 2, "h"), "A*b");
	struct doc_node *p = doc_para(s, "sub", doc_strf(d, "r-%s-n%d", "x", 1));
	doc_anchor(p, "r-x-n9");
	doc_textf(p, "%d) <x> & 'y' [z]|", 1);
	doc_mark(p, "E0401", "f1");
	struct doc_node *b = doc_branch(s);
	struct doc_node *q = doc_para(b, "arm-h", NULL);
	doc_text(doc_bold(q), "yes");
	doc_text(doc_italic(q), ":");
	doc_text(doc_link(doc_para(doc_branch(b), "end", "r-x-n2"), "r-x-n1"), "back");
	doc_text(doc_para(s, NULL, NULL), "after");
	expect_html(d,
		    "<header>\n<h1>Title</h1>\n</header>\n"
		    "<section class=\"appendix wide\" id=\"app1\">\n"
		    "<h2 id=\"h\">A*b</h2>\n"
		    "<p class=\"sub\" id=\"r-x-n1\"><span id=\"r-x-n9\"></span>1) &lt;x&gt; &amp; "
		    "&#39;y&#39; [z]|&#160;<a class=\"mark\" href=\"#f1\">⚠&#160;E0401</a></p>\n"
		    "<div class=\"arm\">\n<p class=\"arm-h\"><b>yes</b><i>:</i></p>\n"
		    "<div class=\"arm\">\n<p class=\"end\" id=\"r-x-n2\"><a href=\"#r-x-n1\">back</a></p>\n"
		    "</div>\n</div>\n<p>after</p>\n</section>\n</body>\n</html>\n",
		    true);
	expect_md(d, "# Title\n\n"
		     "<a id=\"app1\"></a>\n\n---\n\n"
		     "<a id=\"h\"></a>\n\n## A\\*b\n\n"
		     "<a id=\"r-x-n1\"></a><a id=\"r-x-n9\"></a>1) \\<x\\> \\& 'y' \\[z\\]\\| "
		     "[⚠ E0401](#f1)\n\n"
		     "> **yes***:*\n>\n"
		     "> > <a id=\"r-x-n2\"></a>[back](#r-x-n1)\n> >\n\n\n"
		     "after\n\n");
	arena_free(&a);
}

/* Two label columns and three others, at most two per printed part:
 * parts of 2 and 1 columns, each with the labels; Markdown never splits. */
static void test_table_parts(void **state)
{
	(void)state;
	struct arena a;
	arena_init(&a);
	struct doc *d = doc_new(&a, "kk", "t");
	struct doc_node *t = doc_table(&d->root, "a1", 5);
	doc_table_col(t, 0, "rn");
	doc_table_col(t, 1, "rl");
	doc_table_parts(t, 2, 2);
	for (int r = 0; r < 2; r++) {
		struct doc_node *row = doc_row(t, r ? "r2" : "r1", false);
		doc_textf(doc_cell(row, "rn", true), "%d", r + 1);
		doc_text(doc_cell(row, "rl", true), r ? "who" : "no.");
		for (int c = 0; c < 3; c++) {
			struct doc_node *cell = doc_cell(row, NULL, r == 0);
			doc_textf(cell, "%c%d", 'a' + c, r);
			if (r)
				doc_break(cell);
		}
	}
	expect_html(d,
		    "<div class=\"part\">\n<table class=\"a1\">\n"
		    "<colgroup><col class=\"rn\"><col class=\"rl\"><col><col></colgroup>\n<tbody>\n"
		    "<tr class=\"r1\"><th class=\"rn\">1</th><th class=\"rl\">no.</th>"
		    "<th>a0</th><th>b0</th></tr>\n"
		    "<tr class=\"r2\"><th class=\"rn\">2</th><th class=\"rl\">who</th>"
		    "<td>a1<br></td><td>b1<br></td></tr>\n"
		    "</tbody>\n</table>\n</div>\n"
		    "<div class=\"part\">\n<table class=\"a1\">\n"
		    "<colgroup><col class=\"rn\"><col class=\"rl\"><col></colgroup>\n<tbody>\n"
		    "<tr class=\"r1\"><th class=\"rn\">1</th><th class=\"rl\">no.</th>"
		    "<th>c0</th></tr>\n"
		    "<tr class=\"r2\"><th class=\"rn\">2</th><th class=\"rl\">who</th>"
		    "<td>c1<br></td></tr>\n"
		    "</tbody>\n</table>\n</div>\n</body>\n</html>\n",
		    true);
	expect_md(d, "| 1 | no. | a0 | b0 | c0 |\n"
		     "|---|---|---|---|---|\n"
		     "| 2 | who | a1<br> | b1<br> | c1<br> |\n\n");
	arena_free(&a);
}

/* A table with a heading row, a table of labels and values, a finding. */
static void test_tables_finding(void **state)
{
	(void)state;
	struct arena a;
	arena_init(&a);
	struct doc *d = doc_new(&a, "ru", "t");
	struct doc_node *t = doc_table(&d->root, "path", 2);
	struct doc_node *row = doc_row(t, NULL, true);
	doc_text(doc_cell(row, NULL, true), "№");
	doc_text(doc_cell(row, NULL, true), "Step");
	row = doc_row(t, NULL, false);
	doc_text(doc_cell(row, NULL, false), "1");
	doc_cell(row, NULL, false);
	struct doc_node *kv = doc_kv(&d->root, "Key", "Value");
	doc_text(doc_bold(doc_kv_row(kv, "Total")), "1 | 2");
	struct doc_node *f = doc_finding(&d->root, 3, false, "f3");
	doc_text(f, "W0502 — ");
	doc_break(f);
	doc_text(doc_span(f, NULL, "ru"), "msg");
	doc_text(doc_span(f, "loc", NULL), "(a.regl:1:2)");
	doc_text(doc_item(doc_notes(f, "notes", "ru")), "note");
	doc_text(doc_item(doc_notes(f, "other", NULL)), "hint");
	expect_html(d,
		    "<table class=\"path\"><thead><tr><th>№</th><th>Step</th></tr></thead><tbody>\n"
		    "<tr><td>1</td><td></td></tr>\n</tbody></table>\n"
		    "<table class=\"kv\"><tbody>\n<tr><th>Total</th><td><b>1 | 2</b></td></tr>\n"
		    "</tbody></table>\n"
		    "<div class=\"finding warning\" id=\"f3\">\n<p>3. W0502 — <br>\n"
		    "<span lang=\"ru\">msg</span><span class=\"loc\">(a.regl:1:2)</span></p>\n"
		    "<ul class=\"notes\" lang=\"ru\">\n<li>note</li>\n<li>hint</li>\n</ul>\n</div>\n"
		    "</body>\n</html>\n",
		    true);
	expect_md(d, "| № | Step |\n|---|---|\n| 1 |  |\n\n"
		     "| Key | Value |\n|---|---|\n| Total | **1 \\| 2** |\n\n"
		     "<a id=\"f3\"></a>\n\n3\\. W0502 —   \nmsg(a.regl:1:2)\n\n"
		     "- note\n- hint\n\n");
	arena_free(&a);
}

/* The contents and a list: nested entries on lines of their own. */
static void test_toc_list(void **state)
{
	(void)state;
	struct arena a;
	arena_init(&a);
	struct doc *d = doc_new(&a, "kk", "t");
	struct doc_node *toc = doc_toc(&d->root, "Contents");
	doc_text(doc_link(doc_item(toc), "s1"), "1. One");
	struct doc_node *it = doc_item(toc);
	doc_text(doc_link(it, "s2"), "2. Two");
	doc_text(doc_link(doc_item(doc_sublist(it)), "r-a"), "a");
	doc_text(doc_link(doc_item(doc_sublist(it)), "r-b"), "b");
	struct doc_node *l = doc_list(&d->root, NULL, NULL);
	doc_text(doc_item(l), "x");
	expect_html(d,
		    "<nav class=\"toc\">\n<p><b>Contents</b></p>\n<ul>\n"
		    "<li><a href=\"#s1\">1. One</a>\n</li>\n"
		    "<li><a href=\"#s2\">2. Two</a>\n<ul>\n<li><a href=\"#r-a\">a</a></li>\n"
		    "<li><a href=\"#r-b\">b</a></li>\n</ul>\n</li>\n"
		    "</ul>\n</nav>\n<ul>\n<li>x</li>\n</ul>\n</body>\n</html>\n",
		    true);
	expect_md(d, "**Contents**\n\n- [1. One](#s1)\n- [2. Two](#s2)\n  - [a](#r-a)\n"
		     "  - [b](#r-b)\n\n- x\n\n");
	arena_free(&a);
}

/* A drawn figure: from <svg> on, comments out, ids and references
 * prefixed; one not built names its file; one not drawable makes the
 * HTML incomplete, not the Markdown. */
static void test_figures(void **state)
{
	(void)state;
	static const char svg[] =
		"<?xml version=\"1.0\"?>\n<!-- Generated by graphviz -->\n"
		"<svg width=\"1pt\">\n<!-- x -->\n<g id=\"n1\" class=\"node\">"
		"<path fill=\"url(#g)\"/><a xlink:href=\"#n2\"/></g>\n</svg>\n\n";
	struct arena a;
	arena_init(&a);
	struct doc *d = doc_new(&a, "kk", "t");
	struct doc_figure f = { .kind = "appendix-2", .file = "appendix-2.r.kk", .ext = "svg",
				.alt = "Route [1]", .svg = svg, .nsvg = sizeof svg - 1,
				.idpfx = "b-r-" };
	doc_figure(doc_group(&d->root, "fig"), &f);
	f.svg = NULL;
	f.ext = NULL;
	doc_figure(&d->root, &f);
	expect_html(d,
		    "<div class=\"fig\">\n<figure class=\"diagram appendix-2\">\n"
		    "<svg width=\"1pt\">\n<g id=\"b-r-n1\" class=\"node\">"
		    "<path fill=\"url(#b-r-g)\"/><a xlink:href=\"#b-r-n2\"/></g>\n</svg>\n"
		    "</figure>\n</div>\n"
		    "<figure class=\"diagram\"><p class=\"missing\">appendix-2.r.kk</p></figure>\n"
		    "</body>\n</html>\n",
		    true);
	expect_md(d, "![Route \\[1\\]](appendix-2.r.kk.svg)\n\n`appendix-2.r.kk`\n\n");
	f.failed = true;
	doc_figure(&d->root, &f);
	struct written r = write_with(doc_write_html, d);
	assert_false(r.ok);
	free(r.text);
	r = write_with(doc_write_md, d);
	assert_true(r.ok);
	free(r.text);
	arena_free(&a);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_escape),
		cmocka_unit_test(test_head),
		cmocka_unit_test(test_blocks),
		cmocka_unit_test(test_table_parts),
		cmocka_unit_test(test_tables_finding),
		cmocka_unit_test(test_toc_list),
		cmocka_unit_test(test_figures),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
