"""What the demo table says about one record: the content of its cells, before any layout.

Example:
    >>> from communique.types import Document, Record
    >>> document = Document(id="d", text="...", source="in/b.txt", published="2025-03-05")
    >>> row = summarise(Record(document))
    >>> (row.title, row.when)
    ('b.txt', ('2025-03-05', 'published'))
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import PurePath
from typing import TypeVar

from communique.types import Actor, ActorKind, Place, Record

# Short names for engagement kinds, so the date column stays narrow.
_KIND_LABELS = {"video_call": "video call", "press_conference": "press conf"}
_OTHER_KINDS: tuple[ActorKind, ...] = ("state", "organization", "group")
_PRECISION = {"day": 0, "month": 1, "year": 2}


@dataclass(frozen=True, slots=True)
class Person:
    """A person as shown: `name`, then `detail` ("Foreign Secretary, PHL") when known."""

    name: str
    detail: str | None


@dataclass(frozen=True, slots=True)
class Row:
    """One document's cells. `when` is (date, where the date came from) or None."""

    title: str
    source_name: str | None
    people: tuple[Person, ...]
    others: tuple[str, ...]
    places: tuple[str, ...]
    when: tuple[str, ...] | None
    counts: tuple[int, int, int, int]


def summarise(record: Record) -> Row:
    """The cells of `record`'s row: who, where, when and how much was found."""
    document = record.document
    source_name = PurePath(document.source).name or document.source
    title = _clean(document.title) if document.title else None
    return Row(
        title=title or source_name,
        source_name=source_name if title else None,
        people=tuple(_person(a) for a in _prominent(_of_kind(record, "person"))),
        others=_unique(a.name for kind in _OTHER_KINDS for a in _prominent(_of_kind(record, kind))),
        places=_unique(_place(p) for p in _prominent(record.places)),
        when=main_date(record),
        counts=(
            len(record.engagements),
            len(record.outcomes),
            len(record.quotes),
            len(record.events),
        ),
    )


def main_date(record: Record) -> tuple[str, ...] | None:
    """The date a reader most wants, and where it came from.

    The first dated engagement wins (with its kind, and its status unless held), the most precise
    first: a talks' "2025-07-01" says more than a forum's "2025". Else the first day-precise date
    in the text; else the publication date; else None.
    """
    dated = [(e, e.date) for e in record.engagements if e.date is not None]
    if dated:
        # min() keeps the first of equals, so text order decides between equally precise dates.
        engagement, date = min(dated, key=lambda pair: _PRECISION[pair[1].granularity])
        kind = _KIND_LABELS.get(engagement.kind, engagement.kind)
        status = () if engagement.status == "held" else (engagement.status,)
        return (date.value, kind, *status)
    days = [d for d in record.dates if d.granularity == "day"]
    if days:
        return (min(days, key=lambda d: d.span.start).value, "in text")
    if record.document.published:
        return (record.document.published, "published")
    return None


_Mentioned = TypeVar("_Mentioned", Actor, Place)


def _prominent(items: Iterable[_Mentioned]) -> list[_Mentioned]:
    # Most-mentioned first: the principals of a text are named again and again, bystanders once.
    # Ties keep text order, so the first-named of two equals leads.
    def key(item: _Mentioned) -> tuple[int, int]:
        first = min((m.start for m in item.mentions), default=0)
        return (-len(item.mentions), first)

    return sorted(items, key=key)


def _of_kind(record: Record, kind: ActorKind) -> list[Actor]:
    return [a for a in record.actors if a.kind == kind]


def _person(actor: Actor) -> Person:
    detail = ", ".join(_clean(x) for x in (actor.role, actor.country) if x)
    return Person(_clean(actor.name), detail or None)


def _place(place: Place) -> str:
    name = _clean(place.name)
    return f"{name} ({place.country})" if place.country else name


def _unique(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(_clean(v) for v in values))


def _clean(text: str) -> str:
    """One line of text: newlines and runs of spaces from the source become single spaces."""
    return " ".join(text.split())
