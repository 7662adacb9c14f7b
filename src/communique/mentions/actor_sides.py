"""The side a person speaks for: "X and Y represented Japan", "Z participated from the Indian side".

A cue is a representing verb with a country object, or a side noun ("side", "delegation")
qualified by a country. Its country goes to the persons in the subject of the cue's verb; when
the parse gives no subject, to the persons of the same sentence since the previous cue.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from communique.mentions.actor_lexicon import ActorLexicon
from communique.mentions.actor_evidence import POSSESSIVE, SIDE
from communique.mentions.actor_mention import PersonMention

MAX_HEAD_STEPS = 4


@dataclass(frozen=True, slots=True)
class SideCue:
    token: int
    country: str
    subject: tuple[int, int] | None  # token range of the verb's subject, when parsed


def add_side_votes(doc: Doc, people: list[PersonMention], state_at: dict[int, str], lexicon: ActorLexicon) -> None:
    """Give each person mention the country of the side it speaks for (a `SIDE` vote)."""
    if not people:
        return
    cues = [cue for token in doc if (cue := _cue(token, state_at, lexicon)) is not None]
    previous_in_sentence: dict[int, int] = {}
    for cue in cues:
        sentence = doc[cue.token].sent
        since = previous_in_sentence.get(sentence.start, sentence.start)
        previous_in_sentence[sentence.start] = cue.token
        if cue.subject is not None:
            lo, hi = cue.subject
            chosen = [p for p in people if lo <= p.start < hi]
        else:
            chosen = [p for p in people if since <= p.start < cue.token]
        for person in chosen:
            person.votes.append((cue.country, SIDE))


def _cue(token: Token, state_at: dict[int, str], lexicon: ActorLexicon) -> SideCue | None:
    doc = token.doc
    if token.lemma_ in lexicon.side_verbs and token.pos_ == "VERB":
        j = token.i + 1
        if j < len(doc) and doc[j].lower_ == "the":
            j += 1
        country = state_at.get(j)
        if country is not None:
            return SideCue(token.i, country, _subject(token))
        # "New Zealand was represented by X, Y and Z": the country is the passive subject.
        country = next((state_at.get(c.i) for c in token.children if c.dep_ == "nsubjpass"), None)
        return SideCue(token.i, country, _after(token)) if country else None
    if token.lower_ in lexicon.side_nouns:
        j = token.i - 1
        if j >= 0 and doc[j].text in POSSESSIVE:
            j -= 1
        country = state_at.get(j)
        if country is None:
            return None
        verb = token
        for _ in range(MAX_HEAD_STEPS):
            if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                break
            verb = verb.head
        led = _led_by(token, verb, lexicon)
        if led is not None:
            return SideCue(token.i, country, _after(led))
        is_subject_itself = token.dep_ in ("nsubj", "nsubjpass")
        subject = None if is_subject_itself or verb.pos_ not in ("VERB", "AUX") else _subject(verb)
        return SideCue(token.i, country, subject)
    return None


def _led_by(side: Token, verb: Token, lexicon: ActorLexicon) -> Token | None:
    """The verb that lists a side's members: "the Philippine delegation was led by X, with Y",
    "the Indian side, headed by X, ...", "the delegation included X and Y"."""
    for child in side.children:
        if child.dep_ == "acl" and child.lemma_ in lexicon.side_lead_verbs:
            return child
    if side.head.i == verb.i and side.dep_ in ("nsubj", "nsubjpass") and verb.lemma_ in lexicon.side_lead_verbs:
        return verb
    return None


def _after(verb: Token) -> tuple[int, int]:
    """The tokens after a verb in its own phrase: where a side's members are listed."""
    return verb.i + 1, verb.right_edge.i + 1


def _subject(verb: Token) -> tuple[int, int] | None:
    """Token range of the verb's subject, looking through coordinated verbs ("met and represented")."""
    for candidate in (verb, verb.head if verb.dep_ == "conj" else None):
        if candidate is None:
            continue
        for child in candidate.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                return child.left_edge.i, child.right_edge.i + 1
    return None
