"""The actor resolver's word lists and the sector code list, loaded once from package data.

`data/actor_words.tsv` holds the words the rules read (collective phrases, organisation head
words with their sector, non-actor words, honorifics...); `data/sectors.tsv` is the documented
list of sector codes an actor's `sector` may take.

Example:
    >>> lexicon = load_actor_lexicon()
    >>> lexicon.org_sector("Ministry of Defence")
    'government'
    >>> "the two sides" in lexicon.collectives
    True
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from communique.errors import ResourceError


@dataclass(frozen=True, slots=True)
class Sector:
    """One sector code: `code` as written in records, `cameo` its CAMEO-style equivalent."""

    code: str
    cameo: str | None
    description: str


@dataclass(frozen=True, slots=True)
class ActorLexicon:
    """Every word list the actor rules read. Phrases are lowercase token tuples."""

    collectives: frozenset[str]
    collective_phrases: tuple[tuple[str, ...], ...]
    org_heads: dict[str, str]
    not_actor: frozenset[str]
    buildings: frozenset[str]
    offices: frozenset[str]
    honorifics: frozenset[str]
    former: frozenset[str]
    side_nouns: frozenset[str]
    side_verbs: frozenset[str]
    name_particles: frozenset[str]
    portfolio_titles: frozenset[str] = frozenset()
    dyad_categories: frozenset[str] = frozenset()
    not_person: frozenset[str] = frozenset()
    side_lead_verbs: frozenset[str] = frozenset()
    kind_sectors: dict[str, str] = field(default_factory=dict)
    sector_codes: frozenset[str] = frozenset()
    org_homes: dict[str, str] = field(default_factory=dict)  # gazetteer org code -> ISO3
    home_categories: frozenset[str] = frozenset()
    stance_verbs: frozenset[str] = frozenset()
    stance_nouns: frozenset[str] = frozenset()
    issuers: dict[str, str] = field(default_factory=dict)  # publisher name or web host -> ISO3
    issuer_leaders: frozenset[str] = frozenset()
    nicknames: dict[str, str] = field(default_factory=dict)  # familiar given name -> full one

    def record_sector(self, kind: str, sector: str | None) -> str | None:
        """The record sector of a gazetteer organisation: its own sector when that is a
        documented code and its kind does not fix one, else its kind's (`org_kind_sector`)."""
        fixed = self.kind_sectors.get("!" + kind)
        if fixed is not None:
            return fixed
        if sector in self.sector_codes:
            return sector
        return self.kind_sectors.get(kind)

    def org_sector(self, name: str) -> str | None:
        """The sector of the last organisation head word in `name`, or None if it has none.

        The last head wins because English heads come last ("Indian Army Training Command"
        is military); a two-word head ("air force") beats its parts.
        """
        words = _words(name)
        found: str | None = None
        for i in range(len(words)):
            for n in (3, 2, 1):
                sector = self.org_heads.get(" ".join(words[i : i + n]))
                if sector is not None:
                    found = sector
                    break
        return found

    def is_not_actor(self, name: str) -> bool:
        """True when `name` is a forum, agreement, event or the like ("Act East Forum")."""
        return any(word in self.not_actor for word in _words(name))

    def is_building_or_office(self, name: str) -> bool:
        """True for a building ("White House", "the Consulate") or a bare office ("Defense")."""
        words = _words(name)
        if words and words[0] == "the":
            words = words[1:]
        text = " ".join(words)
        if text in self.offices or text in self.buildings:
            return True
        # "the Indian Consulate", "US Embassy": the head noun is a building.
        return any(
            text.endswith(" " + b) or text.startswith(b + " of ") or text.startswith(b + " in ")
            for b in self.buildings
        )


