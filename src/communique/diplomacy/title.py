"""The engagement a document's title announces: "Readout of President X's Call with Prime
Minister Y of Z" is a call between X and Y, whatever the body goes on to mention.

The title is read whether or not the text repeats it. Of several trigger words, the one
with a "with"/"between" argument names the engagement ("News conference following talks
with the President of Austria" is about the talks); else the first one that is not a press
conference; else the first. The actors named in
the title are its participants, and their countries (people's included) its countries.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from communique.diplomacy.draft import Draft
from communique.diplomacy.index import DocIndex
from communique.diplomacy.lexicon import load_triggers
from communique.diplomacy.mechanism import name_in_title
from communique.types import Actor, EngagementKind, EngagementStatus

_WORD = re.compile(r"[\w'’.+-]*\w")
_TITLE_VERBS: dict[str, EngagementKind] = {
    "met": "meeting", "meets": "meeting", "hosts": "meeting", "hosted": "meeting",
    "welcomes": "meeting", "visits": "visit", "visited": "visit", "calls": "call",
    "speaks": "call", "spoke": "call",
}  # fmt: skip
_ARGUMENT_WORDS = frozenset({"with", "between", "among"})
# How far into the text a title may be repeated as its first line.
_TITLE_REACH = 600


@dataclass(frozen=True, slots=True)
class TitleTrigger:
    """A trigger word of the title: its kind, and where it starts and ends in the title."""

    kind: EngagementKind
    start: int
    end: int
    argued: bool
    noun: bool


def title_triggers(title: str) -> list[TitleTrigger]:
    """The trigger words of a title, longest form first at each word, in order."""
    nouns = load_triggers().nouns
    words = [(_bare(m.group(0).lower()), m.start(), m.end()) for m in _WORD.finditer(title)]
    found: list[TitleTrigger] = []
    for n, (word, start, end) in enumerate(words):
        stem = word[:-1] if word.endswith("s") and word[:-1] in nouns else word
        kind: EngagementKind | None = None
        first = start
        for trigger in nouns.get(stem, ()):
            size = len(trigger.words)
            before = [w for w, _, _ in words[max(0, n - size + 1) : n]]
            if n - size + 1 >= 0 and tuple(before) == trigger.words[:-1] and trigger.needs != "phone":
                kind, first = trigger.kind, words[n - size + 1][1]
                break
        noun = kind is not None
        if kind is None and word in _TITLE_VERBS:
            kind = _TITLE_VERBS[word]
        if kind is None:
            continue
        argued = n + 1 < len(words) and words[n + 1][0] in _ARGUMENT_WORDS or not noun
        found.append(TitleTrigger(kind, first, end, argued, noun))
    return found


# Title words that say the engagement did not or will not take place as announced, or is
# still to come: "Trilateral Nile dam talks postponed as...", "X to visit Y next week".
_CANCELLED = frozenset({"postponed", "cancelled", "canceled", "suspended", "scrapped", "delayed", "off"})
_PLANNED = frozenset({"will", "upcoming", "forthcoming", "next", "planned", "scheduled"})


def _status(title: str, chosen: TitleTrigger) -> EngagementStatus:
    words = [_bare(m.group(0).lower()) for m in _WORD.finditer(title)]
    before = [_bare(m.group(0).lower()) for m in _WORD.finditer(title[: chosen.start])]
    if _CANCELLED & set(words):
        return "cancelled"
    if _PLANNED & set(words) or (before and before[-1] == "to"):
        return "planned"
    return "held"


def _bare(word: str) -> str:
    """A title word without its possessive: "summit's" -> "summit"."""
    return word[:-2] if word.endswith(("'s", "’s")) else word


def title_draft(index: DocIndex) -> Draft | None:
    """The draft of the engagement the title announces, or None when it announces none."""
    title = index.analysis.document.title
    if not title:
        return None
    triggers = title_triggers(title)
    if not triggers:
        return None
    # "News conference following Russian-Turkish talks" is about the talks.
    chosen = next((t for t in triggers if t.argued), None) or next(
        (t for t in triggers if t.kind != "press_conference"), triggers[0]
    )
    draft = Draft(kind=chosen.kind, evidence=[], status=_status(title, chosen))
    if chosen.noun:
        draft.name, draft.mechanism, draft.edition = name_in_title(title, chosen.end)
    at = index.analysis.text.find(title[:60], 0, _TITLE_REACH + len(title))
    if at >= 0:
        draft.evidence.append(index.analysis.span(at + chosen.start, at + chosen.end))
        tokens = index.doc.char_span(at + chosen.start, at + chosen.end, alignment_mode="expand")
        if tokens is not None and len(tokens):
            draft.sentence.add(index.segment[tokens[0].i])
    for actor in index.mentions.actors:
        names = {actor.name, *(m.text for m in actor.mentions)}
        if not any(len(name) > 3 and name in title for name in names):
            continue
        if actor.kind == "person":
            draft.participants.setdefault(actor.id, actor)
        if actor.country and actor.country not in draft.countries:
            draft.countries.append(actor.country)
    if draft.name and any(_names_person(draft.name, a) for a in draft.participants.values()):
        # "Readout of Vice President Kamala Harris Call with ...": a person, not a format.
        draft.name = draft.mechanism = draft.edition = None
    draft.title = True
    return draft


def _names_person(name: str, person: Actor) -> bool:
    words = set(name.replace("'s", " ").replace("’s", " ").split())
    return bool(person.name) and person.name.split()[-1] in words
