"""The packaged gazetteer: countries, cities, organisations, regions and titles.

The tables are TSV files in `communique/data/` (see docs/gazetteer.md); this module holds their
typed records, a loader that checks every row, and case- and punctuation-tolerant lookups.

Example:
    >>> gaz = Gazetteer.load()
    >>> gaz.country("the U.S.").iso3, gaz.country("Japanese").iso3
    ('USA', 'JPN')
    >>> gaz.title("Japanese Defense Minister").id
    'defence_minister'
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TypeVar

from communique.errors import ResourceError

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Country:
    iso3: str
    iso2: str
    name: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    capital: str | None


@dataclass(frozen=True, slots=True)
class City:
    name: str
    country: str  # ISO3
    lat: float
    lon: float
    population: int
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Organization:
    code: str
    name: str
    aliases: tuple[str, ...]
    kind: str  # igo | grouping | agency | court | ngo | armed_group | bank
    sector: str


@dataclass(frozen=True, slots=True)
class Region:
    id: str
    name: str
    aliases: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Title:
    id: str
    name: str
    aliases: tuple[str, ...]
    category: str
    sector: str
    country: str | None  # ISO3 only when the title names one country's office
    case: str  # "any": also match lower-case forms; "exact": as written (and ALL CAPS) only


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


def _split(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.split("|") if part.strip())


def _read(filename: str, columns: Sequence[str], build: Callable[[dict[str, str]], T]) -> tuple[T, ...]:
    """Read one packaged TSV, checking its header and building a record from every row."""
    path = resources.files("communique.data") / filename
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ResourceError(f"gazetteer file {filename} is missing ({exc})") from exc
    rows = csv.reader(text.splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE)
    header = next(rows, [])
    if list(header) != list(columns):
        raise ResourceError(f"{filename}:1: header must be {list(columns)!r}, got {header!r}")
    records = []
    for line, row in enumerate(rows, start=2):
        if not row or not "".join(row).strip():
            continue
        if len(row) != len(columns):
            raise ResourceError(f"{filename}:{line}: expected {len(columns)} columns, got {len(row)}")
        try:
            records.append(build(dict(zip(columns, row))))
        except (ValueError, KeyError) as exc:
            raise ResourceError(f"{filename}:{line}: {exc}") from exc
    return tuple(records)


def _required(row: dict[str, str], column: str) -> str:
    value = row[column].strip()
    if not value:
        raise ValueError(f"empty {column!r}")
    return value


def _iso3(value: str) -> str:
    if not re.fullmatch(r"[A-Z]{3}", value):
        raise ValueError(f"{value!r} is not an ISO 3166-1 alpha-3 code")
    return value


def _country(row: dict[str, str]) -> Country:
    iso2 = _required(row, "iso2")
    if not re.fullmatch(r"[A-Z]{2}", iso2):
        raise ValueError(f"{iso2!r} is not an ISO 3166-1 alpha-2 code")
    return Country(
        iso3=_iso3(_required(row, "iso3")),
        iso2=iso2,
        name=_required(row, "name"),
        aliases=_split(row["aliases"]),
        demonyms=_split(row["demonyms"]),
        capital=row["capital"].strip() or None,
    )


def _city(row: dict[str, str]) -> City:
    return City(
        name=_required(row, "name"),
        country=_iso3(_required(row, "iso3")),
        lat=float(row["lat"]),
        lon=float(row["lon"]),
        population=int(row["population"]),
        aliases=_split(row["aliases"]),
    )


def _organization(row: dict[str, str]) -> Organization:
    kinds = {"igo", "grouping", "agency", "court", "ngo", "armed_group", "bank"}
    kind = _required(row, "kind")
    if kind not in kinds:
        raise ValueError(f"kind {kind!r} is not one of {sorted(kinds)}")
    return Organization(
        code=_required(row, "code"),
        name=_required(row, "name"),
        aliases=_split(row["aliases"]),
        kind=kind,
        sector=_required(row, "sector"),
    )


def _region(row: dict[str, str]) -> Region:
    return Region(id=_required(row, "id"), name=_required(row, "name"), aliases=_split(row["aliases"]))


def _title(row: dict[str, str]) -> Title:
    case = _required(row, "case")
    if case not in ("any", "exact"):
        raise ValueError(f"case {case!r} must be 'any' or 'exact'")
    country = row["country"].strip()
    return Title(
        id=_required(row, "id"),
        name=_required(row, "name"),
        aliases=_split(row["aliases"]),
        category=_required(row, "category"),
        sector=_required(row, "sector"),
        country=_iso3(country) if country else None,
        case=case,
    )


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
    return Gazetteer(
        countries=_read("countries.tsv", ("iso3", "iso2", "name", "aliases", "demonyms", "capital"), _country),
        cities=_read("cities.tsv", ("name", "aliases", "iso3", "lat", "lon", "population"), _city),
        organizations=_read("organizations.tsv", ("code", "name", "aliases", "kind", "sector"), _organization),
        regions=_read("regions.tsv", ("id", "name", "aliases"), _region),
        titles=_read(
            "titles.tsv", ("id", "name", "aliases", "category", "sector", "country", "case"), _title
        ),
    )