@dataclass(frozen=True, slots=True)
class SectorTable:
    """The documented sector codes, by code."""

    sectors: dict[str, Sector]

    def __contains__(self, code: object) -> bool:
        return code in self.sectors

    def by_cameo(self, cameo: str) -> tuple[str, ...]:
        """Every sector code whose CAMEO equivalent is `cameo` ("GOV" -> government, diplomatic)."""
        return tuple(s.code for s in self.sectors.values() if s.cameo == cameo)


def _words(text: str) -> list[str]:
    return text.lower().replace("’", "'").split()


def _rows(filename: str) -> list[list[str]]:
    try:
        raw = resources.files("communique.data").joinpath(filename).read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError) as exc:
        raise ResourceError(f"package data file {filename!r} is missing; reinstall communique") from exc
    rows = [line.split("\t") for line in raw.splitlines() if line and not line.startswith("#")]
    return rows[1:]  # the header row


@lru_cache(maxsize=1)
def load_actor_lexicon() -> ActorLexicon:
    """The actor word lists from `data/actor_words.tsv`, loaded once per process."""
    by_kind: dict[str, list[tuple[str, str]]] = {}
    for row in _rows("actor_words.tsv"):
        if len(row) < 2:
            raise ResourceError(f"actor_words.tsv: bad row {row!r} (want kind, phrase, value)")
        value = row[2].strip() if len(row) > 2 else ""
        by_kind.setdefault(row[0], []).append((row[1].strip().lower(), value))
    sectors = load_sectors()
    org_heads = dict(by_kind.get("org_head", []))
    unknown = sorted(set(org_heads.values()) - set(sectors.sectors))
    if unknown:
        raise ResourceError(f"actor_words.tsv uses sector codes missing from sectors.tsv: {unknown}")

    # "!armed_group" fixes the sector whatever the gazetteer says; "igo" is only a fallback.
    kind_sectors = {(("!" if value.startswith("!") else "") + phrase): value.lstrip("!") for phrase, value in by_kind.get("org_kind_sector", [])}
    unknown = sorted(set(kind_sectors.values()) - set(sectors.sectors))
    if unknown:
        raise ResourceError(f"actor_words.tsv org_kind_sector uses sector codes missing from sectors.tsv: {unknown}")

    def words(kind: str) -> frozenset[str]:
        return frozenset(phrase for phrase, _ in by_kind.get(kind, []))

    collectives = words("collective")
    return ActorLexicon(
        collectives=collectives,
        collective_phrases=tuple(sorted((tuple(c.split()) for c in collectives), key=len, reverse=True)),
        org_heads=org_heads,
        not_actor=words("not_actor"),
        buildings=words("building"),
        offices=words("office"),
        honorifics=words("honorific"),
        former=words("former"),
        side_nouns=words("side_noun"),
        side_verbs=words("side_verb"),
        name_particles=words("name_particle"),
        portfolio_titles=words("portfolio_title"),
        dyad_categories=words("dyad_category"),
        not_person=words("not_person"),
        side_lead_verbs=words("side_lead_verb"),
        kind_sectors=kind_sectors,
        sector_codes=frozenset(sectors.sectors),
        home_categories=words("home_category"),
        stance_verbs=words("stance_verb"),
        stance_nouns=words("stance_noun"),
        org_homes={phrase.upper(): value.upper() for phrase, value in by_kind.get("org_home", [])},
        issuer_leaders=words("issuer_leader"),
        issuers={phrase: value.upper() for phrase, value in by_kind.get("issuer", [])},
        nicknames=dict(by_kind.get("nickname", [])),
    )


@lru_cache(maxsize=1)
def load_sectors() -> SectorTable:
    """The sector code list from `data/sectors.tsv`, loaded once per process."""
    table: dict[str, Sector] = {}
    for row in _rows("sectors.tsv"):
        if len(row) != 3:
            raise ResourceError(f"sectors.tsv: bad row {row!r} (want code, cameo, description)")
        code, cameo, description = (cell.strip() for cell in row)
        table[code] = Sector(code, cameo or None, description)
    return SectorTable(table)
