"""Subjects the parse hides: objects above infinitives, names split from their verb, passives and
hearsay, pronoun cues in content clauses. Sentences written for these tests."""

from __future__ import annotations

from quote_helpers import speaker_of


def test_infinitive_after_a_person_object_is_spoken_by_that_object(nlp, quote_extractor):
    text = 'The harbour deal was a clear win that led her to declare that the strike was "finally over."'
    assert speaker_of(nlp, quote_extractor, text, "finally over") == "her"


def test_prompted_body_speaks_through_the_thing_it_made(nlp, quote_extractor):
    text = 'The leak prompted the newspaper to print a front page saying "Resign now, minister, and take your friends with you!"'
    assert speaker_of(nlp, quote_extractor, text, "Resign now") == "the newspaper"


def test_infinitive_after_a_thing_object_keeps_the_main_subject(nlp, quote_extractor):
    text = 'Lund used his weekly column to describe the treaty as "a slow surrender."'
    assert speaker_of(nlp, quote_extractor, text, "slow surrender") == "Lund"


def test_name_before_a_who_clause_speaks_for_the_verb_after_it(nlp, quote_extractor):
    text = 'Lund, meanwhile, who sits on no committees, said that fact speaks volumes about who is "ready to lead."'
    assert speaker_of(nlp, quote_extractor, text, "ready to lead") == "Lund"


def test_name_before_a_whose_clause_speaks_for_the_verb_after_it(nlp, quote_extractor):
    text = (
        "Mr. Varga, whose latest start-up, Tidewell, uses big data to help ports find ferries, said the minister "
        'was a man very much in the spirit of the coast: "He is a harbour kind of guy."'
    )
    assert speaker_of(nlp, quote_extractor, text, "harbour kind of guy") == "Mr. Varga"


def test_agent_hung_on_the_quoted_words_speaks_for_a_passive_cue(nlp, quote_extractor):
    text = 'This habit of the ministry has been called "quiet secrecy" by Ana Ruiz, a lecturer at Tallinn University.'
    assert speaker_of(nlp, quote_extractor, text, "quiet secrecy") == "Ana Ruiz"


def test_subject_of_a_hearsay_report_speaks_the_words_it_is_said_to_have_said(nlp, quote_extractor):
    text = 'Prime Minister Lund also is reported to have called the fishermen "free riders" who rely on subsidies.'
    assert speaker_of(nlp, quote_extractor, text, "free riders") == "Prime Minister Lund"


def test_bare_passive_cue_still_names_no_speaker(nlp, quote_extractor):
    text = 'The crates sat in a shed labeled "keep out" until the spring.'
    assert speaker_of(nlp, quote_extractor, text, "keep out") is None


def test_pronoun_cue_in_a_clause_without_relative_word_reports_for_the_outer_speaker(nlp, quote_extractor):
    text = 'Mr. Lund told reporters about the plan he described as "a gift to the trawlers."'
    assert speaker_of(nlp, quote_extractor, text, "gift to the trawlers") == "Mr. Lund"


def test_pronoun_cue_after_a_relative_word_keeps_the_pronoun(nlp, quote_extractor):
    text = 'Okafor told reporters about the plan, which he described as "a gift to the trawlers."'
    assert speaker_of(nlp, quote_extractor, text, "gift to the trawlers") == "he"
