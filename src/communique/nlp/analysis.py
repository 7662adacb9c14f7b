"""The NLP stage's output: a document and its parsed spaCy `Doc`, shared by every later stage."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span as SpacySpan

from communique.types import Document, Span


@dataclass(frozen=True, slots=True)
class Analysis:
    """A document with its spaCy parse (sentences, tokens, entities, dependencies).

    `doc.text` is exactly `document.text`, so token character offsets are record offsets.
    """

    document: Document
    doc: Doc

    @property
    def text(self) -> str:
        return self.document.text

    def span(self, start: int, end: int) -> Span:
        """A record `Span` over characters [start, end) of the text."""
        return Span(start, end, self.document.text[start:end])

    def span_of(self, tokens: SpacySpan) -> Span:
        """A record `Span` covering a spaCy span or entity."""
        return Span(tokens.start_char, tokens.end_char, tokens.text)
