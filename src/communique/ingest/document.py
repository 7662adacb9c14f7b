"""Build a `Document` from text and whatever its container said about it."""

from __future__ import annotations

from communique.errors import InputError
from communique.ingest.normalize import normalize_text, parse_published, text_id
from communique.types import Document


def document_from_text(
    text: str,
    *,
    source: str,
    title: str | None = None,
    published: str | None = None,
    publisher: str | None = None,
    url: str | None = None,
    doc_id: str | None = None,
) -> Document:
    """A `Document` holding the normalised `text`.

    Args:
        text: the document's text, already decoded.
        source: where it came from (a path, "path:line" or a URL), shown in errors and records.
        title: the document's title, if known.
        published: the publication date as YYYY-MM-DD or an ISO datetime (cut to the day).
        publisher: who published it, if known.
        url: the document's URL, if known.
        doc_id: an id supplied by the source; by default a hash of the normalised text.

    Returns:
        The document; its `text` may be empty (readers reject empty files themselves).

    Raises:
        InputError: `published` is given but is not a date.

    Example:
        >>> doc = document_from_text("Talks\\r\\nheld.", source="<text>",
        ...                          published="2024-08-20T09:00")
        >>> doc.text, doc.published, doc.id
        ('Talks\\nheld.', '2024-08-20', 'sha1:dd73e5fce85c731a')
    """
    normalised = normalize_text(text)
    day = None
    if published is not None and str(published).strip():
        day = parse_published(published)
        if day is None:
            raise InputError(
                source,
                f"publication date {published!r} is not a date",
                "give it as YYYY-MM-DD or an ISO datetime",
            )
    return Document(
        id=doc_id.strip() if doc_id and doc_id.strip() else text_id(normalised),
        text=normalised,
        source=source,
        title=_clean_field(title),
        published=day,
        publisher=_clean_field(publisher),
        url=_clean_field(url),
    )


def _clean_field(value: str | None) -> str | None:
    # Metadata is one line of text: titles wrapped over lines or padded with NBSPs are common.
    if value is None:
        return None
    cleaned = " ".join(normalize_text(str(value)).split())
    return cleaned or None
