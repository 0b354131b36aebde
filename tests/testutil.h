/* testutil.h - helpers shared by the cmocka unit tests of libstance.
 *
 * The tests run from the tests/ directory, so data paths are relative to it. Every helper
 * either returns something the caller frees or fails the current test with a message that
 * shows what was seen. Everything here is static: each test file is one program. */
#ifndef STANCE_TESTUTIL_H
#define STANCE_TESTUTIL_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <dirent.h>
#include <errno.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "stance.h"

#define TU_LEXDIR "../datasets/lexicons"
#define TU_FIXTURES "fixtures"

/* ------------------------------------------------------------------ the lexicon, loaded once */

static st_lexicon *tu_lexicon;

/* Group setup/teardown for cmocka_run_group_tests: load the lexicons once, free them at the end
 * (the ASan run checks for leaks). */
static inline int tu_setup_lexicon(void **state)
{
    (void)state;
    st_err err = {{0}};
    int rc = st_lexicon_load(TU_LEXDIR, &tu_lexicon, &err);
    if (rc) {
        fprintf(stderr, "cannot load %s: %s (%s)\n", TU_LEXDIR, err.msg, st_errmsg(rc));
        return -1;
    }
    return 0;
}

static inline int tu_teardown_lexicon(void **state)
{
    (void)state;
    st_lexicon_free(tu_lexicon);
    tu_lexicon = NULL;
    return 0;
}

/* ------------------------------------------------------------------ documents */

/* Documents made by tu_doc (or handed to tu_keep) are freed by tu_free_docs, the per-test
 * teardown of TU_TEST: a test that fails half-way leaks nothing into the ASan report. */
static st_doc *tu_docs[64];
static size_t tu_ndocs;

static inline st_doc *tu_keep(st_doc *d)
{
    if (tu_ndocs == sizeof tu_docs / sizeof *tu_docs)
        fail_msg("too many documents in one test (raise tu_docs in testutil.h)");
    tu_docs[tu_ndocs++] = d;
    return d;
}

static inline int tu_free_docs(void **state)
{
    (void)state;
    while (tu_ndocs)
        st_doc_free(tu_docs[--tu_ndocs]);
    return 0;
}

#define TU_TEST(f) cmocka_unit_test_teardown(f, tu_free_docs)

/* Builds a document from TEXT with the shared lexicon; fails the test on error. The document is
 * freed after the test (TU_TEST). */
static inline st_doc *tu_doc_n(const char *text, size_t n)
{
    st_doc *d = NULL;
    st_err err = {{0}};
    int rc = st_doc_from_text("test", text, n, tu_lexicon, &d, &err);
    if (rc || !d)
        fail_msg("st_doc_from_text failed: %d (%s) %s", rc, st_errmsg(rc), err.msg);
    return tu_keep(d);
}

static inline st_doc *tu_doc(const char *text) { return tu_doc_n(text, strlen(text)); }

/* Prints the sentences of DOC (with actor, cue and hedges) to stderr, to explain a failure. */
static inline void tu_dump(const st_doc *d)
{
    fprintf(stderr, "  document '%s', %zu sentence(s):\n", st_doc_name(d), st_doc_count(d));
    for (size_t i = 0; i < st_doc_count(d); i++) {
        const st_sentence *s = st_doc_sentence(d, i);
        fprintf(stderr, "   [%zu] actor=%s cue=%s hedges=", i, s->actor ? s->actor : "NULL",
                s->cue ? s->cue : "NULL");
        for (const char *h = s->hedges; h && *h; h++)
            fputc(*h == '\x1f' ? '|' : *h, stderr);
        fprintf(stderr, " text=<%s>\n", s->text);
    }
}

/* The first sentence whose text contains NEEDLE; fails the test when there is none. */
static inline const st_sentence *tu_find(const st_doc *d, const char *needle)
{
    for (size_t i = 0; i < st_doc_count(d); i++) {
        const st_sentence *s = st_doc_sentence(d, i);
        if (strstr(s->text, needle))
            return s;
    }
    tu_dump(d);
    fail_msg("no sentence contains '%s'", needle);
    return NULL;
}

/* Checks that DOC splits into exactly the sentences given (NULL-terminated). */
static inline void tu_check_sentences_(const st_doc *d, const char *const *want, const char *file, int line)
{
    size_t n = 0;
    while (want[n])
        n++;
    int ok = st_doc_count(d) == n;
    for (size_t i = 0; ok && i < n; i++)
        ok = strcmp(st_doc_sentence(d, i)->text, want[i]) == 0;
    if (ok)
        return;
    fprintf(stderr, "%s:%d: expected %zu sentence(s):\n", file, line, n);
    for (size_t i = 0; i < n; i++)
        fprintf(stderr, "   [%zu] <%s>\n", i, want[i]);
    fprintf(stderr, " got:\n");
    tu_dump(d);
    fail_msg("%s:%d: sentences differ", file, line);
}
#define tu_check_sentences(d, ...)                                                                 \
    do {                                                                                           \
        const char *const tu_want_[] = {__VA_ARGS__, NULL};                                        \
        tu_check_sentences_((d), tu_want_, __FILE__, __LINE__);                                    \
    } while (0)

/* Checks the actor of the sentence containing NEEDLE (WANT NULL: no actor). */
static inline void tu_check_actor_(const st_doc *d, const char *needle, const char *want, const char *file, int line)
{
    const st_sentence *s = tu_find(d, needle);
    const char *got = s->actor;
    if ((!want && !got) || (want && got && strcmp(want, got) == 0))
        return;
    tu_dump(d);
    fail_msg("%s:%d: actor of <%s>: expected %s, got %s", file, line, s->text, want ? want : "NULL",
             got ? got : "NULL");
}
#define tu_check_actor(d, needle, want) tu_check_actor_((d), (needle), (want), __FILE__, __LINE__)

