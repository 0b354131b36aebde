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

static void title_with_portfolio(void **state)
{
    (void)state;
    /* "Minister of X and Y Name", "X and Y Minister Name": the portfolio is part of the title */
    st_doc *d = tu_doc("Minister of Youth and Sport Dorota Velikova said the tests were missed. "
                       "The minister said the budget freeze had been lifted.");
    tu_check_actor(d, "tests were missed", "Velikova");
    tu_check_actor(d, "budget freeze", "Velikova");
    d = tu_doc("Labour and Social Affairs Minister Tom\xC3\xA1\xC5\xA1 Ku\xC4\x8D" "era said he was calm.");
    tu_check_actor(d, "was calm", "Kucera");
    d = tu_doc("Deputy Minister of Public Security Nguyen Van Thanh told a news conference the rule would stay.");
    tu_check_actor(d, "rule would stay", "Nguyen");
    d = tu_doc("Minister for Health Cathal Moynihan has called the strike premature.");
    tu_check_actor(d, "strike premature", "Moynihan");
    /* a title in apposition, in a sentence that reports no view, still names the role holder */
    d = tu_doc("Kondara's fisheries minister, Joyce Nabwire, opened the meeting on Monday. "
               "The Kondaran minister said her government would double its patrols.");
    tu_check_actor(d, "opened the meeting", NULL);
    tu_check_actor(d, "double its patrols", "Nabwire");
}

static void both_sides(void **state)
{
    (void)state;
    /* "both sides" are the two parties quoted most (addendum R10); bodies before their people */
    st_doc *d = tu_doc("The Harbour Union said the offer was an insult. Its leader, Mara Quist, said a strike was "
                       "certain. Norlink Terminals said its offer was fair. The union said it would not move. "
                       "Both sides say they want a deal.");
    tu_check_actor(d, "want a deal", "Harbour Union|Norlink Terminals");
    /* a state and a body joined by "and the": two sources */
    d = tu_doc("Britain and the European Union both said they were ready to sign.");
    tu_check_actor(d, "ready to sign", "Britain|European Union");
    /* "both ministers": the two people with a title who spoke */
    d = tu_doc("Valtoria's undersecretary for fisheries, Federica Rinaldi, said the offer was poor. "
               "Bruno Ferri, the Serenzan fisheries minister, insisted the split was fair. "
               "Both ministers said they wanted a deal before the season opened.");
    tu_check_actor(d, "before the season", "Rinaldi|Ferri");
    /* "of both countries" names no source */
    d = tu_doc("Ortiz said the talks would go on. Chen said they would fail. The talks resume on Thursday, with "
               "the foreign ministers of both countries expected to join.");
    tu_check_actor(d, "expected to join", NULL);
}

static void organisation_or_person(void **state)
{
    (void)state;
    /* two capitalised words are a company when the article later shortens them to the first */
    st_doc *d = tu_doc("Credito Serenese said its offer was full and fair. Credito will close 40 branches.");
    tu_check_actor(d, "full and fair", "Credito Serenese");
    /* ... when a noun for a body introduces them or stands in apposition */
    d = tu_doc("Clubs signed a deal with the broadcaster Nordvision Sport in May. According to Nordvision Sport, "
               "the big clubs drew most viewers.");
    tu_check_actor(d, "drew most viewers", "Nordvision Sport");
    d = tu_doc("Open Signal, a civil liberties group, wrote in an open letter that the rule was too broad.");
    tu_check_actor(d, "too broad", "Open Signal");
    d = tu_doc("Polnet Mobile and Kora Telekom, the other two large operators, said they shared the concerns.");
    tu_check_actor(d, "shared the concerns", "Polnet Mobile|Kora Telekom");
    /* but a person stays a person: the surname alone later, or a title or a person in apposition */
    d = tu_doc("Ana Ruiz said the offer was poor. Ruiz later left the room.");
    tu_check_actor(d, "offer was poor", "Ruiz");
    d = tu_doc("\"The ships keep piling up,\" said Kasper Rask, a crane operator with 22 years at the port.");
    tu_check_actor(d, "piling up", "Rask");
    d = tu_doc("Kenji Ishikawa, the association's managing director, said the fee was too high.");
    tu_check_actor(d, "fee was too high", "Ishikawa");
}

static void subject_views_and_titles_kept(void **state)
{
    (void)state;
    /* a long relative clause between the subject and a verb of wanting */
    st_doc *d = tu_doc("Okpara Gas said prices were too low. Okpara Gas, which supplies roughly 40 percent of the "
                       "gas that flows through the 620-km line, wants the contract price raised.");
    tu_check_actor(d, "contract price raised", "Okpara Gas");
    /* a group wants or fears; a count of people does not speak */
    d = tu_doc("Brussels weighs duties on pork. French cheesemakers, whose sales to China have halved, want the Commission to answer with duties. "
               "Kalmarian athletes fear they will pay for the failings of officials. "
               "Two of the people said the talks had stalled.");
    tu_check_actor(d, "answer with duties", "French cheesemakers");
    tu_check_actor(d, "failings of officials", "Kalmarian athletes");
    tu_check_actor(d, "talks had stalled", NULL); /* "people" alone names no group */
    /* new cues: estimate, side with, see it differently */
    d = tu_doc("The Hellenic Shipowners Forum estimated that its members would pay an extra $240 million a year. "
               "The Baltic Football Players' Union has sided with the small clubs.");
    tu_check_actor(d, "extra $240 million", "Hellenic Shipowners Forum");
    tu_check_actor(d, "small clubs", "Baltic Football Players Union");
    /* a courtesy title later does not erase the role: the headline's minister is still found */
    d = tu_doc("Qadira's finance minister says no second bailout for state airline\n\n"
               "Saleh Ghannam, the finance minister, told reporters that the request would be refused. "
               "Mr. Ghannam would not say whether any talks had taken place.");
    tu_check_actor(d, "no second bailout", "Ghannam");
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

/* ------------------------------------------------------------------ constructions from real wire copy */

static void tense_and_voice(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Okafor has repeatedly warned that the ceasefire is fragile. "
                       "Ortiz was quoted as saying the offer stood. Chen insisted the vote would go ahead.");
    tu_check_actor(d, "ceasefire is fragile", "Okafor");
    tu_check_actor(d, "offer stood", "Ortiz");
    tu_check_actor(d, "vote would go ahead", "Chen");
}

static void apposition_names_the_role(void **state)
{
    (void)state;
    st_doc *d = tu_doc("The union's chief negotiator, Tomasz Wierzbicki, said the offer was an insult. "
                       "The mediator, Judge Amara Okafor, declined to comment.");
    tu_check_actor(d, "offer was an insult", "Wierzbicki");
    tu_check_actor(d, "declined to comment", "Okafor");
}

static void role_noun_resolves_to_the_person_with_that_role(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Finance Minister Ana Duarte arrived in Geneva on Monday. Okafor met her there. "
                       "The minister said the talks had gone well.");
    tu_check_actor(d, "talks had gone well", "Duarte");
}

static void organisation_and_its_short_form(void **state)
{
    (void)state;
    st_doc *d = tu_doc("The Veloria Dockworkers Union called a strike on Monday. The union said it would not back "
                       "down.");
    tu_check_actor(d, "would not back down", "Veloria Dockworkers Union");
}

static void possessive_view_and_in_words(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Okafor's concerns about the timetable remain. In Chen's words, the deal is a trap.");
    tu_check_actor(d, "timetable remain", "Okafor");
    tu_check_actor(d, "deal is a trap", "Chen");
}

static void colon_before_a_quotation(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Ortiz: " LQ "We will not sign this." RQ);
    tu_check_actor(d, "will not sign", "Ortiz");
}

static void spelling_variants_are_one_actor(void **state)
{
    (void)state;
    st_doc *d = tu_doc("President Volodymyr Zelenskyy said the talks would resume. Zelensky added that nothing was "
                       "agreed.");
    tu_check_actor(d, "talks would resume", "Zelenskyy");
    tu_check_actor(d, "nothing was agreed", "Zelenskyy");
}

static void subordinate_cue_is_not_the_source(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Esteves leads the pilots. The union will strike unless the company agrees to restore pay, he "
                       "said.");
    tu_check_actor(d, "unless the company", "Esteves");
}

static void impersonal_it_is_thought_has_no_actor(void **state)
{
    (void)state;
    st_doc *d = tu_doc("The ministry confirmed the review. It is thought the plan could cut pensions.");
    tu_check_actor(d, "plan could cut", NULL);
}

static void view_without_a_verb_of_saying(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Opposition lawmakers were unconvinced.");
    tu_check_actor(d, "unconvinced", "opposition lawmakers");
}

/* ------------------------------------------------------------------ constructions added with the
 * attribution work of session 2 (examples invented here, not taken from datasets/) */

static void adverb_between_auxiliary_and_cue(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Lindqvist has long insisted that the border follows the ridge.");
    tu_check_actor(d, "border follows", "Lindqvist");
    d = tu_doc("Okafor has so far refused to sign.");
    tu_check_actor(d, "refused to sign", "Okafor");
}

static void agreeing_to_act_is_no_view(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Norvia and Estmark agree to survey disputed pass");
    tu_check_actor(d, "survey disputed", NULL);
    d = tu_doc("The negotiators have agreed to meet again next week.");
    tu_check_actor(d, "meet again", NULL);
    d = tu_doc("Okafor agreed that the plan was fair.");
    tu_check_actor(d, "plan was fair", "Okafor");
}

static void organisation_names_kept_whole(void **state)
{
    (void)state;
    /* a company-name ending */
    st_doc *d = tu_doc("Baltic Ferry Terminals said it would appeal.");
    tu_check_actor(d, "would appeal", "Baltic Ferry Terminals");
    /* "which", not "who" */
    d = tu_doc("Corvin Pelago, which runs the airport, said fees would rise.");
    tu_check_actor(d, "fees would rise", "Corvin Pelago");
    /* a short form of an organisation already named */
    d = tu_doc("Song Hong Holdings owns 9 percent of the bank. Song Hong wants two board seats, according to a "
               "person familiar with its thinking.");
    tu_check_actor(d, "two board seats", "Song Hong Holdings");
    /* its board or secretariat speaks for it */
    d = tu_doc("Delta Bank's board said the offer was too low.");
    tu_check_actor(d, "too low", "Delta Bank");
    /* "the observatory": the organisation named with that word */
    d = tu_doc("The Global Climate Observatory published its report on Monday. The observatory said emissions rose.");
    tu_check_actor(d, "emissions rose", "Global Climate Observatory");
}

static void company_keeps_its_most_used_form(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Okpara Gas supplies the plant. Okpara said prices must rise. Okpara wants a new contract. "
                       "Okpara has warned it could cut supplies.");
    tu_check_actor(d, "prices must rise", "Okpara");
    d = tu_doc("Kovar Motors said demand had fallen. Kovar Motors warned of job cuts. Kovar said it would wait.");
    tu_check_actor(d, "demand had fallen", "Kovar Motors");
}

static void transliterated_names_are_one_actor(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Special envoy Yusuf Farooqui arrived on Monday. Faruqi said the talks were useful.");
    tu_check_actor(d, "talks were useful", "Farooqui");
    d = tu_doc("Trade Minister Ryu Min-ho met the delegation. Mr. Rhyu said the tariffs would stay.");
    tu_check_actor(d, "tariffs would stay", "Ryu");
}

static void family_name_first(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Finance Minister Pham Thu Ha said the freeze would be lifted.");
    tu_check_actor(d, "freeze would", "Pham");
    d = tu_doc("Haoran Zheng, who heads the alliance, said the draft was unworkable.");
    tu_check_actor(d, "draft was", "Zheng");
}

static void according_to_informants_documents_and_groups(void **state)
{
    (void)state;
    /* an informant yields to the party whose position the main clause reports (R8) */
    st_doc *d = tu_doc("Estmark said on Monday it was ready to talk. Estmark wants a longer transition, according to "
                       "two people familiar with the talks.");
    tu_check_actor(d, "longer transition", "Estmark");
    /* a document names its issuer */
    d = tu_doc("Exports fell 4 percent, according to figures published by the Trade Ministry.");
    tu_check_actor(d, "Exports fell", "Trade Ministry");
    d = tu_doc("The Rail Authority runs the network. According to the authority's own figures, two million "
               "people use it daily.");
    tu_check_actor(d, "two million", "Rail Authority");
    /* a plain group stays as written; analysts at a firm give the firm */
    d = tu_doc("Shipments are being diverted to other ports, according to shipping agents.");
    tu_check_actor(d, "being diverted", "shipping agents");
    d = tu_doc("According to analysts at Harlow Securities, rates will fall.");
    tu_check_actor(d, "rates will fall", "Harlow Securities");
    d = tu_doc("The strike has halted work on 900 homes, according to the housing ministry.");
    tu_check_actor(d, "halted work", "housing ministry");
}

static void appositions_and_parentheses(void **state)
{
    (void)state;
    /* the person who opens the sentence holds it, past a relative clause */
    st_doc *d = tu_doc("Maria Okafor, head of equities at the Delta Pension Fund, which owns 5 percent of the "
                       "bank, said the offer was low.");
    tu_check_actor(d, "offer was low", "Okafor");
    /* a role with a prepositional tail before the apposition */
    d = tu_doc("Harlow's director for southern markets, Ivo Brandt, said the plant would stay open.");
    tu_check_actor(d, "stay open", "Brandt");
    /* a source joined by "and" before the apposition */
    d = tu_doc("Okafor and her Estmark counterpart, Lena Voss, said the talks had gone well.");
    tu_check_actor(d, "gone well", "Okafor|Voss");
    /* a name in apposition after the role that follows the cue */
    d = tu_doc(LQ "You cannot build a service out of money alone," RQ " said its president, Dr. Anna Pihl.");
    tu_check_actor(d, "money alone", "Pihl");
    /* in the view of a role, named */
    d = tu_doc("In the view of its chief executive, Callum Reid, the terms are standard.");
    tu_check_actor(d, "terms are standard", "Reid");
}

static void stated_positions_and_attitudes(void **state)
{
    (void)state;
    /* a named subject's position without a verb of saying */
    st_doc *d = tu_doc("Estmark said it would study the text. Estmark also wants a joint commission.");
    tu_check_actor(d, "joint commission", "Estmark");
    d = tu_doc("Lazar struck a harder note.");
    tu_check_actor(d, "harder note", "Lazar");
    /* groups whose attitude the sentence states */
    d = tu_doc("Dock workers, who have struck twice this year, are running out of patience.");
    tu_check_actor(d, "running out", "dock workers");
    d = tu_doc("Families of the missing, who have camped outside the ministry since May, are losing hope.");
    tu_check_actor(d, "losing hope", "families of the missing");
    d = tu_doc("Lorry drivers waiting at the gates were mostly sympathetic to the strikers.");
    tu_check_actor(d, "mostly sympathetic", "lorry drivers");
    d = tu_doc("Train drivers say the strike is on.");
    tu_check_actor(d, "strike is on", "train drivers");
    /* a possessive pronoun and a word of attitude */
    d = tu_doc("Fisheries Minister Ana Ruiz opened the meeting. Her message was blunt: " LQ "Cut now." RQ);
    tu_check_actor(d, "message was blunt", "Ruiz");
    /* a headline's act is no view */
    d = tu_doc("Lavria offers compromise on school languages\n\nThe government said on Monday it would talk.");
    tu_check_actor(d, "offers compromise", NULL);
}

static void capitals_tied_in_the_article(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Ships from Dravona, whose capital, Pell, hosts the fleet, fish the bank. "
                       "Pell welcomed the agreement.");
    tu_check_actor(d, "welcomed the agreement", "Dravona");
    d = tu_doc("The bank is based in the Morvay capital, Sesto, and in Morvay's second city. "
               "Sesto said it would wait for the courts.");
    tu_check_actor(d, "wait for the courts", "Morvay");
    d = tu_doc("Ardonia and Kelvar met on Monday in the Ardonan capital, Vesk. Vesk has also proposed a "
               "joint patrol.");
    tu_check_actor(d, "joint patrol", "Ardonia");
    d = tu_doc("Ardonia and Kelvar met on Monday. Vesk, the Ardonan capital, was blunter.");
    tu_check_actor(d, "was blunter", "Ardonia");
}

static void roles_and_headlines(void **state)
{
    (void)state;
    /* a role noun with a state's name picks that state's person */
    st_doc *d = tu_doc("Kelvar's fisheries minister, Ana Ruiz, said the quota was too high. "
                       "Ardonia's fisheries minister, Tomas Berg, said it was too low. "
                       "The Kelvar minister added that patrols would double.");
    tu_check_actor(d, "patrols would double", "Ruiz");
    /* a headline's group takes the body the lead names */
    d = tu_doc("Rail union warns of open-ended strike\n\nThe Rail Workers Federation said on Friday it would "
               "call a strike from Monday.");
    tu_check_actor(d, "open-ended strike", "Rail Workers Federation");
    /* a dateline is no source */
    d = tu_doc("FERRANO, Aug 3 - The club lost money last season. According to the club's accounts, wages rose.");
    tu_check_actor(d, "wages rose", NULL);
}

static void capital_stands_for_its_state(void **state)
{
    (void)state;
    /* a real capital, from datasets/lexicons/capitals.tsv */
    st_doc *d = tu_doc("Moscow warned against any escalation. Kyiv said it was ready to talk.");
    tu_check_actor(d, "against any escalation", "Russia");
    tu_check_actor(d, "ready to talk", "Ukraine");
    /* an invented capital the article ties to its state */
    d = tu_doc("Kondara and Mareth resumed talks on Monday. Rivesse, the Kondaran capital, hosted them. "
               "Rivesse said the offer was serious.");
    tu_check_actor(d, "offer was serious", "Kondara");
    d = tu_doc("TORSVIK, Norvania, Dec 4 - Creditors met on Thursday. Torsvik said the plan would hold.");
    tu_check_actor(d, "plan would hold", "Norvania");
}

/* Regression: a sentence that ends in a possessive read past its last token (found by make
 * bench on rt-polarity's lower-cased text, under ASan). */
static void sentence_ending_in_a_possessive(void **state)
{
    (void)state;
    st_doc *d = tu_doc("a column of words cannot describe the vision of j . r . r . tolkien's");
    assert_true(st_doc_count(d) >= 1);
    d = tu_doc("it is okafor's");
    tu_check_actor(d, "okafor's", NULL);
    d = tu_doc("Chen:");
    assert_int_equal(st_doc_count(d), 1);
}

static void spans_and_rules(void **state)
{
    (void)state;
    st_doc *d = tu_doc(LQ "We are close," RQ " said Ortíz. Talks continue.");
    const st_sentence *s = tu_find(d, "We are close");
    assert_non_null(s);
    /* “We are close,” said Ortíz. : said is at code points 16..20, Ortíz at 21..26 */
    assert_int_equal(s->cue_span[0], 16);
    assert_int_equal(s->cue_span[1], 20);
    assert_int_equal(s->source_span[0], 21);
    assert_int_equal(s->source_span[1], 26);
    assert_int_equal(s->rule, ST_ATTR_CUE_AFTER);
    assert_true(s->actor_p > 0.5 && s->actor_p <= 1);
    s = tu_find(d, "Talks continue");
    assert_int_equal(s->rule, ST_ATTR_NONE);
    assert_int_equal(s->source_span[0], -1);
    assert_int_equal(s->cue_span[0], -1);
    assert_string_equal(st_attr_rule_name(ST_ATTR_PRONOUN), "pronoun");
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

/* ------------------------------------------------------------------ family names */

static void family_names_keep_particles(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Its director general, Pieter van Houten, said strike days were excluded. "
                       "Mr van Houten added that airlines knew the rule.");
    tu_check_actor(d, "strike days", "van Houten");
    tu_check_actor(d, "airlines knew", "van Houten");
    d = tu_doc("\xC3\x93 Ceallaigh, who made 412 appearances for the club, wrote in a post that the sale was wrong.");
    tu_check_actor(d, "sale was wrong", "O Ceallaigh");
    /* a given name in the middle of a Vietnamese name is no particle */
    d = tu_doc("Lantara may lift its ban, its agriculture minister, Doan Van Hieu, said. "
               "Doan told reporters the rains had held.");
    tu_check_actor(d, "may lift", "Doan");
    tu_check_actor(d, "rains had held", "Doan");
    /* a capitalised particle inside a full name belongs to the family name, also after "Mr"
     * and alone, though "Le" alone starts Vietnamese names */
    d = tu_doc("The group's director general, Yannick Le Goff, said no ransom would be paid. "
               "Mr Le Goff insisted the backups were intact. "
               "Le Goff added that surgery had resumed.");
    tu_check_actor(d, "no ransom", "Le Goff");
    tu_check_actor(d, "backups were intact", "Le Goff");
    tu_check_actor(d, "surgery had resumed", "Le Goff");
}

#define LSQ "\xE2\x80\x98" /* ‘ */
#define RSQ "\xE2\x80\x99" /* ’ (also the apostrophe) */

static void opening_phrases_and_groups_name_no_one(void **state)
{
    (void)state;
    /* "By midmorning," opens the sentence and names no one; its subject is the antecedent, and a
     * group whose first word is capitalised ("Migrant advocates") is no person */
    st_doc *d = tu_doc("Rosa Nunez, 61, sells cheese at the bridge. "
                       "Migrant advocates on both sides of the river say the closure has pushed crossings upstream. "
                       "By midmorning, Nunez had sold four wheels of cheese. "
                       "She hopes to be across the river by Easter. "
                       LQ "I'm joking," RQ " she said.");
    tu_check_actor(d, "across the river", "Nunez");
    tu_check_actor(d, "joking", "Nunez");
}

static void a_role_of_a_place_named_in_apposition(void **state)
{
    (void)state;
    st_doc *d = tu_doc("The mayor of Las Piedras, Efra\xC3\xADn Sol\xC3\xB3rzano, estimates that the market has lost "
                       "two-thirds of its trade. " LQ "You can check every bag," RQ " the mayor said.");
    tu_check_actor(d, "two-thirds", "Solorzano");
    tu_check_actor(d, "every bag", "Solorzano");
}

static void a_possessive_view_is_not_the_clause_it_introduces(void **state)
{
    (void)state;
    st_doc *d = tu_doc("The World Bank acts as the fund's trustee. Iosefa Leavasa leads Tavaka's delegation. "
                       "Leavasa's fear is that donors will quietly relabel money they had already promised.");
    tu_check_actor(d, "relabel money", "Leavasa");
}

static void company_suffixes_and_industry_nouns(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Kestrel Biopharma Ltd. said it will seek arbitration. "
                       "The Hyderabad-based drugmaker said the ministry had no legal grounds. "
                       "The contractor, Borvik-based Halden Systems, said it was cooperating.");
    tu_check_actor(d, "seek arbitration", "Kestrel Biopharma Ltd");
    tu_check_actor(d, "no legal grounds", "Kestrel Biopharma Ltd");
    tu_check_actor(d, "cooperating", "Halden Systems");
}

static void a_states_ministry_keeps_the_states_name(void **state)
{
    (void)state;
    /* addendum R11: the place prefix the article gives; a national union keeps its own name */
    st_doc *d = tu_doc("Malvora's Health Ministry said on Tuesday that Kestrel had missed two deliveries. "
                       "The first replacement doses are expected in late May, the ministry said. "
                       "Castrel's National Teachers Union rejected the offer on Sunday.");
    tu_check_actor(d, "missed two deliveries", "Malvora Health Ministry");
    tu_check_actor(d, "late May", "Malvora Health Ministry");
    tu_check_actor(d, "rejected the offer", "National Teachers Union");
}

static void questions_the_article_asks_have_no_actor(void **state)
{
    (void)state;
    st_doc *d = tu_doc("What do supporters say?\n\nSupporters say a freeze would protect tenants.\n\n"
                       "What does the government say?\n");
    tu_check_actor(d, "What do supporters say", NULL);
    tu_check_actor(d, "protect tenants", "supporters");
    tu_check_actor(d, "What does the government say", NULL);
}

static void abbreviation_after_or(void **state)
{
    (void)state;
    /* addendum R21 also for "X, or ABBR,": the form the article uses more often */
    st_doc *d = tu_doc("The Vistranian Competition Office, or VCO, wants the companies to sell a brand. "
                       "The VCO said the offer was too small. The VCO declined to comment further.");
    tu_check_actor(d, "sell a brand", "VCO");
    tu_check_actor(d, "too small", "VCO");
}

static void single_curly_quotes_are_quotations(void **state)
{
    (void)state;
    /* British style: single quotes, a quotation over three sentences; the plural possessive
     * apostrophe opens and closes nothing */
    st_doc *d = tu_doc("Leila Haddadi, the company" RSQ "s chief, met the farmers" RSQ " union on Monday. "
                       LSQ "We are close," RSQ " she said. " LSQ "But not there yet. We need more time." RSQ " "
                       "The union" RSQ "s members voted on Friday.");
    tu_check_actor(d, "We are close", "Haddadi");
    tu_check_actor(d, "not there yet", "Haddadi");
    tu_check_actor(d, "more time", "Haddadi");
    tu_check_actor(d, "members voted", NULL);
    const st_sentence *q = tu_find(d, "not there yet");
    assert_non_null(q);
    assert_int_equal(q->quote, ST_QUOTE_FULL);
    q = tu_find(d, "met the farmers");
    assert_non_null(q);
    assert_int_equal(q->quote, ST_QUOTE_NONE);
}

static void interview_answers_after_the_name_and_a_colon(void **state)
{
    (void)state;
    /* a question-and-answer interview: the answer runs on until the next question */
    st_doc *d = tu_doc("Cable chief vows to press on\n\n"
                       "Leila Haddadi, the company" RSQ "s chief, has spent six years on the project.\n\n"
                       "Why is the permit taking so long?\n\n"
                       "Haddadi: Officially, because the studies are complex.\n\n"
                       "Unofficially, I think some people in Madrid are afraid.\n\n"
                       "Is that fair?\n\n"
                       "Exclusive: the permit is delayed again.\n");
    tu_check_actor(d, "studies are complex", "Haddadi");
    tu_check_actor(d, "are afraid", "Haddadi");
    tu_check_actor(d, "Why is the permit", NULL);
    tu_check_actor(d, "Is that fair", NULL);
    tu_check_actor(d, "delayed again", NULL);
}

static void two_sources_each_with_a_description(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Giulia Sartori leads the farmers' union. "
                       "Sartori and the mayor of Pradelle, Enrico Bassi, have both called for the licence to be halved. "
                       "Liv Brekke, the city's deputy mayor, and Mr Aalund both say a freeze would help. "
                       "Opposition lawmaker Viktor Hallan and the head of the doctors' union, Mira Zeller, both called for an inquiry. "
                       "Dr Malik Bena\xC3\xAFssa, an anaesthetist, and Dr Claire Rouxel, who heads the emergency department, "
                       "both told Le Monde that the danger was real. "
                       "\"We will see,\" the mayor of Pradelle said.");
    tu_check_actor(d, "licence to be halved", "Sartori|Bassi");
    tu_check_actor(d, "freeze would help", "Brekke|Aalund");
    tu_check_actor(d, "for an inquiry", "Hallan|Zeller");
    tu_check_actor(d, "danger was real", "Benaissa|Rouxel");
    tu_check_actor(d, "We will see", "Bassi");
    /* an "and" inside one source's description joins no second source */
    d = tu_doc("Rachel Ferrand, who represents Lenbury and the Vale, said the logs showed the delay. "
               "The Sefra Chamber of Commerce and the Renewal Party both said a partner was needed.");
    tu_check_actor(d, "logs showed", "Ferrand");
    tu_check_actor(d, "partner was needed", "Sefra Chamber of Commerce|Renewal Party");
}

static void whom_a_speaker_told_is_no_speaker(void **state)
{
    (void)state;
    st_doc *d = tu_doc(LQ "Every cubic metre they turn into snow never reaches our fields," RQ
                       " the union's president, Giulia Sartori, told AFP. She said yields fell by a fifth.");
    tu_check_actor(d, "cubic metre", "Sartori");
    tu_check_actor(d, "yields fell", "Sartori");
}

static void ministry_is_no_minister(void **state)
{
    (void)state;
    /* a ministry is the body, not the person whose title starts like it; a ministry with another
     * portfolio is not the one named before */
    st_doc *d = tu_doc("Agriculture Minister Selin Celik defended the plan on Monday. "
                       "According to the agriculture ministry's own impact study, 38,000 farms would lose money. "
                       "The ministry says most of them could make up the difference. "
                       "Police cleared a blockade at a fuel depot, the interior ministry said.");
    tu_check_actor(d, "defended the plan", "Celik");
    tu_check_actor(d, "38,000 farms", "agriculture ministry");
    tu_check_actor(d, "make up the difference", "agriculture ministry");
    tu_check_actor(d, "fuel depot", "interior ministry");
}

static void double_family_name_used_by_its_first(void **state)
{
    (void)state;
    /* the article calls her "Núñez" but never "Carrasco": both family names are hers, and
     * "Núñez Carrasco", written twice against "Núñez" once, is the form used most (R31a) */
    st_doc *d = tu_doc("Conservative leader In\xC3\xA9s N\xC3\xBA\xC3\xB1""ez Carrasco said a deal was close. "
                       "N\xC3\xBA\xC3\xB1""ez wants a government by July. "
                       "N\xC3\xBA\xC3\xB1""ez Carrasco ruled out new elections.");
    tu_check_actor(d, "deal was close", "Nunez Carrasco");
    tu_check_actor(d, "government by July", "Nunez Carrasco");
    tu_check_actor(d, "ruled out", "Nunez Carrasco");
    /* a company shortened to its first word stays a company */
    d = tu_doc("Credito Serenese said the offer was too low. Credito said it would wait.");
    tu_check_actor(d, "too low", "Credito Serenese");
}

static void credit_lines_have_no_actor(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Okafor said the deal was close.\n\n"
                       "Reporting by Clara Vidal; Additional reporting by Sofia Lago; Editing by Peter Allard\n");
    tu_check_actor(d, "deal was close", "Okafor");
    tu_check_actor(d, "Reporting by", NULL);
    d = tu_doc("Okafor said the deal was close.\n\n(Additional reporting by Jakob Wendt in Brussels)\n");
    tu_check_actor(d, "Additional reporting", NULL);
}

static void title_case_headline_words_are_not_names(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Quillon Loses Bid to Halt Marenza App-Store Ruling as Developers Line Up Claims\n\n"
                       "The court in Marenza rejected the request on Thursday. "
                       "Quillon said it would take the case to the Supreme Court.\n");
    tu_check_actor(d, "take the case", "Quillon");
    /* a name the article capitalises inside its sentences keeps its capital in the headline */
    d = tu_doc("Kassaro Wants Visas, Not Cash, in Malvora Migrant Returns Talks\n\n"
               "The talks in Malvora resumed on Monday, officials in Kassaro said.\n");
    tu_check_actor(d, "Wants Visas", "Kassaro");
    d = tu_doc("Eskeland Threatens Trade Curbs on Farholm as Mackerel Feud Deepens\n\n"
               "From the harbor wall in Nordvik, Eskeland's small capital, the lights of Farholm are visible.\n");
    tu_check_actor(d, "Threatens Trade", "Eskeland");
}

static void headline_roles_find_the_body_or_person(void **state)
{
    (void)state;
    /* a generic body in apposition: the body it names */
    st_doc *d = tu_doc("Ostrava brewers' union warns of summer stoppages\n\n"
                       "By Jana Kral\n\n"
                       "The union representing most brewery staff, the Brewing Trades Federation, said on Monday that "
                       "stoppages could start in June. Karel Sima, who chairs the Independent Maltsters Union, said "
                       "his members would not join. The Brewing Trades Federation has 9,000 members.\n");
    tu_check_actor(d, "stoppages could start", "Brewing Trades Federation");
    /* the headline's union is the federation that speaks, not the other union */
    tu_check_actor(d, "warns of summer", "Brewing Trades Federation");
    /* the headline's role is whoever the lead's role turns out to be */
    d = tu_doc("Marlow council leader defends loan for new harbour wall\n\n"
               "MARLOW - The leader of Marlow council has defended a plan to lend public money for a harbour wall. "
               "Joan Pettifer, who has led the authority since 2017, said the loan would be repaid. "
               "Tom Hale, leader of the council's Green group, said the plan was reckless.\n");
    tu_check_actor(d, "has defended a plan", "Pettifer");
    tu_check_actor(d, "defends loan", "Pettifer");
}

static void sharp_replies_refusals_and_reactions(void **state)
{
    (void)state;
    st_doc *d = tu_doc(LQ "Then ban it here," RQ " Novak shot back. "
                       "Councillor Ruth Amsel was asked about the bidders. She declined to name them. "
                       LQ "Not one more cut," RQ " union president Hugo Brandt shouted from the stage.");
    tu_check_actor(d, "ban it here", "Novak");
    tu_check_actor(d, "declined to name", "Amsel");
    tu_check_actor(d, "Not one more cut", "Brandt");
    /* addendum R20: whoever reacts holds the view, not the speaker whose remarks drew it */
    d = tu_doc("Councillor Ruth Amsel called the loan reckless. Her remarks drew loud applause from the public "
               "gallery, where campaigners had gathered. The answer drew groans from opposition benches.");
    tu_check_actor(d, "drew loud applause", "public gallery");
    tu_check_actor(d, "drew groans", "opposition benches");
    /* a view through a possessed noun of answering or reckoning */
    d = tu_doc("Fisheries Minister Lena Kovac met the fleet owners on Friday. "
               "Kovac's answer to the threat was curt: " LQ "We will not be bullied." RQ " "
               "In her words, the quota is " LQ "final" RQ ". By Velmora's reckoning, the stock has halved.");
    tu_check_actor(d, "answer to the threat", "Kovac");
    tu_check_actor(d, "In her words", "Kovac");
    tu_check_actor(d, "reckoning", "Velmora");
}

static void role_nouns_weigh_their_modifiers(void **state)
{
    (void)state;
    /* the latest minister is the finance minister; "the prime minister" is the other one */
    st_doc *d = tu_doc("Prime Minister Goran Vukic met the coalition leaders on Monday. "
                       "Finance Minister Aylin Demir resigned an hour later. "
                       "The prime minister said he would carry on with a minority government.");
    tu_check_actor(d, "carry on", "Vukic");
    /* "the union leader": the association's president, not the airline's chief executive */
    d = tu_doc("Per Lindqvist, the pilots' association's president, met the trustees. "
               "Chief Executive Mona Dahl said the airline could not pay. "
               LQ "A widow cannot fly for another airline," RQ " the union leader said.");
    tu_check_actor(d, "widow cannot fly", "Lindqvist");
}

static void findings_of_bodies_and_firms(void **state)
{
    (void)state;
    /* addendum R5: a body's finding is its view; a firm named after a body noun is no person */
    st_doc *d = tu_doc("A review by the accountancy firm Hartwell Mays, commissioned by the council, concluded "
                       "that the scheme was affordable. The Fisheries Commission has recommended a 30% cut. "
                       "A staff report sent to the board in July recommended a crawling peg.");
    tu_check_actor(d, "scheme was affordable", "Hartwell Mays");
    tu_check_actor(d, "30% cut", "Fisheries Commission");
    tu_check_actor(d, "crawling peg", NULL);
}

static void abbreviations_in_brackets(void **state)
{
    (void)state;
    /* addendum R21: the form used more often; the bracket does not hide the name from its verb */
    st_doc *d = tu_doc("The Serevian Nurses Federation (FNS), which represents 60,000 nurses, said staffing had "
                       "fallen. The FNS opposes the merger. An FNS spokesman confirmed the vote.");
    tu_check_actor(d, "staffing had fallen", "FNS");
    tu_check_actor(d, "confirmed the vote", "FNS");
    d = tu_doc("The Port Workers Alliance (PWA) said the strike would go on. "
               "The Port Workers Alliance has 4,000 members. The Port Workers Alliance wants a deal.");
    tu_check_actor(d, "strike would go on", "Port Workers Alliance");
}

/* Addendum R22a: an unnamed source keeps the words that say which people are meant, without
 * its number, article or possessor; a phrase that only places the group is dropped. */
static void unnamed_labels_say_which_people(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Squid talks stall\n\nKOTA SERI -- Pelangi wants to keep its quota. \"There is no basis for "
                       "that claim,\" said a senior marine affairs official, who asked not to be named. Two "
                       "councillors from the governing coalition, speaking on condition of anonymity, told Radio "
                       "Hardal they were not sure. Human rights groups have welcomed the truce. But two officials at "
                       "Zahran's energy ministry, speaking on condition of anonymity, said the cuts would last. A "
                       "Brazilian diplomat involved in the mediation said the two sides were close. Residents in "
                       "several districts of the capital say the timetables are not kept. Two Japanese government "
                       "officials said the ministry had raised the issue. Leaders of the Sorvic community gave the "
                       "offer a cautious welcome. The 52-year-old lawyer said it was late. A ministry spokesman said "
                       "the bill would pass.");
    tu_check_actor(d, "no basis", "senior marine affairs official");
    tu_check_actor(d, "not sure", "councillors from the governing coalition");
    tu_check_actor(d, "welcomed the truce", "human rights groups");
    tu_check_actor(d, "cuts would last", "officials at Zahran's energy ministry");
    tu_check_actor(d, "sides were close", "Brazilian diplomat involved in the mediation");
    tu_check_actor(d, "timetables", "residents");
    tu_check_actor(d, "raised the issue", "Japanese government officials");
    tu_check_actor(d, "cautious welcome", "leaders"); /* the clause goes on: no phrase */
    d = tu_doc("Rates cut\n\n\"Everyone assumed the governor had the board in his pocket,\" said the head of "
               "rates trading at a European bank in Lestrov. Journalists at the group are divided. Sorvania's "
               "drugmakers say the cap will hurt.");
    tu_check_actor(d, "in his pocket", "head of rates trading at a European bank");
    tu_check_actor(d, "are divided", "journalists at the group"); /* where they work (R25) */
    tu_check_actor(d, "cap will hurt", "drugmakers");
}

/* "the government" is the state the sentence's capital or the article names; names of several
 * words that cannot be a person's keep all their words. */
