"""From one merged draft to an `Engagement` record: host, participants, date, name, confidence."""

from __future__ import annotations

import datetime as dt

from communique.diplomacy.dating import numbered
from communique.diplomacy.draft import Draft
from communique.diplomacy.index import DocIndex
from communique.diplomacy.naming import fallback_name
from communique.diplomacy.tense import MONTHS, WEEKDAYS
from communique.nlp.gazetteer import Gazetteer
from communique.types import Engagement, EngagementDate, Participant


def engagement_of(index: DocIndex, draft: Draft, n: int, before: tuple[str, ...]) -> Engagement:
    """Engagement `e{n}` from a merged draft; `before` are the countries of the one before it."""
    countries = draft.all_countries()
    if draft.group and len(countries) < 2:
        # "They met": the states named where the engagement is, not every state of the text.
        for segment in sorted(draft.sentence):
            start, end = index.segments[segment]
            for i in range(start, end):
                actor = index.actor[i]
                if actor is not None and actor.kind == "state" and actor.country and actor.country not in countries:
                    countries.append(actor.country)
    if draft.group and len(countries) < 2 and len(before) >= 2 and set(countries) <= set(before):
        # "Since then the ministers have spoken by phone", "she called both her counterparts":
        # the parties are those of the engagement just reported.
        countries += [c for c in before if c not in countries]
    host = draft.host
    if host is None and draft.place is not None and draft.place.country in countries and len(countries) > 1:
        host = draft.place.country
    if host is None and draft.visitors:
        others = [c for c in countries if c not in draft.visitors]
        host = others[0] if len(others) == 1 else None
    participants = _participants(draft, countries)
    evidence = tuple(sorted(set(draft.evidence), key=lambda s: s.start))
    confidence = 0.4 + 0.1 * min(len(evidence), 3) + 0.1 * bool(participants) + 0.1 * bool(draft.date)
    date = _date(index, draft)
    people = [a for a in draft.participants.values() if a.kind == "person"]
    name = draft.name or fallback_name(
        draft.kind, people, countries, host, _country_names([*countries, *([host] if host else [])]),
        date.value if date else None,
    )
    return Engagement(
        id=f"e{n}",
        kind=draft.kind,
        name=name,
        mechanism=draft.mechanism,
        edition=draft.edition,
        date=date,
        place=draft.place.id if draft.place else None,
        countries=tuple(countries),
        host=host,
        participants=participants,
        status=draft.status,
        evidence=evidence,
        confidence=round(min(confidence, 0.95), 2),
    )


def _country_names(codes: list[str]) -> dict[str, str]:
    gazetteer = Gazetteer.load()
    names = {}
    for code in codes:
        found = gazetteer.country_by_code(code) or gazetteer.organization_by_code(code)
        if found is not None:
            names[code] = found.name
    return names


def _participants(draft: Draft, countries: list[str]) -> tuple[Participant, ...]:
    """The participants, with a person's missing country filled from the side they represent:
    when every person whose country is known is from one of the engagement's states, all of
    those states but one have a person at the table, and exactly one person's country is
    unknown, that person is from the remaining state ("Secretary of State Hale hosted the
    ministers of Australia, India and Japan" at a meeting of those and the United States)."""
    actors = list(draft.participants.values())
    gazetteer = Gazetteer.load()
    states = [c for c in countries if len(c) == 3 and c.isupper() and gazetteer.organization_by_code(c) is None]
    seated = {a.country for a in actors if a.country and a.kind == "person"}
    unknown = [a for a in actors if a.country is None and a.kind == "person"]
    open_sides = [c for c in states if c not in seated]
    filled: dict[str, str] = {}
    if len(states) >= 2 and len(unknown) == 1 and len(open_sides) == 1 and seated <= set(states):
        filled[unknown[0].id] = open_sides[0]
    return tuple(
        Participant(actor=a.id, role=a.role, country=a.country or filled.get(a.id)) for a in actors
    )


def _date(index: DocIndex, draft: Draft) -> EngagementDate | None:
    published = index.analysis.document.published
    if draft.date is not None:
        d = draft.date
        value = _ahead(d.value, d.granularity, d.text, published) if draft.status != "held" else d.value
        return EngagementDate(value, d.granularity, d.text, d.span)
    # With no date of its own, a held engagement is dated by the document (readouts are
    # published the day of the call); a planned one is not, nor one the text calls earlier.
    if published and draft.status == "held" and not draft.earlier:
        return EngagementDate(published[:10], "day", None, None)
    return None


def _ahead(value: str, granularity: str, text: str | None, published: str | None) -> str:
    """A planned engagement's date read forward from the document date: "scheduled for
    Wednesday" in a Monday dispatch is the coming Wednesday, "meet in November" in a February
    readout is this November. Date mentions resolve a bare weekday or month to the past, which
    is right for what happened and wrong for what is still to come. Explicit dates stay."""
    if not published or not text or numbered(text) or value >= published[: len(value)]:
        return value
    words = set(text.lower().split())
    try:
        if granularity == "day" and words & WEEKDAYS:
            day = dt.date.fromisoformat(value)
            while day.isoformat() < published[:10]:
                day += dt.timedelta(days=7)
            return day.isoformat()
        if granularity == "month" and words & MONTHS:
            return f"{int(value[:4]) + 1}{value[4:]}"
    except ValueError:
        return value
    return value
