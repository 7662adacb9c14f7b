"""What the issuer and sole-state rules read around the drafts: sentences, qualifiers, cities."""

from __future__ import annotations

from spacy.tokens import Doc

from communique.mentions.actor_drafts import Draft
from communique.mentions.actor_evidence import BRIDGE_NOUNS
from communique.mentions.actor_issuer import Official
from communique.mentions.actor_states import StateMention
from communique.mentions.geonames import GeonamesIndex


def official(draft: Draft, sentence_states: list[tuple[int, int, frozenset[str]]]) -> Official:
    """What the issuer rule reads of a person draft.

    Args:
        draft: the person.
        sentence_states: (start char, end char, states named) of each sentence naming a state.
    """
    last = draft.name.split()[-1].lower() if draft.name else ""
    starts = tuple(m.start for m in draft.mentions)
    nearby = frozenset(code for lo, hi, codes in sentence_states if any(lo <= s < hi for s in starts) for code in codes)
    return Official(
        draft.country,
        draft.evidence,
        draft.category if draft.title_id else None,
        draft.sector if draft.title_id else None,
        (draft.title_id, last),
        starts,
        nearby,
    )


def sentence_states(doc: Doc, states: list[StateMention]) -> list[tuple[int, int, frozenset[str]]]:
    """(start char, end char, states named) of each sentence that names a state."""
    by_sentence: dict[tuple[int, int], set[str]] = {}
    for m in states:
        sentence = doc[m.start].sent
        by_sentence.setdefault((sentence.start_char, sentence.end_char), set()).add(m.iso3)
    return [(lo, hi, frozenset(codes)) for (lo, hi), codes in by_sentence.items()]


def qualifying(doc: Doc, states: list[StateMention], spans: list[tuple[int, int]]) -> frozenset[str]:
    """States named right before a title or name ("Ugandan President", "Jordan's King",
    "South African leader X") or
    in an "of (the) X" right after one ("King Abdullah II of Jordan")."""
    starts = {s for s, _ in spans}
    ends = {e for _, e in spans}
    found = set()
    for m in states:
        after = m.end + (m.end < len(doc) and doc[m.end].text in ("'s", "’s"))
        after += after < len(doc) and doc[after].lower_ in BRIDGE_NOUNS
        before = m.start - 1 - (m.start >= 2 and doc[m.start - 1].lower_ == "the")
        if after in starts or (before >= 0 and doc[before].lower_ == "of" and before in ends):
            found.add(m.iso3)
    return frozenset(found)


def city_population(name: str) -> int:
    """The population of the biggest city called `name`, 0 for none."""
    city = GeonamesIndex.load().city(name)
    return city.population if city is not None else 0
