/* test_csv.c - the streaming CSV reader and the CSV / JSON writers (lib/csvio.c). */
#include "testutil.h"

/* A read-only stream over S (a copy, freed with the stream by tu_close). */
typedef struct {
    FILE *f;
    char *buf;
} memin;

static memin open_string(const char *s, size_t n)
{
    memin m;
    m.buf = malloc(n + 1);
    assert_non_null(m.buf);
    memcpy(m.buf, s, n);
    m.buf[n] = 0;
    /* fmemopen refuses size 0 on some C libraries: an empty temporary file instead */
    m.f = n ? fmemopen(m.buf, n, "r") : tmpfile();
    assert_non_null(m.f);
    return m;
}

static void close_string(memin *m)
{
    fclose(m->f);
    free(m->buf);
}

/* Reads every row of S; RESULT gets "line:field|field|...\n" per row, and the final return code
 * (0 at the end, or the negative code) with ERR's message. */
static int read_all(const char *name, const char *s, size_t n, char **result, st_err *err)
{
    memin m = open_string(s, n);
    st_csv *r = NULL;
    assert_int_equal(st_csv_open(m.f, name, &r, err), ST_OK);
    char *out = NULL;
    size_t outn = 0;
    FILE *o = open_memstream(&out, &outn);
    assert_non_null(o);
    char **fields;
    size_t nf, line;
    int k;
    while ((k = st_csv_next(r, &fields, &nf, &line, err)) == 1) {
        fprintf(o, "%zu:", line);
        for (size_t i = 0; i < nf; i++)
            fprintf(o, "%s%s", i ? "|" : "", fields[i]);
        fputc('\n', o);
    }
    fclose(o);
    st_csv_free(r);
    close_string(&m);
    *result = out;
    return k;
}

#define CHECK_ROWS(input, want)                                                                    \
    do {                                                                                           \
        char *got_;                                                                                \
        st_err err_ = {{0}};                                                                       \
        int k_ = read_all("t.csv", (input), strlen(input), &got_, &err_);                          \
        int bad_ = k_ != 0 || strcmp(got_, (want)) != 0;                                           \
        if (k_ != 0)                                                                               \
            print_error("reader returned %d (%s): %s; rows so far:\n%s\n", k_, st_errmsg(k_), err_.msg, got_); \
        else if (bad_)                                                                             \
            print_error("rows differ.\nexpected:\n%s\ngot:\n%s\n", (want), got_);                  \
        free(got_);                                                                                \
        if (bad_)                                                                                  \
            fail();                                                                                \
    } while (0)

static void plain_rows(void **state)
{
    (void)state;
    CHECK_ROWS("a,b,c\n1,2,3\n4,5,6\n", "1:a|b|c\n2:1|2|3\n3:4|5|6\n");
    /* no final newline */
    CHECK_ROWS("a,b\n1,2", "1:a|b\n2:1|2\n");
    /* empty fields */
    CHECK_ROWS("a,b,c\n,,\n", "1:a|b|c\n2:||\n");
}

static void quoted_commas_quotes_and_newlines(void **state)
{
    (void)state;
    CHECK_ROWS("id,text\n"
               "1,\"Yes, he said.\"\n"
               "2,\"She said \"\"no\"\" twice.\"\n"
               "3,\"first line\nsecond line\"\n"
               "4,\"\"\n",
               "1:id|text\n"
               "2:1|Yes, he said.\n"
               "3:2|She said \"no\" twice.\n"
               "4:3|first line\nsecond line\n"
               "6:4|\n");
}

static void crlf_line_ends(void **state)
{
    (void)state;
    CHECK_ROWS("a,b\r\n1,\"x, y\"\r\n2,z\r\n", "1:a|b\n2:1|x, y\n3:2|z\n");
    /* a quoted newline inside a CRLF file */
    CHECK_ROWS("a,b\r\n1,\"two\nlines\"\r\n2,z\r\n", "1:a|b\n2:1|two\nlines\n4:2|z\n");
}

