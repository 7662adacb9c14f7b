"""The diplomacy stage: engagements, outcomes, document topics, and quotes linked to engagements."""

from __future__ import annotations

import dataclasses

from communique.diplomacy.index import DocIndex
from communique.diplomacy.outcomes import find_outcomes
from communique.diplomacy.records import find_engagements
from communique.diplomacy.topics import document_topics
from communique.diplomacy.turns import speaker_turns
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

    def __call__(self, analysis: Analysis, mentions: Mentions, quotes: tuple[Quote, ...]) -> Diplomacy:
        index = DocIndex(analysis, mentions)
        turns = speaker_turns(index)
        engagements = find_engagements(index, turns)
        triggers = {t.i for e in engagements for s in e.evidence for t in _tokens(index, s.start, s.end)}
        outcomes = find_outcomes(index, engagements, skip=triggers, turns=turns)
        owner = _evidence_tokens(index, engagements)
        return Diplomacy(
            engagements=engagements,
            outcomes=outcomes,
            quotes=tuple(_link(index, q, engagements, owner) for q in quotes),
            topics=document_topics(index.topics),
        )


def _tokens(index: DocIndex, start: int, end: int) -> list:  # type: ignore[type-arg]
    span = index.doc.char_span(start, end, alignment_mode="expand")
    return list(span) if span is not None else []


def _evidence_tokens(index: DocIndex, engagements: tuple[Engagement, ...]) -> dict[int, Engagement]:
    """The engagement each evidence token belongs to, first engagement first."""
    owner: dict[int, Engagement] = {}
    for engagement in engagements:
        for span in engagement.evidence:
            for token in _tokens(index, span.start, span.end):
                owner.setdefault(token.i, engagement)
    return owner


def _link(index: DocIndex, quote: Quote, engagements: tuple[Engagement, ...], owner: dict[int, Engagement]) -> Quote:
    """The engagement a quote belongs to: the one its cue names ("he said in his press
    statement at the meeting", "told the joint press conference"), else one named in the
    cue's sentence, else the one engagement its speaker took part in, else the document's
    only engagement."""
    if not engagements or quote.engagement is not None:
        return quote
    anchor = quote.cue or quote.span
    tokens = _tokens(index, anchor.start, anchor.end)
    if tokens:
        quoted = [(p.start, p.end) for p in (quote.parts or (quote.span,))]
        named = [
            owner[t.i] for t in tokens[0].subtree
            if t.i in owner and not any(s <= t.idx < e for s, e in quoted)
        ]
        if named:
            return dataclasses.replace(quote, engagement=named[0].id)
        start, end = index.segment_of(tokens[0])
        in_sentence = [owner[i] for i in range(start, end) if i in owner]
        if in_sentence:
            return dataclasses.replace(quote, engagement=in_sentence[0].id)
    if quote.speaker is not None:
        hosts = [e for e in engagements if any(p.actor == quote.speaker for p in e.participants)]
        if len(hosts) == 1:
            return dataclasses.replace(quote, engagement=hosts[0].id)
    if len(engagements) == 1 and quote.speaker is not None:
        return dataclasses.replace(quote, engagement=engagements[0].id)
    return quote
