/*
 * driver.c — the phases in order for one file (see driver.h).
 */
#include "driver.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "calendar.h"
#include "model.h"
#include "parse.h"
#include "phrase.h"
#include "source.h"
#include "time.h"

bool driver_compile(const char *path, struct diags *d, struct cunit *u,
		    const struct calendar *cal, enum time_need need)
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
		time_analyze(u->reg, cal, d, need);
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
		const char *v = *i + 1 < argc ? argv[*i + 1] : "";
		if (strcmp(v, "json") != 0 && strcmp(v, "text") != 0 && strcmp(v, "sarif") != 0) {
			fputs("reglc: error: --diagnostics-format takes text, json or sarif\n", stderr);
			return -1;
		}
		++*i;
		o->format = strcmp(v, "json") == 0 ? DF_JSON : strcmp(v, "sarif") == 0 ? DF_SARIF
											: DF_TEXT;
	} else if (strcmp(a, "--diagnostics-format=sarif") == 0) {
		o->format = DF_SARIF;
	} else if (strncmp(a, "--diagnostics-format=", 21) == 0) {
		fprintf(stderr, "reglc: error: unknown diagnostics format '%s'\n", a + 21);
		return -1;
	} else if (strcmp(a, "-Werror") == 0) {
		o->werror = true;
	} else if (strncmp(a, "-W", 2) == 0) {
		/* -WCODE / -Wno-CODE: enable or disable one warning. */
		bool no = strncmp(a, "-Wno-", 5) == 0;
		int c = diag_code_lookup(a + (no ? 5 : 2));
		if (c < 0 || diag_code_sev((enum diag_code)c) != DIAG_WARNING) {
			fprintf(stderr, "reglc: error: '%s': not a warning code (W0402, W0501, ...)\n",
				a);
			return -1;
		}
		o->wno[c] = no;
	} else if (strcmp(a, "--max-errors") == 0 || strncmp(a, "--max-errors=", 13) == 0) {
		const char *v = a[12] == '=' ? a + 13 : *i + 1 < argc ? argv[++*i] : "";
		char *end;
		unsigned long n = strtoul(v, &end, 10);
		if (!*v || *end || *v == '-') {
			fputs("reglc: error: --max-errors takes a number (0: no limit)\n", stderr);
			return -1;
		}
		o->max_errors = n;
	} else if (strncmp(a, "--color", 7) == 0 && (a[7] == '\0' || a[7] == '=')) {
		const char *v = a[7] == '=' ? a + 8 : "always";
		if (strcmp(v, "auto") == 0)
			o->color = 0;
		else if (strcmp(v, "always") == 0)
			o->color = 1;
		else if (strcmp(v, "never") == 0)
			o->color = 2;
		else {
			fputs("reglc: error: --color takes auto, always or never\n", stderr);
			return -1;
		}
	} else if (strcmp(a, "--messages") == 0 || strncmp(a, "--messages=", 11) == 0) {
		const char *v = a[10] == '=' ? a + 11 : *i + 1 < argc ? argv[++*i] : "";
		if (strcmp(v, "en") == 0)
			o->messages = DIAG_LANG_EN;
		else if (strcmp(v, "kk") == 0)
			o->messages = DIAG_LANG_KK;
		else if (strcmp(v, "ru") == 0)
			o->messages = DIAG_LANG_RU;
		else {
			fputs("reglc: error: --messages takes en, kk or ru\n", stderr);
			return -1;
		}
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

void driver_diags(struct diags *d, const struct common_opts *o)
{
	diag_init(d, o->format, o->format == DF_TEXT ? stderr : stdout);
	d->werror = o->werror;
	d->max_errors = o->max_errors;
	memcpy(d->disabled, o->wno, sizeof d->disabled);
	const char *no = getenv("NO_COLOR");
	d->color = o->format == DF_TEXT &&
		   (o->color == 1 || (o->color == 0 && isatty(fileno(stderr)) && !(no && *no)));
	d->lang = o->messages;
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