static void line_numbers_after_multiline_fields(void **state)
{
    (void)state;
    CHECK_ROWS("doc,text,label\n"                 /* 1 */
               "d1,\"one\ntwo\nthree\",x\n"       /* 2-4 */
               "d2,plain,y\n"                     /* 5 */
               "d3,\"a\n\nb\",z\n"                /* 6-8, with an empty line inside the field */
               "d4,last,w\n",                     /* 9 */
               "1:doc|text|label\n"
               "2:d1|one\ntwo\nthree|x\n"
               "5:d2|plain|y\n"
               "6:d3|a\n\nb|z\n"
               "9:d4|last|w\n");
}

static void unterminated_quote_is_an_error_with_file_and_line(void **state)
{
    (void)state;
    char *got;
    st_err err = {{0}};
    const char *in = "a,b\n1,2\n3,\"never closed\n4,5\n";
    int k = read_all("data/bad.csv", in, strlen(in), &got, &err);
    assert_int_equal(k, ST_ECSV);
    assert_string_equal(got, "1:a|b\n2:1|2\n");
    tu_assert_contains(err.msg, "data/bad.csv:3");
    free(got);
}

static void stray_quote_is_an_error_with_file_and_line(void **state)
{
    (void)state;
    char *got;
    st_err err = {{0}};
    const char *in = "a,b\n1,2\n3,4\n5,six \"inches\" long\n";
    int k = read_all("bad.csv", in, strlen(in), &got, &err);
    assert_int_equal(k, ST_ECSV);
    tu_assert_contains(err.msg, "bad.csv:4");
    free(got);
}

static void invalid_utf8_is_an_error_with_line(void **state)
{
    (void)state;
    char *got;
    st_err err = {{0}};
    const char *in = "a,b\n1,caf\xC3\xA9\n2,bad \xFF byte\n3,4\n";
    int k = read_all("enc.csv", in, strlen(in), &got, &err);
    assert_int_equal(k, ST_EUTF8);
    assert_string_equal(got, "1:a|b\n2:1|caf\xC3\xA9\n");
    tu_assert_contains(err.msg, "enc.csv:3");
    free(got);
}

static void empty_input_has_no_rows(void **state)
{
    (void)state;
    CHECK_ROWS("", "");
}

/* ------------------------------------------------------------------ writers */

static void write_field_round_trips(void **state)
{
    (void)state;
    static const char *const fields[] = {
        "plain", "with, comma", "with \"quotes\"", "two\nlines", "crlf\r\ninside", " leading space",
        "trailing space ", "", "caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D", "\"", ",", "last",
    };
    size_t nfields = sizeof fields / sizeof *fields;
    char *buf = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&buf, &n);
    assert_non_null(f);
    /* two rows: all the fields, then the same in reverse order */
    for (size_t i = 0; i < nfields; i++)
        assert_int_equal(st_csv_write_field(f, fields[i], i + 1 == nfields), ST_OK);
    for (size_t i = nfields; i-- > 0;)
        assert_int_equal(st_csv_write_field(f, fields[i], i == 0), ST_OK);
    fclose(f);
    assert_true(n > 0 && buf[n - 1] == '\n');

    memin m = open_string(buf, n);
    st_csv *r;
    st_err err = {{0}};
    assert_int_equal(st_csv_open(m.f, "roundtrip", &r, &err), ST_OK);
    char **got;
    size_t ngot, line;
    for (int row = 0; row < 2; row++) {
        int k = st_csv_next(r, &got, &ngot, &line, &err);
        if (k != 1)
            fail_msg("row %d: reader returned %d: %s\nwritten:\n%s", row + 1, k, err.msg, buf);
        assert_int_equal(ngot, nfields);
        for (size_t i = 0; i < nfields; i++) {
            const char *want = fields[row == 0 ? i : nfields - 1 - i];
            if (strcmp(got[i], want) != 0)
                fail_msg("row %d field %zu: wrote <%s>, read back <%s>\nwritten:\n%s", row + 1, i, want, got[i], buf);
        }
    }
    assert_int_equal(st_csv_next(r, &got, &ngot, &line, &err), 0);
    st_csv_free(r);
    close_string(&m);
    free(buf);
}

