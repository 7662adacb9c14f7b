"""The diplomacy stage: engagements, outcomes, document topics, and quotes linked to engagements."""

from __future__ import annotations

import dataclasses

from communique.diplomacy.index import DocIndex
from communique.diplomacy.outcomes import find_outcomes
from communique.diplomacy.records import find_engagements
from communique.diplomacy.topics import document_topics
from communique.nlp.analysis import Analysis
from communique.stages import Diplomacy
from communique.types import Engagement, Mentions, Quote


class DiplomacyExtractor:
    """Reads engagements, outcomes and topics from an analysed document.

    Built once per process; the lexicons load on first use and are shared.

    Example:
        >>> extractor = DiplomacyExtractor()
        >>> found = extractor(analysis, mentions, quotes)  # doctest: +SKIP
        >>> [e.kind for e in found.engagements]  # doctest: +SKIP
        ['dialogue']
    """

    name = "diplomacy.rules.v1"

    def __init__(self, gazetteer: object | None = None) -> None:
        # The gazetteer is accepted for the pipeline's uniform wiring; the mentions stage has
        # already used it to find the actors and places this stage reads.
        self.gazetteer = gazetteer

    def __call__(self, analysis: Analysis, mentions: Mentions, quotes: tuple[Quote, ...]) -> Diplomacy:
        index = DocIndex(analysis, mentions)
        engagements = find_engagements(index)
        triggers = {t.i for e in engagements for s in e.evidence for t in _tokens(index, s.start, s.end)}
        outcomes = find_outcomes(index, engagements, skip=triggers)
        return Diplomacy(
            engagements=engagements,
            outcomes=outcomes,
            quotes=tuple(_link(index, q, engagements) for q in quotes),
            topics=document_topics(index.topics),
        )


def _tokens(index: DocIndex, start: int, end: int) -> list:  # type: ignore[type-arg]
    span = index.doc.char_span(start, end, alignment_mode="expand")
    return list(span) if span is not None else []


def _link(index: DocIndex, quote: Quote, engagements: tuple[Engagement, ...]) -> Quote:
    """A quote belongs to the engagement named in its sentence ("he said at the meeting"),
    else to the one engagement its speaker took part in."""
    if not engagements or quote.engagement is not None:
        return quote
    anchor = quote.cue or quote.span
    tokens = _tokens(index, anchor.start, anchor.end)
    if tokens:
        segment = index.segment[tokens[0].i]
        for engagement in engagements:
            for span in engagement.evidence:
                ev = _tokens(index, span.start, span.end)
                if ev and index.segment[ev[0].i] == segment:
                    return dataclasses.replace(quote, engagement=engagement.id)
    if quote.speaker is not None:
        hosts = [e for e in engagements if any(p.actor == quote.speaker for p in e.participants)]
        if len(hosts) == 1:
            return dataclasses.replace(quote, engagement=hosts[0].id)
    if len(engagements) == 1 and quote.speaker is not None:
        return dataclasses.replace(quote, engagement=engagements[0].id)
    return quote
