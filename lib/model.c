/* model.c - the model directory: JSON manifest + libsvm files; collapsed weights; predict. */
#include "internal.h"

#include <cjson/cJSON.h>
#include <libsvm/svm.h>
#include <linear.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

struct st_scratch {
    double *count;  /* per feature, zero between uses */
    int *touched;
    size_t ntouched, cap;
    st_fv *vec;
    size_t capvec;
    struct svm_node *nodes;
    size_t capnodes;
    const st_model *m;
    int rc;
};

st_scratch *st_scratch_new(const st_model *m)
{
    st_scratch *s = calloc(1, sizeof *s);
    if (!s)
        return NULL;
    s->m = m;
    s->count = calloc(m->nfeat ? m->nfeat : 1, sizeof *s->count);
    if (!s->count) {
        free(s);
        return NULL;
    }
    return s;
}

void st_scratch_free(st_scratch *s)
{
    if (!s)
        return;
    free(s->count);
    free(s->touched);
    free(s->vec);
    free(s->nodes);
    free(s);
}

static void count_feature(void *ctx, const char *name, size_t len, double c)
{
    st_scratch *s = ctx;
    int i = st_dict_get(&s->m->vocab, name, len);
    if (i < 0)
        return;
    if (s->count[i] == 0 && ST_PUSH(s->touched, s->ntouched, s->cap, i)) {
        s->rc = ST_ENOMEM;
        return;
    }
    s->count[i] += c;
}

static int cmp_fv(const void *a, const void *b)
{
    const st_fv *x = a, *y = b;
    return (x->idx > y->idx) - (x->idx < y->idx);
}

int st_vectorize(const st_model *m, st_scratch *s, const st_doc *doc, size_t i, st_fv **out, size_t *n)
{
    s->ntouched = 0;
    s->rc = 0;
    int rc = st_features(doc, i, m->lex, &m->feat, count_feature, s);
    if (!rc)
        rc = s->rc;
    if (!rc && st_grow((void **)&s->vec, &s->capvec, s->ntouched + 1, sizeof *s->vec))
        rc = ST_ENOMEM;
    double norm = 0;
    for (size_t k = 0; k < s->ntouched; k++) {
        int f = s->touched[k];
        if (!rc) {
            double v = log1p(s->count[f]) * m->idf[f];
            s->vec[k].idx = f;
            s->vec[k].val = v;
            norm += v * v;
        }
        s->count[f] = 0;
    }
    if (rc)
        return rc;
    norm = norm > 0 ? 1.0 / sqrt(norm) : 0;
    for (size_t k = 0; k < s->ntouched; k++)
        s->vec[k].val *= norm;
    if (m->sorted_vectors) /* collapsed linear weights take the features in any order */
        qsort(s->vec, s->ntouched, sizeof *s->vec, cmp_fv);
    *out = s->vec;
    *n = s->ntouched;
    return 0;
}

void st_submodel_clear(st_submodel *sm)
{
    free(sm->value);
    if (sm->svm)
        svm_free_and_destroy_model(&sm->svm);
    free(sm->w);
    free(sm->rho);
    free(sm->probA);
    free(sm->probB);
    memset(sm, 0, sizeof *sm);
}

/* Collapses a linear libsvm model to one weight vector per pair of classes:
 * w = SVs' * sv_coef, b = -rho (libsvm FAQ). Copies what it needs: no pointer into SVM. */
