/* features.c - a sentence (with its actor span and attribution) -> named features. */
#include "internal.h"

#include <stdlib.h>
#include <string.h>

void st_featopts_default(st_featopts *o)
{
    o->ngram_max = 2;
    o->char_ngrams = 0;
    o->mask_actor = 1;
}

typedef struct {
    st_buf name;
    st_emit_fn emit;
    void *ctx;
} femit;

static void emit2(femit *f, const char *prefix, const char *a, size_t an)
{
    f->name.len = 0;
    st_buf_adds(&f->name, prefix);
    st_buf_add(&f->name, a, an);
    if (f->name.p)
        f->emit(f->ctx, f->name.p, f->name.len, 1.0);
}

static const char *const clause_end[] = {".", ",", ";", ":", "!", "?", "-", "--", "...", "(", ")", NULL};

static int is_clause_end(const char *w)
{
    for (int i = 0; clause_end[i]; i++)
        if (strcmp(w, clause_end[i]) == 0)
            return 1;
    return 0;
}

/* The word-level form of token K used in n-grams: masked actor, numbers, plain words. */
static const char *unit(const st_doc *doc, const st_sent *s, uint32_t k, const st_featopts *o)
{
    const st_token *t = &doc->toks[s->tok0 + k];
    if (o->mask_actor && s->src0 >= 0 && (int)k >= s->src0 && (int)k < s->src1 && s->own_source)
        return "<actor>";
    if (t->kind == ST_TOK_NUM)
        return "<num>";
    if (t->kind == ST_TOK_QUOTE)
        return NULL;
    if (t->kind == ST_TOK_PUNCT) {
        const char *w = st_tok_norm(doc, t);
        return (!strcmp(w, "?") || !strcmp(w, "!")) ? w : NULL;
    }
    return st_tok_norm(doc, t);
}

