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
#include "ast.h"
#include "diag.h"
#include "model.h"
#include "parse.h"
#include "source.h"
#include "verify.h"

#ifndef REGLC_VERSION
#define REGLC_VERSION "0.1.0"
#endif

static void usage(FILE *f)
{
	fputs("usage: reglc check [options] FILE...\n"
	      "       reglc --version | --help\n"
	      "\n"
	      "commands:\n"
	      "  check    parse and check regulations; print the findings\n"
	      "\n"
	      "options:\n"
	      "  --diagnostics-format=text|json   how findings are printed (text)\n"
	      "  -Werror                          treat warnings as errors\n"
	      "  --verify                         compare findings with the file's\n"
	      "                                   `# expect-...` comments (for tests)\n"
	      "\n"
	      "exit status: 0 clean, 1 errors, 2 bad usage or unreadable input\n",
	      f);
}

/* Options of one run. */
struct opts {
	enum diag_format format; /* text or JSON */
	bool werror;             /* warnings are errors */
	bool verify;             /* compare with expectations */
};

/*
 * Compile one file through the phases, stopping after a phase that
 * reported errors.  Returns false when the file cannot be read.
 */
static bool compile_file(const char *path, const struct opts *o, struct diags *d,
			 size_t *verify_bad)
{
	const char *why = NULL;
	struct source *src = source_load(path, &why);
	if (!src) {
		fprintf(stderr, "reglc: error: cannot read '%s': %s\n", path, why);
		return false;
	}
	struct arena arena;
	arena_init(&arena);
	source_validate(src, d);
	struct ast_file *file = parse_file(&arena, src, d);
	if (d->file_errors == 0) {
		struct m_reg *reg = sema_build(&arena, src, file, d);
		if (d->file_errors == 0)
			check_model(reg, d);
	}
	if (o->verify) {
		*verify_bad += verify_file(src, d, stderr);
		diag_clear(d);
	} else {
		diag_flush(d);
	}
	arena_free(&arena);
	source_free(src);
	return true;
}

static int cmd_check(int argc, char **argv)
{
	struct opts o = { DF_TEXT, false, false };
	int nfiles = 0;
	char **files = xmalloc((size_t)(argc + 1) * sizeof *files);
	bool opts_done = false;
	for (int i = 0; i < argc; i++) {
		const char *a = argv[i];
		if (!opts_done && a[0] == '-' && a[1] != '\0') {
			if (strcmp(a, "--") == 0) {
				opts_done = true;
			} else if (strcmp(a, "--diagnostics-format=json") == 0) {
				o.format = DF_JSON;
			} else if (strcmp(a, "--diagnostics-format=text") == 0) {
				o.format = DF_TEXT;
			} else if (strcmp(a, "--diagnostics-format") == 0 && i + 1 < argc &&
				   (strcmp(argv[i + 1], "json") == 0 ||
				    strcmp(argv[i + 1], "text") == 0)) {
				o.format = strcmp(argv[++i], "json") == 0 ? DF_JSON : DF_TEXT;
			} else if (strcmp(a, "-Werror") == 0) {
				o.werror = true;
			} else if (strcmp(a, "--verify") == 0) {
				o.verify = true;
			} else {
				fprintf(stderr, "reglc: error: unknown option '%s'\n", a);
				usage(stderr);
				free(files);
				return 2;
			}
			continue;
		}
		files[nfiles++] = argv[i];
	}
	if (nfiles == 0) {
		fputs("reglc: error: no input files\n", stderr);
		usage(stderr);
		free(files);
		return 2;
	}
	struct diags d;
	diag_init(&d, o.format, o.format == DF_JSON ? stdout : stderr);
	d.werror = o.werror;
	d.quiet = o.verify;
	bool unreadable = false;
	size_t verify_bad = 0;
	for (int i = 0; i < nfiles; i++)
		if (!compile_file(files[i], &o, &d, &verify_bad))
			unreadable = true;
	diag_finish(&d);
	free(files);
	if (o.verify)
		return unreadable ? 2 : verify_bad ? 1 : 0;
	if (o.format == DF_TEXT && (d.errors || d.warnings))
		fprintf(stderr, "%zu error%s, %zu warning%s\n", d.errors,
			d.errors == 1 ? "" : "s", d.warnings, d.warnings == 1 ? "" : "s");
	if (unreadable)
		return 2;
	return d.errors ? 1 : 0;
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
		printf("reglc %s\n", REGLC_VERSION);
		return 0;
	}
	if (strcmp(cmd, "check") == 0)
		return cmd_check(argc - 2, argv + 2);
	fprintf(stderr, "reglc: error: unknown command '%s'\n", cmd);
	usage(stderr);
	return 2;
}
