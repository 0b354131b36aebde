/* test_model.c - training (lib/trainer.c), the model directory and prediction (lib/model.c). */
#include "testutil.h"

#include <cjson/cJSON.h>
#include <math.h>

#define TINY TU_FIXTURES "/tiny.csv"

static const char *const stance_names[] = {"optimistic", "skeptical", "neutral", NULL};
static const char *const sentiment_names[] = {"positive", "negative", "neutral", NULL};

/* One model trained once for the whole file (group setup), in its own temporary directory. */
static char *g_tmp;   /* temporary directory holding everything below */
static char *g_model; /* g_tmp/model */

static const char *const articles[] = {
    "Port talks resume\n\n"
    "Okafor said a deal was within reach and praised the good faith of the operators. "
    "\xE2\x80\x9CWe are close,\xE2\x80\x9D he said. Port director Lena Brandt said the demands were unrealistic "
    "and warned the talks were going nowhere. The next session is on Thursday.",
    "Regulator Ines Kova said she doubted the merger would be approved. Chief executive Paolo Conti said "
    "the combined company would thrive. The filing runs to 300 pages.",
    "The chamber has 200 seats.",
};

static void opts_for(st_train_opts *o, const char *data_path)
{
    st_train_opts_default(o);
    o->data_path = data_path;
    o->lexicon_dir = TU_LEXDIR;
    o->folds = 3;
    o->min_count = 1;
    o->seed = 1;
}

/* Trains from the CSV file DATA into OUT; returns st_train's code, ERR its message. */
static int train_file(const char *data, const char *out, st_train_opts *o, st_err *err)
{
    FILE *in = fopen(data, "rb");
    if (!in)
        fail_msg("cannot open %s: %s", data, strerror(errno));
    o->data_path = data;
    int rc = st_train(in, o, out, err);
    fclose(in);
    return rc;
}

static int setup(void **state)
{
    (void)state;
    g_tmp = tu_mkdtemp();
    g_model = tu_path(g_tmp, "model");
    st_train_opts o;
    opts_for(&o, TINY);
    st_err err = {{0}};
    int rc = train_file(TINY, g_model, &o, &err);
    if (rc) {
        fprintf(stderr, "training on %s failed: %d (%s) %s\n", TINY, rc, st_errmsg(rc), err.msg);
        return -1;
    }
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    tu_rmtree(g_tmp);
    free(g_model);
    free(g_tmp);
    return 0;
}

static st_model *load_ok(const char *dir)
{
    st_model *m = NULL;
    st_err err = {{0}};
    int rc = st_model_load(dir, &m, &err);
    if (rc || !m)
        fail_msg("st_model_load(%s): %d (%s) %s", dir, rc, st_errmsg(rc), err.msg);
    return m;
}

static int in_list(const char *const *list, const char *s)
{
    for (size_t i = 0; list[i]; i++)
        if (s && strcmp(list[i], s) == 0)
            return 1;
    return 0;
}

/* ------------------------------------------------------------------ a trained model */

static void trained_model_has_the_expected_tasks(void **state)
{
    (void)state;
    st_model *m = load_ok(g_model);
    assert_int_equal(st_model_ntasks(m), 2);
    assert_string_equal(st_model_task_name(m, 0), "stance");
    assert_string_equal(st_model_task_name(m, 1), "sentiment");
    assert_null(st_model_task_per(m, 0));
    for (size_t t = 0; t < 2; t++) {
        const char *const *names = t == 0 ? stance_names : sentiment_names;
        assert_int_equal(st_model_nclasses(m, t), 3);
        for (size_t c = 0; c < st_model_nclasses(m, t); c++)
            if (!in_list(names, st_model_class_name(m, t, c)))
                fail_msg("task %zu class %zu: unexpected name '%s'", t, c, st_model_class_name(m, t, c));
        assert_null(st_model_class_name(m, t, 3));
    }
    assert_non_null(st_model_lexicon(m));
    assert_true(strlen(st_model_info(m)) > 0);
    st_model_free(m);
}

