/* trainer.c - labeled CSV -> features -> libsvm C-SVC with C chosen by cross-validation ->
 * a model directory written atomically. */
#include "internal.h"

#include <cjson/cJSON.h>
#include <dirent.h>
#include <errno.h>
#include <libsvm/svm.h>
#include <linear.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utf8proc.h>
#include <fcntl.h>
#include <stdint.h>

void st_train_opts_default(st_train_opts *o)
{
    memset(o, 0, sizeof *o);
    o->data_path = "-";
    o->text_col = "text";
    o->per_min_rows = 40;
    o->lexicon_dir = "datasets/lexicons";
    st_featopts_default(&o->feat);
    o->kernel = ST_KERNEL_LINEAR;
    o->folds = 5;
    o->seed = 1;
    o->min_count = 2;
}

static const char *const stance_classes[] = {"optimistic", "skeptical", "neutral", NULL};
static const char *const sentiment_classes[] = {"positive", "negative", "neutral", NULL};
static const double c_grid[] = {0.0625, 0.25, 1, 4, 16};

typedef struct {
    size_t line;
    char *text, *doc, *per;
    char **labels; /* one per task, NULL when empty */
    size_t docidx, sentidx;
} trow;

typedef struct {
    const char *col;
    int colidx;
    const char *const *fixed; /* allowed values, or NULL: any */
    char **classes;
    size_t nclass;
    cJSON *json;
} ttask;

typedef struct {
    const st_train_opts *o;
    st_err *err;
    trow *rows;
    size_t nrows, caprows;
    ttask *tasks;
    size_t ntasks;
    st_doc **docs;
    size_t ndocs, capdocs;
    st_lexicon *lex;
    /* features */
    st_dict fdict;
    int *df;
    size_t capdf;
    int **rfeat; /* per row: pairs (id, count) as ints, terminated by -1 */
    size_t *nrfeat;
    int *last_row, *pos_in_row;
    size_t caplast;
    int *cur;
    size_t ncur, capcur;
    int curow;
    int rc;
    /* final vectors */
    size_t nfeat;
    int *remap;
    char **fnames;
    double *idf;
    struct svm_node **x;
    struct svm_node *nodes;
    char *tmpdir;
    int nfiles;
} tctx;

static void progress(const tctx *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void progress(const tctx *c, const char *fmt, ...)
{
    if (!c->o->progress)
        return;
    va_list ap;
    va_start(ap, fmt);
    fputs("stance-train: ", c->o->progress);
    vfprintf(c->o->progress, fmt, ap);
    fputc('\n', c->o->progress);
    fflush(c->o->progress);
    va_end(ap);
}

static int cancelled(const tctx *c) { return c->o->cancel && *c->o->cancel; }

static void svm_quiet(const char *s) { (void)s; }

/* ------------------------------------------------------------------ reading */

static int find_col(char **hdr, size_t n, const char *name)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(hdr[i], name) == 0)
            return (int)i;
    return -1;
}

static void list_cols(char **hdr, size_t n, char *buf, size_t cap)
{
    buf[0] = 0;
    for (size_t i = 0; i < n; i++) {
        size_t l = strlen(buf);
        snprintf(buf + l, cap - l, "%s%s", i ? ", " : "", hdr[i]);
    }
}

static int in_fixed(const char *const *fixed, const char *v)
{
    for (int i = 0; fixed[i]; i++)
        if (strcmp(fixed[i], v) == 0)
            return 1;
    return 0;
}

