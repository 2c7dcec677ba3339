/*
 * cmd_build.c — `reglc build`: the diagrams of every route of every
 * regulation given, in every language and format asked for.
 *
 *   reglc build [-o DIR] [--lang kk,ru] [-T LIST] [options] FILE...
 *
 * Contract (docs/output.md):
 *  - Per regulation it writes DIR/<id>/<diagram>.<route>.<lang>.<format>,
 *    <diagram> being appendix-2, appendix-3 and (for routes through
 *    information systems) systems.  Defaults: DIR out, Kazakh, SVG.
 *  - Beside them, per language, the handbook of the regulation
 *    (handbook.c): DIR/<id>/handbook.<lang>.html and .md, with the
 *    findings of the file, which are copied before they are printed.
 *  - A file with errors in its structure (anything up to and including
 *    sema) builds nothing; findings of the model checks and the timing
 *    analysis are reported and the pictures still drawn, marked.
 *  - Every file is written to a temporary name in its folder and renamed
 *    into place once complete, so a failed or interrupted run leaves no
 *    half-written file (an interrupt removes the temporary file).
 *  - Names in paths are checked: the regulation id must be [a-z0-9_-]+;
 *    a route id (any script) is transliterated to [a-z0-9_-], never "/"
 *    or "..", and made unique within its regulation.
 *  - Exit status: 0 clean, 1 errors (or warnings under -Werror), 2 bad
 *    usage, an unreadable input or an output that cannot be written.
 */
#include <errno.h>
#include <signal.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include "arena.h"
#include "calendar.h"
#include "diag.h"
#include "cli.h"
#include "gv.h"
#include "handbook.h"
#include "lang.h"
#include "model.h"
#include "output.h"
#include "par.h"
#include "view.h"
#include "utf8.h"

/* Longest path reglc builds; longer output folders are refused. */
#define BUILD_PATH_MAX 4096
/* Longest route part of a file name, in bytes. */
#define ROUTE_NAME_MAX 80
/* Largest route drawn, in model nodes: Graphviz's dot layout grows faster
 * than linearly (600 steps of 3 actors take 5 s, 3000 steps minutes), and no regulation
 * has a route of more than a few dozen steps (docs/limits.md). */
#define BUILD_MAX_NODES 500

static void build_usage(FILE *f)
{
	char names[128], deflt[128];
	output_names(names, sizeof names);
	size_t k = 0;
	deflt[0] = '\0';
	for (size_t i = 0; i < output_count; i++)
		if (output_table[i].deflt)
			k += (size_t)snprintf(deflt + k, sizeof deflt - k, "%s%s", k ? ", " : "",
					      output_table[i].name);
	fputs("usage: reglc build [-o DIR] [--lang kk,ru] [-T LIST] [options] FILE...\n"
	      "\n"
	      "  -o DIR                           output folder (out)\n"
	      "  --lang LIST                      languages: kk, ru (kk)\n", f);
	fprintf(f, "  -T LIST                          formats: %s (%s)\n", names, deflt);
	fputs("  --list-formats                   what each format writes\n"
	      "  -j N                             build with N processes (same output)\n"
	      "  -MD                              write a make-style dependency file\n"
	      "                                   DIR/ID/ID.d per regulation\n"
	      "  --diagnostics-format=text|json|sarif, --color=WHEN, --messages LANG,\n"
	      "  -WCODE, -Wno-CODE, --max-errors N  as for check (reglc --help)\n"
	      "  -Werror                          treat warnings as errors\n"
	      "  --calendar FILE                  a calendar instead of the built-in one\n"
	      "\n"
	      "writes DIR/<regulation>/appendix-2.<route>.<lang>.<format>,\n"
	      "appendix-3.<route>.<lang>.<format>, systems.<route>.<lang>.<format>\n"
	      "and handbook.<lang>.html, handbook.<lang>.md (see docs/output.md)\n",
	      f);
}

/* ---- interrupted writes ------------------------------------------------------ */

/* The temporary file being written, removed if a signal ends the run. */
static char tmp_path[BUILD_PATH_MAX];
static volatile sig_atomic_t tmp_live;