/* Predicts every sentence of every article; checks that each prediction is well formed. */
static void predictions_are_well_formed(void **state)
{
    (void)state;
    st_model *m = load_ok(g_model);
    st_scratch *s = st_scratch_new(m);
    assert_non_null(s);
    size_t nt = st_model_ntasks(m);
    st_pred pred[2];
    size_t total = 0;
    for (size_t a = 0; a < sizeof articles / sizeof *articles; a++) {
        st_doc *d = NULL;
        st_err err = {{0}};
        assert_int_equal(st_doc_from_text("article", articles[a], strlen(articles[a]), st_model_lexicon(m), &d, &err), 0);
        for (size_t i = 0; i < st_doc_count(d); i++, total++) {
            assert_int_equal(st_predict(m, s, d, i, NULL, pred, 0, NULL, NULL), ST_OK);
            for (size_t t = 0; t < nt; t++) {
                const st_pred *p = &pred[t];
                size_t nc = st_model_nclasses(m, t);
                const char *const *names = t == 0 ? stance_names : sentiment_names;
                if (p->label < 0 || (size_t)p->label >= nc || !in_list(names, st_model_class_name(m, t, (size_t)p->label)))
                    fail_msg("article %zu sentence %zu task %zu: label %d is not a class", a, i, t, p->label);
                assert_true(p->has_p);
                double sum = 0;
                for (size_t c = 0; c < nc; c++) {
                    assert_true(p->p[c] >= 0 && p->p[c] <= 1);
                    sum += p->p[c];
                }
                if (fabs(sum - 1) > 1e-6)
                    fail_msg("article %zu sentence %zu task %zu: probabilities sum to %.9f", a, i, t, sum);
                assert_int_equal(p->npairs, (int)(nc * (nc - 1) / 2));
                for (int k = 0; k < p->npairs; k++) {
                    assert_true(isfinite(p->dec[k]));
                    assert_true(p->pa[k] >= 0 && (size_t)p->pa[k] < nc && p->pb[k] >= 0 && (size_t)p->pb[k] < nc);
                    assert_true(p->pa[k] != p->pb[k]);
                }
            }
        }
        st_doc_free(d);
    }
    assert_true(total >= 8);
    st_scratch_free(s);
    st_model_free(m);
}

/* The model learned something: on its own training rows (split into articles as the trainer
 * does) most stance and sentiment labels come back. */
