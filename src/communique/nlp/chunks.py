"""Parsing long documents in paragraph-sized pieces, joined back into one `Doc`.

spaCy's memory while parsing grows with the length of the texts in a batch: the longest
transcript of the meetings corpus (135,000 characters) takes about 400 MB in one piece. A
blank line always ends a sentence here (see `communique.nlp.paragraphs`), so a document cut at
blank lines parses into the same sentences; `pipe_pieces` cuts every text longer than
`max_chars` there, parses the pieces in ordinary `nlp.pipe` batches and joins each document's
pieces with `Doc.from_docs`, so that memory follows the piece size, not the document's.

What the joined `Doc` keeps:
- `doc.text` is the document's text exactly (pieces are joined with `ensure_whitespace=False`,
  and every cut falls after a whitespace run, so the tokenizer splits both alike), and every
  token, entity and sentence offset is the document's;
- every token attribute (tags, morphology, lemmas, heads, labels, entity labels and ids,
  sentence starts) and `doc.tensor`;
- `doc.spans` groups and custom-extension values in `doc.user_data`, moved to the document's
  offsets by `Doc.from_docs`. communique's own components set neither; other `user_data` keys
  and `doc.cats` would be dropped, which is why a pipeline that sets them must not be cut.

What may differ from one parse of the whole text: the statistical models see a few tokens of
context on either side of a token, so a tag or entity within a few tokens of a seam can come
out otherwise. Seams fall only at blank lines, where the context is a paragraph that ended.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import TypeVar

from spacy.language import Language
from spacy.tokens import Doc

T = TypeVar("T")

# A whitespace run holding a blank line; a piece ends where the run ends, so that the run stays
# whole in the piece before the seam and the piece after starts with a word.
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n\s*")


def piece_bounds(text: str, max_chars: int) -> list[tuple[int, int]]:
    """Character bounds of the pieces of `text`: whole paragraphs, at most `max_chars` each.

    Paragraphs are packed greedily; a single paragraph longer than `max_chars` is a piece of
    its own, never cut. A text of at most `max_chars` is one piece.

    Example:
        >>> piece_bounds("One.\\n\\nTwo.\\n\\nThree.", 12)
        [(0, 12), (12, 18)]
    """
    if len(text) <= max_chars:
        return [(0, len(text))]
    bounds: list[tuple[int, int]] = []
    start = previous = 0
    for match in _BLANK_LINE.finditer(text):
        cut = match.end()
        if cut - start > max_chars and previous > start:
            bounds.append((start, previous))
            start = previous
        previous = cut
    if len(text) - start > max_chars and start < previous < len(text):
        bounds.append((start, previous))
        start = previous
    bounds.append((start, len(text)))
    return bounds


def join_pieces(pieces: list[Doc]) -> Doc:
    """One `Doc` from the parsed pieces of a text, with the text's own offsets."""
    if len(pieces) == 1:
        return pieces[0]
    return Doc.from_docs(pieces, ensure_whitespace=False)


def pipe_pieces(
    nlp: Language,
    items: Iterable[tuple[str, T]],
    *,
    batch_size: int,
    max_chars: int | None,
) -> Iterator[tuple[Doc, T]]:
    """Like `nlp.pipe(items, as_tuples=True)`, parsing texts over `max_chars` in pieces.

    Pieces of all texts share the batches, so a batch holds at most `batch_size` pieces of at
    most `max_chars` characters each (save a longer single paragraph). `max_chars` of None or
    0 parses every text whole. Docs come back in the order of `items`.

    Example:
        >>> doc, tag = next(pipe_pieces(nlp, [(text, "d1")], batch_size=8, max_chars=5000))  # doctest: +SKIP
        >>> doc.text == text  # doctest: +SKIP
        True
    """
    if not max_chars:
        yield from nlp.pipe(items, as_tuples=True, batch_size=batch_size)
        return

    def pieces() -> Iterator[tuple[str, tuple[T, bool]]]:
        for text, context in items:
            bounds = piece_bounds(text, max_chars)
            for number, (start, end) in enumerate(bounds, start=1):
                yield text[start:end], (context, number == len(bounds))

    parsed: list[Doc] = []
    for doc, (context, last) in nlp.pipe(pieces(), as_tuples=True, batch_size=batch_size):
        parsed.append(doc)
        if last:
            yield join_pieces(parsed), context
            parsed = []