/* Remove the half-written file, then die of the signal as usual
 * (unlink, signal and raise are async-signal-safe). */
static void on_signal(int sig)
{
	if (tmp_live)
		unlink(tmp_path);
	signal(sig, SIG_DFL);
	raise(sig);
}

/* SIGINT and friends end the run without leaving a temporary file; the
 * handler does only async-signal-safe things. */
static void catch_signals(void)
{
	static const int sigs[] = { SIGINT, SIGTERM, SIGHUP, SIGPIPE };
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	for (size_t i = 0; i < sizeof sigs / sizeof sigs[0]; i++)
		sigaction(sigs[i], &sa, NULL);
#ifdef SIGXFSZ
	/* Past a file-size limit, a write fails with EFBIG (reported, the
	 * temporary file removed) instead of killing the process. */
	signal(SIGXFSZ, SIG_IGN);
#endif
}

/* ---- names ------------------------------------------------------------------------ */

/* A regulation id can name a folder: [a-z0-9_-]+, and not too long. */
static bool valid_reg_id(const char *id)
{
	if (!id || !*id || strlen(id) > ROUTE_NAME_MAX)
		return false;
	for (const char *p = id; *p; p++)
		if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '_' ||
		      *p == '-'))
			return false;
	return true;
}

/* Latin for a Cyrillic letter of Kazakh or Russian (lower case), or NULL. */
static const char *translit(uint32_t c)
{
	/* upper case to lower case */
	if (c >= 0x410 && c <= 0x42F)
		c += 0x20;
	else if (c >= 0x400 && c <= 0x40F)
		c += 0x50;
	else if ((c >= 0x490 && c <= 0x4FF) && c % 2 == 0 && c != 0x4C0)
		c += 1;
	static const char *const basic[32] = {
		"a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p",
		"r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya",
	};
	if (c >= 0x430 && c <= 0x44F)
		return basic[c - 0x430];
	switch (c) {
	case 0x451: return "yo";
	case 0x456: return "i";  /* і */
	case 0x4D9: return "ae"; /* ә */
	case 0x493: return "gh"; /* ғ */
	case 0x49B: return "q";  /* қ */
	case 0x4A3: return "ng"; /* ң */
	case 0x4E9: return "oe"; /* ө */
	case 0x4B1: return "u";  /* ұ */
	case 0x4AF: return "ue"; /* ү */
	case 0x4BB: return "h";  /* һ */
	default: return NULL;
	}
}

/*
 * The file-name form of a route id: ASCII letters (lower-cased), digits,
 * '_' and '-' as they are; Kazakh and Russian letters transliterated; any
 * other character as u<hex>.  Identifiers have no '.' or '/', and nothing
 * here can produce one.  Cut at ROUTE_NAME_MAX bytes.
 */
static void route_file_name(const char *id, char *out, size_t n)
{
	size_t k = 0;
	out[0] = '\0';
	for (const unsigned char *p = (const unsigned char *)id; *p && k + 12 < n;) {
		uint32_t c;
		size_t len = utf8_decode((const char *)p, strlen((const char *)p), &c);
		if (!len)
			len = 1; /* ids are valid UTF-8: source_validate saw to it */
		p += len;
		char piece[16];
		const char *t;
		if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-') {
			piece[0] = (char)c;
			piece[1] = '\0';
			t = piece;
		} else if (c >= 'A' && c <= 'Z') {
			piece[0] = (char)(c - 'A' + 'a');
			piece[1] = '\0';
			t = piece;
		} else if ((t = translit(c)) == NULL) {
			snprintf(piece, sizeof piece, "u%x", (unsigned)c);
			t = piece;
		}
		size_t tl = strlen(t);
		if (k + tl >= n || k + tl > ROUTE_NAME_MAX)
			break;
		memcpy(out + k, t, tl);
		k += tl;
		out[k] = '\0';
	}
	if (k == 0)
		snprintf(out, n, "route");
}

/* ---- folders and files ------------------------------------------------------------- */