static int read_rows(tctx *c, st_csv *r, uint64_t *hash)
{
    const st_train_opts *o = c->o;
    const char *name = o->data_path;
    char **f;
    size_t nf, line;
    int k = st_csv_next(r, &f, &nf, &line, c->err);
    if (k < 0)
        return k;
    if (k == 0) {
        st_seterr(c->err, "%s: empty file: a header row and labeled rows are needed", name);
        return ST_EDATA;
    }
    size_t nh = nf;
    char cols[2048];
    list_cols(f, nf, cols, sizeof cols);
    int tcol = find_col(f, nf, o->text_col);
    if (tcol < 0) {
        st_seterr(c->err, "%s:1: no column '%s' (columns: %s)", name, o->text_col, cols);
        return ST_EDATA;
    }
    int dcol = find_col(f, nf, "doc");
    int pcol = -1;
    if (o->per_col && (pcol = find_col(f, nf, o->per_col)) < 0) {
        st_seterr(c->err, "%s:1: no column '%s' for --per (columns: %s)", name, o->per_col, cols);
        return ST_EDATA;
    }
    /* tasks */
    static const char *const defaults[] = {"stance", "sentiment"};
    const char *const *want = o->labels;
    size_t nwant = o->nlabels;
    if (!want) {
        want = defaults;
        nwant = 2;
    }
    c->tasks = calloc(nwant, sizeof *c->tasks);
    if (!c->tasks)
        return ST_ENOMEM;
    for (size_t i = 0; i < nwant; i++) {
        int ci = find_col(f, nf, want[i]);
        if (ci < 0) {
            if (!o->labels)
                continue;
            st_seterr(c->err, "%s:1: no label column '%s' (columns: %s)", name, want[i], cols);
            return ST_EDATA;
        }
        if (ci == tcol) {
            st_seterr(c->err, "%s:1: column '%s' is the text column, not a label", name, want[i]);
            return ST_EDATA;
        }
        ttask *t = &c->tasks[c->ntasks++];
        t->col = want[i];
        t->colidx = ci;
        t->fixed = !strcmp(want[i], "stance") ? stance_classes : !strcmp(want[i], "sentiment") ? sentiment_classes : NULL;
    }
    if (!c->ntasks) {
        st_seterr(c->err, "%s:1: no label column: need 'stance' and/or 'sentiment', or --label COL (columns: %s)",
                  name, cols);
        return ST_EDATA;
    }
    while ((k = st_csv_next(r, &f, &nf, &line, c->err)) == 1) {
        if (cancelled(c))
            return ST_ECANCEL;
        if (nf != nh) {
            st_seterr(c->err, "%s:%zu: %zu fields, but the header has %zu", name, line, nf, nh);
            return ST_ECSV;
        }
        trow w;
        memset(&w, 0, sizeof w);
        w.line = line;
        const char *txt = f[tcol];
        while (*txt == ' ' || *txt == '\t')
            txt++;
        if (!*txt) {
            st_seterr(c->err, "%s:%zu: empty '%s'", name, line, o->text_col);
            return ST_EDATA;
        }
        if (!(w.text = st_strdup(f[tcol])) || !(w.labels = calloc(c->ntasks, sizeof *w.labels)))
            goto nomem;
        if (dcol >= 0 && !(w.doc = st_strdup(f[dcol])))
            goto nomem;
        if (pcol >= 0 && !(w.per = st_strdup(f[pcol])))
            goto nomem;
        for (size_t t = 0; t < c->ntasks; t++) {
            const char *v = f[c->tasks[t].colidx];
            if (!*v)
                continue;
            if (c->tasks[t].fixed && !in_fixed(c->tasks[t].fixed, v)) {
                st_seterr(c->err, "%s:%zu: %s '%s' is not one of %s, %s, %s", name, line, c->tasks[t].col, v,
                          c->tasks[t].fixed[0], c->tasks[t].fixed[1], c->tasks[t].fixed[2]);
                free(w.text), free(w.doc), free(w.per);
                for (size_t u = 0; u < t; u++)
                    free(w.labels[u]);
                free(w.labels);
                return ST_EDATA;
            }
            if (!(w.labels[t] = st_strdup(v)))
                goto nomem;
        }
        if (ST_PUSH(c->rows, c->nrows, c->caprows, w))
            goto nomem;
        continue;
    nomem:
        free(w.text), free(w.doc), free(w.per);
        if (w.labels)
            for (size_t u = 0; u < c->ntasks; u++)
                free(w.labels[u]);
        free(w.labels);
        return ST_ENOMEM;
    }
    if (k < 0)
        return k;
    if (!c->nrows) {
        st_seterr(c->err, "%s: no data rows after the header", name);
        return ST_EDATA;
    }
    *hash = st_csv_hash(r);
    return 0;
}

/* Rows with the same consecutive doc value form one article, in order. */
static int build_docs(tctx *c)
{
    size_t i = 0;
    const char **sents = NULL;
    size_t cap = 0;
    int rc = 0;
    while (i < c->nrows && !rc) {
        size_t j = i + 1;
        if (c->rows[i].doc && *c->rows[i].doc)
            while (j < c->nrows && c->rows[j].doc && !strcmp(c->rows[j].doc, c->rows[i].doc))
                j++;
        if (st_grow((void **)&sents, &cap, j - i, sizeof *sents)) {
            rc = ST_ENOMEM;
            break;
        }
        for (size_t k = i; k < j; k++) {
            sents[k - i] = c->rows[k].text;
            c->rows[k].docidx = c->ndocs;
            c->rows[k].sentidx = k - i;
        }
        st_doc *d;
        char nm[64];
        snprintf(nm, sizeof nm, "%s:%zu", c->o->data_path, c->rows[i].line);
        rc = st_doc_from_sentences(nm, sents, j - i, c->lex, &d, c->err);
        if (!rc && st_doc_count(d) != j - i)
            rc = ST_EDATA;
        if (!rc && ST_PUSH(c->docs, c->ndocs, c->capdocs, d)) {
            st_doc_free(d);
            rc = ST_ENOMEM;
        }
        i = j;
    }
    free(sents);
    return rc;
}

/* ------------------------------------------------------------------ features */

static void intern_feature(void *ctx, const char *name, size_t len, double count)
{
    tctx *c = ctx;
    (void)count;
    int ins;
    int *slot = st_dict_slot(&c->fdict, name, len, &ins);
    if (!slot) {
        c->rc = ST_ENOMEM;
        return;
    }
    if (ins) {
        *slot = (int)c->fdict.n - 1;
        size_t need = c->fdict.n, cap0 = c->capdf, cap1 = c->caplast, cap2 = c->caplast;
        if (st_grow((void **)&c->df, &cap0, need, sizeof *c->df) ||
            st_grow((void **)&c->last_row, &cap1, need, sizeof *c->last_row) ||
            st_grow((void **)&c->pos_in_row, &cap2, need, sizeof *c->pos_in_row)) {
            c->rc = ST_ENOMEM;
            return;
        }
        c->capdf = cap0;
        c->caplast = cap1;
        c->df[*slot] = 0;
        c->last_row[*slot] = -1;
    }
    int id = *slot;
    if (c->last_row[id] == c->curow) {
        c->cur[c->pos_in_row[id] + 1]++;
        return;
    }
    c->last_row[id] = c->curow;
    c->pos_in_row[id] = (int)c->ncur;
    c->df[id]++;
    if (ST_PUSH(c->cur, c->ncur, c->capcur, id) || ST_PUSH(c->cur, c->ncur, c->capcur, 1))
        c->rc = ST_ENOMEM;
}

static int cmp_node(const void *a, const void *b)
{
    const struct svm_node *x = a, *y = b;
    return (x->index > y->index) - (x->index < y->index);
}

