/* lexicon.c - lexicon files -> one phrase table with set bits and cue classes. */
#include "internal.h"

#include <cjson/cJSON.h>
#include <stdlib.h>
#include <string.h>

const char *const st_lexicon_files[ST_LX_NSETS] = {
    "hedges.txt", "cues.tsv", "negators.txt", "positive.txt", "negative.txt",
    "optimism.txt", "skepticism.txt", "titles.txt", "org_nouns.txt", "abbreviations.txt", "capitals.tsv",
};
/* Keys of the sets in the model manifest: the file names without extension. */
static const char *const set_keys[ST_LX_NSETS] = {
    "hedges", "cues", "negators", "positive", "negative",
    "optimism", "skepticism", "titles", "org_nouns", "abbreviations", "capitals",
};

static const char *const cue_names[] = {"none", "neutral", "assertive", "negative", "positive"};

const char *st_cue_class_name(st_cue_class c)
{
    return (unsigned)c < sizeof cue_names / sizeof *cue_names ? cue_names[c] : "none";
}

static int cue_class_parse(const char *s, st_cue_class *out)
{
    for (int i = 1; i < 5; i++)
        if (strcmp(s, cue_names[i]) == 0) {
            *out = (st_cue_class)i;
            return 0;
        }
    return -1;
}

st_lexicon *st_lexicon_new(void) { return calloc(1, sizeof(st_lexicon)); }

void st_lexicon_free(st_lexicon *lex)
{
    if (!lex)
        return;
    st_dict_free(&lex->table);
    for (size_t i = 0; i < lex->n && lex->value; i++)
        free(lex->value[i]);
    free(lex->value);
    free(lex->mask);
    free(lex->cue_class);
    free(lex);
}

/* Folds a phrase the way tokens are folded and joins its words by one space. */
static int phrase_key(const char *phrase, st_buf *key, int *nwords)
{
    st_buf f = {0};
    int rc = st_fold(phrase, strlen(phrase), 1, &f);
    if (rc)
        return rc;
    key->len = 0;
    *nwords = 0;
    int inword = 0;
    for (size_t i = 0; i < f.len; i++) {
        char c = f.p[i];
        if (c == ' ' || c == '\t') {
            inword = 0;
            continue;
        }
        if (!inword) {
            if (*nwords && (rc = st_buf_addc(key, ' ')))
                break;
            ++*nwords;
            inword = 1;
        }
        if ((rc = st_buf_addc(key, c)))
            break;
    }
    st_buf_free(&f);
    return rc;
}

static int add_key(st_lexicon *lex, const char *key, size_t len, int set, st_cue_class cls, int nw);

/* Marks every word prefix of a multi-word phrase, so that lookups of growing phrases can stop as
 * soon as no phrase continues ("the" alone goes no further than the prefixes that exist). */
static int add_prefixes(st_lexicon *lex, const char *key, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if (key[i] == ' ') {
            int rc = add_key(lex, key, i, ST_LX_PREFIX, ST_CUE_NONE, 0);
            if (rc)
                return rc;
        }
    return 0;
}

int st_lexicon_add(st_lexicon *lex, const char *phrase, int set, st_cue_class cls)
{
    st_buf key = {0};
    int nw = 0, rc = phrase_key(phrase, &key, &nw);
    if (!rc && nw > 0)
        rc = add_key(lex, key.p, key.len, set, cls, nw);
    if (!rc && nw > 1)
        rc = add_prefixes(lex, key.p, key.len);
    st_buf_free(&key);
    return rc;
}

static int add_key(st_lexicon *lex, const char *key, size_t len, int set, st_cue_class cls, int nw)
{
    int ins = 0;
    int *slot = st_dict_slot(&lex->table, key, len, &ins);
    if (!slot)
        return ST_ENOMEM;
    if (ins) {
        if (lex->n == lex->cap) {
            size_t cap = lex->cap;
            if (st_grow((void **)&lex->mask, &cap, lex->n + 1, sizeof *lex->mask))
                return ST_ENOMEM;
            cap = lex->cap;
            if (st_grow((void **)&lex->cue_class, &cap, lex->n + 1, sizeof *lex->cue_class))
                return ST_ENOMEM;
            cap = lex->cap;
            if (st_grow((void **)&lex->value, &cap, lex->n + 1, sizeof *lex->value))
                return ST_ENOMEM;
            lex->cap = cap;
        }
        *slot = (int)lex->n;
        lex->mask[lex->n] = 0;
        lex->cue_class[lex->n] = ST_CUE_NONE;
        lex->value[lex->n] = NULL;
        lex->n++;
    }
    lex->mask[*slot] |= set;
    if (set == ST_LX_CUE)
        lex->cue_class[*slot] = (uint8_t)cls;
    if (nw > lex->maxlen)
        lex->maxlen = nw;
    return 0;
}