/* mkdir -p: create path and its parents; false (errno set) on failure. */
static bool make_dirs(const char *path)
{
	char buf[BUILD_PATH_MAX];
	size_t n = strlen(path);
	if (n == 0 || n >= sizeof buf) {
		errno = ENAMETOOLONG;
		return false;
	}
	memcpy(buf, path, n + 1);
	for (size_t i = 1; i <= n; i++) {
		if (buf[i] != '/' && buf[i] != '\0')
			continue;
		char c = buf[i];
		buf[i] = '\0';
		if (mkdir(buf, 0777) != 0 && errno != EEXIST)
			return false;
		buf[i] = c;
	}
	struct stat st;
	if (stat(path, &st) != 0)
		return false;
	if (!S_ISDIR(st.st_mode)) {
		errno = ENOTDIR;
		return false;
	}
	return true;
}

/* What one run of the command keeps. */
struct build {
	struct gv *gv;
	const char *outdir;
	unsigned langs;   /* bit per enum lang */
	unsigned outputs; /* bit per output_table entry */
	size_t written;   /* files written */
	bool io_failed;   /* an output could not be written */
	bool gv_failed;   /* Graphviz refused a diagram */
	char **inputs;    /* the input files, never to be replaced by an output */
	int ninputs;
	bool depfile;     /* -MD: a make-style DIR/ID/ID.d per regulation */
	const char *calendar; /* --calendar FILE (a prerequisite), or NULL */
	const char *text; /* the legal text of the regulation being built (a
			     prerequisite: its findings are in the handbook),
			     or NULL */
	mode_t file_mode; /* what open() would give new files (0666 less umask) */
	char *targets;    /* -MD: the files written for this regulation, */
	size_t tlen, tcap; /* make-escaped, each after a space */
};

/* Append s to B->targets escaped for make: `$` doubled, space, `#`, `:`
 * and backslash escaped with a backslash. */
static void dep_append(struct build *B, const char *s)
{
	size_t need = B->tlen + 2 * strlen(s) + 2;
	if (need > B->tcap) {
		B->tcap = need * 2;
		B->targets = xrealloc(B->targets, B->tcap);
	}
	B->targets[B->tlen++] = ' ';
	for (; *s; s++) {
		if (*s == '$')
			B->targets[B->tlen++] = '$';
		else if (*s == ' ' || *s == '#' || *s == ':' || *s == '\\')
			B->targets[B->tlen++] = '\\';
		B->targets[B->tlen++] = *s;
	}
	B->targets[B->tlen] = '\0';
}

/* The .d file: every output of the regulation depends on its source, on
 * the calendar file and on its legal text; the sources get empty rules
 * (like cc -MP) so make does not stop when one is renamed. */
struct dep_out {
	struct build *B;
	const char *path; /* the .regl file */
};

static bool emit_depfile(FILE *fp, void *ctx)
{
	struct dep_out *o = ctx;
	struct build *B = o->B;
	size_t mark = B->tlen;
	char *targets = xmalloc(B->tlen + 1);
	memcpy(targets, B->targets ? B->targets : "", B->tlen + 1);
	B->tlen = 0;
	dep_append(B, o->path);
	if (B->calendar)
		dep_append(B, B->calendar);
	if (B->text)
		dep_append(B, B->text);
	fprintf(fp, "%s:%s\n", targets + (mark ? 1 : 0), B->targets);
	fprintf(fp, "\n%s:\n", B->targets + 1);
	free(targets);
	B->tlen = 0;
	return !ferror(fp);
}

/* Print what Graphviz said, if anything, under the file and diagram. */
static void print_gv_messages(struct build *B, const char *what)
{
	const char *m = gv_messages(B->gv);
	if (!m)
		return;
	for (const char *line = m; *line;) {
		const char *nl = strchr(line, '\n');
		size_t len = nl ? (size_t)(nl - line) : strlen(line);
		if (len)
			fprintf(stderr, "reglc: %s: graphviz: %.*s\n", what, (int)len, line);
		line += len + (nl ? 1 : 0);
	}
}

