"""Nominal events: the actors of an event named by a noun ("Israel's bombing of Lebanon",
"talks between India and Japan", "clashes between A and B killed 12").
"""

from __future__ import annotations

from spacy.tokens import Token

from communique.events.arguments import ActorIndex, noun_phrase_actors
from communique.events.lexicon import Trigger

# Verbs of dying whose prepositional phrase names what killed the subject: "died of torture",
# "died as a result of the beating", "succumbed to injuries from the attack".
_DYING = frozenset({"die", "succumb", "perish"})
_CUSTODY = "custody"
# Dependents of a noun event that name its doer in front ("Israel's", "Indian"), and the
# prepositions that name its doers after it.
_FRONT = frozenset({"poss", "compound", "amod", "nmod"})
_AGENTIVE = frozenset({"by", "between", "among"})


def noun_arguments(token: Token, index: ActorIndex) -> tuple[list, list]:
    """Source and target actors of a noun event: its possessor and modifiers act ("Israel's
    bombing", "Indian strikes"), as do its "by", "between" and "among" phrases; other
    prepositional phrases name the one acted on."""
    source: list[str] = []
    target: list[str] = []
    fronts = {c.i: noun_phrase_actors(c, index) for c in token.children if c.dep_ in _FRONT}
    # "the withdrawal of forces" names the agent, "Israel's bombing of Lebanon" (with an agent
    # already in front) the one acted on.
    agentive = _AGENTIVE if any(fronts.values()) else _AGENTIVE | {"of"}
    for child in token.children:
        if child.i in fronts:
            source.extend(a for a in fronts[child.i] if a not in source)
        elif child.dep_ == "prep":
            into = source if child.lower_ in agentive else target
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    into.extend(a for a in noun_phrase_actors(pobj, index) if a not in into)
    return source, target


def sides_near(verb: Token, index: ActorIndex) -> list[str]:
    """The actors of a "between"/"among" phrase on `verb` or on a noun it governs."""
    found: list[str] = []
    preps = [c for c in verb.children if c.dep_ == "prep"]
    for prep in list(preps):
        preps.extend(g for p in prep.children if p.dep_ == "pobj" for g in p.children if g.dep_ == "prep")
    for prep in preps:
        if prep.lower_ in ("between", "among"):
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    found.extend(a for a in noun_phrase_actors(pobj, index) if a not in found)
    return found


def subject_event(
    verb: Token, matches: dict[int, tuple[Trigger, Token | None]], index: ActorIndex
) -> tuple[list[str], list[str]]:
    """The sides of a noun event that is the subject of a trigger verb: "Clashes between A and
    B killed 12" (A and B act), "the attack on the embassy killed 41" (the embassy's state is
    acted on). Empty when the subject is no event the lexicon names."""
    for child in verb.children:
        if child.dep_ == "nsubj" and child.i in matches and matches[child.i][0].pos == "N":
            return noun_arguments(child, index)
    return [], []


def death_sides(noun: Token, index: ActorIndex) -> tuple[list[str], list[str]]:
    """The sides of an event that killed the subject of a verb of dying it is under ("an
    Iranian prisoner died due to torture"): the one who died suffered it, and a custody
    named in the sentence ("while in Israeli police custody") says who held them.
    Empty unless `noun` hangs by prepositions on a verb of dying."""
    head = noun
    for _ in range(4):  # noun <- pobj <- prep (<- pcomp <- prep) <- verb
        if head.dep_ not in ("pobj", "prep", "pcomp", "conj") or head.head is head:
            return [], []
        head = head.head
        if head.pos_ == "VERB":
            break
    if head.lemma_.lower() not in _DYING:
        return [], []
    target = [a for c in head.children if c.dep_ == "nsubj" for a in noun_phrase_actors(c, index)]
    held = [t for t in head.subtree if t.lemma_.lower() == _CUSTODY]
    source = [a for t in held for a in noun_phrase_actors(t, index) if a not in target]
    return source, target