static void government_and_names_of_bodies(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Marvenia cuts rates\n\nLESTROV - Marvenia's central bank cut rates on Thursday. Traders in "
                       "Lestrov, the Marvenian capital, were surprised. The government, which faces an election, has "
                       "made no secret of its preference for cheaper credit. \"It was overdue,\" the Marvenian "
                       "government said. Mackerel accounts for a fifth of exports, according to Statistics Marvenia. "
                       "The cuts cost 40m a day, according to estimates by Banco Meridional, a private lender. "
                       "According to RiverWatch Sarvenia, a Vrelo-based NGO, solar would be cheaper. Ms Anna Holt "
                       "said it was fine.");
    tu_check_actor(d, "cheaper credit", "Marvenia");
    tu_check_actor(d, "overdue", "Marvenia");
    tu_check_actor(d, "a fifth of exports", "Statistics Marvenia"); /* a state in the name */
    tu_check_actor(d, "40m a day", "Banco Meridional");             /* "a private lender" */
    tu_check_actor(d, "solar would be", "RiverWatch Sarvenia");     /* a capital inside a word */
    tu_check_actor(d, "was fine", "Holt");
    d = tu_doc("In Port Casimir, the Valmaran capital, the government said the new limit was fair. Eskerland "
               "disagreed with Valmara.");
    tu_check_actor(d, "new limit", "Valmara");
}

/* A capital the article ties to its state outweighs the guess its dateline allows; "whose
 * capital is X" ties too. */
static void capitals_tied_by_the_article(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Mackerel row deepens\n\nSKARVIK - Valmara wants a bigger share of the mackerel. Valmaran "
                       "boats have fished the bank for decades. Eskerland disagrees. Its fisheries minister, Per "
                       "Vestergaard, told reporters in Skarvik, the Eskerlandic capital, that talks had failed. "
                       "Skarvik has also threatened to close its ports to Valmaran vessels. Ostrena, whose capital "
                       "is Lodrin, is short of water. Lodrin has said it will restore exports soon.");
    tu_check_actor(d, "close its ports", "Eskerland");
    tu_check_actor(d, "restore exports", "Ostrena");
}

/* An article without a demonym still has a state: the one its dateline names, or the one it is
 * most often "in"; "the capital Aldara" (no comma) ties to the state named before it, and a
 * month is never a state ("March" beside "Marchetti"). */
static void state_from_dateline_and_places(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Spill fouls river\n\nSAN MATEO, Corvelo \xE2\x80\x94 Fishermen say the water is brown. "
                       "Researchers at the university in Puerto Ancla, the capital, found arsenic. Puerto Ancla has "
                       "resisted calls to suspend the licence.");
    tu_check_actor(d, "resisted calls", "Corvelo");
    d = tu_doc("Holiday lets banned\n\nHaldervik is the first city in Eskeland to ban them. Sophie Marchetti "
               "said in March that rents were too high. Rents in Eskeland rose by a third. In Tornby, the capital, "
               "the government has left the matter to cities. Tornby has signalled that it prefers a register.");
    tu_check_actor(d, "prefers a register", "Eskeland");
    d = tu_doc("Ilmeria's national government, based in the capital Aldara, has left rental rules to cities. "
               "Aldara signalled on Thursday it would not stand in the city's way.");
    tu_check_actor(d, "stand in the city", "Ilmeria");
}

/* A person introduced with an age ("Astrid Mørk, 71, has learned ...") is the "she" who speaks next. */
static void subject_with_age_is_antecedent(void **state)
{
    (void)state;
    st_doc *d = tu_doc("At six on a Saturday the stairwell fills with suitcases. Astrid M\xC3\xB8rk, 71, has "
                       "learned to sleep through it. Six of the nine flats are let. \xE2\x80\x9CYou say hello on "
                       "the stairs,\xE2\x80\x9D she said.");
    tu_check_actor(d, "hello on", "Mork");
}

/* Names joined by "for", "en" or "without" are bodies' ("Families for Choice", "Socios en Pie"),
 * kept whole; "a residents' collective" describes a body (the residents only own it). */
static void campaign_names_kept_whole(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Families for Choice says it has taken legal advice. Socios en Pie said the vote was a "
                       "betrayal. Lucas Feld of Sigma Securities said prices would rise. Barrio Vivo, a "
                       "residents' collective that gathered 41,000 signatures, welcomed the vote.");
    tu_check_actor(d, "legal advice", "Families for Choice");
    tu_check_actor(d, "betrayal", "Socios en Pie");
    tu_check_actor(d, "prices would rise", "Feld");
    tu_check_actor(d, "welcomed the vote", "Barrio Vivo");
}

/* A definite role no one has yet ("said the water minister") is the person just named without a
 * title, who keeps it ("The minister concedes"); a Bloomberg dateline "(Bloomberg) --" is two
 * dashes; "The head of Sahara Current, which ..." leaves the head a person. */
static void role_taken_by_untitled_person(void **state)
{
    (void)state;
    st_doc *d = tu_doc("SAN ILDEFONSO, Marenia (Bloomberg) -- In\xC3\xA9s Valc\xC3\xA1rcel keeps a jar of cloudy "
                       "water on her desk. " LQ "That is the last of it," RQ " said the water minister of Alcora. "
                       "The minister concedes that the city's pipes leak.");
    tu_check_actor(d, "last of it", "Valcarcel");
    tu_check_actor(d, "pipes leak", "Valcarcel");
    d = tu_doc("Le\xC3\xAFla Haddadi: " LQ "Our cable will reach Europe" RQ "\n\nThe head of Sahara Current, which "
               "is building the link, accuses Spain of stalling. Why is the permit taking so long?\nHaddadi: "
               "Officially, because the studies are complex.");
    tu_check_actor(d, "stalling", "Haddadi");
    tu_check_actor(d, "Officially", "Haddadi");
    d = tu_doc("Ana Ruiz, the interior minister, arrived. The police chief was at home. " LQ "We are ready," RQ
               " said the interior minister.");
    tu_check_actor(d, "We are ready", "Ruiz");
}

/* A group placed by a river or a city is the group: "villagers along the Salgar say", "Political
 * analysts in Puerto Ciel say" (the capital only places them). */
static void group_placed_along_or_in(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Mirandel, whose capital is Puerto Ciel, voted on Sunday. Political analysts in Puerto Ciel "
                       "say a recount is unlikely. Weeks after the spill, villagers along the Salgar say nobody "
                       "has told them whether the water is safe.");
    tu_check_actor(d, "recount", "political analysts");
    tu_check_actor(d, "water is safe", "villagers");
}

/* "For Solberg, the real question is ..." is Solberg's view (also past a description, and for a
 * body); "For Monday, ..." is no one's. "A Kessel spokeswoman" speaks for Kessel, even when the
 * headline made Kessel look like a person. */
static void for_someone_and_spokespeople(void **state)
{
    (void)state;
    st_doc *d = tu_doc("The Skarland Olympic Committee backs the bid. Solberg said it was fine. For the Skarland "
                       "Olympic Committee, the bigger worry is timing. For Solberg, the real question is money. "
                       "For J\xC3\xA9r\xC3\xB4me Caradec, a researcher at the University of Rennes, that is a "
                       "fraction of it. For Monday, the forecast is rain.");
    tu_check_actor(d, "bigger worry", "Skarland Olympic Committee");
    tu_check_actor(d, "real question", "Solberg");
    tu_check_actor(d, "fraction", "Caradec");
    tu_check_actor(d, "forecast", NULL);
    d = tu_doc("Kessel Vows to Appeal After Losing Patent Fight\n\nKessel Pharma AG lost a bid to block a copy of "
               "its drug. A Kessel spokeswoman declined to comment on the request.");
    tu_check_actor(d, "declined to comment", "Kessel");
}

/* No one's view: a wire update's note, a reporter's byline line, calling a rally (an act, not
 * "called the deal a betrayal"); a reporter's question at a press conference is the asker's (R31b). */
static void notes_acts_and_reporters_questions(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Strike widens\n\n(Adds airline, minister's comments, economists)\nOrtiz called the deal a "
                       "betrayal. Dordevic and two other organisers have called a second national rally for "
                       "Saturday. A reporter from Radio Pradera asked whether riot police would be sent in. Lucas "
                       "Ferreira reported from Sveti Anton, and Mira Halvorsen from Vienna.");
    tu_check_actor(d, "Adds airline", NULL);
    tu_check_actor(d, "betrayal", "Ortiz");
    tu_check_actor(d, "national rally", NULL);
    tu_check_actor(d, "riot police", "reporter from Radio Pradera");
    tu_check_actor(d, "reported from", NULL);
}

/* "pointed to figures" and "apologized" are cues; "Asamoah Danso" is Asamoah-Danso; an adverb
 * opening a sentence ("Back on Havnegata, ...") is no one's name. */
static void pointed_to_apologized_and_double_names(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Kofi Asamoah-Danso spoke first. Asamoah Danso said the association had written to the "
                       "presidency. Chief Executive Lars Okland apologized to affected communities. Ms Overgaard "
                       "pointed to figures from the inspectorate. Astrid Mork lives on Havnegata. Back on "
                       "Havnegata, Mork is not counting on anything. " LQ "They say April," RQ " she said.");
    tu_check_actor(d, "presidency", "Asamoah-Danso");
    tu_check_actor(d, "affected communities", "Okland");
    tu_check_actor(d, "figures from", "Overgaard");
    tu_check_actor(d, "say April", "Mork");
}

/* A headline's "..., says education minister" is the minister the article names later; "The chief
 * executive of Veltrum" is the person later said to have "run" it (kin roles: chief / head). */
static void headline_roles_named_later(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Esterland school phone ban 'long overdue', says education minister\n\nKOLVIK - Children "
                       "will hand in their phones. Education Minister Marit Overgaard has championed the ban, "
                       "arguing that phones harm learning.");
    tu_check_actor(d, "long overdue", "Overgaard");
    d = tu_doc("Veltrum chief says rival is free-riding on cancer research\n\nCOPENHAGEN - The chief executive "
               "of Veltrum Oncology has accused the generics maker Maranta of free-riding. Soren Kjeldsen, who "
               "has run the Danish company since 2019, said in an interview that Maranta was wrong. Maranta's "
               "chief executive, Ivan Jovanovic, disagreed.");
    tu_check_actor(d, "free-riding on", "Kjeldsen");
    tu_check_actor(d, "accused the generics", "Kjeldsen");
    tu_check_actor(d, "disagreed", "Jovanovic");
}

/* Đorđević and Djordjevic are one person; a question or an adjective opening a sentence is no name. */
static void djordjevic_and_sentence_openers(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Ceasefire talks resume\n\nThe veterans' leader, Milan \xC4\x90or\xC4\x91" "evi\xC4\x87, said a deal "
                       "was close. Djordjevic, 67, has called for a referendum on any final agreement. Are the "
                       "threats credible? Previous rounds collapsed in 2019 and 2022 over the same issue.");
    tu_check_actor(d, "deal was close", "Dordevic");
    tu_check_actor(d, "referendum", "Dordevic");
    tu_check_actor(d, "threats credible", NULL);
    tu_check_actor(d, "rounds collapsed", NULL);
}

static void groups_placed_by_a_phrase(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Doctors at the main public hospital in Kessa say the delay is already costing lives.");
    tu_check_actor(d, "costing lives", "doctors");
}

static void speaker_after_verb_with_description(void **state)
{
    (void)state;
    st_doc *d = tu_doc(LQ "I've had mothers crying at this counter," RQ " said pharmacist Niamh Carrow, who has "
                       "worked there for 22 years.");
    tu_check_actor(d, "mothers crying", "Carrow");
    d = tu_doc(LQ "They want us gone," RQ " said Dragan Petkovi\xC4\x87, the channel\xE2\x80\x99s editor-in-chief.");
    tu_check_actor(d, "want us gone", "Petkovic");
    /* "asked about X" is no description of a speaker */
    d = tu_doc("Chief executive Paolo Ferraresi met investors on Monday. "
               "Asked about Kingsmere's letter, he said activist funds wrote letters.");
    tu_check_actor(d, "wrote letters", "Ferraresi");
}

static void company_called_by_its_short_name(void **state)
{
    (void)state;
    /* addendum R16: the form the article uses most */
    st_doc *d = tu_doc("Crestmoor Sports Capital, which bought the club in 2021, said it would build a new stadium. "
                       "A Crestmoor spokesman confirmed the loan. Crestmoor says revenue would double.");
    tu_check_actor(d, "new stadium", "Crestmoor");
    tu_check_actor(d, "revenue would double", "Crestmoor");
    /* a place is no short name: "Lirenne" is the country */
    d = tu_doc("Lirenne National Railways said the changes were needed. Trains in Lirenne are late. "
               "Lirenne rail unions are angry.");
    tu_check_actor(d, "changes were needed", "Lirenne National Railways");
}

static void age_description_is_the_person_last_named(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Social Democrat leader Anna Holmgaard arrived late. "
                       LQ "My door is open," RQ " the 49-year-old said. "
                       "The 58-year-old jurist, who was appointed in 2019, said the tribunal had no appetite for a fight.");
    tu_check_actor(d, "door is open", "Holmgaard");
    tu_check_actor(d, "no appetite", "Holmgaard");
    /* with a role word the role decides, not the age */
    d = tu_doc("Trade minister Lars Aaberg spoke first. Central bank governor Ines Vidal spoke next. "
               "The 58-year-old trade minister said the tariffs were noise.");
    tu_check_actor(d, "tariffs were noise", "Aaberg");
}

static void group_located_by_places(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Traders in Singapore and Rotterdam said buyers were scrambling.");
    tu_check_actor(d, "scrambling", "traders");
    d = tu_doc("Travel agents in Port-Bellane said fares had doubled.");
    tu_check_actor(d, "fares had doubled", "travel agents");
    d = tu_doc("AMBERLEIGH, Kestria (AP) \xE2\x80\x94 Pharmacists across Kestria say they have run out of syrup.");
    tu_check_actor(d, "run out of syrup", "pharmacists");
    /* officials in two capitals keep them: they say whose officials they are (R23b) */
    d = tu_doc("Officials in Paris and Berlin said the plan was sound.");
    tu_check_actor(d, "plan was sound", "officials in Paris|officials in Berlin");
}

static void unnamed_informants(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Two people familiar with the case said Halcyra had offered a cut. "
                       "One of them said the offer was too small.");
    tu_check_actor(d, "offered a cut", "people familiar with the case");
    tu_check_actor(d, "too small", "people familiar with the case");
    d = tu_doc("Two people briefed on the talks said the ministry had floated an increase.");
    tu_check_actor(d, "floated an increase", "people briefed on the talks");
    d = tu_doc("Three sources involved in the talks told Reuters the idea was new. "
               "One of the sources said it came from European donors.");
    tu_check_actor(d, "idea was new", "sources");
    tu_check_actor(d, "European donors", "sources");
    /* a person named in the phrase is not the source */
    d = tu_doc("People close to Nimbus said the data centres were profitable.");
    tu_check_actor(d, "profitable", "people close to Nimbus"); /* the phrase as written (R22a) */
}

static void several_sources_with_descriptions(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Echeverr\xC3\xAD""a and former club captain Iker Zubiaurre both say they would accept a new "
                       "stadium.");
    tu_check_actor(d, "new stadium", "Echeverria|Zubiaurre");
    d = tu_doc("Both the Eskland Pilots\xE2\x80\x99 Association and the cabin crew union Kabinforbundet have warned "
               "that the loss could cost jobs.");
    tu_check_actor(d, "cost jobs", "Eskland Pilots Association|Kabinforbundet");
    d = tu_doc("The music streaming service Tunely and the songwriters' collecting society SONORA told the court "
               "the deal was fair.");
    tu_check_actor(d, "deal was fair", "Tunely|SONORA");
    d = tu_doc("Yet Nordvik, \xC3\x98stby Generics and Medilan all say they will not bid.");
    tu_check_actor(d, "will not bid", "Nordvik|Ostby Generics|Medilan");
    /* a description after "and" that belongs to no list */
    d = tu_doc("The talks ended and the union's leader Marta Oyarzun said the strike would go ahead.");
    tu_check_actor(d, "strike would go ahead", "Oyarzun");
}

static void less_common_forms_of_saying(void **state)
{
    (void)state;
    st_doc *d = tu_doc("President Bojan Radanovi\xC4\x87 was quoted by the state news agency Dravpress as saying that "
                       "all institutions must be respected.");
    tu_check_actor(d, "institutions must", "Radanovic");
    d = tu_doc("Prime Minister Claire Astruc is expected to defend the reform in parliament on Wednesday.");
    tu_check_actor(d, "defend the reform", "Astruc");
    d = tu_doc("\xC3\x87""elik has hinted the company may challenge the cap in court.");
    tu_check_actor(d, "challenge the cap", "Celik");
    /* "states" after a noun is a noun: "wealthy Gulf states" report nothing */
    d = tu_doc("That was a pointed reference to China and wealthy Gulf states, which are still classed as "
               "developing countries.");
    tu_check_actor(d, "pointed reference", NULL);
    /* a state is never "she" */
    d = tu_doc("Minister Ingrid R\xC3\xB8nning arrived on Monday. China said it would not pay. "
               "She said the fund was too small.");
    tu_check_actor(d, "fund was too small", "Ronning");
}

static void lead_role_named_in_the_next_sentence(void **state)
{
    (void)state;
    /* the lead's role is the person the next paragraph names, title or not */
    st_doc *d = tu_doc("Corvale minister defends pension cut\n\nBy Lina Marsh\n\n"
                       "ASTREL - Corvale's labour minister has defended a cut to early pensions. "
                       "Teodor Vasko told parliament the cut was fair.");
    tu_check_actor(d, "defended a cut", "Vasko");
    tu_check_actor(d, "defends pension cut", "Vasko");
    /* an MP in the headline: the lookup is not fooled by the capitals */
    d = tu_doc("Factory hid spill for a month, MP claims\n\nNoor Haddad, who represents the town, said "
               "the owner knew.");
    tu_check_actor(d, "hid spill", "Haddad");
    /* past the headline a group stays itself */
    d = tu_doc("Talks resume in Ostra\n\nOSTRA - Analysts said the gap was wide. Vera Lind and Omar Tal said "
               "they were hopeful.");
    tu_check_actor(d, "gap was wide", "analysts"); /* lower case: only the sentence start capitalised it */
}

static void quoted_as_saying_after_an_apposition(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Its chief engineer, Tarik Demirel, was quoted by the state news agency as saying the pump "
                       "had failed.");
    tu_check_actor(d, "pump had failed", "Demirel");
    d = tu_doc("Elena Varga, who runs the deposit fund, was quoted by the daily Posta as saying the money was safe.");
    tu_check_actor(d, "money was safe", "Varga");
}

static void closing_frame_reports_the_sentence(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Finance Minister Suri Mehta has told colleagues he wants a review first, a senior official "
                       "said.");
    tu_check_actor(d, "wants a review", "senior official");
    d = tu_doc("The ministry has asked for written guarantees, two officials briefed on the talks said.");
    tu_check_actor(d, "written guarantees", "officials briefed on the talks");
    /* a clause joined by "and" is no frame */
    d = tu_doc("Mehta has asked for guarantees, and the bank said on Monday it would reply.");
    tu_check_actor(d, "asked for guarantees", "Mehta");
}

static void colon_after_the_clause_subject(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Outside the ministry on Tuesday, Lena Brask was blunt: " LQ "We want cheques." RQ);
    tu_check_actor(d, "want cheques", "Brask");
    d = tu_doc("Minister Jon Aal met MPs. Aal put it bluntly to MPs: " LQ "The state is no insurer." RQ);
    tu_check_actor(d, "no insurer", "Aal");
    d = tu_doc("Economists disagree. One of them, Paul Ndayi, was blunt: " LQ "This is a scandal." RQ);
    tu_check_actor(d, "a scandal", "Ndayi");
    d = tu_doc("Asked whether she would quit, Mara Ilic smiled and said: " LQ "It will pass." RQ);
    tu_check_actor(d, "It will pass", "Ilic");
}

static void possessed_things_are_no_party(void **state)
{
    (void)state;
    /* "Zentro's revenue" is no speaker; the filings are the company's */
    st_doc *d = tu_doc("Zentro, a messaging company, was fined on Monday. Zentro's revenue was 6 billion euros "
                       "last year, according to company filings.");
    tu_check_actor(d, "revenue was", "Zentro");
    /* "Aal's fear": the possessor's view */
    d = tu_doc("Minister Jon Aal spoke on Monday. Aal's fear, according to officials in his ministry, is that "
               "banks will gamble.");
    tu_check_actor(d, "banks will gamble", "Aal");
}

static void capitals_named_with_the_article_state(void **state)
{
    (void)state;
    /* "X, the capital" with no state in the sentence: the state the article is about (the word
     * named most with its demonym) */
    st_doc *d = tu_doc("The Tarsian space agency threatened to cancel the deal. Its director spoke in Velgrad, the "
                       "capital, on Monday. The finance ministry of Tarsia froze a payment. Velgrad said the deal was "
                       "in doubt.");
    tu_check_actor(d, "deal was in doubt", "Tarsia");
    /* a capital of two words, one of which looks like an organisation word */
    d = tu_doc("PORT CALDER, Mirena (AP) - Hundreds marched on Sunday. Port Calder said the insurers were slow.");
    tu_check_actor(d, "insurers were slow", "Mirena");
    d = tu_doc("The government in the capital, Sao Teodoro, rejected the offer. The Lusaran agency chief met ministers in Lusara. "
               "Sao Teodoro wants the satellites shipped home.");
    tu_check_actor(d, "satellites shipped home", "Lusara");
    /* "its capital" after the state itself, not its demonym */
    d = tu_doc("She is a household name in Vardenia, and the government in its capital, Korvin, paid her fare. "
               "The Vardenian federation agreed. Korvin said it would respect the ruling.");
    tu_check_actor(d, "respect the ruling", "Vardenia");
    /* "whose capital" without a comma */
    d = tu_doc("Valdmark, whose capital Orrevik lies across the strait, has offered help. Orrevik said it had "
               "seen no anomaly.");
    tu_check_actor(d, "no anomaly", "Valdmark");
    /* a dateline without a state: the article's state */
    d = tu_doc("PORT ARAME - The national fund of Kalundi cannot trace $2bn. Many Kalundians are angry. Port Arame said it had "
               "asked Luxembourg for help.");
    tu_check_actor(d, "asked Luxembourg", "Kalundi");
}

static void organisation_names_that_look_like_people(void **state)
{
    (void)state;
    /* named in full again and again, never by the last word alone */
    st_doc *d = tu_doc("Water firm hid results, MP claims\n\nThe MP said Wessmoor Water's own logs showed it. "
                       "Wessmoor Water denies any delay.");
    tu_check_actor(d, "denies any delay", "Wessmoor Water");
    /* a plural of a title starts an organisation's name */
    d = tu_doc("The protest is led by Farmers Together, a union formed two years ago. Farmers Together wants "
               "the rebate restored.");
    tu_check_actor(d, "rebate restored", "Farmers Together");
    /* an organisation word inside a name of capitalised words is part of it */
    d = tu_doc("Power prices jumped 340%, according to data from the Baltra Power Exchange.");
    tu_check_actor(d, "prices jumped", "Baltra Power Exchange");
    /* a single name in an apposition headed by a body noun is an organisation: "the company" later */
    d = tu_doc("Orbitalis, a privately owned company based in Maresca, rejected the criticism. In a statement, "
               "the company said the delays stemmed from a redesign.");
    tu_check_actor(d, "delays stemmed", "Orbitalis");
}

static void speakers_after_the_verb(void **state)
{
    (void)state;
    /* unnamed informants after the verb */
    st_doc *d = tu_doc(LQ "Nobody wanted to ask where the money went," RQ " said a person close to the board.");
    tu_check_actor(d, "money went", "person close to the board");
    /* a possessor before the apposition is not the speaker */
    d = tu_doc("Helle Brink lost her savings. " LQ "They keep saying moral hazard," RQ " said Brink's neighbour, "
               "Tove Sand, who had money in the bank.");
    tu_check_actor(d, "moral hazard", "Sand");
    /* "the capital" in apposition is a place, not a source: the government there is its state's */
    d = tu_doc("The ruling was welcomed by the government in Hallan, the Kestrian capital, which wants tougher rules.");
    tu_check_actor(d, "ruling was welcomed", "Kestria");
}

static void both_sides_are_the_first_parties_to_speak(void **state)
{
    (void)state;
    /* among parties that spoke equally often, the two the article met first */
    st_doc *d = tu_doc("The Tarsian Space Agency warned it could cancel the contract. Orbitalis, a launch company, "
                       "rejected the criticism. The Civic Union said the agency should look elsewhere. "
                       "Both sides said they remained open to talks.");
    tu_check_actor(d, "remained open", "Tarsian Space Agency|Orbitalis");
}

static void weekdays_acts_and_descriptions(void **state)
{
    (void)state;
    /* a weekday between the subject and the cue */
    st_doc *d = tu_doc("LAUSANNE (AP) - Cross-country skier Soren Kjaergaard on Monday called the ban unjust.");
    tu_check_actor(d, "ban unjust", "Kjaergaard");
    /* ... but not after an object: "shown to supporters on Tuesday" */
    d = tu_doc("A letter shown to supporters on Tuesday promised to clear the debts.");
    tu_check_actor(d, "clear the debts", NULL);
    /* declaring a winner is an act, not a view (addendum R5) */
    d = tu_doc("The electoral commission on Tuesday declared President Teodor Lupu the winner.");
    tu_check_actor(d, "the winner", NULL);
    /* "X's government" is the state */
    d = tu_doc("Oriana's government on Thursday threatened not to renew the licence.");
    tu_check_actor(d, "renew the licence", "Oriana");
    /* after the verb, an age description is the person last named (the byline names nobody's view;
     * the subject after a dateline is named) */
    d = tu_doc("Savers besiege parliament\n\nKaja Lindholt in Halvik\n\nHALVIK - Helle Brink arrived early. "
               LQ "I did everything right," RQ " said the 71-year-old retired schoolteacher, who lost her savings.");
    tu_check_actor(d, "everything right", "Brink");
}

static void capitals_from_datelines_and_appositions(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Velgrad (AFP) - Dravonia's justice minister said on Wednesday the ruling was void. "
                       "Velgrad has rejected such criticism.");
    tu_check_actor(d, "rejected such criticism", "Dravonia");
    d = tu_doc("KINGSBAY, Saint Ambrose, Oct 2 (Reuters) - Wealthy countries are discussing the fund. "
               "Kingsbay hopes to send a draft text in November.");
    tu_check_actor(d, "draft text", "Saint Ambrose");
    d = tu_doc("Sendal, Dalmorra\xE2\x80\x99s capital, said on Monday it could spare six weeks\xE2\x80\x99 supply.");
    tu_check_actor(d, "six weeks", "Dalmorra");
    /* a capital the lexicon knows keeps its state */
    d = tu_doc("LONDON (Meridian Wire) - Tennis's anti-corruption body on Monday proposed a ban. "
               "London said it would support the ban.");
    tu_check_actor(d, "support the ban", "United Kingdom");
}

/* Unnamed staff of a named body keep the body in their label (R22a); "the official" is the one
 * met before, "one of them" a group met before, never a single official. */
static void staff_of_a_named_body(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Border talks stall\n\nBRUSSELS -- Valdonia is prepared to reopen the crossing. A senior EU "
                       "official said the Commission was \"not in the business of paying for open borders\". "
                       "\"Money for equipment, yes,\" the official said. Two Commission officials said other "
                       "governments could follow. \"It is the first crack in the wall,\" one of them said. "
                       "A Varnian official said no.");
    tu_check_actor(d, "open borders", "senior EU official");
    tu_check_actor(d, "Money for equipment", "senior EU official");
    tu_check_actor(d, "could follow", "Commission officials");
    tu_check_actor(d, "first crack", "Commission officials");
    tu_check_actor(d, "said no", "Varnian official");
    d = tu_doc("Teachers' negotiator\n\nORVAN -- Sebnem Aydin leads the union. Ms. Aydin doesn't raise her voice "
               "in talks, colleagues say. Her rivals say she is too cautious.");
    tu_check_actor(d, "raise her voice", "colleagues");
    tu_check_actor(d, "too cautious", "rivals");
}

/* A sentence that announces a view without saying whose takes the next sentence's source
 * (addendum R22b); one that names nobody's view keeps none. */
static void lead_ins_take_the_next_source(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Museum returns bronzes\n\nALDHAVN -- The National Museum will return 40 bronzes. Not "
                       "everyone in Aldhavn is pleased. The Friends of the National Museum said the board had erred. "
                       "Others are more hopeful. Tasneem Hadi, a lawyer, said the deal was fair. Not every story has "
                       "gone so well. Ortiz said the last return took years. Not all of the pieces were listed. "
                       "The ministry said the list was complete.");
    tu_check_actor(d, "is pleased", "Friends of the National Museum");
    tu_check_actor(d, "more hopeful", "Hadi");
    tu_check_actor(d, "so well", NULL);
    tu_check_actor(d, "were listed", NULL);
    assert_int_equal(tu_find(d, "more hopeful")->rule, ST_ATTR_LEAD_IN);
}

/* Bodies keep their whole names: "the Commission" is the European Commission named before,
 * a name after a firm noun or before an appositive "vaccine maker" is a body's. */
static void bodies_named_in_full_and_short(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Vaccine row\n\nBRUSSELS -- The European Commission said the contract was binding. "
                       "Environmental group Rios Vivos warned that the deal set no minimum flow. Sahyadri "
                       "Biologics, a Pune-based vaccine maker, said it had delivered the doses. The Commission "
                       "declined to comment.");
    tu_check_actor(d, "was binding", "European Commission");
    tu_check_actor(d, "minimum flow", "Rios Vivos");
    tu_check_actor(d, "delivered the doses", "Sahyadri Biologics");
    tu_check_actor(d, "declined to comment", "European Commission");
}

/* R21 ties go to the abbreviation, and "the association" still finds the body behind it. */
static void abbreviation_ties_and_full_names(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Doctors to strike\n\nKARVNA -- The Estovian Junior Doctors' Association (EJDA) said members "
                       "had backed a strike. \"We are tired,\" EJDA chair Ilse Maarten told reporters. The "
                       "association said talks had failed.");
    tu_check_actor(d, "backed a strike", "EJDA");
    tu_check_actor(d, "talks had failed", "EJDA");
}

/* A capital after "in" only places a speaker named before it; officials in a capital still
 * speak for its state. */
static void capitals_that_only_place_a_speaker(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Yen slides\n\nTOKYO -- The yen fell. One emerging-markets trader in London said the move was "
                       "a surprise. Officials in Tokyo said they were watching the market.");
    tu_check_actor(d, "was a surprise", "emerging-markets trader");
    tu_check_actor(d, "watching the market", "officials in Tokyo");
}

/* R22a: the words after the noun that say which people are meant stay in the label. */
static void groups_named_with_their_modifiers(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Mandate talks\n\nGENEVA -- The council met on Monday. Two diplomats from council member "
                       "states, speaking on condition of anonymity, said a compromise was near. Some employees who "
                       "voted no said they feared union dues. Traders in Singapore said prices would rise.");
    tu_check_actor(d, "compromise was near", "diplomats from council member states");
    tu_check_actor(d, "feared union dues", "employees who voted no");
    tu_check_actor(d, "prices would rise", "traders");
}

/* Gestures the writer reports as replies are views (R20); "she" is never a joint source; a
 * first name quoted alone does not turn the person into a company. */
static void gestures_and_the_last_single_person(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Canal negotiator digs in\n\nSOLENNE -- The canal raised its tolls on Monday. Ayşe Çelik keeps "
                       "a chart of freight rates on her wall. “They made more money than this canal,” says the "
                       "52-year-old. The Liner Operators Council said the toll was too high. Kaito Line, a Japanese "
                       "carrier, said it might reroute. Both sides say the rise is too steep. Asked whether "
                       "she would settle for 15, she smiles. “Ayşe is a formidable negotiator,” says Mr Vass.");
    tu_check_actor(d, "more money", "Celik");
    tu_check_actor(d, "she smiles", "Celik");
    assert_non_null(tu_find(d, "she smiles")->cue);
}

/* Role nouns find their holder through abbreviated titles, titles before "who" and
 * nationality nouns; a demonym adjective is no such noun. */
static void roles_by_abbreviation_title_and_nationality(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Monitors warn\n\nSTAVNA -- State Sen. Dale Prewitt wrote in a post on X that the vote was a "
                       "mistake. The senator told reporters he would ask questions. Søren Hald, a retired Danish "
                       "general who has led the mission since 2022, told reporters the truce held. Asked about the "
                       "idea, the Dane declined to comment. Former rider Tomasz Wierzbicki wrote in a post that "
                       "riders had doped. \"Nobody does this alone,\" the 34-year-old Pole added. Queues grew, "
                       "according to the Danish road hauliers' association.");
    tu_check_actor(d, "would ask questions", "Prewitt");
    tu_check_actor(d, "declined to comment", "Hald");
    tu_check_actor(d, "does this alone", "Wierzbicki");
    assert_true(tu_find(d, "Queues grew")->actor == NULL || strcmp(tu_find(d, "Queues grew")->actor, "Hald") != 0);
}

/* A company shortened to its first words keeps its full name (R16 when the forms tie); a
 * brokerage is a company; "the note said" is whoever wrote the note. */
static void companies_shortened_and_their_notes(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Freight rates jump\n\nLONDON -- Shares in Meridian Pacific Lines gained 4.8%. Meridian Pacific "
                       "said it was studying all options. Analysts at Mitra Sekuritas, a Serangkai brokerage, wrote "
                       "in a note to clients that caps had failed. The brokerage expects inflation to peak in June. "
                       "“Both sides have a lot to lose,” the note said.");
    tu_check_actor(d, "studying all options", "Meridian Pacific Lines");
    tu_check_actor(d, "caps had failed", "Mitra Sekuritas");
    tu_check_actor(d, "peak in June", "Mitra Sekuritas");
    tu_check_actor(d, "a lot to lose", "Mitra Sekuritas");
}

/* Capitals tied without a comma, to a state the sentence names, or to the state a demonym is
 * made from when the article never names it. */
static void capitals_tied_by_demonym_or_sentence(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Bridge row\n\nBRUSSELS -- The bridge, 40 kilometres from the Dravenian capital Velgrad, "
                       "has been closed since November. Velgrad has so far refused to allow foreign officers on its "
                       "soil.");
    tu_check_actor(d, "has so far refused", "Dravenia");
    d = tu_doc("Rent vote\n\nOSLO -- Housing law in Lusmark is largely made in Brenholm, the capital, 300km to "
               "the east. Brenholm has signalled it could challenge the result.");
    tu_check_actor(d, "could challenge", "Lusmark");
    d = tu_doc("Fires\n\nSAN TEODORO -- Wildfires drove 31,000 people from the hills above San Teodoro, the "
               "Calveran capital. San Teodoro has promised to act.");
    tu_check_actor(d, "promised to act", "Calvera");
}

/* A group's place phrase: a workplace or a body says which people are meant and stays in the
 * label (R25); a town, a province or a picket line only places them (R22a). A group's label
 * is no role for a person named later ("journalists at the group" is not the council chair). */
static void groups_placed_or_at_work(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Locusts\n\nTAFRA, Zerkana -- Farmers in Tafra province said they had lost their harvests. "
                       "Two former shift supervisors at the plant, who asked not to be named, said alarms were "
                       "silenced. Critics on the regional council had argued that the money would be wasted. "
                       "Dockers on the picket line said they would not give in. Journalists at the group are "
                       "divided. Council chair Ndeye Sall said hearings would follow.");
    tu_check_actor(d, "lost their harvests", "farmers");
    tu_check_actor(d, "alarms were silenced", "former shift supervisors at the plant");
    tu_check_actor(d, "would be wasted", "critics on the regional council");
    tu_check_actor(d, "not give in", "dockers");
    tu_check_actor(d, "are divided", "journalists at the group");
    tu_check_actor(d, "hearings would follow", "Sall");
}

/* A live blog's time stamp opens the sentence as a dateline does; the subject of a first verb
 * is the source of a second, joined by "and", unless it is no name ("Good morning and welcome");
 * a plural possessive inside a body's name keeps the name whole. */
static void time_stamps_joined_verbs_and_plural_possessives(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Strike live\n\n09.02 CET – Good morning and welcome to our live coverage of the strike. "
                       "10.05 CET – According to the Ministry of Labour, 31% of public employees were striking by 10am. "
                       "11.40 CET – The FEV has called a 48-hour strike from March 27 and said on Wednesday it "
                       "would go ahead. 13.05 CET – The Calveran Employers’ Confederation has put the cost of the "
                       "strike at €420m and says most factories are working. The Velmora Patients' Association wants "
                       "the guarantee written into law.");
    tu_check_actor(d, "Good morning", NULL);
    tu_check_actor(d, "31% of public", "Ministry of Labour");
    tu_check_actor(d, "would go ahead", "FEV");
    tu_check_actor(d, "most factories", "Calveran Employers Confederation");
    tu_check_actor(d, "written into law", "Velmora Patients Association");
}

/* A headline's quotation is the view of whoever says it in the body; a word the headline only
 * marks ("'excessive' guarantees") quotes no one. */
static void headline_quotes_found_in_the_body(void **state)
{
    (void)state;
    st_doc *d = tu_doc("‘We are prisoners on our own island’: ferry collapse leaves 9,000 stranded\n\n"
                       "MAREVA -- The island's only ferry stopped sailing on Monday. Ivana Perić, who runs a "
                       "bakery by the harbour, said: “We are prisoners on our own island.” Fishermen said they had "
                       "dumped their catch.");
    tu_check_actor(d, "prisoners on our own island’:", "Peric");
    d = tu_doc("Students won’t ‘negotiate with a gun to our heads’, union leader says\n\nPARIS -- Talks on "
               "tuition fees faltered on Tuesday. “We will not negotiate with a gun to our heads,” said Claire "
               "Lefèvre, who leads the students' union. The ministry said it would wait.");
    tu_check_actor(d, "gun to our heads’, union", "Lefevre");
    d = tu_doc("Lusambia seeks to rewrite toll road contract after audit finds ‘excessive’ guarantees\n\nACCRA -- "
               "The guarantees were excessive, Finance Minister Kofi Opoku said on Monday. The contract runs "
               "until 2040.");
    tu_check_actor(d, "toll road contract", NULL);
}

/* Arabic and Berber family names keep their article or particle ("El-Ouardi", "Ait Brahim")
 * where a Korean given name after the family name does not ("Choi Seo-yeon" is Choi). */