/* Checks the cue of the sentence containing NEEDLE (WANT NULL: no cue). */
static inline void tu_check_cue_(const st_doc *d, const char *needle, const char *want, const char *file, int line)
{
    const st_sentence *s = tu_find(d, needle);
    const char *got = s->cue;
    if ((!want && !got) || (want && got && strcmp(want, got) == 0))
        return;
    tu_dump(d);
    fail_msg("%s:%d: cue of <%s>: expected %s, got %s", file, line, s->text, want ? want : "NULL",
             got ? got : "NULL");
}
#define tu_check_cue(d, needle, want) tu_check_cue_((d), (needle), (want), __FILE__, __LINE__)

/* Does the '\x1f'-separated list S hold the item ITEM? */
static inline int tu_has_item(const char *s, const char *item)
{
    size_t n = strlen(item);
    while (s && *s) {
        const char *e = strchr(s, '\x1f');
        size_t k = e ? (size_t)(e - s) : strlen(s);
        if (k == n && memcmp(s, item, n) == 0)
            return 1;
        s = e ? e + 1 : NULL;
    }
    return 0;
}

/* Does MSG contain the number V as a whole number (not part of a longer one)? */
static inline int tu_has_number(const char *msg, unsigned long v)
{
    char want[32];
    snprintf(want, sizeof want, "%lu", v);
    size_t n = strlen(want);
    for (const char *p = msg; (p = strstr(p, want)); p++) {
        int left = p == msg || p[-1] < '0' || p[-1] > '9';
        int right = p[n] < '0' || p[n] > '9';
        if (left && right)
            return 1;
    }
    return 0;
}

/* Fails unless HAY contains NEEDLE, showing both. */
#define tu_assert_contains(hay, needle)                                                            \
    do {                                                                                           \
        const char *tu_h_ = (hay), *tu_n_ = (needle);                                              \
        if (!tu_h_ || !strstr(tu_h_, tu_n_))                                                       \
            fail_msg("expected '%s' in '%s'", tu_n_, tu_h_ ? tu_h_ : "(null)");                    \
    } while (0)

/* ------------------------------------------------------------------ files and directories */

/* A fresh directory under $TMPDIR or /tmp; the caller frees the string (after tu_rmtree). */
static inline char *tu_mkdtemp(void)
{
    const char *base = getenv("TMPDIR");
    char path[4096];
    snprintf(path, sizeof path, "%s/stance-test-XXXXXX", base && *base ? base : "/tmp");
    if (!mkdtemp(path))
        fail_msg("mkdtemp %s: %s", path, strerror(errno));
    char *p = strdup(path);
    assert_non_null(p);
    return p;
}

static inline int tu_rm_one(const char *path, const struct stat *sb, int flag, struct FTW *ftw)
{
    (void)sb;
    (void)flag;
    (void)ftw;
    return remove(path);
}

/* Removes DIR and everything under it. */
static inline void tu_rmtree(const char *dir)
{
    if (dir)
        nftw(dir, tu_rm_one, 16, FTW_DEPTH | FTW_PHYS);
}

/* "A/B" in a malloc'd string. */
static inline char *tu_path(const char *a, const char *b)
{
    size_t n = strlen(a) + strlen(b) + 2;
    char *p = malloc(n);
    assert_non_null(p);
    snprintf(p, n, "%s/%s", a, b);
    return p;
}

/* The whole file, NUL-terminated, in a malloc'd buffer; NULL when it cannot be read. */
static inline char *tu_read_file(const char *path, size_t *n)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 4096, len = 0, k;
    char *b = malloc(cap);
    assert_non_null(b);
    while ((k = fread(b + len, 1, cap - len - 1, f)) > 0) {
        len += k;
        if (cap - len < 2) {
            cap *= 2;
            b = realloc(b, cap);
            assert_non_null(b);
        }
    }
    fclose(f);
    b[len] = 0;
    if (n)
        *n = len;
    return b;
}

static inline void tu_write_file_n(const char *path, const char *data, size_t n)
{
    FILE *f = fopen(path, "wb");
    if (!f)
        fail_msg("cannot write %s: %s", path, strerror(errno));
    if (fwrite(data, 1, n, f) != n)
        fail_msg("short write to %s", path);
    fclose(f);
}

static inline void tu_write_file(const char *path, const char *data) { tu_write_file_n(path, data, strlen(data)); }

/* 1 when the two files exist and hold the same bytes. */
static inline int tu_same_file(const char *a, const char *b)
{
    size_t na = 0, nb = 0;
    char *x = tu_read_file(a, &na), *y = tu_read_file(b, &nb);
    int same = x && y && na == nb && memcmp(x, y, na) == 0;
    free(x);
    free(y);
    return same;
}

/* Copies the regular files of directory SRC into DST (created; no subdirectories). */
static inline void tu_copy_dir(const char *src, const char *dst)
{
    if (mkdir(dst, 0755) != 0 && errno != EEXIST)
        fail_msg("mkdir %s: %s", dst, strerror(errno));
    DIR *d = opendir(src);
    if (!d)
        fail_msg("opendir %s: %s", src, strerror(errno));
    struct dirent *e;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.')
            continue;
        char *a = tu_path(src, e->d_name), *b = tu_path(dst, e->d_name);
        size_t n = 0;
        char *data = tu_read_file(a, &n);
        if (!data)
            fail_msg("cannot read %s", a);
        tu_write_file_n(b, data, n);
        free(data);
        free(a);
        free(b);
    }
    closedir(d);
}

#endif
