"""Title Case headlines, re-read in sentence case.

The tagger was trained on running text: in "Russia Warns Ukraine Over Drone Strikes" or
"Japan Imposes New Sanctions On North Korea" it takes the capitalised verbs for parts of a
name, and the parse has no verb to code. A document's first line (ingest puts the title
there) that is written in Title Case is parsed once more with every word lower-cased except
the actors, places, acronyms and the first word. Lower-casing keeps every character offset,
so the re-read sentence's tokens point at the same characters as the document's.

Example:
    >>> title_case("Russia Warns Ukraine Over Drone Strikes")
    True
    >>> title_case("Russia warned Ukraine over drone strikes.")
    False
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from communique.types import Mentions

# Words a Title Case headline may leave in lower case.
_MINOR = frozenset(
    {"a", "an", "the", "and", "or", "but", "nor", "of", "on", "in", "to", "for", "at", "by",
     "with", "over", "as", "from", "into", "off", "up", "via", "vs", "amid", "after"}
)  # fmt: skip
# Fewer capitalised words than this is a name or a short label, not a headline to re-read.
_MIN_WORDS = 3
_MAX_TOKENS = 30


def title_case(text: str) -> bool:
    """Whether a line is a Title Case headline: at least three words after the first, every
    one of them capitalised except the minor words, and no lower-case word besides."""
    words = [w for w in text.split() if w[:1].isalpha()]
    content = [w for w in words[1:] if w.lower() not in _MINOR]
    return len(content) >= _MIN_WORDS and all(w[0].isupper() for w in content)


def _kept(mentions: Mentions) -> list[tuple[int, int]]:
    """Character ranges that keep their case: every actor and place mention."""
    spans = [(m.start, m.end) for a in mentions.actors for m in a.mentions]
    spans += [(m.start, m.end) for p in mentions.places for m in p.mentions]
    return spans


def sentence_cased(sentence: SpacySpan, mentions: Mentions) -> str:
    """The sentence's text with every word lower-cased but the first, names and acronyms."""
    kept = _kept(mentions)
    pieces = []
    for token in sentence:
        named = any(start < token.idx + len(token) and token.idx < end for start, end in kept)
        keep = token.i == sentence.start or named or token.is_upper or not token.is_alpha
        pieces.append(token.text_with_ws if keep else token.text_with_ws.lower())
    return "".join(pieces)


def headline(doc: Doc, mentions: Mentions, parse: Callable[[str], Doc]) -> Doc | None:
    """The document's opening sentence re-parsed (by `parse`) in sentence case, if it is a
    Title Case headline on the first line of the text; else None. The new Doc's character
    offsets are the document's."""
    first = next(doc.sents, None)
    if first is None or first.start_char != 0 or len(first) > _MAX_TOKENS:
        return None
    line = first.text
    if "\n" in line.strip() or not title_case(line):
        return None
    text = sentence_cased(first, mentions)
    if len(text) != len(line):
        return None  # a character whose lower case is longer: offsets would drift
    return parse(text)
