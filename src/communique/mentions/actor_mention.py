"""`PersonMention` and `OrgMention`: one mention as the finders build it, before actors are merged."""

from __future__ import annotations

from dataclasses import dataclass, field

from communique.mentions.actor_gazetteer import TitleEntry
from communique.types import ActorKind, Span


@dataclass(slots=True)
class PersonMention:
    """One mention of a person. `name` is None for a title standing alone.

    Mutable on purpose: `actor_sides` adds the votes of the side a person speaks for once
    every mention is known.
    """

    span: Span
    start: int  # token range of the mention, for sentence and clause tests
    end: int
    name: tuple[str, ...] | None
    title: TitleEntry | None
    former: bool = False
    role: str | None = None  # the title as written, see `TitleMention.role`
    votes: list[tuple[str, int]] = field(default_factory=list)
    label_start: int = -1  # first token of a transcript speaker label, -1 elsewhere


@dataclass(frozen=True, slots=True)
class OrgMention:
    """One mention of an organisation or group, keyed by its canonical name."""

    span: Span
    key: str
    name: str
    kind: ActorKind
    country: str | None
    sector: str | None
    start: int = -1  # token range, when built from tokens
    end: int = -1