int st_lexicon_add_value(st_lexicon *lex, const char *phrase, int set, const char *value)
{
    int rc = st_lexicon_add(lex, phrase, set, ST_CUE_NONE);
    if (rc)
        return rc;
    st_buf key = {0};
    int nw = 0;
    if ((rc = phrase_key(phrase, &key, &nw)) == 0 && nw) {
        int i = st_dict_get(&lex->table, key.p, key.len);
        if (i >= 0) {
            free(lex->value[i]);
            if (!(lex->value[i] = st_strdup(value)))
                rc = ST_ENOMEM;
        }
    }
    st_buf_free(&key);
    return rc;
}

const char *st_lexicon_value(const st_lexicon *lex, const char *phrase, size_t len)
{
    int i = st_dict_get(&lex->table, phrase, len);
    return i < 0 ? NULL : lex->value[i];
}

int st_lexicon_lookup(const st_lexicon *lex, const char *phrase, size_t len, st_cue_class *cls)
{
    int i = st_dict_get(&lex->table, phrase, len);
    if (i < 0)
        return 0;
    if (cls)
        *cls = (st_cue_class)lex->cue_class[i];
    return lex->mask[i];
}

static int load_file(st_lexicon *lex, const char *dir, int set_index, st_err *err)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, st_lexicon_files[set_index]);
    char *data;
    size_t n;
    int rc = st_file_read(path, &data, &n, err);
    if (rc)
        return rc;
    size_t bad;
    if (st_utf8_check(data, n, &bad)) {
        st_seterr(err, "%s: invalid UTF-8 at byte %zu", path, bad);
        free(data);
        return ST_EUTF8;
    }
    size_t lineno = 0;
    char *line = data, *end = data + n;
    while (line < end && rc == 0) {
        char *nl = memchr(line, '\n', (size_t)(end - line));
        if (!nl)
            nl = end;
        *nl = 0;
        lineno++;
        if (nl > line && nl[-1] == '\r')
            nl[-1] = 0;
        char *s = line;
        line = nl + 1;
        while (*s == ' ' || *s == '\t')
            s++;
        if (*s == 0 || *s == '#')
            continue;
        if (1 << set_index == ST_LX_CAPITAL) {
            char *tab = strchr(s, '\t');
            if (!tab || !tab[1] || strchr(tab + 1, '\t')) {
                st_seterr(err, "%s:%zu: expected capital<TAB>state", path, lineno);
                rc = ST_EDATA;
                break;
            }
            *tab = 0;
            rc = st_lexicon_add_value(lex, s, ST_LX_CAPITAL, tab + 1);
        } else if (1 << set_index == ST_LX_CUE) {
            char *t1 = strchr(s, '\t'), *t2 = t1 ? strchr(t1 + 1, '\t') : NULL;
            st_cue_class cls;
            if (!t1) {
                st_seterr(err, "%s:%zu: expected form<TAB>class<TAB>lemma", path, lineno);
                rc = ST_EDATA;
                break;
            }
            *t1 = 0;
            if (t2)
                *t2 = 0;
            if (cue_class_parse(t1 + 1, &cls)) {
                st_seterr(err, "%s:%zu: unknown cue class '%s' (neutral, assertive, negative, positive)",
                          path, lineno, t1 + 1);
                rc = ST_EDATA;
                break;
            }
            rc = st_lexicon_add(lex, s, ST_LX_CUE, cls);
        } else {
            rc = st_lexicon_add(lex, s, 1 << set_index, ST_CUE_NONE);
        }
    }
    free(data);
    return rc;
}

