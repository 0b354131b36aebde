/* stance-classify - articles in, one record per sentence out (actor, stance, sentiment...).
 * A thin driver over libstance: input formats, output formats, per-actor summaries. */
#include "stance.h"

#include <cjson/cJSON.h>
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <pthread.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include <utf8proc.h>

enum { EXIT_OK = 0, EXIT_DATA = 1, EXIT_USAGE = 2 };
enum { IN_TEXT, IN_LINES, IN_JSONL, IN_CSV };
enum { OUT_TABLE, OUT_CSV, OUT_JSONL };

typedef struct {
    char *actor;
    int sentences;
    int counts[ST_MAX_CLASSES];
} actor_sum;

typedef struct {
    const st_model *m;
    st_scratch *scratch;
    int format, summary, color, width;
    size_t explain;
    const char *text_col, *id_col;
    int stance_task;   /* index of the task named "stance", or -1 */
    FILE *out;
    size_t docs, sentences;
    st_pred *pred;
    st_reason *reasons;
    size_t *nreasons;
    const char **per_values;
    actor_sum *sums;
    size_t nsums, capsums;
    cJSON *aliases;     /* --actors: {"Canonical": ["alias", ...], ...} */
    struct pool *pool;  /* --threads N > 1 */
    int failed;         /* some document could not be classified */
    int known_only;
    char actor_buf[1024]; /* the actor of the current sentence after alias mapping */
} app;

static void usage(FILE *f)
{
    fputs("usage: stance-classify [options] [FILE ...]\n"
          "\n"
          "Splits news articles into sentences and says, for each sentence, who holds a view\n"
          "(actor), the stance taken and the tone. No FILE, or '-', reads standard input.\n"
          "\n"
          "  -m, --model DIR     model directory (default: $STANCE_MODEL, else the shipped\n"
          "                      models/news next to the program)\n"
          "  -i, --input FMT     text   each FILE is one article (default)\n"
          "                      lines  one sentence per line; a blank line starts a new document\n"
          "                      jsonl  one JSON object per line with \"id\" and \"text\": one document each\n"
          "                      csv    header row with a text column and optional id: one document per row\n"
          "  -f, --format FMT    table (default on a terminal), jsonl (default otherwise), or csv\n"
          "  -s, --summary       one record per document and actor: sentences, optimistic,\n"
          "                      skeptical, neutral, stance, score = (optimistic - skeptical) / sentences.\n"
          "                      With table, printed after the sentences; with jsonl or csv, instead of them\n"
          "  -e, --explain K     add the K features that pushed each label most (linear models)\n"
          "  -a, --actors FILE    JSON object mapping canonical actor names to lists of aliases\n"
          "                      ({\"Zelensky\": [\"Zelenskyy\", \"Zelenskiy\"]}): one name per actor across documents\n"
          "  -k, --known-only    with --actors, report only the actors the file names\n"
          "  -t, --text COL      text column or key for csv and jsonl input (default: text)\n"
          "      --id COL        id column or key for csv and jsonl input (default: id)\n"
          "  -j, --threads N     classify documents with N worker threads (default: 1); the output\n"
          "                      keeps the input order and memory stays bounded\n"
          "  -q, --quiet         no notes on standard error\n"
          "  -h, --help          this help\n"
          "  -V, --version       versions of stance and its libraries, and the model's\n"
          "\n"
          "jsonl output, one object per sentence:\n"
          "  {\"doc\", \"sent\", \"text\", \"actor\", \"cue\", \"stance\", \"stance_p\", \"stance_dec\",\n"
          "   \"sentiment\", \"sentiment_p\", \"sentiment_dec\", \"hedges\", \"quote\"} (one label key per model task)\n"
          "Colour in tables only on a terminal, and never when NO_COLOR is set.\n"
          "Exit status: 0 success, 1 data or model error (the other inputs are still processed),\n"
          "2 usage error.\n",
          f);
}

static const char *quote_name(st_quote_pos q)
{
    static const char *const n[] = {"none", "part", "full", "continued"};
    return n[q];
}

/* ------------------------------------------------------------------ output */

static void print_num(FILE *f, double v) { fprintf(f, "%.4f", v); } /* drivers never set a locale */

static int display_width(const char *s)
{
    int w = 0;
    utf8proc_int32_t cp;
    for (utf8proc_ssize_t i = 0, k; s[i]; i += k) {
        k = utf8proc_iterate((const utf8proc_uint8_t *)s + i, -1, &cp);
        if (k <= 0)
            break;
        w += utf8proc_charwidth(cp);
    }
    return w;
}

/* Prints S padded or cut to WIDTH columns (cut text ends with an ellipsis). */
static void print_cell(FILE *f, const char *s, int width, int pad)
{
    int w = 0;
    utf8proc_int32_t cp;
    int total = display_width(s);
    for (utf8proc_ssize_t i = 0, k; s[i]; i += k) {
        k = utf8proc_iterate((const utf8proc_uint8_t *)s + i, -1, &cp);
        if (k <= 0)
            break;
        int cw = utf8proc_charwidth(cp);
        if (total > width && w + cw > width - 1) {
            fputs("\xE2\x80\xA6", f);
            w++;
            break;
        }
        fwrite(s + i, 1, (size_t)k, f);
        w += cw;
    }
    if (pad)
        for (; w < width; w++)
            putc(' ', f);
}

static const char *class_color(const char *c)
{
    if (!strcmp(c, "optimistic") || !strcmp(c, "positive"))
        return "\033[32m";
    if (!strcmp(c, "skeptical") || !strcmp(c, "negative"))
        return "\033[31m";
    return "";
}

static void table_header(app *a)
{
    FILE *f = a->out;
    fprintf(f, "%-4s %-18s", "#", "actor");
    for (size_t t = 0; t < st_model_ntasks(a->m); t++)
        fprintf(f, " %-11.11s", st_model_task_name(a->m, t));
    fputs(" text\n", f);
}

