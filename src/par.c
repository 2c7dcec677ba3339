/*
 * par.c — `-j N` by worker processes (see par.h).
 *
 * Processes, not threads: each worker has its own copy of everything the
 * compiler keeps per process (the Graphviz context, the calendar, the
 * diagnostics sink), so no code needs to be thread-safe, and a worker's
 * output is captured by pointing its file descriptors 1 and 2 at two
 * temporary files, emptied before each file.
 *
 * Files are handed out as workers become free, not dealt in advance: a
 * page of shared memory holds one owner slot per file, and a free worker
 * claims the first unowned file at or after its position with one
 * compare-and-swap (C11 atomics, lock-free, so they work across
 * processes).  Claiming and owning are one step, so a worker that dies
 * can leave only files it owns, which the parent then runs itself.  The
 * parent prints in input order: it polls every worker's pipe, keeps the
 * records that arrive early (at most one per worker ahead of the one it
 * needs), and takes the next file's record when it is there.
 */
#define _DEFAULT_SOURCE 1 /* MAP_ANONYMOUS */
#include "par.h"

#include <errno.h>
#include <poll.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
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

/* A record the parent has read, with its output. */
struct par_got {
	struct par_rec r;
	char *out, *err;
};

/* Owner slots: 0 free, k + 1 worker k, PAR_PARENT the parent. */
#define PAR_PARENT (PAR_MAX_JOBS + 1)

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
	void *m = mmap(NULL, (size_t)nfiles * sizeof(atomic_int), PROT_READ | PROT_WRITE,
		       MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	if (m == MAP_FAILED) { /* no shared page: one process does it all */
		P->jobs = 1;
		return;
	}
	P->owner = m;
	for (int i = 0; i < nfiles; i++)
		atomic_init(&P->owner[i], 0);
	P->got = xcalloc((size_t)nfiles, sizeof *P->got);
	P->mine = -1;
	const char *die = getenv("REGLC_TEST_WORKER_EXIT");
	P->die_at = die && *die ? atoi(die) : -1;
	fflush(NULL); /* nothing buffered may be printed twice */
	for (int k = 0; k < P->jobs; k++) {
		int fds[2];
		pid_t pid = -1;
		if (pipe(fds) == 0 && (pid = fork()) < 0) {
			close(fds[0]);
			close(fds[1]);
		}
		if (pid < 0) { /* no more workers: the others share the files */
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
			free(P->got);
			P->got = NULL;
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

/* Worker: the output buffer to the parent. */
static void ob_room(struct par *P, size_t n)
{
	if (P->obcap - P->obn < n) {
		P->obcap = P->obcap * 2 > P->obn + n ? P->obcap * 2 : P->obn + n;
		P->ob = xrealloc(P->ob, P->obcap);
	}
}

static void ob_put(struct par *P, const void *p, size_t n)
{
	ob_room(P, n);
	memcpy(P->ob + P->obn, p, n);
	P->obn += n;
}

static void ob_flush(struct par *P)
{
	if (P->obn && !write_all(P->wr, P->ob, P->obn))
		_exit(3);
	P->obn = 0;
	P->obrecs = 0;
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
	for (int s = 0; s < 2; s++) { /* written from 0 on: the offset is the size */
		n[s] = lseek(P->cap[s], 0, SEEK_CUR);
		if (n[s] < 0)
			n[s] = 0;
		P->ncap[s] = n[s];
	}
	r.nout = (uint64_t)n[0];
	r.nerr = (uint64_t)n[1];
	/* Records of silent files wait in a buffer, up to PAR_BATCH of them,
	   and go in one write; a file that printed goes at once (with the
	   ones before it), so that its output is not held back. */
	ob_put(P, &r, sizeof r);
	for (int s = 0; s < 2; s++)
		for (off_t at = 0; at < n[s];) {
			size_t want = (size_t)(n[s] - at) < (1u << 16) ? (size_t)(n[s] - at)
									: 1u << 16;
			ob_room(P, want);
			ssize_t k = pread(P->cap[s], P->ob + P->obn, want, at);
			if (k <= 0)
				_exit(3);
			P->obn += (size_t)k;
			at += k;
		}
	if (++P->obrecs >= PAR_BATCH || n[0] || n[1])
		ob_flush(P);
	P->cur = -1;
}

static void par_poll(struct par *P);

bool par_next(struct par *P, int i, long *acc, int nacc)
{
	if (P->jobs <= 1)
		return true;
	if (P->self >= 0) { /* a worker */
		if (P->cur >= 0)
			send_current(P, acc, nacc);
		if (P->mine < i) { /* free: claim the first unowned file from i */
			P->mine = P->nfiles;
			for (int j = i; j < P->nfiles; j++) {
				int want = 0;
				if (atomic_compare_exchange_strong(&P->owner[j], &want,
								   P->self + 1)) {
					P->mine = j;
					break;
				}
			}
		}
		if (i != P->mine)
			return false;
		if (P->die_at >= 0 && i >= P->die_at)
			_exit(3); /* the test hook: a worker that dies holding a file */
		fflush(stdout);
		fflush(stderr);
		for (int s = 0; s < 2; s++) /* emptied only when the last file wrote */
			if (P->ncap[s] && (ftruncate(P->cap[s], 0) != 0 ||
					   lseek(P->cap[s], 0, SEEK_SET) != 0))
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
	/* The parent: wait for file i's record, or run the file itself when
	 * its owner died or no worker is left to claim it. */
	struct par_got *g;
	while (!(g = P->got[i])) {
		int o = atomic_load(&P->owner[i]);
		bool alive = false;
		for (int k = 0; k < P->jobs; k++)
			alive |= P->rd[k] >= 0;
		if (o == 0 && !alive) {
			int want = 0;
			if (atomic_compare_exchange_strong(&P->owner[i], &want, PAR_PARENT))
				return true;
			continue;
		}
		if (o == PAR_PARENT || (o > 0 && P->rd[o - 1] < 0))
			return true; /* its worker died before sending it */
		par_poll(P);
	}
	P->got[i] = NULL;
	struct par_rec r = g->r;
	char *out = g->out, *err = g->err;
	free(g);
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

/* Parent: wait until some worker's pipe has something, and read one whole
 * record from each that has; a pipe at its end, or a broken record, marks
 * its worker dead. */
static void par_poll(struct par *P)
{
	struct pollfd pf[PAR_MAX_JOBS];
	int who[PAR_MAX_JOBS], n = 0;
	for (int k = 0; k < P->jobs; k++)
		if (P->rd[k] >= 0) {
			pf[n] = (struct pollfd){ .fd = P->rd[k], .events = POLLIN };
			who[n++] = k;
		}
	if (n == 0)
		return;
	while (poll(pf, (nfds_t)n, -1) < 0)
		if (errno != EINTR)
			return;
	for (int x = 0; x < n; x++) {
		if (!pf[x].revents)
			continue;
		int k = who[x];
		struct par_in *in = &P->in[k];
		if (in->cap - in->n < (1u << 16)) {
			in->cap = in->cap ? 2 * in->cap : 1u << 17;
			in->buf = xrealloc(in->buf, in->cap);
		}
		ssize_t got = read(P->rd[k], in->buf + in->n, in->cap - in->n);
		if (got < 0 && errno == EINTR)
			continue;
		bool ok = got > 0;
		if (ok)
			in->n += (size_t)got;
		/* Every whole record in the buffer; a broken one, or the end
		   of the pipe, means the worker died: its unsent files are
		   the parent's. */
		size_t at = 0;
		while (ok && in->n - at >= sizeof(struct par_rec)) {
			struct par_rec r;
			memcpy(&r, in->buf + at, sizeof r);
			if (r.i < 0 || r.i >= P->nfiles || P->got[r.i] ||
			    atomic_load(&P->owner[r.i]) != k + 1 || r.nout > in->n ||
			    r.nerr > in->n) {
				ok = false;
				break;
			}
			size_t len = sizeof r + (size_t)r.nout + (size_t)r.nerr;
			if (in->n - at < len)
				break;
			struct par_got *g = xcalloc(1, sizeof *g);
			g->r = r;
			g->out = xmalloc(r.nout + 1);
			g->err = xmalloc(r.nerr + 1);
			memcpy(g->out, in->buf + at + sizeof r, r.nout);
			memcpy(g->err, in->buf + at + sizeof r + r.nout, r.nerr);
			P->got[r.i] = g;
			at += len;
		}
		memmove(in->buf, in->buf + at, in->n - at);
		in->n -= at;
		if (!ok) {
			close(P->rd[k]);
			P->rd[k] = -1;
			in->n = 0;
		}
	}
}

void par_finish(struct par *P, const long *acc, int nacc)
{
	if (P->jobs <= 1)
		return;
	if (P->self >= 0) {
		if (P->cur >= 0)
			send_current(P, acc, nacc);
		ob_flush(P);
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
	/* Records of files the loop never asked for (it stopped early). */
	for (int i = 0; i < P->nfiles; i++)
		if (P->got[i]) {
			free(P->got[i]->out);
			free(P->got[i]->err);
			free(P->got[i]);
		}
	free(P->got);
	for (int k = 0; k < P->jobs; k++)
		free(P->in[k].buf);
	munmap(P->owner, (size_t)P->nfiles * sizeof(atomic_int));
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
