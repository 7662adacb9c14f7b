"""Subjects that name no actor but still act: pronouns and agentive common nouns.

- A pronoun subject ("it", "they", "he") stands for the last subject before it that named an
  actor of a fitting kind: "The Sri Lankan government has made it clear it will not lift the
  ban" -> the government of Sri Lanka. Subjects of reported clauses are already the reporter
  (`roles.subject_of`); this covers the next clause and the next sentence.
- A common noun from `data/event_agents.tsv` ("security forces", "the government",
  "rebels") makes its clause an event even when no actor is named in it; the one state of
  its sentence, if there is exactly one the target does not belong to, places it.

`SubjectMemory` is built once per document in one pass over its tokens.

Example:
    >>> memory = SubjectMemory(doc, index)  # doctest: +SKIP
    >>> memory.before(pronoun)  # doctest: +SKIP
    ('a1',)
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache
from importlib.resources import files

from spacy.tokens import Doc, Token

from communique.events.arguments import ActorIndex, noun_phrase_actors

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_LOOKBACK = 4
# Which actor kinds a pronoun can stand for.
_PRONOUN_KINDS: dict[str, frozenset[str]] = {
    "it": frozenset({"state", "organization", "group"}),
    "its": frozenset({"state", "organization", "group"}),
    "they": frozenset({"state", "organization", "group", "person"}),
    "their": frozenset({"state", "organization", "group", "person"}),
    "he": frozenset({"person"}),
    "his": frozenset({"person"}),
    "she": frozenset({"person"}),
    "her": frozenset({"person"}),
}


@lru_cache(maxsize=1)
def agent_sides() -> dict[str, str]:
    """Lemma -> side ("state", "nonstate" or "public") of the common nouns that name a body
    able to act (`data/event_agents.tsv`)."""
    text = files("communique.data").joinpath("event_agents.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    return {row[0]: row[1].strip() if len(row) > 1 else "state" for row in rows[1:]}


def is_agent(subject: Token) -> bool:
    """Whether a subject without an actor still names someone able to act."""
    return subject.lemma_.lower() in agent_sides()


def is_armed_group(token: Token) -> bool:
    """Whether `token` names a non-state armed body ("gunmen", "rebels", "militants")."""
    return agent_sides().get(token.lemma_.lower()) == "nonstate"


class SubjectMemory:
    """The subjects of a document that name actors, in order, for resolving pronouns."""

    def __init__(self, doc: Doc, index: ActorIndex) -> None:
        self._index = index
        self._positions: list[int] = []
        self._actors: list[tuple[str, ...]] = []
        for token in doc:
            if token.dep_ in _SUBJECTS and token.pos_ != "PRON":
                actors = noun_phrase_actors(token, index)
                if actors:
                    self._positions.append(token.i)
                    self._actors.append(actors)

    def pronoun_of(self, subject: Token) -> Token | None:
        """The pronoun a subject stands on: itself ("it"), or its possessor ("its forces")."""
        if subject.lower_ in _PRONOUN_KINDS and subject.pos_ == "PRON":
            return subject
        return next(
            (c for c in subject.children if c.dep_ == "poss" and c.lower_ in _PRONOUN_KINDS), None
        )

    def before(self, pronoun: Token) -> tuple[str, ...]:
        """The actors of the last earlier subject that fits the pronoun, or ()."""
        kinds = _PRONOUN_KINDS.get(pronoun.lower_, frozenset())
        last = bisect_left(self._positions, pronoun.i) - 1
        # A few subjects back at most: a pronoun refers to something recent.
        for n in range(last, max(last - _LOOKBACK, -1), -1):
            fitting = tuple(a for a in self._actors[n] if self._index.kind.get(a) in kinds)
            if fitting:
                return fitting
        return ()