/*
 * Write dir/name with emit(fp, ctx) (a diagram, a handbook): into a
 * temporary file in the same folder (so rename is atomic), renamed into
 * place once complete, removed on any failure.  No fsync: the promise is
 * no half file after a failed run, not durability across a power cut.
 * emit returns false on failure; the stream's error flag tells a failed
 * write from a failed rendering.
 */
static bool write_file(struct build *B, const char *dir, const char *name,
		       bool (*emit)(FILE *fp, void *ctx), void *ctx)
{
	char path[BUILD_PATH_MAX];
	if ((size_t)snprintf(path, sizeof path, "%s/%s", dir, name) >= sizeof path ||
	    (size_t)snprintf(tmp_path, sizeof tmp_path, "%s/.%s.XXXXXX", dir, name) >=
		    sizeof tmp_path) {
		fprintf(stderr, "reglc: error: cannot write '%s/%s': the path is too long\n", dir,
			name);
		B->io_failed = true;
		return false;
	}
	/* An output never takes the place of an input (-o at the inputs'
	 * folder, an input named like an output). */
	struct stat out_st, in_st;
	if (lstat(path, &out_st) == 0)
		for (int i = 0; i < B->ninputs; i++)
			if (stat(B->inputs[i], &in_st) == 0 && in_st.st_dev == out_st.st_dev &&
			    in_st.st_ino == out_st.st_ino) {
				fprintf(stderr, "reglc: error: cannot write '%s': it is the input "
					"file '%s'\n", path, B->inputs[i]);
				B->io_failed = true;
				return false;
			}
	/* The file and the handler's knowledge of it come into being together:
	 * a signal between the two would leave the file behind. */
	sigset_t block, old;
	sigemptyset(&block);
	sigaddset(&block, SIGINT);
	sigaddset(&block, SIGTERM);
	sigaddset(&block, SIGHUP);
	sigaddset(&block, SIGPIPE);
	sigprocmask(SIG_BLOCK, &block, &old);
	int fd = mkstemp(tmp_path);
	int mkerr = errno;
	tmp_live = fd >= 0;
	sigprocmask(SIG_SETMASK, &old, NULL);
	if (fd < 0) {
		fprintf(stderr, "reglc: error: cannot write in '%s': %s\n", dir, strerror(mkerr));
		B->io_failed = true;
		return false;
	}
	FILE *fp = fdopen(fd, "wb");
	bool ok = fp != NULL && fchmod(fd, B->file_mode) == 0;
	int err = ok ? 0 : errno;
	bool render_failed = false;
	if (ok && !emit(fp, ctx)) {
		ok = false;
		if (ferror(fp))
			err = errno ? errno : EIO;
		else
			render_failed = true;
	}
	/* The error flag too: Graphviz flushes the stream itself and ignores a
	 * failure, after which our fflush has nothing left to fail on. */
	if (ok && (fflush(fp) != 0 || ferror(fp))) {
		ok = false;
		err = errno ? errno : EIO;
	}
	if (fp) {
		if (fclose(fp) != 0 && ok) {
			ok = false;
			err = errno;
		}
	} else {
		close(fd);
	}
	sigprocmask(SIG_BLOCK, &block, NULL);
	if (ok && rename(tmp_path, path) != 0) {
		ok = false;
		err = errno;
	}
	if (!ok)
		unlink(tmp_path);
	tmp_live = 0;
	sigprocmask(SIG_SETMASK, &old, NULL);
	print_gv_messages(B, path);
	if (!ok) {
		if (render_failed) {
			fprintf(stderr, "reglc: error: Graphviz could not render '%s'\n", path);
			B->gv_failed = true;
		} else {
			fprintf(stderr, "reglc: error: cannot write '%s': %s\n", path,
				strerror(err ? err : EIO));
			B->io_failed = true;
		}
		return false;
	}
	B->written++;
	if (B->depfile)
		dep_append(B, path);
	return true;
}

/* What write_file writes: one file of an output (output.h). */
struct output_out {
	const struct output *o;
	const struct output_job *job;
};

static bool emit_output(FILE *fp, void *ctx)
{
	const struct output_out *x = ctx;
	return x->o->write(fp, x->job);
}

/* Unique file-name forms of reg's route ids, in source order (what the
 * view names them by); free with free(). */
