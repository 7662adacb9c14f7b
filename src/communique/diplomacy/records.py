"""From merged drafts to `Engagement` records, with what only the whole document tells:
people who "participated from the Indian side", "the visiting Japanese ministers", the
readout title, the document date as the last resort."""

from __future__ import annotations

import datetime as dt

from communique.diplomacy.clauses import governor, subjects
from communique.diplomacy.draft import Draft
from communique.diplomacy.index import DocIndex
from communique.diplomacy.mention import draft_of
from communique.diplomacy.merge import merge
from communique.diplomacy.naming import fallback_name
from communique.diplomacy.purpose import purpose_verb
from communique.diplomacy.speculation import speculative
from communique.diplomacy.status import proposed
from communique.diplomacy.title import title_draft
from communique.diplomacy.triggers import find_triggers, with_objects
from communique.diplomacy.turns import Turns
from communique.diplomacy.venue import dateline_city
from communique.nlp.gazetteer import Gazetteer
from communique.types import Engagement, EngagementDate, Participant

# Verbs saying someone took part in the engagement the text is about, with no trigger noun
# of their own: "X and Y participated from the Indian side".
_JOINING_VERBS = frozenset({"participate", "represent", "attend", "join", "accompany", "lead"})


def find_engagements(index: DocIndex, turns: Turns) -> tuple[Engagement, ...]:
    """Every engagement the document reports, merged, in order of first mention."""
    drafts: list[Draft] = []
    headline = _headline_end(index)
    lead = _lead_segment(index, headline)
    hits = list(find_triggers(index))
    nouns = {h.token.i for h in hits if h.trigger.pos == "noun"}
    # Where each trigger is, and the travel verb a purpose hangs on ("to co-chair the meeting").
    at = {h.token.i for h in hits}
    purposes = {v.i for h in hits if h.trigger.pos == "noun" and (v := purpose_verb(h.token))}
    for hit in hits:
        if hit.trigger.pos == "verb" and any(c.i in nouns for c in hit.token.children if c.dep_ == "dobj"):
            continue  # "hosted the summit": the summit says it, with its name and date
        if hit.trigger.needs == "to" and (
            hit.token.i in purposes or any(t.i in at for t in hit.token.subtree if t.i != hit.token.i)
        ):
            continue  # "will travel to São Paulo to meet business leaders": the meeting says it
        verb = hit.token if hit.trigger.pos == "verb" else governor(hit.token)
        if proposed(hit.token, verb) or speculative(hit.token, verb):
            # "proposed a meeting", "invited X to visit": an outcome, read there;
            # "would you meet him?", "I'd love to meet him", "if we meet": no engagement.
            continue
        draft = draft_of(hit, index)
        draft.title = hit.token.idx < headline
        # The headline and the lead sentence name what the document reports, not in passing.
        draft.passing = draft.passing and index.segment[hit.token.i] > lead
        draft.speech = turns.in_turn[hit.token.i]
        drafts.append(draft)
    title = title_draft(index)
    if title is not None:
        drafts.insert(0, title)
    merged = merge(drafts, index.analysis.document.published)
    if merged:
        _add_joiners(index, merged)
        visitors = _visiting(index)
        for draft in merged:
            draft.visitors |= visitors
    _place_by_dateline(index, merged)
    _speakers_meet(merged, turns)
    records: list[Engagement] = []
    for draft in merged:
        records.append(_record(index, draft, len(records) + 1, records[-1].countries if records else ()))
    return tuple(records)


def _headline_end(index: DocIndex) -> int:
    """Where the document's title ends when the text opens with it (0 when it does not)."""
    title = index.analysis.document.title
    if not title:
        return 0
    at = index.analysis.text.find(title[:60], 0, 600 + len(title))
    return at + len(title) if at >= 0 else 0


def _lead_segment(index: DocIndex, headline: int) -> int:
    """The segment of the document's first sentence after its headline."""
    for n, (start, _) in enumerate(index.segments):
        if index.doc[start].idx >= headline and not index.doc[start].is_space:
            return n
    return 0


