"""Quotation marks -> quoted runs: one pass over the text, paragraph by paragraph.

A run is the text between an opening and a closing double mark (straight `"`, curly `“ ”`, low
`„`, guillemets, or `''` as in some newspaper archives). Which way a mark faces is read from its
neighbours first (a mark after a space and before a letter opens), from its glyph second, because
real texts misuse curly marks. A run left open at the end of a paragraph is the first part of a
multi-paragraph quote when the next paragraph opens with a mark: the newspaper convention. A quote
within a quote nests when two closing marks follow its opening mark; marks inside a markup tag left
in scraped copy (`<tweet author="x">`) are no quotation marks.

Single marks quote only in headlines (elsewhere they are mostly apostrophes), so they are read in a
document's first paragraph only when it is short. A headline quote that the body quotes again is
left to the body, where its cue stands, so one utterance gives one record.

Example:
    >>> [(r.start, r.end) for r in find_runs('He said "we will win" today.')]
    [(9, 20)]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_DOUBLE = re.compile(r"''|[\"“”„«»]")
_SINGLE = re.compile(r"(?<!')['‘’](?!')")  # a lone single mark, not half of a '' double mark
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n\s*")
_LINE_BREAK = re.compile(r"\n\s*")
# A markup tag left in scraped copy (`<tweet id="67" author="@x">`): its marks delimit attributes.
_TAG = re.compile(r"</?[A-Za-z][\w-]*(?:\s[^<>]*)?/?>")
_INVISIBLE = frozenset("\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\ufeff")
_OPENING_GLYPHS = frozenset("“„«‘")
_CLOSING_GLYPHS = frozenset("”»’")
# A mark after one of these (or at a paragraph start) may open a quote...
_BEFORE_OPENING = frozenset(" \t\n\r\xa0([{—–-/:;")
# ...and a mark before one of these (or at a paragraph end) may close one.
_AFTER_CLOSING = frozenset(" \t\n\r\xa0.,;:!?)]}—–-…")
HEADLINE_MAX_CHARS = 250
_WORD = re.compile(r"[^\W_]+")  # letters and digits: a repeated quote matches whatever its marks


@dataclass(frozen=True, slots=True)
class Paragraph:
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class QuotedRun:
    """The words between one pair of marks (marks and edge spaces excluded).

    `close_at` is None when the paragraph ended first; `continues` is True when the run goes on a
    quote left open at the end of the previous paragraph.
    """

    start: int
    end: int
    open_at: int
    close_at: int | None
    paragraph: int
    continues: bool = False

    @property
    def outer_end(self) -> int:
        """Just past the closing mark (or the run's end when unclosed)."""
        return self.close_at + 1 if self.close_at is not None else self.end


def paragraphs(text: str) -> tuple[Paragraph, ...]:
    """Blocks separated by blank lines; single line breaks when the text has no blank line."""
    splitter = _PARAGRAPH_BREAK if _PARAGRAPH_BREAK.search(text) else _LINE_BREAK
    found: list[Paragraph] = []
    start = 0
    for brk in splitter.finditer(text):
        if text[start : brk.start()].strip():
            found.append(_trimmed(text, start, brk.start()))
        start = brk.end()
    if text[start:].strip():
        found.append(_trimmed(text, start, len(text)))
    return tuple(found)


def find_runs(
    text: str, paras: tuple[Paragraph, ...] | None = None, headline_singles: bool = True
) -> tuple[QuotedRun, ...]:
    """Every quoted run of the text, in order."""
    paras = paragraphs(text) if paras is None else paras
    runs: list[QuotedRun] = []
    left_open = False
    for index, para in enumerate(paras):
        marks = _marks(text, para, _DOUBLE)
        if index == 0 and headline_singles and para.end - para.start <= HEADLINE_MAX_CHARS:
            marks = sorted(marks + _marks(text, para, _SINGLE, singles=True))
        found = _pair(text, para, index, marks, continues=left_open)
        if index == 0 and found and len(paras) > 1 and para.end - para.start <= HEADLINE_MAX_CHARS:
            found = _new_in_headline(text, found, paras[1].start)
        left_open = bool(found) and found[-1].close_at is None
        runs.extend(found)
    return tuple(runs)


def _new_in_headline(text: str, runs: list[QuotedRun], body_start: int) -> list[QuotedRun]:
    """The headline's runs whose words the body does not quote again.

    "Reid: 'Never underestimate Trump.'" over a story saying '"Never underestimate Trump," Reid
    said': the headline repeats the body's quote, and the body's copy, with its cue, is the record.
    """
    body = f" {' '.join(_WORD.findall(text[body_start:].lower()))} "
    return [r for r in runs if f" {' '.join(_WORD.findall(text[r.start : r.end].lower()))} " not in body]


def _marks(
    text: str, para: Paragraph, pattern: re.Pattern[str], singles: bool = False
) -> list[tuple[int, int, str]]:
    """(position, length, direction) of each mark; direction is 'open', 'close' or '?'."""
    out: list[tuple[int, int, str]] = []
    tags = _tags(text, para)
    for m in pattern.finditer(text, para.start, para.end):
        at, size = m.start(), m.end() - m.start()
        if tags and any(start < at < end for start, end in tags):
            continue
        before, after = _neighbours(text, para, at, m.end())
        may_open = before in _BEFORE_OPENING and not after.isspace()
        may_close = after in _AFTER_CLOSING and not before.isspace()
        if singles and after.isdigit():
            continue  # an elided century ("in '16", "the ’80s"), not a quote
        if at == para.start and not singles:
            direction = "open"  # nothing before it to close, whatever its glyph ("” … if the")
        elif may_open and not may_close:
            direction = "open"
        elif may_close and not may_open:
            direction = "close"
        elif singles:
            continue  # an apostrophe inside a word ("won’t") or a lone mark
        elif m.group() in _OPENING_GLYPHS:
            direction = "open"
        elif m.group() in _CLOSING_GLYPHS:
            direction = "close"
        else:
            direction = "?"
        out.append((at, size, direction))
    return out


def _neighbours(text: str, para: Paragraph, start: int, end: int) -> tuple[str, str]:
    """The characters either side of a mark, a paragraph edge or an invisible format character
    (a direction mark or zero-width space pasted from social media: `\u202a”Sorry`) read as a space."""
    before = text[start - 1] if start > para.start else " "
    after = text[end] if end < para.end else " "
    return (" " if before in _INVISIBLE else before), (" " if after in _INVISIBLE else after)


def _tags(text: str, para: Paragraph) -> list[tuple[int, int]]:
    """Spans of the markup tags in a paragraph, e.g. `<a href="x">`; none in most paragraphs."""
    if "<" not in text[para.start : para.end]:
        return []
    return [m.span() for m in _TAG.finditer(text, para.start, para.end)]


def _pair(
    text: str, para: Paragraph, index: int, marks: list[tuple[int, int, str]], continues: bool
) -> list[QuotedRun]:
    runs: list[QuotedRun] = []
    opened: tuple[int, int] | None = None
    skip = 0
    for n, (at, size, direction) in enumerate(marks):
        if skip:
            skip -= 1
            continue
        if opened is None:
            if direction != "close":  # a stray closing mark opens nothing
                opened = (at, size)
            continue
        if direction == "open" and at > opened[0] + opened[1] and _closes_twice(marks, n + 1):
            skip = 1  # a quote within the quote: its closing mark is not the outer one
            continue
        if direction == "open":
            # A second opening mark, straight or curly, with no second closing mark after it: the
            # first quote was never closed ('"Absent a deal, he added, "this is how it ends."').
            opened = (at, size)
            continue
        run = _run(text, opened[0] + opened[1], at, opened[0], at, index)
        if run:
            runs.append(run)
        opened = None
    if opened is not None:
        run = _run(text, opened[0] + opened[1], para.end, opened[0], None, index)
        if run:
            runs.append(run)
    if runs and continues and runs[0].open_at == para.start:
        first = runs[0]
        runs[0] = QuotedRun(first.start, first.end, first.open_at, first.close_at, index, True)
    return runs


def _closes_twice(marks: list[tuple[int, int, str]], n: int) -> bool:
    """Whether the two marks from index `n` on both close, as after a quote within a quote.

    Example: `“We heard “fire” and ran,” she said`: after the inner opening mark come two closing
    marks, so the inner pair nests and the outer quote runs on to the second one.
    """
    return len(marks) >= n + 2 and all(direction == "close" for _, _, direction in marks[n : n + 2])


def _run(
    text: str, start: int, end: int, open_at: int, close_at: int | None, index: int
) -> QuotedRun | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start >= end:
        return None
    return QuotedRun(start, end, open_at, close_at, index)


def _trimmed(text: str, start: int, end: int) -> Paragraph:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Paragraph(start, end)
