/* text.c - UTF-8 validation, utf8proc normalisation and folding, sentence splitting, tokens. */
#include "internal.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

int st_utf8_check(const char *bytes, size_t n, size_t *bad)
{
    const utf8proc_uint8_t *s = (const utf8proc_uint8_t *)bytes;
    size_t i = 0;
    while (i < n) {
        if (s[i] < 0x80) {
            i++;
            continue;
        }
        utf8proc_int32_t cp;
        utf8proc_ssize_t k = utf8proc_iterate(s + i, (utf8proc_ssize_t)(n - i), &cp);
        if (k < 0) {
            if (bad)
                *bad = i;
            return ST_EUTF8;
        }
        i += (size_t)k;
    }
    return 0;
}

/* Next code point at S[*I] (input is valid UTF-8). */
static int32_t next_cp(const char *s, size_t n, size_t *i)
{
    utf8proc_int32_t cp = 0;
    utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s + *i, (utf8proc_ssize_t)(n - *i), &cp);
    if (k <= 0) {
        (*i)++;
        return 0xFFFD;
    }
    *i += (size_t)k;
    return cp;
}

static int32_t cp_at(const char *s, size_t n, size_t i)
{
    return i < n ? next_cp(s, n, &i) : -1;
}

/* Start of the code point before byte I. */
static size_t prev_start(const char *s, size_t i)
{
    if (i == 0)
        return 0;
    i--;
    while (i > 0 && ((unsigned char)s[i] & 0xC0) == 0x80)
        i--;
    return i;
}

static int is_letter(int32_t c)
{
    if (c < 0)
        return 0;
    if (c < 0x80)
        return (c | 32) >= 'a' && (c | 32) <= 'z';
    utf8proc_category_t k = utf8proc_category(c);
    return k >= UTF8PROC_CATEGORY_LU && k <= UTF8PROC_CATEGORY_ME;
}
static int is_digit(int32_t c)
{
    return c >= 0 && (c < 0x80 ? c >= '0' && c <= '9' : utf8proc_category(c) == UTF8PROC_CATEGORY_ND);
}
static int is_upper(int32_t c)
{
    if (c < 0)
        return 0;
    utf8proc_category_t k = utf8proc_category(c);
    return k == UTF8PROC_CATEGORY_LU || k == UTF8PROC_CATEGORY_LT;
}
static int is_lower(int32_t c) { return c >= 0 && utf8proc_category(c) == UTF8PROC_CATEGORY_LL; }
static int is_space(int32_t c)
{
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v')
        return 1;
    if (c < 0x80)
        return 0;
    utf8proc_category_t k = utf8proc_category(c);
    return k == UTF8PROC_CATEGORY_ZS || k == UTF8PROC_CATEGORY_ZL || k == UTF8PROC_CATEGORY_ZP;
}
static int is_apostrophe(int32_t c) { return c == '\'' || c == 0x2019 || c == 0x02BC; }
static int is_hyphen(int32_t c) { return c == '-' || c == 0x2010 || c == 0x2011; }
static int is_dquote(int32_t c)
{
    return c == '"' || c == 0x201C || c == 0x201D || c == 0x201E || c == 0x201F || c == 0x00AB ||
           c == 0x00BB;
}
static int is_closer(int32_t c)
{
    return is_dquote(c) || c == '\'' || c == 0x2019 || c == ')' || c == ']' || c == 0x00BB;
}
static int is_clause_mark(int32_t c) { return c == ',' || c == '.' || c == '?' || c == '!'; }
static int is_terminal(int32_t c) { return c == '.' || c == '!' || c == '?' || c == 0x2026; }

