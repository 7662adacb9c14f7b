"""The library's front door: `extract` for one text, `extract_many` for a stream of documents."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

from communique.ingest import document_from_text
from communique.pipeline import Pipeline
from communique.types import Document, Record


@lru_cache(maxsize=1)
def default_pipeline() -> Pipeline:
    """The process-wide pipeline, built on first use."""
    return Pipeline()


def extract(
    text: str, *, published: str | None = None, title: str | None = None, source: str = "<text>"
) -> Record:
    """The record of one text.

    Args:
        text: the document's text.
        published: the document date (YYYY-MM-DD), the base for relative dates.
        title: the document's title, if it has one.
        source: where the text came from, for the record's `document.source`.

    Example:
        >>> record = extract("Foreign Minister Kamikawa Yoko visited New Delhi on 20 August 2024.")  # doctest: +SKIP
    """
    document = document_from_text(text, source=source, title=title, published=published)
    return default_pipeline().extract(document)


def extract_many(documents: Iterable[Document]) -> Iterator[Record]:
    """Records for many documents, in order, parsed in batches."""
    return default_pipeline().extract_many(documents)