static char (*route_names(const struct m_reg *reg))[ROUTE_NAME_MAX + 16]
{
	char (*names)[ROUTE_NAME_MAX + 16] = xcalloc(reg->nroutes + 1, sizeof *names);
	for (size_t r = 0; r < reg->nroutes; r++) {
		char base[ROUTE_NAME_MAX + 1];
		route_file_name(reg->routes[r]->id, base, sizeof base);
		snprintf(names[r], sizeof names[r], "%s", base);
		for (unsigned k = 2;; k++) {
			bool clash = false;
			for (size_t q = 0; q < r && !clash; q++)
				clash = strcmp(names[q], names[r]) == 0;
			if (!clash)
				break;
			snprintf(names[r], sizeof names[r], "%s-%u", base, k);
		}
	}
	return names;
}

/* Whether output o is built. */
static bool wanted(const struct build *B, const struct output *o)
{
	return (B->outputs >> (o - output_table)) & 1u;
}

/* Diagram d rendered as SVG into memory (its one layout made now), or
 * fig->svg NULL when Graphviz cannot. */
static void render_svg(struct build *B, struct gv_diagram *d, struct hb_figure *fig,
		       const char *what)
{
	char *buf = NULL;
	size_t n = 0;
	FILE *m = open_memstream(&buf, &n);
	bool ok = m && gv_write(d, GV_SVG, m);
	if (m && fclose(m) != 0)
		ok = false;
	print_gv_messages(B, what);
	if (!ok) {
		free(buf);
		buf = NULL;
		n = 0;
	}
	fig->svg = buf;
	fig->n = n;
}

/*
 * Every output of one compiled regulation, from its views (one per
 * language built, view.h).  Each diagram is built and laid out once; its
 * SVG, rendered once, is the .svg file and the HTML handbook's figure.
 */
