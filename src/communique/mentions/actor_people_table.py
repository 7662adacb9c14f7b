"""The table of well-known political figures (`data/people.tsv`): an actor dictionary.

Event coders (PETRARCH, ICEWS) give "Erdogan said" its country from a list of named figures;
this is ours. It is consulted only for a person the text gives no country, and only by name:
a full name or alias ("Recep Tayyip Erdogan", "Tayyip Erdogan"), or a bare surname the table
marks distinctive ("Erdogan", "Putin"; never "May", "Bush", "Kim" or "Singh"). A person who
acted for several codes ("Donald Tusk": POL, then EU, then POL) gets one only when the
document's year says which.

Example:
    >>> table = load_people_table()
    >>> table.lookup(("Recep", "Tayyip", "Erdogan")).country_in(None)
    'TUR'
    >>> table.lookup(("Erdogan",)).name
    'Recep Tayyip Erdoğan'
    >>> table.lookup(("May",)) is None
    True
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from communique.errors import ResourceError

_ROLE = re.compile(r"^(?P<title>.+) \((?P<code>[A-Z_]+)(?: (?P<start>\d{4})?(?P<dash>-)?(?P<end>\d{4})?)?\)$")
_COLUMNS = 6


@dataclass(frozen=True, slots=True)
class Role:
    """One office held: its title, the code it acted for, and its years when known."""

    title: str
    code: str
    start: int | None
    end: int | None

    def covers(self, year: int) -> bool:
        """Whether the office was held in `year` (an open end runs to the present)."""
        return (self.start is None or self.start <= year) and (self.end is None or year <= self.end)


@dataclass(frozen=True, slots=True)
class KnownPerson:
    """One row of the table."""

    name: str
    aliases: tuple[str, ...]
    surnames: tuple[str, ...]
    country: str
    sector: str
    roles: tuple[Role, ...]

    def country_in(self, year: int | None) -> str | None:
        """The code the person acts for: the one code of every role, or of the roles held in
        `year`; None when the roles differ and the year does not settle it."""
        codes = {r.code for r in self.roles} or {self.country}
        if len(codes) == 1:
            return next(iter(codes))
        if year is None:
            return None
        held = {r.code for r in self.roles if r.start is not None and r.covers(year)}
        return next(iter(held)) if len(held) == 1 else None


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """A name's lookup key: accents, case, dots and hyphens ignored.

    Example:
        >>> fold("Erdoğan"), fold("Ramos-Horta"), fold("S. Jaishankar")
        ('erdogan', 'ramos horta', 's jaishankar')
    """
    text = text.replace("Đ", "D").replace("đ", "d").replace("’", "'").replace("ı", "i")
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return " ".join(text.casefold().replace(".", " ").replace("-", " ").split())


class PeopleTable:
    """Name -> person lookups over `data/people.tsv`. Build once (`load_people_table`)."""

    def __init__(self, people: list[KnownPerson]) -> None:
        self.people = tuple(people)
        self._full: dict[str, list[KnownPerson]] = {}
        self._bare: dict[str, list[KnownPerson]] = {}
        for person in people:
            # A set per person: "Erdoğan" and "Erdogan" fold to one key.
            for key in {fold(form) for form in (person.name, *person.aliases)}:
                self._full.setdefault(key, []).append(person)
            for key in {fold(form) for form in person.surnames}:
                self._bare.setdefault(key, []).append(person)
        # Every word prefix of a listed multi-word name, for the scan of untagged names.
        self.prefixes = frozenset(
            " ".join(words[:n]) for words in (key.split() for key in self._full) for n in range(1, len(words))
        )

    def full(self, words: tuple[str, ...]) -> KnownPerson | None:
        """The person whose full name or alias is exactly `words`, or None (also when two
        listed people share it and act for different codes)."""
        return self.full_key(fold(" ".join(words)))

    def full_key(self, key: str) -> KnownPerson | None:
        """`full` for an already folded name."""
        return _one(self._full.get(key, ()))

    def bare(self, word: str) -> KnownPerson | None:
        """The person a distinctive surname alone names ("Putin"), or None."""
        return _one(self._bare.get(fold(word), ()))

    def lookup(self, words: tuple[str, ...]) -> KnownPerson | None:
        """The person a written name names, or None.

        A full name or alias matches as it is; one word only when it is a distinctive surname;
        a longer unlisted form ("Sergey V. Lavrov") when its last word is a distinctive surname
        and its first word starts as the listed first name does.
        """
        person = self.full(words)
        if person is not None or not words:
            return person
        person = self.bare(words[-1])
        if person is None or len(words) == 1:
            return person
        first = fold(words[0])[:1]
        names = [fold(n) for n in (person.name, *person.aliases)]
        return person if any(n[:1] == first for n in names) else None


def _one(candidates: list[KnownPerson] | tuple[()]) -> KnownPerson | None:
    if not candidates:
        return None
    if len({p.country_in(None) or p.country for p in candidates}) > 1:
        return None
    return candidates[0]


def _split(cell: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in cell.split("|") if v.strip())


def _role(text: str, where: str) -> Role:
    match = _ROLE.match(text)
    if match is None:
        raise ResourceError(f"people.tsv {where}: bad role {text!r} (want 'Title (CODE 1999-2004)')")
    start, end = match["start"], match["end"]
    if match["dash"] is None:  # a single year: "Prime Minister (GBR 2022)"
        end = start
    return Role(match["title"], match["code"], int(start) if start else None, int(end) if end else None)


@lru_cache(maxsize=1)
def load_people_table() -> PeopleTable:
    """The table from `data/people.tsv`, loaded once per process."""
    try:
        raw = resources.files("communique.data").joinpath("people.tsv").read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError) as exc:
        raise ResourceError("package data file 'people.tsv' is missing; reinstall communique") from exc
    people = []
    for n, line in enumerate(raw.splitlines()[1:], start=2):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) != _COLUMNS or not cells[0].strip() or not cells[3].strip():
            raise ResourceError(f"people.tsv line {n}: want {_COLUMNS} columns with a name and a country")
        name, aliases, surnames, country, sector, roles = (c.strip() for c in cells)
        people.append(
            KnownPerson(
                name, _split(aliases), _split(surnames), country, sector or "government",
                tuple(_role(r, f"line {n}") for r in _split(roles)),
            )
        )
    return PeopleTable(people)
