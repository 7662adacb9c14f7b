"""The interfaces of the pipeline's stages, in one place.

Each stage is a small class built once (it may hold loaded resources) and called once per
document. `name` is the stage's versioned component name, recorded in every record's
provenance so a stored field says which code made it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from communique.nlp.analysis import Analysis
from communique.types import (
    Actor,
    DateMention,
    Engagement,
    Event,
    Mentions,
    Outcome,
    Place,
    Quote,
    Reference,
    Topic,
)


@dataclass(frozen=True, slots=True)
class ActorsFound:
    actors: tuple[Actor, ...]
    references: tuple[Reference, ...]


@dataclass(frozen=True, slots=True)
class Diplomacy:
    """The diplomacy stage's output. `quotes` are the input quotes, linked to engagements."""

    engagements: tuple[Engagement, ...]
    outcomes: tuple[Outcome, ...]
    quotes: tuple[Quote, ...]
    topics: tuple[Topic, ...]


class ActorStage(Protocol):
    name: str

    def __call__(self, analysis: Analysis) -> ActorsFound: ...


class PlaceStage(Protocol):
    name: str

    def __call__(self, analysis: Analysis) -> tuple[Place, ...]: ...


class DateStage(Protocol):
    name: str

    def __call__(self, analysis: Analysis) -> tuple[DateMention, ...]: ...


class QuoteStage(Protocol):
    name: str

    def __call__(self, analysis: Analysis, mentions: Mentions) -> tuple[Quote, ...]: ...


class DiplomacyStage(Protocol):
    name: str

    def __call__(
        self, analysis: Analysis, mentions: Mentions, quotes: tuple[Quote, ...]
    ) -> Diplomacy: ...


class EventStage(Protocol):
    name: str

    def __call__(
        self,
        analysis: Analysis,
        mentions: Mentions,
        engagements: tuple[Engagement, ...],
        outcomes: tuple[Outcome, ...],
    ) -> tuple[Event, ...]: ...
