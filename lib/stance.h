/*
 * stance.h - the one public header of libstance.
 *
 * stance reads news articles and says, for every sentence, who holds a view (the actor),
 * what stance that actor takes on the matter at issue and what tone the sentence has.
 * Data flows one way: bytes -> text -> sentences -> actors -> features -> model -> records.
 *
 * OWNERSHIP RULE (the only one): whoever creates an object with st_X_new / st_X_load /
 * st_X_read / st_X_from_* owns it and releases it with the matching st_X_free, which
 * accepts NULL. Pointers returned by getters (st_doc_sentence, st_model_task...) borrow
 * from the object they came from and stay valid until that object is freed. No object
 * keeps a pointer into a caller's buffer after the call that received it returns.
 *
 * ERRORS: functions return 0 (ST_OK) or a negative st_code; st_errmsg() names the code.
 * Functions that take an st_err * also write a message there, of the form
 * "FILE:LINE: what is wrong" where a file and line are known. The library never exits
 * and never prints, except to the FILE * a caller hands it.
 *
 * THREADS: no process-wide mutable state of our own. A loaded st_model and st_lexicon are
 * read-only and may be shared by threads; each thread uses its own st_doc and st_scratch.
 * (libsvm's training uses rand(); st_train seeds it, so train from one thread at a time.)
 */
#ifndef STANCE_H
#define STANCE_H

#include <signal.h>
#include <stddef.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

#define ST_VERSION "0.1.0"
#define ST_MODEL_FORMAT 1 /* manifest.json "format"; bumped on incompatible change */

typedef enum {
    ST_OK = 0,
    ST_ENOMEM = -1,   /* out of memory */
    ST_EIO = -2,      /* a file could not be read or written */
    ST_EUTF8 = -3,    /* invalid UTF-8 */
    ST_ECSV = -4,     /* malformed CSV */
    ST_EDATA = -5,    /* well-formed input whose content is unusable */
    ST_EMODEL = -6,   /* missing, corrupt or incompatible model */
    ST_EUSAGE = -7,   /* bad argument or option value */
    ST_ECANCEL = -8   /* interrupted by the caller's cancel flag */
} st_code;

const char *st_errmsg(int code);

/* "stance X, libsvm N, cJSON X, utf8proc X": the versions built against and running. */
const char *st_versions(void);

typedef struct {
    char msg[1024];
} st_err;

/* ---------------------------------------------------------------- lexicons */

/* The word and phrase lists of datasets/lexicons/: hedges, attribution cues with a class,
 * negators, positive and negative words, optimism and skepticism phrases, titles and role
 * nouns, organisation nouns, abbreviations. A model carries a copy of the lexicons it was
 * trained with. */
typedef struct st_lexicon st_lexicon;

typedef enum {
    ST_CUE_NONE = 0,
    ST_CUE_NEUTRAL,   /* said, told */
    ST_CUE_ASSERTIVE, /* insisted, stressed */
    ST_CUE_NEGATIVE,  /* warned, accused, denied */
    ST_CUE_POSITIVE   /* praised, welcomed, hoped */
} st_cue_class;

const char *st_cue_class_name(st_cue_class c);

/* Reads every lexicon file of DIR; a missing file is an error naming it. */
int st_lexicon_load(const char *dir, st_lexicon **out, st_err *err);
void st_lexicon_free(st_lexicon *lex);

/* ---------------------------------------------------------------- text */

/* Checks that BYTES is valid UTF-8. On failure returns ST_EUTF8 and, if BAD is not NULL,
 * stores the byte offset of the first invalid sequence. */
int st_utf8_check(const char *bytes, size_t n, size_t *bad);

/* ---------------------------------------------------------------- documents */

typedef enum {
    ST_QUOTE_NONE = 0, /* no quotation in the sentence */
    ST_QUOTE_PART,     /* a quotation and narration around it */
    ST_QUOTE_FULL,     /* the sentence lies inside one quotation */
    ST_QUOTE_CONT      /* the sentence continues a quotation opened in an earlier sentence */
} st_quote_pos;

