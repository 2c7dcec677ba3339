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
 * Process-wide state, made once in LLVMFuzzerInitialize and kept: the one
 * Graphviz context (gv.h) and the built-in calendar.  Everything else is
 * made and freed per input, so LeakSanitizer sees a leak of ours at once.
 *
 * Large routes are laid out too, but an input is cut at FUZZ_MAX_INPUT
 * bytes: Graphviz's own layout time on a huge graph is not what we fuzz.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calendar.h"
#include "diag.h"
#include "driver.h"
#include "gv.h"
#include "handbook.h"
#include "lang.h"
#include "model.h"
#include "parse.h"
#include "source.h"
#include "time.h"

/* Inputs longer than this are ignored (see above). */
#define FUZZ_MAX_INPUT 65536

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct gv *fz_gv;         /* the one Graphviz context */
static struct calendar fz_cal;   /* the built-in calendar */
static FILE *fz_null;            /* where printed diagnostics go */

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	char err[512];
	if (cal_builtin(&fz_cal, err, sizeof err) != 0) {
		fprintf(stderr, "fuzz: the built-in calendar: %s\n", err);
		abort();
	}
	fz_gv = gv_open(1u << GV_SVG | 1u << GV_DOT, err, sizeof err);
	if (!fz_gv) {
		fprintf(stderr, "fuzz: %s\n", err);
		abort();
	}
	fz_null = fopen("/dev/null", "w");
	if (!fz_null)
		abort();
	return 0;
}

/* Render every diagram of reg, in every language and both text formats,
 * into a memory stream; then the handbooks. */
static void fz_outputs(struct m_reg *reg, const struct hb_findings *found)
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
		for (int k = 0; k < GV__KINDS; k++) {
			if (!gv_route_has(reg->routes[r], (enum gv_kind)k))
				continue;
			for (int l = 0; l < LANG__COUNT; l++) {
				struct gv_diagram *dg = gv_build(fz_gv, reg, reg->routes[r],
								 (enum gv_kind)k, (enum lang)l);
				(void)gv_messages(fz_gv);
				if (!dg)
					continue;
				(void)gv_write(dg, GV_DOT, mem);
				(void)gv_write(dg, GV_SVG, mem);
				(void)gv_messages(fz_gv);
				gv_free(dg);
			}
		}
	}
	for (int l = 0; l < LANG__COUNT; l++) {
		struct hb_input in = { reg, &fz_cal, found, names, fz_gv, "svg", (enum lang)l };
		(void)hb_write(mem, HB_HTML, &in);
		(void)hb_write(mem, HB_MD, &in);
		(void)gv_messages(fz_gv);
	}
	fclose(mem);
	free(buf);
	free(store);
	free(names);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size > FUZZ_MAX_INPUT)
		return -1;
	/* Odd and even inputs print their diagnostics in the two formats. */
	enum diag_format fmt = size % 2 ? DF_JSON : DF_TEXT;
	struct diags d;
	diag_init(&d, fmt, fz_null);
	struct cunit u;
	memset(&u, 0, sizeof u);
	arena_init(&u.arena);
	u.src = source_from_memory("fuzz.regl", (const char *)data, size);
	source_validate(u.src, &d);
	u.ast = parse_file(&u.arena, u.src, &d);
	if (!d.file_errors) {
		u.reg = sema_build(&u.arena, u.src, u.ast, &d);
		if (!d.file_errors) {
			u.structural = true;
			check_model(u.reg, &d);
			/* check's quick verdicts first (silent), then build's
			   full analysis, which overwrites what they set: the two
			   must agree on every verdict (a differential test of
			   time.c's bounds). */
			time_analyze(u.reg, &fz_cal, NULL, TN_VERDICT);
			size_t nv = u.reg->nroutes * OUT__COUNT;
			enum time_verdict *quick = malloc((nv + 1) * sizeof *quick);
			for (size_t r = 0; r < u.reg->nroutes; r++)
				for (int o = 0; o < OUT__COUNT; o++)
					quick[r * OUT__COUNT + (size_t)o] =
						u.reg->routes[r]->timing[o].verdict;
			time_analyze(u.reg, &fz_cal, &d, TN_FULL);
			for (size_t r = 0; r < u.reg->nroutes; r++)
				for (int o = 0; o < OUT__COUNT; o++)
					if (quick[r * OUT__COUNT + (size_t)o] !=
					    u.reg->routes[r]->timing[o].verdict)
						abort(); /* check and build disagree */
			free(quick);
		}
	}
	for (int l = 0; l < LANG__COUNT; l++)
		lang_check(u.ast, u.src, (enum lang)l, &d);
	struct hb_findings *found = NULL;
	if (u.structural && u.reg) {
		diag_settle(&d);
		found = hb_findings_take(&d);
	}
	diag_flush(&d);
	if (found)
		fz_outputs(u.reg, found);
	hb_findings_free(found);
	diag_finish(&d);
	driver_release(&u);
	return 0;
}