/* The canonical name of one actor under --actors (case-insensitive), or NULL when unknown. */
static const char *canonical(const app *a, const char *name, size_t n)
{
    const cJSON *e;
    cJSON_ArrayForEach(e, a->aliases)
    {
        if (strlen(e->string) == n && strncasecmp(e->string, name, n) == 0)
            return e->string;
        const cJSON *al;
        cJSON_ArrayForEach(al, e)
        if (cJSON_IsString(al) && strlen(al->valuestring) == n && strncasecmp(al->valuestring, name, n) == 0)
            return e->string;
    }
    return NULL;
}

/* The sentence's actor after --actors: each of "A|B" mapped to its canonical name; with
 * --known-only, unknown actors dropped (NULL when none is left). */
static const char *mapped_actor(app *a, const char *actor)
{
    if (!actor || !a->aliases)
        return actor;
    char *out = a->actor_buf;
    size_t cap = sizeof a->actor_buf, len = 0;
    out[0] = 0;
    for (const char *p = actor; *p;) {
        const char *bar = strchr(p, '|');
        size_t n = bar ? (size_t)(bar - p) : strlen(p);
        const char *c = canonical(a, p, n);
        if (c || !a->known_only) {
            int w = snprintf(out + len, cap - len, "%s%.*s", len ? "|" : "", (int)(c ? strlen(c) : n), c ? c : p);
            if (w > 0 && (size_t)w < cap - len)
                len += (size_t)w;
        }
        p += n + (bar != NULL);
    }
    return len ? out : NULL;
}

/* The first line of the output: column names (csv) or headings (table). */
static void print_header(app *a)
{
    const st_model *m = a->m;
    FILE *f = a->out;
    if (a->format == OUT_CSV && a->summary) {
        fputs("doc,actor,sentences,optimistic,skeptical,neutral,stance,score\n", f);
    } else if (a->format == OUT_CSV) {
        st_csv_write_field(f, "doc", 0);
        st_csv_write_field(f, "sent", 0);
        st_csv_write_field(f, "text", 0);
        st_csv_write_field(f, "actor", 0);
        st_csv_write_field(f, "cue", 0);
        for (size_t t = 0; t < st_model_ntasks(m); t++) {
            char col[256];
            st_csv_write_field(f, st_model_task_name(m, t), 0);
            for (size_t c = 0; c < st_model_nclasses(m, t); c++) {
                snprintf(col, sizeof col, "%s_p_%s", st_model_task_name(m, t), st_model_class_name(m, t, c));
                st_csv_write_field(f, col, 0);
            }
        }
        st_csv_write_field(f, "hedges", 1);
    } else if (a->format == OUT_TABLE) {
        table_header(a);
    }
}