/* How the actor of a sentence was found (each rule has its own measured precision). */
typedef enum {
    ST_ATTR_NONE = 0,     /* no actor */
    ST_ATTR_CUE_BEFORE,   /* "Okafor said", "Okafor has warned" */
    ST_ATTR_CUE_AFTER,    /* '..., said Okafor.', '..." Okafor said.' */
    ST_ATTR_ACCORDING_TO, /* "according to Okafor" */
    ST_ATTR_APPOSITION,   /* "Its chairman, Dieter Grunwald, said" */
    ST_ATTR_PRONOUN,      /* "he said" */
    ST_ATTR_ROLE,         /* "the minister said" (resolved to a person named earlier) */
    ST_ATTR_GENERIC,      /* "analysts said" (a group, unresolved) */
    ST_ATTR_POSSESSIVE,   /* "Okafor's concerns", "in Okafor's words" */
    ST_ATTR_COLON,        /* 'Okafor: "..."' */
    ST_ATTR_SUBJECT,      /* "Opposition lawmakers were unconvinced." */
    ST_ATTR_QUOTE_GROUP,  /* inside a quotation whose speaker is named in another sentence */
    ST_ATTR_QUOTE_NEXT,   /* a quotation next to an attributed one */
    ST_ATTR_LEAD_IN,      /* "Not everyone agrees." before the sentence that says who does not */
    ST_ATTR_NRULES
} st_attr_rule;

const char *st_attr_rule_name(st_attr_rule r);

typedef struct {
    const char *text;       /* the sentence, NFC, whitespace runs folded to one space */
    size_t start;           /* byte offset of the sentence in the document's text */
    const char *actor;      /* canonical actor ("Duarte", "Finance Ministry", "Ortiz|Chen") or NULL */
    const char *cue;        /* the cue as written ("said", "according to") or NULL */
    st_cue_class cue_class; /* class of the cue */
    st_quote_pos quote;     /* where the sentence stands relative to quotations */
    const char *hedges;     /* hedging phrases found, joined by '\x1f' ("" when none) */
    size_t nhedges;
    st_attr_rule rule;      /* how the actor was found */
    double actor_p;         /* confidence in the actor (or, when it is NULL, in there being none) */
    long source_span[2];    /* [start, end) in code points of text; -1 -1 when not in this sentence */
    long cue_span[2];       /* [start, end) of the cue; -1 -1 when none */
} st_sentence;

typedef struct st_doc st_doc;

/* Splits an article into sentences and attributes each one. BYTES must be UTF-8 (NAME is used
 * in the error message when it is not). The text is normalised (NFC) before splitting. */
int st_doc_from_text(const char *name, const char *bytes, size_t n, const st_lexicon *lex,
                     st_doc **out, st_err *err);

/* Takes sentences already split (one per element, in article order) and attributes them. */
int st_doc_from_sentences(const char *name, const char *const *sentences, size_t nsent,
                          const st_lexicon *lex, st_doc **out, st_err *err);

size_t st_doc_count(const st_doc *doc);
const st_sentence *st_doc_sentence(const st_doc *doc, size_t i);
const char *st_doc_name(const st_doc *doc);
void st_doc_free(st_doc *doc);

/* ---------------------------------------------------------------- features */

typedef struct {
    int ngram_max;     /* 1..3: word n-grams up to this length (default 2) */
    int char_ngrams;   /* 0, or n for character n-grams of length 3..n inside words (max 6) */
    int mask_actor;    /* replace the actor's words by a placeholder (default 1) */
} st_featopts;

void st_featopts_default(st_featopts *o);

/* Calls EMIT once per feature occurrence of sentence I of DOC (name, count). The names are
 * stable strings such as "w:talks", "w:~expect" (under negation), "b:no|deal",
 * "p:within reach", "lex:hedge", "cue:negative", "q:full", "actor:yes". */
typedef void (*st_emit_fn)(void *ctx, const char *name, size_t len, double count);
int st_features(const st_doc *doc, size_t i, const st_lexicon *lex, const st_featopts *o,
                st_emit_fn emit, void *ctx);

/* ---------------------------------------------------------------- models */

typedef struct st_model st_model;

#define ST_MAX_CLASSES 16

typedef struct {
    int label;                       /* index into the task's class names */
    double p[ST_MAX_CLASSES];        /* probabilities (libsvm estimates) */
    /* Decision values: one per pair of classes (libsvm, one-vs-one: dec[k] > 0 favours class
     * pa[k], < 0 class pb[k]) or one per class (LIBLINEAR, one-vs-rest: pb[k] is -1 and dec[k]
     * is class pa[k]'s score). npairs says how many. */
    double dec[ST_MAX_CLASSES * (ST_MAX_CLASSES - 1) / 2];
    int pa[ST_MAX_CLASSES * (ST_MAX_CLASSES - 1) / 2];
    int pb[ST_MAX_CLASSES * (ST_MAX_CLASSES - 1) / 2];
    int npairs;
    int has_p;
} st_pred;

typedef struct {
    const char *name;   /* feature name */
    double weight;      /* contribution toward the predicted class */
} st_reason;