int st_collapse(st_submodel *sm, struct svm_model *svm, size_t nfeat, size_t nclass)
{
    int k = svm->nr_class;
    if (k < 2 || (size_t)k > nclass || k > ST_MAX_CLASSES)
        return ST_EMODEL;
    sm->nc = k;
    sm->npairs = k * (k - 1) / 2;
    sm->rho = malloc((size_t)sm->npairs * sizeof *sm->rho);
    sm->probA = calloc((size_t)sm->npairs, sizeof *sm->probA);
    sm->probB = calloc((size_t)sm->npairs, sizeof *sm->probB);
    if (!sm->rho || !sm->probA || !sm->probB)
        return ST_ENOMEM;
    for (int p = 0; p < sm->npairs; p++)
        sm->rho[p] = svm->rho[p];
    sm->has_prob = svm->probA && svm->probB;
    if (sm->has_prob)
        for (int p = 0; p < sm->npairs; p++) {
            sm->probA[p] = svm->probA[p];
            sm->probB[p] = svm->probB[p];
        }
    for (int c = 0; c < k; c++) {
        int lab = svm->label[c];
        if (lab < 0 || (size_t)lab >= nclass)
            return ST_EMODEL;
        sm->order[c] = lab;
    }
    sm->linear = svm->param.kernel_type == LINEAR;
    if (!sm->linear)
        return 0;
    sm->w = calloc((size_t)sm->npairs * (nfeat ? nfeat : 1), sizeof *sm->w);
    if (!sm->w)
        return ST_ENOMEM;
    int start[ST_MAX_CLASSES];
    start[0] = 0;
    for (int c = 1; c < k; c++)
        start[c] = start[c - 1] + svm->nSV[c - 1];
    int p = 0;
    for (int i = 0; i < k; i++)
        for (int j = i + 1; j < k; j++, p++) {
            double *w = sm->w + (size_t)p * nfeat;
            for (int side = 0; side < 2; side++) {
                int cls = side ? j : i;
                const double *coef = side ? svm->sv_coef[i] : svm->sv_coef[j - 1];
                for (int s = start[cls]; s < start[cls] + svm->nSV[cls]; s++)
                    for (const struct svm_node *x = svm->SV[s]; x->index != -1; x++) {
                        if (x->index < 1 || (size_t)x->index > nfeat)
                            return ST_EMODEL;
                        w[x->index - 1] += coef[s] * x->value;
                    }
            }
        }
    return 0;
}

/* A LIBLINEAR model (one-vs-rest; logistic regression gives probabilities) as one weight
 * vector and bias per class. Copies what it needs. */
int st_collapse_linear(st_submodel *sm, const struct model *lm, size_t nfeat, size_t nclass)
{
    int k = get_nr_class(lm);
    if (k < 2 || (size_t)k > nclass || k > ST_MAX_CLASSES || (size_t)get_nr_feature(lm) > nfeat)
        return ST_EMODEL;
    int labels[ST_MAX_CLASSES];
    get_labels(lm, labels);
    sm->linear = 1;
    sm->ovr = 1;
    sm->nc = k;
    sm->npairs = k;
    sm->has_prob = check_probability_model(lm);
    sm->rho = calloc((size_t)k, sizeof *sm->rho);
    sm->probA = calloc(1, sizeof *sm->probA);
    sm->probB = calloc(1, sizeof *sm->probB);
    sm->w = calloc((size_t)k * (nfeat ? nfeat : 1), sizeof *sm->w);
    if (!sm->rho || !sm->probA || !sm->probB || !sm->w)
        return ST_ENOMEM;
    int nf = get_nr_feature(lm);
    for (int c = 0; c < k; c++) {
        if (labels[c] < 0 || (size_t)labels[c] >= nclass)
            return ST_EMODEL;
        sm->order[c] = labels[c];
        for (int f = 0; f < nf; f++)
            sm->w[(size_t)c * nfeat + (size_t)f] = get_decfun_coef(lm, f + 1, c);
        sm->rho[c] = -get_decfun_bias(lm, c);
    }
    return 0;
}

static double sigmoid_predict(double dec, double A, double B)
{
    double f = dec * A + B;
    return f >= 0 ? exp(-f) / (1.0 + exp(-f)) : 1.0 / (1 + exp(f));
}

