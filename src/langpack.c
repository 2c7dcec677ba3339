/*
 * langpack.c — the table of language packs (see langpack.h).
 *
 * Contract: one entry per value of enum lang, filled by designated
 * initializers; langpack never returns NULL.
 */
#include "langpack.h"

/* The packs by language. */
static const struct langpack *const packs[LANG__COUNT] = {
	[LANG_KK] = &lp_kk,
	[LANG_RU] = &lp_ru,
};

const struct langpack *langpack(enum lang l)
{
	return (unsigned)l < LANG__COUNT && packs[l] ? packs[l] : packs[LANG_KK];
}