int st_fold(const char *s, size_t n, int lower, st_buf *out)
{
    int opts = UTF8PROC_LUMP | (lower ? UTF8PROC_CASEFOLD : 0);
    size_t i = 0;
    while (i < n) {
        int32_t cp = next_cp(s, n, &i);
        utf8proc_int32_t dst[16];
        int bound = 0;
        utf8proc_ssize_t k;
        if (cp == 0x2026) { /* ellipsis */
            if (st_buf_add(out, "...", 3))
                return ST_ENOMEM;
            continue;
        }
        if (cp < 0x80) {
            char c = (char)(lower && cp >= 'A' && cp <= 'Z' ? cp + 32 : cp);
            if (st_buf_addc(out, c))
                return ST_ENOMEM;
            continue;
        }
        k = utf8proc_decompose_char(cp, dst, 16, (utf8proc_option_t)opts, &bound);
        if (k < 0 || k > 16) {
            dst[0] = cp;
            k = 1;
        }
        for (utf8proc_ssize_t j = 0; j < k; j++) {
            utf8proc_uint8_t enc[4];
            utf8proc_ssize_t m = utf8proc_encode_char(dst[j], enc);
            if (st_buf_add(out, enc, (size_t)m))
                return ST_ENOMEM;
        }
    }
    return 0;
}

int st_ascii_name(const char *s, size_t n, st_buf *out)
{
    utf8proc_uint8_t *m = NULL;
    utf8proc_ssize_t k = utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &m,
                                      UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK | UTF8PROC_LUMP);
    if (k < 0)
        return st_buf_add(out, s, n);
    static const struct {
        int32_t cp;
        const char *a;
    } extra[] = {{0xF8, "o"}, {0xD8, "O"}, {0xDF, "ss"}, {0xE6, "ae"}, {0xC6, "AE"}, {0x142, "l"},
                 {0x141, "L"}, {0x111, "d"}, {0x110, "D"}, {0xF0, "d"}, {0xFE, "th"}, {0x131, "i"},
                 {0x153, "oe"}};
    size_t before = out->len, i = 0;
    int rc = 0;
    while (i < (size_t)k && !rc) {
        int32_t cp = next_cp((const char *)m, (size_t)k, &i);
        if (cp < 0x80) {
            rc = st_buf_addc(out, (char)cp);
            continue;
        }
        for (size_t e = 0; e < sizeof extra / sizeof *extra; e++)
            if (extra[e].cp == cp)
                rc = st_buf_adds(out, extra[e].a);
    }
    free(m);
    if (!rc && out->len == before) /* nothing ASCII in it: keep it as written */
        rc = st_buf_add(out, s, n);
    return rc;
}

int st_foreign_script(const char *s, size_t n)
{
    size_t i = 0;
    int letters = 0;
    while (i < n) {
        int32_t c = next_cp(s, n, &i);
        if (!is_letter(c))
            return 0;
        /* Latin: Basic to Extended-B, IPA, Extended Additional (Vietnamese), C, D, full-width */
        if (c < 0x2B0 || (c >= 0x1E00 && c <= 0x1EFF) || (c >= 0x2C60 && c <= 0x2C7F) ||
            (c >= 0xA720 && c <= 0xA7FF) || (c >= 0xFF21 && c <= 0xFF5A))
            return 0;
        letters++;
    }
    return letters > 0;
}

const char *st_tok_norm(const st_doc *doc, const st_token *t) { return doc->arena.p + t->norm; }

/* ------------------------------------------------------------------ tokens */

static int push_token(st_doc *doc, st_sent *s, const char *text, size_t a, size_t b, int kind, int cap,
                      int qdir)
{
    st_token t = {(uint32_t)a, (uint32_t)(b - a), 0, 0, (uint8_t)kind, (uint8_t)cap, (int8_t)qdir, 0};
    size_t before = doc->arena.len;
    if (st_fold(text + a, b - a, 1, &doc->arena) || st_buf_addc(&doc->arena, 0))
        return ST_ENOMEM;
    t.norm = (uint32_t)before;
    t.nlen = (uint32_t)(doc->arena.len - before - 1);
    if (ST_PUSH(doc->toks, doc->ntoks, doc->captoks, t))
        return ST_ENOMEM;
    s->ntok++;
    return 0;
}

