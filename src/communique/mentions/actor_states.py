"""State mentions: country names, demonyms and the parts of dyad compounds ("India-Japan").

Decision: a demonym ("Japanese", "the Indian side") counts as a mention of its state, as
CAMEO and PLOVER code "Hungarian officials" HUN. The same tokens also serve as evidence of a
person's country when they qualify a title ("the Japanese Defense Minister").
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span as SpacySpan

from communique.mentions.actor_gazetteer import ActorGazetteer
from communique.mentions.place_words import PlaceWords

COUNTRY_ID = "country:"
CITY_ID = "city:"
# A capital stands for its government when it acts or owns: "Jakarta forced...", "Washington's wish".
METONYMY_DEPS = frozenset({"nsubj", "nsubjpass", "poss"})
HYPHENS = frozenset({"-", "–", "—"})


@dataclass(frozen=True, slots=True)
class StateMention:
    """A country named in the text, over tokens [start, end)."""

    start: int
    end: int
    iso3: str
    demonym: bool


def ruler_code(ent: SpacySpan, prefix: str) -> str | None:
    """The code of a gazetteer-ruler entity id ("country:IND" -> "IND"), or None."""
    ent_id = ent.ent_id_
    return ent_id[len(prefix) :] if ent_id.startswith(prefix) else None


def find_states(doc: Doc, gazetteer: ActorGazetteer) -> list[StateMention]:
    """Every state mention in `doc`, in document order."""
    found: list[StateMention] = []
    for ent in doc.ents:
        if ent.label_ not in ("GPE", "NORP") or _names_a_feature(ent):
            continue
        iso3 = ruler_code(ent, COUNTRY_ID) or capital_as_actor(ent, gazetteer)
        if iso3 is None and not ent.ent_id_:
            iso3 = _lookup(gazetteer, _strip_article(ent.text))
        if iso3 is not None:
            found.append(StateMention(ent.start, ent.end, iso3, ent.label_ == "NORP"))
        elif any(t.text in HYPHENS for t in ent):
            found.extend(_compound_parts(doc, ent.start, ent.end, gazetteer))
    covered = {i for m in found for i in range(m.start, m.end)}
    found.extend(m for m in _dyad_compounds(doc, gazetteer) if m.start not in covered)
    found.sort(key=lambda m: m.start)
    return found


def capital_as_actor(ent: SpacySpan, gazetteer: ActorGazetteer) -> str | None:
    """The country of a capital city used as an actor (subject or possessor), else None."""
    city = ruler_code(ent, CITY_ID)
    if city is None or ":" not in city:
        return None
    iso3, name = city.split(":", 1)
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    if ent.root.dep_ not in METONYMY_DEPS and not (after is not None and after.text in ("'s", "’s")):
        return None
    country = gazetteer.country_by_code(iso3)
    return iso3 if country is not None and country.capital == name else None


def _names_a_feature(ent: SpacySpan) -> bool:
    """ "the Gulf of Thailand", "the Sea of Japan": the country names a place, not a state."""
    doc, i = ent.doc, ent.start
    if i < 2 or doc[i - 1].lower_ != "of":
        return False
    feature = doc[i - 2]
    return feature.is_title and feature.lower_ in PlaceWords.load().feature


def _lookup(gazetteer: ActorGazetteer, text: str) -> str | None:
    """The ISO3 of a country name, refusing bare ISO2 codes: "MR" in "MR. KIRBY" is no Mauritania."""
    country = gazetteer.country(text)
    if country is None or (len(text) == 2 and text.upper() == getattr(country, "iso2", "") and text not in getattr(country, "aliases", ())):
        return None
    return country.iso3


def _strip_article(text: str) -> str:
    return text[4:] if text[:4].lower() == "the " else text


def _compound_parts(doc: Doc, start: int, end: int, gazetteer: ActorGazetteer) -> list[StateMention]:
    """Countries among the hyphen-joined parts of one token range."""
    parts: list[StateMention] = []
    for token in doc[start:end]:
        if token.text in HYPHENS or not token.text[:1].isupper():
            continue
        iso3 = _lookup(gazetteer, token.text)
        if iso3 is not None:
            parts.append(StateMention(token.i, token.i + 1, iso3, False))
    return parts


def _dyad_compounds(doc: Doc, gazetteer: ActorGazetteer) -> list[StateMention]:
    """Countries joined by hyphens ("India-Japan", "US-China-Russia"), outside entities too.

    Both sides must be countries, so that "US-led" or "IT-enabled" are not read as a dyad.
    """
    found: list[StateMention] = []
    for token in doc:
        if token.text not in HYPHENS or token.whitespace_ or token.i == 0 or token.i + 1 >= len(doc):
            continue
        left, right = doc[token.i - 1], doc[token.i + 1]
        if left.whitespace_ or not (left.text[:1].isupper() and right.text[:1].isupper()):
            continue
        a, b = _lookup(gazetteer, left.text), _lookup(gazetteer, right.text)
        if a is None or b is None:
            continue
        for tok, iso3 in ((left, a), (right, b)):
            if not found or found[-1].start != tok.i:
                found.append(StateMention(tok.i, tok.i + 1, iso3, False))
    return found