static void model_fits_its_training_data(void **state)
{
    (void)state;
    st_model *m = load_ok(g_model);
    st_scratch *s = st_scratch_new(m);
    FILE *f = fopen(TINY, "rb");
    assert_non_null(f);
    st_csv *r;
    st_err err = {{0}};
    assert_int_equal(st_csv_open(f, TINY, &r, &err), ST_OK);
    char **fields;
    size_t nf, line;
    assert_int_equal(st_csv_next(r, &fields, &nf, &line, &err), 1);
    int cdoc = -1, ctext = -1, cst = -1, cse = -1;
    for (size_t i = 0; i < nf; i++) {
        cdoc = !strcmp(fields[i], "doc") ? (int)i : cdoc;
        ctext = !strcmp(fields[i], "text") ? (int)i : ctext;
        cst = !strcmp(fields[i], "stance") ? (int)i : cst;
        cse = !strcmp(fields[i], "sentiment") ? (int)i : cse;
    }
    assert_true(cdoc >= 0 && ctext >= 0 && cst >= 0 && cse >= 0);
    /* collect rows */
    char *docs[256], *texts[256], *gold[2][256];
    size_t n = 0;
    int k;
    while ((k = st_csv_next(r, &fields, &nf, &line, &err)) == 1 && n < 256) {
        docs[n] = strdup(fields[cdoc]);
        texts[n] = strdup(fields[ctext]);
        gold[0][n] = strdup(fields[cst]);
        gold[1][n] = strdup(fields[cse]);
        n++;
    }
    assert_int_equal(k, 0);
    st_csv_free(r);
    fclose(f);
    assert_true(n >= 60);
    size_t right[2] = {0, 0};
    st_pred pred[2];
    for (size_t i = 0; i < n;) {
        size_t j = i + 1;
        while (j < n && !strcmp(docs[j], docs[i]))
            j++;
        st_doc *d;
        assert_int_equal(st_doc_from_sentences(docs[i], (const char *const *)texts + i, j - i, st_model_lexicon(m), &d, &err), 0);
        assert_int_equal(st_doc_count(d), j - i);
        for (size_t q = i; q < j; q++) {
            assert_int_equal(st_predict(m, s, d, q - i, NULL, pred, 0, NULL, NULL), 0);
            for (int t = 0; t < 2; t++)
                right[t] += strcmp(st_model_class_name(m, (size_t)t, (size_t)pred[t].label), gold[t][q]) == 0;
        }
        st_doc_free(d);
        i = j;
    }
    for (size_t i = 0; i < n; i++) {
        free(docs[i]);
        free(texts[i]);
        free(gold[0][i]);
        free(gold[1][i]);
    }
    st_scratch_free(s);
    st_model_free(m);
    if (right[0] * 10 < n * 8 || right[1] * 10 < n * 8)
        fail_msg("training-set accuracy too low: stance %zu/%zu, sentiment %zu/%zu", right[0], n, right[1], n);
}

/* Loading the same model twice (once from a byte copy of its directory) gives identical labels,
 * probabilities and decision values. */
static void loading_twice_predicts_identically(void **state)
{
    (void)state;
    char *copy = tu_path(g_tmp, "copy");
    tu_copy_dir(g_model, copy);
    st_model *m1 = load_ok(g_model), *m2 = load_ok(copy);
    st_scratch *s1 = st_scratch_new(m1), *s2 = st_scratch_new(m2);
    st_pred p1[2], p2[2];
    for (size_t a = 0; a < sizeof articles / sizeof *articles; a++) {
        st_doc *d1, *d2;
        st_err err = {{0}};
        assert_int_equal(st_doc_from_text("a", articles[a], strlen(articles[a]), st_model_lexicon(m1), &d1, &err), 0);
        assert_int_equal(st_doc_from_text("a", articles[a], strlen(articles[a]), st_model_lexicon(m2), &d2, &err), 0);
        assert_int_equal(st_doc_count(d1), st_doc_count(d2));
        for (size_t i = 0; i < st_doc_count(d1); i++) {
            /* twice with the first model too: the scratch must not carry state over */
            for (int rep = 0; rep < 2; rep++) {
                assert_int_equal(st_predict(m1, s1, d1, i, NULL, p1, 0, NULL, NULL), 0);
                assert_int_equal(st_predict(m2, s2, d2, i, NULL, p2, 0, NULL, NULL), 0);
                for (size_t t = 0; t < 2; t++) {
                    assert_int_equal(p1[t].label, p2[t].label);
                    assert_int_equal(p1[t].npairs, p2[t].npairs);
                    if (memcmp(p1[t].p, p2[t].p, sizeof p1[t].p) != 0 ||
                        memcmp(p1[t].dec, p2[t].dec, (size_t)p1[t].npairs * sizeof *p1[t].dec) != 0)
                        fail_msg("article %zu sentence %zu task %zu: predictions differ (p %.17g vs %.17g, dec %.17g vs %.17g)",
                                 a, i, t, p1[t].p[0], p2[t].p[0], p1[t].dec[0], p2[t].dec[0]);
                }
            }
        }
        st_doc_free(d1);
        st_doc_free(d2);
    }
    st_scratch_free(s1);
    st_scratch_free(s2);
    st_model_free(m1);
    st_model_free(m2);
    tu_rmtree(copy);
    free(copy);
}