static int extract(tctx *c)
{
    c->rfeat = calloc(c->nrows, sizeof *c->rfeat);
    c->nrfeat = calloc(c->nrows, sizeof *c->nrfeat);
    if (!c->rfeat || !c->nrfeat)
        return ST_ENOMEM;
    for (size_t i = 0; i < c->nrows; i++) {
        c->curow = (int)i;
        c->ncur = 0;
        int rc = st_features(c->docs[c->rows[i].docidx], c->rows[i].sentidx, c->lex, &c->o->feat, intern_feature, c);
        if (!rc)
            rc = c->rc;
        if (rc)
            return rc;
        if (!(c->rfeat[i] = malloc((c->ncur ? c->ncur : 1) * sizeof(int))))
            return ST_ENOMEM;
        memcpy(c->rfeat[i], c->cur, c->ncur * sizeof(int));
        c->nrfeat[i] = c->ncur / 2;
    }
    /* prune rare features, number the rest in first-seen order */
    size_t nall = c->fdict.n;
    c->remap = malloc((nall ? nall : 1) * sizeof *c->remap);
    c->fnames = calloc(nall ? nall : 1, sizeof *c->fnames);
    c->idf = calloc(nall ? nall : 1, sizeof *c->idf);
    if (!c->remap || !c->fnames || !c->idf)
        return ST_ENOMEM;
    const char **byid = calloc(nall ? nall : 1, sizeof *byid);
    if (!byid)
        return ST_ENOMEM;
    for (size_t i = 0; i < c->fdict.cap; i++)
        if (c->fdict.keys[i])
            byid[c->fdict.vals[i]] = c->fdict.keys[i];
    c->nfeat = 0;
    for (size_t id = 0; id < nall; id++) {
        if (c->df[id] < c->o->min_count) {
            c->remap[id] = -1;
            continue;
        }
        c->remap[id] = (int)c->nfeat;
        c->fnames[c->nfeat] = (char *)byid[id];
        c->idf[c->nfeat] = log((1.0 + (double)c->nrows) / (1.0 + c->df[id])) + 1.0;
        c->nfeat++;
    }
    free(byid);
    if (!c->nfeat) {
        st_seterr(c->err, "%s: no feature occurs in %d or more rows; more data is needed", c->o->data_path,
                  c->o->min_count);
        return ST_EDATA;
    }
    /* weighted, normalised vectors as libsvm nodes */
    size_t total = 0;
    for (size_t i = 0; i < c->nrows; i++)
        total += c->nrfeat[i] + 1;
    c->nodes = malloc(total * sizeof *c->nodes);
    c->x = malloc(c->nrows * sizeof *c->x);
    if (!c->nodes || !c->x)
        return ST_ENOMEM;
    struct svm_node *p = c->nodes;
    for (size_t i = 0; i < c->nrows; i++) {
        c->x[i] = p;
        double norm = 0;
        struct svm_node *b = p;
        for (size_t k = 0; k < c->nrfeat[i]; k++) {
            int f = c->remap[c->rfeat[i][2 * k]];
            if (f < 0)
                continue;
            p->index = f + 1;
            p->value = log1p((double)c->rfeat[i][2 * k + 1]) * c->idf[f];
            norm += p->value * p->value;
            p++;
        }
        norm = norm > 0 ? 1 / sqrt(norm) : 0;
        for (struct svm_node *q = b; q < p; q++)
            q->value *= norm;
        qsort(b, (size_t)(p - b), sizeof *b, cmp_node);
        p->index = -1;
        p->value = 0;
        p++;
    }
    return 0;
}

/* ------------------------------------------------------------------ training */

typedef struct {
    double macro_f1, accuracy;
    double prec[ST_MAX_CLASSES], rec[ST_MAX_CLASSES], f1[ST_MAX_CLASSES];
    int support[ST_MAX_CLASSES];
    int confusion[ST_MAX_CLASSES][ST_MAX_CLASSES];
} metrics;

static void score(const double *gold, const double *pred, size_t n, size_t k, metrics *m)
{
    memset(m, 0, sizeof *m);
    size_t right = 0;
    for (size_t i = 0; i < n; i++) {
        int g = (int)gold[i], p = (int)pred[i];
        m->confusion[g][p]++;
        m->support[g]++;
        right += g == p;
    }
    int present = 0;
    for (size_t c = 0; c < k; c++) {
        int tp = m->confusion[c][c], pp = 0;
        for (size_t g = 0; g < k; g++)
            pp += m->confusion[g][c];
        m->prec[c] = pp ? (double)tp / pp : 0;
        m->rec[c] = m->support[c] ? (double)tp / m->support[c] : 0;
        m->f1[c] = m->prec[c] + m->rec[c] > 0 ? 2 * m->prec[c] * m->rec[c] / (m->prec[c] + m->rec[c]) : 0;
        if (m->support[c]) {
            m->macro_f1 += m->f1[c];
            present++;
        }
    }
    m->macro_f1 = present ? m->macro_f1 / present : 0;
    m->accuracy = n ? (double)right / n : 0;
}

static cJSON *metrics_json(const metrics *m, const ttask *t, double C, int folds)
{
    cJSON *o = cJSON_CreateObject();
    cJSON_AddNumberToObject(o, "C", C);
    cJSON_AddNumberToObject(o, "folds", folds);
    cJSON_AddNumberToObject(o, "accuracy", round(m->accuracy * 1e4) / 1e4);
    cJSON_AddNumberToObject(o, "macro_f1", round(m->macro_f1 * 1e4) / 1e4);
    cJSON *pc = cJSON_AddObjectToObject(o, "per_class");
    cJSON *cm = cJSON_AddArrayToObject(o, "confusion");
    for (size_t c = 0; c < t->nclass; c++) {
        cJSON *x = cJSON_AddObjectToObject(pc, t->classes[c]);
        cJSON_AddNumberToObject(x, "precision", round(m->prec[c] * 1e4) / 1e4);
        cJSON_AddNumberToObject(x, "recall", round(m->rec[c] * 1e4) / 1e4);
        cJSON_AddNumberToObject(x, "f1", round(m->f1[c] * 1e4) / 1e4);
        cJSON_AddNumberToObject(x, "support", m->support[c]);
        cJSON_AddItemToArray(cm, cJSON_CreateIntArray(m->confusion[c], (int)t->nclass));
    }
    return o;
}

