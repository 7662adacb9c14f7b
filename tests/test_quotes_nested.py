"""Nested attributions: an outer source ("according to X", "in a poll") that reports the cue's own
speaker is the speaker, as PolNeAR marks it; sentences written for these tests."""

from __future__ import annotations

import pytest

from communique.mentions.quotes import QuoteExtractor
from communique.nlp import Analysis, load_nlp
from communique.types import Document, Mentions

NO_MENTIONS = Mentions(actors=(), places=(), dates=())


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


@pytest.fixture(scope="module")
def extractor():
    return QuoteExtractor(reported=False)


def speaker_of(nlp, extractor, text: str, quoted: str) -> str | None:
    analysis = Analysis(Document(id="t", text=text, source="test"), nlp(text))
    (quote,) = [q for q in extractor(analysis, NO_MENTIONS) if q.direct and quoted in q.text]
    return quote.speaker_span.text if quote.speaker_span else None


def test_according_to_before_the_cue_names_the_outer_source(nlp, extractor):
    text = "According to the Lagos Gazette, Minister Adeyemi said the deal was “a fair bargain for both sides.”"
    assert speaker_of(nlp, extractor, text, "fair bargain") == "the Lagos Gazette"


def test_according_to_after_a_trailing_cue_names_the_outer_source(nlp, extractor):
    text = "“We expect the border to reopen within a month,” Adeyemi said, according to a pool report."
    assert speaker_of(nlp, extractor, text, "border to reopen") == "a pool report"


def test_a_poll_opening_the_sentence_reports_what_respondents_said(nlp, extractor):
    text = "In a new Ipsos poll, 64 percent of voters said the talks were “going nowhere fast.”"
    assert "poll" in (speaker_of(nlp, extractor, text, "going nowhere") or "")


def test_a_statement_opening_the_sentence_is_not_an_outer_source(nlp, extractor):
    text = "In a statement, Senator Okafor said the embargo was “a blunt and cruel instrument.”"
    assert speaker_of(nlp, extractor, text, "blunt and cruel") == "Senator Okafor"
