"""Cue rules: framing verbs (refer, blame, echo, cite, defend) cue only the quoted words they frame from
before them. Sentences written for these tests."""

from __future__ import annotations

import pytest

from quote_helpers import quotes, speaker_of


@pytest.mark.parametrize(
    ("text", "quoted", "speaker"),
    [
        ("At the rally the governor referred to the strikers as \"my neighbours\" twice.", "my neighbours", "the governor"),
        ('The coach blamed the defeat on "a wet ball and a dry week."', "a wet ball", "The coach"),
        ('The crowd answered by slowly echoing "not again."', "not again", "The crowd"),
        ('The inspectors cited "cracked beams and rusted bolts in every span."', "cracked beams", "The inspectors"),
        ('The minister defended the levy as "a small price for clean rivers."', "a small price", "The minister"),
    ],
)
def test_a_framing_verb_before_the_words_it_frames_is_their_cue(nlp, quote_extractor, text, quoted, speaker):
    assert speaker_of(nlp, quote_extractor, text, quoted) == speaker


def test_a_framing_participle_after_a_quote_is_no_cue(nlp, quote_extractor):
    text = '"We will finish the bridge before the winter sets in," Mayor Hale said, referring to the river crossing.'
    (quote,) = quotes(nlp, quote_extractor, text)
    assert quote.speaker_span is not None and quote.speaker_span.text == "Mayor Hale"
    assert quote.cue is not None and quote.cue.text == "said"


def test_words_right_after_a_framing_verb_are_a_mention_not_framed_words(nlp, quote_extractor):
    # "referred to her "old job"" names what she spoke of; the two words stay a scare quote.
    text = 'The author met her editor and referred to her "old job."'
    assert not [q for q in quotes(nlp, quote_extractor, text) if "old job" in q.text]


def test_a_framing_verb_above_a_clause_with_its_own_speaker_does_not_frame_its_words(nlp, quote_extractor):
    # The quoted words are the judge's, inside a clause with its own subject under "echoes".
    text = 'The dispute echoes a case last year when the judge dismissed the claim as "pure theatre."'
    found = [q for q in quotes(nlp, quote_extractor, text) if "pure theatre" in q.text]
    assert all(q.speaker_span is None or q.speaker_span.text != "The dispute" for q in found)
