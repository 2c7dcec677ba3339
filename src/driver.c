/*
 * driver.c — the phases in order for one file (see driver.h).
 */
#include "driver.h"

#include <stdio.h>
#include <string.h>

#include "model.h"
#include "parse.h"
#include "source.h"

bool driver_compile(const char *path, struct diags *d, struct cunit *u)
{
	memset(u, 0, sizeof *u);
	arena_init(&u->arena);
	const char *why = NULL;
	u->src = source_load(path, &why);
	if (!u->src) {
		fprintf(stderr, "reglc: error: cannot read '%s': %s\n", path, why);
		return false;
	}
	source_validate(u->src, d);
	u->ast = parse_file(&u->arena, u->src, d);
	if (d->file_errors)
		return true;
	u->reg = sema_build(&u->arena, u->src, u->ast, d);
	if (d->file_errors)
		return true;
	u->structural = true;
	check_model(u->reg, d);
	return true;
}

void driver_release(struct cunit *u)
{
	arena_free(&u->arena);
	source_free(u->src);
	memset(u, 0, sizeof *u);
}

int parse_common_option(int argc, char **argv, int *i, struct common_opts *o)
{
	const char *a = argv[*i];
	if (strcmp(a, "--diagnostics-format=json") == 0) {
		o->format = DF_JSON;
	} else if (strcmp(a, "--diagnostics-format=text") == 0) {
		o->format = DF_TEXT;
	} else if (strcmp(a, "--diagnostics-format") == 0) {
		if (*i + 1 >= argc || (strcmp(argv[*i + 1], "json") != 0 &&
				       strcmp(argv[*i + 1], "text") != 0)) {
			fputs("reglc: error: --diagnostics-format takes text or json\n", stderr);
			return -1;
		}
		o->format = strcmp(argv[++*i], "json") == 0 ? DF_JSON : DF_TEXT;
	} else if (strncmp(a, "--diagnostics-format=", 21) == 0) {
		fprintf(stderr, "reglc: error: unknown diagnostics format '%s'\n", a + 21);
		return -1;
	} else if (strcmp(a, "-Werror") == 0) {
		o->werror = true;
	} else {
		return 0;
	}
	return 1;
}