/* Same data, same seed: the same bytes in every file of the model directory. */
static void same_seed_gives_identical_files(void **state)
{
    (void)state;
    char *again = tu_path(g_tmp, "again");
    st_train_opts o;
    opts_for(&o, TINY);
    st_err err = {{0}};
    int rc = train_file(TINY, again, &o, &err);
    if (rc)
        fail_msg("second training: %d %s", rc, err.msg);
    size_t nfiles = 0;
    DIR *d = opendir(g_model);
    assert_non_null(d);
    struct dirent *e;
    int has_manifest = 0, has_model = 0;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.')
            continue;
        nfiles++;
        has_manifest |= strcmp(e->d_name, "manifest.json") == 0;
        has_model |= strstr(e->d_name, ".model") != NULL;
        char *a = tu_path(g_model, e->d_name), *b = tu_path(again, e->d_name);
        if (!tu_same_file(a, b))
            fail_msg("%s and %s differ (or one is missing)", a, b);
        free(a);
        free(b);
    }
    closedir(d);
    assert_true(has_manifest && has_model);
    /* and no extra file in the second directory */
    size_t n2 = 0;
    d = opendir(again);
    assert_non_null(d);
    while ((e = readdir(d)))
        n2 += e->d_name[0] != '.';
    closedir(d);
    assert_int_equal(nfiles, n2);
    tu_rmtree(again);
    free(again);
}

/* ------------------------------------------------------------------ models that cannot load */

static void expect_emodel(const char *dir, const char *what)
{
    st_model *m = (st_model *)1;
    st_err err = {{0}};
    int rc = st_model_load(dir, &m, &err);
    if (rc != ST_EMODEL)
        fail_msg("%s: expected ST_EMODEL, got %d (%s) '%s'", what, rc, st_errmsg(rc), err.msg);
    assert_null(m);
    if (!err.msg[0])
        fail_msg("%s: no error message", what);
    if (!strstr(err.msg, dir))
        fail_msg("%s: message does not name the model directory %s: '%s'", what, dir, err.msg);
}

static void load_missing_dir(void **state)
{
    (void)state;
    char *dir = tu_path(g_tmp, "no-such-model");
    expect_emodel(dir, "missing directory");
    free(dir);
}

static void load_truncated_manifest(void **state)
{
    (void)state;
    char *dir = tu_path(g_tmp, "truncated");
    tu_copy_dir(g_model, dir);
    char *man = tu_path(dir, "manifest.json");
    size_t n = 0;
    char *data = tu_read_file(man, &n);
    assert_non_null(data);
    tu_write_file_n(man, data, n / 2);
    expect_emodel(dir, "manifest cut in half");
    tu_write_file_n(man, data, 0);
    expect_emodel(dir, "empty manifest");
    free(data);
    free(man);
    tu_rmtree(dir);
    free(dir);
}

static void load_newer_format(void **state)
{
    (void)state;
    char *dir = tu_path(g_tmp, "format999");
    tu_copy_dir(g_model, dir);
    char *man = tu_path(dir, "manifest.json");
    char *data = tu_read_file(man, NULL);
    assert_non_null(data);
    cJSON *j = cJSON_Parse(data);
    assert_non_null(j);
    assert_true(cJSON_IsNumber(cJSON_GetObjectItemCaseSensitive(j, "format")));
    cJSON_ReplaceItemInObjectCaseSensitive(j, "format", cJSON_CreateNumber(999));
    char *text = cJSON_Print(j);
    tu_write_file(man, text);
    expect_emodel(dir, "format 999");
    /* the message says why */
    st_model *m;
    st_err err = {{0}};
    st_model_load(dir, &m, &err);
    if (!tu_has_number(err.msg, 999))
        fail_msg("format 999: message does not give the format: '%s'", err.msg);
    cJSON_free(text);
    cJSON_Delete(j);
    free(data);
    free(man);
    tu_rmtree(dir);
    free(dir);
}

