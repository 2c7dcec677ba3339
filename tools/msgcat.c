/*
 * msgcat.c — compile a message catalogue (data/messages.LL) into a C
 * table, at build time: `msgcat LL data/messages.LL > build/msg_LL.c`.
 *
 * The catalogue is lines `msgid "..."` each followed by `msgstr "..."`,
 * `#` lines being comments; inside the quotes \" \\ \n \t are escapes
 * (docs/diagnostics.md).  The table is `const struct msg_pair
 * msg_cat_LL[]` sorted by msgid with strcmp, and `msg_cat_LL_n`, so that
 * reglc looks translations up with bsearch and keeps no catalogue state
 * of its own (src/msg.h).  An entry with an empty msgstr is left out
 * (not translated yet: the English is printed).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct pair {
	char *id, *str;
};

static void *xrealloc(void *p, size_t n)
{
	void *q = realloc(p, n ? n : 1);
	if (!q) {
		fputs("msgcat: out of memory\n", stderr);
		exit(1);
	}
	return q;
}

/* The text of the "..." in [p, end), escapes undone; NULL when none. */
static char *string_of(const char *p, const char *end)
{
	while (p < end && *p != '"')
		p++;
	if (p == end)
		return NULL;
	p++;
	char *out = xrealloc(NULL, (size_t)(end - p) + 1), *w = out;
	for (; p < end && *p != '"'; p++) {
		if (*p == '\\' && p + 1 < end) {
			p++;
			*w++ = *p == 'n' ? '\n' : *p == 't' ? '\t' : *p;
		} else {
			*w++ = *p;
		}
	}
	*w = '\0';
	return out;
}

static int cmp(const void *a, const void *b)
{
	return strcmp(((const struct pair *)a)->id, ((const struct pair *)b)->id);
}

/* s as a C string literal: every byte outside printable ASCII, and the
 * quote and backslash, as an octal escape. */
static void put_c(FILE *f, const char *s)
{
	fputc('"', f);
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		if (*p == '"' || *p == '\\' || *p < 0x20 || *p >= 0x7f)
			fprintf(f, "\\%03o", *p);
		else
			fputc(*p, f);
	}
	fputc('"', f);
}

int main(int argc, char **argv)
{
	if (argc != 3) {
		fputs("usage: msgcat LANG FILE\n", stderr);
		return 2;
	}
	FILE *in = fopen(argv[2], "rb");
	if (!in) {
		perror(argv[2]);
		return 1;
	}
	char *text = NULL;
	size_t n = 0, cap = 0;
	for (;;) {
		if (n + 4096 > cap)
			text = xrealloc(text, cap = cap * 2 + 4096);
		size_t k = fread(text + n, 1, cap - n, in);
		n += k;
		if (k == 0)
			break;
	}
	fclose(in);
	struct pair *v = NULL;
	size_t nv = 0, capv = 0;
	char *id = NULL;
	for (const char *p = text, *end = text + n; p < end;) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		const char *le = nl ? nl : end;
		if (le - p > 6 && strncmp(p, "msgid ", 6) == 0) {
			free(id);
			id = string_of(p + 6, le);
		} else if (le - p > 7 && strncmp(p, "msgstr ", 7) == 0 && id) {
			char *str = string_of(p + 7, le);
			if (str && *str) {
				if (nv == capv)
					v = xrealloc(v, (capv = capv * 2 + 256) * sizeof *v);
				v[nv].id = id;
				v[nv++].str = str;
				id = NULL;
			} else {
				free(str);
			}
		}
		p = le + 1;
	}
	free(id);
	qsort(v, nv, sizeof *v, cmp);
	printf("/* Generated from %s by tools/msgcat.c; do not edit. */\n"
	       "#include \"msg.h\"\n\n"
	       "const struct msg_pair msg_cat_%s[] = {\n",
	       argv[2], argv[1]);
	for (size_t i = 0; i < nv; i++) {
		fputs("\t{ ", stdout);
		put_c(stdout, v[i].id);
		fputs(",\n\t  ", stdout);
		put_c(stdout, v[i].str);
		fputs(" },\n", stdout);
		free(v[i].id);
		free(v[i].str);
	}
	printf("\t{ NULL, NULL }\n};\n\nconst size_t msg_cat_%s_n = %zu;\n", argv[1], nv);
	free(v);
	free(text);
	return ferror(stdout) ? 1 : 0;
}
