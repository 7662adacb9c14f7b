"""Transcript turns: `PRESIDENT BIDEN: ...`, `Q: ...`, `MS. JEAN-PIERRE:  ...` at a paragraph start.

Each turn is a direct quote of the labelled speaker. In a transcript (two labels or more) a turn
runs on through unlabelled paragraphs until the next label, as in White House transcripts; a lone
label (an interview excerpt in a news story) covers its own paragraph only.

Example:
    >>> from communique.mentions.quote_marks import paragraphs
    >>> text = "Q: Will you go?\\n\\nMR. SMITH: We will."
    >>> [(text[t.label.start:t.label.end], text[t.start:t.end]) for t in find_turns(text, paragraphs(text))]
    [('Q', 'Will you go?'), ('MR. SMITH', 'We will.')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from communique.mentions.quote_lexicon import QuoteWords
from communique.mentions.quote_marks import HEADLINE_MAX_CHARS, Paragraph

# An upper-case label of up to six words ("THE VICE PRESIDENT", "MS. JEAN-PIERRE", "SEN. O'NEILL"),
# or Q / A, then a colon (or, for Q and A, a wide gap as some transcripts print them).
_LABEL = re.compile(
    r"[\"“]?[ \t]*"
    r"(?P<label>(?:[A-Z][A-Z.'’\-]*[A-Z.][ \t]+){0,5}[A-Z][A-Z.'’\-]*[A-Z.]|Q|A)"
    r"(?:[ \t]*:|(?<=[QA])[ \t]{2,})[ \t]*(?=\S)"
)
@dataclass(frozen=True, slots=True)
class Label:
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Turn:
    """One speaker's turn: `label` names the speaker, [start, end) is what they said."""

    label: Label
    start: int
    end: int


def find_turns(text: str, paras: tuple[Paragraph, ...]) -> tuple[Turn, ...]:
    """The transcript turns of a text, in order."""
    labelled: list[tuple[int, Label, int]] = []
    for index, para in enumerate(paras):
        m = _LABEL.match(text, para.start, para.end)
        if m is None or not _names_speaker(m.group("label")):
            continue
        labelled.append((index, Label(m.start("label"), m.end("label")), m.end()))
    if labelled and _kicker(paras, [index for index, _, _ in labelled]):
        labelled.pop(0)
    transcript = len(labelled) >= 2
    turns: list[Turn] = []
    for n, (index, label, start) in enumerate(labelled):
        last = index
        if transcript:
            stop = labelled[n + 1][0] if n + 1 < len(labelled) else len(paras)
            # Continue through unlabelled paragraphs, but not into a quoted one (a news story resuming).
            while last + 1 < stop and text[paras[last + 1].start] not in "\"“":
                last += 1
        end = _strip_unclosed_mark(text, start, paras[last].end)
        if end > start:
            turns.append(Turn(label, start, end))
    return tuple(turns)


def _kicker(paras: tuple[Paragraph, ...], labelled: list[int]) -> bool:
    """Whether the first label heads a headline ("EXCLUSIVE: ...", "BOOM: ..."), not a turn.

    A short first paragraph of a longer text is a headline; its label is a turn only when the
    next paragraph is labelled too (a transcript from the first line: "Q: ...", "A: ...").
    """
    headline = len(paras) > 1 and paras[0].end - paras[0].start <= HEADLINE_MAX_CHARS
    return headline and labelled[0] == 0 and labelled[1:2] != [1]


def _names_speaker(label: str) -> bool:
    words = label.split()
    if label in ("Q", "A"):
        return True
    # Upper-case words that head a paragraph without naming a speaker ("UPDATE:", "PHOTOS:").
    if any(w.strip(":") in QuoteWords.load().not_speakers for w in words):
        return False
    return sum(c.isalpha() for c in label) >= 2


def _strip_unclosed_mark(text: str, start: int, end: int) -> int:
    while end > start and (text[end - 1].isspace() or text[end - 1] in "\"”"):
        end -= 1
    return end