/* Loads a model directory (manifest.json + libsvm files). Fails cleanly with ST_EMODEL on a
 * missing, short, corrupt or newer-format model. */
int st_model_load(const char *dir, st_model **out, st_err *err);
void st_model_free(st_model *m);

const st_lexicon *st_model_lexicon(const st_model *m);
size_t st_model_ntasks(const st_model *m);
const char *st_model_task_name(const st_model *m, size_t t);
/* Column whose value picks a per-value model for task T ("actor"), or NULL. */
const char *st_model_task_per(const st_model *m, size_t t);
size_t st_model_nclasses(const st_model *m, size_t t);
const char *st_model_class_name(const st_model *m, size_t t, size_t c);
const char *st_model_info(const st_model *m); /* one line: format, versions, training data */

/* Per-thread working memory for prediction. */
typedef struct st_scratch st_scratch;
st_scratch *st_scratch_new(const st_model *m);
void st_scratch_free(st_scratch *s);

/* Predicts every task for sentence I of DOC. PER_VALUES, when not NULL, holds for each task
 * the value of its per-column for this row, or NULL (for per = "actor" a NULL value means the
 * detected actor). OUT has room for st_model_ntasks() predictions. If K > 0 and REASONS is not
 * NULL, also fills REASONS[t*K .. t*K+K) with the K features that pushed task t's label most
 * (NREASONS[t] tells how many); names borrow from the model. Linear models only. */
int st_predict(const st_model *m, st_scratch *s, const st_doc *doc, size_t i,
               const char *const *per_values, st_pred *out, size_t k, st_reason *reasons,
               size_t *nreasons);

/* ---------------------------------------------------------------- training */

typedef enum { ST_KERNEL_LINEAR = 0, ST_KERNEL_RBF = 2 } st_kernel;
typedef enum {
    ST_SOLVER_LIBSVM = 0, /* libsvm C-SVC, one-vs-one; any kernel (the default) */
    ST_SOLVER_LIBLINEAR   /* LIBLINEAR L2-regularised logistic regression, one-vs-rest; linear
                           * only, much faster to train on large data */
} st_solver;

typedef struct {
    const char *data_path;     /* CSV file (for messages and the manifest checksum) */
    const char *text_col;      /* default "text" */
    const char *const *labels; /* label columns to train; NULL: stance and/or sentiment */
    size_t nlabels;
    const char *per_col;       /* also train one model per value of this column, or NULL */
    int per_min_rows;          /* rows a value needs for its own model (default 40) */
    const char *lexicon_dir;   /* default "datasets/lexicons" */
    st_featopts feat;
    st_kernel kernel;
    st_solver solver;
    double gamma;              /* rbf gamma; 0: 1 / number of features */
    int folds;                 /* k of k-fold cross-validation (default 5) */
    unsigned seed;             /* default 1 */
    int min_count;             /* features seen in fewer rows are dropped (default 1) */
    FILE *report;              /* where the cross-validation report goes (may be NULL) */
    FILE *features_out;        /* if not NULL, the training vectors of the first task in libsvm's
                                * sparse format ("class-index index:value ..."), e.g. for LIBLINEAR */
    FILE *progress;            /* progress lines, or NULL */
    volatile sig_atomic_t *cancel; /* when set to non-zero, training stops with ST_ECANCEL */
} st_train_opts;

void st_train_opts_default(st_train_opts *o);

/* Reads labeled CSV from IN (named o->data_path in messages), trains, and writes the model
 * directory OUT_DIR atomically: on any failure OUT_DIR is as it was before. */
int st_train(FILE *in, const st_train_opts *o, const char *out_dir, st_err *err);

/* ---------------------------------------------------------------- CSV */

/* A streaming RFC 4180 reader over libcsv. Rows come one at a time; fields are UTF-8
 * checked. The first row is the header. */
typedef struct st_csv st_csv;
int st_csv_open(FILE *in, const char *name, st_csv **out, st_err *err);
/* Returns 1 with a row, 0 at the end, or a negative st_code. FIELDS borrow from the
 * reader until the next call. *LINE is the line the row starts on. */
int st_csv_next(st_csv *r, char ***fields, size_t *nfields, size_t *line, st_err *err);
void st_csv_free(st_csv *r);
/* Writes one CSV field (quoted when needed) to F. */
int st_csv_write_field(FILE *f, const char *s, int last);

/* Writes S as a JSON string literal (with quotes) to F. */
void st_json_write_string(FILE *f, const char *s);

#ifdef __cplusplus
}
#endif
#endif
