/*
 * fuzz_pipeline.c — the whole of reglc on arbitrary bytes, for libFuzzer
 * (clang -fsanitize=fuzzer,address,undefined) and AFL++ (afl-clang-fast,
 * which links its own libFuzzer-compatible driver).
 *
 * Contract: one input is one regulation file.  It goes through every phase
 * `reglc build` runs — source validation, the parser, sema, the model
 * checks, the language checks, the timing analysis against the built-in
 * calendar — and, when its structure is sound, every output is produced
 * into memory: each diagram of each route in each language as DOT and SVG,
 * and the handbook as HTML and Markdown in both languages, with the
 * diagnostics printed as text and JSON into a null stream.  Nothing is
 * written to disk.
 *
 * Then the timing analyses are compared with the independent reference of
 * docs/timing.md (tests/ref/): when every route is small enough for the
 * reference to enumerate its paths, check, build, explain and deadline
 * must say what the reference says, on one of four windows of the real
 * calendar around holidays and transfers, at submission moments taken from
 * the input; a difference aborts with both answers on stderr.
 *
 * Process-wide state, made once in LLVMFuzzerInitialize and kept: the one
 * Graphviz context (gv.h), the built-in calendar and its windows.
 * Everything else is made and freed per input, so LeakSanitizer sees a
 * leak of ours at once.
 *
 * Large routes are laid out too, but an input is cut at FUZZ_MAX_INPUT
 * bytes: Graphviz's own layout time on a huge graph is not what we fuzz.
 */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "calendar.h"
#include "diag.h"
#include "doc.h"
#include "gv.h"
#include "handbook.h"
#include "lang.h"
#include "model.h"
#include "parse.h"
#include "ref_compare.h"
#include "session.h"
#include "source.h"
#include "time.h"
#include "view.h"

/* Inputs longer than this are ignored (see above). */
#define FUZZ_MAX_INPUT 65536

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct gv *fz_gv;         /* the one Graphviz context */
static struct session fz_s[2];   /* text and JSON diagnostics: every input
				    is compiled in one of them, as the
				    language server compiles in its own */
static const struct calendar *fz_cal; /* the built-in calendar (fz_s[0]'s) */
static FILE *fz_null;            /* where printed diagnostics go */
static struct calendar fz_win[4]; /* windows of the built-in calendar */
static struct ref_tally fz_tally;  /* what the reference judged, for the
				      summary at exit (docs/testing.md) */

static void fz_summary(void)
{
	fprintf(stderr, "fuzz: compared with the reference: %zu routes, %zu outcomes "
			"(%zu exact, %zu simulated), %zu deadlines\n",
		fz_tally.routes, fz_tally.outcomes, fz_tally.exact, fz_tally.simulated,
		fz_tally.deadlines);
}

/* Limits of what the reference is asked to judge (it enumerates paths). */
#define FUZZ_REF_NODES 256
#define FUZZ_REF_PATHS 64

/* Days [first, first + n) of the built-in calendar, as a calendar. */
static void fz_window(struct calendar *w, int y, int m, int d, int n)
{
	memset(w, 0, sizeof *w);
	w->name = strdup("window");
	w->first = cal_days_from_civil(y, m, d);
	w->last = w->first + n - 1;
	w->settled = w->last; /* every day of a window is settled */
	w->kind = malloc((size_t)n);
	w->why = calloc((size_t)n, sizeof *w->why);
	if (!w->name || !w->kind || !w->why)
		abort();
	for (int i = 0; i < n; i++)
		w->kind[i] = (uint8_t)cal_day(fz_cal, w->first + i, NULL);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	char err[512];
	fz_null = fopen("/dev/null", "w");
	if (!fz_null)
		abort();
	for (int k = 0; k < 2; k++) {
		struct session_opts o = { .format = k ? DF_JSON : DF_TEXT, .out = fz_null,
					  .outputs = true,
					  .need = TN_VERDICT,
					  .langs = 1u << LANG_KK | 1u << LANG_RU };
		if (!session_open(&fz_s[k], &o, err, sizeof err)) {
			fprintf(stderr, "fuzz: %s\n", err);
			abort();
		}
	}
	fz_cal = &fz_s[0].cal;
	fz_gv = gv_open(1u << GV_SVG | 1u << GV_DOT, err, sizeof err);
	if (!fz_gv) {
		fprintf(stderr, "fuzz: %s\n", err);
		abort();
	}
	fz_window(&fz_win[0], 2013, 12, 16, 28); /* New Year 2014, Sat 12-28 worked */
	fz_window(&fz_win[1], 2015, 3, 9, 28);   /* Nauryz 2015, days off moved */
	fz_window(&fz_win[2], 2014, 4, 28, 28);  /* May 2014, three transfers */
	fz_window(&fz_win[3], 2016, 12, 5, 28);  /* Independence Day 2016 */
	atexit(fz_summary);
	return 0;
}

/* Every output of reg into a memory stream, per language: its view (with
 * the findings of d, settled and not yet printed), each diagram of each
 * route as DOT and SVG, the SVG kept as the handbook's figure, then the
 * handbook as HTML and Markdown. */
