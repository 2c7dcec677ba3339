/*
 * show.h — durations, quantities, moments and dates as a reader sees
 * them, in the language of a message or a document.
 *
 * Contract:
 *  - A language is a pack (langpack.h), or NULL for English, the language
 *    of `explain`, `deadline` and --messages en.  Kazakh and Russian write
 *    durations in the legal phrasing with digits and the law's units
 *    (legal.h: minutes carried into hours, hours into working days),
 *    moments as "2014-03-21 (жұма) 17:30" / "2014-03-21 (пятница) 17:30",
 *    on the ordinary week "3-күн, жұма 18:00" / "день 3, пятница 18:00";
 *    English writes reglc's notation carried the same way ("within 1 wd
 *    2 h", "28 cd + 2 wd 1 h 15 min") and the moments of time.h ("Fri
 *    2014-03-21 17:30", "Fri of day 3, 18:00").
 *  - show_arg_* make a message value (msg.h: struct msg_value) that is
 *    written when the message is printed, in the message's language; each
 *    returns the value's address as the %s argument to pass.  A value
 *    lives in the caller's storage until the message has captured it (the
 *    diag_emit or diag_note call).
 *  - Writers are snprintf-like: they return the length the whole text
 *    needs and never write more than n bytes.
 */
#ifndef REGLC_SHOW_H
#define REGLC_SHOW_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "dur.h"
#include "langpack.h"
#include "msg.h"

/* The pack of a message language; NULL for English. */
const struct langpack *show_pack(enum diag_lang l);

/* d as written (a step's duration, a term), with digits. */
int show_dur(char *buf, size_t n, const struct langpack *lp, const struct dur *d,
	     int64_t workday);

/* q, nominative, carried as `how` says (unit: the unit it was written in). */
int show_qty(char *buf, size_t n, const struct langpack *lp, struct qty q, enum unit unit,
	     int64_t workday, enum lp_carry how);

/* A moment t (minutes since 1970-01-01 00:00); ordinary: on the ordinary
 * week, counted in days from the day of start.  Past any date: "never". */
int show_instant(char *buf, size_t n, const struct langpack *lp, int64_t t, int64_t start,
		 bool ordinary);

/* An elapsed time in days, hours and minutes ("2 күн 3 сағ 05 мин"). */
int show_elapsed(char *buf, size_t n, const struct langpack *lp, int64_t minutes);

/* A date with its day of the week ("2014-01-01 (сәрсенбі)"). */
int show_date(char *buf, size_t n, const struct langpack *lp, int32_t day);

/* The same as message values (see the contract). */
const char *show_arg_dur(struct msg_value *v, const struct dur *d, int64_t workday);
const char *show_arg_qty(struct msg_value *v, struct qty q, enum unit unit, int64_t workday,
			 enum lp_carry how);
const char *show_arg_instant(struct msg_value *v, int64_t t, int64_t start, bool ordinary);
const char *show_arg_elapsed(struct msg_value *v, int64_t minutes);
const char *show_arg_date(struct msg_value *v, int32_t day);

#endif