static void report(FILE *f, const metrics *m, const ttask *t)
{
    if (!f)
        return;
    fprintf(f, "  %-14s %9s %7s %7s %8s\n", "class", "precision", "recall", "f1", "support");
    for (size_t c = 0; c < t->nclass; c++)
        fprintf(f, "  %-14s %9.3f %7.3f %7.3f %8d\n", t->classes[c], m->prec[c], m->rec[c], m->f1[c], m->support[c]);
    fprintf(f, "  macro-F1 %.3f   accuracy %.3f\n", m->macro_f1, m->accuracy);
    fprintf(f, "  confusion (rows: gold, columns: predicted)\n  %-14s", "");
    for (size_t c = 0; c < t->nclass; c++)
        fprintf(f, " %10.10s", t->classes[c]);
    fputc('\n', f);
    for (size_t g = 0; g < t->nclass; g++) {
        fprintf(f, "  %-14s", t->classes[g]);
        for (size_t c = 0; c < t->nclass; c++)
            fprintf(f, " %10d", m->confusion[g][c]);
        fputc('\n', f);
    }
}

/* One cross-validation run at cost C: fills TARGET with the held-out predictions. */
typedef void (*cv_fn)(void *ctx, double C, int folds, double *target);

/* Chooses C from the grid by macro-F1 of FOLDS-fold cross-validation (the same folds for every C:
 * rand() is reseeded). Fills *M with the metrics at the chosen C, or zeros when FOLDS < 2. */
static int search_c(tctx *c, const ttask *t, const char *value, const double *y, size_t n, int *foldsp,
                    cv_fn cv, void *ctx, double *best_c, metrics *m)
{
    int folds = c->o->folds; /* at most one fold per row; *FOLDSP tells how many were used */
    if ((size_t)folds > n)
        folds = (int)n;
    *foldsp = folds;
    double *target = malloc((n ? n : 1) * sizeof *target), *best = malloc((n ? n : 1) * sizeof *best);
    double best_f1 = -1;
    int rc = 0;
    *best_c = 1;
    memset(m, 0, sizeof *m);
    if (!target || !best)
        rc = ST_ENOMEM;
    for (size_t g = 0; !rc && folds >= 2 && g < sizeof c_grid / sizeof *c_grid; g++) {
        if (cancelled(c)) {
            rc = ST_ECANCEL;
            break;
        }
        srand(c->o->seed);
        cv(ctx, c_grid[g], folds, target);
        score(y, target, n, t->nclass, m);
        if (!value)
            progress(c, "%s: C=%g %d-fold macro-F1 %.3f", t->col, c_grid[g], folds, m->macro_f1);
        if (m->macro_f1 > best_f1 + 1e-12) {
            best_f1 = m->macro_f1;
            *best_c = c_grid[g];
            memcpy(best, target, n * sizeof *target);
        }
    }
    if (!rc && folds >= 2)
        score(y, best, n, t->nclass, m);
    else if (!rc)
        memset(m, 0, sizeof *m);
    free(target);
    free(best);
    return rc;
}

typedef struct {
    struct problem *prob;
    struct parameter *param;
} linear_cv;

static void linear_cv_run(void *ctx, double C, int folds, double *target)
{
    linear_cv *l = ctx;
    l->param->C = C;
    cross_validation(l->prob, l->param, folds, target);
}

typedef struct {
    struct svm_problem *prob;
    struct svm_parameter *param;
} svm_cv;

static void svm_cv_run(void *ctx, double C, int folds, double *target)
{
    svm_cv *l = ctx;
    l->param->C = C;
    svm_cross_validation(l->prob, l->param, folds, target);
}

/* Cross-validation report and manifest entry shared by both solvers. */
static int finish_model(tctx *c, ttask *t, const char *value, const char *file, size_t n, int present,
                        double best_c, int folds, const metrics *m, cJSON **jm)
{
    const st_train_opts *o = c->o;
    char path[4096], hex[17];
    size_t fsize;
    snprintf(path, sizeof path, "%s/%s", c->tmpdir, file);
    if (st_file_fnv(path, hex, &fsize)) {
        st_seterr(c->err, "%s: cannot read back: %s", path, strerror(errno));
        return ST_EIO;
    }
    *jm = cJSON_CreateObject();
    cJSON_AddStringToObject(*jm, "fnv1a64", hex);
    cJSON_AddNumberToObject(*jm, "bytes", (double)fsize);
    if (value)
        cJSON_AddStringToObject(*jm, "value", value);
    else
        cJSON_AddNullToObject(*jm, "value");
    cJSON_AddStringToObject(*jm, "file", file);
    cJSON_AddNumberToObject(*jm, "rows", (double)n);
    cJSON_AddItemToObject(*jm, "metrics", metrics_json(m, t, best_c, folds));
    const char *how = o->solver == ST_SOLVER_LIBLINEAR ? "LIBLINEAR logistic regression"
                      : o->kernel == ST_KERNEL_RBF     ? "libsvm rbf kernel"
                                                       : "libsvm linear kernel";
    if (!value && o->report && folds >= 2) {
        fprintf(o->report, "%s: %zu rows, %d classes, %s, C=%g chosen by %d-fold cross-validation\n", t->col, n,
                present, how, best_c, folds);
        report(o->report, m, t);
    } else if (value && o->report) {
        fprintf(o->report, "  %s=%s: %zu rows, C=%g, %d-fold macro-F1 %.3f\n", o->per_col, value, n, best_c, folds,
                m->macro_f1);
    }
    return 0;
}

