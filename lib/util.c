/* util.c - errors, buffers, a string dictionary. */
#include "internal.h"

#include <cjson/cJSON.h>
#include <libsvm/svm.h>
#include <stdio.h>
#include <utf8proc.h>
#include <stdlib.h>
#include <string.h>

const char *st_errmsg(int code)
{
    switch (code) {
    case ST_OK: return "success";
    case ST_ENOMEM: return "out of memory";
    case ST_EIO: return "input/output error";
    case ST_EUTF8: return "invalid UTF-8";
    case ST_ECSV: return "malformed CSV";
    case ST_EDATA: return "unusable data";
    case ST_EMODEL: return "bad model";
    case ST_EUSAGE: return "bad usage";
    case ST_ECANCEL: return "interrupted";
    default: return "unknown error";
    }
}

void st_seterr(st_err *err, const char *fmt, ...)
{
    if (!err)
        return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->msg, sizeof err->msg, fmt, ap);
    va_end(ap);
}

char *st_strndup(const char *s, size_t n)
{
    char *p = malloc(n + 1);
    if (!p)
        return NULL;
    memcpy(p, s, n);
    p[n] = 0;
    return p;
}

char *st_strdup(const char *s) { return st_strndup(s, strlen(s)); }

int st_grow(void **p, size_t *cap, size_t need, size_t elem)
{
    if (need <= *cap)
        return 0;
    size_t c = *cap ? *cap : 8;
    while (c < need) {
        if (c > ((size_t)-1) / 2 / elem)
            return ST_ENOMEM;
        c *= 2;
    }
    void *q = realloc(*p, c * elem);
    if (!q)
        return ST_ENOMEM;
    *p = q;
    *cap = c;
    return 0;
}

int st_buf_reserve(st_buf *b, size_t extra)
{
    return st_grow((void **)&b->p, &b->cap, b->len + extra + 1, 1);
}

int st_buf_add(st_buf *b, const void *s, size_t n)
{
    if (st_buf_reserve(b, n))
        return ST_ENOMEM;
    if (n)
        memcpy(b->p + b->len, s, n);
    b->len += n;
    b->p[b->len] = 0;
    return 0;
}

int st_buf_addc(st_buf *b, char c) { return st_buf_add(b, &c, 1); }
int st_buf_adds(st_buf *b, const char *s) { return st_buf_add(b, s, strlen(s)); }

void st_buf_free(st_buf *b)
{
    free(b->p);
    b->p = NULL;
    b->len = b->cap = 0;
}

uint64_t st_fnv1a(uint64_t h, const void *p, size_t n)
{
    const unsigned char *s = p;
    for (size_t i = 0; i < n; i++) {
        h ^= s[i];
        h *= 1099511628211ULL;
    }
    return h;
}

uint64_t st_hash(const char *s, size_t n)
{
    uint64_t h = 14695981039346656037ULL;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 1099511628211ULL;
    }
    return h;
}

static size_t dict_find_h(const st_dict *d, const char *key, size_t n, uint64_t h)
{
    size_t mask = d->cap - 1, i = (size_t)h & mask;
    while (d->keys[i]) {
        if (d->hashes[i] == h && memcmp(d->keys[i], key, n) == 0 && d->keys[i][n] == 0)
            return i;
        i = (i + 1) & mask;
    }
    return i;
}

static size_t dict_find(const st_dict *d, const char *key, size_t n)
{
    return dict_find_h(d, key, n, st_hash(key, n));
}

int st_dict_get(const st_dict *d, const char *key, size_t n)
{
    if (!d->cap)
        return -1;
    size_t i = dict_find(d, key, n);
    return d->keys[i] ? d->vals[i] : -1;
}

static int dict_rehash(st_dict *d, size_t cap)
{
    char **keys = calloc(cap, sizeof *keys);
    int *vals = calloc(cap, sizeof *vals);
    uint64_t *hashes = calloc(cap, sizeof *hashes);
    if (!keys || !vals || !hashes) {
        free(keys);
        free(vals);
        free(hashes);
        return ST_ENOMEM;
    }
    st_dict nd = {keys, vals, hashes, cap, d->n};
    for (size_t i = 0; i < d->cap; i++)
        if (d->keys[i]) {
            size_t j = dict_find_h(&nd, d->keys[i], strlen(d->keys[i]), d->hashes[i]);
            keys[j] = d->keys[i];
            vals[j] = d->vals[i];
            hashes[j] = d->hashes[i];
        }
    free(d->keys);
    free(d->vals);
    free(d->hashes);
    *d = nd;
    return 0;
}

int *st_dict_slot(st_dict *d, const char *key, size_t n, int *inserted)
{
    if ((d->n + 1) * 2 > d->cap && dict_rehash(d, d->cap ? d->cap * 2 : 64))
        return NULL;
    uint64_t h = st_hash(key, n);
    size_t i = dict_find_h(d, key, n, h);
    *inserted = 0;
    if (!d->keys[i]) {
        if (!(d->keys[i] = st_strndup(key, n)))
            return NULL;
        d->hashes[i] = h;
        d->vals[i] = -1;
        d->n++;
        *inserted = 1;
    }
    return &d->vals[i];
}

void st_dict_free(st_dict *d)
{
    for (size_t i = 0; i < d->cap; i++)
        free(d->keys[i]);
    free(d->keys);
    free(d->vals);
    free(d->hashes);
    memset(d, 0, sizeof *d);
}

const char *st_versions(void)
{
    static char buf[160]; /* written once with the same content: safe to race */
    snprintf(buf, sizeof buf, "stance %s, libsvm %d, cJSON %s, utf8proc %s", ST_VERSION, libsvm_version,
             cJSON_Version(), utf8proc_version());
    return buf;
}
