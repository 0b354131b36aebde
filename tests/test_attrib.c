/* test_attrib.c - who holds the view of each sentence (lib/attrib.c): cues, sources, titles,
 * pronouns, quotations that span sentences, hedges. */
#include "testutil.h"

#define LQ "\xE2\x80\x9C" /* “ */
#define RQ "\xE2\x80\x9D" /* ” */

/* ------------------------------------------------------------------ cue and source order */

static void name_said(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Okafor said the deal was close.");
    tu_check_actor(d, "deal was close", "Okafor");
    tu_check_cue(d, "deal was close", "said");
}

static void said_name(void **state)
{
    (void)state;
    st_doc *d = tu_doc("The deal is close, said Okafor.");
    tu_check_actor(d, "deal is close", "Okafor");
    tu_check_cue(d, "deal is close", "said");
}

static void name_told_reporters(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Okafor told reporters the deal was close.");
    tu_check_actor(d, "deal was close", "Okafor");
}

static void according_to_name(void **state)
{
    (void)state;
    st_doc *d = tu_doc("According to Okafor, the deal is close.");
    tu_check_actor(d, "deal is close", "Okafor");
    tu_check_cue(d, "deal is close", "according to");
    d = tu_doc("The deal is close, according to Okafor.");
    tu_check_actor(d, "deal is close", "Okafor");
    tu_check_cue(d, "deal is close", "according to");
}

static void quote_then_name_said(void **state)
{
    (void)state;
    st_doc *d = tu_doc(LQ "The deal is close," RQ " Okafor said.");
    tu_check_actor(d, "deal is close", "Okafor");
    tu_check_cue(d, "deal is close", "said");
}

static void quote_then_said_name(void **state)
{
    (void)state;
    st_doc *d = tu_doc(LQ "The deal is close," RQ " said Okafor.");
    tu_check_actor(d, "deal is close", "Okafor");
    tu_check_cue(d, "deal is close", "said");
    /* straight quotes */
    d = tu_doc("\"The deal is close,\" said Okafor.");
    tu_check_actor(d, "deal is close", "Okafor");
}

/* ------------------------------------------------------------------ titles */

static void title_stripped_minister(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Finance Minister Ana Duarte said the budget would pass.");
    tu_check_actor(d, "budget", "Duarte");
}

static void title_stripped_ministry_spokeswoman(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Finance Ministry spokeswoman Ingrid Lindqvist said the talks were over.");
    tu_check_actor(d, "talks were over", "Lindqvist");
}

/* ------------------------------------------------------------------ pronouns */

static void she_said_is_the_person_named(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Finance Minister Ana Duarte arrived in Geneva on Monday. "
                       "She said the budget would pass.");
    tu_check_actor(d, "budget", "Duarte");
}

static void he_said_is_the_latest_person_named(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Finance Minister Ana Duarte said the budget would pass. "
                       "Opposition leader Tomas Berg said it would fail. " LQ "It is a fantasy," RQ " he said.");
    tu_check_actor(d, "would pass", "Duarte");
    tu_check_actor(d, "would fail", "Berg");
    tu_check_actor(d, "fantasy", "Berg");
    d = tu_doc("Okafor said the talks were useful. Union leader Maria Chen said they were not. "
               "She said the offer was an insult.");
    tu_check_actor(d, "insult", "Chen");
}

/* ------------------------------------------------------------------ quotations across sentences */

static void multi_sentence_quote_takes_the_speaker_named_last(void **state)
{
    (void)state;
    st_doc *d = tu_doc(LQ "We are not there yet. The gaps are narrowing. But we are close," RQ " said Okafor.");
    assert_int_equal(st_doc_count(d), 3);
    tu_check_actor(d, "not there yet", "Okafor");
    tu_check_actor(d, "gaps are narrowing", "Okafor");
    tu_check_actor(d, "we are close", "Okafor");
    d = tu_doc("The talks ended late. " LQ "Nobody wants a strike. We will be back tomorrow," RQ " Brandt said.");
    tu_check_actor(d, "ended late", NULL);
    tu_check_actor(d, "Nobody wants", "Brandt");
    tu_check_actor(d, "back tomorrow", "Brandt");
}

static void full_quote_after_attributed_quote(void **state)
{
    (void)state;
    st_doc *d = tu_doc(LQ "We are close," RQ " Okafor said. " LQ "The rest is detail." RQ);
    tu_check_actor(d, "We are close", "Okafor");
    tu_check_actor(d, "rest is detail", "Okafor");
}