static void family_names_with_al_el_and_ait(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Peg dropped\n\nSIDRA -- Governor Samir El-Ouardi has described the change as long "
                       "overdue. Mohamed Aït Brahim, 67, said he watched the insects strip his trees. Ahmed Al "
                       "Masri said the talks failed. Ben Okafor said the talks would resume. Choi Seo-yeon said "
                       "the bank was ready.");
    tu_check_actor(d, "long overdue", "El-Ouardi");
    tu_check_actor(d, "strip his trees", "Ait Brahim");
    tu_check_actor(d, "talks failed", "Al Masri");
    tu_check_actor(d, "would resume", "Okafor");
    tu_check_actor(d, "bank was ready", "Choi");
}

/* A body's name ending in a common noun ("Calder Ratings", "Social Democrats", "Kestrel
 * Maritime") is no person's family name. */
static void bodies_named_by_their_business(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Levy\n\nOSLO -- Analysts at Calder Ratings said the levy would raise too little. The "
                       "opposition Social Democrats accused the government of ignoring a warning. Kestrel Maritime "
                       "said it had no appetite to subsidise the route.");
    tu_check_actor(d, "raise too little", "Calder Ratings");
    tu_check_actor(d, "ignoring a warning", "Social Democrats");
    tu_check_actor(d, "no appetite", "Kestrel Maritime");
}

/* "X, the national capital," ties X to the article's state as "X, the capital," does; a
 * mixed-case dateline ("Ciudad Reina, Montalba –") names a city of its state; "The ministry,
 * based in X," is the ministry, not the place. */
static void national_capitals_and_mixed_case_datelines(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Locusts\n\nTAFRA, Zerkana (AP) -- He said the Agriculture Ministry had ignored three "
                       "requests. The ministry, based in Oum Tasra, the national capital, rejected the accusation. "
                       "Oum Tasra has blamed the delay on procurement rules.");
    tu_check_actor(d, "rejected the accusation", "Agriculture Ministry");
    tu_check_actor(d, "blamed the delay", "Zerkana");
    d = tu_doc("Climate ruling\n\nCiudad Reina, Montalba – The youth group told the court on Wednesday that the "
               "state had failed. Ciudad Reina has insisted throughout the case that forest policy belongs to "
               "elected officials.");
    tu_check_actor(d, "forest policy", "Montalba");
}

/* "in her words" and "as he put it" set off inside a sentence are the person's view. */
static void in_her_words_and_as_he_put_it(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Ruling\n\nLIMA -- Judge Ana Ferreyra disagreed. The state, in her words, “cannot be held "
                       "in contempt”. Amaru Quispe spoke next. Or, as he put it on the walk up to the lake: “An "
                       "alarm is no substitute for moving people.” The talks, as Quispe puts it, are dead.");
    tu_check_actor(d, "held in contempt", "Ferreyra");
    tu_check_actor(d, "no substitute", "Quispe");
    tu_check_actor(d, "are dead", "Quispe");
}

/* One unnamed person described by where they are from or work ("A reporter from an
 * independent news site", "a diplomat from one of the donor countries") is a source labeled
 * with that description (R22a), also when asking a question (R31b). */
static void one_unnamed_person_with_a_description(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Ban\n\nALMAZAR -- A reporter from an independent news site pointed out that the ruling "
                       "party had 1.2 million followers. “We will not put money into that account,” a diplomat from "
                       "one of the donor countries said. A reporter from Radio Pradera asked whether the talks would "
                       "resume.");
    tu_check_actor(d, "1.2 million", "reporter from an independent news site");
    tu_check_actor(d, "into that account", "diplomat from one of the donor countries");
    tu_check_actor(d, "asked whether", "reporter from Radio Pradera");
    d = tu_doc("Locusts\n\nGARSEN -- Halima Wario stood at the edge of the field. “They came like a brown cloud,” "
               "the 43-year-old mother of five said.");
    tu_check_actor(d, "brown cloud", "Wario"); /* an age description with "of" after it */
}

/* A group named by its workplace ("senior clinicians at Kilbrennan", "professors at the
 * University of Vell") keeps it (R25) unless its people speak for the body (R23a: analysts,
 * officials); "one of them" is a group one of the last three sentences quoted. */
static void groups_at_a_named_workplace_and_one_of_them(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Merger\n\nRATHCARRA -- Two senior clinicians at Kilbrennan, who asked not to be named, said "
                       "the proposal had been rushed. One of them said the unit was already at the edge. Two "
                       "constitutional law professors at the University of Vell said the challenge would fail. Three "
                       "officials from international relief groups working at Ngoyo said the road was passable.");
    tu_check_actor(d, "been rushed", "senior clinicians at Kilbrennan");
    tu_check_actor(d, "at the edge", "senior clinicians at Kilbrennan");
    tu_check_actor(d, "would fail", "constitutional law professors at the University of Vell");
    tu_check_actor(d, "was passable", "officials from international relief groups working at Ngoyo");
    d = tu_doc("Bonds\n\nKORVAN -- Two bond traders in Korvan said the memo would deepen doubts. "
               "\"It is a governance problem,\" one of them said.");
    tu_check_actor(d, "governance problem", "bond traders");
    d = tu_doc("Talks\n\nVELK -- Two delegates from coastal states said the draft was weak. The session closed at "
               "six. The chair thanked the hosts. Ministers will meet in May. Nobody spoke after that. One of them "
               "said the hall was cold.");
    tu_check_actor(d, "hall was cold", NULL); /* the group was quoted too long ago */
}

/* "the regulator", "the union", "the agency" with no body of that name: the body named before
 * by a kin word (the National Spectrum Office, the Pilots Association, Kessler Ratings). */
static void body_named_by_a_kin_word(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Auction\n\nWARSAW -- The National Spectrum Office has set a floor of 1.9 billion zlotys. "
                       "The regulator has shown no sign of budging. The Vestmark Pilots Association said it would "
                       "challenge the plan. The union wants an independent examiner. Kessler Ratings on Tuesday cut "
                       "the rating by one notch. The agency said the budget plan was optimistic.");
    tu_check_actor(d, "no sign of budging", "National Spectrum Office");
    tu_check_actor(d, "independent examiner", "Vestmark Pilots Association");
    tu_check_actor(d, "plan was optimistic", "Kessler Ratings");
}

/* "the company" is a company the article named before even when it quoted no one for it: one
 * introduced by a maker noun ("vaccine maker Sahyadri") or with a legal form ("LuRail AG's
 * contract"), in the form the article uses most (R16). */
static void the_company_named_before_without_a_view(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Vaccine maker Sahyadri says ministry withheld payments\n\nNEW DELHI: Pune-based Sahyadri "
                       "Biologics on Monday accused the Union Health Ministry of withholding payments. The company "
                       "said it had delivered 1.8 crore doses.");
    tu_check_actor(d, "1.8 crore", "Sahyadri");
    d = tu_doc("Timetable chaos\n\n(Bloomberg) -- Lutavia's transport minister threatened to take away LuRail AG's "
               "contract. LuRail shares fell 5.2% in Frankfurt. The company said in a statement that a software "
               "fault was to blame. LuRail has run trains since 2004.");
    tu_check_actor(d, "software fault", "LuRail");
}

/* "the memo said" is the issuer's: named after "from" or "by" ("a statement from the Tornic
 * Language Council", "a letter from him"), before the noun ("a finance ministry memo"), or the
 * sentence's source ("according to an internal memo"); a paper that saw the memo is no issuer. */
static void documents_speak_for_their_issuer(void **state)
{
    (void)state;
    st_doc *d = tu_doc("March\n\nHALDBY (AFP) - Student Elin Marjala climbed onto a truck to read out a statement from "
                       "the Tornic Language Council, which organised the protest. " LQ "We are not asking for "
                       "privileges. We are asking not to become foreigners," RQ " the statement said.");
    tu_check_actor(d, "privileges", "Tornic Language Council");
    tu_check_actor(d, "become foreigners", "Tornic Language Council");
    d = tu_doc("Rally\n\nPUERTO CIEL - Rafael Quintero flew to the capital. Party secretary Elena Vidaurre read out "
               "a letter from him to the crowd. " LQ "The truth is on our side," RQ " the letter said.");
    tu_check_actor(d, "truth is on our side", "Quintero");
    d = tu_doc("Pay\n\nAALVIK (Reuters) - A finance ministry memo dated Aug. 14, also seen by Reuters, puts the cost at "
               "3.2 billion. The memo says the gap could be narrowed.");
    tu_check_actor(d, "could be narrowed", "finance ministry");
    d = tu_doc("Bonds\n\nKORVAN (Reuters) - The debt office warned the minister that investors would stay away, "
               "according to an internal memo seen by Reuters. \"We recommend against proceeding,\" the memo said.");
    tu_check_actor(d, "recommend against", "debt office");
}

/* More ways an article ties a capital to its state: "the Varsland capital Haldby", "Valdora,
 * the capital of neighbouring Marenca", "Skarvland, a ... nation ... whose capital is Nordhavn",
 * "Salimor, whose government in the capital, Port Adel, ...". */
static void capitals_tied_in_more_ways(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Protest\n\nHALDBY (AFP) - Several thousand people marched through the Varsland capital "
                       "Haldby on Saturday. Haldby has dismissed such criticism.");
    tu_check_actor(d, "such criticism", "Varsland");
    d = tu_doc("Banks\n\nBank shares fell across the region, including in Valdora, the capital of neighbouring "
               "Marenca. Valdora said it saw little risk of contagion.");
    tu_check_actor(d, "risk of contagion", "Marenca");
    d = tu_doc("Whales\n\nSkarvland, a North Atlantic island nation of 310,000 people whose capital is Nordhavn, has "
               "hunted fin whales since 1998. Nordhavn wants the quota renewed for six years.");
    tu_check_actor(d, "quota renewed", "Skarvland");
    d = tu_doc("Aid\n\nSalimor, whose government in the capital, Port Adel, controls the road, insists that every "
               "truck be searched. Port Adel has rejected a proposal from aid agencies.");
    tu_check_actor(d, "rejected a proposal", "Salimor");
}

/* "she said" is the person a sentence introduced after a long opening phrase, also one with
 * capitalised words or after a dateline ("At Pekara Horvat on Market Street, Zlata Horvat, 71,
 * has baked", "ARDMOYLE — At a quarter to eight ..., Brid Mulcahy is", "Down at the harbour,
 * Ellefsen had finished"). */
static void subject_after_a_long_opening_phrase(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Bakers\n\nSVETI MARKO - Councillor Ana Krainer backed the law. At Pekara Horvat on Market "
                       "Street, Zlata Horvat, 71, has baked under the same sign for 50 years. " LQ "My father painted "
                       "that," RQ " she said.");
    tu_check_actor(d, "father painted", "Horvat");
    d = tu_doc("Shops\n\nARDMOYLE \xE2\x80\x94 At a quarter to eight on a wet Tuesday morning, Br\xC3\xAD" "d Mulcahy is "
               "already on her knees in the doorway. " LQ "Half my customers are farmers," RQ " she says.");
    tu_check_actor(d, "customers are farmers", "Mulcahy");
    d = tu_doc("Whales\n\nSKARVLAND - Minister Jonas Brekke spoke first. Down at the harbour, Ellefsen had finished with "
               "the rope. \"We will go out in the spring,\" he said.");
    tu_check_actor(d, "out in the spring", "Ellefsen");
}

/* A person described after the name by origin ("Ines Duarte, a student from the port city") is
 * a person, not a place or body; an age description with a role no one holds ("the 58-year-old
 * former teacher", "the 41-year-old diplomat, who speaks for the bloc,") is the person last named. */
static void descriptions_of_a_person(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Vote\n\nVELL - Parliament voted on Monday. " LQ "I turn 16 in March," RQ " said In\xC3\xAA" "s "
                       "Duarte, a student from the port city of Alcamar. " LQ "My parents think it is a joke." RQ);
    tu_check_actor(d, "turn 16", "Duarte");
    tu_check_actor(d, "parents think", "Duarte");
    d = tu_doc("Law\n\nHALDBY - Raija Torma said the law was unjust. The 58-year-old former teacher said her party "
               "would fight it in court.");
    tu_check_actor(d, "fight it in court", "Torma");
    d = tu_doc("Talks\n\nKINGSTON - Sione Vaka said the bloc would walk out. The 41-year-old diplomat, who speaks for "
               "the bloc, later told AFP that the group would return.");
    tu_check_actor(d, "would return", "Vaka");
    d = tu_doc("Rail\n\nSANTIAGO - Hundreds of passengers were stranded overnight at the central station on Tuesday. "
               "\"We waited for six hours,\" one of them said.");
    tu_check_actor(d, "stranded overnight", NULL); /* a number of people is no one named */
}

static void attitudes_of_a_described_person(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Brewery\n\nSKELBY - Halden Drinks wants to buy the brewery. Ruth Pennock, whose family still "
                       "owns 44% of it, is determined to stop it. " LQ "People assume that is nostalgia," RQ
                       " she says. Halden's chief executive, Colin Ferris, said the offer was fair. The head brewer, "
                       "Kasia Wisniewska, is blunter: " LQ "If Halden buys us, the recipes change." RQ);
    tu_check_actor(d, "determined to stop", "Pennock");
    tu_check_actor(d, "nostalgia", "Pennock");
    tu_check_actor(d, "recipes change", "Wisniewska");
    d = tu_doc("Strike\n\nLIMA - Teachers' leader Rosa Ortiz said the strike would go on. Back in her office, Ortiz "
               "is unmoved. Signe Ovrebo, 71, was unconvinced. Consumer ombudsman Hernan Quiroga was more "
               "supportive. Retired postman Bill Corran was less sympathetic: " LQ "Everyone gets abuse." RQ
               " After the vote, Castellan shares fell sharply.");
    tu_check_actor(d, "is unmoved", "Ortiz");
    tu_check_actor(d, "unconvinced", "Ovrebo");
    tu_check_actor(d, "more supportive", "Quiroga");
    tu_check_actor(d, "gets abuse", "Corran");
    tu_check_actor(d, "shares fell", NULL);
}

static void initials_and_offices(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Fluoride\n\nVELLANUR: The proposal, moved by Corporation Commissioner S. Venkatraman, was "
                       "passed by the Council. Its convener, K. Jayalakshmi, said: " LQ "Every complaint now goes to an "
                       "officer." RQ " The Commissioner's view is that fears of fluorosis are misplaced. Mayor A. R. "
                       "Anbarasi said the plan was sound.");
    tu_check_actor(d, "goes to an officer", "Jayalakshmi");
    tu_check_actor(d, "fears of fluorosis", "Venkatraman");
    tu_check_actor(d, "plan was sound", "Anbarasi");
}

static void family_members_are_two_people(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Brewery\n\nSADOVAR - Petr Novotny, the founder's grandson, said the family would not sell. "
                       "Jana Novotna, the brewery's chair, said the offer was too low. Novotny added that talks were "
                       "over. Anna Kowalska said she disagreed. Kowalski said nothing had changed.");
    tu_check_actor(d, "would not sell", "Novotny");
    tu_check_actor(d, "too low", "Novotna");
    tu_check_actor(d, "talks were over", "Novotny");
    tu_check_actor(d, "she disagreed", "Kowalska");
    tu_check_actor(d, "nothing had changed", "Kowalski");
}

static void short_forms_of_more_companies(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Recall\n\nSAINT-ORMOND, Marivel (Bloomberg) -- Castellan Pharmaceuticals SA said the recall "
                       "could cost $80 million. Castellan denied that supplies had run short. Castellan has set aside "
                       "$35 million. Analysts said Castellan's shares could fall further.");
    tu_check_actor(d, "could cost", "Castellan");
    d = tu_doc("Pills\n\nNORRVIK - Norrvik Pharma blames its supplier, Kalinda Fine Chemicals of Sarapur, for the "
               "impurity. Kalinda denies this. Kalinda said its process was audited in 2022.");
    tu_check_actor(d, "denies this", "Kalinda");
    tu_check_actor(d, "was audited", "Kalinda");
    d = tu_doc("Grid\n\nLUSENGA, Kelvan (AP) - Kelvan Transmission Company said it needed money for reserve plants. "
               "Kelvan households face cuts. Kelvan energy prices rose, Kelvan Transmission Company said.");
    tu_check_actor(d, "reserve plants", "Kelvan Transmission Company"); /* Kelvan is the country */
}

static void verbs_are_not_modifiers_of_a_role(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Floods\n\nBRENNA - Farmers said the payouts were too small. Valdoria's government plans to cap "
                       "payouts at 40% of losses, according to a draft decree seen by Reuters. The Finance Ministry said "
                       "the state would act. The ministry wants insurers to settle all claims within 90 days.");
    tu_check_actor(d, "cap payouts", "Valdoria");
    tu_check_actor(d, "settle all claims", "Finance Ministry");
    d = tu_doc("Football\n\nSAN LUCANO - Ines Ortiz founded the streaming group Palco in a rented flat. Twenty-seven "
               "years later, the company streams every match of the league. Palco has gone to court, arguing that "
               "the league breached their deal. Ms Ortiz is blunt about what she thinks happened.");
    tu_check_actor(d, "breached their deal", "Palco");
    tu_check_actor(d, "is blunt", "Ortiz");
}

static void chiefs_and_spokespeople_for_a_body(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Recall\n\nSAINT-ORMOND - Chief Executive Officer Helene Marchetti told analysts the recall was "
                       "costly. Castellan has set aside $35 million. " LQ "I would rather lose market share," RQ
                       " the CEO said.");
    tu_check_actor(d, "market share", "Marchetti");
    d = tu_doc("Strike\n\nHARWICK - In a statement issued this afternoon, a spokesperson for Kessel Valley Buses said "
               "the company shares its drivers' concerns. " LQ "Safety comes first," RQ " the statement said. CEO Ana "
               "Ruiz told reporters the strike was a mistake. " LQ "We are still talking," RQ " the chief executive "
               "added.");
    tu_check_actor(d, "shares its drivers", "Kessel Valley Buses");
    tu_check_actor(d, "Safety comes first", "Kessel Valley Buses");
    tu_check_actor(d, "still talking", "Ruiz");
}

static void a_company_described_by_an_apposition(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Bid\n\nSADOVAR - Aldervane Brewing Group offered 1.9 billion euros for the brewery. Aldervane, "
                       "which is based in Mirelle, the capital of Estrava, said its offer was fair. Teleskar, the "
                       "listed carrier that runs the landing station in the capital, Port Aurel, confirmed a total loss "
                       "of signal.");
    tu_check_actor(d, "offer was fair", "Aldervane Brewing Group"); /* a tie of forms: the full name (R19) */
    tu_check_actor(d, "loss of signal", "Teleskar");
}

static void a_wire_slug_is_not_a_name(void **state)
{
    (void)state;
    st_doc *d = tu_doc("EXCLUSIVE-Valdoria plans to cap flood payouts for farms, draft shows\n\nBRENNA, June 4 (Reuters) - "
                       "Valdoria's government plans to limit compensation for farms destroyed by the flood to 40% of "
                       "assessed losses, according to a draft decree seen by Reuters. Only a third of farms in Valdoria's valleys carry "
                       "flood cover, according to the Valdorian Insurance Association.");
    tu_check_actor(d, "plans to cap", "Valdoria");
}

static void family_names_with_two_particles(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Branch\n\nDREUMELO - Village council chairman Sjoerd van der Meer called the decision a slap in the "
                       "face. " LQ "Not one phone call," RQ " Van der Meer said. Lawyer Ana de la Cruz said the bank "
                       "had broken no rule.");
    tu_check_actor(d, "slap in the face", "van der Meer");
    tu_check_actor(d, "phone call", "van der Meer");
    tu_check_actor(d, "broken no rule", "de la Cruz");
}

static void a_person_called_by_the_given_name(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Strike\n\nELLMARK - Maren Holt, 41, has taught philosophy on semester contracts for nine years. "
                       LQ "Every June I am unemployed," RQ " Maren says, passing a cup down the line. " LQ "Three banks "
                       "have turned down my mortgage." RQ " By nine, the street is so crowded that Dagny Lund cannot get "
                       "her trolley out of the bakery. " LQ "Some days I think I should just sell croissants," RQ
                       " says Dagny, 71, wiping flour from her hands. Tobias Rahm, 29, has brought a thermos. Tobias is "
                       "less certain that the strike will work. The pump that Joaquim Batista's father bolted to the "
                       "bank is hanging in mid-air. " LQ "This is a decision," RQ " says Joaquim, 58.");
    tu_check_actor(d, "unemployed", "Holt");
    tu_check_actor(d, "mortgage", "Holt");
    tu_check_actor(d, "croissants", "Lund");
    tu_check_actor(d, "less certain", "Rahm");
    tu_check_actor(d, "a decision", "Batista");
    /* not a given name: a word the article writes in lower case, a company's short form, a family name first */
    d = tu_doc("Sale\n\nSAN ILDEFONSO - The National Union of Lottery Vendors said the sale was a mistake. Lottery "
               "revenue pays for a fifth of pensions, according to figures from the Social Security Institute. The "
               "state lottery sells 40 million tickets. Hallberg chief executive Rong Wei said the deal would be "
               "cleared. " LQ "We have listened to the commission," RQ " Rong told analysts.");
    tu_check_actor(d, "a fifth of pensions", "Social Security Institute");
    tu_check_actor(d, "listened", "Rong");
}

static void capitals_in_an_apposition_and_a_dateline(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Dam\n\nKOTA LINGGI - Pelanta has accused Moraya of cutting water releases. At the June 4 meeting in "
                       "Sempang, the Morayan capital, Pelanta's delegation said flows had fallen by half. Sempang has "
                       "rejected suggestions that it is putting power sales first.");
    tu_check_actor(d, "has accused Moraya", "Pelanta"); /* no capital of Moraya's */
    tu_check_actor(d, "power sales", "Moraya");
    d = tu_doc("Island\n\nORDEL, Suvaria (AFP) - Ketania has deployed border guards on an island that Suvaria also "
               "claims, the foreign ministry said. Suvarian Foreign Minister Aydin Celik summoned Ketania's ambassador to "
               "his office in Ordel, the capital, on Sunday. Ordel insists that the river's main channel marks the "
               "border.");
    tu_check_actor(d, "main channel", "Suvaria");
}

static void a_body_named_after_its_noun_or_workplace(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Banks\n\nDREUMELO - The consumer association Eigen Geld has repeatedly criticised bank closures in "
                       "rural areas. In a note to clients, analysts at Kessler Haag argued that selling would force a "
                       "discount. Economists at Brightwater Advisory said the plan was sound.");
    tu_check_actor(d, "bank closures", "Eigen Geld");
    tu_check_actor(d, "force a discount", "Kessler Haag");
    tu_check_actor(d, "plan was sound", "Brightwater Advisory");
}

static void singapore_names_put_the_family_first(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Bid\n\nPORT SEDANA - Varuna's founder, Mr Tan Hock Lee, said the market had one operator too many. "
                       "The MEB's chief executive, Mr Goh Boon Keat, added that releases would rise. " LQ "The door is "
                       "open," RQ " Mr Tan said.");
    tu_check_actor(d, "operator too many", "Tan");
    tu_check_actor(d, "releases would rise", "Goh");
    tu_check_actor(d, "door is open", "Tan");
}

static void bodies_behind_their_boards_delegations_and_initials(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Dravtel board calls offer opportunistic, urges rejection\n\nKRESNO - The insurer, Baltica Assurance, "
                       "said in a statement that it did not encourage ransom payments. At the meeting, Pelanta's delegation "
                       "said flows at the border had fallen. The SNTS union, which represents seasonal workers, said its "
                       "members should not have to choose.");
    tu_check_actor(d, "calls offer", "Dravtel");
    tu_check_actor(d, "ransom payments", "Baltica Assurance");
    tu_check_actor(d, "flows at the border", "Pelanta");
    tu_check_actor(d, "have to choose", "SNTS");
    /* a title before the body's noun: the person it names */
    d = tu_doc("Schools\n\nThe chair of the council's education committee, Asa Lindqvist, said the four schools were "
               "too small to survive.");
    tu_check_actor(d, "too small", "Lindqvist");
}

static void views_taken_and_disputed(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Licence\n\nHERZENAU - The ministry says the licence was lawful. Retired Lt. Gen. Konrad Weil, a "
                       "former chief of the air staff, disputed that account. Paris has taken a harder line. Dr. Ingrid "
                       "Aasen, a hematologist, said the rules were fine. Dr. Ingrid Aasen, 52, a hematologist at Stennby "
                       "University Hospital, took the opposite view.");
    tu_check_actor(d, "disputed that account", "Weil");
    tu_check_actor(d, "harder line", "France");
    tu_check_actor(d, "opposite view", "Aasen");
}

static void a_person_by_the_noun_that_described_them(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Drought\n\nVALE DO ALMEIRA - Dr Tiago Lemos, a hydrologist at the University of Carvalhal, says "
                       "both sides are partly right. Baker Ayse Yildiz said costs were rising. " LQ "But nobody wrote that "
                       "licence for a summer like this one," RQ " the hydrologist adds. " LQ "Who is going to insure "
                       "that?" RQ " the baker asked. In the mission's words, the broadcaster acted as a campaign office.");
    tu_check_actor(d, "nobody wrote", "Lemos");
    tu_check_actor(d, "insure that", "Yildiz");
    tu_check_actor(d, "campaign office", NULL);
}

static void a_platform_is_no_source(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Hack\n\nVELAPUR - Opposition leader Imran Qureshi posted a video on X accusing the ruling front of "
                       "sleeping. Qureshi wrote on X that the city was asleep.");
    tu_check_actor(d, "ruling front", NULL);
    tu_check_actor(d, "city was asleep", "Qureshi");
}

static void an_abbreviation_the_body_is_known_by(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Riders\n\nNOVI BREST - In a statement, the Independent Union of Delivery Workers, known by its "
                       "Vardenian initials NSD, said riders worked set shifts. The NSD is seeking repayment of "
                       "contributions. NSD lawyers filed the case on Thursday.");
    tu_check_actor(d, "set shifts", "NSD");
}

static void the_company_by_the_noun_beside_its_name(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Strike\n\nMANCHESTER - Cabin crew at the low-cost airline Brisk Air began a strike on Friday. "
                       "The United Cabin Crew Union (UCCU) represents most of the crew. Brisk Air said it had offered "
                       "a rise and accused the UCCU of holding holidays to ransom. Passengers have been offered a "
                       "refund, the airline said.");
    tu_check_actor(d, "offered a refund", "Brisk Air");
    d = tu_doc("Bases\n\nDUBLIN - Cliffjet Airways could close two bases, the airline's chief executive warned. "
               "Kestrel Capital wrote in a note that closing bases would help rivals. The airline said refunds "
               "would be paid within a week.");
    tu_check_actor(d, "within a week", "Cliffjet Airways");
}

static void officials_in_a_capital_and_diplomats_there(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Land\n\nCASTREL - On the plains north of Castrel, the Melorian capital, land sells cheaply. "
                       "Three Western diplomats in Castrel said the forced sales might breach treaties. Officials in "
                       "Castrel insist that the window is generous. Officials in Castrel and Paris both said they "
                       "hoped to sign.");
    tu_check_actor(d, "might breach", "Western diplomats");
    tu_check_actor(d, "window is generous", "officials in Castrel");
    tu_check_actor(d, "hoped to sign", "officials in Castrel|officials in Paris");
}

static void a_headline_title_is_the_holder_named_below(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Kaldora PM vows to extend farmland ban to leases\n\nNISAVA, June 11 (Reuters) - Kaldoran Prime "
                       "Minister Orhan Sezer said on Tuesday his government would extend the ban to leases.");
    tu_check_actor(d, "Kaldora PM", "Sezer");
    d = tu_doc("Rector defends university's refusal of tycoon's gift\n\nSARVAS (AP) - The university said last week it "
               "would not accept the gift. Rector Ilona Kovac told The Associated Press that no amount of money was "
               "worth it.");
    tu_check_actor(d, "Rector defends", "Kovac");
    d = tu_doc("Fees\n\nIn public, the Arvelian Rectors' Conference has called for a pause.");
    tu_check_actor(d, "called for a pause", "Arvelian Rectors Conference");
}

static void a_lead_role_is_the_person_named_next(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Space chief accuses launch contractor\n\nSAO TEODORO, Lusara (AP) - The head of Lusara's space "
                       "agency on Tuesday accused a launch company of holding satellites hostage. Agency president "
                       "Joao Brandao said Kairos had no right to suspend work. In a letter, Kairos chief executive "
                       "Anneliese Wrede wrote that the agency owed money.");
    tu_check_actor(d, "holding satellites hostage", "Brandao");
    d = tu_doc("Mayor says port city will build barrier\n\nPUERTO ALCAZAR, Tresmonte (AP) - The mayor of Tresmonte's "
               "largest port city said Tuesday she will begin building a tidal barrier. Mayor Rosario Nunez spoke "
               "at a news conference at City Hall. " LQ "We have waited long enough," RQ " Nunez said.");
    tu_check_actor(d, "tidal barrier", "Nunez");
}

static void an_opening_phrase_the_apposition_names(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Flood\n\nResidents of the barrio came to the meeting. One of them, 64-year-old fisherman Aurelio "
                       "Paz, said the water had reached his kitchen table. The Minister for Finance, Soren Valbak, "
                       "rejected the charge. One signatory, the cardiologist Prof Tomas Ibarra, said the building "
                       "would have helped. Their co-leader, Lucia Saavedra, wrote in a post on X that the minister "
                       "had questions to answer. The promoter, Nordlys Live, said it would refund all tickets. The "
                       "ALF delegation, led by its political commissioner Yusra Haddadin, struck a similar tone.");
    tu_check_actor(d, "kitchen table", "Paz");
    tu_check_actor(d, "rejected the charge", "Valbak");
    tu_check_actor(d, "would have helped", "Ibarra");
    tu_check_actor(d, "questions to answer", "Saavedra");
    tu_check_actor(d, "refund all tickets", "Nordlys Live");
    tu_check_actor(d, "similar tone", "ALF");
}

static void reckoning_spokespeople_quoting_and_neighbours(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Gift\n\nBusinessman Raymond Oduya offered the money. Mr Oduya's spokeswoman said he was considering "
                       "other options. Ilona Marek, an economist at the Castrel School of Economics, reckons the law "
                       "will knock 15 percent off land values. Joan Whelan and her neighbour Padraig Costigan said the "
                       "pumps would be loud. Reuters quoted the businessman as saying the offer still stood. State news "
                       "agency ACN later quoted Marek as saying that land values would fall.");
    tu_check_actor(d, "other options", "Oduya");
    tu_check_actor(d, "15 percent", "Marek");
    tu_check_actor(d, "pumps would be loud", "Whelan|Costigan");
    tu_check_actor(d, "land values would fall", "Marek");
}

static void according_to_a_described_body_a_spokeswoman_and_a_report(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Fence\n\nSome 9,000 Velmorans cross into Sarvenia every day, according to the Sarvenian statistics "
                       "office. According to the Hollen regional council, more than 41,000 people live below the "
                       "level. According to a spokeswoman for Aquaris Coastal, the company is open to any reasonable "
                       "request. The Rail Safety Authority said in a report that crews had been cut. Maintenance "
                       "budgets fell by a third after 2020, according to the report.");
    tu_check_actor(d, "every day", "Sarvenian statistics office");
    tu_check_actor(d, "below the level", "Hollen regional council");
    tu_check_actor(d, "reasonable request", "Aquaris Coastal");
    tu_check_actor(d, "by a third", "Rail Safety Authority");
}

static void state_bodies_under_the_place_prefix(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Heat pumps\n\nKESTRIN, March 11 (Reuters) - Estravia's Ministry of Finance said on Tuesday it "
                       "would cut the grant. In a statement, the ministry said the grant had served its purpose.");
    tu_check_actor(d, "cut the grant", "Estravia Ministry of Finance");
    tu_check_actor(d, "served its purpose", "Estravia Ministry of Finance");
    d = tu_doc("Gas\n\nBelmora's Ministry of Energy and Mines declined to comment on the document. The Ministry of "
               "Culture and Language said it would offer grants. St Aurelia\xE2\x80\x99s Ministry of Health and Wellness "
               "has defended its decision.");
    tu_check_actor(d, "declined to comment", "Belmora Ministry of Energy and Mines");
    tu_check_actor(d, "offer grants", "Ministry of Culture and Language");
    tu_check_actor(d, "defended its decision", "St Aurelia Ministry of Health and Wellness");
    d = tu_doc("Algae bloom could keep beaches shut, warns Lumaya\xE2\x80\x99s environment department\n\nAll seven beaches "
               "will stay closed, Lumaya\xE2\x80\x99s Department of Environment said on Dec 22. Lumaya has two provinces.");
    tu_check_actor(d, "stay closed", "Lumaya Department of Environment");
}

static void capitals_of_a_subject_state_and_of_a_body_prefix(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Gas\n\nPelandor wants more. Saravi, the Pelandorean capital, has long maintained that the fee of "
                       "US$0.80 per million British thermal units is fixed for the life of the contract.");
    tu_check_actor(d, "is fixed", "Pelandor");
    d = tu_doc("Fund\n\nMarovia sold the shares. Two Drovenian firms were hit. Drovenia is Marovia's biggest trading "
               "partner, and its capital, Kasel, hosts the council. Kasel has since hinted that a Marovian bid may "
               "struggle.");
    tu_check_actor(d, "may struggle", "Drovenia");
    d = tu_doc("Academy\n\nPUERTO ALCINA, Oct 9 (Reuters) - Prosecutors in Montaraz raided the club on Wednesday. "
               "Prosecutor Lucia Ortega, who works in Puerto Alcina, the capital, told reporters the case was grave. "
               "Montaraz's Sports Secretariat said it would ask Congress for a new law. Puerto Alcina has also urged "
               "clubs to check how those transfers were financed.");
    tu_check_actor(d, "were financed", "Montaraz");
}

static void two_sources_each_with_an_apposition(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Volcano\n\nMarie Lemaire, 71, has lived by the harbour all her life. Lemaire and her neighbor, "
                       "Joseph Amara, said police had knocked on their doors on Tuesday night.");
    tu_check_actor(d, "knocked on their doors", "Lemaire|Amara");
    d = tu_doc("Gas\n\nBoth Pelangas, the Pelandorean state energy company, and KLNG, which runs the terminal at "
               "Tanjung Kelat, said exports had not yet been affected.");
    tu_check_actor(d, "not yet been affected", "Pelangas|KLNG");
}

static void bodies_named_with_and_or_on_and_their_kin_nouns(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Pay\n\nThe Nurses and Midwives Guild said 68% of members had voted no. According to the guild, "
                       "more than 2,300 posts are vacant. The guild's main fear is that nurses will leave.");
    tu_check_actor(d, "voted no", "Nurses and Midwives Guild");
    tu_check_actor(d, "posts are vacant", "Nurses and Midwives Guild");
    tu_check_actor(d, "main fear", "Nurses and Midwives Guild");
    d = tu_doc("Volcano\n\nThe Marenne Volcanological Observatory raised its alert level. Sulfur dioxide emissions have "
               "tripled since Sunday, according to the observatory. The fund's Council on Ethics, which recommended "
               "the sale, argued that the companies made cluster munitions.");
    tu_check_actor(d, "tripled since Sunday", "Marenne Volcanological Observatory");
    tu_check_actor(d, "cluster munitions", "Council on Ethics");
    d = tu_doc("Talks\n\nThe strike, called by the Dalmarian Air Traffic Controllers' Guild on Sept. 2, has grounded "
               "flights. The guild's lawyers countered that the rules were unlawful. The Tolvik Chamber of Trade and "
               "Governor Anton Reisz both say that every month of delay hurts.");
    tu_check_actor(d, "were unlawful", "Dalmarian Air Traffic Controllers Guild");
    tu_check_actor(d, "month of delay", "Tolvik Chamber of Trade|Reisz");
}

static void double_family_name_in_its_most_used_form(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Academy\n\nProsecutor Lucia Ortega Vidal told reporters the club had broken the law. \"These are "
                       "children,\" Ortega said. Ortega Vidal declined to say whether anyone had been named. Later, "
                       "Ortega Vidal added that the inquiry would take months.");
    tu_check_actor(d, "broken the law", "Ortega Vidal");
    tu_check_actor(d, "These are children", "Ortega Vidal");
    tu_check_actor(d, "take months", "Ortega Vidal");
    d = tu_doc("Ruling\n\nJudge Ines Nunez Carrasco said the law was clear. Nunez said the city had waited too long. "
               "Nunez added that an appeal was likely.");
    tu_check_actor(d, "law was clear", "Nunez");
    tu_check_actor(d, "appeal was likely", "Nunez");
}

static void headline_body_by_its_full_name_and_own_head_word(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Heat pump orders collapse after subsidy cut, Lorvanian installers' federation says\n\nThe "
                       "Federation of Heating and Plumbing Trades (ZSV), which represents some 2,300 small firms, says "
                       "the slump has already cost jobs. The ZSV said it would go to court. The ZSV also said members "
                       "were laying off staff.");
    tu_check_actor(d, "installers' federation says", "ZSV");
    d = tu_doc("Retailers' federation vows court fight over vape ban\n\nThe Kalvenian Lung Association said the ban was "
               "overdue. The Kalvenian Retail Federation said it would challenge the ban. The federation said shops "
               "would lose money.");
    tu_check_actor(d, "vows court fight", "Kalvenian Retail Federation");
}

static void lead_body_described_then_named(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Vape ban\n\nBRENNICK (AFP) - Kalvenia's main retail lobby said Tuesday it would challenge a ban on "
                       "disposable e-cigarettes. The Kalvenian Retail Federation, which represents some 11,000 kiosks, "
                       "will file its case next week, its director Jan Holub said.");
    tu_check_actor(d, "challenge a ban", "Kalvenian Retail Federation");
}

static void names_with_particles_clubs_and_police_districts(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Port strike widens\n\nVALDORA - Dockers struck after talks with terminal operator Terminales "
                       "del Sur broke down. Terminales del Sur, which runs two terminals, said the strike was illegal. "
                       "Terminales del Sur denied that the men were hurt.\n\nIn a statement, Harwick Athletic said it "
                       "already paid its share. Athletic unveiled a new stand last year.\n\nThe derby cost 6.8m kroner, "
                       "according to the Skarnholm Police District. The police district said it expected to deploy 150 "
                       "officers.");
    tu_check_actor(d, "men were hurt", "Terminales del Sur");
    tu_check_actor(d, "paid its share", "Harwick Athletic");
    tu_check_actor(d, "6.8m kroner", "Skarnholm Police District");
    tu_check_actor(d, "deploy 150", "Skarnholm Police District");
}

