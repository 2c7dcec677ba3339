/*
 * numwords.c — the former names of the packs' number words (see
 * numwords.h): wrappers for handbook.c until it moves onto langpack.h.
 */
#include "numwords.h"

enum ru_slot ru_noun_slot(uint64_t v, enum ru_case c)
{
	return (enum ru_slot)lp_ru.form(v, (enum lp_case)c);
}

int legal_words(char *buf, size_t n, const struct dur *d, enum lang l)
{
	return langpack(l)->dur(buf, n, d, LPS_WORDS);
}
