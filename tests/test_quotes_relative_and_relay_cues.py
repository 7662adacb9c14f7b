"""Cue rules: which reporting verb is a quote's cue when a relative clause with a speaker
of its own stands between the quote and the sentence's main reporting verb. Sentences written for
these tests."""

from __future__ import annotations

from quote_helpers import speaker_of


def test_naming_verb_in_a_relative_clause_keeps_its_own_pronoun_over_the_main_say_verb(nlp, quote_extractor):
    text = (
        "Governor Alvarez stated that she would veto the water bill, "
        'which she described as "a gift to the bottling companies."'
    )
    assert speaker_of(nlp, quote_extractor, text, "a gift to the bottling") == "she"


def test_relative_clause_with_a_noun_subject_is_its_own_cue(nlp, quote_extractor):
    text = 'Mr. Okafor criticized the budget, which an independent audit said was "reckless and unfunded."'
    assert speaker_of(nlp, quote_extractor, text, "reckless and unfunded") == "an independent audit"


def test_relative_clause_with_generic_you_does_not_stop_the_outer_cue(nlp, quote_extractor):
    text = 'The judge said there is a limit that you cannot shout "thief" in a crowded market without proof.'
    assert speaker_of(nlp, quote_extractor, text, "thief") != "you"


def test_clause_of_contrast_with_its_own_subject_is_its_own_cue(nlp, quote_extractor):
    text = (
        "The mayor suggested that the vote could wait a year, "
        'while the council chair said that the "need for clean water is too urgent" for any delay.'
    )
    assert speaker_of(nlp, quote_extractor, text, "need for clean water") == "the council chair"


def test_a_relaying_verb_above_the_cue_gives_the_outer_reporter(nlp, quote_extractor):
    text = (
        'The minister said the harbour deal was "a turning point for the northern ports," '
        "and promised more ferries, the Coastal Herald reported."
    )
    assert speaker_of(nlp, quote_extractor, text, "a turning point") == "the Coastal Herald"


def test_relay_words_load_from_the_word_list():
    from communique.mentions.quote_lexicon import QuoteWords

    assert "report" in QuoteWords.load().relays


def test_as_x_put_it_after_a_quote_yields_to_the_reporting_clause_before_it(nlp, quote_extractor):
    text = (
        "Ms. Varga urged a firm line, saying that otherwise the lenders would "
        '"walk right over the council," as one of her deputies later put it.'
    )
    assert speaker_of(nlp, quote_extractor, text, "walk right over") == "Ms. Varga"
