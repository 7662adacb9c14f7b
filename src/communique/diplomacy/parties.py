"""Who an outcome binds and whom it addresses.

Parties are the cue's subjects. Three kinds of subject name nobody by themselves:
- "we" and "I" in a transcript turn are the speaker's side, not every party at the table;
- "we", "they", "the two sides" elsewhere are the linked engagement's states;
- a title alone ("The President and the Prime Minister pledged") is the engagement's
  participant holding that title, when exactly one does.
"""

from __future__ import annotations

from spacy.tokens import Token

from communique.diplomacy.clauses import subjects
from communique.diplomacy.index import DocIndex
from communique.diplomacy.lexicon import OutcomeCue
from communique.diplomacy.turns import Turns
from communique.types import Actor, Engagement

_FIRST_PERSON = frozenset({"we", "us", "i", "me"})
_DETERMINERS = frozenset({"the", "our", "his", "her", "their", "both", "two"})


def outcome_parties(
    index: DocIndex, token: Token, cue: OutcomeCue, engagement: Engagement | None, turns: Turns,
    engagements: tuple[Engagement, ...] = (),
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(parties, addressees) of the outcome cued by `token`, as actor ids. A title alone is
    looked up among the linked engagement's participants, then among all the document's."""
    parties: dict[str, None] = {}
    group = False
    # The linked engagement first, then the others (it is one of them: read it once).
    others = [e for e in engagements if e is not engagement]
    tables = others if engagement is None else [engagement, *others]
    for head in subjects(token):
        found = index.actors_of(head)
        table = _table_sides(index, head, engagement)
        if table and {a.country for a in table} != {a.country for a in found.actors}:
            # "The two leaders condemned the DPRK's tests": the collective names the meeting's
            # parties, not whichever states its sentence happens to name.
            parties.update((a.id, None) for a in table)
        elif found.actors:
            parties.update((_holder(index, a, tables).id, None) for a in found.actors)
        elif head.lower_ in _FIRST_PERSON and turns.speaker[head.i] is not None:
            parties.update((a.id, None) for a in _side_of(index, turns.speaker[head.i]))  # type: ignore[arg-type]
        elif titled := next(filter(None, (_titled(index, head, e) for e in tables)), []):
            parties.update((a.id, None) for a in titled)
        elif not found.group and (table := next(filter(None, (_plural_titled(index, head, e) for e in tables)), [])):
            parties.update((a.id, None) for a in table)
        else:
            group = group or found.group
    if token.lemma_.lower() == "announce":
        # "He announced that India would open a consulate": India acts too.
        for child in token.children:
            if child.dep_ == "ccomp":
                for head in subjects(child):
                    if head.head.i == child.i:
                        parties.update((a.id, None) for a in index.actors_of(head).actors)
    if group and not parties and engagement is not None and not turns.in_turn[token.i]:
        parties.update((a.id, None) for a in index.state_actors(engagement.countries))
    return tuple(parties), _addressees(index, token, cue, parties)


def _table_sides(index: DocIndex, head: Token, engagement: Engagement | None) -> list[Actor]:
    """The sides of the linked engagement a collective subject ("the two leaders", "both
    sides") stands for: each country's state, or its participants when the text names no state;
    none unless the engagement has exactly two sides."""
    if engagement is None or index.reference[head.i] is None:
        return []
    at_table = [a for p in engagement.participants if (a := index.by_id.get(p.actor)) is not None]
    bodies = {a.country for a in at_table if a.kind == "organization"}  # "Quad", "G7": no side
    sides: list[Actor] = []
    for country in engagement.countries:
        state = index.state_actors((country,))
        people = [a for a in at_table if a.kind == "person" and a.country == country]
        if country not in bodies and (state or people):
            sides.extend(state[:1] or people)
    # The collectives are dyads ("the two", "both"): a table of three is not theirs to name.
    return sides if len({a.country for a in sides}) == 2 else []


def _side_of(index: DocIndex, speaker: Actor) -> tuple[Actor, ...]:
    """The speaker's state when the text names it ("we" of a president is their country)."""
    if speaker.country:
        states = index.state_actors((speaker.country,))
        if states:
            return states[:1]
    return (speaker,)


def _titled(index: DocIndex, head: Token, engagement: Engagement | None) -> list[Actor]:
    """Participants named only by title: "the President" and "the Prime Minister" of
    "The President and the Prime Minister pledged", each when exactly one participant of the
    engagement holds that title."""
    if engagement is None:
        return []
    found: list[Actor] = []
    for conjunct in (head, *head.conjuncts):
        if index.actor[conjunct.i] is not None or conjunct.pos_ not in ("NOUN", "PROPN"):
            return []
        words = [t for t in conjunct.subtree if t.i <= conjunct.i and t.lower_ not in _DETERMINERS]
        holder = _holding(index, " ".join(t.lower_ for t in words), engagement)
        if holder is None:
            return []
        found.append(holder)
    return found


# Plural nouns for whoever sits at the table, whatever their office: "the heads of state
# discussed", "the leaders agreed".
_ANY_OFFICE = frozenset({"leader", "head"})


def _plural_titled(index: DocIndex, head: Token, engagement: Engagement | None) -> list[Actor]:
    """Participants named by a plural title: "the two presidents discussed", "the heads of state
    agreed": every person at the table holding that office (any office for "leaders", "heads"),
    when there are at least two."""
    if engagement is None or head.tag_ != "NNS" or index.actor[head.i] is not None:
        return []
    office = head.lemma_.lower()
    people = [(p.role.lower() if p.role else "", actor) for p in engagement.participants
              if (actor := index.by_id.get(p.actor)) is not None and actor.kind == "person"]
    if office in _ANY_OFFICE:
        holders = [a for _, a in people]
    else:
        holders = [a for role, a in people if role == office or role.endswith(" " + office)]
    return holders if len({a.id for a in holders}) >= 2 else []


def _holding(index: DocIndex, title: str, engagement: Engagement) -> Actor | None:
    """The one participant holding a title: "president" is the President, not the Vice
    President, when the engagement has both."""
    held = [(p.role.lower(), actor) for p in engagement.participants
            if p.role and (actor := index.by_id.get(p.actor)) is not None]
    exact = [a for role, a in held if role == title]
    ending = [a for role, a in held if role.endswith(" " + title)]
    holders = exact or ending
    return holders[0] if len({a.id for a in holders}) == 1 else None


def _holder(index: DocIndex, actor: Actor, tables: list[Engagement]) -> Actor:
    """A person the actor stage knows only by title ("the Prime Minister", no country) is the
    participant holding that title, when one does; anyone else stays who they are."""
    if actor.kind != "person" or actor.country is not None or not actor.role:
        return actor
    if actor.name.lower().removeprefix("the ") != actor.role.lower():
        return actor
    for engagement in tables:
        holder = _holding(index, actor.role.lower(), engagement)
        if holder is not None and holder.id != actor.id:
            return holder
    return actor


def _addressees(index: DocIndex, token: Token, cue: OutcomeCue, parties: dict[str, None]) -> tuple[str, ...]:
    addressees: dict[str, None] = {}
    heads: list[Token] = []
    if cue.addressee == "obj":
        heads = [c for c in token.children if c.dep_ in ("dobj", "dative")]
    elif cue.addressee == "prep":
        heads = [g for c in token.children if c.lower_ == cue.particle for g in c.children if g.dep_ == "pobj"]
        heads += [c for c in token.children if c.dep_ == "dobj"]
    for head in heads:
        addressees.update((a.id, None) for a in index.actors_of(head).actors if a.id not in parties)
    return tuple(addressees)