static void emit_sentence(app *a, const st_doc *doc, size_t i, const char *actor)
{
    const st_sentence *s = st_doc_sentence(doc, i);
    const st_model *m = a->m;
    size_t nt = st_model_ntasks(m);
    FILE *f = a->out;
    if (a->format == OUT_JSONL) {
        fputs("{\"doc\":", f);
        st_json_write_string(f, st_doc_name(doc));
        fprintf(f, ",\"sent\":%zu,\"text\":", i + 1);
        st_json_write_string(f, s->text);
        fputs(",\"actor\":", f);
        if (actor)
            st_json_write_string(f, actor);
        else
            fputs("null", f);
        fputs(",\"cue\":", f);
        if (s->cue)
            st_json_write_string(f, s->cue);
        else
            fputs("null", f);
        fputs(",\"actor_p\":", f);
        print_num(f, s->actor_p);
        fprintf(f, ",\"attribution\":\"%s\"", st_attr_rule_name(s->rule));
        if (s->source_span[0] >= 0)
            fprintf(f, ",\"source_span\":[%ld,%ld]", s->source_span[0], s->source_span[1]);
        else
            fputs(",\"source_span\":null", f);
        if (s->cue_span[0] >= 0)
            fprintf(f, ",\"cue_span\":[%ld,%ld]", s->cue_span[0], s->cue_span[1]);
        else
            fputs(",\"cue_span\":null", f);
        for (size_t t = 0; t < nt; t++) {
            const st_pred *p = &a->pred[t];
            const char *tn = st_model_task_name(m, t);
            fputc(',', f);
            st_json_write_string(f, tn);
            fputc(':', f);
            st_json_write_string(f, st_model_class_name(m, t, (size_t)p->label));
            fprintf(f, ",\"%s_p\":{", tn);
            for (size_t c = 0; c < st_model_nclasses(m, t); c++) {
                fprintf(f, "%s", c ? "," : "");
                st_json_write_string(f, st_model_class_name(m, t, c));
                fputc(':', f);
                print_num(f, p->has_p ? p->p[c] : (c == (size_t)p->label));
            }
            fprintf(f, "},\"%s_dec\":{", tn);
            for (int k = 0; k < p->npairs; k++) {
                if (p->pb[k] < 0) /* one-vs-rest: one value per class */
                    fprintf(f, "%s\"%s\":", k ? "," : "", st_model_class_name(m, t, (size_t)p->pa[k]));
                else
                    fprintf(f, "%s\"%s|%s\":", k ? "," : "", st_model_class_name(m, t, (size_t)p->pa[k]),
                            st_model_class_name(m, t, (size_t)p->pb[k]));
                print_num(f, p->dec[k]);
            }
            fputc('}', f);
        }
        fputs(",\"hedges\":[", f);
        const char *h = s->hedges;
        for (size_t k = 0; k < s->nhedges && h; k++) {
            const char *e = strchr(h, '\x1f');
            char *one = strndup(h, e ? (size_t)(e - h) : strlen(h));
            if (one) {
                fprintf(f, "%s", k ? "," : "");
                st_json_write_string(f, one);
                free(one);
            }
            h = e ? e + 1 : NULL;
        }
        fprintf(f, "],\"quote\":\"%s\"", quote_name(s->quote));
        if (a->explain) {
            fputs(",\"explain\":{", f);
            for (size_t t = 0; t < nt; t++) {
                fprintf(f, "%s", t ? "," : "");
                st_json_write_string(f, st_model_task_name(m, t));
                fputs(":[", f);
                for (size_t k = 0; k < a->nreasons[t]; k++) {
                    const st_reason *r = &a->reasons[t * a->explain + k];
                    fprintf(f, "%s[", k ? "," : "");
                    st_json_write_string(f, r->name);
                    fputc(',', f);
                    print_num(f, r->weight);
                    fputc(']', f);
                }
                fputc(']', f);
            }
            fputc('}', f);
        }
        fputs("}\n", f);
    } else if (a->format == OUT_CSV) {
        char num[64];
        st_csv_write_field(f, st_doc_name(doc), 0);
        snprintf(num, sizeof num, "%zu", i + 1);
        st_csv_write_field(f, num, 0);
        st_csv_write_field(f, s->text, 0);
        st_csv_write_field(f, actor ? actor : "", 0);
        st_csv_write_field(f, s->cue ? s->cue : "", 0);
        for (size_t t = 0; t < nt; t++) {
            const st_pred *p = &a->pred[t];
            st_csv_write_field(f, st_model_class_name(m, t, (size_t)p->label), 0);
            for (size_t c = 0; c < st_model_nclasses(m, t); c++) {
                snprintf(num, sizeof num, "%.4f", p->has_p ? p->p[c] : (double)(c == (size_t)p->label));
                st_csv_write_field(f, num, 0);
            }
        }
        char *hs = strdup(s->hedges);
        if (hs)
            for (char *c = hs; *c; c++)
                if (*c == '\x1f')
                    *c = '|';
        st_csv_write_field(f, hs ? hs : "", 1);
        free(hs);
    } else {
        if (i == 0)
            fprintf(f, "== %s\n", st_doc_name(doc));
        fprintf(f, "%-4zu ", i + 1);
        print_cell(f, actor ? actor : "-", 18, 1);
        for (size_t t = 0; t < nt; t++) {
            const char *cn = st_model_class_name(m, t, (size_t)a->pred[t].label);
            fprintf(f, " %s", a->color ? class_color(cn) : "");
            print_cell(f, cn, 11, 1);
            fputs(a->color && *class_color(cn) ? "\033[0m" : "", f);
        }
        int used = 4 + 1 + 18 + (int)nt * 12 + 1;
        putc(' ', f);
        print_cell(f, s->text, a->width - used > 20 ? a->width - used : 20, 0);
        putc('\n', f);
        if (a->explain)
            for (size_t t = 0; t < nt; t++) {
                if (!a->nreasons[t])
                    continue;
                fprintf(f, "     why %s:", st_model_class_name(m, t, (size_t)a->pred[t].label));
                for (size_t k = 0; k < a->nreasons[t]; k++) {
                    const st_reason *r = &a->reasons[t * a->explain + k];
                    fprintf(f, " %s (%.2f)", r->name, r->weight);
                }
                putc('\n', f);
            }
    }
}

static int add_to_summary(app *a, const char *actor, int label)
{
    for (size_t k = 0; k < a->nsums; k++)
        if (!strcmp(a->sums[k].actor, actor)) {
            a->sums[k].sentences++;
            a->sums[k].counts[label]++;
            return 0;
        }
    if (a->nsums == a->capsums) {
        size_t cap = a->capsums ? a->capsums * 2 : 16;
        actor_sum *p = realloc(a->sums, cap * sizeof *p);
        if (!p)
            return ST_ENOMEM;
        a->sums = p;
        a->capsums = cap;
    }
    actor_sum *s = &a->sums[a->nsums];
    memset(s, 0, sizeof *s);
    if (!(s->actor = strdup(actor)))
        return ST_ENOMEM;
    s->sentences = 1;
    s->counts[label] = 1;
    a->nsums++;
    return 0;
}

static int class_index(const st_model *m, size_t t, const char *name)
{
    for (size_t c = 0; c < st_model_nclasses(m, t); c++)
        if (!strcmp(st_model_class_name(m, t, c), name))
            return (int)c;
    return -1;
}

static void flush_summary(app *a, const st_doc *doc)
{
    const st_model *m = a->m;
    size_t t = (size_t)a->stance_task;
    int io = class_index(m, t, "optimistic"), is = class_index(m, t, "skeptical"), in = class_index(m, t, "neutral");
    FILE *f = a->out;
    if (a->format == OUT_TABLE && a->nsums)
        fprintf(f, "\n%-18s %9s %10s %9s %7s  %-10s %6s\n", "actor", "sentences", "optimistic", "skeptical",
                "neutral", "stance", "score");
    for (size_t k = 0; k < a->nsums; k++) {
        actor_sum *s = &a->sums[k];
        int o = io >= 0 ? s->counts[io] : 0, sk = is >= 0 ? s->counts[is] : 0, ne = in >= 0 ? s->counts[in] : 0;
        double score = (double)(o - sk) / s->sentences;
        /* the most frequent stance; ties go to neutral, then to the sign of the score */
        const char *st = "neutral";
        if (o > sk && o > ne)
            st = "optimistic";
        else if (sk > o && sk > ne)
            st = "skeptical";
        else if (ne >= o && ne >= sk)
            st = "neutral";
        if (a->format == OUT_JSONL) {
            fputs("{\"doc\":", f);
            st_json_write_string(f, st_doc_name(doc));
            fputs(",\"actor\":", f);
            st_json_write_string(f, s->actor);
            fprintf(f, ",\"sentences\":%d,\"optimistic\":%d,\"skeptical\":%d,\"neutral\":%d,\"stance\":\"%s\",\"score\":",
                    s->sentences, o, sk, ne, st);
            print_num(f, score);
            fputs("}\n", f);
        } else if (a->format == OUT_CSV) {
            char buf[64];
            st_csv_write_field(f, st_doc_name(doc), 0);
            st_csv_write_field(f, s->actor, 0);
            snprintf(buf, sizeof buf, "%d,%d,%d,%d,%s,%.4f", s->sentences, o, sk, ne, st, score);
            fputs(buf, f);
            putc('\n', f);
        } else {
            print_cell(f, s->actor, 18, 1);
            fprintf(f, " %9d %10d %9d %7d  %s", s->sentences, o, sk, ne, a->color ? class_color(st) : "");
            print_cell(f, st, 10, 1);
            fprintf(f, "%s %+6.2f\n", a->color && *class_color(st) ? "\033[0m" : "", score);
        }
        free(s->actor);
    }
    a->nsums = 0;
}

