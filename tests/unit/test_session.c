/*
 * test_session.c — the in-memory entry point (session.h) in one process
 * gives exactly what separate `reglc check` processes print.
 *
 * One session compiles two different files and then the first again, each
 * from a buffer, and its sink prints into memory; each file's text must
 * be, byte for byte, what `reglc check FILE` prints in a process of its
 * own (less that process's summary line, which is per process), and the
 * session's totals the sum of the processes'.  A phrase memo, a message
 * language or a counter that leaked from one compilation into the next
 * would show here.  Run from the repository's root ($REGLC: the program).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "diag.h"
#include "session.h"

/* Two files with findings: stated phrases (the memo) and a seed route
 * with statements that disagree. */
static const char *const files[] = {
	"tests/check/stated.regl",
	"examples/kyzylorda-700/preschool-queue.regl",
	"tests/check/stated.regl",
};
#define NFILES (sizeof files / sizeof files[0])

/* The whole of a file (malloc'd), its length in *n. */
static char *slurp(const char *path, size_t *n)
{
	FILE *f = fopen(path, "rb");
	assert_non_null(f);
	char *buf = NULL;
	size_t len = 0, cap = 0;
	for (;;) {
		if (len + 4096 > cap) {
			cap = 2 * (len + 4096);
			buf = realloc(buf, cap);
			assert_non_null(buf);
		}
		size_t got = fread(buf + len, 1, cap - len - 1, f);
		len += got;
		if (got == 0)
			break;
	}
	fclose(f);
	buf[len] = '\0';
	*n = len;
	return buf;
}

/* What `reglc check ARGS FILE` prints (stdout and stderr), its summary
 * line ("5 errors, 2 warnings", "ошибок: 5, предупреждений: 2": the one
 * line that names no file and is no part of a quoted source) cut off;
 * the errors and warnings it printed are added to *errors, *warnings. */
static char *process(const char *args, const char *file, size_t *errors, size_t *warnings)
{
	const char *reglc = getenv("REGLC");
	char cmd[1024];
	snprintf(cmd, sizeof cmd, "%s check %s %s 2>&1", reglc ? reglc : "./reglc", args, file);
	FILE *p = popen(cmd, "r");
	assert_non_null(p);
	char *buf = NULL;
	size_t len = 0;
	FILE *m = open_memstream(&buf, &len);
	char line[8192];
	while (fgets(line, sizeof line, p)) {
		if (line[0] != ' ' && !strstr(line, ".regl:"))
			continue; /* the summary */
		*errors += strstr(line, ": error[") != NULL;
		*warnings += strstr(line, ": warning[") != NULL;
		fputs(line, m);
	}
	pclose(p);
	fclose(m);
	return buf;
}

/* The files compiled one after another in one session with options o;
 * each file's printed diagnostics must be what a process prints. */
static void one_session(const struct session_opts *o, const char *args)
{
	struct session s;
	char err[256];
	assert_true(session_open(&s, o, err, sizeof err));
	size_t perr = 0, pwarn = 0;
	for (size_t i = 0; i < NFILES; i++) {
		char *out = NULL;
		size_t outn = 0;
		FILE *m = open_memstream(&out, &outn);
		s.d.out = m;
		size_t n;
		char *text = slurp(files[i], &n);
		struct cunit u;
		session_compile(&s, files[i], text, n, &u);
		free(text);
		diag_flush(&s.d);
		unit_release(&u);
		fclose(m);
		s.d.out = NULL;
		char *want = process(args, files[i], &perr, &pwarn);
		if (strcmp(out, want) != 0) {
			/* the first line that differs */
			const char *a = out, *b = want;
			while (*a && *a == *b) {
				a++;
				b++;
			}
			while (a > out && a[-1] != '\n') {
				a--;
				b--;
			}
			fail_msg("%s (compilation %zu of the session) printed\n  %.300s\nwhere "
				 "`reglc check %s %s` prints\n  %.300s", files[i], i + 1, a, args,
				 files[i], b);
		}
		assert_true(outn > 0);
		free(out);
		free(want);
	}
	assert_int_equal(s.d.errors, perr);
	assert_int_equal(s.d.warnings, pwarn);
	session_close(&s);
}

static void text_kk_messages(void **state)
{
	(void)state;
	struct session_opts o = { .format = DF_TEXT, .need = TN_VERDICT };
	one_session(&o, "");
}

static void text_ru_messages(void **state)
{
	(void)state;
	struct session_opts o = { .format = DF_TEXT, .need = TN_VERDICT,
				  .messages = DIAG_LANG_RU };
	one_session(&o, "--messages ru");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(text_kk_messages),
		cmocka_unit_test(text_ru_messages),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
