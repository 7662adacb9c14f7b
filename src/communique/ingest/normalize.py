"""Text normalisation, document ids and date validation shared by every reader.

Normalisation makes text from any container look the same to the NLP stages, while keeping
everything that carries meaning: curly quotes, dashes and internal spacing stay as they are,
so quotes and spans in records match what the author wrote.

Example:
    >>> normalize_text("\\ufeffTalks\\r\\nheld\\u00a0today.  \\r\\n")
    'Talks\\nheld today.'
"""

from __future__ import annotations

import hashlib
import html
import re
import unicodedata
from datetime import date, datetime

# Characters that end a line or page in some encodings: keep the break, not the character.
_BREAKS = {"\x0b": "\n", "\x0c": "\n", "\x1c": "\n", "\x1d": "\n", "\x1e": "\n",
           "\x85": "\n", "\u2028": "\n", "\u2029": "\n\n"}
# No-break and fixed-width spaces become plain spaces so tokenisers see ordinary gaps.
_SPACES = {"\u00a0": " ", "\u2007": " ", "\u202f": " "}


def _translation_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {}
    # C0 and C1 control characters and DEL carry no text; tab and newline are kept.
    for code in [*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0)]:
        if chr(code) not in "\t\n":
            table[code] = None
    table[0xFEFF] = None  # byte order marks, also those left mid-text by concatenated files
    for char, replacement in {**_BREAKS, **_SPACES}.items():
        table[ord(char)] = replacement
    return table


_TABLE = _translation_table()
_TRAILING_SPACE = re.compile(r"[ \t]+$", re.MULTILINE)
_BLANK_RUN = re.compile(r"\n{3,}")


_CHAR_REFERENCE = re.compile(r"&(?:#[0-9]{2,7}|#[xX][0-9a-fA-F]{2,6}|[A-Za-z][A-Za-z0-9]{1,9});")


def unescape_references(text: str) -> str:
    """Plain text with the HTML character references a web scrape left in it read as the
    characters they stand for ("communiqu&#233;" -> "communiqué", "&amp;" -> "&"). Text with
    none comes back unchanged.

    Example:
        >>> unescape_references("a communiqu&#233; on trade &amp; aid")
        'a communiqué on trade & aid'
    """
    return html.unescape(text) if _CHAR_REFERENCE.search(text) else text


def normalize_text(text: str) -> str:
    """The normalised form of `text`, the one every span in a record refers to.

    Removes byte order marks, turns CRLF and CR into LF, applies Unicode NFC, drops control
    characters other than tab and newline, turns no-break spaces into spaces, trims trailing
    whitespace on every line, collapses runs of blank lines into one and strips blank lines at
    both ends.

    Args:
        text: the text as decoded from its container.

    Returns:
        The normalised text (possibly empty).
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text).translate(_TABLE)
    text = _TRAILING_SPACE.sub("", text)
    text = _BLANK_RUN.sub("\n\n", text)
    return text.strip("\n")


def text_id(text: str) -> str:
    """A stable id for a normalised text: "sha1:" and the first 16 hex digits of its SHA-1.

    Example:
        >>> text_id("India and Japan held talks.")
        'sha1:b0c4366299ba5875'
    """
    return "sha1:" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def parse_published(value: object) -> str | None:
    """The YYYY-MM-DD form of a publication date, or None when `value` is not a valid date.

    Accepts `date` and `datetime` objects (YAML front matter yields them) and strings holding an
    ISO date or datetime ("2024-08-20", "2024-08-20T10:00:00+09:00", "2024-08-20 10:00").

    Example:
        >>> parse_published("2021-03-01 18:59:26-05:00")
        '2021-03-01'
    """
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if not isinstance(value, str):
        return None
    candidate = value.strip()
    if len(candidate) < 10:
        return None
    head, tail = candidate[:10], candidate[10:]
    # After the day only a time part may follow: "T10:00", " 10:00:00-05:00", "Z".
    if tail and tail[0] not in "T t":
        return None
    try:
        day = date.fromisoformat(head)
        if tail.strip():
            datetime.fromisoformat(head + "T" + tail[1:].strip())
    except ValueError:
        return None
    return day.isoformat()
