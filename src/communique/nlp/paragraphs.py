"""A pipeline component that starts a sentence at every paragraph.

The statistical parser sometimes runs a sentence across a blank line: a headline into the
dateline paragraph under it, or a bullet into the next. A blank line always ends a sentence
in the texts communique reads, so the component marks the token after one as a sentence start
before the parser runs; the parser keeps preset boundaries and decides the rest itself.
A single line break is left alone: hard-wrapped plain text breaks lines inside sentences.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

NAME = "paragraph_breaks"


@Language.component(NAME)
def paragraph_breaks(doc: Doc) -> Doc:
    """Mark the first token after each blank line as a sentence start.

    Example:
        >>> from communique.nlp import load_nlp
        >>> doc = load_nlp()("Leaders meet in Oslo\\n\\nThe leaders met on Monday.")
        >>> [s.text.strip() for s in doc.sents]
        ['Leaders meet in Oslo', 'The leaders met on Monday.']
    """
    for token in doc[:-1]:
        if token.is_space and token.text.count("\n") >= 2:
            doc[token.i + 1].is_sent_start = True
    return doc


def add_paragraph_breaks(nlp: Language) -> None:
    """Put the component ahead of the parser (once)."""
    if NAME not in nlp.pipe_names:
        nlp.add_pipe(NAME, before="parser")