static void both_governments_and_a_described_second_body(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Oil spill row deepens\n\nKESH, Voralia - The Voralian government said on Monday the tanker's crew "
                       "was to blame. The Regional Centre for Marine Pollution Response said the slick had spread. In "
                       "Port Ilir, the Mareskan capital, the government said the container ship caused the collision. "
                       "The Regional Centre for Marine Pollution Response said booms were in place. Both governments "
                       "say they want the channel reopened by the end of the month.\n\nThe Belovian Journalists' "
                       "Association and the Vienna-based monitor Free Press Watch both welcomed the ruling.");
    tu_check_actor(d, "container ship caused", "Mareska");
    tu_check_actor(d, "channel reopened", "Voralia|Mareska");
    tu_check_actor(d, "welcomed the ruling", "Belovian Journalists Association|Free Press Watch");
}

static void a_chief_executive_of_a_body_is_the_person_named_next(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Kilcarra Airport will close in October without State support, chief executive warns\n\nBy Niamh "
                       "Farrelly\n\nThe chief executive of Kilcarra Airport has warned that it will close at the end of "
                       "October. Siobhan Keogh told the county council on Monday that the airport had cash for five "
                       "months. Kilcarra Chamber chief executive Tom Gilligan said employers were worried. Takeshi "
                       "Kisaragi said the airport mattered. Kisaragi shares have fallen 12% since the warning.");
    tu_check_actor(d, "chief executive warns", "Keogh");
    tu_check_actor(d, "has warned that it will close", "Keogh");
    tu_check_actor(d, "Kisaragi shares", NULL);
}

static void a_capital_whose_state_the_article_never_ties(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Dockers widen strike\n\nKASSIMA, March 18 (Reuters) - Striking dockworkers in Morvani will "
                       "extend their action to a second port, the Morvani Dock Workers Union said. The Morvani Ports "
                       "Authority said operations were running at a quarter of capacity. Kassima, the capital, depends "
                       "on the port for almost all of its fuel. Kassima has so far shown no sign of backing down. "
                       "Union leaders said they were ready to talk.");
    tu_check_actor(d, "no sign of backing down", "Morvani");
}

static void a_double_family_name_whose_last_part_is_used_alone(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Gas price rise\n\nMinister for the Economy Mariana Costa Valente defended the contract on "
                       "Wednesday. " LQ "There was no cheap option on the table," RQ " Ms Costa Valente said. Ms "
                       "Valente said the Government would extend a heating allowance. Ms Costa Valente said she "
                       "expected the regulator to rule before Christmas.");
    tu_check_actor(d, "defended the contract", "Costa Valente");
    tu_check_actor(d, "heating allowance", "Costa Valente");
    tu_check_actor(d, "before Christmas", "Costa Valente");
}

static void joined_groups_and_a_government_seat(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Border ban row\n\nARVO, May 2 (Reuters) - Talmir threatened on Monday to curb grain sales to "
                       "Doruna. Doruna, whose government sits in Vesk, halted cattle imports last week. Vesk has so "
                       "far shrugged off the threat. Officials in Vesk and Arvo said experts would meet on Thursday. "
                       "Fishers and mussel growers said the ban was overdue. Street sweepers and recycling drivers, "
                       "who are not on strike, said they backed the collectors.");
    tu_check_actor(d, "shrugged off", "Doruna");
    tu_check_actor(d, "experts would meet", "officials in Vesk|officials in Arvo");
    tu_check_actor(d, "overdue", "fishers|mussel growers");
    tu_check_actor(d, "backed the collectors", "street sweepers|recycling drivers");
}

static void speaking_with_nothing_said(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Pasture row\n\nFarmers met the regional council on Monday. Mayor Ines Kovac opened the "
                       "meeting. Soren Aaberg, whose family has grazed cattle there since the 1890s, spoke first. "
                       LQ "My father did it, and his father did it," RQ " he said. Kovac spoke for nearly an hour. "
                       "Renee Ashworth spoke to the Courier at her kitchen table on Sunday. Kovac spoke out against "
                       "the plan. Ashworth spoke of her fear that the valley would empty.");
    tu_check_actor(d, "spoke first", NULL);
    tu_check_actor(d, "his father did it", "Aaberg");
    tu_check_actor(d, "nearly an hour", NULL);
    tu_check_actor(d, "kitchen table", NULL);
    tu_check_actor(d, "out against", "Kovac");
    tu_check_actor(d, "her fear", "Ashworth");
}

static void firms_joined_by_an_ampersand_and_offices_of_the(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Plant closure\n\nHalvorsen Wind will close its blade factory in Ravnsby. Analysts at Kessel "
                       "& Dahl said in a note that the closure would save money. Roswell & Pike declined to comment. "
                       "Kessler & Lindt analyst Mirjam Stockli wrote that the plan was sound. The Office of the "
                       "Attorney General said it would study the ruling. According to the Office of the Census "
                       "Commissioner, a pilot recorded a response rate of 94%. The International Council for the "
                       "Exploration of the Sea has advised a lower catch.");
    tu_check_actor(d, "in a note", "Kessel & Dahl");
    tu_check_actor(d, "declined to comment", "Roswell & Pike");
    tu_check_actor(d, "plan was sound", "Stockli");
    tu_check_actor(d, "study the ruling", "Office of the Attorney General");
    tu_check_actor(d, "response rate", "Office of the Census Commissioner");
    tu_check_actor(d, "lower catch", "International Council for the Exploration of the Sea");
}

static void a_union_named_later_by_its_initials(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Union says refuse strike to go on until night shifts scrapped\n\nKOSTRAVA, Oct 7 (Reuters) - "
                       "Refuse collectors in Kostrava will stay on strike until the city scraps a shift system, "
                       "their union said on Tuesday. The Independent Federation of Communal Workers (SKR), which "
                       "represents about 1,600 of them, says night work doubles the risk. The SKR puts the number "
                       "at fewer than 200. SKR president Dragana Dordevic said the strike would go on. The strike "
                       "has cost the city 2 million dinars, according to the union.");
    tu_check_actor(d, "night shifts scrapped", "SKR");
    tu_check_actor(d, "Refuse collectors", "SKR");
    tu_check_actor(d, "2 million dinars", "SKR");
}

static void sources_say_in_a_headline(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Auditor quit wealth fund after being denied records, sources say\n\nPELABUHAN RAYA - The "
                       "auditor of Tanvara Investment Holdings resigned last month. Hartwell Lyle, which had "
                       "audited the fund since 2012, told its board that it could not form an opinion. The two "
                       "states are close to a deal, sources said on Monday.");
    tu_check_actor(d, "denied records", "sources");
    tu_check_actor(d, "close to a deal", "sources");
}

static void a_first_name_with_who_is_a_person(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Last orders at the Lyric\n\nOn a wet Tuesday evening in Ashcombe, Maureen Tibbs is counting "
                       "ice-cream tubs in the kiosk of the Lyric Theatre. The arts board cut the theatre's grant last "
                       "month. " LQ "I cried in the car park," RQ " says Maureen, who began as a volunteer usher in "
                       "1993. The board said the decision followed a competitive round. Back in the kiosk, Maureen is "
                       "convinced the town will not let the Lyric go.");
    tu_check_actor(d, "car park", "Tibbs");
    tu_check_actor(d, "not let the Lyric go", "Tibbs");
}

static void according_to_informants_with_no_party(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Truce talks\n\nKOTA SERI -- Pelangi is preparing to keep its squid quota at this year's level, "
                       "according to officials involved in the negotiations. The prisoner question is the hardest of "
                       "the remaining issues, according to two diplomats briefed on the talks. That difference has "
                       "kept the two sides apart since 2021, according to two diplomats who have attended the talks. "
                       "Luzar's concern, according to an official at the ministry, is that the deal would not hold. "
                       "OSLO - Fewer than half of the governments have paid, according to people familiar with the "
                       "matter.");
    tu_check_actor(d, "squid quota", "Pelangi");
    tu_check_actor(d, "hardest of", "diplomats briefed on the talks");
    tu_check_actor(d, "apart since 2021", "diplomats who have attended the talks");
    tu_check_actor(d, "would not hold", "Luzar");
    tu_check_actor(d, "half of the governments", "people familiar with the matter");
}

static void neighbouring_states_and_the_largest_operator(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Fishing ban row\n\nSandoria may suspend fishing licences next month. Pesca Atlantica, the "
                       "country's largest trawler operator, said in a statement that a suspension would force it to "
                       "tie up a third of its fleet. Neighbouring Ilvania has also objected.");
    tu_check_actor(d, "tie up a third", "Pesca Atlantica");
    tu_check_actor(d, "also objected", "Ilvania");
}

static void informants_with_knowledge_of_a_matter(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Permit row\n\nKELANDRA - The city is set to strip ride-hailing drivers of their permits. Two "
                       "city officials with knowledge of the plan said the council could vote in June. Halvard Gold "
                       "was warned of cracks months before the spill, three people with direct knowledge of the "
                       "matter said.");
    tu_check_actor(d, "vote in June", "city officials with knowledge of the plan");
    tu_check_actor(d, "before the spill", "people with direct knowledge of the matter");
}

static void state_government_holds_a_view(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Prison plan\n\nHALLBY, Vestmark -- Vestmark's government wants to build a prison on farmland "
                       "near Hallby. Ardenia's government has blocked access to the site.");
    tu_check_actor(d, "wants to build", "Vestmark");
    tu_check_actor(d, "blocked access", NULL);
}

static void company_first_word_alone(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Helicopter row\n\nVILA NOVA, Serrania -- Serrania paid too much for its helicopters, an "
                       "inquiry found. The helicopters were supplied by Aerotec Serrania, the local subsidiary of a "
                       "European manufacturer. Aerotec said in a statement that the price included maintenance. "
                       "\xe2\x80\x9c" "Comparisons are misleading,\xe2\x80\x9d the company said. The inquiry will hear "
                       "from Aerotec executives in May. Hallby Council said the town had been ignored. Residents in "
                       "Hallby said they were angry.");
    tu_check_actor(d, "Comparisons are misleading", "Aerotec");
    tu_check_actor(d, "town had been ignored", "Hallby Council");
}

static void role_noun_inside_compound_name(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Orchestra loses sponsor\n\nThe orchestra will close, a week after its sponsor, the regional "
                       "lender Kreisbank Velden, ended its support. Kreisbank Velden defended its decision. A "
                       "spokeswoman for the bank said it was concentrating on youth sport. Workers at the plant "
                       "earn more than the national average, according to official figures. The Union of "
                       "Metalworkers said it would strike.");
    tu_check_actor(d, "youth sport", "Kreisbank Velden");
    tu_check_actor(d, "national average", NULL);
    /* a union named next is not "the bank" of a lead */
    d = tu_doc("Orchestra loses sponsor\n\nThe orchestra lost its sponsor in May. A spokeswoman for the bank "
               "said it was concentrating on youth sport. The Union of Metalworkers said it would strike.");
    tu_check_actor(d, "youth sport", "bank");
}

static void given_name_shown_a_person_by_apposition(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Orchestra rehearses\n\nCALDERBRIDGE, England -- On a wet Tuesday evening, Maureen Ashby "
                       "unlocks the side door of the Corn Exchange. She is not a musician. Maureen, the "
                       "orchestra's librarian, says she has stopped counting scores. Back in the room, Maureen "
                       "hands out the parts. \xe2\x80\x9cI have filed these parts for thirty years,\xe2\x80\x9d "
                       "Maureen said.");
    tu_check_actor(d, "stopped counting", "Ashby");
    tu_check_actor(d, "thirty years", "Ashby");
}

static void according_to_a_role_then_its_name(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Orchestra may close\n\nThe orchestra needs a new sponsor. Without that money it will run "
                       "out of cash in June, according to its chief executive, Rupert Vance. Rainfall has been 62 "
                       "percent below normal, according to the national weather agency AEMEL. Prisons brought "
                       "fewer jobs than promised, according to a 2022 study by the Institute for Regional "
                       "Development. Doravia issued 212 licences last year, according to figures from the Ministry "
                       "of Fisheries. The utility loses a fifth of its water, according to figures published last "
                       "year by the Water Services Authority.");
    tu_check_actor(d, "cash in June", "Vance");
    tu_check_actor(d, "below normal", "AEMEL");
    tu_check_actor(d, "fewer jobs", "Institute for Regional Development");
    tu_check_actor(d, "212 licences", "Ministry of Fisheries");
    tu_check_actor(d, "a fifth of its water", "Water Services Authority");
}

static void institutions_speak_as_bodies(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Parking fees\n\nSt Brannoc's Hospital in Tregarrow will charge staff to park. The hospital "
                       "faces a deficit this year, according to its latest annual accounts. St Brannoc's Hospital "
                       "said the fees were fair. The University of Sarvas said it would appeal.");
    tu_check_actor(d, "faces a deficit", "St Brannoc's Hospital");
    tu_check_actor(d, "fees were fair", "St Brannoc's Hospital");
    tu_check_actor(d, "would appeal", "University of Sarvas");
}

static void abbreviation_after_a_description_and_compound_hyphens(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Rail strike\n\nOnly 38 services ran Thursday, according to Karsovian Rail Infrastructure, "
                       "the state company known as KRI that manages the network. KRI said more trains would run "
                       "on Friday. The Railway Signal Workers Union, known as DSS, called the strike. DSS said 4,300 "
                       "members joined. DSS wants the 12-hour shifts limited to larger stations.");
    tu_check_actor(d, "Only 38 services", "KRI");
    tu_check_actor(d, "12-hour shifts", "DSS");
}

static void plural_possessive_group_then_its_name(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Ban row\n\nThe federation banned the owner. Dinamo's biggest supporters' group, Vukovi, "
                       "was less measured. The largest supporters' group, Nordtribunen, issued a one-line reply: "
                       "\xe2\x80\x9c" "Dinamo is ours.\xe2\x80\x9d");
    tu_check_actor(d, "less measured", "Vukovi");
    tu_check_actor(d, "one-line reply", "Nordtribunen");
}

static void subject_past_relative_clause_or_apposition(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Parking fees\n\nThe hospital will charge staff to park. Baker Vesna Kolar wants the plan "
                       "dropped. The Health Workers' Alliance, which represents porters, cleaners and healthcare "
                       "assistants at the hospital, says the choice is a false one. The mayor, Dragan Petkovic, has "
                       "taken a more careful line. In a statement, the company said the fees were fair.");
    tu_check_actor(d, "false one", "Health Workers Alliance");
    tu_check_actor(d, "careful line", "Petkovic");
}

static void group_placed_on_an_island(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Patrols\n\nFishermen on Pulau Seri said patrols had grown more aggressive. Officials on "
                       "Tuesday said the boats were seized lawfully.");
    tu_check_actor(d, "more aggressive", "fishermen");
}

static void others_worry_lead_in(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Prison plan\n\nThe ministry wants a prison near Hallby. Some residents welcome the jobs. "
                       "Others worry about property prices. Two estate agents in Hallby said the value of houses "
                       "near the site had already fallen.");
    tu_check_actor(d, "property prices", "estate agents");
}

static void a_long_role_before_the_apposition(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Libraries\n\nThe county will close 14 libraries. The council" RSQ "s cabinet member for "
                       "communities, Gareth Pryce, said the decision had been hard.");
    tu_check_actor(d, "had been hard", "Pryce");
}

static void a_given_name_with_an_accent_and_a_time_ago(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Ward\n\nKVITNES, Norway \xE2\x80\x94 At six the shift ends, and S\xC3\xB8ren Aasland is already "
                       "waiting with coffee. Eleven years ago the 54-year-old was pulled from a drift. " LQ "I would "
                       "be in the churchyard," RQ " he says. S\xC3\xB8ren missed the march: he was working "
                       "underground. " LQ "My wife marched for both of us," RQ " S\xC3\xB8ren says.");
    tu_check_actor(d, "pulled from a drift", NULL);
    tu_check_actor(d, "churchyard", "Aasland");
    tu_check_actor(d, "both of us", "Aasland");
}

static void she_in_a_clause_is_the_person_the_sentence_opens_with(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Ward\n\nMayor Ingrid Solheim wants the ward kept. The trust's director, Kari Vik, "
                       "said it was unsafe. Solheim wants a smaller night service that she says would cost less.");
    tu_check_actor(d, "cost less", "Solheim");
}

static void hyphenated_roles_and_a_name_with_its_place(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Milk\n\nThe union chair, Piotr Wierzbicki, spoke in Tarvel. Wierzbicki and the union's "
                       "vice-chair, Dagny Ruud, said farmers would not call off the action. Her fellow co-chair, "
                       "Pieter Olthof of Valmark, said he was cautiously optimistic.");
    tu_check_actor(d, "call off the action", "Wierzbicki|Ruud");
    tu_check_actor(d, "cautiously optimistic", "Olthof");
}

static void far_from_persuaded_and_less_interested(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Milk\n\nThe chain cut its milk price again. The Central Dairy Cooperative (CDC) said the cut "
                       "was unfair. The CDC is far from persuaded. Farmers along the river are less interested in "
                       "who wins the argument. The ministry is just as firm.");
    tu_check_actor(d, "far from persuaded", "CDC");
    tu_check_actor(d, "less interested", "farmers");
}

static void two_groups_joined_by_and(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Cull\n\nThe park plans to shoot 4,000 deer. Herders and cattle traders in Mukwe district "
                       "said the closure was hurting them. Camp leaders and aid workers say they have been given no "
                       "details. Farmers and village mayors around the park back the cull, saying the deer ruin "
                       "crops. Mountain guides and ski instructors, who would be exempt, had backed the plan, saying "
                       "it was fair.");
    tu_check_actor(d, "was hurting", "herders|cattle traders");
    tu_check_actor(d, "no details", "camp leaders|aid workers");
    tu_check_actor(d, "ruin crops", "farmers|village mayors");
    tu_check_actor(d, "was fair", "mountain guides|ski instructors");
}

static void one_of_them_before_a_colon(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Apples\n\nGrowers in Marvosia think the fungicide is a pretext. Meanwhile, the growers of the "
                       "Sava valley are pressing apples they cannot sell into juice. As one of them put it: " LQ
                       "Apples do not wait for diplomats." RQ " Officials in Solvany declined to comment. One of "
                       "them, a furnace operator in his fifties, was blunt: " LQ "Every report costs us sleep." RQ);
    tu_check_actor(d, "do not wait", "growers");
    tu_check_actor(d, "costs us sleep", "officials in Solvany");
}

static void state_possessive_before_authority(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Imports\n\nTamaru suspended imports of Kelvan pineapples on Monday. Tamaru's Plant Protection "
                       "Service said the cargoes carried live mealybugs. Officials in Tamaru declined to say more. "
                       "Saravan's Road Safety Authority said the carmaker knew of the fault.");
    tu_check_actor(d, "live mealybugs", "Tamaru Plant Protection Service");
    tu_check_actor(d, "knew of the fault", "Saravan Road Safety Authority");
}

static void conclusion_regards_and_plural_possessive(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Deer\n\nMarta Valls, the park's chief ecologist, said the cull was needed. Her conclusion: " LQ
                       "It is the cull or the forest." RQ " In Valls' words, the groups fighting the plan are "
                       "arguing with arithmetic. Port Ardel, Marvosia's capital, said nothing. Port Ardel regards "
                       "that condition as an affront to its sovereignty.");
    tu_check_actor(d, "cull or the forest", "Valls");
    tu_check_actor(d, "arguing with arithmetic", "Valls");
    tu_check_actor(d, "an affront", "Marvosia");
}

static void party_named_before_lower_case_party(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Dam\n\nIn Ruzhin, the opposition Green Left party accused the government of rushing the dam "
                       "into service. The opposition United Reform Party said the secrecy was unacceptable.");
    tu_check_actor(d, "rushing the dam", "Green Left");
    tu_check_actor(d, "secrecy", "United Reform Party");
}

static void views_past_a_long_apposition_and_of_some_of_a_group(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Quotas\n\nBRENNVIK - Norvalla and its neighbour opened talks on Monday on the cable's "
                       "winter exports. Fjordal, the aluminium smelter that is Norvalla's largest power consumer, wants "
                       "exports capped during the winter. Many Valdorian farmers, who have had to sell grain at fixed "
                       "prices since February, want the ban lifted now. Some traders want the ban kept. Bond investors "
                       "see the reform as a test of the government's credibility. The National Magistrates' Union sees "
                       "it very differently.");
    tu_check_actor(d, "exports capped", "Fjordal");
    tu_check_actor(d, "lifted now", "Valdorian farmers");
    tu_check_actor(d, "ban kept", "traders");
    tu_check_actor(d, "test of the", "bond investors");
    tu_check_actor(d, "very differently", "National Magistrates Union");
}

static void informants_behind_a_partys_position_and_a_legal_form(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Sale\n\nHALLIN - Vestria sees the sale as a way of showing its creditors that it is serious, "
                       "according to two officials at the finance ministry. The sale, one of them said, " LQ "was not our "
                       "first choice." RQ " Ilgaz Nitrogen AS said a new cap would force it to cut shipments.");
    tu_check_actor(d, "showing its creditors", "Vestria");
    tu_check_actor(d, "first choice", "officials at the finance ministry");
    tu_check_actor(d, "cut shipments", "Ilgaz Nitrogen AS");
}

static void a_state_minister_introduced_after_the_name(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Talks\n\nKondara" RSQ "s fisheries minister, Joyce Nabwire, opened the meeting. Patrick Byaruhanga, "
                       "Tamboria" RSQ "s minister of state for fisheries, said a cut was too much. The Kondaran minister said "
                       "her government would double its lake patrols.");
    tu_check_actor(d, "lake patrols", "Nabwire");
    st_doc *d2 = tu_doc("Mackerel\n\n" LQ "The science is clear," RQ " said Ingvild Sorbo, Norway" RSQ "s minister of fisheries. The "
               "Norwegian minister said after the talks that she would not cut the quota.");
    tu_check_actor(d2, "cut the quota", "Sorbo");
}

static void a_headline_ending_in_its_source_unpunctuated(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Selvana must pay for border fire says Tanjung Peri chief minister\n\nPEKAN RIMAU - Tanjung Peri "
                       "Chief Minister Vincent Lau on Wednesday demanded that Selvana compensate farmers. Lau said the "
                       "fire had started on plantation land.");
    tu_check_actor(d, "must pay", "Lau");
    st_doc *d2 = tu_doc("Manthara ready to pay for reburial of flooded graves say diplomats\n\nPELANG - Manthara has "
                        "offered to pay for the reburial, two diplomats said.");
    tu_check_actor(d2, "ready to pay", "diplomats");
}

static void views_held_by_two_and_a_partys_vote(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Medicines\n\nAna Radic, who heads the Ostrevian Diabetes Union, spoke first. Radic and the "
                       "Ostrevian Pharmacists" RSQ " Chamber both want the ministry to keep an emergency stock. Tomas Peric, "
                       "an economist at Ilkara University, spoke next. Luka Dordevic, a former deputy governor, "
                       "followed. Both Peric and Dordevic see wage growth, not energy "
                       "prices, as the deciding factor.");
    tu_check_actor(d, "emergency stock", "Radic|Ostrevian Pharmacists Chamber");
    tu_check_actor(d, "deciding factor", "Peric|Dordevic");
    st_doc *d2 = tu_doc("Vote\n\nParliament passed the amendment on Thursday. The conservative Civic Union, the largest "
                        "opposition party, voted against the amendment. The Free Voters and the Left Party both voted "
                        "against the renewal in committee. The Civic Union party wants a delay.");
    tu_check_actor(d2, "largest opposition", "Civic Union");
    tu_check_actor(d2, "in committee", "Free Voters|Left Party");
    tu_check_actor(d2, "wants a delay", "Civic Union");
}

static void a_count_or_a_gerund_is_no_person_and_a_scene_names_one(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Losing our post office would cut us off\n\nIt is nine on a wet morning when Jelena Maric pushes "
                       "open the door of the shop. " LQ "If this goes, I do not know what I would do," RQ " she says.");
    tu_check_actor(d, "what I would do", "Maric");
    st_doc *d2 = tu_doc("Closures\n\nNineteen rural branches have closed since 2019, according to figures compiled by "
                        "the Rural Scotland Alliance. " LQ "I will be here next week," RQ " she says.");
    tu_check_actor(d2, "here next week", NULL);
}

static void a_body_past_its_bracketed_initials_and_an_ongoing_demand(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Orchestra pay\n\nThe Vestmark Musicians" RSQ " Union, which represents the orchestra" RSQ "s 96 "
                       "players, is seeking a 14% raise over two years. The Lusavian Orchestral Players" RSQ " Association "
                       "(LOPA), which represents 84 of the orchestra" RSQ "s 90 musicians, wants 15 per cent. LOPA said the "
                       "board had not replied. LOPA will meet the board on Monday.");
    tu_check_actor(d, "14% raise", "Vestmark Musicians Union");
    tu_check_actor(d, "15 per cent", "LOPA");
}

static void a_family_name_ending_in_ing_is_a_person(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Budget row\n\nMinister Anna Jones spoke first. Fleming shakes her head. " LQ "It is over,"
                       RQ " she said.");
    tu_check_actor(d, "It is over", "Fleming");
}

/* A counted group and the apposition that names its members: the members share the view (R10,
 * R32), bodies under their whole names, people by family name, also before a dash or with one
 * member before the group. */
static void a_counted_group_names_its_members(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Two anti-corruption groups, Open Ledger Ardesh and the Citizens' Budget Forum, said the case "
                       "showed the need for a law.");
    tu_check_actor(d, "need for a law", "Open Ledger Ardesh|Citizens Budget Forum");
    d = tu_doc("Dravtel's two biggest private shareholders, the pension funds Stabilis and Aurum Penzije, said they "
               "would study the offer.");
    tu_check_actor(d, "study the offer", "Stabilis|Aurum Penzije");
    d = tu_doc("Two of them, Naoko Ibe and Daisuke Morimoto, said in a joint statement that it was wrong.");
    tu_check_actor(d, "joint statement", "Ibe|Morimoto");
    d = tu_doc("Three of the largest platforms operating in Sarnovia \xE2\x80\x94 Chatterly, Viewport and Loopa "
               "\xE2\x80\x94 said they would fight the ban.");
    tu_check_actor(d, "fight the ban", "Chatterly|Viewport|Loopa");
    d = tu_doc("Tembo Relief and two other charities, Lifeline Corps and Green Crescent Aid, said the camps were "
               "full.");
    tu_check_actor(d, "camps were full", "Tembo Relief|Lifeline Corps|Green Crescent Aid");
    /* members first, the count after; a view without a verb of saying */
    d = tu_doc("Banco Austral and Caixa do Norte, Meirinho's two largest creditors, want the tram contract sold.");
    tu_check_actor(d, "tram contract", "Banco Austral|Caixa do Norte");
    d = tu_doc("The two biggest clubs, Real Puerto and Atletico Sierra, think they would do better alone.");
    tu_check_actor(d, "do better alone", "Real Puerto|Atletico Sierra");
    /* not a count of sources: a place, an uncounted group, two "and"s */
    d = tu_doc("Two opposition parties in Bhavara, the National Front and the Peasants and Workers League, said "
               "they would oppose it.");
    tu_check_actor(d, "oppose it", "Bhavara");
    d = tu_doc("Officials in Velmar and Dorna, the border province, said an accident could force an evacuation.");
    tu_check_actor(d, "force an evacuation", "officials in Velmar");
    /* a relative clause that counts is no apposition of members */
    d = tu_doc("Cllr Aled Roberts and Cllr Priya Mistry, who lead the council's two opposition groups, said the "
               "mayor had found the money.");
    tu_check_actor(d, "found the money", "Roberts|Mistry");
}

/* A coordinated subject whose second source is described before it is named ("a former colleague,
 * Bente Lie,"): both hold the view, a body under its whole name when the description is a body's,
 * also when no other rule found a source, and not the place in the description. */
static void a_source_described_before_its_name_in_a_joined_subject(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Ardal and a former colleague, Bente Lie, both said they had written to the fund.");
    tu_check_actor(d, "written to the fund", "Ardal|Lie");
    d = tu_doc("Sudiro and the head of the neighboring village of Tanjung Asri, Yohanes Taka, said on Wednesday "
               "they would not reopen talks.");
    tu_check_actor(d, "reopen talks", "Sudiro|Taka");
    d = tu_doc("The SPF and its ally, the Left Democratic Alliance, said they would boycott the swearing-in.");
    tu_check_actor(d, "boycott", "SPF|Left Democratic Alliance");
    d = tu_doc("The Sungai Tebu Taxi Operators' Association and the city's largest taxi firm, Bintang Cab, both "
               "welcomed the plan.");
    tu_check_actor(d, "welcomed the plan", "Sungai Tebu Taxi Operators Association|Bintang Cab");
    /* a description alone names no second source */
    d = tu_doc("Ardal, a former colleague of the director, said she had written to the fund.");
    tu_check_actor(d, "written to the fund", "Ardal");
}

/* R8 for documents: a poll's figures are the pollster's, whatever verb reports them; a body's own
 * figures are its, unless the main clause reports a party's position; "its report" is the
 * subject's possessor's; a name before "figures" is a body's. */
static void a_document_and_who_issued_it(void **state)
{
    (void)state;
    st_doc *d = tu_doc("According to a poll published on Saturday by the daily Marivo Herald, 58 percent of Castrelis "
                       "support the strike.");
    tu_check_actor(d, "support the strike", "Marivo Herald");
    d = tu_doc("Some 47% of Lorvenians oppose the fees, according to a survey by the pollster Opinia published on "
               "Friday.");
    tu_check_actor(d, "oppose the fees", "Opinia");
    d = tu_doc("According to a poll published by the daily El Correo de Almenara, 58% of members back the plan.");
    tu_check_actor(d, "back the plan", "El Correo de Almenara");
    d = tu_doc("The Council for Electronic Media renewed two licences. According to the council's own figures, "
               "Orbita reaches about 1.1 million viewers a week.");
    tu_check_actor(d, "million viewers", "Council for Electronic Media");
    d = tu_doc("The Public Employees Pension Fund met on Monday. The fund's property portfolio was valued at 7.1 "
               "billion euros in June, according to its half-year report.");
    tu_check_actor(d, "half-year report", "Public Employees Pension Fund");
    d = tu_doc("The conflict has killed more than 11,000 people, according to United Nations figures.");
    tu_check_actor(d, "11,000 people", "United Nations");
    /* a party's position stays the party's (R8) */
    d = tu_doc("The Council for Electronic Media renewed two licences. According to the council's own figures, "
               "Orbita wants a longer licence.");
    tu_check_actor(d, "longer licence", "Orbita");
}

/* An act of protest takes a side (R27, R37): who marches, rallies, holds a vigil, calls a protest,
 * signs a petition or an open letter or files a lawsuit holds a view, a counted crowd under its
 * group's name; not a petition that gathers signatures, nor a crowd that only lives somewhere. */
static void an_act_of_protest_takes_a_side(void **state)
{
    (void)state;
    st_doc *d = tu_doc("The price was cut in June. Farmers marched through Abengo, the capital, in August to demand "
                       "a review of the price.");
    tu_check_actor(d, "review of the price", "farmers");
    d = tu_doc("The plan was approved in May. More than 2,000 residents marched through the town centre on Saturday "
               "in protest at the plan.");
    tu_check_actor(d, "town centre", "residents");
    d = tu_doc("The ban took effect in May. Several thousand shopkeepers marched through the capital on Saturday in "
               "protest at a ban.");
    tu_check_actor(d, "in protest at a ban", "shopkeepers");
    d = tu_doc("The court ruled in March. Cooperative members have held nightly vigils at the main gate since the "
               "ruling.");
    tu_check_actor(d, "nightly vigils", "cooperative members");
    d = tu_doc("The Kellmouth Inshore Fishers Association met on Monday. The association has gathered 3,100 signatures "
               "on a petition calling for the plant to be moved.");
    tu_check_actor(d, "3,100 signatures", "Kellmouth Inshore Fishers Association");
    d = tu_doc("The crew was detained in May. Marit Holm has started a petition calling for the talks to be "
               "suspended.");
    tu_check_actor(d, "started a petition", "Holm");
    /* not acts of protest */
    d = tu_doc("Marit Holm has started a petition. It had gathered about 6,400 signatures by Tuesday evening.");
    tu_check_actor(d, "6,400 signatures", NULL);
    d = tu_doc("The quarry opened in 1990. More than 2,000 residents live in the valley below the quarry.");
    tu_check_actor(d, "live in the valley", NULL);
    d = tu_doc("The stores opened in May. Several thousand shopkeepers want a ban on the new stores.");
    tu_check_actor(d, "ban on the new stores", NULL);
    d = tu_doc("The strike began in May. The minister appealed to residents to call off the strike.");
    tu_check_actor(d, "call off the strike", NULL);
}

/* A view held in the perfect ("has been more guarded") or shared ("Teachers share his fear",
 * "does not share her arithmetic") is a stated position; sharing a thing is not. */
static void a_view_held_in_the_perfect_or_shared(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Talks stall. Serdania and Velland met in Karovo, the Serdanian capital, on Monday. Velland "
                       "was upbeat. Karovo has been more guarded.");
    tu_check_actor(d, "more guarded", "Serdania");
    d = tu_doc("Talks stall. Okafor has been more guarded.");
    tu_check_actor(d, "more guarded", "Okafor");
    d = tu_doc("Talks stall. Okafor fears the schools will close. Teachers share his fear.");
    tu_check_actor(d, "share his fear", "Teachers");
    d = tu_doc("Talks stall. Okafor has been in office since 2019.");
    tu_check_actor(d, "in office", NULL);
    d = tu_doc("Talks stall. Serdania and Velland share the river.");
    tu_check_actor(d, "share the river", NULL);
}

/* Names of bodies and people: "the Association of Retired Civil Servants" is a body under its
 * whole name, "the Turkish-owned BlueLine Cargo" is BlueLine Cargo, and the councillor's titles
 * "Cr" and "Coun." are stripped, "Coun." ending no sentence. */
static void names_of_bodies_and_councillors(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Pensions row. The Association of Retired Civil Servants said the minister had not answered.");
    tu_check_actor(d, "not answered", "Association of Retired Civil Servants");
    d = tu_doc("Cargo row. The Turkish-owned BlueLine Cargo said it would move its night operations.");
    tu_check_actor(d, "night operations", "BlueLine Cargo");
    d = tu_doc("Curfew row. Cr Mancini said the council would consider an exemption.");
    tu_check_actor(d, "exemption", "Mancini");
    d = tu_doc("Plaza row. Coun. Errol Baptiste said he could not support the demolition.");
    tu_check_actor(d, "support the demolition", "Baptiste");
    /* a company described, not named, keeps its description */
    d = tu_doc("Shop closures. The family-owned company said the branches had become unviable.");
    tu_check_actor(d, "unviable", "family-owned company");
}

/* A possessor's view named as the object of another's verb is not the sentence's view: "rejected
 * Holmgaard's account" is no view of Holmgaard's; the subject's when it is found. */
static void a_possessive_after_a_verb_is_the_object(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Blackout row. Holmgaard blamed the plant. The plant's owner, Ostkraft, rejected Holmgaard's "
                       "account.");
    const st_sentence *s = tu_find(d, "rejected");
    assert_true(s->actor == NULL || strcmp(s->actor, "Holmgaard") != 0);
    d = tu_doc("Blackout row. Holmgaard blamed the plant. Ostkraft rejected Holmgaard's account.");
    tu_check_actor(d, "rejected", "Ostkraft");
    d = tu_doc("Blackout row. Okafor's concerns are shared by many.");
    tu_check_actor(d, "shared by many", "Okafor");
}

/* A source left unnamed on purpose: the relative clause that says why ("who asked not to be
 * named") stands between the source and its verb, and the source is still the person or group,
 * never the body one of them works for. */
static void an_unnamed_source_who_asked_not_to_be_named(void **state)
{
    (void)state;
    st_doc *d = tu_doc("League row. Senior officials who asked not to be named said two other clubs were under review.");
    tu_check_actor(d, "under review", "senior officials");
    d = tu_doc("Remains row. The talks resumed. \"We are at the stage of commas,\" a senior Dravian official who "
               "asked not to be named told AFP.");
    tu_check_actor(d, "commas", "senior Dravian official");
    d = tu_doc("Aid row. The convoy waited. A senior official with a United Nations agency who asked not to be "
               "named because he was not authorised to speak said the road was closed.");
    const st_sentence *s = tu_find(d, "road was closed");
    assert_true(s->actor == NULL || strcmp(s->actor, "United Nations agency") != 0);
}

/* A group opening a sentence is a group, not a person called "Hoteliers": it speaks past a
 * placing "there", and it takes no earlier source's name. */
static void a_group_opening_a_sentence_is_no_person(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Snow row. The lifts closed on Monday. Hoteliers there said bookings were down.");
    tu_check_actor(d, "bookings", "hoteliers");
    d = tu_doc("Remains row. The talks resumed. \"We are close,\" a senior Dravian official told AFP. Fishermen fear "
               "the worst.");
    tu_check_actor(d, "We are close", "senior Dravian official");
    tu_check_actor(d, "worst", "fishermen");
}

/* "The company says" for a company the article only ever names bare ("Nimbara argues"), never
 * for a person named with a given name; "the ruling said" for the court that issued it. */
static void the_company_and_the_ruling(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Water row. Nimbara argues that the headline number is misleading. The company says its "
                       "cooling recycles most of the water.");
    tu_check_actor(d, "cooling recycles", "Nimbara");
    d = tu_doc("Water row. Ines Holm argues that the headline number is misleading. The company says its cooling "
               "recycles most of the water.");
    const st_sentence *s = tu_find(d, "cooling recycles");
    assert_true(s->actor == NULL || strcmp(s->actor, "Holm") != 0);
    d = tu_doc("Mine row. In its ruling, the Southern Environmental Tribunal said the permit was void. \"The right "
               "to be heard is not a formality,\" the ruling said.");
    tu_check_actor(d, "not a formality", "Southern Environmental Tribunal");
}

/* A speaker after a quote, described before being named: "the Aksel Pioneer's second officer,
 * Jun Villanueva, said" is Villanueva though "second officer" is no title the lexicon knows. */
