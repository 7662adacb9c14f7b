"""Which quoted runs are quotes: a short run in title case is a title, not quoted words.

A run of three words or fewer with no cue is a scare quote (the so-called "reset") and is
dropped by the extractor; one in title case ("Shark Tank", "Meet the Press") is a title even
with a cue, unless it ends like an utterance ('"Meh," wrote a supporter').

Example:
    >>> title_case(["Shark", "Tank"]), title_case(["so-called", "reset"])
    (True, False)
"""

from __future__ import annotations

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