/* Pairwise coupling (Wu, Lin and Weng 2004), as in libsvm's svm_predict_probability. */
static void multiclass_probability(int k, double r[ST_MAX_CLASSES][ST_MAX_CLASSES], double *p)
{
    double Q[ST_MAX_CLASSES][ST_MAX_CLASSES], Qp[ST_MAX_CLASSES];
    double eps = 0.005 / k;
    int max_iter = k > 100 ? k : 100;
    for (int t = 0; t < k; t++) {
        p[t] = 1.0 / k;
        Q[t][t] = 0;
        for (int j = 0; j < t; j++) {
            Q[t][t] += r[j][t] * r[j][t];
            Q[t][j] = Q[j][t];
        }
        for (int j = t + 1; j < k; j++) {
            Q[t][t] += r[j][t] * r[j][t];
            Q[t][j] = -r[j][t] * r[t][j];
        }
    }
    for (int iter = 0; iter < max_iter; iter++) {
        double pQp = 0, max_error = 0;
        for (int t = 0; t < k; t++) {
            Qp[t] = 0;
            for (int j = 0; j < k; j++)
                Qp[t] += Q[t][j] * p[j];
            pQp += p[t] * Qp[t];
        }
        for (int t = 0; t < k; t++) {
            double e = fabs(Qp[t] - pQp);
            if (e > max_error)
                max_error = e;
        }
        if (max_error < eps)
            break;
        for (int t = 0; t < k; t++) {
            double diff = (-Qp[t] + pQp) / Q[t][t];
            p[t] += diff;
            pQp = (pQp + diff * (diff * Q[t][t] + 2 * Qp[t])) / (1 + diff) / (1 + diff);
            for (int j = 0; j < k; j++) {
                Qp[j] = (Qp[j] + diff * Q[t][j]) / (1 + diff);
                p[j] /= (1 + diff);
            }
        }
    }
}

/* Keeps the K largest contributions in RS (sorted, largest first); *NR counts them. */
static void add_reason(st_reason *rs, size_t *nr, size_t k, const char *name, double w)
{
    if (w <= 0)
        return;
    size_t pos = *nr < k ? (*nr)++ : k;
    if (pos == k) {
        if (w <= rs[k - 1].weight)
            return;
        pos = k - 1;
    }
    while (pos > 0 && rs[pos - 1].weight < w) {
        rs[pos] = rs[pos - 1];
        pos--;
    }
    rs[pos].name = name;
    rs[pos].weight = w;
}

static const st_submodel *pick(const st_task *t, const char *value)
{
    if (t->nsubs > 1 && value) {
        int i = st_dict_get(&t->per_index, value, strlen(value));
        if (i > 0)
            return &t->subs[i];
    }
    return &t->subs[0];
}

