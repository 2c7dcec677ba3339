/*
 * arena.c — the bump allocator and the out-of-memory policy (see arena.h).
 */
#include "arena.h"

#include <stdalign.h>
#include <stdlib.h>
#include <string.h>

/* One chunk; the payload follows the header. */
struct arena_block {
	struct arena_block *next; /* the chunk filled before this one */
	size_t size;              /* payload bytes */
	alignas(max_align_t) unsigned char data[];
};

#define ARENA_CHUNK ((size_t)64 * 1024)

/* The default when the program defines none: the library prints nothing
 * and does not choose an exit status. */
__attribute__((weak, noreturn)) void reglc_out_of_memory(size_t n)
{
	(void)n;
	abort();
}

static void oom(size_t n)
{
	reglc_out_of_memory(n);
}

void *xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);
	if (!p)
		oom(n);
	return p;
}

void *xcalloc(size_t count, size_t size)
{
	void *p = calloc(count ? count : 1, size ? size : 1);
	if (!p)
		oom(count * size);
	return p;
}

void *xrealloc(void *p, size_t n)
{
	void *q = realloc(p, n ? n : 1);
	if (!q)
		oom(n);
	return q;
}

char *xstrdup(const char *s)
{
	size_t n = strlen(s) + 1;
	return memcpy(xmalloc(n), s, n);
}

void arena_init(struct arena *a)
{
	a->head = NULL;
	a->used = 0;
	a->total = 0;
}

void arena_free(struct arena *a)
{
	struct arena_block *b = a->head;
	while (b) {
		struct arena_block *next = b->next;
		free(b);
		b = next;
	}
	arena_init(a);
}

void *arena_alloc(struct arena *a, size_t n)
{
	const size_t align = alignof(max_align_t);
	n = (n + align - 1) & ~(align - 1);
	if (!a->head || a->head->size - a->used < n) {
		/* Large requests get a chunk of their own so that the
		 * current chunk's free tail is not wasted on them. */
		size_t size = n > ARENA_CHUNK / 4 ? n : ARENA_CHUNK;
		struct arena_block *b = xmalloc(sizeof *b + size);
		b->size = size;
		if (size == n && a->head) {
			b->next = a->head->next;
			a->head->next = b;
			a->total += n;
			return memset(b->data, 0, n);
		}
		b->next = a->head;
		a->head = b;
		a->used = 0;
	}
	void *p = a->head->data + a->used;
	a->used += n;
	a->total += n;
	return memset(p, 0, n);
}

char *arena_strndup(struct arena *a, const char *s, size_t n)
{
	char *p = arena_alloc(a, n + 1);
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

void vec_push(struct vec *v, void *p)
{
	if (v->n == v->cap) {
		v->cap = v->cap ? v->cap * 2 : 8;
		v->v = xrealloc(v->v, v->cap * sizeof *v->v);
	}
	v->v[v->n++] = p;
}

void vec_free(struct vec *v)
{
	free(v->v);
	v->v = NULL;
	v->n = v->cap = 0;
}