static void a_described_speaker_after_a_quote(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Crew stranded. The ship is in port. \"If we go home, we lose everything,\" the Aksel "
                       "Pioneer's second officer, Jun Villanueva, said in an interview.");
    tu_check_actor(d, "lose everything", "Villanueva");
    d = tu_doc("Crew stranded. The ship is in port. \"We stay,\" its second officer, Jun Villanueva, said.");
    tu_check_actor(d, "We stay", "Villanueva");
}


/* Groups that share a view: "Fishermen and the mayor alike say", "Farmers share his fear",
 * "Younger farmers tend to share his view". */
static void groups_sharing_a_view(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Cable row. Mayor Soren Kjeldsen backed the route. Fishermen and the mayor alike say the "
                       "developer spoke to them too late.");
    tu_check_actor(d, "too late", "fishermen|Kjeldsen");
    d = tu_doc("Merger vote. Furlong backs the merger. Farmers share his fear.");
    tu_check_actor(d, "share his fear", "farmers");
    d = tu_doc("Merger vote. Furlong backs the merger. Younger farmers tend to share his view.");
    tu_check_actor(d, "tend to share", "younger farmers");
    d = tu_doc("Merger vote. Furlong backs the merger. Farmers share the road with lorries.");
    tu_check_actor(d, "lorries", NULL);
}

/* The agent of a verb of judging in the passive holds the view: "The allegation was denied by
 * the registrar", "That offer was dismissed by the SWG"; a step still to come ("must be endorsed
 * by each cabinet") holds none, and those who "were told" something are not its source. */
static void the_agent_of_a_judging_verb_in_the_passive(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Vote row. The ballot closed on Monday. The allegation was denied by the registrar, Mohan Patil.");
    tu_check_actor(d, "allegation", "Patil");
    d = tu_doc("Pay row. The offer came on Friday. That offer was dismissed by the SWG as a fig leaf.");
    tu_check_actor(d, "fig leaf", "SWG");
    d = tu_doc("Treaty row. The text was agreed. The declaration must now be endorsed by each country's cabinet.");
    tu_check_actor(d, "endorsed", NULL);
    d = tu_doc("Pay row. The offer came on Friday. Workers were told by managers to expect cuts.");
    const st_sentence *s = tu_find(d, "expect cuts");
    assert_true(s->actor == NULL || strcmp(s->actor, "workers") != 0); /* whoever told them, not they */
}

/* "To Ms Ni Mhurchu, the merger means ...": the one it means something to holds the view, as
 * with "For Solberg, the real question is ..."; "To date," names no one. */
static void to_someone_the_thing_means(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Merger vote. Aine Ni Mhurchu farms near Bunclody. To Ms Ni Mhurchu, the merger means a milk "
                       "price set by a board far away.");
    tu_check_actor(d, "milk price", "Ni Mhurchu");
    d = tu_doc("Merger vote. The ballot closes on Friday. To date, 400 farmers have voted.");
    tu_check_actor(d, "have voted", NULL);
}

/* A view one "has" or "holds": "Alvaro Pires has a simpler view", not "has a view of the
 * harbour". */
static void a_view_one_has(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Beach row. The cable lands in May. Alvaro Pires has a simpler view.");
    tu_check_actor(d, "simpler view", "Pires");
    d = tu_doc("Beach row. The cable lands in May. Alvaro Pires has a view of the harbour from his kitchen.");
    tu_check_actor(d, "harbour", NULL);
}

/* "the union" for a body of workers whose name says so by kin: the Filipino Seafarers'
 * Alliance, United Road Transport Workers. */
static void the_union_by_kin(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Crew stranded. The Filipino Seafarers' Alliance (FSA) said on Thursday that the owner owes "
                       "the crew four months' pay. The owner says a sale is close. The union is sceptical.");
    tu_check_actor(d, "sceptical", "Filipino Seafarers Alliance");
    d = tu_doc("Bus strike. The walkout was backed in a ballot of members of United Road Transport Workers (URTW). The "
               "union wants a second member of staff on late buses.");
    tu_check_actor(d, "second member", "United Road Transport Workers");
}

/* Limits of the passive agent and of a described speaker: an agent inside a relative clause
 * ("Nike, whose products are endorsed by Tiger Woods, said") or a court dismissing a claim holds
 * no view of the sentence; a titled agent is the person ("welcomed by Conservative shadow
 * pensions secretary David Willetts"); "The book, Brown's Britain, said" is no state's view. */
static void limits_of_the_agent_and_the_described_speaker(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Nike results. Orders rose. Nike, whose products are endorsed by Tiger Woods among other "
                       "stars, said demand continues to grow.");
    tu_check_actor(d, "demand continues", "Nike");
    d = tu_doc("Yukos case. The case opened in Houston. The company's effort to gain protection was dismissed by a "
               "court in Houston.");
    tu_check_actor(d, "dismissed by a court", NULL);
    d = tu_doc("Pensions row. The report came out on Monday. The report was welcomed by Conservative shadow pensions "
               "secretary David Willetts.");
    tu_check_actor(d, "welcomed", "Willetts");
    d = tu_doc("Brown book. The book came out on Monday. The book, Brown's Britain, said Tony Blair felt he had lost "
               "voters' trust.");
    const st_sentence *s = tu_find(d, "lost voters");
    assert_true(s->actor == NULL || strcmp(s->actor, "Britain") != 0);
}

/* A colon after a clause whose subject is named in an apposition past a description ("the
 * economist Meera Thangavel"), or after an opening phrase with commas of its own ("In Gornje
 * Selo, a hamlet ..., the headteacher, Aylin Celik, was blunt:"). */
static void colon_after_a_described_or_placed_subject(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Tea pay report. The institute surveyed 2,400 households. The report's lead author, the "
                       "economist Meera Thangavel, had a blunt answer for the growers: \"Labour costs have risen "
                       "slowly.\"");
    tu_check_actor(d, "blunt answer", "Thangavel");
    d = tu_doc("Rugby cap breach. The club admitted the breach. Ardani's coach, the Argentine Ramiro Penaloza, struck "
               "a different tone: \"I understand the anger.\"");
    tu_check_actor(d, "different tone", "Penaloza");
    d = tu_doc("Satellite row. The regulator refused the licence. In Gornje Selo, a hamlet of 200 people whose school "
               "shares one router, the headteacher, Aylin Celik, was blunt: \"Our children sit in the car park.\"");
    tu_check_actor(d, "was blunt", "Celik");
}

/* "Her office said", "His spokesman said" opening a clause: the person the office speaks for
 * (R23a), not a body called "office"; "a charge her office denies" is no clause of hers. */
static void her_office_speaks_for_her(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Police merger. Justice Minister Liv Aasgaard backs the merger. Her office said a final "
                       "decision would follow a consultation.");
    tu_check_actor(d, "final decision", "Aasgaard");
    d = tu_doc("Donor row. Duncan Bannatyne gave money last year. His spokesman said it was unlikely he would give "
               "more.");
    tu_check_actor(d, "unlikely", "Bannatyne");
    d = tu_doc("Plot row. Mayor Ana Dordevic signed the lease. The Civic Bloc suspects the mayor of clearing the plot "
               "for a hotel, a charge her office denies.");
    const st_sentence *s = tu_find(d, "charge her office");
    assert_true(s->actor == NULL || strcmp(s->actor, "Dordevic") != 0);
}

/* "The Marelian delegation said" is the state whose demonym it is; "Analysts at Kaisei
 * Securities in Tokyo said" are the firm's, and the capital only places them (R23a); "Officials in
 * Tokyo" keep their place (R23b). */
static void a_delegation_by_demonym_and_analysts_at_a_firm_in_a_capital(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Gas field talks. Two days of talks between Marelia and Dravonia ended on Tuesday. The Marelian delegation said the split should "
                       "follow the median line.");
    tu_check_actor(d, "median line", "Marelia");
    d = tu_doc("Levy hits smelters. The levy starts in May. Analysts at Kaisei Securities in Tokyo said most smelters "
               "could halve their bill.");
    tu_check_actor(d, "halve", "Kaisei Securities");
    d = tu_doc("Levy hits smelters. The levy starts in May. Officials in Tokyo said the levy was unfair.");
    tu_check_actor(d, "unfair", "officials in Tokyo");
}

/* A speaker after the quote described by a role with modifiers ("said dairy farmer Sylvie
 * Roussel", "said retired teacher Anna Berg") or with the firm after the name ("said retail
 * analyst Nick Bubb of Evolution Securities") is the person, by family name. */
static void said_a_described_person_after_the_quote(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Mast row. The operator wants a mast. \"My cows wear collars,\" said dairy farmer Sylvie "
                       "Roussel. \"It is a bell tower,\" said retired teacher Anna Berg.");
    tu_check_actor(d, "cows", "Roussel");
    tu_check_actor(d, "bell tower", "Berg");
    d = tu_doc("Retail sales. Sales fell. \"Laura Ashley is a husk,\" said retail analyst Nick Bubb of Evolution "
               "Securities.");
    tu_check_actor(d, "husk", "Bubb");
}

/* A subject named in an apposition whose age or a lower-case role comes first: "Aksel Varg, 78,
 * who lost two fingers in the war, said", "The labour minister, Anura Pathirage, has offered to
 * mediate". */
static void apposition_past_an_age_or_a_described_role(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Anthem row. Veterans oppose the change. Its president, Aksel Varg, 78, who lost two fingers "
                       "in the war, said he would hand his medal back.");
    tu_check_actor(d, "medal", "Varg");
    d = tu_doc("Tea strike. Pickers walked out on Monday. The labour minister, Anura Pathirage, has offered to "
               "mediate, but told parliament that the government would not set wages.");
    tu_check_actor(d, "mediate", "Pathirage");
}

/* "the vicar said", "the nurse said": the person an earlier sentence described with that noun,
 * as "The vicar, the Rev Alison Pryce," or "Marta Sousa, a 34-year-old nurse,"; never a
 * document ("The book, Brown's Britain,") or a body's description ("a collective of students"). */
static void a_role_noun_from_a_described_introduction(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Mast row. The vicar, the Rev Alison Pryce, said the rent would help. The operator wants "
                       "a mast. \"It is a bell tower,\" the vicar said, \"not a battleground.\"");
    tu_check_actor(d, "bell tower", "Pryce");
    d = tu_doc("Concert crush. One of them, Marta Sousa, a 34-year-old nurse, had driven 400km. \"I want to "
               "know whether I was in danger,\" the nurse said.");
    tu_check_actor(d, "in danger", "Sousa");
    d = tu_doc("Fare rise. Passe Livre Ja, a collective of students, organised the march. The collective argues "
               "that fares are too high.");
    const st_sentence *s = tu_find(d, "fares are too high");
    assert_true(s->actor == NULL || strcmp(s->actor, "Ja") != 0);
}

/* A verb with its particle that takes a side is a stated position of the subject: "went
 * further", "brushed both warnings aside", "has turned down interview requests", "stopped short
 * of"; a regulator's "turned down the application" is its decision (R5). */
static void a_phrasal_verb_that_takes_a_side(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Cobalt ban. Mines Minister Joseph Mbuyamba defended the ban. Mbuyamba brushed both warnings "
                       "aside. Opposition leader Nikola Dordevic, a former judge, went further.");
    tu_check_actor(d, "warnings aside", "Mbuyamba");
    tu_check_actor(d, "went further", "Dordevic");
    d = tu_doc("Anthem row. Culture Minister Ingrid Solheim proposed the change. Ms Solheim has turned down "
               "interview requests since the decision.");
    tu_check_actor(d, "interview requests", "Solheim");
    d = tu_doc("Licence refused. The Coravian Telecommunications Authority, known as CTA, turned down the "
               "application on Monday.");
    tu_check_actor(d, "application", NULL);
}

/* "The 58-year-old said" is the person the article gave that age ("Dr Emre Cakir, 58,"), else
 * the one person named last: never a group ("analysts") nor a thing measured ("Shares in
 * Farmalux rose"). */
static void an_age_description_is_the_person_of_that_age(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Pharmacists row. Dr Emre Cakir, 58, leads the association. Ayse Korkmaz, 44, backs the plan. "
                       "Analysts said the plan was sound. The 58-year-old said the board would decide on a strike.");
    tu_check_actor(d, "decide on a strike", "Cakir");
    d = tu_doc("Pharmacists row. Dr Emre Cakir leads the association. Analysts said the plan was sound. Shares in "
               "Farmalux rose 4.2% on Tuesday. The 58-year-old said the board would decide on a strike.");
    tu_check_actor(d, "decide on a strike", "Cakir");
}

static void letters_after_a_name_and_a_judge_called_justice(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Recount ordered. Ms Justice Orla Cassidy said the count was flawed. The justice minister, Paul Byrne, "
                       "said the law was clear. Ronan Hartigan SC, counsel for the applicant, told the court there was no "
                       "fraud. Her counsel, Gemma Lowry BL, argued that the petition was late. Jane Whitfield MP said "
                       "she would ask a question. The judge rejected that argument.");
    tu_check_actor(d, "no fraud", "Hartigan");
    tu_check_actor(d, "petition was late", "Lowry");
    tu_check_actor(d, "ask a question", "Whitfield");
    tu_check_actor(d, "rejected that argument", "Cassidy");
}

static void a_western_given_name_before_a_chinese_name(void **state)
{
    (void)state;
    st_doc *d = tu_doc("School streets. Vivian Leung Wing-sze, whose daughters attend a school on Somerset Road, said she "
                       "drove them. Choi Seo-yeon said the trial was overdue. Anne-Marie Dubois said it was fine.");
    tu_check_actor(d, "drove them", "Leung");
    tu_check_actor(d, "overdue", "Choi");
    tu_check_actor(d, "was fine", "Dubois");
}

static void a_stated_position_around_quoted_words(void **state)
{
    (void)state;
    st_doc *d = tu_doc("School streets trial. Ho Ka-wai said the scheme was a small step. Catherine Yuen, principal of Lok "
                       "Yan Primary School, was more enthusiastic, calling the trial \u201clong overdue\u201d. Planning "
                       "Minister Julio De Vido has offered state help but not for \u201cfree\u201d.");
    tu_check_actor(d, "more enthusiastic", "Yuen");
    tu_check_actor(d, "state help", "De Vido");
}

static void fishermen_are_a_group_not_one_person_named_later(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Spring runs dry. The spring has fed the baths since Roman times. Hoteliers and publicans fear the "
                       "festival will not survive a second dry season. Fishermen fear the ban will finish off a trade. "
                       "Hoteliers fear the festival will not survive.");
    tu_check_actor(d, "finish off a trade", "fishermen");
}

static void parents_of_a_group_stop_before_the_verb(void **state)
{
    (void)state;
    st_doc *d = tu_doc("School plan. Parents of the pupils said the plan was unfair.");
    tu_check_actor(d, "plan was unfair", "parents of the pupils");
}

static void a_participle_after_a_dateline_is_the_subjects(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Diocese to close rural churches\n\nSASKATOON — The Diocese of Pembrook Falls will close 11 of its "
                       "rural parish churches by the end of next year, it said in a statement Tuesday, blaming falling "
                       "attendance. The diocese said the closures would save money.\n\nSAN LUCIO, June 4 — Shares in "
                       "Aeromontaro fell as much as 11% on Wednesday after pilots voted to strike, threatening flights.");
    tu_check_actor(d, "blaming falling", "Diocese of Pembrook Falls");
    tu_check_actor(d, "save money", "Diocese of Pembrook Falls");
    tu_check_actor(d, "threatening flights", NULL);
}

static void one_unnamed_person_by_what_they_are(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Pandas to leave zoo\n\n“They’re the reason we come,” said one mother, who had driven three "
                       "hours. A zookeeper told reporters the animals had been bargained away. Another shepherd said "
                       "the fence was useless. The statement said the zoo would close.");
    tu_check_actor(d, "reason we come", "mother");
    tu_check_actor(d, "bargained away", "zookeeper");
    tu_check_actor(d, "fence was useless", "shepherd");
}

static void a_body_keeps_the_state_before_it(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Border row deepens\n\nLundmark’s foreign ministry declined to comment on the note. The Kavundan "
                       "foreign ministry said its rangers had no mandate. Inflation slowed, according to Paracuá’s "
                       "Central Bank. Korvania’s Audiovisual Council wrote that the plan may breach the law. President "
                       "Mateus Rocha won the runoff. Rocha's Social Democratic Alliance welcomed the ruling. The "
                       "People's Union sees it differently.");
    tu_check_actor(d, "declined to comment", "Lundmark foreign ministry");
    tu_check_actor(d, "no mandate", "Kavundan foreign ministry");
    tu_check_actor(d, "Inflation slowed", "Paracua Central Bank");
    tu_check_actor(d, "may breach", "Korvania Audiovisual Council");
    tu_check_actor(d, "welcomed the ruling", "Social Democratic Alliance");
    tu_check_actor(d, "sees it differently", "People's Union");
    d = tu_doc("Steel merger\n\nThe commission is reviewing the deal. The Union's Automotive Suppliers Association "
               "said it would send its own analysis.");
    tu_check_actor(d, "its own analysis", "Automotive Suppliers Association");
}

static void family_names_with_a_particle_or_two_parts(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Fare row\n\nRegional president Michele Lo Russo said the company had taken public money. Its "
                       "president, Mariana Castelo Branco, said passengers were treated badly. Castelo Branco told "
                       "the Guardian the inquiry began in 2022. Metrovia's president, Henrique Dal Pozzo, defended the "
                       "increase. Farmer Mohamed Aït Brahim lost his trees. Aït Brahim said he would not replant. "
                       "Orbis Gaming declined to comment. Council leader John Paul Jones backed the plan. Jones said "
                       "the plan was fair.");
    tu_check_actor(d, "public money", "Lo Russo");
    tu_check_actor(d, "treated badly", "Castelo Branco");
    tu_check_actor(d, "inquiry began", "Castelo Branco");
    tu_check_actor(d, "defended the", "Dal Pozzo");
    tu_check_actor(d, "not replant", "Ait Brahim");
    tu_check_actor(d, "declined to comment", "Orbis Gaming");
    tu_check_actor(d, "plan was fair", "Jones");
}

static void a_company_is_not_shortened_to_a_place_inside_other_names(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Glen shuts runs\n\nKINLOCH CARRACH — Carrach Mountain Resorts, which operates the centre, "
                       "closed six runs on Monday. Hoteliers in Glen Carrach were furious. The Carrach Arms lost "
                       "bookings. Councillor Iain Mathers, who represents Carrach Braes, said he was worried. "
                       "Carrach Mountain Resorts said it understood the frustration.");
    tu_check_actor(d, "understood the frustration", "Carrach Mountain Resorts");
}

static void a_groups_or_persons_feeling_as_their_view(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Ticket row\n\nThe queue was long. The fans’ anger has spilled over on to social media. "
                       "Darlene Fitzhugh lost her daughter. Fitzhugh’s anger is directed at the authorities. A ruling on "
                       "the fishers’ appeal is not expected before next year.");
    tu_check_actor(d, "spilled over", "fans");
    tu_check_actor(d, "directed at", "Fitzhugh");
    tu_check_actor(d, "not expected", NULL);
}

static void a_lone_person_referred_back_to(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Pandas bargained away to save money, says zookeeper\n\nA zookeeper who asked not to be named "
                       "said the animals had been bargained away. “Everyone here knew it,” the keeper said. Vesna "
                       "Kralj, who runs the fishing cooperative, said her members had lost everything. “We don't care "
                       "which government pays,” the fisherwoman said. Environment Minister Oskar Lenz defended the "
                       "plan. “He can make jokes,” the shepherd said.");
    tu_check_actor(d, "says zookeeper", "zookeeper");
    tu_check_actor(d, "Everyone here", "zookeeper");
    tu_check_actor(d, "which government pays", "Kralj");
    tu_check_actor(d, "make jokes", NULL);
}

static void a_group_feels_or_believes(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Wolf plan\n\nThe ministry held three meetings. Farmers feel they have been ignored. "
                       "Ticket-holders believe they were cheated.");
    tu_check_actor(d, "been ignored", "farmers");
    tu_check_actor(d, "were cheated", "ticket-holders");
}

static void dioceses_zoos_and_libraries_speak_as_bodies(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Churches to close\n\nThe Valdorna diocese will close nine churches by Easter. The diocese has "
                       "said it would rather lend the buildings than sell them. Visitor numbers at the Tarvanian "
                       "National Zoo rose 60% in the pandas' first year, according to the zoo's annual report.");
    tu_check_actor(d, "rather lend", "Valdorna diocese");
    tu_check_actor(d, "annual report", "Tarvanian National Zoo");
}

static void a_body_named_after_its_role_past_an_adjective(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Refinery row\n\nResidents blamed the fumes. The refinery's operator, state-owned Aldessa "
                       "Petroleum, said the plant met all national emission limits.");
    tu_check_actor(d, "emission limits", "Aldessa Petroleum");
}

static void the_group_wants(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Eligibility rule\n\nThe federation will review the rule in 2027. The athletes want it scrapped "
                       "well before then.");
    tu_check_actor(d, "scrapped well", "athletes");
}

static void a_states_government_and_bodies_that_are_not_its(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Outlook\n\nJapan's government remains optimistic due to strong domestic demand. Kingfisher "
                       "Airlines will fly from April. The airline, the brainchild of Mr Mallya, expects to start its "
                       "operations by the end of April. The comments come after the minister defended the plan.");
    tu_check_actor(d, "remains optimistic", "Japan");
    tu_check_actor(d, "brainchild", "Kingfisher Airlines");
    tu_check_actor(d, "comments come", NULL);
    d = tu_doc("Farm prices\n\nBillions of livelihoods are at risk, the UN's Food & Agriculture Organisation has "
               "warned.");
    tu_check_actor(d, "are at risk", "Food & Agriculture Organisation");
}

static void an_abbreviation_or_an_estimate_as_a_stated_view(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Fund row\n\nThe audit found losses. TIH, which manages about $48bn on behalf of the state, "
                       "disputed that account. The police counted 900 marchers. KRI put the figure at 3,800. ASCOT, "
                       "Aug 3 - Heavy rain fell overnight.");
    tu_check_actor(d, "disputed that account", "TIH");
    tu_check_actor(d, "figure at 3,800", "KRI");
    tu_check_actor(d, "rain fell", NULL);
}

static void a_role_no_one_holds_is_the_one_just_quoted(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Ship registry\n\nTankers on the list have made 200 calls since January. Teodora Vancini, a "
                       "48-year-old maritime lawyer who heads the Caldoran registry, insists that every ship on the list "
                       "is clean. “We are a registry, not a police force,” the registrar told the Financial Times.");
    tu_check_actor(d, "police force", "Vancini");
}

static void an_events_tone_is_no_groups_attitude(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Boat sinks\n\nThe search continued on Tuesday. Four more bodies were recovered on Tuesday "
                       "evening. Visits to inmates have been cancelled at all 14 prisons. Surgeons at the hospital are "
                       "alarmed.");
    tu_check_actor(d, "bodies were recovered", NULL);
    tu_check_actor(d, "have been cancelled", NULL);
    tu_check_actor(d, "are alarmed", "surgeons at the hospital"); /* R22(a): the modifier says which */
}

static void results_reported_are_no_view(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Bank results\n\nThe lender cut 300 jobs. Wendelsburg reported a net profit of €38 million "
                       "last year. Wendelsburg reported that the cuts were painful but necessary.");
    tu_check_actor(d, "net profit", NULL);
    tu_check_actor(d, "painful but necessary", "Wendelsburg");
}

static void a_person_described_by_a_trade_at_an_institution(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Nurses reject offer\n\n“They think a bonus will make us forget nine years of cuts,” said Lucia "
                       "Ramirez, a theatre nurse with nine years at the hospital. Ramirez voted against the offer.");
    tu_check_actor(d, "forget nine years", "Ramirez");
}

static void a_time_is_no_part_of_a_groups_label(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Estate row\n\nThe council made a new offer. Residents of the Hillside estate on Tuesday rejected "
                       "the revised offer, saying it did not cover repairs.");
    tu_check_actor(d, "did not cover", "residents of the Hillside estate");
}

static void a_bodys_figures_by_its_short_noun(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Vaccine row\n\nThe Regional Vaccine Pool buys doses for nine states. According to the pool's "
                       "figures, Tamboria owes about 4.6 million dollars in unpaid contributions.");
    tu_check_actor(d, "Tamboria owes", "Regional Vaccine Pool");
}

static void two_named_then_both_after_a_clause(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Tunnel costs\n\nThe ferry operator, Kari Øvrebø, wants a tunnel. The council leader, Ola "
                       "Halvorsen, wants a bridge. Øvrebø and Halvorsen rarely agree, but both have urged the "
                       "government to pay part of the cost.");
    tu_check_actor(d, "part of the cost", "Ovrebo|Halvorsen");
}

static void a_possessive_saying_before_a_colon_and_quote(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Water meters\n\nTom Hollis keeps a tank in his garden. His summary: “Fifty gallons sounds "
                       "generous until you have three generations under one roof.” His reason for leaving was the rent.");
    tu_check_actor(d, "Fifty gallons", "Hollis");
    tu_check_actor(d, "reason for leaving", NULL);
}

static void one_unnamed_person_before_a_colon(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Buses stop\n\nThe contractor collapsed in March. One father put it plainly to a packed meeting "
                       "on Monday night: “Weeks is a long time when you’re eight.”");
    tu_check_actor(d, "Weeks is a long time", "father");
}

static void it_declined_to_answer(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Maternity unit\n\nThe Shannonside Hospitals Group said in a statement that no decision had "
                       "been taken. It declined to answer questions about the memo.");
    tu_check_actor(d, "answer questions", "Shannonside Hospitals Group");
}

static void no_reply_states_nothing(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Cameras row\n\nThe watchdog opened an inquiry in May. Vigilo Systems did not reply to "
                       "questions from Euronews. The Kenya Civil Aviation Authority had not yet responded by the "
                       "time of going to press. Halvik Engineering did not respond to the criticism but said the "
                       "work would finish in June. Marrow Foods declined to respond. Ostra Dairies would not "
                       "respond to questions about the recall.");
    tu_check_actor(d, "questions from Euronews", NULL);
    tu_check_actor(d, "time of going to press", NULL);
    tu_check_actor(d, "finish in June", "Halvik Engineering");
    tu_check_actor(d, "declined to respond", "Marrow Foods");
    tu_check_actor(d, "about the recall", "Ostra Dairies");
}

static void the_subject_of_a_second_verb_after_and_or_but(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Students walk out\n\nHélène Lefèvre, president of the Federation of Estrelle Students (FEE), "
                       "left the meeting at the ministry early and told waiting reporters the plan was a done deal. "
                       "Moraya and Tessel signed the river treaty in 1998. Moraya’s delegation did not dispute the figure, but argued "
                       "that the treaty allowed reduced releases. Monte Ardo, the valley's biggest resort, is "
                       "expanding its network of snow cannons and denies any wrongdoing.");
    tu_check_actor(d, "waiting reporters", "Lefevre");
    tu_check_actor(d, "reduced releases", "Moraya");
    tu_check_actor(d, "snow cannons", "Monte Ardo");
}

static void a_description_then_the_name_as_subject(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Blackout inquiry\n\nThe grid operator blamed the plant for the blackout. The plant’s owner, "
                       "Østkraft, rejected Holmgaard’s account. The company says a drop in frequency came first.");
    tu_check_actor(d, "rejected Holmgaard", "Ostkraft");
    tu_check_actor(d, "drop in frequency", "Ostkraft");
}

static void agreeing_to_act_with_someone_is_no_view(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Fraud case\n\nThe trial opened in New York. Mr Sullivan, 42, pleaded guilty to fraud last year "
                       "and agreed to assist the government with its case against Mr Ebbers. Rosneft has agreed to "
                       "merge with Gazprom. Profits at the bank rose by 5% but were said to have been hit by rate "
                       "rises.");
    tu_check_actor(d, "assist the government", NULL);
    tu_check_actor(d, "merge with Gazprom", NULL);
    tu_check_actor(d, "rate rises", NULL);
}

static void a_bodys_unnamed_staff_speak_for_it(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Examiners strike\n\nThe Ministry of Transport refused to meet the examiners. The ministry’s "
                       "legal adviser, in a letter to the union seen by the Herald, described the walkout as "
                       "“disproportionate”. The Transport Examiners’ Union called the strike. The union’s general "
                       "secretary said members would strike again.");
    tu_check_actor(d, "described the walkout", "Ministry of Transport");
    tu_check_actor(d, "strike again", "Transport Examiners Union");
    st_doc *e = tu_doc("Salary cap\n\nThe Association of Professional Teams met on Monday. Its chairman, Jan "
                       "Verbeek, backed the cap. The association's chairman said smaller teams had pushed hardest "
                       "for it.");
    tu_check_actor(e, "pushed hardest", "Verbeek");
}

static void an_adjective_and_a_role_before_a_name(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Soap axed\n\nThe broadcaster will end the serial in June. Veteran actress Nighat Sultana, who "
                       "has played the matriarch since the first episode, was in tears outside the studio. “For 22 "
                       "years this family has been in people’s homes every evening,” she said.");
    tu_check_actor(d, "For 22 years", "Sultana");
}

static void an_unnamed_source_keeps_its_label_later(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Statue row\n\nThe council voted to remove the statue. A city councillor who voted against the "
                       "removal said the council had ignored a petition. “This is not about Brandt,” said the "
                       "councillor, who asked not to be named.");
    tu_check_actor(d, "ignored a petition", "city councillor who voted against the removal");
    tu_check_actor(d, "not about Brandt", "city councillor who voted against the removal");
    st_doc *e = tu_doc("Soap to end\n\nThe broadcaster will end the serial, according to one senior executive, "
                       "speaking on condition of anonymity. “She has made up her mind,” the executive said.");
    tu_check_actor(e, "made up her mind", "senior executive");
    st_doc *f = tu_doc("Wolves return\n\nThe ministry will release six wolves. Dr Kari Molvik, a wolf biologist at "
                       "the University of Skarvik who advised the ministry on the plan, is more hopeful.");
    tu_check_actor(f, "more hopeful", "Molvik");
}

static void a_cue_after_a_restrictive_clause_is_the_main_verb(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Bonds slide\n\nThe memo was leaked on Monday. Two fund managers who hold Drenovian bonds said "
                       "the memo would deepen doubts. Officials who have read the correspondence say two firms have "
                       "warned they may stop supplying. Residents who fear the plant will close marched on Sunday.");
    tu_check_actor(d, "deepen doubts", "fund managers who hold Drenovian bonds");
    tu_check_actor(d, "stop supplying", "officials who have read the correspondence");
    tu_check_actor(d, "marched on Sunday", NULL);
}

static void a_capital_named_by_an_ish_demonym(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Statue row\n\nOrsaya removed the governor's statue on Tuesday. In Halvik, the Dornish capital, "
                       "officials were dismayed. Dornland wants the statue returned. Halvik signalled on Friday that "
                       "it did not want the row to spill over into trade talks.");
    tu_check_actor(d, "spill over", "Dornland");
}

static void a_capital_with_a_particle_in_its_name(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Atlas row\n\nCalandria and Ostaria have quarrelled over the border for decades. In San Fermín "
                       "de Altos, the Calandrian capital, officials were angry. San Fermín de Altos said the maps "
                       "broke a 1994 agreement.");
    tu_check_actor(d, "broke a 1994 agreement", "Calandria");
}

static void a_double_family_name_after_a_demonym_and_a_title(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Atlas row\n\nCalandrian Foreign Minister Ricardo Sáenz Ibarra said Ostaria had chosen to teach "
                       "children a border. Sáenz told reporters the atlas was an insult. Sáenz flew to Geneva on "
                       "Tuesday. Sáenz said the talks would resume.");
    tu_check_actor(d, "teach children a border", "Saenz");
}

static void a_states_club_or_institute_keeps_the_state(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Rescue fees\n\nZERNAU, Keldoria — Climbers will be billed for rescues from June. Keldoria’s "
                       "Alpine Club, which represents about 19,000 climbers, reacted with anger. Maalouf's Unity Party "
                       "said it had no comment.");
    tu_check_actor(d, "reacted with anger", "Keldoria Alpine Club");
    tu_check_actor(d, "no comment", "Unity Party");
}

static void a_role_before_an_honorific_and_a_name(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Campus move\n\nThe university will move out of the city. The meeting was chaired by the "
                       "vice-chancellor, Prof Khalid Mehmood Qazi. The vice-chancellor defended the plan. Varuna’s "
                       "founder, Mr Tan Hock Lee, has never hidden his ambitions. In an interview last month, the "
                       "67-year-old said the market had one operator too many.");
    tu_check_actor(d, "defended the plan", "Qazi");
    tu_check_actor(d, "one operator too many", "Tan");
}

static void a_denied_modal_before_the_cue(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Heat inquiry\n\nKalpa Sports organised the race. Kalpa Sports could not confirm "
                       "whether the ice packs had been ordered. The ban takes effect, but Sethi can ask the "
                       "committee to suspend it. Customers can report breaches on the website.");
    tu_check_actor(d, "ice packs", "Kalpa Sports");
    tu_check_actor(d, "suspend it", NULL);
    tu_check_actor(d, "report breaches", NULL);
}

static void a_view_reported_at_second_hand(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Debate rules\n\nThe National Union is said to be relieved that the leaders will not share a "
                       "stage. Moshe Gavish leads the Green List. Gavish is understood to be considering a boycott. "
                       "Mr Hennessy is understood to favour a bridging payment. Residents are said to be furious. "
                       "Deputy Governor Tomasz Brenner is thought to be among them. The company is said to be worth "
                       "2 billion euros. Hennessy is said to have died in 1990.");
    tu_check_actor(d, "relieved", "National Union");
    tu_check_actor(d, "boycott", "Gavish");
    tu_check_actor(d, "bridging payment", "Hennessy");
    tu_check_actor(d, "furious", "residents");
    tu_check_actor(d, "among them", NULL);
    tu_check_actor(d, "worth", NULL);
    tu_check_actor(d, "died in 1990", NULL);
}

static void a_subject_that_is_any_noun_for_people(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Bird season\n\nOne hunter, who asked not to be named, said he had shot 40 birds. “My "
                       "grandfather hunted here,” he said. Rice farmers in An Phu province say they already "
                       "struggle. A sports physician who has worked at the race said the policy should have stopped "
                       "the event. The runner's father said the family did not blame the volunteers. A spokeswoman "
                       "for the city declined to comment. Parents who refuse to allow contact could be tagged under "
                       "plans. Cleaners at the trust's Wyvern site are not affected.");
    tu_check_actor(d, "40 birds", "hunter");
    tu_check_actor(d, "grandfather", "hunter");
    tu_check_actor(d, "already struggle", "rice farmers");
    tu_check_actor(d, "stopped the event", "sports physician who has worked at the race");
    tu_check_actor(d, "volunteers", "runner's father");
    tu_check_actor(d, "could be tagged", NULL);
    tu_check_actor(d, "not affected", NULL);
}

static void a_question_has_its_asker(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Airport subsidy\n\nLevent Celik spoke for an hour. Celik said: “Nobody wants to see any airport "
                       "close.” One reporter asked whether the decision had anything to do with the city council. The "
                       "minister smiled and said the question was beneath the room.");
    tu_check_actor(d, "One reporter asked", "reporter");
    tu_check_actor(d, "beneath the room", "Celik");
}

static void two_joined_subjects_before_a_cue(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Sea wall\n\nThe Klitsby Fishing Cooperative and the town's hotel owners both oppose the "
                       "plan.");
    tu_check_actor(d, "oppose the plan", "Klitsby Fishing Cooperative|hotel owners");
}

static void name_gloss_in_its_own_script(void **state)
{
    (void)state;
    st_doc *d = tu_doc("School mergers\n\nPosting on Facebook on Sunday, Lin Wen-hsiung (林文雄), principal of Fudeng "
                       "Elementary School, wrote that his school would close. Legislator Tsai Mei-hua (蔡美華), who "
                       "represents the area, said she would ask for a review. Lin said the village had lost its bus.");
    tu_check_actor(d, "Posting on Facebook", "Lin");
    tu_check_actor(d, "Legislator Tsai", "Tsai");
    tu_check_actor(d, "lost its bus", "Lin");
}

static void body_in_a_named_capital(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Extradition row\n\nKastria wants the businessman back. In Tolmir, the Vareshi capital, the "
                       "foreign ministry called the demand a pretext. In Halvik, the Dornish capital, a foreign "
                       "ministry spokesman said the talks would go on.");
    tu_check_actor(d, "a pretext", "Vareshi foreign ministry");
    tu_check_actor(d, "would go on", "Dornish foreign ministry");
}

static void state_possessive_before_lower_case_body(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Manuscript row\n\nDrelova wants the psalter back. Officials in Selvik, the Varnian capital, "
                       "were taken aback. Varnia's foreign ministry wrote in a post on X that it regretted the "
                       "language of ultimatums. Trade was worth 4.2 billion euros last year, according to "
                       "Varnia's statistics office.");
    tu_check_actor(d, "regretted the language", "Varnian foreign ministry");
    tu_check_actor(d, "4.2 billion", "Varnian statistics office");
}

static void it_is_understood_that(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Spill\n\nThe dye works spilled solvent into the river on Friday. It is understood that the "
                       "Ministry of Environment favors referring the case to prosecutors. Puerto Lindo, the Salveran "
                       "capital, has said little. It is understood that Salvera's justice ministry is reluctant to "
                       "act before a court rules.");
    tu_check_actor(d, "favors referring", "Ministry of Environment");
    tu_check_actor(d, "reluctant to act", "Salveran justice ministry");
}

static void the_capitalised_word_is_no_person(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Recipe row\n\nCastellanos-Roth, the sous-chef's lawyer, filed the claim. The Local has agreed "
                       "not to name her client. “I cooked it first,” the sous-chef told The Local. “Nobody said "
                       "thank you,” she said.");
    tu_check_actor(d, "Nobody said", "Castellanos-Roth");
}

static void a_statement_not_yet_made_states_nothing(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Exam results delayed\n\nThe council released its figures on Monday. The National Examinations "
                       "Council has yet to say whether the August date can still be met. Ardenza has not said when, or "
                       "whether, the line would reopen. The ministry had not yet commented on the audit. Okafor said "
                       "the talks would resume, but he has not said when. Kalvo Mining would not say whether the "
                       "pit would reopen.");
    tu_check_actor(d, "August date", NULL);
    tu_check_actor(d, "line would reopen", NULL);
    tu_check_actor(d, "on the audit", NULL);
    tu_check_actor(d, "talks would resume", "Okafor");
    tu_check_actor(d, "pit would reopen", "Kalvo Mining");
}

