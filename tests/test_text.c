/* test_text.c - UTF-8 checks, normalisation and sentence splitting (lib/text.c, lib/doc.c). */
#include "testutil.h"

/* ------------------------------------------------------------------ lines without final punctuation */

static void headline_is_its_own_sentence(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Dock strike talks resume in Veloria\n"
                       "Union leaders and port operators met on Monday. The talks lasted six hours.\n");
    tu_check_sentences(d, "Dock strike talks resume in Veloria",
                       "Union leaders and port operators met on Monday.", "The talks lasted six hours.");
}

static void headline_before_blank_line(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Central bank holds rates steady\n\nThe Bank of Kestria kept its main rate at 4.5 percent.\n");
    tu_check_sentences(d, "Central bank holds rates steady", "The Bank of Kestria kept its main rate at 4.5 percent.");
}

static void byline_is_its_own_sentence(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Talks stall in Veloria\n"
                       "By Maria Gomez\n"
                       "VELORIA, March 3 (Meridian Wire) \xE2\x80\x94 Talks stalled on Friday.\n");
    tu_check_sentences(d, "Talks stall in Veloria", "By Maria Gomez",
                       "VELORIA, March 3 (Meridian Wire) \xE2\x80\x94 Talks stalled on Friday.");
}

static void wrapped_lines_in_lower_case_are_joined(void **state)
{
    (void)state;
    st_doc *d = tu_doc("The union said the offer\n"
                       "was an insult and that talks\n"
                       "would not resume before May.\n"
                       "Operators declined to comment.\n");
    tu_check_sentences(d, "The union said the offer was an insult and that talks would not resume before May.",
                       "Operators declined to comment.");
}

/* ------------------------------------------------------------------ periods that do not end sentences */

static void titles_do_not_split(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Mr. Smith met Dr. Jones and Gen. Alvarez at the ministry. They talked for an hour.");
    tu_check_sentences(d, "Mr. Smith met Dr. Jones and Gen. Alvarez at the ministry.", "They talked for an hour.");
}

/* A title written out in full ends a sentence like any word: "said the mayor. The talks" */
static void full_title_words_split(void **state)
{
    (void)state;
    st_doc *d = tu_doc("\"We need help,\" said the mayor. The doctors agreed. He met the finance minister. "
                       "Gen. Alvarez said nothing.");
    tu_check_sentences(d, "\"We need help,\" said the mayor.", "The doctors agreed.", "He met the finance minister.",
                       "Gen. Alvarez said nothing.");
}

static void us_does_not_split(void **state)
{
    (void)state;
    st_doc *d = tu_doc("The U.S. Treasury said the sanctions would stay. Markets fell.");
    tu_check_sentences(d, "The U.S. Treasury said the sanctions would stay.", "Markets fell.");
    d = tu_doc("Envoys from the U.S. and Japan arrived. The talks began.");
    tu_check_sentences(d, "Envoys from the U.S. and Japan arrived.", "The talks began.");
}

static void month_abbreviation_before_day_does_not_split(void **state)
{
    (void)state;
    st_doc *d = tu_doc("The strike began on Feb. 3 and ended a week later. Nobody was hurt.");
    tu_check_sentences(d, "The strike began on Feb. 3 and ended a week later.", "Nobody was hurt.");
}

static void initials_do_not_split(void **state)
{
    (void)state;
    st_doc *d = tu_doc("The airport is named after John F. Kennedy. It opened in 1948.");
    tu_check_sentences(d, "The airport is named after John F. Kennedy.", "It opened in 1948.");
}

/* ------------------------------------------------------------------ quotes and terminal marks */

static void closing_quote_stays_with_its_sentence(void **state)
{
    (void)state;
    st_doc *d = tu_doc("\xE2\x80\x9CWe are close.\xE2\x80\x9D The talks resume on Monday.");
    tu_check_sentences(d, "\xE2\x80\x9CWe are close.\xE2\x80\x9D", "The talks resume on Monday.");
    /* straight quotes too */
    d = tu_doc("\"We are close.\" The talks resume on Monday.");
    tu_check_sentences(d, "\"We are close.\"", "The talks resume on Monday.");
    /* and after a question mark */
    d = tu_doc("\xE2\x80\x9CIs this a deal?\xE2\x80\x9D Reporters asked twice.");
    tu_check_sentences(d, "\xE2\x80\x9CIs this a deal?\xE2\x80\x9D", "Reporters asked twice.");
}

