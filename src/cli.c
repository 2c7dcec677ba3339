/*
 * cli.c — what the commands share (see cli.h).
 */
#include "cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "anchor.h"

int cli_option(int argc, char **argv, int *i, struct common_opts *o)
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
			fprintf(stderr, "reglc: error: '%s': not a warning code (W0501, W0502, ...)\n",
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
	} else if (strcmp(a, "--source") == 0 || strncmp(a, "--source=", 9) == 0) {
		char *v = a[8] == '=' ? argv[*i] + 9 : *i + 1 < argc ? argv[++*i] : NULL;
		size_t n;
		if (!v || !*v || !anchor_parse_arg(v, &n, &o->source_first, &o->source_last) ||
		    n == 0) {
			fputs("reglc: error: --source takes the legal text, FILE or FILE:FIRST-LAST "
			      "(lines from 1)\n", stderr);
			return -1;
		}
		v[n] = '\0'; /* FILE:A-B: the argument ends at FILE (argv is ours) */
		o->source = v;
	} else {
		return 0;
	}
	return 1;
}

bool cli_session(struct session *s, const struct common_opts *o, enum time_need need,
		 unsigned langs)
{
	const char *no = getenv("NO_COLOR");
	struct session_opts so = {
		.format = o->format,
		.werror = o->werror,
		.color = o->format == DF_TEXT &&
			 (o->color == 1 || (o->color == 0 && isatty(fileno(stderr)) && !(no && *no))),
		.max_errors = o->max_errors,
		.messages = o->messages,
		.calendar = o->calendar,
		.need = need,
		.outputs = need == TN_FULL,
		.langs = langs,
		.source = o->source,
		.source_first = o->source_first,
		.source_last = o->source_last,
	};
	memcpy(so.wno, o->wno, sizeof so.wno);
	char err[512];
	if (!session_open(s, &so, err, sizeof err)) {
		fprintf(stderr, "reglc: error: %s\n", err);
		session_close(s);
		return false;
	}
	return true;
}

bool cli_compile(struct session *s, const char *path, struct cunit *u)
{
	const char *why = NULL;
	if (session_compile_file(s, path, u, &why))
		return true;
	fprintf(stderr, "reglc: error: cannot read '%s': %s\n", path, why);
	return false;
}