static void two_groups_the_second_with_a_modifier(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Ferry cuts anger island\n\nThe ferry company cut its winter sailings on Monday. Nurses and "
                       "fish-plant workers say the single sailing no longer fits their shifts. Conservationists and "
                       "tour operators fear that any cull would scare off visitors. Teachers and parents warned that "
                       "the plan would fail.");
    tu_check_actor(d, "fits their shifts", "nurses|fish-plant workers");
    tu_check_actor(d, "scare off visitors", "conservationists|tour operators");
    tu_check_actor(d, "plan would fail", "teachers|parents");
}

static void the_role_noun_for_an_unnamed_person_placed_earlier(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Teachers split on boycott\n\nThe union called the boycott on Monday. A teacher at a Levkara "
                       "lyceum, who asked not to be named because she is on a probationary contract, said younger "
                       "colleagues were uneasy. “Nobody wants to be the one who delayed a child’s university place,” "
                       "the teacher said. “But nobody wants to work for free either.”");
    tu_check_actor(d, "younger colleagues", "teacher at a Levkara lyceum");
    tu_check_actor(d, "university place", "teacher at a Levkara lyceum");
    tu_check_actor(d, "free either", "teacher at a Levkara lyceum");
}

static void west_african_honorifics_are_titles(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Fisherfolk to miner: ‘Take your gold elsewhere’\n\nABREWA — The Lake Abrewa Fisherfolk "
                       "Association has rejected a plan to reopen the Bepo Hill gold mine. Addressing a durbar of "
                       "chiefs at Abrewa on Saturday, the Chairman of the association, Nana Kwesi Ampofo, said the "
                       "mine had been shut for years. “Our fathers were told the mine would bring development,” "
                       "Nana Ampofo said. Nana Ampofo and Chief Kofi Asare said they would petition Parliament. "
                       "Alhaji Ibrahim Mahama said the deal was fair. Hon Gifty Larbi urged calm.");
    tu_check_actor(d, "bring development", "Ampofo");
    tu_check_actor(d, "deal was fair", "Mahama");
    tu_check_actor(d, "urged calm", "Larbi");
}

static void names_in_an_apposition_with_a_dot_an_age_or_a_portfolio(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Scooters banned from city streets\n\nLIERDONK — The ban was championed by Alderman for "
                       "Mobility Griet Van Acker, who has argued since last autumn that the scooters clutter the "
                       "pavements. Writing on Facebook on Monday night, Van Acker called the vote a victory for "
                       "walkers. Telvia’s head of network operations for Wallonia, Sandrine Pirotte, said in a "
                       "written reply that engineers would fit boosters. The Urban Council’s Chairman, Mr. Mohamed "
                       "Rizwan, was blunt: “The pumps are thirty years old.” A second-year student at Chitsanga "
                       "Polytechnic, Mr Tawanda Moyo (21), said the scooters had cut his costs by half.");
    tu_check_actor(d, "clutter the", "Van Acker");
    tu_check_actor(d, "victory for", "Van Acker");
    tu_check_actor(d, "fit boosters", "Pirotte");
    tu_check_actor(d, "thirty years", "Rizwan");
    tu_check_actor(d, "by half", "Moyo");
}

static void a_passive_agent_past_an_adverb(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Hill villages lose signal\n\nAMBAGOLLA — The switch-off has been strongly condemned by the "
                       "Upcountry Estate Workers' Union, which represents some 18,000 tea pluckers. The plan was "
                       "widely welcomed by the Chamber of Commerce. The old masts were quickly dismantled. The Hill Traders' Guild is strongly "
                       "opposed to any further closures.");
    tu_check_actor(d, "18,000 tea", "Upcountry Estate Workers Union");
    tu_check_actor(d, "widely welcomed", "Chamber of Commerce");
    tu_check_actor(d, "quickly dismantled", NULL);
    tu_check_actor(d, "further closures", "Hill Traders Guild");
}

static void an_unnamed_person_by_a_possessor_or_description(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Keepers fear the dark\n\nKINGSBRIDGE — The Coast Guard plans to automate the last three "
                       "lights. But the lighthouse’s last keeper, who has lived at Pelican Point for 31 years, said a "
                       "screen in Kingsbridge could not do his job. A senior paramedic in Lethem said crews were "
                       "routinely late. “You drive anyway,” the paramedic said. “My mother picked here,” said a "
                       "picker’s eldest daughter, who left school at 15. The estate’s head clerk told AFP the company "
                       "could pay more. The plant’s owner, Ostkraft, rejected the keeper’s account. The clerk’s worry is the "
                       "monsoon. According to a fisherman’s widow in nearby Bath Village, the light is the only one "
                       "the boats trust.");
    tu_check_actor(d, "a screen in", "lighthouse's last keeper");
    tu_check_actor(d, "routinely late", "senior paramedic");
    tu_check_actor(d, "drive anyway", "senior paramedic");
    tu_check_actor(d, "picked here", "picker's eldest daughter");
    tu_check_actor(d, "pay more", "estate's head clerk");
    tu_check_actor(d, "keeper’s account", "Ostkraft");
    tu_check_actor(d, "the monsoon", "estate's head clerk");
    tu_check_actor(d, "boats trust", "fisherman's widow");
}

static void she_is_not_the_man_named_last(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Ferry cuts anger islanders\n\nRUNO — Marta Lind runs the island shop. “We will be cut off "
                       "all winter,” she said. The operator’s chief executive, Per Holm, defended the timetable. "
                       "“The winter sailings run empty,” he said. “Nobody asked us,” she said.");
    tu_check_actor(d, "run empty", "Holm");
    tu_check_actor(d, "Nobody asked", "Lind");
}

static void a_body_named_once_in_passing_then_by_its_last_word(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Keepers fear the dark\n\nORSHOLM — The keepers have accused the Havland Coastguard of "
                       "putting lives at risk. The plan was drawn up last year. According to the coastguard, no "
                       "shipwreck has been blamed on a lighthouse failure since 1961. The coastguard says fishermen "
                       "will be able to call the control centre. The Alto Quemado Mountain Rescue Corps was founded "
                       "in 1961. Two members of the corps, speaking on condition of anonymity, said five rescuers "
                       "had threatened to resign.");
    tu_check_actor(d, "no shipwreck", "Havland Coastguard");
    tu_check_actor(d, "control centre", "Havland Coastguard");
    tu_check_actor(d, "threatened to resign", "members of the corps");
}

static void the_signers_of_a_petition(void **state)
{
    (void)state;
    st_doc *d = tu_doc("ATM closures anger district\n\nDHAKA — A petition signed by more than 1,200 villagers in "
                       "Chilmari and Rowmari upazilas demands that the machines stay. A petition signed by 3,400 "
                       "members of fishing cooperatives on the Belmiran shore demands that the ponds be filled in. "
                       "“Seedlings are not a forest,” the petition says. A petition signed by more than 3,000 "
                       "residents and students demands that the city keep the scooters. Tomas Novotny, the chair’s "
                       "cousin, who holds 6% of the votes, said he would abstain.");
    tu_check_actor(d, "machines stay", "villagers");
    tu_check_actor(d, "filled in", "members of fishing cooperatives");
    tu_check_actor(d, "not a forest", "members of fishing cooperatives");
    tu_check_actor(d, "keep the scooters", "residents|students");
    tu_check_actor(d, "would abstain", "Novotny");
}

static void a_states_body_is_not_the_state(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Mekhal accuses Taravand over shrimp farm\n\nRANIPUR, Mekhal — Mekhal has accused "
                       "neighbouring Taravand of letting a shrimp farm clear the mangroves. In a note delivered to "
                       "the Taravandi embassy on Sunday, the Mekhali foreign ministry said the clearing had destroyed "
                       "nursery grounds. It is understood that Ranipur, the Mekhali capital, favours arbitration. Shirak, the Taravandi "
                       "capital, has rejected the claims. The "
                       "project is backed by Taravand’s fisheries ministry, which sees exports as vital. The project "
                       "is still backed by the Small Business Network, whose members want the jobs. The delays have "
                       "been blamed by the ministry on supply problems.");
    tu_check_actor(d, "nursery grounds", "Mekhali foreign ministry");
    tu_check_actor(d, "exports as vital", "Taravandi fisheries ministry");
    tu_check_actor(d, "want the jobs", "Small Business Network");
    tu_check_actor(d, "supply problems", "Taravandi fisheries ministry");
}

static void a_headline_holder_before_a_colon_or_after_a_dash(void **state)
{
    (void)state;
    const char *body = "\n\nLILONGWE — Agriculture Minister John Mwale said Zambela had to pay. Mayor Alicia Thorne "
                       "said the curfew was overdue. But the lighthouse’s last keeper said a screen could not do his job.";
    static const char *const heads[][2] = {{"Mwale: Zambela must pay for Kalikolo landslide", "Mwale"},
                                           {"Teen curfew ‘long overdue’ – Mayor Thorne", "Thorne"},
                                           {"Lighthouse’s last keeper: ‘A machine cannot see a boat’", "lighthouse's last keeper"},
                                           {"Teachers: no marking without pay", NULL},
                                           {"Budget 2026: what the levy means for you", NULL}};
    for (size_t i = 0; i < sizeof heads / sizeof *heads; i++) {
        char text[512];
        snprintf(text, sizeof text, "%s%s", heads[i][0], body);
        st_doc *d = tu_doc(text);
        tu_check_actor(d, heads[i][0] + 4, heads[i][1]);
    }
}

static void a_view_frame_a_numeric_comma_and_its_title(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Estuary row deepens\n\nRANIPUR — Catches of hilsa fell by a third last year. In Sorabh’s view, "
                       "the fall cannot be blamed on overfishing alone, as Shirak has suggested. The pickers, who are "
                       "paid K2,300 a day, want the daily rate raised to K4,500. The St Anselm Coast Guard says the "
                       "change will save money. Its director said no keeper would lose his job. Its secretary, Anton "
                       "Xavier, said the sangam would appeal.");
    tu_check_actor(d, "overfishing alone", "Sorabh");
    tu_check_actor(d, "daily rate", "pickers");
    tu_check_actor(d, "lose his job", "St Anselm Coast Guard");
    tu_check_actor(d, "would appeal", "Xavier");
}

static void a_body_keeps_the_place_it_was_introduced_with(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Lights go dark\n\nKINGSBRIDGE, St Anselm — Fishermen have come out against a plan by the St "
                       "Anselm Coast Guard to automate the last three lights. The Coast Guard disputes that. Ilsk, the "
                       "Arvenian capital, has approved the route through Arvenia’s Transport Ministry. The Transport "
                       "Ministry said the trains would run from May.");
    tu_check_actor(d, "disputes that", "St Anselm Coast Guard");
    tu_check_actor(d, "from May", "Arvenia Transport Ministry");
}

static void two_bodies_joined_past_the_first_ones_initials(void **state)
{
    (void)state;
    st_doc *d = tu_doc("App licence angers cab owners\n\nKIGALI — Both the Kigali Taxi Owners’ Association (KTOA) and "
                       "the drivers’ cooperative COCTAK have described the licensing of the app as a betrayal. The "
                       "KTOA called a strike. The KTOA will meet on Friday.");
    tu_check_actor(d, "as a betrayal", "KTOA|COCTAK");
}

static void a_counted_group_without_its_count_or_place(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Hotel guests stranded\n\nNICOSIA — The storm closed the airport on Monday. Several guests told "
                       "AFP they had been advised to stay indoors. Several drivers waiting outside the union’s offices on "
                       "Moi Avenue on Thursday afternoon said the cap would mean little. Two bankers working on the deal "
                       "said it was likely to slip.");
    tu_check_actor(d, "stay indoors", "guests");
    tu_check_actor(d, "mean little", "drivers");
    tu_check_actor(d, "likely to slip", "bankers working on the deal");
}

static void the_official_introduced_in_the_sentence_before(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Chrome curbs loom\n\nBRUSSELS — Talvia threatened to cut exports on Monday. A senior "
                       "Commission official played down the threat. “We have heard this before,” the official said, "
                       "speaking on condition of anonymity.");
    tu_check_actor(d, "played down", "senior Commission official");
    tu_check_actor(d, "heard this before", "senior Commission official");
}

static void a_reply_not_yet_made_states_nothing(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Pass stays shut\n\nLUSAKA — The Ministry of Maritime Affairs, which must sign off on the plan, "
                       "has yet to respond to a letter from the fishermen. Neither government has said what became of "
                       "the recommendation. The ministry said the road would reopen in May.");
    tu_check_actor(d, "yet to respond", NULL);
    tu_check_actor(d, "what became", NULL);
    tu_check_actor(d, "reopen in May", "Ministry of Maritime Affairs");
}

static void a_statement_still_to_come_with_nothing_in_it(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Inquiry hears from fund\n\nCANBERRA — The inquiry heard from five witnesses on Monday. The "
                       "committee is due to report by August 30. Its chair is expected to argue at Friday’s session "
                       "that the fund should be wound up. The union is expected to argue at the hearing that the plan "
                       "is unlawful.");
    tu_check_actor(d, "August 30", NULL);
    tu_check_actor(d, "is unlawful", "union");
}

static void a_companys_officer_no_one_names_and_she_past_a_group(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Pickers strike\n\nCOLOMBO — Hillcrest Plantations owns the estate. The strike began in "
                       "March. Tea prices have doubled. The estate employs 900 people. “My mother picked here,” "
                       "said a picker’s eldest daughter, who left school at 15. In a letter to shareholders last month, "
                       "Hillcrest’s chairman wrote that the estate had lost money. Buyers have begun asking whether "
                       "orders will be filled, according to two brokers at the auction. “They think we will get hungry "
                       "first,” she said.");
    tu_check_actor(d, "lost money", "Hillcrest Plantations");
    tu_check_actor(d, "hungry first", "picker's eldest daughter");
}

static void a_title_of_a_body_before_the_holders_name(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Uniform prices reviewed\n\nDeputy Director of the provincial Department of Education and "
                       "Training Trần Văn Khải told reporters on Monday that the review would compare prices. He said "
                       "the department had received 127 complaints. Director of Phúc An Garment Trading Company Đặng "
                       "Minh Tuấn denied that the firm was overcharging parents. The director said the prices "
                       "included embroidery. Chairman of the Board of the Salvonian Association of Traders Jānis "
                       "Ozoliņš said the change would hit village shops. Minister of Livestock and Pastoral Affairs "
                       "Idrissa Kanouté told reporters that soldiers had turned back herders.");
    tu_check_actor(d, "would compare prices", "Tran");
    tu_check_actor(d, "127 complaints", "Tran");
    tu_check_actor(d, "overcharging parents", "Dang");
    tu_check_actor(d, "included embroidery", "Dang");
    tu_check_actor(d, "village shops", "Ozolins");
    tu_check_actor(d, "turned back herders", "Kanoute");
}

static void a_vietnamese_name_of_four_words_keeps_its_family_name(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Water tariff rises\n\nHẢI LÂM — Its chairwoman, Lê Thị Minh Châu, said water was not a "
                       "luxury. Deputy General Director of Hải Lâm Water Supply JSC Võ Thị Ngọc Lan told reporters on "
                       "Tuesday that the company had operated at a loss.");
    tu_check_actor(d, "not a luxury", "Le");
    tu_check_actor(d, "at a loss", "Vo");
}

static void a_body_that_summons_an_ambassador_protests(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Salt row\n\nThe dispute began in March. Ardalia's foreign ministry summoned Kostran's "
                       "ambassador and handed him a protest note. The Montaluzan foreign ministry summoned Varesia's "
                       "ambassador, Ricardo Salcedo, to lodge a formal protest. Port Alcor summoned Sarvena's "
                       "ambassador on Tuesday afternoon. A court summoned two witnesses.");
    tu_check_actor(d, "protest note", "Ardalia foreign ministry");
    tu_check_actor(d, "formal protest", "Montaluzan foreign ministry");
    tu_check_actor(d, "two witnesses", NULL);
}

static void a_bodys_name_that_runs_on_past_and(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Tax row\n\nCustoms officers seized 1.1 million cigarettes last year, according to Iceland "
                       "Revenue and Customs. Salvonia recorded 31 deaths, according to the Centre for Disease "
                       "Prevention and Control. Prices rose, according to Halden and Tove Sand.");
    tu_check_actor(d, "million cigarettes", "Iceland Revenue and Customs");
    tu_check_actor(d, "31 deaths", "Centre for Disease Prevention and Control");
}

static void a_view_held_at_second_hand_past_an_adverb_or_an_act(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Pub hours cut\n\nThe ministry cut the hours on Monday. The Chamber of Commerce is understood "
                       "to have accepted the 9pm compromise only reluctantly. The Halden Publicans Association is also "
                       "said to be unhappy that only one hearing was held.");
    tu_check_actor(d, "9pm compromise", "Chamber of Commerce");
    tu_check_actor(d, "one hearing", "Halden Publicans Association");
}

static void a_body_by_its_members_possessive_after_the_cue(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Pub hours cut\n\nThe Halden Publicans Association represents 400 bars. “It is too much,” "
                       "said the publicans' association. The curbs were condemned by the publicans' association. "
                       "“It is a tax,” said the consumer council. The People's Council meets on Monday.");
    tu_check_actor(d, "too much", "Halden Publicans Association");
    tu_check_actor(d, "were condemned", "Halden Publicans Association");
    tu_check_actor(d, "is a tax", "consumer council");
}

static void an_epithet_for_the_person_just_quoted(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Herders wait\n\nMoussa Eghlaz, 54, who leads a group of 11 families, said two of his camels "
                       "had died. “We are waiting here like beggars at a door,” the herder said. Its executive "
                       "director, Mārtiņš Lūsis, said the union would ask parliament to delay the change. The brewer, "
                       "whose family has run a brewery since 1996, said members had never been shown the assessment. "
                       "Halvard's shares fell after the letter was first reported on Tuesday.");
    tu_check_actor(d, "beggars at a door", "Eghlaz");
    tu_check_actor(d, "never been shown", "Lusis");
    tu_check_actor(d, "shares fell", NULL);
}

static void a_malay_name_by_the_name_the_article_uses(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Holiday cut\n\nEconomy Minister Datuk Harun Salleh has said the extra working day will add "
                       "output. Its president, Tan Sri Lim Boon Keat, said the holiday had become a long break. “Last "
                       "time they followed us for four hours,” said Mr Azman Yusof, 52. In Harun's words, the holiday "
                       "is a luxury. Mr Azman said the catch was gone. Tobias Rahm, 29, has brought a stool. Tobias "
                       "said the strike would work.");
    tu_check_actor(d, "extra working day", "Harun");
    tu_check_actor(d, "long break", "Lim");
    tu_check_actor(d, "four hours", "Azman");
    tu_check_actor(d, "a luxury", "Harun");
    tu_check_actor(d, "strike would work", "Rahm");
}

static void sources_found_past_small_obstacles(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Water tariff\n\nHẢI LÂM — Its secretary general, Lesego Mmolawa, wants the government to pay "
                       "graduates an allowance. Ozoliņš, 61, put the likely loss at 12 to 15 percent of turnover. "
                       "According to Hải Lâm Water Supply JSC, the plant has raised daily capacity. About 9,000 camels "
                       "cross each year, according to Oudanese livestock ministry figures. The Office of Fair Trading "
                       "confirmed by email that it had received complaints. The parliamentary committee on social "
                       "services is due to question managers on the plan next week.");
    tu_check_actor(d, "an allowance", "Mmolawa");
    tu_check_actor(d, "likely loss", "Ozolins");
    tu_check_actor(d, "daily capacity", "Hai Lam Water Supply JSC");
    tu_check_actor(d, "9,000 camels", "Oudanese livestock ministry");
    tu_check_actor(d, "by email", "Office of Fair Trading");
    tu_check_actor(d, "due to question", NULL);
}

static void a_given_name_that_is_another_persons_family_name(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Tax row\n\nConservative leader Michael Howard spoke on Friday. Deputy chairman Howard Flight "
                       "said the cuts would be bigger. Mr Howard said he was not planning cuts.");
    tu_check_actor(d, "would be bigger", "Flight");
    tu_check_actor(d, "not planning", "Howard");
}

static void a_body_named_by_initials_in_the_headline_then_it(void **state)
{
    (void)state;
    st_doc *d = tu_doc("NBC says shortwave switch-off will save money\n\nThe Nyasimbi Broadcasting Corporation (NBC) "
                       "says ending its shortwave service will save money. In a statement, the NBC said the "
                       "transmitters were old. “Keeping shortwave on air costs us more,” it said. The corporation "
                       "added that few listeners still tuned in.");
    tu_check_actor(d, "costs us more", "NBC");
    tu_check_actor(d, "few listeners", "NBC");
}

static void an_unnamed_source_is_not_the_person_named_next(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Dog cull\n\nThe council voted on Wednesday to resume culling. “This is cruelty, not policy,” "
                       "said the shelter’s vet, who asked that her name not be used. Mayor Dragan Dordevic told "
                       "reporters that the council had run out of patience. In the vet’s words, the council “paid for "
                       "a bucket”. The vet said the cull would fail.");
    tu_check_actor(d, "not policy", "shelter's vet");
    tu_check_actor(d, "a bucket", "shelter's vet");
    tu_check_actor(d, "would fail", "shelter's vet");
}

static void two_bodies_by_their_nouns_share_a_view(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Nurses strike\n\nThe Molawe Nurses Union called the strike on Monday. The Patients' Rights "
                       "Forum backed the nurses. The union and the forum are unmoved.");
    tu_check_actor(d, "are unmoved", "Molawe Nurses Union|Patients Rights Forum");
}

static void positions_taken_by_campaigns_and_motions(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Nurses strike\n\nThe nurses walked out on Monday. The Patients' Voice Trust, a consumer "
                       "advocacy group, has come out in support of the nurses. The opposition Civic Movement is "
                       "expected to table a motion on Thursday. The Halden Animal Trust has campaigned for a ban.");
    tu_check_actor(d, "in support", "Patients Voice Trust");
    tu_check_actor(d, "table a motion", "Civic Movement");
    tu_check_actor(d, "for a ban", "Halden Animal Trust");
}

static void a_states_body_by_its_initials_after_the_possessive(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Parks authority defends fee\n\nForeign visitors to Kalystra will pay ten times more. Kalystra's "
                       "National Parks Authority (NPA) has defended the fee. In "
                       "a statement, the authority said the old fee covered little. The NPA rejected the charge. The "
                       "NPA is confident. The Kandara People's Congress (KPC) demanded a vote. The KPC said so.");
    tu_check_actor(d, "covered little", "NPA");
    tu_check_actor(d, "has defended", "NPA");
    tu_check_actor(d, "demanded a vote", "KPC");
}

static void a_places_body_and_a_counted_group(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Trees to go\n\nPlans by St Aubert's Roads Committee to fell the trees drew objections. The "
                       "committee has long argued that the roots lifted the paving. In a joint letter, eleven "
                       "shopkeepers told the committee that leaves blocked their gutters.");
    tu_check_actor(d, "long argued", "St Aubert Roads Committee");
    tu_check_actor(d, "joint letter", "shopkeepers");
}

static void an_unnamed_student_is_not_the_student_leader_named_later(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Rent rise\n\nStudents at Glantawe University have been told the rent will go up. A second-year "
                       "nursing student, who asked not to be named, said the rise would cost her £336. \"That's my "
                       "food budget,\" she said. Glantawe Students' Union president Rhys Pritchard-Lloyd said the "
                       "union had heard from 200 students.");
    tu_check_actor(d, "would cost her", "second-year nursing student");
    tu_check_actor(d, "food budget", "second-year nursing student");
    tu_check_actor(d, "had heard", "Pritchard-Lloyd");
}

static void the_spokesperson_speaks_for_the_body_named_before(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Fish hall move angers traders\n\nMorfa County Council voted to move the market. A council spokesperson said the new "
                       "site would have a loading bay. \"We understand this is an emotional issue,\" the spokesperson "
                       "said. Fishmonger Dai Evans said the move would kill the harbour.");
    tu_check_actor(d, "emotional issue", "Morfa County Council");
    tu_check_actor(d, "kill the harbour", "Evans");
}

static void a_bodys_name_with_and_before_its_head(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Strike looms\n\nThe Maritime and Dock Workers Union said its members would strike. The "
                       "Tervalan Competition and Markets Authority said the firms are the only carriers. Castlebridge "
                       "and Wyvern Hospitals NHS Trust said the deal was good. Okafor and Chen said the talks would "
                       "resume.");
    tu_check_actor(d, "would strike", "Maritime and Dock Workers Union");
    tu_check_actor(d, "only carriers", "Tervalan Competition and Markets Authority");
    tu_check_actor(d, "deal was good", "Castlebridge and Wyvern Hospitals NHS Trust");
    tu_check_actor(d, "would resume", "Okafor|Chen");
}

static void analysts_at_a_firm_speak_for_it_without_a_cue(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Insurers brace\n\nShares in the insurers fell on Monday. Analysts at the Nilapur brokerage "
                       "Tessaly Capital were more cautious. Analysts at Brandt & Co were more sanguine.");
    tu_check_actor(d, "more cautious", "Tessaly Capital");
    tu_check_actor(d, "more sanguine", "Brandt & Co");
}

static void the_government_of_a_state_is_the_state(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Ceasefire holds\n\nSendara, Okavi - The government of Okavi has told a regional mission that "
                       "the ceasefire holds.");
    tu_check_actor(d, "has told", "Okavi");
}

static void the_ministry_named_before_in_lower_case(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Schools to close\n\nThe school is one of 112 village schools earmarked for closure under a "
                       "plan published by the education ministry last month. The ministry says the closures will "
                       "save money.");
    tu_check_actor(d, "save money", "education ministry");
}

static void the_oldest_member_of_a_club_is_one_unnamed_person(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Permit row\n\nThe Alpine Club opposes the fee. \"Nobody asked me for a piece of paper,\" said "
                       "the club's oldest member, an 84-year-old retired surveyor. \"Now we have two governments "
                       "fighting.\"");
    tu_check_actor(d, "piece of paper", "club's oldest member");
    tu_check_actor(d, "two governments", "club's oldest member");
}

static void the_head_of_something_named_in_an_apposition(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Oral exams dropped\n\nAgnete Sondergaard, the authority's head of examinations and a former "
                       "French teacher, told a news conference the test was unfair. \"We are not abolishing "
                       "speaking,\" the head of examinations said.");
    tu_check_actor(d, "abolishing speaking", "Sondergaard");
}

static void the_mayor_of_a_described_town_named_in_an_apposition(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Market row\n\nIn a letter to the Belovian agriculture minister, the mayor of the Tarsenian "
                       "border town of Kostel, Renata Szalai, wrote that 230 families had lost income. Szalai asked "
                       "for compensation.");
    tu_check_actor(d, "230 families", "Szalai");
}

static void a_capitalised_first_word_that_names_no_one(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Buses go cashless\n\nThe operator will stop taking cash on Monday. Similar cashless schemes "
                       "were introduced by two minibus operators in 2022 and abandoned within months.");
    tu_check_actor(d, "abandoned within months", NULL);
}

static void a_role_of_a_place_named_in_an_apposition_with_a_clause_wants(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Trees row\n\nThe council will decide in May. The mayor of Brzany, Tomasz Grabowski, who has run "
                       "the town as an independent since 2018, wants the avenue widened. \"Nobody wants to cut the "
                       "limes,\" Grabowski said.");
    tu_check_actor(d, "avenue widened", "Grabowski");
}

static void both_after_two_sources_is_both_of_them(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Rent row\n\nThe Glantawe Students Union and the Glantawe Lecturers Association have written "
                       "jointly to the vice-chancellor. Both warned that students should not pay.");
    tu_check_actor(d, "should not pay", "Glantawe Students Union|Glantawe Lecturers Association");
}

static void ben_after_a_title_is_a_given_name(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Kerosene row\n\nOpposition Leader Ben Rarawa said the budget was unfair. Tunisian minister "
                       "Rachid Ben Ali said it was fair.");
    tu_check_actor(d, "was unfair", "Rarawa");
    tu_check_actor(d, "was fair", "Ben Ali");
}

static void a_double_barrelled_name_by_its_first_part(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Antelope row\n\nLutangan Tourism and Wildlife Minister Grace Mwale-Banda told reporters the "
                       "antelope had been shot legally. Mwale-Banda put it this way: \"We will not allow it.\" Mwale, "
                       "a former game warden, said the beacons had been knocked down.");
    tu_check_actor(d, "shot legally", "Mwale-Banda");
    tu_check_actor(d, "knocked down", "Mwale-Banda");
}

static void a_person_of_a_body_by_its_initials_and_two_bodies_joined(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Contract row\n\nThe Harbour Authority (HA) said it had taken over. Lt Col Eric Schnaible of the "
                       "HA told the Associated Press the withdrawal was regrettable. Both the IMF and World Bank have "
                       "urged reform. The Conservatives and Liberal Democrats say they want the advice published.");
    tu_check_actor(d, "was regrettable", "Schnaible");
    tu_check_actor(d, "urged reform", "IMF|World Bank");
    tu_check_actor(d, "advice published", "Conservatives|Liberal Democrats");
}

static void states_of_a_dispute_named_through_demonyms_and_capitals(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Sand row deepens\n\nKelmora's foreign ministry summoned the Ostravian ambassador on Thursday. "
                       "The Ostravian government said in a statement that all dredging was licensed. Kelmoran "
                       "engineers measured the riverbed. "
                       "Both capitals say they want the dispute settled by the joint commission. "
                       "Kostanjevec had a simple message for both capitals: \"Let them rest.\" "
                       "Ostravia is prepared to accept a survey, an Ostravian official said.");
    tu_check_actor(d, "dredging was licensed", "Ostravia");
    tu_check_actor(d, "settled by the joint", "Ostravia|Kelmora"); /* the state named more first */
    tu_check_actor(d, "Let them rest", "Kostanjevec");
}

static void capitals_tied_by_an_embassy_a_news_conference_and_the_last_one_left(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Wreck row\n\nIn a note delivered to the Carvennese embassy in Korvel on Monday, the Drastian "
                       "foreign ministry said the licence was void. Korvel also summoned Carvenna's ambassador. "
                       "Solmaro has rejected the protest. Drastia and Carvenna both claim the waters. The ship was "
                       "sailing from Solmaro to Korvel when it sank.");
    tu_check_actor(d, "summoned Carvenna", "Drastia");
    tu_check_actor(d, "rejected the protest", "Carvenna");
    st_doc *e = tu_doc("Organ pact row\n\nLindaria accused Talvonia of breaching the agreement. Lindarian Health "
                       "Minister Ruta Jankauskiene told a press conference in Vilmara that the gap was unacceptable. "
                       "Kerstala rejected the accusation within hours. Talvonian surgeons say the organs were declined. "
                       "Officials in Kerstala said they would attend the talks.");
    tu_check_actor(e, "within hours", "Talvonia");
}

static void a_name_spelled_two_ways_goes_by_the_spelling_used_most(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Tariff cut\n\nOleh Hnatiuk, Svitlo's chief executive, said the company had signed 2,400 "
                       "contracts. \"People signed on one price,\" Hnatyuk said. Hnatyuk said the company would keep "
                       "its installers. Montaveria says the deal can be saved. The Montaverian side rejects both demands.");
    tu_check_actor(d, "signed 2,400", "Hnatyuk");
    tu_check_actor(d, "keep its installers", "Hnatyuk");
    tu_check_actor(d, "can be saved", "Montaveria");
    st_doc *e = tu_doc("Court row\n\n\"The court has no power here,\" Milan \xc4\x90or\xc4\x91" "evi\xc4\x87 told a press "
                       "conference. Djordjevic, 47, insisted the government had a mandate. Djordjevic added that "
                       "the ruling was political.");
    tu_check_actor(e, "no power here", "Dordevic"); /* a transliteration of a name written with its diacritics */
}

static void a_headline_role_before_a_colon_or_after_a_dash(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Parish Priest: Night Bells of Rabaszentmark Will Not Fall Silent\n\nBy Anna Kiss\n\nResidents "
                       "have complained for months. The parish priest, Father Gabor Somlai, said the bells would keep "
                       "ringing. \"They have rung for two centuries,\" Somlai said.");
    tu_check_actor(d, "Night Bells", "Somlai");
    st_doc *e = tu_doc("Parking fines will be refunded after app glitch - Santa Liena mayor\n\nHundreds of fines were "
                       "issued in error. Santa Liena mayor Joseph Scerri said every fine would be refunded.");
    tu_check_actor(e, "app glitch", "Scerri");
    st_doc *f = tu_doc("Vine growers' federation: frost aid 'an insult' to families\n\nThe Island Vine Growers' "
                       "Federation (IVGF) has described the package as an insult. According to the IVGF, 340 hectares "
                       "were hit.");
    tu_check_actor(f, "frost aid", "IVGF");
}

static void professions_refer_back_to_a_person(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Editor: Funding cut 'designed to silence' campus newspaper\n\nBy Dalal Al-Fadhli\n\nThe paper's "
                       "editor-in-chief, Rania Haddad, said the cut would force the weekly online. \"Nobody has to "
                       "tell me,\" Haddad said. Dr Samir El-Bahrawy, a veterinarian at the university, said the birds "
                       "were healthy. \"A pigeon that is not fed does not stay,\" the veterinarian added. She and her "
                       "deputy editor, Joel Fernandes, said the paper would appear on time.");
    tu_check_actor(d, "Funding cut", "Haddad");
    tu_check_actor(d, "does not stay", "El-Bahrawy");
}

static void a_title_joined_by_and_and_a_chiefs_title_first(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Wreck row\n\nCarvenna's Culture and Heritage Minister, Davide Orsolini, told reporters the ship "
                       "was registered in a Carvennese port. \"People took out loans,\" said the association's "
                       "president, Leaupepe Joseph Schuster. Leaupepe added that the association was seeking advice.");
    tu_check_actor(d, "was registered", "Orsolini");
    tu_check_actor(d, "took out loans", "Leaupepe");
}

static void a_documents_words_read_out(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Pigeon ban\n\nGovernor Adel Sorour said in a statement posted on the governorate's page that "
                       "the birds had taken over the squares. \"Families no longer sit in the square,\" the statement "
                       "read. The Independent Pilots' Union wrote that its members had no confidence in the fix. "
                       "\"Our members are not being difficult,\" the letter read.");
    tu_check_actor(d, "no longer sit", "Sorour");
    tu_check_actor(d, "not being difficult", "Independent Pilots Union");
}

static void a_groups_body_and_initials_stay_in_its_label(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Tariff\n\nTwo officials in the presidential office, speaking on condition of anonymity, said "
                       "the president was unlikely to veto the law. Two NEA engineers, who spoke on condition they "
                       "were not named, said the grid was full. Diplomats in the region say the talks are stuck.");
    tu_check_actor(d, "unlikely to veto", "officials in the presidential office");
    tu_check_actor(d, "grid was full", "NEA engineers");
    tu_check_actor(d, "talks are stuck", "diplomats"); /* a place only places them (R22a) */
}

static void a_statement_posted_on_a_page_and_a_caption_word(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Tattoo rules\n\nIn a statement posted on its Facebook page, the ATP said most of its members "
                       "follow the rules. The Association of Tattoo Professionals (ATP) has opposed the licence fee.");
    tu_check_actor(d, "follow the rules", "ATP");
    st_doc *e = tu_doc("Tariff cut\n\nSolar panels on the roof of a house in Bilohirsk. Parliament cut the tariff for "
                       "rooftop solar systems. Svitlo Solar, one of the largest installers, said it had suspended "
                       "plans. Oleh Hnatiuk, Svitlo's chief executive, said contracts would be renegotiated. "
                       "According to Svitlo, a system pays for itself in four years.");
    tu_check_actor(e, "suspended plans", "Svitlo");
    tu_check_actor(e, "four years", "Svitlo");
}

static void a_firm_named_with_a_common_word_and_an_age_before_a_name(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Tariff cut\n\nThe cut will hit rooftop solar power. Lagi Energy and another installer, Sunrise "
                       "Pacific Solar, both said they expected to lay off staff. \"I set my watch by those bells,\" said "
                       "81-year-old Ilona Bako, who has lived opposite the church for half a century.");
    tu_check_actor(d, "lay off staff", "Lagi Energy|Sunrise Pacific Solar");
    tu_check_actor(d, "my watch", "Bako");
}

static void both_sides_of_a_dispute_between_two_states(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Steel row\n\nVELK, Carasta (Reuters) - Norvania accused Carasta of dumping steel. The Norvanian "
                       "Steel Federation said mills were closing. Carasta rejected the charge, and Carastan officials "
                       "called it absurd. Norvania said it would take the case to arbitration. "
                       "Both sides said on Tuesday they would attend.");
    tu_check_actor(d, "would attend", "Norvania|Carasta");
}

static void a_relative_clause_after_an_apposed_name_and_a_link_line(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Lantern makers say the ban burnt families\n\n"
                       "The association wrote to the mayor in April. "
                       "Its secretary, Min Bahadur Gurung, whose father made lanterns before him, is not hopeful.\n\n"
                       "Read also: When the sky caught fire, Ashish Thapa\n\n"
                       "The 58-year-old said the municipality had never answered the letter.");
    tu_check_actor(d, "is not hopeful", "Gurung");
    tu_check_actor(d, "never answered", "Gurung");
    tu_check_actor(d, "sky caught fire", NULL);
}

static void a_malay_name_with_a_patronymic_goes_by_the_given_name(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Night train to end\n\n"
                       "NRS Chief Executive Officer Dayang Hajah Noraini binti Haji Abdul Latif told the Bulletin the "
                       "decision was not taken lightly. Shura Council member Khalid bin Saeed Al Owais called for a "
                       "review. The association's secretary, retired teacher Awang Haji Sulaiman bin Omar, said the "
                       "daytime train would be of little use.");
    tu_check_actor(d, "not taken lightly", "Noraini");
    tu_check_actor(d, "called for a review", "Al Owais");
    tu_check_actor(d, "of little use", "Sulaiman");
}