/* Classifies one document and writes its records. */
static int run_doc(app *a, st_doc *doc)
{
    int table_or_plain = a->format == OUT_TABLE || !a->summary;
    for (size_t i = 0; i < st_doc_count(doc); i++) {
        int rc = st_predict(a->m, a->scratch, doc, i, a->per_values, a->pred, a->explain, a->reasons, a->nreasons);
        if (rc)
            return rc;
        const char *actor = mapped_actor(a, st_doc_sentence(doc, i)->actor);
        if (table_or_plain)
            emit_sentence(a, doc, i, actor);
        if (a->summary && actor && (rc = add_to_summary(a, actor, a->pred[a->stance_task].label)))
            return rc;
        a->sentences++;
    }
    if (a->summary)
        flush_summary(a, doc);
    a->docs++;
    if (a->format == OUT_TABLE && a->summary)
        putc('\n', a->out);
    return ferror(a->out) ? ST_EIO : 0;
}

/* ------------------------------------------------------------------ jobs and threads */

/* One document to classify: an article's text, or sentences already split. */
typedef struct {
    char *name;
    char *text;
    size_t n;
    char **sents;
    size_t ns;
    char **per;      /* per-task column values (owned), or NULL */
    char *out;       /* its records, when classified by a worker */
    size_t outlen;
    int rc;
    char msg[1024];
    size_t docs, sentences;
    int state;       /* JOB_QUEUED, JOB_RUNNING, JOB_DONE */
} job;

enum { JOB_QUEUED = 1, JOB_RUNNING, JOB_DONE };

static void job_free(job *j)
{
    if (!j)
        return;
    free(j->name);
    free(j->text);
    for (size_t k = 0; k < j->ns; k++)
        free(j->sents[k]);
    free(j->sents);
    if (j->per)
        for (size_t k = 0; j->per[k] != (char *)-1; k++)
            free(j->per[k]);
    free(j->per);
    free(j->out);
    free(j);
}

/* Classifies J with the working state of A, writing to A->out. */
static void job_run(app *a, job *j)
{
    st_err err = {{0}};
    st_doc *doc = NULL;
    size_t nt = st_model_ntasks(a->m);
    for (size_t t = 0; t < nt; t++)
        a->per_values[t] = j->per ? j->per[t] : NULL;
    j->rc = j->text ? st_doc_from_text(j->name, j->text, j->n, st_model_lexicon(a->m), &doc, &err)
                    : st_doc_from_sentences(j->name, (const char *const *)j->sents, j->ns, st_model_lexicon(a->m),
                                            &doc, &err);
    size_t d0 = a->docs, s0 = a->sentences;
    if (!j->rc)
        j->rc = run_doc(a, doc);
    if (j->rc && !err.msg[0])
        snprintf(err.msg, sizeof err.msg, "%s: %s", j->name, st_errmsg(j->rc));
    memcpy(j->msg, err.msg, sizeof j->msg);
    j->docs = a->docs - d0;
    j->sentences = a->sentences - s0;
    st_doc_free(doc);
}

typedef struct pool pool;
static int pool_submit(pool *p, job *j);

/* Runs a job now (one thread) or hands it to the pool; errors are reported in input order. */
static int submit(app *a, job *j)
{
    if (a->pool)
        return pool_submit(a->pool, j);
    job_run(a, j);
    if (j->rc) {
        fprintf(stderr, "stance-classify: %s\n", j->msg);
        a->failed = 1;
    }
    int fatal = j->rc == ST_ENOMEM || j->rc == ST_EIO;
    job_free(j);
    return fatal ? ST_EIO : 0;
}

static job *job_new(const char *name, const char *text, size_t n, size_t ntasks, const char *const *per)
{
    job *j = calloc(1, sizeof *j);
    if (!j || !(j->name = strdup(name))) {
        free(j);
        return NULL;
    }
    if (text && !(j->text = malloc(n + 1))) {
        job_free(j);
        return NULL;
    }
    if (text) {
        memcpy(j->text, text, n);
        j->text[n] = 0;
        j->n = n;
    }
    if (per) {
        if (!(j->per = calloc(ntasks + 1, sizeof *j->per))) {
            job_free(j);
            return NULL;
        }
        j->per[ntasks] = (char *)-1;
        for (size_t t = 0; t < ntasks; t++)
            if (per[t] && !(j->per[t] = strdup(per[t]))) {
                job_free(j);
                return NULL;
            }
    }
    return j;
}

static int doc_from_text(app *a, const char *name, const char *text, size_t n)
{
    job *j = job_new(name, text, n, st_model_ntasks(a->m), a->per_values);
    return j ? submit(a, j) : ST_ENOMEM;
}

struct pool {
    pthread_mutex_t mu;
    pthread_cond_t work, done;
    job **ring;
    size_t cap;
    size_t submitted, started, written; /* counters; ring index = counter % cap */
    int stop;
    pthread_t *threads;
    app *workers;
    int n;
    app *a; /* the main thread's state: output, counters, failures */
};

