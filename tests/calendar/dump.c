/*
 * dump.c — print a calendar as text, one line per day: "YYYY-MM-DD KIND
 * reason" (KIND as cal_kind_name names it; the reason is left out when the
 * day has none).  tests/calendar/crosscheck.js compares this with the npm
 * package date-holidays; a person can read it against a printed calendar.
 *
 *   cal_dump [-a] [FILE]
 *
 * Contract: without FILE the built-in calendar (data/kz.cal compiled in) is
 * printed, with FILE that file is parsed.  Only the days of the covered
 * years that are not ordinary (holidays, moved days off, transfers) are
 * printed, or with -a every day.  Exit status 0, 1 when the calendar does
 * not parse ("FILE:LINE: reason" on stderr), 2 on bad usage.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "calendar.h"

/* The whole of a file, or NULL (errno says why). */
static char *dump_slurp(const char *path, size_t *n)
{
	FILE *f = fopen(path, "rb");
	char *buf = NULL;
	size_t len = 0, cap = 0, got;

	if (!f)
		return NULL;
	do {
		if (len == cap) {
			cap = cap ? 2 * cap : 65536;
			buf = xrealloc(buf, cap);
		}
		got = fread(buf + len, 1, cap - len, f);
		len += got;
	} while (got > 0);
	if (ferror(f)) {
		fclose(f);
		free(buf);
		return NULL;
	}
	fclose(f);
	*n = len;
	return buf;
}

int main(int argc, char **argv)
{
	struct calendar cal;
	char err[512];
	bool all = false;
	const char *path = NULL;
	int rc;

	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "-a") == 0) {
			all = true;
		} else if (argv[i][0] == '-' || path) {
			fprintf(stderr, "usage: cal_dump [-a] [FILE]\n");
			return 2;
		} else {
			path = argv[i];
		}
	}
	if (path) {
		size_t n = 0;
		char *text = dump_slurp(path, &n);

		if (!text) {
			perror(path);
			return 2;
		}
		rc = cal_parse(&cal, text, n, path, err, sizeof err);
		free(text);
	} else {
		rc = cal_builtin(&cal, err, sizeof err);
	}
	if (rc < 0) {
		fprintf(stderr, "%s:%s\n", path ? path : "built-in", err);
		return 1;
	}
	for (int32_t z = cal.first; z <= cal.last; z++) {
		const char *why;
		enum cal_day_kind k = cal_day(&cal, z, &why);
		int y, m, d;

		if (!all && (k == CD_WORKING || k == CD_WEEKEND))
			continue;
		cal_civil_from_days(z, &y, &m, &d);
		printf("%04d-%02d-%02d %s%s%s\n", y, m, d, cal_kind_name(k),
		       why ? " " : "", why ? why : "");
	}
	cal_free(&cal);
	return fflush(stdout) == 0 ? 0 : 2;
}