/* Whether the word at I, after an apostrophe, begins a name whose first sound is a glottal stop, as
 * Tongan and Sesotho names are written ("'Ofa Tu'ipulotu", "’Mapaballo Letšela"): a capital, a
 * small letter, the rest of the word, then another capitalised word; not the first word of a
 * quotation ('We know ...', 'The ...'). */
static int glottal_name(const char *text, size_t n, size_t i)
{
    static const char *const starts[] = {"The", "We", "It", "I", "This", "That", "They", "He", "She", "Our", "You",
                                         "There", "What", "If", "In", "As", "When", "No", "Not", "My", "Let",
                                         "Mr", "Mrs", "Ms", "Dr", "Sir", "Lord", "St", NULL};
    size_t j = i;
    if (!is_upper(next_cp(text, n, &j)) || !is_lower(cp_at(text, n, j)))
        return 0;
    while (j < n && is_letter(cp_at(text, n, j)))
        next_cp(text, n, &j);
    if (cp_at(text, n, j) != ' ' || !is_upper(cp_at(text, n, j + 1)))
        return 0;
    for (const char *const *w = starts; *w; w++)
        if (strlen(*w) == j - i && !strncmp(*w, text + i, j - i))
            return 0;
    return 1;
}

int st_tokenize(st_doc *doc, st_sent *s)
{
    const char *text = doc->arena.p + s->textoff;
    size_t n = strlen(text), i = 0;
    s->tok0 = (uint32_t)doc->ntoks;
    s->ntok = 0;
    /* The sentence text lives in the arena, which push_token grows: work on a copy. */
    char *copy = st_strndup(text, n);
    if (!copy)
        return ST_ENOMEM;
    text = copy;
    int rc = 0, squote = 0;
    while (i < n && !rc) {
        size_t a = i;
        int32_t c = next_cp(text, n, &i);
        if (is_space(c))
            continue;
        if ((c == '\'' || c == 0x2019) && (a == 0 || is_space(cp_at(text, n, prev_start(text, a)))) &&
            glottal_name(text, n, i))
            c = next_cp(text, n, &i); /* "'Ana Pulu", "’Mathabo Nkuebe": the apostrophe begins the name */
        if (is_letter(c)) {
            int cap = is_upper(c);
            for (;;) {
                size_t j = i;
                int32_t d = cp_at(text, n, j);
                if (is_letter(d) || is_digit(d)) {
                    next_cp(text, n, &i);
                    continue;
                }
                size_t k = j;
                next_cp(text, n, &k);
                int32_t e = cp_at(text, n, k);
                if (is_apostrophe(d) && is_letter(e)) {
                    /* possessive 's ends the word; other apostrophes join (don't, O'Brien) */
                    size_t k2 = k;
                    next_cp(text, n, &k2);
                    int32_t f = cp_at(text, n, k2);
                    if ((e == 's' || e == 'S') && !is_letter(f))
                        break;
                    i = k;
                    continue;
                }
                if (is_hyphen(d) && (is_letter(e) || is_digit(e))) {
                    /* a wire slug opening a headline ends at its hyphen: "EXCLUSIVE-Valdoria plans",
                     * "ANALYSIS-Why ..." (an upper-case word of four letters or more, then a
                     * capitalised one) */
                    size_t k3 = k;
                    next_cp(text, n, &k3);
                    int slug = a == 0 && j - a >= 4 && is_upper(e) && is_letter(cp_at(text, n, k3)) &&
                               !is_upper(cp_at(text, n, k3));
                    for (size_t q = a; slug && q < j;) {
                        int32_t u = next_cp(text, n, &q);
                        slug = is_upper(u);
                    }
                    if (slug)
                        break;
                    i = k;
                    continue;
                }
                if (d == '.' && is_letter(e) && i - a <= 2) { /* U.S., U.N. */
                    size_t k2 = k;
                    next_cp(text, n, &k2);
                    if (cp_at(text, n, k2) == '.') {
                        i = k2 + 1;
                        continue;
                    }
                }
                break;
            }
            rc = push_token(doc, s, text, a, i, ST_TOK_WORD, cap, 0);
            /* the possessive clitic as its own token */
            if (!rc && is_apostrophe(cp_at(text, n, i))) {
                size_t k = i;
                next_cp(text, n, &k);
                int32_t e = cp_at(text, n, k);
                size_t k2 = k;
                if (e == 's' || e == 'S') {
                    next_cp(text, n, &k2);
                    if (!is_letter(cp_at(text, n, k2))) {
                        rc = push_token(doc, s, text, i, k2, ST_TOK_WORD, 0, 0);
                        i = k2;
                    }
                }
            }
        } else if (is_digit(c)) {
            for (;;) {
                int32_t d = cp_at(text, n, i);
                if (is_digit(d) || is_letter(d) || d == '%') {
                    next_cp(text, n, &i);
                    continue;
                }
                if (d == '.' || d == ',' || d == ':') {
                    if (is_digit(cp_at(text, n, i + 1))) {
                        i++;
                        continue;
                    }
                }
                break;
            }
            rc = push_token(doc, s, text, a, i, ST_TOK_NUM, 0, 0);
        } else if (is_dquote(c)) {
            int dir;
            if (c == 0x201C || c == 0x201E || c == 0x00AB)
                dir = 1;
            else if (c == 0x201D || c == 0x00BB)
                dir = -1;
            else { /* straight quote: opening after a space or an opening bracket */
                int32_t p = a ? cp_at(text, n, prev_start(text, a)) : -1;
                dir = (a == 0 || is_space(p) || p == '(' || p == '[' || p == 0x2014 || p == 0x2013) ? 1 : -1;
            }
            rc = push_token(doc, s, text, a, i, ST_TOK_QUOTE, 0, dir);
        } else if (c == 0x2018 && (is_letter(cp_at(text, n, i)) || is_digit(cp_at(text, n, i)) ||
                                   is_dquote(cp_at(text, n, i)))) {
            /* single curly quotes (British style, headlines): the opening one is unambiguous */
            squote = 1;
            rc = push_token(doc, s, text, a, i, ST_TOK_QUOTE, 0, 1);
        } else if (c == 0x2019 && a > 0 &&
                   (is_clause_mark(cp_at(text, n, prev_start(text, a))) ||
                    (squote && !is_letter(cp_at(text, n, i)) && !is_digit(cp_at(text, n, i))))) {
            /* the closing one after a clause ("close,' he said") or after a quotation opened in
             * this sentence; elsewhere it is an apostrophe ("farmers' union") */
            squote = 0;
            rc = push_token(doc, s, text, a, i, ST_TOK_QUOTE, 0, -1);
        } else {
            if (c == '.' && cp_at(text, n, i) == '.' && cp_at(text, n, i + 1) == '.')
                i += 2;
            rc = push_token(doc, s, text, a, i, ST_TOK_PUNCT, 0, 0);
        }
    }
    free(copy);
    return rc;
}

