"""Organisations and groups: gazetteer organisations, and unknown ORG entities that look real.

An unknown ORG entity is kept only when a head word says what it is (Ministry, Army, Party,
Bank, University...: `org_head` in data/actor_words.tsv, which also gives its sector). Forums,
partnerships, dialogues and agreements ("India-Japan Act East Forum") are not actors, nor are
buildings ("White House", "the Consulate") or bare offices ("External Affairs", "Defense").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span as SpacySpan

from communique.mentions.actor_gazetteer import ActorGazetteer, OrganizationEntry
from communique.mentions.actor_lexicon import ActorLexicon
from communique.mentions.actor_mention import OrgMention
from communique.mentions.actor_org_bodies import capital_at, city_country, compound_bodies, national_bodies
from communique.mentions.actor_states import ruler_code
from communique.types import Span

__all__ = ["OrgMention", "find_orgs", "international_orgs"]

ORG_ID = "org:"
# Every gazetteer body of these kinds is multilateral (UN agencies, development banks,
# international courts, G7-style groupings), so its code stands as its members' "country".
INTERNATIONAL_KINDS = frozenset({"igo", "agency", "bank", "court", "grouping"})
GROUP_KINDS = frozenset({"armed_group", "militant", "rebel", "group", "insurgent", "terrorist"})


def find_orgs(
    doc: Doc, gazetteer: ActorGazetteer, lexicon: ActorLexicon, state_at: dict[int, str], claimed: set[int]
) -> list[OrgMention]:
    """Organisation and group mentions, skipping entities over `claimed` tokens (titles, names)."""
    body_at = {
        ent.start: (entry.code, _body_country(entry, lexicon), lexicon.record_sector(entry.kind.lower(), entry.sector))
        for ent in doc.ents
        if ent.label_ == "ORG" and (entry := _entry(ent, gazetteer)) is not None
    }
    found = compound_bodies(doc, body_at, lexicon, claimed)
    claimed = claimed | {i for m in found for i in range(m.start, m.end)}
    capitals = capital_at(doc, gazetteer)
    found += national_bodies(doc, lexicon, capitals | state_at, claimed, frozenset(capitals))
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


def international_orgs(doc: Doc, gazetteer: ActorGazetteer, lexicon: ActorLexicon | None = None) -> dict[int, str]:
    """Token index -> code of the international organisation the ruler tagged there (EU, NATO).

    Their codes stand as the "country" of their officials ("European Commission President");
    a body with a home state (`org_home`: "PLO" -> PSE) gives that state instead.
    """
    homes = lexicon.org_homes if lexicon is not None else {}
    found: dict[int, str] = {}
    for ent in doc.ents:
        entry = _entry(ent, gazetteer) if ent.label_ == "ORG" else None
        if entry is not None and (entry.kind.lower() in INTERNATIONAL_KINDS or entry.code in homes):
            found.update((i, homes.get(entry.code, entry.code)) for i in range(ent.start, ent.end))
    return found


def _entry(ent: SpacySpan, gazetteer: ActorGazetteer) -> OrganizationEntry | None:
    """The gazetteer organisation the ruler tagged as `ent`, or None."""
    code = ruler_code(ent, ORG_ID)
    return gazetteer.organization_by_code(code) if code else None


def _body_country(entry: OrganizationEntry, lexicon: ActorLexicon) -> str | None:
    """A gazetteer body's record country: its home state, its own code when multilateral."""
    home = lexicon.org_homes.get(entry.code)
    if home is not None:
        return home
    return entry.code if entry.kind.lower() in INTERNATIONAL_KINDS else None


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
    code = ruler_code(ent, ORG_ID)
    city = None
    if code is None:
        start, end, city = _with_city(doc, start, end)
    span = Span(doc[start].idx, doc[end - 1].idx + len(doc[end - 1]), doc[start:end].text)
    entry = gazetteer.organization_by_code(code) if code else gazetteer.organization(span.text)
    if entry is not None:
        return OrgMention(
            span=span,
            key=f"org:{entry.code}",
            name=entry.name,
            kind="group" if entry.kind.lower() in GROUP_KINDS else "organization",
            country=_body_country(entry, lexicon) or _country_of(doc, start, end, gazetteer, state_at),
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
        country=_country_of(doc, start, end, gazetteer, state_at) or city,
        sector=sector,
    )


def _with_city(doc: Doc, start: int, end: int) -> tuple[int, int, str | None]:
    """An unknown body's range widened over the city the ruler cut from its name, and the
    city's country: "United Bus Company of [Tehran]", "[Baghdad] University Medical School"."""
    if doc[end - 1].lower_ == "of" and end < len(doc) and doc[end].ent_iob_ == "B":
        city = city_country(doc[end])
        if city is not None:
            return start, _entity_end(doc, end), city
    if start > 0 and doc[start - 1].ent_iob_ == "B" and doc[start - 1].whitespace_:
        city = city_country(doc[start - 1])
        if city is not None:
            return start - 1, end, city
    return start, end, None


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


def _entity_end(doc: Doc, i: int) -> int:
    """The token after the entity that begins at token i."""
    end = i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return end
