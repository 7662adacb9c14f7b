"""A readable plain-text view of one record: who met whom, where, when, what came of it.

This is what `communique extract --format summary FILE` prints.

Example:
    >>> from communique.types import Document, Record
    >>> print(render_summary(Record(document=Document(id="d1", text="", source="x.txt"))))
    x.txt
    No engagements found.
"""

from __future__ import annotations

from collections import defaultdict

from communique.types import Engagement, Outcome, Quote, Record

_QUOTE_CHARS = 160
_OUTCOME_CHARS = 200
_OUTCOME_ORDER = (
    "agreement",
    "commitment",
    "request",
    "announcement",
    "proposal",
    "statement",
)


def _cut(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _names(record: Record, ids: tuple[str, ...]) -> str:
    names = {a.id: a.name for a in record.actors}
    return ", ".join(names.get(i, i) for i in ids) or "?"


def _engagement(record: Record, e: Engagement) -> list[str]:
    actors = {a.id: a for a in record.actors}
    places = {p.id: p for p in record.places}
    title = e.name or e.kind.replace("_", " ")
    lines = [f"[{e.id}] {title} ({e.kind}, {e.status}, confidence {e.confidence:.2f})"]
    if e.mechanism or e.edition:
        lines.append(
            f"    format: {e.mechanism or '-'}"
            + (f", edition {e.edition}" if e.edition else "")
        )
    when = f"{e.date.value} ({e.date.granularity})" if e.date else "unknown"
    place = places.get(e.place) if e.place else None
    where = f"{place.name} ({place.country or '?'})" if place else "unknown"
    lines.append(f"    when: {when}    where: {where}")
    if e.countries:
        lines.append(
            f"    countries: {', '.join(e.countries)}"
            + (f"    host: {e.host}" if e.host else "")
        )
    for p in e.participants:
        actor = actors.get(p.actor)
        who = actor.name if actor else p.actor
        detail = ", ".join(x for x in (p.role, p.country) if x)
        lines.append(f"    - {who}" + (f" ({detail})" if detail else ""))
    return lines


def _outcomes(record: Record, outcomes: tuple[Outcome, ...]) -> list[str]:
    grouped: dict[str, list[Outcome]] = defaultdict(list)
    for o in outcomes:
        grouped[o.type].append(o)
    lines: list[str] = []
    for kind in _OUTCOME_ORDER:
        if kind not in grouped:
            continue
        lines.append(f"  {kind}s ({len(grouped[kind])}):")
        for o in grouped[kind]:
            who = _names(record, o.parties)
            if o.addressees:
                who += f" -> {_names(record, o.addressees)}"
            tags = ", ".join(
                (o.status, *([o.modality] if o.modality != "asserted" else []))
            )
            topics = f" [{', '.join(o.topics)}]" if o.topics else ""
            lines.append(
                f"    - {who} ({tags}){topics}: {_cut(o.text, _OUTCOME_CHARS)}"
            )
    return lines


def _unresolved(
    record: Record, q: Quote, collective: dict[tuple[int, int], tuple[str, ...]]
) -> str:
    """A speaker the quote stage left unresolved: a collective ("the two leaders") or unattributed."""
    span = q.speaker_span
    if span is not None and (span.start, span.end) in collective:
        return _names(record, collective[span.start, span.end])
    return "unattributed"


def _quotes(record: Record, quotes: tuple[Quote, ...]) -> list[str]:
    lines = []
    collective = {(r.span.start, r.span.end): r.actors for r in record.references}
    for q in quotes:
        speaker = (
            _names(record, (q.speaker,))
            if q.speaker
            else _unresolved(record, q, collective)
        )
        mark = '"' if q.direct else ""
        lines.append(f"    - {speaker}: {mark}{_cut(q.text, _QUOTE_CHARS)}{mark}")
    return lines


def render_summary(record: Record) -> str:
    """The record as a few readable lines of plain text."""
    doc = record.document
    head = doc.title or doc.source
    lines = [head + (f" ({doc.published})" if doc.published else "")]
    if record.engagements:
        lines.append("Engagements:")
        for e in record.engagements:
            lines.extend(_engagement(record, e))
    else:
        lines.append("No engagements found.")
    if record.outcomes:
        lines.append("Outcomes:")
        lines.extend(_outcomes(record, record.outcomes))
    if record.quotes:
        lines.append("Quotes:")
        lines.extend(_quotes(record, record.quotes))
    if record.topics:
        lines.append(
            "Topics: " + ", ".join(f"{t.name} {t.score:.2f}" for t in record.topics[:6])
        )
    return "\n".join(lines)
