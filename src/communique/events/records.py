"""Events from the diplomacy stage's engagements and outcomes, and merging them with the
events read off the parse.

A held meeting is a CONSULT whose mode follows its kind; an agreement or a commitment is an
AGREE (a signed one is CAMEO 057, which PLOVER puts under SUPPORT); a request is a REQUEST. Announcements and statements report
no interaction and give no event. Where the parse already coded the same thing in the same
sentence, the two are merged: the parse's trigger stays, missing actors are filled in.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from communique.events.tables import CodeTables
from communique.nlp.analysis import Analysis
from communique.types import Cameo, Engagement, Event, Mentions, Modality, Outcome, Plover, Span

_CONSULT_MODE = {
    "meeting": "meet",
    "talks": "meet",
    "dialogue": "meet",
    "negotiation": "negotiate",
    "call": "phone",
    "video_call": "video",
    "summit": "multilateral",
    "visit": "visit",
}
_CONSULT_CODE = {"phone": "041", "video": "041", "visit": "042", "negotiate": "046"}
_ENGAGEMENT_MODALITY: dict[str, Modality] = {
    "held": "asserted",
    "planned": "future",
    "cancelled": "negated",
}
_OUTCOME_CODE = {
    "agreement": "030",
    "commitment": "030",
    "proposal": "030",
    "request": "020",
}


def _sentence_of(analysis: Analysis, span: Span) -> Span:
    token = analysis.doc.char_span(span.start, span.end, alignment_mode="expand")
    if token is None or len(token) == 0:
        return span
    return analysis.span_of(token[0].sent)


def _cameo(tables: CodeTables, code: str) -> Cameo:
    entry = tables.cameo[code]
    return Cameo(entry.code, entry.quad_class, entry.goldstein)


def from_engagement(
    engagement: Engagement, analysis: Analysis, mentions: Mentions, tables: CodeTables
) -> Event | None:
    """The CONSULT event of an engagement, or None (press conferences, no evidence, no actors)."""
    mode = _CONSULT_MODE.get(engagement.kind)
    if mode is None or not engagement.evidence:
        return None
    sides: dict[str | None, list[str]] = {}
    for participant in engagement.participants:
        sides.setdefault(participant.country, []).append(participant.actor)
    if not sides:
        states = {a.country: a.id for a in mentions.actors if a.kind == "state"}
        for country in engagement.countries:
            if country in states:
                sides[country] = [states[country]]
    if not sides:
        return None
    # The host receives; otherwise the first side named is the source and the rest the target.
    order = sorted(sides, key=lambda c: c == engagement.host)
    source = tuple(sides[order[0]])
    target = tuple(a for c in order[1:] for a in sides[c])
    if engagement.host is not None and mode == "meet" and len(sides) == 2:
        mode = "visit"
    code = _CONSULT_CODE.get(mode, "040")
    evidence = engagement.evidence[0]
    return Event(
        id="",
        plover=Plover("CONSULT", mode, tables.plover_of(code).contexts),
        cameo=_cameo(tables, code),
        source=source,
        target=target,
        trigger=evidence,
        sentence=_sentence_of(analysis, evidence),
        date=engagement.date.value if engagement.date else analysis.document.published,
        place=engagement.place,
        modality=_ENGAGEMENT_MODALITY[engagement.status],
        confidence=round(0.9 * engagement.confidence, 2),
        coder="plover.rules.v1",
    )


def from_outcome(
    outcome: Outcome, analysis: Analysis, mentions: Mentions, tables: CodeTables
) -> Event | None:
    """The AGREE or REQUEST event of an outcome, or None for announcements and statements."""
    code = _OUTCOME_CODE.get(outcome.type)
    if code is None or not outcome.evidence or not (outcome.parties or outcome.addressees):
        return None
    if outcome.type == "agreement" and outcome.status == "signed":
        code = "057"
    coding = tables.plover_of(code)
    evidence = outcome.evidence[0]
    source = outcome.parties
    target = tuple(a for a in outcome.addressees if a not in source)
    return Event(
        id="",
        plover=Plover(coding.type or "AGREE", coding.mode, coding.contexts),
        cameo=_cameo(tables, code),
        source=source,
        target=target,
        trigger=evidence,
        sentence=_sentence_of(analysis, evidence),
        date=analysis.document.published,
        place=None,
        modality=outcome.modality,
        confidence=round(0.9 * outcome.confidence, 2),
        coder="plover.rules.v1",
    )


def _same(a: Event, b: Event) -> bool:
    if a.sentence.start != b.sentence.start:
        return False
    # A planned meeting is what the parse codes as an intent to meet (036).
    planned = b.plover.type == "CONSULT" and b.modality == "future" and a.cameo.code == "036"
    return a.plover.type == b.plover.type or planned


def merge(
    parsed: list[Event], derived: list[Event], country_of: Mapping[str, str | None]
) -> list[Event]:
    """The parsed events, completed by the derived ones they match, plus the unmatched rest.

    A parsed event missing its target takes the derived event's, less anyone on the source's
    side: "the two sides discussed" already holds both parties, so the ministers of either
    side do not become its target.
    """
    events = list(parsed)
    for extra in derived:
        for n, event in enumerate(events):
            if _same(event, extra):
                sides = {a for a in event.source} | {country_of.get(a) for a in event.source} - {None}
                events[n] = replace(
                    event,
                    source=event.source or extra.source,
                    target=event.target
                    or tuple(a for a in extra.target if a not in sides and country_of.get(a) not in sides),
                    plover=replace(
                        event.plover,
                        mode=event.plover.mode or (extra.plover.mode if event.plover.type == extra.plover.type else None),
                    ),
                    confidence=max(event.confidence, extra.confidence),
                )
                break
        else:
            events.append(extra)
    return events