static void build_reg(struct build *B, const struct m_reg *reg, const char *path,
		      struct view *const *views, const char (*names)[ROUTE_NAME_MAX + 16])
{
	if (!valid_reg_id(reg->id)) {
		fprintf(stderr, "reglc: error: %s: the regulation id cannot name a folder "
			"(it must be [a-z0-9_-]+)\n", path);
		B->io_failed = true;
		return;
	}
	bool too_big = false;
	for (size_t r = 0; r < reg->nroutes; r++)
		if (reg->routes[r]->nnodes > BUILD_MAX_NODES) {
			fprintf(stderr, "reglc: error: %s: route %s has %zu steps and decisions; "
				"reglc draws routes of at most %d (docs/limits.md)\n", path,
				reg->routes[r]->id, reg->routes[r]->nnodes, BUILD_MAX_NODES);
			too_big = true;
		}
	if (too_big) {
		fprintf(stderr, "reglc: %s: nothing built\n", path);
		B->gv_failed = true;
		return;
	}
	char dir[BUILD_PATH_MAX];
	if ((size_t)snprintf(dir, sizeof dir, "%s/%s", B->outdir, reg->id) >= sizeof dir ||
	    !make_dirs(dir)) {
		fprintf(stderr, "reglc: error: cannot create the folder '%s': %s\n", dir,
			strerror(errno));
		B->io_failed = true;
		return;
	}
	/* The regulation's folder must be a folder, not a link out of DIR. */
	struct stat dst;
	if (lstat(dir, &dst) != 0 || !S_ISDIR(dst.st_mode)) {
		fprintf(stderr, "reglc: error: '%s' is a symbolic link or not a folder; "
			"reglc writes only into real folders under '%s'\n", dir, B->outdir);
		B->io_failed = true;
		return;
	}
	/* What the chosen outputs need. */
	unsigned need = 0;
	bool svg_file = false;
	for (size_t i = 0; i < output_count; i++)
		if (wanted(B, &output_table[i])) {
			need |= output_table[i].needs;
			svg_file |= output_table[i].scope == OUT_DRAWING &&
				    output_table[i].renderer == GV_SVG;
		}
	bool figures = (need & OUT_NEEDS_FIGURES) != 0;
	size_t nfig = reg->nroutes * GV__KINDS;
	struct hb_figure *figs[LANG__COUNT] = { 0 };
	for (int l = 0; l < LANG__COUNT; l++)
		if (views[l] && figures)
			figs[l] = xcalloc(nfig + 1, sizeof *figs[l]);
	bool drawings = (need & (OUT_NEEDS_DRAWING | OUT_NEEDS_FIGURES)) != 0;
	for (size_t r = 0; r < reg->nroutes && drawings && !B->io_failed; r++) {
		const struct m_route *route = reg->routes[r];
		for (int k = 0; k < GV__KINDS; k++) {
			if (!gv_route_has(route, (enum gv_kind)k))
				continue;
			for (int l = 0; l < LANG__COUNT; l++) {
				if (!views[l])
					continue;
				char what[BUILD_PATH_MAX];
				snprintf(what, sizeof what, "%s: route %s, %s (%s)", path, route->id,
					 gv_kind_name((enum gv_kind)k), lang_code((enum lang)l));
				struct gv_diagram *dg = gv_build(B->gv, views[l], r, (enum gv_kind)k);
				print_gv_messages(B, what);
				if (!dg) {
					fprintf(stderr, "reglc: error: %s: Graphviz refused the graph\n",
						what);
					B->gv_failed = true;
					continue;
				}
				struct hb_figure own = { 0 };
				struct hb_figure *fig = figs[l] ? &figs[l][r * GV__KINDS + (size_t)k] : &own;
				if (svg_file || figures)
					render_svg(B, dg, fig, what);
				struct output_job job = { .view = views[l], .route = r,
							  .kind = (enum gv_kind)k, .diagram = dg,
							  .svg = svg_file || figures ? fig : NULL };
				for (size_t i = 0; i < output_count; i++) {
					const struct output *o = &output_table[i];
					if (o->scope != OUT_DRAWING || !wanted(B, o))
						continue;
					char name[ROUTE_NAME_MAX + 64];
					snprintf(name, sizeof name, "%s.%s.%s.%s",
						 gv_kind_name((enum gv_kind)k), names[r],
						 lang_code((enum lang)l), o->name);
					struct output_out x = { o, &job };
					if (!write_file(B, dir, name, emit_output, &x) && B->io_failed)
						break;
				}
				free((char *)own.svg);
				gv_free(dg);
			}
		}
	}
	/* The documents, beside the diagrams they show (docs/output.md). */
	const char *image_ext = NULL;
	for (size_t i = 0; i < output_count && !image_ext; i++) {
		const struct output *o = &output_table[i];
		if (o->scope == OUT_DRAWING && wanted(B, o) &&
		    (o->renderer == GV_SVG || o->renderer == GV_PNG))
			image_ext = o->name;
	}
	for (int l = 0; l < LANG__COUNT && !B->io_failed; l++) {
		if (!views[l])
			continue;
		struct output_job job = { .view = views[l], .figures = figs[l],
					  .image_ext = image_ext };
		for (size_t i = 0; i < output_count; i++) {
			const struct output *o = &output_table[i];
			if (o->scope != OUT_DOCUMENT || !wanted(B, o))
				continue;
			char name[64];
			snprintf(name, sizeof name, "handbook.%s.%s", lang_code((enum lang)l), o->name);
			struct output_out x = { o, &job };
			if (!write_file(B, dir, name, emit_output, &x) && B->io_failed)
				break;
		}
	}
	for (int l = 0; l < LANG__COUNT; l++) {
		for (size_t i = 0; figs[l] && i < nfig; i++)
			free((char *)figs[l][i].svg);
		free(figs[l]);
	}
	if (B->depfile && !B->io_failed && B->tlen) {
		char name[ROUTE_NAME_MAX + 8];
		snprintf(name, sizeof name, "%s.d", reg->id);
		struct dep_out o = { B, path };
		write_file(B, dir, name, emit_depfile, &o);
	}
	B->tlen = 0;
}

/* ---- options ------------------------------------------------------------------------- */

/* The value of an option given as "-o DIR", "-oDIR" or "--lang=LIST";
 * NULL (printed) when it is missing. */
