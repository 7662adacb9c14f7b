"""Typed records passed between pipeline stages, and the record contract `communique.record/1`.

Every record is a frozen dataclass. Collections are tuples so records stay hashable and
immutable; `communique.record.to_dict` turns a `Record` into the JSON the CLI prints.

A `Span` is always in characters of the document's normalised text (`Document.text`), end
exclusive, so any field can be shown highlighted in the text it came from.

Example:
    >>> Span(0, 5, "India")
    Span(start=0, end=5, text='India')
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

SCHEMA_ID = "communique.record/1"

ActorKind = Literal["person", "state", "organization", "group"]
PlaceKind = Literal["city", "region", "place"]
Granularity = Literal["day", "month", "year"]
EngagementKind = Literal[
    "meeting",
    "call",
    "video_call",
    "talks",
    "dialogue",
    "summit",
    "visit",
    "press_conference",
    "negotiation",
]
EngagementStatus = Literal["held", "planned", "cancelled"]
OutcomeType = Literal["agreement", "commitment", "request", "announcement", "proposal", "statement"]
OutcomeStatus = Literal[
    "signed", "agreed", "announced", "requested", "proposed", "discussed", "reaffirmed"
]
Modality = Literal["asserted", "future", "hypothetical", "negated"]
CountrySource = Literal["text", "table"]


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the normalised text: `text == document.text[start:end]`."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Document:
    """One input text after ingest: normalised text plus what its container said about it.

    `published` is the document date (YYYY-MM-DD) when the source gave one; `id` is a stable
    hash of the normalised text unless the source supplied an id.
    """

    id: str
    text: str
    source: str
    title: str | None = None
    published: str | None = None
    publisher: str | None = None
    language: str = "en"
    url: str | None = None


@dataclass(frozen=True, slots=True)
class Actor:
    """A person, state, organisation or group named in the text, with every mention."""

    id: str
    name: str
    kind: ActorKind
    country: str | None
    role: str | None
    sector: str | None
    mentions: tuple[Span, ...]
    # Where `country` came from: "text" (what the document says, its dateline or issuer
    # included) or "table" (the actor dictionary of well-known figures, `data/people.tsv`,
    # for a person the text gives no country); None when `country` is None.
    country_source: CountrySource | None = None


@dataclass(frozen=True, slots=True)
class Reference:
    """A collective mention ("the two sides", "both countries") and the actors it stands for."""

    span: Span
    actors: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Place:
    """A city, region or other location, with its country (ISO3, null for regions)."""

    id: str
    name: str
    kind: PlaceKind
    country: str | None
    lat: float | None
    lon: float | None
    mentions: tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression resolved against the document date; `value` is YYYY-MM-DD, YYYY-MM or YYYY."""

    id: str
    text: str
    value: str
    granularity: Granularity
    span: Span


@dataclass(frozen=True, slots=True)
class EngagementDate:
    """When an engagement took (or will take) place, and the words that say so."""

    value: str
    granularity: Granularity
    text: str | None
    span: Span | None


@dataclass(frozen=True, slots=True)
class Participant:
    """An actor taking part in an engagement, with their role and country as of the text."""

    actor: str
    role: str | None
    country: str | None


@dataclass(frozen=True, slots=True)
class Engagement:
    """A meeting, call, visit, summit... as an n-ary event."""

    id: str
    kind: EngagementKind
    name: str | None
    mechanism: str | None
    edition: int | None
    date: EngagementDate | None
    place: str | None
    countries: tuple[str, ...]
    host: str | None
    participants: tuple[Participant, ...]
    status: EngagementStatus
    evidence: tuple[Span, ...]
    confidence: float


@dataclass(frozen=True, slots=True)
class Outcome:
    """Something agreed, committed, requested, announced, proposed or stated."""

    id: str
    type: OutcomeType
    text: str
    parties: tuple[str, ...]
    addressees: tuple[str, ...]
    topics: tuple[str, ...]
    status: OutcomeStatus
    modality: Modality
    engagement: str | None
    evidence: tuple[Span, ...]
    confidence: float


@dataclass(frozen=True, slots=True)
class Quote:
    """Quoted (`direct=True`) or reported (`direct=False`) words and who said them.

    `span` runs from the first quoted word to the last; `parts` holds the quoted pieces when
    the attribution interrupts the quote. `speaker_span` is the local mention at the cue (the
    "he" of "he said"); `speaker` is the actor it resolves to.
    """

    id: str
    text: str
    span: Span
    parts: tuple[Span, ...]
    speaker: str | None
    speaker_span: Span | None
    cue: Span | None
    direct: bool
    engagement: str | None = None


@dataclass(frozen=True, slots=True)
class Plover:
    type: str
    mode: str | None
    contexts: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Cameo:
    code: str
    quad_class: int
    goldstein: float


@dataclass(frozen=True, slots=True)
class Event:
    """One coded interaction: PLOVER beside CAMEO, with its actors and evidence."""

    id: str
    plover: Plover
    cameo: Cameo
    source: tuple[str, ...]
    target: tuple[str, ...]
    trigger: Span
    sentence: Span
    date: str | None
    place: str | None
    modality: Modality
    confidence: float
    coder: str


@dataclass(frozen=True, slots=True)
class Topic:
    name: str
    score: float


@dataclass(frozen=True, slots=True)
class Provenance:
    """Which code and model made a record: `components` are versioned names ("actors.rules.v1")."""

    communique: str
    components: tuple[str, ...]
    model: str
    model_version: str


@dataclass(frozen=True, slots=True)
class Mentions:
    """What the mentions stage found: the input of the diplomacy and event stages."""

    actors: tuple[Actor, ...]
    places: tuple[Place, ...]
    dates: tuple[DateMention, ...]
    references: tuple[Reference, ...] = ()

    def actor(self, actor_id: str) -> Actor | None:
        """The actor with this id, or None."""
        return next((a for a in self.actors if a.id == actor_id), None)

    def actor_at(self, start: int, end: int) -> Actor | None:
        """The actor with a mention overlapping characters [start, end), longest mention first."""
        best: tuple[int, Actor] | None = None
        for actor in self.actors:
            for m in actor.mentions:
                if m.start < end and start < m.end:
                    size = m.end - m.start
                    if best is None or size > best[0]:
                        best = (size, actor)
        return best[1] if best else None

    def reference_at(self, start: int, end: int) -> Reference | None:
        """The collective reference overlapping characters [start, end), or None."""
        return next((r for r in self.references if r.span.start < end and start < r.span.end), None)


@dataclass(frozen=True, slots=True)
class Record:
    """Everything communique read in one document: the contract `communique.record/1`."""

    document: Document
    actors: tuple[Actor, ...] = ()
    places: tuple[Place, ...] = ()
    dates: tuple[DateMention, ...] = ()
    references: tuple[Reference, ...] = ()
    engagements: tuple[Engagement, ...] = ()
    outcomes: tuple[Outcome, ...] = ()
    quotes: tuple[Quote, ...] = ()
    events: tuple[Event, ...] = ()
    topics: tuple[Topic, ...] = ()
    provenance: Provenance | None = None
    schema: str = field(default=SCHEMA_ID)