static void liblinear_quiet(const char *s) { (void)s; }

/* LIBLINEAR: logistic regression with a bias term, C from the same grid by the same folds. */
static int train_liblinear(tctx *c, ttask *t, double *y, struct svm_node **x, size_t n, int present,
                           int *weight_label, double *weight, const char *value, const char *file, cJSON **jm)
{
    const st_train_opts *o = c->o;
    int rc = 0;
    size_t total = 0;
    for (size_t i = 0; i < n; i++) {
        const struct svm_node *p = x[i];
        while (p->index != -1)
            p++;
        total += (size_t)(p - x[i]) + 2;
    }
    /* the same vectors plus the bias node LIBLINEAR expects at index nfeat + 1 */
    struct feature_node *nodes = malloc(total * sizeof *nodes), **fx = malloc((n ? n : 1) * sizeof *fx);
    if (!nodes || !fx) {
        rc = ST_ENOMEM;
        goto out;
    }
    struct feature_node *q = nodes;
    for (size_t i = 0; i < n; i++) {
        fx[i] = q;
        for (const struct svm_node *p = x[i]; p->index != -1; p++, q++) {
            q->index = p->index;
            q->value = p->value;
        }
        q->index = (int)c->nfeat + 1;
        q->value = 1;
        q++;
        q->index = -1;
        q++;
    }
    set_print_string_function(liblinear_quiet);
    struct problem prob = {(int)n, (int)c->nfeat + 1, y, fx, 1.0};
    struct parameter param;
    memset(&param, 0, sizeof param);
    param.solver_type = L2R_LR;
    param.eps = 0.01;
    param.nr_weight = present;
    param.weight_label = weight_label;
    param.weight = weight;
    param.C = 1;
    const char *msg = check_parameter(&prob, &param);
    if (msg) {
        st_seterr(c->err, "%s: LIBLINEAR: %s", o->data_path, msg);
        rc = ST_EDATA;
        goto out;
    }
    int folds;
    double best_c = 1;
    metrics m;
    linear_cv lcv = {&prob, &param};
    if ((rc = search_c(c, t, value, y, n, &folds, linear_cv_run, &lcv, &best_c, &m)))
        goto out;
    param.C = best_c;
    srand(o->seed);
    struct model *model = train(&prob, &param);
    if (!model) {
        rc = ST_ENOMEM;
        goto out;
    }
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", c->tmpdir, file);
    int saved = save_model(path, model);
    free_and_destroy_model(&model);
    if (saved) {
        st_seterr(c->err, "%s: cannot write: %s", path, strerror(errno));
        rc = ST_EIO;
        goto out;
    }
    rc = finish_model(c, t, value, file, n, present, best_c, folds, &m, jm);
out:
    free(nodes);
    free(fx);
    return rc;
}

/* Trains one model on the rows IDX[0..n) of task T; writes FILE into the temporary directory and
 * fills *JM with its description. Returns 1 (skipped) when fewer than two classes are present
 * and SKIP_OK. */
static int train_one(tctx *c, ttask *t, size_t ti, const size_t *idx, size_t n, const char *value,
                     const char *file, cJSON **jm, int skip_ok)
{
    const st_train_opts *o = c->o;
    double *y = malloc((n ? n : 1) * sizeof *y);
    struct svm_node **x = malloc((n ? n : 1) * sizeof *x);
    int counts[ST_MAX_CLASSES] = {0}, rc = 0;
    if (!y || !x) {
        rc = ST_ENOMEM;
        goto out;
    }
    for (size_t i = 0; i < n; i++) {
        const char *lab = c->rows[idx[i]].labels[ti];
        size_t k = 0;
        while (k < t->nclass && strcmp(t->classes[k], lab))
            k++;
        y[i] = (double)k;
        counts[k]++;
        x[i] = c->x[idx[i]];
    }
    int present = 0, weight_label[ST_MAX_CLASSES];
    double weight[ST_MAX_CLASSES];
    for (size_t k = 0; k < t->nclass; k++)
        if (counts[k]) {
            weight_label[present] = (int)k;
            weight[present] = (double)n / ((double)t->nclass * counts[k]);
            present++;
        }
    if (present < 2) {
        if (skip_ok) {
            rc = 1;
            goto out;
        }
        st_seterr(c->err, "%s: column '%s' has one class only ('%s'); at least two are needed",
                  o->data_path, t->col, c->rows[idx[0]].labels[ti]);
        rc = ST_EDATA;
        goto out;
    }
    if (o->solver == ST_SOLVER_LIBLINEAR) {
        rc = train_liblinear(c, t, y, x, n, present, weight_label, weight, value, file, jm);
        goto out;
    }
    struct svm_problem prob = {(int)n, y, x};
    struct svm_parameter param;
    memset(&param, 0, sizeof param);
    param.svm_type = C_SVC;
    param.kernel_type = o->kernel == ST_KERNEL_RBF ? RBF : LINEAR;
    param.gamma = o->gamma > 0 ? o->gamma : 1.0;
    param.cache_size = 200;
    param.eps = 1e-3;
    param.shrinking = 1;
    param.nr_weight = present;
    param.weight_label = weight_label;
    param.weight = weight;
    param.C = 1;
    const char *msg = svm_check_parameter(&prob, &param);
    if (msg) {
        st_seterr(c->err, "%s: libsvm: %s", o->data_path, msg);
        rc = ST_EDATA;
        goto out;
    }
    int folds;
    double best_c = 1;
    metrics m;
    svm_cv scv = {&prob, &param};
    if ((rc = search_c(c, t, value, y, n, &folds, svm_cv_run, &scv, &best_c, &m)))
        goto out;
    if (cancelled(c)) {
        rc = ST_ECANCEL;
        goto out;
    }
    param.C = best_c;
    param.probability = 1;
    srand(o->seed);
    progress(c, "%s%s%s: final model, C=%g, with probability estimates", t->col, value ? " for " : "",
             value ? value : "", best_c);
    struct svm_model *model = svm_train(&prob, &param);
    if (!model) {
        rc = ST_ENOMEM;
        goto out;
    }
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", c->tmpdir, file);
    int saved = svm_save_model(path, model);
    svm_free_and_destroy_model(&model); /* it points into our vectors: gone before they are */
    if (saved) {
        st_seterr(c->err, "%s: cannot write: %s", path, strerror(errno));
        rc = ST_EIO;
        goto out;
    }
    rc = finish_model(c, t, value, file, n, present, best_c, folds, &m, jm);
out:
    free(y);
    free(x);
    return rc;
}

