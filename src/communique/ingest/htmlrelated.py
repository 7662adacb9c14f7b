"""Dropping "See also" and "Related news" blocks from a page's text.

News and government pages end their articles with lists of links to other stories. Kept in
the text, a linked headline ("Telephone conversation with the Prime Minister of X") reads as
one more event of the document, with its own names and date. trafilatura drops most such
boxes; what it keeps, and what the standard-library fallback keeps, is cut here: a line that
only labels related links, and the link titles and dates that follow it, up to the next line
that reads as prose.
"""

from __future__ import annotations

import re

_LABEL = re.compile(
    r"(see also|related|related (news|articles?|stories|content|links|coverage|reading)"
    r"|read (more|also)|also read|more on this( story| topic)?|you (may|might) also like"
    r"|more (news|stories))\W*",
    re.IGNORECASE,
)
# A link title or a date line: short, with no sentence-final punctuation.
_PROSE_END = (".", "!", "?", "\u201d", '"', ":")
_LINK_LINE_CHARS = 200


def is_related_label(line: str) -> bool:
    """Whether a line only labels a list of related links ("See also", "Related news:")."""
    return _LABEL.fullmatch(line.strip()) is not None


def drop_related_blocks(paragraphs: list[str]) -> list[str]:
    """The paragraphs without related-link blocks: each label line and the link-like lines
    after it, up to the next prose paragraph.

    Example:
        >>> drop_related_blocks(["Leaders met.", "See also", "Call with X", "May 1, 2019"])
        ['Leaders met.']
    """
    kept: list[str] = []
    skipping = False
    for paragraph in paragraphs:
        if is_related_label(paragraph):
            skipping = True
            continue
        if skipping and _is_link_like(paragraph):
            continue
        skipping = False
        kept.append(paragraph)
    return kept


def _is_link_like(paragraph: str) -> bool:
    text = paragraph.strip()
    return len(text) < _LINK_LINE_CHARS and not text.endswith(_PROSE_END)
