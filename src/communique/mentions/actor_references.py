"""Collective references ("the two sides", "both countries") and the states they stand for.

A reference stands for the states named in its own sentence or the one before, when there
are at least two; otherwise for the document's most salient dyad (its two most mentioned
states). With fewer than two states in the document it stands for nothing and is dropped.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter

from spacy.tokens import Doc

from communique.mentions.actor_lexicon import ActorLexicon
from communique.types import Reference, Span

DYAD = 2


def find_references(
    doc: Doc, lexicon: ActorLexicon, state_mentions: list[tuple[int, str]]
) -> list[Reference]:
    """References with actor ids. `state_mentions` are (token index, state actor id) in order."""
    phrases = _phrases(doc, lexicon)
    if not phrases or len({actor for _, actor in state_mentions}) < DYAD:
        return []
    sentence_starts = [s.start for s in doc.sents]
    counts = Counter(actor for _, actor in state_mentions)
    first_seen = {actor: i for i, actor in reversed(state_mentions)}
    salient = tuple(sorted(sorted(counts, key=lambda a: (-counts[a], first_seen[a]))[:DYAD], key=first_seen.get))
    by_sentence: dict[int, list[str]] = {}
    for token_index, actor in state_mentions:
        by_sentence.setdefault(bisect_right(sentence_starts, token_index) - 1, []).append(actor)
    references: list[Reference] = []
    for start, end in phrases:
        sentence = bisect_right(sentence_starts, start) - 1
        near = by_sentence.get(sentence, []) + by_sentence.get(sentence - 1, [])
        local = Counter(near)
        actors = salient
        if len(local) >= DYAD:
            top = sorted(local, key=lambda a: (-local[a], -counts[a]))[:DYAD]
            actors = tuple(sorted(top, key=first_seen.get))
        span = Span(doc[start].idx, doc[end - 1].idx + len(doc[end - 1]), doc[start:end].text)
        references.append(Reference(span=span, actors=actors))
    return references


def _phrases(doc: Doc, lexicon: ActorLexicon) -> list[tuple[int, int]]:
    """Token ranges of collective phrases, longest match at each position."""
    first_words = {p[0] for p in lexicon.collective_phrases}
    found: list[tuple[int, int]] = []
    i = 0
    while i < len(doc):
        if doc[i].lower_ in first_words:
            for phrase in lexicon.collective_phrases:
                end = i + len(phrase)
                if end <= len(doc) and all(doc[i + k].lower_ == w for k, w in enumerate(phrase)):
                    found.append((i, end))
                    i = end - 1
                    break
        i += 1
    return found
