/*
 * cal_builtin.c — the built-in Kazakhstan calendar.
 *
 * Contract (see calendar.h): cal_builtin gives the calendar that cal_parse
 * makes of data/kz.cal.  The build computes it once (tools/calgen.c runs
 * cal_parse on the file and writes build/kz_days.c), so a start of reglc
 * copies a few tables instead of reading the file and computing fifteen
 * years of days; tests/calendar/run.sh checks that the two agree.
 */
#include "calendar.h"

#include <string.h>

#include "arena.h"

/* The tables of build/kz_days.c: the covered days, a kind per day, the
   reasons' storage (unsigned char, like build/kz_cal.c: UTF-8 bytes above
   127 need no conversion), and (day index, offset) for each day with a
   reason. */
extern const int32_t cal_kz_first, cal_kz_last, cal_kz_settled;
extern const unsigned char cal_kz_kind[];
extern const unsigned char cal_kz_strings[];
extern const size_t cal_kz_strings_size;
extern const uint32_t cal_kz_why[][2];
extern const size_t cal_kz_nwhy;

/* The calendar owns its copies, like a parsed one: cal_free frees them. */
int cal_builtin(struct calendar *c, char *err, size_t errn)
{
	size_t nc = (size_t)(cal_kz_last - cal_kz_first) + 1;

	memset(c, 0, sizeof *c);
	if (errn)
		err[0] = '\0';
	c->first = cal_kz_first;
	c->last = cal_kz_last;
	c->settled = cal_kz_settled;
	c->kind = xmalloc(nc);
	memcpy(c->kind, cal_kz_kind, nc);
	c->strings = xmalloc(cal_kz_strings_size);
	memcpy(c->strings, cal_kz_strings, cal_kz_strings_size);
	c->why = xcalloc(nc, sizeof *c->why);
	for (size_t i = 0; i < cal_kz_nwhy; i++)
		c->why[cal_kz_why[i][0]] = c->strings + cal_kz_why[i][1];
	c->name = xstrdup("built-in");
	return 0;
}
