"""Organisations and groups: gazetteer organisations, and unknown ORG entities that look real.

An unknown ORG entity is kept only when a head word says what it is (Ministry, Army, Party,
Bank, University...: `org_head` in data/actor_words.tsv, which also gives its sector). Forums,
partnerships, dialogues and agreements ("India-Japan Act East Forum") are not actors, nor are
buildings ("White House", "the Consulate") or bare offices ("External Affairs", "Defense").
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span as SpacySpan

from communique.mentions.actor_gazetteer import ActorGazetteer
from communique.mentions.actor_lexicon import ActorLexicon
from communique.mentions.actor_states import ruler_code
from communique.types import ActorKind, Span

ORG_ID = "org:"
MAX_BODY_WORDS = 4
# Every gazetteer body of these kinds is multilateral (UN agencies, development banks,
# international courts, G7-style groupings), so its code stands as its members' "country".
INTERNATIONAL_KINDS = frozenset({"igo", "agency", "bank", "court", "grouping"})
GROUP_KINDS = frozenset({"armed_group", "militant", "rebel", "group", "insurgent", "terrorist"})


@dataclass(frozen=True, slots=True)
class OrgMention:
    """One mention of an organisation or group, keyed by its canonical name."""

    span: Span
    key: str
    name: str
    kind: ActorKind
    country: str | None
    sector: str | None
    start: int = -1  # token range, when built from tokens
    end: int = -1


def find_orgs(
    doc: Doc, gazetteer: ActorGazetteer, lexicon: ActorLexicon, state_at: dict[int, str], claimed: set[int]
) -> list[OrgMention]:
    """Organisation and group mentions, skipping entities over `claimed` tokens (titles, names)."""
    found = _national_bodies(doc, lexicon, state_at, claimed)
    claimed = claimed | {i for m in found for i in range(m.start, m.end)}
    for ent in doc.ents:
        if ent.label_ not in ("ORG", "NORP") or claimed.intersection(range(ent.start, ent.end)):
            continue
        mention = _org(doc, ent, gazetteer, lexicon, state_at) if ent.label_ == "ORG" else _group(ent)
        if mention is not None:
            found.append(mention)
    found.sort(key=lambda m: m.span.start)
    return _resolve_bare_heads(found, lexicon)


def _resolve_bare_heads(found: list[OrgMention], lexicon: ActorLexicon) -> list[OrgMention]:
    """A bare head word ("the Commission", "Government") is a later mention of the nearest
    earlier organisation with that head ("European Commission"); with none it names no one."""
    kept: list[OrgMention] = []
    for mention in found:
        if mention.key not in lexicon.org_heads:
            kept.append(mention)
            continue
        head = mention.key
        earlier = next((m for m in reversed(kept) if m.name.lower().endswith(" " + head)), None)
        if earlier is not None:
            kept.append(OrgMention(mention.span, earlier.key, earlier.name, earlier.kind, earlier.country, earlier.sector))
    return kept


def international_orgs(doc: Doc, gazetteer: ActorGazetteer) -> dict[int, str]:
    """Token index -> code of the international organisation the ruler tagged there (EU, NATO).

    Their codes stand as the "country" of their officials ("European Commission President").
    """
    found: dict[int, str] = {}
    for ent in doc.ents:
        code = ruler_code(ent, ORG_ID) if ent.label_ == "ORG" else None
        entry = gazetteer.organization_by_code(code) if code else None
        if entry is not None and entry.kind.lower() in INTERNATIONAL_KINDS:
            found.update((i, entry.code) for i in range(ent.start, ent.end))
    return found


def _national_bodies(
    doc: Doc, lexicon: ActorLexicon, state_at: dict[int, str], claimed: set[int]
) -> list[OrgMention]:
    """Bodies named by a demonym or country and a head word: "the Indian Army", "Japan Coast Guard".

    The ruler tags the demonym as a state, which leaves the model nothing to call an ORG.
    """
    found: list[OrgMention] = []
    for i, iso3 in state_at.items():
        if i + 1 in state_at or (i + 1 < len(doc) and doc[i + 1].text in ("'s", "’s")):
            continue
        end = i + 1
        while end < len(doc) and end - i <= MAX_BODY_WORDS and end not in claimed and end not in state_at:
            token = doc[end]
            if not (token.text[:1].isupper() or (token.lower_ == "of" and end > i + 1)) or "\n" in doc[end - 1].whitespace_:
                break
            end += 1
        while end > i + 1 and doc[end - 1].lower_ == "of":
            end -= 1
        if end == i + 1:
            continue
        name = doc[i:end].text
        sector = lexicon.org_sector(doc[i + 1 : end].text)
        if sector is None or lexicon.is_not_actor(name) or lexicon.is_building_or_office(name):
            continue
        span = Span(doc[i].idx, doc[end - 1].idx + len(doc[end - 1]), name)
        kind: ActorKind = "group" if sector == "rebel" else "organization"
        found.append(OrgMention(span, name.lower(), name, kind, iso3, sector, i, end))
    return found


def _org(
    doc: Doc, ent: SpacySpan, gazetteer: ActorGazetteer, lexicon: ActorLexicon, state_at: dict[int, str]
) -> OrgMention | None:
    start, end = ent.start, ent.end
    while start < end and doc[start].lower_ == "the":
        start += 1
    while end > start and doc[end - 1].text in ("'s", "’s"):
        end -= 1
    if start == end:
        return None
    if doc[end - 1].lower_ == "of" and end in state_at:
        # The ruler took the country out of "University of Ghana": give it back.
        country = state_at[end]
        while end < len(doc) and state_at.get(end) == country:
            end += 1
    span = Span(doc[start].idx, doc[end - 1].idx + len(doc[end - 1]), doc[start:end].text)
    code = ruler_code(ent, ORG_ID)
    entry = gazetteer.organization_by_code(code) if code else gazetteer.organization(span.text)
    if entry is not None:
        international = entry.kind.lower() in INTERNATIONAL_KINDS
        return OrgMention(
            span=span,
            key=f"org:{entry.code}",
            name=entry.name,
            kind="group" if entry.kind.lower() in GROUP_KINDS else "organization",
            country=entry.code if international else _country_of(doc, start, end, gazetteer, state_at),
            sector=lexicon.record_sector(entry.kind.lower(), entry.sector),
        )
    name = span.text
    if not name[:1].isupper() or lexicon.is_building_or_office(name) or lexicon.is_not_actor(name):
        return None
    sector = lexicon.org_sector(name)
    if sector is None:
        return None
    return OrgMention(
        span=span,
        key=name.lower(),
        name=name,
        kind="group" if sector == "rebel" else "organization",
        country=_country_of(doc, start, end, gazetteer, state_at),
        sector=sector,
    )


def _group(ent: SpacySpan) -> OrgMention | None:
    """A NORP entity that is no country's demonym and names people ("Muslims", "Republicans").

    Only nouns: an adjective ("Kurdish fighters") qualifies another word, which is the actor.
    """
    if ent.ent_id_ or ent.root.pos_ not in ("PROPN", "NOUN") or not ent.text[:1].isupper():
        return None
    if ent.root.head.pos_ in ("NOUN", "PROPN") and ent.root.dep_ in ("amod", "compound"):
        return None
    span = Span(ent.start_char, ent.end_char, ent.text)
    return OrgMention(span=span, key="group:" + ent.text.lower(), name=ent.text, kind="group", country=None, sector=None)


def _country_of(
    doc: Doc, start: int, end: int, gazetteer: ActorGazetteer, state_at: dict[int, str]
) -> str | None:
    """The one country an organisation's own words or a possessive before it name, or None.

    "Russian Defense Ministry", "Bank of Japan", "India's Ministry of External Affairs".
    """
    found: set[str] = set()
    for token in doc[start:end]:
        if token.i in state_at:
            found.add(state_at[token.i])
        elif token.text[:1].isupper() and token.is_alpha:
            country = gazetteer.country(token.text)
            if country is not None:
                found.add(country.iso3)
    before = start - 1
    if before >= 1 and doc[before].text in ("'s", "’s"):
        before -= 1
    if before >= 0 and before in state_at:
        found.add(state_at[before])
    return found.pop() if len(found) == 1 else None