static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

static int train_task(tctx *c, size_t ti, cJSON *jtasks)
{
    ttask *t = &c->tasks[ti];
    /* classes: the fixed order for stance and sentiment, sorted values otherwise */
    st_dict seen = {0};
    size_t *idx = malloc(c->nrows * sizeof *idx), n = 0;
    int rc = 0;
    if (!idx)
        return ST_ENOMEM;
    for (size_t i = 0; i < c->nrows; i++) {
        const char *v = c->rows[i].labels[ti];
        if (!v)
            continue;
        idx[n++] = i;
        int ins;
        int *slot = st_dict_slot(&seen, v, strlen(v), &ins);
        if (!slot) {
            rc = ST_ENOMEM;
            goto out;
        }
        if (ins)
            *slot = 0;
    }
    if (!n) {
        st_seterr(c->err, "%s: column '%s' has no values", c->o->data_path, t->col);
        rc = ST_EDATA;
        goto out;
    }
    if (seen.n > ST_MAX_CLASSES) {
        st_seterr(c->err, "%s: column '%s' has %zu distinct values; at most %d classes are supported",
                  c->o->data_path, t->col, seen.n, ST_MAX_CLASSES);
        rc = ST_EDATA;
        goto out;
    }
    t->classes = calloc(seen.n, sizeof *t->classes);
    if (!t->classes) {
        rc = ST_ENOMEM;
        goto out;
    }
    if (t->fixed) {
        for (int k = 0; t->fixed[k]; k++)
            if (st_dict_get(&seen, t->fixed[k], strlen(t->fixed[k])) >= 0)
                t->classes[t->nclass++] = st_strdup(t->fixed[k]);
    } else {
        for (size_t k = 0; k < seen.cap; k++)
            if (seen.keys[k])
                t->classes[t->nclass++] = st_strdup(seen.keys[k]);
        qsort(t->classes, t->nclass, sizeof *t->classes, cmp_str);
    }
    cJSON *jt = cJSON_CreateObject();
    cJSON_AddItemToArray(jtasks, jt);
    cJSON_AddStringToObject(jt, "name", t->col);
    cJSON_AddStringToObject(jt, "column", t->col);
    cJSON_AddItemToObject(jt, "classes", cJSON_CreateStringArray((const char *const *)t->classes, (int)t->nclass));
    cJSON_AddStringToObject(jt, "solver", c->o->solver == ST_SOLVER_LIBLINEAR ? "liblinear" : "libsvm");
    cJSON_AddStringToObject(jt, "kernel", c->o->kernel == ST_KERNEL_RBF ? "rbf" : "linear");
    if (c->o->kernel == ST_KERNEL_RBF)
        cJSON_AddNumberToObject(jt, "gamma", c->o->gamma > 0 ? c->o->gamma : 1.0);
    if (c->o->per_col)
        cJSON_AddStringToObject(jt, "per", c->o->per_col);
    else
        cJSON_AddNullToObject(jt, "per");
    cJSON *models = cJSON_AddArrayToObject(jt, "models");
    char file[64];
    snprintf(file, sizeof file, "task%zu.model", ti);
    cJSON *jm = NULL;
    if ((rc = train_one(c, t, ti, idx, n, NULL, file, &jm, 0)))
        goto out;
    cJSON_AddItemToArray(models, jm);
    if (c->o->per_col) {
        /* one model per value with enough rows; "none" and empty values use the pooled model */
        st_dict vals = {0};
        for (size_t i = 0; i < n; i++) {
            const char *v = c->rows[idx[i]].per;
            int ins;
            if (!v || !*v || !strcmp(v, "none"))
                continue;
            int *slot = st_dict_slot(&vals, v, strlen(v), &ins);
            if (!slot) {
                st_dict_free(&vals);
                rc = ST_ENOMEM;
                goto out;
            }
            *slot = ins ? 1 : *slot + 1;
        }
        char **names = calloc(vals.n + 1, sizeof *names);
        size_t nn = 0;
        for (size_t k = 0; names && k < vals.cap; k++)
            if (vals.keys[k] && vals.vals[k] >= c->o->per_min_rows)
                names[nn++] = vals.keys[k];
        if (names)
            qsort(names, nn, sizeof *names, cmp_str);
        size_t *sub = malloc(n * sizeof *sub);
        if (!names || !sub)
            rc = ST_ENOMEM;
        if (c->o->report && nn && !rc)
            fprintf(c->o->report, "%s per %s: %zu values with %d or more rows\n", t->col, c->o->per_col, nn,
                    c->o->per_min_rows);
        for (size_t v = 0; v < nn && !rc; v++) {
            size_t m = 0;
            for (size_t i = 0; i < n; i++)
                if (c->rows[idx[i]].per && !strcmp(c->rows[idx[i]].per, names[v]))
                    sub[m++] = idx[i];
            snprintf(file, sizeof file, "task%zu.%zu.model", ti, v + 1);
            jm = NULL;
            rc = train_one(c, t, ti, sub, m, names[v], file, &jm, 1);
            if (rc == 1) {
                rc = 0;
                continue;
            }
            if (!rc)
                cJSON_AddItemToArray(models, jm);
        }
        free(sub);
        free(names);
        st_dict_free(&vals);
    }
out:
    st_dict_free(&seen);
    free(idx);
    return rc;
}

