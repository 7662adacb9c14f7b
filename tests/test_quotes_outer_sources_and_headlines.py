"""Nested sources, documents and quote boundaries. Sentences written for these tests."""

from __future__ import annotations

import pytest
from quote_helpers import quotes, speaker_of


def test_poll_above_the_cue_speaks_for_its_respondents(nlp, quote_extractor):
    # The respondents reach the reader only through the poll, which reports their answers.
    text = 'The Harbor poll also finds that 41 percent of farmers say the tariff is "a slow disaster."'
    assert "poll" in speaker_of(nlp, quote_extractor, text, "a slow disaster")


def test_respondents_without_a_poll_above_keep_their_cue(nlp, quote_extractor):
    text = 'About four in 10 farmers say the tariff is "a slow disaster," while others disagree.'
    assert "10" in speaker_of(nlp, quote_extractor, text, "a slow disaster")


def test_plural_looking_name_owning_an_email_is_its_issuer(nlp, quote_extractor):
    # The tagger reads the bare possessive "Waters’" as a common plural noun; it is capitalised.
    text = "Waters’ fundraising email to her supporters notes that the governor “is a champion of clean water.”"
    assert speaker_of(nlp, quote_extractor, text, "a champion of clean water") == "Waters"


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("Governor Amy Holt noted that the levy is “essential” to the state budget this year, "
         "reported the Daily Ledger.", "essential"),
        ("Mayor Ann Cole said the plan is “a disaster” for the city's poorest families, reported the Evening Star.",
         "a disaster"),
    ],
)
def test_inverted_relay_closing_the_sentence_is_the_outer_source(nlp, quote_extractor, text, quoted):
    # "reported the Daily Ledger": the outlet passes on what the official said, whatever the parse.
    assert speaker_of(nlp, quote_extractor, text, quoted).startswith("the ")


def test_relay_with_its_own_object_after_and_is_no_outer_source(nlp, quote_extractor):
    text = "Mayor Ann Cole said the plan is “a disaster” for the city's poorest families, and reported the numbers."
    assert speaker_of(nlp, quote_extractor, text, "a disaster") == "Mayor Ann Cole"


def test_headline_quote_repeated_in_the_body_is_one_record(nlp, quote_extractor):
    text = (
        "Marsh: ‘We Will Not Sign This Treaty.’\n\n"
        "Foreign Minister Lena Marsh rejected the draft on Friday. "
        '"We will not sign this treaty," Marsh told reporters in Oslo.'
    )
    found = quotes(nlp, quote_extractor, text)
    assert [q.text for q in found] == ["We will not sign this treaty,"]


def test_headline_quote_the_body_does_not_repeat_is_kept(nlp, quote_extractor):
    text = (
        "Marsh: ‘The Door Is Still Open.’\n\n"
        "Foreign Minister Lena Marsh rejected the draft on Friday but left room for talks."
    )
    assert [q.text for q in quotes(nlp, quote_extractor, text)] == ["The Door Is Still Open."]
