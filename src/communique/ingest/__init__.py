"""Ingest: files, folders' files and standard input to `Document` records.

    document_from_text   text + metadata -> Document (normalised text, stable id, checked date)
    read_path            one file -> [Document]; raises InputError
    iter_path            one file -> Document | InputError, errors yielded in place for batches
    read_stdin           text read from "-" -> [Document]

Formats by extension: .txt (and unknown text files), .md/.markdown (YAML front matter),
.html/.htm (trafilatura), .jsonl (one document per line). No spaCy here: ingest stays light.

Example:
    >>> from communique.ingest import document_from_text
    >>> document_from_text("Talks\\u00a0held.\\r\\n", source="<text>").text
    'Talks held.'
"""

from __future__ import annotations

from communique.ingest.document import document_from_text
from communique.ingest.normalize import normalize_text, parse_published, text_id
from communique.ingest.readers import (
    EXTENSIONS,
    FORMATS,
    Format,
    format_of,
    iter_bytes,
    iter_path,
    iter_text,
    read_path,
    read_stdin,
)

__all__ = [
    "EXTENSIONS",
    "FORMATS",
    "Format",
    "document_from_text",
    "format_of",
    "iter_bytes",
    "iter_path",
    "iter_text",
    "normalize_text",
    "parse_published",
    "read_path",
    "read_stdin",
    "text_id",
]