/* The vectors of the rows labeled for the first task, in libsvm's format, "C" locale. */
static int dump_features(const tctx *c, FILE *f)
{
    const ttask *t = &c->tasks[0];
    for (size_t i = 0; i < c->nrows; i++) {
        const char *lab = c->rows[i].labels[0];
        if (!lab)
            continue;
        size_t k = 0;
        while (k < t->nclass && strcmp(t->classes[k], lab))
            k++;
        fprintf(f, "%zu", k);
        for (const struct svm_node *x = c->x[i]; x->index != -1; x++)
            fprintf(f, " %d:%.9g", x->index, x->value);
        fputc('\n', f);
    }
    if (fflush(f) || ferror(f)) {
        st_seterr(c->err, "cannot write the feature vectors: %s", strerror(errno));
        return ST_EIO;
    }
    return 0;
}

/* ------------------------------------------------------------------ writing */

static int rm_tree(const char *dir)
{
    DIR *d = opendir(dir);
    if (!d)
        return errno == ENOENT ? 0 : -1;
    struct dirent *e;
    char path[4096];
    while ((e = readdir(d))) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
            continue;
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        unlink(path);
    }
    closedir(d);
    return rmdir(dir);
}

static int write_file(const char *path, const char *data, st_err *err)
{
    FILE *f = fopen(path, "wb");
    if (!f) {
        st_seterr(err, "%s: %s", path, strerror(errno));
        return ST_EIO;
    }
    size_t n = strlen(data);
    int ok = fwrite(data, 1, n, f) == n && fflush(f) == 0 && fsync(fileno(f)) == 0;
    ok = (fclose(f) == 0) && ok;
    if (!ok) {
        st_seterr(err, "%s: write failed: %s", path, strerror(errno));
        return ST_EIO;
    }
    return 0;
}

/* Puts the finished temporary directory in place of OUT: an atomic exchange where the
 * system has one, else rename the old one aside first. The old model is removed last. */
static int install_dir(const char *tmp, const char *out, st_err *err)
{
    struct stat sb;
    if (stat(out, &sb) != 0) {
        if (rename(tmp, out) == 0)
            return 0;
        st_seterr(err, "%s: cannot create: %s", out, strerror(errno));
        return ST_EIO;
    }
    if (!S_ISDIR(sb.st_mode)) {
        st_seterr(err, "%s: exists and is not a directory", out);
        return ST_EIO;
    }
#ifdef RENAME_EXCHANGE
    if (renameat2(AT_FDCWD, tmp, AT_FDCWD, out, RENAME_EXCHANGE) == 0) {
        rm_tree(tmp); /* now holds the previous model */
        return 0;
    }
#endif
    char old[4200];
    snprintf(old, sizeof old, "%s.old-%ld", out, (long)getpid());
    if (rename(out, old) != 0) {
        st_seterr(err, "%s: cannot replace: %s", out, strerror(errno));
        return ST_EIO;
    }
    if (rename(tmp, out) != 0) {
        int e = errno;
        rename(old, out);
        st_seterr(err, "%s: cannot replace: %s", out, strerror(e));
        return ST_EIO;
    }
    rm_tree(old);
    return 0;
}

static void ctx_free(tctx *c)
{
    for (size_t i = 0; i < c->nrows; i++) {
        free(c->rows[i].text);
        free(c->rows[i].doc);
        free(c->rows[i].per);
        for (size_t t = 0; t < c->ntasks; t++)
            free(c->rows[i].labels[t]);
        free(c->rows[i].labels);
        if (c->rfeat)
            free(c->rfeat[i]);
    }
    free(c->rows);
    for (size_t t = 0; t < c->ntasks; t++) {
        for (size_t k = 0; k < c->tasks[t].nclass; k++)
            free(c->tasks[t].classes[k]);
        free(c->tasks[t].classes);
    }
    free(c->tasks);
    for (size_t d = 0; d < c->ndocs; d++)
        st_doc_free(c->docs[d]);
    free(c->docs);
    st_lexicon_free(c->lex);
    st_dict_free(&c->fdict);
    free(c->df);
    free(c->rfeat);
    free(c->nrfeat);
    free(c->last_row);
    free(c->pos_in_row);
    free(c->cur);
    free(c->remap);
    free(c->fnames);
    free(c->idf);
    free(c->x);
    free(c->nodes);
    free(c->tmpdir);
}

