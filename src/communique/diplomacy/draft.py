"""The engagement draft: what mentions say about one engagement, mutable while merging.

Drafts are read from trigger mentions by `communique.diplomacy.mention` and merged into
engagements by `communique.diplomacy.merge`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from communique.diplomacy.triggers import COUNTERPARTS as OFFICES
from communique.types import (
    Actor,
    DateMention,
    EngagementKind,
    EngagementStatus,
    Place,
    Span,
)


@dataclass(slots=True)
class Draft:
    """What one or more mentions say about one engagement (mutable while merging)."""

    kind: EngagementKind
    evidence: list[Span]
    name: str | None = None
    mechanism: str | None = None
    edition: int | None = None
    date: DateMention | None = None
    place: Place | None = None
    participants: dict[str, Actor] = field(default_factory=dict)
    countries: list[str] = field(default_factory=list)
    host: str | None = None
    visitors: set[str] = field(default_factory=set)
    status: EngagementStatus = "held"
    group: bool = False
    anaphoric: bool = False
    sentence: set[int] = field(default_factory=set)
    verbs: set[int] = field(default_factory=set)
    title: bool = False  # announced by the document's title
    speech: bool = False  # mentioned inside a speaker's turn of a transcript
    generic: bool = False  # "similar meetings": a class of engagements, not one
    past: bool = False  # told in the past tense ("met"): it happened, so it is no planned one
    passing: bool = False  # a named meeting only mentioned ("we welcome the outcomes of the X Summit")
    practice: bool = False  # a noun for a practice, not a meeting ("through dialogue", "continue the dialogue")
    earlier: bool = False  # told as before the text's own ("a recent meeting", "since their talks")

    def persons(self) -> set[str]:
        return {a.id for a in self.participants.values() if a.kind == "person"}

    def person_keys(self) -> set[str]:
        """The people at the table by surname, so that one person named twice by the actor
        stage ("Herzog of" from a title, "Isaac Herzog" from the body) counts once; a name
        that is only an office ("President of Brazil") is the named person of its country
        beside it, else someone of its own."""
        people = [a for a in self.participants.values() if a.kind == "person"]
        named = {a.country for a in people if surname(a.name)}
        return {surname(a.name) or a.name.lower() for a in people if surname(a.name) or a.country not in named}

    def all_countries(self) -> list[str]:
        found = list(self.countries)
        for actor in self.participants.values():
            if actor.country and actor.country not in found:
                found.append(actor.country)
        return found


# Words around a name that are not the person's surname.
_NOT_SURNAME = frozenset({"of", "jr", "jr.", "sr", "sr.", "ii", "iii"})


def surname(name: str) -> str | None:
    """A person's surname, lower case: "Isaac Herzog" and "Herzog of" give "herzog"; None for
    a name that is an office only ("President of Brazil")."""
    words = name.replace(",", " ").split()
    if " of " in f" {name} " and words and words[0].lower() in OFFICES:
        return None
    while words and words[-1].lower() in _NOT_SURNAME:
        words.pop()
    return words[-1].lower() if words else None
