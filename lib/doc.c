/* doc.c - a document: its normalised text, sentences, tokens and attributions. */
#include "internal.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

static st_doc *doc_new(const char *name, const st_lexicon *lex)
{
    st_doc *d = calloc(1, sizeof *d);
    if (!d || !(d->name = st_strdup(name ? name : "-"))) {
        free(d);
        return NULL;
    }
    d->lex = lex;
    return d;
}

void st_doc_free(st_doc *doc)
{
    if (!doc)
        return;
    free(doc->name);
    free(doc->text);
    free(doc->sents);
    free(doc->toks);
    st_buf_free(&doc->arena);
    free(doc);
}

static const char *at(const st_doc *d, size_t off) { return off == (size_t)-1 ? NULL : d->arena.p + off; }

/* Code points before byte B of S. */
static long cps(const char *s, size_t b)
{
    long n = 0;
    for (size_t i = 0; i < b && s[i]; i++)
        n += ((unsigned char)s[i] & 0xC0) != 0x80;
    return n;
}

/* Tokens [T0, T1) of sentence S as code point offsets of its text; -1 -1 when T0 < 0. */
static void span(const st_doc *doc, const st_sent *s, int t0, int t1, long out[2])
{
    out[0] = out[1] = -1;
    if (t0 < 0 || t1 <= t0 || (uint32_t)t1 > s->ntok)
        return;
    const char *text = doc->arena.p + s->textoff;
    const st_token *a = &doc->toks[s->tok0 + (uint32_t)t0], *b = &doc->toks[s->tok0 + (uint32_t)t1 - 1];
    out[0] = cps(text, a->off);
    out[1] = cps(text, b->off + b->len);
}

int st_doc_finish(st_doc *doc)
{
    int rc = st_attribute(doc);
    if (rc)
        return rc;
    for (size_t i = 0; i < doc->nsents; i++) {
        st_sent *s = &doc->sents[i];
        s->pub.text = at(doc, s->textoff);
        s->pub.actor = at(doc, s->actoff);
        s->pub.cue = at(doc, s->cueoff);
        s->pub.hedges = s->hedgeoff == (size_t)-1 ? "" : at(doc, s->hedgeoff);
        span(doc, s, s->own_source ? s->src0 : -1, s->src1, s->pub.source_span);
        span(doc, s, s->own_source ? s->cue0 : -1, s->cue1, s->pub.cue_span);
    }
    return 0;
}

int st_doc_from_text(const char *name, const char *bytes, size_t n, const st_lexicon *lex,
                     st_doc **out, st_err *err)
{
    size_t bad;
    *out = NULL;
    if (st_utf8_check(bytes, n, &bad)) {
        st_seterr(err, "%s: invalid UTF-8 at byte %zu", name ? name : "-", bad);
        return ST_EUTF8;
    }
    st_doc *d = doc_new(name, lex);
    if (!d)
        return ST_ENOMEM;
    /* skip a byte order mark */
    if (n >= 3 && memcmp(bytes, "\xEF\xBB\xBF", 3) == 0) {
        bytes += 3;
        n -= 3;
    }
    utf8proc_uint8_t *nfc = NULL;
    utf8proc_ssize_t k = 0;
    if (n) {
        k = utf8proc_map((const utf8proc_uint8_t *)bytes, (utf8proc_ssize_t)n, &nfc,
                         UTF8PROC_COMPOSE | UTF8PROC_STABLE);
        if (k < 0) {
            st_seterr(err, "%s: %s", d->name, utf8proc_errmsg(k));
            st_doc_free(d);
            return k == UTF8PROC_ERROR_NOMEM ? ST_ENOMEM : ST_EUTF8;
        }
    }
    d->text = nfc ? (char *)nfc : st_strdup("");
    int rc = d->text ? st_split(d, d->text, (size_t)k) : ST_ENOMEM;
    if (!rc)
        rc = st_doc_finish(d);
    if (rc) {
        if (rc == ST_ENOMEM)
            st_seterr(err, "%s: out of memory", d->name);
        st_doc_free(d);
        return rc;
    }
    *out = d;
    return 0;
}

int st_doc_from_sentences(const char *name, const char *const *sentences, size_t nsent,
                          const st_lexicon *lex, st_doc **out, st_err *err)
{
    *out = NULL;
    st_doc *d = doc_new(name, lex);
    if (!d)
        return ST_ENOMEM;
    int rc = 0;
    size_t pos = 0;
    for (size_t i = 0; i < nsent && !rc; i++) {
        size_t n = strlen(sentences[i]), bad;
        if (st_utf8_check(sentences[i], n, &bad)) {
            st_seterr(err, "%s: sentence %zu: invalid UTF-8 at byte %zu", d->name, i + 1, bad);
            rc = ST_EUTF8;
            break;
        }
        utf8proc_uint8_t *nfc = NULL;
        utf8proc_ssize_t k = utf8proc_map((const utf8proc_uint8_t *)sentences[i], (utf8proc_ssize_t)n,
                                          &nfc, UTF8PROC_COMPOSE | UTF8PROC_STABLE);
        if (k < 0) {
            rc = k == UTF8PROC_ERROR_NOMEM ? ST_ENOMEM : ST_EUTF8;
            st_seterr(err, "%s: sentence %zu: %s", d->name, i + 1, utf8proc_errmsg(k));
            break;
        }
        size_t before = d->nsents;
        rc = st_add_sentence(d, (const char *)nfc, (size_t)k, pos, i == 0);
        free(nfc);
        if (!rc && d->nsents == before) { /* an empty line still counts as a sentence */
            rc = st_add_sentence(d, "-", 1, pos, 0);
        }
        pos += n + 1;
    }
    if (!rc)
        rc = st_doc_finish(d);
    if (rc) {
        st_doc_free(d);
        return rc;
    }
    *out = d;
    return 0;
}

size_t st_doc_count(const st_doc *doc) { return doc->nsents; }
const st_sentence *st_doc_sentence(const st_doc *doc, size_t i)
{
    return i < doc->nsents ? &doc->sents[i].pub : NULL;
}
const char *st_doc_name(const st_doc *doc) { return doc->name; }
