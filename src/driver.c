/*
 * driver.c — the phases in order for one file (see driver.h).
 */
#include "driver.h"

#include <stdio.h>
#include <string.h>

#include "calendar.h"
#include "model.h"
#include "parse.h"
#include "source.h"
#include "time.h"

bool driver_compile(const char *path, struct diags *d, struct cunit *u,
		    const struct calendar *cal)
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
	if (cal)
		time_analyze(u->reg, cal, d);
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
	} else if (strcmp(a, "--calendar") == 0 || strncmp(a, "--calendar=", 11) == 0) {
		if (a[10] == '=') {
			o->calendar = a + 11;
		} else if (*i + 1 < argc) {
			o->calendar = argv[++*i];
		} else {
			fputs("reglc: error: --calendar takes a file\n", stderr);
			return -1;
		}
	} else {
		return 0;
	}
	return 1;
}

bool driver_calendar(const struct common_opts *o, struct calendar *c)
{
	char err[256];
	if (!o->calendar) {
		if (cal_builtin(c, err, sizeof err) != 0) {
			fprintf(stderr, "reglc: error: the built-in calendar: %s\n", err);
			return false;
		}
		return true;
	}
	const char *why = NULL;
	struct source *src = source_load(o->calendar, &why);
	if (!src) {
		fprintf(stderr, "reglc: error: cannot read calendar '%s': %s\n", o->calendar, why);
		return false;
	}
	int rc = cal_parse(c, src->text, src->len, o->calendar, err, sizeof err);
	source_free(src);
	if (rc != 0) {
		fprintf(stderr, "reglc: error: %s:%s\n", o->calendar, err);
		return false;
	}
	return true;
}
