/*
 * main.c — the command line: `reglc check FILE...` and friends.
 *
 * Exit status (DESIGN.md §4): 0 clean (warnings allowed), 1 errors (or
 * warnings under -Werror), 2 bad usage or an input that cannot be read.
 * Files are compiled one at a time, each in its own arena, and their
 * diagnostics printed before the next is read, so memory stays flat over
 * any number of files.
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "calendar.h"
#include "diag.h"
#include "cli.h"
#include "gv.h"
#include "import_table.h"
#include "lang.h"
#include "par.h"
#include "verify.h"

#ifndef REGLC_VERSION
#define REGLC_VERSION "0.1.0"
#endif

/* Memory ran out (arena.h): one message, exit status 2. */
void reglc_out_of_memory(size_t n)
{
	fprintf(stderr, "reglc: out of memory (allocating %zu bytes)\n", n);
	exit(2);
}

static void usage(FILE *f)
{
	fputs("usage: reglc check [options] FILE...\n"
	      "       reglc explain [options] [--route R] FILE\n"
	      "       reglc deadline [options] --route R --from YYYY-MM-DDTHH:MM\n"
	      "                      [--outcome result|refusal] FILE\n"
	      "       reglc build [-o DIR] [--lang kk,ru] [-T FORMATS] [-MD] [options] FILE...\n"
	      "       reglc fmt [-w | --check] FILE...\n"
	      "       reglc import-table [--lines A..B] FILE.regl [TABLE.txt]\n"
	      "       reglc --version | --help\n"
	      "\n"
	      "commands:\n"
	      "  check    parse and check regulations; print the findings\n"
	      "  build    draw the diagrams of every route (docs/output.md)\n"
	      "  explain  the timing report: every path, its total, the term, the verdict\n"
	      "  deadline the due moment and the schedule for one acceptance instant\n"
	      "  fmt      lay files out canonically (-w rewrite, --check for CI)\n"
	      "  import-table\n"
	      "           write Appendix 1 as printed (a converted act's table) as the\n"
	      "           `appendix 1` block, routes and labels proposed from the model\n"
	      "\n"
	      "options:\n"
	      "  --diagnostics-format=text|json|sarif\n"
	      "                                   how findings are printed (text)\n"
	      "  --color=auto|always|never        colour the text on a terminal (auto;\n"
	      "                                   NO_COLOR turns auto off)\n"
	      "  --messages en|kk|ru              the language of the messages (en)\n"
	      "  -Werror                          treat warnings as errors\n"
	      "  -j N                             check (or build) with N processes;\n"
	      "                                   the output is the same as with one\n"
	      "  -WCODE, -Wno-CODE                enable or disable a warning (-Wno-W0501)\n"
	      "  --max-errors N                   print at most N errors (0: all)\n"
	      "  --calendar FILE                  a calendar instead of the built-in one\n"
	      "  --source FILE[:A-B]              the legal text (its lines A to B) of the\n"
	      "                                   files without a `source` field: every\n"
	      "                                   quote is checked against it\n"
	      "  --lang kk,ru                     check: report texts missing in these\n"
	      "                                   languages (W0502)\n"
	      "  --verify                         compare findings with the file's\n"
	      "                                   `# expect-...` comments (for tests)\n"
	      "  --time-stats                     check: how the timing analysis decided\n"
	      "                                   (for benchmarks)\n"
	      "\n"
	      "exit status: 0 clean, 1 errors, 2 bad usage or unreadable input\n",
	      f);
}

