"""Actors by position, for a trigger the parse gave no actor.

A parse that goes astray ("Azerbaijani forces, backed by artillery, reportedly shelled ...",
a headline with no verb, a long apposition) can leave a trigger with no actor on either
side although the sentence names them. Then we read the sentence left to right, as a
reader would: the nearest actor before the trigger acted; the first actor after it, inside
the trigger's own phrase and reached through an object or a preposition, was acted on.
Events read this way rank below those the parse supports (`EventCoder` lowers their
confidence).

Example:
    >>> positional_actors(token, sentence, index)  # doctest: +SKIP
    (('a1',), ('a2',))
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan, Token

from communique.events.arguments import ActorIndex

# Kinds of actor that can act or be acted on in an interaction.
_ACTING = frozenset({"state", "organization", "person"})
# How an actor after the trigger must hang below it to be what it acts on.
_REACHING = frozenset({"dobj", "pobj", "dative", "prep", "conj", "compound", "amod", "poss", "appos"})
# Words before the trigger that end the search: a clause boundary the actor would be across.
_BOUNDARY = frozenset({";", ":"})
# What another verb acts on is no doer: "closed its borders with Brazil, and severed ...".
_OBJECTS = frozenset({"dobj", "dative", "attr", "oprd"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
_NOUNS = frozenset({"NOUN", "PROPN"})
# Dependencies that open a clause of its own, whose actors act in that clause.
_CLAUSES = frozenset({"acl", "relcl", "advcl", "ccomp", "xcomp", "pcomp", "csubj", "parataxis"})


def _acting(actors: tuple[str, ...], index: ActorIndex) -> tuple[str, ...]:
    return tuple(a for a in actors if index.kind.get(a) in _ACTING)


def _reaches(token: Token, trigger: Token) -> bool:
    """Whether `token` hangs below `trigger` through objects and prepositions only."""
    for _ in range(8):
        if token.head is token:
            return False
        if token.head == trigger:
            return token.dep_ in _REACHING
        if token.dep_ not in _REACHING:
            return False
        token = token.head
    return False


def _doer_of(token: Token, trigger: Token, governing: set[int]) -> bool:
    """Whether `token` stands where the trigger's doer would: in the subject of a verb
    governing it, or in a noun governing it (a sentence the parse left verbless: "Chilean
    troops ... along the line of control fired at ..."). A clause or an object of its own
    ("in a move welcomed by Norway", "closed its borders with Ghana and severed ...") holds
    someone else."""
    for _ in range(12):
        if token.head.i in governing:
            head = token.head
            return token.dep_ in _SUBJECTS or (head.pos_ in _NOUNS and token.dep_ not in _CLAUSES)
        if token.dep_ in _CLAUSES or token.dep_ in _OBJECTS or token.head is token:
            return False
        token = token.head
    return False


def nearest_before(
    trigger: Token, sentence: SpacySpan, index: ActorIndex, taken: tuple[str, ...] = ()
) -> tuple[str, ...]:
    """The acting actors nearest before `trigger` that may be its doer, other than `taken`."""
    governing = {trigger.i, *(t.i for t in trigger.ancestors)}
    for i in range(trigger.i - 1, sentence.start - 1, -1):
        token = sentence.doc[i]
        if token.text in _BOUNDARY:
            break
        found = tuple(a for a in _acting(index.at(token), index) if a not in taken)
        if found and _doer_of(token, trigger, governing):
            return found
    return ()


def positional_actors(
    trigger: Token, sentence: SpacySpan, index: ActorIndex
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The nearest acting actor before `trigger` and the first one after it in its phrase."""
    source = nearest_before(trigger, sentence, index)
    target: tuple[str, ...] = ()
    for i in range(trigger.i + 1, trigger.right_edge.i + 1):
        token = sentence.doc[i]
        found = tuple(a for a in _acting(index.at(token), index) if a not in source)
        if found and _reaches(token, trigger):
            target = found
            break
    return source, target