/* ------------------------------------------------------------------ sentences */

int st_add_sentence(st_doc *doc, const char *s, size_t n, size_t start, int para_start)
{
    /* fold runs of white space to one space and trim */
    size_t off = doc->arena.len, i = 0;
    int space = 0, rc = 0;
    while (i < n && !rc) {
        size_t a = i;
        int32_t c = next_cp(s, n, &i);
        if (is_space(c)) {
            space = 1;
            continue;
        }
        if (space && doc->arena.len > off)
            rc = st_buf_addc(&doc->arena, ' ');
        space = 0;
        if (!rc)
            rc = st_buf_add(&doc->arena, s + a, i - a);
    }
    if (rc || st_buf_addc(&doc->arena, 0))
        return ST_ENOMEM;
    if (doc->arena.len - 1 == off) { /* nothing but spaces */
        doc->arena.len = off;
        return 0;
    }
    st_sent sent;
    memset(&sent, 0, sizeof sent);
    sent.textoff = off;
    sent.actoff = sent.cueoff = sent.hedgeoff = (size_t)-1;
    sent.pub.start = start;
    sent.para_start = para_start;
    sent.src0 = sent.src1 = sent.cue0 = sent.cue1 = sent.qgroup = sent.ent = -1;
    if ((rc = st_tokenize(doc, &sent)))
        return rc;
    return ST_PUSH(doc->sents, doc->nsents, doc->capsents, sent);
}

