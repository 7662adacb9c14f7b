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
    lead_with_title: bool = False,
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
        lead_with_title: put the title at the head of the text, as its first paragraph, when
            the text does not already open with it. Readers of containers that keep the title
            apart from the body (front matter, `<title>`, a JSONL field) set this, so that a
            headline's words ("Readout of President X's Call with Prime Minister Y of Z") are
            read and can be cited as evidence like any other sentence.

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
    clean_title = _clean_field(title)
    if lead_with_title and clean_title and not _opens_with(normalised, clean_title):
        normalised = f"{clean_title}\n\n{normalised}" if normalised else ""
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
        title=clean_title,
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


def _opens_with(text: str, title: str) -> bool:
    """Whether the title already stands in the text's first lines (words compared, case aside)."""
    head = " ".join(text[: len(title) * 2 + 200].split()).casefold()
    return " ".join(title.split()).casefold() in head