static void an_arab_family_name_keeps_its_particle(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Resort sale\n\n"
                       "Qasr Hamim chairman Saeed Khalfan Bin Darwish said the group wanted a foothold in Asia. "
                       "\"Hot springs are something our guests cannot find at home,\" Bin Darwish told Gulf Today. "
                       "Dr Mariam Al Suwaidi, director of the ministry's biodiversity department, told Gulf Today the "
                       "permits had worked. The director said inspectors would begin in April.");
    tu_check_actor(d, "cannot find at home", "Bin Darwish");
    tu_check_actor(d, "inspectors would begin", "Al Suwaidi");
}

static void a_title_of_a_body_then_its_holder_in_apposition(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Cave tickets\n\n"
                       "The head of the Naravian delegation, Deputy Minister of Culture Gunel Safarova, said her "
                       "country wanted a single ticket. The Director General of the Ministry of Agriculture and Rural "
                       "Trade, Rolland Saiwaka, confirmed the ministry had received the petition. \"We cannot promise "
                       "a number today,\" the Director General said. The Primate of the Diocese, Archbishop Sahak "
                       "Mkrtchyan, put it more bluntly: \"They speak of tourism.\"");
    tu_check_actor(d, "single ticket", "Safarova");
    tu_check_actor(d, "received the petition", "Saiwaka");
    tu_check_actor(d, "a number today", "Saiwaka");
    tu_check_actor(d, "speak of tourism", "Mkrtchyan");
}

static void two_given_names_before_two_family_names(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Market stays shut\n\n"
                       "Valdera's Foreign Minister, Ana Lucia Prieto Salcedo, rejected the charge. "
                       "Ms Prieto said Valdera had offered joint patrols. Ms Prieto's position is that Valdera has "
                       "been patient.");
    tu_check_actor(d, "rejected the charge", "Prieto");
}

static void a_cooperative_is_a_body_not_a_company(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Vanilla price\n\n"
                       "The Claremont Valley Farmers Cooperative met growers on Monday. Harbourline Foods buys most of "
                       "the crop. The cooperative, which represents 212 small farmers, wants a guaranteed price. "
                       "The company's view is that prices follow the world market. "
                       "The allegation was denied by the Joint Registrar of Co-operative Societies, M.S. Patil.");
    tu_check_actor(d, "guaranteed price", "Claremont Valley Farmers Cooperative");
    tu_check_actor(d, "world market", "Harbourline Foods");
    tu_check_actor(d, "allegation was denied", "Patil");
}

static void a_regions_government_keeps_its_place(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Dialect row\n\n"
                       "The Ketsaran regional administration supports the project. "
                       "Now the Bhotkhola provincial government wants to make it official.");
    tu_check_actor(d, "supports the project", "Ketsaran regional administration");
    tu_check_actor(d, "make it official", "Bhotkhola provincial government");
}

static void a_company_executive_unnamed_speaks_for_the_company(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Vanilla price\n\n"
                       "Harbourline Foods buys most of the crop. A Harbourline executive, who spoke on condition of "
                       "anonymity, said the company would look at the proposal.");
    tu_check_actor(d, "look at the proposal", "Harbourline Foods");
}

static void joined_subjects_with_a_role_a_lower_case_body_and_two_demonyms(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Night train\n\n"
                       "The Railway Workers Union (RAWU) opposes the cut. The area's MP, Peter Njoroge, agrees with "
                       "the union. Both RAWU and the MP want the train handed to a private operator. "
                       "The Road Hauliers' Union and the VAA met on Monday. Both the VAA and the hauliers' union want a "
                       "meeting with the mayor. Tavalean and Malvanuan traders say they have lost most of their income.");
    tu_check_actor(d, "private operator", "RAWU|Njoroge");
    tu_check_actor(d, "meeting with the mayor", "VAA|Road Hauliers Union");
    tu_check_actor(d, "lost most of their income", "Tavalean traders|Malvanuan traders");
}

static void capitals_tied_by_a_statement_issued_there_and_not_by_a_quote(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Belcourt accuses Valdera of starving border traders\n\n"
                       "BELCOURT has accused neighbouring Valdera of starving traders. Valdera shut the market, which "
                       "Valderans call Puente Rojo, in January. Puerto Lucena said at the time that smugglers used the "
                       "crowds. In a statement issued in Port-Josselin yesterday, Belcourt's Ministry of Trade said "
                       "the closure had hurt Belcourtian vendors. Port-Josselin has also threatened to turn back trucks. "
                       "Valdera's Foreign Minister, Ana Prieto, rejected the charge. \"The market will reopen when "
                       "Belcourt's police control their end of the bridge,\" she told reporters in Puerto Lucena. "
                       "Both governments say they are open to mediation.");
    tu_check_actor(d, "smugglers used", "Valdera");
    tu_check_actor(d, "turn back trucks", "Belcourt");
    tu_check_actor(d, "open to mediation", "Belcourt|Valdera");
}

static void a_capital_ending_like_a_demonym_speaks_for_its_state(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Kasundi accuses Tembara over cashew ban\n\n"
                       "Kasundi has lodged a protest with neighbouring Tembara over a ban on raw cashew nuts. "
                       "Officials in Mbarani, the Kasundian capital, say the ban breaks the protocol. "
                       "\"Nobody in Ranzi asked us before they closed the road,\" the minister said. "
                       "Ranzi has rejected the charge. The Tembaran government said processing creates jobs.");
    tu_check_actor(d, "rejected the charge", "Tembara");
}

static void a_states_ministry_by_its_adjective_and_a_press_service(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Malvanu says Tavalea's market closure breaks treaty\n\n"
                       "Malvanu has accused neighbouring Tavalea of breaking a treaty. Tavalean police put up barriers. "
                       "Malvanu's foreign ministry said in a note that only 12 pigs had died. Malvanuan traders are "
                       "angry. The Emergency Situations Ministry banned lanterns. \"The wind decides where a lantern "
                       "lands,\" the ministry's press service said.");
    tu_check_actor(d, "only 12 pigs", "Malvanuan foreign ministry");
    tu_check_actor(d, "lantern lands", "Emergency Situations Ministry");
}

static void mongolian_names_with_a_two_letter_initial_and_a_portfolio_joined_by_and(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Herders' union warns wool price collapse will hurt families\n\n"
                       "Minister of Agriculture and Light Industry B.Tserendulam, speaking at a meeting with herders on "
                       "Friday, said a floor price would distort the market. In the Minister's view, subsidies alone will "
                       "not solve the problem. Herder Ts.Oyuntsetseg from the same soum: \"If the price does not recover, "
                       "we will sell.\" Minister of Road and Transport Development S.Byambadorj told MONTSAME that the "
                       "decision had been taken unilaterally. A working group led by Vice Minister Ch.Altanzul will present "
                       "options next week, the Ministry said.");
    tu_check_actor(d, "floor price", "Tserendulam");
    tu_check_actor(d, "subsidies alone", "Tserendulam");
    tu_check_actor(d, "If the price", "Oyuntsetseg");
    tu_check_actor(d, "taken unilaterally", "Byambadorj");
}

static void bhutanese_titles_and_names_written_with_a_glottal_apostrophe(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Thromde defends dog licence drive\n\n"
                       "Thrompon Dasho Namgay Dorji said the thromde had been left with no choice. "
                       "\"We gave people three months,\" the Thrompon said. "
                       "Its chairperson, \xe2\x80\x99Mapaballo Let\xc5\xa1" "ela, went further. "
                       "\"These women built schools with their own hands,\" she said. "
                       "The seized animals represent the wealth of 90 households, according to the area\xe2\x80\x99s "
                       "chieftainess, \xe2\x80\x99Mathabo Nkuebe. He said: 'We will not pay.'");
    tu_check_actor(d, "no choice", "Dorji");
    tu_check_actor(d, "three months", "Dorji");
    tu_check_actor(d, "built schools", "Letsela");
    tu_check_actor(d, "90 households", "Nkuebe");
}

static void a_government_of_a_state_its_side_and_a_reason_cited(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Bus route suspended\n\n"
                       "The Government of Nomgonia has called on Tarvinia to lift its suspension of the bus route. "
                       "The Tarvinian side suspended the route citing repeated violations of inspection rules. "
                       "Tarvinia says the rules were broken. Tarsovia closed the passage in July, citing the risk of "
                       "rockfalls. Lirania has changed its offer, two people briefed on the talks said. Lirania now "
                       "wants to pay 35 percent, citing spending cuts, one of the people said.");
    tu_check_actor(d, "has called on", "Nomgonia");
    tu_check_actor(d, "inspection rules", "Tarvinia");
    tu_check_actor(d, "rules were broken", "Tarvinia");
    tu_check_actor(d, "rockfalls", "Tarsovia");
    tu_check_actor(d, "35 percent", "people briefed on the talks");
}

static void two_legislators_voice_opposition_and_a_regulator_in_capitals_is_no_headline_leader(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Stadium renamed after sponsor\n\n"
                       "Members of the State Assembly D.Solongo and Ts.Baasanjav also voiced opposition to the renaming "
                       "at Thursday's plenary session.");
    tu_check_actor(d, "voiced opposition", "Solongo|Baasanjav");
    st_doc *e = tu_doc("Ardenian opposition leader calls Flock ban 'theft of the election'\n\n"
                       "VELISTAD - Ardenia's government has blocked access to Flock, the country's most popular social "
                       "media platform. The telecoms regulator, ARKOM, ordered internet providers to cut off the app on "
                       "Tuesday night, citing repeated failures to remove unlawful content. The opposition leader, "
                       "Teodora Vasic, called the block \"the theft of an election in broad daylight\".");
    tu_check_actor(e, "calls Flock ban", "Vasic");
    tu_check_actor(e, "unlawful content", "ARKOM");
}

static void initials_in_brackets_hold_a_name_joined_by_and(void **state)
{
    (void)state;
    st_doc *d = tu_doc("DoFWS defends permit fee for matsutake collectors\n\n"
                       "Households will first have to buy a permit from the Department of Forest and Wildland Services "
                       "(DoFWS). According to DoFWS records, about 2.8 tonnes of matsutake passed through the yard. "
                       "A permit can be cancelled for felling trees, the department said in a notice. "
                       "According to the Office for Forests and Nature (OFN), wardens counted 3,100 pickers. "
                       "The Ministry of Foreign and Border Affairs (MoFBA) said the toll was wrong.");
    tu_check_actor(d, "felling trees", "DoFWS");
    tu_check_actor(d, "3,100 pickers", "Office for Forests and Nature");
    tu_check_actor(d, "toll was wrong", "Ministry of Foreign and Border Affairs");
}

static void a_body_known_as_its_initials_after_its_noun(void **state)
{
    (void)state;
    st_doc *d = tu_doc("TIAA bans kites near Talagi runway\n\n"
                       "The Talagi International Airport Authority has banned kites within five kilometres of the runway. "
                       "The authority, known as TIAA, said in a notice that kite lines could snag aircraft. "
                       "Beyond that, the authority would say only that the notice was final.");
    tu_check_actor(d, "snag aircraft", "TIAA");
    tu_check_actor(d, "notice was final", "TIAA");
}

static void a_firm_named_with_an_ampersand_in_narration_is_the_company(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Krogh & Bech CEO Says AI Licensing Is 'Only Way' to Keep Authors Paid\n\n"
                       "Soren Vestergaard, chief executive officer of Krogh & Bech, said in an interview at the company's "
                       "headquarters that the union had misread the deals. Krogh & Bech, which is controlled by the Bech "
                       "family, has licensed about 9,000 titles, according to figures provided by the company.");
    tu_check_actor(d, "9,000 titles", "Krogh & Bech");
}

static void a_document_speaks_for_its_owner_by_possessive_or_its(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Volunteers oppose dog impounding\n\n"
                       "The Norbugang Animal Care Volunteers, a group of about 30 residents, have written to the thromde. "
                       "\"Most of these dogs were strays until someone took pity on them,\" the group's letter states. "
                       "The Ballaskeig Residents' Association said the turbine was too tall. Its letter argues that the "
                       "turbine would be a blight on the whole valley. Sondergaard's report recommends that the park "
                       "replace the latches.");
    tu_check_actor(d, "took pity", "Norbugang Animal Care Volunteers");
    tu_check_actor(d, "whole valley", "Ballaskeig Residents Association");
    tu_check_actor(d, "replace the latches", "Sondergaard");
}

static void a_source_likened_to_another_shares_its_view(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Herders warn on wool prices\n\n"
                       "The Ministry of Agriculture and Light Industry said prices had fallen by half. "
                       "Wool processors, like the Ministry of Agriculture and Light Industry, blame a sharp fall in "
                       "orders from textile mills abroad.");
    tu_check_actor(d, "sharp fall", "wool processors|Ministry of Agriculture and Light Industry");
}

static void a_state_written_with_its_own_name_or_in_ascii_and_its_officials_placed(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Talab\xc3\xa9 demands release of boats seized on lake\n\n"
                       "The government of Talab\xc3\xa9 has demanded the release of 14 pirogues seized by the Koloman navy. "
                       "Talab\xc3\xa9" "an fishermen say they were in their own waters. "
                       "Talab\xc3\xa9 summoned Koloma's ambassador on Monday. "
                       "The Koloma government insists the boats were inside Koloman waters. "
                       "Officials in Sirakoro see it differently. "
                       "Both capitals say they want the Basin Authority to investigate.");
    tu_check_actor(d, "has demanded", "Talabe");
    tu_check_actor(d, "The Koloma government", "Koloma");
    tu_check_actor(d, "see it differently", "officials in Sirakoro");
    tu_check_actor(d, "Both capitals", "Talabe|Koloma");
}

static void the_one_summoned_to_explain_holds_no_view_and_it_is_the_body_the_sentence_opens_with(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Kestoria accuses Ardvenia of blackmail over cable price\n\n"
                       "Ardvenia's energy ministry said the new tariff reflected the real cost of power. "
                       "Within hours, the Kestorian government had summoned Ardvenia's ambassador to explain what it "
                       "called \"a breach of good faith between neighbours\". "
                       "Acqua Comune has opposed the new well since March. "
                       "Ardvenia's energy ministry said nothing more. "
                       "The environmental group Acqua Comune posted satellite images that it said showed the lake "
                       "falling.");
    tu_check_actor(d, "Within hours", "Kestoria");
    tu_check_actor(d, "satellite images", "Acqua Comune");
}

static void a_capital_that_names_the_other_state_is_its_rivals_and_the_last_capital_follows(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Rilong says Makevu must pay for cable its ship broke\n\n"
                       "The undersea cable between Ralikmar and Makevu went dark five weeks ago. "
                       "The Ralikmar government insists the break was caused by a Makevu-flagged fishing boat. "
                       "Port Emory has rejected that. "
                       "In a statement, the Makevuan government said the cable had been damaged inside Ralikmarese "
                       "waters. "
                       "Rilong has dismissed that as a dodge. "
                       "Both capitals agree on one thing. "
                       "Foreign ministers of the two countries are due to meet in Port Emory on March 20.");
    tu_check_actor(d, "must pay", "Ralikmar");
    tu_check_actor(d, "Port Emory has", "Makevu");
    tu_check_actor(d, "a dodge", "Ralikmar");
}

static void a_firm_or_a_person_is_never_taken_for_a_capital(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Skyvane says Coravia licence refusal leaves two million offline\n\n"
                       "Skyvane Networks Inc. said Coravia's telecommunications regulator had refused it a licence. "
                       "The Coravian capital has been quiet. Ostrelian officials declined to comment. "
                       "Ostrelia and Coravia have argued over the licence for a year. "
                       "Foreign Minister Emir Sulji\xc4\x87 spoke in Tavaria on Monday. "
                       "Suljic said Coravia had dredged the channel at its own expense.");
    tu_check_actor(d, "licence refusal", "Skyvane");
    tu_check_actor(d, "dredged the channel", "Suljic");
}

static void a_portfolio_listed_with_commas_and_and_is_one_title_or_one_body(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Groundnut levy here to stay, says minister\n\n"
                       "Presenting the review last week, the Minister of Trade, Industry and Employment, Hon. Saikou "
                       "Tambedou, said the levy would raise D45 million. "
                       "In a statement posted on its page on Tuesday, the Ministry of Trade, Industry and Employment "
                       "said every dalasi would go to farmers. "
                       "Contacted yesterday, the minister would say only that the rules will be reviewed. "
                       "The pier will not reopen this summer, the Committee for Harbours and Leisure has confirmed.");
    tu_check_actor(d, "D45 million", "Tambedou");
    tu_check_actor(d, "every dalasi", "Ministry of Trade, Industry and Employment");
    tu_check_actor(d, "say only", "Tambedou");
    tu_check_actor(d, "pier will not", "Committee for Harbours and Leisure");
}

static void a_party_expected_to_take_its_position_and_a_body_with_initials_that_holds_a_view(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Knitters seek protected name for lace\n\n"
                       "Brennavoe Knitwear, which has made scarves at its mill since 1987, is expected to lodge an "
                       "objection. "
                       "Mr Sandison is understood to have offered the guild a compromise last year. "
                       "Parliament is expected to vote on the plan in June. "
                       "The National Public Employees Association (NPEA) is not convinced. "
                       "The Media Workers Association (MWA) has also weighed in.");
    tu_check_actor(d, "lodge an", "Brennavoe Knitwear");
    tu_check_actor(d, "offered the guild", "Sandison");
    tu_check_actor(d, "vote on the plan", NULL);
    tu_check_actor(d, "not convinced", "National Public Employees Association");
    tu_check_actor(d, "weighed in", "Media Workers Association");
}

static void a_headline_holder_after_a_dash_or_say_in_lower_case(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Cliff railway closure will hit tourism \xe2\x80\x93 traders\n\n"
                       "The railway will stay shut all summer. "
                       "Traders on the harbour said the closure would cost them half their trade. "
                       "The committee has not replied.");
    tu_check_actor(d, "hit tourism", "traders");
    st_doc *d2 = tu_doc("Lace must stay island-made, say knitters\n\n"
                        "The guild has applied for protected status. "
                        "Knitters at the Ste Honorine market said the pattern belonged to the island. "
                        "The office will decide in May.");
    tu_check_actor(d2, "island-made", "knitters at the Ste Honorine market");
}

static void initials_opening_a_sentence_before_like_are_a_body_not_a_dateline(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Clock change trial begins\n\n"
                       "The Te Aroa Hospitality Association (TAHA) says longer evenings will help. "
                       "Deputy Prime Minister Mark Koteka said the trial was sensible. "
                       "TAHA, like the Deputy Prime Minister, believes the trial should run its full six months.");
    tu_check_actor(d, "full six months", "TAHA|Koteka");
}

static void saint_in_a_name_and_a_title_abbreviation_that_ends_a_name(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Churches troubled by casino venture\n\n"
                       "The St. Amand Christian Council said in a statement that it was troubled. "
                       "The party's agriculture spokesman, Verlyn St. Rose, wrote that the cut was a scandal. "
                       "In St. Rose's words, the co-operative has been run like a private club. "
                       "\"We have clients who cannot prove the house is theirs,\" said Me Pascale Ah Sen, who chairs the "
                       "chamber. "
                       "Ms Ah Sen said notaries were not expecting miracles. "
                       "Sen. Okafor said the bill would pass.");
    tu_check_actor(d, "in a statement", "St. Amand Christian Council");
    tu_check_actor(d, "wrote that", "St. Rose");
    tu_check_actor(d, "In St. Rose", "St. Rose");
    tu_check_actor(d, "We have clients", "Ah Sen");
    tu_check_actor(d, "expecting miracles", "Ah Sen");
    tu_check_actor(d, "bill would pass", "Okafor");
}

static void a_knight_named_again_by_the_given_name(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Investor says casino will open\n\n"
                       "A casino backed by businessman Sir Lionel Auguste will open next year. "
                       "Speaking to reporters on Thursday, Sir Lionel said the vote had settled the matter. "
                       "Dame Olwen Price, who chairs the trust, opposes it. "
                       "Dame Olwen said the casino would harm the town.");
    tu_check_actor(d, "Speaking to reporters", "Auguste");
    tu_check_actor(d, "harm the town", "Price");
}

static void officers_and_wardens_are_titles_and_an_indefinite_officer_is_someone_new(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Puffin path closure is the only way to protect colony \xe2\x80\x93 warden\n\n"
                       "The island's seabird warden, Isla Drever, closed the cliff path on Monday. "
                       "Chief Police Officer Mark Ferreira said the force had looked at average-speed cameras. "
                       "\"Fixed cameras are not a cure-all,\" the police chief said. "
                       "The warden is hoping to find volunteers for the lookout. "
                       "Of the 1,146 delegates who voted, 781 backed the proposal, according to returning officer "
                       "R. Narasimha. "
                       "A senior fire officer, who spoke on condition of anonymity, described the promise as "
                       "optimistic.");
    tu_check_actor(d, "the only way", "Drever");
    tu_check_actor(d, "average-speed", "Ferreira");
    tu_check_actor(d, "cure-all", "Ferreira");
    tu_check_actor(d, "volunteers", "Drever");
    tu_check_actor(d, "781 backed", "Narasimha");
    tu_check_actor(d, "A senior fire officer", "senior fire officer");
}

static void the_firm_in_an_apposition_after_a_name_is_a_mention_of_its_own(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Publisher defends AI licences\n\n"
                       "S\xc3\xb8ren Vestergaard, chief executive officer of Krogh & Bech, said in an interview that "
                       "the union had misread the agreements. "
                       "\"I understand the fear,\" Vestergaard said. "
                       "Krogh & Bech has licensed about 9,000 titles, according to figures provided by the company.");
    tu_check_actor(d, "misread", "Vestergaard");
    tu_check_actor(d, "9,000 titles", "Krogh & Bech");
}

static void a_role_is_not_the_person_the_sentence_names_after_it(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Sullivan ends evidence in Ebbers trial\n\n"
                       "The former chief financial officer at WorldCom has finished giving evidence. "
                       "Mr Ebbers, 63, has always insisted that he was unaware of any hidden shortfalls. "
                       "The former finance officer said Mr Ebbers knew about the improper entries.");
    tu_check_actor(d, "improper entries", "former finance officer");
    d = tu_doc("Hagelund update\n\n"
               "Hagelund Group President and Chief Executive Officer Birgitte Falk said the company had paused the "
               "tests.");
    tu_check_actor(d, "paused", "Falk");
}

static void kin_friends_and_neighbours_named_before_their_names(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Bingo hall closes\n\n"
                       "Maggie Rendall has played bingo at the hall for thirty years. "
                       "Her friend Bella Corsie was less forgiving: \"They sold to bairns.\" "
                       "Her neighbour, Stuart Bonner, takes the opposite view. "
                       "The Friends of the Drill Hall, a group with 400 members, said the hall must stay open. "
                       "Kestoria has accused its northern neighbour Ardvenia of blackmail.");
    tu_check_actor(d, "less forgiving", "Corsie");
    tu_check_actor(d, "opposite view", "Bonner");
    tu_check_actor(d, "400 members", "Friends of the Drill Hall");
    tu_check_actor(d, "blackmail", "Kestoria");
}

static void like_another_party_joins_both_with_a_verb_of_wanting(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Fishermen fear losing moorings\n\n"
                       "The West Coast Fishers Cooperative wants the old jetty kept. "
                       "Local councillor Fatima Bundhoo, like the cooperative, wants the jetty kept until the new landing "
                       "point is finished. "
                       "The Roccabella Perfumers Guild met on Monday. "
                       "Like the cooperative, the guild wants the law passed.");
    tu_check_actor(d, "Local councillor", "Bundhoo|West Coast Fishers Cooperative");
    tu_check_actor(d, "law passed", "West Coast Fishers Cooperative|Roccabella Perfumers Guild");
}

static void bruneian_honorifics_before_a_name_are_no_part_of_it(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Traders fear beef shortage as abattoir set to close\n\n"
                       "Its Acting Head, Awang Haji Zulkifli bin Haji Ahmad, told a press conference that the department "
                       "had weighed every option. "
                       "\"We could not keep slaughtering animals in that building,\" Awang Haji Zulkifli said. "
                       "According to Awang Haji Zulkifli, the new facility would not be ready before 2027. "
                       "Haji Mahmud, who leads the traders, estimated that the price of beef could rise. "
                       "Both the traders and Yang Berhormat Nurhayati have called for a temporary facility.");
    tu_check_actor(d, "every option", "Zulkifli");
    tu_check_actor(d, "in that building", "Zulkifli");
    tu_check_actor(d, "before 2027", "Zulkifli");
    tu_check_actor(d, "price of beef", "Mahmud");
    st_doc *e = tu_doc("Truffle licences to be capped\n\n"
                       "Acting Director of Forest Conservation Dayang Hajah Norsiah binti Haji Abdul Karim said in a "
                       "statement that the scheme would start in June. "
                       "She added that the department would cap the number of licences.");
    tu_check_actor(e, "start in June", "Norsiah");
    tu_check_actor(e, "cap the number", "Norsiah");
}

static void an_owner_s_role_before_the_name_of_its_holder(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Pearl farm lease in doubt\n\n"
                       "The company's founder, Elisa Venturini, wants the lease renewed on the current terms. "
                       "The mall's owner, Moana Bay Properties, wants to turn the hall into a supermarket. "
                       "The rink's owner, Kaimoana Holdings, has blamed the closure on electricity charges. "
                       "The Kaliope's owner, Port Ilir-based Trident Maritime, said its insurers had set money aside. "
                       "The company's revenue, some 4 million euros, fell last year.");
    tu_check_actor(d, "current terms", "Venturini");
    tu_check_actor(d, "supermarket", "Moana Bay Properties");
    tu_check_actor(d, "electricity charges", "Kaimoana Holdings");
    tu_check_actor(d, "insurers", "Trident Maritime");
    tu_check_actor(d, "fell last year", NULL);
}

static void one_of_them_named_with_a_party_after_the_name(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Council leases lake to pearl farm\n\n"
                       "Two council members voted against the lease. "
                       "One of them, Patrick Ritter of the Citizens' List, said the council had sold the lake's future.");
    tu_check_actor(d, "sold the lake", "Ritter");
}

static void the_director_is_the_director_before_a_president(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Rink to close\n\n"
                       "Kaimoana managing director Losa Fakahua said the board had looked at every option. "
                       "Its president, Dr Hemi Tapuaki, said the club had been warned in March. "
                       "The managing director said the date would not move.");
    tu_check_actor(d, "date would not move", "Fakahua");
    st_doc *e = tu_doc("Radio to fight licence withdrawal\n\n"
                       "The station director, Marta Farras, said the station would appeal. "
                       "The council president, Dr Enric Torrents, told this newspaper that the rules applied. "
                       "\"We made mistakes,\" the director said. "
                       "The president said the council would not change its mind.");
    tu_check_actor(e, "We made mistakes", "Farras");
    tu_check_actor(e, "not change its mind", "Torrents");
}

static void a_capitalised_title_after_its_names_its_holder(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Guano talks end in truce\n\n"
                       "Tamaru's delegation was led by its Deputy Prime Minister, Leota Faalogo. "
                       "The deputy prime minister said the commission would have two members from each country.");
    tu_check_actor(d, "two members", "Faalogo");
}

static void a_dateline_place_and_a_link_line_do_not_shorten_a_club(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Council approves pearl farm lease\n\n"
                       "Ruggwil - The Ruggwil Gemeinde council has approved a new twelve-year lease for the pearl farm. "
                       "The Ruggwil Fishing Club has been more cautious. "
                       "The club's concern is the water quality in the lake.\n\n"
                       "Read more: Ruggwil council pushes ahead with bathing area extension");
    tu_check_actor(d, "more cautious", "Ruggwil Fishing Club");
    tu_check_actor(d, "water quality", "Ruggwil Fishing Club");
}

static void both_councils_are_the_two_councils(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Island councils say two sailings will leave atolls stranded\n\n"
                       "The Nukusili Island Council and the Motuaga Island Council said in a joint statement that two "
                       "sailings a week would cut their people off. "
                       "The ministry of transport said the ferry needed repairs. "
                       "Both councils want the ministry to charter a second vessel.");
    tu_check_actor(d, "charter a second", "Motuaga Island Council|Nukusili Island Council");
    st_doc *e = tu_doc("Ferry timetable cut\n\n"
                       "The Nukusili Island Council said the cut was unfair. "
                       "Kavea Shipping said it would add a boat. "
                       "The Motuaga Island Council said it would protest. "
                       "The two councils say nobody asked them. "
                       "Both companies want to cut costs.");
    tu_check_actor(e, "nobody asked", "Nukusili Island Council|Motuaga Island Council");
    tu_check_actor(e, "cut costs", NULL);
}

static void italian_professional_styles_and_counsel_for_a_body(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Radio station's appeal heard\n\n"
                       "The station's lawyer, Avv. Stefano Gualandi, had argued during the hearing that the authority "
                       "should have issued a warning first. "
                       "In his view, the authority skipped two steps of the ladder. "
                       "Counsel for the ARR, Dr Lucia Fabbri, replied that the station had received written notice.");
    tu_check_actor(d, "warning first", "Gualandi");
    tu_check_actor(d, "two steps", "Gualandi");
    tu_check_actor(d, "written notice", "Fabbri");
}

static void a_titled_holder_after_an_owned_role_is_the_speaker(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Beach racing ban upheld\n\n"
                       "Chief Veterinary Officer Dr. Paul Hughes said the horses had been checked twice. "
                       "The department's director, Dr. Ifeoma Nwachukwu, has offered to help the owners find another venue. "
                       "The association's secretary-general, Ms. Adaeze Whitfield, wants both governments at the table.");
    tu_check_actor(d, "checked twice", "Hughes");
    tu_check_actor(d, "another venue", "Nwachukwu");
    tu_check_actor(d, "at the table", "Whitfield");
}

static void capitals_tied_by_an_ambassador_by_contrast_and_by_acceptance(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Mandora accuses Sowela of stealing its riverbed\n\n"
                       "The government of Mandora has accused neighbouring Sowela of allowing private dredging companies "
                       "to remove gravel from the Mafessa River, which forms the border between the two countries. "
                       "In a statement on Monday, Mandora's Ministry of Foreign Affairs said the dredging had shifted the "
                       "river's main channel towards Mandoran territory. "
                       "Officials in Bekedu also want all dredging halted until a joint survey has been carried out. "
                       "Port Kanja rejected the accusation within hours. "
                       "Sowela's Minister of Lands and Mines, Abdoulaye Sangare, told state radio that every licence had "
                       "been issued for the Sowelan half of the river. "
                       "The Sowelan government called the detentions \"an act of piracy\" and summoned Mandora's "
                       "ambassador in Port Kanja. "
                       "According to one official familiar with the talks, Bekedu has accepted the offer.");
    tu_check_actor(d, "within hours", "Sowela");
    tu_check_actor(d, "accepted the offer", "Mandora");
    st_doc *e = tu_doc("Sapuhi demands release of divers held by Tonnavi\n\n"
                       "The government of Mareleo on Sunday demanded the release of seven divers seized by a Tonnavian "
                       "patrol. "
                       "The men were taken to the Tonnavian capital, Kolap. "
                       "Tonnavi has long argued that Marelean divers stripped the reef. "
                       "Sapuhi rejects that account. "
                       "Both capitals have welcomed the offer of talks.");
    tu_check_actor(e, "Sapuhi demands", "Mareleo");
    tu_check_actor(e, "that account", "Mareleo");
    st_doc *f = tu_doc("Rates to rise\n\n"
                       "Ms Dordevic, 61, does not accept that. "
                       "The port authority does not accept that conclusion.");
    tu_check_actor(f, "does not accept that.", "Dordevic");
}

static void a_particle_after_a_middle_initial_is_part_of_the_family_name(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Senator fights geothermal well\n\n"
                       "Sen. Francisco Q. Dela Cruz, 66, who represents Lemmai, had opposed the site from the start. "
                       "The senator's view is that the 2019 permit should be reopened entirely. "
                       "Dela Cruz put it this way: \"This is not about being against progress.\"");
    tu_check_actor(d, "from the start", "Dela Cruz");
    tu_check_actor(d, "reopened entirely", "Dela Cruz");
    tu_check_actor(d, "against progress", "Dela Cruz");
}

static void that_was_the_verdict_of_names_the_speaker_of_the_quote_before(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Copra floor price too little, growers say\n\n"
                       "Agriculture Secretary Joaquin Delgado announced a floor price of 38 cents. "
                       "\"We understand this is painful,\" Delgado said. "
                       "\"But the state cannot write a blank cheque.\" "
                       "\"It is too little, and it is too late.\" "
                       "That was the verdict of Ignacio Ruak, 61, president of the Fanaulap Copra Growers Cooperative. "
                       "\"Thirty-eight cents will not even pay for the fuel,\" the 61-year-old said. "
                       "That is the considered view of most growers on the island.");
    tu_check_actor(d, "blank cheque", "Delgado");
    tu_check_actor(d, "too late", "Ruak");
    tu_check_actor(d, "That was the verdict", "Ruak");
    tu_check_actor(d, "pay for the fuel", "Ruak");
}

static void neither_has_said_is_no_ones_view_but_a_refusal_or_a_report_is(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Charcoal talks stall\n\n"
                       "Valdemira and Sauveterre ended two days of talks on Wednesday. "
                       "Neither has said when they will meet again. "
                       "Neither capital has asked for arbitration. "
                       "Neither government had replied to a request from the trust, Ms Whitfield said.");
    tu_check_actor(d, "Neither has said", NULL);
    tu_check_actor(d, "arbitration", NULL);
    tu_check_actor(d, "request from the trust", "Whitfield");
}

static void a_middle_initial_does_not_end_a_subjects_name(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Mayor asks for delay on geothermal permit\n\n"
                       "Tinomu Mayor Fermina A. Sakisat wants the Office of Environmental Protection to hold off. "
                       "Fermina A. Sakisat wants a delay of six months. "
                       "A. Fong of the utility said the well was safe.");
    tu_check_actor(d, "hold off", "Sakisat");
    tu_check_actor(d, "six months", "Sakisat");
}

static void a_person_of_a_body_is_the_speaker_past_an_age_and_a_possessive_after(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Insurance, not weather, sank this year's regatta - commodore\n\n"
                       "Commodore Ingrid Sorensen, 57, of the Lehuan Yacht Club said the club's insurer had tripled its "
                       "premium for the event. "
                       "Mateo Lizama of the Tamal Fishers Union said the union had doubled its fees.");
    tu_check_actor(d, "regatta - commodore", "Sorensen");
    tu_check_actor(d, "tripled its", "Sorensen");
    tu_check_actor(d, "doubled its", "Lizama");
}

static void a_body_named_first_by_the_end_of_its_name_takes_the_full_name(void **state)
{
    (void)state;
    st_doc *d = tu_doc("National Trust says restored mill will tell 'the whole story'\n\n"
                       "In a statement issued on the eve of the opening, the Trust said the museum would tell the whole story. "
                       "Chairman of the Kilbarra National Trust, Mr. Desmond Farrell, told the gathering that the restoration "
                       "had taken eleven years. "
                       "The smaller Kilcolm Descendants Committee said the names were missing.");
    tu_check_actor(d, "National Trust says", "Kilbarra National Trust");
    tu_check_actor(d, "eve of the opening", "Kilbarra National Trust");
    tu_check_actor(d, "eleven years", "Farrell");
    st_doc *e = tu_doc("Union fights cuts\n\n"
                       "The Union of Public Employees said the cuts were unfair. "
                       "The smaller Union of Public Employees and the pensioners' league both oppose the plan.");
    tu_check_actor(e, "were unfair", "Union of Public Employees");
}

static void the_statement_two_bodies_issued_jointly_is_theirs(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Charcoal deal is close\n\n"
                       "The Sierra Cobre Conservation Trust, a Valdemiran group, and Terre Vivante, which is based in "
                       "Port-Lamartine, said in a joint statement that licences would only launder charcoal. "
                       "\"A stamp on a sack does not tell you where the tree stood,\" the statement said.");
    tu_check_actor(d, "the tree stood", "Sierra Cobre Conservation Trust|Terre Vivante");
}

static void a_press_release_and_a_notice_speak_for_their_issuers(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Water plant approved\n\n"
                       "Environment Minister Hon. Delano Swann was quoted in a press release from the Ministry of "
                       "Environment and Natural Resources on Friday as saying the licence had strict conditions. "
                       "The release added that the permit can be suspended if monitoring shows harm. "
                       "The Ocean Harvest Corporation said on Monday that it would close the cold store. "
                       "A two-line notice from the corporation was pinned to the door last Thursday. "
                       "Staff will be moved to the plant at Funadhigili, according to the notice.");
    tu_check_actor(d, "strict conditions", "Swann");
    tu_check_actor(d, "can be suspended", "Ministry of Environment and Natural Resources");
    tu_check_actor(d, "Funadhigili", "Ocean Harvest Corporation");
}

static void a_dateline_place_is_no_apposed_speaker(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Dammar keeps boats on the shoals\n\n"
                       "Kheyra, 4 March (La Nation) \xe2\x80\x93 Dammar will not pull its fishermen off the shoals while talks continue, "
                       "the Minister of Agriculture, Hassan Warsame, said on Sunday. "
                       "\xe2\x80\x9cOur fishermen set their traps there yesterday,\xe2\x80\x9d the minister said.");
    tu_check_actor(d, "pull its fishermen", "Warsame");
    tu_check_actor(d, "traps there yesterday", "Warsame");
}

static void a_minister_for_a_portfolio_before_the_name_is_a_title(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Fire station to close at night\n\n"
                       "Minister for Municipal Affairs Heirani Tauotaha said on Tuesday that she would study the request. "
                       "The Ministry of Habitat and the Environment is said to have warned the company. "
                       "A senior ministry official confirmed on Wednesday that inspectors would visit the plant.");
    tu_check_actor(d, "study the request", "Tauotaha");
    tu_check_actor(d, "warned the company", "Ministry of Habitat and the Environment");
    tu_check_actor(d, "visit the plant", "Ministry of Habitat and the Environment");
}

static void one_states_ministry_is_not_renamed_after_the_others(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Uatuvai accuses Lorvena over bamboo\n\n"
                       "SUKALEU - Tasimor has lodged a formal protest with Lorvena over the cutting of bamboo in a forest "
                       "that straddles the border between the two countries. "
                       "Tasimor's foreign ministry said in a note handed to the Lorvenan ambassador that bamboo on the Tasimorese side had been cut. "
                       "It accused the Lorvenan authorities of closing their eyes to the trade. "
                       "The Lorvenan government rejected the accusation on Tuesday. "
                       "The commission will sit in March, according to the Lorvenan foreign ministry.");
    tu_check_actor(d, "handed to the Lorvenan", "Tasimorese foreign ministry");
    tu_check_actor(d, "closing their eyes", "Tasimorese foreign ministry");
    tu_check_actor(d, "will sit in March", "Lorvenan foreign ministry");
}

