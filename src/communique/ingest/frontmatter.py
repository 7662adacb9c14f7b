"""YAML front matter: the metadata block between `---` lines at the top of a Markdown file."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import yaml

from communique.errors import InputError
from communique.ingest.normalize import parse_published

# Keys in order of preference for each Document field; the first usable value wins.
_TITLE_KEYS = ("title", "headline")
_DATE_KEYS = ("published", "date", "published_time", "pubdate", "created")
_PUBLISHER_KEYS = ("publisher", "source", "sitename", "site_name", "author")
_URL_KEYS = ("url", "source_url", "canonical_url", "link")
_ID_KEYS = ("id", "doc_id", "document_id")


@dataclass(frozen=True, slots=True)
class FrontMatter:
    """What a Markdown file's front matter says about the document."""

    title: str | None = None
    published: str | None = None
    publisher: str | None = None
    url: str | None = None
    doc_id: str | None = None


def split_front_matter(text: str, source: str) -> tuple[FrontMatter, str]:
    """The front matter of a Markdown text and the body after it.

    A file without front matter gives an empty `FrontMatter` and the whole text. Dates that
    do not parse are skipped in favour of the next date key, so a free-form `date:` does not
    cost the document.

    Args:
        text: the Markdown text with LF line ends.
        source: the file's name, for error messages.

    Raises:
        InputError: the block between the `---` lines is not a YAML mapping.

    Example:
        >>> text = "---\\ntitle: Talks\\ndate: '2024-08-20'\\n---\\nBody"
        >>> meta, body = split_front_matter(text, "a.md")
        >>> meta.title, meta.published, body
        ('Talks', '2024-08-20', 'Body')
    """
    if not text.startswith("---\n"):
        return FrontMatter(), text
    end = _closing_line(text)
    if end is None:
        return FrontMatter(), text
    block_end, body_start = end
    try:
        data = yaml.safe_load(text[4:block_end])
    except yaml.YAMLError as error:
        raise InputError(source, f"front matter is not valid YAML ({_first_line(error)})",
                         "fix the block between the '---' lines") from error
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise InputError(source, "front matter is not a YAML mapping",
                         "write it as 'key: value' lines between '---' lines")
    fields = {str(key).lower(): value for key, value in data.items()}
    return (
        FrontMatter(
            title=_first_text(fields, _TITLE_KEYS),
            published=_first_date(fields),
            publisher=_first_text(fields, _PUBLISHER_KEYS),
            url=_first_text(fields, _URL_KEYS),
            doc_id=_first_text(fields, _ID_KEYS),
        ),
        text[body_start:],
    )


def _closing_line(text: str) -> tuple[int, int] | None:
    # The block ends at the next line that is exactly "---" or "...".
    position = 4
    while position <= len(text):
        newline = text.find("\n", position)
        line_end = len(text) if newline == -1 else newline
        if text[position:line_end].rstrip() in ("---", "..."):
            return position, line_end + 1
        if newline == -1:
            return None
        position = newline + 1
    return None


def _first_text(fields: dict[str, Any], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        value = fields.get(key)
        if isinstance(value, (str, int, float)) and not isinstance(value, bool):
            text = str(value).strip()
            if text:
                return text
    return None


def _first_date(fields: dict[str, Any]) -> str | None:
    for key in _DATE_KEYS:
        day = parse_published(fields.get(key))
        if day is not None:
            return day
    return None


def _first_line(error: yaml.YAMLError) -> str:
    mark = getattr(error, "problem_mark", None)
    problem = getattr(error, "problem", None) or "parse error"
    return f"{problem} at line {mark.line + 2}" if mark is not None else str(problem)