static const char *opt_value(int argc, char **argv, int *i, const char *opt)
{
	const char *a = argv[*i];
	size_t n = strlen(opt);
	if (a[n] == '=' && a[1] == '-')
		return a + n + 1;
	if (a[n] != '\0' && a[1] != '-')
		return a + n;
	if (*i + 1 >= argc) {
		fprintf(stderr, "reglc: error: %s needs a value\n", opt);
		return NULL;
	}
	return argv[++*i];
}

/* Parse "svg,png" into a mask of output_table entries; false (printed)
 * on an unknown name. */
static bool parse_formats(const char *s, unsigned *mask)
{
	for (;;) {
		const char *comma = strchr(s, ',');
		size_t len = comma ? (size_t)(comma - s) : strlen(s);
		const struct output *o = output_find(s, len);
		if (!o) {
			char names[128];
			output_names(names, sizeof names);
			fprintf(stderr, "reglc: error: unknown format '%.*s' (%s)\n", (int)len, s,
				names);
			return false;
		}
		*mask |= 1u << (o - output_table);
		if (!comma)
			return true;
		s = comma + 1;
	}
}

/* The outputs built for the -T mask `named`: those named, and for a scope
 * (drawings, documents) of which none is named, its defaults. */
static unsigned chosen_outputs(unsigned named)
{
	bool scope_named[2] = { false, false };
	for (size_t i = 0; i < output_count; i++)
		if ((named >> i) & 1u)
			scope_named[output_table[i].scope] = true;
	unsigned m = named;
	for (size_t i = 0; i < output_count; i++)
		if (!scope_named[output_table[i].scope] && output_table[i].deflt)
			m |= 1u << i;
	return m;
}

/*
 * Options, then Graphviz (once, before any file: a missing plugin is
 * reported once, not per file), then each file compiled, its findings
 * printed, and its diagrams built when its structure is sound.  An output
 * that cannot be written stops the run: the next files would fail alike.
 */