int st_features(const st_doc *doc, size_t i, const st_lexicon *lex, const st_featopts *o,
                st_emit_fn emit, void *ctx)
{
    if (i >= doc->nsents)
        return ST_EUSAGE;
    const st_sent *s = &doc->sents[i];
    const st_token *t = doc->toks + s->tok0;
    int n = (int)s->ntok;
    femit f = {{0}, emit, ctx};
    st_buf key = {0};
    unsigned char *negated = calloc((size_t)n + 1, 1);
    if (!negated)
        return ST_ENOMEM;
    int maxlen = lex->maxlen < 6 ? lex->maxlen : 6;

    /* lexicon phrases and negation scope */
    int scope = 0;
    for (int k = 0; k < n; k++) {
        const char *w = st_tok_norm(doc, &t[k]);
        if (t[k].kind == ST_TOK_QUOTE || is_clause_end(w))
            scope = 0;
        negated[k] = scope > 0;
        if (scope > 0)
            scope--;
        if (t[k].kind != ST_TOK_WORD)
            continue;
        key.len = 0;
        int best = 0, bestlen = 0;
        for (int L = 1; L <= maxlen && k + L <= n; L++) {
            if (t[k + L - 1].kind != ST_TOK_WORD)
                break;
            if (L > 1)
                st_buf_addc(&key, ' ');
            st_buf_adds(&key, st_tok_norm(doc, &t[k + L - 1]));
            int m = st_lexicon_lookup(lex, key.p, key.len, NULL);
            int more = m & ST_LX_PREFIX;
            m &= ST_LX_HEDGE | ST_LX_NEGATOR | ST_LX_POS | ST_LX_NEG | ST_LX_OPT | ST_LX_SKEP;
            if (m) {
                best = m;
                bestlen = L;
            }
            if (!more)
                break;
        }
        if (!best)
            continue;
        const char *neg = negated[k] ? "~" : "";
        static const struct {
            int bit;
            const char *name;
        } sets[] = {{ST_LX_HEDGE, "hedge"}, {ST_LX_POS, "pos"}, {ST_LX_NEG, "neg"},
                    {ST_LX_OPT, "opt"}, {ST_LX_SKEP, "skep"}};
        for (size_t b = 0; b < sizeof sets / sizeof *sets; b++)
            if (best & sets[b].bit) {
                char nm[32];
                snprintf(nm, sizeof nm, "lex:%s%s", neg, sets[b].name);
                emit2(&f, nm, "", 0);
            }
        if (bestlen > 1) { /* the phrase itself: "within reach", "empty promises" */
            st_buf ph = {0};
            for (int L = 0; L < bestlen; L++) {
                if (L)
                    st_buf_addc(&ph, ' ');
                st_buf_adds(&ph, st_tok_norm(doc, &t[k + L]));
            }
            if (ph.p)
                emit2(&f, negated[k] ? "p:~" : "p:", ph.p, ph.len);
            st_buf_free(&ph);
        }
        if (best & ST_LX_NEGATOR) {
            emit2(&f, "lex:negator", "", 0);
            scope = 6;
        }
    }

    /* word n-grams over the units of each clause-free run */
    const char *prev[2] = {NULL, NULL};
    for (int k = 0; k < n; k++) {
        const char *u = unit(doc, s, (uint32_t)k, o);
        if (!u) {
            const char *w = st_tok_norm(doc, &t[k]);
            if (t[k].kind == ST_TOK_QUOTE || is_clause_end(w))
                prev[0] = prev[1] = NULL;
            continue;
        }
        emit2(&f, negated[k] ? "w:~" : "w:", u, strlen(u));
        if (o->ngram_max >= 2 && prev[1]) {
            key.len = 0;
            st_buf_adds(&key, prev[1]);
            st_buf_addc(&key, '|');
            st_buf_adds(&key, u);
            if (key.p)
                emit2(&f, "b:", key.p, key.len);
            if (o->ngram_max >= 3 && prev[0]) {
                key.len = 0;
                st_buf_adds(&key, prev[0]);
                st_buf_addc(&key, '|');
                st_buf_adds(&key, prev[1]);
                st_buf_addc(&key, '|');
                st_buf_adds(&key, u);
                if (key.p)
                    emit2(&f, "t:", key.p, key.len);
            }
        }
        prev[0] = prev[1];
        prev[1] = u;
        if (o->char_ngrams >= 3 && t[k].kind == ST_TOK_WORD && strcmp(u, "<actor>")) {
            key.len = 0;
            st_buf_addc(&key, '<');
            st_buf_adds(&key, u);
            st_buf_addc(&key, '>');
            /* byte n-grams that start on a UTF-8 boundary */
            for (size_t a = 0; key.p && a < key.len; a++) {
                if (((unsigned char)key.p[a] & 0xC0) == 0x80)
                    continue;
                for (int L = 3; L <= o->char_ngrams && a + (size_t)L <= key.len; L++)
                    emit2(&f, "c:", key.p + a, (size_t)L);
            }
        }
    }

    /* attribution and shape */
    static const char *const qnames[] = {"q:none", "q:part", "q:full", "q:cont"};
    emit2(&f, qnames[s->pub.quote], "", 0);
    if (s->pub.actor) {
        emit2(&f, "actor:yes", "", 0);
        if (strchr(s->pub.actor, '|'))
            emit2(&f, "actor:several", "", 0);
        if (!s->own_source)
            emit2(&f, "actor:inherited", "", 0);
    } else {
        emit2(&f, "actor:none", "", 0);
    }
    if (s->pub.cue_class != ST_CUE_NONE) {
        emit2(&f, "cue:", st_cue_class_name(s->pub.cue_class), strlen(st_cue_class_name(s->pub.cue_class)));
        if (s->pub.cue)
            emit2(&f, "cuew:", s->pub.cue, strlen(s->pub.cue));
    }
    if (n > 0) {
        const char *last = st_tok_norm(doc, &t[n - 1]);
        int j = n - 1;
        while (j > 0 && t[j].kind == ST_TOK_QUOTE)
            last = st_tok_norm(doc, &t[--j]);
        if (strcmp(last, ".") && strcmp(last, "?") && strcmp(last, "!") && strcmp(last, "..."))
            emit2(&f, "shape:nofinal", "", 0);
    }
    free(negated);
    st_buf_free(&key);
    st_buf_free(&f.name);
    return 0;
}