/* Common words that start sentences: after an abbreviation such as "U.S." they show that the
 * period also ended the sentence. */
static const char *const starters[] = {
    "a", "after", "an", "and", "as", "at", "but", "during", "for", "he", "her", "his", "however",
    "i", "if", "in", "it", "its", "meanwhile", "on", "our", "she", "so", "still", "that", "the",
    "their", "there", "these", "they", "this", "those", "we", "when", "while", "yet", NULL};

static int is_starter(const char *w, size_t n)
{
    char low[16];
    if (n == 0 || n >= sizeof low)
        return 0;
    for (size_t i = 0; i < n; i++)
        low[i] = (char)(w[i] >= 'A' && w[i] <= 'Z' ? w[i] + 32 : w[i]);
    low[n] = 0;
    for (int i = 0; starters[i]; i++)
        if (strcmp(low, starters[i]) == 0)
            return 1;
    return 0;
}

/* Does the period at byte P of C (chunk) end a sentence, given the next word at Q? */
static int period_ends(const st_doc *doc, const char *c, size_t m, size_t p, size_t q)
{
    size_t a = p;
    while (a > 0) {
        size_t b = prev_start(c, a);
        int32_t d = cp_at(c, m, b);
        if (!is_letter(d) && d != '.')
            break;
        a = b;
    }
    if (a == p)
        return 1;
    /* the word before the period, lower-cased and folded */
    st_buf w = {0};
    if (st_fold(c + a, p - a, 1, &w))
        return 1;
    int single_initial = 0;
    {
        size_t k = a;
        int32_t first = next_cp(c, m, &k);
        single_initial = k == p && is_upper(first);
    }
    int mask = st_lexicon_lookup(doc->lex, w.p, w.len, NULL);
    int dotted = memchr(w.p, '.', w.len) != NULL; /* U.S, e.g */
    static const char *const numbering_abbr[] = {"no", "nos", "vol", "art", "fig", "pp", "p", "op", "ch", "sec", NULL};
    int numbering = 0;
    for (int k = 0; numbering_abbr[k]; k++)
        numbering |= strlen(numbering_abbr[k]) == w.len && memcmp(numbering_abbr[k], w.p, w.len) == 0;
    st_buf_free(&w);
    size_t qe = q;
    while (qe < m && is_letter(cp_at(c, m, qe)))
        next_cp(c, m, &qe);
    int starter = is_starter(c + q, qe - q);
    if (single_initial)
        return 0; /* "John F. Kennedy" */
    if ((mask & ST_LX_TITLE) && is_upper(cp_at(c, m, a)) && !(p - a > 4 && starter))
        return 0; /* Mr., Gen., Sen.; not "said the mayor. The talks" */
    if ((mask & ST_LX_ABBR) || dotted) {
        if (is_digit(cp_at(c, m, q)))
            return 0; /* Feb. 3, No. 10 */
        if (numbering)
            return 1; /* "said no. Moscow ...": No. needs a number after it */
        return starter;
    }
    return 1;
}