def _place_by_dateline(index: DocIndex, merged: list[Draft]) -> None:
    """A wire report's held meetings of the day, with no venue of their own, took place where
    it is datelined: "DUBLIN, 15 September - ... the two presidents held a private meeting".
    Calls have no venue; an engagement dated another day may have been anywhere."""
    city = dateline_city(index)
    published = index.analysis.document.published
    if city is None:
        return
    for draft in merged:
        of_the_day = draft.date is None or bool(published and published.startswith(draft.date.value))
        if draft.place is None and draft.status == "held" and draft.kind not in _PLACELESS and of_the_day:
            draft.place = city


_PLACELESS = frozenset({"call", "video_call"})


def _speakers_meet(merged: list[Draft], turns: Turns) -> None:
    """A meeting to come that a speaker announces ("our defence ministers will meet in Warsaw
    next month") is between the sides speaking: the speakers' countries, not every state the
    sentence names."""
    if not turns.transcript:
        return
    sides = list(dict.fromkeys(a.country for a in turns.speaker if a is not None and a.country))
    for draft in merged:
        if draft.speech and draft.status == "planned" and not draft.title:
            draft.countries.extend(c for c in sides if c not in draft.countries)


def _add_joiners(index: DocIndex, merged: list[Draft]) -> None:
    doc = index.doc
    first_sentence = min(min(d.sentence) for d in merged if d.sentence) if any(d.sentence for d in merged) else 0
    for token in doc:
        if token.pos_ != "VERB" or token.lemma_.lower() not in _JOINING_VERBS:
            continue
        if index.segment[token.i] < first_sentence:
            continue
        if any(token.i in d.verbs for d in merged):
            continue  # its own trigger ("attended the summit") already placed these people
        target = merged[-1] if len(merged) == 1 else _latest_before(merged, index.segment[token.i])
        # "The delegation was led by X, with Y and Z": the "with" people came too.
        for head in [*subjects(token), *with_objects(token)]:
            for actor in index.actors_of(head).actors:
                if actor.kind == "person" or token.lemma_.lower() != "lead":
                    target.participants.setdefault(actor.id, actor)


def _latest_before(merged: list[Draft], segment: int) -> Draft:
    before = [d for d in merged if d.sentence and min(d.sentence) <= segment]
    return max(before, key=lambda d: min(d.sentence)) if before else merged[0]


def _visiting(index: DocIndex) -> set[str]:
    """Countries of actors called "visiting" anywhere in the text."""
    found: set[str] = set()
    for token in index.doc:
        if token.lower_ == "visiting" and token.dep_ in ("amod", "compound", "nmod"):
            for t in index.phrase(token.head):
                actor = index.actor[t.i]
                if actor is not None and actor.country:
                    found.add(actor.country)
    return found


def _record(index: DocIndex, draft: Draft, n: int, before: tuple[str, ...]) -> Engagement:
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
    name = draft.name or fallback_name(draft.kind, people, countries, host, _country_names([*countries, *([host] if host else [])]),
                                       date.value if date else None)
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
    # published the day of the call); a planned one is not.
    if published and draft.status == "held":
        return EngagementDate(published[:10], "day", None, None)
    return None


_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
_MONTHS = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
})  # fmt: skip


def _ahead(value: str, granularity: str, text: str | None, published: str | None) -> str:
    """A planned engagement's date read forward from the document date: "scheduled for
    Wednesday" in a Monday dispatch is the coming Wednesday, "meet in November" in a February
    readout is this November. Date mentions resolve a bare weekday or month to the past, which
    is right for what happened and wrong for what is still to come. Explicit dates stay."""
    if not published or not text or any(ch.isdigit() for ch in text) or value >= published[: len(value)]:
        return value
    words = set(text.lower().split())
    try:
        if granularity == "day" and words & _WEEKDAYS:
            day = dt.date.fromisoformat(value)
            while day.isoformat() < published[:10]:
                day += dt.timedelta(days=7)
            return day.isoformat()
        if granularity == "month" and words & _MONTHS:
            return f"{int(value[:4]) + 1}{value[4:]}"
    except ValueError:
        return value
    return value
