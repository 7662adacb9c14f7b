"""Bodies named from other names: "the Indian Army", "Khartoum government", "ASEAN Secretariat".

The ruler tags the country, capital or parent body on its own, which leaves the model nothing
to call an ORG; these rules read the head word that follows (`org_head` in
data/actor_words.tsv) and build the body:
- a demonym or country and a head word: "the Indian Army", "Japan Coast Guard", keeping a
  capitalised modifier before it ("Royal Cambodian Navy");
- a capital and a head word: "the Khartoum government" (the capital stands for its state);
- a known body and a head word: "ASEAN Secretariat", "African Union Commission",
  "NATO-Ukraine Council" (the parent's code is the body's country, as for its officials).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from communique.mentions.actor_gazetteer import ActorGazetteer
from communique.mentions.actor_lexicon import ActorLexicon
from communique.mentions.actor_mention import OrgMention
from communique.mentions.actor_states import CITY_ID, HYPHENS
from communique.types import ActorKind, Span

MAX_BODY_WORDS = 4
POSSESSIVE = ("'s", "’s")
# Heads a capital takes in lower case: "the Khartoum government", "the Kabul regime".
LOWER_HEADS = frozenset({"government", "administration", "authorities", "regime"})


def national_bodies(
    doc: Doc, lexicon: ActorLexicon, code_at: dict[int, str], claimed: set[int], capitals: frozenset[int] = frozenset()
) -> list[OrgMention]:
    """Bodies named by a state (demonym, country or capital) and a head word.

    Args:
        doc: the parsed document.
        lexicon: the actor word lists (head words and their sectors).
        code_at: token index -> ISO3 of the state named there (capitals included).
        claimed: tokens already read as titles, names or other bodies.
        capitals: the tokens of `code_at` that are capital cities; only they take a head
            word in lower case ("the Khartoum government"), since "the Indian government"
            is the state itself, which the demonym already names.
    """
    found: list[OrgMention] = []
    for i, iso3 in code_at.items():
        if i + 1 in code_at or (i + 1 < len(doc) and doc[i + 1].text in POSSESSIVE):
            continue
        end = _capitalised_run(doc, i + 1, code_at, claimed, lower_head=i in capitals)
        if end == i + 1:
            continue
        sector = lexicon.org_sector(doc[i + 1 : end].text)
        start = i
        while start > 0 and i - start < 1 and _modifier(doc[start - 1], code_at, claimed):
            start -= 1  # "Royal Cambodian Navy": the modifier is part of the name
        name = doc[start:end].text
        if sector is None or lexicon.is_not_actor(name) or lexicon.is_building_or_office(name):
            continue
        found.append(_mention(doc, start, end, name.lower(), name, iso3, sector))
    return found


def compound_bodies(
    doc: Doc, body_at: dict[int, tuple[str, str | None, str | None]], lexicon: ActorLexicon, claimed: set[int]
) -> list[OrgMention]:
    """A known body's own organ: "ASEAN Secretariat", "NATO-Ukraine Council".

    Args:
        doc: the parsed document.
        body_at: first token of each gazetteer body entity -> (code, record country, sector);
            the organ keeps its parent's country and sector.
        lexicon: the actor word lists (head words).
        claimed: tokens already read as titles, names or other bodies.
    """
    found: list[OrgMention] = []
    for ent in doc.ents:
        if ent.start not in body_at or claimed.intersection(range(ent.start, ent.end)):
            continue
        code, country, parent_sector = body_at[ent.start]
        j = ent.end
        # "NATO-Ukraine Council": a hyphen joins a second name before the head word.
        if j + 1 < len(doc) and doc[j].text in HYPHENS and not doc[j - 1].whitespace_ and not doc[j].whitespace_:
            j += 2
        end = _capitalised_run(doc, j, {}, claimed)
        if end == j:
            continue
        organ = doc[j:end].text
        # Only the organ's words decide: "Pacific Islands Forum Secretariat" is no forum.
        if lexicon.org_sector(organ) is None or lexicon.is_not_actor(organ) or lexicon.is_building_or_office(organ):
            continue
        start = ent.start + (doc[ent.start].lower_ == "the")
        name = doc[start:end].text
        found.append(_mention(doc, start, end, f"org:{code}:{organ.lower()}", name, country, parent_sector))
    return found


def city_country(token: Token) -> str | None:
    """The ISO3 of the city the gazetteer ruler tagged at `token` ("city:IRQ:Baghdad"), or None."""
    ent_id = token.ent_id_
    if not ent_id.startswith(CITY_ID):
        return None
    return ent_id[len(CITY_ID) :].split(":", 1)[0] or None


def capital_at(doc: Doc, gazetteer: ActorGazetteer) -> dict[int, str]:
    """Token index -> ISO3 for every token of a capital city the ruler tagged ("Khartoum")."""
    found: dict[int, str] = {}
    for ent in doc.ents:
        iso3 = city_country(ent[0])
        if iso3 is None:
            continue
        country = gazetteer.country_by_code(iso3)
        if country is not None and country.capital == ent.text:
            found.update((i, iso3) for i in range(ent.start, ent.end))
    return found


def _capitalised_run(doc: Doc, start: int, code_at: dict[int, str], claimed: set[int], lower_head: bool = False) -> int:
    """The end of a run of capitalised words (and inner "of") from `start`, on one line."""
    end = start
    while end < len(doc) and end - start < MAX_BODY_WORDS and end not in claimed and end not in code_at:
        token = doc[end]
        if not (token.text[:1].isupper() or (token.lower_ == "of" and end > start)):
            break
        if end > 0 and "\n" in doc[end - 1].whitespace_:
            break
        end += 1
    while end > start and doc[end - 1].lower_ == "of":
        end -= 1
    # A head word in lower case after a capital is still a head: "the Khartoum government".
    if lower_head and end == start and start < len(doc) and start not in claimed and doc[start].lower_ in LOWER_HEADS:
        end = start + 1
    return end


def _modifier(token: Token, code_at: dict[int, str], claimed: set[int]) -> bool:
    """A capitalised adjective that belongs to a body's name ("Royal", "Imperial")."""
    return (
        token.i not in code_at
        and token.i not in claimed
        and token.is_alpha
        and not token.is_stop
        and token.text[:1].isupper()
        and token.pos_ in ("ADJ", "PROPN")
        and token.ent_type_ in ("", "ORG")
        and not token.is_sent_start
    )


def _mention(doc: Doc, start: int, end: int, key: str, name: str, country: str | None, sector: str | None) -> OrgMention:
    span = Span(doc[start].idx, doc[end - 1].idx + len(doc[end - 1]), name)
    kind: ActorKind = "group" if sector == "rebel" else "organization"
    return OrgMention(span, key, name, kind, country, sector, start, end)
