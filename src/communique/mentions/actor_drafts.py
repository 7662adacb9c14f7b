"""Person and actor drafts: the mutable actors the resolver assembles, and how they become records.

A draft collects one actor's mentions and country votes; `vote` picks the heaviest country,
`current_role` the title held as of the text, and `number` turns drafts into `Actor` records
with ids in order of first mention.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from communique.mentions.actor_gazetteer import TitleEntry
from communique.mentions.actor_mention import PersonMention
from communique.mentions.actor_names import canonical, fullest
from communique.types import Actor, ActorKind, Span

LOWER_IN_NAMES = frozenset({"of", "the", "for", "and", "on"})


@dataclass(slots=True)
class Draft:
    """An actor being assembled; ids are given once all are known, in order of first mention."""

    key: str
    name: str
    kind: ActorKind
    country: str | None
    role: str | None
    sector: str | None
    mentions: list[Span] = field(default_factory=list)
    title_id: str | None = None
    category: str | None = None  # the title's category (head_of_state, foreign_minister...)
    evidence: bool = False  # whether the text said anything of the country, even a tie
    votes: list[tuple[str, int]] = field(default_factory=list)
    from_table: bool = False  # the country came from the people table, not the text


def person_draft(group: list[PersonMention]) -> Draft:
    """The draft of one name cluster: fullest name, current title, voted country."""
    names = [m.name for m in group if m.name is not None]
    title, role = current_role(group)
    votes = [v for m in group for v in m.votes]
    # A former title still says which state the person belongs to ("ousted President X").
    any_title = title or next((m.title for m in group if m.title is not None), None)
    return Draft(
        key=f"person:{group[0].span.start}",
        name=canonical(fullest(names)),
        kind="person",
        country=vote(votes),
        role=role,
        sector=title.sector if title else None,
        mentions=[m.span for m in group],
        title_id=title.id if title else None,
        category=any_title.category if any_title else None,
        evidence=bool(votes),
        votes=votes,
    )


def current_role(group: list[PersonMention]) -> tuple[TitleEntry | None, str | None]:
    """The title held as of the text, and its fullest spelling there.

    The title is the most frequent current one next to the name (first on a tie); its role
    text is the longest way the text wrote it ("External Affairs Minister" over "EAM").
    """
    current = [m for m in group if m.title is not None and not m.former]
    if not current:
        return None, None
    counts = Counter(m.title.id for m in current if m.title is not None)
    best = max(counts.values())
    title = next(m.title for m in current if m.title is not None and counts[m.title.id] == best)
    spellings = [m.role or title.name for m in current if m.title is not None and m.title.id == title.id]
    return title, max(spellings, key=len)


def role_name(title: str, written: str | None) -> str:
    """A role-only person's name: the title as written when it says more ("special envoy" ->
    "Special Envoy"), else the gazetteer's name for it ("EAM" -> "External Affairs Minister")."""
    if written is None or len(written) <= len(title) or title.lower() not in written.lower():
        return title
    return " ".join(w if w[:1].isupper() or w in LOWER_IN_NAMES else w.capitalize() for w in written.split())


def vote(votes: list[tuple[str, int]]) -> str | None:
    """The country with the most evidence weight; None on no evidence or a tie."""
    if not votes:
        return None
    ranked = weights(votes).most_common(2)
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None
    return ranked[0][0]


def weights(votes: list[tuple[str, int]]) -> Counter[str]:
    """The summed evidence weight of each country voted for."""
    weight: Counter[str] = Counter()
    for country, w in votes:
        weight[country] += w
    return weight


def number(drafts: Iterable[Draft]) -> tuple[Actor, ...]:
    """Actors with ids a1, a2... in order of first mention; mentions in document order."""
    ordered = sorted((d for d in drafts if d.mentions), key=lambda d: min(s.start for s in d.mentions))
    return tuple(
        Actor(
            id=f"a{n}",
            name=d.name,
            kind=d.kind,
            country=d.country,
            role=d.role,
            sector=d.sector,
            mentions=tuple(sorted(set(d.mentions), key=lambda s: (s.start, s.end))),
            country_source=None if d.country is None else "table" if d.from_table else "text",
        )
        for n, d in enumerate(ordered, start=1)
    )