int cmd_build(int argc, char **argv)
{
	struct common_opts o;
	memset(&o, 0, sizeof o);
	o.format = DF_TEXT;
	struct build B;
	memset(&B, 0, sizeof B);
	B.outdir = "out";
	B.langs = 1u << LANG_KK;
	unsigned formats = 0;
	bool opts_done = false;
	int nfiles = 0;
	int jobs = 1; /* -j N: worker processes (par.h) */
	char **files = xmalloc((size_t)(argc + 1) * sizeof *files);
	B.inputs = files;
	for (int i = 0; i < argc; i++) {
		const char *a = argv[i];
		if (opts_done || a[0] != '-' || a[1] == '\0') {
			files[nfiles++] = argv[i];
			B.ninputs = nfiles;
			continue;
		}
		int r = cli_option(argc, argv, &i, &o);
		if (r == 1)
			continue;
		const char *v = NULL;
		bool bad = r < 0;
		if (r == 0 && strcmp(a, "--") == 0) {
			opts_done = true;
			continue;
		} else if (r == 0 && strncmp(a, "-o", 2) == 0 && (a[2] == '\0' || a[2] != '-')) {
			bad = !(v = opt_value(argc, argv, &i, "-o")) || !*v;
			if (!bad)
				B.outdir = v;
		} else if (r == 0 && (strcmp(a, "--lang") == 0 || strncmp(a, "--lang=", 7) == 0)) {
			char what[32];
			bad = !(v = opt_value(argc, argv, &i, "--lang"));
			if (!bad && !lang_parse_list(v, &B.langs, what, sizeof what)) {
				fprintf(stderr, "reglc: error: unknown language '%s' (kk, ru)\n", what);
				bad = true;
			}
		} else if (r == 0 && strcmp(a, "-MD") == 0) {
			B.depfile = true;
		} else if (r == 0 && strcmp(a, "--list-formats") == 0) {
			output_list(stdout);
			free(files);
			return 0;
		} else if (r == 0 && strncmp(a, "-T", 2) == 0) {
			bad = !(v = opt_value(argc, argv, &i, "-T")) || !parse_formats(v, &formats);
		} else if (r == 0 && (r = par_option(argc, argv, &i, &jobs)) != 0) {
			bad = r < 0;
		} else if (r == 0) {
			fprintf(stderr, "reglc: error: unknown option '%s'\n", a);
			bad = true;
		}
		if (bad) {
			build_usage(stderr);
			free(files);
			return 2;
		}
	}
	B.outputs = chosen_outputs(formats);
	B.calendar = o.calendar;
	if (nfiles == 0) {
		fputs("reglc: error: no input files\n", stderr);
		build_usage(stderr);
		free(files);
		return 2;
	}
	struct session S;
	if (!cli_session(&S, &o, TN_FULL, B.langs)) {
		free(files);
		return 2;
	}
	const struct calendar *cal = &S.cal;
	char err[512];
	/* The renderers the chosen outputs need (the handbook's figures: SVG). */
	unsigned renderers = 0;
	for (size_t i = 0; i < output_count; i++)
		if (wanted(&B, &output_table[i]) && output_table[i].renderer >= 0)
			renderers |= 1u << output_table[i].renderer;
	B.gv = gv_open(renderers, err, sizeof err);
	if (!B.gv) {
		fprintf(stderr, "reglc: error: %s\n", err);
		session_close(&S);
		free(files);
		return 2;
	}
	mode_t mask = umask(0);
	umask(mask);
	B.file_mode = 0666 & ~mask;
	catch_signals();

	struct diags *d = &S.d;
	bool unreadable = false;
	/* -j N: the files are built by N processes (par.h); what each one
	 * adds to these totals travels back with its output. */
	struct par P;
	par_start(&P, nfiles, jobs, d);
	for (int i = 0; i < nfiles; i++) {
		long acc[4] = { unreadable, (long)B.written, B.io_failed, B.gv_failed };
		bool run = par_next(&P, i, acc, 4);
		unreadable = acc[0] != 0;
		B.written = (size_t)acc[1];
		B.io_failed = acc[2] != 0;
		B.gv_failed = acc[3] != 0;
		if (!run && B.io_failed)
			break;
		if (!run)
			continue;
		struct cunit u;
		if (!cli_compile(&S, files[i], &u)) {
			unreadable = true;
			unit_release(&u);
			continue;
		}
		/* The views, one per language, hold the findings in their
		 * languages: made before the sink prints and forgets them. */
		struct view *views[LANG__COUNT] = { 0 };
		char (*names)[ROUTE_NAME_MAX + 16] = NULL;
		if (u.structural && u.reg) {
			diag_settle(d);
			names = route_names(u.reg);
			const char **np = xcalloc(u.reg->nroutes + 1, sizeof *np);
			for (size_t r = 0; r < u.reg->nroutes; r++)
				np[r] = names[r];
			for (int l = 0; l < LANG__COUNT; l++)
				if (B.langs & (1u << l))
					views[l] = view_build(u.reg, (enum lang)l, np, cal, d);
			free(np);
		}
		diag_flush(d);
		B.text = u.text ? u.text->path
			 : S.text && u.reg && !u.reg->meta.source.path ? S.text->path : NULL;
		if (u.structural && u.reg)
			build_reg(&B, u.reg, files[i], views, (const char(*)[ROUTE_NAME_MAX + 16])names);
		else
			fprintf(stderr, "reglc: %s: nothing built: the errors above are in its "
				"structure\n", files[i]);
		for (int l = 0; l < LANG__COUNT; l++)
			view_free(views[l]);
		free(names);
		unit_release(&u);
		if (B.io_failed)
			break;
	}
	long acc[4] = { unreadable, (long)B.written, B.io_failed, B.gv_failed };
	free(files); /* before par_finish: a worker does not return from it */
	files = NULL;
	par_finish(&P, acc, 4);
	diag_finish(d);
	diag_summary(d);
	fprintf(stderr, "reglc: built %zu file%s in %s\n", B.written,
		B.written == 1 ? "" : "s", B.outdir);
	gv_close(B.gv);
	free(B.targets);
	free(files);
	int rc = unreadable || B.io_failed ? 2 : d->errors || B.gv_failed ? 1 : 0;
	session_close(&S);
	return rc;
}
