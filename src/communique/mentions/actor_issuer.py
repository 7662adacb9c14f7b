"""The state that issued a document, and the officials its lead names without a country.

A government writes its own officials by title alone and its guests with their country:
"Readout of President Biden's Meeting with President López Obrador of Mexico", "Acting
President Vladimir Putin met with Jordanian Foreign Minister Abdul Illah Khatib". The
issuer is read from the document's container, never from the text's names:

- its publisher, as a known issuer ("The White House", `issuer` rows of
  `data/actor_words.tsv`) or an office "of" a state ("President of Russia", "Ministry of
  Foreign Affairs of Japan": a title or government body, then a country);
- its address: a known host ("kremlin.ru"), a US-only top-level domain (".gov", ".mil"),
  or a government second-level domain of a country code ("mea.gov.in", "mofa.go.jp").

The lead is the headline and the first sentence after it; its principal is the first
government official it names. When the text says nothing of the principal's country, the
principal is the issuer's: the guests come after it ("Joint Statement from President Biden
and Prime Minister Meloni": Biden only).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from spacy.tokens import Doc

from communique.mentions.actor_gazetteer import ActorGazetteer, exact_title
from communique.mentions.actor_lexicon import ActorLexicon
from communique.types import Document

GOVERNMENT_SECTORS = frozenset({"government", "diplomatic", "military", "police", "intelligence", "legislature"})
# Second-level labels under a country code that only governments may register.
GOVERNMENT_LABELS = frozenset({"gov", "go", "gob", "gouv", "govt", "gv", "mil"})


@dataclass(frozen=True, slots=True)
class Official:
    """What the issuer rule reads of one person: what the text says of its country, its
    current title, and where it is mentioned (character offsets)."""

    country: str | None
    has_evidence: bool
    category: str | None
    sector: str | None
    key: tuple[str | None, str]  # (title, last name word): "Joe Biden" and "Joseph R. Biden" are one
    starts: tuple[int, ...]
    nearby_states: frozenset[str] = frozenset()  # states named in the sentences of its mentions


def issuer_country(document: Document, gazetteer: ActorGazetteer, lexicon: ActorLexicon) -> str | None:
    """The ISO3 of the government that issued `document`, from its publisher or address."""
    if document.publisher:
        code = _publisher_country(document.publisher, gazetteer, lexicon)
        if code is not None:
            return code
    if document.url:
        return _host_country(urlsplit(document.url).hostname or "", gazetteer, lexicon)
    return None


def lead_span(doc: Doc, title: str | None) -> tuple[int, int]:
    """Characters of the headline and the first sentence after it.

    The headline is the document's title where the text repeats it (any case: transcripts
    shout it after a "THE WHITE HOUSE" banner), else the first non-empty line.
    """
    text = doc.text
    start = text.lower().find(title.lower()) if title else -1
    if start >= 0 and title:
        end = start + len(title)
    else:
        start = len(text) - len(text.lstrip())
        newline = text.find("\n", start)
        end = len(text) if newline < 0 else newline
    after = next((t for t in doc if t.idx >= end and not t.is_space), None)
    if after is None:
        return start, end
    return start, after.sent.end_char


def issuer_officials(
    officials: Sequence[Official], issuer: str, lead: tuple[int, int], leaders: frozenset[str]
) -> list[int]:
    """Indices of the officials that take the issuer's country (see the module docstring).

    The lead's first government official (its principal) does, whatever its title: in
    "Readout of President Biden's Meeting with King Abdullah II" the king is the guest, whether
    or not the text names his country, and when the principal's country is already known the
    unqualified officials after it are guests too. Elsewhere, an official of a title in
    `leaders` (heads of state and government, foreign ministers, monarchs) is not: a
    government's texts name foreign leaders bare ("President Putin"), its own staff too
    ("Secretary Austin", "Ambassador Salazar"), foreign staff seldom, and then beside their
    state ("welcomed Colombian Foreign Minister X, Ambassador Y"): so other staff take the
    issuer's country only when no other state is named in the sentences they are named in.
    """
    lo, hi = lead
    unknown = [
        i
        for i, o in enumerate(officials)
        if o.country is None and not o.has_evidence and o.sector in GOVERNMENT_SECTORS
    ]
    chosen = {i for i in unknown if officials[i].category not in leaders and officials[i].nearby_states <= {issuer}}
    in_lead = [
        (min(s for s in o.starts if lo <= s < hi), i)
        for i, o in enumerate(officials)
        if o.sector in GOVERNMENT_SECTORS and any(lo <= s < hi for s in o.starts)
    ]
    if in_lead:
        principal = officials[min(in_lead)[1]]
        # One person may be two name clusters ("Joe Biden", "Joseph R. Biden"): same title and surname.
        chosen.update(i for _, i in in_lead if i in unknown and officials[i].key == principal.key)
    return sorted(chosen)


def _publisher_country(publisher: str, gazetteer: ActorGazetteer, lexicon: ActorLexicon) -> str | None:
    name = " ".join(publisher.lower().split())
    if name in lexicon.issuers:
        return lexicon.issuers[name]
    office, of, state = publisher.rpartition(" of ")
    if not of:
        return None
    # "Times of India" is a newspaper: only an office or a government body speaks for a state.
    if exact_title(gazetteer, office.strip()) is None and lexicon.org_sector(office) not in GOVERNMENT_SECTORS:
        return None
    state = state.strip()
    country = gazetteer.country(state[4:] if state.lower().startswith("the ") else state)
    return country.iso3 if country is not None else None


def _host_country(host: str, gazetteer: ActorGazetteer, lexicon: ActorLexicon) -> str | None:
    labels = host.lower().rstrip(".").split(".")
    for n in range(len(labels), 0, -1):
        suffix = ".".join(labels[-n:])
        code = lexicon.issuers.get(suffix) or lexicon.issuers.get("." + suffix)
        if code is not None:
            return code
    if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in GOVERNMENT_LABELS:
        country = gazetteer.country(labels[-1].upper())  # an ISO2 code in capitals
        return country.iso3 if country is not None else None
    return None