static void fz_outputs(struct m_reg *reg, struct diags *d)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *mem = open_memstream(&buf, &len);
	if (!mem)
		abort();
	const char **names = calloc(reg->nroutes + 1, sizeof *names);
	char (*store)[32] = calloc(reg->nroutes + 1, sizeof *store);
	if (!names || !store)
		abort();
	for (size_t r = 0; r < reg->nroutes; r++) {
		snprintf(store[r], sizeof store[r], "r%zu", r);
		names[r] = store[r];
	}
	size_t nfig = reg->nroutes * GV__KINDS;
	for (int l = 0; l < LANG__COUNT; l++) {
		struct view *v = view_build(reg, (enum lang)l, names, fz_cal, d);
		struct hb_figure *figs = calloc(nfig + 1, sizeof *figs);
		if (!v || !figs)
			abort();
		for (size_t r = 0; r < reg->nroutes; r++) {
			for (int k = 0; k < GV__KINDS; k++) {
				if (!gv_route_has(reg->routes[r], (enum gv_kind)k))
					continue;
				struct gv_diagram *dg = gv_build(fz_gv, v, r, (enum gv_kind)k);
				(void)gv_messages(fz_gv);
				if (!dg)
					continue;
				(void)gv_write(dg, GV_DOT, mem);
				char *svg = NULL;
				size_t n = 0;
				FILE *m = open_memstream(&svg, &n);
				if (!m)
					abort();
				bool ok = gv_write(dg, GV_SVG, m);
				fclose(m);
				if (ok) {
					figs[r * GV__KINDS + (size_t)k].svg = svg;
					figs[r * GV__KINDS + (size_t)k].n = n;
				} else {
					free(svg);
				}
				(void)gv_messages(fz_gv);
				gv_free(dg);
			}
		}
		struct hb_input in = { v, figs, "svg" };
		struct arena a;
		arena_init(&a);
		struct doc *doc = hb_document(&in, &a);
		(void)doc_write_html(mem, doc);
		(void)doc_write_md(mem, doc);
		arena_free(&a);
		for (size_t i = 0; i < nfig; i++)
			free((char *)figs[i].svg);
		free(figs);
		view_free(v);
	}
	fclose(mem);
	free(buf);
	free(store);
	free(names);
}

/* A difference with the reference: say it, with the input's hash. */
static void fz_mismatch(void *ctx, const char *msg)
{
	fprintf(stderr, "fuzz: the timing checker and the reference differ (%s): %s\n",
		(const char *)ctx, msg);
}

/* Whether the reference can enumerate reg's paths quickly. */
static bool fz_small(const struct m_reg *reg)
{
	for (size_t r = 0; r < reg->nroutes; r++) {
		if (reg->routes[r]->nnodes > FUZZ_REF_NODES)
			return false;
		for (int o = 0; o < OUT__COUNT; o++) {
			struct path_set ps;
			time_paths(reg->routes[r], (enum outcome)o, FUZZ_REF_PATHS, &ps);
			bool capped = ps.capped;
			time_paths_free(&ps);
			if (capped)
				return false;
		}
	}
	return true;
}

/* Compare reg's timing with the reference's on a window chosen by the
 * input, at submission moments the input picks. */
static void fz_reference(struct m_reg *reg, const uint8_t *data, size_t size)
{
	uint64_t h = 1469598103934665603ull;
	for (size_t i = 0; i < size; i++)
		h = (h ^ data[i]) * 1099511628211ull;
	const struct calendar *w = &fz_win[h % 4];
	int64_t span = w->last - w->first + 1;
	int64_t subs[3] = {
		(w->first + (int64_t)(h >> 8) % span) * 1440 + (int64_t)(h >> 24) % 1440,
		(w->first + (int64_t)(h >> 40) % span) * 1440 + reg->work_end,
		(w->first + (int64_t)(h >> 50) % span) * 1440 + reg->break_start,
	};
	char what[32];
	snprintf(what, sizeof what, "input hash %016llx", (unsigned long long)h);
	if (ref_compare(reg, w, subs, 3, &fz_tally, fz_mismatch, what))
		abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size > FUZZ_MAX_INPUT)
		return -1;
	/* Odd and even inputs print their diagnostics in the two formats. */
	struct session *S = &fz_s[size % 2];
	struct diags *d = &S->d;
	struct cunit u;
	session_compile(S, "fuzz.regl", (const char *)data, size, &u);
	if (u.structural) {
		/* check's quick verdicts (the session's), then build's full
		 * analysis, which overwrites what they set: the two must
		 * agree on every verdict (a differential test of the timing
		 * bounds). */
		size_t nv = u.reg->nroutes * OUT__COUNT;
		enum time_verdict *quick = malloc((nv + 1) * sizeof *quick);
		for (size_t r = 0; r < u.reg->nroutes; r++)
			for (int o = 0; o < OUT__COUNT; o++)
				quick[r * OUT__COUNT + (size_t)o] = u.reg->routes[r]->timing[o].verdict;
		time_analyze_on(u.reg, &S->cal, NULL, TN_FULL, NULL);
		for (size_t r = 0; r < u.reg->nroutes; r++)
			for (int o = 0; o < OUT__COUNT; o++)
				if (quick[r * OUT__COUNT + (size_t)o] !=
				    u.reg->routes[r]->timing[o].verdict)
					abort(); /* check and build disagree */
		free(quick);
	}
	/* The outputs read the findings before the sink prints and forgets
	 * them, as `reglc build` does. */
	if (u.structural && u.reg) {
		diag_settle(d);
		fz_outputs(u.reg, d);
	}
	diag_flush(d);
	if (u.structural && u.reg && fz_small(u.reg))
		fz_reference(u.reg, data, size);
	unit_release(&u);
	return 0;
}