static void write_field_quotes_only_when_needed(void **state)
{
    (void)state;
    char *buf = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&buf, &n);
    st_csv_write_field(f, "plain", 0);
    st_csv_write_field(f, "a,b", 0);
    st_csv_write_field(f, "say \"hi\"", 1);
    fclose(f);
    assert_string_equal(buf, "plain,\"a,b\",\"say \"\"hi\"\"\"\n");
    free(buf);
}

static char *json_of(const char *s)
{
    char *buf = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&buf, &n);
    assert_non_null(f);
    st_json_write_string(f, s);
    fclose(f);
    return buf;
}

#define CHECK_JSON(in, want)                                                                       \
    do {                                                                                           \
        char *got_ = json_of(in);                                                                  \
        int bad_ = strcmp(got_, (want)) != 0;                                                      \
        if (bad_)                                                                                  \
            print_error("JSON of <%s>: expected %s, got %s\n", (in), (want), got_);               \
        free(got_);                                                                                \
        if (bad_)                                                                                  \
            fail();                                                                                \
    } while (0)

static void json_string_escapes(void **state)
{
    (void)state;
    CHECK_JSON("plain", "\"plain\"");
    CHECK_JSON("", "\"\"");
    CHECK_JSON("say \"hi\"", "\"say \\\"hi\\\"\"");
    CHECK_JSON("back\\slash", "\"back\\\\slash\"");
    CHECK_JSON("two\nlines", "\"two\\nlines\"");
    CHECK_JSON("cr\rtab\t", "\"cr\\rtab\\t\"");
    CHECK_JSON("bell\x07 esc\x1b unit\x1f", "\"bell\\u0007 esc\\u001b unit\\u001f\"");
    CHECK_JSON("\x01", "\"\\u0001\"");
    /* UTF-8 passes through unchanged */
    CHECK_JSON("caf\xC3\xA9 \xE2\x80\x9Cq\xE2\x80\x9D", "\"caf\xC3\xA9 \xE2\x80\x9Cq\xE2\x80\x9D\"");
}

/* The data and model checksums are FNV-1a 64 (published test vectors), so any tool can
 * recompute them (tests/check_datasets.py does, in Python). */
uint64_t st_fnv1a(uint64_t h, const void *p, size_t n);
int st_file_fnv(const char *path, char hex[17], size_t *size);
static void checksum_is_fnv1a_64(void **state)
{
    (void)state;
    assert_true(st_fnv1a(14695981039346656037ULL, "", 0) == 0xcbf29ce484222325ULL);
    assert_true(st_fnv1a(14695981039346656037ULL, "a", 1) == 0xaf63dc4c8601ec8cULL);
    assert_true(st_fnv1a(14695981039346656037ULL, "foobar", 6) == 0x85944171f73967e8ULL);
    char *dir = tu_mkdtemp(), *path = tu_path(dir, "a.txt"), hex[17];
    size_t n = 0;
    tu_write_file(path, "foobar");
    assert_int_equal(st_file_fnv(path, hex, &n), 0);
    assert_string_equal(hex, "85944171f73967e8");
    assert_int_equal(n, 6);
    tu_rmtree(dir);
    free(path);
    free(dir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(plain_rows),
        cmocka_unit_test(quoted_commas_quotes_and_newlines),
        cmocka_unit_test(crlf_line_ends),
        cmocka_unit_test(line_numbers_after_multiline_fields),
        cmocka_unit_test(unterminated_quote_is_an_error_with_file_and_line),
        cmocka_unit_test(stray_quote_is_an_error_with_file_and_line),
        cmocka_unit_test(invalid_utf8_is_an_error_with_line),
        cmocka_unit_test(empty_input_has_no_rows),
        cmocka_unit_test(write_field_round_trips),
        cmocka_unit_test(write_field_quotes_only_when_needed),
        cmocka_unit_test(json_string_escapes),
        cmocka_unit_test(checksum_is_fnv1a_64),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