/* Compile each file and print its findings (or verify them). */
int cmd_check(int argc, char **argv)
{
	struct common_opts o = { .format = DF_TEXT };
	bool verify = false, opts_done = false, stats = false;
	unsigned langs = 0; /* --lang: languages whose missing texts are reported */
	int nfiles = 0;
	int jobs = 1; /* -j N: worker processes (par.h) */
	char **files = xmalloc((size_t)(argc + 1) * sizeof *files);
	for (int i = 0; i < argc; i++) {
		const char *a = argv[i];
		if (!opts_done && a[0] == '-' && a[1] != '\0') {
			int r = cli_option(argc, argv, &i, &o);
			if (r == 1)
				continue;
			if (r == 0 && strcmp(a, "--") == 0) {
				opts_done = true;
				continue;
			}
			if (r == 0 && strcmp(a, "--verify") == 0) {
				verify = true;
				continue;
			}
			if (r == 0 && strcmp(a, "--time-stats") == 0) {
				stats = true; /* for the bench: docs/performance.md */
				continue;
			}
			if (r == 0 && (r = par_option(argc, argv, &i, &jobs)) == 1)
				continue;
			if (r == 0 && (strcmp(a, "--lang") == 0 || strncmp(a, "--lang=", 7) == 0)) {
				const char *v = a[6] == '=' ? a + 7 : i + 1 < argc ? argv[++i] : "";
				char what[32];
				if (lang_parse_list(v, &langs, what, sizeof what))
					continue;
				fprintf(stderr, "reglc: error: unknown language '%s' (kk, ru)\n", what);
				r = -1;
			}
			if (r == 0)
				fprintf(stderr, "reglc: error: unknown option '%s'\n", a);
			usage(stderr);
			free(files);
			return 2;
		}
		files[nfiles++] = argv[i];
	}
	if (nfiles == 0) {
		fputs("reglc: error: no input files\n", stderr);
		usage(stderr);
		free(files);
		return 2;
	}
	struct session S;
	if (!cli_session(&S, &o, TN_VERDICT, langs)) {
		free(files);
		return 2;
	}
	struct diags *d = &S.d;
	d->quiet = verify;
	bool unreadable = false;
	size_t verify_bad = 0;
	struct par P;
	par_start(&P, nfiles, jobs, d);
	for (int i = 0; i < nfiles; i++) {
		long acc[2] = { unreadable, (long)verify_bad };
		bool run = par_next(&P, i, acc, 2);
		unreadable = acc[0] != 0;
		verify_bad = (size_t)acc[1];
		if (!run)
			continue;
		struct cunit u;
		if (!cli_compile(&S, files[i], &u)) {
			unreadable = true;
			unit_release(&u);
			continue;
		}
		if (verify) {
			verify_bad += verify_file(u.src, d, stderr);
			diag_clear(d);
		} else {
			diag_flush(d);
		}
		unit_release(&u);
	}
	long acc[2] = { unreadable, (long)verify_bad };
	free(files); /* before par_finish: a worker does not return from it */
	par_finish(&P, acc, 2);
	diag_finish(d);
	if (stats) /* this process's own: with -j N, the parent's share only */
		fprintf(stderr,
			"reglc: timing: %zu plans of one kind judged exactly; %zu mixed plans "
			"proven by the bound, %zu day by day (%zu days simulated); %zu "
			"outcomes analysed in full\n",
			S.stats.exact, S.stats.by_bound, S.stats.by_days, S.stats.day_sims,
			S.stats.full);
	int rc = verify ? (unreadable ? 2 : verify_bad ? 1 : 0)
		 : (diag_summary(d), unreadable ? 2 : d->errors ? 1 : 0);
	session_close(&S);
	return rc;
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		usage(stderr);
		return 2;
	}
	const char *cmd = argv[1];
	if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0 || strcmp(cmd, "help") == 0) {
		usage(stdout);
		return 0;
	}
	if (strcmp(cmd, "--version") == 0) {
		char gv[64];
		gv_version(gv, sizeof gv);
		printf("reglc %s\nGraphviz %s\n", REGLC_VERSION, gv);
		return 0;
	}
	static const struct {
		const char *name;
		int (*run)(int, char **);
	} cmds[] = {
		{ "check", cmd_check },
		{ "build", cmd_build },
		{ "explain", cmd_explain },
		{ "deadline", cmd_deadline },
		{ "fmt", cmd_fmt },
		{ "import-table", cmd_import_table },
	};
	for (size_t i = 0; i < sizeof cmds / sizeof cmds[0]; i++)
		if (strcmp(cmd, cmds[i].name) == 0)
			return cmds[i].run(argc - 2, argv + 2);
	fprintf(stderr, "reglc: error: unknown command '%s'\n", cmd);
	usage(stderr);
	return 2;
}
