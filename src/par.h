/*
 * par.h — `-j N`: files compiled by N worker processes, output in input
 * order, byte for byte what one process prints (docs/performance.md).
 *
 * Contract: a command keeps its sequential loop over the files and asks
 * par_next at the top of each iteration whether to run the body:
 *
 *     struct par P;
 *     par_start(&P, nfiles, jobs, &d);
 *     for (int i = 0; i < nfiles; i++) {
 *             long acc[K] = { ...the command's running totals... };
 *             bool run = par_next(&P, i, acc, K);
 *             ...copy acc back into the totals...
 *             if (!run)
 *                     continue;
 *             ...the body, unchanged...
 *     }
 *     long acc[K] = { ... };
 *     par_finish(&P, acc, K);      (a worker never returns from it)
 *
 * With one job par_next always says yes and nothing forks.  With N, N
 * worker processes are forked; a worker that is free claims the next file
 * nobody has claimed and runs its body, its stdout and stderr captured,
 * and sends the parent the file's output and the changes of d's counts
 * and of acc.
 * The parent, in input order, writes the output and adds the changes
 * (and does not run the body) — when the output is plain text without
 * --max-errors.  JSON, SARIF and --max-errors carry state from file to
 * file, so there the parent runs again, itself, the bodies of the files
 * that printed or counted anything; clean files are never run twice.  A
 * worker that dies leaves its file to the parent, which runs it itself
 * (tests/parallel/run.sh makes workers die with REGLC_TEST_WORKER_EXIT).
 */
#ifndef REGLC_PAR_H
#define REGLC_PAR_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stdio.h>
#include <sys/types.h>

#include "diag.h"

#define PAR_MAX_JOBS 64
#define PAR_MAX_ACC 8
#define PAR_BATCH 8 /* silent files' records a worker sends in one write */

/* What the parent has read from one worker and not yet taken apart. */
struct par_in {
	char *buf;
	size_t n, cap;
};

/* One run of files over workers. */
struct par {
	int jobs;                 /* worker processes; 1: none */
	int nfiles;               /* files in the run */
	int self;                 /* in a worker: its number; -1 in the parent */
	bool replay;              /* parent re-runs files that printed or counted */
	struct diags *d;          /* the command's sink */
	pid_t pid[PAR_MAX_JOBS];  /* the workers (parent) */
	int rd[PAR_MAX_JOBS];     /* their pipes, read end (parent); -1: closed */
	int wr;                   /* the pipe to the parent (worker) */
	int cap[2];               /* captured stdout and stderr (worker) */
	off_t ncap[2];            /* what the last file left in them */
	int cur;                  /* the file being run (worker); -1: none */
	size_t e0, w0, s0;        /* d's counts when it began */
	long acc0[PAR_MAX_ACC];   /* acc when it began */
	int nacc;
	atomic_int *owner;        /* per file: who claimed it (shared memory) */
	struct par_got **got;     /* records read ahead of their turn (parent) */
	int mine;                 /* the file this worker claimed (worker) */
	char *ob;                 /* records not yet sent (worker) */
	size_t obn, obcap;
	int obrecs;               /* how many */
	struct par_in in[PAR_MAX_JOBS]; /* per worker (parent) */
	int die_at;               /* test hook: REGLC_TEST_WORKER_EXIT=N makes a
				     worker exit when it claims file N or later */
};

/* Fork the workers (jobs > 1, nfiles > 1); every stdio stream is flushed
 * first.  Returns in the parent and in each worker. */
void par_start(struct par *P, int nfiles, int jobs, struct diags *d);
/* Should this process run the body for file i?  See above. */
bool par_next(struct par *P, int i, long *acc, int nacc);
/* After the loop: a worker reports its last file and exits; the parent
 * reaps the workers. */
void par_finish(struct par *P, const long *acc, int nacc);

/* `-j N`, `-jN`, `--jobs N`, `--jobs=N` at argv[*i]: 1 taken (into *jobs),
 * 0 not this option, -1 malformed (printed). */
int par_option(int argc, char **argv, int *i, int *jobs);

#endif