static void quote_spanning_two_sentences(void **state)
{
    (void)state;
    st_doc *d = tu_doc("\xE2\x80\x9CWe are not there yet. But we are close,\xE2\x80\x9D Okafor said.");
    tu_check_sentences(d, "\xE2\x80\x9CWe are not there yet.", "But we are close,\xE2\x80\x9D Okafor said.");
}

static void question_and_exclamation_marks_split(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Is the deal dead? Not yet! Talks resume on Monday.");
    tu_check_sentences(d, "Is the deal dead?", "Not yet!", "Talks resume on Monday.");
}

/* Beyond the brief's list: typists often leave two spaces after a full stop. */
static void two_spaces_after_terminal_mark_still_split(void **state)
{
    (void)state;
    st_doc *d = tu_doc("The deal is done!  Officials were relieved.  Was it worth it?  Nobody knows.");
    tu_check_sentences(d, "The deal is done!", "Officials were relieved.", "Was it worth it?", "Nobody knows.");
}

static void whitespace_runs_are_folded(void **state)
{
    (void)state;
    st_doc *d = tu_doc("  The   talks\tresumed on   Monday.  ");
    tu_check_sentences(d, "The talks resumed on Monday.");
}

/* ------------------------------------------------------------------ Unicode */

static void curly_quotes_accents_and_dashes(void **state)
{
    (void)state;
    const char *text = "Jos\xC3\xA9 Ort\xC3\xADz and Hans M\xC3\xBCller met \xE2\x80\x94 briefly \xE2\x80\x94 in Z\xC3\xBCrich. "
                       "\xE2\x80\x9CIt went well,\xE2\x80\x9D M\xC3\xBCller said.";
    st_doc *d = tu_doc(text);
    tu_check_sentences(d, "Jos\xC3\xA9 Ort\xC3\xADz and Hans M\xC3\xBCller met \xE2\x80\x94 briefly \xE2\x80\x94 in Z\xC3\xBCrich.",
                       "\xE2\x80\x9CIt went well,\xE2\x80\x9D M\xC3\xBCller said.");
}

static void nfc_normalisation(void **state)
{
    (void)state;
    /* "José Ortíz" written with combining acute accents (e + U+0301, i + U+0301) */
    st_doc *a = tu_doc("Jose\xCC\x81 Orti\xCC\x81z spoke first. The room was full.");
    st_doc *b = tu_doc("Jos\xC3\xA9 Ort\xC3\xADz spoke first. The room was full.");
    assert_int_equal(st_doc_count(a), 2);
    assert_int_equal(st_doc_count(b), 2);
    assert_string_equal(st_doc_sentence(a, 0)->text, "Jos\xC3\xA9 Ort\xC3\xADz spoke first.");
    assert_string_equal(st_doc_sentence(a, 0)->text, st_doc_sentence(b, 0)->text);
    assert_string_equal(st_doc_sentence(a, 1)->text, st_doc_sentence(b, 1)->text);
}

/* ------------------------------------------------------------------ invalid UTF-8 */

static void utf8_check_accepts_valid_text(void **state)
{
    (void)state;
    const char *ok = "plain ASCII, caf\xC3\xA9, \xE2\x80\x9Cquotes\xE2\x80\x9D, \xF0\x9F\x98\x80";
    size_t bad = 12345;
    assert_int_equal(st_utf8_check(ok, strlen(ok), &bad), ST_OK);
    assert_int_equal(st_utf8_check("", 0, &bad), ST_OK);
    assert_int_equal(st_utf8_check(ok, strlen(ok), NULL), ST_OK);
}

