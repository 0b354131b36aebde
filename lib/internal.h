/* internal.h - shared between the library's own files; not installed. */
#ifndef ST_INTERNAL_H
#define ST_INTERNAL_H

#include "stance.h"
#include <stdarg.h>
#include <stdint.h>

void st_seterr(st_err *err, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
char *st_strdup(const char *s);
char *st_strndup(const char *s, size_t n);

/* Growable byte buffer. */
typedef struct {
    char *p;
    size_t len, cap;
} st_buf;
int st_buf_reserve(st_buf *b, size_t extra);
int st_buf_add(st_buf *b, const void *s, size_t n);
int st_buf_addc(st_buf *b, char c);
int st_buf_adds(st_buf *b, const char *s);
void st_buf_free(st_buf *b);

/* Growable array of anything: ST_VEC_PUSH(v, n, cap, x) */
int st_grow(void **p, size_t *cap, size_t need, size_t elem);
#define ST_PUSH(arr, n, cap, val)                                                         \
    ((n) < (cap) || st_grow((void **)&(arr), &(cap), (n) + 1, sizeof *(arr)) == 0         \
         ? ((arr)[(n)++] = (val), 0)                                                      \
         : ST_ENOMEM)

/* String -> int dictionary with owned keys (open addressing, FNV-1a). */
typedef struct {
    char **keys;
    int *vals;
    uint64_t *hashes; /* of each key, to skip string comparisons on collisions */
    size_t cap, n;
} st_dict;
uint64_t st_hash(const char *s, size_t n);
#define ST_FNV_INIT 14695981039346656037ULL
uint64_t st_fnv1a(uint64_t h, const void *p, size_t n); /* FNV-1a 64, streaming */
uint64_t st_csv_hash(const st_csv *r); /* FNV-1a 64 of the bytes read so far */
int st_dict_get(const st_dict *d, const char *key, size_t n); /* -1 when absent */
int *st_dict_slot(st_dict *d, const char *key, size_t n, int *inserted); /* NULL on ENOMEM */
void st_dict_free(st_dict *d);

/* Lexicon internals. Each phrase in the table has a bitmask of the sets it belongs to. */
enum {
    ST_LX_HEDGE = 1 << 0,
    ST_LX_CUE = 1 << 1,
    ST_LX_NEGATOR = 1 << 2,
    ST_LX_POS = 1 << 3,
    ST_LX_NEG = 1 << 4,
    ST_LX_OPT = 1 << 5,
    ST_LX_SKEP = 1 << 6,
    ST_LX_TITLE = 1 << 7,
    ST_LX_ORG = 1 << 8,
    ST_LX_ABBR = 1 << 9,
    ST_LX_CAPITAL = 1 << 10, /* a capital standing for its state; the state is the entry's value */
    ST_LX_NSETS = 11,
    ST_LX_PREFIX = 1 << 11 /* not a set: the words begin a longer phrase of some set */
};
extern const char *const st_lexicon_files[ST_LX_NSETS];

struct st_lexicon {
    st_dict table;      /* phrase -> index into info */
    int *mask;          /* per entry: set bits */
    uint8_t *cue_class; /* per entry: st_cue_class when ST_LX_CUE */
    char **value;       /* per entry: the state of a capital, or NULL */
    size_t n, cap;
    int maxlen;         /* longest phrase in words */
};
int st_lexicon_add(st_lexicon *lex, const char *phrase, int set, st_cue_class cls);
st_lexicon *st_lexicon_new(void);
/* Mask of the phrase made of the N words W[0..n) (folded), or 0; *CLS gets the cue class. */
int st_lexicon_lookup(const st_lexicon *lex, const char *phrase, size_t len, st_cue_class *cls);
/* The value of an entry (the state of a capital), or NULL. */
const char *st_lexicon_value(const st_lexicon *lex, const char *phrase, size_t len);
int st_lexicon_add_value(st_lexicon *lex, const char *phrase, int set, const char *value);
/* Serialisation for the model manifest (cJSON objects). */
struct cJSON;
struct cJSON *st_lexicon_to_json(const st_lexicon *lex);
int st_lexicon_from_json(const struct cJSON *j, st_lexicon **out, st_err *err);

/* Tokens of a sentence. */
enum { ST_TOK_WORD = 1, ST_TOK_NUM, ST_TOK_PUNCT, ST_TOK_QUOTE };
typedef struct {
    uint32_t off, len; /* bytes within the sentence text */
    uint32_t norm;     /* offset of the folded, lower-cased form in the doc's arena */
    uint32_t nlen;
    uint8_t kind;
    uint8_t cap;       /* starts with an upper-case letter */
    int8_t qdir;       /* for quotes: +1 opens, -1 closes, 0 unknown (straight quote) */
    uint8_t inq;       /* inside a quotation */
} st_token;

typedef struct {
    st_sentence pub;      /* string pointers are set by st_doc_finish from the offsets below */
    size_t textoff, actoff, cueoff, hedgeoff; /* offsets in doc->arena; (size_t)-1: none */
    uint32_t tok0, ntok;  /* tokens in doc->toks */
    int para_start;       /* first sentence of a paragraph */
    int src0, src1;       /* source span in tokens, -1 when none */
    int cue0, cue1;       /* cue span in tokens */
    int qgroup;           /* quotation group id, -1 */
    int own_source;       /* the actor came from this sentence's own cue */
    int ent;              /* attrib.c: the single entity found for it, or -1 */
} st_sent;

struct st_doc {
    char *name;
    char *text;           /* normalised document text */
    st_sent *sents;
    size_t nsents, capsents;
    st_token *toks;
    size_t ntoks, captoks;
    st_buf arena;         /* folded token strings, sentence texts, actor names */
    const st_lexicon *lex;
};

/* text.c */
int st_tokenize(st_doc *doc, st_sent *s);
int st_fold(const char *s, size_t n, int lower, st_buf *out); /* casefold (if LOWER) + lump */
int st_ascii_name(const char *s, size_t n, st_buf *out);      /* strip accents for actor names */
int st_foreign_script(const char *s, size_t n); /* letters, none of them Latin: "黃志明", "Лавров" */
int st_split(st_doc *doc, const char *text, size_t n);
int st_add_sentence(st_doc *doc, const char *s, size_t n, size_t start, int para_start);
int st_doc_finish(st_doc *doc);
const char *st_tok_norm(const st_doc *doc, const st_token *t);
/* attrib.c */
int st_attribute(st_doc *doc);
/* csvio.c */
int st_file_read(const char *path, char **out, size_t *n, st_err *err);
/* FNV-1a-64 of a whole file as 16 hex digits; -1 when unreadable */
int st_file_fnv(const char *path, char hex[17], size_t *size);

#endif

/* model.c: shared with trainer.c */
struct svm_model;
typedef struct {
    char *value;             /* per-column value, NULL for the pooled model */
    struct svm_model *svm;   /* kept for non-linear kernels only */
    int linear;
    int nc;                  /* classes this model knows (a per-value model may lack some) */
    int npairs;
    int ovr;                 /* LIBLINEAR one-vs-rest: npairs = classes, w row k is class order[k] */
    double *w;               /* npairs x nfeat, linear only */
    double *rho, *probA, *probB;
    int has_prob;
    int order[ST_MAX_CLASSES]; /* libsvm's class order -> our class index */
} st_submodel;

typedef struct {
    char *name, *per;
    int liblinear;     /* models trained with LIBLINEAR (one-vs-rest) */
    size_t nclass;
    char **classes;
    st_submodel *subs; /* subs[0] is the pooled model */
    size_t nsubs;
    st_dict per_index; /* value -> index in subs */
} st_task;

struct st_model {
    char *dir;
    char *info;
    st_lexicon *lex;
    st_featopts feat;
    size_t nfeat;
    char **fnames;
    double *idf;
    st_dict vocab;
    st_task *tasks;
    size_t ntasks;
    int sorted_vectors; /* some model uses libsvm's kernel code, which needs sorted indices */
};

typedef struct {
    int idx;
    double val;
} st_fv;

/* A sparse, weighted, L2-normalised feature vector for sentence I of DOC, indices sorted. */
int st_vectorize(const st_model *m, st_scratch *s, const st_doc *doc, size_t i, st_fv **out, size_t *n);
int st_collapse(st_submodel *sm, struct svm_model *svm, size_t nfeat, size_t nclass);
struct model;
int st_collapse_linear(st_submodel *sm, const struct model *lm, size_t nfeat, size_t nclass);
void st_submodel_clear(st_submodel *sm);