static int split_chunk(st_doc *doc, const char *c, size_t m, const size_t *orig, int para)
{
    size_t i = 0, start = 0;
    int rc = 0;
    while (i < m && !rc) {
        size_t at = i;
        int32_t cp = next_cp(c, m, &i);
        if (!is_terminal(cp))
            continue;
        int only_period = cp == '.';
        size_t j = i;
        while (j < m && is_terminal(cp_at(c, m, j))) {
            only_period = 0;
            next_cp(c, m, &j);
        }
        size_t k = j;
        while (k < m && is_closer(cp_at(c, m, k)))
            next_cp(c, m, &k);
        if (k >= m)
            break;
        if (cp_at(c, m, k) != ' ')
            continue;
        size_t q = k + 1;
        while (q < m && c[q] == ' ')
            q++;
        int32_t nx = cp_at(c, m, q);
        if (is_lower(nx))
            continue;
        if (!(is_upper(nx) || is_digit(nx) || is_dquote(nx) || nx == '\'' || nx == 0x2018 || nx == '(' ||
              nx == '[' || nx == 0x2014 || nx == '-'))
            continue;
        if (only_period && !period_ends(doc, c, m, at, q))
            continue;
        rc = st_add_sentence(doc, c + start, k - start, orig[start], para);
        para = 0;
        start = q;
        i = q;
    }
    if (!rc && start < m)
        rc = st_add_sentence(doc, c + start, m - start, orig[start], para);
    return rc;
}

/* Does the trimmed line end with sentence-final punctuation (perhaps before closing quotes)? */
static int ends_final(const char *s, size_t a, size_t b)
{
    while (b > a) {
        size_t p = prev_start(s, b);
        int32_t c = cp_at(s, b, p);
        if (is_closer(c)) {
            b = p;
            continue;
        }
        return is_terminal(c) || c == ':';
    }
    return 0;
}

static int ends_joining(const char *s, size_t a, size_t b)
{
    if (b <= a)
        return 0;
    int32_t c = cp_at(s, b, prev_start(s, b));
    return c == ',' || c == ';' || c == '-' || c == 0x2013 || c == 0x2014 || c == '(';
}

int st_split(st_doc *doc, const char *text, size_t n)
{
    st_buf chunk = {0};
    size_t *orig = NULL, norig = 0, caporig = 0;
    int rc = 0, para = 1;
    size_t pos = 0;
    while (pos < n && !rc) {
        /* one line: [a, b) trimmed, next line at e */
        size_t e = pos;
        while (e < n && text[e] != '\n')
            e++;
        size_t a = pos, b = e;
        pos = e < n ? e + 1 : n;
        while (a < b && is_space(cp_at(text, b, a)))
            next_cp(text, b, &a);
        while (b > a && is_space(cp_at(text, b, prev_start(text, b))))
            b = prev_start(text, b);
        if (a == b) { /* blank line: the paragraph ends */
            if (chunk.len)
                rc = split_chunk(doc, chunk.p, chunk.len, orig, para);
            if (chunk.len)
                para = 1;
            chunk.len = norig = 0;
            continue;
        }
        if (chunk.len) {
            if ((rc = st_buf_addc(&chunk, ' ')) || (rc = ST_PUSH(orig, norig, caporig, a)))
                break;
        }
        if ((rc = st_buf_add(&chunk, text + a, b - a)))
            break;
        for (size_t k = a; k < b; k++)
            if ((rc = ST_PUSH(orig, norig, caporig, k)))
                break;
        if (rc)
            break;
        /* A line without final punctuation (headline, byline) ends here unless the next line
         * continues it: starts in lower case, or this one ends with a comma or a dash. */
        if (!ends_final(text, a, b)) {
            size_t na = pos;
            while (na < n && text[na] != '\n' && is_space(cp_at(text, n, na)))
                next_cp(text, n, &na);
            int32_t nx = cp_at(text, n, na);
            int cont = na < n && text[na] != '\n' && (is_lower(nx) || ends_joining(text, a, b));
            if (!cont) {
                rc = split_chunk(doc, chunk.p, chunk.len, orig, para);
                para = 0;
                chunk.len = norig = 0;
            }
        }
    }
    if (!rc && chunk.len)
        rc = split_chunk(doc, chunk.p, chunk.len, orig, para);
    st_buf_free(&chunk);
    free(orig);
    return rc;
}