int st_predict(const st_model *m, st_scratch *s, const st_doc *doc, size_t i,
               const char *const *per_values, st_pred *out, size_t k, st_reason *reasons,
               size_t *nreasons)
{
    st_fv *x;
    size_t nx;
    int rc = st_vectorize(m, s, doc, i, &x, &nx);
    if (rc)
        return rc;
    for (size_t ti = 0; ti < m->ntasks; ti++) {
        const st_task *t = &m->tasks[ti];
        const char *val = per_values ? per_values[ti] : NULL;
        if (!val && t->per && strcmp(t->per, "actor") == 0)
            val = st_doc_sentence(doc, i)->actor;
        const st_submodel *sm = pick(t, val);
        st_pred *o = &out[ti];
        memset(o, 0, sizeof *o);
        int nc = sm->nc;
        if (sm->linear) {
            for (int p = 0; p < sm->npairs; p++) {
                const double *w = sm->w + (size_t)p * m->nfeat;
                double d = -sm->rho[p];
                for (size_t q = 0; q < nx; q++)
                    d += w[x[q].idx] * x[q].val;
                o->dec[p] = d;
            }
        } else {
            if (st_grow((void **)&s->nodes, &s->capnodes, nx + 1, sizeof *s->nodes))
                return ST_ENOMEM;
            for (size_t q = 0; q < nx; q++) {
                s->nodes[q].index = x[q].idx + 1;
                s->nodes[q].value = x[q].val;
            }
            s->nodes[nx].index = -1;
            svm_predict_values(sm->svm, s->nodes, o->dec);
        }
        if (sm->ovr) {
            /* one-vs-rest: the highest decision value; logistic probabilities, normalised */
            int best = 0;
            double sum = 0, pr[ST_MAX_CLASSES];
            for (int c = 0; c < nc; c++) {
                o->pa[c] = sm->order[c];
                o->pb[c] = -1;
                if (o->dec[c] > o->dec[best])
                    best = c;
                pr[c] = 1 / (1 + exp(-o->dec[c]));
                sum += pr[c];
            }
            o->npairs = nc;
            o->label = sm->order[best];
            if (sm->has_prob) {
                for (int c = 0; c < nc; c++)
                    o->p[sm->order[c]] = pr[c] / sum;
                o->has_p = 1;
            }
            if (k && reasons && nreasons) {
                st_reason *rs = reasons + ti * k;
                size_t nr = 0;
                for (size_t q = 0; q < nx; q++)
                    add_reason(rs, &nr, k, m->fnames[x[q].idx], sm->w[(size_t)best * m->nfeat + x[q].idx] * x[q].val);
                nreasons[ti] = nr;
            }
            continue;
        }
        /* one-vs-one votes, as libsvm counts them */
        int votes[ST_MAX_CLASSES] = {0}, p = 0;
        for (int a = 0; a < nc; a++)
            for (int b = a + 1; b < nc; b++, p++) {
                votes[o->dec[p] > 0 ? a : b]++;
                o->pa[p] = sm->order[a];
                o->pb[p] = sm->order[b];
            }
        o->npairs = p;
        int best = 0;
        for (int a = 1; a < nc; a++)
            if (votes[a] > votes[best])
                best = a;
        o->label = sm->order[best];
        if (sm->has_prob) {
            double r[ST_MAX_CLASSES][ST_MAX_CLASSES], pr[ST_MAX_CLASSES];
            const double min_prob = 1e-7;
            p = 0;
            for (int a = 0; a < nc; a++)
                for (int b = a + 1; b < nc; b++, p++) {
                    double v = sigmoid_predict(o->dec[p], sm->probA[p], sm->probB[p]);
                    v = v < min_prob ? min_prob : v > 1 - min_prob ? 1 - min_prob : v;
                    r[a][b] = v;
                    r[b][a] = 1 - v;
                }
            if (nc == 2) {
                pr[0] = r[0][1];
                pr[1] = r[1][0];
            } else {
                multiclass_probability(nc, r, pr);
            }
            for (int a = 0; a < nc; a++)
                o->p[sm->order[a]] = pr[a];
            o->has_p = 1;
        }
        if (k && reasons && nreasons) {
            /* contribution of each feature toward the chosen class, over its pairs */
            st_reason *rs = reasons + ti * k;
            size_t nr = 0;
            for (size_t q = 0; q < nx && sm->linear; q++) {
                double c = 0;
                p = 0;
                for (int a = 0; a < nc; a++)
                    for (int b = a + 1; b < nc; b++, p++) {
                        double v = sm->w[(size_t)p * m->nfeat + x[q].idx] * x[q].val;
                        if (a == best)
                            c += v;
                        else if (b == best)
                            c -= v;
                    }
                add_reason(rs, &nr, k, m->fnames[x[q].idx], c);
            }
            nreasons[ti] = nr;
        }
    }
    return 0;
}

/* ------------------------------------------------------------------ loading */

static void model_free_tasks(st_model *m)
{
    for (size_t t = 0; t < m->ntasks; t++) {
        st_task *k = &m->tasks[t];
        for (size_t c = 0; c < k->nclass; c++)
            free(k->classes[c]);
        free(k->classes);
        for (size_t s = 0; s < k->nsubs; s++)
            st_submodel_clear(&k->subs[s]);
        free(k->subs);
        free(k->name);
        free(k->per);
        st_dict_free(&k->per_index);
    }
    free(m->tasks);
}

void st_model_free(st_model *m)
{
    if (!m)
        return;
    model_free_tasks(m);
    for (size_t i = 0; i < m->nfeat; i++)
        free(m->fnames[i]);
    free(m->fnames);
    free(m->idf);
    st_dict_free(&m->vocab);
    st_lexicon_free(m->lex);
    free(m->dir);
    free(m->info);
    free(m);
}

