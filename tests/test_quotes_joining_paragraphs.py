"""Rules for quotes with no cue beside them and for joining runs. Sentences written for these tests."""

from __future__ import annotations

from quote_helpers import quotes


def test_paragraph_quote_after_a_closing_attribution_continues_that_quote(nlp, quote_extractor):
    text = (
        '"The ferry will run twice a day from June," harbor master Olga Brandt said.\n\n'
        '"We ordered a second boat last winter and the crew has finished its training."'
    )
    (quote,) = quotes(nlp, quote_extractor, text)
    assert len(quote.parts) == 2
    assert "Olga Brandt" in quote.speaker_span.text


def test_paragraph_between_attribution_and_quote_keeps_them_apart(nlp, quote_extractor):
    text = (
        '"The ferry will run twice a day from June," harbor master Olga Brandt said. '
        "The council has not yet approved the timetable.\n\n"
        '"We ordered a second boat last winter and the crew has finished its training."'
    )
    assert len(quotes(nlp, quote_extractor, text)) == 2


def test_quote_closing_its_paragraph_without_attribution_stays_apart_from_the_next(nlp, quote_extractor):
    text = (
        'Olga Brandt, the harbor master, said: "The ferry will run twice a day from June."\n\n'
        '"We ordered a second boat last winter and the crew has finished its training."'
    )
    assert len(quotes(nlp, quote_extractor, text)) == 2


def test_open_quote_going_on_in_a_paragraph_with_its_own_cue_is_a_new_quote(nlp, quote_extractor):
    text = (
        '"The pier is closed," Mayor Ines Caldwell said. "We will rebuild it before the summer season.\n\n'
        '"The money for the new pilings is already in this year\'s budget," she added.'
    )
    found = quotes(nlp, quote_extractor, text)
    assert [q.speaker_span.text for q in found] == ["Mayor Ines Caldwell", "she"]


def test_open_quote_going_on_without_a_cue_stays_one_quote(nlp, quote_extractor):
    text = (
        '"The pier is closed," Mayor Ines Caldwell said. "We will rebuild it before the summer season.\n\n'
        '"The money for the new pilings is already in this year\'s budget."'
    )
    (quote,) = quotes(nlp, quote_extractor, text)
    assert len(quote.parts) == 3


def test_colon_clause_is_read_from_its_own_sentence_not_the_paragraph_start(nlp, quote_extractor):
    text = (
        "There is a strong case against the new toll. At the town meeting on Friday, the mayor's first "
        'four callers ranged from doubtful to angry: "Is it time for your council to change course?"'
    )
    (quote,) = quotes(nlp, quote_extractor, text)
    assert quote.speaker_span.text == "the mayor's first four callers"
