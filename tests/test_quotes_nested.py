"""Nested attributions: an outer source ("according to X", "in a poll") that reports the cue's own
speaker is the speaker, as PolNeAR marks it; sentences written for these tests."""

from __future__ import annotations

from quote_helpers import speaker_of


def test_according_to_before_the_cue_names_the_outer_source(nlp, quote_extractor):
    text = "According to the Lagos Gazette, Minister Adeyemi said the deal was “a fair bargain for both sides.”"
    assert speaker_of(nlp, quote_extractor, text, "fair bargain") == "the Lagos Gazette"


def test_according_to_after_a_trailing_cue_names_the_outer_source(nlp, quote_extractor):
    text = "“We expect the border to reopen within a month,” Adeyemi said, according to a pool report."
    assert speaker_of(nlp, quote_extractor, text, "border to reopen") == "a pool report"


def test_a_poll_opening_the_sentence_reports_what_respondents_said(nlp, quote_extractor):
    text = "In a new Ipsos poll, 64 percent of voters said the talks were “going nowhere fast.”"
    assert "poll" in (speaker_of(nlp, quote_extractor, text, "going nowhere") or "")


def test_a_statement_opening_the_sentence_is_not_an_outer_source(nlp, quote_extractor):
    text = "In a statement, Senator Okafor said the embargo was “a blunt and cruel instrument.”"
    assert speaker_of(nlp, quote_extractor, text, "blunt and cruel") == "Senator Okafor"