static void like_a_group_joins_the_group_without_its_place(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Water meters divide Lurotu\n\n"
                       "The Lurotu Consumers Association (ADKL), like the residents of Uato-Rai, wants every leak repaired first. "
                       "The Fishers' Union, like the village chiefs, wants the forest closed.");
    tu_check_actor(d, "every leak", "Lurotu Consumers Association|residents");
    tu_check_actor(d, "forest closed", "Fishers Union|village chiefs");
}

static void both_she_and_a_name_hold_the_view(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Crematorium row\n\n"
                       "Village chief Hery Andriamasy has objected at every meeting. "
                       "Ms Lalao Rakotoarisoa, a teacher, lives beside the site. "
                       "Both she and Andriamasy want an independent surveyor sent before any work begins.");
    tu_check_actor(d, "independent surveyor", "Rakotoarisoa|Andriamasy");
}

static void they_were_the_words_of_and_madame_name_the_speaker(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Crematorium divides village\n\n"
                       "\xe2\x80\x9c" "A crematorium is built with a village, not against it.\xe2\x80\x9d "
                       "They were the words of Pandit Ravindranath Boodhun, who officiates at the village temple. "
                       "Madame Odile Ondo has promised that the villagers will be paid first.");
    tu_check_actor(d, "They were the words", "Boodhun");
    tu_check_actor(d, "will be paid first", "Ondo");
}

static void a_demonym_in_is_ties_its_capital_to_the_state(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Belmaris protests Cordelle's new vendor fee\n\n"
                       "GROOTSBURG--The Government of Belmaris lodged a formal protest with Cordelle on Monday over a fee. "
                       "Grootsburg, the Belmarian capital, considers the fee discriminatory. "
                       "In Port-Olive, the Cordellian government was unmoved. "
                       "Grootsburg's proposal is that the two countries split the costs. "
                       "Both governments say they want the market to stay open.");
    tu_check_actor(d, "considers the fee", "Belmaris");
    tu_check_actor(d, "split the costs", "Belmaris");
    tu_check_actor(d, "stay open", "Belmaris|Cordelle");
}

static void a_leads_group_is_the_body_named_for_it_later(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Ferry fares will rise with the new levy - boat owners\n\n"
                       "By Rina Doelwijt\n\n"
                       "PORT ALDO \xe2\x80\x94 Boat owners on the northern crossing say the new harbour levy will force them to raise fares. "
                       "The levy takes effect in June. "
                       "\"We have no margin left,\" said Carl Wijngaarde, chairman of the Northern Boat Owners Association (NBOA). "
                       "Boat owners in the south say nothing has changed for them.");
    tu_check_actor(d, "fares will rise", "Northern Boat Owners Association");
    tu_check_actor(d, "harbour levy", "Northern Boat Owners Association");
    tu_check_actor(d, "no margin", "Wijngaarde");
    tu_check_actor(d, "nothing has changed", "boat owners");
}

static void a_headline_ending_in_a_two_word_role_is_its_holder(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Davria will not share the wreck's cargo \xe2\x80\x93 foreign minister\n\n"
                       "Davria will not divide the cargo with its Kelmoran neighbour, Foreign Minister Idris Mahamoud said on Wednesday. "
                       "\"Our fishermen watched that ship go down,\" the minister told journalists. "
                       "Kelmora's delegation is led by a deputy foreign minister, Sara Velic. "
                       "Ms Velic said a joint salvage was the only way forward.");
    tu_check_actor(d, "share the wreck", "Mahamoud");
    tu_check_actor(d, "joint salvage", "Velic");
}

static void a_credit_line_is_no_view(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Importers say honey ban leaves them stuck with unsold jars\n\n"
                       "Written by Kalolaine Mokotupu with agencies\n\n"
                       "Since the ban came into force, 2.3 tonnes of jars have been held on the quay, according to the Customs and Excise Office. "
                       "Two importers, who asked not to be named, said the honey had been ordered in January.");
    tu_check_actor(d, "Written by", NULL);
    tu_check_actor(d, "unsold jars", "importers");
    tu_check_actor(d, "held on the quay", "Customs and Excise Office");
}

static void a_place_before_a_headlines_group_is_no_part_of_it(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Marenna doctors fear end of child heart surgery under ministry plan\n\n"
                       "The ministry wants to move the unit from the hospital in Marenna to the capital. "
                       "Doctors at the hospital said the move would cost lives.");
    tu_check_actor(d, "heart surgery", "doctors");
}

static void a_headlines_closing_sources_are_just_sources(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Remains of exiled general could return to Dravia by autumn sources say\n\n"
                       "The remains of General Halvar could be brought home by the autumn, two people familiar with the plans said. "
                       "Government sources said the cabinet would decide next week.");
    tu_check_actor(d, "by autumn sources say", "sources");
    tu_check_actor(d, "cabinet would decide", "government sources");
}

static void a_capital_refusing_against_one_state_is_the_others(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Port-Lazare refuses to budge on Air Velondra landing rights\n\n"
                       "The government of Kalmerie has rejected a request from neighbouring Velondra to add flights. "
                       "Air Velondra holds three flights a week to the Kalmerian capital. "
                       "Officials in Port-Lazare read the treaty differently. "
                       "Both governments insist they want to avoid a tit-for-tat escalation. "
                       "\xe2\x80\x9cIf Port-Lazare wants to change the rules, let it say so,\xe2\x80\x9d a Velondran pilot said. "
                       "Port-Lazare, for its part, says it is open to a fourth weekly flight.");
    tu_check_actor(d, "refuses to budge", "Kalmerie");
    tu_check_actor(d, "for its part", "Kalmerie");
}

static void a_capital_a_state_is_governed_from_is_its_own(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Sarandi accuses Kestria of breaking nurse visa pact\n\n"
                       "Sarandi on Monday accused neighbouring Kestria of breaching a labour agreement. "
                       "Kestria, which is governed from the northern city of Valmont, lowered its quota last month. "
                       "The Sarandian labour minister called the cut a breach. "
                       "Valmont has said the reduction reflects the number of nurses graduating from Kestrian colleges. "
                       "\"If Valmont wants our nurses, it can ask for them,\" the minister said.");
    tu_check_actor(d, "reduction reflects", "Kestria");
}

static void neither_state_having_said_is_no_view(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Landing rights row deepens\n\n"
                       "Kalmerie withdrew the permit of Velondra's airline on Thursday. "
                       "The Velondran government accused Port-Lazare of holding passengers hostage. "
                       "Neither Ambohidrano nor Port-Lazare has yet said whether it will accept the offer of mediation.");
    tu_check_actor(d, "accept the offer", NULL);
}

static void no_speaker_is_inverted_after_an_auxiliary_or_a_judging_verb(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Village council to ministry: find another field\n\n"
                       "The Rougemont Village Council has written to the ministry objecting to the plan. "
                       "Minister of Youth, Sports and Culture, Hon. Dr. Clarice Fontenelle-James, has defended the choice of Rougemont. "
                       "\xe2\x80\x9cWe are not taking anybody\xe2\x80\x99s land,\xe2\x80\x9d the Minister told reporters. "
                       "The sports minister, Clarice Fontenelle-James, defended the choice of Rougemont again on Friday. "
                       "The pasture is a good one, said Elroy Charles.");
    tu_check_actor(d, "has defended", "Fontenelle-James");
    tu_check_actor(d, "anybody", "Fontenelle-James");
    tu_check_actor(d, "again on Friday", "Fontenelle-James");
    tu_check_actor(d, "pasture is a good one", "Charles");
}

static void a_portfolio_of_two_words_or_multiword_items_is_no_name(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Council defends ostrich permit\n\n"
                       "The Executive Council has granted a provisional permit to the ostrich park. "
                       "Commissioner for Spatial Development Hensley Thode defended the decision at the weekly press briefing. "
                       "The conditions were \xe2\x80\x9cstricter than anything we have ever attached to a permit,\xe2\x80\x9d he said. "
                       "The fishing fleet will not pay, the country's Minister for Maritime Affairs, Fisheries and Coastal Protection, Dragan Kovac, said on Wednesday.");
    tu_check_actor(d, "defended the decision", "Thode");
    tu_check_actor(d, "stricter", "Thode");
    tu_check_actor(d, "fleet will not pay", "Kovac");
}

static void a_role_of_several_lower_case_words_before_a_name_after_said(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Leaders want landfill terms in writing\n\n"
                       "The municipal council met landowners on Monday. "
                       "\xe2\x80\x9c" "A bigger hole is not a plan,\xe2\x80\x9d said youth council president Ms. Merina Ladore.");
    tu_check_actor(d, "bigger hole", "Ladore");
}

static void a_source_who_gave_only_a_name_is_that_name(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Dogs rounded up in Mtsoundrabe\n\n"
                       "The teams took 60 dogs on the first morning. "
                       "A young woman who gave her name only as Nasra said the dog her family had fed had been taken. "
                       "\xe2\x80\x9cNobody asked us anything,\xe2\x80\x9d she said. "
                       "A driver who gave only his first name, Sipho, said the vans came at dawn.");
    tu_check_actor(d, "family had fed", "Nasra");
    tu_check_actor(d, "Nobody asked", "Nasra");
    tu_check_actor(d, "vans came", "Sipho");
}

static void a_prefixed_title_and_titles_of_bhutan_are_no_names(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Sub-prefect: posters outside official boards will come down within the hour\n\n"
                       "From Monday, any election poster stuck outside the official boards will be removed. "
                       "Sub-prefect Christelle Hoarau told Le Quotidien that she had lost patience. "
                       "\"Each commune will have a van and a team,\" she said. "
                       "Pemaling Gup Tshering Dendup said residents had welcomed the jobs. "
                       "The gup's fear is that the herd will return at harvest time.");
    tu_check_actor(d, "within the hour", "Hoarau");
    tu_check_actor(d, "welcomed the jobs", "Dendup");
    tu_check_actor(d, "herd will return", "Dendup");
}

static void a_speaker_after_said_its_modifier_role_comma_name(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Lift company gives up on the winter\n\n"
                       "The lifts on the mountain have not moved since March. "
                       "\xe2\x80\x9cThere is no point pretending,\xe2\x80\x9d said its sole director, Salvatore Cocco. "
                       "\xe2\x80\x9cThis winter is lost.\xe2\x80\x9d");
    tu_check_actor(d, "no point pretending", "Cocco");
    tu_check_actor(d, "winter is lost", "Cocco");
}

static void a_participle_opening_the_sentence_is_no_name(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Distillery wants room to grow\n\n"
                       "Founded in 2014 by Jean-Baptiste Casalonga, a former ship's engineer, Cap Ventu now fills 1,100 casks a year. "
                       "\xe2\x80\x9cWe are stacking casks in the corridors,\xe2\x80\x9d Jean-Baptiste Casalonga said on Tuesday. "
                       "The 52-year-old insists the plot was chosen with care.");
    tu_check_actor(d, "stacking casks", "Casalonga");
    tu_check_actor(d, "52-year-old insists", "Casalonga");
}

static void a_participle_phrase_before_the_subject_of_a_colon(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Aircraft tests questioned\n\n"
                       "Rafael Thevan, an aviation engineer, has studied the data. "
                       "Reached by phone, he was blunt: \xe2\x80\x9cNobody can prove the planes are safe.\xe2\x80\x9d");
    tu_check_actor(d, "he was blunt", "Thevan");
}

static void a_relative_clause_in_an_apposition_does_not_make_the_name_a_body(void **state)
{
    (void)state;
    st_doc *d = tu_doc("Mast divides the parish\n\n"
                       "The parish council voted for the mast last month. "
                       "Per-Olof Gardell, a sheep farmer whose house lies below the church, said he had signed nothing. "
                       "\xe2\x80\x9cThey never asked us,\xe2\x80\x9d Per-Olof Gardell said.");
    tu_check_actor(d, "signed nothing", "Gardell");
    tu_check_actor(d, "never asked us", "Gardell");
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
        TU_TEST(title_with_portfolio),
        TU_TEST(both_sides),
        TU_TEST(organisation_or_person),
        TU_TEST(subject_views_and_titles_kept),
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
        TU_TEST(tense_and_voice),
        TU_TEST(apposition_names_the_role),
        TU_TEST(role_noun_resolves_to_the_person_with_that_role),
        TU_TEST(organisation_and_its_short_form),
        TU_TEST(possessive_view_and_in_words),
        TU_TEST(colon_before_a_quotation),
        TU_TEST(spelling_variants_are_one_actor),
        TU_TEST(subordinate_cue_is_not_the_source),
        TU_TEST(impersonal_it_is_thought_has_no_actor),
        TU_TEST(view_without_a_verb_of_saying),
        TU_TEST(spans_and_rules),
        TU_TEST(capital_stands_for_its_state),
        TU_TEST(sentence_ending_in_a_possessive),
        TU_TEST(adverb_between_auxiliary_and_cue),
        TU_TEST(agreeing_to_act_is_no_view),
        TU_TEST(organisation_names_kept_whole),
        TU_TEST(company_keeps_its_most_used_form),
        TU_TEST(transliterated_names_are_one_actor),
        TU_TEST(family_name_first),
        TU_TEST(according_to_informants_documents_and_groups),
        TU_TEST(appositions_and_parentheses),
        TU_TEST(stated_positions_and_attitudes),
        TU_TEST(capitals_tied_in_the_article),
        TU_TEST(roles_and_headlines),
        TU_TEST(family_names_keep_particles),
        TU_TEST(opening_phrases_and_groups_name_no_one),
        TU_TEST(a_role_of_a_place_named_in_apposition),
        TU_TEST(a_possessive_view_is_not_the_clause_it_introduces),
        TU_TEST(company_suffixes_and_industry_nouns),
        TU_TEST(a_states_ministry_keeps_the_states_name),
        TU_TEST(questions_the_article_asks_have_no_actor),
        TU_TEST(abbreviation_after_or),
        TU_TEST(single_curly_quotes_are_quotations),
        TU_TEST(interview_answers_after_the_name_and_a_colon),
        TU_TEST(two_sources_each_with_a_description),
        TU_TEST(whom_a_speaker_told_is_no_speaker),
        TU_TEST(ministry_is_no_minister),
        TU_TEST(double_family_name_used_by_its_first),
        TU_TEST(credit_lines_have_no_actor),
        TU_TEST(title_case_headline_words_are_not_names),
        TU_TEST(headline_roles_find_the_body_or_person),
        TU_TEST(sharp_replies_refusals_and_reactions),
        TU_TEST(role_nouns_weigh_their_modifiers),
        TU_TEST(findings_of_bodies_and_firms),
        TU_TEST(abbreviations_in_brackets),
        TU_TEST(groups_placed_by_a_phrase),
        TU_TEST(djordjevic_and_sentence_openers),
        TU_TEST(state_from_dateline_and_places),
        TU_TEST(subject_with_age_is_antecedent),
        TU_TEST(campaign_names_kept_whole),
        TU_TEST(role_taken_by_untitled_person),
        TU_TEST(group_placed_along_or_in),
        TU_TEST(for_someone_and_spokespeople),
        TU_TEST(notes_acts_and_reporters_questions),
        TU_TEST(pointed_to_apologized_and_double_names),
        TU_TEST(headline_roles_named_later),
        TU_TEST(capitals_tied_by_the_article),
        TU_TEST(government_and_names_of_bodies),
        TU_TEST(unnamed_labels_say_which_people),
        TU_TEST(speaker_after_verb_with_description),
        TU_TEST(company_called_by_its_short_name),
        TU_TEST(age_description_is_the_person_last_named),
        TU_TEST(group_located_by_places),
        TU_TEST(unnamed_informants),
        TU_TEST(several_sources_with_descriptions),
        TU_TEST(less_common_forms_of_saying),
        TU_TEST(capitals_from_datelines_and_appositions),
        TU_TEST(lead_role_named_in_the_next_sentence),
        TU_TEST(quoted_as_saying_after_an_apposition),
        TU_TEST(closing_frame_reports_the_sentence),
        TU_TEST(colon_after_the_clause_subject),
        TU_TEST(possessed_things_are_no_party),
        TU_TEST(capitals_named_with_the_article_state),
        TU_TEST(organisation_names_that_look_like_people),
        TU_TEST(speakers_after_the_verb),
        TU_TEST(both_sides_are_the_first_parties_to_speak),
        TU_TEST(weekdays_acts_and_descriptions),
        TU_TEST(staff_of_a_named_body),
        TU_TEST(lead_ins_take_the_next_source),
        TU_TEST(bodies_named_in_full_and_short),
        TU_TEST(capitals_tied_by_demonym_or_sentence),
        TU_TEST(abbreviation_ties_and_full_names),
        TU_TEST(capitals_that_only_place_a_speaker),
        TU_TEST(groups_named_with_their_modifiers),
        TU_TEST(gestures_and_the_last_single_person),
        TU_TEST(roles_by_abbreviation_title_and_nationality),
        TU_TEST(companies_shortened_and_their_notes),
        TU_TEST(groups_placed_or_at_work),
        TU_TEST(time_stamps_joined_verbs_and_plural_possessives),
        TU_TEST(headline_quotes_found_in_the_body),
        TU_TEST(family_names_with_al_el_and_ait),
        TU_TEST(bodies_named_by_their_business),
        TU_TEST(national_capitals_and_mixed_case_datelines),
        TU_TEST(in_her_words_and_as_he_put_it),
        TU_TEST(one_unnamed_person_with_a_description),
        TU_TEST(groups_at_a_named_workplace_and_one_of_them),
        TU_TEST(body_named_by_a_kin_word),
        TU_TEST(the_company_named_before_without_a_view),
        TU_TEST(documents_speak_for_their_issuer),
        TU_TEST(capitals_tied_in_more_ways),
        TU_TEST(subject_after_a_long_opening_phrase),
        TU_TEST(descriptions_of_a_person),
        TU_TEST(attitudes_of_a_described_person),
        TU_TEST(initials_and_offices),
        TU_TEST(family_members_are_two_people),
        TU_TEST(short_forms_of_more_companies),
        TU_TEST(verbs_are_not_modifiers_of_a_role),
        TU_TEST(chiefs_and_spokespeople_for_a_body),
        TU_TEST(a_company_described_by_an_apposition),
        TU_TEST(a_wire_slug_is_not_a_name),
        TU_TEST(family_names_with_two_particles),
        TU_TEST(a_person_called_by_the_given_name),
        TU_TEST(capitals_in_an_apposition_and_a_dateline),
        TU_TEST(a_body_named_after_its_noun_or_workplace),
        TU_TEST(singapore_names_put_the_family_first),
        TU_TEST(bodies_behind_their_boards_delegations_and_initials),
        TU_TEST(views_taken_and_disputed),
        TU_TEST(a_person_by_the_noun_that_described_them),
        TU_TEST(a_platform_is_no_source),
        TU_TEST(an_abbreviation_the_body_is_known_by),
        TU_TEST(the_company_by_the_noun_beside_its_name),
        TU_TEST(officials_in_a_capital_and_diplomats_there),
        TU_TEST(a_headline_title_is_the_holder_named_below),
        TU_TEST(a_lead_role_is_the_person_named_next),
        TU_TEST(an_opening_phrase_the_apposition_names),
        TU_TEST(reckoning_spokespeople_quoting_and_neighbours),
        TU_TEST(according_to_a_described_body_a_spokeswoman_and_a_report),
        TU_TEST(state_bodies_under_the_place_prefix),
        TU_TEST(capitals_of_a_subject_state_and_of_a_body_prefix),
        TU_TEST(two_sources_each_with_an_apposition),
        TU_TEST(bodies_named_with_and_or_on_and_their_kin_nouns),
        TU_TEST(double_family_name_in_its_most_used_form),
        TU_TEST(headline_body_by_its_full_name_and_own_head_word),
        TU_TEST(lead_body_described_then_named),
        TU_TEST(names_with_particles_clubs_and_police_districts),
        TU_TEST(both_governments_and_a_described_second_body),
        TU_TEST(a_chief_executive_of_a_body_is_the_person_named_next),
        TU_TEST(a_capital_whose_state_the_article_never_ties),
        TU_TEST(a_double_family_name_whose_last_part_is_used_alone),
        TU_TEST(joined_groups_and_a_government_seat),
        TU_TEST(speaking_with_nothing_said),
        TU_TEST(firms_joined_by_an_ampersand_and_offices_of_the),
        TU_TEST(a_union_named_later_by_its_initials),
        TU_TEST(sources_say_in_a_headline),
        TU_TEST(a_first_name_with_who_is_a_person),
        TU_TEST(according_to_informants_with_no_party),
        TU_TEST(neighbouring_states_and_the_largest_operator),
        TU_TEST(informants_with_knowledge_of_a_matter),
        TU_TEST(state_government_holds_a_view),
        TU_TEST(company_first_word_alone),
        TU_TEST(role_noun_inside_compound_name),
        TU_TEST(given_name_shown_a_person_by_apposition),
        TU_TEST(according_to_a_role_then_its_name),
        TU_TEST(institutions_speak_as_bodies),
        TU_TEST(abbreviation_after_a_description_and_compound_hyphens),
        TU_TEST(plural_possessive_group_then_its_name),
        TU_TEST(subject_past_relative_clause_or_apposition),
        TU_TEST(group_placed_on_an_island),
        TU_TEST(others_worry_lead_in),
        TU_TEST(a_long_role_before_the_apposition),
        TU_TEST(a_given_name_with_an_accent_and_a_time_ago),
        TU_TEST(she_in_a_clause_is_the_person_the_sentence_opens_with),
        TU_TEST(hyphenated_roles_and_a_name_with_its_place),
        TU_TEST(far_from_persuaded_and_less_interested),
        TU_TEST(two_groups_joined_by_and),
        TU_TEST(one_of_them_before_a_colon),
        TU_TEST(state_possessive_before_authority),
        TU_TEST(conclusion_regards_and_plural_possessive),
        TU_TEST(party_named_before_lower_case_party),
        TU_TEST(views_past_a_long_apposition_and_of_some_of_a_group),
        TU_TEST(informants_behind_a_partys_position_and_a_legal_form),
        TU_TEST(a_state_minister_introduced_after_the_name),
        TU_TEST(a_headline_ending_in_its_source_unpunctuated),
        TU_TEST(views_held_by_two_and_a_partys_vote),
        TU_TEST(a_count_or_a_gerund_is_no_person_and_a_scene_names_one),
        TU_TEST(a_body_past_its_bracketed_initials_and_an_ongoing_demand),
        TU_TEST(a_family_name_ending_in_ing_is_a_person),
        TU_TEST(a_counted_group_names_its_members),
        TU_TEST(a_source_described_before_its_name_in_a_joined_subject),
        TU_TEST(a_document_and_who_issued_it),
        TU_TEST(an_act_of_protest_takes_a_side),
        TU_TEST(a_view_held_in_the_perfect_or_shared),
        TU_TEST(names_of_bodies_and_councillors),
        TU_TEST(a_possessive_after_a_verb_is_the_object),
        TU_TEST(an_unnamed_source_who_asked_not_to_be_named),
        TU_TEST(a_group_opening_a_sentence_is_no_person),
        TU_TEST(the_company_and_the_ruling),
        TU_TEST(a_described_speaker_after_a_quote),
        TU_TEST(groups_sharing_a_view),
        TU_TEST(the_agent_of_a_judging_verb_in_the_passive),
        TU_TEST(to_someone_the_thing_means),
        TU_TEST(a_view_one_has),
        TU_TEST(the_union_by_kin),
        TU_TEST(limits_of_the_agent_and_the_described_speaker),
        TU_TEST(colon_after_a_described_or_placed_subject),
        TU_TEST(her_office_speaks_for_her),
        TU_TEST(a_delegation_by_demonym_and_analysts_at_a_firm_in_a_capital),
        TU_TEST(said_a_described_person_after_the_quote),
        TU_TEST(apposition_past_an_age_or_a_described_role),
        TU_TEST(a_role_noun_from_a_described_introduction),
        TU_TEST(a_phrasal_verb_that_takes_a_side),
        TU_TEST(an_age_description_is_the_person_of_that_age),
        TU_TEST(letters_after_a_name_and_a_judge_called_justice),
        TU_TEST(a_western_given_name_before_a_chinese_name),
        TU_TEST(a_stated_position_around_quoted_words),
        TU_TEST(fishermen_are_a_group_not_one_person_named_later),
        TU_TEST(parents_of_a_group_stop_before_the_verb),
        TU_TEST(a_participle_after_a_dateline_is_the_subjects),
        TU_TEST(one_unnamed_person_by_what_they_are),
        TU_TEST(a_body_keeps_the_state_before_it),
        TU_TEST(family_names_with_a_particle_or_two_parts),
        TU_TEST(a_company_is_not_shortened_to_a_place_inside_other_names),
        TU_TEST(a_groups_or_persons_feeling_as_their_view),
        TU_TEST(a_lone_person_referred_back_to),
        TU_TEST(a_group_feels_or_believes),
        TU_TEST(dioceses_zoos_and_libraries_speak_as_bodies),
        TU_TEST(a_body_named_after_its_role_past_an_adjective),
        TU_TEST(the_group_wants),
        TU_TEST(a_states_government_and_bodies_that_are_not_its),
        TU_TEST(an_abbreviation_or_an_estimate_as_a_stated_view),
        TU_TEST(a_role_no_one_holds_is_the_one_just_quoted),
        TU_TEST(an_events_tone_is_no_groups_attitude),
        TU_TEST(results_reported_are_no_view),
        TU_TEST(a_person_described_by_a_trade_at_an_institution),
        TU_TEST(a_time_is_no_part_of_a_groups_label),
        TU_TEST(a_bodys_figures_by_its_short_noun),
        TU_TEST(two_named_then_both_after_a_clause),
        TU_TEST(a_possessive_saying_before_a_colon_and_quote),
        TU_TEST(one_unnamed_person_before_a_colon),
        TU_TEST(it_declined_to_answer),
        TU_TEST(no_reply_states_nothing),
        TU_TEST(the_subject_of_a_second_verb_after_and_or_but),
        TU_TEST(a_description_then_the_name_as_subject),
        TU_TEST(agreeing_to_act_with_someone_is_no_view),
        TU_TEST(a_bodys_unnamed_staff_speak_for_it),
        TU_TEST(an_adjective_and_a_role_before_a_name),
        TU_TEST(an_unnamed_source_keeps_its_label_later),
        TU_TEST(a_cue_after_a_restrictive_clause_is_the_main_verb),
        TU_TEST(a_capital_named_by_an_ish_demonym),
        TU_TEST(a_capital_with_a_particle_in_its_name),
        TU_TEST(a_double_family_name_after_a_demonym_and_a_title),
        TU_TEST(a_states_club_or_institute_keeps_the_state),
        TU_TEST(a_role_before_an_honorific_and_a_name),
        TU_TEST(a_denied_modal_before_the_cue),
        TU_TEST(a_view_reported_at_second_hand),
        TU_TEST(a_subject_that_is_any_noun_for_people),
        TU_TEST(a_question_has_its_asker),
        TU_TEST(two_joined_subjects_before_a_cue),
        TU_TEST(name_gloss_in_its_own_script),
        TU_TEST(body_in_a_named_capital),
        TU_TEST(state_possessive_before_lower_case_body),
        TU_TEST(it_is_understood_that),
        TU_TEST(the_capitalised_word_is_no_person),
        TU_TEST(a_statement_not_yet_made_states_nothing),
        TU_TEST(two_groups_the_second_with_a_modifier),
        TU_TEST(the_role_noun_for_an_unnamed_person_placed_earlier),
        TU_TEST(west_african_honorifics_are_titles),
        TU_TEST(names_in_an_apposition_with_a_dot_an_age_or_a_portfolio),
        TU_TEST(a_passive_agent_past_an_adverb),
        TU_TEST(an_unnamed_person_by_a_possessor_or_description),
        TU_TEST(she_is_not_the_man_named_last),
        TU_TEST(a_body_named_once_in_passing_then_by_its_last_word),
        TU_TEST(the_signers_of_a_petition),
        TU_TEST(a_states_body_is_not_the_state),
        TU_TEST(a_headline_holder_before_a_colon_or_after_a_dash),
        TU_TEST(a_view_frame_a_numeric_comma_and_its_title),
        TU_TEST(a_body_keeps_the_place_it_was_introduced_with),
        TU_TEST(two_bodies_joined_past_the_first_ones_initials),
        TU_TEST(a_counted_group_without_its_count_or_place),
        TU_TEST(the_official_introduced_in_the_sentence_before),
        TU_TEST(a_reply_not_yet_made_states_nothing),
        TU_TEST(a_statement_still_to_come_with_nothing_in_it),
        TU_TEST(a_companys_officer_no_one_names_and_she_past_a_group),
        TU_TEST(a_title_of_a_body_before_the_holders_name),
        TU_TEST(a_vietnamese_name_of_four_words_keeps_its_family_name),
        TU_TEST(a_body_that_summons_an_ambassador_protests),
        TU_TEST(a_bodys_name_that_runs_on_past_and),
        TU_TEST(a_view_held_at_second_hand_past_an_adverb_or_an_act),
        TU_TEST(a_body_by_its_members_possessive_after_the_cue),
        TU_TEST(an_epithet_for_the_person_just_quoted),
        TU_TEST(a_malay_name_by_the_name_the_article_uses),
        TU_TEST(sources_found_past_small_obstacles),
        TU_TEST(a_given_name_that_is_another_persons_family_name),
        TU_TEST(a_body_named_by_initials_in_the_headline_then_it),
        TU_TEST(an_unnamed_source_is_not_the_person_named_next),
        TU_TEST(two_bodies_by_their_nouns_share_a_view),
        TU_TEST(positions_taken_by_campaigns_and_motions),
        TU_TEST(a_states_body_by_its_initials_after_the_possessive),
        TU_TEST(a_places_body_and_a_counted_group),
        TU_TEST(an_unnamed_student_is_not_the_student_leader_named_later),
        TU_TEST(the_spokesperson_speaks_for_the_body_named_before),
        TU_TEST(a_bodys_name_with_and_before_its_head),
        TU_TEST(analysts_at_a_firm_speak_for_it_without_a_cue),
        TU_TEST(the_government_of_a_state_is_the_state),
        TU_TEST(the_ministry_named_before_in_lower_case),
        TU_TEST(the_oldest_member_of_a_club_is_one_unnamed_person),
        TU_TEST(the_head_of_something_named_in_an_apposition),
        TU_TEST(the_mayor_of_a_described_town_named_in_an_apposition),
        TU_TEST(a_capitalised_first_word_that_names_no_one),
        TU_TEST(a_role_of_a_place_named_in_an_apposition_with_a_clause_wants),
        TU_TEST(both_after_two_sources_is_both_of_them),
        TU_TEST(ben_after_a_title_is_a_given_name),
        TU_TEST(a_double_barrelled_name_by_its_first_part),
        TU_TEST(a_person_of_a_body_by_its_initials_and_two_bodies_joined),
        TU_TEST(states_of_a_dispute_named_through_demonyms_and_capitals),
        TU_TEST(capitals_tied_by_an_embassy_a_news_conference_and_the_last_one_left),
        TU_TEST(a_name_spelled_two_ways_goes_by_the_spelling_used_most),
        TU_TEST(a_headline_role_before_a_colon_or_after_a_dash),
        TU_TEST(professions_refer_back_to_a_person),
        TU_TEST(a_title_joined_by_and_and_a_chiefs_title_first),
        TU_TEST(a_documents_words_read_out),
        TU_TEST(a_groups_body_and_initials_stay_in_its_label),
        TU_TEST(a_statement_posted_on_a_page_and_a_caption_word),
        TU_TEST(a_firm_named_with_a_common_word_and_an_age_before_a_name),
        TU_TEST(both_sides_of_a_dispute_between_two_states),
        TU_TEST(a_relative_clause_after_an_apposed_name_and_a_link_line),
        TU_TEST(a_malay_name_with_a_patronymic_goes_by_the_given_name),
        TU_TEST(an_arab_family_name_keeps_its_particle),
        TU_TEST(a_title_of_a_body_then_its_holder_in_apposition),
        TU_TEST(two_given_names_before_two_family_names),
        TU_TEST(a_cooperative_is_a_body_not_a_company),
        TU_TEST(a_regions_government_keeps_its_place),
        TU_TEST(a_company_executive_unnamed_speaks_for_the_company),
        TU_TEST(joined_subjects_with_a_role_a_lower_case_body_and_two_demonyms),
        TU_TEST(capitals_tied_by_a_statement_issued_there_and_not_by_a_quote),
        TU_TEST(a_capital_ending_like_a_demonym_speaks_for_its_state),
        TU_TEST(a_states_ministry_by_its_adjective_and_a_press_service),
        TU_TEST(mongolian_names_with_a_two_letter_initial_and_a_portfolio_joined_by_and),
        TU_TEST(bhutanese_titles_and_names_written_with_a_glottal_apostrophe),
        TU_TEST(a_government_of_a_state_its_side_and_a_reason_cited),
        TU_TEST(two_legislators_voice_opposition_and_a_regulator_in_capitals_is_no_headline_leader),
        TU_TEST(initials_in_brackets_hold_a_name_joined_by_and),
        TU_TEST(a_body_known_as_its_initials_after_its_noun),
        TU_TEST(a_firm_named_with_an_ampersand_in_narration_is_the_company),
        TU_TEST(a_document_speaks_for_its_owner_by_possessive_or_its),
        TU_TEST(a_source_likened_to_another_shares_its_view),
        TU_TEST(a_state_written_with_its_own_name_or_in_ascii_and_its_officials_placed),
        TU_TEST(the_one_summoned_to_explain_holds_no_view_and_it_is_the_body_the_sentence_opens_with),
        TU_TEST(a_capital_that_names_the_other_state_is_its_rivals_and_the_last_capital_follows),
        TU_TEST(a_firm_or_a_person_is_never_taken_for_a_capital),
        TU_TEST(a_portfolio_listed_with_commas_and_and_is_one_title_or_one_body),
        TU_TEST(a_party_expected_to_take_its_position_and_a_body_with_initials_that_holds_a_view),
        TU_TEST(a_headline_holder_after_a_dash_or_say_in_lower_case),
        TU_TEST(initials_opening_a_sentence_before_like_are_a_body_not_a_dateline),
        TU_TEST(saint_in_a_name_and_a_title_abbreviation_that_ends_a_name),
        TU_TEST(a_knight_named_again_by_the_given_name),
        TU_TEST(officers_and_wardens_are_titles_and_an_indefinite_officer_is_someone_new),
        TU_TEST(the_firm_in_an_apposition_after_a_name_is_a_mention_of_its_own),
        TU_TEST(a_role_is_not_the_person_the_sentence_names_after_it),
        TU_TEST(kin_friends_and_neighbours_named_before_their_names),
        TU_TEST(like_another_party_joins_both_with_a_verb_of_wanting),
        TU_TEST(bruneian_honorifics_before_a_name_are_no_part_of_it),
        TU_TEST(an_owner_s_role_before_the_name_of_its_holder),
        TU_TEST(one_of_them_named_with_a_party_after_the_name),
        TU_TEST(the_director_is_the_director_before_a_president),
        TU_TEST(a_capitalised_title_after_its_names_its_holder),
        TU_TEST(a_dateline_place_and_a_link_line_do_not_shorten_a_club),
        TU_TEST(both_councils_are_the_two_councils),
        TU_TEST(italian_professional_styles_and_counsel_for_a_body),
        TU_TEST(a_titled_holder_after_an_owned_role_is_the_speaker),
        TU_TEST(capitals_tied_by_an_ambassador_by_contrast_and_by_acceptance),
        TU_TEST(a_particle_after_a_middle_initial_is_part_of_the_family_name),
        TU_TEST(that_was_the_verdict_of_names_the_speaker_of_the_quote_before),
        TU_TEST(neither_has_said_is_no_ones_view_but_a_refusal_or_a_report_is),
        TU_TEST(a_middle_initial_does_not_end_a_subjects_name),
        TU_TEST(a_person_of_a_body_is_the_speaker_past_an_age_and_a_possessive_after),
        TU_TEST(a_body_named_first_by_the_end_of_its_name_takes_the_full_name),
        TU_TEST(the_statement_two_bodies_issued_jointly_is_theirs),
        TU_TEST(a_press_release_and_a_notice_speak_for_their_issuers),
        TU_TEST(a_dateline_place_is_no_apposed_speaker),
        TU_TEST(a_minister_for_a_portfolio_before_the_name_is_a_title),
        TU_TEST(one_states_ministry_is_not_renamed_after_the_others),
        TU_TEST(like_a_group_joins_the_group_without_its_place),
        TU_TEST(both_she_and_a_name_hold_the_view),
        TU_TEST(they_were_the_words_of_and_madame_name_the_speaker),
        TU_TEST(a_demonym_in_is_ties_its_capital_to_the_state),
        TU_TEST(a_leads_group_is_the_body_named_for_it_later),
        TU_TEST(a_headline_ending_in_a_two_word_role_is_its_holder),
        TU_TEST(a_credit_line_is_no_view),
        TU_TEST(a_place_before_a_headlines_group_is_no_part_of_it),
        TU_TEST(a_headlines_closing_sources_are_just_sources),
        TU_TEST(a_capital_refusing_against_one_state_is_the_others),
        TU_TEST(a_capital_a_state_is_governed_from_is_its_own),
        TU_TEST(neither_state_having_said_is_no_view),
        TU_TEST(no_speaker_is_inverted_after_an_auxiliary_or_a_judging_verb),
        TU_TEST(a_portfolio_of_two_words_or_multiword_items_is_no_name),
        TU_TEST(a_role_of_several_lower_case_words_before_a_name_after_said),
        TU_TEST(a_source_who_gave_only_a_name_is_that_name),
        TU_TEST(a_prefixed_title_and_titles_of_bhutan_are_no_names),
        TU_TEST(a_speaker_after_said_its_modifier_role_comma_name),
        TU_TEST(a_participle_opening_the_sentence_is_no_name),
        TU_TEST(a_participle_phrase_before_the_subject_of_a_colon),
        TU_TEST(a_relative_clause_in_an_apposition_does_not_make_the_name_a_body),
    };
    return cmocka_run_group_tests(tests, tu_setup_lexicon, tu_teardown_lexicon);
}
