/* featvec: prints the named features of sentences, through the public API, so that the bench
 * can turn test sentences into the same vectors stance-train --save-features writes for the
 * training rows (bench.py does the vocabulary lookup, log(1+count)*idf weighting and L2 norm,
 * and checks the result against --save-features on the training rows before using it).
 *
 * usage: featvec MODEL_DIR NGRAM_MAX CHAR_NGRAMS MASK_ACTOR < LINES
 * LINES: one sentence per line, a blank line starts a new document (as stance-classify
 * --input lines). Output: one line per sentence, the feature names (one per occurrence)
 * separated by tabs. Built by bench/bench.py against build/libstance.a; not part of the tool. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "stance.h"

static void emit(void *ctx, const char *name, size_t len, double count)
{
    int *first = ctx;
    (void)count;
    if (!*first)
        putchar('\t');
    *first = 0;
    for (size_t i = 0; i < len; i++)
        putchar(name[i] == '\t' || name[i] == '\n' ? ' ' : name[i]);
}

static int flush_doc(st_model *m, const st_featopts *o, char **sents, size_t n, size_t docno)
{
    if (!n)
        return 0;
    st_err err;
    st_doc *d;
    char nm[64];
    snprintf(nm, sizeof nm, "doc%zu", docno);
    if (st_doc_from_sentences(nm, (const char *const *)sents, n, st_model_lexicon(m), &d, &err)) {
        fprintf(stderr, "featvec: %s\n", err.msg);
        return 1;
    }
    if (st_doc_count(d) != n) {
        fprintf(stderr, "featvec: document %zu: %zu sentences in, %zu out\n", docno, n, st_doc_count(d));
        st_doc_free(d);
        return 1;
    }
    for (size_t i = 0; i < n; i++) {
        int first = 1;
        if (st_features(d, i, st_model_lexicon(m), o, emit, &first)) {
            fprintf(stderr, "featvec: features failed\n");
            st_doc_free(d);
            return 1;
        }
        putchar('\n');
    }
    st_doc_free(d);
    fflush(stdout); /* whole documents only, so that a caller can resume after a crash */
    return 0;
}

int main(int argc, char **argv)
{
    if (argc != 5) {
        fprintf(stderr, "usage: featvec MODEL_DIR NGRAM_MAX CHAR_NGRAMS MASK_ACTOR < LINES\n");
        return 2;
    }
    st_model *m;
    st_err err;
    if (st_model_load(argv[1], &m, &err)) {
        fprintf(stderr, "featvec: %s\n", err.msg);
        return 1;
    }
    st_featopts o;
    st_featopts_default(&o);
    o.ngram_max = atoi(argv[2]);
    o.char_ngrams = atoi(argv[3]);
    o.mask_actor = atoi(argv[4]);
    char **sents = NULL, *line = NULL;
    size_t n = 0, cap = 0, lcap = 0, docno = 0;
    ssize_t len;
    int rc = 0;
    while (!rc && (len = getline(&line, &lcap, stdin)) >= 0) {
        while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
            line[--len] = 0;
        if (!len) {
            rc = flush_doc(m, &o, sents, n, docno++);
            for (size_t i = 0; i < n; i++)
                free(sents[i]);
            n = 0;
            continue;
        }
        if (n == cap) {
            cap = cap ? 2 * cap : 64;
            char **t = realloc(sents, cap * sizeof *sents);
            if (!t)
                return 1;
            sents = t;
        }
        sents[n++] = strdup(line);
    }
    if (!rc)
        rc = flush_doc(m, &o, sents, n, docno);
    for (size_t i = 0; i < n; i++)
        free(sents[i]);
    free(sents);
    free(line);
    st_model_free(m);
    return rc || fflush(stdout) ? 1 : 0;
}
