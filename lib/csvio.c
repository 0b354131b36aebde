/* csvio.c - whole files, CSV rows in through libcsv (streaming), CSV and JSON strings out. */
#include "internal.h"

#include <csv.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

int st_file_read(const char *path, char **out, size_t *n, st_err *err)
{
    FILE *f = strcmp(path, "-") ? fopen(path, "rb") : stdin;
    if (!f) {
        st_seterr(err, "%s: %s", path, strerror(errno));
        return ST_EIO;
    }
    st_buf b = {0};
    char chunk[65536];
    size_t k;
    int rc = 0;
    while ((k = fread(chunk, 1, sizeof chunk, f)) > 0)
        if ((rc = st_buf_add(&b, chunk, k)))
            break;
    if (!rc && ferror(f)) {
        st_seterr(err, "%s: read error: %s", path, strerror(errno));
        rc = ST_EIO;
    }
    if (f != stdin)
        fclose(f);
    if (!rc && !b.p && st_buf_reserve(&b, 0))
        rc = ST_ENOMEM;
    if (rc) {
        st_buf_free(&b);
        return rc;
    }
    *out = b.p;
    *n = b.len;
    return 0;
}

int st_file_fnv(const char *path, char hex[17], size_t *size)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return -1;
    uint64_t h = ST_FNV_INIT;
    char chunk[65536];
    size_t k, n = 0;
    while ((k = fread(chunk, 1, sizeof chunk, f)) > 0) {
        h = st_fnv1a(h, chunk, k);
        n += k;
    }
    int bad = ferror(f);
    fclose(f);
    if (bad)
        return -1;
    snprintf(hex, 17, "%016llx", (unsigned long long)h);
    *size = n;
    return 0;
}

typedef struct {
    char **fields;
    size_t n;
    size_t line;
} row;

struct st_csv {
    FILE *in;
    char *name;
    struct csv_parser p;
    /* the row being built */
    char **cur;
    size_t ncur, capcur;
    /* finished rows, waiting to be handed out */
    row *q;
    size_t nq, capq, head;
    row out; /* the row handed out last (owned until the next call) */
    size_t line;      /* lines fed so far */
    size_t row_start; /* line where the row being built began */
    int eof, rc;
    uint64_t hash;
    st_buf lbuf;
};

static void free_fields(char **f, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(f[i]);
    free(f);
}

static void on_field(void *s, size_t len, void *data)
{
    st_csv *r = data;
    char *f = st_strndup(s ? s : "", s ? len : 0);
    if (!f || ST_PUSH(r->cur, r->ncur, r->capcur, f)) {
        free(f);
        r->rc = ST_ENOMEM;
    }
}

static void on_row(int c, void *data)
{
    (void)c;
    st_csv *r = data;
    row w = {r->cur, r->ncur, r->row_start};
    r->cur = NULL;
    r->ncur = r->capcur = 0;
    if (ST_PUSH(r->q, r->nq, r->capq, w)) {
        free_fields(w.fields, w.n);
        r->rc = ST_ENOMEM;
    }
    r->row_start = r->line + 1;
}

int st_csv_open(FILE *in, const char *name, st_csv **out, st_err *err)
{
    st_csv *r = calloc(1, sizeof *r);
    if (!r || !(r->name = st_strdup(name))) {
        free(r);
        return ST_ENOMEM;
    }
    if (csv_init(&r->p, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL) != 0) {
        free(r->name);
        free(r);
        st_seterr(err, "%s: cannot start the CSV parser", name);
        return ST_ENOMEM;
    }
    r->in = in;
    r->row_start = 1;
    r->hash = ST_FNV_INIT;
    *out = r;
    return 0;
}

void st_csv_free(st_csv *r)
{
    if (!r)
        return;
    csv_free(&r->p);
    free_fields(r->cur, r->ncur);
    for (size_t i = r->head; i < r->nq; i++)
        free_fields(r->q[i].fields, r->q[i].n);
    free(r->q);
    free_fields(r->out.fields, r->out.n);
    st_buf_free(&r->lbuf);
    free(r->name);
    free(r);
}

uint64_t st_csv_hash(const st_csv *r) { return r->hash; }

/* Reads one physical line (with its newline) into lbuf; 0 at end of file. */
static int read_line(st_csv *r)
{
    r->lbuf.len = 0;
    int c;
    while ((c = getc(r->in)) != EOF) {
        if (st_buf_addc(&r->lbuf, (char)c))
            return ST_ENOMEM;
        if (c == '\n')
            break;
    }
    if (ferror(r->in))
        return ST_EIO;
    return r->lbuf.len > 0;
}

int st_csv_next(st_csv *r, char ***fields, size_t *nfields, size_t *line, st_err *err)
{
    free_fields(r->out.fields, r->out.n);
    memset(&r->out, 0, sizeof r->out);
    while (r->head == r->nq) {
        r->head = r->nq = 0;
        if (r->eof)
            return 0;
        int k = read_line(r);
        if (k < 0) {
            st_seterr(err, "%s:%zu: %s", r->name, r->line + 1, k == ST_EIO ? strerror(errno) : "out of memory");
            return k;
        }
        if (k == 0) {
            r->eof = 1;
            if (csv_fini(&r->p, on_field, on_row, r) != 0) {
                st_seterr(err, "%s:%zu: %s (a quoted field is never closed)", r->name, r->row_start,
                          csv_strerror(csv_error(&r->p)));
                return ST_ECSV;
            }
            if (r->rc)
                return r->rc;
            continue;
        }
        r->line++;
        size_t bad;
        if (st_utf8_check(r->lbuf.p, r->lbuf.len, &bad)) {
            st_seterr(err, "%s:%zu: invalid UTF-8 at byte %zu of the line", r->name, r->line, bad + 1);
            return ST_EUTF8;
        }
        r->hash = st_fnv1a(r->hash, r->lbuf.p, r->lbuf.len);
        if (r->row_start == r->line && (r->lbuf.len == 1 || (r->lbuf.len == 2 && r->lbuf.p[0] == '\r')) &&
            r->ncur == 0) {
            r->row_start++; /* blank line between rows */
        }
        if (csv_parse(&r->p, r->lbuf.p, r->lbuf.len, on_field, on_row, r) != r->lbuf.len) {
            st_seterr(err, "%s:%zu: %s", r->name, r->line, csv_strerror(csv_error(&r->p)));
            return ST_ECSV;
        }
        if (r->rc)
            return r->rc;
    }
    r->out = r->q[r->head++];
    *fields = r->out.fields;
    *nfields = r->out.n;
    *line = r->out.line;
    return 1;
}

int st_csv_write_field(FILE *f, const char *s, int last)
{
    size_t n = strlen(s);
    int q = strpbrk(s, ",\"\r\n") != NULL || (n && (s[0] == ' ' || s[n - 1] == ' '));
    int rc = q ? csv_fwrite(f, s, n) : (fwrite(s, 1, n, f) == n ? 0 : EOF);
    if (rc == 0)
        rc = putc(last ? '\n' : ',', f) == EOF ? EOF : 0;
    return rc ? ST_EIO : 0;
}

void st_json_write_string(FILE *f, const char *s)
{
    putc('"', f);
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        switch (*p) {
        case '"': fputs("\\\"", f); break;
        case '\\': fputs("\\\\", f); break;
        case '\n': fputs("\\n", f); break;
        case '\r': fputs("\\r", f); break;
        case '\t': fputs("\\t", f); break;
        default:
            if (*p < 0x20)
                fprintf(f, "\\u%04x", *p);
            else
                putc(*p, f);
        }
    }
    putc('"', f);
}
