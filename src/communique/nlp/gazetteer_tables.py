"""The gazetteer's typed entries, and reading them from the packaged TSV files.

Every row is checked: a bad row raises `ResourceError` naming the file and line, so a broken
table fails at load time with a message that says where to look (see docs/gazetteer.md).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import NamedTuple, TypeVar

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


class Tables(NamedTuple):
    countries: tuple[Country, ...]
    cities: tuple[City, ...]
    organizations: tuple[Organization, ...]
    regions: tuple[Region, ...]
    titles: tuple[Title, ...]


def read_tables() -> Tables:
    """Every packaged gazetteer table, read and checked."""
    return Tables(
        countries=_read("countries.tsv", ("iso3", "iso2", "name", "aliases", "demonyms", "capital"), _country),
        cities=_read("cities.tsv", ("name", "aliases", "iso3", "lat", "lon", "population"), _city),
        organizations=_read("organizations.tsv", ("code", "name", "aliases", "kind", "sector"), _organization),
        regions=_read("regions.tsv", ("id", "name", "aliases"), _region),
        titles=_read(
            "titles.tsv", ("id", "name", "aliases", "category", "sector", "country", "case"), _title
        ),
    )


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
