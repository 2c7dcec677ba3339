/*
 * arena.h — memory: one arena per compilation unit, freed at once, and the
 * one allocator that reports out-of-memory.
 *
 * Contract: every allocation of the front end (tokens, AST, model, strings)
 * comes from the arena of its file and lives exactly as long as the file's
 * compilation.  xmalloc/xrealloc never return NULL: on exhaustion they call
 * reglc_out_of_memory, which the program defines (main.c prints one message
 * and exits with status 2); a program that defines none aborts.  Library
 * code itself never prints and never exits.
 */
#ifndef REGLC_ARENA_H
#define REGLC_ARENA_H

#include <stddef.h>

/* Called when an allocation of n bytes fails; must not return.  A weak
 * default (abort) is in arena.c; main.c defines reglc's. */
#if defined(__GNUC__)
__attribute__((noreturn))
#endif
void reglc_out_of_memory(size_t n);

void *xmalloc(size_t n);
void *xcalloc(size_t count, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);

struct arena_block; /* one chunk of the arena (arena.c) */

/* A bump allocator over a list of chunks. */
struct arena {
	struct arena_block *head; /* the chunk being filled */
	size_t used;              /* bytes used in head */
	size_t total;             /* bytes handed out, for statistics */
};

void arena_init(struct arena *a);
void arena_free(struct arena *a);
/* n bytes aligned for any object, zero-filled. */
void *arena_alloc(struct arena *a, size_t n);
/* A NUL-terminated copy of s[0..n). */
char *arena_strndup(struct arena *a, const char *s, size_t n);

/* A growable array of pointers, allocated with xrealloc (owned by its user). */
struct vec {
	void **v;   /* the elements */
	size_t n;   /* how many */
	size_t cap; /* allocated */
};

void vec_push(struct vec *v, void *p);
void vec_free(struct vec *v);

#endif
