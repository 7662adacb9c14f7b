"""Coding a test sentence with actors given by name, so an events test measures only the coder."""

from __future__ import annotations

import re
from collections.abc import Mapping

from spacy.language import Language

from communique.events import EventCoder
from communique.nlp import Analysis
from communique.types import Actor, Document, Event, Mentions, Span


def code_with_actors(
    nlp: Language,
    coder: EventCoder,
    text: str,
    actors: Mapping[str, str | tuple[str, str]],
    published: str | None = "2024-05-01",
) -> tuple[Event, ...]:
    """The coder's events for `text`, every occurrence of each name being that actor.

    `actors` maps a name to its country (a state) or to (country, kind).
    """
    found = []
    for name, value in actors.items():
        country, kind = (value, "state") if isinstance(value, str) else value
        spans = tuple(Span(m.start(), m.end(), name) for m in re.finditer(re.escape(name), text))
        if spans:
            found.append(Actor(f"{kind}:{name}", name, kind, country, None, None, spans))  # type: ignore[arg-type]
    analysis = Analysis(Document("t", text, "test", published=published), nlp(text))
    return coder(analysis, Mentions(tuple(found), (), ()))


def only(events: tuple[Event, ...], plover: str) -> Event:
    """The one event of PLOVER type `plover` (the test fails if there are none or several)."""
    found = [e for e in events if e.plover.type == plover]
    assert len(found) == 1, events
    return found[0]