/* Copies the trained model to a new directory, lets EDIT spoil its task0.model, and expects
 * ST_EMODEL. */
static void with_spoilt_libsvm_file(const char *name, void (*edit)(const char *file, const char *orig, size_t n),
                                    const char *what)
{
    char *dir = tu_path(g_tmp, name);
    tu_copy_dir(g_model, dir);
    char *f = tu_path(dir, "task0.model");
    size_t n = 0;
    char *data = tu_read_file(f, &n);
    if (!data)
        fail_msg("the trained model has no task0.model; the test needs updating");
    edit(f, data, n);
    expect_emodel(dir, what);
    free(data);
    free(f);
    tu_rmtree(dir);
    free(dir);
}

static void garbage(const char *f, const char *orig, size_t n)
{
    (void)orig;
    (void)n;
    tu_write_file(f, "this is not a libsvm model\n\x01\x02\x03 nonsense 1:2:3\n");
}

static void cut_in_half(const char *f, const char *orig, size_t n) { tu_write_file_n(f, orig, n / 2); }

static void cut_in_header(const char *f, const char *orig, size_t n)
{
    const char *sv = strstr(orig, "rho");
    tu_write_file_n(f, orig, sv ? (size_t)(sv - orig) : n / 10);
}

static void removed(const char *f, const char *orig, size_t n)
{
    (void)orig;
    (void)n;
    unlink(f);
}

static void load_garbage_libsvm_file(void **state)
{
    (void)state;
    with_spoilt_libsvm_file("garbage", garbage, "garbage libsvm file");
}

static void load_libsvm_file_cut_in_header(void **state)
{
    (void)state;
    with_spoilt_libsvm_file("cut-header", cut_in_header, "libsvm file cut before rho");
}

static void load_libsvm_file_cut_in_support_vectors(void **state)
{
    (void)state;
    with_spoilt_libsvm_file("cut-half", cut_in_half, "libsvm file cut in the middle of its support vectors");
}

static void load_missing_libsvm_file(void **state)
{
    (void)state;
    with_spoilt_libsvm_file("removed", removed, "libsvm file missing");
}

/* ------------------------------------------------------------------ training that fails */

/* Creates DIR with one marker file, to check that a failed training leaves it alone. */
static void make_marked_dir(const char *dir)
{
    if (mkdir(dir, 0755) != 0)
        fail_msg("mkdir %s: %s", dir, strerror(errno));
    char *mk = tu_path(dir, "marker.txt");
    tu_write_file(mk, "previous model\n");
    free(mk);
}

static void check_marked_dir(const char *parent, const char *dir)
{
    char *mk = tu_path(dir, "marker.txt");
    char *data = tu_read_file(mk, NULL);
    if (!data || strcmp(data, "previous model\n") != 0)
        fail_msg("%s was changed by a failed training (marker: %s)", dir, data ? data : "gone");
    free(data);
    free(mk);
    DIR *d = opendir(dir);
    assert_non_null(d);
    struct dirent *e;
    while ((e = readdir(d)))
        if (strcmp(e->d_name, ".") && strcmp(e->d_name, "..") && strcmp(e->d_name, "marker.txt"))
            fail_msg("a failed training left %s/%s", dir, e->d_name);
    closedir(d);
    /* nor temporary directories beside it */
    d = opendir(parent);
    assert_non_null(d);
    while ((e = readdir(d)))
        if (strstr(e->d_name, ".tmp"))
            fail_msg("a failed training left %s/%s", parent, e->d_name);
    closedir(d);
}

/* Writes CSV to a file in a fresh directory, trains into an existing marked directory and
 * checks the code, that the message contains each of NEEDLES, and that the directory is intact. */
