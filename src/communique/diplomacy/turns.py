"""Speaker turns of transcripts: who is talking at each token of a press conference.

A transcript labels each turn with its speaker at the start of a line ("PRESIDENT BIDEN:",
"Vladimir Putin:", "Q"). Inside a turn, "we" is the speaker's side, not every party at the
table, and the meetings a speaker recalls in passing are not the document's engagement.
"""

from __future__ import annotations

from dataclasses import dataclass

from communique.diplomacy.index import DocIndex
from communique.types import Actor

# A label is a short run of words before a colon at the start of a line.
_MAX_LABEL_TOKENS = 9
# Fewer labels than this is an article quoting someone ("Note: ..."), not a transcript.
_MIN_LABELS = 3
_QUESTION_LABELS = frozenset({"q", "question", "questioner", "moderator", "reporter", "journalist"})


@dataclass(frozen=True, slots=True)
class Turns:
    """Per token, the speaker of the turn it is in (None outside turns or for unknown speakers)."""

    transcript: bool
    speaker: list[Actor | None]
    in_turn: list[bool]


def speaker_turns(index: DocIndex) -> Turns:
    """The speaker turns of a document, found from line-initial labels in one pass."""
    doc = index.doc
    n = len(doc)
    labels: list[tuple[int, Actor | None]] = []
    line_start = True
    for token in doc:
        if line_start and not token.is_space:
            label = _label_at(index, token.i)
            if label is not None:
                labels.append(label)
        line_start = token.is_space and "\n" in token.text or (line_start and token.is_space)
    speaker: list[Actor | None] = [None] * n
    in_turn = [False] * n
    if len(labels) < _MIN_LABELS:
        return Turns(False, speaker, in_turn)
    bounds = [*labels, (n, None)]
    for (start, actor), (end, _) in zip(bounds, bounds[1:]):
        for i in range(start, end):
            speaker[i] = actor
            in_turn[i] = True
    return Turns(True, speaker, in_turn)


def _label_at(index: DocIndex, first: int) -> tuple[int, Actor | None] | None:
    """(token after the colon, speaker) when a line starts with a speaker label."""
    doc = index.doc
    end = min(len(doc), first + _MAX_LABEL_TOKENS + 1)
    for i in range(first, end):
        token = doc[i]
        if token.is_space and "\n" in token.text:
            return None
        if token.text == ":" and i > first:
            words = doc[first:i]
            if not all(t.is_title or t.is_upper or t.is_punct or t.lower_ in ("of", "the", "de", "van", "der")
                       for t in words):
                return None
            return i + 1, _speaker(index, words)
    if doc[first].lower_ in _QUESTION_LABELS and first + 1 < len(doc) and doc[first + 1].is_space:
        return first + 1, None
    return None


def _speaker(index: DocIndex, words) -> Actor | None:  # type: ignore[no-untyped-def]
    people = [a for t in words if (a := index.actor[t.i]) is not None and a.kind == "person"]
    if people:
        return people[-1]
    # Upper-case labels ("PRIME MINISTER MODI") are often missed by the tagger: match the
    # label's last word to a person's surname.
    last = words[-1].lower_ if len(words) else ""
    matches = [a for a in index.mentions.actors
               if a.kind == "person" and a.name.split() and a.name.split()[-1].lower() == last]
    return matches[0] if len(matches) == 1 else None
