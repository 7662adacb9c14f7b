"""Actors for the event evaluations: the project's `ActorResolver` when it is importable,
otherwise a small stand-in that reads countries and organisations off spaCy's entities
through the gazetteer (so the event coder can be measured on its own).
"""

from __future__ import annotations

from collections.abc import Callable

from communique.nlp.analysis import Analysis
from communique.nlp.gazetteer import Gazetteer
from communique.types import Actor, Mentions, Span

Resolve = Callable[[Analysis], Mentions]


def _standin(gazetteer: Gazetteer) -> Resolve:
    def resolve(analysis: Analysis) -> Mentions:
        found: dict[str, tuple[str, str, str | None, list[Span]]] = {}
        for ent in analysis.doc.ents:
            text = ent.text.removeprefix("the ").removeprefix("The ")
            key: str | None = None
            if ent.label_ in ("GPE", "NORP", "LOC"):
                country = gazetteer.country(text)
                city = None if country else gazetteer.city(text)
                iso3 = country.iso3 if country else city.country if city else None
                if iso3:
                    key, name, kind, code = f"country:{iso3}", iso3, "state", iso3
            elif ent.label_ == "ORG":
                org = gazetteer.organization(text)
                if org:
                    key, name, kind, code = f"org:{org.code}", org.name, "organization", org.code
                else:
                    country = gazetteer.country(text.split()[0]) if text else None
                    code_ = country.iso3 if country else None
                    key, name, kind, code = f"org:{text}", text, "organization", code_  # type: ignore[assignment]
            elif ent.label_ == "PERSON":
                key, name, kind, code = f"person:{text}", text, "person", None  # type: ignore[assignment]
            if key is None:
                continue
            entry = found.setdefault(key, (name, kind, code, []))
            entry[3].append(analysis.span_of(ent))
        actors = tuple(
            Actor(key, name, kind, code, None, None, tuple(spans))  # type: ignore[arg-type]
            for key, (name, kind, code, spans) in found.items()
        )
        return Mentions(actors=actors, places=(), dates=())

    return resolve


def actor_resolver() -> tuple[str, Resolve]:
    """The resolver to use and its name: the real one if it is importable, else the stand-in."""
    gazetteer = Gazetteer.load()
    try:
        from communique.mentions.actors import ActorResolver
    except ImportError:
        return "entity-standin", _standin(gazetteer)
    resolver = ActorResolver(gazetteer)

    def resolve(analysis: Analysis) -> Mentions:
        found = resolver(analysis)
        return Mentions(actors=found.actors, places=(), dates=(), references=found.references)

    return resolver.name, resolve