static void expect_train_failure(const char *csv, const char *const *labels, size_t nlabels, int want_rc,
                                 const char *const *needles)
{
    char *dir = tu_mkdtemp();
    char *data = tu_path(dir, "data.csv"), *out = tu_path(dir, "model");
    tu_write_file(data, csv);
    make_marked_dir(out);
    st_train_opts o;
    opts_for(&o, data);
    o.labels = labels;
    o.nlabels = nlabels;
    st_err err = {{0}};
    int rc = train_file(data, out, &o, &err);
    if (rc != want_rc)
        fail_msg("expected %d (%s), got %d (%s): '%s'", want_rc, st_errmsg(want_rc), rc, st_errmsg(rc), err.msg);
    for (size_t i = 0; needles[i]; i++) {
        char want[4200];
        snprintf(want, sizeof want, needles[i], data);
        if (!strstr(err.msg, want))
            fail_msg("expected '%s' in the message '%s'", want, err.msg);
    }
    check_marked_dir(dir, out);
    tu_rmtree(dir);
    free(data);
    free(out);
    free(dir);
}

static void train_one_class_only(void **state)
{
    (void)state;
    const char *csv = "doc,text,stance,sentiment\n"
                      "d1,Okafor said the deal was close.,optimistic,positive\n"
                      "d1,Brandt said it was a fine plan.,optimistic,negative\n"
                      "d2,The talks resume on Monday.,optimistic,neutral\n"
                      "d2,Chen praised the offer.,optimistic,positive\n";
    expect_train_failure(csv, NULL, 0, ST_EDATA, (const char *const[]){"%s", "stance", NULL});
}

static void train_unknown_label_column(void **state)
{
    (void)state;
    const char *csv = "doc,text,stance,sentiment\n"
                      "d1,Okafor said the deal was close.,optimistic,positive\n"
                      "d1,Brandt said the plan would fail.,skeptical,negative\n";
    const char *const labels[] = {"mood"};
    expect_train_failure(csv, labels, 1, ST_EDATA, (const char *const[]){"%s:1", "mood", NULL});
}

static void train_empty_file(void **state)
{
    (void)state;
    expect_train_failure("", NULL, 0, ST_EDATA, (const char *const[]){"%s", NULL});
}

static void train_malformed_csv(void **state)
{
    (void)state;
    const char *csv = "doc,text,stance,sentiment\n"
                      "d1,Okafor said the deal was close.,optimistic,positive\n"
                      "d1,Brandt said the plan would fail.,skeptical,negative\n"
                      "d2,\"The talks resume, on Monday.,neutral,neutral\n"
                      "d2,Chen praised the offer.,optimistic,positive\n";
    expect_train_failure(csv, NULL, 0, ST_ECSV, (const char *const[]){"%s:4", NULL});
    /* a stray quote inside an unquoted field */
    const char *csv2 = "doc,text,stance,sentiment\n"
                       "d1,Okafor said the deal was close.,optimistic,positive\n"
                       "d1,Brandt said the \"plan\" would fail.,skeptical,negative\n";
    expect_train_failure(csv2, NULL, 0, ST_ECSV, (const char *const[]){"%s:3", NULL});
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(trained_model_has_the_expected_tasks),
        cmocka_unit_test(predictions_are_well_formed),
        cmocka_unit_test(model_fits_its_training_data),
        cmocka_unit_test(loading_twice_predicts_identically),
        cmocka_unit_test(same_seed_gives_identical_files),
        cmocka_unit_test(load_missing_dir),
        cmocka_unit_test(load_truncated_manifest),
        cmocka_unit_test(load_newer_format),
        cmocka_unit_test(load_garbage_libsvm_file),
        cmocka_unit_test(load_libsvm_file_cut_in_header),
        cmocka_unit_test(load_libsvm_file_cut_in_support_vectors),
        cmocka_unit_test(load_missing_libsvm_file),
        cmocka_unit_test(train_one_class_only),
        cmocka_unit_test(train_unknown_label_column),
        cmocka_unit_test(train_empty_file),
        cmocka_unit_test(train_malformed_csv),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