static void utf8_check_reports_offset(void **state)
{
    (void)state;
    static const struct {
        const char *s;
        size_t n, off;
        const char *what;
    } cases[] = {
        {"Good text. Bad \xFF byte.", 21, 15, "0xFF byte"},
        {"\x80" "abc", 4, 0, "lone continuation byte first"},
        {"abc\xC3(", 5, 3, "lead byte followed by ASCII"},
        {"caf\xC3\xA9 \xE2\x80", 8, 6, "truncated sequence at the end"},
        {"ab\xC0\xAF", 4, 2, "overlong encoding of '/'"},
        {"x\xED\xA0\x80y", 5, 1, "UTF-16 surrogate"},
        {"\xC3\xA9\xC3\xA9\xF5\x80\x80\x80", 8, 4, "beyond U+10FFFF"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        size_t bad = 999;
        int rc = st_utf8_check(cases[i].s, cases[i].n, &bad);
        if (rc != ST_EUTF8 || bad != cases[i].off)
            fail_msg("%s: expected ST_EUTF8 at byte %zu, got rc %d at byte %zu", cases[i].what, cases[i].off, rc,
                     bad);
        assert_int_equal(st_utf8_check(cases[i].s, cases[i].n, NULL), ST_EUTF8);
    }
    /* the length is respected: the bad byte after N is not seen */
    size_t bad = 0;
    assert_int_equal(st_utf8_check("abc\xFF", 3, &bad), ST_OK);
}

static void doc_from_text_reports_invalid_utf8(void **state)
{
    (void)state;
    const char *text = "The talks resumed. Bad \xFF byte here.";
    st_doc *d = (st_doc *)1;
    st_err err = {{0}};
    int rc = st_doc_from_text("article-7.txt", text, strlen(text), tu_lexicon, &d, &err);
    assert_int_equal(rc, ST_EUTF8);
    assert_null(d);
    tu_assert_contains(err.msg, "article-7.txt");
    if (!tu_has_number(err.msg, 23))
        fail_msg("expected byte offset 23 in '%s'", err.msg);
}

static void doc_from_sentences_keeps_given_split(void **state)
{
    (void)state;
    const char *const sents[] = {"Mr. Smith met Dr. Jones.", "Is it over? Not yet!", "Caf\xC3\xA9 owners  were   angry"};
    st_doc *d = NULL;
    st_err err = {{0}};
    assert_int_equal(st_doc_from_sentences("lines", sents, 3, tu_lexicon, &d, &err), ST_OK);
    tu_keep(d);
    tu_check_sentences(d, "Mr. Smith met Dr. Jones.", "Is it over? Not yet!", "Caf\xC3\xA9 owners were angry");
    assert_string_equal(st_doc_name(d), "lines");
    assert_null(st_doc_sentence(d, 3));
}

static void empty_text_gives_no_sentences(void **state)
{
    (void)state;
    st_doc *d = tu_doc_n("", 0);
    assert_int_equal(st_doc_count(d), 0);
    d = tu_doc(" \n\n \t\n");
    assert_int_equal(st_doc_count(d), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        TU_TEST(headline_is_its_own_sentence),
        TU_TEST(headline_before_blank_line),
        TU_TEST(byline_is_its_own_sentence),
        TU_TEST(wrapped_lines_in_lower_case_are_joined),
        TU_TEST(titles_do_not_split),
        TU_TEST(full_title_words_split),
        TU_TEST(us_does_not_split),
        TU_TEST(month_abbreviation_before_day_does_not_split),
        TU_TEST(initials_do_not_split),
        TU_TEST(closing_quote_stays_with_its_sentence),
        TU_TEST(quote_spanning_two_sentences),
        TU_TEST(question_and_exclamation_marks_split),
        TU_TEST(two_spaces_after_terminal_mark_still_split),
        TU_TEST(whitespace_runs_are_folded),
        TU_TEST(curly_quotes_accents_and_dashes),
        TU_TEST(nfc_normalisation),
        TU_TEST(utf8_check_accepts_valid_text),
        TU_TEST(utf8_check_reports_offset),
        TU_TEST(doc_from_text_reports_invalid_utf8),
        TU_TEST(doc_from_sentences_keeps_given_split),
        TU_TEST(empty_text_gives_no_sentences),
    };
    return cmocka_run_group_tests(tests, tu_setup_lexicon, tu_teardown_lexicon);
}