static void *worker_main(void *arg)
{
    app *w = arg;
    pool *p = w->pool;
    pthread_mutex_lock(&p->mu);
    for (;;) {
        while (!p->stop && p->started == p->submitted)
            pthread_cond_wait(&p->work, &p->mu);
        if (p->started == p->submitted)
            break;
        job *j = p->ring[p->started++ % p->cap];
        j->state = JOB_RUNNING;
        pthread_mutex_unlock(&p->mu);
        w->out = open_memstream(&j->out, &j->outlen);
        if (w->out) {
            job_run(w, j);
            if (fclose(w->out) != 0 && !j->rc)
                j->rc = ST_ENOMEM;
        } else {
            j->rc = ST_ENOMEM;
            snprintf(j->msg, sizeof j->msg, "%s: out of memory", j->name);
        }
        pthread_mutex_lock(&p->mu);
        j->state = JOB_DONE;
        pthread_cond_broadcast(&p->done);
    }
    pthread_mutex_unlock(&p->mu);
    return NULL;
}

/* Writes finished jobs at the head of the queue, in input order (lock held). */
static void pool_flush(pool *p)
{
    while (p->written < p->submitted && p->ring[p->written % p->cap]->state == JOB_DONE) {
        job *j = p->ring[p->written % p->cap];
        if (j->outlen)
            fwrite(j->out, 1, j->outlen, p->a->out);
        if (j->rc) {
            fprintf(stderr, "stance-classify: %s\n", j->msg);
            p->a->failed = 1;
        }
        p->a->docs += j->docs;
        p->a->sentences += j->sentences;
        job_free(j);
        p->written++;
    }
}

static int pool_submit(pool *p, job *j)
{
    pthread_mutex_lock(&p->mu);
    for (;;) {
        pool_flush(p);
        if (p->submitted - p->written < p->cap)
            break;
        pthread_cond_wait(&p->done, &p->mu);
    }
    j->state = JOB_QUEUED;
    p->ring[p->submitted++ % p->cap] = j;
    pthread_cond_signal(&p->work);
    pthread_mutex_unlock(&p->mu);
    return ferror(p->a->out) ? ST_EIO : 0;
}

static void pool_free(pool *p)
{
    for (int i = 0; i < p->n; i++) {
        st_scratch_free(p->workers[i].scratch);
        free(p->workers[i].pred);
        free(p->workers[i].per_values);
        free(p->workers[i].nreasons);
        free(p->workers[i].reasons);
        free(p->workers[i].sums);
    }
    free(p->workers);
    free(p->threads);
    free(p->ring);
    pthread_mutex_destroy(&p->mu);
    pthread_cond_destroy(&p->work);
    pthread_cond_destroy(&p->done);
    free(p);
}

/* Waits for every job, writes the rest, stops the workers. */
static void pool_finish(pool *p)
{
    pthread_mutex_lock(&p->mu);
    p->stop = 1;
    pthread_cond_broadcast(&p->work);
    for (;;) {
        pool_flush(p);
        if (p->written == p->submitted)
            break;
        pthread_cond_wait(&p->done, &p->mu);
    }
    pthread_mutex_unlock(&p->mu);
    for (int i = 0; i < p->n; i++)
        pthread_join(p->threads[i], NULL);
    pool_free(p);
}

/* N workers, each with its own scratch memory and prediction buffers over the shared model. */
static pool *pool_new(app *a, int n)
{
    pool *p = calloc(1, sizeof *p);
    if (!p)
        return NULL;
    size_t nt = st_model_ntasks(a->m);
    p->a = a;
    p->cap = (size_t)n * 4;
    p->ring = calloc(p->cap, sizeof *p->ring);
    p->threads = calloc((size_t)n, sizeof *p->threads);
    p->workers = calloc((size_t)n, sizeof *p->workers);
    pthread_mutex_init(&p->mu, NULL);
    pthread_cond_init(&p->work, NULL);
    pthread_cond_init(&p->done, NULL);
    if (!p->ring || !p->threads || !p->workers) {
        pool_free(p);
        return NULL;
    }
    for (int i = 0; i < n; i++) {
        app *w = &p->workers[i];
        *w = *a;
        w->pool = p;
        w->docs = w->sentences = 0;
        w->sums = NULL;
        w->nsums = w->capsums = 0;
        w->scratch = st_scratch_new(a->m);
        w->pred = calloc(nt, sizeof *w->pred);
        w->per_values = calloc(nt, sizeof *w->per_values);
        w->nreasons = calloc(nt, sizeof *w->nreasons);
        w->reasons = a->explain ? calloc(nt * a->explain, sizeof *w->reasons) : NULL;
        p->n = i + 1;
        if (!w->scratch || !w->pred || !w->per_values || !w->nreasons || (a->explain && !w->reasons) ||
            pthread_create(&p->threads[i], NULL, worker_main, w) != 0) {
            p->n = i; /* this one has no thread */
            st_scratch_free(w->scratch);
            free(w->pred);
            free(w->per_values);
            free(w->nreasons);
            free(w->reasons);
            memset(w, 0, sizeof *w);
            pool_finish(p);
            return NULL;
        }
    }
    return p;
}

/* Looks up per-column values of a JSON object or CSV row for tasks trained with --per. */
static void set_per_from_json(app *a, const cJSON *o)
{
    for (size_t t = 0; t < st_model_ntasks(a->m); t++) {
        const char *per = st_model_task_per(a->m, t);
        a->per_values[t] = NULL;
        if (per && strcmp(per, "actor")) {
            const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, per);
            a->per_values[t] = cJSON_IsString(v) ? v->valuestring : NULL;
        }
    }
}

/* ------------------------------------------------------------------ inputs */

