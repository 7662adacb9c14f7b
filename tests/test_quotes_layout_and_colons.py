"""Quotes with no cue beside them: pull-quote signatures, digest headings, colon clauses and the
sentence before. Sentences written for these tests."""

from __future__ import annotations

from quote_helpers import quotes, speaker_of


def test_pull_quote_signed_on_its_own_last_line_names_that_person(nlp, quote_extractor):
    text = (
        "The harbor board met on Tuesday to weigh the dredging contract.\n\n"
        '"We cannot keep the channel open with a budget written for a fishing village.\n'
        'Helen Marsh, Port Authority."\n\n'
        "The board will vote again in May."
    )
    assert speaker_of(nlp, quote_extractor, text, "fishing village") == "Helen Marsh"


def test_signing_line_is_not_part_of_the_quoted_words(nlp, quote_extractor):
    text = (
        "The harbor board met on Tuesday to weigh the dredging contract.\n\n"
        '"We cannot keep the channel open with a budget written for a fishing village.\n'
        'Helen Marsh, Port Authority."'
    )
    (quote,) = quotes(nlp, quote_extractor, text)
    assert quote.text.endswith("fishing village.")


def test_last_line_with_a_verb_is_no_signature(nlp, quote_extractor):
    text = (
        '"The channel is closed," said Pavel Lind.\n\n'
        '"We will reopen it in spring.\nThe dredgers arrive on Monday."'
    )
    assert speaker_of(nlp, quote_extractor, text, "dredgers arrive") == "Pavel Lind"


def test_sentence_before_a_quote_is_read_past_a_scare_quote_in_it(nlp, quote_extractor):
    text = (
        '"The bridge is safe," the engineer said.\n\n'
        'On "Meet the Voters," Senator Ruth Calder, who chairs the transport committee, singled out '
        'the toll plan as the worst idea of the session. "Nobody in this state asked for a toll on every bridge we own."'
    )
    assert speaker_of(nlp, quote_extractor, text, "Nobody in this state") == "Senator Ruth Calder"


def test_paragraph_lead_gives_the_main_clause_name_over_a_pronoun_in_its_adverbial_clause(
    nlp, quote_extractor
):
    text = (
        "The hearing ran late into the evening.\n\n"
        'Although she called the new fees "unfair" and called for refunds, Moreno kept her remarks '
        "about the banks brief.\n\n"
        '"If a bank cannot follow the rules, regulators should be allowed to close it down."'
    )
    assert speaker_of(nlp, quote_extractor, text, "If a bank cannot") == "Moreno"


def test_digest_item_quote_takes_the_upper_case_heading_before_it(nlp, quote_extractor):
    text = (
        "Good morning. Here is what we are reading today.\n\n"
        "FARMERS BRACE FOR A LONG DRY SUMMER "
        '"Most of the wells in the valley are already lower than they were in August last year." [Reuters.]'
    )
    assert speaker_of(nlp, quote_extractor, text, "Most of the wells") == "FARMERS BRACE FOR A LONG DRY SUMMER"


def test_label_ending_in_a_dash_is_no_heading(nlp, quote_extractor):
    text = (
        "The council voted on Monday.\n\n"
        'CITY BEAT - "Most of the wells in the valley are already lower than they were in August last year."'
    )
    assert speaker_of(nlp, quote_extractor, text, "Most of the wells") != "CITY BEAT"


def test_relative_clause_with_its_own_named_subject_frames_the_quoted_words(nlp, quote_extractor):
    text = (
        "The senator gave a long interview to a local radio station, in which Alvarez expressed "
        'confidence that the inquiry would not be "a problem for the campaign or for my office."'
    )
    assert speaker_of(nlp, quote_extractor, text, "a problem for the campaign") == "Alvarez"


def test_clause_ending_in_a_colon_gives_its_noun_subject_to_the_quote(nlp, quote_extractor):
    text = (
        "The ministry answered questions about the delay on Friday.\n\n"
        "The agency, in a briefing note on the tender, phrased it more cautiously: "
        '"Delivery of the remaining turbines depends on the outcome of the appeal before the court."'
    )
    assert speaker_of(nlp, quote_extractor, text, "Delivery of the remaining") == "The agency"


def test_passive_clause_ending_in_a_colon_gives_its_agent(nlp, quote_extractor):
    text = (
        "The audit ran for two years.\n\n"
        "The scale of the problem is illustrated by this estimate: "
        '"Nine of every ten permits issued since 2015 lacked the required environmental review."'
    )
    assert speaker_of(nlp, quote_extractor, text, "Nine of every ten") == "this estimate"


def test_mid_sentence_quote_with_no_speaker_takes_the_named_subject_of_the_sentence_before(
    nlp, quote_extractor
):
    text = (
        '"I drove two hours to vote," she said.\n\n'
        "Like many of the volunteers, Reyes said she was angry at the networks for the early call. "
        'Doing that before the polls closed "was nothing less than a way of telling people to stay home."'
    )
    assert speaker_of(nlp, quote_extractor, text, "telling people to stay home") == "Reyes"


def test_nickname_in_quotation_marks_does_not_cut_the_cue_after_a_quote(nlp, quote_extractor):
    text = (
        "The rally filled the school gym on Saturday.\n\n"
        '"This is the year our county finally sends one of its own to the Senate!" his cousin, '
        'state Rep. Dolores "Lola" Fuentes, shouted to the crowd.'
    )
    assert speaker_of(nlp, quote_extractor, text, "one of its own") == 'Dolores "Lola" Fuentes'
