"""Topics of outcomes and documents, from keyword lemmas (the list is `data/topics.tsv`)."""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc

from communique.diplomacy.lexicon import load_topics
from communique.types import Topic

# A topic named once in a long document is a passing mention, not what the document is about.
_MIN_SHARE = 0.05


def token_topics(doc: Doc) -> list[str | None]:
    """The topic each token's keyword belongs to (None for most tokens), longest keyword first."""
    lexicon = load_topics().by_first
    topics: list[str | None] = [None] * len(doc)
    i = 0
    n = len(doc)
    while i < n:
        token = doc[i]
        candidates = lexicon.get(token.lower_, ()) or lexicon.get(token.lemma_.lower(), ())
        matched = 0
        for words, topic in candidates:
            size = len(words)
            if i + size <= n and all(
                words[k] in (doc[i + k].lower_, doc[i + k].lemma_.lower()) for k in range(size)
            ):
                for k in range(size):
                    topics[i + k] = topic
                matched = size
                break
        i += matched or 1
    return topics


def topics_in(topics: list[str | None], start: int, end: int) -> tuple[str, ...]:
    """The topics named in tokens [start, end), in order of first mention."""
    return tuple(dict.fromkeys(t for t in topics[start:end] if t is not None))


def document_topics(topics: list[str | None]) -> tuple[Topic, ...]:
    """Document topics scored by their share of all keyword hits, highest first.

    Example: a readout with 6 defence words and 2 trade words scores defence 0.75, trade 0.25.
    """
    # A run of tokens ("high-speed railway") is one mention of its topic.
    counts = Counter(t for i, t in enumerate(topics) if t is not None and (i == 0 or topics[i - 1] != t))
    total = sum(counts.values())
    if not total:
        return ()
    scored = [
        Topic(name, round(count / total, 3))
        for name, count in counts.most_common()
        if count / total >= _MIN_SHARE or total < 10
    ]
    return tuple(scored)
