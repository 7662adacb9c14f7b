"""The other side of a named dyad: the weakest evidence of a leader's country.

A readout that says "bilateral ties between the United States and France", with "President
Emmanuel Macron of France" and an untitled-country "Vice President Kamala Harris", tells its
reader that Harris speaks for the United States: the document is about two states, one side
is known, and she is the other side's leader. The rule, from the text only:

1. The document's dyad is the pair of states most often named together: "X and Y" (not as
   part of a longer list) or a hyphen compound "X-Y" ("U.S.-Japan"). A tie leaves no dyad.
2. Persons with a country that is one side of the dyad, and none with the other, make the
   other side the unknown one.
3. The one person with no country evidence at all whose title is of a category that speaks
   for a state (`dyad_category` in data/actor_words.tsv: heads of state and government,
   foreign ministers) takes the unknown side, unless the unknown side already has a known
   holder of that title. With two or more such persons nothing is given: they may come one
   from each side.

Nothing here reads how a name looks.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc

from communique.mentions.actor_states import HYPHENS, StateMention

LIST_MARKS = frozenset({",", ";", "and", "or", "&"}) | HYPHENS


@dataclass(frozen=True, slots=True)
class Holder:
    """What the dyad rule reads of one person: its voted country and title."""

    country: str | None
    has_evidence: bool
    title_id: str | None
    category: str | None


def named_dyad(doc: Doc, states: Sequence[StateMention]) -> tuple[str, str] | None:
    """The pair of states the document names together most often, or None on a tie or none."""
    pairs: Counter[tuple[str, str]] = Counter()
    for left, right in zip(states, states[1:]):
        if left.iso3 == right.iso3 or not _joined(doc, left, right):
            continue
        if _in_list(doc, left.start - 1, backwards=True) or _in_list(doc, right.end, backwards=False):
            continue
        a, b = sorted((left.iso3, right.iso3))
        pairs[(a, b)] += 1
    ranked = pairs.most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def dyad_sides(holders: Sequence[Holder], dyad: tuple[str, str], categories: frozenset[str]) -> dict[int, str]:
    """Index of a holder -> the country the dyad rule gives it (see the module docstring)."""
    known = {h.country for h in holders if h.country is not None}
    sides = known.intersection(dyad)
    if len(sides) != 1:
        return {}
    other = dyad[1] if dyad[0] in sides else dyad[0]
    held = {h.title_id for h in holders if h.country == other}
    unknown = [
        i
        for i, h in enumerate(holders)
        if h.country is None and not h.has_evidence and h.category in categories and h.title_id not in held
    ]
    # Two unknown leaders could be one from each side ("Foreign Minister X and Foreign
    # Secretary Y" of a 3+3 dialogue): only a lone unknown leader is read as the other side.
    return {unknown[0]: other} if len(unknown) == 1 else {}


def sole_state(
    holders: Sequence[Holder], states: Sequence[StateMention], categories: frozenset[str], spoken_for: frozenset[str]
) -> dict[int, str]:
    """Index of a holder -> the one state the document names, for leaders with no evidence.

    "President Yoweri Museveni has banned Ugandan opposition candidates": a text about one
    state, and a head of state the text gives no country, speak of that state's own affairs.
    Nothing is given when another person already speaks for that state ("President Mitterand
    welcomed South African leader de Klerk": the one state is the guest's), or when a state
    mention qualifies a title or name (`spoken_for`: "King Abdullah II of Jordan"), or when
    two leaders are unknown.
    """
    codes = {m.iso3 for m in states}
    if len(codes) != 1:
        return {}
    (only,) = codes
    if only in spoken_for or any(h.country == only for h in holders):
        return {}
    unknown = [i for i, h in enumerate(holders) if h.country is None and not h.has_evidence and h.category in categories]
    return {unknown[0]: only} if len(unknown) == 1 else {}


def _joined(doc: Doc, left: StateMention, right: StateMention) -> bool:
    """ "X-Y", "X and Y", "X and the Y", with nothing else between."""
    between = [t.lower_ for t in doc[left.end : right.start]]
    if len(between) == 1 and between[0] in HYPHENS:
        return not doc[left.end - 1].whitespace_
    return between in (["and"], ["and", "the"])


def _in_list(doc: Doc, i: int, backwards: bool) -> bool:
    """Whether the pair continues a longer list ("Australia, India, Japan and the United States").

    `i` is the token just outside the pair; a list goes on when a list mark there is followed
    (away from the pair) by another place or people: "In Paris, the United States and France
    agreed" is no list, nor is "the United States and France, and to revitalizing...".
    """
    step = -1 if backwards else 1
    if backwards and 0 <= i < len(doc) and doc[i].lower_ == "the":
        i -= 1
    if not (0 <= i < len(doc)) or doc[i].lower_ not in LIST_MARKS:
        return False
    j = i + step
    while 0 <= j < len(doc) and doc[j].lower_ in ("the", "and", "or"):
        j += step
    return 0 <= j < len(doc) and doc[j].ent_type_ in ("GPE", "NORP")
