"""Typed loaders for the diplomacy stage's data files, each read once per process.

The files live in `communique/data/`: `engagement_triggers.tsv` (words that announce an
engagement), `outcome_cues.tsv` (verbs that state an outcome) and `topics.tsv` (the topic
list). Lines starting with `#` are comments; the first other line is the header.

Example:
    >>> triggers = load_triggers()
    >>> triggers.verbs["meet"].kind
    'meeting'
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

from communique.types import EngagementKind, OutcomeStatus, OutcomeType

_WORD = re.compile(r"[\w.+']+|-")


@dataclass(frozen=True, slots=True)
class Trigger:
    """One engagement trigger. `words` are lower-case lemmas; the last one is the head."""

    words: tuple[str, ...]
    pos: str
    kind: EngagementKind
    role: str | None
    needs: str | None


@dataclass(frozen=True, slots=True)
class TriggerLexicon:
    """Verb triggers by lemma; noun triggers by head lemma, longest form first."""

    verbs: dict[str, Trigger]
    nouns: dict[str, tuple[Trigger, ...]]


@dataclass(frozen=True, slots=True)
class OutcomeCue:
    """A verb stating an outcome; `particle` is set for two-word cues ("call on")."""

    lemma: str
    particle: str | None
    type: OutcomeType
    status: OutcomeStatus
    addressee: str | None
    objects: frozenset[str] | None = None


@dataclass(frozen=True, slots=True)
class TopicLexicon:
    """Keywords by their first word, longest first: (keyword words, topic) pairs."""

    by_first: dict[str, tuple[tuple[tuple[str, ...], str], ...]]
    topics: tuple[str, ...]


def _rows(name: str) -> Iterator[list[str]]:
    text = files("communique.data").joinpath(name).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    for line in lines[1:]:
        yield line.split("\t")


def _optional(value: str) -> str | None:
    return None if value == "-" else value


def keyword_words(keyword: str) -> tuple[str, ...]:
    """A keyword split the way spaCy splits it ("rules-based" -> rules, -, based)."""
    return tuple(_WORD.findall(keyword.lower()))


@lru_cache(maxsize=1)
def load_triggers() -> TriggerLexicon:
    """The engagement triggers of `engagement_triggers.tsv`."""
    verbs: dict[str, Trigger] = {}
    nouns: dict[str, list[Trigger]] = {}
    for form, pos, kind, role, needs in _rows("engagement_triggers.tsv"):
        trigger = Trigger(tuple(form.split()), pos, kind, _optional(role), _optional(needs))  # type: ignore[arg-type]
        if pos == "verb":
            verbs[trigger.words[-1]] = trigger
        else:
            nouns.setdefault(trigger.words[-1], []).append(trigger)
    return TriggerLexicon(
        verbs=verbs,
        nouns={k: tuple(sorted(v, key=lambda t: -len(t.words))) for k, v in nouns.items()},
    )


@lru_cache(maxsize=1)
def load_outcome_cues() -> dict[str, tuple[OutcomeCue, ...]]:
    """The outcome cues of `outcome_cues.tsv`, by the verb's lemma."""
    cues: dict[str, list[OutcomeCue]] = {}
    for form, type_, status, addressee, objects in _rows("outcome_cues.tsv"):
        lemma, _, particle = form.partition(" ")
        wanted = frozenset(objects.split(",")) if objects != "-" else None
        cue = OutcomeCue(lemma, particle or None, type_, status, _optional(addressee), wanted)  # type: ignore[arg-type]
        cues.setdefault(lemma, []).append(cue)
    # Two-word cues first, so "called on" is a request before "call" is anything else.
    return {k: tuple(sorted(v, key=lambda c: c.particle is None)) for k, v in cues.items()}


@lru_cache(maxsize=1)
def load_topics() -> TopicLexicon:
    """The topic keywords of `topics.tsv`."""
    by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    order: list[str] = []
    for topic, keyword in _rows("topics.tsv"):
        words = keyword_words(keyword)
        by_first.setdefault(words[0], []).append((words, topic))
        if topic not in order:
            order.append(topic)
    return TopicLexicon(
        by_first={k: tuple(sorted(v, key=lambda p: -len(p[0]))) for k, v in by_first.items()},
        topics=tuple(order),
    )