static ssize_t read_line(FILE *f, char **line, size_t *cap)
{
    errno = 0;
    ssize_t n = getline(line, cap, f);
    if (n > 0 && (*line)[n - 1] == '\n')
        (*line)[--n] = 0;
    if (n > 0 && (*line)[n - 1] == '\r')
        (*line)[--n] = 0;
    return n;
}

static int run_lines(app *a, FILE *f, const char *name, st_err *err)
{
    char *line = NULL;
    size_t cap = 0, lineno = 0, ndoc = 0;
    char **sents = NULL;
    size_t ns = 0, caps = 0;
    int rc = 0, bad = 0;
    for (;;) {
        ssize_t n = read_line(f, &line, &cap);
        lineno++;
        int blank = n <= 0;
        if (n > 0) {
            size_t off;
            if (st_utf8_check(line, (size_t)n, &off)) {
                fprintf(stderr, "stance-classify: %s:%zu: invalid UTF-8 at byte %zu of the line\n", name, lineno,
                        off + 1);
                bad = 1;
                continue;
            }
            blank = strspn(line, " \t") == (size_t)n;
        }
        if (!blank) {
            if (ns == caps) {
                caps = caps ? caps * 2 : 64;
                char **p = realloc(sents, caps * sizeof *p);
                if (!p) {
                    rc = ST_ENOMEM;
                    break;
                }
                sents = p;
            }
            if (!(sents[ns++] = strdup(line))) {
                rc = ST_ENOMEM;
                break;
            }
        }
        if ((blank || n < 0) && ns) {
            char dn[4200];
            snprintf(dn, sizeof dn, "%s#%zu", name, ++ndoc);
            job *j = job_new(dn, NULL, 0, 0, NULL);
            if (!j) {
                rc = ST_ENOMEM;
                break;
            }
            j->sents = sents; /* the job owns them now */
            j->ns = ns;
            sents = NULL;
            ns = caps = 0;
            if ((rc = submit(a, j)))
                break;
        }
        if (n < 0)
            break;
    }
    if (!rc && ferror(f)) {

        snprintf(err->msg, sizeof err->msg, "%s: read error: %s", name, strerror(errno));
        rc = ST_EIO;
    }
    for (size_t k = 0; k < ns; k++)
        free(sents[k]);
    free(sents);
    free(line);
    return rc ? rc : bad ? ST_EDATA : 0;
}

static int run_jsonl(app *a, FILE *f, const char *name, st_err *err)
{
    char *line = NULL;
    size_t cap = 0, lineno = 0;
    int rc = 0, bad = 0;
    ssize_t n;
    while ((n = read_line(f, &line, &cap)) >= 0) {
        lineno++;
        if (strspn(line, " \t") == (size_t)n)
            continue;
        cJSON *o = cJSON_ParseWithLength(line, (size_t)n);
        const cJSON *text = cJSON_GetObjectItemCaseSensitive(o, a->text_col);
        const cJSON *id = cJSON_GetObjectItemCaseSensitive(o, a->id_col);
        if (!o || !cJSON_IsObject(o)) {
            fprintf(stderr, "stance-classify: %s:%zu: not a JSON object\n", name, lineno);
            bad = 1;
        } else if (!cJSON_IsString(text)) {
            fprintf(stderr, "stance-classify: %s:%zu: no string \"%s\" key\n", name, lineno, a->text_col);
            bad = 1;
        } else {
            char dn[4200];
            if (cJSON_IsString(id))
                snprintf(dn, sizeof dn, "%s", id->valuestring);
            else if (cJSON_IsNumber(id))
                snprintf(dn, sizeof dn, "%.17g", id->valuedouble);
            else
                snprintf(dn, sizeof dn, "%s:%zu", name, lineno);
            set_per_from_json(a, o);
            rc = doc_from_text(a, dn, text->valuestring, strlen(text->valuestring));
        }
        cJSON_Delete(o);
        if (rc)
            break;
    }
    if (!rc && ferror(f)) {
        snprintf(err->msg, sizeof err->msg, "%s: read error: %s", name, strerror(errno));
        rc = ST_EIO;
    }
    free(line);
    return rc ? rc : bad ? ST_EDATA : 0;
}

static int run_csv(app *a, FILE *f, const char *name, st_err *err)
{
    st_csv *r;
    int rc = st_csv_open(f, name, &r, err);
    if (rc)
        return rc;
    char **fields;
    size_t nf, line, nh = 0;
    int k = st_csv_next(r, &fields, &nf, &line, err), tcol = -1, icol = -1;
    int pcol[64];
    if (k == 1) {
        nh = nf;
        for (size_t i = 0; i < nf; i++) {
            if (!strcmp(fields[i], a->text_col))
                tcol = (int)i;
            if (!strcmp(fields[i], a->id_col))
                icol = (int)i;
        }
        for (size_t t = 0; t < st_model_ntasks(a->m) && t < 64; t++) {
            const char *per = st_model_task_per(a->m, t);
            pcol[t] = -1;
            for (size_t i = 0; per && strcmp(per, "actor") && i < nf; i++)
                if (!strcmp(fields[i], per))
                    pcol[t] = (int)i;
        }
        if (tcol < 0) {
            snprintf(err->msg, sizeof err->msg, "%s:1: no column '%s'", name, a->text_col);
            rc = ST_EDATA;
        }
    } else if (k == 0) {
        snprintf(err->msg, sizeof err->msg, "%s: empty: a header row with a '%s' column is needed", name, a->text_col);
        rc = ST_EDATA;
    } else {
        rc = k;
    }
    while (!rc && (k = st_csv_next(r, &fields, &nf, &line, err)) == 1) {
        if (nf != nh) {
            snprintf(err->msg, sizeof err->msg, "%s:%zu: %zu fields, but the header has %zu", name, line, nf, nh);
            rc = ST_ECSV;
            break;
        }
        char dn[4200];
        if (icol >= 0 && fields[icol][0])
            snprintf(dn, sizeof dn, "%s", fields[icol]);
        else
            snprintf(dn, sizeof dn, "%s:%zu", name, line);
        for (size_t t = 0; t < st_model_ntasks(a->m) && t < 64; t++)
            a->per_values[t] = pcol[t] >= 0 ? fields[pcol[t]] : NULL;
        rc = doc_from_text(a, dn, fields[tcol], strlen(fields[tcol]));
    }
    if (!rc && k < 0)
        rc = k;
    st_csv_free(r);
    return rc;
}