int st_lexicon_load(const char *dir, st_lexicon **out, st_err *err)
{
    st_lexicon *lex = st_lexicon_new();
    if (!lex)
        return ST_ENOMEM;
    for (int i = 0; i < ST_LX_NSETS; i++) {
        int rc = load_file(lex, dir, i, err);
        if (rc) {
            st_lexicon_free(lex);
            return rc;
        }
    }
    *out = lex;
    return 0;
}

cJSON *st_lexicon_to_json(const st_lexicon *lex)
{
    cJSON *o = cJSON_CreateObject();
    cJSON *arr[ST_LX_NSETS];
    if (!o)
        return NULL;
    for (int s = 0; s < ST_LX_NSETS; s++)
        if (!(arr[s] = cJSON_AddArrayToObject(o, set_keys[s]))) {
            cJSON_Delete(o);
            return NULL;
        }
    /* Entries in table order: deterministic for a given insertion order. */
    const char **by_index = calloc(lex->n ? lex->n : 1, sizeof *by_index);
    if (!by_index) {
        cJSON_Delete(o);
        return NULL;
    }
    for (size_t i = 0; i < lex->table.cap; i++)
        if (lex->table.keys[i])
            by_index[lex->table.vals[i]] = lex->table.keys[i];
    for (size_t i = 0; i < lex->n; i++)
        for (int s = 0; s < ST_LX_NSETS; s++) {
            if (!(lex->mask[i] & (1 << s)))
                continue;
            cJSON *item;
            if (1 << s == ST_LX_CUE) {
                const char *pair[2] = {by_index[i], cue_names[lex->cue_class[i]]};
                item = cJSON_CreateStringArray(pair, 2);
            } else if (1 << s == ST_LX_CAPITAL) {
                const char *pair[2] = {by_index[i], lex->value[i] ? lex->value[i] : ""};
                item = cJSON_CreateStringArray(pair, 2);
            } else {
                item = cJSON_CreateString(by_index[i]);
            }
            if (!item || !cJSON_AddItemToArray(arr[s], item)) {
                cJSON_Delete(item);
                free(by_index);
                cJSON_Delete(o);
                return NULL;
            }
        }
    free(by_index);
    return o;
}

int st_lexicon_from_json(const cJSON *j, st_lexicon **out, st_err *err)
{
    st_lexicon *lex = st_lexicon_new();
    if (!lex)
        return ST_ENOMEM;
    for (int s = 0; s < ST_LX_NSETS; s++) {
        const cJSON *arr = cJSON_GetObjectItemCaseSensitive(j, set_keys[s]), *it;
        if (!arr && 1 << s == ST_LX_CAPITAL)
            continue; /* models from before capitals.tsv */
        if (!cJSON_IsArray(arr)) {
            st_seterr(err, "lexicon '%s' missing from the manifest", set_keys[s]);
            st_lexicon_free(lex);
            return ST_EMODEL;
        }
        cJSON_ArrayForEach(it, arr)
        {
            int rc;
            if (1 << s == ST_LX_CAPITAL) {
                const cJSON *f = cJSON_GetArrayItem(it, 0), *v = cJSON_GetArrayItem(it, 1);
                if (!cJSON_IsString(f) || !cJSON_IsString(v)) {
                    st_seterr(err, "malformed capital entry in the manifest");
                    st_lexicon_free(lex);
                    return ST_EMODEL;
                }
                rc = st_lexicon_add_value(lex, f->valuestring, ST_LX_CAPITAL, v->valuestring);
            } else if (1 << s == ST_LX_CUE) {
                const cJSON *f = cJSON_GetArrayItem(it, 0), *c = cJSON_GetArrayItem(it, 1);
                st_cue_class cls;
                if (!cJSON_IsString(f) || !cJSON_IsString(c) ||
                    cue_class_parse(c->valuestring, &cls)) {
                    st_seterr(err, "malformed cue entry in the manifest");
                    st_lexicon_free(lex);
                    return ST_EMODEL;
                }
                rc = st_lexicon_add(lex, f->valuestring, ST_LX_CUE, cls);
            } else if (cJSON_IsString(it)) {
                rc = st_lexicon_add(lex, it->valuestring, 1 << s, ST_CUE_NONE);
            } else {
                st_seterr(err, "malformed '%s' entry in the manifest", set_keys[s]);
                rc = ST_EMODEL;
            }
            if (rc) {
                st_lexicon_free(lex);
                return rc;
            }
        }
    }
    *out = lex;
    return 0;
}