int st_train(FILE *in, const st_train_opts *o, const char *out_dir, st_err *err)
{
    tctx c;
    memset(&c, 0, sizeof c);
    c.o = o;
    c.err = err;
    int rc = 0;
    uint64_t hash = 0;
    cJSON *man = NULL;
    char *text = NULL;
    if (o->folds < 2 || o->folds > 100 || o->feat.ngram_max < 1 || o->feat.ngram_max > 3 ||
        (o->feat.char_ngrams && (o->feat.char_ngrams < 3 || o->feat.char_ngrams > 6)) || o->min_count < 1) {
        st_seterr(err, "folds must be 2..100, n-grams 1..3, character n-grams 0 or 3..6, min-count >= 1");
        return ST_EUSAGE;
    }
    if (o->solver == ST_SOLVER_LIBLINEAR && o->kernel != ST_KERNEL_LINEAR) {
        st_seterr(err, "the LIBLINEAR solver trains linear models only; use --kernel linear or the libsvm solver");
        return ST_EUSAGE;
    }
    svm_set_print_string_function(svm_quiet);
    if ((rc = st_lexicon_load(o->lexicon_dir, &c.lex, err)))
        goto done;
    st_csv *r;
    if ((rc = st_csv_open(in, o->data_path, &r, err)))
        goto done;
    progress(&c, "reading %s", o->data_path);
    rc = read_rows(&c, r, &hash);
    st_csv_free(r);
    if (rc)
        goto done;
    progress(&c, "%zu rows; splitting into articles and attributing", c.nrows);
    if ((rc = build_docs(&c)))
        goto done;
    if ((rc = extract(&c)))
        goto done;
    progress(&c, "%zu features (of %zu seen)", c.nfeat, c.fdict.n);
    /* the temporary directory beside the output, so that the final rename stays on one disk */
    {
        size_t l = strlen(out_dir);
        while (l > 1 && out_dir[l - 1] == '/')
            l--;
        char *t = malloc(l + 32);
        if (!t) {
            rc = ST_ENOMEM;
            goto done;
        }
        snprintf(t, l + 32, "%.*s.tmp-XXXXXX", (int)l, out_dir);
        if (!mkdtemp(t)) {
            st_seterr(err, "%.*s: cannot create a directory beside it: %s", (int)l, out_dir, strerror(errno));
            free(t);
            rc = ST_EIO;
            goto done;
        }
        chmod(t, 0755); /* mkdtemp makes it private; a model is meant to be shared */
        c.tmpdir = t;
    }
    man = cJSON_CreateObject();
    cJSON_AddNumberToObject(man, "format", ST_MODEL_FORMAT);
    cJSON_AddStringToObject(man, "created_by", "stance-train " ST_VERSION);
    {
        cJSON *v = cJSON_AddObjectToObject(man, "versions");
        char lv[32];
        snprintf(lv, sizeof lv, "%d", libsvm_version);
        cJSON_AddStringToObject(v, "stance", ST_VERSION);
        cJSON_AddStringToObject(v, "libsvm", lv);
        cJSON_AddStringToObject(v, "cjson", cJSON_Version());
        cJSON_AddStringToObject(v, "utf8proc", utf8proc_version());
        cJSON *d = cJSON_AddObjectToObject(man, "data");
        char hx[32];
        snprintf(hx, sizeof hx, "%016llx", (unsigned long long)hash);
        const char *base = strrchr(o->data_path, '/');
        cJSON_AddStringToObject(d, "file", base ? base + 1 : o->data_path);
        cJSON_AddNumberToObject(d, "rows", (double)c.nrows);
        cJSON_AddNumberToObject(d, "articles", (double)c.ndocs);
        cJSON_AddStringToObject(d, "fnv1a64", hx);
        cJSON *tr = cJSON_AddObjectToObject(man, "training");
        cJSON_AddNumberToObject(tr, "seed", o->seed);
        cJSON_AddNumberToObject(tr, "folds", o->folds);
        cJSON_AddNumberToObject(tr, "min_count", o->min_count);
        cJSON_AddStringToObject(tr, "class_weights", "n / (classes * n_class)");
    }
    cJSON *jtasks = cJSON_AddArrayToObject(man, "tasks");
    for (size_t t = 0; t < c.ntasks; t++)
        if ((rc = train_task(&c, t, jtasks)))
            goto done;
    if (o->features_out && (rc = dump_features(&c, o->features_out)))
        goto done;
    {
        cJSON *f = cJSON_AddObjectToObject(man, "features");
        cJSON_AddNumberToObject(f, "ngram_max", o->feat.ngram_max);
        cJSON_AddNumberToObject(f, "char_ngrams", o->feat.char_ngrams);
        cJSON_AddNumberToObject(f, "mask_actor", o->feat.mask_actor);
        cJSON_AddStringToObject(f, "weighting", "log(1+count) * idf, L2-normalised; idf = ln((1+N)/(1+df)) + 1");
        cJSON *voc = cJSON_AddArrayToObject(f, "vocabulary");
        for (size_t i = 0; i < c.nfeat; i++) {
            cJSON *e = cJSON_CreateArray();
            cJSON_AddItemToArray(e, cJSON_CreateString(c.fnames[i]));
            cJSON_AddItemToArray(e, cJSON_CreateNumber(c.idf[i]));
            cJSON_AddItemToArray(voc, e);
        }
        cJSON *lx = st_lexicon_to_json(c.lex);
        if (!lx) {
            rc = ST_ENOMEM;
            goto done;
        }
        cJSON_AddItemToObject(man, "lexicons", lx);
    }
    text = cJSON_Print(man);
    if (!text) {
        rc = ST_ENOMEM;
        goto done;
    }
    {
        char path[4096];
        snprintf(path, sizeof path, "%s/manifest.json", c.tmpdir);
        if ((rc = write_file(path, text, err)))
            goto done;
    }
    if (cancelled(&c)) {
        rc = ST_ECANCEL;
        goto done;
    }
    if ((rc = install_dir(c.tmpdir, out_dir, err)))
        goto done;
    free(c.tmpdir);
    c.tmpdir = NULL;
done:
    if (rc == ST_ECANCEL)
        st_seterr(err, "interrupted; %s left as it was", out_dir);
    else if (rc == ST_ENOMEM)
        st_seterr(err, "out of memory");
    if (c.tmpdir)
        rm_tree(c.tmpdir);
    free(text);
    cJSON_Delete(man);
    ctx_free(&c);
    return rc;
}