static int run_text(app *a, FILE *f, const char *name, st_err *err)
{
    char *buf = NULL;
    size_t n = 0, cap = 0;
    char chunk[65536];
    size_t k;
    while ((k = fread(chunk, 1, sizeof chunk, f)) > 0) {
        if (n + k + 1 > cap) {
            cap = (n + k + 1) * 2;
            char *p = realloc(buf, cap);
            if (!p) {
                free(buf);
                return ST_ENOMEM;
            }
            buf = p;
        }
        memcpy(buf + n, chunk, k);
        n += k;
    }
    if (ferror(f)) {
        free(buf);
        snprintf(err->msg, sizeof err->msg, "%s: read error: %s", name, strerror(errno));
        return ST_EIO;
    }
    int rc = doc_from_text(a, name, buf ? buf : "", n);
    free(buf);
    return rc;
}

/* $STANCE_MODEL, else models/news beside the program (build tree), else its share dir. */
static const char *default_model(char *buf, size_t cap)
{
    const char *env = getenv("STANCE_MODEL");
    if (env && *env)
        return env;
    char exe[4096];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n > 0) {
        exe[n] = 0;
        char *slash = strrchr(exe, '/');
        if (slash) {
            *slash = 0;
            static const char *const rel[] = {"/../models/news", "/../share/stance/models/news"};
            for (int i = 0; i < 2; i++) {
                snprintf(buf, cap, "%s%s/manifest.json", exe, rel[i]);
                if (access(buf, R_OK) == 0) {
                    snprintf(buf, cap, "%s%s", exe, rel[i]);
                    return buf;
                }
            }
        }
    }
    return "models/news";
}