#define BAD(...)                                                                                   \
    do {                                                                                           \
        st_seterr(err, __VA_ARGS__);                                                               \
        rc = ST_EMODEL;                                                                            \
        goto done;                                                                                 \
    } while (0)

static int get_int(const cJSON *o, const char *k, int *v)
{
    const cJSON *j = cJSON_GetObjectItemCaseSensitive(o, k);
    if (!cJSON_IsNumber(j) || j->valuedouble != (double)(int)j->valuedouble)
        return -1;
    *v = (int)j->valuedouble;
    return 0;
}

static int load_task(st_model *m, const cJSON *jt, st_task *t, const char *man, st_err *err)
{
    int rc = 0;
    const cJSON *name = cJSON_GetObjectItemCaseSensitive(jt, "name");
    const cJSON *classes = cJSON_GetObjectItemCaseSensitive(jt, "classes");
    const cJSON *models = cJSON_GetObjectItemCaseSensitive(jt, "models");
    const cJSON *per = cJSON_GetObjectItemCaseSensitive(jt, "per");
    if (!cJSON_IsString(name) || !cJSON_IsArray(classes) || !cJSON_IsArray(models) ||
        cJSON_GetArraySize(models) < 1)
        BAD("%s: a task lacks name, classes or models", man);
    t->name = st_strdup(name->valuestring);
    t->per = cJSON_IsString(per) ? st_strdup(per->valuestring) : NULL;
    const cJSON *solver = cJSON_GetObjectItemCaseSensitive(jt, "solver");
    if (solver && !(cJSON_IsString(solver) && (!strcmp(solver->valuestring, "libsvm") ||
                                                !strcmp(solver->valuestring, "liblinear"))))
        BAD("%s: task '%s': unknown solver", man, t->name);
    t->liblinear = solver && !strcmp(solver->valuestring, "liblinear");
    t->nclass = (size_t)cJSON_GetArraySize(classes);
    if (t->nclass < 2 || t->nclass > ST_MAX_CLASSES)
        BAD("%s: task '%s' has %zu classes", man, t->name, t->nclass);
    t->classes = calloc(t->nclass, sizeof *t->classes);
    if (!t->classes)
        return ST_ENOMEM;
    for (size_t c = 0; c < t->nclass; c++) {
        const cJSON *cj = cJSON_GetArrayItem(classes, (int)c);
        if (!cJSON_IsString(cj))
            BAD("%s: task '%s': class names must be strings", man, t->name);
        t->classes[c] = st_strdup(cj->valuestring);
    }
    t->nsubs = (size_t)cJSON_GetArraySize(models);
    t->subs = calloc(t->nsubs, sizeof *t->subs);
    if (!t->subs)
        return ST_ENOMEM;
    for (size_t s = 0; s < t->nsubs; s++) {
        const cJSON *jm = cJSON_GetArrayItem(models, (int)s);
        const cJSON *file = cJSON_GetObjectItemCaseSensitive(jm, "file");
        const cJSON *value = cJSON_GetObjectItemCaseSensitive(jm, "value");
        if (!cJSON_IsString(file) || strchr(file->valuestring, '/'))
            BAD("%s: task '%s': model %zu has no valid file name", man, t->name, s);
        if ((s == 0) != cJSON_IsNull(value) || (s > 0 && !cJSON_IsString(value)))
            BAD("%s: task '%s': model %zu: the first model is pooled (value null), the others per value",
                man, t->name, s);
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", m->dir, file->valuestring);
        /* libsvm's loader trusts its input (a cut file can crash it): check size and
         * checksum against the manifest first */
        const cJSON *sum = cJSON_GetObjectItemCaseSensitive(jm, "fnv1a64");
        const cJSON *bytes = cJSON_GetObjectItemCaseSensitive(jm, "bytes");
        char hex[17];
        size_t fsize;
        if (!cJSON_IsString(sum) || !cJSON_IsNumber(bytes))
            BAD("%s: task '%s': model %zu has no checksum", man, t->name, s);
        if (st_file_fnv(path, hex, &fsize))
            BAD("%s: missing or unreadable", path);
        if ((double)fsize != bytes->valuedouble || strcmp(hex, sum->valuestring))
            BAD("%s: corrupt (%zu bytes, checksum %s; the manifest says %.0f bytes, %s)", path, fsize, hex,
                bytes->valuedouble, sum->valuestring);
        st_submodel *sm = &t->subs[s];
        if (t->liblinear) {
            struct model *lm = load_model(path);
            if (!lm)
                BAD("%s: cannot load LIBLINEAR model (missing or corrupt)", path);
            rc = st_collapse_linear(sm, lm, m->nfeat, t->nclass);
            free_and_destroy_model(&lm);
            if (rc == ST_EMODEL)
                BAD("%s: labels or features do not match the manifest", path);
            if (rc)
                goto done;
            goto named;
        }
        struct svm_model *svm = svm_load_model(path);
        if (!svm)
            BAD("%s: cannot load libsvm model (missing or corrupt)", path);
        if (svm->param.svm_type != C_SVC) {
            svm_free_and_destroy_model(&svm);
            BAD("%s: not a C-SVC model", path);
        }
        /* every support vector index must be within the vocabulary */
        for (int i = 0; i < svm->l; i++)
            for (const struct svm_node *x = svm->SV[i]; x->index != -1; x++)
                if (x->index < 1 || (size_t)x->index > m->nfeat) {
                    svm_free_and_destroy_model(&svm);
                    BAD("%s: feature index out of range for the manifest's vocabulary", path);
                }
        rc = st_collapse(sm, svm, m->nfeat, t->nclass);
        if (rc == ST_EMODEL) {
            svm_free_and_destroy_model(&svm);
            BAD("%s: labels do not match the manifest's classes", path);
        }
        if (rc) {
            svm_free_and_destroy_model(&svm);
            goto done;
        }
        if (sm->linear)
            svm_free_and_destroy_model(&svm);
        else {
            sm->svm = svm;
            m->sorted_vectors = 1;
        }
    named:
        if (s > 0) {
            int ins;
            sm->value = st_strdup(value->valuestring);
            int *slot = st_dict_slot(&t->per_index, value->valuestring, strlen(value->valuestring), &ins);
            if (!slot || !sm->value)
                return ST_ENOMEM;
            *slot = (int)s;
        }
    }
done:
    return rc;
}

