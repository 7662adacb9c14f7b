"""The packaged gazetteer: countries, cities, organisations, regions and titles.

The tables are TSV files in `communique/data/` (see docs/gazetteer.md); this module holds their
lookups, tolerant of case and punctuation; the typed entries and their loader are in
`gazetteer_tables`.

Example:
    >>> gaz = Gazetteer.load()
    >>> gaz.country("the U.S.").iso3, gaz.country("Japanese").iso3
    ('USA', 'JPN')
    >>> gaz.title("Japanese Defense Minister").id
    'defence_minister'
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from typing import TypeVar

from communique.nlp.gazetteer_tables import City, Country, Organization, Region, Title, read_tables

__all__ = ["City", "Country", "Gazetteer", "Organization", "Region", "Title", "normalize"]

T = TypeVar("T")


_SPACES = re.compile(r"\s+")
_POSSESSIVE = re.compile(r"['’]s?$")
# Short acronyms are also ordinary words once case is folded ("US", "WHO", "IS", "MP"), so
# they are matched only when the query is written in capitals.
_SHORT_ACRONYM = 3


def normalize(text: str) -> str:
    """The lookup key of a name: folded case and spaces, no leading "the", trailing "'s" or dots.

    Example:
        >>> normalize("  the U.S.'s ")
        'us'
    """
    key = _SPACES.sub(" ", text.replace("’", "'")).strip()
    key = _POSSESSIVE.sub("", key).replace(".", "").strip()
    if key[:4].lower() == "the ":
        key = key[4:]
    return key.casefold()


def _is_short_acronym(name: str) -> bool:
    bare = name.replace(".", "").strip()
    return " " not in bare and len(bare) <= _SHORT_ACRONYM and sum(c.isupper() for c in bare) >= 2


class _Index:
    """Maps normalised names to values; short acronyms are kept apart and matched by case."""

    def __init__(self) -> None:
        self.folded: dict[str, object] = {}
        self.acronyms: dict[str, object] = {}

    def add(self, name: str, value: object) -> None:
        if _is_short_acronym(name):
            self.acronyms.setdefault(_POSSESSIVE.sub("", name).replace(".", ""), value)
        else:
            self.folded.setdefault(normalize(name), value)

    def get(self, text: str) -> object | None:
        bare = _POSSESSIVE.sub("", text.strip()).replace(".", "")
        if bare[:4].lower() == "the ":
            bare = bare[4:]
        if bare.isupper() and bare in self.acronyms:
            return self.acronyms[bare]
        return self.folded.get(normalize(text))


def _indexed(records: Iterable[T], names: Callable[[T], Iterable[str]]) -> _Index:
    index = _Index()
    for record in records:
        for name in names(record):
            index.add(name, record)
    return index


class Gazetteer:
    """Typed gazetteer tables with name lookups; build it once with `Gazetteer.load()`."""

    def __init__(
        self,
        countries: tuple[Country, ...],
        cities: tuple[City, ...],
        organizations: tuple[Organization, ...],
        regions: tuple[Region, ...],
        titles: tuple[Title, ...],
    ) -> None:
        self.countries = countries
        # Most populous first, so that an ambiguous city name resolves to the biggest city.
        self.cities = tuple(sorted(cities, key=lambda c: -c.population))
        self.organizations = organizations
        self.regions = regions
        self.titles = titles
        self._countries = _indexed(countries, lambda c: (c.name, *c.aliases, *c.demonyms))
        self._country_codes = {c.iso3: c for c in countries} | {c.iso2: c for c in countries}
        self._cities = _indexed(self.cities, lambda c: (c.name, *c.aliases))
        self._organizations = _indexed(organizations, lambda o: (o.name, o.code, *o.aliases))
        self._org_codes = {o.code: o for o in organizations}
        self._regions = _indexed(regions, lambda r: (r.name, *r.aliases))
        self._titles = _indexed(titles, lambda t: (t.name, *t.aliases))

    @classmethod
    def load(cls) -> Gazetteer:
        """The packaged gazetteer, read and checked once per process."""
        return _packaged()

    def country(self, text: str) -> Country | None:
        """A country by name, alias or demonym, or by ISO3/ISO2 code written in capitals."""
        found = self._countries.get(text)
        if found is None:
            code = text.strip().replace(".", "")
            found = self._country_codes.get(code) if code.isupper() else None
        return found  # type: ignore[return-value]

    def country_by_code(self, iso3: str) -> Country | None:
        """A country by its ISO 3166-1 alpha-3 code ("IND")."""
        return self._country_codes.get(iso3.upper()) if len(iso3) == 3 else None

    def city(self, text: str) -> City | None:
        """A city by name; the most populous one when several share it."""
        return self._cities.get(text)  # type: ignore[return-value]

    def organization(self, text: str) -> Organization | None:
        """An organisation by name, alias or code ("the Quad", "U.N.", "NATO")."""
        return self._organizations.get(text)  # type: ignore[return-value]

    def organization_by_code(self, code: str) -> Organization | None:
        return self._org_codes.get(code)

    def region(self, text: str) -> Region | None:
        """A region, sea or disputed area by name or alias ("Indo-Pacific", "Gaza")."""
        return self._regions.get(text)  # type: ignore[return-value]

    def title(self, text: str) -> Title | None:
        """A title, or the longest title that ends (else starts) the phrase.

        "Japanese Defense Minister" -> Defence Minister; "Prime Minister of India" -> Prime Minister.
        """
        words = text.split()
        for candidate in _suffixes_then_prefixes(words):
            found = self._titles.get(candidate)
            if found is not None:
                return found  # type: ignore[return-value]
        return None

    def patterns(self) -> list[dict[str, str]]:
        """entity_ruler phrase patterns for every entry; see `communique.nlp.ruler`."""
        from communique.nlp.ruler import gazetteer_patterns  # the pattern policy lives there

        return gazetteer_patterns(self)


def _suffixes_then_prefixes(words: list[str]) -> Iterator[str]:
    yield " ".join(words)
    for start in range(1, len(words)):
        yield " ".join(words[start:])
    for end in range(len(words) - 1, 0, -1):
        yield " ".join(words[:end])


@lru_cache(maxsize=1)
def _packaged() -> Gazetteer:
    return Gazetteer(*read_tables())
