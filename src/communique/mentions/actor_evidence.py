"""What the words around a title or a name say of a person's country, as weighted votes.

A vote is `(code, weight)`; `actor_drafts.vote` sums them per code and the heaviest wins. Codes are
ISO3 countries, or an international organisation's code for its officials ("European
Commission President" -> EC), as the record contract allows. Nothing here looks at how a name
is spelt.

Example:
    "the Japanese Defense Minister"  -> [("JPN", EXPLICIT)]
    "Prime Minister of India"        -> [("IND", EXPLICIT)]
    "EAM"                            -> [("IND", TITLE_DEFAULT)]  (the title's own country)
    "Japan's Kamikawa"               -> [("JPN", EXPLICIT)]
"""

from __future__ import annotations

from spacy.tokens import Doc

from communique.mentions.actor_titles import TitleMention

POSSESSIVE = frozenset({"'s", "’s"})
# Lower-case nouns that stand between a state and a title or name without changing whose it
# is: "his Chinese counterpart Minister Li", "South African leader F.W. de Klerk".
BRIDGE_NOUNS = frozenset({"counterpart", "leader"})
# Weights: explicit words beat a title's default country, which ties with the side a person
# speaks for; the other side of a named dyad (`actor_dyads`) is the weakest evidence of all.
EXPLICIT, TITLE_DEFAULT, SIDE, DYAD = 3, 2, 2, 1

Votes = list[tuple[str, int]]


def title_votes(doc: Doc, title: TitleMention, state_at: dict[int, str], org_at: dict[int, str], votes: Votes) -> None:
    """Evidence around a title: "Japanese X", "India's X", "EU X", "X of India", its own country.

    `org_at` maps the tokens of international organisations to their codes, so that
    "European Commission President" or "NATO Secretary General" votes for EC or NATO.
    """
    i = bridged(doc, title.start - 1)
    if i >= 0 and doc[i].text in POSSESSIVE:
        i -= 1
    if i >= 0 and i in state_at:
        votes.append((state_at[i], EXPLICIT))
    elif i >= 0 and i in org_at:
        votes.append((org_at[i], EXPLICIT))
    of_code = of_country(doc, title.end, state_at) or of_country(doc, title.end, org_at)
    if of_code is not None:
        votes.append((of_code, EXPLICIT))
    if title.title.country:
        votes.append((title.title.country, TITLE_DEFAULT))


def name_votes(doc: Doc, start: int, end: int, state_at: dict[int, str], votes: Votes) -> None:
    """Evidence around a bare name: "Japan's Kamikawa", "South African leader X", "Lee Hsien
    Loong of Singapore"."""
    before = bridged(doc, start - 1)
    if before < start - 1 and before in state_at:
        votes.append((state_at[before], EXPLICIT))
    elif start >= 2 and doc[start - 1].text in POSSESSIVE and (start - 2) in state_at:
        votes.append((state_at[start - 2], EXPLICIT))
    of_code = of_country(doc, end, state_at)
    if of_code is not None:
        votes.append((of_code, EXPLICIT))


def bridged(doc: Doc, i: int) -> int:
    """The token before a bridge noun at token i ("Chinese counterpart"), else i."""
    return i - 1 if i >= 1 and doc[i].lower_ in BRIDGE_NOUNS else i


def of_country(doc: Doc, i: int, code_at: dict[int, str]) -> str | None:
    """The code of an "of (the) X" right at token i, or None."""
    if i >= len(doc) or doc[i].lower_ != "of":
        return None
    j = i + 1
    if j < len(doc) and doc[j].lower_ == "the":
        j += 1
    return code_at.get(j)


def of_phrase_end(doc: Doc, i: int, code_at: dict[int, str]) -> int:
    """The token after an "of (the) X" at token i ("President of Ireland, Máire..."), else i."""
    code = of_country(doc, i, code_at)
    if code is None:
        return i
    j = i + 1 + (doc[i + 1].lower_ == "the")
    while j < len(doc) and code_at.get(j) == code:
        j += 1
    return j