int st_model_load(const char *dir, st_model **out, st_err *err)
{
    *out = NULL;
    char man[4096];
    snprintf(man, sizeof man, "%s/manifest.json", dir);
    char *data = NULL;
    size_t n;
    st_err ferr;
    int rc = st_file_read(man, &data, &n, &ferr);
    if (rc) {
        st_seterr(err, "%s: no model here (%s)", dir, ferr.msg);
        return ST_EMODEL;
    }
    cJSON *j = cJSON_ParseWithLength(data, n);
    free(data);
    st_model *m = calloc(1, sizeof *m);
    if (!m || !(m->dir = st_strdup(dir))) {
        cJSON_Delete(j);
        free(m);
        return ST_ENOMEM;
    }
    int format = 0;
    const cJSON *feat, *vocab, *tasks, *lex;
    if (!j)
        BAD("%s: not valid JSON (truncated or corrupt)", man);
    if (get_int(j, "format", &format))
        BAD("%s: no format version", man);
    if (format > ST_MODEL_FORMAT || format < 1)
        BAD("%s: model format %d, this stance reads format %d; retrain with this version", man, format,
            ST_MODEL_FORMAT);
    feat = cJSON_GetObjectItemCaseSensitive(j, "features");
    vocab = cJSON_GetObjectItemCaseSensitive(feat, "vocabulary");
    tasks = cJSON_GetObjectItemCaseSensitive(j, "tasks");
    lex = cJSON_GetObjectItemCaseSensitive(j, "lexicons");
    if (!cJSON_IsObject(feat) || !cJSON_IsArray(vocab) || !cJSON_IsArray(tasks) || !cJSON_IsObject(lex))
        BAD("%s: features, vocabulary, lexicons or tasks missing", man);
    st_featopts_default(&m->feat);
    if (get_int(feat, "ngram_max", &m->feat.ngram_max) || get_int(feat, "char_ngrams", &m->feat.char_ngrams) ||
        get_int(feat, "mask_actor", &m->feat.mask_actor))
        BAD("%s: feature settings missing", man);
    if ((rc = st_lexicon_from_json(lex, &m->lex, err))) {
        char tmp[3100];
        snprintf(tmp, sizeof tmp, "%.2000s: %.1000s", man, err->msg);
        BAD("%s", tmp);
    }
    m->nfeat = (size_t)cJSON_GetArraySize(vocab);
    m->fnames = calloc(m->nfeat ? m->nfeat : 1, sizeof *m->fnames);
    m->idf = calloc(m->nfeat ? m->nfeat : 1, sizeof *m->idf);
    if (!m->fnames || !m->idf) {
        rc = ST_ENOMEM;
        goto done;
    }
    {
        size_t i = 0;
        const cJSON *it;
        cJSON_ArrayForEach(it, vocab)
        {
            const cJSON *nm = cJSON_GetArrayItem(it, 0), *w = cJSON_GetArrayItem(it, 1);
            if (!cJSON_IsString(nm) || !cJSON_IsNumber(w) || !isfinite(w->valuedouble))
                BAD("%s: vocabulary entry %zu malformed", man, i + 1);
            int ins;
            int *slot = st_dict_slot(&m->vocab, nm->valuestring, strlen(nm->valuestring), &ins);
            if (!slot || !(m->fnames[i] = st_strdup(nm->valuestring))) {
                rc = ST_ENOMEM;
                goto done;
            }
            if (!ins)
                BAD("%s: vocabulary entry '%s' repeated", man, nm->valuestring);
            *slot = (int)i;
            m->idf[i] = w->valuedouble;
            i++;
        }
    }
    m->ntasks = (size_t)cJSON_GetArraySize(tasks);
    if (m->ntasks < 1)
        BAD("%s: no tasks", man);
    m->tasks = calloc(m->ntasks, sizeof *m->tasks);
    if (!m->tasks) {
        rc = ST_ENOMEM;
        goto done;
    }
    for (size_t t = 0; t < m->ntasks; t++)
        if ((rc = load_task(m, cJSON_GetArrayItem(tasks, (int)t), &m->tasks[t], man, err)))
            goto done;
    {
        const cJSON *data_o = cJSON_GetObjectItemCaseSensitive(j, "data");
        const cJSON *df = cJSON_GetObjectItemCaseSensitive(data_o, "file");
        const cJSON *dr = cJSON_GetObjectItemCaseSensitive(data_o, "rows");
        char buf[1024];
        snprintf(buf, sizeof buf, "format %d, %zu features, trained on %s (%d rows)", format, m->nfeat,
                 cJSON_IsString(df) ? df->valuestring : "?", cJSON_IsNumber(dr) ? (int)dr->valuedouble : 0);
        m->info = st_strdup(buf);
    }
done:
    cJSON_Delete(j);
    if (rc) {
        st_model_free(m);
        return rc;
    }
    *out = m;
    return 0;
}

const st_lexicon *st_model_lexicon(const st_model *m) { return m->lex; }
size_t st_model_ntasks(const st_model *m) { return m->ntasks; }
const char *st_model_task_name(const st_model *m, size_t t) { return t < m->ntasks ? m->tasks[t].name : NULL; }
const char *st_model_task_per(const st_model *m, size_t t) { return t < m->ntasks ? m->tasks[t].per : NULL; }
size_t st_model_nclasses(const st_model *m, size_t t) { return t < m->ntasks ? m->tasks[t].nclass : 0; }
const char *st_model_class_name(const st_model *m, size_t t, size_t c)
{
    return t < m->ntasks && c < m->tasks[t].nclass ? m->tasks[t].classes[c] : NULL;
}
const char *st_model_info(const st_model *m) { return m->info ? m->info : ""; }
