/*
 * par.c — `-j N` by worker processes (see par.h).
 *
 * Processes, not threads: each worker has its own copy of everything the
 * compiler keeps per process (the Graphviz context, the calendar, the
 * diagnostics sink), so no code needs to be thread-safe, and a worker's
 * output is captured by pointing its file descriptors 1 and 2 at two
 * temporary files, emptied before each file.  Files are dealt by index
 * (file i to worker i % N): the parent reads the records in input order,
 * each from the one pipe it must come from, so no polling is needed and
 * a full pipe only makes its worker wait.
 */
#include "par.h"

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "arena.h"

/* What a worker sends per file, followed by nout + nerr bytes. */
struct par_rec {
	int64_t i;                 /* the file's index */
	uint64_t e, w, s;          /* errors, warnings, suppressed it added */
	int64_t acc[PAR_MAX_ACC];  /* what it added to the command's totals */
	uint64_t nout, nerr;       /* its captured stdout and stderr */
};

static bool write_all(int fd, const void *p, size_t n)
{
	const char *c = p;
	while (n) {
		ssize_t k = write(fd, c, n);
		if (k < 0 && errno == EINTR)
			continue;
		if (k <= 0)
			return false;
		c += k;
		n -= (size_t)k;
	}
	return true;
}

static bool read_all(int fd, void *p, size_t n)
{
	char *c = p;
	while (n) {
		ssize_t k = read(fd, c, n);
		if (k < 0 && errno == EINTR)
			continue;
		if (k <= 0)
			return false;
		c += k;
		n -= (size_t)k;
	}
	return true;
}

void par_start(struct par *P, int nfiles, int jobs, struct diags *d)
{
	memset(P, 0, sizeof *P);
	P->self = -1;
	P->cur = -1;
	P->wr = -1;
	P->d = d;
	P->nfiles = nfiles;
	P->jobs = jobs < 1 ? 1 : jobs > nfiles ? nfiles : jobs;
	if (P->jobs > PAR_MAX_JOBS)
		P->jobs = PAR_MAX_JOBS;
	if (P->jobs <= 1) {
		P->jobs = 1;
		return;
	}
	P->replay = !(d->format == DF_TEXT && d->max_errors == 0);
	fflush(NULL); /* nothing buffered may be printed twice */
	for (int k = 0; k < P->jobs; k++) {
		int fds[2];
		pid_t pid = -1;
		if (pipe(fds) == 0 && (pid = fork()) < 0) {
			close(fds[0]);
			close(fds[1]);
		}
		if (pid < 0) { /* no more workers: the parent runs their files */
			for (; k < P->jobs; k++)
				P->rd[k] = -1;
			break;
		}
		if (pid == 0) {
			close(fds[0]);
			for (int j = 0; j < k; j++)
				if (P->rd[j] >= 0)
					close(P->rd[j]);
			P->self = k;
			P->wr = fds[1];
			for (int s = 0; s < 2; s++) {
				FILE *t = tmpfile();
				if (!t || dup2(fileno(t), s + 1) < 0)
					_exit(3); /* the parent runs this worker's files */
				P->cap[s] = s + 1;
			}
			return;
		}
		close(fds[1]);
		P->rd[k] = fds[0];
		P->pid[k] = pid;
	}
}

/* Worker: send the current file's record and output to the parent. */
static void send_current(struct par *P, const long *acc, int nacc)
{
	fflush(stdout);
	fflush(stderr);
	struct par_rec r;
	memset(&r, 0, sizeof r);
	r.i = P->cur;
	r.e = P->d->errors - P->e0;
	r.w = P->d->warnings - P->w0;
	r.s = P->d->suppressed - P->s0;
	for (int j = 0; j < nacc && j < PAR_MAX_ACC; j++)
		r.acc[j] = acc[j] - P->acc0[j];
	off_t n[2];
	for (int s = 0; s < 2; s++) {
		n[s] = lseek(P->cap[s], 0, SEEK_END);
		if (n[s] < 0)
			n[s] = 0;
	}
	r.nout = (uint64_t)n[0];
	r.nerr = (uint64_t)n[1];
	if (!write_all(P->wr, &r, sizeof r))
		_exit(3);
	char buf[1 << 16];
	for (int s = 0; s < 2; s++)
		for (off_t at = 0; at < n[s];) {
			ssize_t k = pread(P->cap[s], buf, sizeof buf, at);
			if (k <= 0 || !write_all(P->wr, buf, (size_t)k))
				_exit(3);
			at += k;
		}
	P->cur = -1;
}

