"""Which quoted runs are quotes: a short run in title case is a title, not quoted words.

The cue window after a quote runs past such a title to the next run that may be a quote.

A run of three words or fewer with no cue is a scare quote (the so-called "reset") and is
dropped by the extractor; one in title case ("Shark Tank", "Meet the Press") is a title even
with a cue, unless it ends like an utterance ('"Meh," wrote a supporter').

Example:
    >>> title_case(["Shark", "Tank"]), title_case(["so-called", "reset"])
    (True, False)
"""

from __future__ import annotations

from communique.mentions.quote_marks import QuotedRun

SCARE_QUOTE_MAX_WORDS = 3


def title_case(words: list[str]) -> bool:
    """True for a quoted title or name ("Shark Tank"): every word capitalised."""
    letters = [w for w in words if any(c.isalpha() for c in w)]
    return bool(letters) and all(w.lstrip("'\"‘“(")[:1].isupper() for w in letters)


def spoken(words: list[str]) -> bool:
    """True for a short run that ends like an utterance ('"Meh," wrote X', '"No!"'), not a title."""
    return len(words) == 1 and words[-1][-1:] in ",!?"


def inside_turn(position: int, ranges: list[tuple[int, int]]) -> bool:
    """True when a mark at `position` belongs to a transcript turn in `ranges`.

    The opening mark of a quoted turn (`"PENCE: ...`) stands just before its label.
    """
    return any(start - 2 <= position < end for start, end in ranges)


def window_end(text: str, runs: list[QuotedRun], n: int, para_end: int) -> int:
    """Where the window after run `n` closes: the next run's opening mark in the paragraph, else its end.

    A short title-case run is a nickname or a title, not a quote (`"...!" Del. Ana "Nan" Ruiz
    shouted`): the window runs past it to the cue. A one-word utterance ('"Meh," wrote X') stops it.
    """
    for later in runs[n + 1 :]:
        if later.paragraph != runs[n].paragraph:
            break
        words = text[later.start : later.end].split()
        if len(words) > SCARE_QUOTE_MAX_WORDS or not title_case(words) or spoken(words):
            return later.open_at
    return para_end
