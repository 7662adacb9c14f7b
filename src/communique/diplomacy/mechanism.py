"""Names, mechanisms and editions of engagements: "the 3rd India-Japan 2+2 Ministerial Dialogue".

The phrase before a trigger noun is read token by token, right to left, because the parser
often breaks names like this one apart (it attaches "Dialogue" to "Japan"). The phrase is
split into an edition ("3rd", "inaugural", "fourth"), the countries ("India-Japan") and the
mechanism ("2+2 Ministerial Dialogue").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Token

from communique.diplomacy.index import DocIndex

# Ordinal words are grammar, not a lexicon to tune, so they live here rather than in data/.
_ORDINAL_WORDS = {
    "inaugural": 1, "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5,
    "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
    "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
    "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
}  # fmt: skip
_ORDINAL_DIGITS = re.compile(r"^(\d{1,3})(?:st|nd|rd|th)$", re.IGNORECASE)
# Lower-case words that belong to a mechanism's name ("2+2 ministerial meeting").
_FORMAT_WORDS = frozenset(
    {"ministerial", "bilateral", "trilateral", "quadrilateral", "strategic", "annual",
     "leaders", "leaders'", "leaders’", "economic", "security", "defence", "defense",
     "foreign", "high-level", "level", "intergovernmental", "joint", "plus", "working",
     "virtual", "in-person", "state", "official", "summit", "group", "commission", "committee"}
)  # fmt: skip
_GENERIC = frozenset({"bilateral", "joint", "virtual", "in-person", "official", "state"})
_JOINERS = frozenset({"-", "–", "+", "'s", "’s", "’", "'", "/"})
_MAX_WORDS = 10


@dataclass(frozen=True, slots=True)
class Naming:
    """What the phrase before a trigger says: `start` is its first token."""

    name: str | None
    mechanism: str | None
    edition: int | None
    countries: tuple[str, ...]
    start: int


def ordinal(word: str) -> int | None:
    """The number an ordinal names: "3rd" -> 3, "fourth" -> 4, "inaugural" -> 1."""
    if (value := _ORDINAL_WORDS.get(word.lower())) is not None:
        return value
    match = _ORDINAL_DIGITS.match(word)
    return int(match.group(1)) if match else None


def _in_name(token: Token, index: DocIndex, trigger_title: bool) -> bool:
    if token.is_space or token.is_sent_start and token.dep_ == "det":
        return False
    if token.text in _JOINERS or token.like_num or ordinal(token.text) is not None:
        return True
    if index.actor[token.i] is not None and index.actor[token.i].kind != "person":  # type: ignore[union-attr]
        return True
    if token.lower_ in _FORMAT_WORDS:
        return True
    return trigger_title and token.is_title and token.pos_ in ("PROPN", "ADJ", "NOUN")


def name_before(trigger: Token, index: DocIndex) -> Naming:
    """The name, mechanism, edition and countries written in front of a trigger noun."""
    doc = index.doc
    seg_start = index.segment_of(trigger)[0]
    # "the Weimar Triangle meeting": a lower-case noun after a proper name (not a person's or
    # a place's: "the Putin meeting", "the Geneva talks") is named like a capitalised one.
    before = doc[trigger.i - 1] if trigger.i > seg_start else None
    named = (
        before is not None and before.pos_ == "PROPN" and before.dep_ == "compound"
        and index.actor[before.i] is None and index.place[before.i] is None
    )
    title = (trigger.is_title or named) and not trigger.is_sent_start
    i = trigger.i
    while i - 1 >= seg_start and trigger.i - i < _MAX_WORDS and _in_name(doc[i - 1], index, title):
        i -= 1
    while i < trigger.i and doc[i].text in _JOINERS:
        i += 1
    tokens = doc[i : trigger.i + 1]
    edition = None
    if len(tokens) > 1 and (edition := ordinal(tokens[0].text)) is not None:
        tokens = tokens[1:]
    countries: list[str] = []
    rest = 0
    for token in tokens[:-1]:
        actor = index.actor[token.i]
        if token.text in _JOINERS or (actor is not None and actor.kind != "person"):
            if actor is not None and actor.country and actor.country not in countries:
                countries.append(actor.country)
            rest += 1
            continue
        break
    while rest < len(tokens) and tokens[rest].text in _JOINERS:
        rest += 1
    core = tokens[rest:]
    words = [t.lower_ for t in core]
    named = any(t.like_num or (t.is_title and not t.is_sent_start) for t in core[:-1]) or title
    specific = any(w not in _GENERIC for w in words[:-1])
    mechanism = None
    if len(core) > 1 and (named or edition is not None) and specific:
        mechanism = core.text
    elif len(core) == 1 and title and edition is not None:
        mechanism = core.text
    whole = doc[i : trigger.i + 1]
    name = whole.text if (mechanism or countries) and len(whole) > 1 else None
    return Naming(name, mechanism, edition, tuple(countries), i)


def mechanism_key(mechanism: str | None) -> str | None:
    """What two spellings of one mechanism share: "2+2" in "2+2 Ministerial Dialogue"."""
    if mechanism is None:
        return None
    digits = re.search(r"\d+\s*\+\s*\d+", mechanism)
    if digits:
        return re.sub(r"\s", "", digits.group(0))
    return mechanism.lower().split()[0]


# Words that end a name read backwards through a title ("Readout of the ... Meeting").
_TITLE_STOPS = frozenset({"of", "with", "the", "on", "and", "for", "at", "in", "to", "by", "readout", "joint", "a",
                          "before", "after", "following", "during", "ahead", "from", "remarks",
                          # headline verbs: "Australia, India and Indonesia hold fourth trilateral meeting"
                          "hold", "holds", "held", "host", "hosts", "hosted", "attend", "attends",
                          "begin", "begins", "open", "opens", "convene", "convenes", "wrap", "wraps"})


def name_in_title(title: str, trigger_at: int) -> tuple[str | None, str | None, int | None]:
    """Name, mechanism and edition from a title, given where its trigger word ends.

    Example:
        >>> name_in_title("Joint Readout of Inaugural U.S.-Philippines 3+3 Meeting", 56)
        ('Inaugural U.S.-Philippines 3+3 Meeting', '3+3 Meeting', 1)
    """
    words = title[:trigger_at].split()
    kept: list[str] = []
    for word in reversed(words):
        if word.lower() in _TITLE_STOPS and word.lower() != "joint" or len(kept) >= _MAX_WORDS:
            break
        kept.insert(0, word)
    while kept and kept[0].lower() == "joint":
        kept.pop(0)
    if len(kept) < 2 or any(w.endswith(("'s", "’s")) for w in kept):
        return None, None, None  # "President Biden's Call" names people, not a format
    name = " ".join(kept)
    edition = ordinal(kept[0])
    rest = kept[1:] if edition is not None else kept
    # A hyphenated run of names ("U.S.-Philippines") is the countries, not the mechanism.
    if len(rest) > 1 and "-" in rest[0] and rest[0][0].isupper():
        rest = rest[1:]
    mechanism = " ".join(rest) if len(rest) > 1 or edition is not None else None
    if mechanism is None and len(rest) == len(kept):
        return None, None, None
    return name, mechanism, edition
