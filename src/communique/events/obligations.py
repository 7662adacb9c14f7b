"""Demands in reported speech: "Britain said Libya must hand over the suspects" is Britain
asking Libya to act (CAMEO 10, PLOVER REQUEST), not Libya handing anything over.

An obligation is a verb with "must", "should" or "ought to" in a clause that something else
governs: a reporting verb ("said", "reiterated", "declared that"), or a noun ("a reminder
to Iraq that it must cooperate"). The one who speaks is the source; the one obliged (the
clause's subject, or for a pronoun the one spoken to) is the target. "We must" and "I
should" bind the speaker and ask nobody, so they give no demand.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span as SpacySpan, Token

from communique.events.arguments import ActorIndex, noun_phrase_actors
from communique.events.roles import SUBJECT, subject_of

_OBLIGING = frozenset({"must", "should", "ought"})
_SELF = frozenset({"i", "we", "us"})
_CLAUSE_DEPS = frozenset({"ccomp", "acl"})
_ADDRESSEE_DEPS = frozenset({"dative", "dobj"})


@dataclass(frozen=True, slots=True)
class Obligation:
    """`speaker` (the governing verb or noun) says that someone must do `verb`."""

    speaker: Token
    verb: Token
    source: tuple[str, ...]
    target: tuple[str, ...]
    named_subject: bool


def _obliged_subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in SUBJECT or c.dep_ == "nsubjpass"), None)


def _addressees(governor: Token, index: ActorIndex) -> tuple[str, ...]:
    """Who was spoken to: "told Iraq", "a reminder to Iraq"."""
    found: list[str] = []
    for child in governor.children:
        if child.dep_ in _ADDRESSEE_DEPS or (child.dep_ == "prep" and child.lower_ == "to"):
            heads = [child] if child.dep_ != "prep" else [c for c in child.children if c.dep_ == "pobj"]
            for head in heads:
                found.extend(a for a in noun_phrase_actors(head, index) if a not in found)
    return tuple(found)


def obligations(sentence: SpacySpan, index: ActorIndex) -> list[Obligation]:
    """Every reported obligation of the sentence, with the speaker's and the obliged actors."""
    found: list[Obligation] = []
    for verb in sentence:
        if verb.dep_ not in _CLAUSE_DEPS or verb.pos_ not in ("VERB", "AUX"):
            continue
        if not any(c.dep_ == "aux" and c.lower_ in _OBLIGING for c in verb.children):
            continue
        obliged = _obliged_subject(verb)
        if obliged is None or obliged.pos_ == "PRON" and obliged.lower_ in _SELF:
            # "we must", not "the US must"
            continue
        governor = verb.head
        # "issued a reminder to Iraq that it must...": the noun's verb has the speaker.
        speaking = governor.head if governor.pos_ == "NOUN" else governor
        subject = subject_of(speaking)
        source = noun_phrase_actors(subject, index) if subject is not None else ()
        target = noun_phrase_actors(obliged, index)
        if obliged.pos_ == "PRON" or not target:
            target = _addressees(governor, index) or _addressees(speaking, index) or target
        target = tuple(a for a in target if a not in source)
        named = subject is not None and any(t.ent_type_ for t in subject.subtree)
        found.append(Obligation(speaking, verb, source, target, named))
    return found


def clausal_subject_actors(token: Token, index: ActorIndex) -> list[str]:
    """The actors of the subjects of `token`'s "that" clauses ("demanded that Sudan end...")."""
    found: list[str] = []
    for child in token.children:
        if child.dep_ != "ccomp":
            continue
        subject = _obliged_subject(child)
        if subject is not None:
            found.extend(a for a in noun_phrase_actors(subject, index) if a not in found)
    return found