int main(int argc, char **argv)
{
    app a;
    memset(&a, 0, sizeof a);
    a.out = stdout;
    a.text_col = "text";
    a.id_col = "id";
    a.format = -1;
    int input = IN_TEXT, quiet = 0, threads = 1;
    const char *model_dir = NULL, *actors_path = NULL;
    static const struct option longopts[] = {
        {"model", required_argument, 0, 'm'}, {"input", required_argument, 0, 'i'},
        {"format", required_argument, 0, 'f'}, {"summary", no_argument, 0, 's'},
        {"explain", required_argument, 0, 'e'}, {"text", required_argument, 0, 't'},
        {"id", required_argument, 0, 1},       {"quiet", no_argument, 0, 'q'},
        {"actors", required_argument, 0, 'a'}, {"known-only", no_argument, 0, 'k'},
        {"threads", required_argument, 0, 'j'},
        {"help", no_argument, 0, 'h'},         {"version", no_argument, 0, 'V'},
        {0, 0, 0, 0}};
    int ch, version = 0;
    while ((ch = getopt_long(argc, argv, "m:i:f:se:t:a:kj:qhV", longopts, NULL)) != -1) {
        switch (ch) {
        case 'm': model_dir = optarg; break;
        case 'i':
            if (!strcmp(optarg, "text"))
                input = IN_TEXT;
            else if (!strcmp(optarg, "lines"))
                input = IN_LINES;
            else if (!strcmp(optarg, "jsonl"))
                input = IN_JSONL;
            else if (!strcmp(optarg, "csv"))
                input = IN_CSV;
            else {
                fprintf(stderr, "stance-classify: --input: '%s' is not text, lines, jsonl or csv\n", optarg);
                return EXIT_USAGE;
            }
            break;
        case 'f':
            if (!strcmp(optarg, "table"))
                a.format = OUT_TABLE;
            else if (!strcmp(optarg, "csv"))
                a.format = OUT_CSV;
            else if (!strcmp(optarg, "jsonl") || !strcmp(optarg, "json"))
                a.format = OUT_JSONL;
            else {
                fprintf(stderr, "stance-classify: --format: '%s' is not table, csv or jsonl\n", optarg);
                return EXIT_USAGE;
            }
            break;
        case 's': a.summary = 1; break;
        case 'e': {
            char *end;
            errno = 0;
            long v = strtol(optarg, &end, 10);
            if (errno || end == optarg || *end || v < 1 || v > 100) {
                fprintf(stderr, "stance-classify: --explain: '%s' is not a whole number from 1 to 100\n", optarg);
                return EXIT_USAGE;
            }
            a.explain = (size_t)v;
            break;
        }
        case 't': a.text_col = optarg; break;
        case 1: a.id_col = optarg; break;
        case 'q': quiet = 1; break;
        case 'a': actors_path = optarg; break;
        case 'k': a.known_only = 1; break;
        case 'j': {
            char *end;
            errno = 0;
            long v = strtol(optarg, &end, 10);
            if (errno || end == optarg || *end || v < 1 || v > 256) {
                fprintf(stderr, "stance-classify: --threads: '%s' is not a whole number from 1 to 256\n", optarg);
                return EXIT_USAGE;
            }
            threads = (int)v;
            break;
        }
        case 'h': usage(stdout); return EXIT_OK;
        case 'V': version = 1; break;
        default: fputs("Try 'stance-classify --help'.\n", stderr); return EXIT_USAGE;
        }
    }
    if (a.known_only && !actors_path) {
        fputs("stance-classify: --known-only needs --actors FILE\nTry 'stance-classify --help'.\n", stderr);
        return EXIT_USAGE;
    }
    if (actors_path) {
        char *text = NULL;
        size_t n = 0;
        FILE *af = fopen(actors_path, "rb");
        if (af) {
            char chunk[65536];
            size_t k;
            while ((k = fread(chunk, 1, sizeof chunk, af)) > 0) {
                char *p = realloc(text, n + k + 1);
                if (!p)
                    break;
                text = p;
                memcpy(text + n, chunk, k);
                n += k;
            }
            fclose(af);
        }
        if (!af) {
            fprintf(stderr, "stance-classify: %s: %s\n", actors_path, strerror(errno));
            return EXIT_DATA;
        }
        const char *end = NULL;
        a.aliases = text ? cJSON_ParseWithLengthOpts(text, n, &end, 0) : NULL;
        int ok = cJSON_IsObject(a.aliases);
        const cJSON *e;
        cJSON_ArrayForEach(e, a.aliases)
        {
            const cJSON *al;
            if (!cJSON_IsArray(e))
                ok = 0;
            cJSON_ArrayForEach(al, e) if (!cJSON_IsString(al)) ok = 0;
        }
        if (!ok) {
            long line = 1;
            for (const char *p = text; p && end && p < end; p++)
                line += *p == '\n';
            fprintf(stderr, "stance-classify: %s:%ld: expected a JSON object of \"name\": [\"alias\", ...]\n",
                    actors_path, text && end ? line : 1);
            free(text);
            cJSON_Delete(a.aliases);
            return EXIT_DATA;
        }
        free(text);
    }
    char pathbuf[4200];
    if (!model_dir)
        model_dir = default_model(pathbuf, sizeof pathbuf);
    if (version) {
        printf("stance-classify %s (model format %d)\n%s\n", ST_VERSION, ST_MODEL_FORMAT, st_versions());
    }
    st_err err = {{0}};
    st_model *m;
    if (st_model_load(model_dir, &m, &err)) {
        if (version) {
            printf("model %s: not loadable (%s)\n", model_dir, err.msg);
            return EXIT_OK;
        }
        fprintf(stderr, "stance-classify: %s\n", err.msg);
        return EXIT_DATA;
    }
    if (version) {
        printf("model %s: %s\n", model_dir, st_model_info(m));
        st_model_free(m);
        return EXIT_OK;
    }
    a.m = m;
    if (a.format < 0)
        a.format = isatty(STDOUT_FILENO) ? OUT_TABLE : OUT_JSONL;
    a.color = a.format == OUT_TABLE && isatty(STDOUT_FILENO) && !getenv("NO_COLOR");
    a.width = 120;
    struct winsize ws;
    if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col >= 40)
        a.width = ws.ws_col;
    a.stance_task = -1;
    for (size_t t = 0; t < st_model_ntasks(m); t++)
        if (!strcmp(st_model_task_name(m, t), "stance"))
            a.stance_task = (int)t;
    int status = EXIT_OK;
    if (a.summary && a.stance_task < 0) {
        fprintf(stderr, "stance-classify: --summary needs a model with a 'stance' task; %s has none\n", model_dir);
        st_model_free(m);
        return EXIT_USAGE;
    }
    size_t nt = st_model_ntasks(m);
    a.scratch = st_scratch_new(m);
    a.pred = calloc(nt, sizeof *a.pred);
    a.per_values = calloc(nt, sizeof *a.per_values);
    a.nreasons = calloc(nt, sizeof *a.nreasons);
    a.reasons = a.explain ? calloc(nt * a.explain, sizeof *a.reasons) : NULL;
    if (!a.scratch || !a.pred || !a.per_values || !a.nreasons || (a.explain && !a.reasons)) {
        fputs("stance-classify: out of memory\n", stderr);
        return EXIT_DATA;
    }
    print_header(&a);
    if (threads > 1 && !(a.pool = pool_new(&a, threads))) {
        fputs("stance-classify: cannot start the worker threads\n", stderr);
        return EXIT_DATA;
    }
    int nfiles = argc - optind;
    for (int i = 0; i < (nfiles ? nfiles : 1); i++) {
        const char *path = nfiles ? argv[optind + i] : "-";
        const char *name = strcmp(path, "-") ? path : "stdin";
        FILE *f = strcmp(path, "-") ? fopen(path, "rb") : stdin;
        if (!f) {
            fprintf(stderr, "stance-classify: %s: %s\n", path, strerror(errno));
            status = EXIT_DATA;
            continue;
        }
        err.msg[0] = 0;
        int rc;
        switch (input) {
        case IN_LINES: rc = run_lines(&a, f, name, &err); break;
        case IN_JSONL: rc = run_jsonl(&a, f, name, &err); break;
        case IN_CSV: rc = run_csv(&a, f, name, &err); break;
        default: rc = run_text(&a, f, name, &err); break;
        }
        if (f != stdin)
            fclose(f);
        if (rc) {
            if (err.msg[0])
                fprintf(stderr, "stance-classify: %s\n", err.msg);
            else if (rc != ST_EDATA)
                fprintf(stderr, "stance-classify: %s: %s\n", name, st_errmsg(rc));
            status = EXIT_DATA;
        }
    }
    if (a.pool)
        pool_finish(a.pool);
    if (a.failed)
        status = EXIT_DATA;
    if (fflush(stdout) != 0 || ferror(stdout)) {
        fprintf(stderr, "stance-classify: write error: %s\n", strerror(errno));
        status = EXIT_DATA;
    }
    if (!quiet && a.format == OUT_TABLE)
        fprintf(stderr, "%zu document%s, %zu sentence%s\n", a.docs, a.docs == 1 ? "" : "s", a.sentences,
                a.sentences == 1 ? "" : "s");
    st_scratch_free(a.scratch);
    free(a.pred);
    free(a.per_values);
    free(a.nreasons);
    free(a.reasons);
    free(a.sums);
    cJSON_Delete(a.aliases);
    st_model_free(m);
    return status;
}
