"""Helpers shared by the quote tests: direct quotes of a sentence, and their speakers.

No actors are given, so a test measures the quote rules alone (the local speaker mention).
The `nlp` and `quote_extractor` fixtures are in conftest.py.
"""

from __future__ import annotations

from communique.nlp import Analysis
from communique.types import Document, Mentions, Quote

NO_MENTIONS = Mentions(actors=(), places=(), dates=())


def quotes(nlp, extractor, text: str) -> list[Quote]:
    """The direct quotes the extractor finds in `text`."""
    analysis = Analysis(Document(id="t", text=text, source="test"), nlp(text))
    return [q for q in extractor(analysis, NO_MENTIONS) if q.direct]


def speaker_of(nlp, extractor, text: str, quoted: str) -> str | None:
    """The speaker mention of the one direct quote containing `quoted`."""
    (quote,) = [q for q in quotes(nlp, extractor, text) if quoted in q.text]
    return quote.speaker_span.text if quote.speaker_span else None