bool par_next(struct par *P, int i, long *acc, int nacc)
{
	if (P->jobs <= 1)
		return true;
	if (P->self >= 0) { /* a worker */
		if (P->cur >= 0)
			send_current(P, acc, nacc);
		if (i % P->jobs != P->self)
			return false;
		fflush(stdout);
		fflush(stderr);
		for (int s = 0; s < 2; s++)
			if (ftruncate(P->cap[s], 0) != 0 || lseek(P->cap[s], 0, SEEK_SET) != 0)
				_exit(3);
		P->cur = i;
		P->e0 = P->d->errors;
		P->w0 = P->d->warnings;
		P->s0 = P->d->suppressed;
		P->nacc = nacc;
		for (int j = 0; j < nacc && j < PAR_MAX_ACC; j++)
			P->acc0[j] = acc[j];
		return true;
	}
	/* The parent: file i's record comes from worker i % jobs. */
	int k = i % P->jobs;
	if (P->rd[k] < 0)
		return true;
	struct par_rec r;
	char *out = NULL, *err = NULL;
	bool ok = read_all(P->rd[k], &r, sizeof r) && r.i == i;
	if (ok) {
		out = xmalloc(r.nout + 1);
		err = xmalloc(r.nerr + 1);
		ok = read_all(P->rd[k], out, r.nout) && read_all(P->rd[k], err, r.nerr);
	}
	if (!ok) { /* the worker died: its files are the parent's now */
		close(P->rd[k]);
		P->rd[k] = -1;
		free(out);
		free(err);
		return true;
	}
	bool dirty = r.e || r.w || r.s || r.nout || r.nerr;
	bool run = P->replay && dirty;
	if (!run) {
		fflush(stderr);
		fwrite(out, 1, r.nout, stdout);
		fflush(stdout);
		fwrite(err, 1, r.nerr, stderr);
		P->d->errors += r.e;
		P->d->warnings += r.w;
		P->d->suppressed += r.s;
		for (int j = 0; j < nacc && j < PAR_MAX_ACC; j++)
			acc[j] += (long)r.acc[j];
	}
	free(out);
	free(err);
	return run;
}

void par_finish(struct par *P, const long *acc, int nacc)
{
	if (P->jobs <= 1)
		return;
	if (P->self >= 0) {
		if (P->cur >= 0)
			send_current(P, acc, nacc);
		close(P->wr);
		_exit(0); /* a worker's files are done; the parent prints the rest */
	}
	for (int k = 0; k < P->jobs; k++) {
		if (P->rd[k] >= 0)
			close(P->rd[k]);
		if (P->pid[k] > 0)
			while (waitpid(P->pid[k], NULL, 0) < 0 && errno == EINTR)
				;
	}
}

int par_option(int argc, char **argv, int *i, int *jobs)
{
	const char *a = argv[*i], *v;
	if (strcmp(a, "-j") == 0 || strcmp(a, "--jobs") == 0)
		v = *i + 1 < argc ? argv[++*i] : "";
	else if (strncmp(a, "-j", 2) == 0 && a[2] >= '0' && a[2] <= '9')
		v = a + 2;
	else if (strncmp(a, "--jobs=", 7) == 0)
		v = a + 7;
	else
		return 0;
	char *end;
	long n = strtol(v, &end, 10);
	if (!*v || *end || n < 1 || n > PAR_MAX_JOBS) {
		fprintf(stderr, "reglc: error: -j takes a number of jobs from 1 to %d\n",
			PAR_MAX_JOBS);
		return -1;
	}
	*jobs = (int)n;
	return 1;
}
