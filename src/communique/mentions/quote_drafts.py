"""Drafts of quotes while the extractor joins runs, and the `Quote` records made from them.

A `Draft` is a quote being assembled: the runs joined so far (its `parts`) and the attribution
found for it. This module also holds the steps on either side of joining: a cue-less quote carried
over from the quote before it, reported speech in the sentences left without quotation marks, and
the final records with speakers resolved to actors.

Example:
    >>> draft = Draft([(10, 40)], None, 0)
    >>> draft.parts.append((55, 80))  # '"X," he said. "Y."': one quote, two parts
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc

from communique.mentions.quote_attribution import Attribution, QuotedText, attribution
from communique.mentions.quote_lexicon import SpeechVerbs
from communique.mentions.quote_marks import Paragraph, QuotedRun
from communique.mentions.quote_neighbours import named_again
from communique.mentions.quote_reported import reported_clauses
from communique.mentions.quote_speakers import SpeakerResolver, latest_mention
from communique.mentions.quote_tree import SENTENCE_END
from communique.nlp.analysis import Analysis
from communique.types import Mentions, Quote

_MARKS = ('"', "“", "”", "''")


@dataclass(slots=True)
class Draft:
    """A quote being assembled: its parts so far and its attribution (mutable while building)."""

    parts: list[tuple[int, int]]
    attribution: Attribution | None
    paragraph: int
    direct: bool = True
    subject: tuple[int, int] | None = None
    notes: list[str] = field(default_factory=list)


def carried(doc: Doc, last: Draft | None, run: QuotedRun, mentions: Mentions, marks: QuotedText) -> Attribution | None:
    """A quote with no cue of its own, right after another one, is its speaker's (no cue span).

    The speaker named again in between ("Cecile Richards" ... "Richards") is the local mention.
    """
    if last is None or last.attribution is None or last.attribution.speaker is None:
        return None
    if not last.direct or last.paragraph < run.paragraph - 1:
        return None
    speaker, head = last.attribution.speaker, last.attribution.head
    again = latest_mention(mentions, head or speaker, run.open_at, marks) or named_again(
        doc, head or speaker, run.open_at, marks
    )
    if again is not None:
        speaker = head = again
    return Attribution(None, speaker, head, None)


def resumes_after_cue(doc: Doc, last: Draft | None, run: QuotedRun, paras: Sequence[Paragraph]) -> bool:
    """True when a cue-less run opening a paragraph goes on the quote whose cue closed the one before.

    `"...overtime," Collins told MSNBC.` then a paragraph `"So the best way ..."`: the reporter
    attributes once and lets the quote run on, and PolNeAR marks one quote in two parts. The
    paragraph before must hold nothing after the earlier quote but its own attribution sentence;
    with more (`... Trump added. He then had a question.`) or none at all (`"..."` then `"..."`,
    more often two quotes) the runs stay apart.

    Args:
        doc: the parsed document.
        last: the quote before the run.
        run: a run with no cue of its own, too long to be a scare quote.
        paras: the document's paragraphs.
    """
    if last is None or not last.direct or last.attribution is None or last.attribution.cue is None:
        return False
    para = paras[run.paragraph]
    if last.paragraph != run.paragraph - 1 or doc.text[para.start : run.open_at].strip():
        return False
    closed = last.parts[-1][1]
    if last.attribution.cue[0] < closed:
        return False  # the cue came before the quote: nothing after it says who spoke
    tail = doc.char_span(closed, paras[last.paragraph].end, alignment_mode="expand")
    return tail is not None and sum(tok.text in SENTENCE_END for tok in tail) <= 1


def reported_drafts(analysis: Analysis, verbs: SpeechVerbs, direct: list[Draft]) -> list[Draft]:
    """Reported speech (`X said that ...`) in the sentences that hold no direct quote or mark.

    Args:
        analysis: the parsed document.
        verbs: the reporting verbs.
        direct: the direct quotes and turns found, whose sentences are skipped.
    """
    taken = sorted((d.parts[0][0], d.parts[-1][1]) for d in direct)
    found: list[Draft] = []
    ahead = 0  # sentences and quotes both run in text order: one walk over the two
    for sentence in analysis.doc.sents:
        while ahead < len(taken) and taken[ahead][1] <= sentence.start_char:
            ahead += 1
        if ahead < len(taken) and taken[ahead][0] < sentence.end_char:
            continue
        if any(mark in sentence.text for mark in _MARKS):
            continue
        for clause in reported_clauses(sentence, verbs):
            found_here = attribution(clause.cue, clause.subject)
            found.append(Draft([(clause.start, clause.end)], found_here, -1, direct=False))
    return found


def to_quotes(analysis: Analysis, mentions: Mentions, drafts: list[Draft]) -> tuple[Quote, ...]:
    """The `Quote` records of `drafts` (in text order), speakers resolved to actors.

    A pronoun speaker prefers the actor of the quote before it (`"...," he said`).
    """
    text = analysis.text
    resolver = SpeakerResolver(text, mentions)
    quotes: list[Quote] = []
    previous: str | None = None
    for n, draft in enumerate(drafts, 1):
        att = draft.attribution
        speaker_span = cue = None
        speaker = None
        if att is not None and att.speaker is not None:
            speaker_span = analysis.span(*att.speaker)
            head = att.head or att.speaker
            speaker = resolver.resolve(text, head[0], head[1], previous)
        if att is not None and att.cue is not None:
            cue = analysis.span(*att.cue)
        parts = tuple(analysis.span(s, e) for s, e in draft.parts)
        quotes.append(
            Quote(
                id=f"quote{n}",
                text=" ".join(p.text for p in parts),
                span=analysis.span(parts[0].start, parts[-1].end),
                parts=parts,
                speaker=speaker,
                speaker_span=speaker_span,
                cue=cue,
                direct=draft.direct,
            )
        )
        if speaker is not None:
            previous = speaker
    return tuple(quotes)
