"""What a clause's sentence adds to it: an unnamed subject's source, the states a reporter
does not place, the sentence's date and place, and the clause's voice."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from communique.events.agents import SubjectMemory, is_agent
from communique.events.arguments import ActorIndex
from communique.events.clauses import Clause
from communique.events.roles import subject_of
from communique.types import Mentions


def unnamed_source(
    clause: Clause, memory: SubjectMemory, states: list[str], index: ActorIndex
) -> tuple[str, ...]:
    """The source of a clause whose subject names no actor: a pronoun's antecedent, or for an
    agentive noun ("security forces", "the government") the one state of its sentence."""
    subject = None if clause.nominal else subject_of(clause.token)
    if subject is None:
        return ()
    pronoun = memory.pronoun_of(subject)
    if pronoun is not None:
        return memory.before(pronoun)
    if not is_agent(subject):
        return ()
    taken = {index.country.get(a) for a in clause.target}
    candidates = [s for s in states if s not in clause.target and index.country.get(s) not in taken]
    return (candidates[0],) if len(candidates) == 1 else ()


def outside_reporters(token: Token, states: list[str], index: ActorIndex) -> list[str]:
    """The sentence's states less those in the subject of a verb that governs `token`: "the
    government declared a state of siege, a spokeswoman for the U.S. embassy said" does not
    place the government in the United States."""
    reporters: set[str] = set()
    while token.head.i != token.i:
        if token.dep_ in ("ccomp", "parataxis"):
            # Only across a reported clause: a borrowed subject ("Japan agreed to send")
            # is the clause's own.
            for child in token.head.children:
                if child.dep_ in ("nsubj", "nsubjpass"):
                    reporters.update(index.states_in(child.subtree))
        token = token.head
    return [s for s in states if s not in reporters] if reporters else states


def date_in(mentions: Mentions, sentence: SpacySpan) -> str | None:
    """The value of the first date mentioned in `sentence`, if any."""
    start, end = sentence.start_char, sentence.end_char
    return next((d.value for d in mentions.dates if start <= d.span.start < end), None)


def place_in(mentions: Mentions, sentence: SpacySpan) -> str | None:
    """The id of the first place mentioned in `sentence`, if any."""
    start, end = sentence.start_char, sentence.end_char
    for place in mentions.places:
        if any(start <= m.start < end for m in place.mentions):
            return place.id
    return None


def passive_participle(token: Token) -> bool:
    """ "a soldier killed in Afghanistan": the noun before was acted on, not acting."""
    return token.dep_ == "acl" and token.tag_ == "VBN"


def active_verb(clause: Clause) -> bool:
    """Whether a clause is a verb in the active voice, whose doer stands before it."""
    token = clause.token
    if clause.nominal or token.dep_ in ("relcl", "pcomp"):
        return False
    if token.dep_ == "acl" and token.sent.root.pos_ not in ("NOUN", "PROPN"):
        return False  # a participle describing a noun, unless the parse found no main verb
    return not any(c.dep_ in ("nsubjpass", "auxpass", "agent") for c in token.children)
