"""Speakers despite parser slips: a party-state tag in parentheses is no speaker; sentences written
for these tests."""

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


def test_party_state_tag_in_parentheses_is_not_the_speaker(nlp, extractor):
    text = (
        "Friday at the Oregon Democratic party convention Sen. Amara Diallo (D-OR) said presumptive "
        "Republican nominee Tom Byrne was a “proven failure” at trade."
    )
    assert speaker_of(nlp, extractor, text, "proven failure") == "Sen. Amara Diallo"