/* ------------------------------------------------------------------ names */

static void two_sources(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Ortiz and Chen said the plan would work.");
    tu_check_actor(d, "plan", "Ortiz|Chen");
}

static void accented_name_is_folded(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Ort\xC3\xADz said the plan would work.");
    tu_check_actor(d, "plan", "Ortiz");
}

/* ------------------------------------------------------------------ no actor */

static void narration_has_no_actor(void **state)
{
    (void)state;
    st_doc *d = tu_doc("The ship docked at noon on Tuesday. "
                       "Talks resumed in Geneva on Monday after a two-week pause. "
                       "About 4,000 dockworkers have been on strike since March.");
    tu_check_actor(d, "ship docked", NULL);
    tu_check_actor(d, "Talks resumed", NULL);
    tu_check_actor(d, "dockworkers", NULL);
}

static void headline_describing_events_has_no_actor(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Ports reopen as strike ends\n\nDockworkers returned to work on Friday.\n");
    tu_check_actor(d, "Ports reopen", NULL);
    tu_check_actor(d, "returned to work", NULL);
    d = tu_doc("Central bank holds rates steady for third month\n");
    tu_check_actor(d, "Central bank", NULL);
}

/* ------------------------------------------------------------------ hedges */

static void hedges_are_found(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Okafor said the plan may work. Duarte was cautiously optimistic. The ship docked at noon.");
    const st_sentence *s = tu_find(d, "may work");
    if (!tu_has_item(s->hedges, "may") || s->nhedges < 1) {
        tu_dump(d);
        fail_msg("expected hedge 'may' in <%s>", s->text);
    }
    s = tu_find(d, "cautiously");
    if (!tu_has_item(s->hedges, "cautiously") || s->nhedges < 1) {
        tu_dump(d);
        fail_msg("expected hedge 'cautiously' in <%s>", s->text);
    }
    s = tu_find(d, "ship docked");
    assert_non_null(s->hedges);
    assert_string_equal(s->hedges, "");
    assert_int_equal(s->nhedges, 0);
}

/* ------------------------------------------------------------------ documents of every size */

/* The same attributed sentences after narration of growing length: the actor and cue must come
 * out the same whatever the size of the document's internal buffers when they are stored (under
 * ASan this also catches reads from a buffer that moved while it was being appended to). */
static void attribution_does_not_depend_on_document_length(void **state)
{
    (void)state;
    char text[8192];
    for (int pad = 0; pad < 400; pad++) {
        size_t n = 0;
        n += (size_t)snprintf(text + n, sizeof text - n, "The ship docked");
        for (int k = 0; k < pad; k++)
            n += (size_t)snprintf(text + n, sizeof text - n, "%s", k % 3 ? " again" : " x");
        snprintf(text + n, sizeof text - n,
                 ". Okafor told reporters the deal was close. According to Ortiz, the talks may resume. "
                 "The deal is close, said Chen.");
        st_doc *d = tu_doc(text);
        tu_check_actor(d, "deal was close", "Okafor");
        tu_check_actor(d, "talks may resume", "Ortiz");
        tu_check_cue(d, "talks may resume", "according to");
        tu_check_actor(d, "said Chen", "Chen");
        tu_check_cue(d, "said Chen", "said");
        tu_free_docs(NULL);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        TU_TEST(name_said),
        TU_TEST(said_name),
        TU_TEST(name_told_reporters),
        TU_TEST(according_to_name),
        TU_TEST(quote_then_name_said),
        TU_TEST(quote_then_said_name),
        TU_TEST(title_stripped_minister),
        TU_TEST(title_stripped_ministry_spokeswoman),
        TU_TEST(she_said_is_the_person_named),
        TU_TEST(he_said_is_the_latest_person_named),
        TU_TEST(multi_sentence_quote_takes_the_speaker_named_last),
        TU_TEST(full_quote_after_attributed_quote),
        TU_TEST(two_sources),
        TU_TEST(accented_name_is_folded),
        TU_TEST(narration_has_no_actor),
        TU_TEST(headline_describing_events_has_no_actor),
        TU_TEST(hedges_are_found),
        TU_TEST(attribution_does_not_depend_on_document_length),
    };
    return cmocka_run_group_tests(tests, tu_setup_lexicon, tu_teardown_lexicon);
}
