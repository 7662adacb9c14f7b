"""Host and visitors of an engagement, where a mention says so: "hosted", "received", "visited Japan"."""

from __future__ import annotations

from spacy.tokens import Token

from communique.diplomacy.clauses import subjects
from communique.diplomacy.draft import Draft
from communique.diplomacy.index import DocIndex
from communique.diplomacy.triggers import Hit
from communique.types import Actor


def add_roles(draft: Draft, hit: Hit, index: DocIndex, verb: Token | None) -> None:
    """Host and visitors, where the text says so: "hosted", "received", "visited Japan"."""
    role_verb = hit.token if hit.trigger.pos == "verb" else verb
    role = hit.trigger.role if hit.trigger.pos == "verb" else None
    if role is None and role_verb is not None and role_verb.lemma_.lower() in ("host", "receive", "welcome"):
        role = "host"
    if hit.trigger.pos == "noun" and draft.kind == "visit" and role is None:
        # "a visit to India by the Crown Prince", "paid an official visit to Japan".
        _destination(draft, index, [hit.token, *([verb] if verb is not None else [])])
    if role_verb is None or role is None:
        return
    subject_countries = [a.country for a, _ in _actors(index, subjects(role_verb)) if a.country]
    if role == "host" and subject_countries:
        draft.host = subject_countries[0]
    elif role == "visitor":
        draft.visitors.update(subject_countries)
        # "visited Japan"; "travelled to Japan", whose destination is no argument of its own.
        _destination(draft, index, [role_verb], objects=True)


def _destination(draft: Draft, index: DocIndex, heads: list[Token], objects: bool = False) -> None:
    """The place a visit goes to ("visited Manila", "travelled to Japan", "a visit to India")
    hosts it, and its country is one of the engagement's."""
    for head in heads:
        to = [o for c in head.children if c.dep_ == "prep" and c.lower_ == "to" for o in c.children]
        for child in [*(c for c in head.children if objects and c.dep_ == "dobj"), *to]:
            target = index.place[child.i] or index.actor[child.i]
            if target is not None and target.country and target.country not in draft.visitors:
                draft.host = target.country
                if target.country not in draft.countries:
                    draft.countries.append(target.country)


def _actors(index: DocIndex, heads: list[Token]) -> list[tuple[Actor, Token]]:
    return [(a, h) for h in heads for a in index.actors_of(h).actors]
