"""Read files and standard input into Documents, choosing the reader by file extension.

`iter_path` never raises for a bad input: it yields an `InputError` in the document's place,
so a batch can report it and go on. `read_path` is the strict form for one file.

Example:
    >>> docs = read_stdin("India and Japan held talks.")
    >>> docs[0].source, docs[0].text
    ('<stdin>', 'India and Japan held talks.')
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Literal

from communique.errors import InputError
from communique.ingest.dateline import dateline_date
from communique.ingest.decode import decode_bytes
from communique.ingest.document import document_from_text
from communique.ingest.frontmatter import split_front_matter
from communique.ingest.html import read_html
from communique.ingest.jsonl import iter_jsonl
from communique.ingest.markdown import markdown_to_text
from communique.ingest.normalize import unescape_references
from communique.types import Document

Format = Literal["text", "markdown", "html", "jsonl"]
FORMATS: tuple[Format, ...] = ("text", "markdown", "html", "jsonl")

EXTENSIONS: dict[str, Format] = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}


def iter_path(
    path: str | os.PathLike[str], *, format: Format | None = None
) -> Iterator[Document | InputError]:
    """The documents in one file, with an `InputError` in place of anything unreadable.

    A JSONL file gives one item per line; every other file gives one item.

    Args:
        path: the file to read.
        format: the reader to use; by default chosen from the extension, and files with an
            unknown extension are read as plain text (or HTML when they start like a page).
    """
    source = str(path)
    try:
        data = _read_bytes(Path(path), source)
        yield from iter_bytes(data, source=source, format=format or format_of(source, data))
    except InputError as error:
        yield error


def read_path(path: str | os.PathLike[str], *, format: Format | None = None) -> list[Document]:
    """The documents in one file.

    Raises:
        InputError: the file, or any line of a JSONL file, cannot be read; the first such error.

    Example:
        >>> read_path("missing.txt")
        Traceback (most recent call last):
        ...
        communique.errors.InputError: missing.txt: no such file (check the path)
    """
    return _strict(iter_path(path, format=format))


def read_stdin(
    data: str | bytes, *, format: Format = "text", source: str = "<stdin>"
) -> list[Document]:
    """The documents in text read from standard input (the path "-").

    Args:
        data: everything read from standard input, as text or raw bytes.
        format: how to read it; plain text unless told otherwise.
        source: the name shown in records and errors.

    Raises:
        InputError: the input is empty, binary, or (for JSONL) has a bad line.
    """
    if isinstance(data, bytes):
        return _strict(iter_bytes(data, source=source, format=format))
    return _strict(iter_text(data, source=source, format=format))


def iter_bytes(data: bytes, *, source: str, format: Format) -> Iterator[Document | InputError]:
    """Documents from raw bytes in a given format, errors yielded in place.

    Raises:
        InputError: the bytes are binary or cannot be decoded (JSONL line errors are yielded).
    """
    return iter_text(decode_bytes(data, source), source=source, format=format)


def iter_text(text: str, *, source: str, format: Format) -> Iterator[Document | InputError]:
    """Documents from decoded text in a given format, errors yielded in place.

    Raises:
        InputError: the text is empty or whitespace (JSONL line errors are yielded).
    """
    if not text.strip():
        raise InputError(source, "empty file", "nothing to read")
    if format == "jsonl":
        # Not str.splitlines: JSON strings may hold U+2028 and other characters it splits on.
        yield from iter_jsonl(re.split(r"\r\n|\r|\n", text), source)
    else:
        yield _single(text, source, format)


def format_of(name: str, data: bytes = b"") -> Format:
    """The reader for a file name, sniffing the first bytes when the extension is unknown."""
    known = EXTENSIONS.get(Path(name).suffix.lower())
    if known is not None:
        return known
    head = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<!doctype html", b"<html")):
        return "html"
    return "text"


def _single(text: str, source: str, format: Format) -> Document:
    if format == "markdown":
        meta, body = split_front_matter(text.replace("\r\n", "\n").replace("\r", "\n"), source)
        body_text, heading = markdown_to_text(body)
        document = document_from_text(
            body_text, source=source, title=meta.title or heading, published=meta.published,
            publisher=meta.publisher, url=meta.url, doc_id=meta.doc_id, lead_with_title=True,
        )
    elif format == "html":
        page = read_html(text)
        document = document_from_text(
            page.text, source=source, title=page.title, published=page.published,
            publisher=page.publisher, url=page.url, lead_with_title=True,
        )
    else:
        document = document_from_text(unescape_references(text), source=source)
        document = replace(
            document, title=headline(document.text), published=dateline_date(document.text)
        )
    if not document.text:
        raise InputError(source, f"no text found in this {format} file",
                         "check that it has a body")
    return document


def headline(text: str) -> str | None:
    """A plain text's first line when it reads as a headline: short, alone, not a sentence.

    Example:
        >>> headline("Leaders agree to talks\\n\\nLeaders met on Monday.")
        'Leaders agree to talks'
        >>> headline("Leaders met on Monday. They agreed to talk again.") is None
        True
    """
    first, _, rest = text.partition("\n")
    first = first.strip()
    if not first or not rest.strip() or len(first) > 160 or first.endswith((".", ":", ",", ";")):
        return None
    if len(first.split()) < 3 or not first[0].isupper():
        return None
    return first


def _read_bytes(path: Path, source: str) -> bytes:
    try:
        if path.is_dir():
            raise InputError(source, "is a directory, not a file",
                             "pass the files inside it, e.g. folder/*.md")
        return path.read_bytes()
    except FileNotFoundError as error:
        raise InputError(source, "no such file", "check the path") from error
    except PermissionError as error:
        raise InputError(source, "permission denied",
                         "check the file's read permission") from error
    except IsADirectoryError as error:
        raise InputError(source, "is a directory, not a file",
                         "pass the files inside it") from error
    except OSError as error:
        raise InputError(source, f"cannot be read ({error.strerror or error})") from error


def _strict(items: Iterator[Document | InputError]) -> list[Document]:
    documents = []
    for item in items:
        if isinstance(item, InputError):
            raise item
        documents.append(item)
    return documents
