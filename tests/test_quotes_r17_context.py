"""Round-17 rules for quotes with no cue beside them and for joining runs. Sentences written for these tests."""

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
