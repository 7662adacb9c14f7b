"""Transcript speaker labels: "PRESIDENT BIDEN:", "MR. KIRBY:", "THE PRESIDENT:" at a line start.

A label is an all-caps run ending in a colon that opens with a title or an honorific; the words
after the title are the name ("BIDEN"), and a label without a name ("THE PRESIDENT:") is a
title-only mention that `actors` later joins to the one holder of that title.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from communique.mentions.actor_evidence import TITLE_DEFAULT
from communique.mentions.actor_gazetteer import ActorGazetteer, exact_title
from communique.mentions.actor_lexicon import ActorLexicon
from communique.mentions.actor_mention import PersonMention
from communique.types import Span

SPEAKER_LABEL = re.compile(r"^[ \t]*([A-Z][A-Z.'’\- ]{0,48}[A-Z.]):", re.MULTILINE)
WORD = re.compile(r"\S+")


def speaker_labels(doc: Doc, text: str, gazetteer: ActorGazetteer, lexicon: ActorLexicon) -> list[PersonMention]:
    """The speakers of a transcript, one mention per label. `text` is `doc.text`, read once."""
    found: list[PersonMention] = []
    if ":" not in text:
        return found
    for match in SPEAKER_LABEL.finditer(text):
        words = [(m.start() + match.start(1), m.group()) for m in WORD.finditer(match.group(1))]
        if words and words[0][1] == "THE":
            words = words[1:]
        title, name_from = None, 0
        if words and words[0][1].lower() in lexicon.honorifics:
            name_from = 1
        else:
            for k in range(len(words), 0, -1):
                title = exact_title(gazetteer, " ".join(w for _, w in words[:k]))
                if title is not None:
                    name_from = k
                    break
        if title is None and name_from == 0:
            continue
        part = words[name_from:] or words
        start, end = part[0][0], part[-1][0] + len(part[-1][1])
        tokens = doc.char_span(start, end, alignment_mode="expand")
        label = doc.char_span(match.start(1), end, alignment_mode="expand")
        if tokens is None or label is None:
            continue
        found.append(
            PersonMention(
                span=Span(start, end, text[start:end]),
                start=tokens.start,
                end=tokens.end,
                label_start=label.start,
                name=tuple(w for _, w in words[name_from:]) or None,
                title=title,
                votes=[(title.country, TITLE_DEFAULT)] if title is not None and title.country else [],
            )
        )
    return found
