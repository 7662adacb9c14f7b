"""Markdown to plain text: keep the words and the paragraphs, drop the markup.

Markup would confuse the NLP stages ("**Talks**" is not a token, "[here](https://...)" is not
prose), so headings lose their `#`s, emphasis its markers, links keep their text, images go.
Soft line breaks join lines as Markdown renders them, so a name wrapped over two lines is one
name again; hard breaks (two trailing spaces or a backslash) stay line breaks, which keeps the
speaker lines of transcripts. Blocks (paragraphs, headings, list items) are separated by a
blank line. Struck-out text (`<s>`, `<del>`, `~~`) is dropped: transcripts use it for words
the speaker corrected.

Example:
    >>> markdown_to_text("# Readout\\n\\nThe **leaders** met in\\n[Tokyo](https://example.org).")
    ('Readout\\n\\nThe leaders met in Tokyo.', 'Readout')
"""

from __future__ import annotations

import html
import re

_ESCAPABLE = re.compile(r"\\([!-/:-@\[-`{-~])")
_PRIVATE_BASE = 0xE000  # escaped punctuation is parked here so no markup rule can see it
_PARKED = re.compile("[\ue021-\ue07e]")

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_HEADING = re.compile(r"^ {0,3}#{1,6}(?:[ \t]+|$)(.*?)(?:[ \t]+#+)?[ \t]*$")
_RULE = re.compile(r"^ {0,3}[-*_=#~+ ]{3,}$")
_BULLET = re.compile(r"^\s*[-*+][ \t]+")
_ORDERED = re.compile(r"^\s*\d{1,9}[.)][ \t]+")
_QUOTE = re.compile(r"^ {0,3}(?:>[ \t]?)+")
_LINK_DEFINITION = re.compile(r"^ {0,3}\[[^\]]+\]:\s*\S+.*$")
_TABLE_DIVIDER = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")

_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_STRUCK = re.compile(
    r"( ?)(?:<(s|del|strike)\b[^>]*>.*?</\2\s*>|~~(?=\S).+?~~)( ?)", re.DOTALL | re.IGNORECASE
)
_LINE_BREAK_TAG = re.compile(r"<br\s*/?>", re.IGNORECASE)
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
_IMAGE = re.compile(r"!\[[^\]]*\](?:\([^)]*\)|\[[^\]]*\])")
_LINK = re.compile(r"\[([^\]]*)\](?:\([^)]*\)|\[[^\]]*\])")
_AUTOLINK = re.compile(r"<((?:https?|ftp)://[^>\s]+|[^>\s@]+@[^>\s@]+)>")
_CODE = re.compile(r"(`+)(.+?)\1", re.DOTALL)
# Real files close bold after a space ("**Defense **"), so the closing run may follow one.
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)[ \t]*\1", re.DOTALL)
_STRAY_STARS = re.compile(r"\*{2,}")
_EMPHASIS_STAR = re.compile(r"(?<![\w*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])", re.DOTALL)
_EMPHASIS_UNDERSCORE = re.compile(r"(?<![\w_])_(?=[^\s_])(.+?)(?<=[^\s_])_(?![\w_])", re.DOTALL)


def markdown_to_text(markdown: str) -> tuple[str, str | None]:
    """The plain text of a Markdown body, and its first heading (a title when none is given).

    Args:
        markdown: the body, front matter already removed, with LF line ends.

    Returns:
        The text with blocks separated by blank lines, and the first heading's text or None.
    """
    blocks: list[str] = []
    first_heading: str | None = None
    for block, is_heading in _blocks(_park_escapes(markdown)):
        text = _inline(block)
        if not text.strip():
            continue
        if is_heading and first_heading is None and not blocks:
            first_heading = " ".join(text.split())
        blocks.append(text)
    return "\n\n".join(blocks), first_heading


def _park_escapes(text: str) -> str:
    return _ESCAPABLE.sub(lambda match: chr(_PRIVATE_BASE + ord(match.group(1))), text)


def _unpark(text: str) -> str:
    return _PARKED.sub(lambda match: chr(ord(match.group(0)) - _PRIVATE_BASE), text)


def _blocks(markdown: str) -> list[tuple[str, bool]]:
    """Blocks as (raw text with soft breaks resolved, is it a heading)."""
    blocks: list[tuple[str, bool]] = []
    lines: list[str] = []
    fence: str | None = None

    def close() -> None:
        if lines:
            blocks.append(("".join(lines).rstrip("\n "), False))
            lines.clear()

    for raw in markdown.split("\n"):
        if fence is not None:  # inside a fenced code block: keep lines as they are
            if raw.strip().startswith(fence):
                fence = None
                close()
            else:
                lines.append(raw.rstrip() + "\n")
            continue
        if fence_match := _FENCE.match(raw):
            close()
            fence = fence_match.group(1)[:3]
            continue
        line = _QUOTE.sub("", raw)
        if not line.strip():
            close()
            continue
        if heading := _HEADING.match(line):
            close()
            blocks.append((heading.group(1), True))
            continue
        if _RULE.match(_unpark(line)) or _LINK_DEFINITION.match(line) or _TABLE_DIVIDER.match(line):
            close()
            continue
        if _BULLET.match(line) or _ORDERED.match(line):
            close()  # every list item is a block of its own
            line = _BULLET.sub("", line)
        lines.append(_resolve_break(line))
    close()
    return blocks


def _resolve_break(line: str) -> str:
    content = line.strip()
    if line.endswith("  ") or content.endswith("\\"):
        return content.rstrip("\\").rstrip() + "\n"
    if content.startswith("|") and content.endswith("|"):  # a table row stays one line
        return " | ".join(cell.strip() for cell in content.strip("|").split("|")) + "\n"
    return content + " "


def _inline(text: str) -> str:
    text = _COMMENT.sub("", text)
    # Keep one of the spaces around a struck-out word, so no double space is left behind.
    text = _STRUCK.sub(lambda match: match.group(1) or match.group(3), text)
    text = _LINE_BREAK_TAG.sub("\n", text)
    text = _AUTOLINK.sub(r"\1", text)
    text = _TAG.sub("", text)
    text = _IMAGE.sub("", text)
    text = _LINK.sub(r"\1", text)
    text = _CODE.sub(lambda match: match.group(2).strip(), text)
    text = _STRONG.sub(r"\2", text)
    text = _EMPHASIS_STAR.sub(r"\1", text)
    text = _EMPHASIS_UNDERSCORE.sub(r"\1", text)
    text = _STRAY_STARS.sub("", text)  # empty ("****") or unbalanced bold markers
    text = html.unescape(_unpark(text))
    # Removed markup can leave a space before punctuation or two spaces in a row.
    return re.sub(r"[ \t]+\n", "\n", text).strip()
