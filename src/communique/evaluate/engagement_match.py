"""Matching found engagements and outcomes to the demo gold, and what agrees among matches.

An engagement matches a gold one when the kinds are compatible, the countries overlap (when
both name any), and the date or the place agrees without the other contradicting it. Pairs are
taken best first, each side at most once; gold engagements marked optional are matched last
and count neither as found nor as missed.
"""

from __future__ import annotations

from dataclasses import dataclass

from communique.evaluate.engagement_gold import GoldEngagement, GoldOutcome, fold
from communique.types import Record

# Kinds an analyst could reasonably call one another; a summit is kept apart from a meeting
# only by the gold's own list of accepted kinds.
_FAMILY = {
    "meeting": "talks", "talks": "talks", "dialogue": "talks", "negotiation": "talks",
    "summit": "summit", "call": "call", "video_call": "call", "visit": "visit",
    "press_conference": "press",
}


@dataclass(frozen=True, slots=True)
class Seen:
    """A found engagement as the scorer compares it: names instead of record ids."""

    kind: str
    status: str
    date: tuple[str, str] | None
    place: str | None
    countries: frozenset[str]
    participants: tuple[tuple[str, str], ...]


def seen_engagements(record: Record) -> list[Seen]:
    """The record's engagements with places and people by name."""
    places = {p.id: p.name for p in record.places}
    actors = {a.id: a for a in record.actors}
    found = []
    for e in record.engagements:
        people = tuple(
            (actors[p.actor].name, p.role or actors[p.actor].role or "")
            for p in e.participants if p.actor in actors and actors[p.actor].kind == "person"
        )
        found.append(Seen(
            kind=e.kind,
            status=e.status,
            date=(e.date.value, e.date.granularity) if e.date else None,
            place=places.get(e.place, e.place) if e.place else None,
            countries=frozenset(e.countries),
            participants=people,
        ))
    return found


def date_agrees(gold: tuple[str, str] | None, seen: tuple[str, str] | None) -> bool | None:
    """True when one date contains the other (2025-06 and 2025-06-12), False when they differ,
    None when either is missing."""
    if gold is None or seen is None:
        return None
    return gold[0].startswith(seen[0]) or seen[0].startswith(gold[0])


def place_agrees(gold: str | None, seen: str | None) -> bool | None:
    if gold is None or seen is None:
        return None
    a, b = fold(gold), fold(seen)
    return a in b or b in a


def countries_right(gold: GoldEngagement, seen: Seen) -> bool:
    return gold.countries <= seen.countries <= gold.countries | gold.countries_also


def match_score(gold: GoldEngagement, seen: Seen) -> float | None:
    """How well `seen` fits `gold`, or None when it cannot be the same engagement."""
    if seen.kind not in gold.kinds and _FAMILY[seen.kind] != _FAMILY[gold.kinds[0]]:
        return None
    if gold.countries and seen.countries and not gold.countries & seen.countries:
        return None
    date, place = date_agrees(gold.date, seen.date), place_agrees(gold.place, seen.place)
    if date is False and place is False:
        return None
    if not gold.countries and not (date or place):
        return None  # nothing ties a country-less gold to the finding
    score = 2.0 * bool(date) + 2.0 * bool(place) + float(seen.kind in gold.kinds)
    score += float(seen.status == gold.status) - 2.0 * (date is False) - 2.0 * (place is False)
    allowed = gold.countries | gold.countries_also
    return score + len(allowed & seen.countries) / max(1, len(allowed | seen.countries))


def match(golds: list[GoldEngagement], seens: list[Seen]) -> list[tuple[int, int]]:
    """(gold index, seen index) pairs, required golds first, best pairs first."""
    pairs: list[tuple[int, int]] = []
    used_gold: set[int] = set()
    used_seen: set[int] = set()
    for optional in (False, True):
        candidates = sorted(
            ((score, g, s) for g, gold in enumerate(golds) if gold.optional is optional
             for s, seen in enumerate(seens)
             if (score := match_score(gold, seen)) is not None),
            key=lambda c: -c[0],
        )
        for _, g, s in candidates:
            if g not in used_gold and s not in used_seen:
                used_gold.add(g)
                used_seen.add(s)
                pairs.append((g, s))
    return pairs


def same_person(gold_name: str, seen_name: str) -> bool:
    """Same person when the folded names are equal or the found name holds the gold surname."""
    gold, seen = fold(gold_name), fold(seen_name)
    return gold == seen or gold.split()[-1] in seen.split() or seen in gold.split()


def outcome_hits(gold: GoldOutcome, record: Record) -> list[int]:
    """Indexes of the record's outcomes whose text holds the gold's key phrase."""
    phrase = fold(gold.phrase)
    return [i for i, o in enumerate(record.outcomes) if phrase in fold(o.text)]


def party_codes(record: Record, parties: tuple[str, ...]) -> set[str]:
    """Country codes (and organisation ids) of an outcome's parties."""
    actors = {a.id: a for a in record.actors}
    codes: set[str] = set()
    for party in parties:
        actor = actors.get(party)
        codes.add(party)
        if actor is not None and actor.country:
            codes.add(actor.country)
    return codes
